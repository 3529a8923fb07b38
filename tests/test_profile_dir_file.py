"""--profile-dir naming a file (or a path under one): one line and exit 2, for a command and
for the app alike, before anything is opened (real processes, real files)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("command", [["accounts", "list"], ["sync"], []])
@pytest.mark.parametrize("under", [False, True])
def test_a_profile_dir_that_is_a_file_is_one_line_and_exit_2(tmp_path: Path, command, under):
    target = tmp_path / "a-file"
    target.write_text("not a folder")
    profile = target / "sub" if under else target
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INVOICEDESK_STARTUP_REPORT": "quit"}
    run = subprocess.run(
        [sys.executable, "-m", "invoicedesk", "--profile-dir", str(profile), *command],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1, run.stderr
    assert "is a file, not a folder" in run.stderr
    assert "Traceback" not in run.stderr
