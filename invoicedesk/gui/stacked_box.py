"""One widget holding others one above the other, edge to edge (the main window's columns)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget


def stacked(*widgets: tuple[QWidget, int]) -> QWidget:
    """A widget holding ``widgets`` one above the other, edge to edge, each with its stretch."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget, stretch in widgets:
        layout.addWidget(widget, stretch)
    return box
