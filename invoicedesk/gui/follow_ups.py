"""What follows a reload on the GUI thread (the totals strip, the aging panel, the sidebar, the
background warm-up), one piece per pass of the event loop.

Run together they were one 20-30 ms stretch of the GUI thread (twice that with the CPU busy:
docs/profiles/gui-stall-during-sync.txt, round 7); one piece per pass lets input, paints and
timers in between. Each piece waits for a zero-interval timer, which fires once the events
already posted are handled. A piece queued again under its name replaces the waiting one (a
newer reload's figures), a piece that returns True has more to do and runs again in the next
pass, before the others, and the warm-up waits until every piece has run.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class FollowUps(QObject):
    """An ordered queue of named pieces of GUI work, one per pass of the event loop. A piece
    queued again under the same name replaces the waiting one (a newer reload's figures), in
    its place; a piece that returns True runs again in the next pass, first; :meth:`when_done`
    pieces run once every other piece has."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pieces: dict[str, Callable[[], object]] = {}
        self._last: dict[str, Callable[[], object]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)
        self._stopped = False

    @property
    def pending(self) -> bool:
        return bool(self._pieces or self._last)

    def then(self, name: str, piece: Callable[[], object]) -> None:
        """Run ``piece`` in a later pass, after the pieces already waiting."""
        if self._stopped:
            return
        self._pieces[name] = piece
        self._arm()

    def when_done(self, name: str, piece: Callable[[], object]) -> None:
        """Run ``piece`` in a later pass, once no other piece is waiting."""
        if self._stopped:
            return
        self._last[name] = piece
        self._arm()

    def stop(self) -> None:
        """Nothing more runs (the window is closing)."""
        self._stopped = True
        self._pieces.clear()
        self._last.clear()
        self._timer.stop()

    def _arm(self) -> None:
        if not self._stopped and not self._timer.isActive():
            self._timer.start()

    def _next(self) -> None:
        queue = self._pieces or self._last
        if not queue or self._stopped:
            return
        name = next(iter(queue))
        piece = queue.pop(name)
        try:
            if piece() is True and not self._stopped and name not in queue:
                rest = dict(queue)  # more to do: first again, the rest behind it
                queue.clear()
                queue[name] = piece
                queue.update(rest)
        finally:
            if self.pending:
                self._arm()
