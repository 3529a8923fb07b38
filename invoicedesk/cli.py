"""``invoicedesk`` command line: the GUI by default, and headless commands over the same engine.

Exit codes (contract): 0 success; 1 a provider, network or keyring problem; 2 usage or bad input.
An expected failure prints one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from invoicedesk import __version__, export

# the input helpers moved to cli_input (commands uses them too); still importable from here
from invoicedesk.cli_input import UsageError as UsageError
from invoicedesk.cli_input import language_from_env as language_from_env
from invoicedesk.cli_input import parse_date as parse_date
from invoicedesk.cli_input import parse_options as parse_options
from invoicedesk.cli_input import read_secrets as read_secrets
from invoicedesk.cli_input import write_output as write_output
from invoicedesk.domain import Status
from invoicedesk.providers import PROVIDER_NAMES, UnknownProvider
from invoicedesk.providers.errors import Cancelled, ProviderError
from invoicedesk.storage.accounts import AccountError
from invoicedesk.storage.cache import CacheError
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStoreError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--profile-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep config, cache, logs and exports under DIR",
    )
    common.add_argument(
        "--log-level",
        default=argparse.SUPPRESS,
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="also print log lines of this level on stderr",
    )
    parser = argparse.ArgumentParser(
        prog="invoicedesk",
        parents=[common],
        description="Every invoice from SendRegning, Telecom X, Buckaroo and ConnectID in one "
        "table. Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"invoicedesk {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start the app on built-in sandbox servers with demo accounts",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the demo window offscreen, check invoices show, exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    accounts = sub.add_parser(
        "accounts", parents=[common], help="add, edit, list, disable, enable, remove, log in"
    )
    acc = accounts.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = acc.add_parser(
        "add", parents=[common], help="add an account; secrets as a JSON object on stdin"
    )
    add.add_argument(
        "provider",
        choices=PROVIDER_NAMES,
        metavar="PROVIDER",
        help=f"one of: {', '.join(PROVIDER_NAMES)}",
    )
    add.add_argument("--name", required=True)
    add.add_argument("--base-url", metavar="URL")
    add.add_argument("--option", action="append", default=[], metavar="KEY=VALUE")
    login = acc.add_parser("login", parents=[common], help="log in again (ConnectID: browser)")
    login.add_argument("name")
    login.add_argument(
        "--no-browser",
        action="store_true",
        help="print the sign-in URL on stderr instead of opening a browser",
    )
    acc.add_parser("list", parents=[common], help="list accounts and their sync status")
    remove = acc.add_parser(
        "remove", parents=[common], help="remove an account, its secrets and its cached invoices"
    )
    remove.add_argument("name")
    from invoicedesk.account_commands import add_parsers

    add_parsers(acc, common)

    sync = sub.add_parser("sync", parents=[common], help="fetch invoices into the cache")
    sync.add_argument("--account", action="append", default=[], metavar="NAME")
    sync.add_argument("--full", action="store_true", help="fetch everything, not just changes")

    exp = sub.add_parser("export", parents=[common], help="export cached invoices")
    exp.add_argument("--account", action="append", default=[], metavar="NAME")
    exp.add_argument(
        "--status", action="append", default=[], metavar="S", choices=[s.value for s in Status]
    )
    exp.add_argument("--from", dest="date_from", metavar="D", help="issue date from (YYYY-MM-DD)")
    exp.add_argument("--to", dest="date_to", metavar="D", help="issue date to (YYYY-MM-DD)")
    exp.add_argument("--format", required=True, choices=export.FORMATS)
    exp.add_argument("-o", "--output", metavar="FILE")
    exp.add_argument(
        "--language",
        metavar="LANG",
        help="CSV conventions (nb, da, nl: ';' and decimal comma); default: locale",
    )

    report = sub.add_parser("report", parents=[common], help="reports over the cached invoices")
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    aging = kinds.add_parser(
        "aging", parents=[common], help="outstanding by days past due, per direction and currency"
    )
    aging.add_argument("--account", action="append", default=[], metavar="NAME")
    aging.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="default: today")
    aging.add_argument("--format", required=True, choices=("json", "csv"))
    aging.add_argument("-o", "--output", metavar="FILE")

    changes = sub.add_parser(
        "changes", parents=[common], help="what syncs found: new, paid, overdue, amended, gone"
    )
    changes.add_argument("--account", action="append", default=[], metavar="NAME")
    changes.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help="every sync since this day (default: what each account's latest sync found)",
    )
    changes.add_argument("--format", required=True, choices=("json", "csv"))
    changes.add_argument("-o", "--output", metavar="FILE")

    sb = sub.add_parser("sandbox", parents=[common], help="serve the sandboxes until Ctrl-C")
    sb.add_argument("--provider", action="append", default=[], choices=PROVIDER_NAMES, metavar="P")
    sb.add_argument(
        "--port", type=int, default=0, help="first port (each further provider gets the next one)"
    )
    return parser


def profile_from(args: argparse.Namespace) -> Profile:
    directory = getattr(args, "profile_dir", None)
    return Profile.at(directory) if directory else Profile.default()


def profile_dir_problem(directory: str | None) -> str | None:
    """Why ``--profile-dir`` cannot hold a profile (a file, or under one), or None. Checked
    before anything is opened, for the app and every command alike."""
    if not directory:
        return None
    root = Path(directory).expanduser()
    for path in (root, *root.parents):
        if path.exists():
            if not path.is_dir():
                return (
                    f"--profile-dir {directory}: {path} is a file, not a folder; give a folder "
                    "(it is created if missing)"
                )
            break
    return None


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    parser = build_parser()
    try:
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its message
        return int(exc.code or 0)
    problem = profile_dir_problem(getattr(args, "profile_dir", None))
    if problem:
        print(f"invoicedesk: {problem}", file=stderr)
        return 2
    profile = profile_from(args)
    from invoicedesk import logsetup

    # the demo logs into its own throw-away profile (see run_gui), never the user's
    demo = args.command is None and (args.demo or args.smoke_test)
    log_path = logsetup.configure(
        profile.log_dir if args.command != "sandbox" and not demo else None,
        stderr_level=getattr(args, "log_level", None),
    )
    try:
        if args.command is None:
            from invoicedesk.gui.app import run_gui

            return run_gui(
                profile,
                demo=args.demo or args.smoke_test,
                smoke_test=args.smoke_test,
                log_path=log_path,
            )
        from invoicedesk import commands

        return commands.run(args, profile, stdin, stdout, stderr)
    except (UsageError, AccountError, UnknownProvider) as exc:
        print(f"invoicedesk: {exc}", file=stderr)
        return 2
    except (ProviderError, SecretStoreError, CacheError) as exc:
        print(f"invoicedesk: {exc}", file=stderr)
        return 1
    except (KeyboardInterrupt, Cancelled):
        print("invoicedesk: cancelled; everything fetched so far is kept", file=stderr)
        return 1
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        print(f"invoicedesk: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=stderr)
        return 1
    except Exception as exc:
        log.exception("unexpected error")
        where = f"; details are in {log_path}" if log_path else ""
        print(f"invoicedesk: internal error ({type(exc).__name__}){where}", file=stderr)
        return 1
