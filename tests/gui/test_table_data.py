"""The table's columnar data (rows.py, sort_keys.py, row_totals.py, row_filter.py) gives exactly
what the straightforward per-row way gives: rows, statuses, sort orders, filters and totals."""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invoicedesk.domain import Invoice, Party, PaymentState, Status, aging_bucket
from invoicedesk.gui import columns as c
from invoicedesk.gui.payment_search import amount_needle
from invoicedesk.gui.row_filter import RowFilter, apply_filter, filter_mask, narrows
from invoicedesk.gui.row_totals import TotalsIndex, full_sums, group_key, scaled
from invoicedesk.gui.rows import RowTable, row_from_header
from invoicedesk.gui.sort_keys import natural_key, natural_sort_text, number_keys, provider_key
from invoicedesk.gui.totals import totals_by_currency
from invoicedesk.storage import cache as cache_module
from invoicedesk.storage.cache import InvoiceCache

from .conftest import TODAY, many_invoices, sendregning_invoice, store

D = Decimal


def varied() -> list[Invoice]:
    """The realistic invoices plus edge cases: missing dates and amounts, odd decimals, the
    same id in two accounts, credit notes, a due date of today and of yesterday."""
    invoices = many_invoices()
    extra = [
        dict(id="x1", number="INV-10", due_date=None, total=None, paid_amount=None),
        dict(id="x2", number="INV-9", issue_date=None, total=D("10953.125"), net=D("1")),
        dict(id="x3", number="007", total=D("-250.50"), payment=PaymentState.PARTIALLY_PAID),
        dict(id="x4", number="7", due_date=TODAY, payment=PaymentState.UNPAID),
        dict(id="x5", number="", due_date=TODAY - dt.timedelta(days=1), total=D("0")),
        dict(id="x1", account="Annen konto", number="inv-10", customer=Party(name="ÅSE")),
        dict(id="x6", number="A-2\x1e1", customer=Party(name="x\x1fy"), currency="EUR"),
        dict(id="x7", number="5", total=D("1E+2"), paid_amount=D("12.5")),
    ]
    base = {"lines": (), "reminders": (), "facts": (), "provider_overdue": False}
    return invoices + [sendregning_invoice(**{**base, **e}) for e in extra]  # type: ignore[arg-type]


@pytest.fixture
def cache(tmp_path: Path) -> InvoiceCache:
    cache = InvoiceCache(Path(tempfile.mkdtemp(dir=tmp_path)) / "cache.sqlite3")
    store(cache, varied())
    yield cache
    cache.close()


@pytest.mark.parametrize("parallel", [False, True])
def test_table_columns_are_the_header_tuples_by_column(
    cache: InvoiceCache, monkeypatch: pytest.MonkeyPatch, parallel: bool
) -> None:
    monkeypatch.setattr(cache_module, "PARALLEL_READ_ROWS", 1 if parallel else 10**9)
    headers = cache.headers()
    columns = cache.table_columns()
    assert list(columns) == list(cache_module.HEADER_COLUMNS)
    assert list(zip(*columns.values(), strict=True)) == headers
    only = cache.table_columns(["Annen konto"])
    assert only["id"] == ["x1"] and only["account"] == ["Annen konto"]


def test_rows_and_statuses_match_the_per_row_build(cache: InvoiceCache) -> None:
    for today in (TODAY, TODAY + dt.timedelta(days=1), dt.date(2020, 1, 1)):
        expected = [row_from_header(h, today) for h in cache.headers()]
        table = RowTable.from_columns(cache.table_columns(), today)
        assert list(table.rows) == expected
        assert [table.rows[i] for i in range(len(table))] == expected
        assert RowTable(expected).rows[:] == expected  # and back from row objects
        assert any(r.status is Status.OVERDUE for r in expected) == (today >= TODAY)


def tiebreak(table: RowTable) -> list[int]:
    """Ties go by provider, account, natural number (none first) and id: the same every run."""
    rows = table.rows

    def key(i: int) -> tuple[object, ...]:
        r = rows[i]
        number = natural_key(r.number) if r.number and not r.unnumbered else ()
        return (provider_key(r.provider), r.account.casefold(), number, r.id)

    return sorted(range(len(rows)), key=key)


