"""The detail pane shows what each provider sends, as plain text, and opens only web links."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTreeWidget
from pytestqt.qtbot import QtBot

from invoicedesk.domain import Party, Transaction
from invoicedesk.domain.facts import Fact
from invoicedesk.gui.detail_pane import DetailPane, safe_web_url
from invoicedesk.gui.formatting import Formats

from .conftest import (
    TODAY,
    buckaroo_invoice,
    connectid_invoice,
    sendregning_invoice,
    telecomx_invoice,
)


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def pane(qtbot: QtBot, opened: list[QUrl]) -> DetailPane:
    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    widget = DetailPane(Formats("en"), lambda: TODAY, opener)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    return widget


def table_rows(table: QTableWidget) -> list[dict[str, str]]:
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return [
        {header[c]: table.item(r, c).text() for c in range(table.columnCount())}
        for r in range(table.rowCount())
    ]


def test_sendregning_facts_lines_with_discount_and_reminder(pane: DetailPane) -> None:
    pane.show_invoice(sendregning_invoice())
    texts = pane.texts()
    for expected in (
        "Invoice 10234",
        "Overdue",
        "SendRegning · Regnskap AS · Owed to you",
        "Fjordkraft Regnskap AS",
        "987654321",
        "Strandgaten 5\n5013 Bergen\nNorge",
        "Lager 3\nKokstadvegen 12\n5257 Kokstad",
        "0001023457",
        "Kari Nordmann",
        "Ola Hansen",
        "PO-7781",
        "01/02/2025",
        "15/02/2025",
        "NOK\u00a010,953.13",
        "Reminder date",
        "20/02/2025",
        "Rådgivning februar",
    ):
        assert expected in texts, expected
    (lines,) = pane.findChildren(QTableWidget, "linesTable")
    first, second = table_rows(lines)
    assert first == {
        "Description": "Konsulenttimer",
        "Code": "KONS",
        "Quantity": "7.5",
        "Unit": "timer",
        "Unit price": "1,150.00",
        "Discount": "10%",
        "VAT rate": "25%",
        "Net": "7,762.50",
        "VAT": "1,940.63",
        "Total": "9,703.13",
    }
    assert second["Discount"] == "" and second["Total"] == "1,250.00"
    (reminders,) = pane.findChildren(QTableWidget, "remindersTable")
    assert table_rows(reminders)[0]["Amount"] == "70.00"
    assert pane.section_titles() == ["Lines", "Reminders"]
    assert pane.pdf_button is not None and pane.pdf_button.isEnabled()
    assert pane.pay_button is not None and not pane.pay_button.isEnabled()


def test_telecomx_unnumbered_with_wholesale_cost_and_facts(pane: DetailPane) -> None:
    pane.show_invoice(telecomx_invoice())
    texts = pane.texts()
    assert "Invoice not yet numbered" in texts
    # typed facts, worded and formatted by the window: one money format, yes/no translated
    assert "Period invoice" in texts and "yes" in texts
    assert "Margin" in texts and "DKK\u00a0420.95" in texts
    (lines,) = pane.findChildren(QTableWidget, "linesTable")
    mobile, minutes = table_rows(lines)
    assert mobile["Wholesale/unit"] == "18.50" and mobile["Cost/unit"] == "12.0125"
    assert mobile["Period"] == "01/03/2025 – 31/03/2025"
    assert minutes["Unit price"] == "0.0125"  # a per-minute rate keeps its precision
    assert minutes["Wholesale/unit"] == "0.008"
    assert minutes["Cost/unit"] == ""


def test_wholesale_columns_absent_when_provider_sends_none(pane: DetailPane) -> None:
    pane.show_invoice(sendregning_invoice())
    (lines,) = pane.findChildren(QTableWidget, "linesTable")
    header = [lines.horizontalHeaderItem(c).text() for c in range(lines.columnCount())]
    assert "Wholesale/unit" not in header and "Cost/unit" not in header and "Period" not in header


def test_buckaroo_transactions_with_refunds_and_credit_notes(pane: DetailPane) -> None:
    pane.show_invoice(buckaroo_invoice())
    assert pane.section_titles() == ["Credit notes", "Transactions"]
    (tree,) = pane.findChildren(QTreeWidget, "transactionsTree")
    assert tree.topLevelItemCount() == 1
    payment = tree.topLevelItem(0)
    assert [payment.text(c) for c in range(7)] == [
        "22/01/2025",
        "ideal",
        "Betaling factuur INV-2025-0042",
        "302.50",
        "",
        "252.50",
        "Succeeded (190 Success)",
    ]
    assert payment.childCount() == 1
    refund = payment.child(0)
    assert refund.text(1) == "Refund RF-1" and refund.text(4) == "50.00"
    assert refund.text(2) == "Gedeeltelijke terugbetaling" and refund.text(6) == "Succeeded"
    (notes,) = pane.findChildren(QTableWidget, "creditNotesTable")
    assert table_rows(notes) == [
        {
            "Number": "CN-2025-0007",
            "Date": "30/01/2025",
            "Description": "Retour 1 artikel",
            "Net": "-41.32",
            "VAT": "-8.68",
            "Total": "-50.00",
        }
    ]
    assert "€302.50" in pane.texts() and "Paid" in pane.texts()


def test_failed_transaction_says_so(pane: DetailPane) -> None:
    failed = Transaction(
        "TX-2", "ideal", None, TODAY, "EUR", Decimal("10"), None, None, False, "490", "Failed"
    )
    pane.show_invoice(buckaroo_invoice(transactions=(failed,), credit_notes=()))
    (tree,) = pane.findChildren(QTreeWidget, "transactionsTree")
    assert tree.topLevelItem(0).text(6) == "Failed (490 Failed)"


def test_connectid_offers_each_with_their_lines(pane: DetailPane) -> None:
    pane.show_invoice(connectid_invoice())
    assert pane.section_titles() == ["Offer 1", "Offer 2"]
    offers = pane.findChildren(QTableWidget, "offerLines")
    assert [table_rows(t)[0]["Description"] for t in offers] == [
        "Digital + papir, 12 mnd",
        "Kun digital, 12 mnd",
    ]
    texts = pane.texts()
    assert any("Customer reference Kampanje vår" in t for t in texts)
    assert "Partially paid" in texts
    assert "NOK\u00a0499.00" in texts  # outstanding = 799 - 300


def test_provider_html_is_shown_literally(pane: DetailPane) -> None:
    invoice = sendregning_invoice(
        customer=Party(name="<b>x</b>"),
        description="<a href='file:///etc'>click</a>",
        facts=(Fact.of_text("<i>label</i>", "<img src=x>"),),
    )
    pane.show_invoice(invoice)
    labels = {label.text(): label for label in pane.findChildren(QLabel)}
    for text in ("<b>x</b>", "<a href='file:///etc'>click</a>", "<i>label</i>", "<img src=x>"):
        assert text in labels, text
        assert labels[text].textFormat() == Qt.TextFormat.PlainText
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in pane.findChildren(QLabel))


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://pay.example/abc", True),
        ("http://pay.example/abc?x=1", True),
        ("HTTPS://PAY.EXAMPLE/", True),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("data:text/html,<b>x</b>", False),
        ("ftp://files.example/x.pdf", False),
        ("/relative/path.pdf", False),
        ("https://", False),
        ("", False),
        (None, False),
    ],
)
def test_only_web_links_are_considered_safe(url: str | None, safe: bool) -> None:
    assert (safe_web_url(url) is not None) is safe


def test_pdf_button_asks_for_the_pdf_and_other_schemes_are_refused(
    pane: DetailPane, qtbot: QtBot, opened: list[QUrl]
) -> None:
    """The PDF is not handed to a browser (which may be missing, and has not the account's
    login): the pane asks the window's DocumentActions for it."""
    invoice = sendregning_invoice()
    pane.show_invoice(invoice)
    assert pane.pdf_button is not None
    with qtbot.waitSignal(pane.pdf_requested) as asked:
        qtbot.mouseClick(pane.pdf_button, Qt.MouseButton.LeftButton)
    assert asked.args == [invoice] and opened == []

    pane.show_invoice(sendregning_invoice(pdf_url="file:///home/user/.ssh/id_rsa"))
    assert pane.pdf_button is not None and not pane.pdf_button.isEnabled()
    with qtbot.assertNotEmitted(pane.pdf_requested), qtbot.waitSignal(pane.message) as blocker:
        assert pane.open_pdf() is False
    assert "Refused" in blocker.args[0]
    with qtbot.waitSignal(pane.message) as blocker:
        assert pane.open_link("file:///home/user/.ssh/id_rsa") is False
    assert "Refused" in blocker.args[0]
    assert opened == []


