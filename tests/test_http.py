from __future__ import annotations

import logging
import threading

import pytest

from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import Cancelled, NetworkError, ProviderDataError, RateLimited
from invoicedesk.providers.http import HttpPolicy, HttpSession, MockTransport, Response
from invoicedesk.sandbox.base import SandboxResponse, SandboxServer

FAST = HttpPolicy(retries=3, backoff_base=0.001, backoff_max=0.01, timeout=1.0)


def session_for(handler, policy=FAST, **kw):
    waits: list[float] = []
    session = HttpSession(
        "http://test.invalid/",
        policy=policy,
        transport=MockTransport(handler),
        sleep=waits.append,
        **kw,
    )
    return session, waits


def test_retries_429_honouring_retry_after_then_succeeds():
    answers = iter([Response(429, headers={"Retry-After": "2"}), Response(503), Response(200)])
    session, waits = session_for(lambda request: next(answers))
    assert session.request("GET", "x").status_code == 200
    assert waits[0] == 2.0  # Retry-After honoured exactly
    assert len(waits) == 2 and session.traffic.retries == 2


def test_gives_up_after_bounded_retries_with_a_clear_error():
    calls = []
    session, _ = session_for(lambda request: calls.append(1) or Response(503))
    with pytest.raises(RateLimited, match="after 4 attempts"):
        session.request("GET", "x")
    assert len(calls) == 4


def test_a_retry_after_beyond_the_bound_is_not_waited_for():
    session, waits = session_for(lambda r: Response(429, headers={"Retry-After": "3600"}))
    with pytest.raises(RateLimited, match="3600 s"):
        session.request("GET", "x")
    assert waits == []


def test_client_errors_are_returned_not_retried():
    calls = []
    session, _ = session_for(lambda r: calls.append(1) or Response(404))
    assert session.request("GET", "x").status_code == 404
    assert len(calls) == 1


def test_refused_connection_becomes_network_error_naming_the_host():
    session = HttpSession("http://127.0.0.1:9/", policy=FAST)
    with pytest.raises(NetworkError, match=r"127\.0\.0\.1.*connection refused"):
        session.request("GET", "invoices/")


class Slow(SandboxServer):
    def handle(self, request):
        return SandboxResponse.json({"ok": True})


def test_reset_and_truncated_answers_are_retried_over_real_sockets():
    with Slow() as server:
        server.faults.add("reset")
        server.faults.add("truncated")
        session = HttpSession(server.base_url, policy=FAST)
        response = session.request("GET", "anything")
        assert response.json() == {"ok": True}
        assert session.traffic.retries == 2


def test_slow_answer_times_out_and_is_reported():
    with Slow() as server:
        server.faults.add("slow", 10, delay=0.6)
        policy = HttpPolicy(retries=1, backoff_base=0.001, timeout=0.2)
        session = HttpSession(server.base_url, policy=policy)
        with pytest.raises(NetworkError, match=r"no answer within 0\.2 s"):
            session.request("GET", "x")


def test_cancel_interrupts_the_back_off_wait():
    cancel = CancelToken()
    session = HttpSession(
        "http://test.invalid/",
        policy=HttpPolicy(backoff_base=30),
        transport=MockTransport(lambda r: Response(503)),
    )
    threading.Timer(0.05, cancel.cancel).start()
    with pytest.raises(Cancelled):
        session.request("GET", "x", cancel=cancel)


def test_log_lines_carry_no_token_even_from_httpx(caplog):
    caplog.set_level(logging.DEBUG)
    session, _ = session_for(lambda r: Response(200), secrets=["hunter2-secret"])
    session.request("GET", "invoice", params={"token": "TOK-123456789", "q": "hunter2-secret"})
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "invoice" in text
    assert "TOK-123456789" not in text and "hunter2-secret" not in text


@pytest.mark.parametrize("base", ["http://127.0.0.1:8080/api/", "https://Example.NO:443/v2/"])
def test_a_link_resolves_as_httpx_resolves_it_fast_path_or_not(base: str) -> None:
    import httpx

    session = HttpSession(base, policy=FAST)
    origin = str(httpx.URL(base).join("/")).removesuffix("/")
    paths = ["/invoices/1/pdf", "/a/./b", "/a/../b", "//other/x", "/x?y=1", "/%41", "/a b"]
    paths += ["/é", "/.x", "/a.b/c.d/", "relative/x", "/", "/a/..", "https://other.no/x"]
    paths += [origin + p for p in paths] + [origin.upper() + "/x", origin + ".evil/x"]
    for path in paths:
        try:
            expected = str(httpx.URL(base).join(path))
        except httpx.InvalidURL:
            with pytest.raises(ProviderDataError):
                session.url(path)
            continue
        assert session.url(path) == expected, path
    session.close()
