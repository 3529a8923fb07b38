"""Telecom X client against its sandbox over real sockets."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import threading
from decimal import Decimal

import pytest

from invoicedesk.domain import Kind, PaymentState, Status
from invoicedesk.domain.claims import invoice_status
from invoicedesk.domain.facts import Fact
from invoicedesk.providers import get_spec
from invoicedesk.providers.base import ClientContext, SyncRequest
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import (
    Cancelled,
    ConfigError,
    NeedsLogin,
    ProviderDataError,
    ProviderError,
)
from invoicedesk.providers.http import HttpPolicy, HttpSession, MockTransport, Response
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.telecomx import TelecomXSandbox
from invoicedesk.sandbox.telecomx_data import (
    OTHER_RESELLER_ID,
    RESELLER_ID,
    SAMPLE_CUSTOMER_ID,
    SAMPLE_INVOICE_ID,
)

TODAY = dt.date(2025, 5, 14)
FAST = HttpPolicy(backoff_base=0.01, backoff_max=0.02, timeout=5)
SPEC = get_spec("telecomx")


class FakeClock:
    """Epoch seconds that tests move on; ``tick`` > 0 adds that much on every reading."""

    def __init__(self, tick: float = 0.0) -> None:
        self.now = 1_747_200_000.0
        self.tick = tick
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            self.now += self.tick
            return self.now


def sandbox(size=60, **knobs):
    knobs.setdefault("clock", FakeClock())
    return TelecomXSandbox(size=size, today=lambda: TODAY, **knobs)


@pytest.fixture
def server():
    with sandbox() as s:
        yield s


@pytest.fixture(scope="module")
def big():
    with sandbox(size=None) as s:  # the default size (1,200 invoices of the reseller)
        yield s


def client_for(server, secrets=None, options=None, language="en", clock=None, transport=None):
    demo = demo_account("telecomx", server) if server else None
    session = HttpSession(
        server.base_url if server else "http://telecomx.test", policy=FAST, transport=transport
    )
    ctx = ClientContext(
        account="main",
        base_url=session.base_url,
        options=(demo.options if demo else {}) if options is None else options,
        secrets=(demo.secrets if demo else {}) if secrets is None else secrets,
        http=session,
        today=lambda: TODAY,
        language=language,
        **({"clock": clock} if clock else {}),
    )
    return SPEC.create(ctx), session


def run(client, cancel=None, sink=None, progress=None):
    got = []

    def collect(batch):
        got.extend(batch)
        if sink:
            sink(batch)

    request = SyncRequest(
        full=True, cancel=cancel or CancelToken(), progress=progress or (lambda p: None)
    )
    outcome = client.sync(request, collect)
    return got, outcome


def expected(server, user=None):
    return server.visible_invoices(user or server.users.reseller)


def assert_matches_dataset(server, got, user=None):
    records = expected(server, user)
    by_id = {f.invoice.id: f.invoice for f in got}
    assert len(got) == len(by_id) == len(records)
    for record in records:
        invoice = by_id[record.id]
        assert invoice.issue_date == record.invoice_date
        assert invoice.due_date == record.due_date
        assert (invoice.net, invoice.vat, invoice.total) == (
            record.price.sub_total,
            record.price.vat,
            record.price.total,
        )
        assert invoice.payment is (PaymentState.PAID if record.paid else PaymentState.UNPAID)
        assert invoice.number == (record.number or "-1")
        # "-1 ... waiting to be set by the accounting system", or unsent: a draft
        draft = record.number is None or not record.sent
        assert invoice.kind is (Kind.DRAFT if draft else Kind.INVOICE)
        # the provider's own balance: the total until the accounting system says paid
        assert invoice.outstanding == (Decimal("0.00") if record.paid else record.price.total)
        assert invoice.customer.name == server.dataset.customers[record.customer_id].name
        assert invoice.customer.number == record.customer_id
        billed = [ln for ln in record.lines if not ln.included]
        assert sum(ln.quantity * ln.unit_price for ln in invoice.lines) == sum(
            ln.units * ln.unit_price for ln in billed
        )
    return by_id


def test_full_sync_gives_every_invoice_right_day_right_totals(big):
    client, _ = client_for(big)
    seen = []
    sink_threads = set()
    got, outcome = run(
        client, progress=seen.append, sink=lambda batch: sink_threads.add(threading.get_ident())
    )
    assert outcome.complete and not outcome.warnings
    assert sink_threads == {threading.get_ident()}  # batches arrive on the calling thread
    by_id = assert_matches_dataset(big, got)
    assert len(got) == 1200
    assert big.stats.by_path["/invoice"] == 3  # 1,200 invoices at 500 a page
    assert big.logins == 1
    # the seed doc's sample: figures from the wiki page, not from the code under test
    sample = by_id[SAMPLE_INVOICE_ID]
    assert (sample.net, sample.vat, sample.total) == (
        Decimal("920.76"),
        Decimal("230.19"),
        Decimal("1150.95"),
    )
    assert sample.issue_date == dt.date(2015, 1, 1) and sample.due_date == dt.date(2015, 1, 8)
    assert sample.number == "-1" and Fact.of_code("telecomx.invoice_number", "-1") in sample.facts
    assert sample.kind is Kind.DRAFT and invoice_status(sample, TODAY) is Status.DRAFT
    # summer and winter invoices both land on their own day
    dates = [f.raw["list"]["invoiceDate"] for f in got]
    assert any(d.endswith("T22:00:00.000Z") for d in dates)
    assert any(d.endswith("T23:00:00.000Z") for d in dates)
    # a mix of statuses, and progress up to the total
    statuses = {invoice_status(i, TODAY) for i in by_id.values()}
    assert statuses >= {Status.PAID, Status.UNPAID, Status.OVERDUE, Status.DRAFT}
    assert seen[-1].done == seen[-1].total == 1200
    # reseller view: wholesale but no cost
    assert all(
        ln.unit_wholesale is not None and ln.unit_cost is None
        for i in by_id.values()
        for ln in i.lines
    )
    assert all("telecomx.margin" in {f.key for f in i.facts} for i in by_id.values())


def test_no_float_anywhere(server):
    client, _ = client_for(server)
    got, _ = run(client)

    def walk(value):
        assert not isinstance(value, float), value
        if dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for fetched in got:
        walk(fetched.invoice)
        walk(fetched.raw)


def test_token_expiring_mid_sync_is_renewed_without_losing_a_page():
    clock = FakeClock()
    with sandbox(size=150, clock=clock, max_page=50) as server:
        client, session = client_for(server)
        batches = []

        def expire_after_first(batch):
            batches.append(len(batch))
            if len(batches) == 1:
                clock.now += 16 * 60  # the 15-minute token is now dead

        got, outcome = run(client, sink=expire_after_first)
        assert outcome.complete and batches == [50, 50, 50]
        assert_matches_dataset(server, got)
        assert server.logins == 2
        assert session.traffic.by_status.get(401, 0) >= 1


def test_short_token_lifetime_renews_many_times_mid_page():
    # the sandbox clock moves a second per request; tokens live 40 of them
    with sandbox(size=300, clock=FakeClock(tick=1.0), token_lifetime_s=40, max_page=90) as server:
        client, session = client_for(server)
        got, outcome = run(client)
        assert outcome.complete
        assert_matches_dataset(server, got)
        assert server.logins >= 5
        assert session.traffic.by_status[401] >= server.logins - 1


def test_token_renewed_before_it_expires_when_the_clock_says_so():
    clock = FakeClock()
    with sandbox(clock=clock) as server:
        client, session = client_for(server, clock=clock)
        client.check()
        clock.now += 14 * 60 + 45  # inside the client's safety margin, before the server's end
        _, outcome = run(client)
        assert outcome.complete and server.logins == 2
        assert 401 not in session.traffic.by_status


def test_relogin_failing_mid_sync_needs_login():
    clock = FakeClock()
    with sandbox(size=150, clock=clock, max_page=50) as server:
        client, _ = client_for(server)

        def change_password(batch):
            server.users.reseller.password = "changed-elsewhere"
            clock.now += 16 * 60

        with pytest.raises(NeedsLogin) as caught:
            run(client, sink=change_password)
        assert caught.value.status == 401
        assert "username or password" in str(caught.value)
        # the workers running beside it do not try the refused password again (it could lock
        # the user out, and each of them used to count a "new login" that never happened)
        assert server.refused_logins == 1


def test_bad_password_needs_login(server):
    secrets = {"username": server.users.reseller.username, "password": "not-the-password"}
    client, _ = client_for(server, secrets=secrets)
    with pytest.raises(NeedsLogin) as caught:
        client.check()
    assert "not-the-password" not in str(caught.value)
    assert "log in again" in str(caught.value)


def test_two_factor_user_is_told_to_use_an_employee_token(server):
    user = server.users.two_factor
    client, _ = client_for(server, secrets={"username": user.username, "password": user.password})
    with pytest.raises(NeedsLogin, match="two-factor"):
        client.check()


def m2m_token(server, user):
    with HttpSession(server.base_url) as http:
        body = json.dumps({"username": user.username, "password": user.password}).encode()
        token = json.loads(http.request("POST", "auth/login", content=body).content)["token"]
        answer = http.request("POST", f"employee/{user.employee_id}/token", params={"token": token})
        return json.loads(answer.content)["token"]


def test_employee_token_syncs_without_login_and_revoked_needs_login(server):
    token = m2m_token(server, server.users.reseller)
    logins = server.logins
    client, _ = client_for(server, secrets={"token": token})
    got, outcome = run(client)
    assert outcome.complete
    assert_matches_dataset(server, got)
    assert server.logins == logins  # no login with an M2M token
    assert "employee token" in client.check()
    with HttpSession(server.base_url) as http:
        employee = server.users.reseller.employee_id
        http.request("DELETE", f"employee/{employee}/token/{token}", params={"token": token})
    with pytest.raises(NeedsLogin, match="employee token"):
        client.check()


def test_revoked_employee_token_falls_back_to_the_password(server):
    user = server.users.reseller
    secrets = {
        "token": "REVOKEDTOKENREVOKEDTOKEN",
        "username": user.username,
        "password": user.password,
    }
    client, _ = client_for(server, secrets=secrets)
    assert "Connected as" in client.check()
    assert server.logins == 1


@pytest.mark.parametrize(
    "secrets",
    [{}, {"username": "a@b.dk"}, {"password": "secret"}, {"username": "", "token": ""}],
)
def test_secrets_need_a_login_or_a_token(secrets):
    with pytest.raises(ConfigError):
        client_for(None, secrets=secrets)


def test_secret_specs_are_all_optional():
    assert {s.key: s.required for s in SPEC.secrets} == {
        "username": False,
        "password": False,
        "token": False,
    }
    assert SPEC.option({}, "currency") == "DKK"


@pytest.mark.parametrize(
    "options", [{"currency": "kroner"}, {"customer": "123"}, {"reseller": "not-an-id"}]
)
def test_bad_options_are_config_errors(options):
    with pytest.raises(ConfigError):
        client_for(None, secrets={"token": "XYZXYZXYZ"}, options=options)


def test_admin_sees_cost_and_every_reseller(server):
    admin = server.users.admin
    client, _ = client_for(server, secrets={"username": admin.username, "password": admin.password})
    got, outcome = run(client)
    assert outcome.complete
    by_id = assert_matches_dataset(server, got, user=admin)
    assert {server.dataset.by_id[i].reseller_id for i in by_id} == {RESELLER_ID, OTHER_RESELLER_ID}
    generated = [i for i in by_id.values() if i.id != SAMPLE_INVOICE_ID]
    assert all("telecomx.subtotal_cost" in {f.key for f in i.facts} for i in generated)
    assert all(ln.unit_cost is not None for i in generated for ln in i.lines)
    record = server.dataset.by_id[generated[0].id]
    assert {f.key: f.amount for f in generated[0].facts}["telecomx.subtotal_cost"] == (
        record.cost.sub_total
    )


def test_customer_login_lacks_access(server):
    owner = server.users.owner
    client, _ = client_for(server, secrets={"username": owner.username, "password": owner.password})
    with pytest.raises(ProviderError) as caught:
        run(client)
    assert not isinstance(caught.value, NeedsLogin)
    assert caught.value.status == 403 and "OWNER" in str(caught.value)


def test_customer_option_filters(server):
    client, _ = client_for(server, options={"currency": "DKK", "customer": SAMPLE_CUSTOMER_ID})
    got, outcome = run(client)
    assert outcome.complete and got
    wanted = [i for i in expected(server) if i.customer_id == SAMPLE_CUSTOMER_ID]
    assert sorted(f.invoice.id for f in got) == sorted(i.id for i in wanted)


def test_language_picks_the_line_texts(server):
    client, _ = client_for(
        server, options={"currency": "DKK", "customer": SAMPLE_CUSTOMER_ID}, language="da"
    )
    danish = {f.invoice.id: f.invoice for f in run(client)[0]}
    client, _ = client_for(
        server, options={"currency": "DKK", "customer": SAMPLE_CUSTOMER_ID}, language="nb"
    )
    english = {f.invoice.id: f.invoice for f in run(client)[0]}
    assert danish[SAMPLE_INVOICE_ID].lines[0].description.startswith("Nummerleje")
    assert english[SAMPLE_INVOICE_ID].lines[0].description.startswith("Number rental")
    assert danish[SAMPLE_INVOICE_ID].description == "Periode faktura"


def test_short_pages_are_completed(server):
    server.max_page = 7  # answers 7 invoices whatever the limit
    client, _ = client_for(server)
    got, outcome = run(client)
    assert outcome.complete
    assert_matches_dataset(server, got)


def test_customer_names_fetched_when_the_list_is_not_expanded(server):
    server.expand_customer = False
    client, _ = client_for(server)
    got, _ = run(client)
    assert_matches_dataset(server, got)  # names included
    customers = {i.customer_id for i in expected(server)}
    assert server.stats.by_path.get(f"/customer/{SAMPLE_CUSTOMER_ID}/name") == 1
    assert sum(n for p, n in server.stats.by_path.items() if p.endswith("/name")) == len(customers)


def test_retries_429_and_503(server):
    server.faults.add("429", 2, path_contains="/invoice/", retry_after=0)
    server.faults.add("503", 1, path_contains="/invoice", retry_after=0)
    client, session = client_for(server)
    got, outcome = run(client)
    assert outcome.complete and len(got) == len(expected(server))
    assert session.traffic.retries == 3


def test_internal_error_is_reported(server):
    server.faults.add("500", 1, path_contains="/invoice/")
    client, _ = client_for(server)
    with pytest.raises(ProviderError) as caught:
        run(client)
    assert caught.value.status == 500 and "internal error" in str(caught.value)


def test_malformed_detail_names_the_invoice(server):
    server.faults.add("malformed", 1, path_contains="/invoice/")
    client, _ = client_for(server)
    with pytest.raises(ProviderDataError, match=r"invoice [0-9a-f]{24}"):
        run(client)


def test_cancel_between_batches():
    with sandbox(size=150, max_page=50) as server:
        client, _ = client_for(server)
        cancel = CancelToken()
        batches = []

        def cancel_after_first(batch):
            batches.append(batch)
            cancel.cancel()

        with pytest.raises(Cancelled):
            run(client, cancel=cancel, sink=cancel_after_first)
        assert len(batches) == 1


def test_check_reports_the_login_and_count(server):
    client, _ = client_for(server)
    assert client.check() == (
        f"Connected as {server.users.reseller.username} (RESELLER): "
        f"{len(expected(server))} invoices"
    )


def test_token_and_password_never_logged(caplog):
    root = logging.getLogger()
    previous = root.level
    root.setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    clock = FakeClock()
    try:
        with sandbox(size=30, clock=clock) as server:
            client, _ = client_for(server)
            client.check()
            clock.now += 16 * 60  # a renewal: a second token, learnt after a 401
            run(client)
            server.faults.add("500", 1, path_contains="/invoice/")
            with pytest.raises(ProviderError) as caught:
                run(client)
            m2m = m2m_token(server, server.users.reseller)
            client, _ = client_for(server, secrets={"token": m2m})
            client.check()
            password = server.users.reseller.password
            secrets = [*server.issued, password]
    finally:
        root.setLevel(previous)
    assert len(server.issued) >= 4
    texts = [r.getMessage() + (r.exc_text or "") for r in caplog.records]
    assert any(r.name.startswith("httpx") for r in caplog.records)
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    assert any("token=***" in t for t in texts)  # the URLs were logged, redacted
    for text in texts:
        for secret in secrets:
            assert secret not in text
    for secret in secrets:
        assert secret not in str(caught.value)


# ---- error mapping (a stub transport answers what the sandbox never would) -------------------


def stub(status, body):
    def handler(request):
        if request.url.path == "/auth/login":
            return Response(
                200,
                json={
                    "token": "STUBTOKENSTUBTOKEN",
                    "expiresInMinutes": 15,
                    "accessLevel": "RESELLER",
                },
            )
        return Response(
            status,
            content=body.encode() if isinstance(body, str) else None,
            json=body if not isinstance(body, str) else None,
        )

    return MockTransport(handler)


@pytest.mark.parametrize(
    ("status", "body", "kind", "words"),
    [
        (
            400,
            {"error": "bad_request", "message": "Id not found in request URI"},
            ProviderError,
            "rejected the request",
        ),
        (
            403,
            {"error": "access_denied", "message": "Insufficient access level"},
            ProviderError,
            "may not see the invoice list",
        ),
        (403, {"code": "blacklisted"}, ProviderError, "blocked this computer"),
        (
            404,
            {"error": "not_found", "message": "Not found"},
            ProviderError,
            "did not find the invoice list",
        ),
        (
            422,
            {"error": "limit", "message": "Limit must be between 1 and 500"},
            ProviderError,
            "Limit must be between 1 and 500",
        ),
        (422, {"code": "fromDate"}, ProviderError, "fromDate"),
        (500, {"error": "internal_error"}, ProviderError, "internal error"),
        (500, "<html>oops</html>", ProviderError, "internal error"),
        (409, {"error": "employee"}, ProviderError, "unexpectedly"),
        (
            401,
            {"error": "expired", "message": "Session has expired, please login"},
            NeedsLogin,
            "refused the new login token",
        ),
        (200, "not json", ProviderDataError, "not valid JSON"),
    ],
)
def test_error_mapping(status, body, kind, words):
    client, _ = client_for(
        None, secrets={"username": "u@x.dk", "password": "pw-123456"}, transport=stub(status, body)
    )
    with pytest.raises(kind) as caught:
        client.check()
    assert type(caught.value) is kind or kind is ProviderError
    assert words in str(caught.value)
    if status != 200:
        assert caught.value.status == status
    assert "STUBTOKEN" not in str(caught.value) and "pw-123456" not in str(caught.value)


@pytest.mark.parametrize(
    ("status", "body", "words"),
    [
        (401, {"error": "credentials_invalid"}, "username or password"),
        (401, {"code": "authenticatorToken"}, "two-factor"),
        (
            409,
            {"error": "employee", "message": "Employee does not have access to login"},
            "not allowed to log in",
        ),
    ],
)
def test_login_error_mapping(status, body, words):
    transport = MockTransport(lambda request: Response(status, json=body))
    client, _ = client_for(
        None, secrets={"username": "u@x.dk", "password": "pw-123456"}, transport=transport
    )
    with pytest.raises(NeedsLogin, match=words):
        client.check()


def bare_list_transport(detail_status, calls):
    """A list answered as a bare array (no envelope, no total) of one invoice."""
    oid, customer = "0123456789abcdef01234567", "ab" * 12

    def handler(request):
        calls.append(request.url.path)
        if request.url.path == "/auth/login":
            return Response(200, json={"token": "T" * 20, "expiresInMinutes": 15})
        if request.url.path == "/invoice":
            first = request.url.params["offset"] == "0"
            return Response(200, json=[{"_id": oid, "customer": customer}] if first else [])
        if request.url.path == f"/invoice/{oid}" and detail_status == 200:
            body = {
                "_id": oid,
                "customer": customer,
                "invoiceNumber": "77",
                "invoiceDate": "2024-06-30T22:00:00.000Z",
                "subTotal": 100,
                "vat": 25,
                "total": 125,
                "paid": True,
                "lines": [],
            }
            return Response(200, json=body)
        return Response(404, json={"error": "not_found", "message": "Not found"})

    return MockTransport(handler)


def test_a_bare_array_list_is_paged_until_empty():
    calls = []
    client, _ = client_for(
        None, secrets={"token": "M2MTOKENM2MTOKEN"}, transport=bare_list_transport(200, calls)
    )
    got, outcome = run(client)
    assert outcome.complete and len(got) == 1
    invoice = got[0].invoice
    assert invoice.number == "77" and invoice.issue_date == dt.date(2024, 7, 1)
    assert invoice.customer.number == "ab" * 12 and invoice.customer.name is None
    assert calls.count("/invoice") == 2  # offset 0, then 1 (empty)


def test_an_invoice_gone_before_its_detail_is_an_error():
    client, _ = client_for(
        None, secrets={"token": "M2MTOKENM2MTOKEN"}, transport=bare_list_transport(404, [])
    )
    with pytest.raises(ProviderError, match="no longer has invoice 0123456789abcdef01234567"):
        run(client)
