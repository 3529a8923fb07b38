"""What the window works with: profile, accounts, keyring, sync engine and a read connection to
the cache. Built once by :func:`invoicedesk.gui.app.run_gui` (or by a test) and passed in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from invoicedesk.storage.accounts import AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.engine import SyncEngine
from invoicedesk.sync.process import ProcessSyncer


@dataclass
class AppContext:
    profile: Profile
    accounts: AccountStore
    secrets: SecretStore
    engine: SyncEngine
    #: the GUI's own connection (WAL: it reads while the engine's connection writes)
    cache: InvoiceCache
    language: str = "en"
    demo: bool = False
    today: Callable[[], dt.date] = field(default=dt.date.today)
    #: what runs the window's syncs: a child process per account (``ProcessSyncer``), or the
    #: engine itself in the window's process
    syncer: ProcessSyncer | SyncEngine | None = None

    @property
    def sync_engine(self) -> ProcessSyncer | SyncEngine:
        return self.syncer if self.syncer is not None else self.engine

    @property
    def syncs_elsewhere(self) -> bool:
        """True when syncs run in child processes, not in the window's process."""
        return isinstance(self.syncer, ProcessSyncer)

    @classmethod
    def create(
        cls,
        profile: Profile,
        secrets: SecretStore,
        *,
        language: str = "en",
        demo: bool = False,
        today: Callable[[], dt.date] = dt.date.today,
        accounts: AccountStore | None = None,
        sync_process: bool = True,
    ) -> AppContext:
        profile.ensure()
        accounts = accounts or AccountStore(profile.accounts_path)
        engine = SyncEngine(
            InvoiceCache(profile.cache_path), accounts, secrets, today=today, language=language
        )
        return cls(
            profile,
            accounts,
            secrets,
            engine,
            InvoiceCache(profile.cache_path),
            language,
            demo,
            today,
            ProcessSyncer(engine, profile.cache_path) if sync_process else engine,
        )

    def close(self) -> None:
        self.cache.close()
        self.engine.cache.close()
