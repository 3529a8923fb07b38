"""The one module that imports httpx: one policy for timeouts, retries, user agent and logging.

Every provider client talks through an :class:`HttpSession` (one per account, shared by the
account's worker threads; ``httpx.Client`` is thread-safe). Retries happen here and nowhere else:
429/502/503/504 and transient transport errors are retried with exponential back-off, honouring
``Retry-After`` up to a bound; the cancel token is checked before every attempt and while waiting.

TLS is always verified: against the operating system's trust store, or, when the account names a
``ca_file``, against that private CA. A certificate that fails the check is not retried: it is a
:class:`SecurityError` that says what is wrong with the certificate.
"""

from __future__ import annotations

import email.utils
import functools
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from invoicedesk import __version__
from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, text
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.deadline import DeadlineBackend, DeadlinePassed
from invoicedesk.providers.errors import (
    NetworkError,
    ProviderDataError,
    RateLimited,
    SecurityError,
)
from invoicedesk.providers.http_errors import answer_lost, size_text, stayed_busy_or_unavailable
from invoicedesk.providers.redact import REDACTOR, Redactor, redact_url
from invoicedesk.providers.tls import (
    certificate_problem,
    describe_certificate_problem,
    system_tls,
    tls_context,
)
from invoicedesk.providers.tls import default_tls_context as default_tls_context

# Re-exported so provider modules never import httpx themselves.
Auth = httpx.Auth
BasicAuth = httpx.BasicAuth
Request = httpx.Request
Response = httpx.Response
BaseTransport = httpx.BaseTransport
MockTransport = httpx.MockTransport
URL = httpx.URL

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True)
class HttpPolicy:
    timeout: float = 30.0
    connect_timeout: float = 10.0
    retries: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    #: a Retry-After longer than this is not waited for: the sync stops with a clear message
    retry_after_max: float = 60.0
    user_agent: str = f"invoicedesk/{__version__} (+desktop invoice viewer)"
    max_connections: int = 8
    #: the largest answer read (bytes); the largest real ones are a few MB
    max_bytes: int = 64 * 1024 * 1024
    #: seconds one attempt may take from connecting to the last byte of the answer (status
    #: line, headers and body), however steadily a slow server drips it (``timeout`` bounds only
    #: each wait for the next bytes); kept at the socket by :mod:`~.deadline`
    deadline: float = 120.0


@dataclass
class TrafficCounter:
    """Bytes and requests seen by one session (for progress, benchmarks and the audit)."""

    requests: int = 0
    bytes_received: int = 0
    retries: int = 0
    by_status: dict[int, int] = field(default_factory=dict)


