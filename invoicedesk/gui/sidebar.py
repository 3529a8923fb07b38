"""The accounts sidebar: one card per account with provider, status (OK, needs login, error with
its message), last sync time and "Log in again" where needed; "Add account" at the bottom.
Clicking a card shows only that account's invoices."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.error_text import show
from invoicedesk.gui.formatting import Formats, provider_label
from invoicedesk.gui.snapshot import AccountStatus
from invoicedesk.gui.theme import colour
from invoicedesk.providers.base import Progress

#: an account state's colour name in :mod:`invoicedesk.gui.theme`
STATE_COLOURS = {"ok": "ok", "needs_login": "warning", "error": "error", "syncing": "accent"}


def plain_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


#: a card's left and right margin
CARD_MARGIN = 10
#: a card shows this much of an error message; the tooltip has it all
MESSAGE_LIMIT = 160


def shorten(text: str, limit: int = MESSAGE_LIMIT) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AccountCard(QFrame):
    clicked = Signal(str)
    relogin_requested = Signal(str)
    #: the account menu, at this global position (right-click, the Menu key, Shift+F10)
    menu_requested = Signal(str, QPoint)
    #: double-click: edit the account
    edit_requested = Signal(str)

    def __init__(self, status: AccountStatus, formats: Formats, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("accountCard")
        self.setProperty("selected", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # reachable by Tab: Enter or Space shows its invoices, the Menu key its account menu
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status = status
        self._formats = formats
        layout = QVBoxLayout(self)
        layout.setContentsMargins(CARD_MARGIN, 8, CARD_MARGIN, 8)
        layout.setSpacing(2)
        self.name_label = plain_label(status.name, "accountName")
        # "MediaConnect/ConnectID" may break after its slash on a narrow card
        self.provider_label = plain_label(
            provider_label(status.provider).replace("/", "/\u200b"), "accountProvider"
        )
        self.provider_label.setWordWrap(True)
        self.state_label = plain_label("", "accountState")
        self.state_label.setWordWrap(True)  # "Synkroniserer… 200 av 1200" fits a narrow card
        self.message_label = plain_label("", "accountMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_label = plain_label("", "accountLastSync")
        self.sync_label.setWordWrap(True)
        for label in (
            self.name_label,
            self.provider_label,
            self.state_label,
            self.message_label,
            self.sync_label,
        ):
            # long words (a keyring class name) must not widen the sidebar beyond the screen;
            # the sidebar makes room for the words of the card's own texts (needed_width)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.relogin_button = QPushButton(self.tr("Log in again"))
        self.relogin_button.clicked.connect(lambda: self.relogin_requested.emit(self.status.name))
        for widget in (
            self.name_label,
            self.provider_label,
            self.state_label,
            self.message_label,
            self.sync_label,
            self.relogin_button,
        ):
            layout.addWidget(widget)
        self.set_status(status)

    def set_status(
        self, status: AccountStatus, progress: Progress | None = None, syncing: bool = False
    ) -> None:
        self.status = status
        state_texts = {
            "ok": self.tr("OK"),
            "needs_login": self.tr("Needs login"),
            "error": self.tr("Error"),
            "cancelled": self.tr("Last sync cancelled"),
            "never": self.tr("Not synced yet"),
        }
        if syncing:
            state = "syncing"
            if progress is not None and progress.total:
                text = (
                    self.tr("Syncing… %1 of %2")
                    # a provider's total is an estimate: never count past it
                    .replace("%1", str(min(progress.done, progress.total)))
                    .replace("%2", str(progress.total))
                )
            elif progress is not None and progress.done:
                text = self.tr("Syncing… %1").replace("%1", str(progress.done))
            else:
                text = self.tr("Syncing…")
        elif not status.enabled:
            state = "disabled"
            text = self.tr("Disabled: not synced, not counted")
        else:
            state = status.state
            text = state_texts.get(state, state)
        self.setProperty("accountDisabled", not status.enabled)
        _repolish(self)
        for label in (self.name_label, self.provider_label, self.sync_label):
            label.setEnabled(status.enabled)  # greyed in the palette's disabled colours
        self.setAccessibleName(
            self.tr("Account %1, %2, %3")
            .replace("%1", status.name)
            .replace("%2", provider_label(status.provider))
            .replace("%3", text)
        )
        self.name_label.setToolTip(status.name)
        self.state_label.setText(f"● {text}")
        self.state_label.setStyleSheet(f"color: {colour(STATE_COLOURS.get(state, 'muted'))};")
        show_message = bool(status.message) and status.state in ("error", "needs_login")
        message = show(status.text or status.message) if show_message else ""
        self.message_label.setText(shorten(message))
        # the full text as an escaped tooltip: Qt would render a tooltip that looks like HTML
        self.message_label.setToolTip(
            f"<p>{html.escape(message)}</p>" if message != shorten(message) else ""
        )
        self.message_label.setVisible(show_message)
        if status.last_success is not None:
            self.sync_label.setText(
                self.tr("Last sync %1").replace("%1", self._formats.moment(status.last_success))
            )
            self.sync_label.setToolTip(self._formats.datetime(status.last_success))
        else:
            self.sync_label.setText(self.tr("Never synced"))
            self.sync_label.setToolTip("")
        self.relogin_button.setVisible(status.needs_login and not syncing)

    def needed_width(self) -> int:
        """The width this card needs so that none of its own words (provider, state, last
        sync: "gesynchroniseerd", "MediaConnect/ConnectID") is cut; the account's name is the
        user's and may be elided (its tooltip has it)."""
        widest = 0
        for label in (self.provider_label, self.state_label, self.sync_label):
            metrics = label.fontMetrics()
            for word in label.text().replace("\u200b", " ").split():
                widest = max(widest, metrics.horizontalAdvance(word))
        return widest + 2 * CARD_MARGIN + 2 * self.frameWidth() + 2

    def set_selected(self, selected: bool) -> None:
        if self.property("selected") != selected:
            self.setProperty("selected", selected)
            _repolish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.status.name)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.edit_requested.emit(self.status.name)
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.clicked.emit(self.status.name)
        self.menu_requested.emit(self.status.name, event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.status.name)
            return
        if event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.clicked.emit(self.status.name)
            self.menu_requested.emit(self.status.name, self.mapToGlobal(QPoint(12, 12)))
            return
        super().keyPressEvent(event)


