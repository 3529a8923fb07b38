"""A throw-away profile holding the sandboxes' demo accounts (secrets in memory)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from invoicedesk.sandbox import DemoAccount
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.memory_keyring import MemoryKeyring
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore


@dataclass
class Setup:
    profile: Profile
    accounts: AccountStore
    secrets: SecretStore
    demo: dict[str, DemoAccount] = field(default_factory=dict)


def make_profile(root: Path, demo: dict[str, DemoAccount]) -> Setup:
    profile = Profile.at(root)
    profile.ensure()
    accounts = AccountStore(profile.accounts_path)
    secrets = SecretStore(profile.keyring_service, backend=MemoryKeyring())
    for account in demo.values():
        accounts.add(
            Account(account.name, account.provider, account.base_url, dict(account.options))
        )
        secrets.set(account.name, dict(account.secrets))
    return Setup(profile, accounts, secrets, demo)


@dataclass(frozen=True)
class StallRun:
    """What :mod:`.gui_process` measures."""

    max_gap_ms: float
    p99_gap_ms: float
    idle_max_gap_ms: float
    sync_s: float
    rows: int
