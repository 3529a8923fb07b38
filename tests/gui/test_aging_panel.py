"""The aging panel follows a sync's reloads: the same lines change only their texts (no widgets
made and polished again at every reload); a new line builds it anew."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtWidgets import QApplication, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from invoicedesk.domain import AGING_BUCKETS, Direction
from invoicedesk.domain.aging import Aging
from invoicedesk.gui.aging_panel import AgingPanel
from invoicedesk.gui.formatting import Formats


def _aging(*claims: tuple[str, str, int]) -> Aging:
    report = Aging()
    for currency, amount, days in claims:
        report.add(Direction.RECEIVABLE, currency, D(amount), days)
    return report


def test_the_same_lines_keep_their_widgets_and_show_the_new_amounts(qtbot: QtBot) -> None:
    panel = AgingPanel(Formats("en"))
    qtbot.addWidget(panel)
    panel.show_aging(_aging(("NOK", "100", 10)))
    cell = ("receivable", "NOK", "1-30")
    button = panel.cells[cell]
    labels = set(panel.findChildren(QLabel))
    panel.show_aging(_aging(("NOK", "100", 10), ("NOK", "250", 12), ("NOK", "5", -3)))
    assert panel.cells[cell] is button and set(panel.findChildren(QLabel)) == labels
    assert button.text() == "NOK\xa0350.00 (2)" and button.isEnabled()
    assert "2 claims" in button.accessibleName() and "350.00" in button.toolTip()
    outstanding = [label.text() for label in labels if label.objectName() == "totalsAmount"]
    assert outstanding == ["NOK\xa0355.00"]
    # a line of another currency: only its widgets are made, the NOK line keeps its own
    panel.show_aging(_aging(("NOK", "100", 10), ("DKK", "7", 40)))
    assert panel.cells[cell] is button
    assert len(set(panel.findChildren(QLabel)) - labels) == 3  # DKK's heading, currency, sum
    assert panel.cells[("receivable", "DKK", "31-60")].text() == "DKK\xa07.00 (1)"
    assert panel.cells[cell].text() == "NOK\xa0100.00 (1)"


def test_a_new_currency_goes_into_its_sorted_place_and_a_gone_one_leaves(qtbot: QtBot) -> None:
    panel = AgingPanel(Formats("en"))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_aging(_aging(("NOK", "100", 10)))
    nok = panel.cells[("receivable", "NOK", "1-30")]
    qtbot.waitUntil(nok.isVisible)
    panel.show_aging(_aging(("NOK", "100", 10), ("DKK", "7", 40)))
    grid = panel.layout()
    dkk = panel.cells[("receivable", "DKK", "31-60")]
    assert grid.getItemPosition(grid.indexOf(dkk))[0] == 1  # DKK sorts first
    assert grid.getItemPosition(grid.indexOf(nok))[0] == 2
    assert nok.isVisible()  # kept as it was
    qtbot.waitUntil(dkk.isVisible)  # the grid shows a new one in a later pass of the event loop
    panel.show_aging(_aging(("DKK", "7", 40)))
    assert nok not in panel.findChildren(QToolButton)
    assert ("receivable", "NOK", "1-30") not in panel.cells
    panel.show_aging(_aging())
    assert panel.cells == {}
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [panel]
    assert [w.text() for w in panel.findChildren(QLabel) if w.isVisible()] == [
        "Aging",
        "Nothing outstanding",
    ]


def test_a_new_line_made_ahead_is_hidden_until_laid_out_then_shown_like_any(qtbot: QtBot) -> None:
    panel = AgingPanel(Formats("en"))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_aging(_aging(("NOK", "100", 10)))
    report = _aging(("NOK", "100", 10), ("DKK", "7", 40))
    before = set(panel.findChildren(QToolButton))
    assert panel.prepare(report) is False  # one pass: the DKK line, made, styled, not shown
    made = set(panel.findChildren(QToolButton)) - before
    assert len(made) == 5 and not any(b.isVisible() for b in made)
    assert ("receivable", "DKK", "31-60") not in panel.cells
    assert panel.prepare(report) is False  # nothing more to make
    assert set(panel.findChildren(QToolButton)) - before == made
    panel.show_aging(report)  # the next pass: laid out, with its texts, and shown
    dkk = panel.cells[("receivable", "DKK", "31-60")]
    assert dkk in made and dkk.text() == "DKK\xa07.00 (1)" and dkk.isVisible()
    grid = panel.layout()
    assert grid.getItemPosition(grid.indexOf(dkk))[0] == 1
    assert all(b.isVisible() for b in made)


def test_new_lines_are_made_one_per_pass(qtbot: QtBot) -> None:
    panel = AgingPanel(Formats("en"))
    qtbot.addWidget(panel)
    panel.show_aging(_aging(("NOK", "100", 10)))
    report = _aging(("NOK", "100", 10), ("DKK", "7", 40), ("EUR", "3", 70))
    before = set(panel.findChildren(QToolButton))
    assert panel.prepare(report) is True  # one of the two new lines; the other next pass
    assert len(set(panel.findChildren(QToolButton)) - before) == 5
    assert panel.prepare(report) is False
    assert len(set(panel.findChildren(QToolButton)) - before) == 10
    panel.show_aging(report)
    assert set(panel.findChildren(QToolButton)) - before == {
        panel.cells[("receivable", c, b)] for c in ("DKK", "EUR") for b in AGING_BUCKETS
    }
