"""The Qt-free layers must stay Qt-free: import them in a fresh interpreter and look."""

from __future__ import annotations

import subprocess
import sys

import pytest

QT_FREE = [
    "invoicedesk.domain",
    "invoicedesk.storage.cache",
    "invoicedesk.storage.accounts",
    "invoicedesk.storage.secrets",
    "invoicedesk.sync.engine",
    "invoicedesk.export",
    "invoicedesk.cli",
    "invoicedesk.commands",
    "invoicedesk.demo",
    "invoicedesk.providers.sendregning",
    "invoicedesk.providers.telecomx",
    "invoicedesk.providers.buckaroo",
    "invoicedesk.providers.connectid",
    "invoicedesk.sandbox.sendregning",
    "invoicedesk.sandbox.telecomx",
    "invoicedesk.sandbox.buckaroo",
    "invoicedesk.sandbox.connectid",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_no_qt(module):
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')); "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"{module} pulled in Qt: {done.stdout}{done.stderr}"


def test_only_the_http_module_imports_httpx():
    from pathlib import Path

    package = Path(__file__).parent.parent / "invoicedesk"
    offenders = [
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if p.name != "http.py"
        and any(
            line.strip().startswith(("import httpx", "from httpx"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
