"""MediaConnect/Unite ConnectID: OAuth 2.0 login (RFC 8252 loopback, PKCE) and invoice sync.

User mode (default): an authorization-code login; ``/v1/customer/invoice/payment[/{product}]``
lists invoices and reminders in date windows, then ``/v1/customer/invoice/details`` gives each
one's offers and lines (fetched concurrently, bounded). Client mode: a client-credentials token and
``/v1/client/customer/invoice/payment/{customerNumber}[/{productCode}]`` per customer number.

Tokens live only in the secrets the caller keeps in the keyring and in memory here; they are
refreshed shortly before ``expires_at`` and on ``401 invalid_token``, then persisted with
``ctx.save_secrets``. Parsing lives in :mod:`invoicedesk.providers.connectid_parse`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import deque
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from invoicedesk.domain import PaymentState
from invoicedesk.providers.base import (
    ClientContext,
    FetchedInvoice,
    JsonObject,
    LoginContext,
    OptionSpec,
    Progress,
    ProviderSpec,
    SecretSpec,
    Sink,
    SyncOutcome,
    SyncRequest,
    expect_list,
    expect_object,
    opt_decimal,
    opt_str,
    parse_json,
)
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.connectid_parse import (
    InvoiceKey,
    client_invoice,
    user_invoice,
    wire_int,
    wire_number,
)
from invoicedesk.providers.errors import (
    ConfigError,
    NeedsLogin,
    ProviderDataError,
    ProviderError,
)
from invoicedesk.providers.http import HttpSession, Response
from invoicedesk.providers.oauth import (
    TokenEndpoint,
    TokenError,
    TokenKeeper,
    TokenSet,
    authorize_in_browser,
)

NAME = "connectid"
DISPLAY = "MediaConnect/ConnectID"
DEFAULT_BASE_URL = "https://api.mediaconnect.no/capi"
DEFAULT_AUTHORIZE_URL = "https://connectid.no/user/oauth/authorize"
DEFAULT_TOKEN_URL = "https://connectid.no/user/oauth/token"  # noqa: S105 (a URL)
TOKEN_KEYS = ("access_token", "refresh_token", "expires_at")
ACCEPT = {"Accept": "application/json"}
#: refresh this many seconds before the access token's expiry
REFRESH_SKEW = 60.0
#: invoices per details batch handed to the sink
DETAIL_BATCH = 50
#: detail batches queued ahead of the one being parsed and stored
BATCHES_AHEAD = 2
#: the newest window ends this far after today (invoices may be dated ahead)
WINDOW_MARGIN = dt.timedelta(days=31)
#: how far before the window to look for the invoices of reminders inside it
LOOKBACK_MONTHS = 6
MAX_CONCURRENCY = 4


@dataclass(frozen=True)
class Config:
    account: str
    client_id: str
    client_secret: str | None
    authorize_url: str
    token_url: str
    mode: str
    customer_numbers: tuple[str, ...]
    products: tuple[str, ...]
    client_auth: str
    pkce: bool
    window_months: int

    @classmethod
    def parse(cls, account: str, options: Mapping[str, str], secrets: Mapping[str, str]) -> Config:
        def option(key: str) -> str:
            return (SPEC.option(options, key) or "").strip()

        def bad(message: str, hint: str) -> ConfigError:
            return ConfigError(f"ConnectID account '{account}': {message}", hint=hint)

        client_id = option("client_id")
        if not client_id:
            raise bad("the client id is missing", "Add it with --option client_id=….")
        mode = option("mode") or "user"
        if mode not in ("user", "client"):
            raise bad(f"mode must be user or client, not '{mode}'", "Use --option mode=user.")
        client_auth = option("client_auth") or "basic"
        if client_auth not in ("basic", "form", "query"):
            raise bad("client_auth must be basic, form or query", "Use --option client_auth=basic.")
        pkce = option("pkce") or "yes"
        if pkce not in ("yes", "no"):
            raise bad("pkce must be yes or no", "Use --option pkce=yes.")
        try:
            window = int(option("window_months") or "24")
        except ValueError:
            window = 0
        if not 1 <= window <= 600:
            raise bad(
                "window_months must be a whole number of months (1-600)",
                "Use for example --option window_months=24.",
            )
        customers = tuple(p.strip() for p in option("customer_numbers").split(",") if p.strip())
        if any(not c.isdigit() for c in customers):
            raise bad(
                "customer_numbers must be whole numbers separated by commas",
                "Use for example --option customer_numbers=563457,771204.",
            )
        products = tuple(p.strip() for p in option("products").split(",") if p.strip())
        if any(len(p) > 12 for p in products):
            raise bad("a product code is at most 12 characters", "Check the products option.")
        secret = (secrets.get("client_secret") or "").strip() or None
        if mode == "client" and not customers:
            raise bad(
                "client mode needs the customer numbers",
                "Add --option customer_numbers=… (comma-separated).",
            )
        if mode == "client" and secret is None:
            raise bad(
                "client mode needs the client secret",
                'Store it as the secret {"client_secret": "…"}.',
            )
        return cls(
            account=account,
            client_id=client_id,
            client_secret=secret,
            authorize_url=option("authorize_url") or DEFAULT_AUTHORIZE_URL,
            token_url=option("token_url") or DEFAULT_TOKEN_URL,
            mode=mode,
            customer_numbers=customers,
            products=products,
            client_auth=client_auth,
            pkce=pkce == "yes",
            window_months=window,
        )

    def endpoint(self, http: HttpSession) -> TokenEndpoint:
        return TokenEndpoint(
            http,
            self.token_url,
            self.client_id,
            self.client_secret,
            style=self.client_auth,
            fallback_style="query",
            provider="ConnectID",
            headers=ACCEPT,
        )


def _login_again(account: str, message: str) -> NeedsLogin:
    return NeedsLogin(message, hint=f"Sign in again with `invoicedesk accounts login {account}`.")


def _token_failure(cfg: Config, exc: TokenError, action: str) -> ProviderError:
    """A token-endpoint refusal as the error the bookkeeper can act on."""
    if exc.error == "invalid_client" or exc.status == 401:
        return NeedsLogin(
            f"ConnectID refused the client id or client secret of account '{cfg.account}'",
            status=exc.status,
            hint="Check the client_id option and the client_secret, then sign in again with "
            f"`invoicedesk accounts login {cfg.account}`.",
        )
    if exc.error in ("invalid_grant", "unauthorized_client", "invalid_scope") or exc.status == 400:
        return _login_again(
            cfg.account, f"the ConnectID sign-in of account '{cfg.account}' could not be {action}"
        )
    return exc


def _expires_at(tokens: TokenSet) -> str | None:
    return str(int(tokens.expires_at)) if tokens.expires_at is not None else None


# ---- tokens -------------------------------------------------------------------------------------


class _Renewal:
    """How an account gets a new access token: the refresh grant (user mode; new tokens are
    persisted with ``ctx.save_secrets``) or the client-credentials grant (client mode)."""

    def __init__(self, ctx: ClientContext, cfg: Config) -> None:
        self._ctx = ctx
        self._cfg = cfg
        self._endpoint = cfg.endpoint(ctx.http)
        self.secrets = dict(ctx.secrets)
        self.refresh = self.secrets.get("refresh_token") or None

    def __call__(self, cancel: CancelToken | None) -> TokenSet:
        cfg = self._cfg
        if cfg.mode == "client":
            grant = {"grant_type": "client_credentials", "scope": "read"}
            try:
                return self._endpoint.request(grant, now=self._ctx.clock(), cancel=cancel)
            except TokenError as exc:
                raise _token_failure(cfg, exc, "completed") from None
        if not self.refresh:
            raise _login_again(cfg.account, f"ConnectID account '{cfg.account}' is not signed in")
        grant = {"grant_type": "refresh_token", "refresh_token": self.refresh}
        try:
            tokens = self._endpoint.request(grant, now=self._ctx.clock(), cancel=cancel)
        except TokenError as exc:
            raise _token_failure(cfg, exc, "renewed") from None
        self.refresh = tokens.refresh_token or self.refresh
        self.secrets.update(access_token=tokens.access_token, refresh_token=self.refresh)
        self.secrets.pop("expires_at", None)
        expires_at = _expires_at(tokens)
        if expires_at:
            self.secrets["expires_at"] = expires_at
        self._ctx.save_secrets(dict(self.secrets))
        return tokens


def _keeper(ctx: ClientContext, cfg: Config) -> TokenKeeper:
    user = cfg.mode == "user"
    access = (ctx.secrets.get("access_token") or None) if user else None
    refresh = (ctx.secrets.get("refresh_token") or None) if user else None
    ctx.http.add_secrets(access, refresh, cfg.client_secret)
    expires_at = _epoch(ctx.secrets.get("expires_at")) if user else None
    return TokenKeeper(
        _Renewal(ctx, cfg),
        clock=ctx.clock,
        access=access,
        expires_at=expires_at,
        skew=REFRESH_SKEW,
    )


def _epoch(value: str | None) -> float | None:
    try:
        return float(int((value or "").strip()))  # ok: not money (epoch seconds)
    except ValueError:
        return None


# ---- client -------------------------------------------------------------------------------------


def _message(response: Response) -> str:
    """errorMessage, then error_description, then the reason phrase."""
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        body = None
    if isinstance(body, dict):
        for key in ("errorMessage", "error_description"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()[:200]
    return response.reason_phrase or f"HTTP {response.status_code}"


@dataclass
class _Job:
    key: InvoiceKey
    item: JsonObject | None
    reminders: list[JsonObject]
    parent: JsonObject | None = None


def _still_paid(job: _Job, known: Mapping[str, str]) -> bool:
    """On a re-sync (not a full one), an invoice the cache holds as paid and the list still
    shows as paid keeps what it has: a paid invoice does not change, and the details requests
    are nearly all of a sync's bytes (the lists are read in full every time). A list item
    without both amounts, or with less paid than invoiced, is read again; so is everything on
    a full sync."""
    if job.item is None or known.get(job.key.id) != PaymentState.PAID:
        return False
    try:
        amount = opt_decimal(job.item, "invoiceAmount")
        paid = opt_decimal(job.item, "paidAmount")
    except ProviderError:
        return False
    return amount is not None and paid is not None and paid >= amount


class ConnectIDClient:
    def __init__(self, ctx: ClientContext) -> None:
        self.ctx = ctx
        self.cfg = Config.parse(ctx.account, ctx.options, ctx.secrets)
        self.tokens = _keeper(ctx, self.cfg)

    # -- HTTP -----------------------------------------------------------------------------------
    def _send(
        self, path: str, params: Mapping[str, str], token: str, cancel: CancelToken
    ) -> Response:
        headers = {**ACCEPT, "Authorization": f"Bearer {token}"}
        return self.ctx.http.request("GET", path, params=params, headers=headers, cancel=cancel)

    def get(
        self, path: str, params: Mapping[str, str], cancel: CancelToken, what: str
    ) -> JsonObject:
        token = self.tokens.current(cancel)
        response = self._send(path, params, token, cancel)
        if response.status_code == 401:
            token = self.tokens.renew_after_401(token, cancel)
            response = self._send(path, params, token, cancel)
            if response.status_code == 401:
                account = self.cfg.account
                raise _login_again(
                    account,
                    f"ConnectID refused the sign-in of account '{account}' ({_message(response)})",
                )
        self._raise_for_status(response, what)
        return expect_object(parse_json(response, what), what)

    def _raise_for_status(self, response: Response, what: str) -> None:
        status = response.status_code
        if status == 200:
            return
        text = _message(response)
        if status == 403:
            need = "a user sign-in" if self.cfg.mode == "user" else "client access to the customer"
            raise ProviderError(
                f"ConnectID refused access to {what}: {text}",
                status=403,
                hint=f"This needs {need}; check the account's mode option and the client's rights.",
            )
        if status == 404:
            raise ProviderError(
                f"ConnectID does not know {what}: {text}",
                status=404,
                hint="Check the account's base URL and options.",
            )
        if status >= 500:
            raise ProviderError(
                f"ConnectID had a server problem with {what}: {text}",
                status=status,
                hint="Try the sync again later.",
            )
        raise ProviderError(
            f"ConnectID rejected the request for {what}: {text}",
            status=status,
            hint="Check the account's options; if it persists, report it.",
        )

    # -- windows --------------------------------------------------------------------------------
    def windows(self) -> list[tuple[dt.date, dt.date]]:
        """Date windows of at most 12 months, newest first, each sharing its boundary day with
        the next (the API's inclusiveness is a guess; duplicates are dropped by id)."""
        today = self.ctx.today()
        first = _add_months(today, -self.cfg.window_months)
        out: list[tuple[dt.date, dt.date]] = []
        end = today
        while end > first:
            start = max(first, _add_months(end, -12))
            out.append((start, end))
            end = start
        if out:
            out[0] = (out[0][0], out[0][1] + WINDOW_MARGIN)
        return out

    # -- sync -----------------------------------------------------------------------------------
    def sync(self, request: SyncRequest, sink: Sink) -> SyncOutcome:
        if self.cfg.mode == "client":
            return self._sync_client(request, sink)
        return self._sync_user(request, sink)

    def check(self) -> str:
        cancel = CancelToken()
        today = self.ctx.today()
        params = {"from": (today - dt.timedelta(days=31)).isoformat(), "to": today.isoformat()}
        if self.cfg.mode == "client":
            customer = self.cfg.customer_numbers[0]
            path = f"v1/client/customer/invoice/payment/{customer}"
            body = self.get(path, params, cancel, f"the invoices of customer {customer}")
            count = len(expect_list(body.get("clientInvoiceInfoList") or [], "the invoice list"))
            return f"OK: client access works; customer {customer} has {count} invoices this month"
        product = self.cfg.products[0] if self.cfg.products else None
        body = self.get(self._user_path(product), params, cancel, "the invoice list")
        count = len(expect_list(body.get("invoices") or [], "the invoice list"))
        return f"OK: signed in; {count} invoices in the last 31 days"

    @staticmethod
    def _user_path(product: str | None) -> str:
        base = "v1/customer/invoice/payment"
        return f"{base}/{quote(product, safe='')}" if product else base

    def _sync_user(self, request: SyncRequest, sink: Sink) -> SyncOutcome:
        warnings: list[str] = []
        targets: Sequence[str | None] = self.cfg.products or (None,)
        windows = self.windows()
        invoices: dict[InvoiceKey, JsonObject] = {}
        reminder_items: list[JsonObject] = []
        self._list_user(
            [(p, w) for p in targets for w in windows], request, invoices, reminder_items
        )
        orphans = self._orphans(invoices, reminder_items)
        if orphans and windows:
            # Reminders name no company: look one step further back for their invoices.
            first = windows[-1][0]
            earlier = (_add_months(first, -LOOKBACK_MONTHS), first)
            found: dict[InvoiceKey, JsonObject] = {}
            self._list_user([(p, earlier) for p in targets], request, found, [])
            for key, item in found.items():
                if key.number in orphans:
                    invoices.setdefault(key, item)
        jobs = self._jobs(invoices, reminder_items, request.known, warnings)
        if not request.full:
            jobs = [job for job in jobs if not _still_paid(job, request.known)]
        self._fetch_details(jobs, request, sink, warnings)
        return SyncOutcome(complete=False, warnings=warnings)

    def _list_user(
        self,
        lists: Sequence[tuple[str | None, tuple[dt.date, dt.date]]],
        request: SyncRequest,
        invoices: dict[InvoiceKey, JsonObject],
        reminder_items: list[JsonObject],
    ) -> None:
        for n, (product, (start, end)) in enumerate(lists):
            request.cancel.raise_if_cancelled()
            request.progress(Progress(n, len(lists), f"Listing invoices {start} – {end}"))
            params = {"from": start.isoformat(), "to": end.isoformat()}
            what = f"the invoice list for product {product}" if product else "the invoice list"
            body = self.get(self._user_path(product), params, request.cancel, what)
            for item in expect_list(body.get("invoices") or [], "invoices"):
                item = expect_object(item, "an invoice in the list")
                invoices.setdefault(self._list_key(item), item)
            for item in expect_list(body.get("reminders") or [], "reminders"):
                reminder_items.append(expect_object(item, "a reminder in the list"))

    @staticmethod
    def _orphans(
        invoices: Mapping[InvoiceKey, JsonObject], reminder_items: Sequence[JsonObject]
    ) -> set[str]:
        """Invoice numbers of reminders that name no company and whose invoice was not listed."""
        listed = {key.number for key in invoices}
        return {
            number
            for item in reminder_items
            if opt_str(item, "companyCode") is None
            and (number := wire_number(item.get("invoiceNumber"))) is not None
            and number not in listed
        }

    @staticmethod
    def _list_key(item: Mapping[str, Any]) -> InvoiceKey:
        number = wire_number(item.get("invoiceNumber"))
        company = opt_str(item, "companyCode")
        if not number or not company:
            shown = number or "without a number"
            raise ProviderDataError(
                f"ConnectID invoice {shown} has no invoiceNumber or companyCode"
            )
        return InvoiceKey(company, number)

    def _jobs(
        self,
        invoices: Mapping[InvoiceKey, JsonObject],
        reminder_items: Sequence[JsonObject],
        known: Mapping[str, str],
        warnings: list[str],
    ) -> list[_Job]:
        """Invoices (newest first) and the reminder documents, each reminder attached to its
        parent. Reminders carry no companyCode: it comes from the parent invoice."""
        parents: dict[tuple[str, str | None], list[InvoiceKey]] = {}
        for key, item in invoices.items():
            parents.setdefault((key.number, None), []).append(key)
            parents.setdefault((key.number, opt_str(item, "product")), []).append(key)
        known_keys = [k for k in (InvoiceKey.from_id(i) for i in known) if k and not k.reminder]
        for key in known_keys:
            if key not in invoices:
                parents.setdefault((key.number, None), []).append(key)
        jobs = {
            key: _Job(key, item, [])
            for key, item in sorted(
                invoices.items(), key=lambda kv: str(kv[1].get("invoiceDate") or ""), reverse=True
            )
        }
        for item in reminder_items:
            number = wire_number(item.get("invoiceNumber"))
            reminder = wire_int(item.get("reminderNumber"))
            if not number or reminder is None or reminder < 1:
                raise ProviderDataError(
                    f"a ConnectID reminder of invoice {number or '?'} has no reminderNumber"
                )
            company = opt_str(item, "companyCode")
            unknown = False
            if company is None:
                candidates = parents.get((number, opt_str(item, "product"))) or parents.get(
                    (number, None), []
                )
                companies = sorted({k.company for k in candidates})
                unknown = len(companies) != 1
                company = "?" if unknown else companies[0]
            key = InvoiceKey(company, number, reminder)
            if key in jobs:
                continue  # listed again (windows share a day)
            if unknown:
                warnings.append(
                    f"reminder {reminder} of invoice {number}: its invoice is outside the "
                    "synced period, so the company is unknown; it is shown without details"
                )
            parent = jobs.get(InvoiceKey(company, number))
            jobs[key] = _Job(key, item, [], parent.item if parent else None)
            if parent is not None:
                parent.reminders.append(item)
        for job in jobs.values():
            job.reminders.sort(key=lambda r: wire_int(r.get("reminderNumber")) or 0)
        return list(jobs.values())

    def _fetch_details(
        self, jobs: Sequence[_Job], request: SyncRequest, sink: Sink, warnings: list[str]
    ) -> None:
        """Details in batches of :data:`DETAIL_BATCH`, with the next :data:`BATCHES_AHEAD`
        batches already queued, so the connections keep working while a batch is parsed and
        stored."""
        cancel = request.cancel
        done = 0
        request.progress(Progress(0, len(jobs), "Fetching invoice details"))
        chunks = [jobs[first : first + DETAIL_BATCH] for first in range(0, len(jobs), DETAIL_BATCH)]
        queued: deque[list[Future[tuple[JsonObject | None, str | None]]]] = deque()
        with ThreadPoolExecutor(
            max_workers=MAX_CONCURRENCY, thread_name_prefix="connectid"
        ) as pool:
            try:
                for index, chunk in enumerate(chunks):
                    cancel.raise_if_cancelled()
                    for ahead in chunks[index + len(queued) : index + 1 + BATCHES_AHEAD]:
                        queued.append([pool.submit(self._detail, job.key, cancel) for job in ahead])
                    results = [future.result() for future in queued.popleft()]
                    sink(self._parse_batch(chunk, results, warnings))
                    done += len(chunk)
                    request.progress(Progress(done, len(jobs), "Fetching invoice details"))
            finally:
                for futures in queued:
                    for future in futures:
                        future.cancel()

    def _parse_batch(
        self,
        chunk: Sequence[_Job],
        results: Sequence[tuple[JsonObject | None, str | None]],
        warnings: list[str],
    ) -> list[FetchedInvoice]:
        batch: list[FetchedInvoice] = []
        for job, (detail, warning) in zip(chunk, results, strict=True):
            if warning:
                warnings.append(warning)
            invoice = user_invoice(
                account=self.ctx.account,
                key=job.key,
                item=job.item,
                detail=detail,
                reminders=job.reminders,
                parent=job.parent,
                language=self.ctx.language,
            )
            raw = {"listItem": job.item, "invoiceInfoWithDetail": detail}
            batch.append(FetchedInvoice(invoice, raw))
        return batch

    def _detail(self, key: InvoiceKey, cancel: CancelToken) -> tuple[JsonObject | None, str | None]:
        if key.company == "?":
            return None, None
        params = {
            "companyCode": key.company,
            "invoiceNumber": key.number,
            "reminderNumber": str(key.reminder),
        }
        try:
            body = self.get(
                "v1/customer/invoice/details", params, cancel, f"the details of invoice {key.id}"
            )
        except ProviderError as exc:
            if exc.status != 400:
                raise
            return (
                None,
                f"invoice {key.id}: ConnectID gave no details ({exc.message}); shown from the list",
            )
        detail = body.get("invoiceInfoWithDetail")
        if detail is None:
            return None, f"invoice {key.id}: ConnectID sent empty details; shown from the list"
        return expect_object(detail, f"the details of invoice {key.id}"), None

    def _sync_client(self, request: SyncRequest, sink: Sink) -> SyncOutcome:
        cancel = request.cancel
        targets: Sequence[str | None] = self.cfg.products or (None,)
        lists = [
            (customer, product, window)
            for customer in self.cfg.customer_numbers
            for product in targets
            for window in self.windows()
        ]
        seen: set[str] = set()
        for n, (customer, product, (start, end)) in enumerate(lists):
            cancel.raise_if_cancelled()
            request.progress(Progress(n, len(lists), f"Customer {customer}: {start} – {end}"))
            path = f"v1/client/customer/invoice/payment/{customer}"
            if product:
                path += "/" + quote(product, safe="")
            params = {"from": start.isoformat(), "to": end.isoformat()}
            try:
                body = self.get(path, params, cancel, f"the invoices of customer {customer}")
            except ProviderError as exc:
                if exc.status == 404:
                    raise ProviderError(
                        f"ConnectID does not know customer number {customer}",
                        status=404,
                        hint=f"Check the customer_numbers option of account '{self.cfg.account}'.",
                    ) from None
                raise
            batch = []
            items = expect_list(body.get("clientInvoiceInfoList") or [], "clientInvoiceInfoList")
            for item in items:
                item = expect_object(item, "an invoice in the list")
                invoice = client_invoice(self.ctx.account, item, self.ctx.language)
                if invoice.id in seen:
                    continue
                seen.add(invoice.id)
                batch.append(FetchedInvoice(invoice, item))
            if batch:
                sink(batch)
        request.progress(Progress(len(lists), len(lists), "Done"))
        return SyncOutcome(complete=False)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for dom in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, dom)
        except ValueError:
            continue
    raise ValueError(day)


