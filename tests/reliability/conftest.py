"""Reliability checks: fault matrix, crash safety, fuzzing, secret hygiene, injection, TLS.

The default run is short. The documented long run is ``pytest tests/reliability -m slow``: every
fuzz test again with the "long" hypothesis profile (10,000 examples a provider parser) and the
crash-safety test with 20 SIGKILL runs of the sync. Each long variant is the same test with the
``slow`` marker, which the default run deselects (pyproject.toml).
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "database": None,  # no .hypothesis folder in the work tree; failures print a repro blob
    "print_blob": True,
    "suppress_health_check": (HealthCheck.too_slow, HealthCheck.data_too_large),
}
settings.register_profile("invoicedesk-short", max_examples=200, **_COMMON)
settings.register_profile("invoicedesk-long", max_examples=10_000, **_COMMON)

#: SIGKILL runs of `invoicedesk sync` in the crash-safety test: default, and with -m slow
KILL_RUNS = 5
KILL_RUNS_LONG = 20
