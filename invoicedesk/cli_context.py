"""What a CLI command works on: the profile's account list, keyring, cache and a sync engine.

Its own module, below ``commands`` and ``account_commands``, which both take it."""

from __future__ import annotations

from invoicedesk.cli_input import language_from_env
from invoicedesk.storage.accounts import AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.engine import SyncEngine


class Context:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        profile.ensure()
        self.accounts = AccountStore(profile.accounts_path)
        self.secrets = SecretStore(profile.keyring_service)
        self._cache: InvoiceCache | None = None

    @property
    def cache(self) -> InvoiceCache:
        if self._cache is None:
            self._cache = InvoiceCache(self.profile.cache_path)
        return self._cache

    def engine(self) -> SyncEngine:
        return SyncEngine(
            self.cache, self.accounts, self.secrets, language=language_from_env()[:2].lower()
        )
