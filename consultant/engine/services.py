"""Service families a coder codes by rule rather than by matching words:
anesthesia (the surgical procedure's anesthesia code when the anesthesia
provider bills), drug administration beside a J-code (96372 IM/SC, 96374 IV
push, 96365 + 96366 infusion hours), vaccine administration, and obstetric
packages (global care vs delivery only)."""
from __future__ import annotations

import re

from .catalog_view import EngineCatalog
from .model import Candidate, CaseState, Choice, Group
from .text import norm_phrase

# --- anesthesia -------------------------------------------------------------------------------------------
_ANES_CUE = re.compile(
    r"(?:^|[.\n]\s*)anesthesia (?:services? )?for\b|\banesthesia (?:services?|time|start|end|billing|record|"
    r"care (?:was )?(?:provided|personally))\b|\bmonitored anesthesia care\b|\bmedically directed\b|"
    r"\b(?:anesthesiologist|CRNA)s? (?:personally |solely )?(?:provided|administered|performed|"
    r"gave|billing|directing|directed|supervis)|(?:provided|administered|performed|given) (?:personally )?"
    r"by (?:the |an |a |our )?(?:anesthesiologist|CRNA)", re.I)
_ANES_MODS = [(re.compile(r"\bCRNA\b[^.]{0,60}\b(?:without|no|not under) medical direction|"
                          r"\bCRNA\b[^.]{0,40}\b(?:alone|solo|independent|non-?medically directed)", re.I), "QZ"),
              (re.compile(r"\bmedically directed\b|\bmedical direction\b", re.I), "QK"),
              (re.compile(r"\bpersonally (?:performed|provided)\b|\banesthesiologist (?:alone|personally)\b", re.I), "AA")]
_ASA = re.compile(r"\bASA(?: class| physical status| PS)?\s*([1-6]|I{1,3}|IV|V|VI)\b(?!\s*\d)")
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6"}
_ANES_STOP = frozenset({"anesthesia", "for", "of", "the", "and", "or", "with", "procedure", "on", "in", "a", "not",
                        "otherwise", "specified", "including", "all", "other", "than", "care", "open"})


def is_anesthesia_case(state: CaseState) -> bool:
    from . import sections

    # "ANESTHESIA: local with monitored anesthesia care" in a surgeon's note says how, not who bills
    return any(sections.section_at(state, m.start()) != "detail" for m in _ANES_CUE.finditer(state.text))


def _words(entry: object) -> set[str]:
    parts = [entry.short, " ".join(entry.terms), " ".join(entry.site)]  # type: ignore[attr-defined]
    return {w for w in norm_phrase(" ".join(parts)) if w not in _ANES_STOP and len(w) > 2}


def _crosswalk(cat: EngineCatalog, group: Group) -> list[Candidate]:
    """Anesthesia codes ranked by how much of the surgical procedure's words and site they share."""
    best = group.best
    said = {w for m in group.mentions for w in m.term.split()} | (_words(best.entry) if best else set())
    site = {s.lower() for s in (best.entry.site if best else [])}
    out = []
    for code in cat.by_action.get("anesthesia", []):
        e = cat.get(code)
        if e is None:
            continue
        overlap = len(_words(e) & said) + 2 * len(site & {s.lower() for s in e.site})
        if overlap:
            c = Candidate(code, e, score=3.0 + overlap)
            c.reasons.append("anesthesia for the documented procedure")
            c.evidence.extend(m.fact for m in group.mentions)
            out.append(c)
    return sorted(out, key=lambda c: (-c.score, c.code))[:4]


def anesthesia_groups(state: CaseState, cat: EngineCatalog) -> None:
    """When the anesthesia provider bills, each surgical group codes as its anesthesia code."""
    if not is_anesthesia_case(state):
        return
    for group in state.groups:
        if group.kind != "procedure" or not group.candidates:
            continue
        anes = [c for c in group.candidates if getattr(c.entry, "action", "") == "anesthesia"]
        if not anes:
            anes = _crosswalk(cat, group)
        if anes:
            for c in anes:
                c.missing = [m for m in c.missing if m not in ("site", "approach")]
                c.score = max(c.score, 3.0) + 2.0
            group.candidates = sorted(anes, key=lambda c: (-c.score, c.code))
            group.kind = "anesthesia"


