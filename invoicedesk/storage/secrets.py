"""Secrets live only in the OS keyring, one JSON entry per account, under a service name that
includes the profile. A weak keyring (fail, null, plaintext) is reported and refused: we never fall
back to a file."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.errors

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, TextError, text

_WEAK_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class SecretStoreError(TextError, RuntimeError):
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


WEAK_HELP = QT_TRANSLATE_NOOP(
    "Errors",
    "no usable keyring: invoicedesk keeps passwords and tokens only in the system keyring, "
    "and {reason}. {remedy}",
)
_README = QT_TRANSLATE_NOOP("Errors", "see 'Headless Linux' in the README")
_START = "`printf PASSWORD | gnome-keyring-daemon --unlock --components=secrets`"
_INSTALL = "`apt install gnome-keyring dbus-x11`"


def _weak(reason: Text, remedy: Text) -> Text:
    return text(WEAK_HELP, reason=reason, remedy=remedy)


def missing_keyring_help(
    report: BackendReport,
    *,
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> str:
    """The English line of :func:`keyring_help_text`."""
    return str(keyring_help_text(report, platform=platform, env=env, which=which))


def keyring_help_text(
    report: BackendReport,
    *,
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> Text:
    """What is missing and how to get it, in words (no class names): on Linux the usual cause
    is a shell with no D-Bus session, or a session where no Secret Service runs."""
    env = os.environ if env is None else env
    if "plain text" in report.reason:
        return _weak(
            text(
                QT_TRANSLATE_NOOP(
                    "Errors", "the only keyring found (keyrings.alt) stores secrets in plain text"
                )
            ),
            text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Uninstall keyrings.alt and use the desktop's keyring (GNOME Keyring, "
                    "KWallet, KeePassXC).",
                )
            ),
        )
    if "could not be loaded" in report.reason:  # PYTHON_KEYRING_BACKEND naming nothing usable
        return _weak(
            text(
                QT_TRANSLATE_NOOP("Errors", "the configured keyring {reason}"), reason=report.reason
            ),
            text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Check the PYTHON_KEYRING_BACKEND variable and keyring's configuration file.",
                )
            ),
        )
    if not platform.startswith("linux"):
        return _weak(
            text(
                QT_TRANSLATE_NOOP("Errors", "the system keyring could not be used ({reason})"),
                reason=report.reason,
            ),
            text(
                QT_TRANSLATE_NOOP(
                    "Errors", "Sign in to the computer's user account normally and try again."
                )
            ),
        )
    runtime = env.get("XDG_RUNTIME_DIR", "")
    has_bus = bool(env.get("DBUS_SESSION_BUS_ADDRESS")) or (
        bool(runtime) and Path(runtime, "bus").exists()
    )
    installed = bool(which("gnome-keyring-daemon"))
    readme = text(_README)
    if not has_bus:
        return _weak(
            text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "no keyring service is running in this session (there is no D-Bus session)",
                )
            ),
            text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Sign in to a desktop session, or in a plain shell start one with "
                    "{session} and, inside it, {start} ({readme}).",
                )
                if installed
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "Install one (e.g. {install}), then sign in to a desktop session, or in a "
                    "plain shell start one with {session} and, inside it, {start} ({readme}).",
                ),
                install=_INSTALL,
                session="`dbus-run-session -- bash`",
                start=_START,
                readme=readme,
            ),
        )
    return _weak(
        text(
            QT_TRANSLATE_NOOP(
                "Errors",
                "no keyring service is running in this session (nothing answers for the "
                "Secret Service on D-Bus)",
            )
        ),
        text(
            QT_TRANSLATE_NOOP(
                "Errors", "Start one: {start} ({readme}), or sign in to a desktop session."
            )
            if installed
            else QT_TRANSLATE_NOOP(
                "Errors",
                "Install one (e.g. {install}), then start one: {start} ({readme}), or sign in "
                "to a desktop session.",
            ),
            install=_INSTALL,
            start=_START,
            readme=readme,
        ),
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
            raise SecretStoreError(keyring_help_text(report))

    def get(self, account: str) -> dict[str, str]:
        self._require_usable()
        try:
            raw = self.backend.get_password(self.service, account)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                QT_TRANSLATE_NOOP("Errors", "the keyring could not be read: {exc}"), exc=str(exc)
            ) from None
        if not raw:
            return {}
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            raise SecretStoreError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the keyring entry for '{account}' is damaged; add the account again"
                ),
                account=account,
            ) from None
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    def set(self, account: str, secrets: dict[str, str]) -> None:
        self._require_usable()
        try:
            self.backend.set_password(self.service, account, json.dumps(secrets))
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the keyring refused to store the secrets for '{account}': {exc}"
                ),
                account=account,
                exc=str(exc),
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
            raise SecretStoreError(
                QT_TRANSLATE_NOOP("Errors", "the keyring could not delete '{account}': {exc}"),
                account=account,
                exc=str(exc),
            ) from None
