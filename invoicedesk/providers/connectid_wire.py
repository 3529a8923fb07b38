"""ConnectID wire scalars: invoice numbers as numbers or strings, dates as ``YYYY-MM-DD`` or epoch
milliseconds (-> Europe/Oslo calendar date), ``invoiceHotelUrl`` without a scheme or with plain
``http://``; and :class:`InvoiceKey`, what the details call needs. Pure: no I/O."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers.errors import ProviderDataError
from invoicedesk.providers.places import Place

OSLO = ZoneInfo("Europe/Oslo")
#: list amounts carry no currency; the details' ``invoiceCurrency`` is presumably NOK when absent
DEFAULT_CURRENCY = "NOK"
#: the company of an invoice known only from reminders that name none
UNKNOWN_COMPANY = "?"
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_HOST_PORT = re.compile(r"^[^/:@]+:\d+(/|$)")


@dataclass(frozen=True, order=True)
class InvoiceKey:
    """What the details call needs; ``reminder`` 0 is the invoice itself."""

    company: str
    number: str
    reminder: int = 0

    @property
    def id(self) -> str:
        base = f"{self.company}/{self.number}"
        return f"{base}/r{self.reminder}" if self.reminder else base

    @classmethod
    def from_id(cls, invoice_id: str) -> InvoiceKey | None:
        parts = invoice_id.split("/")
        if len(parts) == 2 and all(parts):
            return cls(parts[0], parts[1])
        if len(parts) == 3 and all(parts) and parts[2][:1] == "r" and parts[2][1:].isdigit():
            return cls(parts[0], parts[1], int(parts[2][1:]))
        return None


# ---- scalar helpers -----------------------------------------------------------------------------


def wire_number(value: Any) -> str | None:
    """An invoice number sent as ``7435367`` or ``"7435367"`` -> ``"7435367"``."""
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    if isinstance(value, Decimal):
        # 1E+999999999 is a valid JSON number; int() of it would never finish
        if value.adjusted() >= 30 or value != value.to_integral_value():
            return None
        value = int(value)
    text = str(value).strip()
    return text or None


def wire_int(value: Any) -> int | None:
    text = wire_number(value)
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return None


def wire_date(obj: Mapping[str, Any], key: str, what: Place) -> dt.date | None:
    """``YYYY-MM-DD`` or epoch milliseconds (the Oslo calendar date of that instant)."""
    value = obj.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, (bool, dict, list)):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{what}: {key} is not a date"), what=what, key=key
        )
    if isinstance(value, str) and value.strip().isdecimal() and len(value.strip()) > 8:
        text = value.strip()
        if len(text) > 20:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "{what}: {key} is not a date ({text}...)"),
                what=what,
                key=key,
                text=text[:30],
            )
        value = int(text)
    if isinstance(value, (int, Decimal)):
        if isinstance(value, Decimal) and value.adjusted() >= 20:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "{what}: {key} is not a date ({value})"),
                what=what,
                key=key,
                value=str(value)[:30],
            )
        number = int(value)
        try:
            seconds = number / 1000 if abs(number) >= 100_000_000_000 else number
            return dt.datetime.fromtimestamp(seconds, OSLO).date()
        except (OverflowError, OSError, ValueError):
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "{what}: {key} is not a date ({number})"),
                what=what,
                key=key,
                number=str(number)[:30],
            ) from None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "{what}: {key} is not a date: {value!r}"),
                what=what,
                key=key,
                value=value[:30],
            ) from None
    raise ProviderDataError(
        QT_TRANSLATE_NOOP("Errors", "{what}: {key} is not a date"), what=what, key=key
    )


def pdf_url(value: Any) -> str | None:
    """``invoiceHotelUrl`` as an https link: a missing scheme gets ``https://``, ``http://`` is
    upgraded. A loopback host (the local sandbox, which speaks plain HTTP) stays on http."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    had_scheme = "://" in text
    if not had_scheme:
        if _SCHEME.match(text) and not _HOST_PORT.match(text):
            return None  # javascript:, mailto:, ...
        text = "https://" + text.lstrip("/")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 (raises on a malformed port)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if not host or scheme not in ("http", "https") or "@" in parts.netloc:
        return None
    if host in _LOOPBACK:
        return text if had_scheme else "http://" + text[len("https://") :]
    if scheme == "http":
        return "https://" + text[len("http://") :]
    return text
