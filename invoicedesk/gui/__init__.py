"""The desktop app (PySide6). Everything Qt lives in this package; the layers below stay Qt-free.

Entry point: :func:`invoicedesk.gui.app.run_gui`. Imported lazily so ``invoicedesk`` commands
that need no window never load Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from invoicedesk.storage.paths import Profile


def run_gui(profile: Profile, *, demo: bool = False, smoke_test: bool = False) -> int:
    from invoicedesk.gui.app import run_gui as run

    return run(profile, demo=demo, smoke_test=smoke_test)
