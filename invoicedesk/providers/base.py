"""What every provider module offers: a :class:`ProviderSpec` named ``SPEC`` whose ``create``
builds a :class:`ProviderClient` for one account.

A client fetches, parses into domain objects and hands batches to a sink; it never touches the
cache, the keyring or Qt. It raises only :mod:`invoicedesk.providers.errors` exceptions.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from invoicedesk.domain import AmountError, to_decimal
from invoicedesk.domain.fetched import FetchedInvoice as FetchedInvoice
from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, text
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import ProviderDataError
from invoicedesk.providers.http import HttpSession, Response
from invoicedesk.providers.places import Place
from invoicedesk.providers.subjects import subject

JsonObject = dict[str, Any]


@dataclass(frozen=True)
class OptionSpec:
    key: str
    label: str
    required: bool = False
    default: str | None = None
    help: str = ""
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class SecretSpec:
    key: str
    label: str
    required: bool = True
    help: str = ""


@dataclass(frozen=True)
class Progress:
    """``done`` of ``total`` units (invoices or pages; ``total`` None when unknown)."""

    done: int
    total: int | None
    message: str = ""


@dataclass
class SyncRequest:
    full: bool
    cancel: CancelToken
    progress: Callable[[Progress], None]
    #: what the provider returned as ``SyncOutcome.cursor`` last time (None: first sync or --full)
    cursor: Mapping[str, Any] | None = None
    #: invoice id -> payment state ("paid", "unpaid", ...) of what the cache holds for the account
    known: Mapping[str, str] = field(default_factory=dict)


@dataclass
class SyncOutcome:
    #: True when every invoice of the account was seen, so missing ones have disappeared
    complete: bool
    cursor: Mapping[str, Any] | None = None
    #: problems that did not stop the sync (e.g. Buckaroo keys the provider does not know)
    warnings: list[str] = field(default_factory=list)


Sink = Callable[[Sequence[FetchedInvoice]], None]


class ProviderClient(Protocol):
    def sync(self, request: SyncRequest, sink: Sink) -> SyncOutcome:
        """Fetch and hand over batches (a page each, or so). ``sink`` must be called from the
        thread that called ``sync``; each call is stored in one transaction."""
        ...

    def check(self) -> str:
        """One cheap authenticated request ("Test connection"); returns a short summary."""
        ...


@dataclass
class ClientContext:
    account: str
    base_url: str
    options: Mapping[str, str]
    secrets: Mapping[str, str]
    http: HttpSession
    #: persist changed secrets (refreshed OAuth tokens) to the keyring
    save_secrets: Callable[[dict[str, str]], None] = lambda _s: None
    today: Callable[[], dt.date] = dt.date.today
    clock: Callable[[], float] = time.time
    #: the app's language: "en", "nb", "da" or "nl"
    language: str = "en"


@dataclass(frozen=True)
class ProviderSpec:
    name: str
    display_name: str
    default_base_url: str
    create: Callable[[ClientContext], ProviderClient]
    options: tuple[OptionSpec, ...] = ()
    secrets: tuple[SecretSpec, ...] = ()
    #: interactive login (ConnectID's browser flow); returns secrets to store
    login: Callable[..., dict[str, str]] | None = None
    #: requests in flight at once against this provider, per account
    max_concurrency: int = 4

    def option_errors(self, options: Mapping[str, str]) -> list[Text]:
        known = {o.key: o for o in self.options}
        name = self.display_name
        errors = [
            text(QT_TRANSLATE_NOOP("Errors", "unknown option '{key}' for {name}"), key=k, name=name)
            for k in options
            if k not in known
        ]
        for spec in self.options:
            value = options.get(spec.key, spec.default)
            if spec.required and not value:
                needs = QT_TRANSLATE_NOOP("Errors", "{name} needs --option {key}=… ({label})")
                errors.append(text(needs, name=name, key=spec.key, label=spec.label))
            elif value and spec.choices and value not in spec.choices:
                choice = QT_TRANSLATE_NOOP(
                    "Errors", "option {key} must be one of {choices}, not '{value}'"
                )
                errors.append(
                    text(choice, key=spec.key, choices=", ".join(spec.choices), value=value)
                )
        return errors

    def secret_errors(self, secrets: Mapping[str, str]) -> list[str]:
        known = {s.key for s in self.secrets}
        errors = [
            f"unknown secret '{k}' for {self.display_name}" for k in secrets if k not in known
        ]
        errors += [
            f'{self.display_name} needs the secret "{s.key}" ({s.label})'
            for s in self.secrets
            if s.required and not secrets.get(s.key)
        ]
        return errors

    def option(self, options: Mapping[str, str], key: str) -> str | None:
        for spec in self.options:
            if spec.key == key:
                return options.get(key, spec.default)
        return options.get(key)


# ---- parsing helpers shared by the provider modules -------------------------------------------


#: a UTF-16 surrogate, escaped (``\ud800``) or as CESU-8 bytes: valid JSON, but not storable text
_SURROGATE_BYTES = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|\xed[\xa0-\xbf]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(value: Any) -> Any:
    """``value`` with every lone surrogate replaced by U+FFFD (escaped pairs were already joined
    into one character by the JSON reader). Iterative, in place on the freshly parsed
    containers: a document nested as deep as the JSON reader allows must not exhaust the
    stack here."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    stack: list[Any] = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, str):
                    node[i] = _LONE_SURROGATE.sub("\ufffd", item)
                elif isinstance(item, (list, dict)):
                    stack.append(item)
        elif isinstance(node, dict):
            items = list(node.items())
            node.clear()
            for key, item in items:
                if isinstance(item, str):
                    item = _LONE_SURROGATE.sub("\ufffd", item)
                elif isinstance(item, (list, dict)):
                    stack.append(item)
                node[_LONE_SURROGATE.sub("\ufffd", key) if isinstance(key, str) else key] = item
    return value


