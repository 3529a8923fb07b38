"""Buckaroo HMAC: the spec's vectors A–E for the client signer and for the sandbox verifier,
URI normalisation, and the response-signature check in the auth flow."""

from __future__ import annotations

import logging

import pytest

from invoicedesk.providers.buckaroo import (
    BuckarooAuth,
    authorization,
    content_hash,
    normalise_uri,
)
from invoicedesk.providers.errors import SecurityError
from invoicedesk.providers.http import Request, Response
from invoicedesk.sandbox.buckaroo import hmac_signature, signed_uri, verify

KEY, SECRET = "ABCD1234", "SECRETKEY"
NONCE, TS = "134ee2ec5c9d43d7acfae9190ec7eb83", 1434973589
URL_A = (
    "https://testcheckout.buckaroo.nl/json/Transaction/InvoiceInfo/13FAF43579D94F5FB8119A6819000000"
)
URL_B = "https://testcheckout.buckaroo.nl/json/Transaction/InvoiceInfos"
BODY_B = b'{"InvoiceCollection":[{"Number":"INV-1"}]}'
URL_D = "http://127.0.0.1:8081/json/Transaction/InvoiceInfo/13FAF43579D94F5FB8119A6819000000"

# (name, website key, secret, method, url, body, nonce, ts, expected header) from spec 2.8
VECTORS = [
    ("A", KEY, SECRET, "GET", URL_A, b"", NONCE, TS,
     "hmac ABCD1234:dcu6JzRW7+fd2YtRXlt1ds9XfXb5uYzqNagDr6ucNPw="
     ":134ee2ec5c9d43d7acfae9190ec7eb83:1434973589"),
    ("B", KEY, SECRET, "POST", URL_B, BODY_B, NONCE, TS,
     "hmac ABCD1234:uzXVonzuqYczLL3DuuptLtNtaH00nxDgU8U6XsG9U0s="
     ":134ee2ec5c9d43d7acfae9190ec7eb83:1434973589"),
    ("C", "test_website_key", "secret_key_123", "POST",
     "https://testcheckout.buckaroo.nl/json/Transaction", b'{"amount":10.5,"currency":"EUR"}',
     "test-nonce-12345", 1234567890,
     "hmac test_website_key:36g0X4S5zpQPzAEZ4xcx6VjFmlyoS7y01nKcut/FN6w="
     ":test-nonce-12345:1234567890"),
    ("D", KEY, SECRET, "GET", URL_D, b"", NONCE, TS,
     "hmac ABCD1234:oHMEORf1Z6w3a+2nr/cxTG30S1HQHiNJCJbgNo3km1g="
     ":134ee2ec5c9d43d7acfae9190ec7eb83:1434973589"),
]  # fmt: skip
# Vector E: the response to request A.
E_BODY = b'{"Key":"13FAF43579D94F5FB8119A6819000000","Number":"INV-1"}'
E_HEADER = (
    "hmac ABCD1234:3mUvP1ArJuMAcSZ9jfAvZmHbOD+icy/N4t14ALAMhf0="
    ":5f0c8a2e4b7d4c1e9a3b6d8f0e2c4a6b:1434973600"
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://testcheckout.buckaroo.nl/json/Transaction",
         "testcheckout.buckaroo.nl%2fjson%2ftransaction"),
        ("http://API.Example.COM/Path", "api.example.com%2fpath"),
        ("https://api.buckaroo.nl/json/Transaction?serviceVersion=2&test=true",
         "api.buckaroo.nl%2fjson%2ftransaction%3fserviceversion%3d2%26test%3dtrue"),
        ("https://example.com/path with spaces/transaction",
         "example.com%2fpath+with+spaces%2ftransaction"),
        (URL_D, "127.0.0.1%3a8081%2fjson%2ftransaction%2finvoiceinfo%2f"
                "13faf43579d94f5fb8119a6819000000"),
        ("https://checkout.buckaroo.nl:443/json/x", "checkout.buckaroo.nl%2fjson%2fx"),
        ("https://checkout.buckaroo.nl:8443/json/x", "checkout.buckaroo.nl%3a8443%2fjson%2fx"),
    ],
)  # fmt: skip
def test_uri_normalisation_matches_the_php_sdk(url, expected):
    assert normalise_uri(url) == expected


def test_empty_body_has_an_empty_content_part_not_the_md5_of_nothing():
    assert content_hash(b"") == ""
    assert content_hash(BODY_B) == "GJ1jCrd/EsIv3DoNf5+Ghg=="
    assert content_hash(b'{"amount":10.5,"currency":"EUR"}') == "KRcjahq4mgP1i0qtBjrfIQ=="


@pytest.mark.parametrize("vector", VECTORS, ids=[v[0] for v in VECTORS])
def test_client_signer_reproduces_the_vectors(vector):
    _name, key, secret, method, url, body, nonce, ts, header = vector
    assert authorization(key, secret, method, url, body, ts, nonce) == header


