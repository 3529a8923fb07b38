"""Dark mode: the window follows a dark palette live; no white page, no dark-on-dark text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from invoicedesk.domain import Status
from invoicedesk.gui.context import AppContext
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.theme import dark_palette, is_dark, status_colour, stylesheet

from . import test_main_window as main_tests

open_window = main_tests.open_window  # the fixture that opens and shuts windows


@pytest.fixture
def shown(request: pytest.FixtureRequest, gui_context: AppContext) -> MainWindow:
    window: MainWindow = request.getfixturevalue("open_window")(gui_context)
    return window


@pytest.fixture
def dark_app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    yield app
    app.setPalette(light)


def _lightness(image: QImage, x: int, y: int) -> int:
    return QColor(image.pixel(x, y)).lightness()


def _has_pixels(widget: QWidget, bright: bool) -> bool:
    image = widget.grab().toImage()
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            value = _lightness(image, x, y)
            if (value > 170) if bright else (value < 90):
                return True
    return False


def test_a_dark_palette_restyles_the_open_window(
    qtbot: QtBot, shown: MainWindow, dark_app: QApplication
) -> None:
    window = shown
    window.table.setCurrentIndex(window.model.index(0, 0))
    qtbot.waitUntil(lambda: window.detail.invoice is not None, timeout=5000)
    page = window.detail.widget()
    assert _lightness(page.grab().toImage(), 3, 3) > 200  # light: a light page

    dark_app.setPalette(dark_palette())
    qtbot.waitUntil(lambda: window.detail.widget() is not page, timeout=5000)
    assert is_dark()
    page = window.detail.widget()
    assert _lightness(page.grab().toImage(), 3, 3) < 80  # no hard-coded white page
    title = page.findChild(QLabel, "detailTitle")
    assert title is not None and _has_pixels(title, bright=True)  # light text on it
    assert _lightness(window.sidebar.grab().toImage(), 2, 2) < 80
    all_button = window.sidebar.all_button
    assert _has_pixels(all_button, bright=True)  # "All accounts" readable
    assert window.sidebar.styleSheet() == stylesheet(dark=True)
    window.shutdown()  # the palette is restored after the test: a closed window ignores it


def test_status_colours_differ_per_scheme() -> None:
    for status in Status:
        light, dark = status_colour(status, dark=False), status_colour(status, dark=True)
        assert QColor(dark).lightness() > QColor(light).lightness(), status
    assert "white" not in stylesheet(dark=True)
    assert "#" not in stylesheet(dark=True).split("detailPage")[1].split("}")[0]
