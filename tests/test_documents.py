"""Invoice PDFs over real sockets: downloaded with the account's credentials only on its own
origin, kept in the profile's documents folder and opened from there offline, every failure
one clear line."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from invoicedesk.domain import Invoice
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import NeedsLogin, ProviderDataError, ProviderError
from invoicedesk.providers.http import HttpPolicy, HttpSession
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.base import SandboxRequest, SandboxResponse, SandboxServer
from invoicedesk.sandbox.connectid import ConnectIDSandbox
from invoicedesk.sandbox.pdf_file import tiny_pdf
from invoicedesk.sandbox.sendregning import SendRegningSandbox
from invoicedesk.storage.accounts import Account, AccountStore
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.documents import DocumentError, DocumentStore
from invoicedesk.storage.paths import Profile
from invoicedesk.storage.secrets import SecretStore
from invoicedesk.sync.documents import NoPdf, invoice_pdf
from invoicedesk.sync.engine import SyncEngine

FAST = HttpPolicy(retries=1, backoff_base=0.001, backoff_max=0.01, timeout=5)


class Recorder(SandboxServer):
    """Serves a PDF (or a redirect, or HTML) and records each request's Host and credentials."""

    name = "recorder"

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.seen: list[tuple[str, str, str | None, str | None]] = []
        self.lock = threading.Lock()

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        with self.lock:
            self.seen.append(
                (
                    request.header("Host") or "",
                    request.path,
                    request.header("Authorization"),
                    request.header("Originator-Id"),
                )
            )
        if request.path.startswith("/hop/"):
            target = f"http://localhost:{self.port_number}/file/{request.path[5:]}"
            return SandboxResponse(302, b"", {"Location": target})
        if request.path == "/page.html":
            return SandboxResponse(200, b"<html>login</html>", {"Content-Type": "text/html"})
        return SandboxResponse(200, tiny_pdf("elsewhere"), {"Content-Type": "application/pdf"})

    @property
    def port_number(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])


@dataclasses.dataclass
class Setup:
    engine: SyncEngine
    store: DocumentStore
    server: SendRegningSandbox
    cache: InvoiceCache
    profile: Profile

    def invoice(self, **changes: object) -> Invoice:
        invoice = next(i for i in self.cache.invoices(["sr"]) if i.pdf_url)
        return dataclasses.replace(invoice, **changes)  # type: ignore[arg-type]

    def pdf(self, invoice: Invoice) -> Path:
        return invoice_pdf(self.engine, self.store, invoice, CancelToken())


def _engine(profile: Profile, policy: HttpPolicy = FAST) -> tuple[SyncEngine, InvoiceCache]:
    cache = InvoiceCache(profile.cache_path)
    accounts = AccountStore(profile.accounts_path)
    return SyncEngine(cache, accounts, SecretStore(profile.keyring_service), policy=policy), cache


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    server = SendRegningSandbox(size=40, seed=3).start()
    profile = Profile.at(tmp_path / "profile")
    demo = demo_account("sendregning", server)
    AccountStore(profile.accounts_path).add(
        Account("sr", "sendregning", server.base_url, demo.options)
    )
    SecretStore(profile.keyring_service).set("sr", demo.secrets)
    engine, cache = _engine(profile)
    [result] = engine.sync(["sr"])
    assert result.ok, result.message
    yield Setup(engine, DocumentStore(profile.documents_dir), server, cache, profile)
    cache.close()
    server.stop()


def test_sendregning_pdf_is_downloaded_with_the_accounts_auth_kept_and_opened_offline(
    setup: Setup,
) -> None:
    invoice = setup.invoice()
    path_part = invoice.pdf_url.split(setup.server.base_url, 1)[1]  # type: ignore[union-attr]
    path = setup.pdf(invoice)
    assert path.parent == setup.profile.documents_dir
    assert path.read_bytes().startswith(b"%PDF-")
    assert f"SendRegning invoice {invoice.number}".encode() in path.read_bytes()
    assert setup.server.stats.by_path[path_part] == 1
    # the sandbox, as the real API, refuses the download without the account's auth
    with HttpSession(setup.server.base_url) as bare:
        assert bare.request("GET", path_part).status_code == 401

    requests = setup.server.stats.requests
    setup.server.stop()  # offline now: the kept copy is opened without a request
    assert setup.pdf(invoice) == path
    assert setup.server.stats.requests == requests


def test_a_refused_login_for_the_pdf_says_so(setup: Setup) -> None:
    SecretStore(setup.profile.keyring_service).update("sr", {"password": "wrong"})
    with pytest.raises(NeedsLogin, match="refused the account's login for the PDF"):
        setup.pdf(setup.invoice())
    assert not list(setup.profile.documents_dir.glob("*.pdf"))


def test_a_link_on_another_server_gets_no_credentials(setup: Setup) -> None:
    with Recorder() as other:
        # "localhost" is another origin than the account's 127.0.0.1, even on the same port
        url = f"http://localhost:{setup.server.base_url.rsplit(':', 1)[1]}/download/i/1/t1"
        with pytest.raises(ProviderError, match="never sent to another server"):
            setup.pdf(setup.invoice(pdf_url=url))
        path = setup.pdf(setup.invoice(pdf_url=f"{other.base_url}/file/x.pdf"))
        assert b"elsewhere" in path.read_bytes()
        assert [(auth, originator) for _h, _p, auth, originator in other.seen] == [(None, None)]


