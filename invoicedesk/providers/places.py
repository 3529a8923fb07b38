"""Where in a provider's answer something could not be read ("invoice 12, line 3 amount"), as
a translatable :class:`~invoicedesk.domain.text.Text`: the parsers name the place, the error
sentence takes it as a parameter. Wire field names (``AmountDebit``, ``unitPrice``) stay as
they are; the words around them are translated."""

from __future__ import annotations

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, text

#: a place: words a parser built (old style) or a Text
Place = str | Text

_ITEMS = {
    "line": QT_TRANSLATE_NOOP("Errors", "{what}, line {n}"),
    "offer": QT_TRANSLATE_NOOP("Errors", "{what}, offer {n}"),
    "reminder": QT_TRANSLATE_NOOP("Errors", "{what}, reminder {n}"),
    "refund": QT_TRANSLATE_NOOP("Errors", "{what} refund {n}"),
    "transaction": QT_TRANSLATE_NOOP("Errors", "{what} transaction {n}"),
    "credit note": QT_TRANSLATE_NOOP("Errors", "{what} credit note {n}"),
    "agency update": QT_TRANSLATE_NOOP("Errors", "{what} agency update {n}"),
}
#: fields named in words rather than by their wire name
_WORDS = {
    "amount": QT_TRANSLATE_NOOP("Errors", "{what} amount"),
    "VAT": QT_TRANSLATE_NOOP("Errors", "{what} VAT"),
    "VAT rate": QT_TRANSLATE_NOOP("Errors", "{what} VAT rate"),
    "paid amount": QT_TRANSLATE_NOOP("Errors", "{what} paid amount"),
    "status": QT_TRANSLATE_NOOP("Errors", "{what} status"),
    "date": QT_TRANSLATE_NOOP("Errors", "{what} date"),
    "refunds": QT_TRANSLATE_NOOP("Errors", "{what} refunds"),
    "transactions": QT_TRANSLATE_NOOP("Errors", "{what} transactions"),
    "credit notes": QT_TRANSLATE_NOOP("Errors", "{what} credit notes"),
    "agency updates": QT_TRANSLATE_NOOP("Errors", "{what} agency updates"),
}


def invoice(ident: object, provider: str | None = None) -> Text:
    """``invoice 12``, or ``ConnectID invoice 12`` with the provider's name."""
    if provider:
        template = QT_TRANSLATE_NOOP("Errors", "{provider} invoice {id}")
        return text(template, provider=provider, id=str(ident))
    return text(QT_TRANSLATE_NOOP("Errors", "invoice {id}"), id=str(ident))


def field(what: Place, name: str) -> Text:
    """A field of ``what``: by its wire name, or in words (see ``_WORDS``)."""
    if name in _WORDS:
        return text(_WORDS[name], what=what)
    return text(QT_TRANSLATE_NOOP("Errors", "{what} {field}"), what=what, field=name)


def item(what: Place, kind: str, n: object) -> Text:
    """The ``n``-th line, offer, reminder, refund ... of ``what``."""
    return text(_ITEMS[kind], what=what, n=str(n))
