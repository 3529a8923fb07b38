"""The detail pane: header facts of one invoice on the left; lines, offers, credit notes,
transactions with refunds and reminders on the right; buttons for the invoice's PDF (downloaded
and opened by :mod:`invoicedesk.gui.documents`), "Save as PDF…" and "Print…" (rendered from the
cached data), and the payment link (in the system browser, http and https only). All provider
text is shown as plain text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain import (
    Invoice,
    Party,
    claim_outstanding,
    days_overdue,
    days_past_due,
    invoice_status,
    paid_amount,
)
from invoicedesk.gui import detail_tables as tables
from invoicedesk.gui.fact_labels import fact_rows
from invoicedesk.gui.formatting import (
    Formats,
    direction_heading,
    is_unnumbered,
    kind_label,
    not_numbered_label,
    provider_label,
    status_label,
)
from invoicedesk.gui.outstanding_note import outstanding_note
from invoicedesk.gui.theme import badge_text_colour, status_colour

UrlOpener = Callable[[QUrl], bool]
#: from this width on, the facts stand beside the lines rather than above them
WIDE_PANE = 1000
#: the room one key-fact tile (date or amount) takes
TILE_WIDTH = 150


def safe_web_url(url: str | None) -> QUrl | None:
    """The URL if it is an absolute http(s) address with a host; None for anything else
    (``file:``, ``javascript:``, relative paths, custom schemes...)."""
    if not url:
        return None
    qurl = QUrl(url.strip(), QUrl.ParsingMode.StrictMode)
    if qurl.isValid() and qurl.scheme().lower() in ("http", "https") and qurl.host():
        return qurl
    return None


def plain(text: str, object_name: str = "", *, selectable: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class DetailPane(QScrollArea):
    #: a short message for the status bar (e.g. a refused link)
    message = Signal(str)
    # the shown invoice's PDF, "Save as PDF…" and "Print…" were asked for (the window's
    # DocumentActions does them)
    pdf_requested = Signal(object)
    save_pdf_requested = Signal(object)
    print_requested = Signal(object)

    def __init__(
        self,
        formats: Formats,
        today: Callable[[], dt.date] = dt.date.today,
        open_url: UrlOpener = QDesktopServices.openUrl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Invoice details"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._formats = formats
        self._today = today
        self._open_url = open_url
        self.invoice: Invoice | None = None
        self._body: QBoxLayout | None = None
        self.pdf_button: QPushButton | None = None
        self.save_pdf_button: QPushButton | None = None
        self.print_button: QPushButton | None = None
        self.pay_button: QPushButton | None = None
        #: the invoice's change history, one line each, newest first (set by the window)
        self.history_for: Callable[[Invoice], list[str]] | None = None
        self.show_placeholder(self.tr("Select an invoice to see its lines, payments and more."))

    # ---- public -----------------------------------------------------------------------------
    def show_placeholder(self, text: str) -> None:
        self.invoice = None
        self._body = None
        self.pdf_button = self.pay_button = self.save_pdf_button = self.print_button = None
        page = QWidget()
        layout = QVBoxLayout(page)
        label = plain(text, "detailPlaceholder", selectable=False)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setWidget(page)

    def show_invoice(self, invoice: Invoice) -> None:
        self.invoice = invoice
        page = QWidget()
        page.setObjectName("detailPage")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(8)
        outer.addLayout(self._title_row(invoice))
        outer.addLayout(self._key_facts(invoice))
        note = outstanding_note(invoice, self._formats)
        if note:
            outer.addWidget(plain(note, "outstandingNote"))
        body = QBoxLayout(self._body_direction())
        body.setSpacing(24)
        self._body = body
        facts = QWidget()
        facts.setObjectName("detailFacts")
        facts.setMinimumWidth(300)
        facts.setMaximumWidth(440)
        facts.setLayout(self._facts_grid(invoice))
        body.addWidget(facts, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(self._sections(invoice), 1)
        outer.addLayout(body)
        outer.addStretch(1)
        self.setWidget(page)

    def _body_direction(self) -> QBoxLayout.Direction:
        """Facts beside the lines on a wide pane, above them on a narrow one (1024×700)."""
        if self.viewport().width() >= WIDE_PANE:
            return QBoxLayout.Direction.LeftToRight
        return QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._body is not None:
            self._body.setDirection(self._body_direction())

    def texts(self) -> list[str]:
        """Every text the pane shows (labels, table cells and headers), for tests."""
        page = self._page()
        texts = [label.text() for label in page.findChildren(QLabel)]
        for table in page.findChildren(QTableWidget):
            texts.extend(tables.table_texts(table))
        for tree in page.findChildren(QTreeWidget):
            texts.extend(tables.tree_texts(tree))
        return texts

    def section_titles(self) -> list[str]:
        return [label.text() for label in self._page().findChildren(QLabel, "sectionTitle")]

    def _page(self) -> QWidget:
        page = self.widget()
        assert page is not None
        return page

    # ---- building ---------------------------------------------------------------------------
    def _title_row(self, invoice: Invoice) -> QVBoxLayout:
        number = (
            not_numbered_label()
            if is_unnumbered(invoice.provider, invoice.number)
            else invoice.number or "—"
        )
        title = plain(f"{kind_label(invoice.kind)} {number}", "detailTitle")
        title.setWordWrap(False)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        days = days_past_due(invoice.due_date, self._today())
        status = invoice_status(invoice, self._today())
        badge = plain(status_label(status, invoice.payment, days), "statusBadge", selectable=False)
        badge.setWordWrap(False)
        badge.setStyleSheet(
            f"QLabel#statusBadge {{ color: {badge_text_colour()};"
            f" background: {status_colour(status)};"
            " border-radius: 8px; padding: 2px 10px; font-weight: bold; }"
        )
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(title)
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        self.pdf_button = self._link_button(
            self.tr("Open PDF"), invoice.pdf_url, "pdfButton", self.open_pdf
        )
        if not invoice.pdf_url:
            self.pdf_button.setToolTip(
                self.tr("The provider has no PDF of this invoice; use Save as PDF instead.")
            )
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.save_pdf_button.setObjectName("savePdfButton")
        self.save_pdf_button.setToolTip(self.tr("Make a PDF of this invoice from the cached data"))
        self.save_pdf_button.setAccessibleName(self.tr("Save this invoice as PDF"))
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setAccessibleName(self.tr("Print this invoice"))
        self.print_button.clicked.connect(self.print_invoice)
        self.pay_button = self._link_button(
            self.tr("Open payment link"), invoice.pay_url, "payButton"
        )
        for button, keys in ((self.pdf_button, "Ctrl+Shift+O"), (self.pay_button, "Ctrl+Shift+P")):
            if button.isEnabled():
                button.setToolTip(f"{button.text()} ({keys})")
        # the document actions on a row of their own under the title: beside it, four buttons
        # would set the pane's least width (and squeeze the lines table at 1024 px)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for button in (self.pdf_button, self.save_pdf_button, self.print_button, self.pay_button):
            actions.addWidget(button)
        actions.addStretch(1)
        subtitle = plain(
            f"{provider_label(invoice.provider)} · {invoice.account} · "
            f"{direction_heading(invoice.direction)}",
            "detailSubtitle",
        )
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(subtitle)
        column.addLayout(actions)
        return column

    def _link_button(
        self,
        text: str,
        url: str | None,
        name: str,
        on_click: Callable[[], object] | None = None,
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        safe = safe_web_url(url)
        button.setEnabled(safe is not None)
        if url and safe is None:
            button.setToolTip(self.tr("This link is not a web address, so it is not opened."))
        elif not url:
            button.setToolTip(self.tr("The provider gave no link for this invoice."))
        button.clicked.connect(on_click or (lambda: self.open_link(url)))
        return button

    def open_pdf(self) -> bool:
        """Ask for the shown invoice's PDF (downloaded, kept and opened by the window); a link
        that is not a web address is refused."""
        invoice = self.invoice
        if invoice is None:
            return False
        if not invoice.pdf_url:  # e.g. by a shortcut on a Telecom X invoice
            self.message.emit(
                self.tr("The provider has no PDF of this invoice; use Save as PDF instead.")
            )
            return False
        if safe_web_url(invoice.pdf_url) is None:
            self.message.emit(self.tr("Refused to open a link that is not a web address."))
            return False
        self.pdf_requested.emit(invoice)
        return True

    def save_pdf(self) -> None:
        if self.invoice is not None:
            self.save_pdf_requested.emit(self.invoice)

    def print_invoice(self) -> None:
        if self.invoice is not None:
            self.print_requested.emit(self.invoice)

    def open_link(self, url: str | None) -> bool:
        """Open an http(s) link in the system browser; refuse anything else."""
        safe = safe_web_url(url)
        if safe is None:
            self.message.emit(self.tr("Refused to open a link that is not a web address."))
            return False
        return bool(self._open_url(safe))

    def _key_facts(self, invoice: Invoice) -> QGridLayout:
        """Dates and amounts as a row of small tiles under the title."""
        fmt = self._formats
        cur = invoice.currency
        tiles = [
            (self.tr("Issued"), fmt.date(invoice.issue_date)),
            (self.tr("Due"), fmt.date(invoice.due_date)),
            (self.tr("Net"), fmt.money(invoice.net, cur)),
            (self.tr("VAT"), fmt.money(invoice.vat, cur)),
            (self.tr("Total"), fmt.money(invoice.total, cur)),
            (self.tr("Paid"), fmt.money(paid_amount(invoice), cur)),
            (self.tr("Fees"), fmt.money(invoice.fees, cur) if invoice.fees else ""),
            (self.tr("Outstanding"), fmt.money(claim_outstanding(invoice), cur)),
            (self.tr("Days overdue"), self._days_overdue(invoice)),
        ]
        grid = QGridLayout()
        grid.setContentsMargins(0, 4, 0, 6)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(0)
        shown = [(label, value) for label, value in tiles if value]
        # as many tiles a row as the pane has room for; the rest wrap (1024×700)
        per_row = max(3, (self.viewport().width() - 28) // TILE_WIDTH)
        for position, (label, value) in enumerate(shown):
            row, column = divmod(position, per_row)
            grid.addWidget(plain(label, "keyFactLabel", selectable=False), row * 2, column)
            grid.addWidget(plain(value, "keyFactValue"), row * 2 + 1, column)
        grid.setColumnStretch(min(len(shown), per_row), 1)
        return grid

    def _days_overdue(self, invoice: Invoice) -> str:
        today = self._today()
        days = days_overdue(invoice_status(invoice, today), days_past_due(invoice.due_date, today))
        return "" if days is None else str(days)

    def _facts_grid(self, invoice: Invoice) -> QGridLayout:
        facts: list[tuple[str, str]] = [
            *self._party_facts(invoice.customer),
            (
                self.tr("Delivery address"),
                invoice.delivery_address.as_text() if invoice.delivery_address else "",
            ),
            (self.tr("Description"), invoice.description or ""),
            (self.tr("Our reference"), invoice.our_reference or ""),
            (self.tr("Your reference"), invoice.your_reference or ""),
            (self.tr("Order reference"), invoice.order_reference or ""),
            (self.tr("KID"), invoice.kid or ""),
            *fact_rows(invoice.facts, self._formats),
            (self.tr("Kind"), kind_label(invoice.kind)),
            (self.tr("Provider's id"), invoice.id),
        ]
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        row = 0
        shown: set[tuple[str, str]] = set()
        for label, value in facts:
            if not value or (label, value) in shown:
                continue  # a provider's fact that says what a field above says already
            shown.add((label, value))
            name = plain(label, "factLabel", selectable=False)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            name.setWordWrap(False)
            grid.addWidget(name, row, 0)
            grid.addWidget(plain(value, "factValue"), row, 1)
            row += 1
        grid.setColumnStretch(1, 1)
        return grid

    def _party_facts(self, party: Party | None) -> list[tuple[str, str]]:
        if party is None:
            return []
        return [
            (self.tr("Customer"), party.name or ""),
            (self.tr("Customer number"), party.number or ""),
            (self.tr("Organisation number"), party.organisation_number or ""),
            (self.tr("E-mail"), party.email or ""),
            (self.tr("Address"), party.address.as_text() if party.address else ""),
        ]

    def _sections(self, invoice: Invoice) -> QVBoxLayout:
        fmt = self._formats
        cur = invoice.currency
        column = QVBoxLayout()
        column.setSpacing(6)

        def section(title: str) -> None:
            heading = plain(title, "sectionTitle", selectable=False)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            column.addWidget(heading)

        if invoice.lines:
            section(self.tr("Lines"))
            column.addWidget(
                tables.build_table(invoice.lines, tables.line_columns(fmt, cur), "linesTable")
            )
        for position, offer in enumerate(invoice.offers, start=1):
            section(self.tr("Offer %1").replace("%1", offer.number or str(position)))
            parts = [
                self.tr("Net %1").replace("%1", fmt.money(offer.net, cur)) if offer.net else "",
                self.tr("VAT %1").replace("%1", fmt.money(offer.vat, cur)) if offer.vat else "",
                self.tr("Total %1").replace("%1", fmt.money(offer.total, cur))
                if offer.total
                else "",
                self.tr("Customer reference %1").replace("%1", offer.customer_reference)
                if offer.customer_reference
                else "",
            ]
            column.addWidget(plain("  ·  ".join(p for p in parts if p), "offerSummary"))
            if offer.lines:
                column.addWidget(
                    tables.build_table(offer.lines, tables.line_columns(fmt, cur), "offerLines")
                )
        if invoice.credit_notes:
            section(self.tr("Credit notes"))
            column.addWidget(
                tables.build_table(
                    invoice.credit_notes, tables.credit_note_columns(fmt, cur), "creditNotesTable"
                )
            )
        if invoice.transactions:
            section(self.tr("Transactions"))
            column.addWidget(tables.build_transactions(invoice.transactions, fmt, cur))
        if invoice.reminders:
            section(self.tr("Reminders"))
            column.addWidget(
                tables.build_table(
                    invoice.reminders, tables.reminder_columns(fmt, cur), "remindersTable"
                )
            )
        history = self.history_for(invoice) if self.history_for else []
        if history:
            section(self.tr("History"))
            column.addWidget(plain("\n".join(history), "historyList"))
        if not (
            invoice.lines
            or invoice.offers
            or invoice.credit_notes
            or invoice.transactions
            or invoice.reminders
        ):
            column.addWidget(
                plain(
                    self.tr("The provider sent no lines or payments for this invoice."),
                    "detailNoLines",
                    selectable=False,
                )
            )
        column.addStretch(1)
        return column
