"""Buckaroo (checkout.buckaroo.nl): Credit Management invoice info over the HMAC-signed JSON API.

Buckaroo cannot list invoices. An account tracks invoice keys, invoice numbers and/or customer ids
(options or a CSV file); sync looks them up with ``POST /json/Transaction/InvoiceInfos`` in
batches of 25. Every request is signed (``Authorization: hmac key:sig:nonce:ts``) and every answer
carries Buckaroo's signature, which is checked before anything from it is used.
"""

from __future__ import annotations

import email.utils
import json
import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

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
    expect_object,
    parse_json,
)
from invoicedesk.providers.buckaroo_hmac import (
    ALLOWED_SKEW,
    BuckarooAuth,
    authorization,
    content_hash,
    new_nonce,
    normalise_uri,
    signature,
)
from invoicedesk.providers.buckaroo_parse import (
    TrackedEntry,
    TrackedItems,
    ci,
    ci_list,
    invoice_key,
    lacks_detail,
    parse_invoice,
    read_tracked_csv,
    request_error_messages,
    tracked_from_options,
)
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import (
    ConfigError,
    NeedsLogin,
    ProviderDataError,
    ProviderError,
)
from invoicedesk.providers.http import Response
from invoicedesk.providers.subjects import subject

log = logging.getLogger(__name__)

NAME = "buckaroo"
LIVE_URL = "https://checkout.buckaroo.nl/"
TEST_URL = "https://testcheckout.buckaroo.nl/"
BATCH_SIZE = 25
BATCH_PATH = "json/Transaction/InvoiceInfos"
DETAIL_PATH = "json/Transaction/InvoiceInfo/"
CULTURES = {"en": "en-GB", "nl": "nl-NL", "nb": "nb-NO", "da": "da-DK"}
_JSON_TYPE = "application/json; charset=utf-8"
_CLOCK_WORDS = re.compile(r"(?i)timestamp|clock|skew")

# ---- client ---------------------------------------------------------------------------------


def _base_url(ctx: ClientContext) -> str:
    environment = SPEC.option(ctx.options, "environment") or "live"
    if environment not in ("live", "test"):
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Errors", "option environment must be live or test, not '{environment}'"
            ),
            environment=environment,
        )
    given = (ctx.base_url or "").strip()
    if given and given.rstrip("/").lower() != LIVE_URL.rstrip("/"):
        return given if given.endswith("/") else given + "/"
    return TEST_URL if environment == "test" else LIVE_URL


