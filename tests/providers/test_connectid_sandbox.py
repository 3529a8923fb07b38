"""The ConnectID sandbox is faithful: it rejects what the real API and OAuth server reject."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from invoicedesk.providers.http import HttpSession, Response
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.connectid import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    PUBLIC_CLIENT_ID,
    WEB_CLIENT_ID,
    ConnectIDSandbox,
    create,
)
from invoicedesk.sandbox.connectid_data import PRIMARY_CUSTOMER, SECONDARY_CUSTOMER, epoch_ms

TODAY = dt.date(2025, 6, 15)
REDIRECT = "http://127.0.0.1:5555/callback"
VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
CHALLENGE = (
    base64.urlsafe_b64encode(hashlib.sha256(VERIFIER.encode()).digest()).rstrip(b"=").decode()
)


class Clock:
    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


# One server for the module: every test takes fresh codes and tokens, and moving the clock
# forward only expires what earlier tests were given.
@pytest.fixture(scope="module")
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="module")
def server(clock):
    with create(today=TODAY, clock=clock, size=60) as s:
        yield s


@pytest.fixture(scope="module")
def http(server):
    with HttpSession(server.base_url) as session:
        yield session


def authorize(http: HttpSession, **params: str) -> Response:
    query = {
        "client_id": DEMO_CLIENT_ID,
        "response_type": "code",
        "redirect_uri": REDIRECT,
        "scope": "read",
        "state": "st-1",
    }
    query.update(params)
    return http.request("GET", "/user/oauth/authorize", params=query, retry=False)


def redirect_params(response: Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    return {k: v[0] for k, v in parse_qs(urlsplit(response.headers["Location"]).query).items()}


def token(
    http: HttpSession,
    grant: dict[str, str],
    *,
    style: str = "basic",
    client_id: str = DEMO_CLIENT_ID,
    secret: str | None = DEMO_CLIENT_SECRET,
) -> tuple[int, dict[str, Any]]:
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    body = dict(grant)
    params = None
    if style == "basic":
        pair = f"{client_id}:{secret}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
    else:
        body["client_id"] = client_id
        if secret is not None:
            body["client_secret"] = secret
    if style == "query":
        params, body = body, {}
    response = http.request(
        "POST",
        "/user/oauth/token",
        params=params,
        headers=headers,
        content=urlencode(body).encode(),
        retry=False,
    )
    return response.status_code, json.loads(response.content, parse_float=Decimal)


def code_for(http: HttpSession, **params: str) -> str:
    return redirect_params(authorize(http, **params))["code"]


def user_tokens(http: HttpSession) -> dict[str, Any]:
    status, body = token(
        http, {"grant_type": "authorization_code", "code": code_for(http), "redirect_uri": REDIRECT}
    )
    assert status == 200, body
    return body


def api(
    http: HttpSession,
    path: str,
    access: str | None,
    params: dict[str, str] | None = None,
    accept: str = "application/json",
) -> tuple[int, Any]:
    headers = {"Accept": accept}
    if access:
        headers["Authorization"] = f"Bearer {access}"
    response = http.request("GET", f"/capi/{path}", params=params, headers=headers, retry=False)
    data = json.loads(response.content, parse_float=Decimal) if response.content else None
    return response.status_code, data


# ---- authorize ----------------------------------------------------------------------------------


def test_authorize_auto_approves_and_redirects_with_code_and_state(http):
    back = redirect_params(authorize(http))
    assert back["state"] == "st-1" and len(back["code"]) > 20


@pytest.mark.parametrize("port", ["5555", "61234", "1"])
def test_a_registered_loopback_uri_accepts_any_port(http, port):
    assert authorize(http, redirect_uri=f"http://127.0.0.1:{port}/callback").status_code == 302


@pytest.mark.parametrize(
    "uri",
    [
        "http://localhost:5555/callback",  # localhost is not the registered loopback IP
        "http://127.0.0.1:5555/other",  # another path
        "https://127.0.0.1:5555/callback",  # another scheme
        "http://0.0.0.0:5555/callback",
        "http://evil.example/callback",
        "http://127.0.0.1:5555/callback#frag",
        "",
    ],
)
def test_an_unregistered_redirect_uri_is_refused_and_never_redirected(http, uri):
    response = authorize(http, redirect_uri=uri)
    assert response.status_code == 400
    assert "Location" not in response.headers


def test_an_unknown_client_is_refused_without_redirect(http):
    response = authorize(http, client_id="no.unknown")
    assert response.status_code == 400 and "Location" not in response.headers


def test_a_web_client_needs_its_exact_redirect_uri(http):
    exact = "https://example.no/oauth/callback"
    assert authorize(http, client_id=WEB_CLIENT_ID, redirect_uri=exact).status_code == 302
    assert authorize(http, client_id=WEB_CLIENT_ID, redirect_uri=exact + "/x").status_code == 400


def test_prefix_matching_is_a_knob(clock):
    with (
        create(today=TODAY, clock=clock, size=5, redirect_prefix_match=True) as s,
        HttpSession(s.base_url) as http,
    ):
        response = authorize(
            http, client_id=WEB_CLIENT_ID, redirect_uri="https://example.no/oauth/callback/deep"
        )
        assert response.status_code == 302


def test_authorize_errors_go_back_to_a_valid_redirect_uri(http):
    assert redirect_params(authorize(http, response_type="token"))["error"] == (
        "unsupported_response_type"
    )
    bad = authorize(http, code_challenge=CHALLENGE, code_challenge_method="S512")
    assert redirect_params(bad)["error"] == "invalid_request"


def test_declined_consent_is_access_denied(clock):
    with (
        create(today=TODAY, clock=clock, size=5, auto_approve=False) as s,
        HttpSession(s.base_url) as http,
    ):
        back = redirect_params(authorize(http))
        assert back == {
            "error": "access_denied",
            "error_description": "the user declined",
            "state": "st-1",
        }


# ---- token --------------------------------------------------------------------------------------


def test_code_exchange_returns_the_documented_token_answer(http):
    body = user_tokens(http)
    assert body["token_type"] == "bearer" and body["scope"] == "read"
    assert body["expires_in"] == 43200 and body["refresh_token"] and body["access_token"]


@pytest.mark.parametrize("style", ["basic", "form", "query"])
def test_client_authentication_by_basic_form_or_query(http, server, style):
    status, body = token(
        http,
        {"grant_type": "authorization_code", "code": code_for(http), "redirect_uri": REDIRECT},
        style=style,
    )
    assert status == 200, body
    assert server.token_log[-1]["style"] == style


@pytest.mark.parametrize("style", ["basic", "form", "query"])
def test_a_wrong_secret_is_invalid_client(http, style):
    status, body = token(http, {"grant_type": "client_credentials"}, style=style, secret="nope")
    assert (status, body["error"]) == (401, "invalid_client")


def test_a_reused_code_is_rejected_and_revokes_what_it_issued(http):
    code = code_for(http)
    grant = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    status, first = token(http, grant)
    assert status == 200
    assert api(http, "v1/customer/invoice/payment", first["access_token"])[0] == 200
    status, body = token(http, grant)
    assert (status, body["error"]) == (400, "invalid_grant")
    assert api(http, "v1/customer/invoice/payment", first["access_token"])[0] == 401


def test_a_code_is_bound_to_its_redirect_uri_and_client(http):
    code = code_for(http)
    status, body = token(
        http,
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": "http://127.0.0.1:5556/callback",
        },
    )
    assert (status, body["error"]) == (400, "invalid_grant")
    code = code_for(http, client_id=PUBLIC_CLIENT_ID)
    status, body = token(
        http, {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    )
    assert (status, body["error"]) == (400, "invalid_grant")


def test_a_code_is_short_lived(http, clock):
    code = code_for(http)
    clock.now += 61
    status, body = token(
        http, {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    )
    assert (status, body["error"]) == (400, "invalid_grant")


@pytest.mark.parametrize(
    ("method", "challenge", "verifier", "ok"),
    [
        ("S256", CHALLENGE, VERIFIER, True),
        ("S256", CHALLENGE, VERIFIER[:-1] + "A", False),  # PKCE mismatch
        ("S256", CHALLENGE, "", False),  # verifier missing
        ("plain", VERIFIER, VERIFIER, True),
        ("plain", VERIFIER, VERIFIER.upper(), False),
    ],
)
def test_pkce_is_verified_when_a_challenge_was_sent(http, method, challenge, verifier, ok):
    code = code_for(http, code_challenge=challenge, code_challenge_method=method)
    grant = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT}
    if verifier:
        grant["code_verifier"] = verifier
    status, body = token(http, grant)
    assert status == (200 if ok else 400), body
    if not ok:
        assert body["error"] == "invalid_grant"


def test_a_public_client_needs_no_secret(http):
    code = code_for(
        http, client_id=PUBLIC_CLIENT_ID, code_challenge=CHALLENGE, code_challenge_method="S256"
    )
    status, body = token(
        http,
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "code_verifier": VERIFIER,
        },
        style="form",
        client_id=PUBLIC_CLIENT_ID,
        secret=None,
    )
    assert status == 200, body


def test_refresh_rotates_the_refresh_token(http):
    first = user_tokens(http)
    status, second = token(
        http, {"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    )
    assert status == 200 and second["refresh_token"] != first["refresh_token"]
    status, body = token(
        http, {"grant_type": "refresh_token", "refresh_token": first["refresh_token"]}
    )
    assert (status, body["error"]) == (400, "invalid_grant")


def test_client_credentials_give_no_refresh_token(http):
    status, body = token(http, {"grant_type": "client_credentials", "scope": "read"})
    assert status == 200 and "refresh_token" not in body


def test_unknown_grant_and_get_are_refused(http):
    assert token(http, {"grant_type": "password"})[1]["error"] == "unsupported_grant_type"
    response = http.request("GET", "/user/oauth/token", retry=False)
    assert response.status_code == 405


def test_query_only_client_authentication_knob(clock):
    with (
        create(today=TODAY, clock=clock, size=5, client_auth_styles=("query",)) as s,
        HttpSession(s.base_url) as http,
    ):
        grant = {"grant_type": "client_credentials"}
        assert token(http, grant)[1]["error"] == "invalid_client"
        assert token(http, grant, style="query")[0] == 200


# ---- API ----------------------------------------------------------------------------------------


def test_tokens_expire_after_expires_in_on_the_clock(http, clock):
    access = user_tokens(http)["access_token"]
    assert api(http, "v1/customer/invoice/payment", access)[0] == 200
    clock.now += 43200
    status, body = api(http, "v1/customer/invoice/payment", access)
    assert (status, body["error"]) == (401, "invalid_token")


def test_tokens_expire_after_token_max_calls(clock):
    with (
        create(today=TODAY, clock=clock, size=5, token_max_calls=3) as s,
        HttpSession(s.base_url) as http,
    ):
        access = user_tokens(http)["access_token"]
        statuses = [api(http, "v1/customer/invoice/payment", access)[0] for _ in range(4)]
        assert statuses == [200, 200, 200, 401]


def test_missing_or_unknown_token_is_401_invalid_token(http):
    for access in (None, "made-up"):
        status, body = api(http, "v1/customer/invoice/payment", access)
        assert (status, body["error"]) == (401, "invalid_token")


def test_the_wrong_token_kind_is_403(http):
    user = user_tokens(http)["access_token"]
    client = token(http, {"grant_type": "client_credentials"})[1]["access_token"]
    assert api(http, f"v1/client/customer/invoice/payment/{PRIMARY_CUSTOMER}", user)[0] == 403
    assert api(http, "v1/customer/invoice/payment", client)[0] == 403


def test_accept_xml_is_406(http):
    access = user_tokens(http)["access_token"]
    status, _ = api(http, "v1/customer/invoice/payment", access, accept="application/xml")
    assert status == 406


def test_user_list_quirks_and_filters(http, server):
    access = user_tokens(http)["access_token"]
    status, body = api(http, "v1/customer/invoice/payment", access)
    mine = server.dataset.for_customer(PRIMARY_CUSTOMER)
    assert status == 200 and len(body["invoices"]) == len(mine)
    item = body["invoices"][0]
    assert isinstance(item["invoiceNumber"], str) and isinstance(item["invoiceAmount"], str)
    assert isinstance(item["invoiceOfferCount"], str)
    reminders = body["reminders"]
    assert reminders and all(isinstance(r["invoiceNumber"], int) for r in reminders)
    assert all(isinstance(r["reminderDate"], int) for r in reminders)
    assert all("companyCode" not in r for r in reminders)
    status, unpaid = api(http, "v1/customer/invoice/payment", access, {"unpaid": "true"})
    assert len(unpaid["invoices"]) == sum(1 for r in mine if r.status != "paid")
    product = mine[0].product.code
    status, per_product = api(http, f"v1/customer/invoice/payment/{product}", access)
    assert {i["product"] for i in per_product["invoices"]} == {product}
    day = mine[-1].invoice_date.isoformat()
    status, window = api(http, "v1/customer/invoice/payment", access, {"from": day, "to": day})
    assert {i["invoiceDate"] for i in window["invoices"]} == {day}
    assert api(http, "v1/customer/invoice/payment", access, {"from": "15.06.2025"})[0] == 400


def test_details_need_all_three_parameters(http, server):
    access = user_tokens(http)["access_token"]
    rec = server.dataset.for_customer(PRIMARY_CUSTOMER)[0]
    full = {"companyCode": rec.company, "invoiceNumber": str(rec.number), "reminderNumber": "0"}
    status, body = api(http, "v1/customer/invoice/details", access, full)
    assert status == 200
    assert body["invoiceInfoWithDetail"]["invoiceNumber"] == rec.number
    for missing in full:
        params = {k: v for k, v in full.items() if k != missing}
        status, body = api(http, "v1/customer/invoice/details", access, params)
        assert status == 400 and set(body) == {"exceptionType", "errorMessage"}
        assert missing in body["errorMessage"]
    for bad in ({"invoiceNumber": "999999999"}, {"reminderNumber": "9"}, {"invoiceNumber": "x"}):
        status, body = api(http, "v1/customer/invoice/details", access, {**full, **bad})
        assert status == 400 and "exceptionType" in body


def test_details_of_another_customers_invoice_are_not_found(http, server):
    access = user_tokens(http)["access_token"]
    rec = server.dataset.for_customer(SECONDARY_CUSTOMER)[0]
    params = {"companyCode": rec.company, "invoiceNumber": str(rec.number), "reminderNumber": "0"}
    assert api(http, "v1/customer/invoice/details", access, params)[0] == 400


def test_client_list_epoch_ms_latest_only_without_dates_and_404(http, server):
    access = token(http, {"grant_type": "client_credentials"})[1]["access_token"]
    path = f"v1/client/customer/invoice/payment/{PRIMARY_CUSTOMER}"
    status, body = api(http, path, access)
    latest = max(
        server.dataset.for_customer(PRIMARY_CUSTOMER), key=lambda r: (r.invoice_date, r.number)
    )
    (only,) = body["clientInvoiceInfoList"]
    assert only["invoiceId"] == str(latest.number)
    assert only["invoiceDate"] == epoch_ms(latest.invoice_date, latest.clock_time)
    assert "incltime" in only and "invoiceLineInfo" in only and isinstance(only["desc"], list)
    status, body = api(http, path, access, {"from": "2000-01-01", "to": TODAY.isoformat()})
    assert len(body["clientInvoiceInfoList"]) == len(server.dataset.for_customer(PRIMARY_CUSTOMER))
    status, body = api(
        http,
        "v1/client/customer/invoice/payment/1234",
        access,
        {"from": "2000-01-01", "to": "2025-01-01"},
    )
    assert status == 404 and body["exceptionType"]
    assert api(http, "v1/client/customer/invoice/payment/abc", access)[0] == 400


def test_the_pdf_link_serves_a_pdf(http, server):
    access = user_tokens(http)["access_token"]
    _, body = api(http, "v1/customer/invoice/payment", access)
    url = next(
        i["invoiceHotelUrl"]
        for i in body["invoices"]
        if i["invoiceHotelUrl"].startswith("http://127.0.0.1")
    )
    response = http.request("GET", url, retry=False)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert http.request("GET", "/invoice/view/unknown", retry=False).status_code == 404


def test_dataset_holds_the_seed_sample_and_a_realistic_mix():
    server = ConnectIDSandbox(today=lambda: TODAY)
    data = server.dataset
    primary = data.for_customer(PRIMARY_CUSTOMER)
    assert len(primary) == 300
    sample = data.by_key("FTOTT", 7)
    assert sample is not None and sample.amount == Decimal(110)
    assert sample.status == "partiallyPaid" and len(sample.offers) == 1
    assert len(sample.offers[0].lines) == 2 and sample.offers[0].net == Decimal(100)
    statuses = {r.status for r in primary}
    assert statuses == {"paid", "notPaid", "partiallyPaid"}
    assert any(r.due_date < TODAY and r.status == "notPaid" for r in primary)
    assert sum(len(r.offers) == 2 for r in primary) >= 5
    assert sum(r.currency == "NOK" for r in primary) > 0.8 * len(primary)
    assert any(r.reminders for r in primary)
    # deterministic
    again = ConnectIDSandbox(today=lambda: TODAY).dataset
    assert [(r.id, r.amount) for r in again.invoices] == [(r.id, r.amount) for r in data.invoices]


def test_demo_account_holds_working_tokens(server):
    demo = demo_account("connectid", server)
    assert demo.provider == "connectid" and demo.name == "ConnectID demo"
    assert demo.options["mode"] == "user"
    assert demo.options["authorize_url"].endswith("/user/oauth/authorize")
    with HttpSession(server.base_url) as http:
        assert api(http, "v1/customer/invoice/payment", demo.secrets["access_token"])[0] == 200
