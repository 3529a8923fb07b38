"""Editing, renaming, disabling and removing an account: the account list, its keyring entry and
its cached invoices kept in step. Used by the window's account menu and by ``accounts edit``,
``accounts disable|enable`` and ``accounts remove``. Qt-free.

An edit is checked whole (:func:`plan_edit`) before anything is written, with the same rules as
adding (:mod:`invoicedesk.sync.account_rules`); :func:`apply_edit` then writes the secrets first
(a keyring that refuses them leaves everything as it was), the account (a failure puts the
keyring back), and last the cache. Both read and write the keyring, which may wait for the user
to unlock it: the window runs them in its thread pool."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers import get_spec
from invoicedesk.storage.accounts import Account, AccountError, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.secrets import SecretStore, SecretStoreError
from invoicedesk.sync.account_rules import Problem, account_problems, name_problem
from invoicedesk.sync.identity import DuplicateAccount, identity, refuse_duplicate

log = logging.getLogger(__name__)


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


def _always() -> bool:
    return True


def apply_edit(
    plan: EditPlan,
    accounts: AccountStore,
    secrets: SecretStore,
    cache: InvoiceCache,
    *,
    keep: Callable[[], bool] = _always,
) -> int | None:
    """Write a checked edit; returns how many cached invoices were dropped.

    All or nothing: the keyring is written first (a keyring that refuses leaves everything as it
    was), then ``keep()`` is asked (False: the caller gave up meanwhile, the keyring writes are
    undone and None returned), then the account list (its failure undoes the keyring writes),
    and last the cache."""
    old, new = plan.old, plan.new
    undo = _write_secrets(plan, secrets)
    if not keep():
        undo()
        return None
    try:
        accounts.update(old.name, new)
    except BaseException:
        undo()
        raise
    if plan.renamed:
        cache.rename_account(old.name, new.name)
    dropped = 0
    if plan.login_changed:
        dropped = cache.count(new.name)
        cache.delete_account(new.name)
    return dropped


def _write_secrets(plan: EditPlan, secrets: SecretStore) -> Callable[[], None]:
    """The keyring part of an edit; returns how to undo it. Raises with nothing changed."""
    old, new = plan.old.name, plan.new.name
    if not plan.renamed:
        if plan.secrets is None:
            return _nothing
        before = secrets.get(old)
        secrets.set(old, plan.secrets)
        return lambda: _put_back(secrets, old, before)
    moved = plan.secrets if plan.secrets is not None else secrets.get(old)
    before = secrets.get(old) if plan.secrets is not None else moved
    if not moved:
        return _nothing
    secrets.set(new, moved)
    try:
        secrets.delete(old)
    except BaseException:
        _put_back(secrets, new, {})
        raise

    def undo() -> None:
        _put_back(secrets, old, before)
        _put_back(secrets, new, {})

    return undo


def _nothing() -> None:
    return None


def _put_back(secrets: SecretStore, name: str, before: dict[str, str]) -> None:
    """Undo a keyring write (an empty ``before``: there was no entry). Logged, never raised:
    the caller is unwinding from the error that matters."""
    try:
        if before:
            secrets.set(name, before)
        else:
            secrets.delete(name)
    except Exception:
        log.warning("could not put the keyring entry of %r back", name, exc_info=True)


def rename_account(
    accounts: AccountStore,
    secrets: SecretStore,
    cache: InvoiceCache,
    name: str,
    new_name: str,
    *,
    keep: Callable[[], bool] = _always,
) -> Account | None:
    """Rename (see :func:`apply_edit`); None when ``keep()`` said to give up (nothing done)."""
    plan = plan_edit(accounts, secrets, cache, name, new_name=new_name)
    if apply_edit(plan, accounts, secrets, cache, keep=keep) is None:
        return None
    return plan.new


def remove_account(
    accounts: AccountStore, secrets: SecretStore, cache: InvoiceCache, name: str
) -> Removed:
    """Remove an account with its keyring entry and cached invoices; says what went.

    The keyring entry goes first: a keyring that refuses leaves the account as it was. A
    keyring we do not use (none, or a plain-text one) holds none of our secrets and is left
    alone. A failure to write the account list puts the keyring entry back."""
    account = accounts.get(name)
    before: dict[str, str] = {}
    if secrets.report().ok:
        try:
            before = secrets.get(name)
        except SecretStoreError:  # unreadable (damaged): removed all the same
            log.warning("the keyring entry of %r could not be read", name, exc_info=True)
        secrets.delete(name)
    invoices = cache.count(name)
    try:
        accounts.remove(name)
    except BaseException:
        _put_back(secrets, name, before)
        raise
    cache.delete_account(name)
    return Removed(account, invoices, bool(before))
