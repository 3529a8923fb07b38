"""What the command line reads and writes besides its flags: dates, ``KEY=VALUE`` options, secrets
from stdin or a prompt, the locale's language, and output files written whole. Bad input raises
:class:`UsageError`, which :mod:`invoicedesk.cli` turns into exit code 2.

Below both :mod:`invoicedesk.cli` and :mod:`invoicedesk.commands`, which share these helpers.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import IO

from invoicedesk.atomic_file import replaced
from invoicedesk.providers import get_spec


class UsageError(Exception):
    """Bad input: exit 2."""


def parse_date(text: str | None, flag: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} must be a date like 2025-01-31, not '{text}'") from None


def read_secrets(stdin: IO[str], provider: str, *, prompt: bool = True) -> dict[str, str]:
    """The secrets as a JSON object on stdin; on a terminal, asked for one by one (a login
    name visibly, passwords and keys without echo). ``prompt`` False: a terminal gives none."""
    spec = get_spec(provider)
    if stdin.isatty():
        if not prompt:
            return {}
        import getpass

        from invoicedesk.sync.account_rules import VISIBLE_SECRETS

        secrets = {}
        for item in spec.secrets:
            label = f"{item.label}{'' if item.required else ' (optional)'}: "
            if item.key in VISIBLE_SECRETS:
                print(label, end="", file=sys.stderr, flush=True)
                value = stdin.readline().strip()
            else:
                value = getpass.getpass(label)
            if value:
                secrets[item.key] = value
        return secrets
    text = stdin.read().strip()
    if not text:
        return {}
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        keys = ", ".join(f'"{s.key}"' for s in spec.secrets)
        raise UsageError(
            f"the secrets on stdin are not a JSON object ({exc.msg} at character {exc.pos}); "
            f"expected e.g. {{{keys}}}"
        ) from None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise UsageError("the secrets on stdin must be a JSON object of strings")
    return {str(k): v for k, v in data.items()}


def parse_options(pairs: list[str]) -> dict[str, str]:
    options = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--option takes KEY=VALUE, not '{pair}'")
        options[key.strip()] = value.strip()
    return options


def write_output(path: Path, data: bytes) -> None:
    """Write-then-rename: an export is complete or absent, never half-written."""
    with replaced(path) as stream:
        stream.write(data)


def language_from_env() -> str:
    for var in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(".")[0]
    return "en"
