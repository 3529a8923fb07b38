"""Sync benchmarks: a full sync of the four sandboxes with latency added to every request, against
a plain sequential httpx loop over exactly the requests the app made (recorded, then replayed
one after another) and against the latency floor; the GUI thread's longest stall during a sync
in the window; and the bytes of a re-sync with nothing changed.

The sandboxes run in processes of their own (:mod:`.servers`), as a real provider is another
machine: in the app's process they would compete with it for the GIL.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from invoicedesk.providers import get_spec
from invoicedesk.providers.buckaroo import authorization, new_nonce
from invoicedesk.sandbox import DemoAccount
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.sync.engine import AccountResult, SyncEngine

from . import children
from .profiles import Setup, StallRun, make_profile
from .report import Figure
from .servers import Sandboxes


@dataclass
class Recorded:
    provider: str
    method: str
    url: str
    headers: list[tuple[str, str]]
    content: bytes
    status: int | None = None


class RecordingTransport(httpx.BaseTransport):
    """The transport the app would make (same connection limits), noting every request."""

    def __init__(self, provider: str, log: list[Recorded], lock: threading.Lock) -> None:
        concurrency = max(get_spec(provider).max_concurrency, 1)
        self._inner = httpx.HTTPTransport(
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        )
        self._provider = provider
        self._log = log
        self._lock = lock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        entry = Recorded(
            self._provider,
            request.method,
            str(request.url),
            [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw],
            request.read(),
        )
        with self._lock:
            self._log.append(entry)
        response = self._inner.handle_request(request)
        entry.status = response.status_code
        return response

    def close(self) -> None:
        self._inner.close()


@dataclass
class SyncRun:
    elapsed: float
    results: list[AccountResult]
    recorded: list[Recorded]

    def requests(self) -> Counter[str]:
        return Counter(r.provider for r in self.recorded)


def headless_sync(setup: Setup) -> tuple[SyncRun, SyncEngine]:
    """``invoicedesk sync --full`` for every account at once, every request recorded."""
    log: list[Recorded] = []
    lock = threading.Lock()
    engine = SyncEngine(
        InvoiceCache(setup.profile.cache_path),
        setup.accounts,
        setup.secrets,
        transport_factory=lambda account: RecordingTransport(account.provider, log, lock),
    )
    started = time.perf_counter()
    results = engine.sync(full=True)
    elapsed = time.perf_counter() - started
    problems = [f"{r.account}: {r.state} {r.message}" for r in results if not r.ok]
    if problems:
        raise RuntimeError("the benchmark sync failed: " + "; ".join(problems))
    return SyncRun(elapsed, results, list(log)), engine


def sequential_loop(recorded: list[Recorded], demo: dict[str, DemoAccount]) -> tuple[float, int]:
    """The baseline: the same requests with a plain httpx client, one after another. Buckaroo
    requests are signed afresh (the sandbox, like Buckaroo, refuses a nonce seen before).
    Returns (seconds, answers whose status differs from the app's)."""
    buckaroo = demo.get("buckaroo")
    differ = 0
    skip = {"host", "content-length", "connection", "transfer-encoding"}
    with httpx.Client(timeout=60) as client:
        started = time.perf_counter()
        for entry in recorded:
            headers = [(k, v) for k, v in entry.headers if k.lower() not in skip]
            if buckaroo is not None and entry.provider == "buckaroo":
                headers = [(k, v) for k, v in headers if k.lower() != "authorization"]
                headers.append(
                    (
                        "Authorization",
                        authorization(
                            buckaroo.options["website_key"],
                            buckaroo.secrets["secret_key"],
                            entry.method,
                            entry.url,
                            entry.content,
                            int(time.time()),
                            new_nonce(),
                        ),
                    )
                )
            response = client.request(
                entry.method, entry.url, headers=headers, content=entry.content or None
            )
            response.read()
            differ += response.status_code != entry.status
        return time.perf_counter() - started, differ


def _gui_stall_in_child(
    demo: dict[str, DemoAccount], directory: Path, idle_seconds: float, busy: int = 0
) -> StallRun:
    """The window's sync in a fresh process: nothing made by the headless run (TLS context,
    imported modules, locale data) is there to help it. ``busy``: that many other processes
    spin on the CPU meanwhile (the machine under load), idle baseline included."""
    directory.mkdir(parents=True)
    accounts = directory / "accounts.json"
    accounts.write_text(json.dumps({name: asdict(a) for name, a in demo.items()}))
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(busy)]
    try:
        return _stall_process(accounts, idle_seconds)
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def _stall_process(accounts: Path, idle_seconds: float) -> StallRun:
    done = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("gui_process.py")),
            str(accounts),
            str(idle_seconds),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env=children.env(),
        cwd=children.cwd(),
    )
    if done.returncode != 0:
        raise RuntimeError(f"gui_process.py failed:\n{done.stderr[-3000:]}")
    return StallRun(**json.loads(done.stdout.strip().splitlines()[-1]))