def anesthesia_modifiers(state: CaseState, choice: Choice) -> None:
    mods = next(([m] for pat, m in _ANES_MODS if pat.search(state.text)), [])
    if not mods and re.search(r"\bCRNA\b", state.text) and not re.search(r"anesthesiologist", state.text, re.I):
        mods = ["QZ"]
    asa = _ASA.search(state.text)
    if asa:
        mods.append("P" + _ROMAN.get(asa.group(1).upper(), asa.group(1)))
    choice.modifiers = mods
    times = [f for f in state.present("time")]
    if times:
        minutes = max(f.value for f in times)
        base = getattr(choice.entry, "anesthesia_base_units", None)
        extra = f" plus {base} base units" if base else ""
        choice.notes.append(f"anesthesia time {minutes:g} minutes = {minutes / 15:.1f} time units{extra}")


# --- drug and vaccine administration ------------------------------------------------------------------------
_IM_SC = re.compile(r"\b(?:IM|SC|SQ|subq|sub-q|intramuscular(?:ly)?|subcutaneous(?:ly)?|deltoid|gluteal|"
                    r"ventrogluteal|shot)\b", re.I)
_PUSH = re.compile(r"\b(?:IV ?push|IVP|slow IV|push(?:ed)?|bolus|IV injection|intravenous injection)\b", re.I)
_INFUSION = re.compile(r"\b(?:infus(?:ion|ed)|drip|IVPB|piggyback)\b", re.I)
_IV = re.compile(r"\b(?:IV|intravenous(?:ly)?)\b", re.I)
_VACCINE = re.compile(r"\b(?:vaccin\w*|immuniz\w*|flu shot|influenza shot|pneumovax|prevnar|tdap|td|"
                      r"shingrix|gardasil|hep(?:atitis)? b (?:vaccine|shot))\b", re.I)
_ADMIN_CODES = {"96372", "96374", "96375", "96365", "96366", "96367", "96368", "96413", "96401", "96402",
                "90471", "90472", "90460", "90461", "G0008", "G0009", "G0010"}


def _sentence_text(state: CaseState, choice: Choice) -> str:
    sids = sorted({state.sentence_of(f.start) for f in choice.evidence} - {-1})
    return " ".join(state.text[state.sentences[s][0]:state.sentences[s][1]] for s in sids)


def _minutes(state: CaseState) -> float | None:
    times = state.present("time")
    return max(f.value for f in times) if times else None


def _add(cat: EngineCatalog, out: list[Choice], code: str, units: int, why: str, ev: list) -> None:
    entry = cat.get(code)
    if entry is not None and all(c.code != code for c in out):
        out.append(Choice(code, entry, True, 0.0, units=units, evidence=list(ev), notes=[why]))


_FLUID = re.compile(r"\b(?:saline|dextrose|ringer)", re.I)


