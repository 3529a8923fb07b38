"""ConnectID parsing on the official samples and each data quirk (no network)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest

from invoicedesk.domain import Kind, PaymentState
from invoicedesk.domain.facts import Fact
from invoicedesk.providers.connectid import _message
from invoicedesk.providers.connectid_parse import (
    InvoiceKey,
    client_invoice,
    pdf_url,
    user_invoice,
    wire_date,
)
from invoicedesk.providers.errors import ProviderDataError
from invoicedesk.providers.http import Response

# The seed page's sample ("List invoice details"), verbatim.
SEED_DETAILS = """{
    "invoiceInfoWithDetail": {
        "invoiceNumber": 7, "companyCode": "FTOTT", "invoiceOfferCount": 1,
        "invoiceDate": "2018-01-17", "invoicePaymentStatus": "partiallyPaid",
        "invoiceAmount": 110, "invoiceCurrency": "NOK", "invoiceHotelUrl": "www.invoicehotel.no",
        "invoiceDueDate": "2018-01-17", "invoiceType": "invoice", "paidAmount": 0,
        "description": "Toten testprodukt", "fromTime": "2020-01-01", "includeTime": "2021-01-01",
        "invoiceOfferInfo": [
            {"offerNumber": 1, "invoiceAmount": 100, "invoiceVatAmount": 10,
             "customerIdentification": "1234567",
             "invoiceLineInfoList": [
                {"productCode": "TOTT", "invoiceAmount": 50, "invoiceVatAmount": 5,
                 "invoiceVatPercent": 10, "description": "TOTEN TEST",
                 "fromTime": "2018-01-01", "includeTime": "2018-06-01"},
                {"productCode": "PORTO", "invoiceAmount": 50, "invoiceVatAmount": 5,
                 "invoiceVatPercent": 10, "description": "Porto til utland"}]}]}}"""

# Spec §3.2, client mode.
CLIENT_ITEM = """{"invoiceId": "1", "invoiceDate": 1560333600000, "invoiceOfferCount": "1",
   "customerNumber": 563457, "product": "CO27409", "productName": "Weekly Magazine", "amount": 2,
   "companyCode": "5646903690", "paymentStatus": "0", "invoiceAmount": 295, "paidAmount": 0,
   "paymentMethod": "A",
   "invoiceHotelUrl": "http://mediaconnect.no/invoice/view/gkcb93qgt94ca6943bloitxgq4de",
   "paymentDate": 1561716000000, "dueDate": 1561716000000, "desc": ["Weekly Magazine"],
   "period": 1, "periodUnit": "E", "fromTime": "2019-06-12", "incltime": "2020-06-12",
   "invoiceLineInfo": [{"productCode": "CO27409", "invoiceAmount": 84.54,
                        "invoiceVatAmount": 13.47, "invoiceVatPercent": 36.73}]}"""

# Spec §3.3, user mode.
USER_LIST = """{"invoices": [
  {"customerNumber": 563457, "product": "CO27409", "invoiceOfferCount": "1",
   "productName": "Weekly Magazine", "amount": 49, "invoiceDate": "2022-01-07",
   "invoiceNumber": "7435367", "companyCode": "5646903690", "paymentDate": "2022-01-17",
   "dueDate": "2022-01-21", "paymentStatus": "0", "invoiceAmount": "295.00", "paidAmount": 0,
   "paymentMethod": "A",
   "invoiceHotelUrl": "http://mediaconnect.no/invoice/view/gkcb93qgt94ca6943bloitxgq4de",
   "invoiceStatus": "Invoiced"}],
 "reminders": [
  {"invoiceNumber": 7435367, "product": "CO27409", "fromTime": "2023-01-01",
   "includeTime": "2024-01-01", "reminderDate": 1560333600000, "amount": 49,
   "dueDate": 1561716000000, "reminderNumber": 1, "reminderType": "reminder",
   "invoiceHotelUrl": "http://mediaconnect.no/invoice/view/gkcb93qgt94ca6943bloitxgq4de"}]}"""


def load(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


def no_floats(value: Any) -> None:
    if isinstance(value, float):
        raise AssertionError(f"float found: {value!r}")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            no_floats(getattr(value, f.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            no_floats(item)


def test_seed_details_sample():
    detail = load(SEED_DETAILS)["invoiceInfoWithDetail"]
    inv = user_invoice(account="a", key=InvoiceKey("FTOTT", "7"), item=None, detail=detail)
    assert inv.id == "FTOTT/7" and inv.number == "7" and inv.kind is Kind.INVOICE
    assert inv.currency == "NOK"
    assert inv.total == Decimal("110")  # the top-level figure, as given (includes VAT)
    assert (inv.net, inv.vat) == (Decimal("100"), Decimal("10"))  # the first offer, excl. VAT
    assert inv.payment is PaymentState.PARTIALLY_PAID
    assert inv.paid_amount == Decimal("0")
    assert inv.issue_date == inv.due_date == dt.date(2018, 1, 17)
    assert inv.description == "Toten testprodukt"
    assert inv.pdf_url == "https://www.invoicehotel.no"
    (offer,) = inv.offers
    assert offer.number == "1" and offer.customer_reference == "1234567"
    assert (offer.net, offer.vat, offer.total) == (Decimal(100), Decimal(10), Decimal("110.00"))
    first, porto = offer.lines
    assert first.product_code == "TOTT" and first.description == "TOTEN TEST"
    assert (first.net, first.vat, first.vat_rate, first.total) == (
        Decimal(50),
        Decimal(5),
        Decimal(10),
        Decimal("55.00"),
    )
    assert (first.period_from, first.period_to) == (dt.date(2018, 1, 1), dt.date(2018, 6, 1))
    assert porto.description == "Porto til utland" and porto.period_from is None
    assert Fact.of_period("connectid.period", dt.date(2020, 1, 1), dt.date(2021, 1, 1)) in inv.facts
    no_floats(inv)


def test_client_mode_sample_epoch_ms_incltime_desc_and_invoice_line_info():
    inv = client_invoice("acc", load(CLIENT_ITEM))
    assert inv.id == "5646903690/1" and inv.number == "1"
    # 1560333600000 = 2019-06-12T10:00Z = 12:00 in Oslo
    assert inv.issue_date == dt.date(2019, 6, 12)
    assert inv.due_date == dt.date(2019, 6, 28)
    assert inv.total == Decimal("295") and inv.paid_amount == Decimal("0")
    assert inv.payment is PaymentState.UNPAID
    assert inv.currency == "NOK" and inv.description == "Weekly Magazine"
    assert inv.net is None and inv.vat is None  # not given in client mode; never invented
    (line,) = inv.lines
    assert (line.net, line.vat, line.vat_rate) == (
        Decimal("84.54"),
        Decimal("13.47"),
        Decimal("36.73"),
    )
    assert line.total == Decimal("98.01")
    assert inv.pdf_url == "https://mediaconnect.no/invoice/view/gkcb93qgt94ca6943bloitxgq4de"
    assert (
        Fact.of_period("connectid.period", dt.date(2019, 6, 12), dt.date(2020, 6, 12)) in inv.facts
    )
    assert Fact.of_text("connectid.customer_number", "563457") in inv.facts
    no_floats(inv)


def test_user_mode_sample_string_amount_and_number_and_reminder_of_invoice():
    body = load(USER_LIST)
    item = body["invoices"][0]
    reminder = body["reminders"][0]
    inv = user_invoice(
        account="a",
        key=InvoiceKey("5646903690", "7435367"),
        item=item,
        detail=None,
        reminders=[reminder],
    )
    assert inv.total == Decimal("295.00") and inv.issue_date == dt.date(2022, 1, 7)
    assert inv.due_date == dt.date(2022, 1, 21) and inv.payment is PaymentState.UNPAID
    assert inv.offers == () and inv.net is None
    (r,) = inv.reminders
    assert r.number == "1" and r.amount == Decimal(49) and r.type == "reminder"
    assert r.date == dt.date(2019, 6, 12) and r.due_date == dt.date(2019, 6, 28)
    assert r.link is not None and r.link.startswith("https://mediaconnect.no/")
    # the sample's reminder asks for less than the invoice's balance: no fee is implied
    assert r.fee is None and inv.fees is None
    assert inv.outstanding == Decimal("295.00") and inv.kind is Kind.INVOICE


@pytest.mark.parametrize(
    ("status", "paid", "amounts", "fees", "owed"),
    [
        # open: fee = reminder amount − (invoiceAmount − paidAmount); fees owed = the latest's
        ("notPaid", 0, (235, 270), (35, 70), Decimal(70)),
        ("partiallyPaid", 80, (155, 190), (35, 70), Decimal(70)),
        # paid since: the fee is measured against the total; nothing is owed any more
        ("paid", 200, (235,), (35,), None),
        # a reminder for less than the balance, or exactly it: no fee, never a negative one
        ("notPaid", 0, (150, 200), (None, None), None),
    ],
)
def test_reminder_fees_are_implied_from_the_list(status, paid, amounts, fees, owed):
    detail = {"invoiceAmount": 200, "paidAmount": paid, "invoicePaymentStatus": status}
    reminders = [
        {"invoiceNumber": 1, "reminderNumber": n, "amount": a} for n, a in enumerate(amounts, 1)
    ]
    inv = user_invoice(
        account="a", key=InvoiceKey("C", "1"), item=None, detail=detail, reminders=reminders[::-1]
    )
    assert [r.number for r in inv.reminders] == [str(n) for n in range(1, len(amounts) + 1)]
    assert [r.fee for r in inv.reminders] == [None if f is None else Decimal(f) for f in fees]
    assert inv.fees == owed and inv.outstanding == Decimal(200 - paid)


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        ("paid", None, PaymentState.PAID),
        ("notPaid", None, PaymentState.UNPAID),
        ("partiallyPaid", None, PaymentState.PARTIALLY_PAID),
        (None, "1", PaymentState.PAID),
        (None, "2", PaymentState.PARTIALLY_PAID),
        (None, "0", PaymentState.UNPAID),
        ("paid", "0", PaymentState.PAID),  # details win over the list code
    ],
)
def test_payment_state_mapping(status, code, expected):
    detail = {"invoicePaymentStatus": status} if status else None
    item = {"paymentStatus": code} if code else None
    inv = user_invoice(account="a", key=InvoiceKey("C", "1"), item=item, detail=detail)
    assert inv.payment is expected


def test_invoice_type_is_a_fact_never_a_kind():
    reminder = user_invoice(
        account="a", key=InvoiceKey("C", "1"), item=None, detail={"invoiceType": "reminderInvoice"}
    )
    final = user_invoice(
        account="a", key=InvoiceKey("C", "1"), item=None, detail={"invoiceType": "finalInvoice"}
    )
    # a reminder is an event of its invoice, never a claim: the type is shown, not counted apart
    assert (
        reminder.kind is Kind.INVOICE
        and Fact.of_code("connectid.invoice_type", "reminderInvoice") in reminder.facts
    )
    assert (
        final.kind is Kind.INVOICE
        and Fact.of_code("connectid.invoice_type", "finalInvoice") in final.facts
    )


def test_currency_from_details_else_nok_and_a_bad_code_is_an_error():
    make = lambda d: user_invoice(account="a", key=InvoiceKey("C", "9"), item=None, detail=d)  # noqa: E731
    assert make({"invoiceCurrency": "sek"}).currency == "SEK"
    assert make({}).currency == "NOK"
    with pytest.raises(ProviderDataError, match="C/9"):
        make({"invoiceCurrency": "kroner"})


def test_amounts_as_strings_or_numbers_and_a_bad_amount_names_the_invoice():
    make = lambda d: user_invoice(account="a", key=InvoiceKey("C", "9"), item=None, detail=d)  # noqa: E731
    assert make({"invoiceAmount": "1234.50"}).total == Decimal("1234.50")
    assert make({"invoiceAmount": Decimal("1234.5")}).total == Decimal("1234.5")
    with pytest.raises(ProviderDataError, match="C/9"):
        make({"invoiceAmount": "12,50"})


def test_wire_dates_epoch_ms_are_oslo_calendar_dates():
    # 2025-01-01 00:30 in Oslo is 2024-12-31T23:30Z: the Oslo date is the 1st.
    assert wire_date({"d": 1735687800000}, "d", "x") == dt.date(2025, 1, 1)
    # 2025-07-01 00:30 in Oslo (summer time) is 2025-06-30T22:30Z.
    assert wire_date({"d": 1751322600000}, "d", "x") == dt.date(2025, 7, 1)
    assert wire_date({"d": "1735687800000"}, "d", "x") == dt.date(2025, 1, 1)
    assert wire_date({"d": "2025-03-04"}, "d", "x") == dt.date(2025, 3, 4)
    assert wire_date({"d": ""}, "d", "x") is None
    with pytest.raises(ProviderDataError):
        wire_date({"d": "04.03.2025"}, "d", "x")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("www.invoicehotel.no", "https://www.invoicehotel.no"),
        ("http://mediaconnect.no/invoice/view/abc", "https://mediaconnect.no/invoice/view/abc"),
        ("HTTP://mediaconnect.no/x", "https://mediaconnect.no/x"),
        ("https://mediaconnect.no/x", "https://mediaconnect.no/x"),
        ("javascript:alert(1)", None),
        ("mailto:bill@mediaconnect.no", None),
        ("https://user:pw@mediaconnect.no/x", None),
        ("ftp://mediaconnect.no/x", None),
        ("", None),
        # the local sandbox speaks plain http on the loopback address: kept usable
        ("http://127.0.0.1:8080/invoice/view/abc", "http://127.0.0.1:8080/invoice/view/abc"),
        ("127.0.0.1:8080/invoice/view/abc", "http://127.0.0.1:8080/invoice/view/abc"),
    ],
)
def test_pdf_url_is_offered_only_as_https(raw, expected):
    assert pdf_url(raw) == expected


def test_include_time_and_description_variants_on_lines():
    detail = {
        "invoiceOfferInfo": [
            {
                "offerNumber": 1,
                "invoiceAmount": 1,
                "invoiceVatAmount": 0,
                "invoiceLineInfo": [
                    {
                        "desc": ["A", "B"],
                        "fromTime": "2025-01-01",
                        "incltime": "2025-02-01",
                        "invoiceAmount": "1.00",
                    }
                ],
            }
        ]
    }
    inv = user_invoice(account="a", key=InvoiceKey("C", "1"), item=None, detail=detail)
    (line,) = inv.offers[0].lines
    assert line.description == "A; B" and line.period_to == dt.date(2025, 2, 1)
    assert line.vat is None and line.total is None  # no VAT given: no total invented


def test_alternative_offers_keep_the_first_offer_as_net_and_vat():
    detail = {
        "invoiceOfferCount": 2,
        "invoiceAmount": 125,
        "invoiceOfferInfo": [
            {"offerNumber": 1, "invoiceAmount": 100, "invoiceVatAmount": 25},
            {"offerNumber": 2, "invoiceAmount": 60, "invoiceVatAmount": 15},
        ],
    }
    inv = user_invoice(account="a", key=InvoiceKey("C", "1"), item=None, detail=detail)
    assert (inv.total, inv.net, inv.vat) == (Decimal(125), Decimal(100), Decimal(25))
    assert [o.total for o in inv.offers] == [Decimal("125.00"), Decimal("75.00")]
    assert Fact.of_count("connectid.offers", 2) in inv.facts


def test_a_client_item_without_company_is_an_error_naming_it():
    with pytest.raises(ProviderDataError, match="invoice 12"):
        client_invoice("a", {"invoiceId": "12"})


def test_invoice_key_round_trip():
    for key in (InvoiceKey("FTOTT", "7"), InvoiceKey("FTOTT", "7", 2)):
        assert InvoiceKey.from_id(key.id) == key
    assert InvoiceKey.from_id("nonsense") is None


def test_error_message_order():
    both = Response(400, json={"errorMessage": "first", "error_description": "second"})
    assert _message(both) == "first"
    assert _message(Response(401, json={"error_description": "second"})) == "second"
    assert _message(Response(500, content=b"<html>")) == "Internal Server Error"
