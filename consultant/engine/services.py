"""Service families a coder codes by rule rather than by matching words:
anesthesia (the surgical procedure's anesthesia code when the anesthesia
provider bills), drug administration beside a J-code (96372 IM/SC, 96374 IV
push, 96365 + 96366 infusion hours), vaccine administration, and obstetric
packages (global care vs delivery only)."""
from __future__ import annotations

import math
import re

from .catalog_view import EngineCatalog
from .model import Candidate, CaseState, Choice, Group
from .text import norm_phrase

# --- anesthesia -------------------------------------------------------------------------------------------
_ANES_CUE = re.compile(
    r"(?:^|[.\n]\s*)(?:(?:spinal|general|epidural|regional|neuraxial) )?(?:anesthesia|anes|anesth)\.? (?:services? )?for\b|\bCRNA (?:alone|solo|only)\b|\bmed(?:ical(?:ly)?|\.)? ?direct(?:ing|s|ion)\b|"
    r"\b(?:anesthesiologist|CRNA)(?:'s|s')? (?:claim|line|bill)\b|\banesthesia (?:services?|time|start|end|billing|record|"
    r"care (?:was )?(?:provided|personally))\b|\bmonitored anesthesia care\b|\bmedically directed\b|"
    r"\b(?:general |spinal |regional |epidural )?anesthesia (?:was )?(?:provided |given |administered |performed )?by "
    r"(?:the |an |our )?(?:anesthesiologist|CRNA)\b[^.]{0,60}\bfor\b|"
    r"\b(?:anesthesiologist|CRNA)\b[^.]{0,40}\b(?:provided|administered|performed|gave)\b[^.]{0,30}\banesthesia "
    r"(?:care )?for\b|"
    r"\b(?:anesthesiologist|CRNA)s? (?:personally |solely )?(?:provid|administer|perform|"
    r"gave|billing|directing|directed|supervis|medically direct|placed (?:a |an |the )?(?:labor )?epidural)|\b(?:anesthesiologist|CRNA)(?:'s|s'|s)? claim\b|(?:provided|administered|performed|given) (?:personally )?"
    r"by (?:the |an |a |our )?(?:anesthesiologist|CRNA)", re.I)
# payment modifiers (Medicare): who gave the anesthesia and, when an anesthesiologist directed CRNAs,
# how many rooms at once and whose claim this is
_NOT_DIRECTED = re.compile(r"\b(?:no|not|non|without)[- ](?:\w+[- ]){0,2}?(?:medical(?:ly)?[- ])?direct\w*|\bundirected\b|"
                           r"\bCRNA\b[^.]{0,60}\b(?:alone|solo|independent(?:ly)?|on (?:her|his|their) own|by "
                           r"(?:her|him|them)sel(?:f|ves)|non-?medically directed)\b", re.I)
_DIRECTED = re.compile(r"\bmed(?:ical(?:ly)?|\.)? ?direct\w*|\b(?:anesthesiologist|physician|MDA)s?\b[^.;]{0,30}\bdirect(?:ing|s|ed)\b|"
                       r"\bdirect(?:ing|s|ed)\b[^.;]{0,30}\bCRNAs?\b", re.I)
_CRNA_CLAIM = re.compile(r"\bCRNA(?:'s|s')? (?:claim|line|service|billing|bills|portion|side)\b|"
                         r"\b(?:code|bill|claim for|billing for)\w* (?:for )?the CRNA\b", re.I)
_ONE_ROOM = re.compile(r"\b(?:a single|single|one|1|only one) CRNA\b|\bdirecting (?:one|a single) (?:CRNA|room)\b|\bone[- ]to[- ]one\b|\b(?:one|single|a single) room\b|"
                       r"\bonly (?:one|this|the one) room\b", re.I)
_SUPERVISED = re.compile(r"\b(?:five|six|seven|5|6|7|more than four) (?:concurrent |CRNAs?|rooms?|concurrent rooms?)", re.I)
_PERSONAL = re.compile(r"\bpersonally (?:performed|provided|administered|did|gave)\b|\banesthesiologist (?:alone|personally)\b|"
                       r"\bpersonally (?:by|from) the anesthesiologist\b|\banesthesiologist\b[^.;]{0,30}\bpersonally\b|"
                       r"\banesthesiologist\b[^.;]{0,60}\b(?:herself|himself)\b", re.I)
