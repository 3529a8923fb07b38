"""`accounts edit | disable | enable | remove`, the shared field rules, and the hints for a new
user, against the SendRegning and Telecom X sandboxes over real sockets."""

from __future__ import annotations

import io
import json

import keyring
import pytest

from invoicedesk.cli import main, read_secrets
from invoicedesk.sandbox import demo_account
from invoicedesk.sandbox.sendregning import SendRegningSandbox
from invoicedesk.storage.paths import Profile


def cli(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def server():
    with SendRegningSandbox(size=40) as s:
        yield s


@pytest.fixture
def p(profile_dir):
    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        return cli("--profile-dir", str(profile_dir), *args, stdin=stdin)

    return run


def add(p, server, name="main"):
    demo = demo_account("sendregning", server)
    code, _out, err = p(
        "accounts", "add", "sendregning", "--name", name, "--base-url", server.base_url,
        "--option", f"originator_id={demo.options['originator_id']}",
        stdin=json.dumps(demo.secrets),
    )  # fmt: skip
    assert code == 0, err
    return demo


def secret_of(profile_dir, name):
    raw = keyring.get_password(Profile.at(profile_dir).keyring_service, name)
    return json.loads(raw) if raw else None


def test_rename_moves_cache_and_keyring(p, server, profile_dir):
    demo = add(p, server)
    assert p("sync")[0] == 0
    code, out, err = p("accounts", "edit", "main", "--rename", "Kontor")
    assert code == 0, err
    assert "renamed to 'Kontor'" in out
    assert secret_of(profile_dir, "main") is None
    assert secret_of(profile_dir, "Kontor") == demo.secrets
    code, out, _ = p("export", "--format", "json")
    rows = json.loads(out)["invoices"]
    assert len(rows) == 40 and {r["account"] for r in rows} == {"Kontor"}
    listing = p("accounts", "list")[1]
    assert "Kontor" in listing and "main" not in listing.split("\n", 1)[1]
    # the renamed account syncs on: its state moved with it
    code, out, _ = p("sync")
    assert code == 0 and out.startswith("Kontor: ok") and "new" not in out and "amended" not in out


def test_edit_validates_with_the_same_rules_as_add(p, server):
    add(p, server)
    code, _, err = p("accounts", "edit", "main", "--option", "originator_id=abc")
    assert code == 2 and "digits only" in err
    code, _, err = p("accounts", "edit", "main", "--rename", "bad/name")
    assert code == 2 and "not a usable account name" in err
    code, _, err = p(
        "accounts", "edit", "main", stdin='{"username": "me@example.nohttps://evil.example.com"}'
    )
    assert code == 2 and "e-mail address" in err
    code, _, err = p("accounts", "edit", "main")
    assert code == 2 and "nothing to change" in err and '"password"' in err


def test_a_changed_login_drops_the_cached_invoices_and_says_so(p, server, profile_dir):
    add(p, server)
    p("sync")
    code, out, err = p(
        "accounts", "edit", "main", "--yes",
        stdin='{"username": "someone.else@regnskap.example.no"}',
    )  # fmt: skip
    assert code == 0, err
    assert "40 cached invoices were dropped" in out
    assert secret_of(profile_dir, "main")["username"] == "someone.else@regnskap.example.no"
    assert json.loads(p("export", "--format", "json")[1])["invoices"] == []


def test_a_changed_login_without_a_terminal_needs_yes(p, server, profile_dir):
    demo = add(p, server)
    p("sync")
    code, out, err = p(
        "accounts", "edit", "main", stdin='{"username": "someone.else@regnskap.example.no"}'
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "40 cached invoices" in err and "add --yes" in err
    assert secret_of(profile_dir, "main") == demo.secrets  # nothing was changed
    assert len(json.loads(p("export", "--format", "json")[1])["invoices"]) == 40


@pytest.mark.parametrize(("answer", "dropped"), [("\n", False), ("n\n", False), ("y\n", True)])
def test_a_changed_login_on_a_terminal_asks_first(p, server, profile_dir, answer, dropped):
    demo = add(p, server)
    p("sync")
    out, err = io.StringIO(), io.StringIO()
    args = ["--profile-dir", str(profile_dir), "accounts", "edit", "main"]
    args += ["--option", "originator_id=987654"]
    code = main(args, stdin=Tty(answer), stdout=out, stderr=err)
    assert "40 cached invoices" in err.getvalue() and "[y/N]" in err.getvalue()
    invoices = json.loads(p("export", "--format", "json")[1])["invoices"]
    if dropped:
        assert code == 0 and "dropped" in out.getvalue() and invoices == []
    else:
        assert code == 1 and "nothing changed" in out.getvalue() and len(invoices) == 40
        stored = Profile.at(profile_dir).accounts_path.read_text()
        assert demo.options["originator_id"] in stored and "987654" not in stored


def test_a_changed_password_keeps_the_cache(p, server, profile_dir):
    add(p, server)
    p("sync")
    code, out, _ = p("accounts", "edit", "main", stdin='{"password": "new-pass"}')
    assert code == 0 and "new secrets stored" in out and "dropped" not in out
    assert secret_of(profile_dir, "main")["password"] == "new-pass"
    assert len(json.loads(p("export", "--format", "json")[1])["invoices"]) == 40


def test_disable_skips_sync_and_totals_enable_brings_it_back(p, server):
    add(p, server)
    p("sync")
    code, out, _ = p("accounts", "disable", "main")
    assert code == 0 and "Disabled" in out
    assert "disabled" in p("accounts", "list")[1]
    code, out, err = p("sync")
    assert code == 0 and "skipped disabled account 'main'" in err and "fetched" not in out
    assert json.loads(p("export", "--format", "json")[1])["invoices"] == []
    assert json.loads(p("report", "aging", "--format", "json")[1])["receivable"] == {}
    named = p("export", "--format", "json", "--account", "main")[1]
    assert len(json.loads(named)["invoices"]) == 40
    assert p("accounts", "enable", "main")[0] == 0
    assert len(json.loads(p("export", "--format", "json")[1])["invoices"]) == 40
    assert "main: ok" in p("sync")[1]


def test_remove_says_what_it_removed(p, server, profile_dir):
    add(p, server)
    p("sync")
    code, out, _ = p("accounts", "remove", "main")
    assert code == 0
    assert "keyring entry" in out and "40 cached invoices" in out
    assert secret_of(profile_dir, "main") is None


def test_add_without_stdin_says_how_secrets_go_in(p, server):
    code, _, err = p("accounts", "add", "sendregning", "--name", "x", "--option", "originator_id=1")
    assert code == 2
    assert "JSON object on stdin" in err and '"username"' in err and '"password"' in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sendregning", "--option", "originator_id=abc"], "digits only"),
        (["telecomx", "--option", "currency=kroner"], "three-letter currency code"),
        (["sendregning", "--option", "originator_id=1", "--option", "direction=up"], "receivable"),
    ],
)
def test_add_refuses_what_the_dialog_refuses(p, args, message):
    code, _, err = p("accounts", "add", *args, "--name", "x", stdin='{"token": "t"}')
    assert code == 2 and message in err


def test_sync_without_accounts_shows_the_full_add_command(p):
    code, _, err = p("sync")
    assert code == 2 and "accounts add PROVIDER --name NAME" in err


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_asks_for_the_login_visibly_and_the_password_hidden(monkeypatch, capsys):
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "secret")
    secrets = read_secrets(Tty("me@example.no\n"), "sendregning")
    assert secrets == {"username": "me@example.no", "password": "secret"}
    assert asked == ["Password: "]  # only the password is typed without echo
    assert "Login e-mail: " in capsys.readouterr().err
