"""Texts with a count ("1 row" / "3 rows", and each language's own plural forms).

They live in one QObject subclass on purpose: pyside6-lupdate (6.11) marks a message as a plural
only in ``self.tr(text, "", n)`` with a variable ``n``, not in ``QCoreApplication.translate``. The
context is the class name, "Plurals". Keep ``QCoreApplication.translate`` out of this module:
mixed with ``self.tr`` in one function it makes lupdate guess the wrong context."""

from __future__ import annotations

from PySide6.QtCore import QObject


class Plurals(QObject):
    def followed(self, n: int) -> str:
        return self.tr("%n invoice(s) or customer(s) followed", "", n)

    def imported_rows(self, n: int) -> str:
        """Contains ``{name}`` (the file name)."""
        return self.tr("Imported %n row(s) from {name}", "", n)

    def skipped_lines(self, n: int) -> str:
        return self.tr("Skipped %n bad line(s):", "", n)

    def need_attention(self, n: int) -> str:
        return self.tr("%n account(s) to look at", "", n)

    def selected(self, n: int) -> str:
        return self.tr("%n row(s) selected", "", n)

    def copied(self, n: int) -> str:
        return self.tr("Copied %n row(s)", "", n)


def plurals() -> Plurals:
    return Plurals()
