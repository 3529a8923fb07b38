"""The invoice cache's schema and how a cache file gets it: WAL mode, then each migration in one
``BEGIN IMMEDIATE`` transaction that also reads the schema version, so two processes opening a
new cache at once never both create the tables (the second waits, then finds the work done)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.storage import change_log
from invoicedesk.storage.cache_errors import CacheError, rollback

MIGRATIONS: list[str] = [
    # 1: initial schema
    """
    CREATE TABLE invoices (
        provider TEXT NOT NULL, account TEXT NOT NULL, id TEXT NOT NULL,
        number TEXT, kind TEXT NOT NULL, customer TEXT, issue_date TEXT, due_date TEXT,
        currency TEXT NOT NULL, net TEXT, vat TEXT, total TEXT, paid TEXT, outstanding TEXT,
        payment TEXT NOT NULL, provider_overdue INTEGER NOT NULL DEFAULT 0, description TEXT,
        doc TEXT NOT NULL, raw TEXT, first_seen TEXT NOT NULL, updated_at TEXT NOT NULL,
        gone_at TEXT,
        PRIMARY KEY (provider, account, id)
    );
    CREATE INDEX invoices_account ON invoices (account);
    CREATE TABLE account_state (
        account TEXT PRIMARY KEY, provider TEXT NOT NULL, state TEXT NOT NULL,
        message TEXT, last_success TEXT, last_attempt TEXT, cursor TEXT
    );
    CREATE TABLE syncs (
        id INTEGER PRIMARY KEY AUTOINCREMENT, provider TEXT NOT NULL, account TEXT NOT NULL,
        full INTEGER NOT NULL, started TEXT NOT NULL, finished TEXT, result TEXT,
        added INTEGER NOT NULL DEFAULT 0, changed INTEGER NOT NULL DEFAULT 0,
        removed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE audit (
        sync_id INTEGER NOT NULL REFERENCES syncs(id), provider TEXT NOT NULL,
        account TEXT NOT NULL, invoice_id TEXT NOT NULL, change TEXT NOT NULL, fields TEXT
    );
    CREATE INDEX audit_sync ON audit (sync_id);
    """,
    # 2: the money model: each account's direction, reminder fees, the customer number beside
    # the name; reminders are events of their invoice now, never documents of their own
    """
    ALTER TABLE invoices ADD COLUMN direction TEXT NOT NULL DEFAULT 'receivable';
    ALTER TABLE invoices ADD COLUMN fees TEXT;
    ALTER TABLE invoices ADD COLUMN customer_number TEXT;
    DELETE FROM invoices WHERE kind NOT IN ('invoice', 'credit_note', 'draft');
    """,
    # 3: what changed, before -> after; the day each sync ran; payment search
    change_log.MIGRATION,
    # 4: a hash of each stored document, so a sync finds what changed without reading every
    # document back (storage/batch_store.py); NULL (unknown) for the rows already there
    """
    ALTER TABLE invoices ADD COLUMN doc_hash BLOB;
    """,
    # 5: an account's last message also as a translatable template with its parameters (JSON of
    # invoicedesk.domain.text.Text), so the window shows it in the user's language
    """
    ALTER TABLE account_state ADD COLUMN message_text TEXT;
    """,
]


def set_wal(db: sqlite3.Connection) -> None:
    # Switching a new file to WAL while another process does the same answers "locked"
    # at once, without SQLite's busy wait: wait here, as for any other lock (bounded).
    for _try in range(600):
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "") != "SQLITE_BUSY":
                raise
            time.sleep(0.05)
    db.execute("PRAGMA journal_mode=WAL")


def migrate(db: sqlite3.Connection, path: Path) -> None:
    """Each migration in one ``BEGIN IMMEDIATE`` transaction that also reads the schema
    version, so two processes opening a new cache at once never both create the tables
    (the second waits for the lock, then finds the work done)."""
    for _step in range(len(MIGRATIONS) + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise CacheError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the cache {path} was written by a newer invoicedesk (schema {version}); "
                        "update invoicedesk or use another --profile-dir",
                    ),
                    path=str(path),
                    version=str(version),
                )
            if version < len(MIGRATIONS):
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version={version + 1}")
            db.execute("COMMIT")
        except BaseException:
            rollback(db)
            raise
        if version >= len(MIGRATIONS) - 1:
            return
