"""Points where background work in the window's process lets the GUI thread have the GIL.

The window's workers (reading the cache, building the table, its search text and sort keys)
share the GIL with the GUI thread. While one computes, the GUI thread gets the GIL only after
the interpreter's switch interval (5 ms) each time it re-enters Python, and a paint calls the
model hundreds of times: a 10 ms paint took 40-60 ms during a sync's reload
(docs/profiles/gui-stall-during-sync.txt, round 7). So long loops call :func:`pause` every
millisecond or two of work, and the window installs a pause that gives the GIL up briefly
(:mod:`invoicedesk.gui.gui_first`). Without one (the CLI, the sync process, tests of the lower
layers) :func:`pause` does nothing. Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable

#: rows a loop handles between two pauses (about a millisecond of work)
ROWS = 2048

_gate: Callable[[], None] | None = None


def pause() -> None:
    """Let the GUI thread have the GIL, if the window installed a pause."""
    gate = _gate
    if gate is not None:
        gate()


def install(gate: Callable[[], None] | None) -> None:
    """Install ``gate`` (None: remove it)."""
    global _gate
    _gate = gate
