"""The JSON contract's text of one invoice, written straight from the :class:`Invoice`.

It is the same text, character for character, as ``json.dumps(invoice_json(invoice, today),
ensure_ascii=False)`` (:func:`invoicedesk.export.invoice_json` stays the readable reference and
the tests hold the two together), made without a dict per invoice, line and transaction and
without the generic encoder walking them: strings go through the same C escaping ``json.dumps``
uses, amounts are the same ``format(value, "f")`` text, and the keys and separators are
written once here. Qt-free."""

from __future__ import annotations

import datetime as dt
import json
from json.encoder import encode_basestring
from typing import Any

from invoicedesk.domain import CreditNote, Invoice, Line, Offer, Refund, Reminder, Transaction
from invoicedesk.export_flat import flat_values


def value_text(value: Any) -> str:
    """One JSON value as ``json.dumps(value, ensure_ascii=False)`` writes it."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return encode_basestring(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)


def _amount(value: Any) -> str:
    # plain decimal text ("-12.50", "NaN"): nothing in it needs escaping
    return "null" if value is None else f'"{value:f}"'


def _date(value: dt.date | None) -> str:
    return "null" if value is None else f'"{value.isoformat()}"'


def _line(line: Line) -> str:
    v, a = value_text, _amount
    return (
        f'{{"description": {v(line.description)}, "product_code": {v(line.product_code)}, '
        f'"quantity": {a(line.quantity)}, "unit_price": {a(line.unit_price)}, '
        f'"discount": {a(line.discount_percent)}, "vat_rate": {a(line.vat_rate)}, '
        f'"net": {a(line.net)}, "vat": {a(line.vat)}, "total": {a(line.total)}}}'
    )


def _offer(offer: Offer) -> str:
    return (
        f'{{"number": {value_text(offer.number)}, "net": {_amount(offer.net)}, '
        f'"vat": {_amount(offer.vat)}, "total": {_amount(offer.total)}, '
        f'"lines": [{", ".join(map(_line, offer.lines))}]}}'
    )


def _credit_note(note: CreditNote) -> str:
    return (
        f'{{"number": {value_text(note.number)}, "date": {_date(note.date)}, '
        f'"net": {_amount(note.net)}, "vat": {_amount(note.vat)}, '
        f'"total": {_amount(note.total)}, "description": {value_text(note.description)}}}'
    )


def _refund(refund: Refund) -> str:
    return (
        f'{{"id": {value_text(refund.id)}, "amount": {_amount(refund.amount)}, '
        f'"date": {_date(refund.date)}, "success": {value_text(refund.success)}}}'
    )


def _transaction(t: Transaction) -> str:
    v, a = value_text, _amount
    return (
        f'{{"id": {v(t.id)}, "type": {v(t.type)}, "description": {v(t.description)}, '
        f'"date": {_date(t.date)}, "currency": {v(t.currency)}, '
        f'"amount_debit": {a(t.amount_debit)}, "amount_credit": {a(t.amount_credit)}, '
        f'"amount_refundable": {a(t.amount_refundable)}, "success": {v(t.success)}, '
        f'"refunds": [{", ".join(map(_refund, t.refunds))}]}}'
    )


def _reminder(r: Reminder) -> str:
    return (
        f'{{"number": {value_text(r.number)}, "date": {_date(r.date)}, '
        f'"due_date": {_date(r.due_date)}, "amount": {_amount(r.amount)}, '
        f'"fee": {_amount(r.fee)}, "type": {value_text(r.type)}}}'
    )


def _text(value: str | None) -> str:
    # what :func:`invoicedesk.export_flat.amount` and ``date`` make (digits, sign, point,
    # dashes): nothing in it needs escaping
    return "null" if value is None else f'"{value}"'


def contract_text(invoice: Invoice, today: dt.date) -> str:
    """One invoice of the JSON contract as text (one line)."""
    (
        provider,
        account,
        id_,
        number,
        kind,
        direction,
        customer,
        customer_number,
        issue_date,
        due_date,
        currency,
        net,
        vat,
        total,
        paid,
        outstanding,
        fees,
        days,
        status,
    ) = flat_values(invoice, today)
    v, t = value_text, _text
    return (
        f'{{"provider": {v(provider)}, "account": {v(account)}, "id": {v(id_)}, '
        f'"number": {v(number)}, "kind": {v(kind)}, "direction": {v(direction)}, '
        f'"customer": {v(customer)}, "customer_number": {v(customer_number)}, '
        f'"issue_date": {t(issue_date)}, "due_date": {t(due_date)}, '
        f'"currency": {v(currency)}, "net": {t(net)}, "vat": {t(vat)}, "total": {t(total)}, '
        f'"paid_amount": {t(paid)}, "outstanding": {t(outstanding)}, "fees": {t(fees)}, '
        f'"days_overdue": {v(days)}, "status": {v(status)}, '
        f'"lines": [{", ".join(map(_line, invoice.lines))}], '
        f'"offers": [{", ".join(map(_offer, invoice.offers))}], '
        f'"credit_notes": [{", ".join(map(_credit_note, invoice.credit_notes))}], '
        f'"transactions": [{", ".join(map(_transaction, invoice.transactions))}], '
        f'"reminders": [{", ".join(map(_reminder, invoice.reminders))}], '
        f'"links": {{"pdf": {v(invoice.pdf_url)}, "pay": {v(invoice.pay_url)}}}}}'
    )
