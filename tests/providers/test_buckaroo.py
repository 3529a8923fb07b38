"""Buckaroo client against its sandbox over real sockets (and raw signed requests to the
sandbox, to show it refuses what Buckaroo refuses)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import http.client
import json
import logging
import re
import time
from collections import defaultdict
from decimal import Decimal

import pytest

from invoicedesk.domain import PaymentState, Status
from invoicedesk.domain.claims import invoice_status
from invoicedesk.domain.facts import Fact
from invoicedesk.providers import get_spec
from invoicedesk.providers.base import ClientContext, SyncRequest
from invoicedesk.providers.buckaroo import BuckarooClient, authorization
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import (
    Cancelled,
    ConfigError,
    NeedsLogin,
    ProviderDataError,
    ProviderError,
    SecurityError,
)
from invoicedesk.providers.http import HttpPolicy, HttpSession, MockTransport, Response
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.buckaroo import BuckarooSandbox, signed_uri, verify
from invoicedesk.sandbox.buckaroo_data import CUSTOMERS, SAMPLE_KEY

TODAY = dt.date(2026, 6, 15)
FAST = HttpPolicy(backoff_base=0.001, backoff_max=0.01, timeout=2)


@pytest.fixture
def server():
    with BuckarooSandbox(today=lambda: TODAY) as s:
        yield s


def client_for(server, options=None, secrets=None, language="en", clock=time.time, **extra):
    demo = demo_account("buckaroo", server)
    session = HttpSession(server.base_url, policy=FAST)
    ctx = ClientContext(
        account="main", base_url=server.base_url,
        options={**demo.options, **extra} if options is None else options,
        secrets=demo.secrets if secrets is None else secrets,
        http=session, today=lambda: TODAY, language=language, clock=clock,
    )  # fmt: skip
    return get_spec("buckaroo").create(ctx), session


def run(client, cancel=None, sink=None, progress=None):
    got = []
    request = SyncRequest(full=True, cancel=cancel or CancelToken(),
                          progress=progress or (lambda p: None))  # fmt: skip
    outcome = client.sync(request, sink or got.extend)
    return got, outcome


def test_demo_account(server):
    demo = demo_account("buckaroo", server)
    assert demo.name == "Buckaroo demo" and demo.provider == "buckaroo"
    assert set(demo.options) == {"website_key", "customer_ids"}
    assert demo.options["customer_ids"].split(",") == [c.id for c in server.dataset.customers]
    assert set(demo.secrets) == {"secret_key"}
    assert get_spec("buckaroo").option_errors(demo.options) == []
    assert get_spec("buckaroo").secret_errors(demo.secrets) == []


def test_sync_gives_every_tracked_invoice_with_the_sandboxs_own_figures(server):
    client, _ = client_for(server)
    got, outcome = run(client)
    assert outcome.complete and outcome.warnings == []
    by_id = {f.invoice.id: f.invoice for f in got}
    assert len(got) == len(by_id) == len(server.dataset.invoices) >= 400
    totals = defaultdict(lambda: [Decimal(0)] * 3)
    for demo in server.dataset.invoices:
        inv = by_id[demo.key]
        assert (inv.number, inv.customer.number, inv.currency) == (
            demo.number,
            demo.customer_id,
            demo.currency,
        )
        assert (inv.issue_date, inv.due_date) == (demo.invoice_date, demo.due_date)
        assert (inv.total, inv.vat, inv.paid_amount) == (
            demo.amount_debit,
            demo.amount_vat,
            demo.amount_paid,
        )
        assert inv.outstanding == demo.amount_debit - demo.amount_credit - demo.amount_paid
        assert inv.payment == PaymentState(demo.state), demo.number
        assert len(inv.credit_notes) == demo.credit_notes
        assert sum(n.total for n in inv.credit_notes) == demo.amount_credit
        assert len(inv.transactions) == demo.transactions
        assert sum(len(t.refunds) for t in inv.transactions) == demo.refunds
        for key, value in ((0, inv.total), (1, inv.vat), (2, inv.outstanding)):
            totals[inv.currency][key] += value
    expected = defaultdict(lambda: [Decimal(0)] * 3)
    for demo in server.dataset.invoices:
        row = expected[demo.currency]
        row[0] += demo.amount_debit
        row[1] += demo.amount_vat
        row[2] += demo.amount_debit - demo.amount_credit - demo.amount_paid
    assert dict(totals) == dict(expected) and len(totals) > 1


def test_dataset_covers_the_required_kinds(server):
    client, _ = client_for(server)
    got, _ = run(client)
    invoices = [f.invoice for f in got]
    states = {i.payment for i in invoices}
    assert states == {PaymentState.PAID, PaymentState.PARTIALLY_PAID, PaymentState.UNPAID}
    assert any(invoice_status(i, TODAY) is Status.OVERDUE for i in invoices)
    assert any(i.credit_notes for i in invoices)
    assert any(t.refunds for i in invoices for t in i.transactions)
    assert any(t.success is False for i in invoices for t in i.transactions)
    raw = json.dumps([f.raw for f in got], default=str)
    assert "CustomerId" in raw and '"CmStatus"' in raw and '"Id"' in raw  # .NET spelling too
    stamps = re.findall(r'"\d{4}-\d\d-\d\dT[\d:]{8}(\.\d+)?([+-]\d\d:\d\d)?"', raw)
    assert {len(fraction) - 1 for fraction, _ in stamps if fraction} == {5, 7}
    assert any(not offset for _, offset in stamps) and any(offset for _, offset in stamps)


def test_every_demo_customer_has_invoices_even_in_a_small_demo():
    with BuckarooSandbox(size=60, today=lambda: TODAY) as small:
        client, _ = client_for(small)
        got, outcome = run(client)
    assert outcome.complete and outcome.warnings == [] and len(got) == 60
    assert {f.invoice.customer.number for f in got} == set(small.dataset.customer_ids())


def test_seed_sample_shape_is_served_with_real_values(server):
    client, _ = client_for(server, invoice_keys=SAMPLE_KEY.lower(), customer_ids="")
    got, outcome = run(client)
    assert outcome.complete
    (fetched,) = got
    inv = fetched.invoice
    assert inv.id == SAMPLE_KEY and fetched.raw["Key"] == SAMPLE_KEY  # raw JSON kept
    assert len(inv.credit_notes) == 2 and len(inv.transactions) == 2
    assert all(len(t.refunds) == 2 for t in inv.transactions)
    assert inv.payment is PaymentState.PAID and inv.outstanding == Decimal("0.00")
    assert inv.net == inv.total - inv.vat
    assert fetched.raw["Status"]["AgencyStatusAsString"] == "unsent"
    facts = {f.key: f for f in inv.facts}
    assert facts["buckaroo.agency_status"] == Fact.of_code("buckaroo.agency_status", "unsent")
    assert facts["buckaroo.reminders_sent"].amount == 1
    assert len([f for f in inv.facts if f.key == "buckaroo.agency_update"]) == 2

    def no_float(value):
        if dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                no_float(getattr(value, f.name))
        elif isinstance(value, (tuple, list)):
            for v in value:
                no_float(v)
        elif isinstance(value, dict):
            for v in value.values():
                no_float(v)
        else:
            assert not isinstance(value, float)

    no_float(inv)
    no_float(fetched.raw)


def test_keys_are_looked_up_in_batches_of_25(server):
    keys = ",".join(inv.key for inv in server.dataset.invoices[:120])
    client, _ = client_for(server, invoice_keys=keys, customer_ids="")
    progress = []
    batches = []
    _, outcome = run(client, sink=batches.append, progress=progress.append)
    assert outcome.complete
    assert server.batch_sizes == [25, 25, 25, 25, 20]
    assert [len(b) for b in batches] == [25, 25, 25, 25, 20]
    assert progress[-1].done == progress[-1].total == 120


def test_unknown_entries_are_warnings_naming_them_and_the_set_is_complete(server):
    client, _ = client_for(
        server, invoice_keys=f"{SAMPLE_KEY},{'0' * 32}", invoice_numbers="INV-NOPE",
        customer_ids="C-9999",
    )  # fmt: skip
    got, outcome = run(client)
    assert [f.invoice.id for f in got] == [SAMPLE_KEY]
    assert outcome.complete
    assert len(outcome.warnings) == 3
    assert any("0" * 32 in w and "Invoice not found." in w for w in outcome.warnings)
    assert any("INV-NOPE" in w for w in outcome.warnings)
    assert any("C-9999" in w and "customer" in w for w in outcome.warnings)


def test_dutch_culture_header_and_messages(server):
    client, _ = client_for(server, language="nl", invoice_numbers="INV-NOPE", customer_ids="")
    _, outcome = run(client)
    assert server.cultures == ["nl-NL"]
    assert "Factuur niet gevonden." in outcome.warnings[0]


def test_an_invoice_matched_twice_arrives_once(server):
    client, _ = client_for(server, invoice_keys=SAMPLE_KEY, customer_ids="C-1001")
    got, _ = run(client)
    ids = [f.invoice.id for f in got]
    assert len(ids) == len(set(ids)) == len(server.dataset.find("", "", "C-1001"))


def test_tracked_csv(server, tmp_path):
    picks = server.dataset.invoices[1:4]
    path = tmp_path / "tracked.csv"
    path.write_text("Key;Number\n" + f"{picks[0].key};\n;{picks[1].number}\n"
                    + f"{picks[2].key};{picks[2].number}\n", encoding="utf-8")  # fmt: skip
    client, _ = client_for(server, tracked_csv=str(path), customer_ids="")
    got, outcome = run(client)
    assert outcome.complete
    assert sorted(f.invoice.id for f in got) == sorted(p.key for p in picks)


def test_detail_is_fetched_only_when_the_batch_lacks_it(server):
    picks = server.dataset.invoices[:6]
    client, _ = client_for(server, invoice_keys=",".join(p.key for p in picks), customer_ids="")
    run(client)
    assert not any("/InvoiceInfo/" in p for p in server.stats.by_path)
    server.batch_omit_details = True
    got, _ = run(client)
    details = sum(n for p, n in server.stats.by_path.items() if "/InvoiceInfo/" in p)
    assert details == len(got) == len(picks)
    by_id = {f.invoice.id: f.invoice for f in got}
    for demo in picks:
        assert len(by_id[demo.key].transactions) == demo.transactions
        assert len(by_id[demo.key].credit_notes) == demo.credit_notes


# ---- authentication ---------------------------------------------------------------------------


def test_wrong_secret_key_is_a_clear_needs_login(server):
    client, _ = client_for(server, secrets={"secret_key": "not-the-secret"})
    with pytest.raises(NeedsLogin) as err:
        client.check()
    text = str(err.value)
    assert "Buckaroo refused the signature: check your website key and secret key" in text
    assert "check your secret key" in text.lower() and "not-the-secret" not in text
    with pytest.raises(NeedsLogin):
        run(client)


def test_unknown_website_key_is_needs_login(server):
    demo = demo_account("buckaroo", server)
    client, _ = client_for(server, options={**demo.options, "website_key": "SOMEONE"})
    with pytest.raises(NeedsLogin):
        client.check()


def test_clock_skew_says_check_the_clock(server):
    client, _ = client_for(server, clock=lambda: time.time() + 900)
    with pytest.raises(ProviderError) as err:
        client.check()
    assert "check the computer's clock" in str(err.value)
    assert not isinstance(err.value, NeedsLogin)  # logging in again would not help


def test_missing_settings(server):
    client, _ = client_for(server, secrets={})
    with pytest.raises(NeedsLogin, match="secret key"):
        client.check()
    client, _ = client_for(server, options={"customer_ids": "C-1001"})
    with pytest.raises(ConfigError, match="website key"):
        run(client)
    client, _ = client_for(server, customer_ids="")
    with pytest.raises(ConfigError, match="tracks no invoices"):
        run(client)
    assert "no invoices tracked" in client.check()  # a signed GET still proves the keys


def test_check_reports_connection(server):
    client, _ = client_for(server)
    assert "IDeskDemo7" in client.check()
    server.unknown_key = "empty"
    client, _ = client_for(server, customer_ids="")
    assert "Connected" in client.check()
    server.unknown_key = "404"
    server.response_signature = "omit"  # an unsigned 404 proves nothing about the keys
    assert "Connected" not in client.check()


# ---- response signatures --------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["corrupt", "tamper"])
def test_bad_response_signature_is_refused_and_nothing_is_stored(server, mode):
    server.response_signature = mode
    client, _ = client_for(server)
    got = []
    with pytest.raises(SecurityError) as err:
        run(client, sink=got.append)
    assert got == []
    assert "signature" in str(err.value)


def test_a_bad_signature_mid_sync_stops_before_that_answer_reaches_the_sink(server):
    keys = ",".join(inv.key for inv in server.dataset.invoices[:60])
    client, _ = client_for(server, invoice_keys=keys, customer_ids="")
    batches = []

    def sink(batch):
        batches.append(batch)
        server.response_signature = "corrupt"  # the next answer is forged

    with pytest.raises(SecurityError):
        run(client, sink=sink)
    assert [len(b) for b in batches] == [25]


def test_missing_response_signature_warns_or_refuses(server, caplog):
    server.response_signature = "omit"
    client, _ = client_for(server, customer_ids="C-1002")
    with caplog.at_level(logging.WARNING):
        got, outcome = run(client)
    assert got and any("without a signature" in w for w in outcome.warnings)
    assert any("without a signature" in r.getMessage() for r in caplog.records)
    strict, _ = client_for(server, customer_ids="C-1002", require_response_signature="yes")
    got = []
    with pytest.raises(SecurityError):
        run(strict, sink=got.append)
    assert got == []


# ---- business errors and faults -------------------------------------------------------------


def test_request_errors_with_http_200_are_shown(server):
    client, _ = client_for(server, invoice_numbers="ERR-REQUEST", customer_ids="")
    with pytest.raises(ProviderError) as err:
        run(client)
    assert "Invoice number 'ERR-REQUEST' is not valid." in str(err.value)


def test_a_200_with_only_a_message_is_an_error(server):
    client, _ = client_for(server, invoice_numbers="ERR-MESSAGE", customer_ids="")
    with pytest.raises(ProviderError, match="An error has occurred"):
        run(client)


def test_batch_limit_of_the_server_is_reported(server):
    server.max_batch = 10
    keys = ",".join(inv.key for inv in server.dataset.invoices[:30])
    client, _ = client_for(server, invoice_keys=keys, customer_ids="")
    with pytest.raises(ProviderError, match="At most 10"):
        run(client)


def test_unknown_key_on_get(server):
    client, _ = client_for(server)
    assert isinstance(client, BuckarooClient)
    with pytest.raises(ProviderError, match="does not know invoice key") as err:
        client._detail("0" * 32, CancelToken())
    assert err.value.status == 404
    server.unknown_key = "empty"
    with pytest.raises(ProviderError, match="does not know invoice key"):
        client._detail("0" * 32, CancelToken())


def test_retries_429_and_503(server):
    server.faults.add("503", 2, retry_after=0)
    server.faults.add("429", 1, retry_after=0)
    client, session = client_for(server, customer_ids="C-1004")
    got, outcome = run(client)
    assert outcome.complete and got and session.traffic.retries == 3


def test_server_error_and_malformed_answers(server):
    server.faults.add("500")
    client, _ = client_for(server, customer_ids="C-1004")
    with pytest.raises(ProviderError) as err:
        run(client)
    assert err.value.status == 500 and "server problem" in str(err.value)
    server.faults.add("malformed")  # the body no longer matches its signature
    with pytest.raises(SecurityError):
        run(client)
    server.response_signature = "omit"
    server.faults.add("malformed")
    with pytest.raises(ProviderDataError):
        run(client)


def test_cancel_between_batches(server):
    keys = ",".join(inv.key for inv in server.dataset.invoices[:60])
    client, _ = client_for(server, invoice_keys=keys, customer_ids="")
    cancel = CancelToken()
    batches = []

    def sink(batch):
        batches.append(batch)
        cancel.cancel()

    with pytest.raises(Cancelled):
        run(client, cancel=cancel, sink=sink)
    assert len(batches) == 1 and len(server.batch_sizes) == 1


def test_pay_links_are_http_and_served(server):
    client, session = client_for(server)
    got, _ = run(client)
    links = [f.invoice.pay_url for f in got if f.invoice.pay_url]
    assert links and all(u.startswith(server.base_url + "/Paylink/") for u in links)
    # the invoice whose Paylink is not http(s) has none
    odd = [f for f in got if str(f.raw.get("Paylink", "")).startswith("ideal:")]
    assert odd and odd[0].invoice.pay_url is None
    page = session.request("GET", links[0])
    assert page.status_code == 200 and b"sandbox" in page.content


# ---- hosts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "environment", "host"),
    [
        ("https://checkout.buckaroo.nl/", "live", "checkout.buckaroo.nl"),
        ("https://checkout.buckaroo.nl/", "test", "testcheckout.buckaroo.nl"),
        ("", "test", "testcheckout.buckaroo.nl"),
        ("https://proxy.example:8443/bk/", "test", "proxy.example:8443"),
    ],
)
def test_hosts_and_signed_bytes(base_url, environment, host):
    seen = []

    def handler(request):
        seen.append(request)
        return Response(200, json={"InvoiceCollection": [], "InvalidInvoiceCollection": []})

    session = HttpSession("https://checkout.buckaroo.nl/", transport=MockTransport(handler))
    ctx = ClientContext(account="a", base_url=base_url, http=session, language="da",
                        options={"website_key": "WK", "invoice_numbers": "INV-1",
                                 "environment": environment},
                        secrets={"secret_key": "S3cret!"})  # fmt: skip
    client = get_spec("buckaroo").create(ctx)
    _, outcome = run(client)
    (request,) = seen
    assert request.url.netloc.decode() == host
    assert request.url.path.endswith("/json/Transaction/InvoiceInfos")
    assert request.content == b'{"InvoiceCollection":[{"Number":"INV-1"}]}'
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert request.headers["Culture"] == "da-DK"
    uri = signed_uri(request.url.netloc.decode(), request.url.raw_path.decode())
    checked = verify(request.headers["Authorization"], {"WK": "S3cret!"}, "POST", uri,
                     request.content)  # fmt: skip
    assert checked is not None
    assert not outcome.complete  # the entry got no answer at all
    assert "no answer" in outcome.warnings[0]


# ---- the sandbox refuses what Buckaroo refuses (raw signed requests) -------------------------


def raw_request(server, path, *, method="GET", body=b"", nonce="n1", ts=None, key=None,
                secret=None, sign_host=None, headers=None):  # fmt: skip
    host = f"127.0.0.1:{server.base_url.rsplit(':', 1)[1]}"
    url = f"http://{sign_host or host}{path}"
    ts = int(time.time()) if ts is None else ts
    auth = authorization(key or server.website_key, secret or server.secret_key, method, url,
                         body, ts, nonce)  # fmt: skip
    conn = http.client.HTTPConnection(host, timeout=5)
    try:
        conn.request(method, path, body=body or None,
                     headers={"Authorization": auth, "Content-Type": "application/json",
                              **(headers or {})})  # fmt: skip
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


DETAIL = f"/json/Transaction/InvoiceInfo/{SAMPLE_KEY}"


def test_sandbox_rejects_a_replayed_nonce(server):
    status, _, body = raw_request(server, DETAIL, nonce="same-nonce")
    assert status == 200 and json.loads(body)["Key"] == SAMPLE_KEY
    status, _, body = raw_request(server, DETAIL, nonce="same-nonce")
    assert status == 401 and "nonce" in json.loads(body)["Message"]
    assert raw_request(server, DETAIL, nonce="fresh-nonce")[0] == 200


def test_sandbox_rejects_a_stale_or_future_timestamp(server):
    now = int(time.time())
    assert raw_request(server, DETAIL, ts=now - 301, nonce="a")[0] == 401
    status, _, body = raw_request(server, DETAIL, ts=now + 400, nonce="b")
    assert status == 401 and "timestamp" in json.loads(body)["Message"]
    assert raw_request(server, DETAIL, ts=now - 250, nonce="c")[0] == 200
    server.max_skew = None
    assert raw_request(server, DETAIL, ts=now - 86400, nonce="d")[0] == 200


def test_sandbox_rejects_bad_signatures_and_unknown_keys(server):
    assert raw_request(server, DETAIL, secret="wrong")[0] == 401
    assert raw_request(server, DETAIL, key="UNKNOWN", nonce="x")[0] == 401
    # signed for another host than the one in the Host header
    assert raw_request(server, DETAIL, sign_host="localhost:1", nonce="y")[0] == 401
    conn = http.client.HTTPConnection(server.base_url.split("//")[1], timeout=5)
    conn.request("GET", DETAIL)
    assert conn.getresponse().status == 401
    conn.close()


def test_sandbox_routes_and_properties_case_insensitively_and_signs_its_answers(server):
    body = json.dumps({"invoiceCollection": [{"key": SAMPLE_KEY.lower()}]}).encode()
    path = "/JSON/transaction/INVOICEINFOS"
    status, headers, answer = raw_request(server, path, method="POST", body=body, nonce="p")
    assert status == 200
    assert json.loads(answer)["InvoiceCollection"][0]["Key"] == SAMPLE_KEY
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    host = server.base_url.split("//")[1]
    # the answer's signature: request method and URI, answer nonce/ts and body
    *_, nonce, _ts = headers["Authorization"].split(":")
    assert nonce != "p"
    checked = verify(headers["Authorization"], {server.website_key: server.secret_key}, "POST",
                     signed_uri(host, path), answer)  # fmt: skip
    assert checked is not None
    status, _, answer = raw_request(server, "/json/transaction/invoiceinfo/" + "0" * 32,
                                    nonce="q")  # fmt: skip
    assert status == 404 and "Message" in json.loads(answer)


def test_outstanding_and_the_debtor_name_from_the_payment_texts(server):
    client, _ = client_for(server)
    got, _ = run(client)
    by_key = {f.invoice.id: f.invoice for f in got}
    names = {c.id: c.name for c in CUSTOMERS}
    named = 0
    for demo in server.dataset.invoices:
        inv = by_key[demo.key]
        # the provider's own figures: AmountDebit − AmountCredit − AmountPaid
        assert inv.outstanding == demo.amount_debit - demo.amount_credit - demo.amount_paid
        assert inv.customer is not None and inv.customer.number == demo.customer_id
        texts = [t.description for t in inv.transactions]
        if any(t and t.startswith(f"Factuur {demo.number} - ") for t in texts):
            assert inv.customer.name == names[demo.customer_id]
            assert inv.customer_label == names[demo.customer_id]
            named += 1
        else:
            assert inv.customer.name is None and inv.customer_label == demo.customer_id
    assert named > len(server.dataset.invoices) // 2


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        (["Factuur INV-1 - Bakkerij De Vries B.V."], "Bakkerij De Vries B.V."),
        (["Factuur INV-1 - A", "Factuur INV-1 - A"], "A"),
        (["Factuur INV-1 - A", "Factuur INV-1 - B"], None),  # they disagree: no name
        (["Factuur INV-2 - A"], None),  # another invoice's text
        (["Partial payment"], None),
        (["factuur INV-1 - A"], None),  # only the observed spelling
        (["Factuur INV-1 -"], None),
        ([None], None),
    ],
)
def test_debtor_name_only_from_the_observed_text(texts, name):
    from invoicedesk.domain import Transaction
    from invoicedesk.providers.buckaroo_parse import debtor_name

    assert debtor_name("INV-1", [Transaction(description=t) for t in texts]) == name
