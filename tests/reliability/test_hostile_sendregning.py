"""SendRegning paging against hostile servers, over real sockets: a next-page link to another
origin is never followed with the account's credentials, and a link that loops never ends in an
endless sync. Either way the sync stops with one clear error and nothing is recorded as gone."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse
from invoicedesk.sandbox.sendregning import SendRegningSandbox

from .world import open_world


class _Recorder(SendRegningSandbox):
    """Another server: records every request's credentials."""

    def __init__(self) -> None:
        super().__init__(size=0)
        self.seen: list[tuple[str | None, str | None]] = []

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        self.seen.append((request.header("Authorization"), request.header("Originator-Id")))
        return SandboxResponse.json([])


class _Hostile(SendRegningSandbox):
    """Page 1 of the invoice list links its "next" page to ``next_to(request)``."""

    def __init__(self, next_to: Any) -> None:
        super().__init__(size=250)
        self.next_to = next_to

    def _page(self, request: SandboxRequest, items: list[dict[str, Any]]) -> SandboxResponse:
        response = super()._page(request, items)
        if request.path.startswith("/invoices/") and request.path != "/invoices/due":
            target = self.next_to(request)
            # a bound for the test itself: an unbounded client stops after 60 pages here
            if target is not None and self.stats.requests < 60:
                response.headers["Link"] = f'<{target}>; rel="next"'
        return response


def test_a_next_link_to_another_origin_is_not_followed_and_the_sync_stops(tmp_path: Path):
    with _Recorder() as other:
        hostile = _Hostile(lambda _r: f"{other.base_url}/invoices/?perPage=100&page=2")
        with hostile:
            w = open_world(tmp_path, "sendregning", hostile)
            try:
                result = w.sync()
                assert result.state == "error"
                assert "another server" in result.message
                assert other.base_url.split("//")[1] in result.message
                assert other.seen == []  # no request at all, so no credentials
                assert "Traceback" not in result.message
            finally:
                w.close()


def test_a_next_link_back_to_a_page_already_read_ends_with_a_clear_error(tmp_path: Path):
    hostile = _Hostile(lambda r: r.raw_path)  # "next" is the page itself
    with hostile:
        w = open_world(tmp_path, "sendregning", hostile)
        try:
            result = w.sync()
            assert result.state == "error"
            assert "page already read" in result.message or "same invoices" in result.message
            assert hostile.stats.requests < 10
        finally:
            w.close()


def test_a_next_link_to_a_new_url_with_the_same_invoices_ends_with_a_clear_error(
    tmp_path: Path,
):
    # the query grows each time, so no URL repeats, but the page holds nothing new
    def again(r: SandboxRequest) -> str:
        return re.sub(r"page=\d+", "page=1", r.raw_path) + "&x=1"

    hostile = _Hostile(again)
    with hostile:
        w = open_world(tmp_path, "sendregning", hostile)
        try:
            result = w.sync()
            assert result.state == "error"
            assert "same invoices again" in result.message
            assert hostile.stats.requests < 10
        finally:
            w.close()


def test_a_foreign_link_on_a_later_full_sync_marks_nothing_as_gone(tmp_path: Path):
    with _Recorder() as other:
        state = {"hostile": False}

        def maybe(r: SandboxRequest) -> str | None:
            if not state["hostile"] or "page=1" not in r.raw_path:
                return None
            return f"{other.base_url}/invoices/?page=2"

        hostile = _Hostile(maybe)
        with hostile:
            w = open_world(tmp_path, "sendregning", hostile)
            try:
                assert w.sync().state == "ok"
                before = {i.id for i in w.invoices()}
                state["hostile"] = True
                result = w.sync(full=True)
                assert result.state == "error"
                assert result.removed == 0
                assert {i.id for i in w.invoices()} == before
                assert other.seen == []
            finally:
                w.close()
