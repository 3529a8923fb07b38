"""The sync engine: runs the accounts' provider clients concurrently, stores each batch in one
transaction, keeps per-account status and the audit. Qt-free; the GUI wraps it in QRunnables."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Protocol

from invoicedesk.domain import DIRECTION_OPTION, Direction, account_direction
from invoicedesk.domain.changes import digest
from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, joined, text
from invoicedesk.providers import PROVIDER_NAMES, UnknownProvider, get_spec
from invoicedesk.providers.base import (
    ClientContext,
    FetchedInvoice,
    Progress,
    ProviderClient,
    ProviderSpec,
    SyncRequest,
)
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import Cancelled, ConfigError, NeedsLogin, ProviderError
from invoicedesk.providers.http import (
    BaseTransport,
    HttpPolicy,
    HttpSession,
    default_tls_context,
)
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.cache import CacheError, InvoiceCache
from invoicedesk.storage.secrets import SecretStoreError

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, Progress], None]
ResultCallback = Callable[["AccountResult"], None]

#: options every account may carry besides its provider's own
GENERIC_OPTIONS = ("ca_file", DIRECTION_OPTION)


class SecretSource(Protocol):
    """Where the engine reads an account's secrets and writes renewed ones: the keyring's
    :class:`~invoicedesk.storage.secrets.SecretStore`, or in a sync process the parent's
    keyring through the pipe."""

    def get(self, account: str) -> dict[str, str]: ...

    def update(self, account: str, changes: dict[str, str]) -> None: ...


@dataclass
class AccountResult:
    account: str
    provider: str
    state: str  # ok | needs_login | error | cancelled | busy
    message: str = ""
    added: int = 0
    changed: int = 0
    removed: int = 0
    fetched: int = 0
    bytes_received: int = 0
    warnings: list[str] = field(default_factory=list)
    sync_id: int | None = None
    #: what the sync found, per change kind (see :func:`invoicedesk.domain.changes.digest`)
    digest: dict[str, int] = field(default_factory=dict)

    #: ``message`` as a translatable Text (the window shows this one)
    text: Text | None = None

    @property
    def ok(self) -> bool:
        return self.state == "ok"

    def say(self, message: Text) -> Text:
        """Sets ``message`` (English) and ``text``; returns ``message``."""
        self.message = str(message)
        self.text = message
        return message


def result_of(account: Account, state: str, message: Text) -> AccountResult:
    result = AccountResult(account.name, account.provider, state)
    result.say(message)
    return result


def internal_error(exc: BaseException) -> Text:
    return text(
        QT_TRANSLATE_NOOP(
            "Errors", "unexpected internal error ({name}); details are in the log file"
        ),
        name=type(exc).__name__,
    )


def error_text(exc: BaseException) -> Text:
    """The translatable line of a provider or keyring error (else its English line)."""
    if isinstance(exc, ProviderError):
        return exc.describe_text()
    found = getattr(exc, "text", None)
    return found if isinstance(found, Text) else text(str(exc))


class SyncEngine:
    def __init__(
        self,
        cache: InvoiceCache,
        accounts: AccountStore,
        secrets: SecretSource,
        *,
        max_workers: int = 4,
        policy: HttpPolicy | None = None,
        transport_factory: Callable[[Account], BaseTransport | None] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        language: str = "en",
    ) -> None:
        self.cache = cache
        self.accounts = accounts
        self.secrets = secrets
        self.max_workers = max_workers
        self.policy = policy or HttpPolicy()
        self.transport_factory = transport_factory
        self.today = today
        self.language = language
        self._busy: set[str] = set()
        self._busy_lock = threading.Lock()

    def warm_up(self) -> None:
        """Do now, once, what the first sync would otherwise do in four threads at once, with
        the GUI waiting for the GIL between them: import every provider module and the HTTP
        stack (~60 modules) and read the CA bundle (~40 ms in one C call). The window calls this
        in a worker once it has painted."""
        try:
            for name in PROVIDER_NAMES:
                get_spec(name)
            default_tls_context()
            HttpSession("http://127.0.0.1/").close()  # imports httpcore and h11
            "example.no".encode("idna")  # and the codec for host names
        except Exception:  # only an optimisation: the sync itself reports real problems
            log.debug("sync warm-up failed", exc_info=True)

    # ---- building clients -----------------------------------------------------------------
    def open_session(
        self, account: Account, spec: ProviderSpec, secrets: dict[str, str]
    ) -> HttpSession:
        ca_file = account.options.get("ca_file")
        return HttpSession(
            account.base_url or spec.default_base_url,
            policy=HttpPolicy(
                **{**self.policy.__dict__, "max_connections": max(spec.max_concurrency, 1)}
            ),
            transport=self.transport_factory(account) if self.transport_factory else None,
            verify=ca_file if ca_file else True,
            secrets=list(secrets.values()),
        )

    def make_client(
        self, account: Account, secrets: dict[str, str] | None = None
    ) -> tuple[ProviderClient, HttpSession]:
        spec = spec_of(account)
        if secrets is None:
            secrets = self.secrets.get(account.name)
        provider_options = {k: v for k, v in account.options.items() if k not in GENERIC_OPTIONS}
        problems = spec.option_errors(provider_options)
        if problems:
            raise ConfigError(
                joined(problems), hint=QT_TRANSLATE_NOOP("Errors", "Fix the account's options.")
            )
        session = self.open_session(account, spec, secrets)

        def save(new: dict[str, str]) -> None:
            session.add_secrets(*new.values())
            self.secrets.update(account.name, new)

        ctx = ClientContext(
            account=account.name,
            base_url=account.base_url or spec.default_base_url,
            options={**{o.key: o.default for o in spec.options if o.default}, **provider_options},
            secrets=secrets,
            http=session,
            save_secrets=save,
            today=self.today,
            language=self.language,
        )
        try:
            return spec.create(ctx), session
        except BaseException:
            session.close()
            raise

    def test_connection(self, account: Account, secrets: dict[str, str] | None = None) -> str:
        client, session = self.make_client(account, secrets)
        with session:
            return client.check()

    # ---- syncing --------------------------------------------------------------------------
    def sync(
        self,
        names: Sequence[str] | None = None,
        *,
        full: bool = False,
        cancel: CancelToken | None = None,
        progress: ProgressCallback | None = None,
        on_result: ResultCallback | None = None,
    ) -> list[AccountResult]:
        accounts = [a for a in self.accounts.all() if a.enabled]  # a disabled one is not synced
        if names:
            accounts = [self.accounts.get(n) for n in names]
        cancel = cancel or CancelToken()
        workers = max(1, min(self.max_workers, len(accounts)))
        with ThreadPoolExecutor(workers, thread_name_prefix="sync") as pool:
            futures = [
                pool.submit(self.sync_account, a, full=full, cancel=cancel, progress=progress)
                for a in accounts
            ]
            results = []
            for future in futures:
                result = future.result()
                if on_result:
                    on_result(result)
                results.append(result)
        return results

    def sync_account(
        self,
        account: Account,
        *,
        full: bool = False,
        cancel: CancelToken | None = None,
        progress: ProgressCallback | None = None,
    ) -> AccountResult:
        with self._busy_lock:
            if account.name in self._busy:
                return result_of(
                    account,
                    "busy",
                    text(QT_TRANSLATE_NOOP("Errors", "a sync of this account is running")),
                )
            self._busy.add(account.name)
        try:
            return self._sync_account(account, full, cancel or CancelToken(), progress)
        finally:
            with self._busy_lock:
                self._busy.discard(account.name)

    def record_cancelled(
        self, account: Account, result: AccountResult | None = None
    ) -> AccountResult:
        """A cancelled sync's result. What was stored before is kept, and so is the account's
        state: a cancel says nothing about the account (it was OK, or needed a login, before)."""
        result = result or AccountResult(account.name, account.provider, "ok")
        result.state = "cancelled"
        result.say(
            text(QT_TRANSLATE_NOOP("Errors", "sync cancelled; everything fetched so far is kept"))
        )
        return result

    def _sync_account(
        self,
        account: Account,
        full: bool,
        cancel: CancelToken,
        progress: ProgressCallback | None,
    ) -> AccountResult:
        result = AccountResult(account.name, account.provider, "ok")
        seen: set[str] = set()
        state = self.cache.account_state(account.name)
        sync_id = self.cache.begin_sync(account.provider, account.name, full)
        result.sync_id = sync_id
        session: HttpSession | None = None

        direction = Direction.RECEIVABLE

        def sink(batch: Sequence[FetchedInvoice]) -> None:
            if direction is not Direction.RECEIVABLE:  # the invoices' default
                batch = [
                    FetchedInvoice(replace(item.invoice, direction=direction), item.raw)
                    for item in batch
                ]
            stored = self.cache.store_batch(sync_id, batch, seen, today=self.today())
            result.added += stored.added
            result.changed += stored.changed
            result.fetched += len(batch)

        def report(p: Progress) -> None:
            if progress is not None:
                progress(account.name, p)

        complete = False
        try:
            direction = direction_of(account)
            client, session = self.make_client(account)
            request = SyncRequest(
                full=full,
                cancel=cancel,
                progress=report,
                cursor=None if full or state is None else state.cursor,
                known=self.cache.known_payments(account.provider, account.name),
            )
            outcome = client.sync(request, sink)
            complete = outcome.complete
            result.warnings = list(outcome.warnings)
            result.say(
                text(QT_TRANSLATE_NOOP("Errors", "{count} invoices fetched"), count=result.fetched)
            )
            self.cache.set_account_state(
                account.name,
                account.provider,
                "ok",
                "; ".join(result.warnings) or None,
                success=True,
                cursor=dict(outcome.cursor) if outcome.cursor is not None else None,
            )
        except Cancelled:
            result = self.record_cancelled(account, result)
        except NeedsLogin as exc:
            result.state = "needs_login"
            self.cache.set_account_state(
                account.name, account.provider, "needs_login", result.say(exc.describe_text())
            )
        except CacheError:
            result.state = "error"
            raise  # the cache itself failed (disk full, damaged, ...): its own one line
        except (ProviderError, SecretStoreError) as exc:
            result.state = "error"
            self.cache.set_account_state(
                account.name, account.provider, "error", result.say(error_text(exc))
            )
        except Exception as exc:  # a bug: log it in full, tell the user plainly
            log.exception("sync of %s failed unexpectedly", account.name)
            result.state = "error"
            self.cache.set_account_state(
                account.name, account.provider, "error", result.say(internal_error(exc))
            )
        finally:
            if session is not None:
                result.bytes_received = session.traffic.bytes_received
                session.close()
            result.removed = self.cache.finish_sync(
                sync_id,
                account.provider,
                account.name,
                result=result.state,
                complete=complete and result.state == "ok",
                seen=seen,
                today=self.today(),
            )
            result.digest = digest(self.cache.changes(sync_ids=[sync_id]))
        log.info(
            "sync %s: %s (%d fetched, %d added, %d changed, %d removed)",
            account.name,
            result.state,
            result.fetched,
            result.added,
            result.changed,
            result.removed,
        )
        return result


def direction_of(account: Account) -> Direction:
    """The account's direction (its option, else the provider's default); a bad option value is
    a configuration error that names the fix."""
    try:
        return account_direction(account.provider, account.options)
    except ValueError:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Errors", "the direction option is '{get}'"),
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Use --option direction=receivable or direction=payable."
            ),
            get=str(account.options.get(DIRECTION_OPTION)),
        ) from None


def spec_of(account: Account) -> ProviderSpec:
    """The account's provider; one the app does not know (an edited account list) is a
    configuration error that names the fix, not a crash."""
    try:
        return get_spec(account.provider)
    except UnknownProvider:
        raise ConfigError(
            QT_TRANSLATE_NOOP("Errors", "unknown provider '{provider}'; choose one of: {known}"),
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Remove the account and add it again with a known provider."
            ),
            provider=account.provider,
            known=", ".join(PROVIDER_NAMES),
        ) from None
