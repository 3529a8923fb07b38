"""The SQLite invoice cache: fast header rows for the table, full invoices on demand, the raw
provider JSON, per-account sync state and an audit of every sync.

Each batch is written in one transaction, so a failure or a kill never leaves half a page. WAL mode
lets the GUI read while a sync writes (each thread or window uses its own InvoiceCache).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from invoicedesk.domain import Direction, Invoice
from invoicedesk.domain.changes import Change
from invoicedesk.domain.fetched import FetchedInvoice
from invoicedesk.domain.text import Text
from invoicedesk.pause_point import pause
from invoicedesk.storage.batch_store import write_batch
from invoicedesk.storage.cache_errors import CacheError, describe, guard, rollback
from invoicedesk.storage.cache_rows import HEADER_COLUMNS as HEADER_COLUMNS
from invoicedesk.storage.cache_schema import MIGRATIONS as MIGRATIONS
from invoicedesk.storage.cache_schema import migrate, set_wal
from invoicedesk.storage.change_log import read_changes, record_gone, record_overdue
from invoicedesk.storage.codec import invoice_from_text

#: a cache with more rows than this is read in two halves at once (see table_columns)
PARALLEL_READ_ROWS = 20_000
#: rowids per read of :meth:`InvoiceCache.table_columns` (each array decoded holds the GIL ~1 ms)
READ_CHUNK_ROWIDS = 2048
#: decodes a column's JSON array (msgspec: some 15 % faster than json.loads here)
_ARRAY = msgspec.json.Decoder()
MAX_ROWID = 2**63 - 1


@dataclass(frozen=True)
class BatchResult:
    added: int
    changed: int


@dataclass(frozen=True)
class AccountState:
    account: str
    provider: str
    state: str  # ok | needs_login | error | never
    message: str | None
    last_success: dt.datetime | None
    last_attempt: dt.datetime | None
    cursor: dict[str, Any] | None
    #: the message as a translatable Text (None for a state written before there was one)
    text: Text | None = None


@dataclass(frozen=True)
class AuditEntry:
    invoice_id: str
    change: str  # added | changed | removed
    fields: tuple[str, ...]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class InvoiceCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                path, check_same_thread=False, isolation_level=None, timeout=30
            )
            set_wal(self._db)
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            with self._lock:
                migrate(self._db, path)
        except sqlite3.Error as exc:
            raise describe(exc, path) from None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ---- writing --------------------------------------------------------------------------
    def begin_sync(self, provider: str, account: str, full: bool) -> int:
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO syncs (provider, account, full, started) VALUES (?, ?, ?, ?)",
                (provider, account, int(full), _now()),
            )
            return int(cur.lastrowid or 0)

    def store_batch(
        self,
        sync_id: int,
        batch: Sequence[FetchedInvoice],
        seen: set[str] | None = None,
        *,
        today: dt.date | None = None,
    ) -> BatchResult:
        """Upsert one batch in one transaction and audit what was added or changed, with what
        changed before -> after (statuses as of ``today``)."""
        now = _now()
        day = today or dt.date.today()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                added, changed = write_batch(self._db, sync_id, batch, seen, day, now)
                self._db.execute(
                    "UPDATE syncs SET added=added+?, changed=changed+? WHERE id=?",
                    (added, changed, sync_id),
                )
                self._db.execute("COMMIT")
            except BaseException:
                rollback(self._db)
                raise
        return BatchResult(added, changed)

    def finish_sync(
        self,
        sync_id: int,
        provider: str,
        account: str,
        *,
        result: str,
        complete: bool = False,
        seen: set[str] | None = None,
        today: dt.date | None = None,
    ) -> int:
        """Close the sync record; on a complete sync, mark invoices not seen as gone (kept, not
        deleted). A successful sync also records the claims that became overdue since the
        previous one (as of ``today``). Returns how many disappeared."""
        removed = 0
        now = _now()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                if complete and seen is not None:
                    rows = self._db.execute(
                        "SELECT id FROM invoices WHERE provider=? AND account=? "
                        "AND gone_at IS NULL",
                        (provider, account),
                    ).fetchall()
                    for (invoice_id,) in rows:
                        if invoice_id not in seen:
                            removed += 1
                            self._db.execute(
                                "UPDATE invoices SET gone_at=? WHERE provider=? AND account=? "
                                "AND id=?",
                                (now, provider, account, invoice_id),
                            )
                            record_gone(self._db, sync_id, provider, account, invoice_id)
                day = today or dt.date.today()
                if result == "ok":
                    record_overdue(self._db, sync_id, provider, account, day)
                self._db.execute(
                    "UPDATE syncs SET finished=?, result=?, removed=?, day=? WHERE id=?",
                    (now, result, removed, day.isoformat() if result == "ok" else None, sync_id),
                )
                self._db.execute("COMMIT")
            except BaseException:
                rollback(self._db)
                raise
        return removed

    def set_account_state(
        self,
        account: str,
        provider: str,
        state: str,
        message: str | Text | None = None,
        *,
        success: bool = False,
        cursor: dict[str, Any] | None = None,
    ) -> None:
        """``message`` as a Text is kept twice: its English line, and itself (JSON) for the
        window to translate."""
        now = _now()
        structured = message.to_json() if isinstance(message, Text) else None
        message = str(message) if message is not None else None
        with self._lock:
            self._db.execute(
                """INSERT INTO account_state (account, provider, state, message, last_success,
                    last_attempt, cursor, message_text) VALUES (?,?,?,?,?,?,?,?)
                ON CONFLICT (account) DO UPDATE SET provider=excluded.provider,
                    state=excluded.state, message=excluded.message,
                    message_text=excluded.message_text,
                    last_success=COALESCE(excluded.last_success, account_state.last_success),
                    last_attempt=excluded.last_attempt,
                    cursor=COALESCE(excluded.cursor, account_state.cursor)""",
                (
                    account,
                    provider,
                    state,
                    message,
                    now if success else None,
                    now,
                    json.dumps(cursor) if cursor is not None else None,
                    structured,
                ),
            )

    def set_direction(self, account: str, direction: Direction) -> int:
        """Mark every cached invoice of ``account`` receivable or payable (its option changed);
        returns how many rows changed."""
        with self._lock:
            cur = self._db.execute(
                "UPDATE invoices SET direction=?, doc=json_set(doc, '$.direction', ?), "
                "doc_hash=NULL WHERE account=? AND direction<>?",
                (direction.value, direction.value, account, direction.value),
            )
            return cur.rowcount

    def delete_account(self, account: str) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM invoices WHERE account=?", (account,))
                self._db.execute("DELETE FROM account_state WHERE account=?", (account,))
                self._db.execute("COMMIT")
            except BaseException:
                rollback(self._db)
                raise

    def rename_account(self, old: str, new: str) -> int:
        """Move every cached row of ``old`` (invoices, state, sync history) to ``new``;
        returns how many invoices moved."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cur = self._db.execute(
                    "UPDATE invoices SET account=?, doc=json_set(doc, '$.account', ?), "
                    "doc_hash=NULL WHERE account=?",
                    (new, new, old),
                )
                moved = cur.rowcount
                for sql in (
                    "UPDATE account_state SET account=? WHERE account=?",
                    "UPDATE syncs SET account=? WHERE account=?",
                    "UPDATE audit SET account=? WHERE account=?",
                ):
                    self._db.execute(sql, (new, old))
            except BaseException:
                rollback(self._db)
                raise
            self._db.execute("COMMIT")
            return moved

    # ---- reading --------------------------------------------------------------------------
    def account_state(self, account: str) -> AccountState | None:
        with self._lock:
            row = self._db.execute(
                "SELECT account, provider, state, message, last_success, last_attempt, cursor, "
                "message_text FROM account_state WHERE account=?",
                (account,),
            ).fetchone()
        if row is None:
            return None
        return AccountState(
            row[0],
            row[1],
            row[2],
            row[3],
            dt.datetime.fromisoformat(row[4]) if row[4] else None,
            dt.datetime.fromisoformat(row[5]) if row[5] else None,
            json.loads(row[6]) if row[6] else None,
            Text.from_json(row[7]) if row[7] else None,
        )

    def known_payments(self, provider: str, account: str) -> dict[str, str]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, payment FROM invoices WHERE provider=? AND account=? "
                "AND gone_at IS NULL",
                (provider, account),
            ).fetchall()
        return {r[0]: r[1] for r in rows}

    def headers(self, accounts: Sequence[str] | None = None) -> list[tuple[Any, ...]]:
        """One tuple per live invoice, columns as :data:`HEADER_COLUMNS` (all text)."""
        # Only constant column names and "?" placeholders are joined in: no injection.
        sql = f"SELECT {', '.join(HEADER_COLUMNS)} FROM invoices WHERE gone_at IS NULL"  # noqa: S608
        params: list[str] = []
        if accounts is not None:
            sql += f" AND account IN ({','.join('?' * len(accounts))})"
            params = list(accounts)
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def table_columns(
        self, accounts: Sequence[str] | None = None, names: Sequence[str] = HEADER_COLUMNS
    ) -> dict[str, list[Any]]:
        """The live invoices as one list per :data:`HEADER_COLUMNS` name (or per one of
        ``names``; the same rows, in the same order, in every list): what the invoice table
        needs, read in one pass.

        SQLite gathers each column into a JSON array and Python decodes each array at once:
        several times faster for 100,000 rows than making a tuple per row. A large cache is read
        in two halves (by rowid) at once, the second on a connection of its own: SQLite works
        without the GIL, so two cores share the scan. (A sync committing meanwhile may show in
        one half and not yet in the other, as if the table were read a moment later.)"""
        if not set(names) <= set(HEADER_COLUMNS):
            raise ValueError(f"not a header column: {sorted(set(names) - set(HEADER_COLUMNS))}")
        arrays = ", ".join(f"json_group_array({name})" for name in names)
        # Only constant column names and "?" placeholders are joined in: no injection.
        sql = (
            f"SELECT {arrays} FROM invoices "  # noqa: S608
            "WHERE gone_at IS NULL AND rowid > ? AND rowid <= ?"
        )
        params: list[Any] = []
        if accounts is not None:
            sql += f" AND account IN ({','.join('?' * len(accounts))})"
            params = list(accounts)
        with self._lock:
            last = int(
                self._db.execute("SELECT coalesce(max(rowid), 0) FROM invoices").fetchone()[0]
            )
        if last < PARALLEL_READ_ROWS:
            columns = self._read_columns(sql, [-1, MAX_ROWID, *params], last, own=True)
            return dict(zip(names, columns, strict=True))
        middle = last // 2
        with ThreadPoolExecutor(1, thread_name_prefix="cache-read") as pool:
            later = pool.submit(self._read_columns, sql, [middle, MAX_ROWID, *params], last)
            first = self._read_columns(sql, [-1, middle, *params], last, own=True)
            second = later.result()
        return {name: head + tail for name, head, tail in zip(names, first, second, strict=True)}

    def _read_columns(
        self, sql: str, params: Sequence[Any], last: int, own: bool = False
    ) -> list[list[Any]]:
        """The columns of the rows with ``params[0] < rowid <= params[1]`` (``last``: the
        highest rowid now), read :data:`READ_CHUNK_ROWIDS` rowids at a time: decoding a JSON
        array holds the GIL, and a short one holds it briefly (the window's GUI thread waits
        for it while a sync reloads the table). All chunks are read in one transaction, so
        they see the cache as it was at the first (WAL: a sync writes on meanwhile)."""
        low, high, *rest = params
        starts = list(range(low, min(high, last), READ_CHUNK_ROWIDS)) or [low]
        ends = [*starts[1:], high]  # the last read takes rows stored meanwhile too
        columns: list[list[Any]] = []
        if own:
            db, lock = self._db, self._lock
        else:
            db = sqlite3.connect(
                self.path, check_same_thread=False, isolation_level=None, timeout=30
            )
            lock = threading.RLock()  # this thread's own connection: nobody else to wait for
        try:
            with lock:
                db.execute("BEGIN")
                try:
                    for start, end in zip(starts, ends, strict=True):
                        row = db.execute(sql, [start, end, *rest]).fetchone()
                        chunk = [_ARRAY.decode(text) for text in row]
                        pause()  # the GUI thread first, if it waits (invoicedesk.pause_point)
                        if not columns:
                            columns = chunk
                            continue
                        for column, part in zip(columns, chunk, strict=True):
                            column += part
                finally:
                    rollback(db)  # a read: nothing to keep, the snapshot let go
        finally:
            if not own:
                db.close()
        return columns

    def load(self, provider: str, account: str, invoice_id: str) -> Invoice | None:
        with self._lock:
            row = self._db.execute(
                "SELECT doc FROM invoices WHERE provider=? AND account=? AND id=?",
                (provider, account, invoice_id),
            ).fetchone()
        return invoice_from_text(row[0]) if row else None

    def raw(self, provider: str, account: str, invoice_id: str) -> Any:
        with self._lock:
            row = self._db.execute(
                "SELECT raw FROM invoices WHERE provider=? AND account=? AND id=?",
                (provider, account, invoice_id),
            ).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def account_names(self) -> list[str]:
        """Every account with live invoices in the cache."""
        with self._lock:
            rows = self._db.execute(
                "SELECT DISTINCT account FROM invoices WHERE gone_at IS NULL ORDER BY account"
            ).fetchall()
        return [str(r[0]) for r in rows]

    def invoices(self, accounts: Sequence[str] | None = None) -> Iterator[Invoice]:
        sql = "SELECT doc FROM invoices WHERE gone_at IS NULL"
        params: list[str] = []
        if accounts is not None:
            sql += f" AND account IN ({','.join('?' * len(accounts))})"
            params = list(accounts)
        sql += " ORDER BY provider, account, issue_date, id"
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        for (doc,) in rows:
            yield invoice_from_text(doc)

    def stream_invoices(
        self, accounts: Sequence[str] | None = None, chunk: int = 500
    ) -> Iterator[Invoice]:
        """The invoices of :meth:`invoices`, in its order, read ``chunk`` at a time on a
        connection of their own: memory stays flat however many there are (for exports), and
        the whole read sees one snapshot (a sync committing meanwhile is not half seen)."""
        sql = "SELECT doc FROM invoices WHERE gone_at IS NULL"
        if accounts is not None:
            sql += f" AND account IN ({','.join('?' * len(accounts))})"
        sql += " ORDER BY provider, account, issue_date, id"
        db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        try:
            cursor = db.execute(sql, list(accounts or ()))
            while rows := cursor.fetchmany(chunk):
                for (doc,) in rows:
                    yield invoice_from_text(doc)
        finally:
            db.close()

    def count(self, account: str | None = None) -> int:
        with self._lock:
            if account is None:
                row = self._db.execute("SELECT COUNT(*) FROM invoices WHERE gone_at IS NULL")
            else:
                row = self._db.execute(
                    "SELECT COUNT(*) FROM invoices WHERE gone_at IS NULL AND account=?", (account,)
                )
            return int(row.fetchone()[0])

    def audit(self, sync_id: int) -> list[AuditEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT invoice_id, change, fields FROM audit WHERE sync_id=? ORDER BY rowid",
                (sync_id,),
            ).fetchall()
        return [AuditEntry(r[0], r[1], tuple(r[2].split(",")) if r[2] else ()) for r in rows]

    def changes(self, accounts: Sequence[str] | None = None, **query: Any) -> list[Change]:
        """What syncs found, newest first: see :func:`.change_log.read_changes` (by default
        each account's latest successful sync)."""
        with self._lock:
            return read_changes(self._db, accounts=accounts, **query)

    def integrity_ok(self) -> bool:
        with self._lock:
            return bool(self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


guard(InvoiceCache, [name for name in vars(InvoiceCache) if not name.startswith("__")])
__all__ = ["CacheError", "InvoiceCache"]
