"""`accounts add` checks everything before any secret is written, and two processes adding
accounts at once lose none. Real files, real processes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from invoicedesk.cli import main
from invoicedesk.storage.accounts import AccountStore

SECRETS = '{"username": "u@example.no", "password": "pw-123456"}'


def cli(*args: str, stdin: str = SECRETS) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:80a/", "http://[::1/", "http://x:99999/", "http:///x",
            "ftp://example.no", "https://user:pw@example.no"],
)  # fmt: skip
def test_a_broken_base_url_is_refused_when_added(profile_dir, memory_keyring, url):
    code, _out, err = cli(
        "--profile-dir", str(profile_dir), "accounts", "add", "sendregning", "--name", "main",
        "--base-url", url, "--option", "originator_id=1",
    )  # fmt: skip
    assert code == 2, err
    assert "--base-url" in err and err.count("\n") == 1
    assert memory_keyring.store == {}
    assert AccountStore(profile_dir / "config" / "accounts.json").all() == []


@pytest.mark.parametrize("name", ["a/b", "..", "x" * 500, "evil\nname", "bell\x07"])
def test_a_refused_name_leaves_no_secret_behind_and_is_not_echoed_raw(
    profile_dir, memory_keyring, name
):
    code, _out, err = cli(
        "--profile-dir", str(profile_dir), "accounts", "add", "sendregning", "--name", name,
        "--option", "originator_id=1",
    )  # fmt: skip
    assert code == 2
    assert memory_keyring.store == {}  # nothing out of reach of `accounts remove`
    assert err.count("\n") == 1 and "\x07" not in err
    assert len(err) < 300


_ADDER = """
import sys
from invoicedesk.storage.accounts import Account, AccountStore
store = AccountStore(__import__("pathlib").Path(sys.argv[1]))
for i in range(int(sys.argv[3])):
    store.add(Account(f"{sys.argv[2]}-{i}", "sendregning", None, {"originator_id": "1"}))
"""


def test_concurrent_adds_from_several_processes_lose_no_account(tmp_path: Path):
    path = tmp_path / "accounts.json"
    procs = [
        subprocess.Popen([sys.executable, "-c", _ADDER, str(path), f"p{n}", "25"]) for n in range(4)
    ]
    for proc in procs:
        assert proc.wait(120) == 0
    names = {a.name for a in AccountStore(path).all()}
    assert len(names) == 100