@pytest.mark.parametrize("vector", VECTORS, ids=[v[0] for v in VECTORS])
def test_auth_flow_signs_the_request_it_sends(vector):
    _name, key, secret, method, url, body, nonce, ts, header = vector
    auth = BuckarooAuth(key, secret, clock=lambda: ts + 0.9, nonce=lambda: nonce)
    request = Request(method, url, content=body or None)
    flow = auth.sync_auth_flow(request)
    sent = next(flow)
    assert sent.headers["Authorization"] == header


def _split(url: str) -> tuple[str, str]:
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host, "/" + path


@pytest.mark.parametrize("vector", VECTORS, ids=[v[0] for v in VECTORS])
def test_sandbox_verifier_accepts_the_vectors_and_nothing_else(vector):
    _name, key, secret, method, url, body, nonce, ts, header = vector
    host, raw_path = _split(url)
    uri = signed_uri(host, raw_path)
    assert uri == normalise_uri(url)
    assert verify(header, {key: secret}, method, uri, body) == (key, secret, nonce, ts)
    assert verify(header, {key: secret + "x"}, method, uri, body) is None  # wrong secret
    assert verify(header, {"OTHER": secret}, method, uri, body) is None  # unknown website key
    assert verify(header, {key: secret}, method, uri, body + b" ") is None  # other body
    assert verify(header.replace(f":{ts}", f":{ts + 1}"), {key: secret}, method, uri, body) is None
    other_host = signed_uri("localhost:8081", raw_path)
    assert verify(header, {key: secret}, method, other_host, body) is None


def test_vector_e_response_signature_both_sides():
    host, raw_path = _split(URL_A)
    uri = signed_uri(host, raw_path)
    sig = hmac_signature(KEY, SECRET, "GET", uri, "1434973600",
                         "5f0c8a2e4b7d4c1e9a3b6d8f0e2c4a6b", E_BODY)  # fmt: skip
    assert f"hmac {KEY}:{sig}:5f0c8a2e4b7d4c1e9a3b6d8f0e2c4a6b:1434973600" == E_HEADER
    auth = BuckarooAuth(KEY, SECRET, clock=lambda: 1434973600.0)  # fresh at that time
    request = Request("GET", URL_A)
    good = Response(200, content=E_BODY, headers={"Authorization": E_HEADER}, request=request)
    auth.check_response(request, good)  # does not raise


@pytest.mark.parametrize(
    "change",
    [
        lambda h, b: (h.replace("3mUv", "3mUw"), b),  # signature altered
        lambda h, b: (h, b.replace(b"INV-1", b"INV-2")),  # body altered
        lambda h, b: (h.replace(":1434973600", ":1434973601"), b),  # timestamp altered
        lambda h, b: (h.replace("ABCD1234:", "ABCD9999:"), b),  # someone else's website key
        lambda h, b: ("hmac garbage", b),
    ],
)
def test_a_response_that_does_not_verify_is_a_security_error(change):
    header, body = change(E_HEADER, E_BODY)
    auth = BuckarooAuth(KEY, SECRET)
    request = Request("GET", URL_A)
    response = Response(200, content=body, headers={"Authorization": header}, request=request)
    with pytest.raises(SecurityError) as err:
        auth.check_response(request, response)
    assert "signature" in str(err.value)


def test_the_check_runs_inside_the_auth_flow():
    auth = BuckarooAuth(KEY, SECRET, clock=lambda: TS, nonce=lambda: NONCE)
    request = Request("GET", URL_A)
    flow = auth.sync_auth_flow(request)
    sent = next(flow)
    bad = Response(200, content=E_BODY, headers={"Authorization": E_HEADER + "0"}, request=sent)
    with pytest.raises(SecurityError):
        flow.send(bad)


def test_missing_response_signature_warns_by_default_and_fails_when_required(caplog):
    request = Request("GET", URL_A)
    unsigned = Response(200, content=E_BODY, request=request)
    warn = BuckarooAuth(KEY, SECRET)
    with caplog.at_level(logging.WARNING):
        warn.check_response(request, unsigned)
    assert warn.unsigned == 1
    assert any("without a signature" in r.getMessage() for r in caplog.records)
    strict = BuckarooAuth(KEY, SECRET, require_response_signature="yes")
    with pytest.raises(SecurityError):
        strict.check_response(request, unsigned)
    # an unsigned error answer (503 from a proxy) is left to the status mapping and retries
    strict.check_response(request, Response(503, content=b"busy", request=request))


def test_a_refusal_signed_with_the_real_secret_is_not_a_security_error():
    # With a wrong secret key the 401's signature cannot match; the 401 is reported instead.
    request = Request("GET", URL_A)
    refusal = Response(401, content=E_BODY, headers={"Authorization": E_HEADER}, request=request)
    BuckarooAuth(KEY, "WRONG").check_response(request, refusal)
