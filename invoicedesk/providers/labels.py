"""Labels of provider facts shown in the detail pane, in the app's languages (en, nb, da, nl).

A provider passes ``ctx.language`` to :func:`label`; an unknown language falls back to English.
"""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "company": {"en": "Company", "nb": "Selskap", "da": "Selskab", "nl": "Bedrijf"},
    "product": {"en": "Product", "nb": "Produkt", "da": "Produkt", "nl": "Product"},
    "customer_number": {
        "en": "Customer number",
        "nb": "Kundenummer",
        "da": "Kundenummer",
        "nl": "Klantnummer",
    },
    "customer_id": {
        "en": "Customer identification",
        "nb": "Kundeidentifikasjon",
        "da": "Kundeidentifikation",
        "nl": "Klantidentificatie",
    },
    "offers": {
        "en": "Alternative offers",
        "nb": "Alternative tilbud",
        "da": "Alternative tilbud",
        "nl": "Alternatieve aanbiedingen",
    },
    "payment_method": {
        "en": "Payment method",
        "nb": "Betalingsmåte",
        "da": "Betalingsmåde",
        "nl": "Betaalmethode",
    },
    "invoice_status": {
        "en": "Invoice status",
        "nb": "Fakturastatus",
        "da": "Fakturastatus",
        "nl": "Factuurstatus",
    },
    "payment_status": {
        "en": "Payment status",
        "nb": "Betalingsstatus",
        "da": "Betalingsstatus",
        "nl": "Betaalstatus",
    },
    "payment_date": {
        "en": "Payment date",
        "nb": "Betalingsdato",
        "da": "Betalingsdato",
        "nl": "Betaaldatum",
    },
    "period": {"en": "Period", "nb": "Periode", "da": "Periode", "nl": "Periode"},
    "invoice_type": {
        "en": "Invoice type",
        "nb": "Fakturatype",
        "da": "Fakturatype",
        "nl": "Factuurtype",
    },
    "known_from_reminder": {
        "en": "Known only from its reminders",
        "nb": "Kjent bare fra purringene",
        "da": "Kendt kun fra rykkerne",
        "nl": "Alleen bekend uit de herinneringen",
    },
    "credits_invoice": {
        "en": "Credits invoice",
        "nb": "Krediterer faktura",
        "da": "Krediterer faktura",
        "nl": "Crediteert factuur",
    },
}


def label(key: str, language: str) -> str:
    texts = _LABELS[key]
    return texts.get(language, texts["en"])
