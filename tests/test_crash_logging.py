"""Where unexpected failures go in a windowed build (no stderr): an exception in a Qt slot or
another thread, Qt's own warnings and hard crashes land in the log file, and the user is told
in one line where it is. httpx's per-request lines stay out of the log unless DEBUG is asked
for. Real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from invoicedesk.sandbox.sendregning import SendRegningSandbox

SUPPORT = Path(__file__).resolve().parent / "support"

_APP = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from PySide6.QtCore import QTimer, qWarning
    from PySide6.QtWidgets import QApplication, QMessageBox
    from invoicedesk import logsetup
    from invoicedesk.gui import app as gui_app

    log = Path(sys.argv[1])
    logsetup.configure(log.parent)
    told = []
    QMessageBox.warning = staticmethod(lambda _p, _t, text: told.append(text))
    qapp = QApplication([])
    gui_app.route_failures_to_log(log)
    sys.stderr = None  # a windowed build has none

    def slot():
        raise ValueError("boom in a slot")

    def later():
        threading.Thread(target=lambda: 1 / 0, name="worker").start()
        qWarning("a warning from Qt")
        QTimer.singleShot(200, qapp.quit)

    QTimer.singleShot(0, slot)
    QTimer.singleShot(50, later)
    QTimer.singleShot(10000, qapp.quit)  # a bound for the test itself
    qapp.exec()
    print("TOLD:" + "|".join(told))
    """
)


def test_a_windowed_app_logs_slot_and_thread_exceptions_and_tells_one_line(tmp_path: Path):
    log = tmp_path / "logs" / "invoicedesk.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", _APP, str(log)],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    text = log.read_text(encoding="utf-8")
    assert "ValueError: boom in a slot" in text and "Traceback" in text
    assert "ZeroDivisionError" in text and "thread worker" in text
    assert "a warning from Qt" in text
    told = run.stdout.split("TOLD:", 1)[1].strip()
    assert "ValueError" in told and str(log) in told and "\n" not in told
    assert run.stderr == ""


def _sync_log(tmp_path: Path, *extra: str) -> str:
    profile, keyring_file = tmp_path / "p", tmp_path / "keyring.json"
    env = {
        **os.environ,
        "PYTHONPATH": str(SUPPORT),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "TEST_KEYRING_FILE": str(keyring_file),
    }
    with SendRegningSandbox(size=30) as server:
        base = [sys.executable, "-m", "invoicedesk", "--profile-dir", str(profile)]
        options = [
            "--base-url",
            server.base_url,
            "--option",
            f"originator_id={server.originator_id}",
        ]
        secrets = f'{{"username": "{server.username}", "password": "{server.password}"}}'
        for args, stdin in (
            (["accounts", "add", "sendregning", "--name", "main", *options], secrets),
            ([*extra, "sync"], ""),
        ):
            done = subprocess.run(
                [*base, *args], input=stdin, env=env, capture_output=True, text=True, timeout=60
            )
            assert done.returncode == 0, done.stderr
    return (profile / "logs" / "invoicedesk.log").read_text(encoding="utf-8")


def test_httpx_request_lines_stay_out_of_the_log_by_default(tmp_path: Path):
    assert "HTTP Request:" not in _sync_log(tmp_path)


@pytest.mark.parametrize("level", ["DEBUG"])
def test_httpx_request_lines_come_with_log_level_debug(tmp_path: Path, level: str):
    assert "HTTP Request:" in _sync_log(tmp_path, "--log-level", level)


def test_a_hard_crash_leaves_its_trace_in_the_log(tmp_path: Path):
    log = tmp_path / "logs" / "invoicedesk.log"
    script = textwrap.dedent(
        """
        import faulthandler, sys
        from pathlib import Path
        from invoicedesk import logsetup
        log = Path(sys.argv[1])
        logsetup.configure(log.parent)
        logsetup.route_crashes_to_log(log)
        faulthandler._sigsegv()
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(log)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode != 0
    assert "Segmentation fault" in log.read_text(encoding="utf-8")
