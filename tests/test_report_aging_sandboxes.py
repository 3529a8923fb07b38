"""``invoicedesk report aging`` over real sockets against all four sandboxes equals the aging
worked out by hand from the sandboxes' own data records (``tests/support/aging_truth.py``), per
account and for all accounts together; and a second account for the same login is refused."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from aging_truth import BUCKETS, expected_aging
from test_cli import cli

from invoicedesk import sandbox
from invoicedesk.demo import DEMO_SIZES
from invoicedesk.sandbox.base import SandboxServer


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, SandboxServer]]:
    started = {
        name: sandbox.create(name, size=DEMO_SIZES[name]).start() for name in sandbox.SANDBOX_NAMES
    }
    try:
        yield started
    finally:
        for server in started.values():
            server.stop()


def _add(profile: str, name: str, server: SandboxServer) -> None:
    demo = sandbox.demo_account(name, server)
    options = [arg for k, v in demo.options.items() for arg in ("--option", f"{k}={v}")]
    code, _out, err = cli(
        "--profile-dir", profile, "accounts", "add", name, "--name", demo.name,
        "--base-url", demo.base_url, *options, stdin=json.dumps(dict(demo.secrets)),
    )  # fmt: skip
    assert code == 0, err


def _merged(truths: list[dict[str, Any]]) -> dict[str, Any]:
    """Several accounts' reports as one: lines of the same direction and currency added up."""
    out: dict[str, dict[str, dict[str, Any]]] = {"receivable": {}, "payable": {}}
    for truth in truths:
        for direction, lines in truth.items():
            for currency, line in lines.items():
                have = out[direction].setdefault(
                    currency, {**dict.fromkeys(BUCKETS, "0.00"), "outstanding": "0.00", "count": 0}
                )
                for key in (*BUCKETS, "outstanding"):
                    have[key] = str(Decimal(have[key]) + Decimal(line[key]))
                have["count"] += line["count"]
    return out


def test_report_aging_equals_the_hand_computation_for_all_four_providers(
    profile_dir, servers
) -> None:
    profile = str(profile_dir)
    for name, server in servers.items():
        _add(profile, name, server)
    code, out, err = cli("--profile-dir", profile, "sync")
    assert code == 0, err
    today = dt.date.today()
    for as_of in (today, today + dt.timedelta(days=40)):
        truths = []
        for name, server in servers.items():
            account = sandbox.demo_account(name, server).name
            code, out, err = cli(
                "--profile-dir", profile, "report", "aging", "--account", account,
                "--as-of", as_of.isoformat(), "--format", "json",
            )  # fmt: skip
            assert code == 0, err
            truth = expected_aging(name, server, as_of)
            assert json.loads(out) == {"as_of": as_of.isoformat(), **truth}, name
            assert any(truth.values()), f"{name}: nothing outstanding proves nothing"
            truths.append(truth)
        code, out, err = cli(
            "--profile-dir", profile, "report", "aging", "--as-of", as_of.isoformat(),
            "--format", "json",
        )  # fmt: skip
        assert json.loads(out) == {"as_of": as_of.isoformat(), **_merged(truths)}
    # the ConnectID demo (user mode) is payable; the other three are receivable
    report = json.loads(out)
    assert report["payable"] and report["receivable"]

    # the same SendRegning login under another name: refused, exit 2, nothing doubled
    demo = sandbox.demo_account("sendregning", servers["sendregning"])
    code, _out, err = cli(
        "--profile-dir", profile, "accounts", "add", "sendregning", "--name", "again",
        "--base-url", demo.base_url, "--option", f"originator_id={demo.options['originator_id']}",
        stdin=json.dumps(dict(demo.secrets)),
    )  # fmt: skip
    assert code == 2 and f"'{demo.name}'" in err
