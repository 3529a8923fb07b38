"""The figures a bookkeeper reads agree with the rows behind them, for any set of invoices: the
totals strip's overdue and outstanding per direction and currency equal the sums over the rows
the matching filter shows, the aging panel's cells equal the rows their click shows, and both
equal what the domain rule says of each invoice."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from invoicedesk.domain import (
    AGING_BUCKETS,
    Direction,
    Invoice,
    Kind,
    PaymentState,
    Status,
    aging_bucket,
    claim_outstanding,
    days_past_due,
    invoice_status,
)
from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.invoice_model import InvoiceTableModel
from invoicedesk.gui.row_filter import RowFilter
from invoicedesk.gui.rows import RowTable
from invoicedesk.storage.cache import InvoiceCache

from .conftest import store

TODAY = dt.date(2026, 12, 5)
cents = st.integers(min_value=-50_000, max_value=500_000).map(lambda n: Decimal(n).scaleb(-2))


@st.composite
def invoices(draw: st.DrawFn) -> list[Invoice]:
    count = draw(st.integers(min_value=0, max_value=25))
    out = []
    for n in range(count):
        total = draw(st.one_of(st.none(), cents))
        payment = draw(st.sampled_from(PaymentState))
        paid = draw(st.one_of(st.none(), cents)) if payment is PaymentState.PARTIALLY_PAID else None
        out.append(
            Invoice(
                provider=draw(st.sampled_from(["sendregning", "telecomx", "connectid"])),
                account=draw(st.sampled_from(["a", "b"])),
                id=str(n),
                number=str(n),
                kind=draw(st.sampled_from(Kind)),
                currency=draw(st.sampled_from(["NOK", "EUR", "JPY"])),
                payment=payment,
                total=total,
                paid_amount=paid,
                outstanding=draw(st.one_of(st.none(), cents)),
                fees=draw(st.one_of(st.none(), st.just(Decimal("70.00")))),
                due_date=draw(
                    st.one_of(
                        st.none(),
                        st.integers(min_value=-200, max_value=40).map(
                            lambda d: TODAY + dt.timedelta(days=d)
                        ),
                    )
                ),
                direction=draw(st.sampled_from(Direction)),
            )
        )
    return out


def _sums_by_currency(model: InvoiceTableModel) -> dict[str, Decimal]:
    out: dict[str, Decimal] = defaultdict(Decimal)
    for row in model.visible_rows():
        out[row.currency] += row.outstanding or Decimal(0)
    return dict(out)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(invoices())
def test_strip_and_aging_equal_the_rows_their_filter_shows(
    qapp: object, items: list[Invoice]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        cache = InvoiceCache(Path(folder) / "cache.sqlite3")
        store(cache, items)
        table = RowTable.from_columns(cache.table_columns(), TODAY)
        cache.close()
    model = InvoiceTableModel(Formats("en"))
    model.set_table(table)
    strip = {(g.direction, g.currency): g for g in model.visible_totals()}

    # the domain's word on each invoice, independently of the table's columnar code
    want_overdue: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    want_owed: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    for invoice in items:
        status = invoice_status(invoice, TODAY)
        owed = claim_outstanding(invoice)
        if status in (Status.DRAFT, Status.PAID) or not owed:
            continue
        key = (invoice.direction.value, invoice.currency)
        want_owed[key] += owed
        if status is Status.OVERDUE:
            want_overdue[key] += owed
    assert {k: g.outstanding for k, g in strip.items()} == dict(want_owed)
    assert {k: g.overdue for k, g in strip.items() if g.overdue_count} == {
        k: v for k, v in want_overdue.items() if k in strip and strip[k].overdue_count
    }

    for direction in Direction:
        model.set_filter(RowFilter(statuses=frozenset({Status.OVERDUE}), direction=direction))
        shown = _sums_by_currency(model)
        counted = {
            c: g.overdue for (d, c), g in strip.items() if d == direction and g.overdue_count
        }
        assert shown == counted
        # the strip of the Overdue view says the same as the full view's overdue column
        model_strip = {g.currency: g.outstanding for g in model.visible_totals()}
        assert model_strip == counted

    report = table.aging()
    for direction in Direction:
        for currency, line in report.lines[direction].items():
            key = (direction.value, currency)
            assert line.outstanding == strip[key].outstanding
            past_due = sum((line.amounts[b] for b in AGING_BUCKETS[1:]), Decimal(0))
            assert past_due == strip[key].overdue
            for bucket in AGING_BUCKETS:
                model.set_filter(RowFilter(aging=(direction.value, currency, bucket)))
                assert model.rowCount() == line.counts[bucket]
                assert _sums_by_currency(model).get(currency, Decimal(0)) == line.amounts[bucket]
                for row in model.visible_rows():
                    assert aging_bucket(days_past_due(row.due_date, TODAY)) == bucket
