"""The baselines for the 100,000-row figures, in a process of their own: the straightforward way
(one row object per invoice from the cache's header tuples, ``sorted()`` on the rows' values,
a scan of every row per keystroke with totals from the row objects) on the same cache.

``python naive_process.py CACHE_FILE`` prints one JSON object.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from invoicedesk.domain import Status
from invoicedesk.gui.formatting import provider_label
from invoicedesk.gui.rows import InvoiceRow, row_from_header
from invoicedesk.gui.sort_keys import natural_key
from invoicedesk.gui.totals import totals_by_currency
from invoicedesk.storage.cache import InvoiceCache

TODAY = dt.date(2026, 11, 22)
SEARCH = "nordmann"
RANK = {Status.OVERDUE: 0, Status.PARTIALLY_PAID: 1, Status.UNPAID: 2, Status.PAID: 3}

VALUES: dict[str, Any] = {
    "provider": lambda r: provider_label(r.provider).casefold(),
    "account": lambda r: r.account.casefold(),
    "number": lambda r: natural_key(r.number) if r.number and not r.unnumbered else None,
    "customer": lambda r: r.customer.casefold() if r.customer else None,
    "issued": lambda r: r.issue_date,
    "due": lambda r: r.due_date,
    "currency": lambda r: r.currency,
    "net": lambda r: r.net,
    "vat": lambda r: r.vat,
    "total": lambda r: r.total,
    "paid": lambda r: r.paid,
    "status": lambda r: RANK[r.status],
}


def search(row: InvoiceRow, needle: str) -> bool:
    text = "\x1f".join(p for p in (row.number, row.customer, row.description) if p)
    return needle in text.casefold()


def main() -> None:
    cache = InvoiceCache(Path(sys.argv[1]))
    started = time.perf_counter()
    rows = [row_from_header(h, TODAY) for h in cache.headers()]
    build = time.perf_counter() - started
    sorts = {}
    for name, value in VALUES.items():
        started = time.perf_counter()
        sorted(rows, key=lambda r, v=value: (v(r) is None, v(r)))
        sorts[name] = time.perf_counter() - started
    keystrokes = []
    texts = [SEARCH[:n] for n in range(1, len(SEARCH) + 1)]
    for text in texts:
        started = time.perf_counter()
        shown = [r for r in rows if search(r, text)]
        totals_by_currency(shown)
        keystrokes.append((text, time.perf_counter() - started, len(shown)))
    print(
        json.dumps(
            {
                "rows": len(rows),
                "build_s": build,
                "sort_s": sorts,
                "keystrokes": keystrokes,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
