"""Loads the full invoice for the detail pane from the cache in a worker, on demand. Only the
answer to the latest request is delivered (holding an arrow key sends many)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from invoicedesk.domain import Invoice
from invoicedesk.gui.rows import InvoiceKey
from invoicedesk.gui.workers import Job, JobRunner
from invoicedesk.storage.cache import InvoiceCache


class DetailLoader(QObject):
    loaded = Signal(object)  # Invoice
    missing = Signal(object)  # InvoiceKey: not in the cache any more
    failed = Signal(str)

    def __init__(self, runner: JobRunner, cache: InvoiceCache, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = runner
        self._cache = cache
        self._generation = 0
        self.current: InvoiceKey | None = None

    def request(self, key: InvoiceKey | None) -> None:
        self._generation += 1
        self.current = key
        if key is None:
            return
        generation = self._generation
        cache = self._cache

        def work(_job: Job) -> Invoice | None:
            return cache.load(*key)

        self._runner.submit(
            work,
            on_result=lambda invoice: self._deliver(generation, key, invoice),
            on_error=lambda message: self._fail(generation, message),
        )

    def _deliver(self, generation: int, key: InvoiceKey, invoice: object) -> None:
        if generation != self._generation:
            return
        if isinstance(invoice, Invoice):
            self.loaded.emit(invoice)
        else:
            self.missing.emit(key)

    def _fail(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.failed.emit(message)
