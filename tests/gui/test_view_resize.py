"""The table fits its customer column to a new width only: a height change (the strips under
it gaining a line during a sync's reload) makes no call into Python beyond the event."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from invoicedesk.gui.formatting import Formats
from invoicedesk.gui.invoice_model import InvoiceTableModel
from invoicedesk.gui.invoice_view import InvoiceTableView


def test_only_a_new_width_fits_the_columns_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = InvoiceTableView(InvoiceTableModel(Formats("en")))
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    fits: list[int] = []
    monkeypatch.setattr(view, "_fit_customer", lambda: fits.append(view.width()))
    view.resize(900, 300)
    qtbot.waitUntil(lambda: view.height() == 300)
    assert fits == []
    view.resize(800, 300)
    qtbot.waitUntil(lambda: fits == [800])
