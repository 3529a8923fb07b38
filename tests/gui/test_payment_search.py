"""Payment search: KID, organisation number, customer name and number, references, line text,
and amounts as people type them, exact to the øre, through the table's real search path."""

from __future__ import annotations

import dataclasses
from decimal import Decimal as D

import pytest

from invoicedesk.domain import PaymentState
from invoicedesk.gui.payment_search import amount_needle, amount_token
from invoicedesk.gui.row_filter import RowFilter, apply_filter, filter_text, narrows
from invoicedesk.gui.rows import RowTable
from invoicedesk.storage.cache import InvoiceCache

from .conftest import TODAY, many_invoices, sendregning_invoice, store


@pytest.fixture
def table(tmp_path) -> RowTable:
    cache = InvoiceCache(tmp_path / "cache.sqlite3")
    base = sendregning_invoice()  # total 10953.13, KID 0001023457, org. no. 987654321
    exact = dataclasses.replace(
        base,
        id="exact",
        number="5001",
        total=D("2357.24"),
        outstanding=D("2357.24"),
        paid_amount=D("0"),
        kid="99887766",
        lines=(),
    )
    owed = dataclasses.replace(  # total differs, outstanding is the payment
        base,
        id="owed",
        number="5002",
        total=D("4000.00"),
        outstanding=D("2357.24"),
        paid_amount=D("1642.76"),
        payment=PaymentState.PARTIALLY_PAID,
        kid="11223344",
        lines=(),
    )
    near = dataclasses.replace(  # the same whole kroner, other øre
        base,
        id="near",
        number="5003",
        total=D("2357.99"),
        outstanding=D("2357.99"),
        kid="55667788",
        lines=(),
    )
    off = dataclasses.replace(  # a cent below, and 2358.00: never "2357"
        base,
        id="off",
        number="5004",
        total=D("2356.99"),
        outstanding=D("2358.00"),
        kid="44332211",
        lines=(),
    )
    store(cache, [*many_invoices(), exact, owed, near, off])
    rows = RowTable.from_columns(cache.table_columns(), TODAY)
    cache.close()
    return rows


def found(table: RowTable, text: str) -> set[str]:
    order = list(range(len(table)))
    return {table.ids[i] for i in apply_filter(table, order, RowFilter(text=text))}


@pytest.mark.parametrize(
    "typed", ["2 357,24", "2\u00a0357,24", "2357,24", "2357.24", "2.357,24", "2,357.24"]
)
def test_an_amount_typed_any_way_finds_exactly_that_total_or_outstanding(table, typed):
    assert found(table, typed) == {"exact", "owed"}


def test_a_whole_number_finds_every_amount_of_those_kroner(table):
    assert found(table, "2357") == {"exact", "owed", "near"}
    assert found(table, "2 357") == {"exact", "owed", "near"}
    assert "off" in found(table, "2358")


def test_kid_org_number_names_references_and_line_text_are_found(table):
    assert found(table, "99887766") == {"exact"}  # KID
    kid = found(table, "0001023457")  # the sample invoice's KID
    assert "sr-10234" in kid and "exact" not in kid
    assert "sr-10234" in found(table, "987654321")  # organisation number
    assert "sr-10234" in found(table, "fjordkraft")  # customer name, case-blind
    assert "sr-10234" in found(table, "1042")  # customer number
    assert "sr-10234" in found(table, "PO-7781")  # order reference
    assert "sr-10234" in found(table, "ola hansen")  # your reference
    line = sendregning_invoice().lines[0].description
    assert line and "sr-10234" in found(table, line.split()[0])  # line text
    assert found(table, "no such payment 42") == set()


def test_typing_on_narrows_only_when_the_rows_can_only_shrink(table):
    assert narrows(RowFilter(text="2357"), RowFilter(text="2357,2"))
    assert narrows(RowFilter(text="2357,2"), RowFilter(text="2357,24"))
    assert not narrows(RowFilter(text="2.35"), RowFilter(text="2.357"))
    assert not narrows(RowFilter(text="2 3"), RowFilter(text="2 357"))  # text, then an amount
    rows = filter_text(table, list(range(len(table))), "2357")
    assert {table.ids[i] for i in filter_text(table, rows, "2357,24")} == {"exact", "owed"}


def test_amount_parsing_is_exact_and_refuses_what_is_not_an_amount():
    assert amount_needle("2357,24") == amount_needle("2.357,24") == "#2357.24#"
    assert amount_needle("2357") == amount_needle("2357,") == "#2357."
    assert amount_needle("2357,2") == "#2357.2"
    assert amount_needle("0001023457") == "#1023457."
    for text in ("", "abc", "12-34", "2 35", "2357,245", "1.2.3", "-5"):
        assert amount_needle(text) is None, text
    assert amount_token("2357.2") == "#2357.20#"
    assert amount_token("-2357.24") == "#2357.24#"
    assert amount_token("2357.245") == "#2357.245#"
    assert amount_token(None) == amount_token("x") == ""