def test_credentials_are_dropped_when_a_redirect_leaves_the_accounts_origin(
    tmp_path: Path,
) -> None:
    with Recorder() as server:
        profile = Profile.at(tmp_path / "profile")
        options = {"originator_id": "12345"}
        AccountStore(profile.accounts_path).add(
            Account("sr", "sendregning", server.base_url, options)
        )
        SecretStore(profile.keyring_service).set("sr", {"username": "u", "password": "p"})
        engine, cache = _engine(profile)
        invoice = Invoice(
            "sendregning", "sr", "7", "7", "invoice", "NOK", "unpaid",  # type: ignore[arg-type]
            pdf_url=f"{server.base_url}/hop/7.pdf",
        )  # fmt: skip
        path = invoice_pdf(engine, DocumentStore(profile.documents_dir), invoice, CancelToken())
        cache.close()
    assert path.read_bytes().startswith(b"%PDF-")
    (first_host, _, first_auth, first_id), (second_host, _, second_auth, second_id) = server.seen
    assert first_host.startswith("127.0.0.1") and first_auth and first_id == "12345"
    assert second_host.startswith("localhost") and second_auth is None and second_id is None


def test_a_pdf_over_the_byte_limit_is_refused_clearly(setup: Setup) -> None:
    engine, cache = _engine(setup.profile, dataclasses.replace(FAST, max_bytes=300))
    with pytest.raises(ProviderDataError, match="larger than 300 bytes"):
        invoice_pdf(engine, setup.store, setup.invoice(), CancelToken())
    cache.close()
    assert not list(setup.profile.documents_dir.glob("*"))


def test_something_that_is_not_a_pdf_is_not_kept(setup: Setup) -> None:
    with Recorder() as other, pytest.raises(ProviderDataError, match=r"not a PDF \(text/html"):
        setup.pdf(setup.invoice(pdf_url=f"{other.base_url}/page.html"))
    with pytest.raises(ProviderError, match="no longer has this PDF"):
        setup.pdf(setup.invoice(pdf_url=f"{setup.server.base_url}/download/i/1/nothere"))
    assert not list(setup.profile.documents_dir.glob("*.pdf"))


def test_invoices_without_a_pdf_or_account_say_so(setup: Setup) -> None:
    with pytest.raises(NoPdf, match="gave no PDF"):
        setup.pdf(setup.invoice(pdf_url=None))
    with pytest.raises(NoPdf, match="no longer set up"):
        setup.pdf(setup.invoice(account="gone"))


def test_connectid_pdf_link_is_fetched_without_the_bearer_token(tmp_path: Path) -> None:
    with ConnectIDSandbox(size=12) as server:
        assert isinstance(server, ConnectIDSandbox)
        profile = Profile.at(tmp_path / "profile")
        demo = demo_account("connectid", server)
        AccountStore(profile.accounts_path).add(
            Account("cid", "connectid", demo.base_url, demo.options)
        )
        SecretStore(profile.keyring_service).set("cid", demo.secrets)
        engine, cache = _engine(profile)
        [result] = engine.sync(["cid"])
        assert result.ok, result.message
        invoice = next(i for i in cache.invoices(["cid"]) if i.pdf_url and "127.0.0.1" in i.pdf_url)
        path = invoice_pdf(engine, DocumentStore(profile.documents_dir), invoice, CancelToken())
        cache.close()
    assert path.read_bytes().startswith(b"%PDF-")
    assert len(server.pdf_log) == 1 and server.pdf_log[0][1] is None


@pytest.mark.parametrize(
    ("account", "number"),
    [
        ("../../etc", "../../../passwd"),
        ("/abs/olute", "C:\\Windows\\x"),
        ("..", ".."),
        ("a\x00b", "x" * 500),
        ("konto/æøå", "<script>"),
    ],
)
def test_provider_text_cannot_steer_the_file_name(
    tmp_path: Path, account: str, number: str
) -> None:
    store = DocumentStore(tmp_path / "documents")
    path = store.save("sendregning", account, number, number, b"%PDF-1.4\n")
    assert path.parent == store.root and path.resolve().parent == store.root.resolve()
    assert len(path.name) < 160 and not path.name.startswith(".")
    assert store.find("sendregning", account, number, number) == path
    # another invoice whose name cleans to the same text still has a file of its own
    other = store.path_for("sendregning", account, number + "?", number + "?")
    assert other != path or number + "?" == number


def test_an_unwritable_documents_folder_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "documents"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(DocumentError, match=r"could not keep the PDF in .*documents"):
        DocumentStore(blocker).save("p", "a", "1", "1", b"%PDF-1.4\n")


def test_the_documents_folder_follows_the_profile_dir(tmp_path: Path) -> None:
    assert Profile.at(tmp_path).documents_dir == tmp_path.resolve() / "data" / "documents"
