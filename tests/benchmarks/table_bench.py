"""The 100,000-row figures: open the app to a painted table, sort by every column, type in the
search box, peak memory. The app runs in processes of its own (:mod:`.app_process`), three
times (the median of each step is reported); the baselines (:mod:`.naive_process`: one object
per row, ``sorted()``, a scan per keystroke; and the app on an empty cache for memory) run on the
same cache in the same run.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from invoicedesk.gui.columns import column_titles

from . import children
from .data import fill_cache
from .report import Figure

_HERE = Path(__file__).parent
#: the table's column titles, by column index (untranslated)
COLUMN_NAMES = tuple(title.lower() for title in column_titles())


def _child(script: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(_HERE / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env=children.env(),
        cwd=children.cwd(),
    )
    if done.returncode != 0:
        raise RuntimeError(f"{script} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _sort_label(key: str) -> str:
    column, direction = int(key[:-1]), key[-1]
    name = COLUMN_NAMES[column] if column < len(COLUMN_NAMES) else f"column {column}"
    return f"{name} {'descending' if direction == 'd' else 'ascending'}"


def _read_cache(path: Path) -> Figure:
    """``InvoiceCache.invoices()`` against json.loads + the reflective codec (read_process.py)."""
    done = _child("read_process.py", str(path))
    fast_s, slow_s, count = done["fast_s"], done["slow_s"], done["invoices"]
    return Figure(
        f"Read {count:,} cached invoices back (InvoiceCache.invoices())",
        fast_s,
        "s",
        "— (feeds the exports)",
        None,
        f"json.loads + the reflective codec on the same documents: {slow_s:.2f} s",
        f"{fast_s / max(count, 1) * 1e6:.0f} µs per invoice, query included; "
        f"{slow_s / fast_s:.1f}× faster; identical invoices: {done['same']}",
    )


def run(size: int, repeats: int = 3) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "full"
        (full / "data").mkdir(parents=True)
        started = time.perf_counter()
        fill_cache(full / "data" / "cache.sqlite3", size)
        filled = time.perf_counter() - started
        empty = Path(tmp) / "empty"
        empty.mkdir()
        runs = [_child("app_process.py", str(full)) for _ in range(repeats)]
        empty_run = _child("app_process.py", str(empty), "--open-only")
        naive = _child("naive_process.py", str(full / "data" / "cache.sqlite3"))
        read = _read_cache(full / "data" / "cache.sqlite3")

    def median(get: Any) -> float:
        return statistics.median(get(r) for r in runs)

    open_s = median(lambda r: r["open_s"])
    process_s = median(lambda r: r["process_to_painted_s"])
    sorts = {key: median(lambda r, k=key: r["sort_s"][k]) for key in runs[0]["sort_s"]}
    worst_sort = max(sorts, key=sorts.__getitem__)
    strokes = [
        (text, median(lambda r, i=i: r["keystrokes"][i][1]), shown)
        for i, (text, _, shown) in enumerate(runs[0]["keystrokes"])
    ]
    worst_stroke = max(strokes, key=lambda s: s[1])
    naive_sorts = naive["sort_s"]
    naive_worst_sort = max(naive_sorts, key=naive_sorts.__getitem__)
    naive_stroke = max(naive["keystrokes"], key=lambda s: s[1])
    rss = median(lambda r: r["peak_rss_mb"])
    rows = runs[0]["rows"]
    return [
        read,
        Figure(
            f"{rows:,} cached invoices: open the app to a painted table",
            open_s,
            "s",
            "≤ 1.0 s",
            open_s <= 1.0,
            f"one row object per invoice from the header tuples (v0.1 load path, no window): "
            f"{naive['build_s']:.2f} s",
            f"from the cache and window being created to the table's first paint with rows, "
            f"median of {repeats}; from process start (imports, QApplication): "
            f"{process_s:.2f} s; the cache was filled in {filled:.0f} s",
        ),
        Figure(
            f"Sort {rows:,} rows by any column",
            sorts[worst_sort] * 1000,
            "ms (slowest column)",
            "≤ 150 ms",
            sorts[worst_sort] <= 0.150,
            f"sorted() over row objects: {naive_sorts[naive_worst_sort] * 1000:.0f} ms "
            f"(slowest, {naive_worst_sort})",
            f"slowest: {_sort_label(worst_sort)}; each of {len(COLUMN_NAMES)} columns both ways, "
            "first sort of a column included, up to the view's repaint",
        ),
        Figure(
            f"One filter keystroke over {rows:,} rows",
            worst_stroke[1] * 1000,
            "ms (slowest keystroke)",
            "≤ 50 ms",
            worst_stroke[1] <= 0.050,
            f"scan of every row object + totals per keystroke: {naive_stroke[1] * 1000:.0f} ms "
            f"(slowest, '{naive_stroke[0]}')",
            "typing and deleting 'nordmann', then '7' and 'a' alone (first keystrokes): slowest "
            f"'{worst_stroke[0]}' ({worst_stroke[2]:,} rows shown); filter, totals and repaint",
        ),
        Figure(
            f"Peak RSS with {rows:,} invoices loaded",
            rss,
            "MB",
            "≤ 300 MB",
            rss <= 300,
            f"the app on an empty cache: {empty_run['peak_rss_mb']:.0f} MB",
            "peak RSS (VmHWM) of the app's process after opening, every sort and the typing",
        ),
    ]
