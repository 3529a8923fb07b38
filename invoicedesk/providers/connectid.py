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
from urllib.parse import quote

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, text
from invoicedesk.providers.base import (
    ClientContext,
    FetchedInvoice,
    JsonObject,
    Progress,
    ProviderSpec,
    Sink,
    SyncOutcome,
    SyncRequest,
    expect_list,
    expect_object,
    parse_json,
)
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.connectid_auth import (
    ACCEPT,
    OPTIONS,
    SECRETS,
    Config,
    keeper,
    login,
    login_again,
)
from invoicedesk.providers.connectid_parse import InvoiceKey, client_invoice, user_invoice
from invoicedesk.providers.connectid_reminders import (
    Job,
    list_key,
    orphan_claim,
    orphan_numbers,
    plan_jobs,
    still_paid,
)
from invoicedesk.providers.errors import ProviderError
from invoicedesk.providers.http import Response
from invoicedesk.providers.pdf import download_pdf
from invoicedesk.providers.subjects import subject

__all__ = ["SPEC", "ConnectIDClient", "login"]

NAME = "connectid"
DISPLAY = "MediaConnect/ConnectID"
DEFAULT_BASE_URL = "https://api.mediaconnect.no/capi"
#: invoices per details batch handed to the sink
DETAIL_BATCH = 50
#: detail batches queued ahead of the one being parsed and stored
BATCHES_AHEAD = 2
#: the newest window ends this far after today (invoices may be dated ahead)
WINDOW_MARGIN = dt.timedelta(days=31)
#: how far before the window to look for the invoices of reminders inside it
LOOKBACK_MONTHS = 6
MAX_CONCURRENCY = 4


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


class ConnectIDClient:
    def __init__(self, ctx: ClientContext) -> None:
        self.ctx = ctx
        self.cfg = Config.parse(ctx.account, ctx.options, ctx.secrets)
        self.tokens = keeper(ctx, self.cfg)

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
                raise login_again(
                    account,
                    text(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "ConnectID refused the sign-in of account '{account}' ({said})",
                        ),
                        account=account,
                        said=_message(response),
                    ),
                )
        self._raise_for_status(response, what)
        return expect_object(parse_json(response, what), what)

    def _raise_for_status(self, response: Response, what: str) -> None:
        status = response.status_code
        if status == 200:
            return
        said = _message(response)
        if status == 403:
            raise ProviderError(
                QT_TRANSLATE_NOOP("Errors", "ConnectID refused access to {what}: {said}"),
                status=403,
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "This needs a user sign-in; check the account's mode option and the "
                    "client's rights.",
                )
                if self.cfg.mode == "user"
                else QT_TRANSLATE_NOOP(
                    "Errors",
                    "This needs client access to the customer; check the account's mode option "
                    "and the client's rights.",
                ),
                what=subject(what),
                said=said,
            )
        if status == 404:
            raise ProviderError(
                QT_TRANSLATE_NOOP("Errors", "ConnectID does not know {what}: {said}"),
                status=404,
                hint=QT_TRANSLATE_NOOP("Errors", "Check the account's base URL and options."),
                what=subject(what),
                said=said,
            )
        if status >= 500:
            raise ProviderError(
                QT_TRANSLATE_NOOP("Errors", "ConnectID had a server problem with {what}: {said}"),
                status=status,
                hint=QT_TRANSLATE_NOOP("Errors", "Try the sync again later."),
                what=subject(what),
                said=said,
            )
        raise ProviderError(
            QT_TRANSLATE_NOOP("Errors", "ConnectID rejected the request for {what}: {said}"),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Check the account's options; if it persists, report it."
            ),
            what=subject(what),
            said=said,
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

    def fetch_pdf(self, url: str, cancel: CancelToken) -> bytes:
        """The PDF behind ``invoiceHotelUrl``: a capability link (the spec's guess), so it is
        fetched with no bearer token, on whatever server it names."""
        return download_pdf(self.ctx.http, url, provider="ConnectID", cancel=cancel)

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
        """Invoices with their reminders nested (a reminder is never a row of its own). Details
        are read for invoices only; a reminder's fee is implied from the lists
        (:mod:`connectid_reminders`)."""
        warnings: list[str] = []
        targets: Sequence[str | None] = self.cfg.products or (None,)
        windows = self.windows()
        invoices: dict[InvoiceKey, JsonObject] = {}
        reminder_items: list[JsonObject] = []
        self._list_user(
            [(p, w) for p in targets for w in windows], request, invoices, reminder_items
        )
        orphans = orphan_numbers(invoices, reminder_items)
        if orphans and windows:
            # Reminders name no company: look one step further back for their invoices.
            first = windows[-1][0]
            earlier = (_add_months(first, -LOOKBACK_MONTHS), first)
            found: dict[InvoiceKey, JsonObject] = {}
            self._list_user([(p, earlier) for p in targets], request, found, [])
            for key, item in found.items():
                if key.number in orphans:
                    invoices.setdefault(key, item)
        jobs = plan_jobs(invoices, reminder_items, request.known, warnings)
        if not request.full:
            jobs = [job for job in jobs if not still_paid(job, request.known)]
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
                invoices.setdefault(list_key(item), item)
            for item in expect_list(body.get("reminders") or [], "reminders"):
                reminder_items.append(expect_object(item, "a reminder in the list"))

    def _fetch_details(
        self, jobs: Sequence[Job], request: SyncRequest, sink: Sink, warnings: list[str]
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
                        queued.append([pool.submit(self._detail, job, cancel) for job in ahead])
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
        chunk: Sequence[Job],
        results: Sequence[tuple[JsonObject | None, str | None]],
        warnings: list[str],
    ) -> list[FetchedInvoice]:
        batch: list[FetchedInvoice] = []
        for job, (detail, warning) in zip(chunk, results, strict=True):
            if warning:
                warnings.append(warning)
            if job.item is None and detail is None:
                # only its reminders tell of it (its details were refused or not asked for)
                invoice = orphan_claim(self.ctx.account, job.key, job.reminders)
            else:
                invoice = user_invoice(
                    account=self.ctx.account,
                    key=job.key,
                    item=job.item,
                    detail=detail,
                    reminders=job.reminders,
                )
            raw = {
                "listItem": job.item,
                "invoiceInfoWithDetail": detail,
                "reminders": job.reminders,
            }
            batch.append(FetchedInvoice(invoice, raw))
        return batch

    def _detail(self, job: Job, cancel: CancelToken) -> tuple[JsonObject | None, str | None]:
        if job.orphan:
            return None, None
        key = job.key
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
                        QT_TRANSLATE_NOOP(
                            "Errors", "ConnectID does not know customer number {customer}"
                        ),
                        status=404,
                        hint=text(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "Check the customer_numbers option of account '{account}'.",
                            ),
                            account=self.cfg.account,
                        ),
                        customer=customer,
                    ) from None
                raise
            batch = []
            items = expect_list(body.get("clientInvoiceInfoList") or [], "clientInvoiceInfoList")
            for item in items:
                item = expect_object(item, "an invoice in the list")
                invoice = client_invoice(self.ctx.account, item)
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


SPEC = ProviderSpec(
    name=NAME,
    display_name=DISPLAY,
    default_base_url=DEFAULT_BASE_URL,
    create=ConnectIDClient,
    options=OPTIONS,
    secrets=SECRETS,
    login=login,
    max_concurrency=MAX_CONCURRENCY,
)
