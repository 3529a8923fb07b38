"""The RFC 8252 loopback redirect receiver: a one-shot listener bound to 127.0.0.1 on an
ephemeral port.

It answers only the browser's redirect: a GET for the exact redirect path whose ``Host`` header
names the loopback address and port it listens on, carrying this login's ``state``. Anything
else (another path, another Host — a DNS-rebinding page —, a wrong or missing ``state``) gets an
error page and is ignored: a stray request cannot end the real login. The first request that
does carry the right ``state`` finishes it, once; :meth:`LoopbackListener.wait` gives up after a
timeout and honours a cancel token.
"""

from __future__ import annotations

import hmac
import html
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from invoicedesk.domain.text import QT_TRANSLATE_NOOP
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import ProviderError, SecurityError

LOOPBACK_HOST = "127.0.0.1"

# ---- loopback redirect listener -----------------------------------------------------------------

_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body style="font-family: sans-serif; margin: 3em">
<h1>{title}</h1><p>{text}</p></body></html>
"""


@dataclass
class _Outcome:
    code: str | None = None
    error: str | None = None
    detail: str | None = None


class _Server(HTTPServer):
    allow_reuse_address = False
    timeout = 0.1

    def __init__(self, listener: LoopbackListener) -> None:
        self.listener = listener
        super().__init__((LOOPBACK_HOST, 0), _Handler)

    def handle_timeout(self) -> None:  # a quiet poll tick
        return


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 5.0  # a client that connects and never speaks cannot hold the listener

    def log_message(self, format: str, *args: Any) -> None:
        return  # the query carries the authorization code: never log it

    def do_GET(self) -> None:
        listener = self.server.listener
        parts = urlsplit(self.path)
        if listener.finished:
            self._page(404, "Not found", "This sign-in has already finished.")
            return
        if (self.headers.get("Host") or "").strip().lower() != listener.netloc:
            # another name for this address (a DNS-rebinding page, a proxy): not the browser's
            # redirect to the URI we registered
            self._page(421, "Not found", "This address is not part of the sign-in.")
            return
        if parts.path != listener.path or self.path.startswith("//"):
            self._page(404, "Not found", "This address is not part of the sign-in.")
            return
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        state = query.get("state", "")
        if not hmac.compare_digest(state.encode(), listener.expected_state.encode()):
            self._page(
                400,
                "Sign-in not accepted",
                f"This answer does not belong to the sign-in {listener.app} started. "
                "Close this tab and start the sign-in again.",
            )
            listener.refused += 1  # junk or forged: the real redirect may still come
            return
        if query.get("error"):
            self._page(
                400,
                "Sign-in not completed",
                "The sign-in was not completed. You can close this tab.",
            )
            listener.finish(
                _Outcome(error=query["error"], detail=query.get("error_description") or None)
            )
            return
        code = query.get("code", "")
        if not code:
            self._page(400, "Sign-in not completed", "The answer carried no authorization code.")
            listener.finish(_Outcome(error="no_code"))
            return
        self._page(
            200,
            "Signed in",
            f"You are signed in to {listener.app}. You can close this tab and return to the app.",
        )
        listener.finish(_Outcome(code=code))

    def do_POST(self) -> None:
        self._page(405, "Not allowed", "Only the browser's redirect is accepted here.")

    def _page(self, status: int, title: str, text: str) -> None:
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True


class LoopbackListener:
    """A one-shot RFC 8252 redirect receiver on ``http://127.0.0.1:<ephemeral port><path>``.

    Bound at construction (never on 0.0.0.0), so :attr:`redirect_uri` is known before the browser
    opens. :meth:`start` serves in a background thread until one redirect to ``path`` arrived (or
    :meth:`close`); :meth:`wait` returns the authorization code or raises a clear error.
    """

    def __init__(
        self,
        expected_state: str,
        *,
        path: str = "/callback",
        app: str = "invoicedesk",
        provider: str = "the provider",
    ) -> None:
        self.expected_state = expected_state
        self.path = path
        self.app = app
        self.provider = provider
        #: requests for the redirect path with a wrong or missing state, ignored
        self.refused = 0
        self._done = threading.Event()
        self._closed = threading.Event()
        self._outcome = _Outcome()
        self._lock = threading.Lock()
        self._server = _Server(self)
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def netloc(self) -> str:
        """The ``Host`` header a browser sends for :attr:`redirect_uri`."""
        return f"{LOOPBACK_HOST}:{self.port}"

    @property
    def redirect_uri(self) -> str:
        return f"http://{LOOPBACK_HOST}:{self.port}{self.path}"

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def finish(self, outcome: _Outcome) -> None:
        with self._lock:
            if not self._done.is_set():
                self._outcome = outcome
                self._done.set()

    def start(self) -> LoopbackListener:
        self._thread = threading.Thread(target=self._serve, name="oauth-loopback", daemon=True)
        self._thread.start()
        return self

    def _serve(self) -> None:
        try:
            while not self._done.is_set() and not self._closed.is_set():
                self._server.handle_request()
        finally:
            self._server.server_close()

    def close(self) -> None:
        self._closed.set()
        if self._thread is not None:
            self._thread.join(timeout=6.0)
        else:
            self._server.server_close()

    def __enter__(self) -> LoopbackListener:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def wait(self, timeout: float, cancel: CancelToken | None = None) -> str:
        """The authorization code of the one redirect; :class:`Cancelled` if cancelled meanwhile,
        :class:`ProviderError` after ``timeout`` seconds (a :class:`SecurityError` when
        requests with a forged ``state`` were refused meanwhile), :class:`ProviderError` when the
        provider answered with an error."""
        deadline = time.monotonic() + timeout
        while not self._done.wait(min(0.1, max(0.0, deadline - time.monotonic()))):
            if cancel is not None:
                cancel.raise_if_cancelled()
            if time.monotonic() >= deadline:
                self.close()
                if self.refused:
                    raise SecurityError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "no sign-in from {provider} arrived within {timeout:g} seconds; "
                            "{refused} answer(s) that did not belong to this login (state "
                            "mismatch) were refused",
                        ),
                        hint=QT_TRANSLATE_NOOP(
                            "Errors", "Nothing was stored; start the login again."
                        ),
                        provider=self.provider,
                        timeout=timeout,
                        refused=self.refused,
                    )
                raise ProviderError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "no sign-in arrived from {provider} within {timeout:g} seconds"
                    ),
                    hint=QT_TRANSLATE_NOOP(
                        "Errors", "Start the login again and finish signing in in the browser."
                    ),
                    provider=self.provider,
                    timeout=timeout,
                )
        if cancel is not None:
            cancel.raise_if_cancelled()
        outcome = self._outcome
        if outcome.code is not None:
            return outcome.code
        if outcome.error == "access_denied":
            raise ProviderError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the sign-in at {provider} was cancelled or access was refused"
                ),
                hint=QT_TRANSLATE_NOOP(
                    "Errors", "Start the login again and approve access for invoicedesk."
                ),
                provider=self.provider,
            )
        if outcome.error == "no_code":
            raise ProviderError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{provider} sent the browser back without an authorization code"
                ),
                hint=QT_TRANSLATE_NOOP("Errors", "Start the login again."),
                provider=self.provider,
            )
        detail = f" ({outcome.detail[:120]})" if outcome.detail else ""
        raise ProviderError(
            QT_TRANSLATE_NOOP("Errors", "{provider} refused the sign-in: {error_}{detail}"),
            hint=QT_TRANSLATE_NOOP(
                "Errors",
                "Check the client id and the authorize URL of the account, then log in again.",
            ),
            provider=self.provider,
            error_=outcome.error or "",
            detail=detail,
        )


__all__ = ["LOOPBACK_HOST", "LoopbackListener"]
