"""The overall deadline also covers connecting and the answer's status line and headers, over real
sockets: a server that drips its headers one byte at a time (each byte well inside the per-read
timeout), or goes silent mid-head, or never finishes the TLS handshake, is given up at the
deadline with the same clear message as a dripped body, not retried; on a new connection, on a
kept-alive one and through a proxy."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from invoicedesk.providers.errors import NetworkError
from invoicedesk.providers.http import HttpPolicy, HttpSession

from .hostile import RawServer

DEADLINE = 1.0
#: how late past the deadline the request may end (scheduling on a loaded test machine)
MARGIN = 1.0
#: a per-read timeout far above the deadline: only the deadline can end these requests early
POLICY = HttpPolicy(retries=3, backoff_base=0.001, backoff_max=0.01, timeout=5, deadline=DEADLINE)
HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n[]"


def _drip(conn: socket.socket, stop: threading.Event, data: bytes = HEAD) -> None:
    """``data`` one byte every 0.2 s: about 13 s for HEAD, so a client without an overall
    deadline gets a complete (late) answer instead of hanging the test."""
    for byte in data:
        if stop.wait(0.2):
            return
        conn.sendall(bytes([byte]))


def _given_up(http: HttpSession, url: str = "invoices") -> tuple[str, float]:
    started = time.monotonic()
    with pytest.raises(NetworkError) as err:
        http.request("GET", url)
    return str(err.value), time.monotonic() - started


def _assert_deadline_message(message: str, elapsed: float, host: str = "127.0.0.1") -> None:
    assert f"{host} took more than 1 s to send its answer" in message
    assert "Traceback" not in message and "internal" not in message.lower()
    assert DEADLINE - 0.05 <= elapsed < DEADLINE + MARGIN, f"ended after {elapsed:.2f} s"


def test_headers_dripped_slower_than_the_deadline_are_given_up():
    with RawServer(_drip) as server, HttpSession(server.base_url, policy=POLICY) as http:
        message, elapsed = _given_up(http)
        _assert_deadline_message(message, elapsed)
        assert server.served == 1  # not retried


def test_a_server_silent_mid_head_is_given_up_at_the_deadline_not_the_read_timeout():
    def silent(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        stop.wait(10)

    with RawServer(silent) as server, HttpSession(server.base_url, policy=POLICY) as http:
        message, elapsed = _given_up(http)
        _assert_deadline_message(message, elapsed)
        assert server.served == 1


def test_a_kept_alive_connection_is_bounded_too():
    """The first answer is prompt and keeps the connection open; the second request goes over the
    same connection, and its headers are dripped."""
    second_on_same_connection = threading.Event()

    def prompt_then_drip(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(HEAD)
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = conn.recv(65536)
            if not chunk:
                return
            head += chunk
        second_on_same_connection.set()
        _drip(conn, stop)

    with RawServer(prompt_then_drip) as server, HttpSession(server.base_url, policy=POLICY) as http:
        assert http.request("GET", "first").json() == []
        message, elapsed = _given_up(http, "second")
        assert second_on_same_connection.is_set(), "the second request used a new connection"
        _assert_deadline_message(message, elapsed)
        assert server.served == 1  # one connection: neither a second one nor a retry
        # the given-up connection was dropped: the next request gets a new one (answered
        # promptly) and a deadline of its own
        assert http.request("GET", "third").json() == []
        assert server.served == 2


def test_a_tls_handshake_that_never_finishes_is_given_up_at_the_deadline():
    """The server accepts the connection and never answers the TLS ClientHello; the connect
    timeout (10 s) is far above the deadline."""
    with RawServer(_drip) as server:
        url = server.base_url.replace("http://", "https://")
        with HttpSession(url, policy=POLICY) as http:
            message, elapsed = _given_up(http)
    _assert_deadline_message(message, elapsed)


def test_headers_dripped_by_a_proxy_are_given_up(monkeypatch):
    """An HTTP proxy from the environment (as a company network sets it): the request goes to the
    proxy, which drips the answer."""
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    requested: list[bytes] = []

    def proxy(conn: socket.socket, stop: threading.Event) -> None:
        requested.append(b"")
        _drip(conn, stop)

    with RawServer(proxy) as server:
        monkeypatch.setenv("HTTP_PROXY", server.base_url)
        with HttpSession("http://invoices.example/api/", policy=POLICY) as http:
            message, elapsed = _given_up(http)
        assert requested, "the request did not go through the proxy"
    _assert_deadline_message(message, elapsed, host="invoices.example")


def test_a_prompt_answer_is_unaffected_and_starts_no_threads():
    def prompt(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(HEAD)
        head = b""
        while not stop.is_set():  # keep-alive: answer every request on this connection
            chunk = conn.recv(65536)
            if not chunk:
                return
            head += chunk
            while b"\r\n\r\n" in head:
                head = head.split(b"\r\n\r\n", 1)[1]
                conn.sendall(HEAD)

    with RawServer(prompt) as server, HttpSession(server.base_url, policy=POLICY) as http:
        assert http.request("GET", "x").json() == []
        before = set(threading.enumerate())  # the server's thread for the connection included
        for _ in range(19):
            assert http.request("GET", "x").json() == []
        assert set(threading.enumerate()) - before == set()
        assert server.served == 1  # one kept-alive connection for all 20
