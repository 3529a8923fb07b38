"""Buckaroo answers that are validly signed but not fresh, over real sockets: one stamped days
ago, or a copy of an earlier answer (the same nonce), is refused before it reaches the sink."""

from __future__ import annotations

import datetime as dt

import pytest

from invoicedesk.providers import get_spec
from invoicedesk.providers.base import ClientContext, SyncRequest
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import SecurityError
from invoicedesk.providers.http import HttpPolicy, HttpSession
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.buckaroo import BuckarooSandbox

TODAY = dt.date(2026, 6, 15)
FAST = HttpPolicy(backoff_base=0.001, backoff_max=0.01, timeout=2)


@pytest.fixture
def server():
    with BuckarooSandbox(today=lambda: TODAY) as s:
        yield s


def sync(server, **options):
    demo = demo_account("buckaroo", server)
    ctx = ClientContext(
        account="main",
        base_url=server.base_url,
        options={**demo.options, **options},
        secrets=demo.secrets,
        http=HttpSession(server.base_url, policy=FAST),
        today=lambda: TODAY,
    )
    client = get_spec("buckaroo").create(ctx)
    batches: list[int] = []
    request = SyncRequest(full=True, cancel=CancelToken(), progress=lambda _p: None)
    try:
        client.sync(request, lambda batch: batches.append(len(batch)))
    finally:
        ctx.http.close()
    return batches


def test_a_validly_signed_answer_stamped_three_days_ago_is_refused(server):
    server.response_signature = "stale"
    batches: list[int] = []
    with pytest.raises(SecurityError, match="3 days behind this computer's clock") as err:
        batches = sync(server, customer_ids="C-1002")
    assert batches == []
    assert "Traceback" not in str(err.value)


def test_an_answer_replayed_from_an_earlier_batch_is_refused(server):
    keys = ",".join(inv.key for inv in server.dataset.invoices[:60])
    server.response_signature = "replay"
    stored: list[int] = []

    demo = demo_account("buckaroo", server)
    ctx = ClientContext(
        account="main",
        base_url=server.base_url,
        options={**demo.options, "invoice_keys": keys, "customer_ids": ""},
        secrets=demo.secrets,
        http=HttpSession(server.base_url, policy=FAST),
        today=lambda: TODAY,
    )
    client = get_spec("buckaroo").create(ctx)
    request = SyncRequest(full=True, cancel=CancelToken(), progress=lambda _p: None)
    with pytest.raises(SecurityError, match="replayed"):
        client.sync(request, lambda batch: stored.append(len(batch)))
    ctx.http.close()
    assert stored == [25]  # the first batch's real answer; its replay was refused


def test_fresh_answers_still_pass(server):
    assert sum(sync(server, customer_ids="C-1002")) > 0
