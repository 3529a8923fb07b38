"""Accounts: name, provider, base URL and options, in accounts.json under the config dir.
Secrets never go here (see :mod:`invoicedesk.storage.secrets`)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import filelock

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, TextError

_NAME = re.compile(r"^[\w][\w .@+-]{0,63}$")


class AccountError(TextError, ValueError):
    """Bad input about accounts (unknown name, duplicate, unreadable file)."""


@dataclass(frozen=True)
class Account:
    name: str
    provider: str
    base_url: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    #: a disabled account is kept (settings, secrets, cache) but not synced, not in totals
    enabled: bool = True


def validate_name(name: str) -> None:
    if not _NAME.match(name) or name != name.strip():
        raise AccountError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{shown_name} is not a usable account name: use 1-64 letters, digits, "
                "spaces, . _ @ + -",
            ),
            shown_name=shown_name(name),
        )


def shown_name(name: str) -> str:
    """``name`` quoted for a message: control characters escaped, at most 40 characters."""
    text = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in name[:40])
    return f"'{text}'" + ("…" if len(name) > 40 else "")


class AccountStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def all(self) -> list[Account]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise AccountError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "cannot read the account list {path}: {exc}. Fix the file or move it "
                    "away to start afresh.",
                ),
                path=str(self.path),
                exc=str(exc),
            ) from None
        accounts = []
        for i, item in enumerate(data.get("accounts", []) if isinstance(data, dict) else []):
            try:
                accounts.append(
                    Account(
                        name=str(item["name"]),
                        provider=str(item["provider"]),
                        base_url=item.get("base_url") or None,
                        options={str(k): str(v) for k, v in (item.get("options") or {}).items()},
                        enabled=item.get("enabled", True) is not False,
                    )
                )
            except (KeyError, TypeError, AttributeError):
                raise AccountError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "account #{value} in {path} lacks a name or provider; fix the file",
                    ),
                    value=i + 1,
                    path=str(self.path),
                ) from None
        return accounts

    def get(self, name: str) -> Account:
        for account in self.all():
            if account.name == name:
                return account
        known = ", ".join(a.name for a in self.all()) or "none yet"
        raise AccountError(
            QT_TRANSLATE_NOOP("Errors", "no account named '{name}' (accounts: {known})"),
            name=name,
            known=known,
        )

    def add(self, account: Account, *, replace: bool = False) -> None:
        validate_name(account.name)
        with self._locked():
            accounts = self.all()
            if any(a.name == account.name for a in accounts):
                if not replace:
                    raise AccountError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "an account named '{name}' exists already; remove it first or pick "
                            "another name",
                        ),
                        name=account.name,
                    )
                accounts = [a for a in accounts if a.name != account.name]
            accounts.append(account)
            self._write(accounts)

    def remove(self, name: str) -> Account:
        with self._locked():
            accounts = self.all()
            match = [a for a in accounts if a.name == name]
            if not match:
                raise AccountError(
                    QT_TRANSLATE_NOOP("Errors", "no account named '{name}'"), name=name
                )
            self._write([a for a in accounts if a.name != name])
            return match[0]

    # ---- editing an existing account (kept apart from add/remove; see accounts edit) ---------
    def update(self, name: str, changed: Account) -> Account:
        """Replace the account ``name`` by ``changed`` in place (same position; the name may
        differ: a rename). Returns the previous account."""
        validate_name(changed.name)
        with self._locked():
            accounts = self.all()
            position = next((i for i, a in enumerate(accounts) if a.name == name), None)
            if position is None:
                raise AccountError(
                    QT_TRANSLATE_NOOP("Errors", "no account named '{name}'"), name=name
                )
            if changed.name != name and any(a.name == changed.name for a in accounts):
                raise AccountError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "an account named '{name}' exists already; pick another name"
                    ),
                    name=changed.name,
                )
            previous = accounts[position]
            accounts[position] = changed
            self._write(accounts)
            return previous

    def rename(self, name: str, new_name: str) -> Account:
        """Rename in the account list only (the caller moves cache rows and secrets)."""
        return self.update(name, replace(self.get(name), name=new_name))

    def set_enabled(self, name: str, enabled: bool) -> Account:
        """Disable (kept, not synced, not counted) or enable an account; returns it."""
        account = replace(self.get(name), enabled=enabled)
        self.update(name, account)
        return account

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Read-modify-write of the account list, one at a time across threads and processes
        (two ``accounts add`` at once would each write back only their own addition)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = filelock.FileLock(f"{self.path}.lock", timeout=30)
        try:
            with self._lock, lock:
                yield
        except filelock.Timeout:
            raise AccountError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the account list {path} stayed locked by another invoicedesk for 30 "
                    "s; try again when it has finished",
                ),
                path=str(self.path),
            ) from None

    def _write(self, accounts: list[Account]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "version": 1,
            "accounts": [
                {
                    "name": a.name,
                    "provider": a.provider,
                    "base_url": a.base_url,
                    "options": a.options,
                    **({} if a.enabled else {"enabled": False}),
                }
                for a in accounts
            ],
        }
        # Write-then-rename: a crash never leaves a half-written account list.
        fd, tmp = tempfile.mkstemp(prefix=".accounts-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