def by_currency(currency: str | None, amount: object) -> tuple[str, object] | None:
    """An amount column sorts by currency, then amount (never mixes currencies)."""
    return None if amount is None else (currency or "", amount)


def real_order(table: RowTable, column: int, descending: bool) -> list[int]:
    """Sorting by the real values: missing last both ways, ties by :func:`tiebreak`."""
    rows = table.rows
    base = tiebreak(table)
    value = {
        c.COL_PROVIDER: lambda r: r.provider.casefold(),
        c.COL_ACCOUNT: lambda r: r.account.casefold(),
        c.COL_NUMBER: lambda r: natural_key(r.number) if r.number and not r.unnumbered else None,
        c.COL_CUSTOMER: lambda r: r.customer.casefold() if r.customer else None,
        c.COL_ISSUE_DATE: lambda r: r.issue_date,
        c.COL_DUE_DATE: lambda r: r.due_date,
        c.COL_CURRENCY: lambda r: r.currency,
        c.COL_NET: lambda r: by_currency(r.currency, r.net),
        c.COL_VAT: lambda r: by_currency(r.currency, r.vat),
        c.COL_TOTAL: lambda r: by_currency(r.currency, r.total),
        c.COL_PAID: lambda r: by_currency(r.currency, r.paid),
        c.COL_DIRECTION: lambda r: r.direction.value,
        c.COL_OUTSTANDING: lambda r: by_currency(r.currency, r.outstanding),
        c.COL_DAYS_OVERDUE: lambda r: r.days_overdue,
        c.COL_STATUS: lambda r: [
            Status.OVERDUE,
            Status.PARTIALLY_PAID,
            Status.UNPAID,
            Status.DRAFT,
            Status.PAID,
        ].index(r.status),
    }[column]
    present = [i for i in base if value(rows[i]) is not None]
    missing = [i for i in base if value(rows[i]) is None]
    return sorted(present, key=lambda i: value(rows[i]), reverse=descending) + missing


def test_ties_do_not_depend_on_the_load_order(cache: InvoiceCache) -> None:
    """Invoices with the same issue date kept changing order between runs (load order)."""
    columns = cache.table_columns()
    reversed_columns = {name: list(reversed(values)) for name, values in columns.items()}
    one = RowTable.from_columns(columns, TODAY)
    other = RowTable.from_columns(reversed_columns, TODAY)
    for column in (c.COL_ISSUE_DATE, c.COL_STATUS, c.COL_CURRENCY):
        for descending in (False, True):
            keys_one = [one.key(i) for i in one.sorted_order(column, descending)]
            keys_other = [other.key(i) for i in other.sorted_order(column, descending)]
            assert keys_one == keys_other


@pytest.mark.parametrize("column", range(c.COLUMN_COUNT))
def test_every_column_sorts_as_its_values(cache: InvoiceCache, column: int) -> None:
    table = RowTable.from_columns(cache.table_columns(), TODAY)
    for descending in (False, True):
        assert table.sorted_order(column, descending) == real_order(table, column, descending)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="aAbZ09-٣ .", max_size=8), min_size=2, max_size=6))
def test_natural_sort_text_orders_as_natural_key(texts: list[str]) -> None:
    for a, b in itertools.combinations(texts, 2):
        assert (natural_sort_text(a) < natural_sort_text(b)) == (natural_key(a) < natural_key(b))
        assert (natural_sort_text(a) == natural_sort_text(b)) == (natural_key(a) == natural_key(b))
    keys = number_keys(["sendregning"] * len(texts), texts)
    assert keys == [natural_sort_text(t) if t else None for t in texts]


