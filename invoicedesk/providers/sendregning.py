"""SendRegning client: HTTP Basic (login e-mail + password) plus ``Originator-Id``; bare-array
lists paged with ``perPage``/``page`` and ``Link`` headers; state lists with ``from``/``to`` windows
for incremental syncs. Twin of :mod:`invoicedesk.sandbox.sendregning`.

Incremental sync (when a cursor exists): only invoices that can still change are fetched — the
unpaid lists (``not-due``, ``due``) in full, ``paid`` for recent invoice dates, and, one by one, the
invoices the cache knew as unpaid that left the unpaid lists (they were paid or credited).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from invoicedesk.domain import (
    Address,
    Invoice,
    Kind,
    Line,
    Party,
    PaymentState,
    quantize,
)
from invoicedesk.domain.facts import Fact, facts
from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers.base import (
    ClientContext,
    FetchedInvoice,
    OptionSpec,
    Progress,
    ProviderSpec,
    SecretSpec,
    Sink,
    SyncOutcome,
    SyncRequest,
    error_text,
    expect_list,
    expect_object,
    opt_date,
    opt_decimal,
    opt_str,
    parse_json,
)
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import (
    ConfigError,
    NeedsLogin,
    ProviderDataError,
    ProviderError,
    SecurityError,
)
from invoicedesk.providers.http import BasicAuth, Response
from invoicedesk.providers.pdf import download_pdf

NAME = "SendRegning"
PER_PAGE = 100
#: how far back (by invoice date) an incremental sync re-reads the paid list
PAID_WINDOW_DAYS = 45

_LINK = re.compile(r'<([^>]*)>\s*;\s*rel="?([a-z]+)"?')


def next_link(header: str | None) -> str | None:
    """The ``rel="next"`` target of an RFC 5988 Link header, or None."""
    for target, rel in _LINK.findall(header or ""):
        if rel == "next":
            return str(target)
    return None


def _date_fact(key: str, obj: Mapping[str, Any], field: str) -> Fact | None:
    """A date fact; a value that is no date is kept as the provider's text (a fact never
    costs the invoice)."""
    try:
        return Fact.of_date(key, opt_date(obj, field))
    except ProviderDataError:
        return Fact.of_text(key, opt_str(obj, field))


class SendRegningClient:
    def __init__(self, ctx: ClientContext) -> None:
        self.ctx = ctx
        username = ctx.secrets.get("username", "")
        password = ctx.secrets.get("password", "")
        originator = ctx.options.get("originator_id", "")
        if not username or not password:
            raise ConfigError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the SendRegning account has no login e-mail or password stored"
                ),
                hint=QT_TRANSLATE_NOOP("Errors", "Add the account again with both secrets."),
            )
        if not originator.isdigit():
            raise ConfigError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the originator id must be SendRegning's account number (digits), not "
                    "'{originator}'",
                ),
                hint=QT_TRANSLATE_NOOP("Errors", "Find it in SendRegning under Innstillinger."),
                originator=originator,
            )
        ctx.http.add_secrets(password)
        self._auth = BasicAuth(username, password)
        self._headers = {"Originator-Id": originator, "Accept": "application/json"}

    # -- requests -------------------------------------------------------------------------------
    def _get(
        self, url: str, request: SyncRequest | None, params: Mapping[str, Any] | None = None
    ) -> Response:
        response = self.ctx.http.request(
            "GET",
            url,
            params=params,
            headers=self._headers,
            auth=self._auth,
            cancel=request.cancel if request else None,
        )
        if response.status_code == 401:
            raise NeedsLogin(
                QT_TRANSLATE_NOOP(
                    "Errors", "SendRegning refused the login e-mail, password or originator id"
                ),
                status=401,
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "Check them and log in again (for the CLI: remove and add the account).",
                ),
            )
        if response.status_code == 403:
            raise ProviderError(
                QT_TRANSLATE_NOOP("Errors", "SendRegning denied access: {value}"),
                status=403,
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Ask the account owner to give this login access to invoices."
                ),
                value=error_text(response) or "forbidden",
            )
        if response.status_code >= 400:
            detail = error_text(response) or response.reason_phrase
            raise ProviderError(
                QT_TRANSLATE_NOOP("Errors", "SendRegning answered: {detail}"),
                status=response.status_code,
                detail=detail,
            )
        return response

    def _pages(
        self, path: str, request: SyncRequest, params: dict[str, str]
    ) -> Iterator[list[Any]]:
        """Follow ``rel="next"`` links, bounded: a link to another origin (credentials would go
        with it), back to a page already read, or a page with no invoice not seen before in this
        list stops the sync with an error, so a short list is never taken as complete."""
        query: dict[str, str] | None = {**params, "perPage": str(PER_PAGE), "page": "1"}
        visited: set[str] = set()
        numbers: set[str] = set()
        # One page ahead: the next page downloads while this one is parsed and stored.
        with ThreadPoolExecutor(1, thread_name_prefix="sendregning-page") as pool:
            pending: Future[Response] | None = pool.submit(self._get, path, request, query)
            while pending is not None:
                response = pending.result()
                pending = None
                visited.add(str(response.url))
                page = expect_list(parse_json(response, "invoice list"), "the invoice list")
                fresh = {_number_of(raw) for raw in page} - numbers
                if page and not fresh:
                    raise ProviderDataError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "SendRegning sent the same invoices again on page {count} of {path}, "
                            "so the list was not read to its end",
                        ),
                        hint=_PAGING_HINT,
                        count=len(visited),
                        path=path,
                    )
                numbers |= fresh
                target = next_link(response.headers.get("Link"))
                problem: ProviderError | None = None
                if page and target is not None:
                    try:
                        url = self._next_page(target, visited, path)
                        pending = pool.submit(self._get, url, request, None)
                    except ProviderError as exc:  # raised once this page is stored
                        problem = exc
                yield page
                if problem is not None:
                    raise problem

    def _next_page(self, target: str, visited: set[str], path: str) -> str:
        url = self.ctx.http.url(target)
        if not self.ctx.http.same_origin(url):
            raise SecurityError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "SendRegning's next-page link points to another server ({origin}); it "
                    "was not followed, so the list was not read to its end",
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Check the account's base URL; nothing was marked as removed."
                ),
                origin=_origin(url),
            )
        if url in visited:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "SendRegning's next-page link points back to a page already read "
                    "(after {count} pages of {path})",
                ),
                hint=_PAGING_HINT,
                count=len(visited),
                path=path,
            )
        return url

    def fetch_pdf(self, url: str, cancel: CancelToken) -> bytes:
        """The invoice's PDF. Its download path needs the account's Basic auth and
        Originator-Id, which go only to SendRegning's own origin (the account's base URL); a
        link on another server is fetched without them."""
        originator = {"Originator-Id": self._headers["Originator-Id"]}
        return download_pdf(
            self.ctx.http, url, provider=NAME, cancel=cancel, auth=self._auth, headers=originator
        )

    # -- ProviderClient ---------------------------------------------------------------------------
    def check(self) -> str:
        response = self._get("invoices/", None, {"perPage": "1", "page": "1"})
        parse_json(response, "invoice list")
        return f"Connected to SendRegning (originator {self._headers['Originator-Id']})"

    def sync(self, request: SyncRequest, sink: Sink) -> SyncOutcome:
        today = self.ctx.today()
        last = _cursor_date(request.cursor)
        if request.full or last is None:
            self._full(request, sink)
            return SyncOutcome(complete=True, cursor={"last_sync": today.isoformat()})
        self._incremental(request, sink, last)
        return SyncOutcome(complete=False, cursor={"last_sync": today.isoformat()})

    def _full(self, request: SyncRequest, sink: Sink) -> None:
        overdue = self._numbers("invoices/due", request, {})
        seen: set[str] = set()
        done = 0
        for source in ("invoices/", "invoices/credit-notes"):
            for page in self._pages(source, request, {}):
                batch = []
                for raw in page:
                    invoice = self.parse(raw, overdue)
                    if invoice.id not in seen:
                        seen.add(invoice.id)
                        batch.append(FetchedInvoice(invoice, raw))
                if batch:
                    sink(batch)
                done += len(batch)
                request.progress(Progress(done, None, f"{done} invoices"))

    def _incremental(self, request: SyncRequest, sink: Sink, last: dt.date) -> None:
        seen: set[str] = set()
        done = 0
        since = (last - dt.timedelta(days=PAID_WINDOW_DAYS)).isoformat()
        for state, params in (("due", {}), ("not-due", {}), ("paid", {"from": since})):
            for page in self._pages(f"invoices/{state}", request, params):
                batch = []
                for raw in page:
                    invoice = self.parse(raw, overdue=set(), listed_due=state == "due")
                    seen.add(invoice.id)
                    batch.append(FetchedInvoice(invoice, raw))
                if batch:
                    sink(batch)
                done += len(batch)
                request.progress(Progress(done, None, f"{done} invoices checked"))
        # Unpaid before, in no list now: paid or credited since. Fetch each one.
        stale = [n for n, state in request.known.items() if state != "paid" and n not in seen]
        for i, number in enumerate(stale, 1):
            response = self.ctx.http.request(
                "GET",
                f"invoices/{number}",
                headers=self._headers,
                auth=self._auth,
                cancel=request.cancel,
            )
            if response.status_code == 404:
                continue  # gone at SendRegning; a full sync records it as removed
            if response.status_code >= 400:
                self._get(f"invoices/{number}", request)  # raises the mapped error
            raw = expect_object(parse_json(response, "invoice"), f"invoice {number}")
            sink([FetchedInvoice(self.parse(raw, set()), raw)])
            request.progress(Progress(done + i, None, f"{done + i} invoices checked"))

    def _numbers(self, path: str, request: SyncRequest, params: dict[str, str]) -> set[str]:
        numbers: set[str] = set()
        for page in self._pages(path, request, params):
            numbers.update(str(expect_object(r, "invoice").get("number")) for r in page)
        return numbers

    # -- parsing --------------------------------------------------------------------------------
    def parse(self, raw: Any, overdue: set[str], listed_due: bool = False) -> Invoice:
        obj = expect_object(raw, "a SendRegning invoice")
        number = opt_str(obj, "number")
        if number is None:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "SendRegning sent an invoice without a number")
            )
        try:
            return self._parse(obj, number, listed_due or number in overdue)
        except ProviderDataError as exc:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "invoice {number}: {problem}"),
                number=number,
                problem=exc.text,
            ) from None

    def _parse(self, obj: dict[str, Any], number: str, overdue: bool) -> Invoice:
        currency = (opt_str(obj, "currency") or "NOK").upper()
        total = opt_decimal(obj, "total")
        tax = opt_decimal(obj, "tax")
        balance = opt_decimal(obj, "currentBalance")
        credit = obj.get("credit") is True
        if balance is None:
            payment = PaymentState.UNPAID
        elif balance == 0:
            payment = PaymentState.PAID
        elif total is not None and 0 < abs(balance) < abs(total):
            payment = PaymentState.PARTIALLY_PAID
        else:
            payment = PaymentState.UNPAID
        paid = (
            quantize(total - balance, currency)
            if total is not None and balance is not None
            else None
        )
        recipient = obj.get("recipient") if isinstance(obj.get("recipient"), dict) else None
        known = facts(
            Fact.of_text("sendregning.credits_invoice", opt_str(obj, "creditedInvoiceNumber")),
            _date_fact("sendregning.order_date", obj, "orderDate"),
            _date_fact("sendregning.delivery_date", obj, "deliveryDate"),
            _date_fact("sendregning.reminder_date", obj, "reminderDate"),
            Fact.of_text("sendregning.bank_account", opt_str(obj, "accountNumber")),
            Fact.of_text("sendregning.issued_by", _name(obj.get("originator"))),
        )
        return Invoice(
            provider="sendregning",
            account=self.ctx.account,
            id=number,
            number=number,
            kind=Kind.CREDIT_NOTE if credit else Kind.INVOICE,
            credits_invoice=opt_str(obj, "creditedInvoiceNumber") if credit else None,
            currency=currency,
            payment=payment,
            customer=_party(recipient) if recipient else None,
            issue_date=opt_date(obj, "invoiceDate"),
            due_date=opt_date(obj, "dueDate"),
            net=quantize(total - tax, currency) if total is not None and tax is not None else None,
            vat=tax,
            total=total,
            paid_amount=paid,
            outstanding=balance,
            provider_overdue=overdue and payment is not PaymentState.PAID,
            description=opt_str(obj, "invoiceText"),
            our_reference=opt_str(obj, "ourReference"),
            your_reference=opt_str(obj, "yourReference"),
            order_reference=opt_str(obj, "orderNumber"),
            kid=opt_str(obj, "kid"),
            delivery_address=_address(obj.get("deliveryAddress")),
            lines=tuple(
                _line(item, currency)
                for item in expect_list(obj.get("items") or [], "the invoice items")
            ),
            pdf_url=self._pdf(obj.get("_links")),
            facts=known,
        )

    def _pdf(self, links: Any) -> str | None:
        if not isinstance(links, dict):
            return None
        pdf = links.get("pdf")
        invoice = links.get("invoice")
        candidates = [
            pdf.get("uri") if isinstance(pdf, dict) else None,
            pdf if isinstance(pdf, str) else None,
            invoice.get("pdf") if isinstance(invoice, dict) else None,
        ]
        for path in candidates:
            if isinstance(path, str) and path:
                try:
                    url = self.ctx.http.url(path)
                except ProviderDataError:
                    continue  # not a URL: no link, but the invoice itself is fine
                if url.startswith(("https://", "http://")):
                    return url
        return None


_PAGING_HINT = QT_TRANSLATE_NOOP("Errors", "Try again later; nothing was marked as removed.")


def _number_of(raw: Any) -> str:
    return str(raw.get("number")) if isinstance(raw, dict) else repr(raw)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"


def _cursor_date(cursor: Mapping[str, Any] | None) -> dt.date | None:
    if not cursor or not isinstance(cursor.get("last_sync"), str):
        return None
    try:
        return dt.date.fromisoformat(cursor["last_sync"])
    except ValueError:
        return None


def _name(value: Any) -> str | None:
    return opt_str(value, "name") if isinstance(value, dict) else None


def _address(value: Any) -> Address | None:
    if not isinstance(value, dict):
        return None
    lines = tuple(
        text for key in ("address", "address1", "address2") if (text := opt_str(value, key))
    )
    address = Address(
        lines, opt_str(value, "zip"), opt_str(value, "city"), opt_str(value, "country")
    )
    return address if address.as_text() else None


def _party(obj: dict[str, Any]) -> Party:
    return Party(
        name=opt_str(obj, "name"),
        number=opt_str(obj, "customerNumber") or opt_str(obj, "number"),
        email=opt_str(obj, "email"),
        organisation_number=opt_str(obj, "organisationNumber"),
        address=_address(obj.get("address")),
    )


def _line(raw: Any, currency: str) -> Line:
    item = expect_object(raw, "an invoice item")
    total = opt_decimal(item, "total")
    net = opt_decimal(item, "totalWithoutTax")
    vat = quantize(total - net, currency) if total is not None and net is not None else None
    return Line(
        description=opt_str(item, "description"),
        product_code=opt_str(item, "productCode"),
        quantity=opt_decimal(item, "quantity"),
        unit_price=opt_decimal(item, "unitPrice"),
        discount_percent=opt_decimal(item, "discount"),
        vat_rate=opt_decimal(item, "taxRate"),
        net=net,
        vat=vat,
        total=total,
    )


def _create(ctx: ClientContext) -> SendRegningClient:
    return SendRegningClient(ctx)


SPEC = ProviderSpec(
    name="sendregning",
    display_name=NAME,
    default_base_url="https://www.sendregning.no/",
    create=_create,
    options=(
        OptionSpec(
            "originator_id",
            "Originator id (SendRegning account number)",
            required=True,
            help="The number of the SendRegning account, e.g. 12345",
        ),
    ),
    secrets=(
        SecretSpec("username", "Login e-mail", help="The e-mail you log in to SendRegning with"),
        SecretSpec("password", "Password", help="Your SendRegning password"),
    ),
    max_concurrency=2,
)

__all__ = ["SPEC", "SendRegningClient", "next_link"]
