"""Walks a widget tree for what the user reads: texts that stayed English in another language,
and labels, buttons, combo boxes and column headers too narrow for their text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

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
DATA_COMBOS = {"scopeCombo"}
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
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    found.append((where, str(model.headerData(section, widget.orientation()))))
    return [(where, text) for where, text in found if text]


def english_left(root: QWidget, language: str) -> list[str]:
    words = english_words(language)
    return [
        f"{where}: {text!r}"
        for where, text in interface_texts(root)
        if any(w.lower() in words for w in _WORD.findall(text))
    ]


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons and combo boxes narrower than their text; column titles (with the sort
    arrow) wider than their column."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        metrics = widget.fontMetrics()
        problems += _cut_at_an_edge(widget, where)
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            if widget.textFormat() != Qt.TextFormat.RichText:
                for word in widget.text().split():
                    need = metrics.horizontalAdvance(word) + widget.contentsMargins().left()
                    if need > widget.width() + 1:
                        has = widget.width()
                        problems.append(f"{where}: word {word!r} needs {need}, has {has}")
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
    return problems


def _cut_at_an_edge(widget: QWidget, where: str) -> list[str]:
    """A text widget wider than the part of it its parents show, left or right (a card cut at
    the sidebar's right edge). Scrolled out of view vertically is fine: that is scrolling."""
    if not isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
        return []
    if isinstance(widget, QLabel) and not widget.text():
        return []
    shown = QRect(0, 0, widget.width(), widget.height())
    parent = widget
    offset = QPoint(0, 0)
    while parent.parentWidget() is not None and not parent.isWindow():
        offset += parent.pos()
        parent = parent.parentWidget()
        inside = QRect(-offset.x(), -offset.y(), parent.width(), parent.height())
        shown = shown.intersected(inside)
        if shown.isEmpty():
            return []  # scrolled out of view
    if shown.width() + 1 < widget.width():
        return [f"{where}: cut at an edge, {shown.width()} of {widget.width()} px shown"]
    return []


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
