"""Syncs in a child process (the window's ``ProcessSyncer``) against sandboxes over real sockets:
the same outcome as in process, renewed tokens written to the parent's keyring, the child's log
lines relayed (redacted), cancel, and a child that dies mid-sync."""

from __future__ import annotations

import logging
import multiprocessing
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring.errors
import pytest
from memory_keyring import MemoryKeyring

from invoicedesk import sandbox
from invoicedesk.providers.base import Progress
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.http import HttpPolicy
from invoicedesk.sandbox.base import SandboxServer
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.engine import AccountResult, SyncEngine
from invoicedesk.sync.process import ProcessSyncer

FAST = HttpPolicy(retries=2, backoff_base=0.001, backoff_max=0.01, timeout=5)


@dataclass
class Setup:
    server: SandboxServer
    account: Account
    secrets: SecretStore
    cache: InvoiceCache
    syncer: ProcessSyncer

    def sync(self, **kwargs: object) -> AccountResult:
        return self.syncer.sync_account(self.account, **kwargs)  # type: ignore[arg-type]


def _setup(tmp_path: Path, provider: str, size: int) -> Setup:
    server = sandbox.create(provider, size=size).start()
    demo = sandbox.demo_account(provider, server)
    profile = Profile.at(tmp_path / "profile")
    profile.ensure()
    accounts = AccountStore(profile.accounts_path)
    account = Account("acc", provider, demo.base_url, dict(demo.options))
    accounts.add(account)
    secrets = SecretStore(profile.keyring_service)
    secrets.set("acc", dict(demo.secrets))
    cache = InvoiceCache(profile.cache_path)
    engine = SyncEngine(cache, accounts, secrets, policy=FAST)
    return Setup(server, account, secrets, cache, ProcessSyncer(engine, profile.cache_path))


@pytest.fixture
def sendregning(tmp_path: Path) -> Iterator[Setup]:
    s = _setup(tmp_path, "sendregning", 220)
    yield s
    s.cache.close()
    s.server.stop()


@pytest.fixture
def connectid(tmp_path: Path) -> Iterator[Setup]:
    s = _setup(tmp_path, "connectid", 30)
    yield s
    s.cache.close()
    s.server.stop()


