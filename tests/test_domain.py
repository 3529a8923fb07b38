from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from invoicedesk.domain import (
    AmountError,
    Direction,
    Invoice,
    Kind,
    Money,
    PaymentState,
    Status,
    account_direction,
    aging_bucket,
    claim_outstanding,
    claim_status,
    days_overdue,
    days_past_due,
    paid_amount,
    quantize,
    to_decimal,
)
from invoicedesk.domain.aging import Aging

TODAY = dt.date(2026, 3, 15)


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        ("2.345", "NOK", "2.35"),  # half up, not banker's rounding
        ("2.335", "NOK", "2.34"),
        ("-2.345", "EUR", "-2.35"),
        ("100.5", "JPY", "101"),
        ("1.2345", "KWD", "1.235"),
    ],
)
def test_quantize_rounds_half_up_to_the_currency_exponent(amount, currency, expected):
    assert str(quantize(Decimal(amount), currency)) == expected
    assert str(Money(Decimal(amount), currency).rounded().amount) == expected


@pytest.mark.parametrize("value", [1.5, True, "abc", "", "NaN", "Infinity", "1e20", None, [1]])
def test_to_decimal_rejects_what_is_not_an_exact_amount(value):
    with pytest.raises(AmountError):
        to_decimal(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("295.00", "295.00"), (295, "295"), (Decimal("0.10"), "0.10"), (" 7 ", "7")],
)
def test_to_decimal_accepts_strings_ints_and_decimals(value, expected):
    assert str(to_decimal(value)) == expected


def test_money_refuses_mixed_currencies_and_floats():
    with pytest.raises(ValueError, match="cannot add"):
        Money(Decimal(1), "NOK") + Money(Decimal(1), "DKK")
    with pytest.raises(TypeError):
        Money(1.5, "NOK")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money(Decimal(1), "nok")


@pytest.mark.parametrize(
    ("kind", "payment", "owes", "due", "expected"),
    [
        (Kind.INVOICE, PaymentState.PAID, False, dt.date(2020, 1, 1), Status.PAID),
        (Kind.INVOICE, PaymentState.UNPAID, True, dt.date(2026, 3, 14), Status.OVERDUE),
        (Kind.INVOICE, PaymentState.UNPAID, True, dt.date(2026, 3, 15), Status.UNPAID),  # due today
        (Kind.INVOICE, PaymentState.UNPAID, True, None, Status.UNPAID),
        # a past-due, partly paid claim is overdue, in every view
        (Kind.INVOICE, PaymentState.PARTIALLY_PAID, True, dt.date(2026, 1, 1), Status.OVERDUE),
        (
            Kind.INVOICE,
            PaymentState.PARTIALLY_PAID,
            True,
            dt.date(2026, 4, 1),
            Status.PARTIALLY_PAID,
        ),
        # a draft is never owed, never overdue
        (Kind.DRAFT, PaymentState.UNPAID, True, dt.date(2015, 1, 8), Status.DRAFT),
        # nothing outstanding: nothing overdue
        (Kind.INVOICE, PaymentState.UNPAID, False, dt.date(2026, 1, 1), Status.UNPAID),
        (Kind.CREDIT_NOTE, PaymentState.UNPAID, True, dt.date(2026, 1, 1), Status.OVERDUE),
    ],
)
def test_one_status_rule_on_provider_local_dates_and_an_injected_today(
    kind, payment, owes, due, expected
):
    assert claim_status(kind, payment, owes, days_past_due(due, TODAY)) is expected


def test_days_overdue_only_for_overdue_claims():
    assert days_past_due(dt.date(2026, 3, 10), TODAY) == 5
    assert days_overdue(Status.OVERDUE, 5) == 5
    assert days_overdue(Status.UNPAID, 0) is None
    assert days_overdue(Status.PAID, 40) is None


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (None, "not_due"),
        (-3, "not_due"),
        (0, "not_due"),
        (1, "1-30"),
        (30, "1-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "over_90"),
    ],
)
def test_aging_buckets_edges(days, bucket):
    assert aging_bucket(days) == bucket


def test_direction_defaults_and_override():
    assert account_direction("sendregning", {}) is Direction.RECEIVABLE
    assert account_direction("connectid", {}) is Direction.PAYABLE  # user mode: bills received
    assert account_direction("connectid", {"mode": "client"}) is Direction.RECEIVABLE
    assert account_direction("connectid", {"direction": "receivable"}) is Direction.RECEIVABLE
    assert account_direction("telecomx", {"direction": "Payable"}) is Direction.PAYABLE
    with pytest.raises(ValueError):
        account_direction("telecomx", {"direction": "sideways"})


def _invoice(**kw):
    base = dict(
        provider="p",
        account="a",
        id="1",
        number="1",
        kind=Kind.INVOICE,
        currency="NOK",
        payment=PaymentState.UNPAID,
    )
    return Invoice(**{**base, **kw})


def test_paid_and_outstanding_are_computed_only_when_not_given():
    unpaid = _invoice(total=Decimal("100.005"))
    assert paid_amount(unpaid) == Decimal("0.00")
    assert claim_outstanding(unpaid) == Decimal("100.01")
    paid = _invoice(payment=PaymentState.PAID, total=Decimal("50"))
    assert paid_amount(paid) == Decimal("50.00")
    assert claim_outstanding(paid) == Decimal("0.00")
    given = _invoice(total=Decimal("50"), paid_amount=Decimal("20"), outstanding=Decimal("30"))
    assert (paid_amount(given), claim_outstanding(given)) == (Decimal(20), Decimal(30))
    assert claim_outstanding(_invoice()) is None  # no total: nothing invented


def test_fees_are_added_to_the_outstanding_once_and_not_when_paid():
    reminded = _invoice(total=Decimal("846.55"), paid_amount=Decimal(0), fees=Decimal("70.00"))
    assert claim_outstanding(reminded) == Decimal("916.55")
    settled = _invoice(total=Decimal("846.55"), payment=PaymentState.PAID, fees=Decimal("70"))
    assert claim_outstanding(settled) == Decimal("0.00")


def test_aging_report_counts_each_claim_once_and_leaves_out_drafts_and_paid():
    as_of = dt.date(2026, 12, 5)
    invoices = [
        _invoice(id="1", total=Decimal("1200.00"), due_date=dt.date(2026, 12, 5)),
        _invoice(id="2", total=Decimal("350.00"), due_date=dt.date(2026, 10, 20)),  # 46 days
        _invoice(id="3", total=Decimal("9000.00"), due_date=dt.date(2026, 1, 1)),
        _invoice(id="4", kind=Kind.DRAFT, total=Decimal("5.00"), due_date=dt.date(2015, 1, 8)),
        _invoice(id="5", payment=PaymentState.PAID, total=Decimal("7.00")),
        _invoice(
            id="6",
            total=Decimal("100.00"),
            currency="EUR",
            direction=Direction.PAYABLE,
            due_date=dt.date(2026, 11, 30),
        ),
    ]
    report = Aging().add_invoices(invoices, as_of).as_json(as_of)
    assert report == {
        "as_of": "2026-12-05",
        "receivable": {
            "NOK": {
                "not_due": "1200.00",
                "1-30": "0.00",
                "31-60": "350.00",
                "61-90": "0.00",
                "over_90": "9000.00",
                "outstanding": "10550.00",
                "count": 3,
            }
        },
        "payable": {
            "EUR": {
                "not_due": "0.00",
                "1-30": "100.00",
                "31-60": "0.00",
                "61-90": "0.00",
                "over_90": "0.00",
                "outstanding": "100.00",
                "count": 1,
            }
        },
    }
