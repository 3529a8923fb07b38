"""A POST whose answer was lost is not sent again (the server may have carried it out: a
rotating refresh token would be spent); one that never reached the server is. Real sockets."""

from __future__ import annotations

import socket

import pytest

from invoicedesk.providers.errors import NetworkError
from invoicedesk.providers.http import HttpPolicy, HttpSession
from invoicedesk.providers.oauth import TokenEndpoint
from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer

FAST = HttpPolicy(retries=3, backoff_base=0.001, backoff_max=0.01, timeout=0.5)


class _TokenServer(SandboxServer):
    name = "token"

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        return SandboxResponse.json(
            {"access_token": "a", "token_type": "Bearer", "refresh_token": "r2", "expires_in": 60}
        )


@pytest.fixture
def server():
    with _TokenServer() as s:
        yield s


def endpoint(server: SandboxServer) -> TokenEndpoint:
    http = HttpSession(server.base_url, policy=FAST)
    return TokenEndpoint(http=http, url=f"{server.base_url}/token", client_id="c", client_secret="")


@pytest.mark.parametrize("fault", ["reset", "truncated", "slow"])
def test_a_refresh_whose_answer_was_lost_is_not_sent_again(server, fault):
    server.faults.add(fault, delay=1.0)
    with pytest.raises(NetworkError, match="was not sent again") as err:
        endpoint(server).request({"grant_type": "refresh_token", "refresh_token": "r1"}, now=0)
    assert [kind for kind, _ in server.faults.delivered] == [fault]
    assert server.stats.requests == 0  # nothing answered after the lost one: sent once
    assert "r1" not in str(err.value)


def test_a_post_that_never_reached_the_server_is_retried():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: connection refused
        http = HttpSession(f"http://127.0.0.1:{port}", policy=FAST)
        with pytest.raises(NetworkError, match="after 4 attempts"):
            http.request("POST", "token", content=b"grant_type=x")
        assert http.traffic.retries == 3


def test_gets_are_still_retried_after_a_lost_answer(server):
    server.faults.add("reset")
    http = HttpSession(server.base_url, policy=FAST)
    assert http.request("GET", "anything").status_code == 200
    assert http.traffic.retries == 1
