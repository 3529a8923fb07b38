"""Demo mode: all four sandboxes in-process, demo accounts in a throw-away profile, secrets in an
in-memory keyring. Used by ``invoicedesk --demo``, ``--smoke-test`` and the tests. Qt-free."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from invoicedesk import sandbox
from invoicedesk.sandbox.base import SandboxServer
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.memory_keyring import MemoryKeyring
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore

log = logging.getLogger(__name__)

#: invoices per sandbox in the demo: a few hundred in all, quick to sync
DEMO_SIZES = {"sendregning": 120, "telecomx": 80, "buckaroo": 60, "connectid": 80}


class DemoEnvironment:
    def __init__(
        self,
        profile_dir: Path | None = None,
        *,
        sizes: dict[str, int] | None = None,
        today: Callable[[], dt.date] | None = None,
        providers: tuple[str, ...] = sandbox.SANDBOX_NAMES,
    ) -> None:
        self._own_dir = profile_dir is None
        self.root = profile_dir or Path(tempfile.mkdtemp(prefix="invoicedesk-demo-"))
        self.profile = Profile.at(self.root)
        self.sizes = sizes or DEMO_SIZES
        self.today = today
        self.providers = providers
        self.servers: dict[str, SandboxServer] = {}
        self.secrets = SecretStore(self.profile.keyring_service, backend=MemoryKeyring())
        self.accounts = AccountStore(self.profile.accounts_path)

    def start(self) -> DemoEnvironment:
        self.profile.ensure()
        for name in self.providers:
            kwargs: dict[str, object] = {"size": self.sizes.get(name)}
            if self.today is not None:
                kwargs["today"] = self.today
            server = sandbox.create(name, **kwargs).start()
            self.servers[name] = server
            demo = sandbox.demo_account(name, server)
            self.accounts.add(
                Account(demo.name, demo.provider, demo.base_url, dict(demo.options)), replace=True
            )
            self.secrets.set(demo.name, dict(demo.secrets))
            log.info("demo sandbox %s on %s", name, server.base_url)
        return self

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()
        self.servers.clear()
        if self._own_dir:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> DemoEnvironment:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
