"""Sync engine: pages -> store, progress, cancel, audit. No Qt."""

from invoicedesk.sync.engine import AccountResult, SyncEngine

__all__ = ["AccountResult", "SyncEngine"]
