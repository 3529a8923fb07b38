"""Telecom X parsing: the spec's test vectors and data quirks, without a server."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from invoicedesk.domain import PaymentState
from invoicedesk.domain.facts import Fact, FactKind
from invoicedesk.providers import telecomx_parse as parse
from invoicedesk.providers.errors import ProviderDataError

# The seed doc's sample (wiki page api:invoice:get) with its trailing commas removed.
SEED_SAMPLE = """
{"_id": "54a978806d30733986cfa817", "customer": "54463ed73fc6ea53780080cf", "sent": false,
 "invoiceNumber": -1, "period": true, "invoiceDate": "2014-12-31T23:00:00.000Z",
 "dueDate": "2015-01-07T23:00:00.000Z", "paid": false, "headline": "Periode faktura",
 "lines": [
  {"product": "548ecd936b34cd1826f3ff2b", "productCode": "NUM01", "name": "Nummerleje",
   "description": "1 numre - Periode: 01-11-2014 - 31-03-2015", "units": 5, "type": "MONTHS",
   "unitWholesale": 20, "unitPrice": 25, "vatExempt": false},
  {"product": "54917e9940c67b6c3dd05a8c", "productCode": "FORBRUG1", "name": "Samtaler",
   "description":
     "SIP konto: Hovedkonto - kald: 544 - tid: 25:34:05 - periode: 01-12-2014 - 31-12-2014",
   "units": 1, "type": "UNITS", "unitWholesale": 398.18, "unitPrice": 792.22, "vatExempt": false},
  {"product": "54917e9940c67b6c3dd05a8c", "productCode": "FORBRUG1", "name": "Samtaler",
   "description": "SIP konto: Fax - kald: 15 - tid: 00:11:47 - periode: 01-12-2014 - 31-12-2014",
   "units": 1, "type": "UNITS", "unitWholesale": 1.63, "unitPrice": 3.54, "vatExempt": false}
 ],
 "subTotalWholesale": 499.81, "subTotal": 920.76, "vatWholesale": 124.95, "vat": 230.19,
 "total": 1150.95}
