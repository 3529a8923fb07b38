"""One export in a process of its own, as the user runs it: ``python export_process.py
PROFILE_DIR FORMAT OUT`` runs ``invoicedesk --profile-dir PROFILE_DIR export --format FORMAT -o
OUT`` in this process and prints one JSON object (seconds, peak RSS). ``python
export_process.py --baseline CACHE_FILE`` instead reads every cached document and parses its
JSON (no Invoice objects, no export): the floor of any export that reads the cache's documents;
and times the cache's decoding (``invoice_from_dict``) of them separately."""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
import time


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> dict[str, float]:
    if argv[0] == "--baseline":
        from invoicedesk.storage.codec import invoice_from_dict

        db = sqlite3.connect(argv[1])
        started = time.perf_counter()
        cursor = db.execute(
            "SELECT doc FROM invoices WHERE gone_at IS NULL "
            "ORDER BY provider, account, issue_date, id"
        )
        decode = 0.0
        count = 0
        while rows := cursor.fetchmany(500):
            docs = [json.loads(doc) for (doc,) in rows]
            count += len(docs)
            before = time.perf_counter()
            for doc in docs:
                invoice_from_dict(doc)
            decode += time.perf_counter() - before
        total = time.perf_counter() - started
        return {"read_s": total - decode, "decode_s": decode, "count": count}
    from invoicedesk.cli import main as cli

    profile, fmt, out = argv
    started = time.perf_counter()
    code = cli(["--profile-dir", profile, "export", "--format", fmt, "-o", out])
    seconds = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"export failed with {code}")
    return {"seconds": seconds, "peak_rss_mb": _rss_mb()}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
