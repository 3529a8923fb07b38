"""The headless commands behind :mod:`invoicedesk.cli`."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
import threading
import webbrowser
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO

from invoicedesk import export, sandbox
from invoicedesk.cli_context import Context
from invoicedesk.cli_input import (
    UsageError,
    language_from_env,
    parse_date,
    parse_options,
    read_secrets,
    write_output,
)
from invoicedesk.domain import Status
from invoicedesk.domain.aging import Aging
from invoicedesk.domain.changes import changes_csv_rows, digest_text
from invoicedesk.export_service import export_file, export_stream
from invoicedesk.export_xlsx import TooManyRows
from invoicedesk.providers import get_spec
from invoicedesk.providers.base import LoginContext, Progress
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.storage.accounts import Account, validate_name
from invoicedesk.storage.paths import Profile
from invoicedesk.sync.account_rules import account_problems, secret_keys_hint, secret_problems
from invoicedesk.sync.identity import DuplicateAccount, refuse_duplicate


def run(
    args: argparse.Namespace, profile: Profile, stdin: IO[str], stdout: IO[str], stderr: IO[str]
) -> int:
    if args.command == "sandbox":
        return cmd_sandbox(args, stdout)
    ctx = Context(profile)
    if args.command == "accounts":
        from invoicedesk.account_commands import HANDLERS

        handler = {"add": cmd_add, "login": cmd_login, "list": cmd_list, **HANDLERS}
        return handler[args.action](ctx, args, stdin, stdout, stderr)
    if args.command == "sync":
        return cmd_sync(ctx, args, stdout, stderr)
    if args.command == "export":
        return cmd_export(ctx, args, stdout)
    if args.command == "report":
        return cmd_aging(ctx, args, stdout)
    if args.command == "changes":
        return cmd_changes(ctx, args, stdout)
    raise UsageError(f"unknown command {args.command}")


def cmd_add(
    ctx: Context, args: argparse.Namespace, stdin: IO[str], stdout: IO[str], stderr: IO[str]
) -> int:
    spec = get_spec(args.provider)
    validate_name(args.name)  # everything is checked before any secret is written
    options = parse_options(args.option)
    # one set of rules with the account dialog and `accounts edit`
    problems = [p.message for p in account_problems(spec, options, base_url=args.base_url)]
    if problems:
        raise UsageError("; ".join(problems))
    secrets = read_secrets(stdin, args.provider)
    problems = [p.message for p in secret_problems(spec, secrets)]
    if problems:
        how = (
            ""
            if secrets
            else f"; give the secrets as a JSON object on stdin: {secret_keys_hint(spec)}"
        )
        raise UsageError("; ".join(problems) + how)
    account = Account(args.name, args.provider, args.base_url, options)
    existing = ctx.accounts.all()
    if account.name in {a.name for a in existing}:
        raise UsageError(f"an account named '{account.name}' exists already; remove it first")
    try:
        refuse_duplicate(account, secrets, existing, ctx.secrets.get)
    except DuplicateAccount as exc:
        raise UsageError(str(exc)) from None
    ctx.secrets.set(account.name, secrets)  # refuses a weak keyring before anything is written
    ctx.accounts.add(account)
    hint = (
        f" Next: invoicedesk accounts login '{account.name}'"
        if spec.login and not secrets.get("refresh_token")
        else ""
    )
    print(f"Added {spec.display_name} account '{account.name}'.{hint}", file=stdout)
    return 0


def cmd_login(
    ctx: Context, args: argparse.Namespace, stdin: IO[str], stdout: IO[str], stderr: IO[str]
) -> int:
    account = ctx.accounts.get(args.name)
    spec = get_spec(account.provider)
    engine = ctx.engine()
    if spec.login is None:
        secrets = read_secrets(stdin, account.provider)
        problems = spec.secret_errors(secrets)
        if problems:
            raise UsageError("; ".join(problems))
        summary = engine.test_connection(account, secrets)
        ctx.secrets.set(account.name, secrets)
        print(f"{account.name}: {summary}. New secrets stored.", file=stdout)
        return 0
    secrets = ctx.secrets.get(account.name)
    session = engine.open_session(account, spec, secrets)

    def open_url(url: str) -> None:
        if args.no_browser or not webbrowser.open(url):
            print(url, file=stderr, flush=True)

    cancel = CancelToken()
    login_ctx = LoginContext(
        account=account.name,
        base_url=account.base_url or spec.default_base_url,
        options=account.options,
        secrets=secrets,
        http=session,
        open_url=open_url,
        cancel=cancel,
    )
    try:
        new_secrets = spec.login(login_ctx)
    finally:
        session.close()
    ctx.secrets.set(account.name, {**secrets, **new_secrets})
    ctx.cache.set_account_state(account.name, account.provider, "ok", "signed in")
    print(f"Signed in to {spec.display_name} for '{account.name}'.", file=stdout)
    return 0


def cmd_list(
    ctx: Context, args: argparse.Namespace, stdin: IO[str], stdout: IO[str], stderr: IO[str]
) -> int:
    accounts = ctx.accounts.all()
    if not accounts:
        print(
            "No accounts yet. Add one with: invoicedesk accounts add PROVIDER --name NAME",
            file=stdout,
        )
        return 0
    rows = [("NAME", "PROVIDER", "STATUS", "LAST SYNC", "INVOICES")]
    for account in accounts:
        state = ctx.cache.account_state(account.name)
        status = state.state if state else "never synced"
        if state and state.message and state.state != "ok":
            status = f"{state.state}: {state.message}"
        if not account.enabled:
            status = "disabled"
        last = (
            state.last_success.astimezone().strftime("%Y-%m-%d %H:%M")
            if state and state.last_success
            else "-"
        )
        rows.append(
            (
                account.name,
                get_spec(account.provider).display_name,
                status,
                last,
                str(ctx.cache.count(account.name)),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        print(
            "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)) + "  " + row[4],
            file=stdout,
        )
    return 0


def cmd_sync(ctx: Context, args: argparse.Namespace, stdout: IO[str], stderr: IO[str]) -> int:
    names = args.account or None
    if names:
        for name in names:
            ctx.accounts.get(name)  # unknown name: exit 2 before any work
    else:
        accounts = ctx.accounts.all()
        if not accounts:
            raise UsageError(
                "no accounts to sync; add one with `invoicedesk accounts add PROVIDER --name NAME "
                "[--base-url URL] [--option KEY=VALUE ...]` (secrets as a JSON object on stdin)"
            )
        for account in accounts:
            if not account.enabled:
                print(
                    f"invoicedesk: skipped disabled account '{account.name}' "
                    f"(enable it with `invoicedesk accounts enable '{account.name}'`)",
                    file=stderr,
                )
    interactive = stderr.isatty()
    lock = threading.Lock()

    def progress(account: str, p: Progress) -> None:
        if interactive:
            total = f"/{p.total}" if p.total else ""
            with lock:
                stderr.write(f"\r\x1b[K{account}: {p.done}{total} {p.message}")
                stderr.flush()

    cancel = CancelToken()
    engine = ctx.engine()
    try:
        results = engine.sync(names, full=args.full, cancel=cancel, progress=progress)
    except KeyboardInterrupt:
        cancel.cancel()
        raise
    if interactive:
        stderr.write("\r\x1b[K")
    failed = 0
    for r in results:
        spec = get_spec(r.provider)
        if r.ok:
            print(f"{r.account}: ok, {r.fetched} fetched: {digest_text(r.digest)}", file=stdout)
            for warning in r.warnings:
                print(f"{r.account}: warning: {warning}", file=stderr)
        else:
            failed += 1
            what = {"needs_login": "needs login", "cancelled": "cancelled"}.get(r.state, "error")
            print(
                f"invoicedesk: account '{r.account}' ({spec.display_name}) {what}: {r.message}",
                file=stderr,
            )
    return 1 if failed else 0


def counted(ctx: Context, named: list[str]) -> list[str] | None:
    """The accounts an export or report covers: those named, else all but the disabled ones."""
    if named:
        return named
    disabled = {a.name for a in ctx.accounts.all() if not a.enabled}
    if not disabled:
        return None
    return [name for name in ctx.cache.account_names() if name not in disabled]


def cmd_export(ctx: Context, args: argparse.Namespace, stdout: IO[str]) -> int:
    for name in args.account:
        ctx.accounts.get(name)
    flt = export.ExportFilter(
        accounts=tuple(args.account),
        statuses=tuple(Status(s) for s in args.status),
        date_from=parse_date(args.date_from, "--from"),
        date_to=parse_date(args.date_to, "--to"),
    )
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise UsageError("--from is after --to")
    if args.format == "xlsx" and not args.output:
        raise UsageError("--format xlsx needs -o FILE (a spreadsheet cannot go to the terminal)")
    today = dt.date.today()
    invoices = (
        i for i in ctx.cache.stream_invoices(counted(ctx, args.account)) if flt.matches(i, today)
    )
    language = args.language or language_from_env()
    if args.output:
        try:
            export_file(invoices, Path(args.output), args.format, today, language)
        except TooManyRows as exc:
            raise UsageError(str(exc)) from None
        return 0
    if isinstance(stdout, io.TextIOWrapper):
        stdout.reconfigure(encoding="utf-8", newline="")
    export_stream(invoices, stdout, args.format, today, language)
    stdout.flush()
    return 0


def cmd_aging(ctx: Context, args: argparse.Namespace, stdout: IO[str]) -> int:
    for name in args.account:
        ctx.accounts.get(name)
    as_of = parse_date(args.as_of, "--as-of") or dt.date.today()
    report = Aging().add_invoices(ctx.cache.invoices(counted(ctx, args.account)), as_of)
    return _report(args, stdout, lambda: report.as_json(as_of), report.csv_rows)


def cmd_changes(ctx: Context, args: argparse.Namespace, stdout: IO[str]) -> int:
    for name in args.account:
        ctx.accounts.get(name)
    since = parse_date(args.since, "--since")
    start = dt.datetime.combine(since, dt.time()).astimezone() if since else None
    found = ctx.cache.changes(args.account or None, since=start)
    return _report(
        args,
        stdout,
        lambda: {"changes": [c.as_json() for c in found]},
        lambda: changes_csv_rows(found),
    )


def _report(
    args: argparse.Namespace,
    stdout: IO[str],
    as_json: Callable[[], object],
    csv_rows: Callable[[], Iterable[Sequence[object]]],
) -> int:
    """A report (aging, changes) as JSON or CSV, to ``-o FILE`` (whole or absent) or stdout."""
    if args.format == "json":
        text = json.dumps(as_json(), ensure_ascii=False, indent=1) + "\n"
    else:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerows(csv_rows())
        text = buffer.getvalue()
    if args.output:
        write_output(Path(args.output), text.encode("utf-8"))
    else:
        stdout.write(text)
        stdout.flush()
    return 0


def cmd_sandbox(args: argparse.Namespace, stdout: IO[str]) -> int:
    import time

    names = args.provider or list(sandbox.SANDBOX_NAMES)
    servers = []
    try:
        for i, name in enumerate(names):
            server = sandbox.create(name, port=args.port + i if args.port else 0).start()
            servers.append(server)
            demo = sandbox.demo_account(name, server)
            options = " ".join(f"--option {k}={v}" for k, v in demo.options.items())
            interactive = get_spec(name).login is not None
            secrets = {
                k: v
                for k, v in demo.secrets.items()
                if not (interactive and k in ("access_token", "refresh_token", "expires_at"))
            }
            account = f"{name}-sandbox"
            print(f"{name}: {server.base_url}", file=stdout)
            print(
                f"  invoicedesk accounts add {name} --name {account} "
                f"--base-url {demo.base_url} {options}",
                file=stdout,
            )
            print(f"  secrets (stdin): {json.dumps(secrets)}", file=stdout)
            if interactive:
                print(f"  then: invoicedesk accounts login {account}", file=stdout)
        print("Serving until Ctrl-C.", file=stdout, flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    finally:
        for server in servers:
            server.stop()
        if stdout is sys.stdout:
            stdout.flush()
