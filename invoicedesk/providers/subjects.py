"""What a request asked for, as an error message names it ("the invoice list", "invoice 12"),
as a translatable :class:`~invoicedesk.domain.text.Text`: the providers name their requests in
English words, and the sentences of their status errors take these as a parameter."""

from __future__ import annotations

import re

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, text

_FIXED = {
    "invoice list": QT_TRANSLATE_NOOP("Errors", "the invoice list"),
    "the invoice list": QT_TRANSLATE_NOOP("Errors", "the invoice list"),
    "login": QT_TRANSLATE_NOOP("Errors", "the login"),
    "the invoice lookup": QT_TRANSLATE_NOOP("Errors", "the invoice lookup"),
    "the connection test": QT_TRANSLATE_NOOP("Errors", "the connection test"),
}
_NAMED = (
    (
        re.compile(r"the invoice list for product (.+)"),
        QT_TRANSLATE_NOOP("Errors", "the invoice list for product {id}"),
    ),
    (
        re.compile(r"the invoices of customer (.+)"),
        QT_TRANSLATE_NOOP("Errors", "the invoices of customer {id}"),
    ),
    (
        re.compile(r"the details of invoice (.+)"),
        QT_TRANSLATE_NOOP("Errors", "the details of invoice {id}"),
    ),
    (re.compile(r"invoice key (.+)"), QT_TRANSLATE_NOOP("Errors", "invoice key {id}")),
    (re.compile(r"invoice (\S+)"), QT_TRANSLATE_NOOP("Errors", "invoice {id}")),
    (re.compile(r"customer (\S+)"), QT_TRANSLATE_NOOP("Errors", "customer {id}")),
)


def subject(what: str) -> Text:
    """``what`` as a Text; words it does not know stay as they are."""
    if what in _FIXED:
        return text(_FIXED[what])
    for pattern, template in _NAMED:
        match = pattern.fullmatch(what)
        if match:
            return text(template, id=match.group(1))
    return text(what)
