"""The Changes tab and the detail pane's history, on a cache two syncs have written."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D

from pytestqt.qtbot import QtBot

from invoicedesk.domain import PaymentState
from invoicedesk.gui.changes_view import ChangesModel, ChangesView, describe, install
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.formatting import Formats
from invoicedesk.providers.base import FetchedInvoice

from .conftest import TODAY, sendregning_invoice
from .test_main_window import OpenWindow, open_window  # noqa: F401 (fixture)


def _pay_the_sendregning_invoice(context: AppContext) -> None:
    cache = context.engine.cache
    invoice = sendregning_invoice()
    paid = dataclasses.replace(
        invoice, payment=PaymentState.PAID, paid_amount=invoice.total, outstanding=D("0")
    )
    sync_id = cache.begin_sync("sendregning", "Regnskap AS", False)
    cache.store_batch(sync_id, [FetchedInvoice(paid, {})], today=TODAY)
    cache.finish_sync(sync_id, "sendregning", "Regnskap AS", result="ok", today=TODAY)


def test_the_changes_tab_lists_what_syncs_found_and_selects_the_invoice(
    qtbot: QtBot,
    open_window: OpenWindow,  # noqa: F811 (the fixture imported above)
    gui_context: AppContext,
) -> None:
    _pay_the_sendregning_invoice(gui_context)
    window = open_window(gui_context)
    view = window.changes
    assert window.tabs.tabText(1) == "Changes"
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    # latest sync of each account: the payment first (newest sync), then the test sync's "new"
    first = view.model.changes[0]
    assert (first.number, first.change) == ("10234", "paid")
    assert view.model.index(0, 3).data() == "Paid"
    assert "Outstanding 10,953.13 → 0.00" in view.model.index(0, 4).data()
    # one account only
    view.account.setCurrentIndex(view.account.findData("Regnskap AS"))
    # the window reads the changes in a worker
    qtbot.waitUntil(lambda: {c.account for c in view.model.changes} == {"Regnskap AS"})
    # selecting the change shows its invoice, with its history, in the detail pane
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.waitUntil(
        lambda: window.detail.invoice is not None and window.detail.invoice.id == "sr-10234"
    )
    texts = "\n".join(window.detail.texts())
    assert "History" in window.detail.section_titles()
    assert "Paid: Outstanding" in texts and "New" in texts
    # back on the invoice list, the same invoice is selected
    window.tabs.setCurrentIndex(0)
    assert window.model.row_at(window.table.currentIndex().row()).id == "sr-10234"


def test_a_hidden_changes_tab_reads_once_it_is_shown_not_on_every_reload(
    qtbot: QtBot,
    open_window: OpenWindow,  # noqa: F811 (the fixture imported above)
    gui_context: AppContext,
) -> None:
    window = open_window(gui_context)
    view = window.changes
    reads: list[object] = []
    loader = view._loader
    assert loader is not None
    view.set_loader(lambda a, s: reads.append(a) or loader(a, s), view._run)
    for _ in range(3):  # as each account's sync does
        window.reload()
        qtbot.waitUntil(lambda: not window.is_loading)
    assert reads == [] and view.model.rowCount() == 0
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    assert len(reads) == 1
    window.reload()  # shown: it follows the reloads
    qtbot.waitUntil(lambda: len(reads) == 2)


def test_the_changes_model_passes_the_model_tester(qtmodeltester, gui_context) -> None:
    _pay_the_sendregning_invoice(gui_context)
    model = ChangesModel(Formats("nb"))
    model.set_changes(gui_context.cache.changes(since=dt.datetime(2000, 1, 1, tzinfo=dt.UTC)))
    assert model.rowCount() > 1
    qtmodeltester.check(model)


def test_periods_and_the_empty_note(qtbot: QtBot, gui_context: AppContext) -> None:
    asked = []
    view = ChangesView(Formats("en"), lambda: TODAY)
    qtbot.addWidget(view)
    view.set_loader(lambda accounts, since: asked.append((accounts, since)) or [])
    view.period.setCurrentIndex(view.period.findData("7"))
    accounts, since = asked[-1]
    assert accounts is None and since is not None
    assert since.date() == TODAY - dt.timedelta(days=7) and since.tzinfo is not None
    view.show()
    assert view.note.text() == "No changes in this period."
    view.period.setCurrentIndex(view.period.findData("latest"))
    assert asked[-1] == (None, None)
    assert install is not None and describe is not None