_ROOMS = re.compile(r"\b(?:two|three|four|2|3|4|several|multiple)\s+(?:concurrent\s+)?(?:CRNAs?|rooms?|CRNA rooms?|"
                    r"cases|procedures|anesthetists)\b", re.I)
_ASA = re.compile(r"\bASA(?: class| physical status| PS)?\s*([1-6]|I{1,3}|IV|V|VI)\b(?!\s*\d)")
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6"}
_CROSSWALKED = "anesthesia for the documented procedure"
_ANES_STOP = frozenset({"under", "was", "were", "age", "younger", "older", "than", "back", "nos", "anesthesia", "for", "of", "the", "and", "or", "with", "procedure", "on", "in", "a", "not",
                        "otherwise", "specified", "including", "all", "other", "than", "care", "open"})


_BLOCK_ANES = frozenset({"01991", "01992"})


def is_anesthesia_case(state: CaseState) -> bool:
    from . import sections

    # "ANESTHESIA: local with monitored anesthesia care" in a surgeon's note says how, not who bills
    return any(sections.section_at(state, m.start()) != "detail" for m in _ANES_CUE.finditer(state.text))


def _words(entry: object) -> set[str]:
    parts = [entry.short, " ".join(entry.terms), " ".join(entry.site)]  # type: ignore[attr-defined]
    return {w for w in norm_phrase(" ".join(parts)) if w not in _ANES_STOP and len(w) > 2}


_OPEN = re.compile(r"\b(?:ORIF|open(?: reduction| treatment| repair)?)\b", re.I)
_CLOSED = re.compile(r"\b(?:closed (?:reduction|treatment)|cast(?:ing)?|splint(?:ing)?)\b", re.I)


def _crosswalk(cat: EngineCatalog, group: Group, text: str = "") -> list[Candidate]:
    """Anesthesia codes ranked by how much of the surgical procedure's words and site they share."""
    best = group.best
    said = {w for m in group.mentions for w in m.term.split()} | (_words(best.entry) if best else set())
    site = {s.lower() for s in (best.entry.site if best else [])}
    near = " ".join(text[max(0, m.fact.start - 25):m.fact.end] for m in group.mentions)
    opened = (True if (best and best.entry.approach == "open") or {"orif", "open"} & said or _OPEN.search(near)
              else False if {"closed", "cast", "splint"} & said or _CLOSED.search(near) else None)
    out = []
    for code in cat.by_action.get("anesthesia", []):
        e = cat.get(code)
        if e is None:
            continue
        overlap = len(_words(e) & said) + 2 * len(site & {s.lower() for s in e.site})
        if overlap and opened is not None and re.search(r"\bclosed\b" if opened else r"\bopen\b", e.short, re.I):
            overlap -= 1  # an ORIF is not anesthesia for a closed procedure, nor a cast for an open one
        if overlap:
            c = Candidate(code, e, score=3.0 + overlap)
            c.reasons.append(_CROSSWALKED)
            c.evidence.extend(m.fact for m in group.mentions)
            out.append(c)
    return sorted(out, key=lambda c: (-c.score, c.code))[:4]


