"""The sidebar highlights what the view shows, also when the filter bar's scope chose it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from invoicedesk.gui.main_window import MainWindow

from .test_main_window import open_window, window  # noqa: F401  (fixtures)


def lit(shown: MainWindow) -> set[str]:
    return {n for n, card in shown.sidebar.cards.items() if card.property("selected")}


def test_scope_combo_lights_the_accounts_in_view(qtbot: QtBot, window: MainWindow) -> None:  # noqa: F811
    scope = window.filter_bar.scope
    sidebar = window.sidebar
    # one provider with one account: the view shows that account alone
    scope.setCurrentIndex(scope.findData("provider:buckaroo"))
    shown = {window.model.row_at(r).account for r in range(window.model.rowCount())}
    assert shown == {"Webshop"}
    assert lit(window) == {"Webshop"}
    assert not sidebar.all_button.isChecked()
    # one account
    scope.setCurrentIndex(scope.findData("account:Reseller"))
    assert lit(window) == {"Reseller"} and sidebar.selected() == "Reseller"
    assert not sidebar.all_button.isChecked()
    # everything again
    scope.setCurrentIndex(scope.findData(""))
    assert lit(window) == set() and sidebar.all_button.isChecked()
    # it holds after a reload (the snapshot sets the scopes again)
    scope.setCurrentIndex(scope.findData("provider:buckaroo"))
    with qtbot.waitSignal(window.snapshot_shown, timeout=5000):
        window.reload()
    assert lit(window) == {"Webshop"} and not sidebar.all_button.isChecked()
