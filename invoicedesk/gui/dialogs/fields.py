"""What the account form shows for one provider: the fields of its ProviderSpec, in the user's
language, plus what each provider needs beyond the generic spec (which fields are e-mail or URL
fields, which are advanced, which are hidden because a dialog of its own fills them)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from invoicedesk.domain import DIRECTION_OPTION, Direction
from invoicedesk.providers.base import ProviderSpec
from invoicedesk.sync.account_rules import VISIBLE_SECRETS, field_check

translate = QCoreApplication.translate

#: option keys every account may carry (see SyncEngine's GENERIC_OPTIONS)
CA_FILE = "ca_file"
DIRECTION = DIRECTION_OPTION


@dataclass(frozen=True)
class FieldDef:
    key: str
    secret: bool
    label: str
    required: bool
    default: str | None = None
    help: str = ""
    choices: tuple[str, ...] = ()
    check: str = ""  # "", "email", "url" or "file"
    advanced: bool = False
    #: typed visibly although kept in the keyring (a login name is not a password)
    plain: bool = False


@dataclass(frozen=True)
class ProviderRules:
    hidden: frozenset[str] = frozenset()
    advanced: frozenset[str] = frozenset()
    main: frozenset[str] = frozenset()  # never advanced, even when optional with a default
    plain: frozenset[str] = VISIBLE_SECRETS


RULES: dict[str, ProviderRules] = {
    "sendregning": ProviderRules(),
    "telecomx": ProviderRules(advanced=frozenset({"customer", "reseller"})),
    "buckaroo": ProviderRules(
        hidden=frozenset({"invoice_keys", "invoice_numbers", "customer_ids"}),
        advanced=frozenset({"tracked_csv"}),
        main=frozenset({"environment"}),
    ),
    "connectid": ProviderRules(
        hidden=frozenset({"access_token", "refresh_token", "expires_at"}),
        advanced=frozenset(
            {"authorize_url", "token_url", "client_auth", "pkce", "products", "window_months"}
        ),
        main=frozenset({"mode"}),
    ),
}


def _labels(provider: str) -> dict[str, str]:
    labels = {
        "originator_id": translate("ProviderFields", "Account number"),
        "username": translate("ProviderFields", "Username"),
        "password": translate("ProviderFields", "Password"),
        "currency": translate("ProviderFields", "Currency"),
        "customer": translate("ProviderFields", "Customer ID"),
        "reseller": translate("ProviderFields", "Reseller ID"),
        "token": translate("ProviderFields", "Employee token"),
        "website_key": translate("ProviderFields", "Website key"),
        "environment": translate("ProviderFields", "Environment"),
        "secret_key": translate("ProviderFields", "Secret key"),
        "tracked_csv": translate("ProviderFields", "Tracked invoices file (CSV)"),
        "require_response_signature": translate("ProviderFields", "Signed answers"),
        "client_id": translate("ProviderFields", "Client ID"),
        "client_secret": translate("ProviderFields", "Client secret"),
        "authorize_url": translate("ProviderFields", "Sign-in address"),
        "token_url": translate("ProviderFields", "Token address"),
        "mode": translate("ProviderFields", "Sign-in type"),
        "customer_numbers": translate("ProviderFields", "Customer numbers"),
        "products": translate("ProviderFields", "Product codes"),
        "client_auth": translate("ProviderFields", "Client authentication"),
        "pkce": translate("ProviderFields", "PKCE"),
        "window_months": translate("ProviderFields", "Months to fetch"),
        CA_FILE: translate("ProviderFields", "CA certificate file"),
        DIRECTION: translate("ProviderFields", "Direction"),
    }
    if provider == "sendregning":
        labels["username"] = translate("ProviderFields", "Login e-mail")
    return labels


def _helps(provider: str) -> dict[str, str]:
    helps = {
        "originator_id": translate(
            "ProviderFields", "The number of your SendRegning account, e.g. 12345."
        ),
        "currency": translate(
            "ProviderFields", "Currency of the amounts (Telecom X does not send one)."
        ),
        "customer": translate("ProviderFields", "Only this customer's invoices (optional)."),
        "reseller": translate(
            "ProviderFields", "Invoices of this reseller's customers (optional)."
        ),
        "token": translate(
            "ProviderFields",
            "An employee token from Telecom X, instead of a username and password.",
        ),
        "website_key": translate(
            "ProviderFields", "Shown in Buckaroo Plaza under Settings › Websites."
        ),
        "environment": translate("ProviderFields", "Test uses Buckaroo's test environment."),
        "secret_key": translate(
            "ProviderFields", "Shown in Buckaroo Plaza under Settings › Secret key."
        ),
        "tracked_csv": translate(
            "ProviderFields",
            "A CSV file with the columns key, number and/or customer_id, read at every sync.",
        ),
        "require_response_signature": translate(
            "ProviderFields", "Whether an unsigned answer from Buckaroo is refused."
        ),
        "client_id": translate(
            "ProviderFields", "The client ID ConnectID registered for invoicedesk."
        ),
        "client_secret": translate(
            "ProviderFields", "Needed for server-to-server sign-in; optional otherwise."
        ),
        "customer_numbers": translate(
            "ProviderFields", "Server-to-server: comma-separated customer numbers to fetch."
        ),
        "products": translate("ProviderFields", "Comma-separated; empty for all products."),
        "window_months": translate("ProviderFields", "How many months back invoices are fetched."),
        CA_FILE: translate(
            "ProviderFields", "Only for servers with a certificate from your own authority."
        ),
        DIRECTION: translate(
            "ProviderFields",
            "Whether these are invoices you sent (owed to you) or bills you received (you owe). "
            "Not set: ConnectID personal sign-in is bills you received, everything else "
            "invoices you sent.",
        ),
    }
    if provider == "telecomx":
        helps["username"] = translate("ProviderFields", "The e-mail you log in to Telecom X with.")
    if provider == "sendregning":
        helps["username"] = translate(
            "ProviderFields", "The e-mail you log in to SendRegning with."
        )
    return helps


def choice_label(key: str, value: str) -> str:
    names = {
        ("environment", "live"): translate("ProviderFields", "Live"),
        ("environment", "test"): translate("ProviderFields", "Test"),
        ("mode", "user"): translate("ProviderFields", "Personal sign-in in the browser"),
        ("mode", "client"): translate("ProviderFields", "Server-to-server (client secret)"),
        ("client_auth", "basic"): translate("ProviderFields", "HTTP Basic"),
        ("client_auth", "form"): translate("ProviderFields", "In the form body"),
        ("client_auth", "query"): translate("ProviderFields", "In the query string"),
        ("pkce", "yes"): translate("ProviderFields", "Yes"),
        ("pkce", "no"): translate("ProviderFields", "No"),
        ("require_response_signature", "warn"): translate("ProviderFields", "Warn when missing"),
        ("require_response_signature", "yes"): translate("ProviderFields", "Required"),
        (DIRECTION, Direction.RECEIVABLE.value): translate(
            "ProviderFields", "Owed to you (invoices you sent)"
        ),
        (DIRECTION, Direction.PAYABLE.value): translate(
            "ProviderFields", "You owe (bills you received)"
        ),
    }
    return names.get((key, value), value)


def field_defs(spec: ProviderSpec) -> list[FieldDef]:
    """Options first, then secrets, in the spec's order; hidden ones left out."""
    rules = RULES.get(spec.name, ProviderRules())
    labels, helps = _labels(spec.name), _helps(spec.name)
    fields: list[FieldDef] = []
    for option in spec.options:
        if option.key in rules.hidden:
            continue
        advanced = option.key in rules.advanced or (
            not option.required and option.default is not None and option.key not in rules.main
        )
        fields.append(
            FieldDef(
                key=option.key,
                secret=False,
                label=labels.get(option.key, option.label),
                required=option.required,
                default=option.default,
                help=helps.get(option.key, option.help),
                choices=option.choices,
                check=_check(spec.name, option.key),
                advanced=advanced,
            )
        )
    fields.append(
        FieldDef(
            CA_FILE,
            False,
            labels[CA_FILE],
            False,
            help=helps[CA_FILE],
            check=_check(spec.name, CA_FILE),
            advanced=True,
        )
    )
    fields.append(
        FieldDef(
            DIRECTION,
            False,
            labels[DIRECTION],
            False,
            help=helps[DIRECTION],
            choices=tuple(d.value for d in Direction),
            advanced=True,
        )
    )
    for secret in spec.secrets:
        if secret.key in rules.hidden:
            continue
        fields.append(
            FieldDef(
                key=secret.key,
                secret=True,
                label=labels.get(secret.key, secret.label),
                required=secret.required,
                help=helps.get(secret.key, secret.help),
                check=_check(spec.name, secret.key),
                plain=secret.key in rules.plain,
            )
        )
    return fields


def _check(provider: str, key: str) -> str:
    """Which shared rule checks this field (see :mod:`invoicedesk.sync.account_rules`)."""
    return field_check(provider, key)
