"""Editing, renaming, disabling and removing an account: the account list, its keyring entry and
its cached invoices kept in step. Used by the window's account menu and by ``accounts edit``,
``accounts disable|enable`` and ``accounts remove``. Qt-free.

An edit is checked whole (:func:`plan_edit`) before anything is written, with the same rules as
adding (:mod:`invoicedesk.sync.account_rules`); :func:`apply_edit` then writes the secrets first
(a keyring that refuses them leaves everything as it was), the account, and last the cache."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers import get_spec
from invoicedesk.storage.accounts import Account, AccountError, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.account_rules import Problem, account_problems, name_problem
from invoicedesk.sync.identity import DuplicateAccount, identity, refuse_duplicate


class EditRefused(AccountError):
    """The edit breaks a rule; ``problems`` says which field and why (nothing was written)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class EditPlan:
    old: Account
    new: Account
    #: the account's secrets after the edit (None: unchanged)
    secrets: dict[str, str] | None
    #: another login or server: the cached invoices are someone else's and must go
    login_changed: bool
    #: cached invoices that would be dropped
    cached: int

    @property
    def renamed(self) -> bool:
        return self.old.name != self.new.name


@dataclass(frozen=True)
class Removed:
    account: Account
    invoices: int
    had_secrets: bool


def merged_options(options: Mapping[str, str], changes: Mapping[str, str]) -> dict[str, str]:
    """``changes`` over ``options``; an empty value removes the option (back to its default)."""
    result = dict(options)
    for key, value in changes.items():
        if value:
            result[key] = value
        else:
            result.pop(key, None)
    return result


def plan_edit(
    accounts: AccountStore,
    secrets: SecretStore,
    cache: InvoiceCache,
    name: str,
    *,
    options: Mapping[str, str] | None = None,
    replace_options: bool = False,
    base_url: str | None = None,
    secret_changes: Mapping[str, str] | None = None,
    new_name: str | None = None,
) -> EditPlan:
    """Check an edit of ``name``; raises :class:`EditRefused` (or ``AccountError``) when it
    cannot be made. ``options`` are changes (empty value: remove) unless ``replace_options``;
    ``base_url`` "" means the provider's own server, None unchanged."""
    existing = accounts.all()
    old = next((a for a in existing if a.name == name), None)
    if old is None:
        accounts.get(name)  # raises with the list of known names
        raise AccountError(QT_TRANSLATE_NOOP("Errors", "no account named '{name}'"), name=name)
    spec = get_spec(old.provider)
    new_options = (
        {k: v for k, v in (options or {}).items() if v}
        if replace_options
        else merged_options(old.options, options or {})
    )
    new = replace(
        old,
        name=new_name if new_name is not None else old.name,
        options=new_options,
        base_url=old.base_url if base_url is None else (base_url or None),
    )
    problems: list[Problem] = []
    if new.name != old.name:
        taken = {a.name for a in existing if a.name != old.name}
        if problem := name_problem(new.name, taken):
            problems.append(problem)
    old_secrets: dict[str, str] | None = None
    new_secrets: dict[str, str] | None = None
    if secret_changes:
        old_secrets = secrets.get(old.name)
        new_secrets = {**old_secrets, **{k: v for k, v in secret_changes.items()}}
        new_secrets = {k: v for k, v in new_secrets.items() if v}
    problems += account_problems(spec, new.options, new_secrets, base_url=new.base_url)
    if problems:
        raise EditRefused(problems)
    login_changed = _origin_changed(old, new)
    if not login_changed:
        if old_secrets is None:
            old_secrets = secrets.get(old.name) if _identity_uses_secrets(old) else {}
        after = new_secrets if new_secrets is not None else old_secrets
        before_id, after_id = identity(old, old_secrets), identity(new, after)
        login_changed = before_id is not None and after_id is not None and before_id != after_id
    others = [a for a in existing if a.name != old.name]
    try:
        refuse_duplicate(
            new,
            new_secrets if new_secrets is not None else (old_secrets or {}),
            others,
            secrets.get,
        )
    except DuplicateAccount as exc:
        raise EditRefused([Problem("name", "duplicate", str(exc))]) from None
    cached = cache.count(old.name) if login_changed else 0
    return EditPlan(old, new, new_secrets, login_changed, cached)


def _origin_changed(old: Account, new: Account) -> bool:
    default = get_spec(old.provider).default_base_url
    return (old.base_url or default).rstrip("/") != (new.base_url or default).rstrip("/")


def _identity_uses_secrets(account: Account) -> bool:
    return account.provider in ("sendregning", "telecomx", "connectid")


def apply_edit(
    plan: EditPlan, accounts: AccountStore, secrets: SecretStore, cache: InvoiceCache
) -> int:
    """Write a checked edit; returns how many cached invoices were dropped."""
    old, new = plan.old, plan.new
    if plan.renamed:
        moved = plan.secrets if plan.secrets is not None else secrets.get(old.name)
        if moved:
            secrets.set(new.name, moved)
        try:
            accounts.update(old.name, new)
        except BaseException:
            if moved:
                secrets.delete(new.name)
            raise
        secrets.delete(old.name)
        cache.rename_account(old.name, new.name)
    else:
        if plan.secrets is not None:
            secrets.set(old.name, plan.secrets)
        accounts.update(old.name, new)
    dropped = 0
    if plan.login_changed:
        dropped = cache.count(new.name)
        cache.delete_account(new.name)
    return dropped


def rename_account(
    accounts: AccountStore, secrets: SecretStore, cache: InvoiceCache, name: str, new_name: str
) -> Account:
    plan = plan_edit(accounts, secrets, cache, name, new_name=new_name)
    apply_edit(plan, accounts, secrets, cache)
    return plan.new


def remove_account(
    accounts: AccountStore, secrets: SecretStore, cache: InvoiceCache, name: str
) -> Removed:
    """Remove an account with its keyring entry and cached invoices; says what went."""
    account = accounts.get(name)
    try:
        had_secrets = bool(secrets.get(name))
    except Exception:  # an unusable keyring: still remove the rest
        had_secrets = False
    invoices = cache.count(name)
    accounts.remove(name)
    secrets.delete(name)
    cache.delete_account(name)
    return Removed(account, invoices, had_secrets)
