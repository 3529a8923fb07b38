"""Local faults in the cache, on real files: a full disk during a sync, damaged pages in the
middle of the file, a read-only or locked cache. Each ends in one line that names the cause and
what to do (never "internal error"), and nothing stored before is lost."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest

from invoicedesk.cli import main
from invoicedesk.sandbox.sendregning import SendRegningSandbox
from invoicedesk.storage.cache import CacheError, InvoiceCache
from invoicedesk.storage.cache_errors import describe
from invoicedesk.storage.paths import Profile

from .world import open_world


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdin=io.StringIO(""), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def server():
    with SendRegningSandbox(size=150) as s:
        yield s


def test_a_full_disk_during_a_sync_is_one_clear_line_and_loses_nothing(tmp_path, server):
    w = open_world(tmp_path, "sendregning", server)
    try:
        assert w.sync().state == "ok"
        before = {i.id: i for i in w.invoices()}
        # The disk fills up: SQLite's file may not grow by a single page (SQLITE_FULL) ...
        pages = w.cache._db.execute("PRAGMA page_count").fetchone()[0]
        w.cache._db.execute(f"PRAGMA max_page_count={pages}")
        # ... while the provider's answers grow (every invoice's raw JSON gets 3 KB longer)
        for invoice in server.invoices:
            invoice["padding"] = "p" * 3000
        with pytest.raises(CacheError) as err:
            w.sync()
        message = str(err.value)
        assert "is full" in message and "nothing stored before was lost" in message
        assert "\n" not in message and "internal error" not in message
        w.cache._db.execute("PRAGMA max_page_count=1073741823")
        assert {i.id: i for i in w.invoices()} == before
        assert w.cache.integrity_ok()
    finally:
        w.close()


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file with junk (the header page stays intact)."""
    size = path.stat().st_size
    page = 4096
    with path.open("r+b") as f:
        for number in range(size // page // 3, 2 * size // page // 3):
            f.seek(number * page)
            f.write(bytes((number * 37 + i) % 251 for i in range(page)))


def test_damaged_pages_in_the_middle_are_one_clear_line_with_how_to_rebuild(tmp_path, server):
    w = open_world(tmp_path, "sendregning", server)
    try:
        assert w.sync().state == "ok"
    finally:
        w.close()
    cache_path = Profile.at(tmp_path).cache_path
    assert not Path(f"{cache_path}-wal").exists() or Path(f"{cache_path}-wal").stat().st_size == 0
    _damage(cache_path)
    code, _out, err = cli("--profile-dir", str(tmp_path), "export", "--format", "json")
    assert code == 1
    assert err.count("\n") == 1, err
    assert "damaged" in err and "sync again to rebuild" in err
    assert "internal error" not in err and "Traceback" not in err


def test_a_read_only_cache_is_called_read_only_not_damaged(tmp_path):
    path = tmp_path / "cache.sqlite3"
    InvoiceCache(path).close()
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.Error) as caught:
            db.execute("CREATE TABLE x (y)")
    finally:
        db.close()
    message = str(describe(caught.value, path))
    assert "read-only" in message and "damaged" not in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only file")
def test_opening_a_read_only_profile_says_read_only(tmp_path):
    path = tmp_path / "p" / "cache.sqlite3"
    InvoiceCache(path).close()
    for leftover in path.parent.glob("cache.sqlite3-*"):
        leftover.unlink()
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        with pytest.raises(CacheError, match="read-only"):
            InvoiceCache(path).store_batch(0, [])
    finally:
        path.parent.chmod(0o755)


def test_a_locked_cache_says_locked(tmp_path):
    path = tmp_path / "cache.sqlite3"
    InvoiceCache(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        with pytest.raises(sqlite3.Error) as caught:
            other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()
        holder.execute("ROLLBACK")
        holder.close()
    assert "locked by another invoicedesk" in str(describe(caught.value, path))
