"""Parses the billing unit out of a HCPCS drug description.

CMS writes the unit at the end of the long description in a handful of
shapes: "Injection, ceftriaxone sodium, per 250 mg", "..., 1 mg",
"..., per milligram", "..., 250 cc", "..., per i.u.", "..., up to 100 mg".
:func:`parse_dosage` returns the last such amount and a normalised unit
(mg, mcg, g, ml, units, iu, meq, mci, uci), or None, so the engine can turn
a documented dose into units: ``ceil(dose / amount)``.
"""
from __future__ import annotations

import re

from .model import Dosage

_UNITS = {
    "mg": "mg", "milligram": "mg", "milligrams": "mg",
    "mcg": "mcg", "microgram": "mcg", "micrograms": "mcg",
    "g": "g", "gm": "g", "gram": "g", "grams": "g",
    "ml": "ml", "cc": "ml", "milliliter": "ml", "milliliters": "ml",
    "unit": "units", "units": "units", "usp units": "units", "usp unit": "units",
    "iu": "iu", "i.u.": "iu", "international units": "iu",
    "meq": "meq", "mci": "mci", "millicurie": "mci", "millicuries": "mci",
    "uci": "uci", "microcurie": "uci", "microcuries": "uci",
}
_UNIT_RE = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_AMOUNT_RE = re.compile(
    rf"(?:\bper\s+|\bup\s+to\s+|,\s*)(\d[\d,]*(?:\.\d+)?)\s*({_UNIT_RE})(?![a-z])", re.I
)
_PER_WORD_RE = re.compile(rf"\bper\s+({_UNIT_RE})(?![a-z])", re.I)
_TAIL_RE = re.compile(rf"\s(\d[\d,]*(?:\.\d+)?)\s*({_UNIT_RE})\s*$", re.I)
_PER_ITEM_RE = re.compile(r"\bper\s+(?:therapeutic\s+)?(vial|dose|treatment|implant)\b", re.I)

_DRUG_PREFIXES = ("injection", "infusion", "inhalation solution", "chemotherapy")


def parse_dosage(description: str) -> Dosage | None:
    """The last dose phrase in a description, e.g. 'per 250 mg' -> 250 mg."""
    matches = list(_AMOUNT_RE.finditer(description))
    if matches:
        amount_text, unit = matches[-1].groups()
        try:
            amount = float(amount_text.replace(",", ""))
        except ValueError:
            return None
        return Dosage(amount=amount, unit=_UNITS[unit.lower()])
    tail = _TAIL_RE.search(description)
    if tail and " and " not in description.rsplit(",", 1)[-1]:
        return Dosage(amount=float(tail.group(1).replace(",", "")), unit=_UNITS[tail.group(2).lower()])
    word = _PER_WORD_RE.search(description)
    if word:
        return Dosage(amount=1.0, unit=_UNITS[word.group(1).lower()])
    item = _PER_ITEM_RE.search(description)
    if item:
        return Dosage(amount=1.0, unit=item.group(1).lower())
    return None


def looks_like_drug(code: str, description: str, betos: str) -> bool:
    """J-codes, CMS drug BETOS classes (O1x) and 'Injection, ...' items."""
    if code.startswith("J") or betos.upper().startswith("O1"):
        return True
    return description.lower().startswith(_DRUG_PREFIXES)
