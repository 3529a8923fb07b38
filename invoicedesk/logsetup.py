"""Logging: a rotating file in the profile's log dir, redacted at record creation."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

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
    if stderr_level:
        stream = logging.StreamHandler()
        stream.setFormatter(fmt)
        stream.setLevel(getattr(logging, stderr_level, logging.WARNING))
        root.addHandler(stream)
    return path
