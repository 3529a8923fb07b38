"""The Telecom X sandbox is faithful: it rejects what the real API rejects (spec section 7)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from invoicedesk.providers.http import HttpSession
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.telecomx import TelecomXSandbox, group_lines, utc_midnight
from invoicedesk.sandbox.telecomx_data import (
    OTHER_RESELLER_ID,
    RESELLER_ID,
    SAMPLE_CUSTOMER_ID,
    SAMPLE_INVOICE_ID,
)

from .test_telecomx_parse import SEED_SAMPLE

TODAY = dt.date(2025, 5, 14)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_741_950_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def server(clock):
    with TelecomXSandbox(size=150, today=lambda: TODAY, clock=clock) as s:
        yield s


@pytest.fixture
def http(server):
    with HttpSession(server.base_url) as session:
        yield session


def call(http, method, path, params=None, body=None, headers=None):
    content = json.dumps(body).encode() if body is not None else None
    response = http.request(
        method, path, params=params, content=content, headers=headers, retry=False
    )
    kind = response.headers.get("Content-Type", "")
    data = json.loads(response.content, parse_float=Decimal) if "json" in kind else response.text
    return response.status_code, data


def login(http, user, **extra):
    status, body = call(
        http,
        "POST",
        "auth/login",
        body={"username": user.username, "password": user.password, **extra},
    )
    assert status == 200, body
    return body


def test_login_answers_a_token_for_15_minutes(server, http):
    body = login(http, server.users.reseller)
    assert body["expiresInMinutes"] == 15
    assert body["accessLevel"] == "RESELLER"
    assert body["customer"] == RESELLER_ID and len(body["employee"]) == 24
    assert call(http, "GET", "invoice", {"token": body["token"], "limit": "1"})[0] == 200


def test_login_by_get_with_query_parameters_and_persist(server, http):
    user = server.users.reseller
    status, body = call(
        http,
        "GET",
        "auth/login",
        {"username": user.username, "password": user.password, "persist": "true"},
    )
    assert status == 200 and body["expiresInMinutes"] == -1


def test_bad_password_and_unknown_user_are_refused(server, http):
    user = server.users.reseller
    for username, password in (
        (user.username, "wrong"),
        ("nobody@example.dk", user.password),
        (user.username, ""),
    ):
        status, body = call(
            http, "POST", "auth/login", body={"username": username, "password": password}
        )
        assert status == 401 and body["error"] == "credentials_invalid"


def test_two_factor_user_needs_the_sms_key(server, http):
    user = server.users.two_factor
    status, body = call(
        http, "POST", "auth/login", body={"username": user.username, "password": user.password}
    )
    assert status == 401 and body["error"] == "smsKey"
    assert login(http, user, smsKey="1563")["token"]


def test_employee_without_login_access_gets_409(server, http):
    user = server.users.blocked
    status, body = call(
        http, "POST", "auth/login", body={"username": user.username, "password": user.password}
    )
    assert status == 409 and body["error"] == "employee"


def test_missing_unknown_and_expired_tokens_are_rejected(server, http, clock):
    assert call(http, "GET", "invoice")[1]["error"] == "credentials_invalid"
    status, body = call(http, "GET", "invoice", {"token": "NOSUCHTOKENATALLXXXXXXXXX"})
    assert (status, body["error"]) == (401, "invalid_token")
    token = login(http, server.users.reseller)["token"]
    clock.now += 899
    assert call(http, "GET", "invoice", {"token": token, "limit": "1"})[0] == 200
    clock.now += 2
    status, body = call(http, "GET", "invoice", {"token": token, "limit": "1"})
    assert (status, body["error"]) == (401, "expired")


def test_token_lifetime_is_a_knob(clock):
    with (
        TelecomXSandbox(size=5, today=lambda: TODAY, clock=clock, token_lifetime_s=60) as s,
        HttpSession(s.base_url) as http,
    ):
        body = login(http, s.users.reseller)
        assert body["expiresInMinutes"] == 1
        clock.now += 61
        assert call(http, "GET", "invoice", {"token": body["token"]})[0] == 401


def test_token_only_in_query_or_cookie_bearer_behind_a_knob(server, http):
    token = login(http, server.users.reseller)["token"]
    bearer = {"Authorization": f"Bearer {token}"}
    assert call(http, "GET", "invoice", {"limit": "1"}, headers=bearer)[0] == 401
    assert (
        call(http, "GET", "invoice", {"limit": "1"}, headers={"Cookie": f"token={token}"})[0] == 200
    )
    server.accept_bearer = True
    assert call(http, "GET", "invoice", {"limit": "1"}, headers=bearer)[0] == 200


def test_login_with_cookie_sets_it(server, http):
    user = server.users.reseller
    response = http.request(
        "POST",
        "auth/login",
        content=json.dumps(
            {"username": user.username, "password": user.password, "cookie": True}
        ).encode(),
        retry=False,
    )
    assert response.headers["Set-Cookie"].startswith("token=")


def test_logout_invalidates_the_users_tokens(server, http):
    token = login(http, server.users.reseller)["token"]
    assert call(http, "GET", "auth/logout", {"token": token}) == (200, {"success": True})
    assert call(http, "GET", "invoice", {"token": token})[0] == 401


def test_validate_token(server, http, clock):
    token = login(http, server.users.reseller)["token"]
    status, body = call(http, "GET", "auth/validateToken", {"token": token})
    assert status == 200 and body["accessLevel"] == "RESELLER"
    clock.now += 800
    call(http, "GET", "auth/validateToken", {"token": token, "extend": "true"})
    clock.now += 800
    assert call(http, "GET", "invoice", {"token": token, "limit": "1"})[0] == 200
    assert call(http, "GET", "auth/validateToken", {"token": "BAD", "simple": "true"})[0] == 403


def test_employee_m2m_token_create_use_and_delete(server, http, clock):
    user = server.users.reseller
    token = login(http, user)["token"]
    status, body = call(http, "POST", f"employee/{user.employee_id}/token", {"token": token})
    assert status == 200 and body["success"] is True
    m2m = body["token"]
    clock.now += 10 * 24 * 3600  # M2M tokens do not expire
    assert call(http, "GET", "invoice", {"token": m2m, "limit": "1"})[0] == 200
    other = server.users.admin.employee_id
    assert call(http, "POST", f"employee/{other}/token", {"token": m2m})[0] == 403
    assert (
        call(http, "DELETE", f"employee/{user.employee_id}/token/{m2m}", {"token": m2m})[0] == 200
    )
    assert call(http, "GET", "invoice", {"token": m2m})[1]["error"] == "invalid_token"


def test_admins_may_not_create_tokens(server, http):
    admin = server.users.admin
    token = login(http, admin)["token"]
    status, body = call(http, "POST", f"employee/{admin.employee_id}/token", {"token": token})
    assert status == 403 and "admins" in body["message"]


def test_list_envelope_paging_and_total(server, http):
    token = login(http, server.users.reseller)["token"]
    ours = [i.id for i in server.dataset.invoices if i.reseller_id == RESELLER_ID]
    seen = []
    offset = 0
    while True:
        status, body = call(
            http, "GET", "invoice", {"token": token, "offset": str(offset), "limit": "40"}
        )
        assert status == 200 and body["total"] == len(ours) and body["offset"] == offset
        assert body["limit"] == 40
        if not body["invoices"]:
            break
        seen += [i["_id"] for i in body["invoices"]]
        offset += len(body["invoices"])
    assert seen == ours  # every invoice once, newest first, none of the other reseller


def test_limit_outside_1_to_500_is_422_unless_clamped(server, http):
    token = login(http, server.users.reseller)["token"]
    for limit in ("501", "0", "-3", "many"):
        status, body = call(http, "GET", "invoice", {"token": token, "limit": limit})
        assert status == 422 and body == {
            "error": "limit",
            "message": "Limit must be between 1 and 500",
        }
    assert call(http, "GET", "invoice", {"token": token})[1]["limit"] == 50  # the default
    server.clamp_limit = True
    status, body = call(http, "GET", "invoice", {"token": token, "limit": "9999"})
    assert status == 200 and body["limit"] == 500 and len(body["invoices"]) == 150


def test_list_items_have_no_lines_and_totals_only_with_expand(server, http):
    token = login(http, server.users.reseller)["token"]
    plain = call(http, "GET", "invoice", {"token": token, "limit": "5"})[1]["invoices"]
    assert all("lines" not in i and "total" not in i for i in plain)
    assert all(isinstance(i["customer"], str) for i in plain)
    expanded = call(http, "GET", "invoice", {"token": token, "limit": "5", "expand": "true"})[1][
        "invoices"
    ]
    for item in expanded:
        record = server.dataset.by_id[item["_id"]]
        assert "lines" not in item and item["total"] == record.price.total
        assert item["customer"]["name"] == server.dataset.customers[record.customer_id].name


def test_list_filters_customer_reseller_and_dates(server, http):
    token = login(http, server.users.reseller)["token"]
    body = call(http, "GET", "invoice", {"token": token, "customer": SAMPLE_CUSTOMER_ID})[1]
    expected = [i for i in server.dataset.invoices if i.customer_id == SAMPLE_CUSTOMER_ID]
    assert body["total"] == len(expected)
    other = next(c for c in server.dataset.customers.values() if c.reseller_id == OTHER_RESELLER_ID)
    assert call(http, "GET", "invoice", {"token": token, "customer": other.id})[0] == 403
    assert call(http, "GET", "invoice", {"token": token, "reseller": OTHER_RESELLER_ID})[0] == 403
    assert call(http, "GET", "invoice", {"token": token, "customer": "xyz"})[0] == 422
    body = call(
        http,
        "GET",
        "invoice",
        {"token": token, "fromDate": "2025-03-01", "toDate": "2025-03-31", "limit": "500"},
    )[1]
    assert body["total"] == sum(
        1
        for i in server.dataset.invoices
        if i.reseller_id == RESELLER_ID
        and dt.date(2025, 3, 1) <= i.invoice_date <= dt.date(2025, 3, 31)
    )
    assert call(http, "GET", "invoice", {"token": token, "fromDate": "1.3.2025"})[0] == 422


def test_the_seed_sample_is_served_as_documented(server, http):
    token = login(http, server.users.reseller)["token"]
    status, body = call(http, "GET", f"invoice/{SAMPLE_INVOICE_ID}", {"token": token})
    assert status == 200
    assert body == json.loads(SEED_SAMPLE, parse_float=Decimal)
    raw = http.request("GET", f"invoice/{SAMPLE_INVOICE_ID}", params={"token": token}).text
    assert '"invoiceNumber":-1' in raw and '"total":1150.95' in raw


def test_detail_errors_400_404_403(server, http):
    token = login(http, server.users.reseller)["token"]
    assert call(http, "GET", "invoice/123", {"token": token}) == (
        400,
        {"error": "bad_request", "message": "Id not found in request URI"},
    )
    status, body = call(http, "GET", "invoice/" + "ab" * 12, {"token": token})
    assert (status, body["error"]) == (404, "not_found")
    foreign = next(i for i in server.dataset.invoices if i.reseller_id == OTHER_RESELLER_ID)
    status, body = call(http, "GET", f"invoice/{foreign.id}", {"token": token})
    assert (status, body["error"]) == (403, "access_denied")
    # ids compare case-insensitively
    assert call(http, "GET", f"invoice/{SAMPLE_INVOICE_ID.upper()}", {"token": token})[0] == 200


def test_fields_by_access_level(server, http):
    record = next(i for i in server.dataset.invoices if i.cost is not None)
    path = f"invoice/{record.id}"
    reseller = call(http, "GET", path, {"token": login(http, server.users.reseller)["token"]})[1]
    assert "subTotalWholesale" in reseller and "vatWholesale" in reseller
    assert "subTotalCost" not in reseller and "vatCost" not in reseller
    assert all("unitWholesale" in ln and "unitCost" not in ln for ln in reseller["lines"])
    admin = call(http, "GET", path, {"token": login(http, server.users.admin)["token"]})[1]
    assert admin["subTotalCost"] == record.cost.sub_total
    assert all("unitCost" in ln for ln in admin["lines"])
    owner_token = login(http, server.users.owner)["token"]
    assert call(http, "GET", "invoice", {"token": owner_token})[1]["error"] == "access_denied"
    assert call(http, "GET", path, {"token": owner_token})[0] == 403


def test_dates_are_copenhagen_midnight_in_utc(server, http):
    assert utc_midnight(dt.date(2015, 1, 1)) == "2014-12-31T23:00:00.000Z"
    assert utc_midnight(dt.date(2024, 7, 1)) == "2024-06-30T22:00:00.000Z"
    token = login(http, server.users.reseller)["token"]
    items = call(http, "GET", "invoice", {"token": token, "limit": "500"})[1]["invoices"]
    endings = {i["invoiceDate"][10:] for i in items}
    assert endings == {"T23:00:00.000Z", "T22:00:00.000Z"}


def test_invoice_numbers_are_minus_one_or_strings(server, http):
    token = login(http, server.users.reseller)["token"]
    items = call(http, "GET", "invoice", {"token": token, "limit": "500"})[1]["invoices"]
    numbers = [i["invoiceNumber"] for i in items]
    assert -1 in numbers
    assert all(n == -1 or (isinstance(n, str) and n.isdigit()) for n in numbers)


def test_group_lines_and_included_products(server, http):
    token = login(http, server.users.reseller)["token"]
    record = next(
        i
        for i in server.dataset.of_reseller(RESELLER_ID)
        if len({ln.product for ln in i.lines if ln.product_code == "SMS01"}) == 1
        and sum(ln.product_code == "SMS01" for ln in i.lines) == 2
        and any(ln.included for ln in i.lines)
    )
    path = f"invoice/{record.id}"
    plain = call(http, "GET", path, {"token": token})[1]["lines"]
    grouped = call(http, "GET", path, {"token": token, "groupInvoiceLines": "true"})[1]["lines"]
    full = call(http, "GET", path, {"token": token, "showIncludedProducts": "true"})[1]["lines"]
    assert len(full) == len(record.lines) == len(plain) + 1
    assert len(grouped) == len(plain) - 1
    assert len(group_lines([ln for ln in record.lines if not ln.included])) == len(grouped)
    assert sum(ln["units"] for ln in grouped if ln["productCode"] == "SMS01") == sum(
        ln.units for ln in record.lines if ln.product_code == "SMS01"
    )
    english = call(http, "GET", path, {"token": token, "lang": "en"})[1]
    assert english["lines"][0]["name"] == "Number rental"
    assert plain[0]["name"] == "Nummerleje"


def test_totals_are_consistent(server):
    for record in server.dataset.invoices:
        net = sum((ln.units * ln.unit_price for ln in record.lines), Decimal(0))
        taxable = sum(
            (ln.units * ln.unit_price for ln in record.lines if not ln.vat_exempt), Decimal(0)
        )
        assert record.price.sub_total == net.quantize(Decimal("0.01"), "ROUND_HALF_UP")
        assert record.price.vat == (taxable / 4).quantize(Decimal("0.01"), "ROUND_HALF_UP")
        assert record.price.total == record.price.sub_total + record.price.vat


def test_csv_with_semicolons_and_decimal_commas(server, http):
    token = login(http, server.users.reseller)["token"]
    response = http.request(
        "GET", f"invoice/{SAMPLE_INVOICE_ID}", params={"token": token, "format": "csv"}
    )
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = response.text.splitlines()
    assert rows[0].split(";")[:3] == ["customerName", "vatNumber", "productCode"]
    assert ";792,22;" in rows[2] and ";398,18;" in rows[2]


def test_customer_endpoints(server, http):
    token = login(http, server.users.reseller)["token"]
    status, body = call(http, "GET", f"customer/{SAMPLE_CUSTOMER_ID}", {"token": token})
    assert status == 200 and body["name"] == "Bageriet Hansen ApS"
    assert body["finance"]["vatNumber"].startswith("DK") and body["addresses"]
    status, body = call(http, "GET", f"customer/{SAMPLE_CUSTOMER_ID}/name", {"token": token})
    assert status == 200 and body["parentReseller"] == RESELLER_ID
    assert call(http, "GET", f"customer/{SAMPLE_CUSTOMER_ID}/security", {"token": token})[1] == {
        "authenticationSecurity": "NONE"
    }
    assert call(http, "GET", f"customer/{OTHER_RESELLER_ID}", {"token": token})[0] == 403
    assert call(http, "GET", "customer/" + "cd" * 12, {"token": token})[0] == 404
    status, body = call(http, "GET", "customer", {"token": token, "limit": "5"})
    assert status == 200 and len(body["customers"]) == 5 and body["total"] > 5


def test_blacklisted_knob(clock):
    with (
        TelecomXSandbox(size=5, today=lambda: TODAY, clock=clock, blacklisted=True) as s,
        HttpSession(s.base_url) as http,
    ):
        status, body = call(http, "POST", "auth/login", body={"username": "a", "password": "b"})
        assert (status, body["error"]) == (403, "blacklisted")


def test_dataset_is_deterministic_and_large_enough():
    a = TelecomXSandbox(today=lambda: TODAY).dataset
    b = TelecomXSandbox(today=lambda: TODAY).dataset
    assert [i.id for i in a.invoices] == [i.id for i in b.invoices]
    ours = a.of_reseller(RESELLER_ID)
    assert len(ours) == 1200 and len(a.of_reseller(OTHER_RESELLER_ID)) > 0
    assert len({i.customer_id for i in ours}) >= 10
    assert any(i.paid for i in ours) and any(not i.paid and i.due_date < TODAY for i in ours)
    assert any(not i.paid and i.due_date >= TODAY for i in ours)
    assert any(ln.vat_exempt for i in ours for ln in i.lines)
    assert SAMPLE_INVOICE_ID in a.by_id


def test_demo_account(server):
    account = demo_account("telecomx", server)
    assert account.provider == "telecomx" and account.name == "Telecom X demo"
    assert account.options == {"currency": "DKK"}
    assert account.secrets == {
        "username": server.users.reseller.username,
        "password": server.users.reseller.password,
    }
    assert account.base_url == server.base_url


def test_the_demo_has_mostly_numbered_invoices_and_a_few_drafts():
    from invoicedesk.demo import DEMO_SIZES
    from invoicedesk.sandbox.telecomx_data import DRAFTS, build

    data = build(DEMO_SIZES["telecomx"], TODAY)
    drafts = [i for i in data.invoices if i.number is None or not i.sent]
    # the newest few period invoices of our reseller, plus the seed doc's sample
    assert len(drafts) == DRAFTS + 1 and 3 <= DRAFTS <= 5
    assert all(i.number is None and not i.sent and not i.paid for i in drafts)
    recent = [i for i in drafts if i.id != SAMPLE_INVOICE_ID]
    assert all(i.period and i.reseller_id == RESELLER_ID for i in recent)
    assert all((TODAY - i.invoice_date).days < 45 for i in recent)
    numbered = [i for i in data.invoices if i.number is not None]
    assert all(i.sent for i in numbered) and len(numbered) == len(data.invoices) - len(drafts)
    assert build(DEMO_SIZES["telecomx"], TODAY) == data  # deterministic


def test_unnumbered_invoices_are_sent_as_the_number_minus_one(server, http):
    token = login(http, server.users.reseller)["token"]
    status, body = call(http, "GET", "invoice", {"token": token, "limit": "500"})
    assert status == 200
    numbers = {type(i["invoiceNumber"]) for i in body["invoices"] if i["sent"]}
    assert numbers == {str}  # numbered ones as strings
    unnumbered = [i for i in body["invoices"] if not i["sent"]]
    assert unnumbered and all(i["invoiceNumber"] == -1 for i in unnumbered)  # a JSON number
