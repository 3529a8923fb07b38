"""The pause behind :mod:`invoicedesk.pause_point` in the window's process: off the GUI thread,
a pause point gives up the GIL for :data:`YIELD_S`. A GUI thread waiting for the GIL (to paint,
to take a keystroke, to run a timer) takes it then, instead of waiting out the interpreter's
5 ms switch interval while a worker computes.

Measured in the stall child with both cores busy (docs/profiles/gui-stall-during-sync.txt,
round 7), this did better than holding the workers at their pause points while the GUI thread
is handling events (the event dispatcher's ``awake``/``aboutToBlock``): a Python slot on those
signals makes the GUI thread take the GIL twice more on every pass of its event loop.
"""

from __future__ import annotations

import threading
import time

from invoicedesk import pause_point

#: how long a worker gives up the GIL at a pause point (some 150 points for 100,000 rows)
YIELD_S = 0.0002

_sleep = time.sleep


def install() -> None:
    """Install the pause for this (the GUI) thread's workers; again: replaces the last one."""
    gui_thread = threading.get_ident()

    def pause() -> None:
        if threading.get_ident() != gui_thread:
            _sleep(YIELD_S)

    pause_point.install(pause)
