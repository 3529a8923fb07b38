"""Money, dates and labels for the screen. Babel does the locale work; Decimal all the way.

Amounts are rounded half-up to the currency's minor unit (:func:`invoicedesk.domain.quantize`)
and formatted with :func:`babel.numbers.format_currency` (never QLocale, never float) with as
many decimals as ISO 4217 gives the currency: CLDR's own digits would round HUF 1234.50 to
"HUF 1,234" and IQD 10.125 to "IQD 10". One date format (the locale's short date) and one
money format per language, everywhere: table, detail, strip, aging, tooltips, provider facts.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import format_currency, format_decimal, format_percent
from PySide6.QtCore import QCoreApplication

from invoicedesk.domain import Direction, Kind, PaymentState, Status, quantize
from invoicedesk.domain.money import currency_exponent

#: app language -> Babel locale
BABEL_LOCALES = {"en": "en_GB", "nb": "nb_NO", "da": "da_DK", "nl": "nl_NL"}

#: how providers are named on screen
PROVIDER_LABELS = {
    "sendregning": "SendRegning",
    "telecomx": "Telecom X",
    "buckaroo": "Buckaroo",
    "connectid": "MediaConnect/ConnectID",
}

#: CLDR "currencySpacing", which Babel does not apply: a currency code written as letters gets a
#: no-break space next to the digits ("NOK\u00a01,234.50", not "NOK1,234.50")
_CURRENCY_SPACING = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")

#: amount pattern without currency sign; its "0.00" becomes the currency's own digits
_PLAIN_PATTERN = "#,##0.00"


def with_digits(pattern: str, currency: str) -> str:
    """A CLDR money pattern with the currency's ISO 4217 decimals instead of two."""
    digits = currency_exponent(currency)
    return pattern.replace("0.00", "0." + "0" * digits if digits else "0")


def babel_locale(language: str) -> str:
    return BABEL_LOCALES.get(language.split("_")[0].split("-")[0].lower(), "en_GB")


def provider_label(provider: str) -> str:
    return PROVIDER_LABELS.get(provider, provider)


def provider_short_label(provider: str) -> str:
    """For narrow places such as the table's provider column."""
    return PROVIDER_LABELS.get(provider, provider).split("/")[-1]


class Formats:
    """Formatting bound to one locale; results cached (the table asks for the same cell often)."""

    def __init__(self, language: str = "en") -> None:
        self.language = language
        self.locale = babel_locale(language)
        standard = Locale.parse(self.locale).currency_formats["standard"]
        self._standard_pattern = str(getattr(standard, "pattern", "¤#,##0.00"))
        self.money = lru_cache(maxsize=65536)(self._money)
        self.amount = lru_cache(maxsize=65536)(self._amount)
        self.date = lru_cache(maxsize=8192)(self._date)

    def warm_up(self) -> None:
        """Load the locale's number and date data now (Babel reads it on first use, tens of
        milliseconds): call from a worker so the GUI thread never pays it."""
        format_currency(Decimal(0), "EUR", locale=self.locale)
        format_date(dt.date(2000, 1, 1), "short", locale=self.locale)

    def _money(self, amount: Decimal | None, currency: str) -> str:
        """``kr 1 150,95``: the amount with its currency, rounded to the currency's unit."""
        if amount is None:
            return ""
        text = format_currency(
            quantize(amount, currency),
            currency,
            format=with_digits(self._standard_pattern, currency),
            currency_digits=False,
            locale=self.locale,
        )
        return _CURRENCY_SPACING.sub("\u00a0", text)

    def _amount(self, amount: Decimal | None, currency: str) -> str:
        """``1 150,95``: the amount without currency sign (the table has a currency column)."""
        if amount is None:
            return ""
        return format_currency(
            quantize(amount, currency),
            currency,
            format=with_digits(_PLAIN_PATTERN, currency),
            currency_digits=False,
            locale=self.locale,
        )

    def _date(self, value: dt.date | None) -> str:
        """The one date format of the language (CLDR's short date, four-digit year)."""
        if value is None:
            return ""
        return format_date(value, "short", locale=self.locale)

    def qt_date_format(self) -> str:
        """The language's short date as a Qt display format (date boxes type and show dates as
        the language writes them), with a four-digit year."""
        pattern = str(getattr(Locale.parse(self.locale).date_formats["short"], "pattern", ""))
        return re.sub(r"y+", "yyyy", pattern) or "yyyy-MM-dd"

    def datetime(self, value: dt.datetime | None) -> str:
        """A moment in the user's local time zone, short form."""
        if value is None:
            return ""
        if value.tzinfo is not None:
            value = value.astimezone()
        return format_datetime(value, "short", locale=self.locale)

    def moment(self, value: dt.datetime, now: dt.datetime | None = None) -> str:
        """Compact: the time for a moment today, the date otherwise (local time zone)."""
        local = value.astimezone() if value.tzinfo is not None else value
        current = now or dt.datetime.now(local.tzinfo)
        if local.date() == current.date():
            return format_time(local, "short", locale=self.locale)
        return self.date(local.date())

    def decimal(self, value: Decimal | None) -> str:
        """Quantities and similar plain numbers, as precise as given."""
        if value is None:
            return ""
        return format_decimal(value, locale=self.locale, decimal_quantization=False)

    def unit_amount(self, value: Decimal | None) -> str:
        """A unit price (or cost) as given: at least two decimals, more when the provider sends
        them (a per-minute rate of 0.0125 stays 0.0125)."""
        if value is None:
            return ""
        return format_decimal(
            value, format="#,##0.00", locale=self.locale, decimal_quantization=False
        )

    def percent(self, value: Decimal | None) -> str:
        """A rate given in percent (``25`` -> ``25 %``)."""
        if value is None:
            return ""
        return format_percent(value / 100, locale=self.locale, decimal_quantization=False)


