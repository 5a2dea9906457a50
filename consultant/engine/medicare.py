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
* diagnostic breast tomosynthesis: G0279 beside a diagnostic mammogram
  (77065/77066) instead of 77061/77062;
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
                        r"\b(?:ulcerative colitis|crohn|inflammatory bowel|lynch|fap\b|familial adenomatous)|"
                        r"\b(?:mother|father|parent|brother|sister|sibling|son|daughter|first[- ]degree relative)s?\b"
                        r"[^.;]{0,50}\b(?:colon|colorectal|rectal|bowel) (?:cancer|ca|carcinoma|adenoma|polyps?)", re.I)
_NEG_BEFORE = re.compile(r"\b(?:no|not|without|denies|negative for)\b[^.;]{0,40}$", re.I)
_AWV = re.compile(r"\bannual wellness (?:visit|exam)|\bAWV\b|\bwellness visit\b", re.I)
_AWV_FIRST = re.compile(r"\b(?:initial|first)\b[^.]{0,30}\b(?:annual wellness|AWV|wellness visit)", re.I)
_AWV_LATER = re.compile(r"\bsubsequent\b|\blast year\b|\bprior (?:AWV|annual wellness)|\bprevious (?:AWV|annual wellness)|"
                        r"\bfollow[- ]up (?:AWV|annual wellness)", re.I)
_IPPE = re.compile(r"\bIPPE\b|\bwelcome to medicare\b|\binitial preventive physical exam(?:ination)?\b", re.I)
_IPPE_PAST = re.compile(r"\b(?:prior|previous|had (?:an? |the |her |his )?)\s*(?:IPPE|welcome to medicare)|"
                        r"\b(?:IPPE|welcome to medicare)\b[^.;)]{0,30}\b(?:ago|last year|previously|already|in 20\d\d)\b",
                        re.I)
_ACP = ("99497", "99498")
_DEPRESSION = re.compile(r"\b(?:annual )?depression screen(?:ing)?\b|\bPHQ[- ]?(?:9|2)\b", re.I)
_G2211 = re.compile(r"\bG2211\b|\bcontinuing focal point\b|\blongitudinal (?:care|relationship)\b|"
                    r"\bongoing (?:longitudinal )?care (?:of|for) (?:a |this |her |his |the )?(?:single )?serious|"
                    r"\bvisit complexity\b", re.I)
_TOMO = re.compile(r"\btomosynthesis\b|\bDBT\b|\b3[- ]?D (?:mammo|imaging|views?)|\btomo\b", re.I)
_DIAG_MAMMO = ("77065", "77066")
_OFFICE_EM = re.compile(r"^992(?:0[2-5]|1[1-5])$")
_PROLONGED = {"99205": (60, 74), "99215": (40, 54)}
_DBT = {"77061": "77065", "77062": "77066"}


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


def _visit_is(cat: EngineCatalog, chosen: list[Choice], rec: list[Choice], code: str, why: str) -> None:
    visits = [c for c in rec if c.group is not None and c.group.kind == "visit"
              or re.match(r"^99(?:20|21|38|39)\d$", c.code) or c.code in ("G0438", "G0439", "G0402")]
    if visits:
        _swap(cat, visits[0], code, why)
        for v in visits[1:]:
            v.recommended = False
            v.notes.append(f"not chosen: the visit is {code}")
    else:
        _add(cat, chosen, code, 1, why, [])


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


_DEFINITIVE = re.compile(r"\bdefinitive\b[^.;]{0,40}\bdrug (?:test|testing|screen|assay|analysis|panel)|"
                         r"\bconfirmatory\b[^.;]{0,25}\bdrug (?:test|testing|assay)|"
                         r"\bdrug (?:test|testing)\b[^.;]{0,20}\bdefinitive\b", re.I)
