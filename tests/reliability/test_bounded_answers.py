"""Every answer is bounded in size and in time, over real sockets: a body over the byte limit
and a body dripped slower than the overall deadline end in one clear error, not retried."""

from __future__ import annotations

import socket
import threading

import pytest

from invoicedesk.providers.errors import NetworkError, ProviderDataError
from invoicedesk.providers.http import HttpPolicy, HttpSession

from .hostile import RawServer

MB = 2**20
POLICY = HttpPolicy(retries=3, backoff_base=0.001, backoff_max=0.01, timeout=2, max_bytes=MB)


def _endless(conn: socket.socket, stop: threading.Event) -> None:
    """A chunked body with no end (until the test is over): 64 KB at a time."""
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n")  # fmt: skip
    chunk = b"[" + b"1," * 32767 + b"1"
    frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    sent = 0
    while not stop.is_set() and sent < 64 * MB:  # bounded for the test itself
        conn.sendall(frame)
        sent += len(chunk)


def test_a_body_without_end_stops_at_the_byte_limit(tmp_path):
    with RawServer(_endless) as server:
        http = HttpSession(server.base_url, policy=POLICY)
        with pytest.raises(ProviderDataError, match="larger than 1 MB") as err:
            http.request("GET", "invoices")
        assert server.served == 1  # not retried
        assert "Traceback" not in str(err.value)


def test_an_announced_huge_body_is_refused_before_reading():
    def announce(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1073741824\r\n\r\n[1,")
        stop.wait(5)

    with RawServer(announce) as server:
        http = HttpSession(server.base_url, policy=POLICY)
        with pytest.raises(ProviderDataError, match=r"larger than 1 MB \(1024 MB announced\)"):
            http.request("GET", "invoices")


def test_a_body_dripped_slower_than_the_deadline_is_given_up():
    release = threading.Event()

    def drip(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n")
        for _ in range(40):  # one byte every 0.1 s: 4 s in all, each well inside the timeout
            if stop.wait(0.1) or release.is_set():
                return
            conn.sendall(b" ")

    policy = HttpPolicy(retries=3, backoff_base=0.001, timeout=2, deadline=0.5)
    with RawServer(drip) as server:
        http = HttpSession(server.base_url, policy=policy)
        with pytest.raises(NetworkError, match=r"took more than 0\.5 s") as err:
            http.request("GET", "invoices")
        release.set()
        assert server.served == 1
        assert "Traceback" not in str(err.value)


def test_normal_answers_pass(tmp_path):
    def small(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]")

    with RawServer(small) as server:
        http = HttpSession(server.base_url, policy=POLICY)
        assert http.request("GET", "x").json() == []
