"""What the window shows, read from the cache in one go (in a worker thread). Qt-free."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from invoicedesk.domain.text import Text
from invoicedesk.gui.rows import RowTable
from invoicedesk.gui.table_diff import TableUpdate
from invoicedesk.gui.table_read import table_from_cache
from invoicedesk.pause_point import pause
from invoicedesk.storage.accounts import AccountError, AccountStore
from invoicedesk.storage.cache import InvoiceCache


@dataclass(frozen=True)
class AccountStatus:
    name: str
    provider: str
    #: ok | needs_login | error | cancelled | never
    state: str
    message: str | None = None
    last_success: dt.datetime | None = None
    last_attempt: dt.datetime | None = None
    #: a disabled account is shown greyed; its invoices are not loaded (not in any total)
    enabled: bool = True
    #: the message as a translatable Text, when the cache has one
    text: Text | None = None

    @property
    def needs_login(self) -> bool:
        return self.state == "needs_login"


@dataclass(frozen=True)
class Snapshot:
    table: RowTable
    accounts: list[AccountStatus]
    #: (provider, account) of every account and of every account with invoices in the cache
    scopes: list[tuple[str, str]]
    #: why the account list could not be read (the invoices are shown all the same)
    problem: Text | str | None = None
    #: how the rows on screen become ``table`` (planned in the worker), or None: a reset
    update: TableUpdate | None = None

    def with_update(self, update: TableUpdate | None) -> Snapshot:
        return replace(self, update=update)


def account_statuses(cache: InvoiceCache, accounts: AccountStore) -> list[AccountStatus]:
    statuses = []
    for account in accounts.all():
        state = cache.account_state(account.name)
        if state is None:
            statuses.append(
                AccountStatus(account.name, account.provider, "never", enabled=account.enabled)
            )
        else:
            statuses.append(
                AccountStatus(
                    account.name,
                    account.provider,
                    state.state,
                    state.message,
                    state.last_success,
                    state.last_attempt,
                    account.enabled,
                    state.text,
                )
            )
    return statuses


def shown_accounts(cache: InvoiceCache, statuses: list[AccountStatus]) -> list[str] | None:
    """The accounts whose invoices are loaded: all but the disabled ones (None: all)."""
    disabled = {s.name for s in statuses if not s.enabled}
    if not disabled:
        return None
    return [name for name in cache.account_names() if name not in disabled]


def load_snapshot(
    cache: InvoiceCache,
    accounts: AccountStore,
    today: dt.date,
    sort: tuple[int, bool] | None = None,
) -> Snapshot:
    """Everything the window shows, read in one go. ``sort`` (column, descending): the order the
    view will ask for, made here in the worker rather than on the GUI thread."""
    problem: Text | None = None
    try:
        statuses = account_statuses(cache, accounts)
    except AccountError as exc:
        statuses, problem = [], exc.text
    table = table_from_cache(cache, shown_accounts(cache, statuses), today)
    if sort is not None and sort[0] >= 0:
        table.sorted_order(*sort)
        pause()  # the GUI thread first, if it waits (invoicedesk.pause_point)
    table.totals()  # the totals strip's figures, made here rather than on the GUI thread
    pause()
    table.aging()  # and the aging panel's
    scopes = {(s.provider, s.name) for s in statuses}
    scopes.update(zip(table.provider, table.account, strict=True))
    return Snapshot(table, statuses, sorted(scopes), problem)
