"""Fuzzing every provider's parser with mutated real shapes.

The seeds are real wire shapes: what each sandbox sends, recorded through the provider's own client
(numbers as ``Decimal``, exactly as ``parse_json`` gives them). Hypothesis mutates them: fields
dropped, values replaced by other JSON types, numbers as strings, huge and tiny numbers, odd
dates, unicode, NaN/Infinity (which Python's JSON reader accepts), nested junk.

The contract: a parser returns an invoice that the cache can store and the exports can write, or
raises a :class:`~invoicedesk.providers.errors.ProviderError` subclass. Nothing else may escape.

The pure parse entry points: ``SendRegningClient.parse`` (and ``next_link``),
``telecomx_parse.invoice`` (and its error mapping), ``buckaroo_parse.parse_invoice`` (and
``request_error_messages``, ``read_tracked_csv``), ``connectid_parse.user_invoice`` and
``client_invoice`` (and ``InvoiceKey.from_id``); and ``parse_json``, which feeds them all.

The default run tries 200 examples per test; ``pytest tests/reliability -m slow`` tries 10,000
(the "invoicedesk-long" profile registered in conftest.py). The tests at the end pin what the fuzzer
found.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import tempfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invoicedesk import export, sandbox
from invoicedesk.domain import Invoice
from invoicedesk.export_json import contract_text
from invoicedesk.providers import buckaroo_parse, connectid_parse, telecomx_parse
from invoicedesk.providers.base import ClientContext, parse_json
from invoicedesk.providers.errors import ProviderError
from invoicedesk.providers.http import HttpSession, Response
from invoicedesk.providers.sendregning import SendRegningClient, next_link
from invoicedesk.sandbox.connectid import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from invoicedesk.sandbox.connectid_data import PRIMARY_CUSTOMER, SECONDARY_CUSTOMER
from invoicedesk.storage.codec import (
    invoice_from_dict,
    invoice_from_text,
    invoice_to_dict,
    invoice_to_text,
)

from .world import record_raw


class _Profile:
    """``@FUZZ`` applies the hypothesis profile of the run: short by default, long in the
    ``-m slow`` run (set per test by :func:`_fuzz_profile`)."""

    name = "invoicedesk-short"

    def __call__(self, test: Any) -> Any:
        return settings(settings.get_profile(self.name))(test)


FUZZ = _Profile()


@pytest.fixture(
    autouse=True, params=["short", pytest.param("long", marks=pytest.mark.slow)], ids=str
)
def _fuzz_profile(request: pytest.FixtureRequest) -> Any:
    """Every test here twice: short in the default run, long (10,000 examples) with -m slow."""
    FUZZ.name = f"invoicedesk-{request.param}"
    yield
    FUZZ.name = "invoicedesk-short"


# ---- seeds: real shapes from the sandboxes ------------------------------------------------------


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Any]]:
    root = tmp_path_factory.mktemp("seeds")
    client_mode = {
        "mode": "client",
        "customer_numbers": f"{PRIMARY_CUSTOMER},{SECONDARY_CUSTOMER}",
        "client_id": DEMO_CLIENT_ID,
    }
    shapes = {name: record_raw(name, root / name) for name in sandbox.SANDBOX_NAMES}
    shapes["connectid-client"] = record_raw(
        "connectid",
        root / "connectid-client",
        options=client_mode,
        secrets={"client_secret": DEMO_CLIENT_SECRET},
    )
    assert all(shapes.values())
    return shapes


# ---- mutation --------------------------------------------------------------------------------

ODD_DATES = [
    "2025-02-30", "2025-13-01", "0000-00-00", "0001-01-01", "9999-12-31", "20250101",
    "2025-1-1", "31.12.2025", "2014-12-31T23:00:00.000Z", "2015-06-30T22:00:00.000z",
    "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00-12:00", "9999-12-31T23:59:59-14:00",
    "9999-12-31T23:59:59.9999999+01:00", "2025-06-15T12:00:00.1234567+02:00",
    "2025-06-15T25:00:00", "2025-06-15 10:00", "T", "Z", "1420066800000", "-1420066800000",
    "99999999999999999999999", "1e12", "٢٠٢٥-٠١-٠١", "２０２５-０１-０１",
]  # fmt: skip
ODD_NUMBERS: list[Any] = [
    0, -1, 1, 10**15, -(10**15), 10**40, -(10**40), 2**63, 10**4000,
    Decimal("1E+999999"), Decimal("-1E+999999"), Decimal("1E-999999"), Decimal("1E+999999999"),
    Decimal("0.000"), Decimal("-0"), Decimal("123.4567890123456789"), Decimal("1E15"),
    Decimal("999999999999999.99"), Decimal("1E+28"), Decimal("1E+14"),
    float("nan"), float("inf"), float("-inf"),
    "", " ", "0", "-1", "-0", "1e999999", "NaN", "Infinity", "-Infinity", "sNaN", "1,5",
    "1 150,95", "0x10", "١٢٣", "１２３", "1_000", "  42  ", "+7", ".5", "5.", "1e-999999",
]  # fmt: skip
ODD_TEXT = [
    "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "javascript:alert(1)",
    "JavaScript:alert(1)", "file:///etc/passwd", "data:text/html,<script>", "//evil.example/x",
    "http://", "https://[::1", "https://user:pw@example.no/x", "\x00", "\u202e\u0645", "İ", "ß",
    "𝟘𝟙", "\U0001f4a9", "a" * 5000, "x" * 70_000, "<script>", "null", "true", "{}", "[]",
    "java\nscript:alert(1)", "http://[::1", "//evil.example/\x00",
]  # fmt: skip

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.sampled_from(ODD_NUMBERS),
    st.sampled_from(ODD_DATES),
    st.sampled_from(ODD_TEXT),
    st.text(max_size=40),
    st.dates().map(dt.date.isoformat),
    st.datetimes().map(lambda d: d.isoformat() + "Z"),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
)
junk = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=12), inner, max_size=3)
    ),
    max_leaves=6,
)


Path_ = tuple[Any, ...]


def node_paths(value: Any, path: Path_ = ()) -> Iterator[Path_]:
    """The path (keys and indexes) of every node of a JSON value, the root first."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from node_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from node_paths(item, (*path, index))


