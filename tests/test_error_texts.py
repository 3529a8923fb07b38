"""Messages of the Qt-free layers keep their template and parameters (domain/text.Text): the
English line stays what the CLI prints, the structure survives the sync child's pipe (pickle) and
the cache (JSON), secrets are masked in the parameters too, and every marked template is in each
language's .ts file with a finished translation."""

from __future__ import annotations

import ast
import datetime as dt
import pickle
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from invoicedesk.domain.text import CONTEXT, Text, text
from invoicedesk.providers.errors import NeedsLogin, NetworkError
from invoicedesk.providers.redact import REDACTOR
from invoicedesk.storage.cache import InvoiceCache
from invoicedesk.storage.secrets import SecretStoreError

PACKAGE = Path(__file__).resolve().parents[1] / "invoicedesk"
TRANSLATIONS = PACKAGE / "gui" / "translations"


def test_the_english_line_is_the_template_filled_in() -> None:
    err = NetworkError(
        "could not reach {host} after {attempts} attempts: {problem}",
        hint="Check the connection.",
        host="api.example",
        attempts=3,
        problem=text("the connection was reset"),
    )
    assert str(err) == (
        "could not reach api.example after 3 attempts: the connection was reset. "
        "Check the connection."
    )
    assert err.message == "could not reach api.example after 3 attempts: the connection was reset"
    line = err.describe_text()
    assert str(line) == str(err)
    assert line.param("hint") == text("Check the connection.")


def test_a_status_comes_first_unless_the_message_names_it() -> None:
    err = NeedsLogin("the login was refused", status=401, hint="Log in again.")
    assert str(err) == "HTTP 401: the login was refused. Log in again."
    assert str(NeedsLogin("got HTTP 401 twice", status=401)) == "got HTTP 401 twice"


def test_braces_that_are_no_placeholders() -> None:
    assert str(text('Store {{"token": ...}} for {name}', name="x")) == 'Store {"token": ...} for x'
    # a plain string from elsewhere (no parameters) is shown as it is, braces and all
    assert str(text('the server said {"error": 1}')) == 'the server said {"error": 1}'


def test_a_text_survives_pickle_and_json() -> None:
    message = text(
        "{what} on {day}: {amount} ({nested})",
        what="invoice 7",
        day=dt.date(2025, 3, 1),
        amount=Decimal("12.50"),
        nested=text("no answer within {timeout:g} s", timeout=2.5),
    )
    assert pickle.loads(pickle.dumps(message)) == message
    assert Text.from_json(message.to_json()) == message
    assert str(message) == "invoice 7 on 2025-03-01: 12.50 (no answer within 2.5 s)"
    assert Text.from_json("not json") is None
    assert Text.from_json('{"x": 1}') is None


def test_secrets_are_masked_in_the_parameters_too() -> None:
    """A provider that echoes a credential: masked in the template's parameters (nested ones
    included), so neither the English line, the JSON the cache keeps, nor a translation shows it."""
    REDACTOR.add(["s3cret-token-value"])
    err = NeedsLogin(
        "the provider said: {said} ({detail})",
        said="Invalid access token: s3cret-token-value",
        detail=text("sent {url}", url="https://x.example/cb?code=abc123&state=1"),
    )
    for shown in (str(err), err.describe_text().to_json(), repr(err.text.params)):
        assert "s3cret-token-value" not in shown
        assert "abc123" not in shown
        assert "***" in shown


def test_the_cache_keeps_the_message_and_its_text(tmp_path: Path) -> None:
    cache = InvoiceCache(tmp_path / "cache.sqlite3")
    try:
        err = NeedsLogin("the login was refused", status=401, hint="Log in again.")
        cache.set_account_state("a", "sendregning", "needs_login", err.describe_text())
        state = cache.account_state("a")
        assert state is not None
        assert state.message == "HTTP 401: the login was refused. Log in again."  # the CLI's
        assert state.text == err.describe_text()
        cache.set_account_state("a", "sendregning", "error", "plain words")
        state = cache.account_state("a")
        assert state is not None and state.message == "plain words" and state.text is None
    finally:
        cache.close()


def test_keyring_errors_carry_their_text() -> None:
    err = SecretStoreError("the keyring entry for '{account}' is damaged", account="x")
    assert str(err) == "the keyring entry for 'x' is damaged"
    assert err.text == text("the keyring entry for '{account}' is damaged", account="x")
    assert str(SecretStoreError("plain")) == "plain"


def marked_templates() -> dict[str, str]:
    """Every ``QT_TRANSLATE_NOOP("Errors", "...")`` outside the GUI -> where it is."""
    found: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                context, source = (a.value for a in node.args)  # type: ignore[attr-defined]
                assert context == CONTEXT, f"{path}:{node.lineno}: context {context!r}"
                found[source] = f"{path.relative_to(PACKAGE)}:{node.lineno}"
    return found


def test_the_qt_free_layers_mark_their_messages() -> None:
    where = set(marked_templates().values())
    for module in ("providers/http", "providers/sendregning", "storage/secrets", "sync/engine"):
        assert any(w.startswith(module + ".py:") for w in where), module


@pytest.mark.parametrize("code", ["nb", "da", "nl"])
def test_every_marked_message_is_translated(code: str) -> None:
    root = ET.parse(TRANSLATIONS / f"invoicedesk_{code}.ts").getroot()
    finished = {
        message.findtext("source"): message.findtext("translation")
        for context in root
        if context.findtext("name") == CONTEXT
        for message in context.findall("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") is None  # type: ignore[union-attr]
    }
    missing = {
        source: where
        for source, where in marked_templates().items()
        if not finished.get(source, "").strip()
    }
    assert not missing, f"not translated in invoicedesk_{code}.ts: {missing}"


def test_request_names_become_translatable_and_keep_their_english() -> None:
    from invoicedesk.providers.subjects import subject

    for words in ("the invoice list", "the invoices of customer 42", "invoice key ab12", "login"):
        named = subject(words)
        assert named.template != words or not named.params
        assert str(named) in (words, f"the {words}")
    assert subject("the invoices of customer 42") == text("the invoices of customer {id}", id="42")
    assert subject("something else") == text("something else")
