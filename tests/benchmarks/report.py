"""Figures, their goals and baselines, and the table the benchmark prints."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Figure:
    measure: str
    value: float
    unit: str
    #: the goal as written, and whether ``value`` meets it (None: no goal, shown for context)
    goal: str
    met: bool | None
    baseline: str
    #: anything a reader needs to judge the figure (sizes, counts, what the baseline is)
    note: str = ""

    def row(self) -> list[str]:
        verdict = {True: "met", False: "NOT MET", None: "—"}[self.met]
        return [
            self.measure,
            f"{_number(self.value)} {self.unit}",
            self.goal,
            verdict,
            self.baseline,
            self.note,
        ]


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def at_most(limit: float) -> Callable[[float], bool]:
    return lambda value: value <= limit


def machine() -> dict[str, str]:
    """Cores, CPU model (from /proc/cpuinfo), Python and Qt versions, OS."""
    model = platform.processor() or "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        qt = "Qt not installed"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "cores": str(os.cpu_count()),
        "cpu": model,
        "python": sys.version.split()[0],
        "qt": qt,
        "os": f"{platform.system()} {platform.release()}",
        "load average at start": load,
    }


def table(figures: list[Figure], info: dict[str, str]) -> str:
    """A Markdown table (readable on a terminal too), the machine above it."""
    header = ["Measure", "Result", "Goal", "Goal met?", "Baseline (same run)", "Notes"]
    rows = [header, ["---"] * len(header), *(f.row() for f in figures)]
    lines = [
        "Machine: " + "; ".join(f"{k} {v}" for k, v in info.items()),
        "",
        *("| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows),
    ]
    return "\n".join(lines)