# ---- login --------------------------------------------------------------------------------------


def login(ctx: LoginContext) -> dict[str, str]:
    """RFC 8252 login: browser to the authorize URL (state + PKCE S256), one redirect to a
    loopback listener, code exchange. Returns the full new secret set (tokens included). In
    client mode it only checks that the client credentials are accepted."""
    cfg = Config.parse(ctx.account, ctx.options, ctx.secrets)
    endpoint = cfg.endpoint(ctx.http)
    kept = {k: v for k, v in ctx.secrets.items() if k not in TOKEN_KEYS}
    if cfg.mode == "client":
        try:
            grant = {"grant_type": "client_credentials", "scope": "read"}
            endpoint.request(grant, now=ctx.clock(), cancel=ctx.cancel)
        except TokenError as exc:
            raise _token_failure(cfg, exc, "completed") from None
        return kept
    auth = authorize_in_browser(
        authorize_url=cfg.authorize_url,
        client_id=cfg.client_id,
        open_url=ctx.open_url,
        timeout=ctx.timeout,
        cancel=ctx.cancel,
        scope="read",
        pkce=cfg.pkce,
        provider="ConnectID",
        login_command=f"`invoicedesk accounts login {ctx.account}`",
    )
    ctx.http.add_secrets(auth.code, auth.code_verifier)
    grant = {
        "grant_type": "authorization_code",
        "code": auth.code,
        "redirect_uri": auth.redirect_uri,
    }
    if auth.code_verifier is not None:
        grant["code_verifier"] = auth.code_verifier
    try:
        tokens = endpoint.request(grant, now=ctx.clock(), cancel=ctx.cancel)
    except TokenError as exc:
        if exc.error == "invalid_client" or exc.status == 401:
            raise _token_failure(cfg, exc, "completed") from None
        raise ProviderError(
            f"ConnectID refused to complete the sign-in: {exc.message}",
            status=exc.status,
            hint=f"Run `invoicedesk accounts login {ctx.account}` again.",
        ) from None
    result = dict(kept)
    result["access_token"] = tokens.access_token
    if tokens.refresh_token:
        result["refresh_token"] = tokens.refresh_token
    expires_at = _expires_at(tokens)
    if expires_at:
        result["expires_at"] = expires_at
    return result


