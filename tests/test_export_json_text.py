"""The JSON export's fast writer (:mod:`invoicedesk.export_json`) writes exactly the text of
``json.dumps(invoice_json(...), ensure_ascii=False)``, the contract's reference: for realistic
invoices, for every nested part, and for text that needs escaping."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest

from invoicedesk import export
from invoicedesk.domain import (
    CreditNote,
    Direction,
    Invoice,
    Kind,
    Line,
    Offer,
    Party,
    PaymentState,
    Refund,
    Reminder,
    Transaction,
    claim_outstanding,
    days_overdue,
    days_past_due,
    export_status,
    invoice_status,
)
from invoicedesk.export_flat import amount
from invoicedesk.export_json import contract_text, value_text
from tests.benchmarks.data import TODAY, invoices

#: text json.dumps escapes (quotes, backslashes, control characters) or keeps (non-ASCII,
#: U+2028, emoji, DEL)
AWKWARD = [
    'Sørensen "Kaffe" \\ AS',
    "line\nbreak\ttab\rreturn\x00nul\x1fus\x7fdel",
    "\u2028\u2029 æøå ÆØÅ € 🧾 \ufeff",
    "</script><!--",
    "",
]


def reference(invoice: Invoice, today: dt.date) -> str:
    return json.dumps(export.invoice_json(invoice, today), ensure_ascii=False)


def full_invoice(text: str) -> Invoice:
    line = Line(text, text, Decimal("2.5"), text, Decimal("1E+2"), Decimal("10"), Decimal("25"))
    return Invoice(
        provider="buckaroo",
        account=text or "a",
        id=text + "1",
        number=text,
        kind=Kind.CREDIT_NOTE,
        currency="EUR",
        payment=PaymentState.PARTIALLY_PAID,
        customer=Party(name=text, number=text),
        issue_date=dt.date(2024, 1, 31),
        due_date=dt.date(2024, 2, 14),
        net=Decimal("-100.00"),
        vat=Decimal("-21.00"),
        total=Decimal("-121.00"),
        paid_amount=Decimal("0E-2"),
        outstanding=Decimal("-121.00"),
        fees=Decimal("7.50"),
        description=text,
        direction=Direction.PAYABLE,
        lines=(line, Line()),
        offers=(Offer(text, Decimal("1"), None, Decimal("1.10"), text, (line,)), Offer()),
        credit_notes=(CreditNote(text, dt.date(2024, 3, 1), Decimal("-1"), None, None, text),),
        transactions=(
            Transaction(
                text,
                text,
                text,
                dt.date(2024, 3, 2),
                "EUR",
                Decimal("121.00"),
                None,
                Decimal("0.00"),
                success=False,
                refunds=(Refund(text, Decimal("5"), None, True), Refund()),
            ),
            Transaction(success=None),
        ),
        reminders=(Reminder(text, None, dt.date(2024, 4, 1), Decimal("128.50"), text, None),),
        pdf_url='https://example.com/a?b=1&c="2"',
        pay_url=None,
    )


def test_realistic_invoices_are_written_as_the_reference() -> None:
    for today in (TODAY, dt.date(2031, 1, 1)):
        for invoice in invoices(2000):
            assert contract_text(invoice, today) == reference(invoice, today)


@pytest.mark.parametrize("text", AWKWARD)
def test_every_part_and_awkward_text_is_written_as_the_reference(text: str) -> None:
    invoice = full_invoice(text)
    assert contract_text(invoice, TODAY) == reference(invoice, TODAY)
    bare = Invoice("sendregning", "a", "1", None, Kind.DRAFT, "NOK", PaymentState.UNPAID)
    assert contract_text(bare, TODAY) == reference(bare, TODAY)
    overdue = dataclasses.replace(invoice, kind=Kind.INVOICE, payment=PaymentState.UNPAID)
    assert '"days_overdue": ' in contract_text(overdue, TODAY)
    assert contract_text(overdue, TODAY) == reference(overdue, TODAY)


@pytest.mark.parametrize(
    "value", [None, True, False, 0, -7, 2**70, "x", 1.5, ["a", None], {"k": 1}, Kind.DRAFT]
)
def test_a_value_is_written_as_json_dumps_writes_it(value: object) -> None:
    assert value_text(value) == json.dumps(value, ensure_ascii=False)


def test_the_flat_status_and_outstanding_are_the_domain_rules() -> None:
    for today in (TODAY, dt.date(2031, 1, 1)):
        for invoice in invoices(2000):
            flat = export.invoice_flat(invoice, today)
            status = invoice_status(invoice, today)
            assert flat["status"] == export_status(status)
            assert flat["outstanding"] == amount(claim_outstanding(invoice))
            past = days_past_due(invoice.due_date, today)
            assert flat["days_overdue"] == days_overdue(status, past)
