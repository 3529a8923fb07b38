"""What the window says when an invoice document could not be had: the words for a failed PDF
download or a PDF that could not be saved, and the message box that shows them beside the
detail pane where the user asked (the status bar line alone is easily missed).

All the wording is here, so the provider's own reason (today :func:`describe_error`, the
provider error's one line) can be swapped for the shared provider error texts in one place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from invoicedesk.gui.dialogs.errors import describe_error

translate = QCoreApplication.translate

#: shows (heading, text) to the user near ``parent``; tests may replace it
Warn = Callable[[QWidget | None, str, str], None]


def provider_reason(error: BaseException | str) -> str:
    """Why the provider did not give the PDF, in one line (the swap point for the shared
    provider error texts)."""
    text = describe_error(error) if isinstance(error, BaseException) else error
    return text.strip().rstrip(".") + "."


def download_failed(title: str, error: BaseException | str) -> tuple[str, str]:
    """(heading, text) for a PDF of invoice ``title`` that could not be downloaded."""
    heading = translate("DocumentErrors", "PDF not available")
    text = "\n\n".join(
        (
            translate("DocumentErrors", "Could not get the PDF of {title}.").format(title=title),
            provider_reason(error),
            translate(
                "DocumentErrors",
                "Try again later or open the invoice on the provider's site. You can also save "
                "the invoice as PDF from the cached data.",
            ),
        )
    )
    return heading, text


def download_failed_line(title: str, error: BaseException | str) -> str:
    """The same, as one line for the status bar."""
    return (
        translate("DocumentErrors", "Could not get the PDF of {title}: {reason}").format(
            title=title, reason=provider_reason(error)
        )
        + " "
        + translate("DocumentErrors", "You can save the invoice as PDF from the cached data.")
    )


def save_failed(path: str, error: BaseException) -> tuple[str, str]:
    """(heading, text) for a rendered PDF that could not be written to ``path``."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return (
        translate("DocumentErrors", "PDF not saved"),
        translate(
            "DocumentErrors",
            "Could not save {path} ({reason}). Choose another folder, or free some space.",
        ).format(path=path, reason=reason or type(error).__name__),
    )


def show_warning(parent: QWidget | None, heading: str, text: str) -> None:
    """A window-modal warning that does not block the caller (the event loop goes on)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, heading, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("documentError")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("DocumentErrors", "OK"))
    box.open()
