from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal

import pytest
from keyring.backends import fail

from invoicedesk.domain import Invoice, Kind, Line, PaymentState
from invoicedesk.providers.base import FetchedInvoice
from invoicedesk.storage.accounts import Account, AccountError, AccountStore
from invoicedesk.storage.cache import HEADER_COLUMNS, MIGRATIONS, CacheError, InvoiceCache
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore, SecretStoreError


def inv(id_: str, total: str = "100.00", payment=PaymentState.UNPAID, **kw) -> FetchedInvoice:
    invoice = Invoice(
        provider="sendregning",
        account="main",
        id=id_,
        number=id_,
        kind=Kind.INVOICE,
        currency="NOK",
        payment=payment,
        total=Decimal(total),
        issue_date=dt.date(2026, 1, 2),
        lines=(Line(description="x", net=Decimal("80.00")),),
        **kw,
    )
    return FetchedInvoice(invoice, {"number": int(id_), "total": total})


@pytest.fixture
def cache(tmp_path):
    c = InvoiceCache(tmp_path / "cache.sqlite3")
    yield c
    c.close()


def test_store_roundtrip_keeps_decimals_and_raw_json(cache):
    sync = cache.begin_sync("sendregning", "main", True)
    cache.store_batch(sync, [inv("1", "1150.95")])
    loaded = cache.load("sendregning", "main", "1")
    assert loaded is not None and loaded.total == Decimal("1150.95")
    assert loaded.lines[0].net == Decimal("80.00")
    assert cache.raw("sendregning", "main", "1") == {"number": 1, "total": "1150.95"}
    assert cache.headers()[0][11] == "1150.95"


def test_audit_records_added_changed_fields_and_removed(cache):
    first = cache.begin_sync("sendregning", "main", True)
    seen: set[str] = set()
    cache.store_batch(first, [inv("1"), inv("2"), inv("3")], seen)
    cache.finish_sync(first, "sendregning", "main", result="ok", complete=True, seen=seen)
    second = cache.begin_sync("sendregning", "main", True)
    seen = set()
    result = cache.store_batch(second, [inv("1"), inv("2", payment=PaymentState.PAID)], seen)
    removed = cache.finish_sync(
        second, "sendregning", "main", result="ok", complete=True, seen=seen
    )
    assert (result.added, result.changed, removed) == (0, 1, 1)
    entries = {e.invoice_id: e for e in cache.audit(second)}
    assert entries["2"].change == "changed" and entries["2"].fields == ("payment",)
    assert entries["3"].change == "removed"
    assert cache.count() == 2  # gone invoices are kept but hidden
    assert cache.load("sendregning", "main", "3") is not None


def test_incomplete_sync_marks_nothing_gone(cache):
    sync = cache.begin_sync("sendregning", "main", False)
    cache.store_batch(sync, [inv("1"), inv("2")])
    assert (
        cache.finish_sync(sync, "sendregning", "main", result="ok", complete=False, seen={"1"}) == 0
    )
    assert cache.count() == 2


def test_a_failing_batch_leaves_nothing_half_written(cache):
    sync = cache.begin_sync("sendregning", "main", True)
    cache.store_batch(sync, [inv("1")])
    bad = FetchedInvoice(inv("3").invoice, object())  # raw cannot be stored... but default=str
    broken = [inv("2"), bad, "not an invoice"]
    with pytest.raises(AttributeError):
        cache.store_batch(sync, broken)  # type: ignore[arg-type]
    assert cache.count() == 1 and cache.load("sendregning", "main", "2") is None


def test_schema_version_and_wal(cache, tmp_path):
    db = sqlite3.connect(tmp_path / "cache.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert cache.integrity_ok()


def test_damaged_cache_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CacheError, match="move it away and sync again"):
        InvoiceCache(path)


def test_accounts_are_validated_and_written_atomically(tmp_path):
    store = AccountStore(tmp_path / "accounts.json")
    store.add(Account("main", "sendregning", None, {"originator_id": "1"}))
    with pytest.raises(AccountError, match="exists already"):
        store.add(Account("main", "telecomx"))
    with pytest.raises(AccountError, match="not a usable account name"):
        store.add(Account("../evil", "sendregning"))
    data = json.loads((tmp_path / "accounts.json").read_text())
    assert data["accounts"][0]["options"] == {"originator_id": "1"}
    assert "password" not in (tmp_path / "accounts.json").read_text()
    (tmp_path / "accounts.json").write_text("{broken")
    with pytest.raises(AccountError, match="cannot read the account list"):
        store.all()


def test_secrets_refuse_a_weak_keyring():
    store = SecretStore("invoicedesk/test", backend=fail.Keyring())
    report = store.report()
    assert not report.ok
    with pytest.raises(SecretStoreError, match="system keyring"):
        store.set("main", {"password": "pw"})


def test_secrets_are_per_profile(memory_keyring, tmp_path):
    a = SecretStore(Profile.at(tmp_path / "a").keyring_service)
    b = SecretStore(Profile.at(tmp_path / "b").keyring_service)
    a.set("main", {"password": "one"})
    assert b.get("main") == {} and a.get("main") == {"password": "one"}
    a.update("main", {"token": "t"})
    assert a.get("main") == {"password": "one", "token": "t"}


def test_zero_amounts_survive_the_cache(cache):
    sync = cache.begin_sync("sendregning", "main", True)
    cache.store_batch(sync, [inv("9", "0.00", vat=Decimal("0"), paid_amount=Decimal("0.00"))])
    loaded = cache.load("sendregning", "main", "9")
    assert loaded is not None
    assert (loaded.total, loaded.vat, loaded.paid_amount) == (
        Decimal("0.00"),
        Decimal(0),
        Decimal("0.00"),
    )


def test_customer_column_falls_back_to_the_customer_number(cache):
    from invoicedesk.domain import Party

    sync = cache.begin_sync("sendregning", "main", True)
    cache.store_batch(
        sync, [inv("5", customer=Party(number="C-1001")), inv("6", customer=Party(name="Kari"))]
    )
    customers = {row[2]: row[5] for row in cache.headers()}
    assert customers == {"5": "C-1001", "6": "Kari"}


def test_a_keyring_backend_that_cannot_load_is_reported_not_raised(tmp_path) -> None:
    from invoicedesk.storage.secrets import SecretStore, SecretStoreError

    class UnloadableBackend(SecretStore):  # as PYTHON_KEYRING_BACKEND=nope.Backend does
        @property
        def backend(self) -> object:
            raise ModuleNotFoundError("No module named 'nope'")

    broken = UnloadableBackend("svc")
    report = broken.report()
    assert not report.ok and "No module named 'nope'" in report.reason
    with pytest.raises(SecretStoreError, match=r"no usable keyring: .*could not be loaded"):
        broken.set("acc", {"password": "x"})


def test_upgrading_a_version_1_cache_drops_reminder_rows_and_keeps_invoices(tmp_path):
    """Reminders used to be rows of their own; they are events of their invoice now."""
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    row = "INSERT INTO invoices (provider, account, id, number, kind, currency, payment, doc, "
    row += "first_seen, updated_at) VALUES ('connectid','c',?,?,?,'NOK','unpaid','{}','x','x')"
    db.execute(row, ("FT/7", "7", "invoice"))
    db.execute(row, ("FT/7/r1", "7", "reminder"))
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    cache = InvoiceCache(path)
    headers = cache.headers()
    direction = HEADER_COLUMNS.index("direction")  # by name: later migrations add columns
    assert [(h[2], h[direction]) for h in headers] == [("FT/7", "receivable")]
    cache.close()
