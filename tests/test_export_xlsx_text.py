"""The sheet writer's text cells: text needing no escape is written as it is, the rest escaped
or replaced (characters XML 1.0 cannot hold), and a spreadsheet reader reads back the text."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from invoicedesk.export_xlsx import _text, write_sheet

CASES = [
    ("Kari Nordmann AS", "Kari Nordmann AS"),
    ("Smith & Sons <ltd>", "Smith &amp; Sons &lt;ltd&gt;"),
    ("a\x00b\x1fc\ufffed", "a\ufffdb\ufffdc\ufffdd"),
    ("tab\tline\nbreak", "tab\tline\nbreak"),
    ("æøå € 🧾", "æøå € 🧾"),
]


@pytest.mark.parametrize(("given", "written"), CASES)
def test_text_is_escaped_only_where_needed(given: str, written: str) -> None:
    assert _text(given) == written


def test_a_reader_reads_the_text_back() -> None:
    buffer = io.BytesIO()
    rows = [[given, "1.50", "2026-01-31", "3"] for given, _ in CASES]
    kinds = {1: "amount", 2: "date", 3: "int"}
    write_sheet(buffer, ["t", "a", "d", "i"], rows, kinds=kinds, currency_column=0, widths=[9] * 4)
    sheet = load_workbook(io.BytesIO(buffer.getvalue())).active
    assert sheet is not None
    read = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    expected = [
        written.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        for _, written in CASES
    ]
    assert read == expected
    assert [cell.value for cell in sheet[2]][1:] == [1.5, sheet["C2"].value, 3]
    assert sheet["C2"].value.date().isoformat() == "2026-01-31"
