from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from invoicedesk.domain import (
    AmountError,
    Invoice,
    Kind,
    Money,
    PaymentState,
    Status,
    derive_status,
    quantize,
    to_decimal,
)

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
    ("payment", "due", "flag", "expected"),
    [
        (PaymentState.PAID, dt.date(2020, 1, 1), True, Status.PAID),
        (PaymentState.UNPAID, dt.date(2026, 3, 14), False, Status.OVERDUE),
        (PaymentState.UNPAID, dt.date(2026, 3, 15), False, Status.UNPAID),  # due today: not late
        (PaymentState.UNPAID, None, False, Status.UNPAID),
        (PaymentState.UNPAID, dt.date(2026, 4, 1), True, Status.OVERDUE),  # provider says so
        (PaymentState.PARTIALLY_PAID, dt.date(2026, 1, 1), False, Status.PARTIALLY_PAID),
    ],
)
def test_status_from_payment_due_date_and_injected_today(payment, due, flag, expected):
    assert derive_status(payment, due, TODAY, flag) is expected


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
    assert unpaid.paid_or_zero() == Decimal("0.00")
    assert unpaid.outstanding_or_computed() == Decimal("100.01")
    paid = _invoice(payment=PaymentState.PAID, total=Decimal("50"))
    assert paid.paid_or_zero() == Decimal("50.00")
    assert paid.outstanding_or_computed() == Decimal("0.00")
    given = _invoice(total=Decimal("50"), paid_amount=Decimal("20"), outstanding=Decimal("30"))
    assert (given.paid_or_zero(), given.outstanding_or_computed()) == (Decimal(20), Decimal(30))
    assert _invoice().outstanding_or_computed() is None  # no total: nothing invented
