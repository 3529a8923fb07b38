"""``json.loads(..., parse_float=Decimal)`` for large answers, in steps.

``json.loads`` is one C call: it holds the GIL until the whole document is parsed, ~100 ms for a
3 MB Buckaroo answer, and the GUI thread cannot paint meanwhile. Here the outer levels of a large
document (the envelope and its lists) are walked in Python and each element is parsed by the
same C scanner (``raw_decode``), so other threads get their turn between elements. The result
is exactly what ``json.loads`` gives, and so are the errors (:class:`json.JSONDecodeError`).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

#: documents smaller than this are parsed in one call (a few milliseconds at most)
STEP_ABOVE = 256 * 1024
#: container levels walked in Python (envelope object -> its lists -> their elements)
DEPTH = 2

_DECODER = json.JSONDecoder(parse_float=Decimal)
_SPACE = re.compile(r"[ \t\n\r]*")


def loads(content: bytes | str) -> Any:
    """The JSON document in ``content``, non-integer numbers as Decimal."""
    if len(content) < STEP_ABOVE:
        return json.loads(content, parse_float=Decimal)
    if isinstance(content, bytes):
        content = content.decode(json.detect_encoding(content), "surrogatepass")
    if content.startswith("\ufeff"):
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", content, 0)
    value, end = _value(content, _skip(content, 0), DEPTH)
    end = _skip(content, end)
    if end != len(content):
        raise json.JSONDecodeError("Extra data", content, end)
    return value


def _skip(text: str, index: int) -> int:
    match = _SPACE.match(text, index)
    return match.end() if match else index


def _value(text: str, index: int, depth: int) -> tuple[Any, int]:
    char = text[index : index + 1]
    if depth > 0 and char == "[":
        return _array(text, index, depth)
    if depth > 0 and char == "{":
        return _object(text, index, depth)
    value, end = _DECODER.raw_decode(text, index)
    return value, end


def _array(text: str, index: int, depth: int) -> tuple[list[Any], int]:
    items: list[Any] = []
    index = _skip(text, index + 1)
    if text[index : index + 1] == "]":
        return items, index + 1
    while True:
        item, index = _value(text, index, depth - 1)
        items.append(item)
        index = _skip(text, index)
        char = text[index : index + 1]
        if char == "]":
            return items, index + 1
        if char != ",":
            raise json.JSONDecodeError("Expecting ',' delimiter", text, index)
        index = _skip(text, index + 1)


def _object(text: str, index: int, depth: int) -> tuple[dict[str, Any], int]:
    obj: dict[str, Any] = {}
    index = _skip(text, index + 1)
    if text[index : index + 1] == "}":
        return obj, index + 1
    while True:
        if text[index : index + 1] != '"':
            raise json.JSONDecodeError(
                "Expecting property name enclosed in double quotes", text, index
            )
        key, index = _DECODER.raw_decode(text, index)
        index = _skip(text, index)
        if text[index : index + 1] != ":":
            raise json.JSONDecodeError("Expecting ':' delimiter", text, index)
        obj[key], index = _value(text, _skip(text, index + 1), depth - 1)
        index = _skip(text, index)
        char = text[index : index + 1]
        if char == "}":
            return obj, index + 1
        if char != ",":
            raise json.JSONDecodeError("Expecting ',' delimiter", text, index)
        index = _skip(text, index + 1)
