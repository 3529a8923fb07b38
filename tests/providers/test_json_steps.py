"""Large answers are parsed in steps (so the GUI thread gets the GIL between elements), with
exactly json.loads' result and errors."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invoicedesk.providers import json_steps

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.decimals(allow_nan=False, allow_infinity=False, places=3),
    st.text(),
)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


@pytest.fixture
def always_in_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_steps, "STEP_ABOVE", 0)


@settings(max_examples=300, deadline=None)
@given(documents, st.sampled_from([None, 0, 2]))
def test_same_result_as_json_loads(value: object, indent: int | None) -> None:
    text = json.dumps(value, default=float, indent=indent, ensure_ascii=False)
    original = json_steps.STEP_ABOVE
    json_steps.STEP_ABOVE = 0
    try:
        for content in (text, text.encode("utf-8"), text.encode("utf-16")):
            assert json_steps.loads(content) == json.loads(content, parse_float=Decimal)
    finally:
        json_steps.STEP_ABOVE = original


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "[1,]",
        "[1 2]",
        '{"a" 1}',
        '{"a": 1,}',
        "{1: 2}",
        '{"a": [1, 2}',
        "[1] x",
        '{"a": 1} {"b": 2}',
        "\ufeff[1]",
        '{"invoices": [{"total": 12.50}, {"total": 1e}]}',
    ],
)
def test_same_errors_as_json_loads(always_in_steps: None, text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text, parse_float=Decimal)
    with pytest.raises(json.JSONDecodeError) as got:
        json_steps.loads(text)
    assert got.value.pos == expected.value.pos


def test_large_envelope_keeps_decimals_and_order() -> None:
    items = [{"id": i, "total": f"{i}.25"} for i in range(20_000)]
    text = (
        '{"offset": 0, "invoices": ['
        + ",".join(f'{{"id": {i}, "total": {i}.25}}' for i in range(20_000))
        + "]}"
    )
    assert len(text) > json_steps.STEP_ABOVE
    parsed = json_steps.loads(text.encode())
    assert parsed["invoices"][-1] == {"id": 19_999, "total": Decimal("19999.25")}
    assert [i["id"] for i in parsed["invoices"]] == [i["id"] for i in items]
