"""A cancel token checked between requests and during back-off waits."""

from __future__ import annotations

import threading

from invoicedesk.providers.errors import Cancelled


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def sleep(self, seconds: float) -> None:
        """Wait, waking at once (and raising :class:`Cancelled`) if cancelled meanwhile."""
        if self._event.wait(max(0.0, seconds)):
            raise Cancelled()
