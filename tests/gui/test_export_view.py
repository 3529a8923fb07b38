"""Exports from the window: the save dialog's folder, name and overwrite question, the file mode,
the window's language in headers and words, and the workbook's formats (read back)."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.export_view import (
    ask_replace,
    chosen_target,
    resolve_target,
    save_dialog,
)
from invoicedesk.gui.i18n import install_translator
from invoicedesk.gui.main_window import MainWindow

from .test_main_window import OpenWindow
from .test_main_window import open_window as open_window  # the fixture

FILTERS = "CSV for spreadsheets (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)"


class Dialog:
    """Stands in for the file dialog: records what it was offered, answers as told."""

    def __init__(self, answer: str = "", filter_index: int = 0) -> None:
        self.answer, self.filter_index = answer, filter_index
        self.suggested: list[str] = []

    def __call__(self, _parent: QWidget, _caption: str, suggested: str, filters: str):
        self.suggested.append(suggested)
        return self.answer, filters.split(";;")[self.filter_index]


def export(qtbot: QtBot, window: MainWindow, provider: str = "buckaroo") -> str:
    window.filter_bar.scope.setCurrentIndex(
        window.filter_bar.scope.findData(f"provider:{provider}")
    )
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000) as done:
        assert window.exporter.export(window, window.model.visible_keys(), exports_dir(window))
    return str(done.args[0])


def exports_dir(window: MainWindow) -> Path:
    return window.context.profile.exports_dir


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "nb")
    yield
    install_translator(qapp, "en")


def test_a_name_without_extension_asks_before_replacing(
    qtbot: QtBot, open_window: OpenWindow, gui_context: AppContext, tmp_path: Path
) -> None:
    existing = tmp_path / "report.xlsx"
    existing.write_bytes(b"keep me")
    asked: list[Path] = []
    window = open_window(gui_context, ask_path=Dialog(str(tmp_path / "report"), 1))
    window.exporter.confirm_replace = lambda _parent, path: asked.append(path) or False
    keys = window.model.visible_keys()
    with qtbot.waitSignal(window.exporter.failed) as kept:
        assert not window.exporter.export(window, keys, tmp_path)
    assert asked == [existing] and existing.read_bytes() == b"keep me"
    assert "report" in kept.args[0]
    window.exporter.confirm_replace = lambda _parent, path: asked.append(path) or True
    with qtbot.waitSignal(window.exporter.finished, timeout=10_000):
        assert window.exporter.export(window, keys, tmp_path)
    assert len(asked) == 2 and openpyxl.load_workbook(existing).active.max_row > 1


def test_a_typed_extension_is_the_dialogs_business(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("old")
    never = lambda _parent, _path: pytest.fail("asked again")  # noqa: E731
    # the dialog itself asked about a.csv (its name as typed): no second question
    assert resolve_target(QWidget(), str(tmp_path / "a.csv"), FILTERS, never) == (
        tmp_path / "a.csv",
        "csv",
    )
    made = chosen_target(str(tmp_path / "b"), "JSON (*.json)")
    assert made == (tmp_path / "b.json", "json", True)
    assert chosen_target(str(tmp_path / "b.XLSX"), "JSON (*.json)")[1:] == ("xlsx", False)
    # a name with a dot is not an extension of ours: the format's is added, and asked about
    (tmp_path / "q.2025.csv").write_text("old")
    kept = resolve_target(QWidget(), str(tmp_path / "q.2025"), "CSV (*.csv)", lambda *_: False)
    assert kept is None


def test_the_replace_question_defaults_to_no(qtbot: QtBot, qapp: QApplication) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = qapp.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    assert not ask_replace(parent, Path("/tmp/x.csv"))
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    assert ask_replace(parent, Path("/tmp/x.csv"))
    assert seen == ["x.csv already exists. Replace it?"] * 2


def test_the_real_dialog_adds_the_chosen_formats_extension(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = save_dialog(parent, "Export", str(tmp_path / "invoices-2026.xlsx"), FILTERS)
    assert dialog.directory().absolutePath() == str(tmp_path)
    assert dialog.selectedNameFilter() == "Excel workbook (*.xlsx)"
    assert dialog.defaultSuffix() == "xlsx"
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    QTest.keyClick(types, Qt.Key.Key_Down)  # the user picks JSON
    assert dialog.defaultSuffix() == "json"
    dialog.findChild(QLineEdit, "fileNameEdit").setText("mine")
    dialog.accept()
    assert dialog.selectedFiles() == [str(tmp_path / "mine.json")]


def test_the_dialog_opens_in_the_exports_folder_then_the_last_one(
    qtbot: QtBot,
    open_window: OpenWindow,
    gui_context: AppContext,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    dialog = Dialog(str(elsewhere / "mine"), 1)
    window = open_window(gui_context, ask_path=dialog)
    replaced: list[Path] = []
    window.exporter.confirm_replace = lambda _parent, path: replaced.append(path) or True
    assert not exports_dir(window).exists()
    export(qtbot, window)
    assert Path(dialog.suggested[0]).parent == exports_dir(window)
    assert exports_dir(window).is_dir()  # created, so the dialog opens there
    assert (elsewhere / "mine.xlsx").is_file()
    export(qtbot, window)
    assert dialog.suggested[1] == str(elsewhere / f"invoices-{window.context.today()}.xlsx")
    # remembered across windows (the settings), forgotten when the folder went away
    again = open_window(gui_context, ask_path=dialog)
    again.exporter.confirm_replace = window.exporter.confirm_replace
    export(qtbot, again)
    assert Path(dialog.suggested[2]).parent == elsewhere
    (elsewhere / "mine.xlsx").unlink()
    elsewhere.rmdir()
    dialog.answer = str(tmp_path / "x.csv")
    export(qtbot, again)
    assert Path(dialog.suggested[3]).parent == exports_dir(again)
    assert replaced == [elsewhere / "mine.xlsx"] * 2  # "mine" twice more: asked each time


@pytest.mark.parametrize("umask", [0o022, 0o027])
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_exports_get_the_users_file_mode(
    qtbot: QtBot,
    open_window: OpenWindow,
    gui_context: AppContext,
    tmp_path: Path,
    fmt: str,
    umask: int,
) -> None:
    target = tmp_path / f"out.{fmt}"
    window = open_window(gui_context, ask_path=Dialog(str(target)))
    old = os.umask(umask)
    try:
        export(qtbot, window)
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_csv_from_the_window_speaks_its_language(
    qtbot: QtBot, open_window: OpenWindow, gui_context: AppContext, tmp_path: Path, norwegian: None
) -> None:
    gui_context.language = "nb"
    target = tmp_path / "out.csv"
    window = open_window(gui_context, ask_path=Dialog(str(target)))
    export(qtbot, window, "sendregning")
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["Leverandør", "Konto", "ID", "Nummer"]
    assert "Forfallsdato" in header and "Status" in header
    words = {name: {row[header.index(name)] for row in body} for name in ("Type", "Status")}
    assert words["Type"] <= {"Faktura", "Kreditnota", "Utkast"} and "Faktura" in words["Type"]
    assert "Betalt" in words["Status"]
    assert not {"paid", "unpaid", "overdue", "invoice"} & (words["Type"] | words["Status"])


def test_xlsx_from_the_window_is_a_proper_sheet(
    qtbot: QtBot, open_window: OpenWindow, gui_context: AppContext, tmp_path: Path
) -> None:
    target = tmp_path / "out.xlsx"
    window = open_window(gui_context, ask_path=Dialog(str(target), 1))
    export(qtbot, window, "sendregning")
    sheet = openpyxl.load_workbook(target).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Provider", "Account", "ID"] and sheet.title == "Invoices"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:S{sheet.max_row}"
    assert all(sheet.column_dimensions[c].width >= 10 for c in "ABCDEFGHIJKLMNOPQRS")
    assert sheet.column_dimensions["G"].width >= 25  # the customer
    rows = list(sheet.iter_rows(min_row=2))
    column = {name: header.index(name) for name in header}
    for row in rows:
        for name in ("Net", "VAT", "Total", "Paid", "Outstanding"):
            cell = row[column[name]]
            if cell.value is not None:
                assert isinstance(cell.value, int | float) and cell.number_format == "#,##0.00"
        issued = row[column["Issued"]]
        assert issued.value is None or issued.is_date
    paid = [r[column["Paid"]] for r in rows if r[column["Paid"]].value == 0]
    assert paid, "an unpaid invoice shows its paid amount as 0.00"
    assert {r[column["Status"]].value for r in rows} >= {"Paid", "Overdue"}
