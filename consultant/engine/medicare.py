"""Medicare's own HCPCS codes in place of (or beside) CPT codes when the note
says the patient is a Medicare beneficiary:

* screening colonoscopy with nothing removed: G0121 (not high risk) / G0105
  (high risk) instead of 45378; a screening that turned therapeutic keeps its
  CPT code with PT (payer.py);
* screening PSA: G0103 instead of 84153;
* annual wellness visit: G0438 (first) / G0439 (subsequent) instead of an
  E/M or preventive visit;
* annual depression screening: G0444;
* visit complexity add-on G2211 beside an office visit when the note says the
  practitioner is the continuing focal point of care;
* prolonged office time: G2212 per full 15 minutes past the top of the
  99205/99215 time range (Medicare), 99417 per full 15 minutes past its
  minimum (other payers).
"""
from __future__ import annotations

import re

from .catalog_view import EngineCatalog
from .encounter import is_total_time
from .model import CaseState, Choice

_MEDICARE = re.compile(r"\bmedicare\b", re.I)
_NOT_MEDICARE = re.compile(r"\b(?:not|non)[- ](?:a )?medicare\b|\bcommercial (?:plan|payer|insurance)\b", re.I)
_SCREEN = re.compile(r"\bscreening\b|\broutine screen|\bdue for (?:routine )?(?:screening|colonoscopy)", re.I)
_HIGH_RISK = re.compile(r"\bhigh[- ]risk\b|\b(?:family|personal) history of (?:colo(?:n|rectal)|adenoma|polyp|"
                        r"crc)|\bhistory of (?:adenomatous )?(?:polyps|adenomas?|colon cancer|colorectal)|"
                        r"\b(?:ulcerative colitis|crohn|inflammatory bowel|lynch|fap\b|familial adenomatous)", re.I)
_NEG_BEFORE = re.compile(r"\b(?:no|not|without|denies|negative for)\b[^.;]{0,40}$", re.I)
_AWV = re.compile(r"\bannual wellness (?:visit|exam)|\bAWV\b|\bwellness visit\b", re.I)
_AWV_FIRST = re.compile(r"\b(?:initial|first)\b[^.]{0,30}\b(?:annual wellness|AWV|wellness visit)", re.I)
_AWV_LATER = re.compile(r"\bsubsequent\b|\blast year\b|\bprior (?:AWV|annual wellness)|\bprevious (?:AWV|annual wellness)|"
                        r"\bfollow[- ]up (?:AWV|annual wellness)", re.I)
_DEPRESSION = re.compile(r"\b(?:annual )?depression screen(?:ing)?\b|\bPHQ[- ]?(?:9|2)\b", re.I)
_G2211 = re.compile(r"\bG2211\b|\bcontinuing focal point\b|\blongitudinal (?:care|relationship)\b|"
                    r"\bongoing (?:longitudinal )?care (?:of|for) (?:a |this |her |his |the )?(?:single )?serious|"
                    r"\bvisit complexity\b", re.I)
_OFFICE_EM = re.compile(r"^992(?:0[2-5]|1[1-5])$")
_PROLONGED = {"99205": (60, 74), "99215": (40, 54)}


def is_medicare(state: CaseState) -> bool:
    return bool(_MEDICARE.search(state.text)) and not _NOT_MEDICARE.search(state.text)


def _affirmed(rx: re.Pattern[str], text: str) -> bool:
    return any(not _NEG_BEFORE.search(text[max(0, m.start() - 50):m.start()]) for m in rx.finditer(text))


def _swap(cat: EngineCatalog, c: Choice, code: str, why: str) -> None:
    entry = cat.get(code)
    if entry is None:
        return
    c.code, c.entry = code, entry
    c.modifiers = [m for m in c.modifiers if m not in ("PT", "33")]
    c.notes.append(why)


def _add(cat: EngineCatalog, chosen: list[Choice], code: str, units: int, why: str, ev: list) -> None:
    entry = cat.get(code)
    if entry is not None and all(not (o.recommended and o.code == code) for o in chosen):
        chosen.append(Choice(code, entry, True, 0.0, units=units, evidence=list(ev), notes=[why]))


