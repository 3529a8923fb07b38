"""Telecom X (api.telecomx.dk): a reseller's customer invoices.

Auth: ``POST /auth/login`` gives a 15-minute token, or the account stores an employee (M2M)
token. The token travels in the ``token`` query parameter of every call, so it is registered with
the session's redactor the moment it is known. A ``401`` on a data call logs in again (when a
username and password are stored) and retries. The account needs a new login only when the very
first request with a fresh login's token (sent before any other worker may use it) is
refused, or after :data:`MAX_RENEWALS` logins in a
row with no request succeeding: a short-lived token may be used up by the other workers before
the renewing one's retry, which is no reason to give up.

Sync: ``GET /invoice?expand=true`` in pages of 500 (``{offset, limit, total, invoices}``); once
``total`` is known the remaining pages are fetched concurrently, and every invoice's lines come
from ``GET /invoice/{id}``, also concurrently. Batches reach the sink from the calling thread.
The API has no "changed since", so every sync is a full one.
"""

from __future__ import annotations

import copy
import json
import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers import telecomx_parse as parse
from invoicedesk.providers.base import (
    ClientContext,
    FetchedInvoice,
    JsonObject,
    OptionSpec,
    Progress,
    ProviderSpec,
    SecretSpec,
    Sink,
    SyncOutcome,
    SyncRequest,
    expect_list,
    expect_object,
    parse_json,
)
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import NeedsLogin, ProviderDataError
from invoicedesk.providers.http import Response
from invoicedesk.providers.subjects import subject
from invoicedesk.providers.telecomx_settings import OID, read_settings

PAGE_LIMIT = 500  # the API's maximum
#: invoices per batch handed to the sink (one transaction each)
SINK_BATCH = 100
RENEW_MARGIN_S = 30.0
#: new logins after 401s, with no request succeeding in between, before giving up
MAX_RENEWALS = 5
#: a bound for a list that gives no total (20,000 pages of up to 500 invoices)
MAX_PAGES_WITHOUT_TOTAL = 20_000


@dataclass
class _Page:
    offset: int
    total: int | None
    items: list[JsonObject]


