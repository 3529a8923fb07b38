"""The aging panel follows a sync's reloads: the same lines change only their texts (no widgets
made and polished again at every reload); a new line builds it anew."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from invoicedesk.domain import Direction
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
    # a line of another currency: built anew, both lines shown
    panel.show_aging(_aging(("NOK", "100", 10), ("DKK", "7", 40)))
    assert panel.cells[cell] is not button
    assert panel.cells[("receivable", "DKK", "31-60")].text() == "DKK\xa07.00 (1)"
    assert panel.cells[cell].text() == "NOK\xa0100.00 (1)"
