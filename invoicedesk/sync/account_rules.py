"""One set of rules for an account's fields, per provider: what the add-account dialog, the edit
dialog, ``accounts add`` and ``accounts edit`` all check before anything is stored.

Each rule gives a :class:`Problem` with a ``code`` (the dialogs show their own translated text
for it) and an English ``message`` (the CLI prints it). Qt-free."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from invoicedesk.domain import DIRECTION_OPTION, Direction
from invoicedesk.providers.base import ProviderSpec
from invoicedesk.providers.http import base_url_problem
from invoicedesk.storage.accounts import AccountError, validate_name

NAME = "name"
BASE_URL = "base_url"
CA_FILE = "ca_file"

#: a login e-mail: no spaces, one @, a domain of letter/digit labels (so no URL glued to it)
_EMAIL = re.compile(
    r"^[^@\s,;:/<>()\[\]\\\"]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$", re.UNICODE
)
_DIGITS = re.compile(r"^[0-9]+$")

#: which checks apply to which field, beyond "required" and a spec's choices
FIELD_CHECKS: dict[str, dict[str, str]] = {
    "sendregning": {"originator_id": "digits", "username": "email"},
    "telecomx": {"currency": "currency"},
    "buckaroo": {"tracked_csv": "file"},
    "connectid": {
        "authorize_url": "url",
        "token_url": "url",
        "window_months": "positive",
    },
}
#: secrets typed visibly (a login name is not a password), in the dialog and at a CLI prompt
VISIBLE_SECRETS = frozenset({"username"})
GENERIC_CHECKS = {BASE_URL: "url", CA_FILE: "file", DIRECTION_OPTION: "direction"}


@dataclass(frozen=True)
class Problem:
    key: str
    #: required | email | url | digits | currency | positive | file | choice | direction |
    #: name | taken | unknown
    code: str
    message: str
    value: str = ""


@cache
def _currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def is_http_url(text: str) -> bool:
    return base_url_problem(text) is None


def check_value(check: str, key: str, value: str) -> Problem | None:
    """One field's value against one kind of check (empty values pass: see ``required``)."""
    if not value:
        return None
    if check == "email" and not is_email(value):
        return Problem(key, check, f"{key} must be an e-mail address, not '{value}'", value)
    if check == "url" and (reason := base_url_problem(value)):
        return Problem(key, check, f"{key}: {reason.replace('the base URL', 'the address')}", value)
    if check == "digits" and not _DIGITS.match(value):
        return Problem(key, check, f"{key} must be a number (digits only), not '{value}'", value)
    if check == "currency" and value not in _currencies():
        return Problem(
            key,
            check,
            f"{key} must be a three-letter currency code such as DKK, NOK or EUR, not '{value}'",
            value,
        )
    if check == "positive" and not (_DIGITS.match(value) and int(value) > 0):
        return Problem(key, check, f"{key} must be a whole number above 0, not '{value}'", value)
    if check == "file" and not Path(value).expanduser().is_file():
        return Problem(key, check, f"{key}: no such file '{value}'", value)
    if check == "direction" and value not in {d.value for d in Direction}:
        return Problem(key, check, f"{key} must be receivable or payable, not '{value}'", value)
    return None


def field_check(provider: str, key: str) -> str:
    return FIELD_CHECKS.get(provider, {}).get(key) or GENERIC_CHECKS.get(key, "")


def field_problem(
    provider: str, key: str, value: str, *, required: bool = False, choices: tuple[str, ...] = ()
) -> Problem | None:
    """What is wrong with one field of an account of ``provider`` (None: nothing)."""
    if required and not value.strip():
        return Problem(key, "required", f"{key} is required")
    if value and choices and value not in choices:
        return Problem(
            key, "choice", f"{key} must be one of {', '.join(choices)}, not '{value}'", value
        )
    return check_value(field_check(provider, key), key, value)


def name_problem(name: str, taken: set[str] | frozenset[str] = frozenset()) -> Problem | None:
    if not name:
        return Problem(NAME, "required", "the account needs a name")
    try:
        validate_name(name)
    except AccountError as exc:
        return Problem(NAME, "name", str(exc), name)
    if name in taken:
        return Problem(NAME, "taken", f"an account named '{name}' exists already", name)
    return None


def option_problems(spec: ProviderSpec, options: Mapping[str, str]) -> list[Problem]:
    """Every option of an account (the provider's and the generic ones)."""
    known = {o.key: o for o in spec.options}
    problems = [
        Problem(key, "unknown", f"unknown option '{key}' for {spec.display_name}", key)
        for key in options
        if key not in known and key not in GENERIC_CHECKS
    ]
    for option in spec.options:
        value = options.get(option.key, option.default or "")
        problem = field_problem(
            spec.name, option.key, value, required=option.required, choices=option.choices
        )
        if problem is not None:
            if problem.code == "required":
                problem = Problem(
                    option.key,
                    "required",
                    f"{spec.display_name} needs --option {option.key}=… ({option.label})",
                )
            problems.append(problem)
    for key in (CA_FILE, DIRECTION_OPTION):
        if problem := field_problem(spec.name, key, options.get(key, "")):
            problems.append(problem)
    return problems


def secret_problems(spec: ProviderSpec, secrets: Mapping[str, str]) -> list[Problem]:
    known = {s.key for s in spec.secrets}
    problems = [
        Problem(key, "unknown", f"unknown secret '{key}' for {spec.display_name}", key)
        for key in secrets
        if key not in known
    ]
    for secret in spec.secrets:
        value = secrets.get(secret.key, "")
        if secret.required and not value:
            problems.append(
                Problem(
                    secret.key,
                    "required",
                    f'{spec.display_name} needs the secret "{secret.key}" ({secret.label})',
                )
            )
        elif problem := check_value(field_check(spec.name, secret.key), secret.key, value):
            problems.append(problem)
    return problems


def account_problems(
    spec: ProviderSpec,
    options: Mapping[str, str],
    secrets: Mapping[str, str] | None = None,
    *,
    base_url: str | None = None,
) -> list[Problem]:
    """Everything wrong with an account about to be stored (``secrets`` None: not checked)."""
    problems = option_problems(spec, options)
    if base_url and (problem := check_value("url", "--base-url", base_url)):
        problems.append(problem)
    if secrets is not None:
        problems += secret_problems(spec, secrets)
    return problems


def secret_keys_hint(spec: ProviderSpec) -> str:
    """How the secrets go in on stdin, e.g. ``{"username": "…", "password": "…"}``."""
    keys = ", ".join(f'"{s.key}": "…"' for s in spec.secrets)
    return "{" + keys + "}"