def anesthesia_groups(state: CaseState, cat: EngineCatalog) -> None:
    """When the anesthesia provider bills, each surgical group codes as its anesthesia code; otherwise an
    anesthesia code never stands in for the surgery it was matched beside ("cataract extraction under
    topical anesthesia" is the surgeon's cataract code)."""
    if not is_anesthesia_case(state):
        for group in state.groups:
            surgical = [c for c in group.candidates if getattr(c.entry, "action", "") != "anesthesia"]
            if surgical and any(c.score >= 2.5 for c in surgical):
                group.candidates = surgical
        return
    for group in state.groups:
        if group.kind == "drug":  # propofol and the other agents the anesthetist gives are part of the service
            group.candidates = []
        if group.kind != "procedure" or not group.candidates:
            continue
        anes = [c for c in group.candidates if getattr(c.entry, "action", "") == "anesthesia"]
        surgical = next((c for c in group.candidates if getattr(c.entry, "action", "") != "anesthesia"), None)
        if anes and surgical is not None:  # the anesthesia code that shares the surgery's words is the specific one
            words = _words(surgical.entry)
            for c in anes:
                c.score += 0.75 * len(_words(c.entry) & words)
        if not anes:
            anes = _crosswalk(cat, group, state.text)
        if anes:
            lift = max(0.0, 3.0 - max(c.score for c in anes)) + 2.0  # keeps the ranking the words gave
            for c in anes:
                c.missing = [m for m in c.missing if m not in ("site", "approach")]
                c.score += lift
            group.candidates = sorted(anes, key=lambda c: (-c.score, c.code))
            group.kind = "anesthesia"
    # a block placed for postoperative pain beside a surgical anesthetic is not anesthesia for a block procedure
    anes_groups = [g for g in state.groups if g.kind == "anesthesia" and g.candidates]
    if any(g.candidates[0].code not in _BLOCK_ANES for g in anes_groups):
        for g in anes_groups:
            if g.candidates[0].code in _BLOCK_ANES:
                g.candidates = []


# propofol run to deep sedation or a general anesthetic is not monitored anesthesia care, whatever it is called
_DEEP = re.compile(r"\bpropofol\b|\bgeneral (?:anesthesia|anesthetic)\b|\bdeep sedation\b|\bGETA\b|\bLMA\b", re.I)
_MAC = re.compile(r"\b(?i:monitored anesthesia care)\b|\bMAC\b")
# Medicare takes no physical status modifier; report P1-P6 only when the note says the payer wants it
_ASA_WANTED = re.compile(r"physical status modifier|\bP[1-6] modifier|(?:payer|plan|carrier) requires?[^.]{0,40}"
                         r"(?:physical status|ASA)", re.I)


def anesthesia_modifiers(state: CaseState, choice: Choice) -> None:
    text = state.text
    crna = bool(re.search(r"\bCRNAs?\b|\bnurse anesthetist", text, re.I))
    if crna and _NOT_DIRECTED.search(text):
        mods = ["QZ"]
    elif _DIRECTED.search(text):
        mods = (["QX"] if _CRNA_CLAIM.search(text) else ["AD"] if _SUPERVISED.search(text)
                else ["QY"] if _ONE_ROOM.search(text) and not _ROOMS.search(text) else ["QK"])
    elif _PERSONAL.search(text):
        mods = ["AA"]
    elif crna and not re.search(r"anesthesiologist", text, re.I):
        mods = ["QZ"]
    else:
        mods = []
    if _MAC.search(state.text) and not _DEEP.search(state.text):
        mods.append("QS")
    asa = _ASA.search(state.text)
    if asa and _ASA_WANTED.search(state.text):
        mods.append("P" + _ROMAN.get(asa.group(1).upper(), asa.group(1)))
    choice.modifiers = mods
    times = [f for f in state.present("time")]
    if times:
        minutes = max(f.value for f in times)
        base = getattr(choice.entry, "anesthesia_base_units", None)
        extra = f" plus {base} base units" if base else ""
        choice.notes.append(f"anesthesia time {minutes:g} minutes = {minutes / 15:.1f} time units{extra}")


def one_anesthesia(chosen: list[Choice]) -> None:
    """One anesthesia line per session: the code for the procedure the note names as anesthetised (a code
    found by crosswalk from a side remark, such as a block for postoperative pain, yields), then the one
    with the most base units."""
    anes = [c for c in chosen if c.recommended and c.group is not None and c.group.kind == "anesthesia"]
    if len(anes) < 2:
        return

    def key(c: Choice) -> tuple:
        cand = next((x for x in c.group.candidates if x.code == c.code), None)  # type: ignore[union-attr]
        crossed = cand is not None and _CROSSWALKED in cand.reasons
        return (crossed, -(getattr(c.entry, "anesthesia_base_units", None) or 0), c.code)

    keep = min(anes, key=key)
    for c in anes:
        if c is not keep:
            c.recommended = False
            c.notes.append(f"not chosen: one anesthesia code per session ({keep.code})")


