"""The money model on the command line: duplicate logins refused, the direction option, and
``report aging`` (the contract's JSON and CSV)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from test_cli import add_sendregning, cli

from invoicedesk.sandbox.sendregning import SendRegningSandbox


@pytest.fixture(scope="module")
def server():
    with SendRegningSandbox(size=60) as s:
        yield s


def test_the_same_login_added_twice_is_refused_with_exit_2(profile_dir, server, memory_keyring):
    assert add_sendregning(profile_dir, server, name="main")[0] == 0
    code, out, err = add_sendregning(profile_dir, server, name="again")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "'main'" in err and "twice" in err
    # nothing of the refused account was kept: not in the list, not in the keyring
    code, out, _err = cli("--profile-dir", str(profile_dir), "accounts", "list")
    assert "again" not in out
    assert not any("again" in user for _service, user in memory_keyring.store)


def test_another_login_at_the_same_provider_is_welcome(profile_dir, server):
    assert add_sendregning(profile_dir, server, name="main")[0] == 0
    # a new password does not make a new login: the same e-mail and account number are the same
    assert add_sendregning(profile_dir, server, name="again", password="x")[0] == 2
    code, _out, err = cli(
        "--profile-dir",
        str(profile_dir),
        "accounts",
        "add",
        "sendregning",
        "--name",
        "colleague",
        "--base-url",
        server.base_url,
        "--option",
        "originator_id=12345",
        stdin='{"username": "kollega@regnskap.example.no", "password": "p"}',
    )
    assert code == 0, err


def test_a_bad_direction_option_is_exit_2(profile_dir, server):
    code, _out, err = cli(
        "--profile-dir",
        str(profile_dir),
        "accounts",
        "add",
        "sendregning",
        "--name",
        "x",
        "--option",
        "originator_id=1",
        "--option",
        "direction=sideways",
        stdin='{"username": "a@b.no", "password": "p"}',
    )
    assert code == 2 and "receivable or payable" in err


def test_report_aging_json_and_csv_after_a_sync(profile_dir, server, tmp_path):
    assert add_sendregning(profile_dir, server)[0] == 0
    assert cli("--profile-dir", str(profile_dir), "sync")[0] == 0
    args = ("--profile-dir", str(profile_dir), "report", "aging", "--as-of", "2026-12-05")
    code, out, err = cli(*args, "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["as_of"] == "2026-12-05" and report["payable"] == {}
    nok = report["receivable"]["NOK"]
    assert list(nok) == ["not_due", "1-30", "31-60", "61-90", "over_90", "outstanding", "count"]
    assert all(isinstance(v, str) for k, v in nok.items() if k != "count")
    # each claim once: the export's counted claims give the same figures
    code, out, err = cli("--profile-dir", str(profile_dir), "export", "--format", "json")
    invoices = json.loads(out)["invoices"]
    counted = [
        i for i in invoices if i["kind"] != "draft" and i["status"] != "paid" and i["outstanding"]
    ]
    counted = [i for i in counted if Decimal(i["outstanding"]) != 0 and i["currency"] == "NOK"]
    assert nok["count"] == len(counted)
    assert Decimal(nok["outstanding"]) == sum(Decimal(i["outstanding"]) for i in counted)
    target = tmp_path / "aging.csv"
    code, out, err = cli(*args, "--format", "csv", "-o", str(target))
    assert code == 0 and out == ""
    header, first = target.read_text(encoding="utf-8").splitlines()[:2]
    assert header == "direction,currency,not_due,1-30,31-60,61-90,over_90,outstanding,count"
    assert first.startswith("receivable,EUR,")  # currencies in alphabetical order


def test_report_aging_rejects_a_bad_date(profile_dir):
    code, _out, err = cli(
        "--profile-dir",
        str(profile_dir),
        "report",
        "aging",
        "--as-of",
        "05.12.2026",
        "--format",
        "json",
    )
    assert code == 2 and "--as-of" in err
