"""``python -m tests.benchmarks``: run every benchmark and print the figures with their goals and
baselines (measured in the same run) and the machine. Exit status 1 when a goal is not met.

Takes about six minutes on two cores (the sequential baseline alone is ~200 s of waiting on
latency); ``--quick`` runs tiny sizes in seconds and judges nothing."""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from . import run_all
from .report import machine, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes, goals not judged")
    parser.add_argument(
        "--only", choices=("sync", "wire", "demo", "table", "export"), help="run one part"
    )
    parser.add_argument("--sync-size", type=int, default=2500, help="invoices per sandbox")
    parser.add_argument("--latency-ms", type=float, default=30.0)
    parser.add_argument("--rows", type=int, default=100_000, help="cached invoices")
    parser.add_argument("--repeats", type=int, default=3, help="app runs per 100k figure")
    parser.add_argument(
        "--wire-scale", type=float, default=1.0, help="scale of the wire-speed sync sizes"
    )
    parser.add_argument(
        "--busy",
        type=int,
        default=0,
        help="other processes spinning on the CPU during the GUI-stall runs (default: the stall "
        "is measured twice, with none and with 2, each the median of --repeats window runs)",
    )
    args = parser.parse_args(argv)
    info = machine()
    print("Running the benchmarks on: " + "; ".join(f"{k} {v}" for k, v in info.items()))
    sys.stdout.flush()
    if args.quick:
        figures = run_all(
            sync_size=15, latency=0.002, rows=500, repeats=1, only=args.only, wire_scale=0.0002
        )
    else:
        figures = run_all(
            sync_size=args.sync_size,
            latency=args.latency_ms / 1000,
            rows=args.rows,
            repeats=args.repeats,
            only=args.only,
            wire_scale=args.wire_scale,
            busy=args.busy,
        )
    print()
    print(table(figures, info))
    missed = [f.measure for f in figures if f.met is False]
    if missed and not args.quick:
        print(f"\nGoals not met: {'; '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
