"""The benchmark suite under pytest.

``pytest tests/benchmarks -m benchmark -s`` runs the real thing (about six minutes) and fails on
a goal not met; the default run deselects it (``-m "not benchmark"`` in pyproject.toml). The
smoke below runs in the default run with tiny sizes, so the suite cannot rot; it judges no
times.
"""

from __future__ import annotations

import math

import pytest

from . import run_all
from .report import machine, table


def test_benchmark_smoke_produces_every_figure() -> None:
    figures = run_all(sync_size=12, latency=0.002, rows=300, repeats=1, wire_scale=0.0002)
    assert len(figures) == 18
    for figure in figures:
        assert math.isfinite(figure.value) and figure.value >= 0, figure
        assert figure.baseline and figure.goal, figure
    printed = table(figures, machine())
    assert all(figure.measure in printed for figure in figures)


@pytest.mark.benchmark
def test_benchmark_goals() -> None:
    figures = run_all(sync_size=2500, latency=0.030, rows=100_000, repeats=3)
    print()
    print(table(figures, machine()))
    missed = [figure.measure for figure in figures if figure.met is False]
    assert not missed, f"goals not met: {missed}"
