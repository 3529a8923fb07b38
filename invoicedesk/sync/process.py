"""Syncs in a child process, so the window's Python has its GIL to itself.

Parsing JSON, signing, storing batches: a sync of several accounts keeps four to a dozen
threads busy in Python. In the window's own process those threads take the GIL from the GUI
thread for tens of milliseconds at a time (``json.loads`` of one 2,500-invoice answer is one
uninterruptible C call), and the window stutters. :class:`ProcessSyncer` runs each account's
:meth:`~invoicedesk.sync.engine.SyncEngine.sync_account` in a spawned child instead; the
window's pool thread only waits on a pipe.

The protocol on the pipe (pickled tuples; nothing here is written to disk or logged):

- parent -> child: one :class:`SyncOrder` (the account, its secrets read from the keyring by the
  parent, the cache path, the day, the language, the HTTP policy), later perhaps ``("cancel",)``
  and the answers to secret updates: ``("saved",)`` or ``("not_saved", message)``.
- child -> parent: ``("progress", Progress)``, ``("log", logger, level, text)`` (redacted in
  the child before sending), ``("save_secrets", changes)`` (a renewed token: the parent writes
  the keyring and answers, and the child waits for that answer as the in-process engine waits
  for the keyring), and last ``("result", AccountResult)``.

The child has no keyring, no Qt and no settings: only the cache file, which SQLite (WAL) lets it
write while the window reads. When the child cannot be started, the sync runs in the window's
process as before, and the log says why.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, text
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.http import HttpPolicy
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.cache import CacheError, InvoiceCache
from invoicedesk.storage.secrets import SecretStoreError
from invoicedesk.sync.engine import (
    AccountResult,
    ProgressCallback,
    SecretSource,
    SyncEngine,
    error_text,
    internal_error,
    result_of,
)

log = logging.getLogger(__name__)

#: how long a cancelled child may take beyond one request's timeouts before it is terminated
#: (it checks for cancel between requests, so a slow request in flight runs to its end)
CANCEL_MARGIN_S = 5.0
#: how much lower the children's CPU priority is than the window's (Unix)
CHILD_NICENESS = 10
#: how long the child waits for the parent to store renewed secrets
SAVE_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class SyncOrder:
    account: Account
    secrets: dict[str, str]
    cache_path: Path
    accounts_path: Path
    full: bool
    today: dt.date
    language: str
    policy: HttpPolicy | None
    log_level: int


class ProcessSyncer:
    """What :class:`~invoicedesk.gui.workers.SyncController` calls, one account at a time per
    calling thread: each call starts a child process, relays its progress, log lines and
    secret updates, and returns its :class:`AccountResult`."""

    def __init__(
        self,
        engine: SyncEngine,
        cache_path: Path,
    ) -> None:
        self.engine = engine  # the fallback, and where secrets, day and language come from
        self.cache_path = cache_path
        # spawn, never fork: a forked copy of a process running Qt and threads is not safe
        self._context = multiprocessing.get_context("spawn")

    @property
    def secrets(self) -> SecretSource:
        return self.engine.secrets

    def sync_account(
        self,
        account: Account,
        *,
        full: bool = False,
        cancel: CancelToken | None = None,
        progress: ProgressCallback | None = None,
    ) -> AccountResult:
        cancel = cancel or CancelToken()
        try:
            secrets = self.secrets.get(account.name)
        except SecretStoreError as exc:  # recorded as the in-process engine records it
            self.engine.cache.set_account_state(
                account.name, account.provider, "error", error_text(exc)
            )
            return result_of(account, "error", error_text(exc))
        order = SyncOrder(
            account,
            secrets,
            self.cache_path,
            self.engine.accounts.path,
            full,
            self.engine.today(),
            self.engine.language,
            self.engine.policy,
            logging.getLogger().getEffectiveLevel(),
        )
        ours, theirs = self._context.Pipe()
        try:
            child = self._context.Process(
                target=child_main,
                args=(theirs,),
                name=f"invoicedesk-sync-{account.provider}",
                daemon=True,
            )
            child.start()
        except (OSError, RuntimeError) as exc:
            ours.close()
            theirs.close()
            log.warning("could not start a sync process (%s); syncing in the window's process", exc)
            return self.engine.sync_account(account, full=full, cancel=cancel, progress=progress)
        theirs.close()
        try:
            ours.send(order)
            return _Relay(self, account, ours, child, cancel, progress).run()
        finally:
            ours.close()
            child.join(timeout=5)
            if child.is_alive():
                child.kill()
                child.join()


@dataclass
class _Relay:
    """The parent's side of one child's sync."""

    syncer: ProcessSyncer
    account: Account
    conn: Connection
    child: Any
    cancel: CancelToken
    progress: ProgressCallback | None

    def run(self) -> AccountResult:
        cancel_sent: float | None = None
        while True:
            if self.cancel.cancelled and cancel_sent is None:
                cancel_sent = time.monotonic()
                self._send(("cancel",))
            if cancel_sent is not None and time.monotonic() - cancel_sent > self._grace():
                return self._stop_cancelled()
            try:
                ready = self.conn.poll(0.1)
                message = self.conn.recv() if ready else None
            except (EOFError, OSError):
                return self._lost()
            if message is None:
                if not self.child.is_alive() and not self.conn.poll(0):
                    return self._lost()
                continue
            result = self._handle(message)
            if result is not None:
                return result

    def _grace(self) -> float:
        policy = self.syncer.engine.policy
        return policy.timeout + policy.connect_timeout + CANCEL_MARGIN_S

    def _stop_cancelled(self) -> AccountResult:
        """A cancelled child that did not stop in time: take what it already sent (a renewed
        token must reach the keyring), then end it. Every batch it stored is committed."""
        with contextlib.suppress(EOFError, OSError):
            while self.conn.poll(0):
                result = self._handle(self.conn.recv())
                if result is not None:
                    return result
        self.child.terminate()
        self.child.join(timeout=5)
        log.warning("the sync process of %s was ended after the cancel", self.account.name)
        return self.syncer.engine.record_cancelled(self.account)

    def _handle(self, message: tuple[Any, ...]) -> AccountResult | None:
        kind = message[0]
        if kind == "result":
            result = message[1]
            assert isinstance(result, AccountResult)
            return result
        if kind == "progress":
            if self.progress is not None:
                self.progress(self.account.name, message[1])
        elif kind == "log":
            _, name, level, text = message
            logging.getLogger(name).log(level, "%s", text)
        elif kind == "save_secrets":
            try:
                self.syncer.secrets.update(self.account.name, dict(message[1]))
            except Exception as exc:  # any keyring failure: the child must hear of it
                log.warning("renewed secrets of %s not saved: %s", self.account.name, exc)
                self._send(("not_saved", error_text(exc) if str(exc) else type(exc).__name__))
            else:
                self._send(("saved",))
        return None

    def _send(self, message: tuple[Any, ...]) -> None:
        with contextlib.suppress(OSError):  # the child is gone; the loop notices
            self.conn.send(message)

    def _lost(self) -> AccountResult:
        self.child.join(timeout=5)
        code = self.child.exitcode
        log.error(
            "the sync process of %s stopped unexpectedly (exit code %s)", self.account.name, code
        )
        message = text(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the sync of this account stopped unexpectedly (exit code {code}); everything "
                "fetched before is kept. Sync again; if it happens again, the log file has the "
                "details",
            ),
            code=str(code),
        )
        cache = self.syncer.engine.cache
        try:
            cache.set_account_state(self.account.name, self.account.provider, "error", message)
        except Exception:  # the message still reaches the window
            log.exception("could not record the failed sync of %s", self.account.name)
        return result_of(self.account, "error", message)


# ---- the child ------------------------------------------------------------------------------
class _Pipe:
    """The child's end: sends from any thread; a reader thread takes cancel and save answers."""

    def __init__(self, conn: Connection, cancel: CancelToken) -> None:
        self.conn = conn
        self.cancel = cancel
        self.answers: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._lock = threading.Lock()
        threading.Thread(target=self._read, name="sync-pipe", daemon=True).start()

    def send(self, message: tuple[Any, ...]) -> None:
        with self._lock, contextlib.suppress(OSError):  # the window is gone: nobody to tell
            self.conn.send(message)

    def _read(self) -> None:
        while True:
            try:
                message = self.conn.recv()
            except (EOFError, OSError):  # the window is gone: stop as if cancelled
                self.cancel.cancel()
                self.answers.put(
                    ("not_saved", text(QT_TRANSLATE_NOOP("Errors", "the window closed")))
                )
                return
            if message[0] == "cancel":
                self.cancel.cancel()
            else:
                self.answers.put(message)


