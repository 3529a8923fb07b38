"""A :class:`QTextDocument` laid out on A4 pages and painted page by page on a PDF writer or a
printer, each page with its number ("Page 1 of 3") under the text. A table that runs over a page
continues on the next one with its header rows (HTML ``<thead>``) repeated.

Thread-safety (Qt's "Thread-Support in Qt Modules"): QTextDocument and its layout are reentrant,
and QPainter may paint on a QPrinter / QPdfWriter (and QImage) outside the GUI thread. So
:func:`render_pdf` runs in a worker thread when the document is made there from plain HTML (no
image resources, which would be QPixmaps) and has no parent; the HTML itself, with its
translated words, is made on the GUI thread. Widgets and QPixmaps are never used here."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

#: the page number's size, and the band under the text it is drawn in (in its line heights)
FOOTER_POINTS = 8.0
FOOTER_LINES = 2.0


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, page_label: str) -> int:
    """Lay ``document`` out on A4 with 15 mm margins in ``device``'s own metrics and paint every
    page; ``page_label`` has %1 (this page) and %2 (pages). Returns the number of pages."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    # Laid out with the device's own font metrics, at its printable size in its pixels: laid out
    # at screen resolution and scaled, text comes out wider than measured and table cells break
    # amounts mid-number.
    layout = document.documentLayout()
    layout.setPaintDevice(device)
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    font = QFont(document.defaultFont())
    font.setPointSizeF(FOOTER_POINTS)
    metrics = QFontMetricsF(font, device)
    footer = metrics.height() * FOOTER_LINES
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(area.width(), area.height() - footer))
    height = document.pageSize().height()
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting the document")
    try:
        for index in range(pages):
            if index and not device.newPage():
                raise OSError("could not start a new page")
            page = QRectF(0, index * height, area.width(), height)
            painter.save()
            painter.translate(0, -page.top())
            painter.setClipRect(page)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = page
            layout.draw(painter, context)
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(0, area.height() - metrics.height(), area.width(), metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                page_label.replace("%1", str(index + 1)).replace("%2", str(pages)),
            )
    finally:
        painter.end()
    return pages


def render_pdf(html: str, title: str, page_label: str) -> bytes:
    """The HTML as an A4 PDF in memory (the caller writes the file and reports its errors).
    Safe in a worker thread: everything here is made, used and dropped in the calling thread."""
    document = QTextDocument()
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("invoicedesk")
    writer.setResolution(300)
    paint_pages(document, writer, page_label)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
