"""Walks a widget tree for what the user reads: texts that stayed English in another language
(menus included), and labels, buttons, combo boxes, column headers and table cells too narrow
for their text; wrapped labels with a word wider than they are or cut at the bottom; widgets
that reach past the edge of their window."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStyle,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from invoicedesk.gui import columns as c
from invoicedesk.gui.i18n import TRANSLATIONS_DIR

#: names and words that are the same in every language (brands, codes, units)
PROPER_NOUNS = {
    "sendregning", "telecom", "buckaroo", "connectid", "mediaconnect", "invoicedesk", "demo",
    "pdf", "csv", "json", "excel", "kid", "iban", "url", "e-mail", "email", "status", "total",
    "totalt", "netto", "periode", "period", "test", "product", "produkt", "margin", "type",
}  # fmt: skip
#: object names of labels that show provider data (names, references), not the interface
DATA_LABELS = {
    "factValue", "keyFactValue", "detailTitle", "detailSubtitle", "accountName", "outstandingNote",
    "offerSummary", "historyList", "accountMessage", "accountProvider", "totalsCurrency",
    "totalsAmount", "totalsCount", "totalsOverdue", "countLabel",
}  # fmt: skip
DATA_COMBOS = {"scopeCombo", "changesAccount"}
#: item views' columns of user data (customers, accounts), which may be cut short
DATA_COLUMNS = {"invoiceTable": {c.COL_CUSTOMER, c.COL_ACCOUNT}}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


@cache
def english_words(language: str) -> frozenset[str]:
    """Words of the English interface texts that the language's own texts never use."""
    english: set[str] = set()
    own: set[str] = set()
    tree = ET.parse(TRANSLATIONS_DIR / f"invoicedesk_{language}.ts")
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        english.update(w.lower() for w in _WORD.findall(source))
        translation = message.find("translation")
        if translation is not None:
            texts = [translation.text or ""] + [
                n.text or "" for n in translation.iter("numerusform")
            ]
            for text in texts:
                own.update(w.lower() for w in _WORD.findall(text))
    return frozenset(english - own - PROPER_NOUNS)


