"""Provider facts as the detail pane shows them: the key's label in the user's language, the
value formatted by :class:`Formats` (one money and one date format), codes as words where the
provider documents their meaning and as the raw code where it does not."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from invoicedesk.domain.facts import Fact, FactKind
from invoicedesk.gui.formatting import Formats, not_numbered_label, yes_no

translate = QCoreApplication.translate


def fact_label(key: str) -> str:
    """The label of a fact key; an unknown key is shown as it is (facts cached before facts
    were typed are read as typed ones, see :mod:`invoicedesk.storage.legacy_facts`)."""
    labels = {
        "sendregning.credits_invoice": translate("Facts", "Credits invoice"),
        "sendregning.order_date": translate("Facts", "Order date"),
        "sendregning.delivery_date": translate("Facts", "Delivery date"),
        "sendregning.reminder_date": translate("Facts", "Reminder date"),
        "sendregning.bank_account": translate("Facts", "Bank account"),
        "sendregning.issued_by": translate("Facts", "Issued by"),
        "telecomx.invoice_number": translate("Facts", "Invoice number"),
        "telecomx.period_invoice": translate("Facts", "Period invoice"),
        "telecomx.sent": translate("Facts", "Sent to customer"),
        "telecomx.subtotal_wholesale": translate("Facts", "Subtotal at wholesale"),
        "telecomx.vat_wholesale": translate("Facts", "VAT at wholesale"),
        "telecomx.subtotal_cost": translate("Facts", "Subtotal at cost"),
        "telecomx.vat_cost": translate("Facts", "VAT at cost"),
        "telecomx.margin": translate("Facts", "Margin"),
        "buckaroo.credit_management": translate("Facts", "Credit management"),
        "buckaroo.cm_status": translate("Facts", "Credit management status"),
        "buckaroo.collection_running": translate("Facts", "Collection running"),
        "buckaroo.reminders_sent": translate("Facts", "Reminders sent"),
        "buckaroo.max_reminder_level": translate("Facts", "Highest reminder level"),
        "buckaroo.agency_status": translate("Facts", "Collection agency status"),
        "buckaroo.estimated_next_step": translate("Facts", "Next collection step"),
        "buckaroo.status_changed": translate("Facts", "Status changed"),
        "buckaroo.credited_vat": translate("Facts", "Credited VAT"),
        "buckaroo.surcharge": translate("Facts", "Surcharge"),
        "buckaroo.test_invoice": translate("Facts", "Test invoice"),
        "buckaroo.agency_update": translate("Facts", "Collection agency update"),
        "connectid.company": translate("Facts", "Company"),
        "connectid.product": translate("Facts", "Product"),
        "connectid.customer_number": translate("Facts", "Customer number"),
        "connectid.customer_id": translate("Facts", "Customer identification"),
        "connectid.offers": translate("Facts", "Alternative offers"),
        "connectid.invoice_type": translate("Facts", "Invoice type"),
        "connectid.payment_method": translate("Facts", "Payment method"),
        "connectid.invoice_status": translate("Facts", "Invoice status"),
        "connectid.payment_status": translate("Facts", "Payment status"),
        "connectid.payment_date": translate("Facts", "Payment date"),
        "connectid.period": translate("Facts", "Period"),
        "connectid.known_from_reminder": translate("Facts", "Known only from reminder"),
    }
    return labels.get(key, key)


def code_word(key: str, code: str) -> str | None:
    """The word for a code whose meaning the provider documents; None where it does not."""
    words = {
        ("telecomx.invoice_number", "-1"): not_numbered_label(),
        ("connectid.invoice_type", "invoice"): translate("Facts", "Invoice"),
        ("connectid.invoice_type", "reminderInvoice"): translate("Facts", "Reminder invoice"),
        ("connectid.invoice_type", "finalInvoice"): translate("Facts", "Final invoice"),
        ("connectid.payment_status", "paid"): translate("Facts", "Paid"),
        ("connectid.payment_status", "notPaid"): translate("Facts", "Not paid"),
        ("connectid.payment_status", "partiallyPaid"): translate("Facts", "Partially paid"),
        ("connectid.invoice_status", "Invoiced"): translate("Facts", "Invoiced"),
        ("buckaroo.agency_status", "unsent"): translate("Facts", "Not sent to the agency"),
        ("buckaroo.agency_status", "sent"): translate("Facts", "Sent to the agency"),
    }
    return words.get((key, code))


def code_text(key: str, code: str) -> str:
    word = code_word(key, code)
    if word is not None:
        return word
    # no documented meaning: the raw code, said to be one
    return translate("Facts", "code %1").replace("%1", code)


def fact_value(fact: Fact, fmt: Formats) -> str:
    kind = fact.kind
    if kind is FactKind.MONEY and fact.amount is not None:
        return fmt.money(fact.amount, fact.currency or "")
    if kind is FactKind.DATE:
        return fmt.date(fact.day)
    if kind is FactKind.PERIOD:
        return f"{fmt.date(fact.day) or '…'} – {fmt.date(fact.day_to) or '…'}"
    if kind is FactKind.COUNT:
        return fmt.decimal(fact.amount)
    if kind is FactKind.FLAG:
        return yes_no(fact.flag)
    if kind is FactKind.CODE and fact.text:
        return code_text(fact.key, fact.text)
    text = fact.text or ""
    if fact.day is not None:
        return f"{fmt.date(fact.day)} · {text}" if text else fmt.date(fact.day)
    return text


def fact_rows(facts: Iterable[Fact], fmt: Formats) -> list[tuple[str, str]]:
    """(label, value) for each fact, ready for the detail pane."""
    return [(fact_label(fact.key), fact_value(fact, fmt)) for fact in facts]
