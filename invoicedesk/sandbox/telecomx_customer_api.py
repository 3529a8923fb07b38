"""The customer endpoints of the Telecom X sandbox: ``GET /customer`` (paged),
``GET /customer/{id}`` with ``/name`` and ``/security``, the customer JSON shape (also what
``expand=true`` puts in an invoice), and which customers a user may see.
"""

from __future__ import annotations

import re
from typing import Any

from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse
from invoicedesk.sandbox.telecomx_auth import TelecomXAuth, User, error
from invoicedesk.sandbox.telecomx_data import Customer, Dataset

OID = re.compile(r"^[0-9a-fA-F]{24}$")
RESELLER_LEVELS = frozenset({"RESELLER", "RESELLER_ADMIN"})

Json = dict[str, Any]


class TelecomXCustomerApi(TelecomXAuth):
    """The ``/customer`` endpoints, over the dataset; ``TelecomXSandbox`` routes here."""

    # state, set up by TelecomXSandbox.__init__
    dataset: Dataset

    # ---- access ----------------------------------------------------------------------------
    def _may_see_customer(self, user: User, customer: Customer) -> bool:
        return (
            user.access_level == "ADMIN"
            or customer.id == user.customer_id
            or (user.access_level in RESELLER_LEVELS and customer.reseller_id == user.customer_id)
        )

    # ---- customers -------------------------------------------------------------------------
    def _customer_list(self, request: SandboxRequest, user: User) -> SandboxResponse:
        offset = _int(request.q("offset", "0"))
        limit = _int(request.q("limit", "100"))
        if offset is None or offset < 0:
            return error(422, "offset", "Offset must be a non-negative integer")
        if limit is None or not 1 <= limit <= 500:
            return error(422, "limit", "Limit must be between 1 and 500")
        visible = [c for c in self.dataset.customers.values() if self._may_see_customer(user, c)]
        page = visible[offset : offset + limit]
        return SandboxResponse.json(
            {
                "offset": offset,
                "limit": limit,
                "total": len(visible),
                "customers": [self._customer_json(c) for c in page],
            }
        )

    def _customer_get(self, user: User, oid: str, what: str) -> SandboxResponse:
        if not OID.match(oid):
            return error(400, "bad_request", "Id not found in request URI")
        customer = self.dataset.customers.get(oid.lower())
        if customer is None or what not in ("", "name", "security"):
            return error(404, "not_found", "Not found")
        if not self._may_see_customer(user, customer):
            return error(403, "access_denied", "Insufficient access level")
        if what == "name":
            return SandboxResponse.json(
                {
                    "_id": customer.id,
                    "name": customer.name,
                    "parentReseller": customer.reseller_id,
                    "features": [],
                }
            )
        if what == "security":
            return SandboxResponse.json({"authenticationSecurity": customer.security})
        return SandboxResponse.json(self._customer_json(customer))

    @staticmethod
    def _customer_json(customer: Customer) -> Json:
        return {
            "_id": customer.id,
            "name": customer.name,
            "phoneNumber": customer.phone,
            "state": "ACTIVE",
            "parentReseller": customer.reseller_id,
            "emailAddress": customer.email,
            "addresses": [
                {
                    "type": "INVOICE",
                    "address": customer.street,
                    "zip": customer.zip,
                    "city": customer.city,
                    "country": "DK",
                }
            ],
            "finance": {
                "vatNumber": customer.vat_number,
                "invoiceMethod": "EMAIL",
                "emailAddress": customer.email,
            },
        }


def _int(text: str | None) -> int | None:
    if text is None or not re.fullmatch(r"-?\d{1,9}", text.strip()):
        return None
    return int(text)
