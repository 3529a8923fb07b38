from __future__ import annotations

import logging

from invoicedesk.providers.redact import Redactor, redact_url


def test_patterns_mask_credentials_in_urls_json_and_headers():
    r = Redactor()
    text = r.redact(
        'GET /x?a=1&token=abc123&access_token=zz {"password": "pw1", "refresh_token":'
        ' "rt"} Authorization: Bearer eyJhbGciOi.x hmac KEY:SIG:NONCE:1'
    )
    for secret in ("abc123", "zz", "pw1", '"rt"', "eyJhbGciOi", "KEY:SIG"):
        assert secret not in text
    assert "a=1" in text


def test_registered_secrets_are_masked_anywhere():
    r = Redactor()
    r.add(["correct-horse", None, "ab"])  # too-short strings are not registered
    assert r.redact("user typed correct-horse here") == "user typed *** here"
    assert r.redact("ab") == "ab"


def test_redact_url_drops_userinfo():
    assert "pw" not in redact_url("https://user:pw@example.com/x?token=t1")


def test_exception_text_in_log_records_is_redacted(caplog):
    from invoicedesk.providers.redact import REDACTOR

    REDACTOR.add(["s3cr3t-value"])
    caplog.set_level(logging.ERROR)
    try:
        raise RuntimeError("failed with s3cr3t-value inside")
    except RuntimeError:
        logging.getLogger("t").exception("boom s3cr3t-value")
    assert "s3cr3t-value" not in caplog.text
