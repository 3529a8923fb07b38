"""The totals strip keeps each line's labels when the lines change order or a currency comes or
goes (a sync's reloads): only a new line's labels are made and polished."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.totals import CurrencyTotals, TotalsStrip


def line(currency: str, count: int) -> CurrencyTotals:
    return CurrencyTotals(currency, count, Decimal(count), Decimal(count))


def test_lines_that_move_or_stay_keep_their_labels(qtbot: QtBot) -> None:
    strip = TotalsStrip(Formats("en"))
    qtbot.addWidget(strip)
    strip.show()
    strip.show_totals([line("NOK", 5), line("DKK", 3)])
    labels = set(strip.findChildren(QLabel))
    strip.show_totals([line("DKK", 9), line("NOK", 5)])  # DKK has more claims now: first
    assert set(strip.findChildren(QLabel)) == labels
    texts = strip.texts()
    assert texts[5:8] == ["Owed to you", "DKK", "9"]
    assert texts[10:13] == ["", "NOK", "5"]
    strip.show_totals([line("DKK", 9), line("NOK", 5), line("EUR", 1)])
    assert len(set(strip.findChildren(QLabel)) - labels) == 5  # EUR's line only
    assert strip.texts()[15:18] == ["", "EUR", "1"]
    strip.show_totals([line("EUR", 1)])
    assert strip.texts()[5:8] == ["Owed to you", "EUR", "1"]
    assert len(strip.texts()) == 10  # headings and EUR
    strip.show_totals([])
    qtbot.wait(1)
    shown = [w.text() for w in strip.findChildren(QLabel) if w.isVisible()]
    assert shown == ["Nothing outstanding in view"]
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [strip]


def test_new_lines_made_ahead_one_per_pass_are_shown_when_laid_out(qtbot: QtBot) -> None:
    strip = TotalsStrip(Formats("en"))
    qtbot.addWidget(strip)
    strip.show()
    strip.show_totals([line("NOK", 5)])
    before = set(strip.findChildren(QLabel))
    groups = [line("NOK", 5), line("DKK", 3), line("EUR", 1)]
    assert strip.prepare(groups) is True  # DKK's line: made and styled, hidden; EUR's next
    made = set(strip.findChildren(QLabel)) - before
    assert len(made) == 5 and not any(label.isVisible() for label in made)
    assert {label.objectName() for label in made} >= {"totalsCurrency", "totalsCount"}
    assert strip.prepare(groups) is False
    made = set(strip.findChildren(QLabel)) - before
    assert len(made) == 10
    assert strip.texts()[5:8] == ["Owed to you", "NOK", "5"]  # nothing shown changed yet
    strip.show_totals(groups)  # the next pass: laid out, no label made
    assert set(strip.findChildren(QLabel)) - before == made
    assert all(label.isVisible() for label in made)
    assert strip.texts()[10:13] == ["", "DKK", "3"]
    assert strip.texts()[15:18] == ["", "EUR", "1"]
    assert strip.prepare(groups) is False  # every line shown: nothing to make
