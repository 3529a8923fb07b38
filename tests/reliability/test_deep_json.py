"""JSON nested as deep as the reader allows, holding a lone surrogate escape, over a real
socket: read, or refused with a clear data error, never a RecursionError."""

from __future__ import annotations

import socket
import threading

import pytest

from invoicedesk.providers.base import parse_json
from invoicedesk.providers.errors import ProviderDataError
from invoicedesk.providers.http import HttpPolicy, HttpSession

from .hostile import RawServer


def _serving(body: bytes):
    def answer(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )

    return RawServer(answer)


@pytest.mark.parametrize("depth", [500, 900])
def test_deeply_nested_json_with_a_lone_surrogate_is_read(depth):
    body = b'{"a":' * depth + b'"x\\ud800y"' + b"}" * depth
    with _serving(body) as server:
        http = HttpSession(server.base_url, policy=HttpPolicy(retries=0))
        value = parse_json(http.request("GET", "x"), "invoice list")
    for _ in range(depth):
        value = value["a"]
    assert value == "x\ufffdy"


def test_json_nested_beyond_the_reader_is_a_clear_data_error():
    body = b"[" * 200_000 + b'"\\udc00"' + b"]" * 200_000
    with _serving(body) as server:
        http = HttpSession(server.base_url, policy=HttpPolicy(retries=0))
        with pytest.raises(ProviderDataError, match="not valid JSON"):
            parse_json(http.request("GET", "x"), "invoice list")
