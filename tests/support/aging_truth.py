"""The aging report worked out by hand from a sandbox's own data records: the truth the app's
``report aging`` (over real sockets) is compared with.

It reads the sandbox's dataset (the records its answers are rendered from), never a provider
client or the app's claim rules, and applies the rules written down here:

- Direction: receivable, except ConnectID in user mode (the signed-in company's own bills):
  payable.
- Which documents are claims: not a draft (Telecom X: ``invoiceNumber`` -1 or not sent), not paid,
  and an outstanding figure other than zero.
- Outstanding, per provider's own figure: SendRegning ``currentBalance`` (0 means paid);
  Telecom X the total unless ``paid``; Buckaroo ``AmountDebit − AmountCredit − AmountPaid``
  (paid when ``Paid`` or nothing is left); ConnectID ``invoiceAmount − paidAmount`` plus the
  fee of the invoice's latest reminder (fees accumulate: the latest reminder's amount is what the
  debtor is asked to pay).
- Buckets by ``as_of − due date`` in days: 0 or less (or no due date) ``not_due``, 1-30, 31-60,
  61-90, more than 90 ``over_90``.
- Amounts as decimal strings with the currency's two decimals.

Usage (``tests/support`` is on ``sys.path``, see ``tests/conftest.py``)::

    from aging_truth import expected_aging
    truth = expected_aging("connectid", server, dt.date(2025, 5, 14))
    assert report == {"as_of": "2025-05-14", **truth}

The answer has the shape of the report's directions: ``{"receivable": {currency: line},
"payable": {currency: line}}`` where a line is exactly ``{"not_due": "…", "1-30": "…",
"31-60": "…", "61-90": "…", "over_90": "…", "outstanding": "…", "count": N}``; both directions
are always present, a currency only where some claim owes something.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

BUCKETS = ("not_due", "1-30", "31-60", "61-90", "over_90")
DIRECTIONS = ("receivable", "payable")
CENT = Decimal("0.01")


class Claim(NamedTuple):
    direction: str
    currency: str
    outstanding: Decimal
    due_date: dt.date | None


def expected_aging(
    provider: str, server_or_dataset: Any, as_of: dt.date, *, mode: str = "user"
) -> dict[str, dict[str, dict[str, Any]]]:
    """The aging report of ``provider``'s sandbox data as of ``as_of``.

    ``server_or_dataset`` is the sandbox server (started or not) the account syncs from, or its
    dataset: SendRegning the list of invoice dicts (``server.invoices``), Telecom X a
    ``telecomx_data.Dataset`` (the demo reseller's invoices are taken), Buckaroo a
    ``BuckarooDataset``, ConnectID a ``connectid_data.Dataset`` (the demo user's customer is
    taken). ``mode`` is ConnectID's account mode: ``user`` (payable, the default and the demo's)
    or ``client`` (receivable, every customer of the dataset)."""
    claims = {
        "sendregning": _sendregning,
        "telecomx": _telecomx,
        "buckaroo": _buckaroo,
        "connectid": _connectid,
    }[provider](server_or_dataset, mode)
    return aging_of(claims, as_of)


def bucket(due_date: dt.date | None, as_of: dt.date) -> str:
    days = None if due_date is None else (as_of - due_date).days
    if days is None or days <= 0:
        return "not_due"
    if days <= 30:
        return "1-30"
    if days <= 60:
        return "31-60"
    if days <= 90:
        return "61-90"
    return "over_90"


def aging_of(claims: Iterable[Claim], as_of: dt.date) -> dict[str, dict[str, dict[str, Any]]]:
    sums: dict[str, dict[str, dict[str, Decimal]]] = {d: {} for d in DIRECTIONS}
    counts: dict[tuple[str, str], int] = {}
    for claim in claims:
        if claim.outstanding == 0:
            continue
        line = sums[claim.direction].setdefault(claim.currency, {b: Decimal(0) for b in BUCKETS})
        line[bucket(claim.due_date, as_of)] += claim.outstanding
        key = (claim.direction, claim.currency)
        counts[key] = counts.get(key, 0) + 1
    return {
        direction: {
            currency: {
                **{b: _text(line[b]) for b in BUCKETS},
                "outstanding": _text(sum(line.values(), Decimal(0))),
                "count": counts[(direction, currency)],
            }
            for currency, line in sorted(sums[direction].items())
        }
        for direction in DIRECTIONS
    }


def _text(amount: Decimal) -> str:
    rounded = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    return format(rounded if rounded == amount else amount, "f")


def _dec(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


# ---- per provider -------------------------------------------------------------------------------


def _sendregning(source: Any, _mode: str) -> Iterator[Claim]:
    invoices = getattr(source, "invoices", source)
    for raw in invoices:
        balance = raw.get("currentBalance")
        if balance is None or _dec(balance) == 0:  # 0: paid (a credit note too)
            continue
        due = raw.get("dueDate")
        yield Claim(
            "receivable",
            str(raw.get("currency") or "NOK").upper(),
            _dec(balance),
            dt.date.fromisoformat(due) if due else None,
        )


def _telecomx(source: Any, _mode: str) -> Iterator[Claim]:
    from invoicedesk.sandbox.telecomx_data import RESELLER_ID

    if hasattr(source, "visible_invoices"):
        records = source.visible_invoices(source.users.reseller)
    else:
        records = getattr(source, "dataset", source).of_reseller(RESELLER_ID)
    for record in records:
        if record.number is None or not record.sent or record.paid:
            continue  # a draft, or paid
        yield Claim("receivable", "DKK", record.price.total, record.due_date)


def _buckaroo(source: Any, _mode: str) -> Iterator[Claim]:
    dataset = getattr(source, "dataset", source)
    for demo in dataset.invoices:
        owed = (demo.amount_debit - demo.amount_credit - demo.amount_paid).quantize(CENT)
        if demo.wire.get("Paid") is True or owed <= 0:
            continue
        yield Claim("receivable", demo.currency.upper(), owed, demo.due_date)


def _connectid(source: Any, mode: str) -> Iterator[Claim]:
    from invoicedesk.sandbox.connectid_data import PRIMARY_CUSTOMER

    dataset = getattr(source, "dataset", source)
    if mode == "user":
        customers = {getattr(source, "user_customer", PRIMARY_CUSTOMER)}
    else:
        customers = dataset.customers()
    direction = "payable" if mode == "user" else "receivable"
    for rec in dataset.invoices:
        if rec.customer not in customers or rec.paid:
            continue
        owed = rec.amount - rec.paid_amount
        fee = rec.reminders[-1].fee if rec.reminders and mode == "user" else Decimal(0)
        yield Claim(direction, rec.currency, owed + fee, rec.due_date)
