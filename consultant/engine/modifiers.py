"""Modifiers: 50 or RT/LT from the CMS bilateral indicator, digit, toe,
eyelid and coronary anatomic modifiers, 26 for interpretation only, 52/53
for reduced or discontinued services, 25 for an E/M beside a procedure."""
from __future__ import annotations

import re

from . import sections
from .lexicon import CORONARY_MODS, EYELID_MODS, FINGER_MODS, TOE_MODS
from .model import CaseState, Choice

_PAIRED = re.compile(r"\b(eye|ear|breast|knee|hip|shoulder|elbow|wrist|ankle|hand|foot|kidney|lung|ovary|"
                     r"testis|arm|leg|thigh|forearm|eyelid|extremity|inguinal|femoral|carpal|tube|"
                     r"finger|thumb|toe|nail|digit|heel|great toe|axilla)s?\b", re.I)
_DIGIT = re.compile(r"\b(left|right|lt|rt|L|R)\.?\s+(?:hand\s+|foot\s+)?(thumb|index|middle|ring|little|small|great|big|"
                    r"second|third|fourth|fifth|first|hallux)\s*(finger|toe|digit)?\b", re.I)
_SKIN = re.compile(r"^(?:1[0-7]\d\d\d|9759[78]|97602)$")  # skin lesions, repairs, wound care: body areas, not sides
_LID = re.compile(r"\b(left|right|lt|rt|L|R)\.?\s+(upper|lower)\s+(?:eye)?lid\b|\b([RL])([UL])L\b", re.I)
_PROF_ONLY = re.compile(r"\b(interpretation only|professional component|only bill the (read|interpretation)|"
                        r"(bills?|billing) the technical|technical (component|side) (is )?billed by|"
                        r"read only|reads? (the|an?) .{0,40}(taken|done|performed) (at|by) the hospital|"
                        r"interpretation (and|&) report (only|\w+ \w+ \w+ only|by \w+ \w+ only)|report only|"
                        r"reading only|\bonly (?:did|does|performed|provided|wrote) (?:the )?(?:review and |over-?read and )?(?:interpretation|read)\b|pro(fessional)? fee\b|professional claim|hospital owns the (equipment|scanner|machine)|"
                        r"outside [\w ]{0,30}'s (magnet|scanner|equipment|machine)|"
                        r"(hospital|facility) (bills|billing|will bill) (its|their|the) (part|portion|share|tracing)|"
                        r"over-?reads?\b|over-?reading)", re.I)


_DIGIT_SITES = {"nail", "finger", "toe", "thumb", "nail bed", "nail matrix"}
_ONLY_SIDE = re.compile(r"\bonly (?:the |on the |his |her )?(left|right)\b(?! (?:side )?(?:was|is) (?:spared|normal|unaffected))", re.I)


def _window(state: CaseState, choice: Choice) -> str:
    if not choice.evidence:
        return ""
    sids = {state.sentence_of(f.start) for f in choice.evidence}
    spans = [state.sentences[s] for s in sids if s >= 0]
    return " ".join(state.text[s:e] for s, e in spans)


def _sides(state: CaseState, choice: Choice) -> set[str]:
    """Sides said in the sentences of the choice's evidence, leaving out sentences whose procedure
    mentions are all historical/negated (a "left total knee in 2019" does not make today's right knee
    bilateral); procedure-title sentences win; with no side there, the one side the case names."""
    only = {m.group(1).lower() for m in _ONLY_SIDE.finditer(state.text) if not state.is_ignored(m.start())}
    if len(only) == 1:
        return only  # "bilateral was booked but only the right was done"
    procs: dict[int, list[bool]] = {}
    for f in choice.evidence:
        if f.kind == "procedure":
            procs.setdefault(state.sentence_of(f.start), []).append(f.assertion == "present")
    sids = {state.sentence_of(f.start) for f in choice.evidence} - {s for s, ok in procs.items() if not any(ok)}
    lat = [f for f in state.facts if f.kind == "laterality" and f.sentence in sids]
    titled = [f for f in lat if sections.section_at(state, f.start) == "procedure"]
    found = {f.value for f in titled or lat}
    if found == {"left", "right"}:  # "XR R shoulder 1v, then XR L hand 3v": the side written with each study
        own = {f.value for f in lat for p in choice.evidence if p.kind == "procedure" and p.start <= f.start < p.end}
        found = own if len(own) == 1 else found
    if not found:
        every = [f for f in state.facts if f.kind == "laterality"
                 and sections.section_at(state, f.start) not in ("history",)]
        titled = {f.value for f in every if sections.section_at(state, f.start) == "procedure"}
        doing = {f.sentence for f in state.facts if f.kind == "procedure" and f.assertion == "present"}
        acted = {f.value for f in every if f.sentence in doing}  # "Left eye cataract surgery ... right eye last year"
        values = titled or (acted if len(acted) == 1 else set()) or {f.value for f in every}
        found = values if len(values) == 1 else set()
    return found


