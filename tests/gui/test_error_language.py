"""Errors reach the bookkeeper in the window's language: real failures from the sandboxes over
real sockets (a refused password, a server fault, an address nobody answers at, a keyring that
cannot be used), shown where the window shows them: the add-account dialog's Test connection
result and keyring warning, the keyring banner, and after a sync in a child process the account's
card and the status bar. Names, codes and addresses stay as they are inside the sentences."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from invoicedesk.gui.context import AppContext
from invoicedesk.gui.dialogs.add_account import AddAccountDialog
from invoicedesk.gui.i18n import install_translator
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.workers import pending_tasks
from invoicedesk.providers.errors import ProviderError
from invoicedesk.providers.http import HttpPolicy
from invoicedesk.sandbox import DemoAccount
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore, missing_keyring_help
from invoicedesk.sync.engine import SyncEngine

#: what each failure reads like, per language (the provider's and server's words stay as sent)
EXPECTED = {
    "nb": {
        "login": "HTTP 401: SendRegning avviste innloggings-e-posten, passordet eller "
        "avsender-ID-en. Kontroller dem, og logg inn på nytt",
        "server": "HTTP 500: SendRegning svarte: ",
        "malformed": "svaret på fakturalisten er ikke gyldig JSON (HTTP 200, ",
        "unreachable": "fikk ikke kontakt med 127.0.0.1 etter 2 forsøk: tilkoblingen ble avvist,"
        " eller verten ble ikke funnet. Kontroller internettforbindelsen",
        "keyring": "ingen brukbar nøkkelring: invoicedesk lagrer passord og tokener bare i "
        "systemets nøkkelring",
    },
    "da": {
        "login": "HTTP 401: SendRegning afviste login-e-mailen, adgangskoden eller afsender-id'et."
        " Kontrollér dem, og log ind igen",
        "server": "HTTP 500: SendRegning svarede: ",
        "malformed": "svaret på fakturalisten er ikke gyldig JSON (HTTP 200, ",
        "unreachable": "kunne ikke nå 127.0.0.1 efter 2 forsøg: forbindelsen blev afvist, eller"
        " værten blev ikke fundet. Kontrollér internetforbindelsen",
        "keyring": "ingen brugbar nøglering: invoicedesk gemmer kun adgangskoder og tokens i "
        "systemets nøglering",
    },
    "nl": {
        "login": "HTTP 401: SendRegning weigerde het aanmeld-e-mailadres, het wachtwoord of de "
        "afzender-id. Controleer ze en meld u opnieuw aan",
        "server": "HTTP 500: SendRegning antwoordde: ",
        "malformed": "het antwoord op de factuurlijst is geen geldige JSON (HTTP 200, ",
        "unreachable": "kon 127.0.0.1 niet bereiken na 2 pogingen: verbinding geweigerd of host "
        "niet gevonden. Controleer de internetverbinding",
        "keyring": "geen bruikbare sleutelbos: invoicedesk bewaart wachtwoorden en tokens alleen "
        "in de sleutelbos van het systeem",
    },
}
LANGUAGES = sorted(EXPECTED)
FAST = HttpPolicy(retries=1, backoff_base=0.01, backoff_max=0.01, timeout=5, connect_timeout=2)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    install_translator(qapp, code)
    yield code
    install_translator(qapp, "en")


@contextmanager
def sendregning(**knobs: object) -> Iterator[tuple[DemoAccount, object]]:
    module = importlib.import_module("invoicedesk.sandbox.sendregning")
    server = module.create(**knobs).start()
    try:
        yield module.demo_account(server), server
    finally:
        server.stop()


def dialog_for(
    qtbot: QtBot, tmp_path: Path, secrets: SecretStore | None = None
) -> AddAccountDialog:
    accounts = AccountStore(tmp_path / "accounts.json")
    store = secrets or SecretStore("invoicedesk/test")
    engine = SyncEngine(InvoiceCache(tmp_path / "cache.sqlite3"), accounts, store, policy=FAST)
    dialog = AddAccountDialog(engine, accounts, store, provider="sendregning")
    qtbot.addWidget(dialog)
    return dialog


def run_connection_test(
    qtbot: QtBot, dialog: AddAccountDialog, demo: DemoAccount, **values: str
) -> str:
    assert dialog.form is not None
    for key, value in {"base_url": demo.base_url, **demo.options, **demo.secrets, **values}.items():
        dialog.form.set_value(key, value)
    draft = dialog.form.draft()
    with pytest.raises(ProviderError) as english:  # the same failure, as the CLI words it
        dialog.engine.test_connection(draft.account, draft.secrets)
    with qtbot.waitSignal(dialog.test.finished, timeout=15_000) as finished:
        dialog.test.button.click()
    assert finished.args == [False]
    shown = dialog.test.result.text()
    assert shown.startswith("✗ ")
    # nothing of the English sentence is left (the provider's own words excepted)
    assert english.value.message not in shown
    assert english.value.hint is None or english.value.hint not in shown
    return shown


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_connection_test_results_are_in_the_language(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    expected = EXPECTED[language]
    dialog = dialog_for(qtbot, tmp_path)
    with sendregning() as (demo, server):
        shown = run_connection_test(qtbot, dialog, demo, password="wrong-password")
        assert expected["login"] in shown
        server.faults.add("500", 2)  # type: ignore[attr-defined]  (the CLI's run, then the dialog's)
        shown = run_connection_test(qtbot, dialog, demo)
        assert shown.startswith("✗ " + expected["server"]), shown
        assert server.faults.delivered  # type: ignore[attr-defined]
        server.faults.add("malformed", 2)  # type: ignore[attr-defined]
        shown = run_connection_test(qtbot, dialog, demo)
        assert shown.startswith("✗ " + expected["malformed"]), shown
        # an address where nobody answers (the sandbox's port, once it is stopped)
        address = demo.base_url
    server.stop()  # type: ignore[attr-defined]
    shown = run_connection_test(qtbot, dialog, demo, base_url=address)
    assert expected["unreachable"] in shown, shown
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=15_000)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_a_refused_keyring_is_explained_in_the_language(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    refused = SecretStore("invoicedesk/test", backend=keyring.backends.fail.Keyring())
    dialog = dialog_for(qtbot, tmp_path, refused)
    shown = dialog.keyring_warning.text()
    assert EXPECTED[language]["keyring"] in shown
    english = missing_keyring_help(refused.report())
    assert shown != english and english.split(":")[0] not in shown
    assert "gnome-keyring-daemon" in shown  # the command stays a command


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_window_shows_sync_errors_in_the_language(
    qtbot: QtBot,
    tmp_path: Path,
    language: str,
    settings: QSettings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The sync runs in a child process (the window's ProcessSyncer): its error crosses the pipe
    and the cache, and the card and the status bar translate it."""
    caplog.set_level(logging.DEBUG)  # the child logs at the window's level
    profile = Profile.at(tmp_path / "profile")
    profile.ensure()
    accounts = AccountStore(profile.accounts_path)
    with sendregning() as (demo, _server):
        accounts.add(Account("Regnskap", "sendregning", demo.base_url, options=dict(demo.options)))
        secrets = SecretStore(profile.keyring_service)
        secrets.set("Regnskap", {**demo.secrets, "password": "wrong-password"})
        context = AppContext.create(profile, secrets, language=language, accounts=accounts)
        assert context.syncs_elsewhere
        window = MainWindow(context, settings)
        qtbot.addWidget(window)
        shown: list[str] = []
        window.statusBar().messageChanged.connect(shown.append)
        window.show()
        try:
            qtbot.waitUntil(lambda: not window.is_loading, timeout=10_000)
            with qtbot.waitSignal(window.sync.all_finished, timeout=60_000):
                assert window.sync_all(names=["Regnskap"]) == ["Regnskap"]
            assert "syncing Regnskap in process" in caplog.text  # the child's log, relayed
            card = window.sidebar.cards["Regnskap"]
            qtbot.waitUntil(lambda: card.message_label.isVisible(), timeout=10_000)
            full = card.message_label.toolTip() or card.message_label.text()
            assert EXPECTED[language]["login"] in full.replace("&#x27;", "'"), full
            assert "refused" not in full
            assert any(m.startswith("Regnskap: " + EXPECTED[language]["login"]) for m in shown), (
                shown
            )
        finally:
            window.shutdown()
            context.close()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_keyring_banner_is_in_the_language(
    qtbot: QtBot, tmp_path: Path, language: str, settings: QSettings
) -> None:
    profile = Profile.at(tmp_path / "profile")
    refused = SecretStore("x", backend=keyring.backends.fail.Keyring())
    context = AppContext.create(profile, refused, language=language, sync_process=False)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: not window.is_loading, timeout=10_000)
        assert not window.banner.isHidden()
        assert EXPECTED[language]["keyring"] in window.banner.text.text()
    finally:
        window.shutdown()
        context.close()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "ConnectID-faktura 7/2, linje 1, beløp: forventet et beløp, fikk 'x'"),
        ("da", "ConnectID-faktura 7/2, linje 1, beløb: forventede et beløb, fik 'x'"),
        ("nl", "ConnectID-factuur 7/2, regel 1, bedrag: verwachtte een bedrag, kreeg 'x'"),
    ],
    indirect=["language"],
)
def test_where_an_answer_could_not_be_read_is_said_in_the_language(
    language: str, expected: str
) -> None:
    from invoicedesk.gui.error_text import describe
    from invoicedesk.providers import connectid_parse, places

    with pytest.raises(ProviderError) as caught:
        connectid_parse.parse_lines(
            [{"invoiceAmount": "x"}], "NOK", places.invoice("7/2", "ConnectID")
        )
    assert str(caught.value) == "ConnectID invoice 7/2, line 1 amount: expected an amount, got 'x'"
    assert describe(caught.value) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", "har ikke lenger denne PDF-en ("),
        ("da", "har ikke længere denne PDF ("),
        ("nl", "heeft deze pdf niet meer ("),
    ],
    indirect=["language"],
)
def test_a_failed_pdf_download_is_explained_in_the_language(
    qtbot: QtBot, tmp_path: Path, language: str, expected: str, settings: QSettings
) -> None:
    import dataclasses

    from PySide6.QtCore import QUrl

    profile = Profile.at(tmp_path / "profile")
    profile.ensure()
    accounts = AccountStore(profile.accounts_path)
    with sendregning(size=5) as (demo, _server):
        accounts.add(Account("Regnskap", "sendregning", demo.base_url, dict(demo.options)))
        SecretStore(profile.keyring_service).set("Regnskap", demo.secrets)
        context = AppContext.create(
            profile, SecretStore(profile.keyring_service), accounts=accounts, sync_process=False
        )
        [result] = context.engine.sync()
        assert result.ok, result.message
        opened: list[QUrl] = []
        window = MainWindow(context, settings, open_url=lambda url: bool(opened.append(url)))
        qtbot.addWidget(window)
        try:
            invoice = next(i for i in context.cache.invoices(["Regnskap"]) if i.pdf_url)
            window.detail.show_invoice(dataclasses.replace(invoice, pdf_url=f"{invoice.pdf_url}x"))
            window.detail.open_pdf()
            qtbot.waitUntil(lambda: expected in window.statusBar().currentMessage(), timeout=10_000)
            message = window.statusBar().currentMessage()
            assert "no longer has" not in message and "answered HTTP" not in message, message
            assert opened == []
        finally:
            window.shutdown()
            context.close()
