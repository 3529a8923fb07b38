"""Light or dark: every colour the window uses beyond the palette's own, chosen per scheme.

The scheme follows the system (Qt 6's ``QStyleHints.colorScheme``); where the platform does not
say (offscreen, some X11 desktops) the palette decides: a dark window colour means dark.
:class:`ThemeWatcher` tells the window when either changes, so it restyles live.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from invoicedesk.domain import Status

#: text colours for a status, as (light scheme, dark scheme); colour always comes with text
_STATUS = {
    Status.PAID: ("#1e7b34", "#6fd08a"),
    Status.PARTIALLY_PAID: ("#a15c00", "#f0a451"),
    Status.UNPAID: ("#2f5d8a", "#8ab8eb"),
    Status.OVERDUE: ("#c62828", "#ff8a80"),
    Status.DRAFT: ("#6b6b6b", "#a8a8a8"),
}
#: named colours beyond status: (light, dark)
_NAMED = {
    "ok": ("#1e7b34", "#6fd08a"),
    "warning": ("#a15c00", "#f0a451"),
    "error": ("#c62828", "#ff8a80"),
    "accent": ("#2f6fb0", "#6ea8e6"),
    "muted": ("#6b7280", "#a3a9b3"),
    "strong": ("#111827", "#f3f4f6"),
    "heading": ("#374151", "#d1d5db"),
    "border": ("#d1d5db", "#4b5563"),
    "panel": ("#f3f4f6", "#262a30"),
    "strip": ("#f9fafb", "#2b2f36"),
    "selected": ("#e8f0fa", "#1f3a5a"),
    "banner": ("#fff4e5", "#3d2a0f"),
    "banner_border": ("#f0b45b", "#8a5a12"),
    "banner_title": ("#7a4100", "#ffcc80"),
    "banner_text": ("#5c3b00", "#f5deb3"),
    "message": ("#7f1d1d", "#ffb4ab"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Dark when the system says so, or (no word from it) when the window colour is dark."""
    app = QGuiApplication.instance()
    if palette is None and isinstance(app, QGuiApplication):
        scheme = app.styleHints().colorScheme()
        if scheme is Qt.ColorScheme.Dark:
            return True
        if (
            scheme is Qt.ColorScheme.Light
            and app.palette().color(QPalette.ColorRole.Window).lightness() >= 128
        ):
            return False
        palette = app.palette()
    if palette is None:
        return False
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str, dark: bool | None = None) -> str:
    pair = _NAMED[name]
    return pair[1] if (is_dark() if dark is None else dark) else pair[0]


def status_colour(status: Status, dark: bool | None = None) -> str:
    pair = _STATUS[status]
    return pair[1] if (is_dark() if dark is None else dark) else pair[0]


def text_style(name: str) -> str:
    """A label's style sheet for a named colour ("error", "ok", "warning")."""
    return f"color: {colour(name)};"


def badge_text_colour(dark: bool | None = None) -> str:
    """Text on a status-coloured badge: white on the light scheme's deep colours, near-black
    on the dark scheme's light ones."""
    return "#111827" if (is_dark() if dark is None else dark) else "white"


