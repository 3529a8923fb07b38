"""Every cached invoice back as domain objects, in a process of its own (100,000 invoices held
twice would otherwise stay in the benchmark's own memory, and Linux hands a process's peak RSS on
to the children it starts): ``InvoiceCache.invoices()`` (msgspec straight into the dataclasses)
against the reference way, ``json.loads`` and the reflective codec, on the same documents.

``python read_process.py CACHE_FILE`` prints one JSON object.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.codec import invoice_from_dict


def main() -> None:
    path = Path(sys.argv[1])
    cache = InvoiceCache(path)
    started = time.perf_counter()
    fast = list(cache.invoices())
    fast_s = time.perf_counter() - started
    cache.close()
    db = sqlite3.connect(path)
    started = time.perf_counter()
    docs = db.execute("SELECT doc FROM invoices WHERE gone_at IS NULL").fetchall()
    slow = [invoice_from_dict(json.loads(doc)) for (doc,) in docs]
    slow_s = time.perf_counter() - started
    db.close()
    same = sorted(fast, key=lambda i: i.key) == sorted(slow, key=lambda i: i.key)
    print(json.dumps({"invoices": len(fast), "fast_s": fast_s, "slow_s": slow_s, "same": same}))


if __name__ == "__main__":
    main()
