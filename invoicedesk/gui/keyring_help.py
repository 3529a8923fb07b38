"""Why no keyring can be used and what to do, in the window's language: the same diagnosis as
the CLI's English line (:func:`invoicedesk.storage.secrets.keyring_problem`), worded here. The
commands stay as they are typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from invoicedesk.storage.secrets import BackendReport, KeyringProblem, keyring_problem

translate = QCoreApplication.translate

UNLOCK = "printf PASSWORD | gnome-keyring-daemon --unlock --components=secrets"
INSTALL = "apt install gnome-keyring dbus-x11"


def keyring_help(report: BackendReport, problem: KeyringProblem | None = None) -> str:
    problem = problem if problem is not None else keyring_problem(report)
    intro = translate(
        "KeyringHelp",
        "No usable keyring: invoicedesk keeps passwords and tokens only in the system keyring.",
    )
    if problem.case == "plain_text":
        what = translate(
            "KeyringHelp",
            "The only keyring found (keyrings.alt) stores secrets in plain text. Uninstall "
            "keyrings.alt and use the desktop's keyring (GNOME Keyring, KWallet, KeePassXC).",
        )
    elif problem.case == "not_loaded":
        what = translate(
            "KeyringHelp",
            "The configured keyring could not be loaded ({detail}). Check the "
            "PYTHON_KEYRING_BACKEND variable and keyring's configuration file.",
        ).format(detail=problem.detail)
    elif problem.case == "other_platform":
        what = translate(
            "KeyringHelp",
            "The system keyring could not be used ({detail}). Sign in to the computer's user "
            "account normally and try again.",
        ).format(detail=problem.detail)
    elif problem.case == "no_bus":
        what = translate(
            "KeyringHelp",
            "No keyring service is running in this session (there is no D-Bus session). Sign "
            "in to a desktop session, or in a plain shell start one with `{session}` and, "
            "inside it, `{unlock}` (see 'Headless Linux' in the README).",
        ).format(session="dbus-run-session -- bash", unlock=UNLOCK)
    else:
        what = translate(
            "KeyringHelp",
            "No keyring service is running in this session (nothing answers for the Secret "
            "Service on D-Bus). Start one: `{unlock}` (see 'Headless Linux' in the README), or "
            "sign in to a desktop session.",
        ).format(unlock=UNLOCK)
    if problem.install and problem.case in ("no_bus", "no_service"):
        what += " " + translate("KeyringHelp", "First install one, e.g. `{install}`.").format(
            install=INSTALL
        )
    return f"{intro} {what}"
