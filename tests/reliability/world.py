"""One provider account against its sandbox, synced through the real SyncEngine (shared by the
reliability tests)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from invoicedesk import sandbox
from invoicedesk.domain import Invoice
from invoicedesk.providers.base import FetchedInvoice, SyncRequest
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.http import HttpPolicy
from invoicedesk.sandbox.base import SandboxServer
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.engine import AccountResult, SyncEngine

FAST = HttpPolicy(retries=3, backoff_base=0.001, backoff_max=0.01, timeout=0.5)
ACCOUNT = "acc"

OptionsFn = Callable[[SandboxServer, Mapping[str, str]], dict[str, str]]


@dataclass
class World:
    provider: str
    server: SandboxServer
    root: Path
    cache: InvoiceCache
    engine: SyncEngine
    secrets: dict[str, str]
    account: str = ACCOUNT

    def sync(self, *, full: bool = True) -> AccountResult:
        [result] = self.engine.sync([self.account], full=full)
        return result

    def invoices(self) -> list[Invoice]:
        return list(self.cache.invoices([self.account]))

    def close(self) -> None:
        self.cache.close()


def _open(
    root: Path,
    provider: str,
    server: SandboxServer,
    secrets: dict[str, str],
    policy: HttpPolicy,
    keyring_backend: Any | None,
) -> World:
    profile = Profile.at(root)
    store = SecretStore(profile.keyring_service, backend=keyring_backend)
    store.set(ACCOUNT, secrets)
    accounts = AccountStore(profile.accounts_path)
    cache = InvoiceCache(profile.cache_path)
    engine = SyncEngine(cache, accounts, store, policy=policy)
    return World(provider, server, root, cache, engine, secrets)


def open_world(
    root: Path,
    provider: str,
    server: SandboxServer,
    *,
    policy: HttpPolicy = FAST,
    options: OptionsFn | None = None,
    extra_options: Mapping[str, str] | None = None,
    keyring_backend: Any | None = None,
) -> World:
    """An account named ``acc`` for the started ``server``, in a fresh profile under ``root``
    (secrets in ``keyring_backend``, else the default keyring: the tests' in-memory one)."""
    demo = sandbox.demo_account(provider, server)
    chosen = options(server, demo.options) if options else dict(demo.options)
    chosen.update(extra_options or {})
    AccountStore(Profile.at(root).accounts_path).add(
        Account(ACCOUNT, provider, demo.base_url, chosen)
    )
    return _open(root, provider, server, dict(demo.secrets), policy, keyring_backend)


def clone_world(template: World, root: Path, *, policy: HttpPolicy = FAST) -> World:
    """A copy of ``template``'s profile (accounts and cache; ``template`` must be closed) under
    ``root``, its secrets in the default keyring, against the same server."""
    shutil.copytree(template.root, root)
    return _open(root, template.provider, template.server, template.secrets, policy, None)


def record(
    provider: str,
    root: Path,
    *,
    size: int = 40,
    options: Mapping[str, str] | None = None,
    secrets: Mapping[str, str] | None = None,
) -> list[FetchedInvoice]:
    """What one sync of ``provider``'s sandbox hands to the sink: each invoice with the
    provider's raw JSON (real wire shapes, numbers as ``Decimal`` as ``parse_json`` gives them)."""
    from memory_keyring import MemoryKeyring

    server = sandbox.create(provider, size=size).start()
    try:
        demo = sandbox.demo_account(provider, server)
        profile = Profile.at(root)
        accounts = AccountStore(profile.accounts_path)
        store = SecretStore(profile.keyring_service, backend=MemoryKeyring())
        accounts.add(Account(ACCOUNT, provider, demo.base_url, {**demo.options, **(options or {})}))
        store.set(ACCOUNT, dict(secrets if secrets is not None else demo.secrets))
        engine = SyncEngine(None, accounts, store)  # type: ignore[arg-type]  # no cache needed
        client, session = engine.make_client(accounts.get(ACCOUNT))
        got: list[FetchedInvoice] = []
        with session:
            request = SyncRequest(full=True, cancel=CancelToken(), progress=lambda _p: None)
            client.sync(request, got.extend)
        return got
    finally:
        server.stop()


def record_raw(provider: str, root: Path, **kwargs: Any) -> list[Any]:
    """The raw JSON of every invoice one sync of ``provider``'s sandbox fetches."""
    return [item.raw for item in record(provider, root, **kwargs)]
