"""Lossless Invoice <-> JSON text, for the cache. Decimals and dates travel as strings; a field
holding its default is left out, so the documents stay compact.

Two ways each, with the same results:

- :func:`invoice_to_text` / :func:`invoice_from_text`: the fast path the cache uses. Encoding runs
  one function per dataclass, generated once from the type hints (no per-field reflection), and
  ``msgspec`` writes compact JSON; decoding is ``msgspec`` straight into the domain's frozen
  dataclasses (Decimal from its string, dates from ISO text), with the generic decoder below as
  the fallback for a document an older version wrote in another shape.
- :func:`invoice_to_dict` / :func:`invoice_from_dict`: the generic reflective walk, kept as the
  reference the fast path is tested against.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

import msgspec

from invoicedesk.domain import Invoice
from invoicedesk.storage import legacy_facts


def encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: encode(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not _is_default(getattr(value, f.name), f)
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [encode(v) for v in value]
    return value


def _is_default(value: Any, f: dataclasses.Field[Any]) -> bool:
    """Left out of the JSON: the field's own default, so decoding gives it back. Identity, not
    equality: Decimal("0") == False, and a zero amount must survive; and a False whose default
    is None (a failed transaction's ``success``) must not come back as "unknown"."""
    default = f.default
    if default is dataclasses.MISSING:
        return False
    if value is None or value is False or isinstance(value, Enum):
        return value is default
    return isinstance(value, tuple) and not value and default == ()


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(cls: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(cls) if a is not type(None)]
        return decode(args[0], data)
    if origin is tuple:
        targs = typing.get_args(cls)
        if len(targs) == 2 and targs[1] is Ellipsis:
            return tuple(decode(targs[0], v) for v in data)
        return tuple(decode(a, v) for a, v in zip(targs, data, strict=True))
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        hints = _hints(cls)
        return cls(**{k: decode(hints[k], v) for k, v in data.items() if k in hints})
    if isinstance(cls, type) and issubclass(cls, Enum):
        return cls(data)
    if cls is Decimal:
        return Decimal(data)
    if cls is dt.date:
        return dt.date.fromisoformat(data)
    return data


def invoice_to_dict(invoice: Invoice) -> dict[str, Any]:
    result: dict[str, Any] = encode(invoice)
    return result


def invoice_from_dict(data: dict[str, Any]) -> Invoice:
    facts = data.get("facts")
    if legacy_facts.is_legacy(facts):
        # cached before facts were typed: (label, text) pairs, typed again as they are read
        old: Invoice = decode(Invoice, {k: v for k, v in data.items() if k != "facts"})
        return dataclasses.replace(
            old, facts=legacy_facts.upgrade(old.provider, old.currency, facts)
        )
    invoice: Invoice = decode(Invoice, data)
    return invoice


# ---- the fast path ----------------------------------------------------------------------------

_ENCODER = msgspec.json.Encoder(decimal_format="string")
_DECODER = msgspec.json.Decoder(Invoice)


def invoice_document(invoice: Invoice) -> dict[str, Any]:
    """The same dict as :func:`invoice_to_dict`, made by the generated per-class encoders."""
    result: dict[str, Any] = _dataclass_encoder(Invoice)(invoice)
    return result


def document_text(doc: dict[str, Any]) -> str:
    """A document (as :func:`invoice_document` makes it) as compact JSON text."""
    return _ENCODER.encode(doc).decode()


def invoice_to_text(invoice: Invoice) -> str:
    return document_text(invoice_document(invoice))


def json_text(value: Any) -> str:
    """Any JSON-ready value (a provider's raw answer: Decimals as strings, like ``default=str``)
    as compact JSON text."""
    try:
        return _ENCODER.encode(value).decode()
    except (TypeError, OverflowError, msgspec.EncodeError):
        import json

        return json.dumps(value, ensure_ascii=False, default=str)


def invoice_from_text(text: str | bytes) -> Invoice:
    """The invoice stored as ``text``; a document in an older shape goes the generic way (and
    fails as it always did: TypeError, ValueError or KeyError)."""
    try:
        invoice: Invoice = _DECODER.decode(text)
    except msgspec.MsgspecError:
        import json

        return invoice_from_dict(json.loads(text))
    return invoice


_Encode = Callable[[Any], Any]


@cache
def _dataclass_encoder(cls: type) -> _Encode:
    """A function turning one ``cls`` into its document dict: each field's converter chosen from
    its type hint once, defaults left out exactly as :func:`_is_default` says."""
    hints = _hints(cls)
    names: dict[str, Any] = {"MISSING": dataclasses.MISSING}
    body = ["def encode(o):", "    d = {}"]
    for f in dataclasses.fields(cls):
        convert = _value_encoder(hints[f.name])
        names[f"c_{f.name}"] = convert
        names[f"default_{f.name}"] = f.default
        body.append(f"    v = o.{f.name}")
        default = f.default
        if default is dataclasses.MISSING:
            condition = "True"
        elif default is None or default is False or isinstance(default, Enum):
            condition = f"v is not default_{f.name}"
        elif default == ():
            condition = "not (isinstance(v, tuple) and not v)"
        else:
            condition = "True"
        value = "v" if convert is _same else f"(None if v is None else c_{f.name}(v))"
        body.append(f"    if {condition}:")
        body.append(f"        d[{f.name!r}] = {value}")
    body.append("    return d")
    exec("\n".join(body), names)  # noqa: S102 - code made here from field names only
    encoder: _Encode = names["encode"]
    return encoder


def _same(value: Any) -> Any:
    return value


def _value_encoder(hint: Any) -> _Encode:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _value_encoder(args[0]) if len(args) == 1 else encode
    if origin is tuple:
        targs = typing.get_args(hint)
        if len(targs) == 2 and targs[1] is Ellipsis:
            item = _value_encoder(targs[0])
            if item is _same:
                return list
            return lambda values: [None if v is None else item(v) for v in values]
        if all(_value_encoder(a) is _same for a in targs):
            return list
        return encode
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            return _dataclass_encoder(hint)
        if issubclass(hint, Enum):
            return _enum_value
        if hint is Decimal:
            return str
        if issubclass(hint, dt.date):
            return _iso
        if hint in (str, int, bool):
            return _same
    return encode


def _enum_value(value: Enum) -> Any:
    return value.value


def _iso(value: dt.date) -> str:
    return value.isoformat()
