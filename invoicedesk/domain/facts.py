"""Provider facts for the detail pane: a key the GUI names in the user's language and a typed
value the GUI formats (money, dates, counts, yes/no, codes). Providers fill them and never write
a label or format a number; facts are not part of the export contract."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum


class FactKind(Enum):
    #: the provider's own text (a name, a reference), shown as given
    TEXT = "text"
    #: ``amount`` in ``currency``
    MONEY = "money"
    #: ``day``
    DATE = "date"
    #: ``day`` to ``day_to`` (either may be missing)
    PERIOD = "period"
    #: a whole number in ``amount``
    COUNT = "count"
    #: ``flag``: yes or no
    FLAG = "flag"
    #: a provider code in ``text``: a word where its meaning is documented, else the raw code
    CODE = "code"


@dataclass(frozen=True, slots=True)
class Fact:
    #: what the fact is, e.g. ``"buckaroo.cm_status"``; the GUI maps it to a label
    key: str
    kind: FactKind = FactKind.TEXT
    text: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    day: dt.date | None = None
    day_to: dt.date | None = None
    flag: bool | None = None

    @staticmethod
    def of_text(key: str, text: str | None, day: dt.date | None = None) -> Fact | None:
        return Fact(key, FactKind.TEXT, text=text, day=day) if text else None

    @staticmethod
    def of_money(key: str, amount: Decimal | None, currency: str) -> Fact | None:
        if amount is None:
            return None
        return Fact(key, FactKind.MONEY, amount=amount, currency=currency)

    @staticmethod
    def of_date(key: str, day: dt.date | None) -> Fact | None:
        return Fact(key, FactKind.DATE, day=day) if day else None

    @staticmethod
    def of_period(key: str, start: dt.date | None, end: dt.date | None) -> Fact | None:
        if start is None and end is None:
            return None
        return Fact(key, FactKind.PERIOD, day=start, day_to=end)

    @staticmethod
    def of_count(key: str, count: int | str | None) -> Fact | None:
        if count is None or count == "":
            return None
        try:
            return Fact(key, FactKind.COUNT, amount=Decimal(int(count)))
        except ValueError:  # not a whole number after all: keep what the provider said
            return Fact(key, FactKind.CODE, text=str(count))

    @staticmethod
    def of_flag(key: str, flag: bool | None) -> Fact | None:
        return None if flag is None else Fact(key, FactKind.FLAG, flag=flag)

    @staticmethod
    def of_code(key: str, code: str | None) -> Fact | None:
        return Fact(key, FactKind.CODE, text=code) if code else None


def facts(*items: Fact | None) -> tuple[Fact, ...]:
    """The facts that have a value, in order."""
    return tuple(item for item in items if item is not None)
