"""SendRegning client against its sandbox over real sockets."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from invoicedesk.domain import Kind, PaymentState, Status
from invoicedesk.domain.claims import invoice_status
from invoicedesk.domain.facts import FactKind
from invoicedesk.providers import get_spec
from invoicedesk.providers.base import ClientContext, SyncRequest
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import Cancelled, NeedsLogin, ProviderDataError
from invoicedesk.providers.http import HttpPolicy, HttpSession
from invoicedesk.providers.sendregning import next_link
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.sendregning import SendRegningSandbox

TODAY = dt.date(2026, 6, 15)
FAST = HttpPolicy(backoff_base=0.001, backoff_max=0.01, timeout=2)


@pytest.fixture
def server():
    with SendRegningSandbox(size=250, today=lambda: TODAY) as s:
        yield s


def client_for(server, secrets=None, options=None):
    demo = demo_account("sendregning", server)
    session = HttpSession(server.base_url, policy=FAST)
    ctx = ClientContext(
        account="main",
        base_url=server.base_url,
        options=options or demo.options,
        secrets=secrets or demo.secrets,
        http=session,
        today=lambda: TODAY,
    )
    return get_spec("sendregning").create(ctx), session


def run(client, full=True, cursor=None, known=None, cancel=None):
    got = []
    request = SyncRequest(
        full=full,
        cancel=cancel or CancelToken(),
        progress=lambda p: None,
        cursor=cursor,
        known=known or {},
    )
    outcome = client.sync(request, got.extend)
    return got, outcome


def test_full_sync_gives_every_invoice_with_the_sandboxs_own_figures(server):
    client, _session = client_for(server)
    got, outcome = run(client)
    assert outcome.complete
    by_id = {f.invoice.id: f.invoice for f in got}
    assert len(got) == len(by_id) == len(server.invoices)
    for raw in server.invoices:
        invoice = by_id[str(raw["number"])]
        assert invoice.total == raw["total"] and invoice.vat == raw["tax"]
        assert invoice.outstanding == raw["currentBalance"]
        assert [line.total for line in invoice.lines] == [i["total"] for i in raw["items"]]
        assert invoice.kind is (Kind.CREDIT_NOTE if raw["credit"] else Kind.INVOICE)
    # paged: 250 invoices at 100 a page is 3 pages, plus credit notes and the due list
    assert server.stats.by_path["/invoices/"] == 3


def test_seed_sample_is_parsed_faithfully(server):
    client, _ = client_for(server)
    got, _ = run(client)
    seed = next(f.invoice for f in got if f.invoice.id == "123")
    assert seed.kid == "0034246611"  # leading zeros kept
    assert (seed.total, seed.vat, seed.outstanding) == (
        Decimal("22.22"),
        Decimal("11.11"),
        Decimal("10"),
    )
    assert seed.payment is PaymentState.PARTIALLY_PAID and seed.paid_amount == Decimal("12.22")
    assert seed.lines[1].quantity == Decimal("12.12") and seed.lines[0].discount_percent == 10
    assert seed.customer and seed.customer.number == "p23"
    assert seed.delivery_address and seed.delivery_address.lines == ("Karl Johan",)
    assert seed.pdf_url and seed.pdf_url.startswith(server.base_url + "/download/i/123/")
    for line in seed.lines:  # no float anywhere: every amount is an exact Decimal
        assert not any(isinstance(getattr(line, f), float) for f in line.__slots__)


def test_overdue_comes_from_the_due_list_and_the_due_date(server):
    client, _ = client_for(server)
    got, _ = run(client)
    for f in got:
        raw = next(r for r in server.invoices if str(r["number"]) == f.invoice.id)
        if server.state(raw) == "due" and f.invoice.payment is PaymentState.UNPAID:
            assert f.invoice.provider_overdue and invoice_status(f.invoice, TODAY) is Status.OVERDUE


def test_wrong_password_and_missing_originator_are_refused(server):
    demo = demo_account("sendregning", server)
    client, _ = client_for(server, secrets={**demo.secrets, "password": "wrong"})
    with pytest.raises(NeedsLogin, match="refused the login"):
        run(client)
    client, _ = client_for(server, options={"originator_id": "99999"})
    with pytest.raises(NeedsLogin):
        client.check()
    session = HttpSession(server.base_url)
    response = session.request("GET", "invoices/", auth=None)
    assert response.status_code == 401 and response.content == b""


def test_incremental_sync_fetches_little_and_sees_payments(server):
    client, session = client_for(server)
    got, outcome = run(client)
    full_bytes = session.traffic.bytes_received
    known = {f.invoice.id: f.invoice.payment.value for f in got}
    # an unpaid, older invoice gets paid at SendRegning
    target = next(
        r for r in server.invoices if r["currentBalance"] != 0 and r["invoiceDate"] < "2026-01-01"
    )
    target["currentBalance"] = Decimal(0)
    client2, session2 = client_for(server)
    got2, outcome2 = run(client2, full=False, cursor=outcome.cursor, known=known)
    assert not outcome2.complete
    assert session2.traffic.bytes_received < full_bytes
    updated = next(f.invoice for f in got2 if f.invoice.id == str(target["number"]))
    assert updated.payment is PaymentState.PAID


def test_retryable_faults_are_survived(server):
    server.faults.add("429", retry_after=0)
    server.faults.add("503", retry_after=0)
    server.faults.add("truncated", path_contains="/invoices/")
    client, session = client_for(server)
    got, _ = run(client)
    assert len(got) == len(server.invoices) and session.traffic.retries == 3


def test_malformed_json_is_a_clear_data_error(server):
    server.faults.add("malformed", path_contains="/invoices/")
    client, _ = client_for(server)
    with pytest.raises(ProviderDataError, match="not valid JSON"):
        run(client)


def test_cancel_stops_between_requests(server):
    cancel = CancelToken()
    cancel.cancel()
    client, _ = client_for(server)
    with pytest.raises(Cancelled):
        run(client, cancel=cancel)


def test_link_header_parsing_handles_relative_and_absolute_targets():
    header = (
        '</invoices/?perPage=1&page=1>; rel="prev",</invoices/?perPage=1&page=3>; '
        'rel="next",<https://x/invoices/?page=1>; rel="first"'
    )
    assert next_link(header) == "/invoices/?perPage=1&page=3"
    assert next_link('<https://h/i?page=2>; rel="next"') == "https://h/i?page=2"
    assert next_link(None) is None and next_link('<a>; rel="last"') is None


def test_sandbox_state_lists_filter_by_invoice_date_inclusive_and_sort_descending(server):
    demo = demo_account("sendregning", server)
    session = HttpSession(server.base_url)
    from invoicedesk.providers.http import BasicAuth

    auth = BasicAuth(demo.secrets["username"], demo.secrets["password"])
    headers = {"Originator-Id": demo.options["originator_id"]}
    day = server.invoices[5]["invoiceDate"]
    answer = session.request(
        "GET", "invoices/paid", params={"from": day, "to": day}, headers=headers, auth=auth
    )
    items = json.loads(answer.content)
    assert all(i["invoiceDate"] == day for i in items)
    answer = session.request(
        "GET", "invoices/due", params={"perPage": "5"}, headers=headers, auth=auth
    )
    dates = [i["invoiceDate"] for i in json.loads(answer.content)]
    assert dates == sorted(dates, reverse=True)
    assert 'rel="next"' in answer.headers["Link"] and 'rel="prev"' not in answer.headers["Link"]
    bad = session.request(
        "GET", "invoices/paid", params={"from": "2026-13-01"}, headers=headers, auth=auth
    )
    assert bad.status_code == 400 and "Invalid date" in bad.json()["message"]


def test_outstanding_is_the_current_balance_and_credit_notes_name_what_they_credit(server):
    client, _ = client_for(server)
    got, _ = run(client)
    by_id = {f.invoice.id: f.invoice for f in got}
    for raw in server.invoices:
        inv = by_id[str(raw["number"])]
        assert inv.outstanding == raw["currentBalance"]  # the provider's own balance, once
        assert inv.customer is not None
        assert (inv.customer.name, inv.customer.number) == (
            raw["recipient"]["name"],
            raw["recipient"]["customerNumber"],
        )
    notes = [i for i in by_id.values() if i.kind is Kind.CREDIT_NOTE]
    assert notes
    for note in notes:
        credited = {f.key: f.text for f in note.facts}["sendregning.credits_invoice"]
        # a credit note credits an invoice of the same dataset, never another credit note
        assert by_id[credited].kind is Kind.INVOICE
        assert note.outstanding is not None and note.outstanding <= 0


def test_facts_are_typed_not_worded(server):
    """The provider names facts by key and gives typed values; the window words them."""
    client, _ = client_for(server)
    client.ctx.language = "nb"
    got, _ = run(client)
    note = next(f.invoice for f in got if f.invoice.kind is Kind.CREDIT_NOTE)
    assert "sendregning.credits_invoice" in {f.key for f in note.facts}
    dates = [f for i in got for f in i.invoice.facts if f.key.endswith("_date")]
    assert all(f.kind is FactKind.DATE and f.day is not None for f in dates)


def test_the_demo_has_a_credit_note_of_an_invoice_it_holds():
    from invoicedesk.demo import DEMO_SIZES
    from invoicedesk.sandbox.sendregning_data import generate

    data = generate(DEMO_SIZES["sendregning"], TODAY)
    numbers = {i["number"]: i for i in data}
    credited = [n["creditedInvoiceNumber"] for n in data if n.get("credit")]
    assert credited and all(not numbers[c]["credit"] for c in credited)
