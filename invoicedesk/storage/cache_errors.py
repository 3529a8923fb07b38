"""What a failing SQLite operation on the invoice cache means for the bookkeeper: every cache
operation, not only opening it, turns :class:`sqlite3.Error` into a :class:`CacheError` whose one
line names the cause (damaged, disk full, read-only, locked, ...) and what to do."""

from __future__ import annotations

import contextlib
import functools
import inspect
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, TextError


class CacheError(TextError, RuntimeError):
    """The cache cannot be opened or used; the message says why and what to do."""


def describe(exc: sqlite3.Error, path: Path) -> CacheError:
    """One line for ``exc`` raised while using the cache at ``path``."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return CacheError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the disk holding the invoice cache {path} is full, so the sync could "
                "not store what it fetched. Free some space and sync again; nothing "
                "stored before was lost.",
            ),
            path=str(path),
        )
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return CacheError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the invoice cache {path} is read-only for this user, so it cannot be "
                "written. Make the file and its folder writable (or use another "
                "--profile-dir).",
            ),
            path=str(path),
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return CacheError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the invoice cache {path} stayed locked by another invoicedesk (a sync "
                "or the app). Wait for it to finish and try again.",
            ),
            path=str(path),
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return CacheError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the invoice cache {path} is damaged ({text}). It holds only copies of "
                "provider data: move it away and sync again to rebuild it.",
            ),
            path=str(path),
            text=text,
        )
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return CacheError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the invoice cache {path} cannot be opened ({text}). Check that its "
                "folder exists and that this user may read and write it.",
            ),
            path=str(path),
            text=text,
        )
    if name.startswith("SQLITE_IOERR"):
        return CacheError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the invoice cache {path} could not be read or written ({text}): a "
                "disk problem (full, removed or failing). Check the disk and try again.",
            ),
            path=str(path),
            text=text,
        )
    return CacheError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the invoice cache {path} failed ({text}). If this persists, move it "
            "away and sync again to rebuild it (it holds only copies of provider "
            "data).",
        ),
        path=str(path),
        text=text,
    )


def rollback(db: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open (SQLite ends some by itself on errors such as
    a full disk); never let the rollback hide the error that caused it."""
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")


def guard(cls: type[Any], names: Iterable[str]) -> None:
    """Wrap the methods ``names`` of ``cls`` (whose instances have ``path``) so that any
    :class:`sqlite3.Error` leaves them as a :class:`CacheError` (generators while iterating)."""
    for name in names:
        if inspect.isfunction(vars(cls).get(name)):
            setattr(cls, name, _guarded(getattr(cls, name)))


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def gen(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            try:
                yield from method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise describe(exc, self.path) from None

        return gen

    @functools.wraps(method)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise describe(exc, self.path) from None

    return call
