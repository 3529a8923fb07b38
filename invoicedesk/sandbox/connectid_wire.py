"""The JSON shapes the real ConnectID API sends, rendered from the sandbox's records with the
quirks of the official samples: epoch milliseconds in client mode and in ``reminders[]``, string
``invoiceAmount`` and string ``invoiceNumber`` in ``invoices[]``, ``incltime``, ``desc[]``,
``invoiceLineInfo`` vs ``invoiceLineInfoList``, ``invoiceHotelUrl`` with or without a scheme.
Three shapes for invoices (user-mode list item, client-mode list item, details) and two for
reminders (list item, details)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from invoicedesk.sandbox.connectid_records import InvoiceRec, LineRec, ReminderRec

OSLO = ZoneInfo("Europe/Oslo")


def epoch_ms(day: dt.date, at: dt.time) -> int:
    return int(dt.datetime.combine(day, at, OSLO).timestamp()) * 1000


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def hotel_url(rec: InvoiceRec, token: str, host: str) -> str:
    if rec.url_style == "http":
        return f"http://{host}/invoice/view/{token}"
    if rec.url_style == "bare":
        return f"{host}/invoice/view/{token}"
    return rec.url_style


def _payment_code(rec: InvoiceRec) -> str:
    return {"notPaid": "0", "paid": "1", "partiallyPaid": "2"}[rec.status]


def _drop_none(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None}


def user_list_item(rec: InvoiceRec, host: str) -> dict[str, Any]:
    """An ``invoices[]`` entry: dates as strings, string invoiceNumber and invoiceAmount."""
    return _drop_none(
        {
            "customerNumber": rec.customer,
            "product": rec.product.code,
            "invoiceOfferCount": str(len(rec.offers)),
            "productName": rec.product.name,
            "amount": sum(1 for _ in rec.offers[0].lines),
            "invoiceDate": rec.invoice_date.isoformat(),
            "invoiceNumber": str(rec.number),
            "companyCode": rec.company,
            "paymentDate": _iso(rec.payment_date),
            "dueDate": rec.due_date.isoformat(),
            "paymentStatus": _payment_code(rec),
            "invoiceAmount": f"{rec.amount:.2f}",
            "paidAmount": rec.paid_amount,
            "paymentMethod": rec.payment_method,
            "invoiceHotelUrl": hotel_url(rec, rec.pdf, host),
            "invoiceStatus": "Invoiced",
        }
    )


def reminder_list_item(rec: InvoiceRec, reminder: ReminderRec, host: str) -> dict[str, Any]:
    """A ``reminders[]`` entry: integer invoiceNumber, epoch-ms dates, no companyCode."""
    return _drop_none(
        {
            "invoiceNumber": rec.number,
            "product": rec.product.code,
            "fromTime": _iso(rec.period_from),
            "includeTime": _iso(rec.period_to),
            "reminderDate": epoch_ms(reminder.date, rec.clock_time),
            "amount": reminder.amount,
            "dueDate": epoch_ms(reminder.due_date, rec.clock_time),
            "reminderNumber": reminder.number,
            "reminderType": reminder.type,
            "invoiceHotelUrl": hotel_url(rec, reminder.pdf, host),
        }
    )


def client_list_item(rec: InvoiceRec, host: str) -> dict[str, Any]:
    """A ``clientInvoiceInfoList`` entry: epoch ms, invoiceId, desc[], incltime, invoiceLineInfo."""
    at = rec.clock_time
    return _drop_none(
        {
            "invoiceId": str(rec.number),
            "invoiceDate": epoch_ms(rec.invoice_date, at),
            "invoiceOfferCount": str(len(rec.offers)),
            "customerNumber": rec.customer,
            "product": rec.product.code,
            "productName": rec.product.name,
            "amount": len(rec.offers[0].lines),
            "companyCode": rec.company,
            "paymentStatus": _payment_code(rec),
            "invoiceAmount": rec.amount,
            "paidAmount": rec.paid_amount,
            "paymentMethod": rec.payment_method,
            "invoiceHotelUrl": hotel_url(rec, rec.pdf, host),
            "paymentDate": epoch_ms(rec.payment_date, at) if rec.payment_date else None,
            "dueDate": epoch_ms(rec.due_date, at),
            "desc": [rec.description or rec.product.name],
            "period": 1,
            "periodUnit": "E",
            "fromTime": _iso(rec.period_from),
            "incltime": _iso(rec.period_to),
            "invoiceLineInfo": [
                {
                    "productCode": line.product_code,
                    "invoiceAmount": line.net,
                    "invoiceVatAmount": line.vat,
                    "invoiceVatPercent": line.vat_percent,
                }
                for line in rec.offers[0].lines
            ],
        }
    )


def _line_json(line: LineRec) -> dict[str, Any]:
    return _drop_none(
        {
            "productCode": line.product_code,
            "invoiceAmount": line.net,
            "invoiceVatAmount": line.vat,
            "invoiceVatPercent": line.vat_percent,
            "description": line.description,
            "fromTime": _iso(line.period_from),
            "includeTime": _iso(line.period_to),
        }
    )


def details(rec: InvoiceRec, reminder: ReminderRec | None, host: str) -> dict[str, Any]:
    """``invoiceInfoWithDetail`` of the invoice, or of one of its reminders."""
    if reminder is not None:
        return _reminder_details(rec, reminder, host)
    amount: Any = rec.amount
    if rec.string_amount_in_details:
        amount = f"{rec.amount:.2f}"
    return _drop_none(
        {
            "invoiceNumber": rec.number,
            "companyCode": rec.company,
            "invoiceOfferCount": len(rec.offers),
            "invoiceDate": rec.invoice_date.isoformat(),
            "invoicePaymentStatus": rec.status,
            "invoiceAmount": amount,
            "invoiceCurrency": rec.currency if rec.currency_in_details else None,
            "invoiceHotelUrl": hotel_url(rec, rec.pdf, host),
            "invoiceDueDate": rec.due_date.isoformat(),
            "invoiceType": rec.invoice_type,
            "paidAmount": rec.paid_amount,
            "description": rec.description,
            "fromTime": _iso(rec.period_from),
            "includeTime": _iso(rec.period_to),
            "invoiceOfferInfo": [
                {
                    "offerNumber": offer.number,
                    "invoiceAmount": offer.net,
                    "invoiceVatAmount": offer.vat,
                    "customerIdentification": offer.customer_identification,
                    "invoiceLineInfoList": [_line_json(line) for line in offer.lines],
                }
                for offer in rec.offers
            ],
        }
    )


def reminder_lines(rec: InvoiceRec, reminder: ReminderRec) -> list[LineRec]:
    return [
        LineRec("SALDO", f"Utestående faktura {rec.number}", reminder.outstanding, Decimal(0)),
        LineRec("PURREGEBYR", "Purregebyr", reminder.fee, Decimal(0)),
    ]


def _reminder_details(rec: InvoiceRec, reminder: ReminderRec, host: str) -> dict[str, Any]:
    lines = reminder_lines(rec, reminder)
    return {
        "invoiceNumber": rec.number,
        "companyCode": rec.company,
        "invoiceOfferCount": 1,
        "invoiceDate": reminder.date.isoformat(),
        "invoicePaymentStatus": "paid" if rec.paid else "notPaid",
        "invoiceAmount": reminder.amount,
        "invoiceCurrency": rec.currency,
        "invoiceHotelUrl": hotel_url(rec, reminder.pdf, host),
        "invoiceDueDate": reminder.due_date.isoformat(),
        "invoiceType": "reminderInvoice",
        "paidAmount": reminder.amount if rec.paid else Decimal("0.00"),
        "description": f"Purring {reminder.number}: {rec.product.name}"[:40],
        "invoiceOfferInfo": [
            {
                "offerNumber": 1,
                "invoiceAmount": reminder.amount,
                "invoiceVatAmount": Decimal(0),
                "customerIdentification": rec.offers[0].customer_identification,
                "invoiceLineInfoList": [_line_json(line) for line in lines],
            }
        ],
    }
