"""No password, token, secret key or refresh token ever lands in a file, a log or the output.

A demo-like run in real CLI subprocesses with ``--log-level DEBUG``: one account per sandbox
(from ``sandbox.demo_account``), secrets in the file keyring, ``sync`` (ConnectID's access token
is expired first, so a refresh runs and rotates both tokens), then ``export`` as JSON, CSV and
XLSX. Then the sandboxes turn hostile: they refuse every login and echo the credentials they
received in their error texts, as some APIs do ("Invalid access token: ..."), and ``sync`` runs
again. Every secret used, including the tokens the sandboxes issued (Telecom X login tokens,
ConnectID access and refresh tokens read back from the keyring), is searched for in every file of
the profile folder (inside the XLSX zip too), the log, and every stdout and stderr: zero hits.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from invoicedesk import sandbox
from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer

SUPPORT = Path(__file__).resolve().parents[1] / "support"
SIZES = {"sendregning": 30, "telecomx": 30, "buckaroo": 30, "connectid": 30}
#: secret keys per provider that are secrets (usernames and expiry times are not)
SECRET_KEYS = ("password", "token", "secret_key", "client_secret", "access_token", "refresh_token")


@pytest.fixture
def servers() -> Iterator[dict[str, SandboxServer]]:
    started = {name: sandbox.create(name, size=SIZES[name]).start() for name in SIZES}
    yield started
    for server in started.values():
        server.stop()


class Cli:
    def __init__(self, tmp_path: Path) -> None:
        self.profile = tmp_path / "profile"
        self.keyring = tmp_path / "keyring.json"  # outside the profile: it is the keyring
        self.env = {
            **os.environ,
            "PYTHONPATH": str(SUPPORT),
            "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
            "TEST_KEYRING_FILE": str(self.keyring),
        }
        self.outputs: list[str] = []

    def __call__(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "invoicedesk", "--profile-dir", str(self.profile), *args],
            input=stdin,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        self.outputs += [done.stdout, done.stderr]
        return done

    def stored_secrets(self) -> list[str]:
        """Every secret value in the keyring now (refreshed tokens included)."""
        found = []
        for entry in json.loads(self.keyring.read_text()).values():
            found += [v for k, v in json.loads(entry).items() if k in SECRET_KEYS]
        return found


def files_text(folder: Path) -> Iterator[tuple[str, bytes]]:
    """Every file under ``folder`` as bytes; the members of zip files (XLSX) unpacked."""
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        yield str(path), data
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    yield f"{path}!{name}", archive.read(name)


def leaks(secrets: set[str], cli: Cli) -> list[str]:
    hits = []
    for secret in secrets:
        needle = secret.encode()
        for where, data in files_text(cli.profile):
            if needle in data:
                hits.append(f"{secret[:4]}... in {where}")
        for n, text in enumerate(cli.outputs):
            if secret in text:
                hits.append(f"{secret[:4]}... in output {n}: {text[:300]!r}")
    return hits


def hostile(server: SandboxServer, secrets: dict[str, str]) -> None:
    """From now on ``server`` refuses the account and quotes the credentials back."""
    quoted = " / ".join(sorted(v for k, v in secrets.items() if k in SECRET_KEYS))
    name = server.name

    def echo(request: SandboxRequest) -> SandboxResponse:
        header = request.header("Authorization") or ""
        token = request.q("token") or header.partition(" ")[2]
        if header.startswith("Basic "):
            token = base64.b64decode(header[6:]).decode()
        said = f"credentials {token} / {quoted} are not accepted"
        if name == "connectid" and request.path.startswith("/capi/"):
            return SandboxResponse.json(
                {"error": "invalid_token", "error_description": f"Invalid access token: {token}"},
                401,
            )
        if name == "connectid":  # the token endpoint: fail the refresh, quoting the request
            body = request.body.decode()
            return SandboxResponse.json(
                {"error": "server_error", "error_description": f"cannot refresh {body}"}, 500
            )
        if name == "telecomx" and request.path == "/auth/login":
            return SandboxResponse.json(
                {"error": "disabled", "message": said + request.body.decode()}, 409
            )
        return SandboxResponse.json({"message": said, "Message": said}, 403)

    server.handle = echo  # type: ignore[method-assign]


def test_no_secret_in_files_logs_output_or_errors(tmp_path, servers):
    cli = Cli(tmp_path)
    secrets: set[str] = set()
    demo_secrets: dict[str, dict[str, str]] = {}
    for provider, server in servers.items():
        demo = sandbox.demo_account(provider, server)
        demo_secrets[demo.name] = dict(demo.secrets)
        secrets |= {v for k, v in demo.secrets.items() if k in SECRET_KEYS}
        options = [a for k, v in demo.options.items() for a in ("--option", f"{k}={v}")]
        added = cli(
            "--log-level", "DEBUG", "accounts", "add", provider, "--name", demo.name,
            "--base-url", demo.base_url, *options, stdin=json.dumps(demo.secrets),
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    servers["connectid"].expire_access_tokens()  # the sync must refresh: new tokens

    synced = cli("--log-level", "DEBUG", "sync")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.count(": ok,") == 4
    exports = cli.profile / "exports"
    exports.mkdir()
    assert cli("--log-level", "DEBUG", "export", "--format", "json").returncode == 0
    for fmt in ("csv", "xlsx"):
        done = cli(
            "--log-level", "DEBUG", "export", "--format", fmt, "-o", str(exports / f"a.{fmt}")
        )
        assert done.returncode == 0, done.stderr
    assert len(json.loads(cli.outputs[-6])["invoices"]) > 100  # the stdout of the JSON export

    issued = set(servers["telecomx"].issued)  # type: ignore[attr-defined]
    refreshed = set(cli.stored_secrets()) - secrets
    assert issued, "Telecom X issued no login token"
    assert len(refreshed) >= 2, "ConnectID did not rotate its tokens"
    secrets |= issued | refreshed

    # The sandboxes turn hostile: every login refused, credentials quoted back.
    for provider, server in servers.items():
        demo_name = sandbox.demo_account.__name__ and next(
            n for n in demo_secrets if n.lower().startswith(provider[:5])
        )
        hostile(server, {**demo_secrets[demo_name], **dict.fromkeys(secrets, "x")})
    before = len(servers["telecomx"].issued)  # type: ignore[attr-defined]
    failed = cli("--log-level", "DEBUG", "sync")
    assert failed.returncode == 1
    error_lines = [line for line in failed.stderr.splitlines() if line.startswith("invoicedesk:")]
    assert len(error_lines) == 4, failed.stderr
    assert all("Traceback" not in line for line in error_lines)
    assert len(servers["telecomx"].issued) == before  # type: ignore[attr-defined]
    secrets |= set(cli.stored_secrets())

    log = (cli.profile / "logs" / "invoicedesk.log").read_text()
    assert "token=***" in log  # the DEBUG log did see URLs with tokens, masked
    assert "***" in "".join(error_lines)  # the quoted credentials were masked, not dropped
    assert secrets and all(len(s) >= 8 for s in secrets)
    found = leaks(secrets, cli)
    assert not found, "\n".join(found)


def test_the_scan_finds_a_secret_that_is_there(tmp_path):
    """The scan itself works: a secret written into the profile is found, as are outputs."""
    cli = Cli(tmp_path)
    (cli.profile / "data").mkdir(parents=True)
    (cli.profile / "data" / "x.bin").write_bytes(b"..s3cret-token-value..")
    with zipfile.ZipFile(cli.profile / "data" / "y.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", "<t>zipped-secret-123</t>" * 50)
    assert b"zipped-secret-123" not in (cli.profile / "data" / "y.xlsx").read_bytes()
    cli.outputs.append("stderr: another-secret-456")
    found: Any = leaks({"s3cret-token-value", "zipped-secret-123", "another-secret-456"}, cli)
    assert sorted(hit.split("...")[0] for hit in found) == ["anot", "s3cr", "zipp"], found