def run(
    sizes: dict[str, int],
    latency: float,
    *,
    gui: bool = True,
    idle_seconds: float = 2.0,
    busy: tuple[int, ...] = (0,),
    stall_runs: int = 1,
) -> list[Figure]:
    """``busy``: the stall is measured once per entry, with that many other processes spinning
    on the CPU; ``stall_runs``: window runs per entry (the figure is their median)."""
    figures: list[Figure] = []
    with Sandboxes(sizes, latency) as sandboxes, tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        setup = make_profile(root / "headless", sandboxes.accounts)
        before = sandboxes.stats()
        run_, engine = headless_sync(setup)
        after = sandboxes.stats()
        documents = sum(r.fetched for r in run_.results)
        invoices = sum(sizes.values())
        counts = run_.requests()
        floor_by = {p: n / max(get_spec(p).max_concurrency, 1) * latency for p, n in counts.items()}
        slowest = max(floor_by, key=floor_by.__getitem__)
        floor = floor_by[slowest]
        served = sum(after[p].requests - before[p].requests for p in after)

        # re-sync with nothing changed, where the API has windows: SendRegning
        full_bytes = {r.provider: r.bytes_received for r in run_.results}
        sr_name = sandboxes.accounts["sendregning"].name if "sendregning" in sizes else None
        resync = engine.sync([sr_name], full=False)[0] if sr_name else None
        cid_name = sandboxes.accounts["connectid"].name if "connectid" in sizes else None
        cid_resync = engine.sync([cid_name], full=False)[0] if cid_name else None
        engine.cache.close()

        stalls: dict[int, list[StallRun]] = {}
        for spinning in busy if gui else ():
            stalls[spinning] = [
                _gui_stall_in_child(
                    sandboxes.accounts, root / f"gui-{spinning}-{n}", idle_seconds, spinning
                )
                for n in range(stall_runs)
            ]

        loop_s, differ = sequential_loop(run_.recorded, sandboxes.accounts)

    speedup = loop_s / run_.elapsed
    per_provider = ", ".join(f"{p} {n:,}" for p, n in sorted(counts.items()))
    figures.append(
        Figure(
            f"Full sync, {invoices:,} invoices over 4 sandboxes, +{latency * 1000:.0f} ms/request",
            run_.elapsed,
            "s",
            "≥ 5× faster than a sequential loop",
            speedup >= 5,
            f"sequential httpx loop over the same {len(run_.recorded):,} requests: {loop_s:.1f} s",
            f"{speedup:.1f}× faster; {documents:,} documents stored (reminders nested in "
            f"their invoices); requests {per_provider} (server saw {served:,}); "
            f"{differ} replayed answers differ",
        )
    )
    figures.append(
        Figure(
            "Same sync vs the latency floor",
            run_.elapsed / floor,
            "× floor",
            "≤ 1.5× (requests ÷ concurrency × latency)",
            run_.elapsed <= 1.5 * floor,
            f"floor {floor:.1f} s: {slowest} {counts[slowest]:,} requests ÷ "
            f"{get_spec(slowest).max_concurrency} × {latency * 1000:.0f} ms",
            "accounts sync in parallel, so the floor is the slowest account's; concurrency "
            "per provider is ProviderSpec.max_concurrency",
        )
    )
    for spinning, runs in stalls.items():
        figures.append(_stall_figure(runs, spinning))
    if resync is not None and full_bytes.get("sendregning"):
        share = resync.bytes_received / full_bytes["sendregning"] * 100
        figures.append(
            Figure(
                "Re-sync with nothing changed, SendRegning: bytes vs a full sync",
                share,
                "%",
                "≤ 10 %",
                share <= 10,
                f"full sync: {full_bytes['sendregning']:,} bytes",
                f"re-sync: {resync.bytes_received:,} bytes, {resync.fetched:,} invoices "
                "re-read (the unpaid lists and 45 days of paid)",
            )
        )
    if cid_resync is not None and full_bytes.get("connectid"):
        share = cid_resync.bytes_received / full_bytes["connectid"] * 100
        figures.append(
            Figure(
                "Re-sync with nothing changed, ConnectID: bytes vs a full sync",
                share,
                "%",
                "≤ 10 %",
                share <= 10,
                f"full sync: {full_bytes['connectid']:,} bytes",
                f"re-sync: {cid_resync.bytes_received:,} bytes: the 24 months of lists again "
                f"(no change filter) and the details of {cid_resync.fetched:,} invoices not "
                "settled (paid ones keep their details; reminders need none)",
            )
        )
    return figures


def _stall_figure(runs: list[StallRun], spinning: int) -> Figure:
    """The median run's longest GUI-thread gap, against the idle window's in the same runs."""
    gaps = sorted(r.max_gap_ms for r in runs)
    median = statistics.median(gaps)
    idle = sorted(r.idle_max_gap_ms for r in runs)
    p99 = statistics.median(r.p99_gap_ms for r in runs)
    load = f", {spinning} other processes spinning on the CPU" if spinning else ""
    many = (
        f"median of {len(runs)} window runs ({gaps[0]:.1f}-{gaps[-1]:.1f} ms); "
        if len(runs) > 1
        else ""
    )
    return Figure(
        f"GUI-thread stall during that sync (5 ms heartbeat{load})",
        median,
        "ms (longest gap)",
        "≤ 30 ms",
        median <= 30,
        f"window idle, same runs{load}: longest gap {statistics.median(idle):.1f} ms "
        f"({idle[0]:.1f}-{idle[-1]:.1f})",
        f"{many}99th percentile gap {p99:.1f} ms; the sync in the window took "
        f"{statistics.median(r.sync_s for r in runs):.1f} s and showed {runs[0].rows:,} rows",
    )
