"""The loopback redirect listener against stray and hostile requests, over real sockets: only a
GET for the exact redirect path, with the loopback Host it listens on and this login's state,
finishes the login, and only once."""

from __future__ import annotations

import socket
import threading

import pytest

from invoicedesk.providers.oauth_loopback import LoopbackListener


def raw_get(port: int, target: str, host: str) -> int:
    """Send one GET with exactly this request target and Host header; the status code."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1])


@pytest.fixture
def listener():
    with LoopbackListener("the-state") as it:
        it.start()
        yield it


def test_a_callback_with_a_foreign_host_header_is_refused_and_the_login_goes_on(listener):
    ok = f"/callback?code=c&state={listener.expected_state}"
    for host in (f"evil.example:{listener.port}", "127.0.0.1", f"localhost:{listener.port}"):
        assert raw_get(listener.port, ok, host) == 421
    assert not listener.finished
    assert raw_get(listener.port, ok, f"127.0.0.1:{listener.port}") == 200
    assert listener.wait(5) == "c"


def test_stray_requests_with_a_wrong_state_do_not_end_the_real_login(listener):
    for target in (
        "/callback?code=junk&state=wrong",
        "/callback?code=junk",
        "/callback?error=access_denied&state=wrong",
        "/callback/x?code=c&state=the-state",
        "//evil/callback?code=c&state=the-state",
    ):
        assert raw_get(listener.port, target, f"127.0.0.1:{listener.port}") in (400, 404)
        assert not listener.finished
    assert (
        raw_get(listener.port, "/callback?code=real&state=the-state", f"127.0.0.1:{listener.port}")
        == 200
    )
    assert listener.wait(5) == "real"


def test_the_login_finishes_once(listener):
    codes: list[int] = []
    done = threading.Event()

    def second() -> None:
        listener.wait(5)
        try:
            codes.append(
                raw_get(
                    listener.port,
                    "/callback?code=two&state=the-state",
                    f"127.0.0.1:{listener.port}",
                )
            )
        except OSError:
            codes.append(0)  # the listener is closed: also fine
        done.set()

    threading.Thread(target=second, daemon=True).start()
    assert (
        raw_get(listener.port, "/callback?code=one&state=the-state", f"127.0.0.1:{listener.port}")
        == 200
    )
    assert done.wait(10)
    assert codes[0] in (0, 404)
    assert listener.wait(1) == "one"
