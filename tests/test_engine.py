"""The sync engine over real sandboxes: status per account, nothing lost on failure."""

from __future__ import annotations

import threading
import time

import pytest

from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.http import HttpPolicy
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.sendregning import SendRegningSandbox
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.engine import SyncEngine

FAST = HttpPolicy(retries=2, backoff_base=0.001, backoff_max=0.01, timeout=2)


@pytest.fixture
def setup(tmp_path):
    servers = [SendRegningSandbox(size=220, seed=s).start() for s in (1, 2)]
    profile = Profile.at(tmp_path)
    accounts = AccountStore(profile.accounts_path)
    secrets = SecretStore(profile.keyring_service)
    for i, server in enumerate(servers):
        demo = demo_account("sendregning", server)
        accounts.add(Account(f"acc{i}", "sendregning", server.base_url, demo.options))
        secrets.set(f"acc{i}", demo.secrets)
    cache = InvoiceCache(profile.cache_path)
    engine = SyncEngine(cache, accounts, secrets, policy=FAST)
    yield engine, servers, cache
    cache.close()
    for server in servers:
        server.stop()


def test_accounts_sync_concurrently_and_report_progress(setup):
    engine, _servers, cache = setup
    seen: list[str] = []
    results = engine.sync(progress=lambda name, p: seen.append(name))
    assert [r.state for r in results] == ["ok", "ok"]
    assert cache.count("acc0") == cache.count("acc1") == 220
    assert {"acc0", "acc1"} <= set(seen)
    state = cache.account_state("acc0")
    assert state and state.state == "ok" and state.last_success is not None


def test_a_failure_mid_sync_keeps_everything_stored_before(setup):
    engine, servers, cache = setup
    engine.sync(["acc0"])
    before = {i.id: i for i in cache.invoices(["acc0"])}
    servers[0].faults.add("500", 10, path_contains="/invoices/credit-notes")
    [result] = engine.sync(["acc0"], full=True)
    assert result.state == "error" and "500" in result.message
    after = {i.id: i for i in cache.invoices(["acc0"])}
    assert after == before
    state = cache.account_state("acc0")
    assert state and state.state == "error" and state.last_success is not None


def test_refused_credentials_mark_the_account_needs_login(setup):
    engine, servers, cache = setup
    engine.sync(["acc1"])
    servers[1].password = "changed-at-the-provider"
    [result] = engine.sync(["acc1"])
    assert result.state == "needs_login"
    assert cache.account_state("acc1").state == "needs_login"
    assert cache.count("acc1") == 220


def test_cancel_ends_with_cancelled_and_one_sync_per_account(setup):
    engine, servers, cache = setup
    cache.set_account_state("acc0", "sendregning", "needs_login", "HTTP 401")
    servers[0].latency = 0.05
    cancel = CancelToken()
    results = []
    worker = threading.Thread(target=lambda: results.extend(engine.sync(["acc0"], cancel=cancel)))
    worker.start()
    # the first sync has begun (not a fixed wait: a loaded machine may start the thread late)
    deadline = time.monotonic() + 10
    while "acc0" not in engine._busy and time.monotonic() < deadline:
        time.sleep(0.005)
    busy = engine.sync_account(engine.accounts.get("acc0"))
    assert busy.state == "busy"
    cancel.cancel()
    worker.join(10)
    assert results[0].state == "cancelled"
    # a cancel says nothing about the account: its state stays as it was
    assert cache.account_state("acc0").state == "needs_login"


def test_an_account_of_an_unknown_provider_is_a_clear_error_not_a_crash(setup):
    engine, _servers, _cache = setup
    engine.accounts.add(Account("old", "paypal", "https://127.0.0.1:9/"))
    (result,) = engine.sync(["old"], full=False, cancel=CancelToken())
    assert result.state == "error"
    assert "paypal" in result.message and "add it again" in result.message
    assert "internal" not in result.message
