"""After a reload's rows are painted, a worker builds what the first keystroke and the totals of
a first filter need (the table's search text and totals index), and the first time the sync
machinery too.

Not while a sync runs: every account that ends replaces the table, so warming each one would
be thrown away, and a worker running Python halves the GUI thread's pace (they share the
GIL; docs/profiles/gui-stall-during-sync.txt, round 7). The table shown when the round ends is
warmed then, or at once when the search box gets the focus or a key (a search is coming).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from invoicedesk.gui.after_paint import after_next_paint
from invoicedesk.gui.follow_ups import FollowUps
from invoicedesk.gui.rows import RowTable
from invoicedesk.gui.workers import Job, JobRunner


class _Engine(Protocol):
    def warm_up(self) -> None: ...


class TableWarmUp:
    def __init__(
        self,
        runner: JobRunner,
        follow_ups: FollowUps,
        still_shown: Callable[[RowTable], bool],
        syncing: Callable[[], bool],
        done: Callable[[object], None],
    ) -> None:
        self._runner = runner
        self._follow_ups = follow_ups
        self._still_shown = still_shown
        self._syncing = syncing
        self._done = done
        self._waiting: Callable[[bool], None] | None = None

    def after_paint(self, viewport: QWidget, table: RowTable, engine: _Engine | None) -> None:
        """Warm ``table`` (and ``engine``) once ``viewport`` has painted its rows."""

        def work(_job: Job) -> None:
            table.warm_up()
            if engine is not None:
                engine.warm_up()

        def start(now: bool = False) -> None:
            """``now``: even while a sync runs (the user is about to search)."""
            if not self._still_shown(table):  # closed, or a newer reload replaced it
                return
            if self._syncing() and not now:
                self._waiting = start
                return
            self._waiting = None
            self._follow_ups.when_done("warm-up", lambda: submit(now))

        def submit(now: bool) -> None:  # once the reload's follow-ups are done: things moved?
            if self._syncing() and not now:
                start()
            elif self._still_shown(table):
                self._runner.submit(work, on_result=self._done)

        after_next_paint(viewport, start)
        viewport.update()  # a reload that changed no row paints nothing by itself

    def sync_ended(self, reload_coming: bool) -> None:
        """The round is over: the table shown is warmed now, or, when a reload is on its way
        (an account's end asks for one), that reload's table once it is painted."""
        start, self._waiting = self._waiting, None
        if start is not None and not reload_coming:
            start(False)

    def on_search(self, widget: QWidget) -> None:
        """When ``widget`` (the search box) gets the focus or a key, a table waiting for the
        round's end is warmed at once: a search is coming (the box waits 200 ms after a key
        before it filters), and it would otherwise build the search text on the GUI thread."""
        widget.installEventFilter(_SearchComing(widget, self._wanted))

    def _wanted(self) -> None:
        start, self._waiting = self._waiting, None
        if start is not None:
            start(True)


class _SearchComing(QObject):
    def __init__(self, parent: QObject, callback: Callable[[], None]) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.KeyPress):
            self._callback()
        return False
