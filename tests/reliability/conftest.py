"""Reliability checks: fault matrix, crash safety, fuzzing, secret hygiene, injection, TLS.

The default run is short. ``INVOICEDESK_LONG=1`` selects the documented long run: the "long"
hypothesis profile (10,000 examples per provider parser) and 20 SIGKILL runs of the sync.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = os.environ.get("INVOICEDESK_LONG", "") not in ("", "0")

_COMMON = {
    "deadline": None,
    "database": None,  # no .hypothesis folder in the work tree; failures print a repro blob
    "print_blob": True,
    "suppress_health_check": (HealthCheck.too_slow, HealthCheck.data_too_large),
}
settings.register_profile("invoicedesk-short", max_examples=200, **_COMMON)
settings.register_profile("invoicedesk-long", max_examples=10_000, **_COMMON)

#: the profile the fuzz tests use (applied per test, so other hypothesis tests keep theirs)
FUZZ_PROFILE = "invoicedesk-long" if LONG else "invoicedesk-short"
#: SIGKILL runs of `invoicedesk sync` in the crash-safety test
KILL_RUNS = 20 if LONG else 5
