"""Lossless Invoice <-> JSON-ready dict, for the cache. Decimals and dates travel as strings."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

from invoicedesk.domain import Invoice


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
    if facts and isinstance(facts[0], list):
        # cached before facts were typed: (label, text) pairs; shown as they were until the
        # next sync brings typed ones
        data = {**data, "facts": [{"key": pair[0], "text": pair[1]} for pair in facts]}
    invoice: Invoice = decode(Invoice, data)
    return invoice
