"""An invoice's PDF: from the profile's documents folder when it was downloaded before (no
request at all), else downloaded once through the account's own client and session (its
credentials, TLS settings, byte limit and deadline) and kept there. Qt-free; the window runs
:func:`invoice_pdf` in a background job."""

from __future__ import annotations

from pathlib import Path

from invoicedesk.domain import Invoice
from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import ProviderError
from invoicedesk.providers.pdf import PdfSource
from invoicedesk.storage.accounts import AccountError
from invoicedesk.storage.documents import DocumentStore
from invoicedesk.sync.engine import SyncEngine, spec_of


class NoPdf(ProviderError):
    """The invoice has no PDF to download (no link, or a provider without PDFs)."""


def kept_pdf(store: DocumentStore, invoice: Invoice) -> Path | None:
    """The invoice's PDF if it was downloaded before."""
    return store.find(invoice.provider, invoice.account, invoice.id, invoice.number)


def invoice_pdf(
    engine: SyncEngine, store: DocumentStore, invoice: Invoice, cancel: CancelToken
) -> Path:
    """The path of the invoice's PDF, downloading it first when it is not kept yet. Raises
    :class:`ProviderError` (:class:`NoPdf` when there is nothing to download),
    :class:`~invoicedesk.storage.documents.DocumentError` or a keyring error, each one line."""
    kept = kept_pdf(store, invoice)
    if kept is not None:
        return kept
    if not invoice.pdf_url:
        raise NoPdf(QT_TRANSLATE_NOOP("Errors", "the provider gave no PDF for this invoice"))
    try:
        account = engine.accounts.get(invoice.account)
    except AccountError:
        raise NoPdf(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the account '{account}' is no longer set up, so its PDF cannot be fetched",
            ),
            account=invoice.account,
        ) from None
    client, session = engine.make_client(account)
    with session:
        if not isinstance(client, PdfSource):
            raise NoPdf(
                QT_TRANSLATE_NOOP("Errors", "{display_name} offers no PDF download"),
                display_name=spec_of(account).display_name,
            )
        data = client.fetch_pdf(invoice.pdf_url, cancel)
    return store.save(invoice.provider, invoice.account, invoice.id, invoice.number, data)
