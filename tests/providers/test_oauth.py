"""The reusable OAuth pieces: PKCE, the loopback listener, the token endpoint, the token keeper."""

from __future__ import annotations

import base64
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest

from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import Cancelled, ProviderError, SecurityError
from invoicedesk.providers.http import HttpSession, MockTransport, Request, Response
from invoicedesk.providers.oauth import (
    LoopbackListener,
    TokenEndpoint,
    TokenError,
    TokenKeeper,
    TokenSet,
    authorize_in_browser,
    pkce_challenge,
    pkce_verifier,
    with_query,
)

# A direct opener: never a proxy, even if the environment names one.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def fetch(url: str) -> tuple[int, str]:
    try:
        with OPENER.open(url, timeout=5) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


# ---- PKCE ---------------------------------------------------------------------------------------


def test_pkce_challenge_matches_rfc7636_appendix_b():
    # RFC 7636 Appendix B. (The issue text quotes "...K1zNLBxkk2Rh8TKqZs", which is not the
    # RFC's value: SHA-256 of the verifier, base64url-encoded, ends "...K1t8URWbuGJSstw-cM".)
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert pkce_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_pkce_verifier_is_43_unreserved_characters_and_fresh():
    verifiers = {pkce_verifier() for _ in range(20)}
    assert len(verifiers) == 20
    for verifier in verifiers:
        assert re.fullmatch(r"[A-Za-z0-9\-._~]{43}", verifier)
        assert re.fullmatch(r"[A-Za-z0-9\-_]{43}", pkce_challenge(verifier))


@pytest.mark.parametrize("bad", ["short", "x" * 129, "a" * 42 + "!"])
def test_pkce_challenge_refuses_an_invalid_verifier(bad):
    with pytest.raises(ValueError):
        pkce_challenge(bad)


def test_with_query_keeps_an_existing_query():
    url = with_query("https://h/authorize?tenant=no", {"state": "a b", "x": "1"})
    assert url == "https://h/authorize?tenant=no&state=a+b&x=1"


# ---- loopback listener --------------------------------------------------------------------------


def test_listener_binds_to_127_0_0_1_on_an_ephemeral_port():
    with LoopbackListener("s") as listener:
        assert listener.host == "127.0.0.1"
        assert listener.port > 0
        assert listener.redirect_uri == f"http://127.0.0.1:{listener.port}/callback"
        # Reachable on no other address of this machine.
        try:
            others = {
                info[4][0]
                for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
            } - {"127.0.0.1"}
        except OSError:
            others = set()
        for address in others:
            if address.startswith("127."):
                continue
            with pytest.raises(OSError):
                socket.create_connection((address, listener.port), timeout=1).close()


def test_listener_accepts_one_redirect_and_answers_a_close_this_tab_page():
    with LoopbackListener("st4te") as listener:
        listener.start()
        status, page = fetch(f"{listener.redirect_uri}?code=the-code&state=st4te")
        assert status == 200
        assert "close this tab" in page
        assert listener.wait(5) == "the-code"
        time.sleep(0.3)  # the serving thread closes the socket after the one redirect
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", listener.port), timeout=1).close()


def test_listener_ignores_other_paths_until_the_redirect():
    with LoopbackListener("s1") as listener:
        listener.start()
        assert fetch(f"http://127.0.0.1:{listener.port}/favicon.ico")[0] == 404
        assert not listener.finished
        assert fetch(f"{listener.redirect_uri}?state=s1&code=c")[0] == 200
        assert listener.wait(5) == "c"


def test_listener_refuses_a_forged_state_with_a_400_page():
    with LoopbackListener("expected") as listener:
        listener.start()
        status, page = fetch(f"{listener.redirect_uri}?code=c&state=forged")
        assert status == 400
        assert "does not belong" in page
        # ignored, not finished on: the real redirect may still come; if it never does, the
        # timeout says a forged answer was refused
        assert not listener.finished
        with pytest.raises(SecurityError, match="state mismatch"):
            listener.wait(0.3)


