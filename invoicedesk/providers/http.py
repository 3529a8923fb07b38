"""The one module that imports httpx: one policy for timeouts, retries, user agent and logging.

Every provider client talks through an :class:`HttpSession` (one per account, shared by the
account's worker threads; ``httpx.Client`` is thread-safe). Retries happen here and nowhere else:
429/502/503/504 and transient transport errors are retried with exponential back-off, honouring
``Retry-After`` up to a bound; the cancel token is checked before every attempt and while waiting.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from invoicedesk import __version__
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import NetworkError, RateLimited
from invoicedesk.providers.redact import REDACTOR, Redactor, redact_url

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
            verify=verify,
            limits=limits,
            follow_redirects=False,
        )

    def add_secrets(self, *secrets: str | None) -> None:
        self.redactor.add(secrets)

    def url(self, path: str) -> str:
        """Resolve ``path`` (relative or absolute) against the base URL."""
        return str(self._client.base_url.join(path))

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
    ) -> httpx.Response:
        """Send with the policy's retries. Returns the final response whatever its status (the
        provider maps statuses to its own errors); raises :class:`NetworkError` or
        :class:`RateLimited` when retries run out, :class:`Cancelled` when cancelled."""
        attempts = 1 + (self.policy.retries if retry else 0)
        shown = redact_url(str(self._client.base_url.join(url)))
        last_problem = ""
        for attempt in range(1, attempts + 1):
            if cancel is not None:
                cancel.raise_if_cancelled()
            started = time.monotonic()
            try:
                response = self._client.request(
                    method,
                    url,
                    params=params,
                    headers=headers,
                    content=content,
                    auth=auth if auth is not None else httpx.USE_CLIENT_DEFAULT,
                )
            except httpx.TimeoutException:
                last_problem = f"no answer within {self.policy.timeout:g} s"
                self._wait_before_retry(
                    attempt, attempts, method, shown, last_problem, None, cancel
                )
                continue
            except httpx.TransportError as exc:
                last_problem = _describe_transport_error(exc)
                self._wait_before_retry(
                    attempt, attempts, method, shown, last_problem, None, cancel
                )
                continue
            elapsed = time.monotonic() - started
            self.traffic.requests += 1
            self.traffic.bytes_received += len(response.content)
            self.traffic.by_status[response.status_code] = (
                self.traffic.by_status.get(response.status_code, 0) + 1
            )
            log.debug("%s %s -> %s in %.0f ms", method, shown, response.status_code, elapsed * 1000)
            if response.status_code in RETRY_STATUSES and attempt < attempts:
                wait = _retry_after(response)
                if wait is not None and wait > self.policy.retry_after_max:
                    raise RateLimited(
                        f"the provider asks us to wait {wait:.0f} s before trying again",
                        status=response.status_code,
                        hint="Try the sync again later.",
                    )
                self._wait_before_retry(
                    attempt, attempts, method, shown, f"HTTP {response.status_code}", wait, cancel
                )
                continue
            if response.status_code in RETRY_STATUSES:
                kind = "busy (too many requests)" if response.status_code == 429 else "unavailable"
                raise RateLimited(
                    f"the provider stayed {kind} after {attempts} attempts",
                    status=response.status_code,
                    hint="Try the sync again in a few minutes.",
                )
            return response
        raise NetworkError(
            f"could not reach {_host(shown)} after {attempts} attempts: {last_problem}",
            hint="Check the internet connection and the account's base URL, then sync again.",
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


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _describe_transport_error(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.ConnectError):
        return "connection refused or host not found"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the connection broke off mid-answer"
    if isinstance(exc, httpx.ReadError):
        return "the connection was reset"
    return type(exc).__name__


def _host(url: str) -> str:
    return httpx.URL(url).host or url


def is_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("Content-Type", "")
