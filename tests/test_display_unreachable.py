"""A DISPLAY that names no reachable X server: one line and exit 1, as for an unset one, not
Qt's abort (the real app, in a process of its own)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from invoicedesk.gui.display import display_problem

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="X11/Wayland")


def _free_display_number() -> int:
    for number in range(87, 200):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", 6000 + number)) != 0:
                    return number
    raise AssertionError("no free display number")


@pytest.mark.parametrize("host", ["", "127.0.0.1"])
def test_an_unreachable_display_is_one_line_not_an_abort(tmp_path: Path, host: str):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = f"{host}:{_free_display_number()}"
    run = subprocess.run(
        [sys.executable, "-m", "invoicedesk", "--profile-dir", str(tmp_path / "p")],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert run.returncode == 1, (run.returncode, run.stderr)
    assert run.stderr.count("\n") == 1, run.stderr
    assert "cannot be reached" in run.stderr and env["DISPLAY"] in run.stderr


def test_a_listening_x_socket_counts_as_a_display(tmp_path: Path):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        if port < 6000:
            pytest.skip("ephemeral port below the X11 range")
        env = {"DISPLAY": f"127.0.0.1:{port - 6000}"}
        assert display_problem(env, platform="linux") is None
    assert "unset" in (display_problem({}, platform="linux") or "")
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