# --- drug and vaccine administration ------------------------------------------------------------------------
_IM_SC = re.compile(r"\b(?:IM|SC|SQ|subq|sub-q|intramuscular(?:ly)?|subcutaneous(?:ly)?|deltoid|gluteal|"
                    r"ventrogluteal|shot)\b", re.I)
_PUSH = re.compile(r"\b(?:IV ?push|IVP|slow IV|push(?:ed)?|bolus|IV injection|intravenous injection)\b", re.I)
_INFUSION = re.compile(r"\b(?:infus(?:ion|ed)|drip|IVPB|piggyback)\b", re.I)
_IV = re.compile(r"\b(?:IV|intravenous(?:ly)?)\b", re.I)
_VACCINE = re.compile(r"\b(?:vaccin\w*|immuniz\w*|flu shot|influenza shot|pneumovax|prevnar|tdap|td|"
                      r"shingrix|gardasil|hep(?:atitis)? b (?:vaccine|shot))\b", re.I)
_VACCINE_ADMIN = {"90460", "90461", "90471", "90472", "90473", "90474", "G0008", "G0009", "G0010", "96372"}
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


# monoclonal antibodies and other biologics given with the chemotherapy administration codes (infliximab and
# its biosimilars, rituximab and its biosimilars, ocrelizumab, natalizumab, vedolizumab, tocilizumab,
# eculizumab, belimumab); hormonal antineoplastics injected IM/SC (leuprolide, goserelin)
_COMPLEX_BIOLOGIC = frozenset({"J1745", "Q5103", "Q5104", "Q5121", "J9312", "Q5115", "Q5119", "Q5123", "J2350",
                               "J2323", "J3380", "J3262", "J1300", "J0490"})
_HORMONAL_ANTINEOPLASTIC = frozenset({"J9217", "J1950", "J9202"})
_TO_COMPLEX = {"96365": "96413", "96366": "96415", "96374": "96409", "96375": "96411"}
_FLUID = re.compile(r"\b(?:saline|dextrose|ringer)", re.I)


