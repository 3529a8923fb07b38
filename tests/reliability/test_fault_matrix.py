"""Every provider x every sandbox fault, through the SyncEngine over real sockets.

Each cell: a first sync succeeds; then a full sync runs again with a fault armed the moment its
first batch is stored, on the next matching request. Arming on the store (rather than after a
count of requests) keeps the cell deterministic for the providers that fetch concurrently
(Telecom X, ConnectID): the n-th request to reach the server is not always the n-th queued.

What is correct, per fault (the HTTP policy retries 429/502/503/504 and broken connections or
timeouts, nothing else; see ``providers/http.py`` and the README's architecture section):

- 429 with Retry-After, 503, connection reset, a response slower than the timeout, a truncated
  body: retried. A one-off fault is absorbed and the sync completes (a 429's ``Retry-After: 1``
  is waited for); a fault that persists ends after the policy's 4 attempts with a precise error.
- 500 and malformed JSON: not retried (a 500 is not a "try again" status; a body that is not
  JSON is a provider problem). The sync ends at once with a precise per-account error.

In every case every invoice stored before is still there and unchanged, and no traceback is
logged or shown.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from memory_keyring import MemoryKeyring

from invoicedesk import sandbox
from invoicedesk.providers.http import HttpPolicy
from invoicedesk.sandbox.base import SandboxServer

from .world import World, clone_world, open_world


def _buckaroo_keys(server: SandboxServer, demo: Mapping[str, str]) -> dict[str, str]:
    # Track every invoice by key: 60 keys are three InvoiceInfos batches (25, 25, 10).
    keys = ",".join(inv.key for inv in server.dataset.invoices)  # type: ignore[attr-defined]
    return {"website_key": demo["website_key"], "invoice_keys": keys}


@dataclass(frozen=True)
class Target:
    size: int
    #: ``path_contains`` of a request the provider still makes after its first batch is stored
    path: str
    #: the provider's own words for an HTTP 500 and for a body that is not JSON
    server_error: str
    bad_body: str
    knobs: dict[str, Any] = field(default_factory=dict)
    options: Callable[[SandboxServer, Mapping[str, str]], dict[str, str]] | None = None


TARGETS = {
    # full sync: /invoices/due, /invoices/ (2 pages, each stored), then /invoices/credit-notes
    "sendregning": Target(
        150, "/invoices/credit-notes", "SendRegning answered: injected 500", "not valid JSON"
    ),
    # pages of 20, each page's details queued when it arrives; page 3's only after page 1 is
    # stored, so a details request is always still to come
    "telecomx": Target(
        60,
        "/invoice/",
        "Telecom X had an internal error",
        "not valid JSON",
        knobs={"max_page": 20},
    ),
    # InvoiceInfos batches of 25 keys, one after another; the second batch
    "buckaroo": Target(
        60,
        "/json/Transaction/InvoiceInfos",
        "Buckaroo had a server problem with the invoice lookup",
        # the body no longer matches Buckaroo's response signature: refused before parsing
        "failed its signature check",
        options=_buckaroo_keys,
    ),
    # 170 details (one per invoice; reminders are nested, never read apart) in batches of 50
    # (each stored), two batches queued ahead: the fourth batch is only requested after the
    # first is stored
    "connectid": Target(
        170,
        "/capi/v1/customer/invoice/details",
        "ConnectID had a server problem with the details of invoice",
        "not valid JSON",
    ),
}

FAULTS = ("429", "503", "500", "reset", "slow", "malformed", "truncated")
RETRIED = {"429", "503", "reset", "slow", "truncated"}
ATTEMPTS = 4  # 1 + 3 retries
#: the fast policy of the matrix; a "slow" fault answers after SLOW seconds, past its timeout
POLICY = HttpPolicy(retries=3, backoff_base=0.001, backoff_max=0.01, timeout=0.2)
SLOW = 0.4
BROKEN = r"the connection (was reset|broke off mid-answer)"
GAVE_UP = {
    "429": r"^HTTP 429: the provider stayed busy \(too many requests\) after 4 attempts",
    "503": r"^HTTP 503: the provider stayed unavailable after 4 attempts",
    "reset": rf"^could not reach 127\.0\.0\.1 after 4 attempts: {BROKEN}",
    "truncated": rf"^could not reach 127\.0\.0\.1 after 4 attempts: {BROKEN}",
    "slow": r"^could not reach 127\.0\.0\.1 after 4 attempts: no answer within 0\.2 s",
}


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Per provider, once: a started sandbox and a profile after a first successful sync."""
    made: dict[str, World] = {}

    def get(provider: str) -> World:
        if provider not in made:
            target = TARGETS[provider]
            server = sandbox.create(provider, size=target.size, **target.knobs).start()
            root = tmp_path_factory.mktemp(provider) / "profile"
            w = open_world(
                root,
                provider,
                server,
                policy=POLICY,
                options=target.options,
                keyring_backend=MemoryKeyring(),
            )
            made[provider] = w
            first = w.sync()
            w.close()
            assert first.state == "ok", first.message
            assert first.fetched >= 50
        return made[provider]

    yield get
    for w in made.values():
        w.server.stop()


