"""The Telecom X sandbox's product catalogue: products with their Danish and English names, unit
type, price, wholesale price and cost, and the named products the dataset's invoices are made of
(:data:`SUBSCRIPTIONS` are the monthly ones a customer's plan picks from)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Product:
    id: str
    code: str
    da: str
    en: str
    type: str
    price: Decimal
    wholesale: Decimal
    cost: Decimal
    vat_exempt: bool = False


# id | code | Danish name | English name | unit type | price | wholesale | cost [| exempt]
_CATALOGUE = """
548ecd936b34cd1826f3ff2b|NUM01|Nummerleje|Number rental|MONTHS|25|20|12
54917e9940c67b6c3dd05a8c|FORBRUG1|Samtaler|Calls|UNITS|0|0|0
54a0c1f23e9d1b0a5c7e4411|MOB50|Mobilabonnement 50 GB|Mobile plan 50 GB|MONTHS|149|95|61
54a0c1f23e9d1b0a5c7e4412|IN4010|Internet VDSL 40/10Mbit|Internet VDSL 40/10Mbit|MONTHS|399|279|190
54a0c1f23e9d1b0a5c7e4413|FIB1000|Fiber 1000/1000 Mbit|Fibre 1000/1000 Mbit|MONTHS|549|389|260
54a0c1f23e9d1b0a5c7e4414|OMST1|Omstillingsbruger|Switchboard user|MONTHS|79|49|30
54a0c1f23e9d1b0a5c7e4415|SIP01|SIP-trunk kanal|SIP trunk channel|MONTHS|39|25|15
54a0c1f23e9d1b0a5c7e4416|UDL01|Udlandsopkald|International calls|MIN|1.95|0.95|0.55
54a0c1f23e9d1b0a5c7e4417|DATA1|Ekstra data|Extra data|MB|0.10|0.04|0.02
54a0c1f23e9d1b0a5c7e4418|SMS01|SMS|Text messages|UNITS|0.25|0.12|0.07
54a0c1f23e9d1b0a5c7e4419|VM01|Telefonsvarer (inkluderet)|Voicemail (included)|MONTHS|0|0|0
54a0c1f23e9d1b0a5c7e441a|UDLAEG|Udlæg: gebyr for nummerflytning|Outlay: porting fee|UNITS|50|50|50|x
54a0c1f23e9d1b0a5c7e441b|OPRET|Oprettelse af forbindelse|Connection set-up|UNITS|499|299|199
54a0c1f23e9d1b0a5c7e441c|TEKN|Teknikerbesøg|Technician visit|HOURS|650|450|300
54a0c1f23e9d1b0a5c7e441d|KORSEL|Kørsel|Mileage|KM|3.73|3.73|3.73
54a0c1f23e9d1b0a5c7e441e|ZYX01|Router Zyxel VMG8825|Router Zyxel VMG8825|UNITS|899|640|480
"""


def _catalogue() -> dict[str, Product]:
    products = {}
    for row in _CATALOGUE.strip().splitlines():
        pid, code, da, en, kind, price, wholesale, cost, *exempt = row.split("|")
        products[code] = Product(
            pid,
            code,
            da,
            en,
            kind,
            Decimal(price),
            Decimal(wholesale),
            Decimal(cost),
            bool(exempt),
        )
    return products


_PRODUCTS = _catalogue()
NUMBERS, CALLS, MOBILE, VDSL = (_PRODUCTS[c] for c in ("NUM01", "FORBRUG1", "MOB50", "IN4010"))
FIBRE, PBX_USER, SIP_TRUNK = (_PRODUCTS[c] for c in ("FIB1000", "OMST1", "SIP01"))
ABROAD, EXTRA_DATA, SMS, VOICEMAIL = (_PRODUCTS[c] for c in ("UDL01", "DATA1", "SMS01", "VM01"))
OUTLAY, SETUP, TECHNICIAN = (_PRODUCTS[c] for c in ("UDLAEG", "OPRET", "TEKN"))
MILEAGE, ROUTER = _PRODUCTS["KORSEL"], _PRODUCTS["ZYX01"]

SUBSCRIPTIONS = (MOBILE, VDSL, FIBRE, PBX_USER, SIP_TRUNK)
