"""Export 100,000 cached invoices to JSON, CSV and XLSX with the real CLI, each in a process of
its own (:mod:`.export_process`); baselines from the same cache in the same run: reading and
parsing every cached document (the floor of an export that reads the documents), and the same
export of a tenth as many invoices for the memory figure (peak RSS must not grow with the
count: everything is streamed)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import children
from .data import fill_cache
from .report import Figure

_HERE = Path(__file__).parent


def _child(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(_HERE / "export_process.py"), *args],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env=children.env(),
        cwd=children.cwd(),
    )
    if done.returncode != 0:
        raise RuntimeError(f"export_process.py failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(size: int) -> list[Figure]:
    small_size = max(size // 10, 1)
    with tempfile.TemporaryDirectory() as tmp:
        profiles = {n: Path(tmp) / f"p{n}" for n in (size, small_size)}
        for n, profile in profiles.items():
            (profile / "data").mkdir(parents=True)
            fill_cache(profile / "data" / "cache.sqlite3", n)
        full = str(profiles[size])
        floor = _child("--baseline", str(profiles[size] / "data" / "cache.sqlite3"))
        runs = {fmt: _child(full, fmt, str(Path(tmp) / f"out.{fmt}")) for fmt in ("json", "csv")}
        runs["xlsx"] = _child(full, "xlsx", str(Path(tmp) / "out.xlsx"))
        small = _child(str(profiles[small_size]), "json", str(Path(tmp) / "small.json"))
    base = (
        f"reading + json.loads of every cached document: {floor['read_s']:.2f} s; "
        f"then decoding them to Invoice objects (storage/codec.py): {floor['decode_s']:.2f} s"
    )
    figures = []
    for fmt, goal in (("json", 4.0), ("csv", 4.0), ("xlsx", 10.0)):
        seconds = runs[fmt]["seconds"]
        figures.append(
            Figure(
                f"Export {size:,} cached invoices to {fmt.upper()} (CLI, to a file)",
                seconds,
                "s",
                f"≤ {goal:.0f} s",
                seconds <= goal,
                base,
                f"{seconds / max(floor['read_s'] + floor['decode_s'], 1e-9):.2f}× the read "
                f"and decode alone; peak RSS {runs[fmt]['peak_rss_mb']:.0f} MB",
            )
        )
    growth = runs["json"]["peak_rss_mb"] - small["peak_rss_mb"]
    figures.append(
        Figure(
            f"Peak RSS growth of a JSON export, {small_size:,} → {size:,} invoices",
            growth,
            "MB",
            "≤ 20 MB (flat: streamed)",
            growth <= 20,
            f"peak RSS exporting {small_size:,}: {small['peak_rss_mb']:.0f} MB",
            f"exporting {size:,}: {runs['json']['peak_rss_mb']:.0f} MB",
        )
    )
    return figures