def administration(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> list[Choice]:
    """Administration codes for recommended drugs and vaccines when the note gives the route."""
    have = {c.code for c in chosen if c.recommended}
    if have & _ADMIN_CODES or any(c.group is not None and c.group.kind == "anesthesia" for c in chosen):
        return []
    procedures = [c for c in chosen if c.recommended and c.entry.system == "CPT" and c.group is not None
                  and c.group.kind == "procedure" and not c.code.startswith("9")]
    out: list[Choice] = []
    for drug in [c for c in chosen if c.recommended and getattr(c.entry, "is_drug", False)]:
        if have & {"96360", "96361"} and _FLUID.search(drug.entry.description or ""):
            continue  # hydration fluid: its administration is the hydration code already chosen
        text = _sentence_text(state, drug)
        if procedures and not _IM_SC.search(text):
            continue  # a drug injected as part of a procedure (joint, trigger point ...) is that procedure's
        mins = _minutes(state)
        if _INFUSION.search(text) or (_IV.search(text) and mins is not None and mins >= 16 and not _PUSH.search(text)):
            if mins is None or mins < 16:
                _add(cat, out, "96374", 1, "an infusion of 15 minutes or less is reported as a push", drug.evidence)
                continue
            _add(cat, out, "96365", 1, f"IV infusion, {mins:g} minutes", drug.evidence)
            extra = mins - 60
            if extra > 30:
                _add(cat, out, "96366", int(extra // 60) + (1 if extra % 60 > 30 else 0),
                     "each additional hour beyond the first (more than 30 minutes past the hour)", drug.evidence)
        elif _PUSH.search(text) or _IV.search(text):
            _add(cat, out, "96374", 1, "IV push of the drug", drug.evidence)
        elif _IM_SC.search(text):
            _add(cat, out, "96372", 1, "IM/SC injection of the drug", drug.evidence)
    if not out and _VACCINE.search(state.text) and not have & _ADMIN_CODES:
        out.extend(_vaccine_admin(state, cat, chosen))
    return out


_NO_VACCINE = re.compile(r"\bno (?:vaccines?|immuni[sz]ations?|shots?)\b[^.;]{0,20}\b(?:was|were|given|administered)|"
                         r"\b(?:vaccines?|immuni[sz]ations?|shots?) (?:was|were) not (?:given|administered)|"
                         r"\bdid not (?:give|administer|receive) (?:a |any |the )?(?:vaccines?|shots?|immuni)", re.I)


def no_vaccine(state: CaseState, chosen: list[Choice]) -> None:
    """'No vaccine was given': neither a vaccine product nor its administration is coded."""
    if not _NO_VACCINE.search(state.text):
        return
    for c in chosen:
        if c.recommended and ("90476" <= c.code <= "90759" or c.code in ("90460", "90461", "90471", "90472",
                                                                             "90473", "90474", "G0008", "G0009", "G0010")):
            c.recommended = False
            c.notes.append("not chosen: the note says no vaccine was given")


# vaccine products with more than one component (toxoid/antigen), for 90461
_COMPONENTS = {"90700": 3, "90702": 2, "90714": 2, "90715": 3, "90707": 3, "90710": 4, "90696": 4, "90698": 5,
               "90723": 5, "90697": 6, "90636": 2, "90748": 2, "90644": 2}


def _vaccine_admin(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> list[Choice]:
    if not re.search(r"\b(?:administered|given|gave|received|IM|intramuscular|injected|shot|vaccines? today|"
                     r"immuni[sz]ations? today|shots today)\b", state.text, re.I):
        return []
    if any(f.assertion != "present" for f in state.facts if f.kind == "procedure") and not state.present("procedure"):
        return []
    products = [c for c in chosen if c.recommended and "90476" <= c.code <= "90759"]
    n = max(len(products), 1)
    low = state.text.lower()
    ev = [f for c in products for f in c.evidence[:1]]
    if "medicare" in low and n == 1:
        code = "G0009" if "pneumo" in low or "prevnar" in low else "G0010" if "hep" in low else "G0008"
        return [Choice(code, cat.get(code), True, 0.0, evidence=ev, notes=["Medicare vaccine administration"])] \
            if cat.get(code) else []
    out: list[Choice] = []
    age = next(iter(state.present("age")), None)
    if age is not None and age.value < 19 and re.search(r"\bcounsel", low):
        _add(cat, out, "90460", n, "vaccine administration with counseling, patient under 19: one per vaccine", ev)
        extra = sum(_COMPONENTS.get(c.code, 1) - 1 for c in products)
        if extra > 0:
            _add(cat, out, "90461", extra, "each additional vaccine component with counseling", ev)
        return out
    _add(cat, out, "90471", 1, "vaccine administration, first vaccine", ev)
    if n > 1:
        _add(cat, out, "90472", n - 1, "each additional vaccine", ev)
    return out


# --- obstetric packages -------------------------------------------------------------------------------------
_OB = {"vaginal": ("59400", "59410", "59409"), "cesarean": ("59510", "59515", "59514"),
       "vbac": ("59610", "59614", "59612"), "tolac": ("59618", "59622", "59620")}
_ANTE = re.compile(r"\b(?:antepartum|prenatal|antenatal|global (?:ob|obstetric)|routine (?:ob|obstetric) care|"
                   r"ob package)\b", re.I)
_POST = re.compile(r"\b(?:postpartum|post-partum|global (?:ob|obstetric)|routine (?:ob|obstetric) care|"
                   r"ob package)\b", re.I)
_ELSEWHERE = re.compile(r"\b(?:another|other|different|outside) (?:provider|practice|physician|group|ob)|"
                        r"\belsewhere\b|\bnot (?:provided|by us)|\bonly the delivery\b|\bdelivery only\b", re.I)


_NOT_TODAY = re.compile(r"\b(?:no|not|never|without|denies)\b[^.;]{0,25}(?:cesarean|c-section|c section)|"
                        r"\b(?:prior|previous|history of|hx of)\s+(?:\w+\s+)?(?:cesarean|c-section|c section)", re.I)


def _ob_kind(text: str) -> str | None:
    low = _NOT_TODAY.sub(" ", text).lower()
    if re.search(r"failed (?:tolac|vbac|trial of labor)|tolac[^.]{0,40}cesarean|trial of labor[^.]{0,60}cesarean", low):
        return "tolac"
    if re.search(r"\bvbac\b|vaginal birth after (?:cesarean|c-section)", low):
        return "vbac"
    if re.search(r"\bcesarean\b|c-section|\bc section\b|\bcs delivery\b|\bltcs\b", low):
        return "cesarean"
    if re.search(r"vaginal delivery|\bnsvd\b|\bsvd\b|vaginal birth|delivered vaginally", low):
        return "vaginal"
    return None


def obstetric(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    """Replace maternity codes with the package the note describes."""
    ob = [c for c in chosen if c.recommended and ("59400" <= c.code <= "59622")]
    kind = _ob_kind(state.text)
    if kind is None or not (ob or re.search(r"\bdeliver", state.text, re.I)):
        return
    if any(f.assertion != "present" for f in state.facts if f.kind == "procedure") and not ob:
        return
    if not ob:
        ob = [Choice("59400", cat.get("59400"), True, 0.0)]
        chosen.append(ob[0])
    text = state.text
    ante = bool(_ANTE.search(text)) and not _ELSEWHERE.search(text)
    post = bool(_POST.search(text)) and not re.search(r"\bpostpartum care (?:by|elsewhere)", text, re.I)
    code = _OB[kind][0 if ante and post else 1 if post else 2]
    entry = cat.get(code)
    if entry is None:
        return
    first = ob[0]
    first.code, first.entry = code, entry
    first.notes.append("obstetric package chosen from the care the note describes (antepartum, delivery, postpartum)")
    for other in ob[1:]:
        other.recommended = False
        other.notes.append(f"not chosen: included in {code}")


# --- local anesthetics --------------------------------------------------------------------------------------
_LOCALS = re.compile(r"\b(?:lidocaine|xylocaine|bupivacaine|marcaine|sensorcaine|ropivacaine|naropin|mepivacaine|"
                     r"carbocaine|chloroprocaine|tetracaine|epinephrine|exparel)\b", re.I)
_LOCAL_USE = re.compile(r"\blocal\b|infiltrat|anesthe|\bblock\b|with epinephrine|\bwheal\b|\bnumb", re.I)


def local_anesthetics(state: CaseState, chosen: list[Choice]) -> None:
    """Local anesthetic given as part of a procedure is included in it, never a separate drug line."""
    surgery = any(c.recommended and c.entry.system == "CPT" and getattr(c.entry, "global_days", "") in
                  ("000", "010", "090") for c in chosen)
    for c in chosen:
        if not (c.recommended and getattr(c.entry, "is_drug", False)):
            continue
        text = _sentence_text(state, c)
        if _LOCALS.search(" ".join(f.text for f in c.evidence)) and (surgery or _LOCAL_USE.search(text)):
            c.recommended = False
            c.notes.append("not chosen: local anesthesia is part of the procedure, not billed as a drug")