def stylesheet(dark: bool | None = None) -> str:
    """The panels' style sheet: palette roles where Qt has one, scheme colours otherwise."""
    dark = is_dark() if dark is None else dark
    c = {name: pair[1] if dark else pair[0] for name, pair in _NAMED.items()}
    return f"""
QWidget#accountsSidebar {{ background: {c["panel"]}; }}
QLabel#sidebarTitle {{ font-weight: bold; color: {c["heading"]}; padding: 2px 2px 4px 2px; }}
QPushButton#allAccountsButton {{ text-align: left; padding: 6px 10px;
    border: 1px solid {c["border"]}; border-radius: 6px; background: palette(base);
    color: palette(text); }}
QPushButton#allAccountsButton:checked {{ border: 2px solid {c["accent"]};
    background: {c["selected"]}; }}
QPushButton#allAccountsButton:focus {{ border: 2px dashed palette(highlight); }}
QFrame#accountCard {{ background: palette(base); border: 1px solid {c["border"]};
    border-radius: 6px; }}
QFrame#accountCard:focus {{ border: 2px dashed palette(highlight); }}
QFrame#accountCard[accountDisabled="true"] {{ background: palette(window); border-style: dashed; }}
QFrame#accountCard[selected="true"] {{ border: 2px solid {c["accent"]}; }}
QFrame#accountCard[selected="true"]:focus {{ border: 2px dashed palette(highlight); }}
QFrame#accountCard QLabel {{ background: transparent; border: none; }}
QLabel#accountName {{ font-weight: bold; color: palette(text); }}
QLabel#accountProvider, QLabel#accountLastSync {{ color: {c["muted"]}; }}
QLabel#accountMessage {{ color: {c["message"]}; }}
QLabel#accountName:disabled, QLabel#accountProvider:disabled, QLabel#accountLastSync:disabled {{
    color: palette(placeholder-text); }}
QLabel#sidebarEmpty {{ color: {c["muted"]}; }}
QWidget#filterBar {{ background: {c["strip"]}; border-bottom: 1px solid {c["border"]}; }}
QLabel#rangeLabel {{ color: {c["muted"]}; }}
QLabel#rangeError {{ color: {c["error"]}; }}
QFrame#totalsStrip {{ background: {c["strip"]}; border-top: 1px solid {c["border"]}; }}
QFrame#totalsStrip QLabel {{ background: transparent; }}
QLabel#totalsHeading {{ color: {c["muted"]}; }}
QLabel#totalsCurrency {{ font-weight: bold; color: {c["strong"]}; }}
QLabel#totalsDirection {{ font-weight: bold; color: {c["heading"]}; }}
QFrame#agingPanel {{ background: {c["strip"]}; border-top: 1px solid {c["border"]}; }}
QLabel#agingTitle {{ font-weight: bold; color: {c["heading"]}; }}
QLabel#agingHeading {{ color: {c["muted"]}; }}
QToolButton#agingCell {{ padding: 0px 2px; border: none; color: palette(text); }}
QToolButton#agingCell:hover {{ text-decoration: underline; }}
QToolButton#agingCell:focus {{ text-decoration: underline; border: 1px dashed palette(highlight); }}
QLabel#totalsCount, QLabel#totalsAmount {{ color: {c["strong"]}; }}
QLabel#totalsOverdue {{ color: {c["error"]}; font-weight: bold; }}
QLabel#totalsEmpty {{ color: {c["muted"]}; }}
QWidget#detailPage {{ background: palette(base); }}
QWidget#detailPage QLabel {{ color: palette(text); }}
QLabel#detailTitle {{ color: palette(text); }}
QLabel#detailSubtitle {{ color: {c["muted"]}; }}
QLabel#detailPlaceholder {{ color: {c["muted"]}; }}
QLabel#factLabel, QLabel#keyFactLabel {{ color: {c["muted"]}; }}
QLabel#keyFactValue {{ color: {c["strong"]}; font-weight: bold; }}
QLabel#sectionTitle {{ color: {c["heading"]}; padding-top: 4px; }}
QLabel#offerSummary {{ color: {c["heading"]}; }}
QLabel#detailNoLines {{ color: {c["muted"]}; }}
QFrame#warningBanner {{ background: {c["banner"]}; border-bottom: 1px solid {c["banner_border"]}; }}
QLabel#bannerTitle {{ font-weight: bold; color: {c["banner_title"]}; }}
QLabel#bannerText {{ color: {c["banner_text"]}; }}
"""


def dark_palette() -> QPalette:
    """A dark palette (for screenshots and tests, and platforms that give none)."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#202328",
        role.WindowText: "#e6e6e6",
        role.Base: "#181a1f",
        role.AlternateBase: "#23262c",
        role.ToolTipBase: "#2b2f36",
        role.ToolTipText: "#e6e6e6",
        role.PlaceholderText: "#8b919a",
        role.Text: "#e6e6e6",
        role.Button: "#2b2f36",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ffffff",
        role.Light: "#3a3f47",
        role.Midlight: "#30343b",
        role.Mid: "#262a30",
        role.Dark: "#121417",
        role.Shadow: "#000000",
        role.Highlight: "#3d7fc4",
        role.HighlightedText: "#ffffff",
        role.Link: "#8ab8eb",
        role.LinkVisited: "#c39be8",
    }
    for r, value in colours.items():
        palette.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, r, QColor("#6b7078"))
    return palette


class ThemeWatcher(QObject):
    """Emits :attr:`changed` when the system's colour scheme or the application palette
    changes (a dark mode switched on while the window is open)."""

    changed = Signal()

    #: what a top-level window receives when the palette or the platform theme changes
    _EVENTS = (
        QEvent.Type.PaletteChange,
        QEvent.Type.ApplicationPaletteChange,
        QEvent.Type.ThemeChange,
    )

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        app = QGuiApplication.instance()
        self._dark = is_dark()
        if isinstance(app, QGuiApplication):
            app.styleHints().colorSchemeChanged.connect(self._check)
        # only the window's own events: an application-wide filter would see every event
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._EVENTS:
            self._check()
        return False

    def _check(self, *_args: object) -> None:
        dark = is_dark()
        if dark != self._dark:
            self._dark = dark
            self.changed.emit()
