"""The invoice API of the ConnectID sandbox, under ``/capi``, and the invoice PDFs its
``invoiceHotelUrl`` links point at.

User tokens for ``/v1/customer``, client tokens for ``/v1/client`` (the wrong kind is 403),
``401 {"error": "invalid_token"}`` otherwise; ``Accept: application/xml`` gives 406.
"""

from __future__ import annotations

import datetime as dt

from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse
from invoicedesk.sandbox.connectid_oauth import ConnectIDOAuth, _Access, _Reject
from invoicedesk.sandbox.connectid_records import Dataset, InvoiceRec
from invoicedesk.sandbox.connectid_wire import (
    client_list_item,
    details,
    reminder_list_item,
    user_list_item,
)

_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _api_error(status: int, exception_type: str, message: str) -> _Reject:
    body = {"exceptionType": exception_type, "errorMessage": message}
    return _Reject(SandboxResponse.json(body, status))


class ConnectIDApi(ConnectIDOAuth):
    """The ``/capi`` endpoints and the PDFs, over the dataset; ``ConnectIDSandbox`` routes here."""

    # state, set up by ConnectIDSandbox.__init__
    dataset: Dataset
    _index: dict[tuple[str, int], InvoiceRec]
    api_log: list[tuple[str, str, int]]

    # -- API ------------------------------------------------------------------------------------
    def _api(self, request: SandboxRequest) -> SandboxResponse:
        accept = request.header("Accept") or ""
        try:
            response = self._api_inner(request, accept)
        except _Reject as reject:
            response = reject.response
        with self._lock:
            self.api_log.append((request.path, accept, response.status))
        return response

    def _api_inner(self, request: SandboxRequest, accept: str) -> SandboxResponse:
        if "xml" in accept and "json" not in accept and "*/*" not in accept:
            return SandboxResponse(406, b"", {})
        token = self._check_token(request)
        if request.method != "GET":
            raise _api_error(405, "HttpRequestMethodNotSupportedException", "use GET")
        parts = [p for p in request.path.split("/") if p][1:]  # drop "capi"
        if parts[:4] == ["v1", "customer", "invoice", "payment"] and len(parts) <= 5:
            self._need(token, "user")
            product = parts[4] if len(parts) == 5 else None
            return self._user_list(request, token, product)
        if parts == ["v1", "customer", "invoice", "details"]:
            self._need(token, "user")
            return self._details(request, token)
        if parts[:5] == ["v1", "client", "customer", "invoice", "payment"] and len(parts) in (6, 7):
            self._need(token, "client")
            return self._client_list(request, parts[5], parts[6] if len(parts) == 7 else None)
        raise _api_error(404, "NotFoundException", f"no endpoint {request.path}")

    @staticmethod
    def _need(token: _Access, kind: str) -> None:
        if token.kind != kind:
            grant = "a user login" if kind == "user" else "client credentials"
            raise _api_error(
                403, "AccessDeniedException", f"this endpoint needs a token from {grant}"
            )

    def _dates(self, request: SandboxRequest) -> tuple[dt.date | None, dt.date | None]:
        out: list[dt.date | None] = []
        for name in ("from", "to"):
            value = request.q(name) or ""
            if not value:
                out.append(None)
                continue
            try:
                if len(value) > 10:
                    raise ValueError(value)
                out.append(dt.date.fromisoformat(value))
            except ValueError:
                raise _api_error(
                    400, "MethodArgumentTypeMismatchException", f"{name} must be a date YYYY-MM-DD"
                ) from None
        return out[0], out[1]

    @staticmethod
    def _in(day: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
        return (start is None or day >= start) and (end is None or day <= end)

    @staticmethod
    def _product_ok(product: str | None) -> None:
        if product is not None and len(product) > 12:
            raise _api_error(400, "ConstraintViolationException", "productCode is at most 12 long")

    def _user_list(
        self, request: SandboxRequest, token: _Access, product: str | None
    ) -> SandboxResponse:
        self._product_ok(product)
        start, end = self._dates(request)
        unpaid = (request.q("unpaid") or "").lower() == "true"
        recs = [
            r
            for r in self.dataset.for_customer(token.customer or -1)
            if (product is None or r.product.code == product) and not (unpaid and r.paid)
        ]
        invoices = [
            user_list_item(r, request.host)
            for r in sorted(recs, key=lambda r: r.invoice_date, reverse=True)
            if self._in(r.invoice_date, start, end)
        ]
        reminders = [
            reminder_list_item(r, m, request.host)
            for r in recs
            for m in r.reminders
            if self._in(m.date, start, end)
        ]
        return SandboxResponse.json({"invoices": invoices, "reminders": reminders})

    def _details(self, request: SandboxRequest, token: _Access) -> SandboxResponse:
        values: dict[str, str] = {}
        for name in ("companyCode", "invoiceNumber", "reminderNumber"):
            value = request.q(name) or ""
            if not value:
                raise _api_error(
                    400,
                    "MissingServletRequestParameterException",
                    f"Required request parameter '{name}' is not present",
                )
            values[name] = value
        if len(values["companyCode"]) > 12:
            raise _api_error(400, "ConstraintViolationException", "companyCode is at most 12 long")
        try:
            number, reminder_number = int(values["invoiceNumber"]), int(values["reminderNumber"])
        except ValueError:
            raise _api_error(
                400,
                "MethodArgumentTypeMismatchException",
                "invoiceNumber and reminderNumber must be integers",
            ) from None
        rec = self._index.get((values["companyCode"], number))
        if rec is None or rec.customer != token.customer:
            raise _api_error(400, "InvoiceNotFoundException", "Invoice not found")
        reminder = None
        if reminder_number:
            reminder = next((m for m in rec.reminders if m.number == reminder_number), None)
            if reminder is None:
                raise _api_error(400, "InvoiceNotFoundException", "Reminder not found")
        return SandboxResponse.json({"invoiceInfoWithDetail": details(rec, reminder, request.host)})

    def _client_list(
        self, request: SandboxRequest, customer: str, product: str | None
    ) -> SandboxResponse:
        if not customer.isdigit():
            raise _api_error(
                400, "MethodArgumentTypeMismatchException", "customerNumber must be an integer"
            )
        self._product_ok(product)
        number = int(customer)
        if number not in self.dataset.customers():
            raise _api_error(404, "CustomerNotFoundException", f"Customer {number} not found")
        start, end = self._dates(request)
        recs: list[InvoiceRec] = [
            r
            for r in self.dataset.for_customer(number)
            if product is None or r.product.code == product
        ]
        recs.sort(key=lambda r: (r.invoice_date, r.number), reverse=True)
        if start is None and end is None:
            recs = recs[:1]  # documented: without dates only the last invoice
        else:
            recs = [r for r in recs if self._in(r.invoice_date, start, end)]
        items = [client_list_item(r, request.host) for r in recs]
        return SandboxResponse.json({"clientInvoiceInfoList": items})

    def _pdf(self, token: str) -> SandboxResponse:
        found = self.dataset.by_pdf(token)
        if found is None:
            return SandboxResponse(404, b"no such invoice", {"Content-Type": "text/plain"})
        return SandboxResponse(200, _PDF, {"Content-Type": "application/pdf"})