def test_amount_keys_fall_back_to_decimals_beyond_float_precision() -> None:
    values = ["1234567890123456.01", "1234567890123456.02", None, "1"]
    table = RowTable.from_columns(
        {
            **{name: ["x"] * 4 for name in cache_module.HEADER_COLUMNS},
            "id": ["a", "b", "c", "d"],
            "total": values,
            "issue_date": [None] * 4,
            "due_date": [None] * 4,
            "payment": ["unpaid"] * 4,
            "provider_overdue": [0] * 4,
        },
        TODAY,
    )
    assert table.sorted_order(c.COL_TOTAL, False) == [3, 0, 1, 2]
    assert table.sorted_order(c.COL_TOTAL, True) == [1, 0, 3, 2]


FILTERS = [
    RowFilter(),
    RowFilter(text="kunde"),
    RowFilter(text="  RÅDGIVNING "),
    RowFilter(text="x\x1fy"),
    RowFilter(text="inv-1"),
    RowFilter(statuses=frozenset({Status.OVERDUE, Status.UNPAID})),
    RowFilter(provider="sendregning", account="Regnskap AS"),
    RowFilter(date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 3, 1)),
    RowFilter(date_to=dt.date(2025, 1, 31)),
    RowFilter(text="1", statuses=frozenset({Status.PAID}), date_from=dt.date(2025, 1, 1)),
    RowFilter(direction="payable"),
    RowFilter(direction="receivable", statuses=frozenset({Status.OVERDUE})),
    RowFilter(aging=("receivable", "NOK", "over_90")),
    RowFilter(aging=("receivable", "NOK", "1-30")),
    RowFilter(text="10033"),  # a customer number
]


def amount_hit(typed: str, value: Decimal | None) -> bool:
    """The amount search's meaning, by Decimal comparison: exact for two decimals, a tenth for
    one, the whole kroner for none."""
    needle = amount_needle(typed)
    if needle is None or value is None:
        return False
    body = needle.strip("#")
    if needle.endswith("#"):
        return abs(value) == Decimal(body)
    whole, _, cents = body.partition(".")
    low = Decimal(f"{whole}.{cents or '0'}")
    return low <= abs(value) < low + (Decimal("0.1") if cents else Decimal(1))


def naive(table: RowTable, order: list[int], flt: RowFilter) -> list[int]:
    needle = flt.text.strip().casefold()
    out = []
    for i in order:
        r = table.rows[i]
        fields = (r.number, r.customer, r.description, r.customer_number, table.search[i])
        hay = "\x1f".join(p or "" for p in fields).casefold()
        found = (
            needle in hay or amount_hit(flt.text, r.total) or amount_hit(flt.text, r.outstanding)
        )
        bucket = aging_bucket(r.days_past) if r.counted else None
        if (
            (not flt.provider or r.provider == flt.provider)
            and (not flt.direction or r.direction.value == flt.direction)
            and (not flt.aging or flt.aging == (r.direction.value, r.currency, bucket))
            and (not flt.account or r.account == flt.account)
            and (not flt.statuses or r.status in flt.statuses)
            and (
                not (flt.date_from or flt.date_to)
                or (
                    r.issue_date is not None
                    and (flt.date_from or dt.date.min)
                    <= r.issue_date
                    <= (flt.date_to or dt.date.max)
                )
            )
            and found
        ):
            out.append(i)
    return out


@pytest.mark.parametrize("flt", FILTERS)
def test_filters_match_a_row_by_row_check(cache: InvoiceCache, flt: RowFilter) -> None:
    table = RowTable.from_columns(cache.table_columns(), TODAY)
    order = table.sorted_order(c.COL_TOTAL, True)
    visible = apply_filter(table, order, flt)
    assert visible == naive(table, order, flt)
    assert visible is not order
    mask = filter_mask(table, flt)
    assert (mask is None) == (not flt.active)


def test_narrows_only_when_the_search_text_grows() -> None:
    assert narrows(RowFilter(text="no"), RowFilter(text="nor"))
    assert narrows(RowFilter(text="or"), RowFilter(text="Nord"))
    assert not narrows(RowFilter(text="nor"), RowFilter(text="no"))
    assert not narrows(RowFilter(), RowFilter(text="n"))
    assert not narrows(RowFilter(text="no"), RowFilter(text="nor", provider="buckaroo"))


