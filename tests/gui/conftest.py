"""Fixtures for the GUI tests: realistic invoices of each provider, a cache filled with them, a
window context on a throw-away profile."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from invoicedesk.domain import (
    Address,
    CreditNote,
    Direction,
    Invoice,
    Kind,
    Line,
    Offer,
    Party,
    PaymentState,
    Refund,
    Reminder,
    Transaction,
)
from invoicedesk.domain.facts import Fact
from invoicedesk.gui.context import AppContext
from invoicedesk.providers.base import FetchedInvoice
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore

D = Decimal
TODAY = dt.date(2025, 3, 15)


def sendregning_invoice(**changes: object) -> Invoice:
    """A SendRegning invoice: NOK, KID, references, lines with discounts, a reminder."""
    base = Invoice(
        provider="sendregning",
        account="Regnskap AS",
        id="sr-10234",
        number="10234",
        kind=Kind.INVOICE,
        currency="NOK",
        payment=PaymentState.UNPAID,
        customer=Party(
            name="Fjordkraft Regnskap AS",
            number="1042",
            email="faktura@fjordkraft.example",
            organisation_number="987654321",
            address=Address(("Strandgaten 5",), "5013", "Bergen", "Norge"),
        ),
        issue_date=dt.date(2025, 2, 1),
        due_date=dt.date(2025, 2, 15),
        net=D("8762.50"),
        vat=D("2190.63"),
        total=D("10953.13"),
        paid_amount=D("0.00"),
        description="Rådgivning februar",
        our_reference="Kari Nordmann",
        your_reference="Ola Hansen",
        order_reference="PO-7781",
        kid="0001023457",
        delivery_address=Address(("Lager 3", "Kokstadvegen 12"), "5257", "Kokstad"),
        lines=(
            Line(
                "Konsulenttimer",
                "KONS",
                D("7.5"),
                "timer",
                D("1150.00"),
                D("10"),
                D("25"),
                D("7762.50"),
                D("1940.63"),
                D("9703.13"),
            ),
            Line(
                "Reisekostnader",
                "REISE",
                D("1"),
                "stk",
                D("1000.00"),
                None,
                D("25"),
                D("1000.00"),
                D("250.00"),
                D("1250.00"),
            ),
        ),
        reminders=(
            Reminder("P-1", dt.date(2025, 2, 20), dt.date(2025, 3, 6), D("70.00"), "purring"),
        ),
        pdf_url="https://www.sendregning.example/invoice/10234.pdf",
        facts=(Fact.of_date("sendregning.reminder_date", dt.date(2025, 2, 20)),),
    )
    return _replace(base, changes)


def telecomx_invoice(**changes: object) -> Invoice:
    """A Telecom X invoice not numbered yet, with wholesale and cost per unit (reseller login)."""
    base = Invoice(
        provider="telecomx",
        account="Reseller",
        id="54a978806d30733986cfa817",
        number="-1",
        kind=Kind.INVOICE,
        currency="DKK",
        payment=PaymentState.UNPAID,
        customer=Party(name="Hansen Tømrer ApS", number="C-88"),
        issue_date=dt.date(2025, 3, 1),
        due_date=dt.date(2025, 3, 8),
        net=D("130.15"),
        vat=D("32.54"),
        total=D("162.69"),
        lines=(
            Line(
                "Mobil 10 GB",
                "MOB10",
                D("5"),
                None,
                D("25"),
                None,
                D("25"),
                D("125.00"),
                D("31.25"),
                D("156.25"),
                dt.date(2025, 3, 1),
                dt.date(2025, 3, 31),
                unit_wholesale=D("18.50"),
                unit_cost=D("12.0125"),
            ),
            Line(
                "Udlandsminutter",
                "INTL",
                D("412"),
                "min",
                D("0.0125"),
                None,
                D("25"),
                D("5.15"),
                D("1.29"),
                D("6.44"),
                unit_wholesale=D("0.0080"),
            ),
        ),
        facts=(
            Fact.of_flag("telecomx.period_invoice", True),
            Fact.of_money("telecomx.margin", D("420.95"), "DKK"),
        ),
    )
    return _replace(base, changes)


def buckaroo_invoice(**changes: object) -> Invoice:
    """A Buckaroo invoice in EUR, paid by iDEAL, partly refunded, with a credit note."""
    base = Invoice(
        provider="buckaroo",
        account="Webshop",
        id="bk-2025-0042",
        number="INV-2025-0042",
        kind=Kind.INVOICE,
        currency="EUR",
        payment=PaymentState.PAID,
        customer=Party(name="De Vries Bouw B.V.", email="admin@devries.example"),
        issue_date=dt.date(2025, 1, 20),
        due_date=dt.date(2025, 2, 3),
        net=D("250.00"),
        vat=D("52.50"),
        total=D("302.50"),
        paid_amount=D("302.50"),
        transactions=(
            Transaction(
                "TX-9F3A",
                "ideal",
                "Betaling factuur INV-2025-0042",
                dt.date(2025, 1, 22),
                "EUR",
                D("302.50"),
                None,
                D("252.50"),
                True,
                "190",
                "Success",
                refunds=(
                    Refund(
                        "RF-1",
                        D("50.00"),
                        dt.date(2025, 1, 30),
                        True,
                        "Gedeeltelijke terugbetaling",
                    ),
                ),
            ),
        ),
        credit_notes=(
            CreditNote(
                "CN-2025-0007",
                dt.date(2025, 1, 30),
                D("-41.32"),
                D("-8.68"),
                D("-50.00"),
                "Retour 1 artikel",
            ),
        ),
        pay_url="https://checkout.buckaroo.example/pay/abc123",
    )
    return _replace(base, changes)


def connectid_invoice(**changes: object) -> Invoice:
    """A MediaConnect/ConnectID invoice with two alternative offers and their lines."""
    base = Invoice(
        provider="connectid",
        account="Mediehuset",
        id="cid-7788",
        number="7788",
        kind=Kind.INVOICE,
        currency="NOK",
        payment=PaymentState.PARTIALLY_PAID,
        customer=Party(name="Per Olsen"),
        issue_date=dt.date(2025, 3, 2),
        due_date=dt.date(2025, 3, 30),
        net=D("799.00"),
        vat=D("0.00"),
        total=D("799.00"),
        paid_amount=D("300.00"),
        offers=(
            Offer(
                "1",
                D("799.00"),
                D("0.00"),
                D("799.00"),
                "Kampanje vår",
                (
                    Line(
                        "Digital + papir, 12 mnd",
                        "DP12",
                        D("1"),
                        None,
                        D("799.00"),
                        None,
                        D("0"),
                        D("799.00"),
                        D("0.00"),
                        D("799.00"),
                    ),
                ),
            ),
            Offer(
                "2",
                D("399.00"),
                D("0.00"),
                D("399.00"),
                None,
                (
                    Line(
                        "Kun digital, 12 mnd",
                        "D12",
                        D("1"),
                        None,
                        D("399.00"),
                        None,
                        D("0"),
                        D("399.00"),
                        D("0.00"),
                        D("399.00"),
                    ),
                ),
            ),
        ),
    )
    return _replace(base, changes)


def _replace(invoice: Invoice, changes: dict[str, object]) -> Invoice:
    import dataclasses

    return dataclasses.replace(invoice, **changes)  # type: ignore[arg-type]


ALL_PROVIDER_INVOICES: dict[str, Callable[..., Invoice]] = {
    "sendregning": sendregning_invoice,
    "telecomx": telecomx_invoice,
    "buckaroo": buckaroo_invoice,
    "connectid": connectid_invoice,
}


def store(cache: InvoiceCache, invoices: list[Invoice]) -> None:
    sync_id = cache.begin_sync("test", "test", False)
    cache.store_batch(sync_id, [FetchedInvoice(i, {"id": i.id}) for i in invoices])
    cache.finish_sync(sync_id, "test", "test", result="ok")


def many_invoices() -> list[Invoice]:
    """Four realistic invoices plus a spread of simple ones in several currencies."""
    invoices = [factory() for factory in ALL_PROVIDER_INVOICES.values()]
    for n in range(1, 21):
        invoices.append(
            sendregning_invoice(
                id=f"sr-{n}",
                number=str(20000 + n),
                customer=Party(name=f"Kunde {n:02d} AS", number=str(10020 + n)),
                issue_date=dt.date(2025, 1 + n % 3, n),
                due_date=dt.date(2025, 1 + n % 3, n) + dt.timedelta(days=14),
                total=D(n * 100),
                net=D(n * 80),
                vat=D(n * 20),
                # the money model's cases: drafts, bills received, part-payments, fees
                kind=Kind.DRAFT if n % 7 == 0 else Kind.INVOICE,
                direction=Direction.PAYABLE if n % 5 == 0 else Direction.RECEIVABLE,
                payment=PaymentState.PAID
                if n % 4 == 0
                else PaymentState.PARTIALLY_PAID
                if n % 6 == 0
                else PaymentState.UNPAID,
                paid_amount=D(n * 10) if n % 6 == 0 else None,
                fees=D("70.00") if n % 9 == 0 else None,
                lines=(),
                reminders=(),
            )
        )
    return invoices


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    # no automatic syncs: the test accounts' URLs reach nothing (auto-sync tests turn them on)
    settings.setValue("sync/interval_minutes", 0)
    return settings


@pytest.fixture
def gui_context(profile_dir: Path, memory_keyring: object) -> Iterator[AppContext]:
    """A profile with one account per provider and a cache holding :func:`many_invoices`."""
    profile = Profile.at(profile_dir)
    profile.ensure()
    accounts = AccountStore(profile.accounts_path)
    for provider, name in (
        ("sendregning", "Regnskap AS"),
        ("telecomx", "Reseller"),
        ("buckaroo", "Webshop"),
        ("connectid", "Mediehuset"),
    ):
        accounts.add(Account(name, provider, "http://127.0.0.1:9"))
    context = AppContext.create(
        profile, SecretStore(profile.keyring_service), today=lambda: TODAY, accounts=accounts
    )
    store(context.engine.cache, many_invoices())
    context.engine.cache.set_account_state("Regnskap AS", "sendregning", "ok", success=True)
    context.engine.cache.set_account_state(
        "Reseller", "telecomx", "needs_login", "HTTP 401: the token was refused. Log in again."
    )
    yield context
    context.close()


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    """The interface in ``request.param`` (parametrize with ``indirect=True``), English after."""
    from PySide6.QtWidgets import QApplication

    from invoicedesk.gui.i18n import install_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    code: str = request.param
    install_translator(app, code)
    yield code
    install_translator(app, "en")


@pytest.fixture(autouse=True)
def english_ui(qapp: object) -> None:
    """As the app does at start: English, with its plural forms ("1 row", "3 rows"). Each GUI
    test starts in English whatever test ran before it in this process (tests that check
    another language install theirs)."""
    from PySide6.QtWidgets import QApplication

    from invoicedesk.gui.i18n import install_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "en")