def interface_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible interface text under ``root``."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if (isinstance(widget, QLabel) and widget.objectName() not in DATA_LABELS) or isinstance(
            widget, QAbstractButton
        ):
            found.append((where, widget.text()))
        elif isinstance(widget, QComboBox):
            # the scope and saved-view lists name accounts and views: only their first entry
            # is interface text
            count = 1 if widget.objectName() in DATA_COMBOS else widget.count()
            found.extend((where, widget.itemText(i)) for i in range(min(count, widget.count())))
        elif isinstance(widget, QTabBar):
            found.extend((where, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            found.extend(
                (f"{where} action", action.text().replace("&", ""))
                for action in widget.actions()
                if not action.isSeparator()
            )
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    found.append((where, str(model.headerData(section, widget.orientation()))))
    return [(where, text) for where, text in found if text]


def english_left(root: QWidget, language: str, data: frozenset[str] = frozenset()) -> list[str]:
    """Interface texts with English words; ``data``: words of user data in them (account
    names) that are no interface text."""
    words = english_words(language) - {w.lower() for w in data}
    return [
        f"{where}: {text!r}"
        for where, text in interface_texts(root)
        if any(w.lower() in words for w in _WORD.findall(_COMMAND.sub("", text)))
    ]


#: a command to type, `in backticks`, is the same in every language
_COMMAND = re.compile(r"`[^`]*`")


def clipped(root: QWidget, data_columns: dict[str, set[int]] | None = None) -> list[str]:
    """Labels, buttons and combo boxes narrower than their text; column titles (with the sort
    arrow) wider than their column; table cells cut short (``data_columns``: view object name
    -> columns of user data that may be cut, as may a cell whose tooltip has its whole text);
    wrapped labels with a word wider than they are or cut at the bottom; widgets reaching past
    their window's edge."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        metrics = widget.fontMetrics()
        if (outside := _outside_window(widget)) is not None:
            problems.append(f"{where}: reaches past its window ({outside})")
        if isinstance(
            widget, QLabel | QLineEdit | QAbstractButton | QComboBox
        ) and not widget.objectName().startswith("qt_"):  # Qt's own parts (a spin box's edit)
            least = max(widget.minimumHeight(), widget.minimumSizeHint().height())
            if widget.height() < least:
                problems.append(f"{where}: squeezed to height {widget.height()}, needs {least}")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            problems += _wrapped_label(widget, where)
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if "\n" in widget.text():
                continue
            need = metrics.horizontalAdvance(widget.text()) + widget.contentsMargins().left()
            if need > widget.width() + 1:
                problems.append(f"{where}: {widget.text()!r} needs {need}, has {widget.width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            hint = widget.sizeHint().width()
            if hint > widget.width() + 1:
                problems.append(f"{where}: {widget.text()!r} needs {hint}, has {widget.width()}")
        elif isinstance(widget, QComboBox) and widget.currentText():
            need = metrics.horizontalAdvance(widget.currentText()) + 28  # frame and arrow
            if need > widget.width():
                problems.append(
                    f"{where}: {widget.currentText()!r} needs {need}, has {widget.width()}"
                )
        elif isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
            model = widget.model()
            for section in range(widget.count()):
                if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
                    continue
                if widget.sectionResizeMode(section) == QHeaderView.ResizeMode.ResizeToContents:
                    continue  # Qt sizes it to its title and cells
                title = str(model.headerData(section, widget.orientation()) or "")
                arrow = 16 if widget.isSortIndicatorShown() else 0
                need = metrics.horizontalAdvance(title) + 12 + arrow
                if need > widget.sectionSize(section):
                    problems.append(
                        f"{where} column {title!r}: needs {need}, has {widget.sectionSize(section)}"
                    )
        elif isinstance(widget, QTableView | QTreeView):
            allowed = (DATA_COLUMNS if data_columns is None else data_columns).get(
                widget.objectName(), set()
            )
            problems += _cut_cells(widget, where, allowed)
    return problems


#: how many rows of an item view are looked at
ROWS_LOOKED_AT = 60


def _cut_cells(view: QTableView | QTreeView, where: str, allowed: set[int]) -> list[str]:
    """Cells whose text does not fit their column (and is no user data with a full tooltip)."""
    model = view.model()
    if model is None:
        return []
    problems: list[str] = []
    parents = [QModelIndex()]
    seen = 0
    while parents and seen < ROWS_LOOKED_AT:
        parent = parents.pop(0)
        for row in range(model.rowCount(parent)):
            seen += 1
            if seen > ROWS_LOOKED_AT:
                break
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                if column == 0 and isinstance(view, QTreeView) and model.hasChildren(index):
                    parents.append(index)
                problem = _cut_cell(view, index, allowed)
                if problem:
                    problems.append(f"{where} row {row} {problem}")
    return problems


# ---- every text, for a language switched while the app runs -------------------------------


@cache
def language_words(language: str) -> frozenset[str]:
    """Words the interface uses in ``language`` (English: the source texts)."""
    words: set[str] = set()
    tree = ET.parse(TRANSLATIONS_DIR / f"invoicedesk_{'nb' if language == 'en' else language}.ts")
    for message in tree.iter("message"):
        if language == "en":
            words.update(w.lower() for w in _WORD.findall(message.findtext("source") or ""))
            continue
        translation = message.find("translation")
        if translation is not None:
            for text in [translation.text or ""] + [
                n.text or "" for n in translation.iter("numerusform")
            ]:
                words.update(w.lower() for w in _WORD.findall(text))
    return frozenset(words)


def _menu_texts(menu: QMenu, where: str) -> list[tuple[str, str]]:
    found = [(where, menu.title())]
    for action in menu.actions():
        if action.menu() is not None:
            found += _menu_texts(action.menu(), f"{where} > {action.text()}")
        else:
            found += [(f"{where} action", action.text()), (f"{where} tip", action.toolTip())]
    return found


def every_text(root: QWidget, menus: tuple[QMenu, ...] = ()) -> list[tuple[str, str]]:
    """:func:`interface_texts` and also the actions (menus, toolbar, the tray menu in
    ``menus``), tooltips, accessible names and status tips of every visible widget."""
    found = interface_texts(root)
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()) or widget.objectName() in DATA_LABELS:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        found += [(f"{where} tip", widget.toolTip()), (f"{where} name", widget.accessibleName())]
        found += [(f"{where} status tip", widget.statusTip())]
        if isinstance(widget, QComboBox) and widget.objectName() not in DATA_COMBOS:
            found += [(f"{where} item tip", str(widget.itemData(i, 3) or "")) for i in
                      range(widget.count())]  # fmt: skip
    for action in root.findChildren(QAction):
        found += [(f"action {action.objectName()!r}", action.text())]
        found += [(f"action {action.objectName()!r} tip", action.toolTip())]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                found += _menu_texts(action.menu(), f"menu {action.text()}")
    for menu in menus:
        found += _menu_texts(menu, "menu")
    return [(where, text) for where, text in found if text]


def left_behind(
    root: QWidget,
    previous: str,
    current: str,
    menus: tuple[QMenu, ...] = (),
    data: set[str] = frozenset(),  # type: ignore[assignment]
) -> list[str]:
    """Texts with a word of the ``previous`` language that ``current`` never uses; the words
    of ``data`` (account names in accessible names, say) do not count."""
    words = language_words(previous) - language_words(current) - PROPER_NOUNS
    words -= {w.lower() for name in data for w in _WORD.findall(name)}
    return [
        f"{where}: {text!r}"
        for where, text in every_text(root, menus)
        if any(w.lower() in words for w in _WORD.findall(text))
    ]


def _cut_cell(view: QTableView | QTreeView, index: QModelIndex, allowed: set[int]) -> str | None:
    if view.isIndexHidden(index) or isinstance(view.indexWidget(index), QWidget):
        return None
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    if not text or "\n" in text:
        return None
    rect: QRect = view.visualRect(index)
    if rect.width() <= 0:
        return None
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
    # the style's text margin on either side, as QCommonStyle lays out an item view's cell
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    need = metrics.horizontalAdvance(text) + 2 * margin
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        need += view.iconSize().width() if view.iconSize().isValid() else 16
        need += margin
    if need <= rect.width():
        return None
    tooltip = str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
    if index.column() in allowed or text in tooltip:
        return None
    return f"column {index.column()}: {text!r} needs {need}, has {rect.width()}"


def _wrapped_label(label: QLabel, where: str) -> list[str]:
    """A word-wrapped label cannot wrap inside a word: a word (a web address) wider than the
    label runs out of it; and a label given less height than its wrapped lines is cut."""
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    ):
        return []
    metrics = label.fontMetrics()
    width = label.contentsRect().width()
    problems = []
    words = label.text().replace("\u200b", " ").split()  # a zero-width space may break a line
    widest = max(words, key=metrics.horizontalAdvance, default="")
    if metrics.horizontalAdvance(widest) > width + 1:
        problems.append(
            f"{where}: the word {widest[:60]!r} needs {metrics.horizontalAdvance(widest)}, "
            f"has {width}"
        )
    need = label.heightForWidth(label.width())
    if need > label.height() + 1:
        problems.append(f"{where}: {label.text()[:60]!r} needs height {need}, has {label.height()}")
    return problems


def _outside_window(widget: QWidget) -> str | None:
    """Where a widget reaches past its window (widgets inside a scroll area scroll: skipped)."""
    window = widget.window()
    if widget is window:
        return None
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                return None  # it scrolls sideways
            right = widget.mapTo(parent, widget.rect().topLeft()).x() + widget.width()
            if right > parent.width() + 1:  # cut by a scroll area that cannot scroll sideways
                return f"right edge at {right}, its scroll area {parent.width()} wide"
            return None
        parent = area
    top_left = widget.mapTo(window, widget.rect().topLeft())
    right = top_left.x() + widget.width()
    bottom = top_left.y() + widget.height()
    if right > window.width() + 1:
        return f"right edge at {right}, window {window.width()} wide"
    if bottom > window.height() + 1:
        return f"bottom edge at {bottom}, window {window.height()} high"
    return None
