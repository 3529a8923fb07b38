"""Secrets live only in the OS keyring, one JSON entry per account, under a service name that
includes the profile. A weak keyring (fail, null, plaintext) is reported and refused: we never fall
back to a file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import keyring
import keyring.errors

_WEAK_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class SecretStoreError(RuntimeError):
    """The keyring cannot be used; the message says what to do."""


@dataclass(frozen=True)
class BackendReport:
    ok: bool
    name: str
    reason: str = ""


def describe_backend(backend: Any | None = None) -> BackendReport:
    backend = backend if backend is not None else keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    parts = list(getattr(backend, "backends", None) or []) if "chainer" in name else [backend]
    if not parts:
        return BackendReport(False, name, "no keyring backend is available")
    for part in parts:
        module = type(part).__module__
        if module.startswith(_WEAK_MODULES):
            kind = "stores secrets in plain text" if "alt" in module else "cannot store secrets"
            return BackendReport(False, f"{module}.{type(part).__name__}", kind)
    return BackendReport(True, name)


WEAK_HELP = (
    "invoicedesk keeps passwords and tokens only in the system keyring, and none usable was "
    "found ({name}: {reason}). On Linux install and unlock GNOME Keyring or KWallet "
    "(e.g. `apt install gnome-keyring`) and log in to the desktop again; on Windows and macOS the "
    "system keyring is used automatically."
)


class SecretStore:
    def __init__(self, service: str, backend: Any | None = None) -> None:
        self.service = service
        self._backend = backend

    @property
    def backend(self) -> Any:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def report(self) -> BackendReport:
        try:
            return describe_backend(self.backend)
        except Exception as exc:  # a keyring configured with a backend that cannot be loaded
            return BackendReport(False, "keyring", f"its backend could not be loaded ({exc})")

    def _require_usable(self) -> None:
        report = self.report()
        if not report.ok:
            raise SecretStoreError(WEAK_HELP.format(name=report.name, reason=report.reason))

    def get(self, account: str) -> dict[str, str]:
        self._require_usable()
        try:
            raw = self.backend.get_password(self.service, account)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(f"the keyring could not be read: {exc}") from None
        if not raw:
            return {}
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            raise SecretStoreError(
                f"the keyring entry for '{account}' is damaged; add the account again"
            ) from None
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def set(self, account: str, secrets: dict[str, str]) -> None:
        self._require_usable()
        try:
            self.backend.set_password(self.service, account, json.dumps(secrets))
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                f"the keyring refused to store the secrets for '{account}': {exc}"
            ) from None

    def update(self, account: str, changes: dict[str, str]) -> None:
        merged = self.get(account)
        merged.update(changes)
        self.set(account, merged)

    def delete(self, account: str) -> None:
        try:
            self.backend.delete_password(self.service, account)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(f"the keyring could not delete '{account}': {exc}") from None
