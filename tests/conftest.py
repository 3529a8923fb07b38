"""Root test configuration. Qt runs offscreen; the keyring is an in-memory backend."""

from __future__ import annotations

import os

# Must happen before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

sys.path.insert(0, str(Path(__file__).parent / "support"))

from memory_keyring import MemoryKeyring

from invoicedesk.providers import redact

redact.install()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keyring; nothing touches the user's real one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    path = tmp_path / "profile"
    path.mkdir()
    return path


@pytest.fixture(autouse=True)
def _logger_levels() -> Iterator[None]:
    """The CLI and the app set the levels of httpx's and httpcore's loggers (logsetup.configure):
    each test starts from, and leaves, the levels it found."""
    import logging

    names = ("httpx", "httpcore", "")
    before = {name: logging.getLogger(name).level for name in names}
    yield
    for name, level in before.items():
        logging.getLogger(name).setLevel(level)


# Hypothesis: in CI (CI=true) the examples are derived from each test's name, not drawn at random,
# so a run is repeatable and a red CI is never a lucky draw; locally they are random (more found).
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
_hypothesis_settings.register_profile("dev", deadline=None, print_blob=True)
_hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")
