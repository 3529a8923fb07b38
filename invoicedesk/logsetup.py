"""Logging: a rotating file in the profile's log dir, redacted at record creation; and, for the
app, every unexpected failure (an exception in any thread or Qt slot, a hard crash) routed to
that file, since a windowed build has no stderr to show it on."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from invoicedesk.providers import redact


def configure(
    log_dir: Path | None, level: str = "INFO", stderr_level: str | None = None
) -> Path | None:
    redact.install()
    root = logging.getLogger()
    levels = [getattr(logging, name, logging.INFO) for name in (level, stderr_level) if name]
    root.setLevel(min(levels))
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path = None
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            path = log_dir / "invoicedesk.log"
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
            handler.setFormatter(fmt)
            handler.setLevel(getattr(logging, level, logging.INFO))
            root.addHandler(handler)
        except OSError:
            path = None
    # httpx and httpcore log every request at INFO (most of a sync's log): only when asked for
    wire = logging.DEBUG if "DEBUG" in (level, stderr_level) else logging.WARNING
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(wire)
    if stderr_level:
        stream = logging.StreamHandler()
        stream.setFormatter(fmt)
        stream.setLevel(getattr(logging, stderr_level, logging.WARNING))
        root.addHandler(stream)
    return path


#: the open file faulthandler writes to (it must stay open for the life of the process)
_fault_file: IO[Any] | None = None


def route_crashes_to_log(
    log_path: Path | None, tell_user: Callable[[str], None] | None = None
) -> None:
    """Log every uncaught exception (main thread, Qt slots, other threads) in full, and hard
    crashes through faulthandler, to the log file. ``tell_user`` gets the exception's type name
    to tell the user in one line where the log is (the app shows a message box); by default
    that line goes to stderr, when the process has one."""
    global _fault_file
    log = logging.getLogger("invoicedesk")
    where = f"; details are in {log_path}" if log_path else ""

    def say(kind: str) -> None:
        if tell_user is not None:
            tell_user(kind)
        elif sys.stderr is not None:
            print(f"invoicedesk: unexpected internal error ({kind}){where}", file=sys.stderr)

    def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            return
        log.critical("unexpected error", exc_info=(kind, exc, tb))
        say(kind.__name__)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical(
            "unexpected error in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
    if log_path is not None and _fault_file is None:
        try:
            _fault_file = log_path.open("a", encoding="utf-8")
            faulthandler.enable(file=_fault_file, all_threads=True)
        except OSError:
            _fault_file = None