def test_save_as_pdf_and_print_buttons_ask_for_the_shown_invoice(
    pane: DetailPane, qtbot: QtBot
) -> None:
    invoice = telecomx_invoice()
    pane.show_invoice(invoice)
    assert pane.pdf_button is not None and not pane.pdf_button.isEnabled()
    assert "Save as PDF" in pane.pdf_button.toolTip()
    with qtbot.assertNotEmitted(pane.pdf_requested), qtbot.waitSignal(pane.message) as said:
        assert pane.open_pdf() is False  # as a shortcut would call it
    assert "use Save as PDF" in said.args[0]
    for name, signal in (
        ("savePdfButton", pane.save_pdf_requested),
        ("printButton", pane.print_requested),
    ):
        button = pane.findChild(QPushButton, name)
        assert button is not None and button.isEnabled() and button.accessibleName() != ""
        with qtbot.waitSignal(signal) as asked:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert asked.args == [invoice]


def test_pay_link_button(pane: DetailPane, qtbot: QtBot, opened: list[QUrl]) -> None:
    pane.show_invoice(buckaroo_invoice())
    button = pane.findChild(QPushButton, "payButton")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened[-1].toString() == "https://checkout.buckaroo.example/pay/abc123"


def test_invoice_without_lines_says_so(pane: DetailPane) -> None:
    pane.show_invoice(sendregning_invoice(lines=(), reminders=()))
    assert "The provider sent no lines or payments for this invoice." in pane.texts()