_CLASSES = re.compile(r"\b(\d{1,2})\s+(?:drug\s+)?(?:classes|drug classes)\b", re.I)
_DEF_CODES = re.compile(r"^(?:803(?:2\d|[3-6]\d|7[0-7])|83789)$")


def definitive_drugs(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    """Medicare definitive drug testing: one G0480-G0483 line by the number of drug classes tested
    (1-7, 8-14, 15-21, 22 or more), in place of per-class or mass-spectrometry codes."""
    m = next((m for m in _DEFINITIVE.finditer(state.text) if _affirmed(re.compile(re.escape(m.group())), state.text)),
             None)
    if m is None:
        return
    n = next((int(k.group(1)) for k in _CLASSES.finditer(state.text)
              if abs(k.start() - m.start()) < 160), None)
    if n is None:
        return
    code = "G0480" if n <= 7 else "G0481" if n <= 14 else "G0482" if n <= 21 else "G0483"
    sid = state.sentence_of(m.start())
    for c in chosen:
        if c.recommended and c.code in ("80305", "80306", "80307") and c.evidence and all(
                state.sentence_of(f.start) == sid for f in c.evidence):
            c.recommended = False  # the sentence describes the definitive test, not a presumptive screen
            c.notes.append(f"not chosen: the testing described is definitive ({code})")
        if c.recommended and _DEF_CODES.match(c.code):
            c.recommended = False
            c.notes.append(f"not chosen: Medicare definitive drug testing is {code}")
    _add(cat, chosen, code, 1, f"Medicare definitive drug testing, {n} drug classes", [])


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
        elif c.code == "82274" and screening:
            _swap(cat, c, "G0328", "Medicare colorectal cancer screening by immunoassay (FIT)")
        elif c.code in _DBT:  # Medicare pays diagnostic 3D mammography as the 2D code plus G0279
            _swap(cat, c, _DBT[c.code], "Medicare diagnostic tomosynthesis: the 2D diagnostic mammogram plus G0279")
            _add(cat, chosen, "G0279", 1, "Medicare diagnostic breast tomosynthesis", c.evidence)
        elif c.code in _DBT.values() and any(f.value == "tomosynthesis" for f in state.present("feature")):
            _add(cat, chosen, "G0279", 1, "Medicare diagnostic breast tomosynthesis", c.evidence)
    mammo = next((c for c in rec if c.code in _DIAG_MAMMO), None)
    if mammo is not None and _affirmed(_TOMO, text):
        for c in rec:
            if c.code in ("77061", "77062"):
                c.recommended = False
                c.notes.append("not chosen: Medicare reports diagnostic tomosynthesis as G0279")
        _add(cat, chosen, "G0279", 1, "Medicare diagnostic breast tomosynthesis with the diagnostic mammogram",
             mammo.evidence)
    ippe = _affirmed(_IPPE, text) and not _IPPE_PAST.search(text)  # "IPPE done 2 yrs ago" is history
    if ippe:  # the one-time Welcome to Medicare exam in place of a preventive or office visit
        _visit_is(cat, chosen, rec, "G0402", "Medicare initial preventive physical exam (Welcome to Medicare)")
    definitive_drugs(state, cat, chosen)
    if _affirmed(_AWV, text) and not ippe:
        later = _AWV_LATER.search(_IPPE_PAST.sub(" ", text))  # "IPPE last year" dates the IPPE, not an AWV
        code = "G0438" if _AWV_FIRST.search(text) and not later else "G0439"
        visits = [c for c in rec if c.group is not None and c.group.kind == "visit"
                  or re.match(r"^99(?:20|21|38|39)\d$", c.code) or c.code in ("G0438", "G0439", "G0402")]
        acp = [c for c in visits if c.code in _ACP]
        visits = [c for c in visits if c.code not in _ACP]
        for c in acp:  # advance care planning beside the AWV: its own line, cost sharing waived with 33
            if "33" not in c.modifiers:
                c.modifiers.append("33")
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