class AccountsSidebar(QWidget):
    account_selected = Signal(object)  # account name, or None for all
    relogin_requested = Signal(str)
    menu_requested = Signal(str, QPoint)
    edit_requested = Signal(str)
    add_account_requested = Signal()

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsSidebar")
        self._formats = formats
        self.cards: dict[str, AccountCard] = {}
        self._syncing: dict[str, Progress | None] = {}
        self._selected: str | None = None
        #: the view shows one provider's accounts (the filter bar's scope): their cards are lit
        self._provider: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(plain_label(self.tr("Accounts"), "sidebarTitle"))
        self.all_button = QPushButton(self.tr("All accounts"))
        self.all_button.setObjectName("allAccountsButton")
        self.all_button.setCheckable(True)
        self.all_button.setChecked(True)
        self.all_button.clicked.connect(lambda: self._choose(None))
        layout.addWidget(self.all_button)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(6)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cards in it take the focus
        scroll.setWidget(self._list)
        layout.addWidget(scroll, 1)
        self._scroll = scroll

        self.empty_label = plain_label(
            self.tr("No accounts yet. Add one to see its invoices."), "sidebarEmpty"
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.add_button = QPushButton(self.tr("Add account…"))
        self.add_button.setObjectName("addAccountButton")
        self.add_button.clicked.connect(self.add_account_requested)
        layout.addWidget(self.add_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(190)

    def set_accounts(self, statuses: list[AccountStatus]) -> None:
        names = [s.name for s in statuses]
        for name in list(self.cards):
            if name not in names:
                gone = self.cards.pop(name)
                gone.hide()
                gone.setParent(None)
        for position, status in enumerate(statuses):
            card = self.cards.get(status.name)
            if card is None:
                card = AccountCard(status, self._formats)
                card.clicked.connect(self._choose)
                card.relogin_requested.connect(self.relogin_requested)
                card.menu_requested.connect(self.menu_requested)
                card.edit_requested.connect(self.edit_requested)
                self.cards[status.name] = card
                self._list_layout.insertWidget(position, card)
            self._refresh(status.name, status)
        self.empty_label.setVisible(not statuses)
        if self._selected not in self.cards:
            self._selected = None
        self._show_selection()

    def selected(self) -> str | None:
        return self._selected

    def statuses(self) -> list[AccountStatus]:
        return [card.status for card in self.cards.values()]

    def set_syncing(self, name: str, syncing: bool, progress: Progress | None = None) -> None:
        if syncing:
            self._syncing[name] = progress
        else:
            self._syncing.pop(name, None)
        if name in self.cards:
            self._refresh(name, self.cards[name].status)

    def update_status(self, status: AccountStatus) -> None:
        if status.name in self.cards:
            self._refresh(status.name, status)

    def select(self, name: str | None, provider: str | None = None) -> None:
        """Highlight an account, or every account of ``provider`` (both None: all accounts),
        without emitting :attr:`account_selected`."""
        self._selected = name if name in self.cards else None
        self._provider = provider if self._selected is None else None
        self._show_selection()

    def refresh_colours(self) -> None:
        """The colour scheme changed: the state lines take the new scheme's colours."""
        for name, card in self.cards.items():
            self._refresh(name, card.status)

    def _refresh(self, name: str, status: AccountStatus) -> None:
        syncing = name in self._syncing
        self.cards[name].set_status(status, self._syncing.get(name), syncing)
        self._fit_cards()

    def _fit_cards(self) -> None:
        """Never cut a card at the right edge: the card list is at least as wide as the
        widest word of any card's texts, beside the scroll bar."""
        needed = max((card.needed_width() for card in self.cards.values()), default=0)
        scrollbar = self._scroll.verticalScrollBar().sizeHint().width()
        width = needed + scrollbar + 2
        if width != self._scroll.minimumWidth():
            self._scroll.setMinimumWidth(width)

    def _choose(self, name: str | None) -> None:
        self.select(name)
        self.account_selected.emit(self._selected)

    def _show_selection(self) -> None:
        provider = self._provider
        lit = {n for n, c in self.cards.items() if provider and c.status.provider == provider}
        if self._selected is not None:
            lit = {self._selected}
        self.all_button.setChecked(not lit)
        for name, card in self.cards.items():
            card.set_selected(name in lit)
