"""``accounts edit``, ``accounts disable|enable`` and ``accounts remove``: the CLI side of the
window's account menu, over the same :mod:`invoicedesk.sync.account_admin`."""

from __future__ import annotations

import argparse
from typing import IO, Any

from invoicedesk.cli_context import Context
from invoicedesk.cli_input import UsageError, parse_options, read_secrets
from invoicedesk.providers import get_spec
from invoicedesk.sync import account_admin
from invoicedesk.sync.account_rules import Problem, secret_keys_hint


def add_parsers(acc: Any, common: argparse.ArgumentParser) -> None:
    edit = acc.add_parser(
        "edit",
        parents=[common],
        help="change options (KEY= removes one) or the name; changed secrets as JSON on stdin",
    )
    edit.add_argument("name")
    edit.add_argument("--option", action="append", default=[], metavar="KEY=VALUE")
    edit.add_argument("--rename", metavar="NEW")
    edit.add_argument(
        "--yes",
        action="store_true",
        help="drop the cached invoices without asking when the login or server changes "
        "(needed when stdin is not a terminal)",
    )
    for action, text in (
        ("disable", "keep the account but do not sync it or count its invoices"),
        ("enable", "sync and count a disabled account again"),
    ):
        parser = acc.add_parser(action, parents=[common], help=text)
        parser.add_argument("name")


def problems_text(problems: list[Problem]) -> str:
    return "; ".join(p.message for p in problems)


def cmd_edit(
    ctx: Context, args: argparse.Namespace, stdin: IO[str], stdout: IO[str], stderr: IO[str]
) -> int:
    account = ctx.accounts.get(args.name)
    options = parse_options(args.option)
    secrets = read_secrets(stdin, account.provider, prompt=False)
    if not options and not secrets and args.rename is None:
        spec = get_spec(account.provider)
        raise UsageError(
            f"nothing to change for '{account.name}': give --option KEY=VALUE, --rename NEW, "
            f"or changed secrets as a JSON object on stdin, e.g. {secret_keys_hint(spec)}"
        )
    try:
        plan = account_admin.plan_edit(
            ctx.accounts,
            ctx.secrets,
            ctx.cache,
            account.name,
            options=options,
            secret_changes=secrets or None,
            new_name=args.rename,
        )
    except account_admin.EditRefused as exc:
        raise UsageError(problems_text(exc.problems)) from None
    if plan.login_changed and plan.cached and not args.yes and not may_drop(plan, stdin, stderr):
        print(f"Account '{account.name}': nothing changed.", file=stdout)
        return 1
    dropped = account_admin.apply_edit(plan, ctx.accounts, ctx.secrets, ctx.cache)
    done = []
    if plan.renamed:
        done.append(f"renamed to '{plan.new.name}' (cached invoices and secrets follow)")
    changed = sorted(k for k in options if plan.old.options.get(k) != plan.new.options.get(k))
    if changed:
        done.append("changed " + ", ".join(changed))
    if secrets:
        done.append("new secrets stored in the keyring")
    if plan.login_changed:
        done.append(
            f"a different login or server: its {dropped} cached invoices were dropped; "
            f"run `invoicedesk sync --account '{plan.new.name}'`"
        )
    print(f"Account '{account.name}': {'; '.join(done) or 'nothing changed'}.", file=stdout)
    return 0


def may_drop(plan: account_admin.EditPlan, stdin: IO[str], stderr: IO[str]) -> bool:
    """Ask before a changed login drops the cached invoices, as the window does: y/N on a
    terminal (no by default); elsewhere nobody can answer, so ``--yes`` is required."""
    what = (
        f"the login or server of '{plan.old.name}' changes, so its {plan.cached} cached "
        "invoices (another login's) would be dropped"
    )
    if not stdin.isatty():
        raise UsageError(f"{what}; add --yes to drop them (nothing was changed)")
    print(f"{what[0].upper()}{what[1:]}. Drop them? [y/N] ", end="", file=stderr, flush=True)
    return stdin.readline().strip().lower() in ("y", "yes")


def cmd_enable(
    ctx: Context, args: argparse.Namespace, stdin: IO[str], stdout: IO[str], stderr: IO[str]
) -> int:
    enable = args.action == "enable"
    account = ctx.accounts.set_enabled(args.name, enable)
    if enable:
        print(f"Enabled account '{account.name}': it is synced and counted again.", file=stdout)
    else:
        print(
            f"Disabled account '{account.name}': kept, but not synced and left out of exports "
            "and reports unless named with --account.",
            file=stdout,
        )
    return 0


def cmd_remove(
    ctx: Context, args: argparse.Namespace, stdin: IO[str], stdout: IO[str], stderr: IO[str]
) -> int:
    removed = account_admin.remove_account(ctx.accounts, ctx.secrets, ctx.cache, args.name)
    secrets = "its keyring entry, " if removed.had_secrets else ""
    print(
        f"Removed account '{removed.account.name}': its settings, {secrets}"
        f"and {removed.invoices} cached invoices.",
        file=stdout,
    )
    return 0


HANDLERS = {"edit": cmd_edit, "enable": cmd_enable, "disable": cmd_enable, "remove": cmd_remove}
