"""The invoice table model: Qt model contract, sorting and filtering on precomputed keys, date
presets at month and year boundaries, totals per currency."""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from pytestqt.modeltest import ModelTester

from invoicedesk.domain import Direction, Invoice, Kind, Party, PaymentState, Status
from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.invoice_model import (
    COL_CUSTOMER,
    COL_DUE_DATE,
    COL_ISSUE_DATE,
    COL_NUMBER,
    COL_PAID,
    COL_STATUS,
    COL_TOTAL,
    ROW_ROLE,
    SORT_ROLE,
    InvoiceTableModel,
)
from invoicedesk.gui.row_filter import (
    DatePreset,
    RowFilter,
    StatusChoice,
    apply_filter,
    preset_range,
)
from invoicedesk.gui.rows import InvoiceRow, RowTable, natural_key
from invoicedesk.gui.totals import totals_by_currency
from invoicedesk.storage.cache import InvoiceCache

from .conftest import TODAY, many_invoices, sendregning_invoice, store, telecomx_invoice

D = Decimal


def table_of(tmp_path: Path, invoices: list[Invoice], today: dt.date = TODAY) -> RowTable:
    """Rows exactly as the app builds them: through the cache's header tuples."""
    cache = InvoiceCache(Path(tempfile.mkdtemp(dir=tmp_path)) / "cache.sqlite3")
    try:
        store(cache, invoices)
        return RowTable.from_headers(cache.headers(), today)
    finally:
        cache.close()


def simple(n: int, **changes: object) -> Invoice:
    values: dict[str, object] = {
        "id": f"i{n}",
        "number": str(n),
        "customer": Party(name=f"Customer {n}"),
        "lines": (),
        "reminders": (),
        "facts": (),
        "kid": None,
        "description": None,
        "provider_overdue": False,
        "paid_amount": None,
    }
    values.update(changes)
    return sendregning_invoice(**values)


def column(model: InvoiceTableModel, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(r, col).data(role) for r in range(model.rowCount())]


@pytest.fixture
def model(qtbot: object, tmp_path: Path) -> InvoiceTableModel:
    m = InvoiceTableModel(Formats("en"))
    m.set_table(table_of(tmp_path, many_invoices()))
    return m


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    model = InvoiceTableModel(Formats("nb"))
    qtmodeltester.check(model)  # empty
    model.set_table(table_of(tmp_path, many_invoices()))
    model.sort(COL_TOTAL, Qt.SortOrder.DescendingOrder)
    model.set_filter(RowFilter(text="kunde"))
    qtmodeltester.check(model)


