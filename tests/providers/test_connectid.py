"""The ConnectID client against its sandbox over real sockets: login, sync, refresh, errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import pytest

from invoicedesk.domain import Invoice, Kind, PaymentState, quantize
from invoicedesk.providers.base import (
    ClientContext,
    FetchedInvoice,
    LoginContext,
    Progress,
    SyncOutcome,
    SyncRequest,
)
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.connectid import SPEC
from invoicedesk.providers.errors import (
    Cancelled,
    ConfigError,
    NeedsLogin,
    ProviderDataError,
    ProviderError,
    SecurityError,
)
from invoicedesk.providers.http import HttpPolicy, HttpSession, MockTransport, Request, Response
from invoicedesk.sandbox.connectid import (
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    PUBLIC_CLIENT_ID,
    ConnectIDSandbox,
    create,
    demo_account,
)
from invoicedesk.sandbox.connectid_data import (
    PRIMARY_CUSTOMER,
    SECONDARY_CUSTOMER,
    InvoiceRec,
)

TODAY = dt.date(2025, 6, 15)
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


MANUAL = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect())


class Clock:
    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def server():
    """The default dataset (about 300 invoices), shared by the tests that only read."""
    with create(today=TODAY) as s:
        yield s


def small(**knobs: Any) -> ConnectIDSandbox:
    return create(today=TODAY, size=knobs.pop("size", 40), **knobs)


def session(server: ConnectIDSandbox, **kwargs: Any) -> HttpSession:
    policy = HttpPolicy(backoff_base=0.01, backoff_max=0.05)
    return HttpSession(f"{server.base_url}/capi", policy=policy, **kwargs)


def options_for(server: ConnectIDSandbox, **extra: str) -> dict[str, str]:
    return {
        "client_id": DEMO_CLIENT_ID,
        "authorize_url": f"{server.base_url}/user/oauth/authorize",
        "token_url": f"{server.base_url}/user/oauth/token",
        **extra,
    }


def client_ctx(
    server: ConnectIDSandbox,
    *,
    secrets: Mapping[str, str] | None = None,
    options: Mapping[str, str] | None = None,
    saved: list[dict[str, str]] | None = None,
    clock: Callable[[], float] | None = None,
    language: str = "en",
) -> ClientContext:
    demo = demo_account(server) if secrets is None or options is None else None
    if secrets is None:
        assert demo is not None
        secrets = demo.secrets
    if options is None:
        assert demo is not None
        options = demo.options
    store = saved if saved is not None else []
    return ClientContext(
        account="books",
        base_url=f"{server.base_url}/capi",
        options=options,
        secrets=dict(secrets),
        http=session(server),
        save_secrets=store.append,
        today=lambda: TODAY,
        clock=clock or server.clock,
        language=language,
    )


def run_sync(
    ctx: ClientContext,
    *,
    cancel: CancelToken | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    full: bool = True,
    known: dict[str, str] | None = None,
) -> tuple[list[FetchedInvoice], SyncOutcome, list[tuple[int, int]]]:
    """Invoices, outcome, and (thread id, size) of each batch handed to the sink."""
    got: list[FetchedInvoice] = []
    batches: list[tuple[int, int]] = []

    def sink(batch: Any) -> None:
        batches.append((threading.get_ident(), len(batch)))
        got.extend(batch)

    request = SyncRequest(
        full=full,
        cancel=cancel or CancelToken(),
        progress=on_progress or (lambda p: None),
        known=known or {},
    )
    outcome = SPEC.create(ctx).sync(request, sink)
    return got, outcome, batches


def browser(record: dict[str, Any] | None = None) -> Callable[[str], None]:
    """The test acts as the browser: GET the authorize URL and follow the 302 to the listener."""

    def open_url(url: str) -> None:
        if record is not None:
            record["authorize_url"] = url
        try:
            with DIRECT.open(url, timeout=10) as answer:
                if record is not None:
                    record["final_url"] = answer.geturl()
                    record["page"] = answer.read().decode()
        except urllib.error.HTTPError as exc:  # a browser shows error pages too
            if record is not None:
                record["status"] = exc.code

    return open_url


def login_ctx(
    server: ConnectIDSandbox,
    open_url: Callable[[str], None],
    *,
    options: Mapping[str, str] | None = None,
    secrets: Mapping[str, str] | None = None,
    timeout: float = 10,
    cancel: CancelToken | None = None,
) -> LoginContext:
    return LoginContext(
        account="books",
        base_url=f"{server.base_url}/capi",
        options=options if options is not None else options_for(server),
        secrets=secrets if secrets is not None else {"client_secret": DEMO_CLIENT_SECRET},
        http=session(server),
        open_url=open_url,
        cancel=cancel or CancelToken(),
        timeout=timeout,
        clock=server.clock,
    )


def expected_ids(server: ConnectIDSandbox, customer: int = PRIMARY_CUSTOMER) -> set[str]:
    """One document per invoice: reminders are events of their invoice, never rows."""
    return {rec.id for rec in server.dataset.for_customer(customer)}


def no_floats(value: Any) -> None:
    assert not isinstance(value, float), value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            no_floats(getattr(value, f.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            no_floats(item)
    elif isinstance(value, dict):
        for item in value.values():
            no_floats(item)


# ---- login --------------------------------------------------------------------------------------


def test_login_with_the_test_as_browser_stores_tokens_and_sends_pkce():
    with small() as server:
        seen: dict[str, Any] = {}
        secrets = SPEC.login(login_ctx(server, browser(seen)))
        assert set(secrets) == {"client_secret", "access_token", "refresh_token", "expires_at"}
        assert abs(int(secrets["expires_at"]) - (server.clock() + 43200)) <= 2
        query = server.authorize_log[-1]
        assert query["client_id"] == DEMO_CLIENT_ID and query["scope"] == "read"
        assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
        assert urlsplit(query["redirect_uri"]).hostname == "127.0.0.1"
        assert urlsplit(query["redirect_uri"]).path == "/callback"
        assert seen["final_url"].startswith(query["redirect_uri"])
        assert "close this tab" in seen["page"]
        assert server.token_log[-1] == {
            "grant_type": "authorization_code",
            "style": "basic",
            "client_id": DEMO_CLIENT_ID,
        }
        ctx = client_ctx(server, secrets=secrets, options=options_for(server))
        assert SPEC.create(ctx).check().startswith("OK")


def test_login_of_a_public_client_without_pkce():
    with small() as server:
        options = options_for(server, client_id=PUBLIC_CLIENT_ID, pkce="no")
        secrets = SPEC.login(login_ctx(server, browser(), options=options, secrets={}))
        assert "code_challenge" not in server.authorize_log[-1]
        assert secrets["access_token"] and "client_secret" not in secrets


def test_a_forged_state_is_rejected():
    with small() as server:
        answers: list[int] = []

        def forging_browser(url: str) -> None:
            try:
                MANUAL.open(url, timeout=10)
            except urllib.error.HTTPError as exc:  # the 302, not followed
                location = exc.headers["Location"]
            parts = urlsplit(location)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            query["state"] = "forged-by-someone-else"
            forged = urlunsplit(parts._replace(query=urlencode(query)))
            try:
                DIRECT.open(forged, timeout=10)
            except urllib.error.HTTPError as exc:
                answers.append(exc.code)

        with pytest.raises(SecurityError, match="state"):
            SPEC.login(login_ctx(server, forging_browser))
        assert answers == [400]
        assert server.token_log == []  # the code was never exchanged


def test_login_times_out_and_honours_cancel():
    with small() as server:
        with pytest.raises(ProviderError, match="no sign-in arrived"):
            SPEC.login(login_ctx(server, lambda url: None, timeout=0.3))
        cancel = CancelToken()
        with pytest.raises(Cancelled):
            SPEC.login(login_ctx(server, lambda url: cancel.cancel(), cancel=cancel))


def test_login_refused_by_the_user():
    with small(auto_approve=False) as server:
        seen: dict[str, Any] = {}
        with pytest.raises(ProviderError, match="cancelled or access was refused"):
            SPEC.login(login_ctx(server, browser(seen)))
        assert seen["status"] == 400  # the listener's "not completed" page


def test_login_with_a_wrong_secret_needs_a_new_secret():
    with small() as server:
        with pytest.raises(NeedsLogin, match="client secret") as caught:
            SPEC.login(login_ctx(server, browser(), secrets={"client_secret": "wrong-one"}))
        assert "wrong-one" not in str(caught.value)
        assert [e["style"] for e in server.token_log] == ["basic", "query"]


def test_login_falls_back_to_query_client_authentication():
    with small(client_auth_styles=("query",)) as server:
        secrets = SPEC.login(login_ctx(server, browser()))
        assert secrets["access_token"]
        assert [e["style"] for e in server.token_log] == ["basic", "query"]


def test_login_in_client_mode_checks_the_client_credentials():
    with small() as server:
        options = options_for(server, mode="client", customer_numbers=str(PRIMARY_CUSTOMER))
        secrets = SPEC.login(login_ctx(server, browser(), options=options))
        assert secrets == {"client_secret": DEMO_CLIENT_SECRET}
        assert server.token_log[-1]["grant_type"] == "client_credentials"


# ---- user-mode sync -----------------------------------------------------------------------------


def check_invoice(inv: Invoice, rec: InvoiceRec) -> None:
    """The client's invoice against the sandbox's own record, to the øre."""
    assert inv.kind is Kind.INVOICE
    assert inv.number == str(rec.number) and inv.currency == rec.currency
    assert inv.total == rec.amount
    assert (inv.net, inv.vat) == (rec.offers[0].net, rec.offers[0].vat)
    assert inv.paid_amount == rec.paid_amount
    assert (
        inv.payment
        is {
            "paid": PaymentState.PAID,
            "notPaid": PaymentState.UNPAID,
            "partiallyPaid": PaymentState.PARTIALLY_PAID,
        }[rec.status]
    )
    assert (inv.issue_date, inv.due_date) == (rec.invoice_date, rec.due_date)
    assert inv.customer is not None and inv.customer.number == str(rec.customer)
    assert len(inv.offers) == len(rec.offers)
    for offer, expected in zip(inv.offers, rec.offers, strict=True):
        assert offer.number == str(expected.number)
        assert (offer.net, offer.vat) == (expected.net, expected.vat)
        assert offer.total == quantize(expected.net + expected.vat, rec.currency)
        assert len(offer.lines) == len(expected.lines)
        for line, want in zip(offer.lines, expected.lines, strict=True):
            assert (line.product_code, line.description) == (want.product_code, want.description)
            assert (line.net, line.vat, line.vat_rate) == (want.net, want.vat, want.vat_percent)
            assert line.total == quantize(want.net + want.vat, rec.currency)
            assert (line.period_from, line.period_to) == (want.period_from, want.period_to)
    assert [r.number for r in inv.reminders] == [str(m.number) for m in rec.reminders]
    for got, want in zip(inv.reminders, rec.reminders, strict=True):
        assert (got.date, got.due_date, got.amount) == (want.date, want.due_date, want.amount)
        assert (got.fee, got.type) == (want.fee, want.type)  # amount − what the invoice owed
    assert inv.kind is Kind.INVOICE
    assert inv.outstanding == rec.amount - rec.paid_amount  # the provider's own balance
    owes_fees = rec.reminders and not rec.paid
    assert inv.fees == (rec.reminders[-1].fee if owes_fees else None)  # cumulative: the latest
    assert inv.pdf_url is not None
    if rec.url_style in ("http", "bare"):
        assert inv.pdf_url.endswith(f"/invoice/view/{rec.pdf}")
    assert (len(rec.offers) > 1) == any(f.key == "connectid.offers" for f in inv.facts)


def test_sync_gives_every_invoice_with_offers_lines_and_reminders(server):
    ctx = client_ctx(server)
    before = len(server.api_log)
    got, outcome, batches = run_sync(ctx)
    calls = server.api_log[before:]
    assert all(accept == "application/json" for _, accept, _ in calls)
    details = [c for c in calls if c[0].endswith("/details")]
    # one details call per invoice, none per reminder (the fee is implied from the lists)
    assert len(details) == len(expected_ids(server))
    assert len([c for c in calls if c[0].endswith("/payment")]) == 2  # 24 months, 2 windows
    by_id = {f.invoice.id: f for f in got}
    assert len(by_id) == len(got)  # nothing twice
    assert set(by_id) == expected_ids(server)
    assert {thread for thread, _ in batches} == {threading.get_ident()}  # sink on this thread
    assert len(batches) > 1 and all(size <= 50 for _, size in batches)
    for rec in server.dataset.for_customer(PRIMARY_CUSTOMER):
        check_invoice(by_id[rec.id].invoice, rec)
    reminded = [f.invoice for f in got if f.invoice.reminders]
    assert any(inv.fees for inv in reminded) and any(len(inv.reminders) > 1 for inv in reminded)
    assert not any("/r" in f.invoice.id for f in got)
    assert outcome.complete is False and outcome.warnings == []
    sample = by_id["FTOTT/7"].invoice
    assert (sample.total, sample.net, sample.vat) == (Decimal(110), Decimal(100), Decimal(10))
    assert sample.payment is PaymentState.PARTIALLY_PAID and sample.paid_amount == Decimal(40)
    assert sample.pdf_url == "https://www.invoicehotel.no"
    assert by_id["FTOTT/7"].raw["invoiceInfoWithDetail"]["invoiceNumber"] == 7
    no_floats([f.invoice for f in got])
    no_floats([f.raw for f in got])


def test_a_resync_reads_again_only_what_is_not_settled(server):
    got, _, _ = run_sync(client_ctx(server))
    known = {f.invoice.id: f.invoice.payment.value for f in got}
    invoices = {f.invoice.id: f.invoice for f in got if f.invoice.kind is Kind.INVOICE}
    settled = {i for i, inv in invoices.items() if inv.payment is PaymentState.PAID}
    assert settled and len(settled) < len(known)
    # the cache thinks one open invoice is paid: the list says otherwise, so it is read again
    reopened = next(i for i, inv in invoices.items() if inv.payment is PaymentState.UNPAID)
    known[reopened] = "paid"

    before = len(server.api_log)
    again, outcome, _ = run_sync(client_ctx(server), full=False, known=known)
    calls = server.api_log[before:]
    fetched = {f.invoice.id for f in again}
    assert fetched == set(known) - settled  # open and part-paid invoices
    assert reopened in fetched
    assert len([c for c in calls if c[0].endswith("/details")]) == len(fetched)
    assert len([c for c in calls if c[0].endswith("/payment")]) == 2  # the lists in full
    assert outcome.complete is False  # so nothing skipped is taken as gone
    by_id = {f.invoice.id: f.invoice for f in got}
    assert all(f.invoice == by_id[f.invoice.id] for f in again)

    # a full sync reads everything again
    everything, _, _ = run_sync(client_ctx(server), full=True, known=known)
    assert {f.invoice.id for f in everything} == set(known)


def test_products_option_lists_per_product():
    with small(size=60) as server:
        options = {**demo_account(server).options, "products": "TOTT,CO27409"}
        got, _, _ = run_sync(client_ctx(server, options=options))
        wanted = {
            r.id
            for r in server.dataset.for_customer(PRIMARY_CUSTOMER)
            if r.product.code in ("TOTT", "CO27409")
        }
        assert {f.invoice.id for f in got if f.invoice.kind is Kind.INVOICE} == wanted
        paths = {p for p, _, _ in server.api_log if "/payment" in p}
        assert paths == {
            "/capi/v1/customer/invoice/payment/TOTT",
            "/capi/v1/customer/invoice/payment/CO27409",
        }


def test_window_months_bounds_what_is_fetched_and_reminders_find_their_invoice():
    with small(size=80) as server:
        options = {**demo_account(server).options, "window_months": "3"}
        got, outcome, _ = run_sync(client_ctx(server, options=options))
        first = dt.date(2025, 3, 15)
        mine = server.dataset.for_customer(PRIMARY_CUSTOMER)
        # reminders inside the window whose invoice is older: reminders name no company, so
        # the client looks further back for those invoices (and delivers them too)
        orphans = [(r, m) for r in mine for m in r.reminders if r.invoice_date < first <= m.date]
        assert orphans, "the dataset should have a reminder across the window edge"
        wanted = {r.id for r in mine if r.invoice_date >= first} | {r.id for r, _ in orphans}
        by_id = {f.invoice.id: f.invoice for f in got}
        assert {i for i, inv in by_id.items() if inv.kind is Kind.INVOICE} == wanted
        for rec, reminder in orphans:
            doc = by_id[rec.id]
            assert doc.offers  # details were fetched
            nested = {r.number: r for r in doc.reminders}
            assert nested[str(reminder.number)].fee == reminder.fee
        assert not any("/r" in i for i in by_id)
        assert outcome.warnings == []
        lists = [(p, a) for p, a, _ in server.api_log if p.endswith("/payment")]
        assert len(lists) == 2  # the window, then one look further back


def test_facts_are_keyed_whatever_the_language(server):
    """The window words facts in its language; the provider only names them by key."""
    ctx = client_ctx(server, language="nl")
    ctx.options = {**ctx.options, "products": "TOTT"}
    got, _, _ = run_sync(ctx)
    assert any(f.key == "connectid.company" for f in got[0].invoice.facts)


# ---- tokens -------------------------------------------------------------------------------------


def test_a_token_that_expires_mid_sync_is_refreshed_without_losing_a_page():
    with small(size=120, token_max_calls=25) as server:
        saved: list[dict[str, str]] = []
        ctx = client_ctx(server, saved=saved)
        old = dict(ctx.secrets)
        got, _, _ = run_sync(ctx)
        assert {f.invoice.id for f in got} == expected_ids(server)
        assert sum(1 for _, _, status in server.api_log if status == 401) >= 1
        assert saved, "refreshed tokens were not persisted"
        latest = saved[-1]
        assert latest["client_secret"] == DEMO_CLIENT_SECRET
        assert latest["access_token"] != old["access_token"]
        assert latest["refresh_token"] != old["refresh_token"]  # the sandbox rotates them
        assert int(latest["expires_at"]) > int(server.clock())
        assert ctx.http.redactor.redact(latest["access_token"]) == "***"
        refreshes = [e for e in server.token_log if e["grant_type"] == "refresh_token"]
        assert len(refreshes) == len(saved)


def test_the_token_is_refreshed_before_it_expires():
    clock = Clock()
    with small(clock=clock, expires_in=3600) as server:
        saved: list[dict[str, str]] = []
        ctx = client_ctx(server, saved=saved, clock=clock)
        clock.now += 3600 - 30  # inside the refresh margin
        got, _, _ = run_sync(ctx)
        assert {f.invoice.id for f in got} == expected_ids(server)
        assert all(status != 401 for _, _, status in server.api_log)
        assert len(saved) == 1
        assert int(saved[0]["expires_at"]) == int(clock.now) + 3600


def test_a_failed_refresh_asks_to_sign_in_again():
    with small() as server:
        ctx = client_ctx(server)
        server.expire_access_tokens()
        server.revoke_refresh_tokens()
        with pytest.raises(NeedsLogin) as caught:
            run_sync(ctx)
        assert "invoicedesk accounts login books" in str(caught.value)


def test_no_stored_tokens_asks_to_sign_in():
    with small() as server:
        ctx = client_ctx(server, secrets={"client_secret": DEMO_CLIENT_SECRET})
        with pytest.raises(NeedsLogin, match="invoicedesk accounts login books"):
            run_sync(ctx)
        assert server.api_log == []


# ---- client mode --------------------------------------------------------------------------------


def test_client_mode_sync_with_epoch_ms_dates():
    with small(size=80) as server:
        options = options_for(
            server, mode="client", customer_numbers=f"{PRIMARY_CUSTOMER}, {SECONDARY_CUSTOMER}"
        )
        ctx = client_ctx(server, options=options, secrets={"client_secret": DEMO_CLIENT_SECRET})
        got, _, _ = run_sync(ctx)
        recs = server.dataset.invoices
        assert {f.invoice.id for f in got} == {r.id for r in recs}
        assert any(r.clock_time.hour == 0 for r in recs)  # 00:30 Oslo is the day before in UTC
        by_id = {f.invoice.id: f.invoice for f in got}
        for rec in recs:
            inv = by_id[rec.id]
            assert (inv.issue_date, inv.due_date) == (rec.invoice_date, rec.due_date)
            assert inv.total == rec.amount and inv.paid_amount == rec.paid_amount
            assert [(line.net, line.vat) for line in inv.lines] == [
                (want.net, want.vat) for want in rec.offers[0].lines
            ]
            assert inv.customer is not None and inv.customer.number == str(rec.customer)
        grants = {e["grant_type"] for e in server.token_log}
        assert grants == {"client_credentials"}
        calls = [p for p, _, _ in server.api_log]
        assert all("/v1/client/" in p for p in calls)
        no_floats(list(by_id.values()))


def test_client_mode_unknown_customer_number():
    with small() as server:
        options = options_for(server, mode="client", customer_numbers="999")
        ctx = client_ctx(server, options=options, secrets={"client_secret": DEMO_CLIENT_SECRET})
        with pytest.raises(ProviderError, match="customer number 999") as caught:
            run_sync(ctx)
        assert caught.value.status == 404


def test_client_mode_renews_its_token_on_401():
    with small(token_max_calls=1) as server:
        options = options_for(server, mode="client", customer_numbers=str(PRIMARY_CUSTOMER))
        ctx = client_ctx(server, options=options, secrets={"client_secret": DEMO_CLIENT_SECRET})
        got, _, _ = run_sync(ctx)
        assert {f.invoice.id for f in got} == {
            r.id for r in server.dataset.for_customer(PRIMARY_CUSTOMER)
        }


@pytest.mark.parametrize(
    ("options", "secrets", "match"),
    [
        ({"mode": "client"}, {"client_secret": "x"}, "customer numbers"),
        ({"mode": "client", "customer_numbers": "1"}, {}, "client secret"),
        ({"customer_numbers": "12,abc"}, {}, "customer_numbers"),
        ({"window_months": "zero"}, {}, "window_months"),
        ({"client_id": ""}, {}, "client id"),
    ],
)
def test_bad_settings_are_config_errors(server, options, secrets, match):
    ctx = client_ctx(server, options={**options_for(server), **options}, secrets=secrets)
    with pytest.raises(ConfigError, match=match):
        SPEC.create(ctx)


# ---- errors, retries, cancel --------------------------------------------------------------------


def test_429_and_503_are_retried():
    with small(size=20) as server:
        server.faults.add("429", 2, path_contains="/details", retry_after=0)
        server.faults.add("503", 1, path_contains="/payment", retry_after=0)
        ctx = client_ctx(server)
        got, _, _ = run_sync(ctx)
        assert {f.invoice.id for f in got} == expected_ids(server)
        assert ctx.http.traffic.retries == 3


def test_a_server_error_is_a_provider_error():
    with small(size=20) as server:
        server.faults.add("500", 1, path_contains="/payment")
        with pytest.raises(ProviderError, match="server problem") as caught:
            run_sync(client_ctx(server))
        assert caught.value.status == 500


def test_a_malformed_answer_is_a_data_error():
    with small(size=20) as server:
        server.faults.add("malformed", 1, path_contains="/details")
        with pytest.raises(ProviderDataError):
            run_sync(client_ctx(server))


def test_a_wrong_mode_is_reported_as_missing_access():
    with small(size=20) as server:
        # a user token used as if it were a client token: the sandbox answers 403
        ctx = client_ctx(server)
        client = SPEC.create(ctx)
        with pytest.raises(ProviderError, match="refused access") as caught:
            client.get(
                f"v1/client/customer/invoice/payment/{PRIMARY_CUSTOMER}",
                {"from": "2025-01-01", "to": "2025-06-01"},
                CancelToken(),
                "the list",
            )
        assert caught.value.status == 403


def test_cancel_between_batches():
    with small(size=150) as server:
        cancel = CancelToken()
        batches: list[int] = []

        def progress(p: Progress) -> None:
            if p.message.startswith("Fetching") and p.done > 0:
                batches.append(p.done)
                cancel.cancel()

        got: list[FetchedInvoice] = []
        request = SyncRequest(full=True, cancel=cancel, progress=progress)
        with pytest.raises(Cancelled):
            SPEC.create(client_ctx(server)).sync(request, got.extend)
        assert batches == [50] and len(got) == 50


def test_check_summarises_the_account(server):
    assert SPEC.create(client_ctx(server)).check().startswith("OK: signed in")


def test_spec_options_and_secrets():
    keys = {o.key for o in SPEC.options}
    assert keys == {
        "client_id",
        "authorize_url",
        "token_url",
        "mode",
        "customer_numbers",
        "products",
        "client_auth",
        "pkce",
        "window_months",
    }
    assert SPEC.option({}, "token_url") == "https://connectid.no/user/oauth/token"
    assert SPEC.option({}, "authorize_url") == "https://connectid.no/user/oauth/authorize"
    assert SPEC.default_base_url == "https://api.mediaconnect.no/capi"
    assert {s.key: s.required for s in SPEC.secrets} == {
        "client_secret": False,
        "access_token": False,
        "refresh_token": False,
        "expires_at": False,
    }
    assert SPEC.login is not None and SPEC.option_errors({"client_id": "x"}) == []


# ---- edge cases the sandbox does not produce (mock transport) -----------------------------------


def mocked_ctx(handler: Callable[[Request], Response]) -> ClientContext:
    http = HttpSession("https://api.example/capi", transport=MockTransport(handler))
    return ClientContext(
        account="books",
        base_url="https://api.example/capi",
        options={"client_id": "no.x"},
        secrets={
            "access_token": "tok-123456",
            "refresh_token": "ref-123456",
            "expires_at": str(int(time.time()) + 3600),
        },
        http=http,
        today=lambda: TODAY,
    )


def test_a_reminder_whose_invoice_cannot_be_found_is_still_delivered():
    def handler(request: Request) -> Response:
        assert request.url.path.endswith("/payment"), "no details call without a company"
        reminder = {
            "invoiceNumber": 4711,
            "reminderNumber": 1,
            "amount": 99.5,
            "reminderDate": 1735687800000,
        }
        return Response(200, json={"invoices": [], "reminders": [reminder]})

    got, outcome, _ = run_sync(mocked_ctx(handler))
    (doc,) = [f.invoice for f in got]
    # one claim for its invoice, from what the reminder gives, the reminder nested in it
    assert doc.id == "?/4711" and doc.kind is Kind.INVOICE and doc.number == "4711"
    assert doc.outstanding == Decimal("99.5") and doc.total is None and doc.fees is None
    assert [(r.number, r.date, r.amount) for r in doc.reminders] == [
        ("1", dt.date(2025, 1, 1), Decimal("99.5"))
    ]
    assert doc.payment is PaymentState.UNPAID
    assert len(outcome.warnings) == 1 and "4711" in outcome.warnings[0]


def test_a_reminder_of_a_cached_invoice_outside_the_lists_reads_that_invoice():
    details: list[dict[str, str]] = []

    def handler(request: Request) -> Response:
        if request.url.path.endswith("/details"):
            details.append(dict(request.url.params))
            return Response(
                200,
                json={
                    "invoiceInfoWithDetail": {
                        "invoiceNumber": 4711,
                        "companyCode": "ACME",
                        "invoiceAmount": 200,
                        "paidAmount": 50,
                        "invoicePaymentStatus": "partiallyPaid",
                        "invoiceCurrency": "NOK",
                        "invoiceDueDate": "2024-11-01",
                    }
                },
            )
        reminders = [
            {"invoiceNumber": 4711, "reminderNumber": n, "amount": 150 + 35 * n,
             "reminderDate": 1735687800000, "dueDate": 1736897400000}
            for n in (2, 1, 2)  # out of order, and one listed twice (windows share a day)
        ]  # fmt: skip
        return Response(200, json={"invoices": [], "reminders": reminders})

    known = {"ACME/4711": "partially_paid", "ACME/4711/r1": "unpaid"}
    got, outcome, _ = run_sync(mocked_ctx(handler), full=False, known=known)
    (doc,) = [f.invoice for f in got]
    assert details == [{"companyCode": "ACME", "invoiceNumber": "4711", "reminderNumber": "0"}]
    assert doc.id == "ACME/4711" and doc.outstanding == Decimal(150)
    assert [(r.number, r.fee) for r in doc.reminders] == [("1", Decimal(35)), ("2", Decimal(70))]
    assert doc.fees == Decimal(70) and outcome.warnings == []


def test_an_invoice_without_details_is_delivered_from_the_list_with_a_warning():
    item = {
        "invoiceNumber": "12",
        "companyCode": "ACME",
        "invoiceAmount": "10.00",
        "invoiceDate": "2025-06-01",
        "paymentStatus": "1",
    }

    def handler(request: Request) -> Response:
        assert request.headers["Accept"] == "application/json"
        assert request.headers["Authorization"] == "Bearer tok-123456"
        if request.url.path.endswith("/details"):
            return Response(400, json={"exceptionType": "X", "errorMessage": "Invoice not found"})
        return Response(200, json={"invoices": [item], "reminders": []})

    got, outcome, _ = run_sync(mocked_ctx(handler))
    (inv,) = [f.invoice for f in got]
    assert inv.id == "ACME/12" and inv.total == Decimal("10.00")
    assert inv.payment is PaymentState.PAID and inv.offers == ()
    assert outcome.warnings and "Invoice not found" in outcome.warnings[0]


def test_an_invoice_without_company_is_an_error_naming_it():
    def handler(request: Request) -> Response:
        return Response(200, json={"invoices": [{"invoiceNumber": "77"}], "reminders": []})

    with pytest.raises(ProviderDataError, match="invoice 77"):
        run_sync(mocked_ctx(handler))
