"""Change history end to end: sync a sandbox, pay, part-pay, credit, add and remove invoices on
it, sync again, and find exactly those changes in ``invoicedesk changes`` (JSON and CSV) and in
the sync's digest line. Overdue-since-last-sync against an injected calendar."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from test_cli import add_sendregning, cli

from invoicedesk.domain.changes import digest_text
from invoicedesk.sandbox.sendregning import SendRegningSandbox
from invoicedesk.storage.cache import InvoiceCache


@pytest.fixture
def server():
    with SendRegningSandbox(size=80) as s:
        yield s


def _open(server: SendRegningSandbox) -> list[dict]:
    """Unpaid, not-credit invoices whose balance is the whole total, numbered first to last."""
    return [
        i
        for i in server.invoices
        if not i.get("credit")
        and Decimal(i["currentBalance"]) == Decimal(i["total"])
        and Decimal(i["total"]) > 0
    ]


def _change_books(server: SendRegningSandbox) -> dict[str, str]:
    """Pay one, part-pay one, credit one, add one, remove one; returns number -> change."""
    paid, part, credited, removed = _open(server)[:4]
    paid["currentBalance"] = Decimal("0")
    part["currentBalance"] = (Decimal(part["total"]) / 2).quantize(Decimal("0.01"))
    credited["currentBalance"] = Decimal("0")
    note = copy.deepcopy(credited)
    note.update(
        number=9001,
        credit=True,
        creditedInvoiceNumber=credited["number"],
        total=-Decimal(credited["total"]),
        tax=-Decimal(credited["tax"]),
        currentBalance=Decimal("0"),
        _links={},
    )
    new = copy.deepcopy(removed)
    new.update(number=9002, _links={})
    server.invoices.remove(removed)
    server.invoices += [note, new]
    server._by_number = {str(i["number"]): i for i in server.invoices}
    return {
        str(paid["number"]): "paid",
        str(part["number"]): "part_paid",
        str(credited["number"]): "credited",
        "9001": "new",
        "9002": "new",
        str(removed["number"]): "gone",
    }


def test_a_second_sync_finds_exactly_what_changed_on_the_provider(profile_dir, server):
    base = ("--profile-dir", str(profile_dir))
    assert add_sendregning(profile_dir, server)[0] == 0
    code, out, err = cli(*base, "sync")
    assert code == 0, err
    assert out == "main: ok, 80 fetched: 80 new\n"
    expected = _change_books(server)
    part = next(
        i
        for i in server.invoices
        if str(i["number"]) in expected and expected[str(i["number"])] == "part_paid"
    )
    code, out, err = cli(*base, "sync", "--full")
    assert code == 0, err
    assert out.endswith(": 2 new, 1 paid, 1 part-paid, 1 credited, 1 gone\n"), out

    code, out, err = cli(*base, "changes", "--format", "json")
    assert code == 0, err
    changes = json.loads(out)["changes"]
    assert {c["number"]: c["change"] for c in changes} == expected
    assert len(changes) == len(expected)
    for c in changes:
        assert c["account"] == "main" and c["provider"] == "sendregning"
        assert dt.datetime.fromisoformat(c["at"]).tzinfo is not None
    by_number = {c["number"]: c for c in changes}
    total = Decimal(part["total"])
    half = (total / 2).quantize(Decimal("0.01"))
    assert by_number[str(part["number"])]["fields"]["outstanding"] == [str(total), str(half)]
    paid = next(c for c in changes if c["change"] == "paid")
    assert paid["fields"]["outstanding"][1] == "0.00"
    assert paid["fields"]["status"][1] == "paid"
    assert paid["fields"]["status"][0] in ("unpaid", "overdue")

    # CSV: one row per changed field, the same changes
    code, out, err = cli(*base, "changes", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {(r["number"], r["change"]) for r in rows} == set(expected.items())
    assert "outstanding" in {r["field"] for r in rows if r["change"] == "part_paid"}

    # --since today: both syncs (the first found every invoice new); --account limits
    today = dt.date.today().isoformat()
    code, out, _err = cli(*base, "changes", "--since", today, "--format", "json")
    assert len(json.loads(out)["changes"]) == 80 + len(expected)
    code, _out, err = cli(*base, "changes", "--account", "nobody", "--format", "json")
    assert code == 2 and "nobody" in err
    code, _out, err = cli(*base, "changes", "--since", "yesterday", "--format", "json")
    assert code == 2 and "--since" in err


def test_an_amended_invoice_says_which_fields_before_and_after(profile_dir, server):
    base = ("--profile-dir", str(profile_dir))
    assert add_sendregning(profile_dir, server)[0] == 0
    assert cli(*base, "sync")[0] == 0
    target = _open(server)[0]
    old_reference = target["ourReference"]
    target["ourReference"] = "Kari Revisor"
    assert cli(*base, "sync", "--full")[0] == 0
    _code, out, _err = cli(*base, "changes", "--format", "json")
    changes = json.loads(out)["changes"]
    assert [(c["number"], c["change"]) for c in changes] == [(str(target["number"]), "amended")]
    assert changes[0]["fields"] == {"our_reference": [old_reference, "Kari Revisor"]}


def test_claims_that_fell_due_since_the_previous_sync_are_overdue_once(tmp_path):
    """The engine's calendar moves on between syncs; the sandbox's data does not change."""
    from invoicedesk.sandbox import demo_account
    from invoicedesk.storage.accounts import Account, AccountStore
    from invoicedesk.sync.engine import SyncEngine

    day = [dt.date(2026, 3, 2)]
    with SendRegningSandbox(size=300, today=lambda: day[0]) as server:
        demo = demo_account("sendregning", server)
        accounts = AccountStore(tmp_path / "accounts.json")
        accounts.add(Account("main", "sendregning", server.base_url, dict(demo.options)))

        class Secrets:
            def get(self, _name: str) -> dict[str, str]:
                return dict(demo.secrets)

            def update(self, _name: str, _changes: dict[str, str]) -> None:
                pass

        cache = InvoiceCache(tmp_path / "cache.sqlite3")
        engine = SyncEngine(cache, accounts, Secrets(), today=lambda: day[0])
        first = engine.sync()[0]
        assert first.ok and first.digest == {"new": 300}
        # claims unpaid and due between the two days, by the sandbox's data
        later = dt.date(2026, 4, 1)
        falling_due = sorted(
            str(i["number"])
            for i in server.invoices
            if not i.get("credit")
            and Decimal(i["currentBalance"]) != 0
            and day[0].isoformat() <= i["dueDate"] < later.isoformat()
        )
        assert falling_due, "the sandbox data must have claims falling due in the window"
        day[0] = later
        second = engine.sync()[0]
        assert second.ok
        found = cache.changes(["main"])
        overdue = sorted(c.number or "" for c in found if c.change == "overdue")
        assert overdue == falling_due
        assert second.digest.get("overdue") == len(falling_due)
        assert all(c.fields["status"][1] == "overdue" for c in found if c.change == "overdue")
        # the next sync the same day finds none again
        third = engine.sync()[0]
        assert "overdue" not in third.digest
        assert digest_text(third.digest) == "no changes"
        cache.close()