class BuckarooClient:
    def __init__(self, ctx: ClientContext, *, nonce: Callable[[], str] = new_nonce) -> None:
        self._ctx = ctx
        self._website_key = (ctx.options.get("website_key") or "").strip()
        secret = ctx.secrets.get("secret_key") or ""
        ctx.http.add_secrets(secret)
        required = SPEC.option(ctx.options, "require_response_signature") or "warn"
        self.auth = BuckarooAuth(
            self._website_key,
            secret,
            clock=ctx.clock,
            nonce=nonce,
            require_response_signature=required,
        )
        self._secret_given = bool(secret)

    # -- public -----------------------------------------------------------------------------------
    def check(self) -> str:
        self._require()
        tracked = self.tracked()
        cancel = CancelToken()
        if not tracked.entries:
            # A signed answer (checked in the auth flow) but a refusal proves the keys work.
            response = self._get_detail("0" * 32, cancel)
            if response.status_code != 404:
                self._answer(response, "the connection test")
            elif not response.headers.get("Authorization"):
                return "Buckaroo answered; the keys are confirmed once invoices are tracked"
            return f"Connected as website key {self._website_key}; no invoices tracked yet"
        body = self._lookup(tracked.entries[:1], cancel)
        found = len(ci_list(body, "invoicecollection", "InvoiceCollection"))
        entries = "1 tracked entry" if len(tracked) == 1 else f"{len(tracked)} tracked entries"
        invoices = "1 invoice" if found == 1 else f"{found} invoices"
        return (
            f"Connected as website key {self._website_key}: {entries}; "
            f"the first one found {invoices}"
        )

    def tracked(self) -> TrackedItems:
        options = self._ctx.options
        items = tracked_from_options(
            options.get("invoice_keys"), options.get("invoice_numbers"), options.get("customer_ids")
        )
        csv_path = (options.get("tracked_csv") or "").strip()
        if csv_path:
            items = items + read_tracked_csv(Path(csv_path).expanduser())
        return items

    def sync(self, request: SyncRequest, sink: Sink) -> SyncOutcome:
        self._require()
        entries = self.tracked().entries
        if not entries:
            raise ConfigError(
                QT_TRANSLATE_NOOP("Errors", "this Buckaroo account tracks no invoices"),
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "Add invoice_keys, invoice_numbers, customer_ids or a tracked_csv file "
                    "in the account settings.",
                ),
            )
        warnings: list[str] = []
        unsigned_before = self.auth.unsigned
        seen: set[str] = set()
        complete = True
        request.progress(Progress(0, len(entries), "Looking up invoices at Buckaroo"))
        for start in range(0, len(entries), BATCH_SIZE):
            request.cancel.raise_if_cancelled()
            batch = entries[start : start + BATCH_SIZE]
            body = self._lookup(batch, request.cancel)
            found_raw = ci_list(body, "invoicecollection", "InvoiceCollection")
            found = [ci(raw, "InvoiceCollection entry") for raw in found_raw]
            invalid = [
                ci(raw, "InvalidInvoiceCollection entry")
                for raw in ci_list(body, "invalidinvoicecollection", "InvalidInvoiceCollection")
            ]
            fetched = self._fetch_batch(found_raw, seen, request.cancel)
            for item in invalid:
                warnings.append(_invalid_warning(item))
            for entry in batch:
                if not any(_answers(entry, item) for item in [*found, *invalid]):
                    complete = False
                    warnings.append(f"Buckaroo gave no answer for {entry.label()}.")
            if fetched:
                sink(fetched)
            done = start + len(batch)
            request.progress(Progress(done, len(entries), f"{len(seen)} invoices found"))
        if self.auth.unsigned > unsigned_before:
            warnings.append(
                f"Buckaroo sent {self.auth.unsigned - unsigned_before} answer(s) without a "
                "signature; they were accepted (require_response_signature=warn)."
            )
        return SyncOutcome(complete=complete, warnings=warnings)

    # -- requests ---------------------------------------------------------------------------------
    def _require(self) -> None:
        if not self._website_key:
            raise ConfigError(
                QT_TRANSLATE_NOOP("Errors", "the Buckaroo account has no website key"),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Add --option website_key=… (Buckaroo Plaza: Settings > Websites)."
                ),
            )
        if not self._secret_given:
            raise NeedsLogin(
                QT_TRANSLATE_NOOP("Errors", "the Buckaroo account has no secret key"),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Enter the secret key from Buckaroo Plaza (Settings > Secret key)."
                ),
            )

    def _headers(self, with_body: bool) -> dict[str, str]:
        headers = {
            "Accept": "application/json",
            "Culture": CULTURES.get(self._ctx.language, "en-GB"),
        }
        if with_body:
            headers["Content-Type"] = _JSON_TYPE
        return headers

    def _lookup(self, entries: Sequence[TrackedEntry], cancel: CancelToken) -> dict[str, Any]:
        payload = {"InvoiceCollection": [entry.as_json() for entry in entries]}
        content = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        response = self._ctx.http.request(
            "POST",
            _base_url(self._ctx) + BATCH_PATH,
            headers=self._headers(True),
            content=content,
            auth=self.auth,
            cancel=cancel,
            idempotent=True,  # a lookup: sending it twice changes nothing
        )
        body = ci(self._answer(response, "the invoice lookup"))
        if all(body.get(k) is None for k in ("invoicecollection", "invalidinvoicecollection")):
            raise _message_error(body, "the invoice lookup")
        return body

    def _get_detail(self, key: str, cancel: CancelToken) -> Response:
        return self._ctx.http.request(
            "GET",
            _base_url(self._ctx) + DETAIL_PATH + quote(key, safe=""),
            headers=self._headers(False),
            auth=self.auth,
            cancel=cancel,
        )

    def _detail(self, key: str, cancel: CancelToken) -> dict[str, Any]:
        what = f"invoice key {key}"
        body = self._answer(self._get_detail(key, cancel), what)
        if not invoice_key(body):
            if ci(body).get("message"):
                raise _message_error(body, what)
            raise ProviderError(
                QT_TRANSLATE_NOOP("Errors", "Buckaroo does not know {what}"),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Check the key, or remove it from the account's tracked invoices."
                ),
                what=subject(what),
            )
        return body

    def _fetch_batch(
        self, found: list[Any], seen: set[str], cancel: CancelToken
    ) -> list[FetchedInvoice]:
        fetched: list[FetchedInvoice] = []
        for raw in found:
            key = invoice_key(raw)
            if key and key.upper() in seen:
                continue  # several tracked entries matched the same invoice
            if key and lacks_detail(raw):
                cancel.raise_if_cancelled()
                raw = self._detail(key, cancel)
            try:
                invoice = parse_invoice(raw, provider=NAME, account=self._ctx.account)
            except ProviderDataError as exc:
                raise ProviderDataError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Buckaroo invoice {value} cannot be read: {problem}"
                    ),
                    hint=QT_TRANSLATE_NOOP(
                        "Errors", "Report this to the invoicedesk developers with the invoice key."
                    ),
                    value=key or "(no key)",
                    problem=exc.text,
                ) from None
            seen.add(invoice.id.upper())
            fetched.append(FetchedInvoice(invoice, raw))
        return fetched

    def _answer(self, response: Response, what: str) -> dict[str, Any]:
        _raise_for_status(response, what, self._ctx.clock())
        body = expect_object(parse_json(response, what), what)
        messages = request_error_messages(body)
        if messages is not None:
            raise ProviderError(
                QT_TRANSLATE_NOOP("Errors", "Buckaroo rejected {what}: {join}"),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Check the tracked invoice keys, numbers and customer ids."
                ),
                what=what,
                join="; ".join(messages),
            )
        return body