def administration(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> list[Choice]:
    """Administration codes for recommended drugs and vaccines when the note gives the route."""
    if any(c.group is not None and c.group.kind == "anesthesia" for c in chosen):
        return []
    drugs = [c for c in chosen if c.recommended and getattr(c.entry, "is_drug", False)]
    if not drugs and any(c.recommended and "90476" <= c.code <= "90759" for c in chosen):
        # vaccine products: their administration lines follow from the products, age, counselling and payer,
        # whatever administration code an injection word picked on its own
        picked = [c for c in chosen if c.recommended and c.code in _VACCINE_ADMIN]
        for c in picked:
            chosen.remove(c)
        return _vaccine_admin(state, cat, chosen) or picked
    have = {c.code for c in chosen if c.recommended}
    if any(d.code.startswith("J9") or d.code in _COMPLEX_BIOLOGIC for d in drugs):
        for c in chosen:  # "IV infusion over 2 hours" of infliximab is a chemotherapy/complex-drug infusion
            swap = _TO_COMPLEX.get(c.code) if c.recommended else None
            if swap and cat.get(swap) is not None:
                c.notes.append(f"{swap} rather than {c.code}: the drug is a chemotherapy or complex biologic agent")
                c.code, c.entry = swap, cat.get(swap)
    if have & _ADMIN_CODES:
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
        # chemotherapy and complex biologics (monoclonal antibodies) take the chemotherapy administration codes
        hormonal = drug.code in _HORMONAL_ANTINEOPLASTIC
        complex_ = drug.code.startswith("J9") or drug.code in _COMPLEX_BIOLOGIC or hormonal
        first, more, push = ("96413", "96415", "96409") if complex_ else ("96365", "96366", "96374")
        why = " (chemotherapy / complex biologic)" if complex_ else ""
        if _INFUSION.search(text) or (_IV.search(text) and mins is not None and mins >= 16 and not _PUSH.search(text)):
            if mins is None or mins < 16:
                _add(cat, out, push, 1, "an infusion of 15 minutes or less is reported as a push", drug.evidence)
                continue
            _add(cat, out, first, 1, f"IV infusion{why}, {mins:g} minutes", drug.evidence)
            extra = mins - 60
            if extra > 30:
                _add(cat, out, more, int(extra // 60) + (1 if extra % 60 > 30 else 0),
                     "each additional hour beyond the first (more than 30 minutes past the hour)", drug.evidence)
        elif _PUSH.search(text) or _IV.search(text):
            _add(cat, out, push, 1, f"IV push of the drug{why}", drug.evidence)
        elif _IM_SC.search(text):
            code = "96402" if hormonal else "96401" if complex_ else "96372"
            again = next((c for c in out if c.code == code == "96372"), None)
            if again is not None:  # each drug injected IM/SC is its own injection
                again.units += 1
                continue
            _add(cat, out, code, 1, f"IM/SC injection of the drug{why}", drug.evidence)
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


# the physician or other qualified professional talked the vaccines through (risks, benefits, VIS)
_COUNSEL = re.compile(r"\bcounsel|\b(?:went over|discussed|reviewed|explained)\b[^.]{0,60}\b(?:risks?|benefits?|"
                      r"side effects?|VIS|vaccine information)|\bvaccine information statements?\b[^.]{0,30}\b(?:reviewed|"
                      r"discussed|explained)", re.I)
_NO_COUNSEL = re.compile(r"\b(?:no|not|without|did not|didn't)\b[^.;]{0,30}\bcounsel\w*", re.I)
_MINOR = re.compile(r"\b(?:newborn|neonate|infant|baby|toddler|child|kid|preschooler|kindergart\w*|"
                    r"adolescent|teen(?:ager)?|well[- ]child|(?:week|month)s?[- ]old|pediatric patient)\b", re.I)
_MEDICARE_ADMIN = {"influenza": "G0008", "pneumococcal": "G0009", "hepatitis b": "G0010"}


def _vaccine_kind(entry: object) -> str:
    short = (getattr(entry, "short", "") or "").lower()
    if short.startswith(("influenza", "flu ")):
        return "influenza"
    if short.startswith("pneumococcal"):
        return "pneumococcal"
    return "hepatitis b" if short.startswith("hepatitis b") else ""


def _vaccine_admin(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> list[Choice]:
    if not re.search(r"\b(?:administered|given|gave|received|IM|intramuscular|injected|shot|vaccines? today|dose today|"
                     r"immuni[sz]ations? today|shots today)\b", state.text, re.I):
        return []
    if any(f.assertion != "present" for f in state.facts if f.kind == "procedure") and not state.present("procedure"):
        return []
    products = [c for c in chosen if c.recommended and "90476" <= c.code <= "90759"]
    n = max(len(products), 1)
    low = state.text.lower()
    ev = [f for c in products for f in c.evidence[:1]]
    out: list[Choice] = []
    if "medicare" in low and not re.search(r"\b(?:commercial|private) (?:plan|payer|insurance)\b", low):
        # Medicare pays flu, pneumococcal and hepatitis B administration with its own G-code each;
        # any other vaccine on the same day takes 90471/90472
        rest = []
        for c in products:
            code = _MEDICARE_ADMIN.get(_vaccine_kind(c.entry))
            if code:
                _add(cat, out, code, 1, "Medicare vaccine administration", c.evidence[:1])
            else:
                rest.append(c)
        if not products:
            code = "G0009" if "pneumo" in low or "prevnar" in low else "G0010" if "hep" in low else "G0008"
            _add(cat, out, code, 1, "Medicare vaccine administration", ev)
        if rest:
            _add(cat, out, "90471", 1, "vaccine administration, first vaccine", rest[0].evidence[:1])
            if len(rest) > 1:
                _add(cat, out, "90472", len(rest) - 1, "each additional vaccine", rest[1].evidence[:1])
        return out
    age = next(iter(state.present("age")), None)
    minor = age.value < 19 if age is not None else bool(_MINOR.search(low))
    if minor and _COUNSEL.search(_NO_COUNSEL.sub(" ", low)):
        _add(cat, out, "90460", n, "vaccine administration with counseling, patient under 19: one per vaccine", ev)
        extra = sum(_COMPONENTS.get(c.code, 1) - 1 for c in products)
        if extra > 0:
            _add(cat, out, "90461", extra, "each additional vaccine component with counseling", ev)
        return out
    _add(cat, out, "90471", 1, "vaccine administration, first vaccine", ev)
    if n > 1:
        _add(cat, out, "90472", n - 1, "each additional vaccine", ev)
    return out


# --- contraceptive devices -------------------------------------------------------------------------------
_DEVICE_FOR = {"58300": ("J7296", "J7297", "J7298", "J7300", "J7301"), "11981": ("J7307",), "11983": ("J7307",)}
_OWN_DEVICE = re.compile(r"\bpatient[- ](?:supplied|provided|brought|owned)|\bbrought (?:in )?(?:her|their|his) own\b|"
                         r"\b(?:supplied|provided|dispensed) by (?:the )?(?:patient|pharmacy|specialty pharmacy)|"
                         r"\bspecialty pharmacy\b|\bfree (?:device|sample)|\bsample device\b", re.I)


_REMOVED = re.compile(r"\b(?:remov\w*|explant\w*|took out|taken out)\b[^.;]{0,50}\b(?:implant|rod|nexplanon|implanon)|"
                      r"\b(?:implant|rod|nexplanon|implanon)\b[^.;]{0,30}\b(?:remov\w*|taken out)", re.I)
_INSERTED = re.compile(r"\b(?:insert\w*|placed|placement|new (?:implant|rod|device))\b", re.I)
_NO_SWAP = re.compile(r"\b(?:no|not|nothing|without|declined|declines|does not want)\b[^.;]{0,30}\b(?:replac\w*|reinsert\w*|"
                      r"new (?:implant|rod|device)|insert\w*|placed)\b[^.;]*", re.I)
_SWAP = re.compile(r"\b(?:swap\w*|exchang\w*|replac\w*|reinsert\w*|re-insert\w*)\b", re.I)


def _implant_swap(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    """Removal of a drug implant and a new one in the same visit is one code (11983), not 11981 or 11982."""
    text = _NO_SWAP.sub(" ", state.text)
    both = (_REMOVED.search(text) and _INSERTED.search(text)) or _SWAP.search(text)
    if not both or cat.get("11983") is None:
        return
    for c in chosen:
        if c.recommended and c.code in ("11981", "11982"):
            c.notes.append("removal and insertion in one visit: 11983")
            c.code, c.entry = "11983", cat.get("11983")
            break


def contraceptive_devices(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> list[Choice]:
    """An IUD or implant inserted from the practice's stock is billed as its own device line beside the
    insertion (copper IUD J7300, Mirena J7298, Nexplanon J7307 ...), unless the patient brought it."""
    from .lexicon import DEVICE_NAMES

    _implant_swap(state, cat, chosen)
    have = {c.code for c in chosen if c.recommended}
    if "11982" in have and not have & {"11981", "11983"}:
        for c in chosen:  # a removal with nothing put back supplies no implant
            if c.recommended and c.code in ("J7306", "J7307"):
                c.recommended = False
                c.notes.append("not chosen: the implant was only removed, no new one was supplied")
        have = {c.code for c in chosen if c.recommended}
    low = state.text.lower()
    if _OWN_DEVICE.search(state.text):
        return []
    out: list[Choice] = []
    for proc, devices in _DEVICE_FOR.items():
        if proc not in have or have & set(devices):
            continue
        named = [d for d in devices if any(re.search(r"\b" + re.escape(n) + r"\b", low) for n in DEVICE_NAMES[d])]
        if named:
            ev = [c for c in chosen if c.code == proc][0].evidence[:1]
            _add(cat, out, named[0], 1, "the device inserted, supplied by the practice", ev)
    return out


# --- hydration fluids -------------------------------------------------------------------------------------
_SALINE = re.compile(r"\b(?:normal saline|NS|0\.9% (?:sodium chloride|NaCl|saline)|sodium chloride 0\.9%)\b")
_LACTATED = re.compile(r"\b(?:lactated ringer'?s?|ringer'?s lactate|LR)\b")


def hydration_fluid(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> list[Choice]:
    """The bag of a hydration infusion given from office stock: normal saline by volume (1000 mL J7030,
    500 mL J7040, 250 mL J7050) or lactated Ringer's (J7120 per liter).  A drug's diluent is never a line."""
    have = {c.code for c in chosen if c.recommended}
    if "96360" not in have or have & {"J7030", "J7040", "J7050", "J7120"}:
        return []
    if re.search(r"\bpatient[- ]supplied|\bsupplied by (?:the )?(?:patient|hospital|pharmacy)", state.text, re.I):
        return []
    vols = [f for f in state.present("dose") if f.unit == "ml" and f.value >= 250]
    for pat, kind in ((_SALINE, "ns"), (_LACTATED, "lr")):
        m = pat.search(state.text)
        near = [f for f in vols if m and abs(f.start - m.end()) <= 40]
        if not m or not near:
            continue
        ml = min(near, key=lambda f: abs(f.start - m.end())).value
        if kind == "lr":
            code, units = "J7120", max(1, round(ml / 1000))
        elif ml >= 1000:
            code, units = "J7030", max(1, round(ml / 1000))
        elif ml >= 500:
            code, units = "J7040", round(ml / 500)
        else:
            code, units = "J7050", round(ml / 250)
        out: list[Choice] = []
        _add(cat, out, code, units, f"hydration fluid, {ml:g} mL", [])
        return out
    return []


# --- obstetric packages -------------------------------------------------------------------------------------
_OB = {"vaginal": ("59400", "59410", "59409"), "cesarean": ("59510", "59515", "59514"),
       "vbac": ("59610", "59614", "59612"), "tolac": ("59618", "59622", "59620")}
_ANTE = re.compile(r"\b(?:antepartum|prenatal|antenatal|global (?:ob|obstetric)|routine (?:ob|obstetric) care|"
                   r"ob package)\b", re.I)
_POST = re.compile(r"\b(?:postpartum|post-partum|global (?:ob|obstetric)|routine (?:ob|obstetric) care|"
                   r"ob package)\b", re.I)
_ELSEWHERE = re.compile(r"\b(?:another|other|different|outside) (?:provider|practice|physician|group|ob)|"
                        r"\belsewhere\b|\bnot (?:provided|by us)|\bonly the delivery\b|\bdelivery only\b", re.I)


# a phase of care given by someone else: "prenatal care elsewhere", "postpartum w/ other group", "she will not
# provide the postpartum care", "prenatal care by a midwife group that bills separately"
_NOT_OURS = re.compile(r"\belsewhere\b|\b(?:another|other|different|outside|separate|referring)\s+(?:\w+\s+)?"
                       r"(?:provider|practice|physician|group|ob|obstetrician|midwi\w+|doctor|clinic|office)|"
                       r"\bby (?:a|an|the|her|their) (?:\w+\s+){0,2}(?:midwi\w+|group|practice)\b|\bbill(?:s|ed)? (?:separately|by)\b|"
                       r"\bnot (?:part|provid\w*|by us|ours|doing|do)\b|\b(?:will not|won't)\b|\bdeclined\b", re.I)
_BIRTH_REPAIRS = ("57200", "57210", "56810", "12001", "12002", "12041", "12042")
_CLAUSE = re.compile(r"[^.;,\n()]+")
_BIRTH = re.compile(r"deliver|cesarean|c-section|\bvbac\b|\bbirth", re.I)


def _ours(text: str, phase: re.Pattern) -> bool:
    """True when a clause names this phase of care without saying another provider gave it."""
    return any(phase.search(c.group()) and not _NOT_OURS.search(c.group()) for c in _CLAUSE.finditer(text))


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


def labor_anesthesia(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    """A labor epidural (01967) that went on to a cesarean adds 01968 (01969 with a cesarean hysterectomy)
    instead of a separate cesarean anesthesia code."""
    labor = next((c for c in chosen if c.recommended and c.code == "01967"), None)
    if labor is None or _ob_kind(state.text) not in ("cesarean", "tolac"):
        return
    code = "01969" if re.search(r"\bcesarean hysterectomy|\bhysterectomy\b", state.text, re.I) else "01968"
    for c in chosen:
        if c.recommended and c.code in ("01960", "01961", "01968", "01969"):
            c.recommended = False
            c.notes.append(f"not chosen: the cesarean after labor analgesia is the add-on {code}")
    entry = cat.get(code)
    if entry is not None:
        chosen.append(Choice(code, entry, True, 0.0, modifiers=list(labor.modifiers), evidence=list(labor.evidence),
                             group=labor.group, notes=["cesarean delivery after neuraxial labor analgesia"]))


def obstetric(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    """Replace maternity codes with the package the note describes."""
    if any(c.group is not None and c.group.kind == "anesthesia" for c in chosen):
        return  # the anesthesia provider's claim carries no obstetric package
    ob = [c for c in chosen if c.recommended and ("59400" <= c.code <= "59622")]
    kind = _ob_kind(state.text)
    if kind is None or not (ob or re.search(r"\bdeliver", state.text, re.I)):
        return
    births = [f for f in state.facts if f.kind == "procedure" and _BIRTH.search(f.text)]
    if not ob and births and not any(f.assertion == "present" for f in births):
        return
    if not ob:
        ob = [Choice("59400", cat.get("59400"), True, 0.0)]
        chosen.append(ob[0])
    text = state.text
    ante = _ours(text, _ANTE) and not _ELSEWHERE.search(text)
    post = _ours(text, _POST)
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
    if code not in _OB["cesarean"]:
        for other in chosen:  # the delivering physician's repair of a birth laceration is part of the delivery
            if other.recommended and other.code in _BIRTH_REPAIRS:
                other.recommended = False
                other.notes.append(f"not chosen: a laceration repair at delivery is included in {code}")


# --- local anesthetics --------------------------------------------------------------------------------------
_LOCALS = re.compile(r"\b(?:lidocaine|xylocaine|bupivacaine|marcaine|sensorcaine|ropivacaine|naropin|mepivacaine|"
                     r"carbocaine|chloroprocaine|tetracaine|epinephrine|exparel)\b", re.I)
_LOCAL_USE = re.compile(r"\blocal\b|infiltrat|anesthe|\bblock\b|with epinephrine|\bwheal\b|\bnumb", re.I)


def local_anesthetics(state: CaseState, chosen: list[Choice]) -> None:
    """Local anesthetic given as part of a procedure is included in it, never a separate drug line."""
    surgery = any(c.recommended and c.entry.system == "CPT" and getattr(c.entry, "global_days", "") in
                  ("000", "010", "090") for c in chosen)
    for c in chosen:
        held = not c.recommended and "missing:dose" in c.notes  # no dose asked for a drug that is never billed
        if not ((c.recommended or held) and getattr(c.entry, "is_drug", False)):
            continue
        text = _sentence_text(state, c)
        if _LOCALS.search(" ".join(f.text for f in c.evidence)) and (surgery or _LOCAL_USE.search(text)):
            c.recommended = False
            c.notes = [n for n in c.notes if n != "missing:dose"]
            c.notes.append("not chosen: local anesthesia is part of the procedure, not billed as a drug")


_IV_FIRST = ("96365", "96374", "96413", "96409")


def hydration_second(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    """Hydration beside an IV drug infusion or push is the lowest service in the hierarchy: the drug takes
    the initial code and the hydration is reported as subsequent hydration (96361), one unit once it runs
    past 30 minutes and another for each further hour past its midpoint."""
    have = {c.code: c for c in chosen if c.recommended}
    first = have.get("96360")
    add = have.get("96361")
    if not (first or add) or not any(code in have for code in _IV_FIRST) or cat.get("96361") is None:
        return
    mins = _minutes(state)
    units = max(1, math.ceil((mins - 30) / 60)) if mins is not None and mins > 30 else 1
    if first is None:
        add.units = units
        return
    first.code, first.entry, first.units = "96361", cat.get("96361"), units
    first.notes.append("hydration after an IV drug service is subsequent hydration (96361)")
    if add is not None:
        add.recommended = False
        add.notes.append("not chosen: the hydration is reported on one 96361 line")
