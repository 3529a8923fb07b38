"""Read-only tables for the detail pane: invoice lines, offers' lines, credit notes, transactions
with their refunds, reminders. Every cell is a plain-text item; columns that are empty for the
whole table are left out (Telecom X wholesale/cost appear only where the provider sent them)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from invoicedesk.domain import CreditNote, Line, Reminder, Transaction
from invoicedesk.gui.formatting import Formats

#: lupdate finds translate("Context", "text") calls
translate = QCoreApplication.translate

T = TypeVar("T")

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    value: Callable[[T], str]
    right: bool = False
    #: shown even when empty in every row
    always: bool = False
    #: takes the spare width
    stretch: bool = False


def _item(text: str, right: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(_RIGHT if right else _LEFT)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _fit_height(view: QAbstractScrollArea, rows: int, row_height: int, header: int) -> None:
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFixedHeight(header + rows * row_height + view.frameWidth() * 2)


def build_table(items: Sequence[T], columns: Sequence[Column[T]], name: str) -> QTableWidget:
    """A compact table showing every item (no inner vertical scrolling)."""
    cells = [[col.value(item) for col in columns] for item in items]
    keep = [i for i, col in enumerate(columns) if col.always or any(row[i] for row in cells)]
    table = QTableWidget(len(items), len(keep))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([columns[i].title for i in keep])
    for r, row in enumerate(cells):
        for c, i in enumerate(keep):
            item = _item(row[i], columns[i].right)
            if columns[i].stretch:  # the provider's text (a description): cut short if need be
                item.setToolTip(row[i])
            table.setItem(r, c, item)
    for c, i in enumerate(keep):
        header_item = table.horizontalHeaderItem(c)
        if header_item is not None:
            header_item.setTextAlignment(_RIGHT if columns[i].right else _LEFT)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for c, i in enumerate(keep):
        if columns[i].stretch:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
    row_height = table.verticalHeader().defaultSectionSize()
    _fit_height(table, len(items), row_height, header.sizeHint().height())
    return table


def line_columns(fmt: Formats, currency: str) -> list[Column[Line]]:
    def period(line: Line) -> str:
        if line.period_from is None and line.period_to is None:
            return ""
        return f"{fmt.date(line.period_from)} – {fmt.date(line.period_to)}"

    def money(value: Decimal | None) -> str:
        return fmt.amount(value, currency)

    return [
        Column(
            translate("DetailPane", "Description"),
            lambda x: x.description or "",
            always=True,
            stretch=True,
        ),
        Column(translate("DetailPane", "Code"), lambda x: x.product_code or ""),
        Column(translate("DetailPane", "Period"), period),
        Column(translate("DetailPane", "Quantity"), lambda x: fmt.decimal(x.quantity), True),
        Column(translate("DetailPane", "Unit"), lambda x: x.unit or ""),
        Column(
            translate("DetailPane", "Unit price"), lambda x: fmt.unit_amount(x.unit_price), True
        ),
        Column(
            translate("DetailPane", "Discount"), lambda x: fmt.percent(x.discount_percent), True
        ),
        Column(translate("DetailPane", "VAT rate"), lambda x: fmt.percent(x.vat_rate), True),
        Column(translate("DetailPane", "Net"), lambda x: money(x.net), True),
        Column(translate("DetailPane", "VAT"), lambda x: money(x.vat), True),
        Column(translate("DetailPane", "Total"), lambda x: money(x.total), True, always=True),
        Column(
            translate("DetailPane", "Wholesale/unit"),
            lambda x: fmt.unit_amount(x.unit_wholesale),
            True,
        ),
        Column(translate("DetailPane", "Cost/unit"), lambda x: fmt.unit_amount(x.unit_cost), True),
    ]


def credit_note_columns(fmt: Formats, currency: str) -> list[Column[CreditNote]]:
    def money(value: Decimal | None) -> str:
        return fmt.amount(value, currency)

    return [
        Column(translate("DetailPane", "Number"), lambda x: x.number or "", always=True),
        Column(translate("DetailPane", "Date"), lambda x: fmt.date(x.date)),
        Column(translate("DetailPane", "Description"), lambda x: x.description or "", stretch=True),
        Column(translate("DetailPane", "Net"), lambda x: money(x.net), True),
        Column(translate("DetailPane", "VAT"), lambda x: money(x.vat), True),
        Column(translate("DetailPane", "Total"), lambda x: money(x.total), True, always=True),
    ]


def reminder_columns(fmt: Formats, currency: str) -> list[Column[Reminder]]:
    return [
        Column(translate("DetailPane", "Number"), lambda x: x.number or "", always=True),
        Column(translate("DetailPane", "Date"), lambda x: fmt.date(x.date)),
        Column(translate("DetailPane", "Due"), lambda x: fmt.date(x.due_date)),
        Column(translate("DetailPane", "Type"), lambda x: x.type or ""),
        Column(translate("DetailPane", "Amount"), lambda x: fmt.amount(x.amount, currency), True),
        Column(translate("DetailPane", "Fee"), lambda x: fmt.amount(x.fee, currency), True),
        Column(translate("DetailPane", "Link"), lambda x: x.link or "", stretch=True),
    ]


def _result(success: bool | None, message: str | None = None, code: str | None = None) -> str:
    if success is None:
        text = ""
    elif success:
        text = translate("DetailPane", "Succeeded")
    else:
        text = translate("DetailPane", "Failed")
    details = " ".join(p for p in (code, message) if p)
    return f"{text} ({details})" if text and details else text or details


def build_transactions(
    transactions: Sequence[Transaction], fmt: Formats, currency: str
) -> QTreeWidget:
    """Transactions with their refunds as child rows."""
    titles = [
        translate("DetailPane", "Date"),
        translate("DetailPane", "Type"),
        translate("DetailPane", "Description"),
        translate("DetailPane", "Debit"),
        translate("DetailPane", "Credit"),
        translate("DetailPane", "Refundable"),
        translate("DetailPane", "Result"),
    ]
    right = {3, 4, 5}
    tree = QTreeWidget()
    tree.setObjectName("transactionsTree")
    tree.setColumnCount(len(titles))
    tree.setHeaderLabels(titles)
    tree.setRootIsDecorated(any(tx.refunds for tx in transactions))
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    for col in right:
        tree.headerItem().setTextAlignment(col, _RIGHT)
    count = 0
    for tx in transactions:
        cur = tx.currency or currency
        item = QTreeWidgetItem(
            [
                fmt.date(tx.date),
                tx.type or "",
                tx.description or "",
                fmt.amount(tx.amount_debit, cur),
                fmt.amount(tx.amount_credit, cur),
                fmt.amount(tx.amount_refundable, cur),
                _result(tx.success, tx.status_message, tx.status_code),
            ]
        )
        for refund in tx.refunds:
            label = translate("DetailPane", "Refund")
            child = QTreeWidgetItem(
                [
                    fmt.date(refund.date),
                    f"{label} {refund.id}" if refund.id else label,
                    refund.message or "",
                    "",
                    fmt.amount(refund.amount, cur),
                    "",
                    _result(refund.success),
                ]
            )
            item.addChild(child)
            count += 1
        tree.addTopLevelItem(item)
        count += 1
    for item in _all_items(tree):
        for col in right:
            item.setTextAlignment(col, _RIGHT)
        item.setToolTip(2, item.text(2))  # the provider's description: cut short if need be
    tree.expandAll()
    row_height = max(tree.sizeHintForRow(0), 20) if count else 20
    _fit_height(tree, count, row_height, header.sizeHint().height())
    return tree


def _all_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items: list[QTreeWidgetItem] = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top is None:
            continue
        items.append(top)
        for j in range(top.childCount()):
            child = top.child(j)
            if child is not None:
                items.append(child)
    return items


def table_texts(table: QTableWidget) -> list[str]:
    texts = []
    for c in range(table.columnCount()):
        header_item = table.horizontalHeaderItem(c)
        texts.append(header_item.text() if header_item else "")
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            texts.append(item.text() if item else "")
    return texts


def tree_texts(tree: QTreeWidget) -> list[str]:
    texts = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    for item in _all_items(tree):
        texts.extend(item.text(c) for c in range(tree.columnCount()))
    return texts
