"""Secrets across processes through a real Secret Service (GNOME Keyring, headless), and the
refusal of a keyring that cannot keep secrets."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.sendregning import SendRegningSandbox

HAVE_SECRET_SERVICE = bool(
    shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")
)


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")
    }
    return {**env, **extra}


@pytest.mark.skipif(
    not HAVE_SECRET_SERVICE,
    reason="needs gnome-keyring and dbus-run-session (apt; .ci/run installs them)",
)
def test_cli_keeps_secrets_in_the_secret_service_across_processes(tmp_path):
    with SendRegningSandbox(size=40) as server:
        demo = demo_account("sendregning", server)
        profile = tmp_path / "profile"
        script = textwrap.dedent(f"""
            set -e
            printf 'ci-keyring-pw' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            echo '{json.dumps(demo.secrets)}' | {sys.executable} -m invoicedesk \\
                --profile-dir {profile} accounts add sendregning --name main \\
                --base-url {server.base_url} --option originator_id=12345
            {sys.executable} -m invoicedesk --profile-dir {profile} sync
            {sys.executable} -c "import keyring; print(type(keyring.get_keyring()).__module__)"
        """)
        home = tmp_path / "home"  # a fresh login keyring, unlocked with a test password
        home.mkdir()
        env = clean_env(
            HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_RUNTIME_DIR=str(home)
        )
        done = subprocess.run(
            ["dbus-run-session", "--", "bash", "-c", script],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "main: ok, 40 fetched" in done.stdout
    assert "SecretService" in done.stdout
    for path in profile.rglob("*"):
        if path.is_file():
            assert demo.secrets["password"].encode() not in path.read_bytes()


def test_a_keyring_that_cannot_keep_secrets_is_refused_plainly(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "invoicedesk",
            "--profile-dir",
            str(tmp_path),
            "accounts",
            "add",
            "sendregning",
            "--name",
            "main",
            "--option",
            "originator_id=1",
        ],
        input='{"username": "a@b.no", "password": "pw-123456"}',
        capture_output=True,
        text=True,
        timeout=60,
        env=clean_env(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"),
    )
    assert done.returncode == 1
    assert "system keyring" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "config" / "accounts.json").exists()