class HttpSession:
    def __init__(
        self,
        base_url: str,
        *,
        policy: HttpPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        verify: bool | str = True,
        headers: Mapping[str, str] | None = None,
        secrets: list[str] | None = None,
        redactor: Redactor = REDACTOR,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.policy = policy or HttpPolicy()
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.redactor = redactor
        self.redactor.add(secrets or [])
        self.traffic = TrafficCounter()
        self._sleep = sleep
        limits = httpx.Limits(
            max_connections=self.policy.max_connections,
            max_keepalive_connections=self.policy.max_connections,
        )
        self._client = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(self.policy.timeout, connect=self.policy.connect_timeout),
            headers={"User-Agent": self.policy.user_agent, **(headers or {})},
            transport=transport,
            verify=tls_context(verify) if isinstance(verify, str) else system_tls(verify),
            limits=limits,
            follow_redirects=False,
            event_hooks={"response": [self._bound_answer]},
        )
        self._attempt = threading.local()
        self._keep_deadlines()

    def _keep_deadlines(self) -> None:
        """Every connection pool of the client (direct and each proxy's) waits on the network
        through a :class:`DeadlineBackend` bounded by the calling thread's attempt deadline.
        httpx offers no parameter for the pool's network backend, so it is set on the pools it
        made; a given transport (MockTransport in tests) has no network and is left alone."""

        def deadline() -> float | None:
            return getattr(self._attempt, "deadline", None)

        transports = [self._client._transport, *self._client._mounts.values()]
        for transport in transports:
            if isinstance(transport, httpx.HTTPTransport):
                pool = transport._pool
                pool._network_backend = DeadlineBackend(pool._network_backend, deadline)

    def _bound_answer(self, response: httpx.Response) -> None:
        """Called with each answer before its body is read (by the caller or an auth flow):
        the body is read through a stream that stops at the byte limit (the deadline is kept
        at the socket, see :meth:`_keep_deadlines`)."""
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.policy.max_bytes:
            raise _TooLarge(int(length))
        response.stream = _BoundedStream(response.stream, self.policy.max_bytes)

    def add_secrets(self, *secrets: str | None) -> None:
        self.redactor.add(secrets)

    def url(self, path: str) -> str:
        """Resolve ``path`` (relative or absolute) against the base URL. A provider's path that
        is no URL at all (control characters, a broken port, far too long) is a
        :class:`ProviderDataError`."""
        plain = _plain_path(path, self._origin)
        if plain is not None:
            return self._origin + plain
        try:
            return str(self._client.base_url.join(path))
        except httpx.InvalidURL as exc:
            raise ProviderDataError(
                QT_TRANSLATE_NOOP("Errors", "the provider sent an invalid link ({exc})"),
                exc=str(exc),
            ) from None

    @functools.cached_property
    def _origin(self) -> str:
        """The base URL's scheme, host and port as httpx writes them, without a path."""
        return str(self._client.base_url.join("/")).removesuffix("/")

    def same_origin(self, url: str) -> bool:
        """True when ``url`` (absolute, as :meth:`url` gives it) is on the account's own origin:
        the same scheme, host and port as the base URL. Credentials go nowhere else."""
        base, other = self._client.base_url, httpx.URL(url)
        return (base.scheme, base.host, base.port) == (other.scheme, other.host, other.port)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        auth: httpx.Auth | None = None,
        cancel: CancelToken | None = None,
        retry: bool = True,
        idempotent: bool | None = None,
    ) -> httpx.Response:
        """Send with the policy's retries. Returns the final response whatever its status (the
        provider maps statuses to its own errors); raises :class:`NetworkError` or
        :class:`RateLimited` when retries run out, :class:`Cancelled` when cancelled.

        A request that is not ``idempotent`` (by default: a POST) is sent again only when it
        certainly never reached the server (the connection could not be made): a token grant
        whose answer was lost may have been carried out, and with rotating refresh tokens a
        second one would be refused."""
        attempts = 1 + (self.policy.retries if retry else 0)
        if idempotent is None:
            idempotent = method.upper() in _IDEMPOTENT
        shown = redact_url(str(self._client.base_url.join(url)))
        last_problem = text("")
        for attempt in range(1, attempts + 1):
            if cancel is not None:
                cancel.raise_if_cancelled()
            started = time.monotonic()
            self._attempt.deadline = started + self.policy.deadline
            try:
                response = self._client.request(
                    method,
                    url,
                    params=params,
                    headers=headers,
                    content=content,
                    auth=auth if auth is not None else httpx.USE_CLIENT_DEFAULT,
                )
            except _TooLarge as exc:
                raise ProviderDataError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "the answer from {host} is larger than {size} ({announced} announced), "
                        "so it was not read",
                    )
                    if exc.size
                    else QT_TRANSLATE_NOOP(
                        "Errors", "the answer from {host} is larger than {size}, so it was not read"
                    ),
                    hint=QT_TRANSLATE_NOOP(
                        "Errors", "The provider may be having problems; try again later."
                    ),
                    host=_host(shown),
                    size=size_text(self.policy.max_bytes),
                    announced=size_text(exc.size or 0),
                ) from None
            except DeadlinePassed:
                raise NetworkError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{host} took more than {deadline:g} s to send its answer, so it was "
                        "given up",
                    ),
                    hint=QT_TRANSLATE_NOOP(
                        "Errors",
                        "Check the internet connection; if it is fine, the provider is having "
                        "problems: try again later.",
                    ),
                    host=_host(shown),
                    deadline=self.policy.deadline,
                ) from None
            except httpx.TimeoutException as exc:
                last_problem = text(
                    QT_TRANSLATE_NOOP("Errors", "no answer within {timeout:g} s"),
                    timeout=self.policy.timeout,
                )
                if not idempotent and not isinstance(exc, httpx.ConnectTimeout):
                    raise answer_lost(method, _host(shown), last_problem) from None
                self._wait_before_retry(
                    attempt, attempts, method, shown, str(last_problem), None, cancel
                )
                continue
            except httpx.TransportError as exc:
                problem = certificate_problem(exc)
                if problem is not None:
                    # Retrying cannot fix a certificate; say what is wrong with it at once.
                    what, hint = describe_certificate_problem(problem)
                    raise SecurityError(
                        QT_TRANSLATE_NOOP("Errors", "could not connect securely to {host}: {what}"),
                        hint=hint,
                        host=_host(shown),
                        what=what,
                    ) from None
                last_problem = _describe_transport_error(exc)
                if not idempotent and not isinstance(exc, httpx.ConnectError):
                    raise answer_lost(method, _host(shown), last_problem) from None
                self._wait_before_retry(
                    attempt, attempts, method, shown, str(last_problem), None, cancel
                )
                continue
            finally:
                self._attempt.deadline = None
            elapsed = time.monotonic() - started
            self.traffic.requests += 1
            self.traffic.bytes_received += len(response.content)
            self.traffic.by_status[response.status_code] = (
                self.traffic.by_status.get(response.status_code, 0) + 1
            )
            log.debug("%s %s -> %s in %.0f ms", method, shown, response.status_code, elapsed * 1000)
            if response.status_code in RETRY_STATUSES and attempt < attempts and idempotent:
                wait = _retry_after(response)
                if wait is not None and wait > self.policy.retry_after_max:
                    raise RateLimited(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the provider asks us to wait {wait:.0f} s before trying again",
                        ),
                        status=response.status_code,
                        hint=QT_TRANSLATE_NOOP("Errors", "Try the sync again later."),
                        wait=wait,
                    )
                self._wait_before_retry(
                    attempt, attempts, method, shown, f"HTTP {response.status_code}", wait, cancel
                )
                continue
            if response.status_code in RETRY_STATUSES:
                raise RateLimited(
                    stayed_busy_or_unavailable(response.status_code == 429, attempt),
                    status=response.status_code,
                    hint=QT_TRANSLATE_NOOP("Errors", "Try the sync again in a few minutes."),
                )
            return response
        raise NetworkError(
            QT_TRANSLATE_NOOP(
                "Errors", "could not reach {host} after {attempts} attempts: {last_problem}"
            ),
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Check the internet connection and the account's base URL, then sync again.",
            ),
            host=_host(shown),
            attempts=attempts,
            last_problem=last_problem,
        )

    def _wait_before_retry(
        self,
        attempt: int,
        attempts: int,
        method: str,
        shown: str,
        problem: str,
        retry_after: float | None,
        cancel: CancelToken | None,
    ) -> None:
        if attempt >= attempts:
            return
        self.traffic.retries += 1
        delay = retry_after
        if delay is None:
            delay = min(self.policy.backoff_max, self.policy.backoff_base * 2 ** (attempt - 1))
            delay *= 0.75 + random.random() / 2  # jitter keeps parallel workers apart
        log.info("%s %s: %s; retry %d in %.2f s", method, shown, problem, attempt, delay)
        if self._sleep is not None:
            self._sleep(delay)
        elif cancel is not None:
            cancel.sleep(delay)
        else:
            time.sleep(delay)