def all_keys(value: Any) -> set[str]:
    return {p[-1] for p in node_paths(value) if p and isinstance(p[-1], str)}


def _get(value: Any, path: Path_) -> tuple[bool, Any]:
    for step in path:
        if (isinstance(value, dict) and isinstance(step, str) and step in value) or (
            isinstance(value, list) and isinstance(step, int) and step < len(value)
        ):
            value = value[step]
        else:
            return False, None
    return True, value


ACTIONS = ("drop", "junk", "junk", "as_text", "empty", "stray_key", "duplicate")


def mutate(draw: Callable[[Any], Any], seed: Any, keys: tuple[str, ...]) -> Any:
    """A deep copy of ``seed`` with 1-8 mutations at random places: a field or list item
    dropped, a value replaced by junk of any JSON type, a number turned into text, a container
    emptied, a known field put where it does not belong, a list item repeated."""
    value = copy.deepcopy(seed)
    paths = list(node_paths(seed))
    for _ in range(draw(st.integers(1, 8))):
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(ACTIONS))
        if not path:
            if action in ("junk", "drop"):
                value = draw(junk)
            continue
        found, parent = _get(value, path[:-1])
        step = path[-1]
        if not found or not isinstance(parent, (dict, list)):
            continue
        ok, current = _get(parent, (step,))
        if not ok:
            continue
        if action == "drop":
            del parent[step]
        elif action == "junk":
            parent[step] = draw(junk)
        elif action == "as_text" and isinstance(current, (int, Decimal)):
            parent[step] = str(current)
        elif action == "empty" and isinstance(current, (dict, list)):
            parent[step] = type(current)()
        elif action == "stray_key" and isinstance(current, dict):
            current[draw(st.sampled_from(keys))] = draw(junk)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(current))
    return value


def mutated(seeds: list[Any]) -> st.SearchStrategy[Any]:
    keys = tuple(sorted({k for s in seeds for k in all_keys(s)})) or ("x",)

    @st.composite
    def build(draw: Callable[[Any], Any]) -> Any:
        return mutate(draw, draw(st.sampled_from(seeds)), keys)

    return build()