def prolonged(state: CaseState, cat: EngineCatalog, chosen: list[Choice], medicare: bool) -> None:
    visit = next((c for c in chosen if c.recommended and c.code in _PROLONGED), None)
    for c in chosen:
        if c.code in ("99417", "G2212") and c.recommended:
            c.recommended = False
            c.notes.append("not chosen: prolonged time is counted from the visit's total time")
    if visit is None:
        return
    times = [f.value for f in state.present("time") if is_total_time(state.text, f)]
    if not times:
        return
    t, (lo, hi) = max(times), _PROLONGED[visit.code]
    code, units = ("G2212", int((t - hi) // 15)) if medicare else ("99417", int((t - lo) // 15))
    if units >= 1:
        for c in chosen:
            if c.code == code:
                chosen.remove(c)
                break
        _add(cat, chosen, code, units, f"total time {t:g} minutes: {units} full 15-minute block(s) of prolonged "
             f"time past {hi if medicare else lo} minutes", visit.evidence)


def invalid_products(state: CaseState, chosen: list[Choice]) -> None:
    """A CPT product code Medicare does not pay (PFS status I, e.g. an immune globulin's CPT product code)
    yields to the HCPCS drug code recommended for the same product words."""
    drugs = [c for c in chosen if getattr(c.entry, "is_drug", False)]
    for c in chosen:
        if not (c.recommended and c.code[:1].isdigit() and getattr(c.entry, "pfs_status", "") == "I"):
            continue
        words = set(re.findall(r"[a-z]{5,}", (c.entry.short or "").lower()))
        for d in drugs:
            if len(words & set(re.findall(r"[a-z]{5,}", (d.entry.description or "").lower()))) >= 2:
                c.recommended = False
                c.notes.append(f"not chosen: Medicare does not pay this CPT product code; the drug is billed as {d.code}"
                               if d.recommended else "not chosen: Medicare pays the drug by its HCPCS code, "
                               "which needs the dose given")
                break
        else:
            if re.match(r"^90[23]\d\d$", c.code) and not _NOT_MEDICARE.search(state.text):
                c.recommended = False  # immune globulin products: Medicare pays the HCPCS drug code by dose
                c.notes.append("not chosen: Medicare pays immune globulin by its HCPCS drug code and dose")
                state.questions.append("Which immune globulin product (brand) was given, what total dose, and "
                                       "was any of a single-dose vial discarded?")


def run(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    medicare = is_medicare(state)
    invalid_products(state, chosen)
    prolonged(state, cat, chosen, medicare)
    if not medicare:
        return
    text = state.text
    rec = [c for c in chosen if c.recommended]
    for c in rec:
        if c.code == "97014":  # Medicare does not take the CPT unattended e-stim code
            _swap(cat, c, "G0283", "Medicare: unattended electrical stimulation is G0283")
        elif c.code == "97010" and len(rec) > 1:  # hot/cold packs are bundled into the other services
            c.recommended = False
            c.notes.append("not chosen: Medicare bundles hot or cold packs into the visit's other services")
    screening = _affirmed(_SCREEN, text)
    for c in rec:
        if c.code == "45378" and screening:
            high = _affirmed(_HIGH_RISK, text)
            _swap(cat, c, "G0105" if high else "G0121",
                  "Medicare screening colonoscopy, " + ("high risk" if high else "not high risk"))
        elif c.code == "84153" and screening:
            _swap(cat, c, "G0103", "Medicare screening PSA")
    if _affirmed(_AWV, text):
        code = "G0438" if _AWV_FIRST.search(text) and not _AWV_LATER.search(text) else "G0439"
        visits = [c for c in rec if c.group is not None and c.group.kind == "visit"
                  or re.match(r"^99(?:20|21|38|39)\d$", c.code) or c.code in ("G0438", "G0439", "G0402")]
        if visits:
            _swap(cat, visits[0], code, "Medicare annual wellness visit")
            for v in visits[1:]:
                v.recommended = False
                v.notes.append(f"not chosen: the visit is the annual wellness visit {code}")
        else:
            _add(cat, chosen, code, 1, "Medicare annual wellness visit", [])
    if _affirmed(_DEPRESSION, text) and re.search(r"\bscreen", text, re.I):
        for c in rec:
            if c.code in ("96127", "96160", "96161"):
                c.recommended = False
                c.notes.append("not chosen: Medicare's annual depression screening is G0444")
        _add(cat, chosen, "G0444", 1, "Medicare annual depression screening", [])
    if _G2211.search(text) and any(c.recommended and _OFFICE_EM.match(c.code) and "25" not in c.modifiers
                                   for c in chosen):
        em = next(c for c in chosen if c.recommended and _OFFICE_EM.match(c.code))
        _add(cat, chosen, "G2211", 1, "visit complexity: the practitioner is the continuing focal point of care",
             em.evidence)