#: what an answer is for, as the providers name it bare ("the invoice list answer")
_ANSWERS = {
    "invoice list": QT_TRANSLATE_NOOP("Errors", "invoice list"),
    "invoice": QT_TRANSLATE_NOOP("Errors", "invoice"),
    "login": QT_TRANSLATE_NOOP("Errors", "login"),
    "token": QT_TRANSLATE_NOOP("Errors", "token"),
    "token error": QT_TRANSLATE_NOOP("Errors", "token error"),
}


#: the parts of an answer the parsers expect, as they name them
_THINGS = {
    "lines": QT_TRANSLATE_NOOP("Errors", "lines"),
    "invoice": QT_TRANSLATE_NOOP("Errors", "invoice"),
    "invoices": QT_TRANSLATE_NOOP("Errors", "invoices"),
    "reminders": QT_TRANSLATE_NOOP("Errors", "reminders"),
    "an invoice": QT_TRANSLATE_NOOP("Errors", "an invoice"),
    "a SendRegning invoice": QT_TRANSLATE_NOOP("Errors", "a SendRegning invoice"),
    "the invoice items": QT_TRANSLATE_NOOP("Errors", "the invoice items"),
    "an invoice item": QT_TRANSLATE_NOOP("Errors", "an invoice item"),
    "an invoice in the list": QT_TRANSLATE_NOOP("Errors", "an invoice in the list"),
    "a reminder in the list": QT_TRANSLATE_NOOP("Errors", "a reminder in the list"),
    "the login answer": QT_TRANSLATE_NOOP("Errors", "the login answer"),
    "the token answer": QT_TRANSLATE_NOOP("Errors", "the token answer"),
}


def _thing_of(what: Place) -> Place:
    """``what`` translatable, its English as it was."""
    if isinstance(what, str):
        return text(_THINGS[what]) if what in _THINGS else subject(what)
    return what


def _answer_of(what: Place) -> Place:
    """``what`` translatable, its English as it was."""
    if isinstance(what, str):
        return text(_ANSWERS[what]) if what in _ANSWERS else subject(what)
    return what


def parse_json(response: Response, what: Place) -> Any:
    """The body as JSON with every non-integer number as Decimal; a clear error otherwise.

    Text is always valid Unicode: a lone surrogate (``"\ud800"``, valid JSON) becomes U+FFFD,
    so one odd character cannot make an answer unstorable."""
    try:
        value = json.loads(response.content, parse_float=Decimal)
    except (ValueError, UnicodeDecodeError, RecursionError):
        size = len(response.content)
        raise ProviderDataError(
            QT_TRANSLATE_NOOP(
                "Errors", "the {what} answer is not valid JSON (HTTP {status_code}, {size} bytes)"
            ),
            hint=QT_TRANSLATE_NOOP(
                "Errors", "The provider may be having problems; try again later."
            ),
            what=_answer_of(what),
            status_code=response.status_code,
            size=size,
        ) from None
    if _SURROGATE_BYTES.search(response.content):
        try:
            value = _without_surrogates(value)
        except RecursionError:  # pragma: no cover - iterative; a last guard all the same
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "the {what} answer is nested too deeply to read"),
                hint=QT_TRANSLATE_NOOP("Errors", "Try again later."),
                what=_answer_of(what),
            ) from None
    return value


def expect_object(value: Any, what: Place) -> JsonObject:
    if not isinstance(value, dict):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "expected an object for {what}, got {type}"),
            what=_thing_of(what),
            type=type(value).__name__,
        )
    return value


def expect_list(value: Any, what: Place) -> list[Any]:
    if not isinstance(value, list):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "expected a list for {what}, got {type}"),
            what=_thing_of(what),
            type=type(value).__name__,
        )
    return value


def opt_decimal(obj: Mapping[str, Any], key: str, what: Place = "") -> Decimal | None:
    value = obj.get(key)
    if value is None:
        return None
    try:
        return to_decimal(value)
    except AmountError as exc:
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{value}: {exc}"), value=what or key, exc=exc.text
        ) from None


def opt_str(obj: Mapping[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return text if text != "" else None


def opt_date(obj: Mapping[str, Any], key: str, what: Place = "") -> dt.date | None:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{value}: expected a date, got {type}"),
            value=what or key,
            type=type(value).__name__,
        )
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ProviderDataError(
            QT_TRANSLATE_NOOP("Errors", "{value}: not a date: {value2!r}"),
            value=what or key,
            value2=value[:30],
        ) from None


def error_text(response: Response) -> str | None:
    """The provider's own error text, if the body carries one (JSON or short plain text)."""
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        text = response.content.decode("utf-8", "replace").strip()
        return text[:200] if text and "<" not in text[:1] else None
    if isinstance(body, dict):
        for key in ("errorMessage", "error_description", "message", "Message", "error", "code"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value[:200]
    return None


@dataclass
class LoginContext:
    """What an interactive login (ConnectID's browser flow) gets from the CLI or the GUI."""

    account: str
    base_url: str
    options: Mapping[str, str]
    #: secrets stored so far (e.g. a client secret); the login returns the full new set
    secrets: Mapping[str, str]
    http: HttpSession
    #: open the system browser at the URL (``--no-browser`` prints it on stderr instead)
    open_url: Callable[[str], None]
    cancel: CancelToken
    timeout: float = 300.0
    clock: Callable[[], float] = time.time
