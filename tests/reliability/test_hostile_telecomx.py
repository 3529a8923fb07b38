"""Telecom X against hostile and awkward servers, over real sockets: paging that ignores
``offset`` ends at once with a clear error, a total of 10**9 is no licence for endless requests,
and a login token that is used up after a few requests is renewed rather than taken for bad
credentials."""

from __future__ import annotations

import dataclasses
import json
import threading
from pathlib import Path

import pytest

from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse
from invoicedesk.sandbox.telecomx import TelecomXSandbox

from .world import open_world


class _IgnoresOffset(TelecomXSandbox):
    """Always the first page, whatever ``offset`` says; ``total`` as given (None: left out)."""

    def __init__(self, total: int | None, **knobs: object) -> None:
        super().__init__(size=60, max_page=20, **knobs)  # type: ignore[arg-type]
        self.fake_total = total

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        if request.path.rstrip("/") != "/invoice":
            return super().handle(request)
        query = {k: v for k, v in request.query.items() if k != "offset"}
        response = super().handle(dataclasses.replace(request, query=query))
        if response.status == 200:
            body = json.loads(response.body)
            if self.fake_total is None:
                body.pop("total", None)
            else:
                body["total"] = self.fake_total
            response.body = json.dumps(body).encode()
        return response


def _list_requests(server: TelecomXSandbox) -> int:
    return server.stats.by_path.get("/invoice", 0)


@pytest.mark.parametrize("total", [None, 10**9])
def test_paging_that_ignores_offset_ends_with_a_clear_error(tmp_path: Path, total: int | None):
    with _IgnoresOffset(total) as server:
        w = open_world(tmp_path, "telecomx", server)
        try:
            result = w.sync()  # before the fix: never ended
            assert result.state == "error", result.message
            assert "already sent" in result.message
            assert _list_requests(server) <= 10
            assert len(w.invoices()) <= 20  # at most the first page; nothing invented
        finally:
            w.close()


def test_an_honest_server_with_a_huge_total_stops_at_the_first_empty_page(tmp_path: Path):
    class _HugeTotal(TelecomXSandbox):
        def handle(self, request: SandboxRequest) -> SandboxResponse:
            response = super().handle(request)
            if request.path.rstrip("/") == "/invoice" and response.status == 200:
                body = json.loads(response.body)
                body["total"] = 10**9
                response.body = json.dumps(body).encode()
            return response

    with _HugeTotal(size=60, max_page=20) as server:
        w = open_world(tmp_path, "telecomx", server)
        try:
            result = w.sync()
            assert len(w.invoices()) == 60
            assert any("1000000000" in warning for warning in result.warnings)
            assert _list_requests(server) <= 10
        finally:
            w.close()


class _FiveUseTokens(TelecomXSandbox):
    """A login token is good for five requests, then answers 401 expired."""

    def __init__(self, **knobs: object) -> None:
        super().__init__(**knobs)  # type: ignore[arg-type]
        self.uses: dict[str, int] = {}
        self._uses_lock = threading.Lock()

    def _session(self, request: SandboxRequest):  # type: ignore[no-untyped-def]
        session, problem = super()._session(request)
        if session is not None and not session.m2m:
            with self._uses_lock:
                used = self.uses[session.token] = self.uses.get(session.token, 0) + 1
            if used > 5:
                return None, SandboxResponse.json(
                    {"error": "expired", "message": "Session has expired, please login"}, 401
                )
        return session, problem


def test_a_token_used_up_by_the_other_workers_is_renewed_not_taken_for_bad_credentials(
    tmp_path: Path,
):
    # 150 invoices in pages of 20: ~160 requests, ~30 logins, four workers at once
    with _FiveUseTokens(size=150, max_page=20) as server:
        w = open_world(tmp_path, "telecomx", server)
        try:
            for _round in range(3):
                result = w.sync()
                assert result.state == "ok", result.message
            assert len(w.invoices()) == 150
            assert server.logins > 20
        finally:
            w.close()


def test_a_fresh_token_refused_at_its_first_request_still_needs_login(tmp_path: Path):
    class _Refuses(TelecomXSandbox):
        def _session(self, request: SandboxRequest):  # type: ignore[no-untyped-def]
            return None, SandboxResponse.json({"error": "invalid_token", "message": "no"}, 401)

    with _Refuses(size=20) as server:
        w = open_world(tmp_path, "telecomx", server)
        try:
            result = w.sync()
            assert result.state == "needs_login"
            assert "refused the new login token as well" in result.message
            assert server.logins == 2  # the first login, and one renewal whose retry is refused
        finally:
            w.close()
