"""One money format and one date format per language; money with the currency's own digits."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from invoicedesk.gui.formatting import Formats


@pytest.mark.parametrize(
    ("language", "huf", "iqd", "jpy"),
    [
        ("en", "HUF\u00a01,234.50", "IQD\u00a010.125", "JP¥5"),
        ("nb", "1\u00a0234,50\u00a0HUF", "10,125\u00a0IQD", "5\u00a0JPY"),
        ("nl", "HUF\u00a01.234,50", "IQD\u00a010,125", "JP¥\u00a05"),
    ],
)
def test_money_keeps_the_currency_digits(language: str, huf: str, iqd: str, jpy: str) -> None:
    fmt = Formats(language)
    assert fmt.money(Decimal("1234.50"), "HUF") == huf  # CLDR alone: "HUF 1,234"
    assert fmt.money(Decimal("10.125"), "IQD") == iqd  # CLDR alone: "IQD 10"
    assert fmt.money(Decimal("5"), "JPY") == jpy
    assert fmt.amount(Decimal("10.125"), "IQD").endswith("125")
    assert fmt.amount(Decimal("1234.5"), "HUF").endswith("50")


def test_negative_amounts_keep_their_digits() -> None:
    assert Formats("nl").money(Decimal("-10.125"), "IQD") == "IQD\u00a0-10,125"


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "05/12/2026"), ("nb", "05.12.2026"), ("da", "05.12.2026"), ("nl", "05-12-2026")],
)
def test_one_date_format_per_language(language: str, text: str) -> None:
    fmt = Formats(language)
    assert fmt.date(dt.date(2026, 12, 5)) == text
    assert not hasattr(fmt, "long_date")  # no second format to drift to
