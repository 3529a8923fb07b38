"""A raw-socket HTTP server on 127.0.0.1 whose every connection is handled by a test's function:
for answers no well-behaved server gives (a body that never ends, one byte at a time, ...)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable


class RawServer:
    """Calls ``answer(conn)`` in a thread of its own for each connection, after reading the
    request head. ``stop`` (an event) tells a long answer to end; ``served`` counts requests."""

    def __init__(self, answer: Callable[[socket.socket, threading.Event], None]) -> None:
        self._answer = answer
        self.stop = threading.Event()
        self.served = 0
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.1)
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self._thread.join(5)
        self._sock.close()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            head = b""
            try:
                while b"\r\n\r\n" not in head:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    head += chunk
                self.served += 1
                self._answer(conn, self.stop)
            except OSError:
                return  # the client gave up: expected for these tests
