"""An export to a place that cannot be written: one line naming the file, no traceback (the
real CLI in a process of its own, as the user runs it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_unwritable_output_is_one_line_naming_the_file(tmp_path: Path, fmt: str):
    target = tmp_path / "no-such-folder" / f"x.{fmt}"
    run = subprocess.run(
        [sys.executable, "-m", "invoicedesk", "--profile-dir", str(tmp_path / "p"),
         "export", "--format", fmt, "-o", str(target)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1, run.stderr
    assert str(target) in run.stderr and ".part" not in run.stderr
    assert "Traceback" not in run.stderr
    assert not list(tmp_path.rglob("*.part"))
