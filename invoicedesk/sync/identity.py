"""Which login an account is: two accounts with the same provider, base URL and identity would
fetch the same invoices and count each twice, so adding the second one is refused."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from urllib.parse import urlsplit

from invoicedesk.providers import get_spec
from invoicedesk.storage.accounts import Account

SecretsOf = Callable[[str], Mapping[str, str]]


class DuplicateAccount(ValueError):
    """The login of a new account is an existing account's: refused, or every total doubles."""

    def __init__(self, existing: Account, display_name: str) -> None:
        super().__init__(
            f"this {display_name} login is already added as account '{existing.name}'; "
            "adding it twice would count every invoice twice"
        )
        self.existing = existing


def refuse_duplicate(
    new: Account, new_secrets: Mapping[str, str], existing: Iterable[Account], secrets_of: SecretsOf
) -> None:
    """Raise :class:`DuplicateAccount` when ``new`` is the login of an existing account."""
    twin = same_account(new, new_secrets, existing, secrets_of)
    if twin is not None:
        raise DuplicateAccount(twin, get_spec(new.provider).display_name)


def _origin(url: str) -> str:
    parts = urlsplit(url.strip())
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}"


def _folded(value: str | None) -> str:
    return (value or "").strip().casefold()


def identity(account: Account, secrets: Mapping[str, str]) -> tuple[str, ...] | None:
    """The account's identity at its provider, or None when it cannot be told yet (a ConnectID
    user-mode account before its sign-in has named the user)."""
    base = _origin(account.base_url or get_spec(account.provider).default_base_url)
    options = account.options
    if account.provider == "sendregning":
        who: tuple[str, ...] = (
            _folded(secrets.get("username")),
            _folded(options.get("originator_id")),
        )
    elif account.provider == "telecomx":
        who = (_folded(secrets.get("username")) or "token:" + (secrets.get("token") or ""),)
    elif account.provider == "buckaroo":
        who = (_folded(options.get("website_key")),)
    elif account.provider == "connectid":
        client = _folded(options.get("client_id"))
        if (options.get("mode") or "user").strip().lower() == "client":
            numbers = sorted(n.strip() for n in (options.get("customer_numbers") or "").split(","))
            who = (client, "client", ",".join(n for n in numbers if n))
        else:
            user = _folded(secrets.get("user"))
            if not user:
                return None
            who = (client, "user", user)
    else:
        return None
    return (account.provider, base, *who)


def same_account(
    new: Account, new_secrets: Mapping[str, str], existing: Iterable[Account], secrets_of: SecretsOf
) -> Account | None:
    """The existing account that is the same login as ``new``, if any. Only accounts of the same
    provider and base URL have their secrets read (from the keyring, through ``secrets_of``);
    one whose secrets cannot be read is not taken for a twin."""
    wanted = identity(new, new_secrets)
    if wanted is None:
        return None
    base = wanted[1]
    for account in existing:
        if account.name == new.name or account.provider != new.provider:
            continue
        if _origin(account.base_url or get_spec(account.provider).default_base_url) != base:
            continue
        try:
            secrets = secrets_of(account.name)
        except Exception:  # an unreadable keyring entry proves nothing
            secrets = {}
        if identity(account, secrets) == wanted:
            return account
    return None