def sums(groups: list) -> list[tuple]:  # type: ignore[type-arg]
    return [
        (g.direction, g.currency, g.count, g.total, g.outstanding, g.overdue, g.overdue_count)
        for g in groups
    ]


def test_totals_match_the_row_object_totals(cache: InvoiceCache) -> None:
    table = RowTable.from_columns(cache.table_columns(), TODAY)
    everything = list(table.rows)
    expected = sums(totals_by_currency(everything))
    assert sums(table.totals()) == expected  # before the index exists: full_sums
    assert sums(full_sums(*table._totals_columns())) == expected
    index = table.totals_index
    assert sums(index.all()) == expected
    assert sums(table.totals()) == expected
    for flt in FILTERS:
        rows = apply_filter(table, list(range(len(table))), flt)
        want = sums(totals_by_currency([table.rows[i] for i in rows]))
        assert sums(table.totals(rows)) == want
        mask = filter_mask(table, flt)
        if mask is not None:
            assert sums(index.of_mask(mask)) == want


def test_scaled_amounts_are_exact() -> None:
    assert scaled(["1.50", None, "-2.25", ""]) == ([150, 0, -225, 0], 2)
    assert scaled(["1.5", "2", "0.125", "1E+2"]) == ([1500, 2000, 125, 100000], 3)
    assert scaled([None, None]) == ([0, 0], 0)
    nok = group_key("receivable", "NOK")
    index = TotalsIndex([nok, nok], ["0.10", "0.20"], ["0.30", None], [True, True])
    (nok,) = index.all()
    assert (nok.total, nok.outstanding, nok.overdue, nok.overdue_count) == (
        D("0.30"),
        D("0.30"),
        D("0.30"),
        1,
    )


def test_key_index_finds_an_invoice_by_its_full_key(cache: InvoiceCache) -> None:
    table = RowTable.from_columns(cache.table_columns(), TODAY)
    for i in range(len(table)):
        assert table.index_of[table.key(i)] == i
    assert ("sendregning", "Annen konto", "x1") in table.index_of
    assert ("sendregning", "Nobody", "x1") not in table.index_of
    assert table.index_of.get(("buckaroo", "Webshop", "x1")) is None
    assert len(table.index_of) == len(table) and set(table.index_of) == {
        table.key(i) for i in range(len(table))
    }


def test_search_text_survives_separator_characters(cache: InvoiceCache) -> None:
    table = RowTable.from_columns(cache.table_columns(), TODAY)
    assert len(table.haystacks) == len(table)
    row = table.index_of[("sendregning", "Regnskap AS", "x6")]
    # number, customer, description, (no customer number), the cache's search text (the
    # number again, line text, references, KID), then the total's and outstanding's tokens
    assert table.haystacks[row] == (
        "a-2\x1e1\x1fx\x1fy\x1frådgivning februar\x1f\x1fa-2\x1e1\x1frådgivning februar"
        "\x1fkari nordmann\x1fola hansen\x1fpo-7781\x1f0001023457\x1f#10953.13##10953.13#"
    )


def test_multi_data_gives_what_data_gives(qtbot: object, cache: InvoiceCache) -> None:
    from PySide6.QtCore import QModelRoleData, Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    def comparable(value: object) -> object:
        return value.cacheKey() if isinstance(value, QIcon) else value

    from invoicedesk.gui.formatting import Formats
    from invoicedesk.gui.invoice_model import ROW_ROLE, SORT_ROLE, InvoiceTableModel

    model = InvoiceTableModel(Formats("nb"))
    model.set_table(RowTable.from_columns(cache.table_columns(), TODAY))
    roles = [int(r) for r in Qt.ItemDataRole if int(r) < 64] + [SORT_ROLE, ROW_ROLE]
    delegate = QStyledItemDelegate()
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            for role in roles:
                item = QModelRoleData(role)
                model.multiData(index, item)
                got, want = comparable(item.data()), comparable(model.data(index, role))
                assert got == want, (row, col, role)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == model.data(index)