def test_listener_reports_an_error_redirect():
    with LoopbackListener("s") as listener:
        listener.start()
        assert fetch(f"{listener.redirect_uri}?error=access_denied&state=s")[0] == 400
        with pytest.raises(ProviderError, match="refused"):
            listener.wait(5)


def test_listener_gives_up_after_the_timeout():
    with LoopbackListener("s", provider="ConnectID") as listener:
        listener.start()
        started = time.monotonic()
        with pytest.raises(ProviderError, match=r"no sign-in arrived from ConnectID within 0\.3"):
            listener.wait(0.3)
        assert time.monotonic() - started < 2
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", listener.port), timeout=1).close()


def test_listener_honours_cancel():
    cancel = CancelToken()
    threading.Timer(0.2, cancel.cancel).start()
    with LoopbackListener("s") as listener:
        listener.start()
        started = time.monotonic()
        with pytest.raises(Cancelled):
            listener.wait(30, cancel)
        assert time.monotonic() - started < 2


def test_authorize_in_browser_sends_state_and_s256_challenge():
    seen: dict[str, str] = {}

    def browser(url: str) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        seen.update(query)
        fetch(f"{query['redirect_uri']}?code=xyz&state={query['state']}")

    auth = authorize_in_browser(
        authorize_url="https://idp.example/authorize",
        client_id="no.example",
        open_url=browser,
        timeout=5,
        cancel=None,
        scope="read",
    )
    assert auth.code == "xyz"
    assert seen["client_id"] == "no.example" and seen["response_type"] == "code"
    assert seen["scope"] == "read" and len(seen["state"]) >= 20
    assert seen["code_challenge_method"] == "S256"
    assert auth.code_verifier is not None
    assert seen["code_challenge"] == pkce_challenge(auth.code_verifier)
    assert seen["redirect_uri"] == auth.redirect_uri


def test_authorize_in_browser_without_pkce_and_with_a_failing_browser():
    def browser(url: str) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        assert "code_challenge" not in query
        fetch(f"{query['redirect_uri']}?code=c&state={query['state']}")

    auth = authorize_in_browser(
        authorize_url="https://idp/a",
        client_id="x",
        open_url=browser,
        timeout=5,
        cancel=None,
        pkce=False,
    )
    assert auth.code_verifier is None

    def broken(url: str) -> None:
        raise OSError("no display")

    with pytest.raises(ProviderError, match="could not open the web browser"):
        authorize_in_browser(
            authorize_url="https://idp/a", client_id="x", open_url=broken, timeout=5, cancel=None
        )


# ---- token endpoint -----------------------------------------------------------------------------


class TokenServer:
    """A MockTransport token endpoint that records what it was sent."""

    def __init__(self, answers: list[tuple[int, dict[str, object]]]) -> None:
        self.answers = answers
        self.requests: list[Request] = []

    def __call__(self, request: Request) -> Response:
        self.requests.append(request)
        status, body = self.answers.pop(0)
        return Response(status, json=body)


def endpoint(server: TokenServer, **kwargs: object) -> TokenEndpoint:
    http = HttpSession("https://api.example/capi", transport=MockTransport(server))
    defaults: dict[str, object] = {"client_secret": "s3cret-value", "style": "basic"}
    defaults.update(kwargs)
    return TokenEndpoint(http, "https://idp.example/token", "no.example", **defaults)  # type: ignore[arg-type]


OK = (200, {"access_token": "acc-1", "refresh_token": "ref-1", "expires_in": 43199})