"""


def seed() -> dict:
    return json.loads(SEED_SAMPLE, parse_float=Decimal)


def build(item=None, detail=None, currency="DKK", names=None):
    return parse.invoice(
        item or {},
        detail if detail is not None else seed(),
        account="main",
        currency=currency,
        names=names or {},
    )


@pytest.mark.parametrize(
    ("wire", "day"),
    [
        ("2014-12-31T23:00:00.000Z", dt.date(2015, 1, 1)),  # CET: midnight is 23:00Z
        ("2015-01-07T23:00:00.000Z", dt.date(2015, 1, 8)),
        ("2015-06-30T22:00:00.000Z", dt.date(2015, 7, 1)),  # CEST: midnight is 22:00Z
        ("2015-03-28T23:00:00.000Z", dt.date(2015, 3, 29)),  # the night summer time starts
        ("2015-10-24T22:00:00.000Z", dt.date(2015, 10, 25)),  # the night it ends
        ("2015-10-25T23:00:00Z", dt.date(2015, 10, 26)),
        ("2015-01-01T00:00:00+01:00", dt.date(2015, 1, 1)),
        ("2015-01-01", dt.date(2015, 1, 1)),
        ("2015-01-01T00:00:00", dt.date(2015, 1, 1)),
        (1420066800000, dt.date(2015, 1, 1)),  # epoch ms of 2014-12-31T23:00Z
        (None, None),
        ("", None),
    ],
)
def test_dates_are_copenhagen_calendar_days(wire, day):
    assert parse.local_day(wire, "invoiceDate") == day


@pytest.mark.parametrize("bad", ["31-12-2014", "yesterday", True, Decimal("1.5"), {}])
def test_an_unreadable_date_is_a_data_error(bad):
    with pytest.raises(ProviderDataError):
        parse.local_day(bad, "invoiceDate")


@pytest.mark.parametrize(
    ("wire", "number", "unnumbered"),
    [
        (-1, "-1", True),
        ("-1", "-1", True),
        ("10234", "10234", False),
        (10234, "10234", False),
        (Decimal("10234"), "10234", False),
        (None, None, False),
    ],
)
def test_invoice_number_accepts_number_and_string(wire, number, unnumbered):
    assert parse.invoice_number(wire) == (number, unnumbered)


def test_seed_sample_parses_to_the_documented_figures():
    invoice = build()
    assert invoice.id == "54a978806d30733986cfa817"
    assert invoice.number == "-1"
    assert Fact("telecomx.invoice_number", FactKind.CODE, text="-1") in invoice.facts
    assert invoice.issue_date == dt.date(2015, 1, 1)
    assert invoice.due_date == dt.date(2015, 1, 8)
    assert (invoice.net, invoice.vat, invoice.total) == (
        Decimal("920.76"),
        Decimal("230.19"),
        Decimal("1150.95"),
    )
    assert invoice.currency == "DKK"
    assert invoice.payment is PaymentState.UNPAID and invoice.paid_amount is None
    assert invoice.description == "Periode faktura"
    first = invoice.lines[0]
    assert (first.quantity, first.unit, first.unit_price) == (Decimal(5), "MONTHS", Decimal(25))
    assert (first.net, first.vat, first.total) == (
        Decimal("125.00"),
        Decimal("31.25"),
        Decimal("156.25"),
    )
    assert first.vat_rate == Decimal(25)
    assert first.unit_wholesale == Decimal(20) and first.unit_cost is None
    assert first.product_code == "NUM01"
    assert "Nummerleje" in first.description and "01-11-2014" in first.description
    # the wholesale view: subtotals and the margin 920.76 - 499.81
    facts = {f.key: f for f in invoice.facts}
    assert facts["telecomx.subtotal_wholesale"] == Fact.of_money(
        "telecomx.subtotal_wholesale", Decimal("499.81"), "DKK"
    )
    assert facts["telecomx.vat_wholesale"].amount == Decimal("124.95")
    assert facts["telecomx.margin"].amount == Decimal("420.95")
    assert facts["telecomx.margin"].currency == "DKK"
    assert "telecomx.subtotal_cost" not in facts
    assert invoice.customer.number == "54463ed73fc6ea53780080cf"


def test_the_account_currency_is_used_since_the_api_has_none():
    assert build(currency="EUR").currency == "EUR"


def test_vat_exempt_line_has_no_vat_and_fractional_units_round_half_up():
    detail = seed()
    detail["lines"] = [
        {"units": 1, "unitPrice": 50, "vatExempt": True, "name": "Udlæg", "type": "UNITS"},
        {"units": Decimal("12.5"), "unitPrice": Decimal("1.95"), "type": "MIN"},
        {"units": 3, "unitPrice": Decimal("0.15")},  # 0.45 net, VAT 0.1125 -> 0.11
    ]
    exempt, minutes, small = build(detail=detail).lines
    assert (exempt.vat_rate, exempt.net, exempt.vat, exempt.total) == (
        Decimal(0),
        Decimal("50.00"),
        Decimal("0.00"),
        Decimal("50.00"),
    )
    assert minutes.net == Decimal("24.38")  # 24.375 rounds half up
    assert minutes.vat == Decimal("6.10")  # 25 % of 24.38 = 6.095
    assert small.vat == Decimal("0.11")


def test_missing_fields_stay_none():
    detail = {"_id": "54a978806d30733986cfa817", "lines": [{"name": "Samtaler"}]}
    invoice = build(detail=detail)
    assert invoice.net is invoice.vat is invoice.total is None
    assert invoice.number is None and invoice.issue_date is None and invoice.customer is None
    line = invoice.lines[0]
    assert line.net is line.quantity is line.unit_price is None
    assert line.description == "Samtaler"


def test_cost_fields_of_an_admin_login():
    detail = seed()
    detail["subTotalCost"] = Decimal("300.10")
    detail["vatCost"] = Decimal("75.03")
    detail["lines"][0]["unitCost"] = 12
    invoice = build(detail=detail)
    facts = {f.key: f for f in invoice.facts}
    assert facts["telecomx.subtotal_cost"].amount == Decimal("300.10")
    assert facts["telecomx.vat_cost"].amount == Decimal("75.03")
    assert invoice.lines[0].unit_cost == Decimal(12)


def test_customer_as_id_or_expanded_object():
    by_id = build(names={"54463ed73fc6ea53780080cf": "Bageriet Hansen ApS"})
    assert by_id.customer.name == "Bageriet Hansen ApS"
    item = {
        "_id": "54a978806d30733986cfa817",
        "customer": {
            "_id": "54463ED73FC6EA53780080CF",
            "name": "Café Møllen",
            "finance": {"vatNumber": "DK12345678", "emailAddress": "bogholderi@mollen.dk"},
            "addresses": [
                {
                    "type": "INVOICE",
                    "address": "Møllegade 2",
                    "zip": "5000",
                    "city": "Odense C",
                    "country": "DK",
                }
            ],
        },
    }
    expanded = build(item=item)  # the detail's customer is the id; the item's object wins
    assert expanded.customer.name == "Café Møllen"
    assert expanded.customer.number == "54463ED73FC6EA53780080CF"
    assert expanded.customer.organisation_number == "DK12345678"
    assert expanded.customer.email == "bogholderi@mollen.dk"
    assert expanded.customer.address.as_text() == "Møllegade 2\n5000 Odense C\nDK"


def test_subtotals_from_the_list_item_when_the_detail_omits_them():
    detail = seed()
    for key in ("subTotal", "vat", "total"):
        del detail[key]
    item = {
        "_id": detail["_id"],
        "subTotal": Decimal("920.76"),
        "vat": Decimal("230.19"),
        "total": Decimal("1150.95"),
    }
    assert build(item=item, detail=detail).total == Decimal("1150.95")


def test_paid_flag_and_line_periods():
    detail = seed()
    detail["paid"] = True
    detail["invoiceNumber"] = "10234"
    detail["lines"][0]["from"] = "2015-05-31T22:00:00.000Z"
    detail["lines"][0]["to"] = "2015-06-29T22:00:00.000Z"
    invoice = build(detail=detail)
    assert invoice.payment is PaymentState.PAID
    assert invoice.number == "10234"
    assert "telecomx.invoice_number" not in {f.key for f in invoice.facts}
    assert invoice.lines[0].period_from == dt.date(2015, 6, 1)
    assert invoice.lines[0].period_to == dt.date(2015, 6, 30)


@pytest.mark.parametrize(
    "change",
    [
        {"subTotal": "lots"},
        {"paid": "maybe"},
        {"invoiceDate": "31/12/2014"},
        {"lines": {"not": "a list"}},
        {"lines": ["not an object"]},
    ],
)
def test_an_unreadable_invoice_is_an_error_naming_its_id(change):
    detail = {**seed(), **change}
    with pytest.raises(ProviderDataError, match="54a978806d30733986cfa817"):
        build(detail=detail)


def test_no_float_anywhere():
    invoice = build()
    for line in invoice.lines:
        for value in (line.quantity, line.unit_price, line.net, line.vat, line.total):
            assert isinstance(value, Decimal)
    for value in (invoice.net, invoice.vat, invoice.total):
        assert isinstance(value, Decimal)


@pytest.mark.parametrize(
    ("number", "sent", "kind"),
    [
        (-1, False, "draft"),  # the spec's sample: a JSON number
        ("-1", True, "draft"),  # "-1 ... waiting to be set by the accounting system"
        ("10042", False, "draft"),  # numbered, but not sent to the customer yet
        ("10042", True, "invoice"),
        ("10042", None, "invoice"),  # "sent" absent: nothing says it is a draft
    ],
)
def test_unnumbered_or_unsent_documents_are_drafts(number, sent, kind):
    from invoicedesk.domain import Kind
    from invoicedesk.providers import telecomx_parse

    item = {"_id": "a1", "invoiceNumber": number, "total": 125, "paid": False}
    if sent is not None:
        item["sent"] = sent
    inv = telecomx_parse.invoice(item, {}, account="a", currency="DKK", names={})
    assert inv.kind is Kind(kind)
    assert inv.outstanding == 125  # the total until paid
    paid = telecomx_parse.invoice({**item, "paid": True}, {}, account="a", currency="DKK", names={})
    assert paid.outstanding == 0
