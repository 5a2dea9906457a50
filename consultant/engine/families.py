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


# --- cardiac catheterization composites (93451-93461) -------------------------------------------------------
_CATH_PARTS = {
    "rhc": re.compile(r"\bright heart cath\w*|\bRHC\b|\bright and left heart|\bswan[- ]ganz\b|\bright[- ]sided cath", re.I),
    "lhc": re.compile(r"\bleft heart cath\w*|\bLHC\b|\bright and left heart|\bleft ventriculogra\w*|\bLV ?gram\b|"
                      r"\bventriculogra\w*|\bLVEDP\b", re.I),
    "cor": re.compile(r"\bcoronary (?:angiogra\w*|arteriogra\w*)|\bselective coronary\b|\bcoronary angio\b|"
                      r"\bcor(?:onary)? angio\b", re.I),
    "graft": re.compile(r"\b(?:bypass )?graft (?:angiogra\w*|injections?|study)|\b(?:SVG|LIMA|IMA) (?:graft )?"
                        r"(?:angiogra\w*|injection|selectively)|\bbypass grafts? (?:were |was )?(?:injected|imaged|visualized)", re.I),
}
_CATH_NEG = re.compile(r"\b(?:no|not|none|without|never|deferred|declined)\b", re.I)
_CATH_CODE = {(False, False, True, False): "93451", (False, True, False, False): "93452",
              (False, True, True, False): "93453", (True, False, False, False): "93454",
              (True, False, False, True): "93455", (True, False, True, False): "93456",
              (True, False, True, True): "93457", (True, True, False, False): "93458",
              (True, True, False, True): "93459", (True, True, True, False): "93460",
              (True, True, True, True): "93461"}


def _cath_has(state: CaseState, rx: re.Pattern[str]) -> bool:
    for m in rx.finditer(state.text):
        if state.is_ignored(m.start()):
            continue
        before = state.text[max(0, m.start() - 25):m.start()]
        before = re.split(r"[.;,(\n]", before)[-1]
        after = state.text[m.end():m.end() + 40]
        if not _CATH_NEG.search(before) and not re.match(r"[^.;]{0,15}\b(?:was|were)\s+not\b|[^.;]{0,10}\bnot "
                                                        r"(?:done|performed)", after, re.I):
            return True
    return False


def cardiac_cath(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    rec = [c for c in chosen if c.recommended and "93451" <= c.code <= "93461"]
    if not rec:
        return
    has = {k: _cath_has(state, rx) for k, rx in _CATH_PARTS.items()}
    if has["graft"] and not has["cor"]:
        has["cor"] = True
    key = (has["cor"], has["lhc"], has["rhc"], has["graft"])
    code = _CATH_CODE.get(key)
    entry = cat.get(code) if code else None
    if entry is None or rec[0].code == code:
        return
    first = rec[0]
    first.code, first.entry = code, entry
    first.notes.append("catheterization code from the parts documented: "
                       + ", ".join(k for k, v in (("coronary angiography", has["cor"]), ("left heart", has["lhc"]),
                                                  ("right heart", has["rhc"]), ("bypass grafts", has["graft"])) if v))
    for other in rec[1:]:
        other.recommended = False
        other.notes.append(f"not chosen: included in {code}")