class _RelayedSecrets:
    """The secrets the parent read, and renewed ones written through the parent's keyring."""

    def __init__(self, account: str, secrets: dict[str, str], pipe: _Pipe) -> None:
        self._account = account
        self._secrets = dict(secrets)
        self._pipe = pipe

    def get(self, account: str) -> dict[str, str]:
        return dict(self._secrets) if account == self._account else {}

    def update(self, account: str, changes: dict[str, str]) -> None:
        self._pipe.send(("save_secrets", dict(changes)))
        try:
            answer = self._pipe.answers.get(timeout=SAVE_TIMEOUT_S)
        except queue.Empty:
            raise SecretStoreError(
                QT_TRANSLATE_NOOP("Errors", "the keyring did not answer in time")
            ) from None
        if answer[0] != "saved":
            raise SecretStoreError(answer[1])
        self._secrets.update(changes)


class _PipeHandler(logging.Handler):
    def __init__(self, pipe: _Pipe) -> None:
        super().__init__()
        self.pipe = pipe

    def emit(self, record: logging.LogRecord) -> None:
        # redact.install() made the message and the traceback text safe when the record was made
        try:
            text = record.getMessage()
            if record.exc_text:
                text += "\n" + record.exc_text
            self.pipe.send(("log", record.name, record.levelno, text))
        except Exception:  # logging must never end a sync
            self.handleError(record)