def status_label(
    status: Status, payment: PaymentState | None = None, days_past: int | None = None
) -> str:
    """The status as a bookkeeper reads it: "Overdue · partly paid", "Due today", "Draft"."""
    if status is Status.OVERDUE and payment is PaymentState.PARTIALLY_PAID:
        return QCoreApplication.translate("formatting", "Overdue · partly paid")
    if status in (Status.UNPAID, Status.PARTIALLY_PAID) and days_past == 0:
        if status is Status.PARTIALLY_PAID:
            return QCoreApplication.translate("formatting", "Due today · partly paid")
        return QCoreApplication.translate("formatting", "Due today")
    labels = {
        Status.PAID: QCoreApplication.translate("formatting", "Paid"),
        Status.PARTIALLY_PAID: QCoreApplication.translate("formatting", "Partially paid"),
        Status.UNPAID: QCoreApplication.translate("formatting", "Unpaid"),
        Status.OVERDUE: QCoreApplication.translate("formatting", "Overdue"),
        Status.DRAFT: QCoreApplication.translate("formatting", "Draft"),
    }
    return labels[status]


def kind_label(kind: Kind) -> str:
    labels = {
        Kind.INVOICE: QCoreApplication.translate("formatting", "Invoice"),
        Kind.CREDIT_NOTE: QCoreApplication.translate("formatting", "Credit note"),
        Kind.DRAFT: QCoreApplication.translate("formatting", "Draft"),
    }
    return labels[kind]


def direction_label(direction: Direction | str) -> str:
    """The table's word for a direction."""
    if Direction(direction) is Direction.PAYABLE:
        return QCoreApplication.translate("formatting", "Payable")
    return QCoreApplication.translate("formatting", "Receivable")


def aging_bucket_label(bucket: str) -> str:
    """An aging bucket's column title."""
    labels = {
        "not_due": QCoreApplication.translate("formatting", "Not yet due"),
        "1-30": QCoreApplication.translate("formatting", "1–30 days"),
        "31-60": QCoreApplication.translate("formatting", "31–60 days"),
        "61-90": QCoreApplication.translate("formatting", "61–90 days"),
        "over_90": QCoreApplication.translate("formatting", "Over 90 days"),
    }
    return labels[bucket]


def direction_heading(direction: Direction | str) -> str:
    """The totals strip's and aging panel's heading for a direction."""
    if Direction(direction) is Direction.PAYABLE:
        return QCoreApplication.translate("formatting", "You owe")
    return QCoreApplication.translate("formatting", "Owed to you")


def not_numbered_label() -> str:
    return QCoreApplication.translate("formatting", "not yet numbered")


def is_unnumbered(provider: str, number: str | None) -> bool:
    """Telecom X gives ``-1`` as the number of an invoice it has not numbered yet."""
    return provider == "telecomx" and number == "-1"


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    if value:
        return QCoreApplication.translate("formatting", "yes")
    return QCoreApplication.translate("formatting", "no")
