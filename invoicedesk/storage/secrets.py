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
    "no usable keyring: invoicedesk keeps passwords and tokens only in the system keyring, "
    "and {reason}. {remedy}"
)
_README = "see 'Headless Linux' in the README"


@dataclass(frozen=True)
class KeyringProblem:
    """Why no keyring can be used, as a case the CLI and the window each put in words:
    ``plain_text`` (keyrings.alt), ``not_loaded`` (a configured backend that does not load),
    ``other_platform``, ``no_bus`` (Linux, no D-Bus session), ``no_service`` (nothing answers
    for the Secret Service); ``detail`` is the backend's own reason; ``install``: no
    gnome-keyring-daemon is installed."""

    case: str
    detail: str
    install: bool = False


def keyring_problem(
    report: BackendReport,
    *,
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> KeyringProblem:
    """On Linux the usual cause is a shell with no D-Bus session, or a session where no
    Secret Service runs."""
    env = os.environ if env is None else env
    if "plain text" in report.reason:
        return KeyringProblem("plain_text", report.reason)
    if "could not be loaded" in report.reason:  # PYTHON_KEYRING_BACKEND naming nothing usable
        return KeyringProblem("not_loaded", report.reason)
    if not platform.startswith("linux"):
        return KeyringProblem("other_platform", report.reason)
    runtime = env.get("XDG_RUNTIME_DIR", "")
    has_bus = bool(env.get("DBUS_SESSION_BUS_ADDRESS")) or (
        bool(runtime) and Path(runtime, "bus").exists()
    )
    install = which("gnome-keyring-daemon") is None
    return KeyringProblem("no_service" if has_bus else "no_bus", report.reason, install)


def missing_keyring_help(
    report: BackendReport,
    *,
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> str:
    """What is missing and how to get it, in words (no class names), in English (the CLI; the
    window words the same :func:`keyring_problem` in its language)."""
    problem = keyring_problem(report, platform=platform, env=env, which=which)
    if problem.case == "plain_text":
        return WEAK_HELP.format(
            reason="the only keyring found (keyrings.alt) stores secrets in plain text",
            remedy="Uninstall keyrings.alt and use the desktop's keyring (GNOME Keyring, "
            "KWallet, KeePassXC).",
        )
    if problem.case == "not_loaded":
        return WEAK_HELP.format(
            reason=f"the configured keyring {problem.detail}",
            remedy="Check the PYTHON_KEYRING_BACKEND variable and keyring's configuration file.",
        )
    if problem.case == "other_platform":
        return WEAK_HELP.format(
            reason=f"the system keyring could not be used ({problem.detail})",
            remedy="Sign in to the computer's user account normally and try again.",
        )
    install = (
        "Install one (e.g. `apt install gnome-keyring dbus-x11`), then " if problem.install else ""
    )
    if problem.case == "no_bus":
        return WEAK_HELP.format(
            reason="no keyring service is running in this session (there is no D-Bus session)",
            remedy=f"{install}{'s' if install else 'S'}ign in to a desktop session, or in a "
            "plain shell start one with `dbus-run-session -- bash` and, inside it, `printf "
            "PASSWORD | gnome-keyring-daemon --unlock --components=secrets` "
            f"({_README}).",
        )
    return WEAK_HELP.format(
        reason="no keyring service is running in this session (nothing answers for the "
        "Secret Service on D-Bus)",
        remedy=f"{install}{'s' if install else 'S'}tart one: `printf PASSWORD | "
        f"gnome-keyring-daemon --unlock --components=secrets` ({_README}), or sign in to a "
        "desktop session.",
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
            raise SecretStoreError(missing_keyring_help(report))

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