def form(request: Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


def test_basic_style_sends_the_secret_in_the_authorization_header():
    server = TokenServer([OK])
    tokens = endpoint(server).request(
        {"grant_type": "refresh_token", "refresh_token": "r"}, now=1000.0
    )
    sent = server.requests[0]
    assert sent.method == "POST" and str(sent.url) == "https://idp.example/token"
    expected = base64.b64encode(b"no.example:s3cret-value").decode()
    assert sent.headers["Authorization"] == f"Basic {expected}"
    assert sent.headers["Accept"] == "application/json"
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert form(sent) == {"grant_type": "refresh_token", "refresh_token": "r"}
    assert tokens == TokenSet("acc-1", "ref-1", 1000.0 + 43199, raw=tokens.raw)


def test_form_style_sends_client_id_and_secret_in_the_body():
    server = TokenServer([OK])
    endpoint(server, style="form").request({"grant_type": "client_credentials"}, now=0)
    sent = server.requests[0]
    assert "Authorization" not in sent.headers
    assert form(sent) == {
        "grant_type": "client_credentials",
        "client_id": "no.example",
        "client_secret": "s3cret-value",
    }


def test_query_style_sends_everything_in_the_query_string():
    server = TokenServer([OK])
    endpoint(server, style="query").request({"grant_type": "client_credentials"}, now=0)
    sent = server.requests[0]
    assert sent.content == b""
    assert dict(sent.url.params) == {
        "grant_type": "client_credentials",
        "client_id": "no.example",
        "client_secret": "s3cret-value",
    }


def test_a_public_client_sends_its_id_in_the_body():
    server = TokenServer([OK])
    endpoint(server, client_secret=None).request({"grant_type": "authorization_code"}, now=0)
    sent = server.requests[0]
    assert "Authorization" not in sent.headers
    assert form(sent) == {"grant_type": "authorization_code", "client_id": "no.example"}


def test_invalid_client_falls_back_to_the_query_style_and_keeps_it():
    server = TokenServer([(401, {"error": "invalid_client"}), OK, OK])
    ep = endpoint(server)
    ep.request({"grant_type": "client_credentials"}, now=0)
    ep.request({"grant_type": "client_credentials"}, now=0)
    assert "Authorization" in server.requests[0].headers
    assert server.requests[1].url.params["client_secret"] == "s3cret-value"
    assert server.requests[2].url.params["client_id"] == "no.example"
    assert ep.style == "query"


def test_an_rfc6749_error_becomes_a_token_error_with_its_description():
    server = TokenServer([(400, {"error": "invalid_grant", "error_description": "code used"})])
    with pytest.raises(TokenError) as caught:
        endpoint(server).request({"grant_type": "authorization_code"}, now=0)
    assert caught.value.error == "invalid_grant"
    assert caught.value.status == 400
    assert "code used" in caught.value.message


def test_a_token_answer_without_access_token_is_a_data_error():
    server = TokenServer([(200, {"token_type": "bearer"})])
    with pytest.raises(ProviderError, match="no access token"):
        endpoint(server).request({"grant_type": "client_credentials"}, now=0)


def test_expires_in_as_a_string_and_received_tokens_are_redacted():
    server = TokenServer([(200, {"access_token": "tok-abcdef", "expires_in": "3600"})])
    ep = endpoint(server)
    tokens = ep.request({"grant_type": "client_credentials"}, now=50.0)
    assert tokens.expires_at == 3650.0 and tokens.refresh_token is None
    assert ep.http.redactor.redact("x tok-abcdef y") == "x *** y"


# ---- token keeper -------------------------------------------------------------------------------


def test_keeper_renews_once_for_many_concurrent_401s():
    calls = []

    def renew(cancel: CancelToken | None) -> TokenSet:
        calls.append(1)
        time.sleep(0.05)
        return TokenSet(f"new-{len(calls)}", None, None)

    keeper = TokenKeeper(renew, clock=time.time, access="old")
    used = keeper.current()
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(keeper.renew_after_401(used)))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1
    assert results == ["new-1"] * 6


def test_keeper_renews_shortly_before_expiry():
    now = [1000.0]
    renewed = []

    def renew(cancel: CancelToken | None) -> TokenSet:
        renewed.append(now[0])
        return TokenSet("fresh", None, now[0] + 3600)

    keeper = TokenKeeper(renew, clock=lambda: now[0], access="a", expires_at=1100.0, skew=60)
    assert keeper.current() == "a"
    now[0] = 1041.0
    assert keeper.current() == "fresh"
    assert renewed == [1041.0]
