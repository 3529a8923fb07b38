"""Telecom X account settings, checked once when a client is made: the login (username and
password, or an employee token), the currency, and the customer/reseller filters."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, text
from invoicedesk.providers.errors import ConfigError

OID = re.compile(r"^[0-9a-fA-F]{24}$")
CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Settings:
    #: username, password, stored token
    login: tuple[str, str, str]
    currency: str
    filters: dict[str, str]


def read_settings(
    secrets: Mapping[str, str], options: Mapping[str, str], currency_option: str | None
) -> Settings:
    """The account's settings; :class:`ConfigError` naming the fix when one is wrong."""
    username = (secrets.get("username") or "").strip()
    password = secrets.get("password") or ""
    stored_token = (secrets.get("token") or "").strip()
    if bool(username) != bool(password):
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Errors", "the Telecom X account needs both a username and a password"
            ),
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                'Store {{"username": ..., "password": ...}} or an employee {{"token": ...}}.',
            ),
        )
    if not username and not stored_token:
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the Telecom X account has no login: neither username and password nor token",
            ),
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                'Store {{"username": ..., "password": ...}} or an employee {{"token": ...}}.',
            ),
        )
    currency = (currency_option or "DKK").strip().upper()
    if not CURRENCY.match(currency):
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the currency option must be a three-letter code such as DKK, not '{currency}'",
            ),
            hint=QT_TRANSLATE_NOOP("Errors", "Fix the account's currency option."),
            currency=currency,
        )
    filters: dict[str, str] = {}
    for key in ("customer", "reseller"):
        value = (options.get(key) or "").strip()
        if value and not OID.match(value):
            raise ConfigError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the {key} option must be a Telecom X id of 24 characters 0-9/a-f"
                ),
                hint=text(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Copy the {key} id from Telecom X into the account's options."
                    ),
                    key=key,
                ),
                key=key,
            )
        if value:
            filters[key] = value
    return Settings((username, password, stored_token), currency, filters)
