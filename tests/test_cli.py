"""The CLI contract: in-process for speed, plus one end-to-end run in real subprocesses."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from invoicedesk.cli import main
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.sendregning import SendRegningSandbox


def cli(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def server():
    with SendRegningSandbox(size=150) as s:
        yield s


def add_sendregning(profile, server, name="main", password=None):
    demo = demo_account("sendregning", server)
    secrets = {**demo.secrets, **({"password": password} if password else {})}
    return cli(
        "--profile-dir",
        str(profile),
        "accounts",
        "add",
        "sendregning",
        "--name",
        name,
        "--base-url",
        server.base_url,
        "--option",
        f"originator_id={demo.options['originator_id']}",
        stdin=json.dumps(secrets),
    )


def test_add_sync_export_gives_every_invoice_to_the_ore(profile_dir, server):
    assert add_sendregning(profile_dir, server)[0] == 0
    code, out, err = cli("--profile-dir", str(profile_dir), "sync")
    assert code == 0, err
    assert "150 fetched" in out
    code, out, err = cli("--profile-dir", str(profile_dir), "export", "--format", "json")
    assert code == 0, err
    exported = json.loads(out)["invoices"]
    assert len(exported) == len(server.invoices)
    mine = {e["id"]: e for e in exported}
    for raw in server.invoices:
        row = mine[str(raw["number"])]
        assert row["total"] is not None and row["vat"] is not None, row
        assert Decimal(row["total"]) == raw["total"] and Decimal(row["vat"]) == raw["tax"]
        assert isinstance(row["total"], str)
    assert sum(Decimal(e["total"]) for e in exported) == sum(r["total"] for r in server.invoices)
    # nothing secret in the profile folder
    demo = demo_account("sendregning", server)
    for path in profile_dir.rglob("*"):
        if path.is_file():
            assert demo.secrets["password"].encode() not in path.read_bytes(), path


def test_wrong_password_is_exit_1_and_one_clear_line(profile_dir, server):
    add_sendregning(profile_dir, server, password="wrong")
    code, _out, err = cli("--profile-dir", str(profile_dir), "sync")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert "main" in lines[0] and "SendRegning" in lines[0] and "401" in lines[0]
    assert "wrong" not in err


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (
            ["accounts", "add", "sendregning", "--name", "x", "--option", "originator_id=1"],
            "{not json",
            "not a JSON object",
        ),
        (
            ["accounts", "add", "sendregning", "--name", "x", "--option", "originator_id=1"],
            '{"username": "a@b.no"}',
            'needs the secret "password"',
        ),
        (
            ["accounts", "add", "sendregning", "--name", "x"],
            '{"username": "a", "password": "b"}',
            "originator_id",
        ),
        (
            [
                "accounts",
                "add",
                "sendregning",
                "--name",
                "x",
                "--option",
                "colour=red",
                "--option",
                "originator_id=1",
            ],
            '{"username": "a", "password": "b"}',
            "unknown option",
        ),
        (["accounts", "add", "paypal", "--name", "x"], "{}", "invalid choice"),
        (["sync", "--account", "nobody"], "", "no account named 'nobody'"),
        (["export", "--format", "xlsx"], "", "needs -o FILE"),
        (["export", "--format", "json", "--to", "31.12.2025"], "", "must be a date"),
        (["frobnicate"], "", "invalid choice"),
    ],
)
def test_bad_input_is_exit_2_with_a_message(profile_dir, args, stdin, message):
    code, _out, err = cli("--profile-dir", str(profile_dir), *args, stdin=stdin)
    assert code == 2
    assert message in err and "Traceback" not in err


def test_csv_follows_the_locale_and_neutralises_formulas(profile_dir, server):
    add_sendregning(profile_dir, server)
    cli("--profile-dir", str(profile_dir), "sync")
    code, out, _ = cli(
        "--profile-dir", str(profile_dir), "export", "--format", "csv", "--language", "nb"
    )
    assert code == 0
    assert out.startswith("\ufeffprovider;account;id")
    row = out.splitlines()[1].split(";")
    assert row[11].count(",") == 1 and "." not in row[11]
    code, out, _ = cli(
        "--profile-dir", str(profile_dir), "export", "--format", "csv", "--language", "en"
    )
    assert out.startswith("provider,account,id")


def test_export_filters_and_xlsx_file(profile_dir, server, tmp_path):
    add_sendregning(profile_dir, server)
    cli("--profile-dir", str(profile_dir), "sync")
    _code, out, _ = cli(
        "--profile-dir",
        str(profile_dir),
        "export",
        "--format",
        "json",
        "--status",
        "paid",
        "--from",
        "2026-01-01",
    )
    rows = json.loads(out)["invoices"]
    assert rows and all(r["status"] == "paid" and r["issue_date"] >= "2026-01-01" for r in rows)
    target = tmp_path / "out.xlsx"
    assert (
        cli("--profile-dir", str(profile_dir), "export", "--format", "xlsx", "-o", str(target))[0]
        == 0
    )
    from openpyxl import load_workbook

    sheet = load_workbook(target).active
    assert sheet.max_row == len(server.invoices) + 1


def test_accounts_list_and_remove(profile_dir, server):
    add_sendregning(profile_dir, server)
    cli("--profile-dir", str(profile_dir), "sync")
    code, out, _ = cli("--profile-dir", str(profile_dir), "accounts", "list")
    assert code == 0 and "main" in out and "SendRegning" in out and "150" in out
    assert cli("--profile-dir", str(profile_dir), "accounts", "remove", "main")[0] == 0
    assert "No accounts yet" in cli("--profile-dir", str(profile_dir), "accounts", "list")[1]


def test_end_to_end_in_subprocesses(tmp_path):
    """As a user would: `invoicedesk sandbox`, then add/sync/export in separate processes."""
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).parent / "support"),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
    }
    exe = [sys.executable, "-m", "invoicedesk"]
    sandbox = subprocess.Popen(
        [*exe, "sandbox", "--provider", "sendregning"], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        first = sandbox.stdout.readline()  # "sendregning: http://127.0.0.1:PORT"
        base_url = first.split(": ", 1)[1].strip()
        profile = str(tmp_path / "p")
        secrets = json.dumps({"username": "demo@regnskap.example.no", "password": "demo-passord-1"})

        def run(*a, **kw):
            return subprocess.run(
                [*exe, "--profile-dir", profile, *a],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                **kw,
            )

        added = run(
            "accounts",
            "add",
            "sendregning",
            "--name",
            "main",
            "--base-url",
            base_url,
            "--option",
            "originator_id=12345",
            input=secrets,
        )
        assert added.returncode == 0, added.stderr
        synced = run("sync")
        assert synced.returncode == 0, synced.stderr
        exported = run("export", "--format", "json")
        assert exported.returncode == 0
        assert len(json.loads(exported.stdout)["invoices"]) == 300
        assert "demo-passord-1" not in (tmp_path / "p" / "logs" / "invoicedesk.log").read_text()
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)
    time.sleep(0)