def test_sort_keeps_persistent_indexes_on_their_invoice(model: InvoiceTableModel) -> None:
    target = model.row_at(3)
    assert target is not None
    persistent = QPersistentModelIndex(model.index(3, COL_NUMBER))
    model.sort(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    assert persistent.isValid()
    assert persistent.data(ROW_ROLE).key == target.key
    assert persistent.column() == COL_NUMBER


def test_amount_sort_is_numeric_not_textual(tmp_path: Path) -> None:
    totals = ["9.50", "10.00", "100.00", "1000.00", "-5.00", "25.25"]
    model = InvoiceTableModel(Formats("en"))
    model.set_table(table_of(tmp_path, [simple(i, total=D(t)) for i, t in enumerate(totals)]))
    model.sort(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    values = column(model, COL_TOTAL, SORT_ROLE)
    assert values == sorted(D(t) for t in totals)
    assert all(isinstance(v, Decimal) for v in values)
    model.sort(COL_TOTAL, Qt.SortOrder.DescendingOrder)
    assert column(model, COL_TOTAL, SORT_ROLE)[0] == D("1000.00")


def test_date_sort_puts_missing_dates_last_in_both_directions(tmp_path: Path) -> None:
    dates = [dt.date(2025, 1, 5), None, dt.date(2024, 12, 31), dt.date(2025, 3, 1), None]
    model = InvoiceTableModel(Formats("en"))
    model.set_table(table_of(tmp_path, [simple(i, due_date=d) for i, d in enumerate(dates)]))
    model.sort(COL_DUE_DATE, Qt.SortOrder.AscendingOrder)
    assert column(model, COL_DUE_DATE, SORT_ROLE) == [
        dt.date(2024, 12, 31),
        dt.date(2025, 1, 5),
        dt.date(2025, 3, 1),
        None,
        None,
    ]
    model.sort(COL_DUE_DATE, Qt.SortOrder.DescendingOrder)
    assert column(model, COL_DUE_DATE, SORT_ROLE) == [
        dt.date(2025, 3, 1),
        dt.date(2025, 1, 5),
        dt.date(2024, 12, 31),
        None,
        None,
    ]


def test_number_sort_is_natural_and_unnumbered_sorts_last(tmp_path: Path) -> None:
    invoices = [
        simple(1, number="INV-10"),
        simple(2, number="INV-9"),
        simple(3, number="100"),
        telecomx_invoice(),
        simple(4, number="99"),
    ]
    model = InvoiceTableModel(Formats("en"))
    model.set_table(table_of(tmp_path, invoices))
    model.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    assert column(model, COL_NUMBER) == ["99", "100", "INV-9", "INV-10", "not yet numbered"]
    assert natural_key("a2") < natural_key("A10")


def test_unnumbered_telecomx_invoice_is_shown_as_such(model: InvoiceTableModel) -> None:
    rows = [r for r in range(model.rowCount()) if model.row_at(r).provider == "telecomx"]
    index = model.index(rows[0], COL_NUMBER)
    assert index.data() == "not yet numbered"
    assert index.data(SORT_ROLE) == "-1"
    assert isinstance(index.data(Qt.ItemDataRole.FontRole), QFont)
    assert index.data(Qt.ItemDataRole.FontRole).italic()


def test_status_has_colour_and_text_and_overdue_is_emphasised(model: InvoiceTableModel) -> None:
    by_status = {model.row_at(r).status: r for r in range(model.rowCount())}
    overdue = model.index(by_status[Status.OVERDUE], COL_STATUS)
    paid = model.index(by_status[Status.PAID], COL_STATUS)
    assert overdue.data() == "Overdue" and paid.data() == "Paid"
    overdue_brush = overdue.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(overdue_brush, QBrush)
    assert overdue_brush.color() != paid.data(Qt.ItemDataRole.ForegroundRole).color()
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    assert paid.data(Qt.ItemDataRole.FontRole) is None
    assert overdue.data(Qt.ItemDataRole.DecorationRole) is not None
    due = model.index(by_status[Status.OVERDUE], COL_DUE_DATE)
    assert due.data(Qt.ItemDataRole.FontRole).bold()


def test_amounts_are_right_aligned_and_formatted_with_babel(tmp_path: Path) -> None:
    model = InvoiceTableModel(Formats("nb"))
    model.set_table(table_of(tmp_path, [simple(1, total=D("10953.125"), paid_amount=D("0"))]))
    total = model.index(0, COL_TOTAL)
    assert total.data() == "10\u00a0953,13"  # half-up to øre, Norwegian grouping
    assert total.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, COL_PAID).data() == "0,00"
    assert not (
        model.index(0, COL_CUSTOMER).data(Qt.ItemDataRole.TextAlignmentRole)
        & Qt.AlignmentFlag.AlignRight
    )


def test_provider_html_is_plain_data(tmp_path: Path) -> None:
    model = InvoiceTableModel(Formats("en"))
    model.set_table(table_of(tmp_path, [simple(1, customer=Party(name="<b>x</b>"))]))
    assert model.index(0, COL_CUSTOMER).data() == "<b>x</b>"


def test_text_search_covers_number_customer_and_description(model: InvoiceTableModel) -> None:
    model.set_filter(RowFilter(text="fjordkraft"))  # customer, case-blind
    assert [model.row_at(r).id for r in range(model.rowCount())] == ["sr-10234"]
    model.set_filter(RowFilter(text="20007"))  # number
    assert [model.row_at(r).number for r in range(model.rowCount())] == ["20007"]
    model.set_filter(RowFilter(text="RÅDGIVNING"))  # description
    assert model.rowCount() == 21  # the copies keep the description
    model.set_filter(RowFilter(text="no such thing"))
    assert model.rowCount() == 0
    model.set_filter(RowFilter())
    assert model.rowCount() == 24


def test_status_provider_and_account_filters(model: InvoiceTableModel) -> None:
    model.set_filter(RowFilter(statuses=StatusChoice.PAID.statuses()))
    assert {model.row_at(r).status for r in range(model.rowCount())} == {Status.PAID}
    paid = model.rowCount()
    model.set_filter(RowFilter(statuses=StatusChoice.OPEN.statuses()))
    open_ = model.rowCount()
    model.set_filter(RowFilter(statuses=StatusChoice.DRAFT.statuses()))
    assert {model.row_at(r).status for r in range(model.rowCount())} == {Status.DRAFT}
    assert paid + open_ + model.rowCount() == 24  # every row is paid, open or a draft
    model.set_filter(RowFilter(provider="buckaroo"))
    assert [model.row_at(r).provider for r in range(model.rowCount())] == ["buckaroo"]
    model.set_filter(RowFilter(account="Regnskap AS", statuses=frozenset({Status.OVERDUE})))
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert rows and all(r.account == "Regnskap AS" and r.status is Status.OVERDUE for r in rows)


def test_date_range_filters_on_issue_date_inclusive(tmp_path: Path) -> None:
    dates = [
        dt.date(2025, 1, 31),
        dt.date(2025, 2, 1),
        dt.date(2025, 2, 28),
        dt.date(2025, 3, 1),
        None,
    ]
    table = table_of(tmp_path, [simple(i, issue_date=d) for i, d in enumerate(dates)])
    order = list(range(len(table)))
    flt = RowFilter(date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 2, 28))
    assert [table.rows[i].issue_date for i in apply_filter(table, order, flt)] == [
        dt.date(2025, 2, 1),
        dt.date(2025, 2, 28),
    ]


