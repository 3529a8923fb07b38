"""Field checks for the account dialogs, in the user's language. The rules themselves live in
:mod:`invoicedesk.sync.account_rules` (one set, shared with ``accounts add`` and ``accounts
edit``); this module only says their problems in words. Each returns None when fine."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from invoicedesk.sync.account_rules import Problem, check_value, is_email, is_http_url, name_problem

translate = QCoreApplication.translate

__all__ = ["describe", "email_error", "is_email", "is_http_url", "name_error", "url_error"]


def describe(problem: Problem) -> str:
    """One short line for a field's problem, shown beside the field."""
    texts = {
        "required": translate("Validation", "Required."),
        "email": translate(
            "Validation", "This does not look like an e-mail address (name@example.com)."
        ),
        "url": translate("Validation", "Enter a web address starting with https:// (or http://)."),
        "digits": translate("Validation", "Digits only, e.g. 12345."),
        "currency": translate("Validation", "A three-letter currency code, e.g. DKK, NOK or EUR."),
        "positive": translate("Validation", "A whole number above 0."),
        "file": translate("Validation", "No such file."),
        "choice": translate("Validation", "Pick one of the choices."),
        "direction": translate("Validation", "Pick one of the choices."),
        "name": translate(
            "Validation",
            "Use up to 64 letters, digits, spaces and . _ @ + - (no space at the start or end).",
        ),
        "taken": translate("Validation", "An account with this name exists already."),
    }
    return texts.get(problem.code, problem.message)


def required_error(text: str) -> str | None:
    if text.strip():
        return None
    return translate("Validation", "Required.")


def check_error(check: str, key: str, text: str) -> str | None:
    problem = check_value(check, key, text)
    return describe(problem) if problem is not None else None


def url_error(text: str) -> str | None:
    return check_error("url", "url", text)


def email_error(text: str) -> str | None:
    return check_error("email", "email", text)


def name_error(name: str, taken: set[str]) -> str | None:
    if not name:
        return translate("Validation", "Give the account a name.")
    problem = name_problem(name, taken)
    return describe(problem) if problem is not None else None
