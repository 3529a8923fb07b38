"""Money as Decimal + ISO 4217 code. No floats anywhere on the path from wire to screen."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, TextError

# Minor-unit exponents that differ from 2 (ISO 4217). Everything else has two decimals.
_EXPONENTS: dict[str, int] = {
    "BIF": 0,
    "CLP": 0,
    "DJF": 0,
    "GNF": 0,
    "ISK": 0,
    "JPY": 0,
    "KMF": 0,
    "KRW": 0,
    "PYG": 0,
    "RWF": 0,
    "UGX": 0,
    "VND": 0,
    "VUV": 0,
    "XAF": 0,
    "XOF": 0,
    "XPF": 0,
    "BHD": 3,
    "IQD": 3,
    "JOD": 3,
    "KWD": 3,
    "LYD": 3,
    "OMR": 3,
    "TND": 3,
}


#: more decimals (or a larger exponent) than this is no amount: it only makes writing it out slow
MAX_DECIMALS = 100


class AmountError(TextError, ValueError):
    """A value that should be an amount is not one."""


def currency_exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


def to_decimal(value: object) -> Decimal:
    """Parse a wire amount: a Decimal, an int, or a numeric string (``"295.00"``, ``"1 150,95"``
    is *not* accepted). Floats are rejected: callers must parse JSON with
    ``parse_float=Decimal``."""
    if isinstance(value, bool):
        raise AmountError(
            QT_TRANSLATE_NOOP("Errors", "expected an amount, got a boolean ({value!r})"),
            value=value,
        )
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            raise AmountError(
                QT_TRANSLATE_NOOP("Errors", "expected an amount, got an empty string")
            )
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise AmountError(
                QT_TRANSLATE_NOOP("Errors", "expected an amount, got {value!r}"), value=value[:40]
            ) from None
    else:
        raise AmountError(
            QT_TRANSLATE_NOOP("Errors", "expected an amount, got {type}"), type=type(value).__name__
        )
    if not result.is_finite():
        raise AmountError(
            QT_TRANSLATE_NOOP("Errors", "expected a finite amount, got {value!r}"),
            value=str(value)[:40],
        )
    # adjusted(), not abs(): abs(Decimal("1E+999999999")) overflows the decimal context
    if result and result.adjusted() >= 15:
        raise AmountError(
            QT_TRANSLATE_NOOP("Errors", "amount out of range: {value!r}"), value=str(value)[:40]
        )
    exponent = result.as_tuple().exponent
    if not isinstance(exponent, int) or not -MAX_DECIMALS <= exponent <= MAX_DECIMALS:
        # 1E-999999999 is finite and small, but written out it is a billion digits long
        raise AmountError(
            QT_TRANSLATE_NOOP("Errors", "amount has too many digits: {value!r}"),
            value=str(value)[:40],
        )
    return result


def quantize(amount: Decimal, currency: str) -> Decimal:
    """Round half up to the currency's minor unit (øre, cent)."""
    exp = _UNITS.get(currency)
    if exp is None:
        exp = _UNITS[currency] = Decimal(1).scaleb(-currency_exponent(currency))
    return amount.quantize(exp, rounding=ROUND_HALF_UP)


#: the minor unit of each currency seen (``Decimal("0.01")``), made once
_UNITS: dict[str, Decimal] = {}


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError("Money.amount must be a Decimal")
        if len(self.currency) != 3 or not self.currency.isalpha() or not self.currency.isupper():
            raise ValueError(f"not an ISO 4217 currency code: {self.currency!r}")

    def rounded(self) -> Money:
        return Money(quantize(self.amount, self.currency), self.currency)

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot subtract {other.currency} from {self.currency}")
        return Money(self.amount - other.amount, self.currency)
