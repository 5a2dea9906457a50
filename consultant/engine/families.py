"""Code families a coder settles by rule once the family is known:

* skin biopsies by technique (11102-11107): the primary code is the most
  involved technique done (incisional > punch > tangential), one unit; every
  further lesion is the add-on of its own technique, one unit per lesion.
"""
from __future__ import annotations

import re

from .catalog_view import EngineCatalog
from .model import CaseState, Choice

_BX_PRIMARY = {"incisional": "11106", "punch": "11104", "tangential": "11102"}
_BX_ADDON = {"incisional": "11107", "punch": "11105", "tangential": "11103"}
_BX_CODES = set(_BX_PRIMARY.values()) | set(_BX_ADDON.values())
_NUMS = {"one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "both": 2}
_TECH = re.compile(r"(?:\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|both)\s+(?:separate\s+|additional\s+|"
                   r"more\s+|other\s+|further\s+)?)?\b(shave|tangential|saucerization|punch|incisional|wedge)\b"
                   r"(?:[^.;\n]{0,40}?\bx\s*(\d+)\b)?", re.I)
_TECH_KEY = {"shave": "tangential", "tangential": "tangential", "saucerization": "tangential", "punch": "punch",
             "incisional": "incisional", "wedge": "incisional"}


def _bx_counts(state: CaseState, sids: set[int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for sid in sorted(sids):
        s, e = state.sentences[sid]
        for m in _TECH.finditer(state.text, s, e):
            if state.is_ignored(m.start()):
                continue
            raw = (m.group(1) or m.group(3) or "1").lower()
            n = int(raw) if raw.isdigit() else _NUMS.get(raw, 1)
            key = _TECH_KEY[m.group(2).lower()]
            out[key] = max(out.get(key, 0), n if 0 < n < 50 else 1)
    return out


def biopsies(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    rec = [c for c in chosen if c.recommended and c.code in _BX_CODES]
    if not rec:
        return
    sids = {m.fact.sentence for m in state.mentions if m.fact.assertion == "present"
            and set(m.codes) & _BX_CODES}
    counts = _bx_counts(state, sids)
    if not counts:
        return
    if len(counts) == 1 and sum(counts.values()) == 1:
        return
    primary = next(k for k in ("incisional", "punch", "tangential") if k in counts)
    want = {_BX_PRIMARY[primary]: 1}
    for k, n in counts.items():
        extra = n - 1 if k == primary else n
        if extra > 0:
            want[_BX_ADDON[k]] = extra
    ev = [f for c in rec for f in c.evidence]
    keep = {c.code: c for c in rec}
    for c in rec:
        if c.code not in want:
            c.recommended = False
            c.notes.append("not chosen: the biopsies are coded by technique, most involved technique first")
    for code, units in want.items():
        if code in keep:
            keep[code].units = units
            keep[code].recommended = True
            continue
        entry = cat.get(code)
        if entry is None:
            continue
        chosen.append(Choice(code, entry, True, 0.0, units=units, evidence=list(ev),
                             notes=[f"{units} lesion(s) biopsied by this technique"]))