def _answers(entry: TrackedEntry, item: dict[str, Any]) -> bool:
    return entry.matches(
        _text(item.get("key")), _text(item.get("number")), _text(item.get("customerid"))
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _invalid_warning(item: dict[str, Any]) -> str:
    entry = TrackedEntry(
        _text(item.get("key")) or None,
        _text(item.get("number")) or None,
        _text(item.get("customerid")) or None,
    )
    reason = _text(item.get("errormessage")) or "no reason given"
    return f"Buckaroo could not find {entry.label() or 'a tracked entry'}: {reason}"


def _message_error(body: dict[str, Any], what: str) -> ProviderError:
    message = _text(ci(body).get("message")) or "an empty answer"
    return ProviderError(
        QT_TRANSLATE_NOOP("Errors", "Buckaroo answered {what} with an error: {message_}"),
        hint=QT_TRANSLATE_NOOP(
            "Errors", "Try again later; if it persists, contact Buckaroo support."
        ),
        what=subject(what),
        message_=message[:200],
    )


def _raise_for_status(response: Response, what: str, now: float) -> None:
    status = response.status_code
    if status < 300:
        return
    text = error_text(response)
    said = f": {text}" if text else ""
    if status == 401:
        if (text and _CLOCK_WORDS.search(text)) or _clock_off(response, now):
            raise ProviderError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Buckaroo refused the request's timestamp: check the computer's clock"
                ),
                status=status,
                hint=QT_TRANSLATE_NOOP(
                    "Errors",
                    "Set the date, time and time zone correctly (automatic time is best), "
                    "then sync again.",
                ),
            )
        if text and "nonce" in text.lower():
            raise ProviderError(
                QT_TRANSLATE_NOOP("Errors", "Buckaroo refused a repeated request{said}"),
                status=status,
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Sync again; if it persists, check for a proxy that replays requests."
                ),
                said=said,
            )
        raise NeedsLogin(
            QT_TRANSLATE_NOOP(
                "Errors", "Buckaroo refused the signature: check your website key and secret key"
            ),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Check your secret key and the website key in Buckaroo Plaza and enter them again.",
            ),
        )
    if status == 403:
        raise ProviderError(
            QT_TRANSLATE_NOOP("Errors", "Buckaroo refused access to {what}{said}"),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Check that Credit Management is enabled for this website key in Buckaroo Plaza.",
            ),
            what=subject(what),
            said=said,
        )
    if status == 404:
        raise ProviderError(
            QT_TRANSLATE_NOOP("Errors", "Buckaroo does not know {what}{said}"),
            status=status,
            hint=QT_TRANSLATE_NOOP("Errors", "Check the account's base URL and tracked invoices."),
            what=subject(what),
            said=said,
        )
    if status >= 500:
        raise ProviderError(
            QT_TRANSLATE_NOOP("Errors", "Buckaroo had a server problem with {what}{said}"),
            status=status,
            hint=QT_TRANSLATE_NOOP("Errors", "Try again later."),
            what=subject(what),
            said=said,
        )
    raise ProviderError(
        QT_TRANSLATE_NOOP("Errors", "Buckaroo rejected {what}{said}"),
        status=status,
        hint=QT_TRANSLATE_NOOP(
            "Errors", "Check the account's settings; if it persists, contact Buckaroo support."
        ),
        what=subject(what),
        said=said,
    )