@pytest.mark.parametrize(
    ("preset", "today", "expected"),
    [
        (DatePreset.THIS_MONTH, dt.date(2025, 1, 1), (dt.date(2025, 1, 1), dt.date(2025, 1, 31))),
        (DatePreset.THIS_MONTH, dt.date(2024, 2, 29), (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        (DatePreset.LAST_MONTH, dt.date(2025, 1, 1), (dt.date(2024, 12, 1), dt.date(2024, 12, 31))),
        (
            DatePreset.LAST_MONTH,
            dt.date(2025, 1, 31),
            (dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
        ),
        (DatePreset.LAST_MONTH, dt.date(2025, 3, 31), (dt.date(2025, 2, 1), dt.date(2025, 2, 28))),
        (DatePreset.LAST_MONTH, dt.date(2024, 3, 1), (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        (DatePreset.THIS_YEAR, dt.date(2024, 12, 31), (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
        (DatePreset.THIS_YEAR, dt.date(2025, 1, 1), (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
        (
            DatePreset.LAST_30_DAYS,
            dt.date(2025, 1, 10),
            (dt.date(2024, 12, 12), dt.date(2025, 1, 10)),
        ),
        (DatePreset.LAST_30_DAYS, dt.date(2024, 3, 1), (dt.date(2024, 2, 1), dt.date(2024, 3, 1))),
        (DatePreset.ALL, dt.date(2025, 1, 1), (None, None)),
    ],
)
def test_date_presets_at_month_and_year_boundaries(
    preset: DatePreset, today: dt.date, expected: tuple[dt.date | None, dt.date | None]
) -> None:
    assert preset_range(preset, today) == expected
    start, end = expected
    if start and end and preset is DatePreset.LAST_30_DAYS:
        assert (end - start).days + 1 == 30


def test_custom_preset_uses_the_given_range() -> None:
    custom = (dt.date(2023, 5, 1), dt.date(2023, 5, 9))
    assert preset_range(DatePreset.CUSTOM, dt.date(2025, 1, 1), custom) == custom


def test_filter_then_sort_then_filter_keeps_sort_order(model: InvoiceTableModel) -> None:
    model.sort(COL_ISSUE_DATE, Qt.SortOrder.DescendingOrder)
    model.set_filter(RowFilter(text="kunde"))
    dates = column(model, COL_ISSUE_DATE, SORT_ROLE)
    assert dates == sorted(dates, reverse=True) and len(dates) == 20
    model.set_filter(RowFilter())
    dates = [d for d in column(model, COL_ISSUE_DATE, SORT_ROLE) if d is not None]
    assert dates == sorted(dates, reverse=True)


def test_position_of_follows_sort_and_filter(model: InvoiceTableModel) -> None:
    key = ("buckaroo", "Webshop", "bk-2025-0042")
    model.sort(COL_TOTAL, Qt.SortOrder.AscendingOrder)
    position = model.position_of(key)
    assert position is not None and model.row_at(position).key == key
    model.set_filter(RowFilter(provider="sendregning"))
    assert model.position_of(key) is None
    assert model.row_at(model.rowCount()) is None
    assert model.data(QModelIndex()) is None


def row(
    currency: str,
    total: str,
    outstanding: str,
    past_due: bool,
    payment: PaymentState = PaymentState.UNPAID,
) -> InvoiceRow:
    return InvoiceRow(
        "sendregning",
        "a",
        f"{currency}{total}",
        "1",
        Kind.INVOICE,
        None,
        None,
        None,
        currency,
        None,
        None,
        D(total),
        None,
        D(outstanding),
        payment,
        False,
        None,
        Direction.RECEIVABLE,
        None,
        None,
        Status.OVERDUE
        if past_due
        else Status.PAID
        if payment is PaymentState.PAID
        else Status.UNPAID,
        1 if past_due else -1,
        payment is not PaymentState.PAID and D(outstanding) != 0,
    )


def test_totals_are_per_currency_never_summed_across() -> None:
    groups = totals_by_currency(
        [
            row("NOK", "100.00", "100.00", True),
            row("NOK", "250.50", "0.00", False, PaymentState.PAID),
            row("EUR", "10.00", "4.00", True, PaymentState.PARTIALLY_PAID),
            row("NOK", "49.50", "49.50", False),
        ]
    )
    nok, eur = groups
    assert (nok.currency, nok.count, nok.total, nok.outstanding, nok.overdue) == (
        "NOK",
        2,  # the paid one counts in no figure
        D("149.50"),
        D("149.50"),
        D("100.00"),
    )
    assert (eur.currency, eur.count, eur.total, eur.outstanding, eur.overdue) == (
        "EUR",
        1,
        D("10.00"),
        D("4.00"),
        D("4.00"),
    )


def test_totals_of_the_filtered_view(model: InvoiceTableModel) -> None:
    model.set_filter(RowFilter(provider="buckaroo"))
    assert [r.status for r in model.visible_rows()] == [Status.PAID]
    assert totals_by_currency(model.visible_rows()) == []  # paid: nothing outstanding
    model.set_filter(RowFilter())
    lines = [(g.direction, g.currency) for g in totals_by_currency(model.visible_rows())]
    # per direction and currency, never summed across; the paid EUR invoice counts nowhere
    assert sorted(lines) == [("payable", "NOK"), ("receivable", "DKK"), ("receivable", "NOK")]


def test_statuses_are_derived_with_the_injected_today(tmp_path: Path) -> None:
    invoice = simple(1, due_date=dt.date(2025, 3, 14))
    assert table_of(tmp_path, [invoice], dt.date(2025, 3, 14)).rows[0].status is Status.UNPAID
    assert table_of(tmp_path, [invoice], dt.date(2025, 3, 15)).rows[0].status is Status.OVERDUE


def test_money_formatting_per_language() -> None:
    amount = D("-1234.505")
    assert Formats("en").money(amount, "NOK") == "-NOK\u00a01,234.51"  # half up, spaced code
    assert Formats("en").money(amount, "EUR") == "-€1,234.51"
    assert Formats("nb").money(amount, "NOK") == "-1\u00a0234,51\u00a0kr"
    assert Formats("da").money(amount, "DKK") == "-1.234,51\u00a0kr."
    assert Formats("nl").money(amount, "EUR") == "€\u00a0-1.234,51"
    assert Formats("en").money(D("5"), "JPY") == "JP¥5"
    assert Formats("en").amount(D("2.5"), "KWD") == "2.500"


def test_last_sync_moment_is_a_time_today_and_a_date_before() -> None:
    now = dt.datetime(2025, 3, 15, 14, 5, tzinfo=dt.UTC)
    fmt = Formats("nb")
    local = now.astimezone()
    earlier = local - dt.timedelta(days=2)
    assert fmt.moment(local, local) == local.strftime("%H:%M")
    assert fmt.moment(earlier, local) == earlier.strftime("%d.%m.%Y")
