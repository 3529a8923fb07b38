"""A real HTTP server on 127.0.0.1 for one fake provider, with fault injection.

Subclasses implement :meth:`SandboxServer.handle`. The base does the socket work, keep-alive,
optional added latency (benchmarks), request statistics and the fault knobs every sandbox shares:
429 with Retry-After, 500/502/503, connection reset, a response slower than the client's timeout,
malformed JSON and a truncated body. With an ``ssl_context`` the server speaks HTTPS (tests make
the certificate with a throw-away CA; the client must be told to trust it).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

log = logging.getLogger(__name__)

FAULT_KINDS = ("429", "500", "502", "503", "reset", "slow", "malformed", "truncated")


def dumps(obj: Any) -> bytes:
    """JSON with Decimals written as numbers exactly as they are (no float round trip)."""
    return _encode(obj).encode("utf-8")


def _encode(obj: Any) -> str:
    if isinstance(obj, Decimal):
        text = format(obj, "f")
        return text
    if isinstance(obj, dict):
        return "{" + ",".join(f"{json.dumps(str(k))}:{_encode(v)}" for k, v in obj.items()) + "}"
    if isinstance(obj, (list, tuple)):
        return "[" + ",".join(_encode(v) for v in obj) + "]"
    if isinstance(obj, float):
        raise TypeError("sandboxes emit Decimal, never float")
    return json.dumps(obj, ensure_ascii=False)


@dataclass
class SandboxRequest:
    method: str
    raw_path: str  # path plus query exactly as received
    path: str
    query: dict[str, list[str]]
    headers: Message
    body: bytes
    host: str

    def q(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


@dataclass
class SandboxResponse:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(
        cls, obj: Any, status: int = 200, headers: Mapping[str, str] | None = None
    ) -> SandboxResponse:
        return cls(
            status,
            dumps(obj),
            {"Content-Type": "application/json; charset=utf-8", **(headers or {})},
        )

    @classmethod
    def empty(cls, status: int, headers: Mapping[str, str] | None = None) -> SandboxResponse:
        return cls(status, b"", dict(headers or {}))


@dataclass
class Fault:
    kind: str
    remaining: int = 1
    path_contains: str | None = None
    retry_after: int = 1
    delay: float = 5.0
    #: let this many matching requests through untouched first (a fault mid-sync)
    after: int = 0


class Faults:
    """Queue of faults; each matching request consumes one. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        #: (kind, path) of every fault served, in order: tests check a fault really happened
        self.delivered: list[tuple[str, str]] = []

    def add(
        self,
        kind: str,
        count: int = 1,
        *,
        path_contains: str | None = None,
        retry_after: int = 1,
        delay: float = 5.0,
        after: int = 0,
    ) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; one of {', '.join(FAULT_KINDS)}")
        with self._lock:
            self._faults.append(Fault(kind, count, path_contains, retry_after, delay, after))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending(self) -> int:
        """How many faults are still to be served."""
        with self._lock:
            return sum(f.remaining for f in self._faults)

    def take(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.remaining > 0 and (
                    fault.path_contains is None or fault.path_contains in path
                ):
                    if fault.after > 0:
                        fault.after -= 1
                        continue
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    self.delivered.append((fault.kind, path))
                    return fault
        return None


@dataclass
class Stats:
    requests: int = 0
    bytes_sent: int = 0
    by_path: dict[str, int] = field(default_factory=dict)


class SandboxServer:
    """Base class; ``clock`` (epoch seconds) and ``today`` are injectable for tests."""

    name = "sandbox"

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
        today: Callable[[], dt.date] | None = None,
        latency: float = 0.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.host = host
        self.port = port
        #: server-side TLS context (certificate loaded): the sandbox then serves HTTPS
        self.ssl_context = ssl_context
        self.clock = clock
        self.today = today or (lambda: dt.datetime.fromtimestamp(self.clock()).date())
        self.latency = latency
        self.faults = Faults()
        self.stats = Stats()
        self._stats_lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- to implement ---------------------------------------------------------------------------
    def handle(self, request: SandboxRequest) -> SandboxResponse:
        raise NotImplementedError

    # -- lifecycle ------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("sandbox not started")
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://{self.host}:{self._server.server_address[1]}"

    def start(self) -> SandboxServer:
        handler = _make_handler(self)
        self._server = _QuietServer((self.host, self.port), handler)
        self._server.ssl_context = self.ssl_context
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"sandbox-{self.name}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _record(self, path: str, sent: int) -> None:
        with self._stats_lock:
            self.stats.requests += 1
            self.stats.bytes_sent += sent
            key = path.split("?")[0]
            self.stats.by_path[key] = self.stats.by_path.get(key, 0) + 1


class _QuietServer(ThreadingHTTPServer):
    ssl_context: ssl.SSLContext | None = None

    def finish_request(self, request: Any, client_address: Any) -> None:
        if self.ssl_context is None:
            super().finish_request(request, client_address)
            return
        # The TLS handshake runs here, in the connection's own thread, so a client that stalls
        # or refuses the certificate never blocks the accept loop.
        request.settimeout(10)
        try:
            tls = self.ssl_context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            log.debug("sandbox TLS handshake with %s failed: %s", client_address, exc)
            return
        tls.settimeout(None)
        try:
            super().finish_request(tls, client_address)
        finally:
            tls.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout, cancel) is normal for a test server: no traceback.
        log.debug("sandbox client %s went away", client_address)