def test_a_sync_runs_in_a_child_and_stores_everything(
    sendregning: Setup, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    progress: list[tuple[str, Progress]] = []
    result = sendregning.sync(full=True, progress=lambda n, p: progress.append((n, p)))
    assert result.state == "ok", result.message
    assert (result.fetched, result.added) == (220, 220)
    assert sendregning.cache.count("acc") == 220
    assert progress and all(n == "acc" and isinstance(p, Progress) for n, p in progress)
    assert progress[-1][1].done == 220
    # the child's own log lines arrive here, from another process
    [line] = [r.getMessage() for r in caplog.records if "syncing acc in process" in r.getMessage()]
    match = re.search(r"in process (\d+)", line)
    assert match and int(match.group(1)) != os.getpid()
    assert any("sync acc: ok (220 fetched" in r.getMessage() for r in caplog.records)
    assert not multiprocessing.active_children()


def test_renewed_tokens_reach_the_parents_keyring(
    connectid: Setup, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    before = connectid.secrets.get("acc")
    connectid.server.expire_access_tokens()  # type: ignore[attr-defined]
    first = connectid.sync(full=True)
    assert first.state == "ok", first.message
    after = connectid.secrets.get("acc")
    assert after["refresh_token"] != before["refresh_token"]  # rotated, stored by the parent
    assert after["access_token"] != before["access_token"]
    # the rotated refresh token is the only one the sandbox still accepts: a second sync that
    # needs it works only if the parent stored it
    connectid.server.expire_access_tokens()  # type: ignore[attr-defined]
    second = connectid.sync()
    assert second.state == "ok", second.message
    secrets = [v for v in (*before.values(), *after.values()) if len(v) >= 8]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert not [s for s in secrets if s in logged], "a secret reached the log"


def test_a_keyring_the_child_cannot_write_ends_the_sync_plainly(
    connectid: Setup, memory_keyring: MemoryKeyring
) -> None:
    connectid.server.expire_access_tokens()  # type: ignore[attr-defined]

    def refuse(service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keyring is locked")

    memory_keyring.set_password = refuse  # type: ignore[method-assign]
    result = connectid.sync(full=True)
    assert result.state == "error"
    assert "the keyring refused to store the secrets for 'acc'" in result.message
    assert "Traceback" not in result.message


def _hold_after_the_pages(setup: Setup) -> None:
    """The pages are stored, then the credit-note request hangs for 3 s: the child is surely
    still at work when the test acts, however slow the machine."""
    setup.server.faults.add("slow", 1, path_contains="/invoices/credit-notes", delay=3.0)


def test_cancel_stops_the_child(sendregning: Setup) -> None:
    # the first request hangs for 3 s with more to come: the cancel surely lands in between
    sendregning.server.faults.add("slow", 1, path_contains="/invoices/due", delay=3.0)
    cancel = CancelToken()
    started = threading.Event()
    results: list[AccountResult] = []

    def run() -> None:
        results.append(
            sendregning.sync(full=True, cancel=cancel, progress=lambda *_: started.set())
        )

    worker = threading.Thread(target=run)
    worker.start()
    assert started.wait(30)
    cancel.cancel()
    worker.join(30)
    assert not worker.is_alive()
    assert results[0].state == "cancelled"
    # a cancel leaves the account's state as it was (here: never synced)
    assert sendregning.cache.account_state("acc") is None
    assert not multiprocessing.active_children()


def test_a_child_that_dies_mid_sync_is_reported_and_nothing_is_lost(sendregning: Setup) -> None:
    first = sendregning.sync(full=True)
    assert first.state == "ok"
    before = list(sendregning.cache.invoices(["acc"]))
    _hold_after_the_pages(sendregning)
    stored = threading.Event()
    results: list[AccountResult] = []

    def run() -> None:
        def progress(_name: str, p: Progress) -> None:
            if p.done > 0:
                stored.set()

        results.append(sendregning.sync(full=True, progress=progress))

    worker = threading.Thread(target=run)
    worker.start()
    assert stored.wait(30)
    [child] = multiprocessing.active_children()
    child.kill()
    worker.join(30)
    [result] = results
    assert result.state == "error"
    assert "stopped unexpectedly" in result.message and "Sync again" in result.message
    state = sendregning.cache.account_state("acc")
    assert state is not None and state.state == "error" and state.last_success is not None
    assert list(sendregning.cache.invoices(["acc"])) == before
    assert sendregning.cache.integrity_ok()


def test_an_unreadable_keyring_starts_no_child(
    sendregning: Setup, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.set_password(sendregning.secrets.service, "acc", "{not json")
    result = sendregning.sync()
    assert result.state == "error"
    assert "keyring entry for 'acc' is damaged" in result.message
    state = sendregning.cache.account_state("acc")
    assert state is not None and (state.state, state.message) == ("error", result.message)
    assert not multiprocessing.active_children()


def test_a_cache_the_child_cannot_open_is_named(sendregning: Setup, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database " * 400)
    sendregning.syncer.cache_path = broken
    result = sendregning.sync()
    assert result.state == "error"
    assert f"the invoice cache {broken} is damaged" in result.message  # not a database
    assert "move it away and sync again" in result.message


def test_no_child_process_means_syncing_in_this_one(
    sendregning: Setup, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise OSError("no processes left")

    monkeypatch.setattr(sendregning.syncer._context, "Process", refuse)
    result = sendregning.sync(full=True)
    assert result.state == "ok", result.message
    assert sendregning.cache.count("acc") == 220
    assert any(
        "could not start a sync process (no processes left)" in r.getMessage()
        for r in caplog.records
    )


def test_secrets_a_hostile_server_quotes_back_stay_out_of_the_relayed_log(
    connectid: Setup, caplog: pytest.LogCaptureFixture
) -> None:
    from reliability.test_secret_hygiene import hostile

    caplog.set_level(logging.DEBUG)
    secrets = connectid.secrets.get("acc")
    hostile(connectid.server, secrets)  # refuses everything, quoting the credentials back
    connectid.server.expire_access_tokens()  # type: ignore[attr-defined]
    result = connectid.sync(full=True)
    assert result.state in ("error", "needs_login"), result.message
    relayed = [r.getMessage() for r in caplog.records]
    assert any("sync acc:" in line for line in relayed)  # the child's lines did arrive
    text = "\n".join([*relayed, result.message])
    leaked = [k for k, v in secrets.items() if k != "expires_at" and v in text]
    assert not leaked, f"{leaked} reached the log or the result"


def test_the_childs_httpx_request_lines_are_not_relayed_at_info(
    sendregning: Setup, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    result = sendregning.sync(full=True)
    assert result.state == "ok", result.message
    relayed = [r.getMessage() for r in caplog.records]
    assert any("sync acc:" in line for line in relayed)  # the child's lines did arrive
    assert not [line for line in relayed if "HTTP Request:" in line]
