"""`invoicedesk sync` killed with SIGKILL at random moments never damages or loses the cache.

The sandboxes run in this process with added latency, so a sync takes long enough to be killed
mid-way. Each run is killed once the sandboxes have answered a random number of its requests (0:
a random moment before the first request, while the interpreter starts), plus a random jitter.
After every kill the cache must open, pass ``PRAGMA integrity_check``, still hold every invoice
that was there after the previous kill (nothing committed is lost), hold only whole pages (each
batch is one transaction), and decode completely. A last, undisturbed sync completes with every
invoice. 5 runs by default; ``pytest tests/reliability -m slow`` runs 20. ``INVOICEDESK_SEED``
replays a run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from file_keyring import FileKeyring

from invoicedesk import sandbox
from invoicedesk.sandbox.base import SandboxServer
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.engine import SyncEngine

from .conftest import KILL_RUNS, KILL_RUNS_LONG

SUPPORT = Path(__file__).resolve().parents[1] / "support"
LATENCY = 0.01
#: provider -> (sandbox size, sandbox knobs, invoices per stored batch)
SETUP = {
    "sendregning": (300, {}, 100),  # PER_PAGE 100
    "telecomx": (150, {"max_page": 10}, 10),  # the sandbox answers pages of 10
}

Key = tuple[str, str, str]


pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@pytest.fixture
def servers():
    started = {
        name: sandbox.create(name, size=size, latency=LATENCY, **knobs).start()
        for name, (size, knobs, _batch) in SETUP.items()
    }
    yield started
    for server in started.values():
        server.stop()


def requests_served(servers: dict[str, SandboxServer]) -> int:
    return sum(s.stats.requests for s in servers.values())


def add_accounts(profile: Profile, servers: dict[str, SandboxServer], store: SecretStore) -> None:
    accounts = AccountStore(profile.accounts_path)
    for name, server in servers.items():
        demo = sandbox.demo_account(name, server)
        accounts.add(Account(name, name, demo.base_url, dict(demo.options)))
        store.set(name, dict(demo.secrets))


def calibrate(tmp_path: Path, servers: dict[str, SandboxServer]) -> tuple[int, dict[str, int]]:
    """Requests one full sync makes, and the invoices per account, from an in-process sync."""
    profile = Profile.at(tmp_path / "calibration")
    add_accounts(profile, servers, SecretStore(profile.keyring_service))
    cache = InvoiceCache(profile.cache_path)
    try:
        engine = SyncEngine(
            cache, AccountStore(profile.accounts_path), SecretStore(profile.keyring_service)
        )
        before = requests_served(servers)
        results = engine.sync()
        assert [r.state for r in results] == ["ok"] * len(servers)
        return requests_served(servers) - before, {n: cache.count(n) for n in servers}
    finally:
        cache.close()


def snapshot(path: Path, context: str) -> set[Key]:
    """Check the cache after a kill; return the keys of every invoice it holds."""
    if not path.exists():
        return set()
    db = sqlite3.connect(path)
    try:
        result = db.execute("PRAGMA integrity_check").fetchall()
        assert result == [("ok",)], f"{context}: integrity_check says {result}"
    finally:
        db.close()
    cache = InvoiceCache(path)  # opens (and migrates) like the app does
    try:
        assert cache.integrity_ok(), context
        decoded = list(cache.invoices())  # every stored document decodes
        keys = {(i.provider, i.account, i.id) for i in decoded}
        for name, (_size, _knobs, batch) in SETUP.items():
            count = cache.count(name)
            assert count % batch == 0, f"{context}: {name} holds {count}: half a batch"
        return keys
    finally:
        cache.close()


@pytest.mark.parametrize(
    "kill_runs", [KILL_RUNS, pytest.param(KILL_RUNS_LONG, marks=pytest.mark.slow)]
)
def test_sigkill_at_random_moments_loses_nothing_committed(
    tmp_path, servers, monkeypatch, kill_runs
):
    seed = int(os.environ.get("INVOICEDESK_SEED") or time.time_ns() % 2**32)
    rng = random.Random(seed)
    keyring_file = tmp_path / "keyring.json"
    monkeypatch.setenv("TEST_KEYRING_FILE", str(keyring_file))
    total_requests, totals = calibrate(tmp_path, servers)

    profile_dir = tmp_path / "profile"
    profile = Profile.at(profile_dir)
    add_accounts(profile, servers, SecretStore(profile.keyring_service, backend=FileKeyring()))
    env = {
        **os.environ,
        "PYTHONPATH": str(SUPPORT),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "TEST_KEYRING_FILE": str(keyring_file),
    }
    command = [sys.executable, "-m", "invoicedesk", "--profile-dir", str(profile_dir), "sync"]

    committed: set[Key] = set()
    history: list[str] = []
    killed = 0
    for run in range(1, kill_runs + 1):
        target = rng.randint(0, total_requests - 1)
        jitter = rng.uniform(0, 0.02)
        context = f"seed {seed}, run {run}, kill after {target} requests + {jitter:.3f} s"
        start = requests_served(servers)
        proc = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            if target == 0:
                time.sleep(rng.uniform(0, 0.6))  # while Python starts and imports
            else:
                deadline = time.monotonic() + 60
                while requests_served(servers) - start < target and proc.poll() is None:
                    assert time.monotonic() < deadline, f"{context}: the sync stalled"
                    time.sleep(0.001)
                time.sleep(jitter)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
        finally:
            code = proc.wait(timeout=30)
        killed += code == -signal.SIGKILL
        now = snapshot(profile.cache_path, context)
        lost = committed - now
        assert not lost, f"{context}: {len(lost)} committed invoices are gone, e.g. {min(lost)}"
        served = requests_served(servers) - start
        history.append(f"run {run}: {served} requests, exit {code}, {len(now)} invoices")
        committed = now

    assert killed >= 1, f"seed {seed}: no run was killed mid-way: {history}"
    final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr
    keys = snapshot(profile.cache_path, f"seed {seed}, final sync")
    assert committed <= keys
    for name, expected in totals.items():
        assert sum(1 for k in keys if k[1] == name) == expected, (name, history)
