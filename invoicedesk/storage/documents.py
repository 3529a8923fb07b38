"""The profile's documents folder: invoice PDFs downloaded once and opened offline after.

One file per invoice, named from the provider, account and invoice number made safe (letters,
digits, ``-``, ``_`` and ``.`` only; no separators, no leading dot, bounded length) plus a short
hash of the exact names, so no provider text can point a file outside the folder and two
invoices never share a file. Files are written whole (temporary file, then rename), so a PDF cut
off by a crash is never taken for a complete one. Qt-free."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, TextError

PDF_MAGIC = b"%PDF-"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_PART_MAX = 40


class DocumentError(TextError):
    """The documents folder could not be read or written: one line with what to do."""


def safe_part(text: str) -> str:
    """``text`` as a harmless piece of a file name (never empty, never ``.``/``..``)."""
    cleaned = _UNSAFE.sub("_", text).strip("._-")[:_PART_MAX]
    return cleaned or "x"


class DocumentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, provider: str, account: str, invoice_id: str, number: str | None) -> Path:
        """Where the invoice's PDF is (or would be) kept."""
        key = "\0".join((provider, account, invoice_id)).encode("utf-8", "surrogatepass")
        digest = hashlib.sha256(key).hexdigest()[:10]
        name = "_".join(
            (safe_part(provider), safe_part(account), safe_part(number or invoice_id), digest)
        )
        return self.root / f"{name}.pdf"

    def find(self, provider: str, account: str, invoice_id: str, number: str | None) -> Path | None:
        """The kept PDF, if there is one that looks like a PDF."""
        path = self.path_for(provider, account, invoice_id, number)
        try:
            with path.open("rb") as file:
                return path if file.read(len(PDF_MAGIC)) == PDF_MAGIC else None
        except OSError:
            return None

    def save(
        self, provider: str, account: str, invoice_id: str, number: str | None, data: bytes
    ) -> Path:
        """Keep ``data`` as the invoice's PDF; returns its path."""
        path = self.path_for(provider, account, invoice_id, number)
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temporary = tempfile.mkstemp(dir=self.root, prefix=".part-", suffix=".pdf")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(data)
                    file.flush()
                    os.fsync(file.fileno())
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise DocumentError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "could not keep the PDF in {root} ({reason}); free some space or check "
                    "the folder's permissions, then try again",
                ),
                root=str(self.root),
                reason=reason,
            ) from None
        return path
