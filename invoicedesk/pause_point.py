"""Points where background work in the window's process lets the GUI thread go first.

The window's workers (reading the cache, building the table, its search text and sort keys)
share the GIL with the GUI thread. While one runs Python, the GUI thread gets the GIL back only
after the interpreter's switch interval (5 ms) each time it re-enters Python (a paint calls the
model hundreds of times): a 10 ms paint took 40-60 ms during a sync's reload
(docs/profiles/gui-stall-during-sync.txt, round 7). So long loops call :func:`pause` every
millisecond or two of work; the window installs a gate (:mod:`invoicedesk.gui.gui_first`) that
holds the calling worker there while the GUI thread is handling events, for a bounded time.
Without a gate (the CLI, the sync process, tests of the lower layers) :func:`pause` does
nothing. Qt-free.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: rows a loop handles between two pauses (about a millisecond of work)
ROWS = 2048

_gate: Callable[[], None] | None = None
_opened = 0  # > 0: nobody waits at a pause point (the GUI thread is waiting for a worker)
_opened_lock = threading.Lock()


def pause() -> None:
    """Let the GUI thread go first, if a gate is installed and this is not the GUI thread."""
    gate = _gate
    if gate is not None and not _opened:
        gate()


def install(gate: Callable[[], None] | None) -> None:
    """Install ``gate`` (None: remove it); it returns when the caller may go on."""
    global _gate
    _gate = gate


@contextmanager
def opened() -> Iterator[None]:
    """While the GUI thread itself waits for a worker (a lock it holds, the pool at shutdown):
    no pausing, or the worker would wait for the waiting GUI thread."""
    global _opened
    with _opened_lock:
        _opened += 1
    try:
        yield
    finally:
        with _opened_lock:
            _opened -= 1


@contextmanager
def holding(lock: threading.Lock) -> Iterator[None]:
    """``with lock:`` for a lock a worker may hold across pause points: waiting for it opens
    them (:func:`opened`)."""
    if not lock.acquire(blocking=False):
        with opened():
            lock.acquire()
    try:
        yield
    finally:
        lock.release()


def by_slices(
    make: Callable[[Sequence[T]], list[R]], values: Sequence[T], size: int = ROWS
) -> list[R]:
    """``make(values)``, made slice by slice with a pause between slices."""
    if len(values) <= size:
        return make(values)
    made: list[R] = []
    for start in range(0, len(values), size):
        if start:
            pause()
        made += make(values[start : start + size])
    return made
