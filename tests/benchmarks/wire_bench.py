"""Sync at wire speed: one provider's sandbox at a time, no added latency, a full sync of many
invoices against a plain loop that downloads exactly the same requests without parsing or storing
them (the app's requests recorded, then replayed one after another by a plain httpx client).

With no latency to hide, what is left is the app's own work per invoice: parsing the provider's
answer, encoding the cached document, storing it and its change record. The ratio says how much
that costs on top of the bytes on the wire.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from .profiles import make_profile
from .report import Figure
from .servers import Sandboxes
from .sync_bench import headless_sync, sequential_loop

#: (provider, invoices) as the issue's goals name them
SIZES = (("sendregning", 100_000), ("telecomx", 20_000), ("connectid", 10_000))
GOAL = 3.0


def run(scale: float = 1.0) -> list[Figure]:
    figures: list[Figure] = []
    for provider, full_size in SIZES:
        size = max(10, int(full_size * scale))
        with Sandboxes({provider: size}, 0.0) as sandboxes, tempfile.TemporaryDirectory() as tmp:
            setup = make_profile(Path(tmp), sandboxes.accounts)
            sync_run, engine = headless_sync(setup)
            engine.cache.close()
            loop_s, differ = sequential_loop(sync_run.recorded, sandboxes.accounts)
        ratio = sync_run.elapsed / loop_s
        stored = sum(r.fetched for r in sync_run.results)
        figures.append(
            Figure(
                f"Full sync at wire speed, {provider} {size:,} invoices, no added latency",
                ratio,
                "× plain download",
                f"≤ {GOAL:.0f}× the plain download",
                ratio <= GOAL,
                f"plain httpx loop over the same {len(sync_run.recorded):,} requests, no "
                f"parsing: {loop_s:.1f} s",
                f"sync {sync_run.elapsed:.1f} s ({sync_run.elapsed / max(stored, 1) * 1e6:.0f} µs "
                f"per invoice, {stored:,} stored); {differ} replayed answers differ",
            )
        )
    return figures
