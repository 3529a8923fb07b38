"""TLS stays verified: the sandboxes serve HTTPS with a certificate from a throw-away CA (trustme),
the client trusts it only when the account's ``ca_file`` option names that CA, and a wrong
certificate is refused at once (not retried) with an error that names the certificate problem."""

from __future__ import annotations

import datetime as dt
import re
import ssl
import time
from pathlib import Path

import pytest
import trustme

from invoicedesk import sandbox
from invoicedesk.providers.http import HttpPolicy
from invoicedesk.sandbox.base import SandboxServer

from .world import open_world

#: a retry would wait at least 2 s: a refusal within 1.5 s was not retried
NO_RETRY_POLICY = HttpPolicy(retries=3, backoff_base=2.0, backoff_max=2.0, timeout=5)
PACKAGE = Path(__file__).resolve().parents[2] / "invoicedesk"


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "private-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def https_server(provider: str, cert: trustme.LeafCert) -> SandboxServer:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    server = sandbox.create(provider, size=20)
    server.ssl_context = context  # before start(): the socket is served with TLS
    return server.start()


@pytest.mark.parametrize("provider", ["sendregning", "telecomx", "buckaroo"])
def test_sync_over_https_with_the_private_ca_works(provider, ca, ca_file, tmp_path):
    server = https_server(provider, ca.issue_cert("127.0.0.1", "localhost"))
    world = open_world(tmp_path / "p", provider, server, extra_options={"ca_file": ca_file})
    try:
        assert server.base_url.startswith("https://127.0.0.1:")
        result = world.sync()
        assert result.state == "ok", result.message
        assert result.fetched >= 10 and server.stats.requests > 0
    finally:
        world.close()
        server.stop()


def _refused(tmp_path: Path, cert: trustme.LeafCert, options: dict[str, str]) -> str:
    server = https_server("sendregning", cert)
    world = open_world(
        tmp_path / "p", "sendregning", server, policy=NO_RETRY_POLICY, extra_options=options
    )
    try:
        started = time.monotonic()
        result = world.sync()
        assert time.monotonic() - started < 1.5, "a certificate problem must not be retried"
        assert result.state == "error"
        assert server.stats.requests == 0  # not one request got through
        assert world.invoices() == []
        return result.message
    finally:
        world.close()
        server.stop()


def test_a_certificate_from_an_unknown_ca_is_refused(ca, tmp_path):
    """No ca_file: the system's authorities do not know the test CA."""
    message = _refused(tmp_path, ca.issue_cert("127.0.0.1"), {})
    assert message.startswith(
        "could not connect securely to 127.0.0.1: the server's certificate is not trusted ("
    ), message
    assert "ca_file" in message and "date and time" in message


def test_another_private_ca_is_not_trusted_either(ca, tmp_path):
    other = trustme.CA()
    path = tmp_path / "other-ca.pem"
    other.cert_pem.write_to_path(str(path))
    message = _refused(tmp_path, ca.issue_cert("127.0.0.1"), {"ca_file": str(path)})
    assert "the server's certificate is not trusted" in message, message


def test_a_certificate_for_another_host_name_is_refused(ca, ca_file, tmp_path):
    message = _refused(tmp_path, ca.issue_cert("invoices.example.no"), {"ca_file": ca_file})
    assert re.search(
        r"the server's certificate is for another host name \(.*127\.0\.0\.1", message
    ), message
    assert "base URL" in message


def test_an_expired_certificate_is_refused_naming_the_clock(ca, ca_file, tmp_path):
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    cert = ca.issue_cert("127.0.0.1", not_before=past - dt.timedelta(days=60), not_after=past)
    message = _refused(tmp_path, cert, {"ca_file": ca_file})
    assert "the server's certificate is not valid at this date and time" in message, message
    assert "expired" in message


def test_an_unreadable_ca_file_is_a_clear_account_error(ca, tmp_path):
    server = https_server("sendregning", ca.issue_cert("127.0.0.1"))
    missing = tmp_path / "nowhere" / "ca.pem"
    not_pem = tmp_path / "not-a-ca.pem"
    not_pem.write_text("hello")
    try:
        for path, why in ((missing, "No such file"), (not_pem, "")):
            world = open_world(
                tmp_path / f"p-{path.name}", "sendregning", server,
                extra_options={"ca_file": str(path)},
            )  # fmt: skip
            try:
                result = world.sync()
            finally:
                world.close()
            assert result.state == "error"
            assert result.message.startswith(
                f"the ca_file option names {path}, which cannot be read as a CA certificate"
            ), result.message
            assert why in result.message
            assert "internal error" not in result.message
    finally:
        server.stop()


def test_nothing_in_the_package_turns_verification_off():
    pattern = re.compile(
        r"verify\s*=\s*False|CERT_NONE|check_hostname\s*=\s*False|_create_unverified_context"
    )
    offenders = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in PACKAGE.rglob("*.py")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert offenders == []


def test_without_ca_file_the_operating_systems_trust_store_is_used(
    ca, ca_file, tmp_path, monkeypatch
):
    """A CA the machine trusts (here: the OpenSSL default CA file, pointed at the private CA the
    way a company installs its proxy's CA) is trusted without any ca_file option, through the
    OS store (truststore), not certifi's bundle."""
    import truststore

    from invoicedesk.providers.http import default_tls_context

    monkeypatch.setenv("SSL_CERT_FILE", ca_file)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    default_tls_context.cache_clear()
    try:
        assert isinstance(default_tls_context(), truststore.SSLContext)
        server = https_server("sendregning", ca.issue_cert("127.0.0.1"))
        world = open_world(tmp_path / "p", "sendregning", server)
        try:
            result = world.sync()
            assert result.state == "ok", result.message
        finally:
            world.close()
            server.stop()
    finally:
        default_tls_context.cache_clear()