def test_outstanding_that_is_not_total_minus_paid_is_explained(pane: DetailPane) -> None:
    from invoicedesk.domain import PaymentState, Reminder

    invoice = sendregning_invoice(
        payment=PaymentState.PARTIALLY_PAID,
        paid_amount=Decimal("953.13"),
        outstanding=Decimal("10000.00"),
        fees=Decimal("70.00"),
        reminders=(Reminder(number="1", amount=Decimal("10070.00"), fee=Decimal("70.00")),),
    )
    pane.show_invoice(invoice)
    texts = pane.texts()
    assert "Overdue · partly paid" in texts  # past due and partly paid: overdue
    assert "NOK\u00a010,070.00" in texts  # Outstanding: the balance plus the fee
    assert "NOK\u00a070.00" in texts  # the fees as their own figure
    (note,) = [t for t in texts if t.startswith("Outstanding ")]
    assert note == (
        "Outstanding NOK\u00a010,070.00 is not Total − Paid (NOK\u00a010,000.00): "
        "reminder fees NOK\u00a070.00 are owed too."
    )
    (reminders,) = pane.findChildren(QTableWidget, "remindersTable")
    assert table_rows(reminders)[0]["Fee"] == "70.00"


def test_a_settled_invoice_has_no_outstanding_note(pane: DetailPane) -> None:
    from invoicedesk.domain import PaymentState

    paid = sendregning_invoice(paid_amount=Decimal("10953.13"), payment=PaymentState.PAID)
    pane.show_invoice(paid)
    assert not [t for t in pane.texts() if t.startswith("Outstanding ")]


def test_a_fact_that_repeats_a_field_is_shown_once(pane: DetailPane) -> None:
    """ConnectID names the customer number in its facts too: the pane says it once."""
    from dataclasses import replace

    invoice = replace(
        connectid_invoice(),
        customer=Party(name="Per Olsen", number="563457"),
        facts=(Fact.of_text("connectid.customer_number", "563457"),),
    )
    pane.show_invoice(invoice)
    labels = [w.text() for w in pane.findChildren(QLabel, "factLabel")]
    assert labels.count("Customer number") == 1
    values = [w.text() for w in pane.findChildren(QLabel, "factValue")]
    assert values.count("563457") == 1
