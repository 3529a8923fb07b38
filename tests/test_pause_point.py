"""Pause points: nothing without a gate, the gate called between the slices of long loops, which
make the same lists as without pausing."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from invoicedesk import pause_point
from invoicedesk.gui.payment_search import amount_token, amount_tokens, haystacks


@pytest.fixture
def gate_calls() -> Iterator[list[int]]:
    calls: list[int] = []
    pause_point.install(lambda: calls.append(threading.get_ident()))
    try:
        yield calls
    finally:
        pause_point.install(None)


def test_without_a_gate_a_pause_does_nothing() -> None:
    pause_point.install(None)
    pause_point.pause()  # no gate: returns at once


def test_long_loops_pause_every_slice_and_make_the_same_text(gate_calls: list[int]) -> None:
    size = 5000
    totals = [f"{n}.50" for n in range(size)]
    owed = [None if n % 3 else f"{n}.5" for n in range(size)]
    tokens = amount_tokens(totals, owed)
    assert tokens == [amount_token(t) + amount_token(o) for t, o in zip(totals, owed, strict=True)]
    assert len(gate_calls) == size // pause_point.ROWS
    gate_calls.clear()
    numbers = [f"INV-{n}" for n in range(size)]
    hay = haystacks((numbers, ["Ærlig AS"] * size), totals, owed)
    assert hay[7] == "inv-7\x1færlig as\x1f" + amount_token("7.50")
    assert len(gate_calls) >= size // 1024  # one pause per slice of the search text