SPEC = ProviderSpec(
    name=NAME,
    display_name=DISPLAY,
    default_base_url=DEFAULT_BASE_URL,
    create=ConnectIDClient,
    options=(
        OptionSpec(
            "client_id",
            "Client id",
            required=True,
            help="The OAuth client id ConnectID registered for this app (e.g. no.example).",
        ),
        OptionSpec(
            "authorize_url",
            "Authorize URL",
            default=DEFAULT_AUTHORIZE_URL,
            help="Where the browser signs in (test host: …/login/oauth/authorize).",
        ),
        OptionSpec(
            "token_url",
            "Token URL",
            default=DEFAULT_TOKEN_URL,
            help="Where codes and refresh tokens are exchanged for access tokens.",
        ),
        OptionSpec(
            "mode",
            "Mode",
            default="user",
            choices=("user", "client"),
            help="user: a subscriber signs in in the browser; client: client credentials "
            "for the customer numbers below.",
        ),
        OptionSpec(
            "customer_numbers",
            "Customer numbers",
            help="Client mode: comma-separated customer numbers to fetch invoices for.",
        ),
        OptionSpec(
            "products",
            "Product codes",
            help="Comma-separated product codes; lists per product when given.",
        ),
        OptionSpec(
            "client_auth",
            "Client authentication",
            default="basic",
            choices=("basic", "form", "query"),
            help="How the client secret is sent to the token URL (falls back to query).",
        ),
        OptionSpec(
            "pkce",
            "PKCE",
            default="yes",
            choices=("yes", "no"),
            help="Send a PKCE S256 challenge with the sign-in.",
        ),
        OptionSpec(
            "window_months",
            "Months to fetch",
            default="24",
            help="How many months back invoices are fetched.",
        ),
    ),
    secrets=(
        SecretSpec(
            "client_secret",
            "Client secret",
            required=False,
            help="The client's secret; not needed for a public client in user mode.",
        ),
        SecretSpec(
            "access_token",
            "Access token",
            required=False,
            help="Stored by `accounts login`; do not enter by hand.",
        ),
        SecretSpec(
            "refresh_token",
            "Refresh token",
            required=False,
            help="Stored by `accounts login`; renews the access token.",
        ),
        SecretSpec(
            "expires_at",
            "Access token expiry",
            required=False,
            help="Epoch seconds when the access token expires; stored by the login.",
        ),
    ),
    login=login,
    max_concurrency=MAX_CONCURRENCY,
)
