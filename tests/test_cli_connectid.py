"""`accounts login --no-browser` for ConnectID, as a user would run it: the URL alone on one line
of stderr, a browser (this test) follows it, the CLI stores the tokens and sync works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.connectid import create


def test_accounts_login_no_browser_then_sync(tmp_path):
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).parent / "support"),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }
    exe = [sys.executable, "-m", "invoicedesk", "--profile-dir", str(tmp_path / "p")]
    with create(size=40).start() as server:
        demo = demo_account("connectid", server)
        options = [f"--option={k}={v}" for k, v in demo.options.items()]
        added = subprocess.run(
            [
                *exe,
                "accounts",
                "add",
                "connectid",
                "--name",
                "cid",
                "--base-url",
                demo.base_url,
                *options,
            ],
            input=json.dumps({"client_secret": demo.secrets["client_secret"]}),
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert added.returncode == 0, added.stderr
        assert "accounts login" in added.stdout
        # before login: a sync says plainly that a sign-in is needed
        before = subprocess.run([*exe, "sync"], env=env, capture_output=True, text=True, timeout=60)
        assert before.returncode == 1 and "accounts login" in before.stderr
        login = subprocess.Popen(
            [*exe, "accounts", "login", "cid", "--no-browser"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        url = login.stderr.readline().strip()
        assert url.startswith(demo.options["authorize_url"] + "?")
        assert "code_challenge=" in url and "state=" in url
        with urllib.request.urlopen(url, timeout=30) as page:  # follows 302 to the listener
            assert b"close this" in page.read().lower()
        _out, err = login.communicate(timeout=60)
        assert login.returncode == 0, err
        synced = subprocess.run(
            [*exe, "sync"], env=env, capture_output=True, text=True, timeout=120
        )
        assert synced.returncode == 0, synced.stderr
        stored = json.loads(
            next(iter(json.loads((tmp_path / "keyring.json").read_text()).values()))
        )
        tokens = [stored["access_token"], stored["refresh_token"], stored["client_secret"]]
        assert all(tokens)
        for path in (tmp_path / "p").rglob("*"):  # config, cache, logs: no token anywhere
            if path.is_file():
                data = path.read_bytes()
                assert not any(t.encode() in data for t in tokens), path
