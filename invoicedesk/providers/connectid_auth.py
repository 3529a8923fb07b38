"""ConnectID account settings and sign-in: the options, the OAuth 2.0 login (RFC 8252 loopback,
PKCE), and how an access token is renewed (refresh grant in user mode, client credentials in
client mode). Tokens live only in the secrets the caller keeps in the keyring and in memory."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from invoicedesk.domain.text import QT_TRANSLATE_NOOP, Text, text
from invoicedesk.providers.base import ClientContext, LoginContext, OptionSpec, SecretSpec
from invoicedesk.providers.cancel import CancelToken
from invoicedesk.providers.errors import ConfigError, NeedsLogin, ProviderError
from invoicedesk.providers.http import HttpSession
from invoicedesk.providers.oauth import (
    TokenEndpoint,
    TokenError,
    TokenKeeper,
    TokenSet,
    authorize_in_browser,
)

DEFAULT_AUTHORIZE_URL = "https://connectid.no/user/oauth/authorize"
DEFAULT_TOKEN_URL = "https://connectid.no/user/oauth/token"  # noqa: S105 (a URL)
TOKEN_KEYS = ("access_token", "refresh_token", "expires_at")
ACCEPT = {"Accept": "application/json"}
#: refresh this many seconds before the access token's expiry
REFRESH_SKEW = 60.0

OPTIONS: tuple[OptionSpec, ...] = (
    OptionSpec(
        "client_id",
        "Client id",
        required=True,
        help="The OAuth client id ConnectID registered for this app (e.g. no.example).",
    ),
    OptionSpec(
        "authorize_url",
        "Authorize URL",
        default=DEFAULT_AUTHORIZE_URL,
        help="Where the browser signs in (test host: …/login/oauth/authorize).",
    ),
    OptionSpec(
        "token_url",
        "Token URL",
        default=DEFAULT_TOKEN_URL,
        help="Where codes and refresh tokens are exchanged for access tokens.",
    ),
    OptionSpec(
        "mode",
        "Mode",
        default="user",
        choices=("user", "client"),
        help="user: a subscriber signs in in the browser; client: client credentials "
        "for the customer numbers below.",
    ),
    OptionSpec(
        "customer_numbers",
        "Customer numbers",
        help="Client mode: comma-separated customer numbers to fetch invoices for.",
    ),
    OptionSpec(
        "products",
        "Product codes",
        help="Comma-separated product codes; lists per product when given.",
    ),
    OptionSpec(
        "client_auth",
        "Client authentication",
        default="basic",
        choices=("basic", "form", "query"),
        help="How the client secret is sent to the token URL (falls back to query).",
    ),
    OptionSpec(
        "pkce",
        "PKCE",
        default="yes",
        choices=("yes", "no"),
        help="Send a PKCE S256 challenge with the sign-in.",
    ),
    OptionSpec(
        "window_months",
        "Months to fetch",
        default="24",
        help="How many months back invoices are fetched.",
    ),
)

SECRETS: tuple[SecretSpec, ...] = (
    SecretSpec(
        "client_secret",
        "Client secret",
        required=False,
        help="The client's secret; not needed for a public client in user mode.",
    ),
    SecretSpec(
        "access_token",
        "Access token",
        required=False,
        help="Stored by `accounts login`; do not enter by hand.",
    ),
    SecretSpec(
        "refresh_token",
        "Refresh token",
        required=False,
        help="Stored by `accounts login`; renews the access token.",
    ),
    SecretSpec(
        "expires_at",
        "Access token expiry",
        required=False,
        help="Epoch seconds when the access token expires; stored by the login.",
    ),
)


def _option(options: Mapping[str, str], key: str) -> str | None:
    for spec in OPTIONS:
        if spec.key == key:
            return options.get(key, spec.default)
    return options.get(key)


@dataclass(frozen=True)
class Config:
    account: str
    client_id: str
    client_secret: str | None
    authorize_url: str
    token_url: str
    mode: str
    customer_numbers: tuple[str, ...]
    products: tuple[str, ...]
    client_auth: str
    pkce: bool
    window_months: int

    @classmethod
    def parse(cls, account: str, options: Mapping[str, str], secrets: Mapping[str, str]) -> Config:
        def option(key: str) -> str:
            return (_option(options, key) or "").strip()

        def bad(message: str, hint: str, **params: str) -> ConfigError:
            return ConfigError(
                QT_TRANSLATE_NOOP("Errors", "ConnectID account '{account}': {message_}"),
                hint=hint,
                account=account,
                message_=text(message, **params),
            )

        client_id = option("client_id")
        if not client_id:
            raise bad(
                QT_TRANSLATE_NOOP("Errors", "the client id is missing"),
                QT_TRANSLATE_NOOP("Errors", "Add it with --option client_id=…."),
            )
        mode = option("mode") or "user"
        if mode not in ("user", "client"):
            raise bad(
                QT_TRANSLATE_NOOP("Errors", "mode must be user or client, not '{mode}'"),
                QT_TRANSLATE_NOOP("Errors", "Use --option mode=user."),
                mode=mode,
            )
        client_auth = option("client_auth") or "basic"
        if client_auth not in ("basic", "form", "query"):
            raise bad(
                QT_TRANSLATE_NOOP("Errors", "client_auth must be basic, form or query"),
                QT_TRANSLATE_NOOP("Errors", "Use --option client_auth=basic."),
            )
        pkce = option("pkce") or "yes"
        if pkce not in ("yes", "no"):
            raise bad(
                QT_TRANSLATE_NOOP("Errors", "pkce must be yes or no"),
                QT_TRANSLATE_NOOP("Errors", "Use --option pkce=yes."),
            )
        try:
            window = int(option("window_months") or "24")
        except ValueError:
            window = 0
        if not 1 <= window <= 600:
            raise bad(
                QT_TRANSLATE_NOOP(
                    "Errors", "window_months must be a whole number of months (1-600)"
                ),
                QT_TRANSLATE_NOOP("Errors", "Use for example --option window_months=24."),
            )
        customers = tuple(p.strip() for p in option("customer_numbers").split(",") if p.strip())
        if any(not c.isdigit() for c in customers):
            raise bad(
                QT_TRANSLATE_NOOP(
                    "Errors", "customer_numbers must be whole numbers separated by commas"
                ),
                QT_TRANSLATE_NOOP(
                    "Errors", "Use for example --option customer_numbers=563457,771204."
                ),
            )
        products = tuple(p.strip() for p in option("products").split(",") if p.strip())
        if any(len(p) > 12 for p in products):
            raise bad(
                QT_TRANSLATE_NOOP("Errors", "a product code is at most 12 characters"),
                QT_TRANSLATE_NOOP("Errors", "Check the products option."),
            )
        secret = (secrets.get("client_secret") or "").strip() or None
        if mode == "client" and not customers:
            raise bad(
                QT_TRANSLATE_NOOP("Errors", "client mode needs the customer numbers"),
                QT_TRANSLATE_NOOP("Errors", "Add --option customer_numbers=… (comma-separated)."),
            )
        if mode == "client" and secret is None:
            raise bad(
                QT_TRANSLATE_NOOP("Errors", "client mode needs the client secret"),
                QT_TRANSLATE_NOOP("Errors", 'Store it as the secret {{"client_secret": "…"}}.'),
            )
        return cls(
            account=account,
            client_id=client_id,
            client_secret=secret,
            authorize_url=option("authorize_url") or DEFAULT_AUTHORIZE_URL,
            token_url=option("token_url") or DEFAULT_TOKEN_URL,
            mode=mode,
            customer_numbers=customers,
            products=products,
            client_auth=client_auth,
            pkce=pkce == "yes",
            window_months=window,
        )

    def endpoint(self, http: HttpSession) -> TokenEndpoint:
        return TokenEndpoint(
            http,
            self.token_url,
            self.client_id,
            self.client_secret,
            style=self.client_auth,
            fallback_style="query",
            provider="ConnectID",
            headers=ACCEPT,
        )


def login_again(account: str, message: Text) -> NeedsLogin:
    hint = QT_TRANSLATE_NOOP("Errors", "Sign in again with `invoicedesk accounts login {account}`.")
    return NeedsLogin(message, hint=text(hint, account=account))


def token_failure(cfg: Config, exc: TokenError, action: str) -> ProviderError:
    """A token-endpoint refusal as the error the bookkeeper can act on."""
    if exc.error == "invalid_client" or exc.status == 401:
        return NeedsLogin(
            QT_TRANSLATE_NOOP(
                "Errors", "ConnectID refused the client id or client secret of account '{account}'"
            ),
            status=exc.status,
            hint=text(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Check the client_id option and the client_secret, then sign in again "
                    "with `invoicedesk accounts login {account}`.",
                ),
                account=cfg.account,
            ),
            account=cfg.account,
        )
    if exc.error in ("invalid_grant", "unauthorized_client", "invalid_scope") or exc.status == 400:
        template = (
            QT_TRANSLATE_NOOP(
                "Errors", "the ConnectID sign-in of account '{account}' could not be renewed"
            )
            if action == "renewed"
            else QT_TRANSLATE_NOOP(
                "Errors", "the ConnectID sign-in of account '{account}' could not be completed"
            )
        )
        return login_again(cfg.account, text(template, account=cfg.account))
    return exc


def _expires_at(tokens: TokenSet) -> str | None:
    return str(int(tokens.expires_at)) if tokens.expires_at is not None else None


# ---- tokens -------------------------------------------------------------------------------------


class _Renewal:
    """How an account gets a new access token: the refresh grant (user mode; new tokens are
    persisted with ``ctx.save_secrets``) or the client-credentials grant (client mode)."""

    def __init__(self, ctx: ClientContext, cfg: Config) -> None:
        self._ctx = ctx
        self._cfg = cfg
        self._endpoint = cfg.endpoint(ctx.http)
        self.secrets = dict(ctx.secrets)
        self.refresh = self.secrets.get("refresh_token") or None

    def __call__(self, cancel: CancelToken | None) -> TokenSet:
        cfg = self._cfg
        if cfg.mode == "client":
            grant = {"grant_type": "client_credentials", "scope": "read"}
            try:
                return self._endpoint.request(grant, now=self._ctx.clock(), cancel=cancel)
            except TokenError as exc:
                raise token_failure(cfg, exc, "completed") from None
        if not self.refresh:
            raise login_again(
                cfg.account,
                text(
                    QT_TRANSLATE_NOOP("Errors", "ConnectID account '{account}' is not signed in"),
                    account=cfg.account,
                ),
            )
        grant = {"grant_type": "refresh_token", "refresh_token": self.refresh}
        try:
            tokens = self._endpoint.request(grant, now=self._ctx.clock(), cancel=cancel)
        except TokenError as exc:
            raise token_failure(cfg, exc, "renewed") from None
        self.refresh = tokens.refresh_token or self.refresh
        self.secrets.update(access_token=tokens.access_token, refresh_token=self.refresh)
        self.secrets.pop("expires_at", None)
        expires_at = _expires_at(tokens)
        if expires_at:
            self.secrets["expires_at"] = expires_at
        self._ctx.save_secrets(dict(self.secrets))
        return tokens


def keeper(ctx: ClientContext, cfg: Config) -> TokenKeeper:
    user = cfg.mode == "user"
    access = (ctx.secrets.get("access_token") or None) if user else None
    refresh = (ctx.secrets.get("refresh_token") or None) if user else None
    ctx.http.add_secrets(access, refresh, cfg.client_secret)
    expires_at = _epoch(ctx.secrets.get("expires_at")) if user else None
    return TokenKeeper(
        _Renewal(ctx, cfg),
        clock=ctx.clock,
        access=access,
        expires_at=expires_at,
        skew=REFRESH_SKEW,
    )


def _epoch(value: str | None) -> float | None:
    try:
        return float(int((value or "").strip()))  # ok: not money (epoch seconds)
    except ValueError:
        return None


# ---- login --------------------------------------------------------------------------------------


def login(ctx: LoginContext) -> dict[str, str]:
    """RFC 8252 login: browser to the authorize URL (state + PKCE S256), one redirect to a
    loopback listener, code exchange. Returns the full new secret set (tokens included). In
    client mode it only checks that the client credentials are accepted."""
    cfg = Config.parse(ctx.account, ctx.options, ctx.secrets)
    endpoint = cfg.endpoint(ctx.http)
    kept = {k: v for k, v in ctx.secrets.items() if k not in TOKEN_KEYS}
    if cfg.mode == "client":
        try:
            grant = {"grant_type": "client_credentials", "scope": "read"}
            endpoint.request(grant, now=ctx.clock(), cancel=ctx.cancel)
        except TokenError as exc:
            raise token_failure(cfg, exc, "completed") from None
        return kept
    auth = authorize_in_browser(
        authorize_url=cfg.authorize_url,
        client_id=cfg.client_id,
        open_url=ctx.open_url,
        timeout=ctx.timeout,
        cancel=ctx.cancel,
        scope="read",
        pkce=cfg.pkce,
        provider="ConnectID",
        login_command=f"`invoicedesk accounts login {ctx.account}`",
    )
    ctx.http.add_secrets(auth.code, auth.code_verifier)
    grant = {
        "grant_type": "authorization_code",
        "code": auth.code,
        "redirect_uri": auth.redirect_uri,
    }
    if auth.code_verifier is not None:
        grant["code_verifier"] = auth.code_verifier
    try:
        tokens = endpoint.request(grant, now=ctx.clock(), cancel=ctx.cancel)
    except TokenError as exc:
        if exc.error == "invalid_client" or exc.status == 401:
            raise token_failure(cfg, exc, "completed") from None
        raise ProviderError(
            QT_TRANSLATE_NOOP("Errors", "ConnectID refused to complete the sign-in: {problem}"),
            status=exc.status,
            hint=text(
                QT_TRANSLATE_NOOP("Errors", "Run `invoicedesk accounts login {account}` again."),
                account=ctx.account,
            ),
            problem=exc.text,
        ) from None
    result = dict(kept)
    result["access_token"] = tokens.access_token
    if tokens.refresh_token:
        result["refresh_token"] = tokens.refresh_token
    expires_at = _expires_at(tokens)
    if expires_at:
        result["expires_at"] = expires_at
    return result