def decimals_in(value: Any) -> Iterator[Decimal]:
    if isinstance(value, Decimal):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from decimals_in(getattr(value, f.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from decimals_in(item)


def storable(invoice: Invoice) -> None:
    """What a parser returns must go into the cache and come back the same, and export."""
    assert isinstance(invoice, Invoice)
    for amount in decimals_in(invoice):
        # finite, and short enough to write out: 1E-999999999 would be a 1 GB export cell
        assert amount.is_finite() and -100 <= amount.as_tuple().exponent <= 100, amount
        assert abs(amount) < Decimal("1e16"), amount
    doc = invoice_to_dict(invoice)
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    text.encode("utf-8")
    assert invoice_from_dict(json.loads(text)) == invoice
    # the cache's fast path: the same document, and the same invoice back
    fast = invoice_to_text(invoice)
    assert json.loads(fast) == doc
    assert invoice_from_text(fast) == invoice
    exported = json.dumps(export.invoice_json(invoice, dt.date(2025, 6, 15)), ensure_ascii=False)
    # the export's fast writer: the same text as the reference
    assert contract_text(invoice, dt.date(2025, 6, 15)) == exported
    for link in (invoice.pdf_url, invoice.pay_url):
        assert link is None or link.lower().startswith(("http://", "https://")), link


def only_provider_errors(parse: Callable[[], Invoice]) -> None:
    try:
        invoice = parse()
    except ProviderError as exc:
        assert exc.describe()  # a message for the bookkeeper, and describable
        return
    storable(invoice)


# ---- the parsers -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sendregning_client() -> Iterator[SendRegningClient]:
    session = HttpSession("http://127.0.0.1:9/")  # parse never sends; it resolves PDF links
    ctx = ClientContext(
        account="fuzz",
        base_url="http://127.0.0.1:9/",
        options={"originator_id": "12345"},
        secrets={"username": "fuzz@example.no", "password": "fuzz-password"},
        http=session,
    )
    yield SendRegningClient(ctx)
    session.close()


def test_sendregning_parse(seeds, sendregning_client) -> None:
    @FUZZ
    @given(raw=mutated(seeds["sendregning"]), due=st.booleans())
    def run(raw: Any, due: bool) -> None:
        only_provider_errors(lambda: sendregning_client.parse(raw, {"1", "2"}, listed_due=due))

    run()


def test_sendregning_link_header_never_raises() -> None:
    @FUZZ
    @given(header=st.one_of(st.none(), st.text(), st.sampled_from(['<x>; rel="next"', "<>;"])))
    def run(header: str | None) -> None:
        target = next_link(header)
        assert target is None or isinstance(target, str)

    run()


def test_telecomx_parse(seeds) -> None:
    pairs = seeds["telecomx"]

    @FUZZ
    @given(pair=mutated(pairs), currency=st.sampled_from(["DKK", "EUR", "JPY", "KWD"]))
    def run(pair: Any, currency: str) -> None:
        item = pair.get("list") if isinstance(pair, dict) else None
        detail = pair.get("detail") if isinstance(pair, dict) else None
        if not isinstance(item, dict) or not isinstance(detail, dict):
            return  # the client checks both are objects before parsing (expect_object)
        names = {"6a0000000000000000000000": "Navn"}
        only_provider_errors(
            lambda: telecomx_parse.invoice(
                item, detail, account="fuzz", currency=currency, names=names
            )
        )

    run()


def test_telecomx_error_answers_map_to_provider_errors() -> None:
    bodies = st.one_of(
        st.binary(max_size=200),
        junk.map(lambda v: json.dumps(v, default=str).encode()),
        st.fixed_dictionaries({"error": scalars, "message": scalars, "code": scalars}).map(
            lambda v: json.dumps(v, default=str).encode()
        ),
    )

    @FUZZ
    @given(status=st.integers(100, 599), body=bodies, level=st.sampled_from([None, "ADMIN"]))
    def run(status: int, body: bytes, level: str | None) -> None:
        response = Response(status, content=body)
        for error in (
            telecomx_parse.api_error(response, "invoice list", level),
            telecomx_parse.login_error(response),
        ):
            assert isinstance(error, ProviderError) and error.describe()

    run()


def test_buckaroo_parse(seeds) -> None:
    @FUZZ
    @given(raw=mutated(seeds["buckaroo"]))
    def run(raw: Any) -> None:
        only_provider_errors(
            lambda: buckaroo_parse.parse_invoice(raw, provider="buckaroo", account="fuzz")
        )
        try:
            messages = buckaroo_parse.request_error_messages(raw if isinstance(raw, dict) else {})
        except ProviderError:
            return
        assert messages is None or all(isinstance(m, str) for m in messages)

    run()


def test_buckaroo_tracked_csv() -> None:
    cells = st.one_of(
        st.text(max_size=40), st.sampled_from(["key", "Number", "CustomerID", "a" * 32, "x,y"])
    )
    rows = st.lists(st.lists(cells, max_size=4), max_size=5)

    @FUZZ
    @given(rows=rows, sep=st.sampled_from([",", ";", "\t"]), raw=st.text(max_size=200))
    def run(rows: list[list[str]], sep: str, raw: str) -> None:
        for text in (raw, "\n".join(sep.join(r) for r in [["key", "number"], *rows])):
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "tracked.csv"
                path.write_text(text, encoding="utf-8", errors="surrogatepass")
                try:
                    items = buckaroo_parse.read_tracked_csv(path)
                except ProviderError:
                    continue
                assert all(e.key or e.number or e.customer_id for e in items.entries)

    run()


def test_connectid_user_invoice(seeds) -> None:
    raws = seeds["connectid"]

    @FUZZ
    @given(
        raw=mutated(raws),
        reminders=st.lists(mutated([r["listItem"] for r in raws if r["listItem"]]), max_size=2),
        parent=st.one_of(st.none(), mutated([r["listItem"] for r in raws if r["listItem"]])),
        key=st.builds(
            connectid_parse.InvoiceKey,
            st.sampled_from(["FTOTT", "5646903690", "X"]),
            st.sampled_from(["7435367", "1", "-1", "١"]),
            st.integers(0, 3),
        ),
    )
    def run(raw: Any, reminders: list[Any], parent: Any, key: Any) -> None:
        item = raw.get("listItem") if isinstance(raw, dict) else None
        detail = raw.get("invoiceInfoWithDetail") if isinstance(raw, dict) else None
        if not all(isinstance(v, (dict, type(None))) for v in (item, detail, parent)):
            return  # the client passes objects (expect_object) or nothing
        if not all(isinstance(r, dict) for r in reminders):
            return  # likewise for reminders
        only_provider_errors(
            lambda: connectid_parse.user_invoice(
                account="fuzz",
                key=key,
                item=item,
                detail=detail,
                reminders=reminders,
                parent=parent,
            )
        )

    run()


def test_connectid_client_invoice(seeds) -> None:
    @FUZZ
    @given(item=mutated(seeds["connectid-client"]))
    def run(item: Any) -> None:
        if not isinstance(item, dict):
            return  # the client checks the list entry is an object (expect_object)
        only_provider_errors(lambda: connectid_parse.client_invoice("fuzz", item))

    run()


def test_connectid_invoice_keys_from_ids() -> None:
    @FUZZ
    @given(text=st.one_of(st.text(), st.sampled_from(["a/b", "a/b/r1", "a/b/r", "//", "a/b/rx"])))
    def run(text: str) -> None:
        key = connectid_parse.InvoiceKey.from_id(text)
        assert key is None or connectid_parse.InvoiceKey.from_id(key.id) == key

    run()


# ---- decoding: what every parser gets --------------------------------------------------------


def test_parse_json_gives_storable_text_or_a_data_error() -> None:
    """A lone UTF-16 surrogate escape (``"\\ud800"``) is valid JSON but cannot be stored as
    UTF-8: the decoder replaces it, so one odd name cannot break an account's sync."""
    escapes = st.sampled_from(["\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u0000", "\\u00e6"])
    texts = st.lists(st.one_of(st.text(max_size=5), escapes), max_size=5).map("".join)

    @FUZZ
    @given(name=texts, tail=st.sampled_from(["", "}", ",", "NaN", " "]))
    def run(name: str, tail: str) -> None:
        body = ('{"name": "' + name.replace('"', "").replace("\\\\", "") + '"}' + tail).encode(
            "utf-8", "surrogatepass"
        )
        try:
            value = parse_json(Response(200, content=body), "invoice")
        except ProviderError:
            return
        json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")

    run()


# ---- what the fuzzer found, pinned -------------------------------------------------------------


def test_parse_json_refuses_deep_nesting_with_a_data_error() -> None:
    body = b"[" * 200_000 + b"]" * 200_000  # valid JSON; the reader recurses per level
    with pytest.raises(ProviderError, match="not valid JSON"):
        parse_json(Response(200, content=body), "invoice list")


def test_parse_json_replaces_lone_surrogates() -> None:
    body = b'{"name": "Kari \\ud800 Nordmann \\ud83d\\ude00", "\\udfff": 1}'
    assert parse_json(Response(200, content=body), "invoice") == {
        "name": "Kari \ufffd Nordmann \U0001f600",
        "\ufffd": 1,
    }


@pytest.mark.parametrize(
    "value",
    [Decimal("1E+999999999"), Decimal("-1E+999999999"), Decimal("1E-999999999"), "1e-999999999",
     Decimal("0E-999999999"), Decimal("1E+15"), True, float("nan"), float("inf")],
)  # fmt: skip
def test_absurd_amounts_are_amount_errors_quickly(value: Any) -> None:
    from invoicedesk.domain import AmountError, to_decimal

    with pytest.raises(AmountError):
        to_decimal(value)


def test_telecomx_absurd_numbers_and_moments_are_data_errors() -> None:
    from invoicedesk.providers.errors import ProviderDataError

    with pytest.raises(ProviderDataError):
        telecomx_parse.invoice_number(Decimal("1E+999999999"))  # int() of it never ends
    with pytest.raises(ProviderDataError):
        telecomx_parse.invoice_number(Decimal("1E+5000"))  # str() of it is refused
    for moment in ("0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", 10**30, -(10**20)):
        with pytest.raises(ProviderDataError):
            telecomx_parse.local_day(moment, "invoiceDate")
    with pytest.raises(ProviderDataError, match="out of range"):
        big = Decimal("999999999999999")
        telecomx_parse.line({"units": big, "unitPrice": big}, "DKK", "line 1")


def test_connectid_absurd_numbers_and_dates() -> None:
    from invoicedesk.providers.errors import ProviderDataError

    assert connectid_parse.wire_number(Decimal("1E+999999999")) is None
    assert connectid_parse.wire_number(Decimal("1E+5000")) is None
    for value in ("9" * 30, "²²²²²²²²²", Decimal("1E+999999999"), 10**30, "9" * 5000):
        with pytest.raises(ProviderDataError):
            connectid_parse.wire_date({"d": value}, "d", "invoice")
    assert connectid_parse.wire_date({"d": "1420066800000"}, "d", "x") == dt.date(2015, 1, 1)


def test_sendregning_odd_items_and_links(sendregning_client: SendRegningClient) -> None:
    from invoicedesk.providers.errors import ProviderDataError

    with pytest.raises(ProviderDataError, match="items"):
        sendregning_client.parse({"number": 1, "items": True}, set())
    for link in ("java\nscript:alert(1)", "http://[::1", "x" * 70_000):
        raw = {"number": 2, "_links": {"pdf": {"uri": link}}}
        assert sendregning_client.parse(raw, set()).pdf_url is None


def test_a_failed_transaction_stays_failed_in_the_cache() -> None:
    from invoicedesk.domain import Kind, PaymentState, Refund, Transaction

    invoice = Invoice(
        provider="buckaroo",
        account="a",
        id="K",
        number=None,
        kind=Kind.INVOICE,
        currency="EUR",
        payment=PaymentState.UNPAID,
        transactions=(Transaction(id="T", success=False, refunds=(Refund(success=False),)),),
    )
    assert invoice_from_dict(json.loads(json.dumps(invoice_to_dict(invoice)))) == invoice
