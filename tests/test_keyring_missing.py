"""A plain shell with no D-Bus session (so no Secret Service): the real CLI, with the real
keyring selection, says what is missing and how to start it, in one line, without class names
or a doubled prefix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from invoicedesk.storage.secrets import BackendReport, missing_keyring_help

SECRETS = '{"username": "u@example.no", "password": "pw-123456"}'


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux keyring story")
def test_no_dbus_session_says_no_keyring_service_runs_and_how_to_start_one(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING"))}
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "runtime")  # no bus socket there
    env["XDG_CONFIG_HOME"] = str(tmp_path / "xdg")  # no keyringrc choosing a backend
    run = subprocess.run(
        [sys.executable, "-m", "invoicedesk", "--profile-dir", str(tmp_path / "p"),
         "accounts", "add", "sendregning", "--name", "main", "--option", "originator_id=1"],
        input=SECRETS, capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert run.returncode == 1
    err = run.stderr
    assert err.count("\n") == 1, err
    assert err.count("invoicedesk:") == 1
    assert "no keyring service is running in this session" in err
    assert "dbus-run-session" in err and "gnome-keyring-daemon --unlock" in err
    assert "keyring.backends" not in err and "Keyring" not in err
    assert ("apt install gnome-keyring" in err) == (shutil.which("gnome-keyring-daemon") is None)


def test_an_installed_gnome_keyring_is_not_to_be_installed_again():
    report = BackendReport(False, "x", "cannot store secrets")
    text = missing_keyring_help(
        report, platform="linux", env={}, which=lambda _n: "/usr/bin/gnome-keyring-daemon"
    )
    assert "apt install" not in text and "no D-Bus session" in text
    text = missing_keyring_help(
        report, platform="linux", env={"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"},
        which=lambda _n: None,
    )  # fmt: skip
    assert "apt install gnome-keyring" in text and "Secret Service" in text