def _make_handler(sandbox: SandboxServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body are two writes: without this, small answers stall ~40 ms on
        # the client's delayed ACK
        disable_nagle_algorithm = True
        server_version = f"invoicedesk-sandbox-{sandbox.name}"

        def log_message(self, format: str, *args: Any) -> None:
            # Requests may carry tokens in the query: keep the path only, at DEBUG.
            log.debug("%s %s", sandbox.name, self.path.split("?")[0])

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            request = SandboxRequest(
                method=self.command,
                raw_path=self.path,
                path=parts.path,
                query=parse_qs(parts.query, keep_blank_values=True),
                headers=self.headers,
                body=body,
                host=self.headers.get("Host", f"{sandbox.host}:{sandbox.port}"),
            )
            if sandbox.latency:
                time.sleep(sandbox.latency)
            fault = sandbox.faults.take(parts.path)
            if fault is not None and fault.kind == "reset":
                self._reset()
                return
            if fault is not None and fault.kind == "slow":
                time.sleep(fault.delay)
            if fault is not None and fault.kind in ("429", "500", "502", "503"):
                status = int(fault.kind)
                headers = {"Retry-After": str(fault.retry_after)} if status in (429, 503) else {}
                response = SandboxResponse.json(
                    {"error": "fault", "message": f"injected {status}"}, status, headers
                )
            else:
                try:
                    response = sandbox.handle(request)
                except Exception:
                    log.exception("sandbox %s failed on %s", sandbox.name, parts.path)
                    response = SandboxResponse.json(
                        {"error": "internal_error", "message": "sandbox error"}, 500
                    )
            payload = response.body
            if fault is not None and fault.kind == "malformed":
                payload = b'{"invoices": [ {"broken": tru' + b"e, ]"
            if fault is None or fault.kind != "truncated":
                # counted before the answer leaves: a client that has it sees it counted
                sandbox._record(parts.path, len(payload))
            self.send_response(response.status)
            for key, value in response.headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if fault is not None and fault.kind == "truncated":
                self.wfile.write(payload[: max(1, len(payload) // 2)])
                self.wfile.flush()
                self._reset()
                return
            if self.command != "HEAD":
                self.wfile.write(payload)

        def _reset(self) -> None:
            # SO_LINGER 0 makes close() send RST: the client sees "connection reset".
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()

        do_GET = _serve
        do_POST = _serve
        do_DELETE = _serve
        do_PUT = _serve
        do_HEAD = _serve

    return Handler