class TelecomXClient:
    def __init__(self, ctx: ClientContext) -> None:
        self.ctx = ctx
        settings = read_settings(ctx.secrets, ctx.options, SPEC.option(ctx.options, "currency"))
        self._username, self._password, stored_token = settings.login
        self._currency, self._filters = settings.currency, settings.filters
        ctx.http.add_secrets(self._password, stored_token)
        self._lock = threading.Lock()
        self._token: str | None = stored_token or None
        self._renewals = 0  # logins after a 401 with no successful request since
        #: the login was refused (a changed password): no thread logs in again with it
        self._refused: NeedsLogin | None = None
        self._expires_at: float | None = None
        self._access_level: str | None = None
        self._names: dict[str, str] = {}
        self._handed = 0  # invoices handed to the sink in the current sync

    # ---- public ----------------------------------------------------------------------------
    def check(self) -> str:
        page = self._list_page(0, 1, None)
        count = page.total if page.total is not None else len(page.items)
        invoices = "1 invoice" if count == 1 else f"{count} invoices"
        if self._access_level:
            return f"Connected as {self._username} ({self._access_level}): {invoices}"
        return f"Connected with the employee token: {invoices}"

    def sync(self, request: SyncRequest, sink: Sink) -> SyncOutcome:
        workers = max(1, SPEC.max_concurrency)
        seen: set[str] = set()
        warnings: list[str] = []
        self._handed = 0
        with ThreadPoolExecutor(workers, thread_name_prefix="telecomx") as pool:
            try:
                total = self._sync_pages(request, sink, pool, seen)
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
        complete = total is None or len(seen) >= total
        if not complete:
            warnings.append(
                f"Telecom X reported {total} invoices but {len(seen)} arrived; "
                "the next sync will try again"
            )
        return SyncOutcome(complete=complete, warnings=warnings)

    # ---- sync pipeline ---------------------------------------------------------------------
    def _sync_pages(
        self,
        request: SyncRequest,
        sink: Sink,
        pool: ThreadPoolExecutor,
        seen: set[str],
    ) -> int | None:
        """Every page to the sink; returns the ``total`` the first page announced.

        A pipeline: each page's detail requests are queued as soon as the page arrives, and the
        invoices are parsed and handed to the sink (in batches of at most :data:`SINK_BATCH`,
        never mixing pages) while later details are still being fetched, so the connections
        never wait for the parsing and storing."""
        cancel = request.cancel
        request.progress(Progress(0, None, "Fetching the Telecom X invoice list"))
        first = self._list_page(0, PAGE_LIMIT, cancel)
        total = first.total
        queued: deque[deque[tuple[JsonObject, Future[JsonObject]]]] = deque()
        waiting = 0  # detail requests queued and not yet handed to the sink
        for page in self._pages(first, pool, cancel):
            cancel.raise_if_cancelled()
            fresh = []
            for item in page.items:
                oid = item.get("_id")
                if not isinstance(oid, str) or not oid:
                    raise ProviderDataError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "Telecom X listed an invoice without an id at position {offset}",
                        ),
                        hint=QT_TRANSLATE_NOOP(
                            "Errors", "Please report this to the invoicedesk developers."
                        ),
                        offset=page.offset,
                    )
                if oid.lower() not in seen:
                    seen.add(oid.lower())
                    fresh.append((oid, item))
            if not fresh and page.items:
                # a server that ignores ``offset`` sends the same page for ever
                raise ProviderDataError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Telecom X answered the invoice list at offset {offset} with only "
                        "invoices it had already sent, so the list cannot be read to its end",
                    ),
                    hint=QT_TRANSLATE_NOOP(
                        "Errors", "Try again later; nothing was marked as removed."
                    ),
                    offset=page.offset,
                )
            if not fresh:
                continue
            self._learn_names([item for _, item in fresh], cancel)
            queued.append(
                deque((item, pool.submit(self._detail, oid, cancel)) for oid, item in fresh)
            )
            waiting += len(fresh)
            # Keep the pool busy while storing: hand over what is ahead of the last page.
            while waiting > len(queued[-1]):
                waiting -= self._hand_over(queued, request, sink, total)
        while queued:
            waiting -= self._hand_over(queued, request, sink, total)
        return total

    def _hand_over(
        self,
        queued: deque[deque[tuple[JsonObject, Future[JsonObject]]]],
        request: SyncRequest,
        sink: Sink,
        total: int | None,
    ) -> int:
        """Parse the next batch of the oldest page (waiting for its details) and sink it."""
        entries = queued[0]
        batch: list[FetchedInvoice] = []
        while entries and len(batch) < SINK_BATCH:
            item, future = entries.popleft()
            detail = future.result()
            invoice = parse.invoice(
                item,
                detail,
                account=self.ctx.account,
                currency=self._currency,
                names=self._names,
            )
            batch.append(FetchedInvoice(invoice, {"list": item, "detail": detail}))
        if not entries:
            queued.popleft()
        request.cancel.raise_if_cancelled()
        sink(batch)
        self._handed += len(batch)
        done = self._handed
        request.progress(Progress(done, total, f"{done} of {total or '?'} invoices"))
        return len(batch)

    def _pages(
        self, first: _Page, pool: ThreadPoolExecutor, cancel: CancelToken
    ) -> Iterator[_Page]:
        """The first page, then the rest: fetched concurrently (a window of pages ahead) when
        ``total`` is known, one after another otherwise. A page shorter than expected (the
        server may return fewer than ``limit``) is completed before moving on."""
        yield first
        step = len(first.items)
        if step == 0:
            return
        if first.total is None:
            offset = step
            for _page in range(MAX_PAGES_WITHOUT_TOTAL):
                cancel.raise_if_cancelled()
                page = self._list_page(offset, PAGE_LIMIT, cancel)
                if not page.items:
                    return
                yield page
                offset += len(page.items)
            raise ProviderDataError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Telecom X's invoice list gave no total and did not end after "
                    "{MAX_PAGES_WITHOUT_TOTAL} pages, so reading stopped there",
                ),
                hint=QT_TRANSLATE_NOOP("Errors", "Try again later; nothing was marked as removed."),
                MAX_PAGES_WITHOUT_TOTAL=MAX_PAGES_WITHOUT_TOTAL,
            )
        total = first.total
        offsets = iter(range(step, total, step))  # lazy: a total of 10**9 is no list
        upcoming = next(offsets, None)
        window: deque[tuple[int, Future[_Page]]] = deque()
        ahead = max(1, SPEC.max_concurrency)
        while upcoming is not None or window:
            while upcoming is not None and len(window) < ahead:
                offset, upcoming = upcoming, next(offsets, None)
                limit = min(step, total - offset)
                window.append((offset, pool.submit(self._list_page, offset, limit, cancel)))
            offset, future = window.popleft()
            page = future.result()
            if not page.items:
                return  # the list ended before its total: sync() warns that some are missing
            yield page
            expected = min(step, total - offset)
            got = len(page.items)
            while 0 < got < expected:  # a short page: fetch what it left out
                cancel.raise_if_cancelled()
                more = self._list_page(offset + got, expected - got, cancel)
                if not more.items:
                    break
                yield more
                got += len(more.items)

    def _learn_names(self, items: list[JsonObject], cancel: CancelToken) -> None:
        """Customer names for list items whose ``customer`` is only an id (not expanded)."""
        for item in items:
            value = item.get("customer")
            if isinstance(value, dict):
                cid, name = parse.customer_id(value), value.get("name")
                if cid and isinstance(name, str):
                    self._names[cid.lower()] = name
        for item in items:
            cid = parse.customer_id(item.get("customer"))
            if cid is None or cid.lower() in self._names or not OID.match(cid):
                continue
            body = self._call(f"customer/{cid}/name", {}, cancel, f"customer {cid}", quiet=True)
            name = body.get("name") if isinstance(body, dict) else None
            self._names[cid.lower()] = name if isinstance(name, str) else ""

    # ---- requests --------------------------------------------------------------------------
    def _list_page(self, offset: int, limit: int, cancel: CancelToken | None) -> _Page:
        params = {"offset": str(offset), "limit": str(limit), "expand": "true", **self._filters}
        body = self._call("invoice", params, cancel, "invoice list")
        if isinstance(body, list):  # tolerate a bare array (no envelope)
            return _Page(offset, None, [expect_object(i, "an invoice") for i in body])
        envelope = expect_object(body, "the invoice list")
        items = [
            expect_object(i, "an invoice")
            for i in expect_list(envelope.get("invoices", []), "invoices")
        ]
        total = envelope.get("total")
        if total is not None and (isinstance(total, bool) or not isinstance(total, int)):
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "the invoice list's total is not a whole number")
            )
        return _Page(offset, total, items)

    def _detail(self, oid: str, cancel: CancelToken) -> JsonObject:
        params = {
            "groupInvoiceLines": "true",
            "lang": "da" if self.ctx.language == "da" else "en",
        }
        body = self._call(f"invoice/{oid}", params, cancel, f"invoice {oid}")
        return expect_object(body, f"invoice {oid}")

    def _call(
        self,
        path: str,
        params: Mapping[str, str],
        cancel: CancelToken | None,
        what: str,
        quiet: bool = False,
    ) -> Any:
        """GET with the token; a new login on 401 (bounded). ``quiet``: 403/404 give ``None``."""
        token = self._current_token(cancel)
        response = self._get(path, params, token, cancel)
        for _attempt in range(4 * MAX_RENEWALS):  # bounded even if others keep renewing
            if response.status_code != 401:
                self._renewals = 0  # a token worked: renewals since then are not in a row
                break
            # expired or used up (other workers may have spent a fresh one): renew and retry
            token, retried = self._renew(token, lambda t: self._get(path, params, t, cancel))
            response = retried or self._get(path, params, token, cancel)
        else:
            raise NeedsLogin(
                QT_TRANSLATE_NOOP("Errors", "Telecom X kept refusing {what} with new login tokens"),
                status=401,
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Check the username and password (or token) and log in again."
                ),
                what=subject(what),
            )
        if quiet and response.status_code in (403, 404):
            return None
        if response.status_code != 200:
            raise parse.api_error(response, what, self._access_level)
        return parse_json(response, what)

    def _get(
        self, path: str, params: Mapping[str, str], token: str, cancel: CancelToken | None
    ) -> Response:
        return self.ctx.http.request("GET", path, params={**params, "token": token}, cancel=cancel)

    # ---- auth ------------------------------------------------------------------------------
    def _current_token(self, cancel: CancelToken | None) -> str:
        with self._lock:
            self._raise_if_refused()
            expired = self._expires_at is not None and (
                self.ctx.clock() >= self._expires_at - RENEW_MARGIN_S
            )
            if self._token is None or (expired and self._username):
                self._login(cancel)
            assert self._token is not None
            return self._token

    def _raise_if_refused(self) -> None:
        """Once Telecom X refused the login, every worker says so: none tries the refused
        password again (repeated wrong logins can lock the user out)."""
        if self._refused is not None:
            raise copy.copy(self._refused)

    def _renew(
        self, used: str, retry: Callable[[str], Response], cancel: CancelToken | None = None
    ) -> tuple[str, Response | None]:
        """A token to retry with after ``used`` got a 401, and, when this thread logged in, the
        retry's answer: it is sent before any other thread can use the new token, so its 401
        means the fresh login itself is refused (not that other workers used it up)."""
        with self._lock:
            self._raise_if_refused()
            if self._token is not None and self._token != used:
                return self._token, None  # another thread logged in meanwhile
            if not self._username:
                raise NeedsLogin(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Telecom X no longer accepts the stored employee token"
                    ),
                    status=401,
                    hint=QT_TRANSLATE_NOOP(
                        "Errors",
                        "Create a new employee token in Telecom X (or store a username and "
                        "password) and log in again.",
                    ),
                )
            if self._renewals >= MAX_RENEWALS:
                raise NeedsLogin(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Telecom X refused every request after {MAX_RENEWALS} new logins in a row",
                    ),
                    status=401,
                    hint=QT_TRANSLATE_NOOP(
                        "Errors", "Check the username and password (or token) and log in again."
                    ),
                    MAX_RENEWALS=MAX_RENEWALS,
                )
            self._login(cancel)
            self._renewals += 1  # counted once the login worked: a refused one raised
            assert self._token is not None
            response = retry(self._token)
            if response.status_code == 401:
                raise NeedsLogin(
                    QT_TRANSLATE_NOOP("Errors", "Telecom X refused the new login token as well"),
                    status=401,
                    hint=QT_TRANSLATE_NOOP(
                        "Errors", "Check the username and password (or token) and log in again."
                    ),
                )
            return self._token, response

    def _login(self, cancel: CancelToken | None) -> None:
        body = {
            "username": self._username,
            "password": self._password,
            "cookie": False,
            "persist": False,
        }
        response = self.ctx.http.request(
            "POST",
            "auth/login",
            content=json.dumps(body).encode("utf-8"),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            cancel=cancel,
        )
        if response.status_code != 200:
            refused = parse.login_error(response)
            if isinstance(refused, NeedsLogin):
                self._refused = refused
            raise refused
        answer = expect_object(parse_json(response, "login"), "the login answer")
        token = answer.get("token")
        if not isinstance(token, str) or not token:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "Telecom X accepted the login but sent no token")
            )
        self.ctx.http.add_secrets(token)
        minutes = answer.get("expiresInMinutes")
        lifetime = minutes * 60 if isinstance(minutes, int) and minutes > 0 else None
        self._token = token
        self._expires_at = self.ctx.clock() + lifetime if lifetime else None
        level = answer.get("accessLevel")
        self._access_level = level if isinstance(level, str) else None


def _create(ctx: ClientContext) -> TelecomXClient:
    return TelecomXClient(ctx)


SPEC = ProviderSpec(
    name="telecomx",
    display_name="Telecom X",
    default_base_url="https://api.telecomx.dk",
    create=_create,
    options=(
        OptionSpec(
            "currency",
            "Currency",
            default="DKK",
            help="Currency of the amounts (the API has no currency field).",
        ),
        OptionSpec(
            "customer",
            "Customer id",
            help="Only this customer's invoices (24-character Telecom X id).",
        ),
        OptionSpec(
            "reseller", "Reseller id", help="Invoices of this reseller's customers (admin logins)."
        ),
    ),
    secrets=(
        SecretSpec(
            "username",
            "Username",
            required=False,
            help="Telecom X login e-mail (with password; not needed with a token).",
        ),
        SecretSpec(
            "password", "Password", required=False, help="Telecom X password for the username."
        ),
        SecretSpec(
            "token",
            "Employee token",
            required=False,
            help="Employee (M2M) token from POST /employee/{id}/token; instead of a "
            "username and password.",
        ),
    ),
    max_concurrency=4,
)
