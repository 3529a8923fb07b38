"""The Telecom X sandbox's customers: a reseller's named Danish businesses plus generated ones,
and Mongo-style ObjectIds for everything generated. Deterministic from the caller's ``rng``."""

from __future__ import annotations

import calendar
import datetime as dt
import random

from invoicedesk.sandbox.telecomx_records import (
    OTHER_RESELLER_ID,
    RESELLER_EMPLOYEE_ID,
    RESELLER_ID,
    SAMPLE_CUSTOMER_ID,
    SAMPLE_INVOICE_ID,
    TELECOMX_ID,
    Customer,
)


def _words(text: str) -> list[str]:
    return text.split()


_NAMED = [
    ("Bageriet Hansen ApS", "Algade 12", "4000", "Roskilde"),
    ("Tømrerfirma Jensen & Søn", "Industrivej 4", "7100", "Vejle"),
    ("Østergaard Revision", "Vestergade 31", "8000", "Aarhus C"),
    ("Fysioterapi Aarhus Nord", "Randersvej 88", "8200", "Aarhus N"),
    ("Café Møllen", "Møllegade 2", "5000", "Odense C"),
    ("Nørrebro Cykler ApS", "Nørrebrogade 140", "2200", "København N"),
    ("Advokatfirmaet Lund & Bech", "Bredgade 25", "1260", "København K"),
    ("Frisør Salon Sørensen", "Torvet 7", "6700", "Esbjerg"),
    ("VVS-Eksperten Odense", "Rugårdsvej 201", "5210", "Odense NV"),
    ("Skovgaard Landbrug I/S", "Skovvejen 14", "9500", "Hobro"),
    ("Tandlæge Birgitte Holm", "Søndergade 9", "8700", "Horsens"),
    ("Aalborg Elektro A/S", "Hobrovej 333", "9200", "Aalborg SV"),
]
_SURNAMES = _words(
    """
    Nielsen Pedersen Andersen Christensen Larsen Rasmussen Jørgensen Madsen Kristensen Olsen
    Thomsen Poulsen Johansen Møller Mortensen Dalgaard Kjær Bøgh
"""
)
_TRADES = _words(
    """
    Malerfirma Murerfirma Blomster Auto Revision Tagdækning Rengøring Ejendomme Design
    Transport Smedje Køkkener
"""
)
_TOWNS = [
    ("8600", "Silkeborg"),
    ("7400", "Herning"),
    ("4700", "Næstved"),
    ("3400", "Hillerød"),
    ("6000", "Kolding"),
    ("8900", "Randers"),
    ("2800", "Kongens Lyngby"),
    ("4600", "Køge"),
    ("6400", "Sønderborg"),
    ("7500", "Holstebro"),
]
_STREETS = _words(
    """
    Hovedgaden Jernbanegade Kirkevej Østergade Storegade Havnevej
"""
)
OTHER = [
    ("Sønderborg Marine ApS", "Havnepromenaden 3", "6400", "Sønderborg"),
    ("Hotel Fjordudsigt", "Strandvejen 60", "7500", "Holstebro"),
    ("Ribe Boghandel", "Overdammen 5", "6760", "Ribe"),
    ("Læsø Fiskeeksport", "Vesterø Havnegade 1", "9940", "Læsø"),
]


class Ids:
    """Mongo-style ObjectIds: 4 bytes of creation time, 8 random bytes; unique."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = {
            TELECOMX_ID,
            RESELLER_ID,
            OTHER_RESELLER_ID,
            SAMPLE_INVOICE_ID,
            SAMPLE_CUSTOMER_ID,
            RESELLER_EMPLOYEE_ID,
        }

    def new(self, when: dt.date) -> str:
        stamp = calendar.timegm(when.timetuple())
        while True:
            oid = f"{stamp & 0xFFFFFFFF:08x}{self.rng.getrandbits(64):016x}"
            if oid not in self.used:
                self.used.add(oid)
                return oid


def customer(
    ids: Ids,
    rng: random.Random,
    name: str,
    street: str,
    zip_: str,
    city: str,
    reseller: str,
    cid: str | None = None,
) -> Customer:
    slug = "".join(c for c in name.lower().split()[0] if c.isalnum()) or "firma"
    return Customer(
        id=cid or ids.new(dt.date(2014, 10, 1)),
        name=name,
        reseller_id=reseller,
        email=f"faktura@{slug}.dk",
        vat_number=f"DK{rng.randint(10_000_000, 99_999_999)}",
        street=street,
        zip=zip_,
        city=city,
        phone=f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)}",
    )


def reseller_customers(ids: Ids, rng: random.Random, count: int) -> list[Customer]:
    result = []
    names = set()
    for i, (name, street, zip_, city) in enumerate(_NAMED):
        cid = SAMPLE_CUSTOMER_ID if i == 0 else None
        result.append(customer(ids, rng, name, street, zip_, city, RESELLER_ID, cid))
        names.add(name)
    while len(result) < count:
        name = f"{rng.choice(_TRADES)} {rng.choice(_SURNAMES)}"
        name += rng.choice([" ApS", " A/S", "", " I/S"])
        if name in names:
            continue
        names.add(name)
        zip_, city = rng.choice(_TOWNS)
        street = f"{rng.choice(_STREETS)} {rng.randint(1, 120)}"
        result.append(customer(ids, rng, name, street, zip_, city, RESELLER_ID))
    return result
