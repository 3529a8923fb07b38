"""Two first syncs on a new profile at once: both open (and migrate) the new cache; neither is
told the cache is damaged. Real files, real SQLite locking (one connection per thread, as two
processes have)."""

from __future__ import annotations

import threading
from pathlib import Path

from invoicedesk.storage.cache import CacheError, InvoiceCache


def test_concurrent_first_opens_of_a_new_cache_all_succeed(tmp_path: Path):
    failures: list[str] = []
    for round_ in range(15):
        path = tmp_path / f"r{round_}" / "cache.sqlite3"
        barrier = threading.Barrier(6)

        def open_it(path: Path = path, barrier: threading.Barrier = barrier) -> None:
            barrier.wait(10)
            try:
                InvoiceCache(path).close()
            except CacheError as exc:
                failures.append(str(exc))

        threads = [threading.Thread(target=open_it) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        cache = InvoiceCache(path)
        assert cache.integrity_ok()
        cache.close()
    assert failures == []
