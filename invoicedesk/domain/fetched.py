"""What a provider hands the sync engine and the engine hands the cache: an invoice and the
provider's own JSON for it. Below both, so the store needs no wire-layer import."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from invoicedesk.domain.model import Invoice


@dataclass(frozen=True)
class FetchedInvoice:
    invoice: Invoice
    #: the provider's own JSON for this invoice, kept in the cache for the inspector
    raw: Any
