"""What the window says when an invoice document could not be had: the words for a failed PDF
download or a PDF that could not be saved, and the message box that shows them beside the
detail pane where the user asked (the status bar line alone is easily missed).

All the wording is here; the provider's own reason is its error's line in the user's language
(:func:`describe_error`, through :mod:`invoicedesk.gui.error_text`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from invoicedesk.gui import notice
from invoicedesk.gui.dialogs.errors import describe_error
from invoicedesk.gui.notice import Warn as Warn

translate = QCoreApplication.translate


def provider_reason(error: BaseException | str) -> str:
    """Why the provider did not give the PDF, in one line, in the user's language."""
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
    notice.show_warning(parent, heading, text, "documentError")
