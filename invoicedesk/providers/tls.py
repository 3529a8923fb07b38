"""TLS for every account's session: the operating system's trust store by default (through
``truststore``), a private certificate authority where the account names one (``ca_file``), and
a certificate failure told as what is wrong and what to do. Used by :mod:`.http`."""

from __future__ import annotations

import functools
import ssl

import truststore

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, text
from invoicedesk.providers.errors import ConfigError


@functools.cache
def default_tls_context() -> ssl.SSLContext:
    """The verifying context for ``verify=True``, made once and shared by every session: the
    operating system's trust store (Windows and macOS verify through the OS; Linux uses the
    distribution's CA store), through ``truststore``, so a company proxy or antivirus whose CA
    the IT department installed on the machine is trusted, as in the browser. certifi's bundle,
    which httpx would use, knows none of those."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # httpx's own context would offer HTTP/1.1 by ALPN; keep that.
    context.set_alpn_protocols(["http/1.1"])
    return context


def system_tls(verify: bool) -> ssl.SSLContext | bool:
    return default_tls_context() if verify else False


def tls_context(ca_file: str) -> ssl.SSLContext:
    """A verifying client context that trusts the certificate authority in ``ca_file``."""
    try:
        return ssl.create_default_context(cafile=ca_file)
    except (OSError, ssl.SSLError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or getattr(exc, "reason", None) or str(exc)
        raise ConfigError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the ca_file option names {ca_file}, which cannot be read as a CA "
                "certificate ({reason})",
            ),
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Point ca_file at the certificate authority's PEM file, or remove the option.",
            ),
            ca_file=ca_file,
            reason=reason,
        ) from None


def certificate_problem(exc: BaseException) -> ssl.SSLError | None:
    """The TLS verification error behind a transport error, if that is what it is."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        current = current.__cause__ or current.__context__
    text = str(exc)
    if "CERTIFICATE_VERIFY_FAILED" in text:
        return ssl.SSLError(text)
    return None


CA_HINT = QT_TRANSLATE_NOOP(
    "Errors",
    "If the server uses a private certificate authority, set the account's ca_file option to "
    "that CA's certificate (PEM). Also check the computer's date and time, and any proxy or "
    "antivirus that intercepts HTTPS.",
)


def describe_certificate_problem(problem: ssl.SSLError) -> tuple[Text, str]:
    """What is wrong with the server's certificate, and what to do about it."""
    code = getattr(problem, "verify_code", None)
    detail = str(getattr(problem, "verify_message", None) or problem.reason or problem)
    detail = detail.rstrip(".")
    lowered = detail.lower()
    # OpenSSL X509_V_ERR_*: 62 host name mismatch, 64 IP address mismatch, 9/10 not yet valid or
    # expired.
    if code in (62, 64) or "mismatch" in lowered:
        return (
            text(
                QT_TRANSLATE_NOOP(
                    "Errors", "the server's certificate is for another host name ({detail})"
                ),
                detail=detail,
            ),
            QT_TRANSLATE_NOOP(
                "Errors",
                "Check the account's base URL: it must name the host the certificate was made for.",
            ),
        )
    if code in (9, 10) or "expired" in lowered or "not yet valid" in lowered:
        return (
            text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the server's certificate is not valid at this date and time ({detail})",
                ),
                detail=detail,
            ),
            QT_TRANSLATE_NOOP(
                "Errors",
                "Check the computer's date, time and time zone; if they are right, the server's "
                "certificate has expired.",
            ),
        )
    what = QT_TRANSLATE_NOOP("Errors", "the server's certificate is not trusted ({detail})")
    return text(what, detail=detail), CA_HINT
