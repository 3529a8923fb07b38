"""Payment search: find the invoice a payment belongs to by the amount as people type it.
Qt-free.

A payment arrives with a KID, an organisation number, a name or an amount. The first three are
text the search box finds in each row's haystack (the cache's search column holds KID,
organisation number, references and line text). An amount is typed in the user's language:
``2 357,24``, ``2.357,24``, ``2357,24``, ``2357.24`` and ``2,357.24`` all mean 2,357.24; a whole
number such as ``2357`` means every amount from 2,357.00 to 2,357.99. Each row's total and
outstanding are in its haystack as exact tokens (``#2357.24#``), so matching an amount is the
same C-level substring pass as matching text, and exact (Decimal, no float anywhere).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from invoicedesk.pause_point import ROWS, pause

_CENT = Decimal("0.01")
_SPACES = "[ \u00a0\u202f]"
_GROUPED_SPACES = re.compile(rf"^\d{{1,3}}(?:{_SPACES}\d{{3}})+(?:[.,]\d{{1,2}})?$")
_PLAIN = re.compile(r"^\d+(?:[.,]\d{0,2})?$")  # "2357," too, on the way to "2357,24"
_DOT_GROUPS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$")  # 2.357,24 (nb, da, nl)
_COMMA_GROUPS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$")  # 2,357.24 (en)


def amount_token(text: str | None) -> str:
    """A cached amount (decimal text) as its haystack token: ``#2357.24#`` (two decimals when
    the amount has no finer part, else exactly as given); empty when there is none."""
    if not text:
        return ""
    try:
        value = Decimal(text)
    except InvalidOperation:
        return ""
    value = abs(value)
    if value == value.quantize(_CENT):
        return f"#{value.quantize(_CENT):f}#"
    return f"#{value:f}#"


def amount_needle(text: str) -> str | None:
    """What an amount typed in the search box looks for among the tokens: ``#2357.24#`` for
    two decimals (exact), ``#2357.2`` for one (2,357.20 to 2,357.29, as the user types on),
    ``#2357.`` for a whole number; None when the text is not an amount."""
    typed = text.strip()
    if not typed or not typed[0].isdigit():
        return None
    if _GROUPED_SPACES.match(typed):
        typed = re.sub(_SPACES, "", typed)
    if _PLAIN.match(typed):
        whole, _sep, cents = typed.replace(",", ".").partition(".")
    elif _DOT_GROUPS.match(typed):
        whole, _sep, cents = typed.replace(".", "").partition(",")
    elif _COMMA_GROUPS.match(typed):
        whole, _sep, cents = typed.replace(",", "").partition(".")
    else:
        return None
    units = str(int(whole))
    if not cents:
        return f"#{units}."
    if len(cents) == 1:
        return f"#{units}.{cents}"
    return f"#{units}.{cents}#"


def amount_tokens(totals: list[str | None], outstanding: list[str | None]) -> list[str]:
    """Per row, the tokens of its total and outstanding (one memo per distinct amount)."""
    memo: dict[str | None, str] = {}

    def token(value: str | None) -> str:
        found = memo.get(value)
        if found is None:
            found = memo[value] = amount_token(value)
        return found

    made: list[str] = []
    for start in range(0, len(totals), ROWS):
        if start:
            pause()  # the GUI thread first, if it waits (invoicedesk.pause_point)
        end = start + ROWS
        made += [
            token(t) + token(o)
            for t, o in zip(totals[start:end], outstanding[start:end], strict=True)
        ]
    if len(made) != len(outstanding):
        raise ValueError("totals and outstanding differ in length")
    return made


#: rows per slice of :func:`haystacks`: each C-level step (a join, a casefold, a split) holds
#: the GIL about a millisecond, so the GUI thread gets it in time during a sync
_SLICE = 1024


def haystacks(
    columns: Sequence[Sequence[str | None]],
    totals: list[str | None],
    outstanding: list[str | None],
) -> list[str]:
    """Per row, its text ``columns`` and the amount tokens of its total and outstanding,
    case-blind, separated by ``\\x1f``: what the search box looks in."""
    # Per slice of rows: one join, one casefold and one split, many times faster than per
    # row; slices keep each C call short, so a worker building this lets the GUI thread in.
    hay: list[str] = []
    every = (*columns, amount_tokens(totals, outstanding))
    for start in range(0, len(totals), _SLICE):
        pause()
        parts = [[value or "" for value in column[start : start + _SLICE]] for column in every]
        joined = "\x1e".join(map("\x1f".join, zip(*parts, strict=True)))
        piece = joined.casefold().split("\x1e")
        if len(piece) != len(parts[0]):  # a field holds the record separator itself
            piece = ["\x1f".join(p).casefold() for p in zip(*parts, strict=True)]
        hay += piece
    return hay
