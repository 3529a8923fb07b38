"""Child processes of the benchmark run as an installed app would: with the package's bytecode
compiled ahead (``pip install`` does that). This tree may run with PYTHONDONTWRITEBYTECODE, and
then every import in a fresh process compiles source, holding the GIL for tens of milliseconds
per module. So the children import a copy of the package, compiled, from a temporary
directory put first on PYTHONPATH; nothing is written into the work tree."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import invoicedesk


def cwd() -> str:
    """Where children start (not the work tree, whose package would shadow the copy)."""
    return str(_root())


@cache
def _root() -> Path:
    return Path(tempfile.mkdtemp(prefix="invoicedesk-bench-"))


@cache
def env() -> dict[str, str]:
    root = _root()
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    shutil.copytree(
        Path(invoicedesk.__file__).parent,
        root / "invoicedesk",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(root / "invoicedesk")],
        env=environment,
        check=True,
    )
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(root), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    return environment
