"""Buckaroo parsing quirks (case-insensitive names, dates, amounts, payment state) and the
tracked-invoices CSV."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest

from invoicedesk.domain import PaymentState
from invoicedesk.domain.facts import Fact
from invoicedesk.providers.buckaroo_parse import (
    TrackedEntry,
    parse_date,
    parse_invoice,
    read_tracked_csv,
    request_error_messages,
    tracked_from_options,
)
from invoicedesk.providers.errors import ConfigError, ProviderDataError


def invoice_json(**changes):
    base = {
        "Key": "13FAF43579D94F5FB8119A6819000000", "Number": "INV-7", "CustomerID": "C-17",
        "CreditManagement": True, "Test": False,
        "Status": {"CMStatus": 2, "Running": True, "RemindersSent": 2,
                   "AgencyStatusAsString": "unsent", "AgencyUpdates": []},
        "Paid": False, "Paylink": "https://pay.example/x", "Currency": "EUR",
        "AmountDebit": 121.0, "AmountCredit": 0.0, "AmountVat": 21.0, "AmountCreditVat": 0.0,
        "AmountPaid": 0.0, "SurchargeAmount": 0.0, "MaxReminderLevel": 3,
        "InvoiceDate": "2022-08-22T00:00:00+02:00", "DueDate": "2022-09-05T00:00:00+02:00",
        "CreatedDatetime": "2022-08-22T14:33:56.26112+02:00",
        "StatusDatetime": "2022-08-22T13:39:39.9448709+02:00",
        "EstimatedNextStepDate": "2022-09-12T00:00:00+02:00",
        "CreditNotes": [{"Number": "CN-1", "Amount": 12.1, "AmountVat": 2.1,
                         "Description": "Retour"}],
        "Transactions": [{
            "ID": "4E8BD922192746C3918BF4077C1A2B3C", "Type": "T001", "TypeDescription": "Payment",
            "Test": False, "Currency": "EUR", "AmountDebit": 50.0, "AmountCredit": 0.0,
            "AmountRefundable": 40.0, "Description": "Partial payment",
            "CreatedDatetime": "2022-08-25T10:12:00.12345+02:00",
            "Status": {"Success": True, "Code": "190", "Message": "Success",
                       "Datetime": "2021-12-23T11:09:24"},
            "Refunds": [{"ID": "R1", "Amount": 10.0, "RefundDate": "2022-08-27T09:00:00+02:00",
                         "Status": {"Success": True, "Code": "190", "Message": "Success",
                                    "Datetime": "2022-08-27T09:00:01+02:00"}}]}],
        "Order": "ORD-881",
    }  # fmt: skip
    base.update(changes)
    # through real JSON with Decimal, as the client reads it
    return json.loads(json.dumps(base), parse_float=Decimal)


def parse(raw):
    return parse_invoice(raw, provider="buckaroo", account="main")


def test_fields_map_to_the_domain_with_exact_decimals():
    inv = parse(invoice_json(AmountPaid=50.0))
    assert (inv.id, inv.number, inv.customer.number) == ("13FAF43579D94F5FB8119A6819000000",
                                                         "INV-7", "C-17")  # fmt: skip
    assert (inv.total, inv.vat, inv.net) == (Decimal("121.0"), Decimal("21.0"), Decimal("100.00"))
    assert inv.paid_amount == Decimal("50.0") and inv.outstanding == Decimal("71.00")
    assert inv.payment is PaymentState.PARTIALLY_PAID
    assert inv.credit_notes[0].total == Decimal("12.1") and inv.credit_notes[0].net == Decimal(
        "10.00"
    )
    tx = inv.transactions[0]
    assert (tx.id, tx.type, tx.amount_debit, tx.success, tx.status_code) == (
        "4E8BD922192746C3918BF4077C1A2B3C",
        "Payment",
        Decimal("50.0"),
        True,
        "190",
    )
    assert tx.refunds[0].amount == Decimal("10.0") and tx.refunds[0].date == dt.date(2022, 8, 27)
    assert inv.pay_url == "https://pay.example/x" and inv.order_reference == "ORD-881"
    facts = {f.key: f for f in inv.facts}
    assert facts["buckaroo.cm_status"].text == "2" and facts["buckaroo.reminders_sent"].amount == 2
    assert facts["buckaroo.max_reminder_level"].amount == 3
    assert facts["buckaroo.agency_status"].text == "unsent"
    assert facts["buckaroo.estimated_next_step"].day == dt.date(2022, 9, 12)

    def no_float(value):
        if dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                no_float(getattr(value, f.name))
        elif isinstance(value, tuple):
            for v in value:
                no_float(v)
        else:
            assert not isinstance(value, float)

    no_float(inv)


def test_property_names_are_read_case_insensitively():
    canonical = parse(invoice_json())
    text = json.dumps(invoice_json(), default=str)
    for a, b in (("CustomerID", "CustomerId"), ('"ID"', '"Id"'), ("Datetime", "DateTime"),
                 ("CMStatus", "CmStatus"), ("AmountDebit", "amountdebit")):  # fmt: skip
        text = text.replace(a, b)
    variant = parse(json.loads(text, parse_float=Decimal))
    assert dataclasses.replace(variant, facts=()) == dataclasses.replace(canonical, facts=())
    assert variant.customer.number == "C-17" and variant.transactions[0].id
    assert Fact.of_code("buckaroo.cm_status", "2") in variant.facts


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2022-08-22T14:33:56.26112+02:00", dt.date(2022, 8, 22)),  # 5 fractional digits
        ("2022-08-22T13:39:39.9448709+02:00", dt.date(2022, 8, 22)),  # 7 fractional digits
        ("2021-12-23T11:09:24", dt.date(2021, 12, 23)),  # no offset: Amsterdam
        ("2022-08-22T00:00:00+02:00", dt.date(2022, 8, 22)),  # 21 August 22:00 in UTC
        ("2022-08-22T23:30:00-05:00", dt.date(2022, 8, 22)),  # that offset's local date
        ("2022-08-22", dt.date(2022, 8, 22)),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_the_calendar_date_in_their_own_offset(text, day):
    assert parse_date(text, "d") == day


def test_bad_date_names_the_field():
    with pytest.raises(ProviderDataError, match="DueDate"):
        parse(invoice_json(DueDate="22/08/2022"))


def test_payment_state_rules():
    assert parse(invoice_json(Paid=True)).payment is PaymentState.PAID
    # outstanding = debit - credit - paid <= 0 counts as paid even when Paid says false
    credited = parse(invoice_json(AmountCredit=71.0, AmountPaid=50.0))
    assert credited.payment is PaymentState.PAID and credited.outstanding == Decimal("0.00")
    assert parse(invoice_json()).payment is PaymentState.UNPAID


def test_outstanding_is_rounded_to_the_currency():
    inv = parse(invoice_json(AmountDebit=100.005, AmountVat=17.3555, AmountPaid=0.0))
    assert inv.outstanding == Decimal("100.01") and inv.net == Decimal("82.65")
    assert inv.total == Decimal("100.005")  # the provider's own figure, unrounded


def test_agency_status_may_be_an_int_and_pay_links_must_be_http():
    raw = invoice_json(Paylink="javascript:alert(1)")
    raw["Status"]["AgencyStatusAsString"] = 3
    inv = parse(raw)
    assert Fact.of_code("buckaroo.agency_status", "3") in inv.facts
    assert inv.pay_url is None


def test_transaction_status_code_object_is_accepted():
    raw = invoice_json()
    raw["Transactions"][0]["Status"]["Code"] = {"Code": 190, "Description": "Success"}
    assert parse(raw).transactions[0].status_code == "190"


def test_missing_key_or_currency_or_bad_amount_is_an_error():
    with pytest.raises(ProviderDataError, match="INV-7"):
        parse(invoice_json(Key=None))
    with pytest.raises(ProviderDataError, match="currency"):
        parse(invoice_json(Currency=""))
    with pytest.raises(ProviderDataError, match="AmountVat"):
        parse(invoice_json(AmountVat="twenty"))


def test_request_errors_are_collected():
    body = {
        "RequestErrors": {
            "ChannelErrors": [],
            "ParameterErrors": [
                {"Name": "Number", "Error": "ParameterInvalid", "ErrorMessage": "Number is invalid"}
            ],
        }
    }
    assert request_error_messages(body) == ["Number is invalid"]
    assert request_error_messages({"RequestErrors": None}) is None
    assert request_error_messages({"requestErrors": {}}) == [
        "Buckaroo reported an error without a message"]  # fmt: skip


# ---- tracked invoices ----------------------------------------------------------------------


def test_options_are_split_and_deduplicated():
    items = tracked_from_options(" AB12 , ab12,CD34", "INV-1,,INV-2", "C-1")
    assert items.entries == (
        TrackedEntry(key="AB12"), TrackedEntry(key="CD34"), TrackedEntry(number="INV-1"),
        TrackedEntry(number="INV-2"), TrackedEntry(customer_id="C-1"),
    )  # fmt: skip
    with pytest.raises(ConfigError, match="invoice_keys"):
        tracked_from_options("AB/12", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "key,number,customer_id\nAB12,INV-1,\n,,C-9\n\n,INV-2,\n",
        "\ufeffKey;Number;CustomerID\nAB12;INV-1;\n;;C-9\n;INV-2;\n",
    ],
)
def test_csv_with_any_header_spelling(tmp_path, text):
    path = tmp_path / "tracked.csv"
    path.write_text(text, encoding="utf-8")
    assert read_tracked_csv(path).entries == (
        TrackedEntry(key="AB12", number="INV-1"),
        TrackedEntry(customer_id="C-9"),
        TrackedEntry(number="INV-2"),
    )


def test_csv_tab_separated_with_extra_columns(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Note\tNumber\n  first\tINV-3\n", encoding="utf-8")
    assert read_tracked_csv(path).entries == (TrackedEntry(number="INV-3"),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("invoice,amount\nX,1\n", "line 1"),
        ("key,number\nAB12,INV-1\nbad key!,\n", "line 3"),
        ("key,number\nAB12,INV-1,extra\n", "line 2"),
        ("key,number,note\n,,hello\n", "line 2"),
        ("", "empty"),
    ],
)
def test_csv_errors_name_the_line(tmp_path, text, message):
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        read_tracked_csv(path)


def test_csv_missing_or_not_utf8(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        read_tracked_csv(tmp_path / "nope.csv")
    path = tmp_path / "latin.csv"
    path.write_bytes("number\nF\xe6ktura\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="UTF-8"):
        read_tracked_csv(path)
