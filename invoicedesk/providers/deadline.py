"""An attempt's overall deadline, kept at the socket: every blocking network call of an HTTP
attempt (connecting, the TLS handshake, sending, and each read of the status line, headers and
body) waits at most until the deadline, so a server that drips its answer one byte at a time, or
goes silent, is given up when the deadline passes, on a new connection, a kept-alive one or
through a proxy alike.

The per-read ``timeout`` that httpx/httpcore pass on bounds only one wait for the next bytes; this
layer lowers it to the time left. It runs in the thread that makes the request: no timers or
watchdog threads, nothing to cancel afterwards, and a socket is never closed from another thread
(closing does not wake a blocked ``recv`` on Linux, and its file descriptor could be reused under
the blocked call). The cost on the normal path is one clock read per network call.

:func:`HttpSession <invoicedesk.providers.http.HttpSession>` installs a :class:`DeadlineBackend`
as its connection pools' network backend; ``deadline()`` gives the monotonic deadline of the
attempt running in the calling thread, or None outside an attempt.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import httpcore

#: the monotonic time the current thread's attempt must be over by, or None
DeadlineOf = Callable[[], float | None]
_T = TypeVar("_T")


class DeadlinePassed(Exception):
    """The attempt's overall deadline passed while it waited on the network."""


class DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, deadline: DeadlineOf) -> None:
        self._inner = inner
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        limit, by_deadline = _limit(timeout, self._deadline())
        stream = _bounded(
            lambda: self._inner.connect_tcp(host, port, limit, local_address, socket_options),
            by_deadline,
        )
        return DeadlineStream(stream, self._deadline)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        limit, by_deadline = _limit(timeout, self._deadline())
        stream = _bounded(
            lambda: self._inner.connect_unix_socket(path, limit, socket_options), by_deadline
        )
        return DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: DeadlineOf) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        limit, by_deadline = _limit(timeout, self._deadline())
        return _bounded(lambda: self._inner.read(max_bytes, limit), by_deadline)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        limit, by_deadline = _limit(timeout, self._deadline())
        _bounded(lambda: self._inner.write(buffer, limit), by_deadline)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        try:
            limit, by_deadline = _limit(timeout, self._deadline())
        except DeadlinePassed:
            self._inner.close()  # as a failed handshake does: the caller holds no other handle
            raise
        stream = _bounded(
            lambda: self._inner.start_tls(ssl_context, server_hostname, limit), by_deadline
        )
        return DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


def _limit(timeout: float | None, deadline: float | None) -> tuple[float | None, bool]:
    """The timeout for one blocking call, and whether the deadline (not ``timeout``) sets it."""
    if deadline is None:
        return timeout, False
    left = deadline - time.monotonic()
    if left <= 0:
        raise DeadlinePassed()
    if timeout is None or left < timeout:
        return left, True
    return timeout, False


def _bounded(call: Callable[[], _T], by_deadline: bool) -> _T:
    try:
        return call()
    except httpcore.TimeoutException:
        if by_deadline:
            raise DeadlinePassed() from None
        raise
