"""Downloading an invoice's PDF through the account's :class:`HttpSession` (its TLS settings,
byte limit and deadline), with one rule for credentials: they go only to the account's own
origin. A link on another server, and every redirect hop off the account's origin, is fetched
with no credentials at all. Providers call :func:`download_pdf` from their ``fetch_pdf``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import NeedsLogin, ProviderDataError, ProviderError
from invoicedesk.providers.http import Auth, HttpSession, Response

#: redirects followed at most (each hop is checked for its origin again)
MAX_REDIRECTS = 5
_PDF_MAGIC = b"%PDF-"


@runtime_checkable
class PdfSource(Protocol):
    """A provider client that can download its invoices' PDFs (``Invoice.pdf_url``)."""

    def fetch_pdf(self, url: str, cancel: CancelToken) -> bytes: ...


def download_pdf(
    http: HttpSession,
    url: str,
    *,
    provider: str,
    cancel: CancelToken,
    auth: Auth | None = None,
    headers: Mapping[str, str] | None = None,
) -> bytes:
    """The PDF at ``url`` (absolute, or relative to the account's base URL). ``auth`` and
    ``headers`` are the account's credentials: sent only while the URL is on the account's own
    origin. Raises :class:`ProviderError` (or a subclass) with one line saying what was wrong."""
    target = http.url(url)
    for _hop in range(MAX_REDIRECTS + 1):
        if not target.startswith(("https://", "http://")):
            raise ProviderDataError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{provider}'s PDF link is not a web address, so it was not fetched"
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Sync the account; if the link stays wrong, the provider must fix it."
                ),
                provider=provider,
            )
        home = http.same_origin(target)
        response = http.request(
            "GET",
            target,
            headers={"Accept": "application/pdf", **(headers or {})} if home else {},
            auth=auth if home else None,
            cancel=cancel,
        )
        if response.is_redirect and "Location" in response.headers:
            target = http.url(str(response.url.join(response.headers["Location"])))
            continue
        return _pdf_body(response, provider, home, auth is not None)
    raise ProviderDataError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{provider}'s PDF link redirected more than {MAX_REDIRECTS} times, so it was given up",
        ),
        hint=QT_TRANSLATE_NOOP("Errors", "Try again later."),
        provider=provider,
        MAX_REDIRECTS=MAX_REDIRECTS,
    )


def _pdf_body(response: Response, provider: str, home: bool, has_credentials: bool) -> bytes:
    status = response.status_code
    where = response.url.host  # the path may be a capability token: never shown
    if status in (401, 403) and home and has_credentials:
        raise NeedsLogin(
            QT_TRANSLATE_NOOP(
                "Errors", "{provider} refused the account's login for the PDF (HTTP {status_})"
            ),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Check the account's login in Accounts, then try again."
            ),
            provider=provider,
            status_=status,
        )
    if status in (401, 403):
        elsewhere = "" if home else "; the account's login is never sent to another server"
        raise ProviderError(
            QT_TRANSLATE_NOOP(
                "Errors", "{where} refused the PDF download (HTTP {status_}){elsewhere}"
            ),
            status=status,
            hint=QT_TRANSLATE_NOOP("Errors", "Open the invoice at the provider's website instead."),
            where=where,
            status_=status,
            elsewhere=elsewhere,
        )
    if status in (404, 410):
        raise ProviderError(
            QT_TRANSLATE_NOOP(
                "Errors", "{provider} no longer has this PDF ({where} answered HTTP {status_})"
            ),
            status=status,
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Sync the account to get a fresh link, then try again."
            ),
            provider=provider,
            where=where,
            status_=status,
        )
    if status >= 300:
        raise ProviderError(
            QT_TRANSLATE_NOOP("Errors", "{provider} answered HTTP {status_} for the PDF"),
            status=status,
            hint=QT_TRANSLATE_NOOP("Errors", "Try again later."),
            provider=provider,
            status_=status,
        )
    if not response.content.startswith(_PDF_MAGIC):
        kind = response.headers.get("Content-Type", "unknown type").split(";")[0]
        raise ProviderDataError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{provider} sent something that is not a PDF ({kind}, {count} bytes), "
                "so it was not kept",
            ),
            hint=QT_TRANSLATE_NOOP(
                "Errors", "Try again later, or open the invoice at the provider's website."
            ),
            provider=provider,
            kind=kind,
            count=len(response.content),
        )
    return response.content