class _TooLarge(Exception):
    def __init__(self, size: int = 0) -> None:
        super().__init__(f"answer larger than allowed ({size} bytes announced)")
        self.size = size


class _BoundedStream(httpx.SyncByteStream):
    """A response body stream that raises once more than ``limit`` bytes arrived."""

    def __init__(self, inner: Any, limit: int) -> None:
        self._inner = inner
        self._limit = limit

    def __iter__(self) -> Iterator[bytes]:
        received = 0
        for chunk in self._inner:
            received += len(chunk)
            if received > self._limit:
                raise _TooLarge()
            yield chunk

    def close(self) -> None:
        self._inner.close()


_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)  # ok: not money (seconds)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _describe_transport_error(exc: httpx.TransportError) -> Text:
    problem = certificate_problem(exc)
    if problem is not None:
        return describe_certificate_problem(problem)[0]
    if isinstance(exc, httpx.ConnectError) and "SSL" in str(exc):
        return text(
            QT_TRANSLATE_NOOP(
                "Errors", "the secure (TLS) connection could not be set up ({detail})"
            ),
            detail=str(exc)[:120],
        )
    if isinstance(exc, httpx.ConnectError):
        return text(QT_TRANSLATE_NOOP("Errors", "connection refused or host not found"))
    if isinstance(exc, httpx.RemoteProtocolError):
        return text(QT_TRANSLATE_NOOP("Errors", "the connection broke off mid-answer"))
    if isinstance(exc, httpx.ReadError):
        return text(QT_TRANSLATE_NOOP("Errors", "the connection was reset"))
    return text(type(exc).__name__)


def _host(url: str) -> str:
    return httpx.URL(url).host or url


#: an absolute path that URL resolution leaves as it is: no dot segments, no "//", no query,
#: nothing to escape or normalise
_PLAIN_PATH = re.compile(r"(?:/[A-Za-z0-9_~-][A-Za-z0-9_.~-]*)+/?")


def _plain_path(path: str, origin: str) -> str | None:
    """The path of ``path`` when resolving it against a base URL of ``origin`` is only joining
    text (the most common link: ``/invoices/123/pdf`` or the same on the account's own origin);
    None when it needs httpx's full resolution. Per invoice, that resolution costs more than
    parsing the invoice."""
    if path.startswith(origin):
        path = path[len(origin) :]
    if len(path) > 2000 or not _PLAIN_PATH.fullmatch(path):
        return None
    return path


def base_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an account's base URL, or None when it can (checked when the
    account is added, so a sync never meets an unusable URL)."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return "the base URL contains spaces or control characters"
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        return f"the base URL is not a valid web address ({exc})"
    if parsed.scheme not in ("http", "https"):
        return "the base URL must start with http:// or https://"
    if not parsed.host:
        return "the base URL names no host"
    if parsed.port is not None and not 0 < parsed.port < 65536:
        return f"the base URL's port {parsed.port} is not between 1 and 65535"
    if parsed.userinfo:
        return "the base URL must not hold a user name or password (secrets go to the keyring)"
    return None


def is_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("Content-Type", "")