def child_main(conn: Connection) -> None:
    """The child process: one account's sync, then exit."""
    from invoicedesk.providers import redact

    order = conn.recv()
    assert isinstance(order, SyncOrder)
    if hasattr(os, "nice"):  # background work: the window's process goes first for the CPU
        with contextlib.suppress(OSError):
            os.nice(CHILD_NICENESS)
    cancel = CancelToken()
    pipe = _Pipe(conn, cancel)
    redact.install()
    redact.REDACTOR.add(order.secrets.values())
    root = logging.getLogger()
    root.handlers[:] = [_PipeHandler(pipe)]
    root.setLevel(order.log_level)
    # as in the parent (logsetup): httpx's per-request lines only when DEBUG was asked for
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(
            logging.DEBUG if order.log_level <= logging.DEBUG else logging.WARNING
        )
    log.debug("syncing %s in process %d", order.account.name, os.getpid())
    try:
        result = _sync(order, pipe, cancel)
    except CacheError as exc:
        result = result_of(order.account, "error", error_text(exc))
    except Exception as exc:  # a bug: in full in the log, plainly to the window
        log.exception("the sync process of %s failed", order.account.name)
        result = result_of(order.account, "error", internal_error(exc))
    pipe.send(("result", result))


def _sync(order: SyncOrder, pipe: _Pipe, cancel: CancelToken) -> AccountResult:
    cache = InvoiceCache(order.cache_path)
    try:
        engine = SyncEngine(
            cache,
            AccountStore(order.accounts_path),
            _RelayedSecrets(order.account.name, order.secrets, pipe),
            policy=order.policy,
            today=_fixed_day(order.today),
            language=order.language,
        )
        return engine.sync_account(
            order.account,
            full=order.full,
            cancel=cancel,
            progress=lambda _name, p: pipe.send(("progress", p)),
        )
    finally:
        cache.close()


def _fixed_day(day: dt.date) -> Callable[[], dt.date]:
    return lambda: day
