"""Benchmarks: every figure against a baseline measured in the same run.

``.venv/bin/python -m tests.benchmarks`` (or ``.venv/bin/python -m pytest tests/benchmarks -m
benchmark -s``) prints the table; the README's Performance section shows the latest one.
"""

from __future__ import annotations

from .report import Figure

SANDBOXES = ("sendregning", "telecomx", "buckaroo", "connectid")


def run_all(
    *,
    sync_size: int,
    latency: float,
    rows: int,
    repeats: int,
    only: str | None = None,
    wire_scale: float = 1.0,
    busy: int = 0,
) -> list[Figure]:
    """Every figure, in the order of the README's table. ``wire_scale`` scales the wire-speed
    syncs' sizes (SendRegning 100,000, Telecom X 20,000, ConnectID 10,000 at 1.0); ``busy``
    processes spin on the CPU during the GUI-stall run (the stall under load)."""
    from . import demo_bench, export_bench, sync_bench, table_bench, wire_bench

    figures: list[Figure] = []
    if only in (None, "sync", "wire"):
        figures += wire_bench.run(wire_scale)
    if only in (None, "sync"):
        idle = 2.0 if sync_size >= 100 else 0.3  # the idle baseline needs no time in a smoke
        # a full run measures the stall on a quiet machine and with both cores kept busy
        spinning = (busy,) if busy or sync_size < 100 else (0, 2)
        figures += sync_bench.run(
            dict.fromkeys(SANDBOXES, sync_size),
            latency,
            idle_seconds=idle,
            busy=spinning,
            stall_runs=repeats if sync_size >= 100 else 1,
        )
    if only in (None, "demo"):
        figures += demo_bench.run(repeats)
    if only in (None, "table"):
        figures += table_bench.run(rows, repeats)
    if only in (None, "export"):
        figures += export_bench.run(rows)
    return figures
