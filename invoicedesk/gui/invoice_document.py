"""An invoice as a printable document, made from the cached data (for providers without a PDF of
their own, and for any invoice whose PDF cannot be fetched): title and dates, the parties, the
lines, a VAT summary per rate, totals and payment details, in the app's language.

Every text from a provider goes through :func:`html.escape` before it enters the HTML, so an
invoice line reading ``<script>`` or ``<img src=…>`` is shown as those characters, never
interpreted. The document is laid out on numbered A4 pages and written as a PDF or printed by
:mod:`invoicedesk.gui.paged_document`; the lines table repeats its header on every page."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from invoicedesk.domain import (
    Direction,
    Invoice,
    Line,
    Party,
    claim_outstanding,
    paid_amount,
    quantize,
)
from invoicedesk.gui import detail_tables as tables
from invoicedesk.gui.fact_labels import fact_rows
from invoicedesk.gui.formatting import (
    Formats,
    is_unnumbered,
    kind_label,
    not_numbered_label,
    provider_label,
)
from invoicedesk.gui.paged_document import paint_pages, render_pdf

translate = QCoreApplication.translate


_STYLE = """
body { font-family: sans-serif; font-size: 9.5pt; color: #000; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; }
h2 { font-size: 11pt; margin: 12pt 0 3pt 0; }
.note { color: #555; font-size: 8pt; }
th { background: #e8e8e8; }
td.label { color: #444; }
tr.sum td { font-weight: bold; }
"""


def e(text: object) -> str:
    """Provider (or any) text made safe for the HTML: ``<``, ``>``, ``&`` and quotes escaped,
    line breaks kept."""
    return html.escape(str(text), quote=True).replace("\n", "<br>")


def title_of(invoice: Invoice) -> str:
    number = (
        not_numbered_label()
        if is_unnumbered(invoice.provider, invoice.number)
        else invoice.number or "—"
    )
    return f"{kind_label(invoice.kind)} {number}"


def invoice_html(invoice: Invoice, fmt: Formats) -> str:
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        f"<h1>{e(title_of(invoice))}</h1>",
        _facts_table(_header_facts(invoice, fmt)),
        _parties(invoice),
        _lines(invoice, fmt),
        _vat_summary(invoice, fmt),
        _totals(invoice, fmt),
        _payment(invoice, fmt),
        "<p class='note'>"
        + e(
            translate(
                "InvoiceDocument",
                "Made by invoicedesk from the data last synced from %1; "
                "not the provider's own document.",
            ).replace("%1", provider_label(invoice.provider))
        )
        + "</p></body></html>",
    ]
    return "".join(parts)


def invoice_document(invoice: Invoice, fmt: Formats) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(invoice_html(invoice, fmt))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title_of(invoice))
    return document


def page_label() -> str:
    """Under each page: %1 is the page, %2 the number of pages."""
    return translate("InvoiceDocument", "Page %1 of %2")


def pdf_bytes(invoice: Invoice, fmt: Formats) -> bytes:
    """The invoice as an A4 PDF (in memory: the caller writes the file and reports its
    errors). The HTML is made here; :func:`render_pdf` may as well run in a worker thread."""
    return render_pdf(invoice_html(invoice, fmt), title_of(invoice), page_label())


def print_document(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Paint the document on ``device`` (a printer or PDF writer), A4, numbered pages."""
    paint_pages(document, device, page_label())


# ---- sections ------------------------------------------------------------------------------


def _facts_table(facts: Iterable[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td class='label'>{e(label)}</td><td>{e(value)}</td></tr>"
        for label, value in facts
        if value
    )
    return f"<table cellspacing='0' cellpadding='2'>{rows}</table>" if rows else ""


def _header_facts(invoice: Invoice, fmt: Formats) -> list[tuple[str, str]]:
    return [
        (translate("InvoiceDocument", "Issued"), fmt.date(invoice.issue_date)),
        (translate("InvoiceDocument", "Due"), fmt.date(invoice.due_date)),
        (translate("InvoiceDocument", "Description"), invoice.description or ""),
        (translate("InvoiceDocument", "Our reference"), invoice.our_reference or ""),
        (translate("InvoiceDocument", "Your reference"), invoice.your_reference or ""),
        (translate("InvoiceDocument", "Order reference"), invoice.order_reference or ""),
        (translate("InvoiceDocument", "Credits invoice"), invoice.credits_invoice or ""),
    ]


def _party_lines(party: Party | None) -> list[str]:
    if party is None:
        return []
    lines = [party.name or ""]
    if party.address is not None:
        lines.append(party.address.as_text())
    if party.organisation_number:
        lines.append(
            translate("InvoiceDocument", "Organisation number %1").replace(
                "%1", party.organisation_number
            )
        )
    if party.number:
        lines.append(translate("InvoiceDocument", "Customer number %1").replace("%1", party.number))
    if party.email:
        lines.append(party.email)
    return [line for line in lines if line]


def _parties(invoice: Invoice) -> str:
    issuer = next(
        (f.text for f in invoice.facts if f.key == "sendregning.issued_by" and f.text), None
    )
    if invoice.direction is Direction.RECEIVABLE:
        seller = [invoice.account, *([issuer] if issuer else [])]
    else:
        seller = [issuer or provider_label(invoice.provider)]
    customer = _party_lines(invoice.customer)
    delivery = invoice.delivery_address.as_text() if invoice.delivery_address else ""
    cells = [
        (translate("InvoiceDocument", "Seller"), seller),
        (translate("InvoiceDocument", "Customer"), customer),
        (translate("InvoiceDocument", "Delivery address"), [delivery] if delivery else []),
    ]
    shown = [(title, lines) for title, lines in cells if lines]
    if not shown:
        return ""
    heads = "".join(f"<td width='33%'><b>{e(title)}</b></td>" for title, _ in shown)
    bodies = "".join(
        "<td valign='top'>" + "<br>".join(e(line) for line in lines) + "</td>" for _, lines in shown
    )
    return f"<table width='100%' style='margin-top: 10pt'><tr>{heads}</tr><tr>{bodies}</tr></table>"


def document_lines(invoice: Invoice) -> tuple[Line, ...]:
    """The lines to show: the invoice's own, else those of its first offer (ConnectID's offers
    are alternatives; the first is what the invoice's figures are about)."""
    if invoice.lines:
        return invoice.lines
    return invoice.offers[0].lines if invoice.offers else ()


def _lines(invoice: Invoice, fmt: Formats) -> str:
    lines = document_lines(invoice)
    if not lines:
        return ""
    # without the reseller's wholesale and cost per unit (the last two): not for the customer
    columns = tables.line_columns(fmt, invoice.currency)[:-2]
    shown = [c for c in columns if c.always or any(c.value(line) for line in lines)]
    head = "".join(f"<th{_num(c.right)}>{e(c.title)}</th>" for c in shown)
    body = "".join(
        "<tr>" + "".join(f"<td{_cell(c.right)}>{e(c.value(line))}</td>" for c in shown) + "</tr>"
        for line in lines
    )
    return (
        _heading(translate("InvoiceDocument", "Lines"))
        + f"<table class='grid' width='100%' cellspacing='0' cellpadding='4'>"
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def vat_by_rate(lines: Sequence[Line], currency: str) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(rate, net, VAT) per VAT rate over the lines that give a rate, highest rate first."""
    sums: dict[Decimal, tuple[Decimal, Decimal]] = {}
    for line in lines:
        if line.vat_rate is None:
            continue
        net, vat = sums.get(line.vat_rate, (Decimal(0), Decimal(0)))
        sums[line.vat_rate] = (net + (line.net or 0), vat + (line.vat or 0))
    return [
        (rate, quantize(net, currency), quantize(vat, currency))
        for rate, (net, vat) in sorted(sums.items(), reverse=True)
    ]


def _vat_summary(invoice: Invoice, fmt: Formats) -> str:
    rows = vat_by_rate(document_lines(invoice), invoice.currency)
    if not rows:
        return ""
    cur = invoice.currency
    head = "".join(
        f"<th{_num(i > 0)}>{e(t)}</th>"
        for i, t in enumerate(
            (
                translate("InvoiceDocument", "VAT rate"),
                translate("InvoiceDocument", "Basis"),
                translate("InvoiceDocument", "VAT"),
            )
        )
    )
    body = "".join(
        f"<tr><td>{e(fmt.percent(rate))}</td><td align='right'>{e(fmt.money(net, cur))}</td>"
        f"<td align='right'>{e(fmt.money(vat, cur))}</td></tr>"
        for rate, net, vat in rows
    )
    return (
        _heading(translate("InvoiceDocument", "VAT summary"))
        + f"<table class='grid' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"
    )


def _totals(invoice: Invoice, fmt: Formats) -> str:
    cur = invoice.currency
    paid = paid_amount(invoice)
    rows = [
        (translate("InvoiceDocument", "Net"), fmt.money(invoice.net, cur), False),
        (translate("InvoiceDocument", "VAT"), fmt.money(invoice.vat, cur), False),
        (translate("InvoiceDocument", "Fees"), fmt.money(invoice.fees, cur), False),
        (translate("InvoiceDocument", "Total"), fmt.money(invoice.total, cur), True),
        (translate("InvoiceDocument", "Paid"), fmt.money(paid, cur) if paid else "", False),
        (
            translate("InvoiceDocument", "Outstanding"),
            fmt.money(claim_outstanding(invoice), cur),
            True,
        ),
    ]
    body = "".join(
        f"<tr{_SUM if bold else ''}><td class='label'>{e(label)}</td>"
        f"<td align='right'>{e(value)}</td></tr>"
        for label, value, bold in rows
        if value
    )
    if not body:
        return ""
    return (
        _heading(translate("InvoiceDocument", "Totals"))
        + f"<table class='grid' align='right' cellspacing='0' cellpadding='4'>{body}</table>"
    )


def _payment(invoice: Invoice, fmt: Formats) -> str:
    facts = [
        (translate("InvoiceDocument", "KID"), invoice.kid or ""),
        (translate("InvoiceDocument", "Due"), fmt.date(invoice.due_date)),
        (translate("InvoiceDocument", "Payment link"), invoice.pay_url or ""),
        *fact_rows((f for f in invoice.facts if f.key != "sendregning.issued_by"), fmt),
    ]
    table = _facts_table(facts)
    if not table:
        return ""
    return _heading(translate("InvoiceDocument", "Payment details")) + table


_SUM = " class='sum'"


def _heading(text: str) -> str:
    return f"<h2>{e(text)}</h2>"


def _cell(right: bool) -> str:
    return " align='right'" if right else ""


def _num(right: bool) -> str:
    return " align='right'" if right else " align='left'"