@pytest.fixture
def world(request: pytest.FixtureRequest, synced: Any, tmp_path: Path) -> Any:
    template = synced(request.param)
    template.server.faults.clear()
    w = clone_world(template, tmp_path / "profile", policy=POLICY)
    try:
        yield w
    finally:
        w.server.faults.clear()
        w.close()


def _inject(w: World, kind: str, count: int, **kw: Any) -> None:
    """Arm ``count`` faults of ``kind`` on the target's requests as soon as the next sync
    stores its first batch."""
    target = TARGETS[w.provider]
    w.server.faults.clear()
    w.server.faults.delivered.clear()
    store_batch = w.cache.store_batch
    armed = False

    def store_then_arm(*args: Any, **kwargs: Any) -> Any:
        nonlocal armed
        stored = store_batch(*args, **kwargs)
        if not armed:
            armed = True
            w.server.faults.add(kind, count, path_contains=target.path, **kw)
        return stored

    w.cache.store_batch = store_then_arm  # type: ignore[method-assign]


def _assert_clean_failure(w: World, result: Any, caplog: pytest.LogCaptureFixture) -> None:
    assert result.state == "error", (result.state, result.message)
    assert "Traceback" not in result.message
    assert "unexpected internal error" not in result.message  # the engine's "a bug" branch
    assert result.fetched > 0, "the fault should hit mid-sync, after a batch was stored"
    state = w.cache.account_state(w.account)
    assert state is not None and state.state == "error" and state.message == result.message
    assert state.last_success is not None  # the first sync's success is kept
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("world", list(TARGETS), indirect=True)
def test_fault_cell(world: World, fault: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    w = world  # a first sync has succeeded: its invoices are in the cache
    before = w.invoices()
    assert len(before) >= 50
    assert w.cache.account_state(w.account).state == "ok"

    if fault in RETRIED:
        # A one-off fault mid-sync is retried and the sync completes.
        extra: dict[str, Any] = {"delay": SLOW} if fault == "slow" else {}
        if fault in ("429", "503"):
            extra["retry_after"] = 1 if fault == "429" else 0
        _inject(w, fault, 1, **extra)
        started = time.monotonic()
        result = w.sync()
        elapsed = time.monotonic() - started
        assert result.state == "ok", result.message
        assert w.server.faults.delivered == [(fault, w.server.faults.delivered[0][1])]
        assert w.server.faults.pending() == 0
        if fault == "429":
            assert elapsed >= 1.0, "Retry-After: 1 was not waited for"
        assert w.invoices() == before

        # The same fault, persisting: bounded retries, then a precise error.
        persist: dict[str, Any] = {"delay": SLOW} if fault == "slow" else {}
        if fault in ("429", "503"):
            persist["retry_after"] = 0
        _inject(w, fault, 500, **persist)
        result = w.sync()
        w.server.faults.clear()
        _assert_clean_failure(w, result, caplog)
        assert re.search(GAVE_UP[fault], result.message), result.message
        assert len(w.server.faults.delivered) >= ATTEMPTS
    else:
        # Not retried: one fault ends the sync with the provider's own precise error.
        _inject(w, fault, 1)
        result = w.sync()
        _assert_clean_failure(w, result, caplog)
        assert len(w.server.faults.delivered) == 1
        target = TARGETS[w.provider]
        expected = target.server_error if fault == "500" else target.bad_body
        assert expected in result.message, result.message
        if fault == "500":
            assert result.message.startswith("HTTP 500: "), result.message

    assert w.invoices() == before, "an invoice stored before the fault changed or disappeared"
    assert w.cache.integrity_ok()
