"""The hand computation of ``tests/support/aging_truth.py`` agrees with what each provider's
client parses from its sandbox over real sockets, fed through the domain's aging report."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from aging_truth import BUCKETS, Claim, aging_of, bucket, expected_aging

from invoicedesk import sandbox
from invoicedesk.demo import DEMO_SIZES
from invoicedesk.domain import Invoice, Kind
from invoicedesk.domain.aging import Aging
from invoicedesk.domain.claims import account_direction
from invoicedesk.providers import get_spec
from invoicedesk.providers.base import ClientContext, SyncRequest
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.http import HttpPolicy, HttpSession
from invoicedesk.sandbox.base import SandboxServer

TODAY = dt.date(2025, 5, 14)
FAST = HttpPolicy(backoff_base=0.01, backoff_max=0.02, timeout=10)


@pytest.fixture(scope="module", params=sandbox.SANDBOX_NAMES)
def synced(request) -> Iterator[tuple[str, SandboxServer, list[Invoice]]]:
    name = request.param
    server = sandbox.create(name, size=DEMO_SIZES[name], today=lambda: TODAY).start()
    try:
        demo = sandbox.demo_account(name, server)
        with HttpSession(demo.base_url, policy=FAST) as http:
            ctx = ClientContext(
                account=demo.name,
                base_url=demo.base_url,
                options=dict(demo.options),
                secrets=dict(demo.secrets),
                http=http,
                today=lambda: TODAY,
                clock=server.clock,
            )
            got: list[Invoice] = []
            request_ = SyncRequest(full=True, cancel=CancelToken(), progress=lambda p: None)
            get_spec(name).create(ctx).sync(request_, lambda b: got.extend(f.invoice for f in b))
        # the sync engine sets the direction from the account; providers leave the default
        direction = account_direction(name, demo.options)
        yield name, server, [dataclasses.replace(i, direction=direction) for i in got]
    finally:
        server.stop()


@pytest.mark.parametrize("days", [0, 35, 200])
def test_hand_computed_aging_matches_the_parsed_invoices(synced, days):
    name, server, invoices = synced
    as_of = TODAY + dt.timedelta(days=days)
    report = Aging().add_invoices(invoices, as_of).as_json(as_of)
    truth = expected_aging(name, server, as_of)
    assert report == {"as_of": as_of.isoformat(), **truth}
    directions = {d for d, lines in truth.items() if lines}
    assert directions == ({"payable"} if name == "connectid" else {"receivable"})


def test_the_truth_is_not_trivial(synced):
    name, server, invoices = synced
    truth = expected_aging(name, server, TODAY)
    lines = [line for per in truth.values() for line in per.values()]
    assert sum(line["count"] for line in lines) > 3
    filled = {b for line in lines for b in BUCKETS if line[b] != "0.00"}
    assert len(filled) >= 2, filled  # open claims of different ages
    # the demo's features, visible in what was parsed
    if name == "connectid":
        assert any(i.fees for i in invoices) and all(i.kind is Kind.INVOICE for i in invoices)
    if name == "telecomx":
        drafts = [i for i in invoices if i.kind is Kind.DRAFT]
        assert 3 <= len(drafts) <= 6 and len(drafts) * 10 < len(invoices)


def test_a_dataset_gives_the_same_truth_as_its_server(synced):
    name, server, _ = synced
    data = server.invoices if name == "sendregning" else server.dataset
    assert expected_aging(name, data, TODAY) == expected_aging(name, server, TODAY)


def test_buckets_and_rounding_by_hand():
    due = dt.date(2025, 1, 31)
    days = (-3, 0, 1, 30, 31, 60, 61, 90, 91)
    assert [bucket(due, due + dt.timedelta(days=d)) for d in days] == [
        "not_due", "not_due", "1-30", "1-30", "31-60", "31-60", "61-90", "61-90", "over_90",
    ]  # fmt: skip
    assert bucket(None, due) == "not_due"
    claims = [
        Claim("receivable", "NOK", Decimal("10.5"), due),
        Claim("receivable", "NOK", Decimal(0), due),  # owes nothing: left out
        Claim("payable", "EUR", Decimal("-5.25"), None),
    ]
    assert aging_of(claims, due + dt.timedelta(days=45)) == {
        "receivable": {
            "NOK": {"not_due": "0.00", "1-30": "0.00", "31-60": "10.50", "61-90": "0.00",
                    "over_90": "0.00", "outstanding": "10.50", "count": 1},
        },
        "payable": {
            "EUR": {"not_due": "-5.25", "1-30": "0.00", "31-60": "0.00", "61-90": "0.00",
                    "over_90": "0.00", "outstanding": "-5.25", "count": 1},
        },
    }  # fmt: skip