def _clock_off(response: Response, now: float) -> bool:
    date = response.headers.get("Date")
    if not date:
        return False
    try:
        server = email.utils.parsedate_to_datetime(date).timestamp()
    except (TypeError, ValueError):
        return False
    return abs(server - now) > ALLOWED_SKEW


SPEC = ProviderSpec(
    name=NAME,
    display_name="Buckaroo",
    default_base_url=LIVE_URL,
    create=lambda ctx: BuckarooClient(ctx),
    options=(
        OptionSpec(
            "website_key", "Website key", required=True,
            help="The website key from Buckaroo Plaza (Settings > Websites).",
        ),
        OptionSpec(
            "environment", "Environment", default="live", choices=("live", "test"),
            help="live: checkout.buckaroo.nl; test: testcheckout.buckaroo.nl "
            "(an explicit base URL overrides both).",
        ),
        OptionSpec("invoice_keys", "Invoice keys", help="Comma-separated invoice keys to show."),
        OptionSpec(
            "invoice_numbers", "Invoice numbers", help="Comma-separated invoice numbers to show."
        ),
        OptionSpec(
            "customer_ids", "Customer ids",
            help="Comma-separated customer ids whose invoices to show.",
        ),
        OptionSpec(
            "tracked_csv", "Tracked invoices file",
            help="A CSV file with a header row naming key, number and/or customer_id columns.",
        ),
        OptionSpec(
            "require_response_signature", "Require signed answers", default="warn",
            choices=("warn", "yes"),
            help="warn: accept an unsigned answer with a warning; yes: refuse it.",
        ),
    ),
    secrets=(
        SecretSpec(
            "secret_key", "Secret key",
            help="The secret key from Buckaroo Plaza (Settings > Secret key); signs each request.",
        ),
    ),
)  # fmt: skip


# the HMAC scheme lives in buckaroo_hmac; re-exported for the sandbox-independent tests
__all__ = [
    "SPEC",
    "BuckarooAuth",
    "BuckarooClient",
    "authorization",
    "content_hash",
    "new_nonce",
    "normalise_uri",
    "signature",
]