def _anatomic(window: str, entry: object) -> list[str]:
    sites = " ".join(getattr(entry, "site", [])).lower()
    m = _DIGIT.search(window)
    if m and ("finger" in sites or "hand" in sites or "toe" in sites or "foot" in sites or "nail" in sites):
        side, which, kind = m.group(1).lower(), m.group(2).lower(), (m.group(3) or "").lower()
        side = {"l": "left", "lt": "left", "r": "right", "rt": "right"}.get(side, side)
        which = "great" if which == "hallux" else which
        toe = kind == "toe" or which in ("great", "big") or "toe" in sites and kind != "finger" and which != "thumb"
        table = TOE_MODS if toe else FINGER_MODS
        mod = table.get((side, which))
        return [mod] if mod else []
    skin = bool(_SKIN.match(getattr(entry, "code", "")))  # a lid laceration repair is a body area
    lids = {_lid(x) for x in _LID.finditer(window)} if "eyelid" in sites and not skin else set()
    if len(lids) == 1:
        return [EYELID_MODS[lids.pop()]]
    if lids:
        return []  # several lids (chalazia on different lids): no single eyelid modifier
    if "coronary" in sites:
        low = window.lower()
        return sorted({mod for word, mod in CORONARY_MODS.items() if re.search(rf"\b{word}\b", low)})[:1]
    return []


def _lid(m: re.Match[str]) -> tuple[str, str]:
    """(side, lid) of an eyelid mention: "R upper lid", "left lower eyelid", "RUL"."""
    if m.group(3):
        return {"r": "right", "l": "left"}[m.group(3).lower()], {"u": "upper", "l": "lower"}[m.group(4).lower()]
    side = m.group(1).lower()
    return {"l": "left", "lt": "left", "r": "right", "rt": "right"}.get(side, side), m.group(2).lower()


def _laterality(state: CaseState, choice: Choice, window: str) -> list[str]:
    e = choice.entry
    sides = _sides(state, choice)
    ind = getattr(e, "bilateral_ind", "")
    lid = ind == "1" and "eyelid" in [x.lower() for x in getattr(e, "site", [])]  # blepharoplasty is per eye
    if ind == "9" or getattr(e, "is_drug", False) or (_SKIN.match(choice.code) and not lid) \
            or getattr(e, "section", "") == "E/M":
        return []  # E/M, drugs, labs: laterality is not a modifier there
    if "bilateral" in sides or ({"left", "right"} <= sides and ind == "1"):
        if e.laterality == "unilateral" and ind in ("1", "2"):
            return ["50"]  # the code describes one side: both sides take 50
        if e.laterality == "bilateral" or ind == "2":
            return []
        if ind == "1":
            return ["50"]
        if ind == "3":
            return ["RT", "LT"]
        return []
    side = next(iter(sides & {"left", "right"}), None) if len(sides & {"left", "right"}) == 1 else None
    if getattr(e, "action", "") == "imaging" and ind not in ("1", "3"):
        window = " ".join([e.short or "", *e.site])  # a chest film beside a knee film takes no side
    nerve_test = ind == "0" and bool(e.site) and "nerve" in e.site[0].lower()
    if side and not nerve_test and (ind in ("1", "3") or ind not in ("0", "2") and _PAIRED.search(window)):  # NCS counts studies, not sides
        return ["LT" if side == "left" else "RT"]
    return []


def apply(state: CaseState, choice: Choice) -> None:
    """Set ``choice.modifiers`` from the text around its evidence."""
    window = _window(state, choice)
    mods = _anatomic(window, choice.entry)
    if not mods and choice.evidence and not _DIGIT.search(window) and _DIGIT_SITES & set(getattr(choice.entry, "site", [])):
        digits = {m.group().lower() for m in _DIGIT.finditer(state.text) if not state.is_ignored(m.start())}
        if len(digits) == 1:  # "Ingrown nail, right great toe" said once, the procedure sentence only says "nail"
            mods = _anatomic(next(iter(digits)), choice.entry)
    if not mods:
        mods = _laterality(state, choice, window)
    if "50" in mods:
        choice.units = 1
    sids = {state.sentence_of(f.start) for f in choice.evidence}
    cues = {f.kind for f in state.facts if f.assertion == "present" and f.sentence in sids}
    feats = {f.value for f in state.present("feature")}
    if ("interpretation_only" in feats or _PROF_ONLY.search(state.text)) and getattr(choice.entry, "pctc_ind", "") in ("1", "6") \
            and not getattr(choice.entry, "professional_only", False):
        mods.append("26")
    if "discontinued" in cues:
        mods.append("53")
    elif "reduced" in cues:
        mods.append("52")
    choice.modifiers = mods
