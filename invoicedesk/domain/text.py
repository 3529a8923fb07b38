"""A sentence for the bookkeeper that the window can translate: an English template with named
``{placeholders}`` and its parameters, kept apart until it is shown.

The Qt-free layers (providers, sync, storage) word their errors as :class:`Text`; ``str()`` of
one is the English sentence (the CLI and the log stay English), and the window translates the
template and fills in the parameters in the user's language (``invoicedesk.gui.error_text``).
A Text pickles (the sync child sends it over its pipe) and round-trips through JSON (the cache
keeps an account's last error as one).

Templates are marked with :func:`QT_TRANSLATE_NOOP` (context ``"Errors"``), which
``pyside6-lupdate`` finds by name in any module, so ``scripts/update_translations.py`` puts them
in the .ts files. Inside a template, ``{name}``, ``{name!r}`` and ``{name:spec}`` work as in
:meth:`str.format`; a parameter is text, a number, a date or another :class:`Text`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Union

#: the translation context of every template of the Qt-free layers
CONTEXT = "Errors"

Param = Union[str, int, float, Decimal, dt.date, "Text"]

_FIELD = re.compile(r"\{\{|\}\}|\{(\w+)(?:!([rsa]))?(?::([^{}]*))?\}")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for translation; returns it unchanged."""
    return source


@dataclass(frozen=True)
class Text:
    template: str
    params: tuple[tuple[str, Param], ...] = ()

    def __str__(self) -> str:
        return render(self, lambda template: template, english_value)

    def param(self, name: str) -> Param | None:
        return dict(self.params).get(name)

    def map_strings(self, change: Callable[[str], str]) -> Text:
        """The same Text with ``change`` applied to its template and every text parameter (the
        redaction of secrets), nested ones included."""

        def each(value: Param) -> Param:
            if isinstance(value, Text):
                return value.map_strings(change)
            return change(value) if isinstance(value, str) else value

        return Text(change(self.template), tuple((k, each(v)) for k, v in self.params))

    def to_json(self) -> str:
        return json.dumps(_encode(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, data: str) -> Text | None:
        """The Text that :meth:`to_json` wrote, or None for anything else."""
        try:
            value = _decode(json.loads(data))
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        return value if isinstance(value, Text) else None


def text(template: str, **params: Param) -> Text:
    return Text(template, tuple(params.items()))


def joined(parts: list[Text]) -> Text:
    """``parts`` one after the other, separated by "; "."""
    if len(parts) == 1:
        return parts[0]
    rest = joined(parts[1:]) if parts[1:] else Text("")
    return text(QT_TRANSLATE_NOOP("Errors", "{first}; {rest}"), first=parts[0], rest=rest)


def as_text(message: str | Text, params: Mapping[str, Param] | None = None) -> Text:
    """A Text from a template (with ``params``) or an already-made Text."""
    if isinstance(message, Text):
        return message
    return Text(message, tuple((params or {}).items()))


def english_value(value: Param, conversion: str | None, spec: str) -> str:
    """A parameter as the English sentence shows it (as :meth:`str.format` would)."""
    if isinstance(value, Text):
        value = str(value)
    if conversion == "r":
        value = repr(value)
    elif conversion in ("s", "a"):
        value = str(value) if conversion == "s" else ascii(value)
    return format(value, spec)


def render(
    message: Text,
    translate: Callable[[str], str],
    value: Callable[[Param, str | None, str], str],
) -> str:
    """``message`` with its template through ``translate`` and each parameter through ``value``
    (nested Texts are rendered the same way first). A translated template that names a
    parameter the Text lacks, or is malformed, falls back to the English template."""
    params = {
        name: render(v, translate, value) if isinstance(v, Text) else v
        for name, v in message.params
    }
    translated = translate(message.template)
    for template in (
        (translated, message.template) if translated != message.template else (translated,)
    ):
        try:
            return _fill(template, params, value)
        except (KeyError, ValueError, TypeError):
            continue
    return message.template


def _fill(
    template: str, params: Mapping[str, Param], value: Callable[[Param, str | None, str], str]
) -> str:
    def field(match: re.Match[str]) -> str:
        whole = match.group(0)
        if whole in ("{{", "}}"):
            return whole[0]
        return value(params[match.group(1)], match.group(2), match.group(3) or "")

    rest = _FIELD.sub("", template)
    if "{" in rest or "}" in rest:
        raise ValueError("a stray brace")
    return _FIELD.sub(field, template)


def _encode(value: Param) -> Any:
    if isinstance(value, Text):
        return {"t": value.template, "p": [[k, _encode(v)] for k, v in value.params]}
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return {"d": str(value)}
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    return value


def _decode(value: Any) -> Param:
    if isinstance(value, dict):
        if "t" in value:
            return Text(str(value["t"]), tuple((str(k), _decode(v)) for k, v in value["p"]))
        if "d" in value:
            return Decimal(value["d"])
        return dt.date.fromisoformat(value["date"])
    if isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"not a parameter: {value!r}")


class TextError(Exception):
    """An error whose one line is a :class:`Text`: ``str()`` is the English line, ``text`` the
    translatable one. Mixed into the Qt-free layers' own errors (keyring, accounts, cache)."""

    def __init__(self, message: str | Text = "", **params: Param) -> None:
        self.text = as_text(message, params)
        super().__init__(str(self.text))
