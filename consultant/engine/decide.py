"""Decisions a coder makes once candidates are ranked: one code per distinct
procedure (or none when a deciding fact is missing), add-on codes with their
parent and their units, panels instead of their components, units and
modifiers, modifier 25 on an E/M beside a procedure, bundling edits and unit
limits."""
from __future__ import annotations

import math
import re

from . import families, labs, medicare, modifiers, payer, sections, services, units
from .catalog_view import EngineCatalog
from .model import Candidate, CaseState, Choice, Group
from .score import Context, context_for, summed_length

MIN_SCORE = 2.5
_RANGE_FACTS = ("size", "length", "area", "count", "time", "age")
_DECIDING = {"size", "length", "area", "count", "approach", "patient", "mdm", "site", "contrast", "gestation"}


def _differs(a: Candidate, b: Candidate, attr: str) -> bool:
    key = {"mdm": "mdm", "patient": "patient", "approach": "approach", "site": "site"}.get(attr, attr)
    va, vb = getattr(a.entry, key, None), getattr(b.entry, key, None)
    if attr == "gestation":  # obstetric ultrasound before / from 14 weeks
        return {f for f in a.entry.with_ if f.startswith("gestation_")} != {
            f for f in b.entry.with_ if f.startswith("gestation_")}
    if attr in ("contrast", "count") and not (va and vb):  # only contrast siblings (CT without / with) hang on it;
        return False  # a count decides only between codes that both count (95810 4+ parameters vs 95782 by age)
    if attr == "approach" and {va, vb} == {"open", "external"} and a.code[:1] == b.code[:1] == "1":
        return False  # skin and nails: open vs external (nail avulsion vs matrix excision) is not asked as approach
    if attr == "approach" and getattr(a.entry, "action", "") != getattr(b.entry, "action", ""):
        return False  # open vs laparoscopic siblings do the same thing; the guidance code beside an injection does not
    return repr(va) != repr(vb)


def deciding_missing(group: Group, within: float = 2.0) -> list[str]:
    """Missing facts on which the best candidate and a rival within ``within`` points differ."""
    best = group.best
    if best is None:
        return []
    rivals = [c for c in group.candidates[1:6] if not c.entry.addon and best.score - c.score < within]
    return [m for m in dict.fromkeys(best.missing) if m in _DECIDING and any(_differs(best, r, m) for r in rivals)]


def _primary(group: Group) -> Candidate | None:
    for c in group.candidates:
        if not c.entry.addon:
            return c
    return None


def choose(state: CaseState, group: Group) -> Choice | None:
    best = _primary(group)
    if best is None or best.score < MIN_SCORE:
        return None
    group.candidates.remove(best)
    group.candidates.insert(0, best)
    missing = deciding_missing(group)
    if "time_required" in best.missing:
        missing.append("time")
    choice = Choice(best.code, best.entry, recommended=not missing, confidence=0.0,
                    evidence=_dedupe(best.evidence), group=group)
    choice.notes.extend(f"missing:{m}" for m in missing)
    choice.notes.extend(f"ask:{m}" for m in deciding_missing(group, 4.0) if m not in missing)
    return choice


def _outranks(a: Choice, b: Choice) -> bool:
    """Of two sibling choices for one procedure, ``a`` is settled and ``b`` held back, or ``b`` is a
    "separate procedure" (the diagnostic scope) and ``a`` the surgical one: keep ``a``."""
    if a.recommended != b.recommended:
        return a.recommended  # the same procedure held back in one group and settled in another
    if a.code == b.code:
        return False
    return bool(getattr(b.entry, "separate_procedure", False)) and not getattr(a.entry, "separate_procedure", False)


def _siblings(a: Choice, b: Choice) -> bool:
    """Two choices from one code family (each is a candidate of the other's group)."""
    if a.group is None or b.group is None:
        return False
    ca = {c.code for c in a.group.candidates[:8]}
    cb = {c.code for c in b.group.candidates[:8]}
    return b.code in ca and a.code in cb


def _dedupe(facts: list) -> list:
    seen, out = set(), []
    for f in facts:
        if (f.start, f.end) not in seen:
            seen.add((f.start, f.end))
            out.append(f)
    return sorted(out, key=lambda f: f.start)


def _addon_units(state: CaseState, addon: object, parent: Choice, ctx: Context) -> int:
    per = getattr(addon, "per", None)
    p = parent.entry
    if per is None:
        return 1
    unit = (per.unit or "").lower()
    amount = float(per.amount or 1)
    if unit.startswith("min") or unit.startswith("hour"):
        times = [f for f in ctx.kind("time", local=False)]
        if not times:
            return 0
        total = max(float(f.value) for f in times)
        if p.time is not None and p.time.max is None and p.time.min and not unit.startswith("hour"):
            # open-ended parent (99223 "75 min or more"): one unit per full block past its required time
            return int((total - float(p.time.min)) // (amount or 15))
        pmax = p.time.max if p.time is not None and p.time.max is not None else 60.0
        return units.time_addon_units(total, float(pmax), amount * (60 if unit.startswith("hour") else 1))
    if "sq" in unit or "cm2" in unit:
        areas = ctx.kind("area")
        pmax = p.area.max if p.area is not None and p.area.max is not None else 0.0
        return math.ceil(max(0.0, max((f.value for f in areas), default=0) - pmax) / amount) if areas else 0
    if unit == "cm" and p.length is not None and p.length.max is not None:  # repair length past the parent's range
        total = summed_length(state, ctx, p)
        return math.ceil(round(max(0.0, (total or 0.0) - float(p.length.max)) / amount, 6))
    if unit.startswith("stage"):  # Mohs: "first stage 3 blocks ... second stage 2 blocks" is two stages
        stages = _stage_count(state)
        if stages:
            return max(0, stages - 1)
    n = item_count(ctx, unit)
    if not n:
        return 0
    of = (p.count.of or "") if p.count is not None else ""
    first = int(p.count.max) if p.count is not None and p.count.max is not None and (
        not of or of[:4] == unit[:4] or unit.startswith("lesion")) else 1
    return max(0, math.ceil((n - first) / amount))


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
             "5th": 5, "sixth": 6, "6th": 6, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_STAGES = re.compile(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th)\s+(?:mohs\s+)?(?:stage|layer)\b|"
                     r"\b(?:stage|layer)\s+(\d)\b|\b(\d|two|three|four|five|six)\s+(?:mohs\s+)?(?:stages|layers)\b", re.I)


def _stage_count(state: CaseState) -> int:
    """The number of Mohs stages the note describes (the highest ordinal or a stated count)."""
    n = 0
    for m in _STAGES.finditer(state.text):
        if state.is_ignored(m.start()):
            continue
        raw = (m.group(1) or m.group(2) or m.group(3)).lower()
        n = max(n, int(raw) if raw.isdigit() else _ORDINALS.get(raw, 0))
    return n


_LESION_UNITS = ("lesion", "skin tag", "tag", "stage", "wart", "nail", "cyst", "polyp", "specimen", "site",
                 "tissue block", "digit")
_LEVEL_UNITS = ("level", "interspace", "vertebral", "segment")
# add-ons named by ordinal level: reported once when the case reaches that level
_ORDINAL_ADDONS = {"64491": 2, "64492": 3, "64494": 2, "64495": 3}


def item_count(ctx: Context, unit: str = "") -> int:
    """How many lesions, levels or items the parent's sentences name (levels from spinal interspaces)."""
    counts = [f for f in ctx.kind("count") if f.unit != "times"]
    times = [f for f in ctx.kind("count") if f.unit == "times"]
    if unit.startswith(_LEVEL_UNITS):
        lv = [f for f in counts if f.unit.startswith(_LEVEL_UNITS)]
        counts = lv or times
    elif unit.startswith("stage"):  # Mohs stages, each often on its own line: tissue blocks are not stages
        counts = [f for f in ctx.kind("count", local=False) if f.unit.startswith(("stage", "layer"))]
    elif not unit or unit.startswith(_LESION_UNITS):
        same = [f for f in counts if unit and f.unit[:4] == unit[:4]]
        counts = same or [f for f in counts if not f.unit.startswith(_LEVEL_UNITS)] or times
    else:  # "instrument", "vessel", "nerve" ...: only a count of that very thing
        counts = [f for f in counts if f.unit[:4] == unit[:4]]
    return max((int(f.value) for f in counts), default=0)


# infusion sequence add-ons: reported only when the note describes the sequence they stand for
_SEQUENCE_CUES = {
    "96367": r"\bsequential\b|\b(?:second|another|additional|new|different) (?:drug|medication|agent|antibiotic)\b[^.]{0,60}"
             r"infus|\binfus\w*[^.]{0,80}\b(?:followed by|then)\b[^.]{0,60}\binfus",
    "96368": r"\bconcurrent(?:ly)?\b|\bsimultaneous(?:ly)?\b|\bat the same time\b",
    "96375": r"\b(?:second|another|additional|new|different) (?:drug|medication|agent)\b[^.]{0,40}\bpush|"
             r"\bpush\w*[^.]{0,120}\bthen\b[^.]{0,80}\bpush|\bsequential (?:iv )?push",
    "96376": r"\bsame drug\b[^.]{0,60}\b(?:again|repeat)|\brepeat(?:ed)? (?:iv )?push of the same",
    "96361": r"\bhydration\b",
    # prolonged clinical staff time: only when the note says staff (not the practitioner) spent it
    "99415": r"\bclinical staff\b|\bnurs(?:e|ing)\b|\bmedical assistant\b|\bstaff time\b",
    "99416": r"\bclinical staff\b|\bnurs(?:e|ing)\b|\bmedical assistant\b|\bstaff time\b",
    "96417": r"\bsequential\b|\b(?:second|another|additional) (?:chemo|drug|agent)",
    "96411": r"\b(?:second|another|additional) (?:chemo|drug|agent)[^.]{0,40}\bpush",
}
_HOUR_ADDON = {"96365": "96366", "96367": "96366", "96413": "96415", "96360": "96361", "96422": "96423",
               "96416": "96417"}


def _sequence_ok(state: CaseState, code: str, parent: str) -> bool:
    import re

    if code == "96361" and parent == "96360":
        return True
    if code in ("96366", "96415", "96423") and _HOUR_ADDON.get(parent) != code:
        return False
    cue = _SEQUENCE_CUES.get(code)
    return cue is None or bool(re.search(cue, state.text, re.I))


def add_ons(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> list[Choice]:
    out = []
    have = {c.code for c in chosen}
    for parent in [c for c in chosen if c.recommended]:
        ctx = context_for(state, parent.group) if parent.group else None
        for code in cat.addons_of.get(parent.code, []):
            entry = cat.get(code)
            if code in have or entry is None or ctx is None:
                continue
            if any(f not in ctx.features(False) for f in entry.with_):
                continue
            if any(f in ctx.features(True) for f in entry.without):
                continue
            if not _sequence_ok(state, code, parent.code):
                continue
            if code in _ORDINAL_ADDONS:
                if item_count(ctx, "level") >= _ORDINAL_ADDONS[code]:
                    out.append(Choice(code, entry, True, 0.0, units=1, evidence=list(parent.evidence),
                                      notes=[f"add-on to {parent.code}: level {_ORDINAL_ADDONS[code]}"
                                             f"{'' if _ORDINAL_ADDONS[code] == 2 else ' and beyond'}"]))
                    have.add(code)
                continue
            n = _addon_units(state, entry, parent, ctx)
            named = any(code in m.codes and parent.code not in m.codes and m.fact.assertion == "present"
                        for m in state.mentions)  # "Mohs" names every Mohs code: not the block add-on by itself
            named = named or (code in _SEQUENCE_CUES and code != "96361" and getattr(entry, "per", None) is None)
            by_feature = bool(entry.with_) and getattr(entry, "per", None) is None
            if (n > 0 and getattr(entry, "per", None) is not None) or named or by_feature:
                out.append(Choice(code, entry, True, 0.0, units=max(n, 1), evidence=list(parent.evidence),
                                  notes=[f"add-on to {parent.code}"]))
                have.add(code)
    return out


def panels(cat: EngineCatalog, chosen: list[Choice], state: CaseState) -> None:
    """Drop components when their panel is chosen."""
    rec = {c.code: c for c in chosen if c.recommended}
    for code, comps in labs.panel_list(cat):  # every component of a larger panel, e.g. CMP + CBC + TSH = 80050
        if code not in rec and len(comps) > 1 and comps <= set(rec) and cat.get(code) is not None:
            ev = [f for comp in comps for f in rec[comp].evidence[:1]]
            panel = Choice(code, cat.get(code), True, 0.0, evidence=ev,
                           notes=[f"every component of panel {code} was performed"])
            chosen.append(panel)
            rec[code] = panel
    for c in list(rec.values()):
        for comp in getattr(c.entry, "components", []) or []:
            if comp in rec:
                rec[comp].recommended = False
                rec[comp].notes.append(f"not chosen: included in panel {c.code}")
                state.warnings.append(f"{comp} is part of panel {c.code} and is not billed separately")


def bundle(cat: EngineCatalog, chosen: list[Choice], state: CaseState) -> None:
    rec = [c for c in chosen if c.recommended]
    for a in rec:
        for b in rec:
            if a is b or not a.recommended or not b.recommended:
                continue
            edit = cat.bundling(a.code, b.code)
            if edit is None or getattr(edit, "column1", a.code) != a.code:
                continue
            ind = getattr(edit, "modifier_indicator", 0)
            if ind == 9:
                continue
            distinct = _distinct(state, a, b) or bool({"59", "XS", "XE", "XU", "XP"} & set(b.modifiers))
            if ind == 1 and distinct:
                b.modifiers.append("XS" if not {"59", "XS", "XE", "XU", "XP"} & set(b.modifiers) else "")
                state.warnings.append(f"{b.code} bundles into {a.code}; kept with XS because the sites are distinct")
            else:
                b.recommended = False
                b.notes.append(f"not chosen: bundled into {a.code} ({getattr(edit, 'reason', 'NCCI edit')})")
                state.warnings.append(f"{b.code} is bundled into {a.code} and is not billed separately")


def _distinct(state: CaseState, a: Choice, b: Choice) -> bool:
    sa = {f.value for f in state.facts if f.kind == "site" and any(f.sentence == state.sentence_of(e.start) for e in a.evidence)}
    sb = {f.value for f in state.facts if f.kind == "site" and any(f.sentence == state.sentence_of(e.start) for e in b.evidence)}
    if sa and sb and not sa & sb:
        return True
    ca, cb = _clause_sites(state, a), _clause_sites(state, b)  # "excision of SCC of the back; biopsy of the shoulder"
    return bool(ca and cb and not ca & cb)


_CLAUSE_END = re.compile(r"[.;\n]")


def _clause_sites(state: CaseState, c: Choice) -> set[str]:
    """Sites named in the same clause (between '.', ';' or line ends) as the choice's own procedure words."""
    out: set[str] = set()
    sites = [f for f in state.facts if f.kind == "site" and f.assertion == "present"]
    for e in c.evidence:
        if e.kind != "procedure":
            continue
        m = None
        for m in _CLAUSE_END.finditer(state.text, 0, e.start):
            pass
        start = m.end() if m else 0
        end_m = _CLAUSE_END.search(state.text, e.end)
        end = end_m.start() if end_m else len(state.text)
        out |= {f.value for f in sites if start <= f.start < end}
    return out


# "without ultrasound guidance" (20610) does not include fluoroscopic guidance (77002 is reported beside it)
_NO_GUIDANCE = re.compile(r"\b(?:without|no)\s+(?:\w+\s+){0,2}(?:guidance|imaging)")
_GUIDANCE = {"76000", "76001", "77001", "77002", "77003", "76942", "77012", "77021", "76998", "76937"}
_INCLUDES_IMAGING = ("guidance", "with imaging", "fluoroscop", "ultrasound-guided", "ultrasound guid", "image-guided",
                     "ct guid", "imaging", "cholangiogra")


def guidance(chosen: list[Choice], state: CaseState) -> None:
    """Imaging guidance is not reported beside a procedure whose code includes its own imaging."""
    rec = [c for c in chosen if c.recommended]
    needle = next((c for c in rec if c.code in ("77001", "77002", "77003")), None)
    for g in [c for c in rec if c.code in ("76000", "76001")] if needle else []:
        g.recommended = False  # the fluoroscopy is the needle guidance already coded
        g.notes.append(f"not chosen: the fluoroscopy is the guidance reported as {needle.code}")
    rec = [c for c in rec if c.recommended]
    for g in [c for c in rec if c.code in _GUIDANCE]:
        host = next((c for c in rec if c is not g and c.code not in _GUIDANCE and (any(
            w in _NO_GUIDANCE.sub("", (getattr(c.entry, "description", "") or "").lower()) for w in _INCLUDES_IMAGING)
            or any(f.startswith("guidance") for f in getattr(c.entry, "with_", []) or []))), None)
        if host is not None:
            g.recommended = False
            g.notes.append(f"not chosen: imaging guidance is included in {host.code}")
            state.warnings.append(f"{g.code} is included in {host.code} (the code covers its own imaging guidance)")


def narrative_tests(chosen: list[Choice], state: CaseState) -> None:
    """In an operative note whose procedure list names what the surgeon did, a diagnostic study or test named
    only in the findings or the description ("specimen radiograph confirmed the clip", "syndesmosis stable on
    stress test", "chest x-ray read by radiology") is not the surgeon's to report."""
    rec = [c for c in chosen if c.recommended]
    held = [c for c in chosen if not c.recommended and any(n.startswith("missing:") for n in c.notes)]

    def titled(c: Choice) -> bool:
        return any(f.kind == "procedure" and f.assertion == "present"
                   and sections.section_at(state, f.start) == "procedure" for f in c.evidence)

    if not any(titled(c) for c in rec):
        return
    for c in rec + held:
        e = c.entry
        if getattr(e, "action", "") in ("imaging", "test") and not getattr(e, "addon", False) \
                and c.code not in _GUIDANCE and getattr(e, "system", "") == "CPT" and not titled(c):
            c.recommended = False
            c.notes = [n for n in c.notes if not n.startswith(("missing:", "ask:"))]
            c.notes.append("not chosen: a study named only in the findings or description, not in the procedure list")


_GUIDED_WORDS = re.compile(r"\b(?:FNA|aspiration|biopsy|needle|guided|guidance)\b", re.I)
_SEPARATE_STUDY = re.compile(r"\b(?:diagnostic|complete|separate(?:ly)?|full|survey|prior to|before the)\b", re.I)


def guided_study(chosen: list[Choice], state: CaseState) -> None:
    """An ultrasound 'study' that is only the guidance of a guided procedure ("FNA of the thyroid nodule under
    ultrasound"): its mentions all sit in the procedure's sentences or on the guidance words, and nothing
    says a separate diagnostic study was done. The guided code includes it."""
    rec = [c for c in chosen if c.recommended]
    guided = [c for c in rec if "guidance_ultrasound" in (getattr(c.entry, "with_", []) or [])]
    if not guided:
        return
    host_sents = {m.fact.sentence for c in guided if c.group for m in c.group.mentions}
    guides = [f for f in state.present("feature") if f.value == "guidance_ultrasound"]
    for c in rec:
        e = c.entry
        if c in guided or c.group is None or getattr(e, "action", "") != "imaging" or c.code in _GUIDANCE \
                or "ultrasound" not in (e.short + " " + e.description).lower():
            continue
        present = [m.fact for m in c.group.mentions if m.fact.assertion == "present"]
        if present and all(f.sentence in host_sents or any(g.start < f.end and f.start < g.end for g in guides)
                           or _GUIDED_WORDS.search(state.text[slice(*state.sentences[f.sentence])])
                           for f in present) and not any(
                _SEPARATE_STUDY.search(state.text[slice(*state.sentences[f.sentence])]) for f in present):
            c.recommended = False
            c.notes.append(f"not chosen: the ultrasound is the guidance included in {guided[0].code}")


def mue(cat: EngineCatalog, chosen: list[Choice], state: CaseState) -> None:
    for c in chosen:
        limit = cat.mue(c.code)
        if c.recommended and limit and c.units > limit[0] > 0:
            state.warnings.append(f"{c.code}: {c.units} units exceed the unit limit (MUE) of {limit[0]} per day; "
                                  f"reduced to {limit[0]}")
            c.units = limit[0]


_OFFICE_EM = re.compile(r"^992(?:0[2-5]|1[2-5])$")


def preventive_and_problem(state: CaseState, chosen: list[Choice]) -> None:
    """A preventive visit with a significant, separately documented problem service: both visits, the
    problem-oriented one (office E/M by its own MDM or time) with modifier 25."""
    from .score import _PREVENTIVE_CODE, _PREVENTIVE_CUE

    visit = next((c for c in chosen if c.recommended and c.group is not None and c.group.kind == "visit"), None)
    if visit is None or not state.present("separate_em") or not _PREVENTIVE_CUE.search(state.text):
        return
    prev = bool(_PREVENTIVE_CODE.match(visit.code))
    if not prev and not _OFFICE_EM.match(visit.code):
        return
    want = _OFFICE_EM if prev else _PREVENTIVE_CODE
    other = next((c for c in visit.group.candidates if want.match(c.code) and c.score >= MIN_SCORE), None)
    if other is None or {"mdm", "patient", "age"} & set(other.missing) or any(
            a.startswith(("the patient is", "age")) or "outside this code's range" in a for a in other.against):
        return
    problem = Choice(other.code, other.entry, True, 0.0, evidence=_dedupe(other.evidence), group=visit.group,
                     notes=["a separately identifiable problem-oriented visit beside the preventive visit"])
    prob = problem if prev else visit
    chosen.insert(chosen.index(visit) + (1 if prev else 0), problem)  # the preventive visit first
    if "25" not in prob.modifiers:
        prob.modifiers.append("25")
        prob.notes.append("modifier 25: a significant, separately identifiable problem visit with the preventive visit")


def postop_unrelated(state: CaseState, chosen: list[Choice]) -> None:
    """A visit inside a surgery's global period for an unrelated problem is a paid E/M with modifier 24."""
    from .encounter import POSTOP

    text = state.text
    if not (POSTOP.search(text) or re.search(r"\bpost[- ]?op|\bafter (?:\w+ ){0,3}surgery|"
                                                    r"\b(?:days?|weeks?|months?) (?:after|following) (?:an? |the |his |her )?\w", text, re.I)):
        return
    if not re.search(r"\bunrelated\b|\bnot related to (?:the )?(?:surgery|procedure|operation)", text, re.I):
        return
    for c in chosen:
        if c.recommended and _OFFICE_EM.match(c.code) and "24" not in c.modifiers:
            c.modifiers.append("24")
            c.notes.append("modifier 24: an unrelated E/M during the postoperative period")


def em_with_procedure(chosen: list[Choice], state: CaseState) -> None:
    rec = [c for c in chosen if c.recommended]
    if any(c.code == "99024" for c in rec):  # a postop visit in the global period: the operation named is the past one
        for c in rec:
            if c.group is not None and c.group.kind == "procedure" and getattr(c.entry, "global_days", "") in (
                    "010", "090"):
                c.recommended = False
                c.notes.append("not chosen: the visit is a postoperative visit after this operation (99024)")
        rec = [c for c in rec if c.recommended]
    visits = [c for c in rec if c.group is not None and c.group.kind == "visit" and c.code != "99024"]
    procs = [c for c in rec if c.group is not None and c.group.kind == "procedure"
             and getattr(c.entry, "global_days", "") in ("000", "010", "090")]
    if visits and not procs and _DECISION.search(state.text) and _SOON.search(state.text):
        procs = _planned_major(state)  # the visit where the major operation was decided (done later): 57
    if visits and procs:
        mod = payer.em_modifier(visits[0], procs)
        for v in visits:
            if mod not in v.modifiers:
                v.modifiers.append(mod)
                v.notes.append("modifier 57: the visit where the decision for major surgery was made" if mod == "57"
                               else "modifier 25: a significant, separately identifiable E/M on the day of a procedure")


_DECISION = re.compile(r"\bdecision\b[^.]{0,40}?\b(?:for surgery|to (?:perform|proceed|operate|do|schedule))|\bdecided to (?:perform|proceed|"
                       r"operate|do)|\bdecides? on\b|\bdecided on\b|\bdecision for surgery\b|\bagreed to (?:proceed|surgery)|\bconsented for surgery\b", re.I)

_SOON = re.compile(r"\b(?:today|tomorrow|same day|next day|this (?:afternoon|evening|morning)|tonight|later today|"
                   r"the following (?:day|morning)|next morning)\b", re.I)


def _planned_major(state: CaseState) -> list[Choice]:
    """Planned (not yet done) procedures the note names whose best code has a 90-day global period."""
    from .catalog_view import engine_catalog

    out = []
    cat = engine_catalog()
    for m in state.mentions:
        if m.fact.assertion == "hypothetical":
            for code in m.codes:
                e = cat.get(code)
                if e is not None and getattr(e, "global_days", "") == "090":
                    out.append(Choice(code, e, False, 0.0))
                    return out
    return out


_FACILITY_EM = re.compile(r"^99(?:22[1-3]|23[1-9]|28[1-5]|29[12])$")
_DRUG_ADMIN = re.compile(r"^963(?:6\d|7\d)$")


def facility_drug_admin(chosen: list[Choice], state: CaseState) -> None:
    """A hospital, observation or ED visit note that mentions IV fluids or an injection: the hospital's staff
    gave it and the facility bills the administration; the physician's claim carries the visit only."""
    if not any(c.recommended and _FACILITY_EM.match(c.code) for c in chosen):
        return
    for c in chosen:
        if c.recommended and _DRUG_ADMIN.match(c.code):
            c.recommended = False
            c.notes.append("not chosen: in the hospital or ED the facility bills drug and fluid administration")


_NO_EM = re.compile(r"\bno (?:separate|separately identifiable|additional|significant) (?:E/M|E&M|E and M|visit|"
                    r"evaluation|office visit)|\bno E/M\b|\bE/M (?:is |was )?not (?:billed|separately|documented)|"
                    r"\bonly came in for\b|\bcame in only for\b|\bvisit was (?:only|solely) for\b|"
                    r"\bnurse[- ]only visit for (?:the )?injection", re.I)
_CASTS = re.compile(r"^29[0-5]\d\d$")
# a test the visit's physician interpreted as part of the decision making ("independently interpreted the
# ECG", "counted in the MDM, not billed separately") is an E/M data element, not a separate service
_IN_MDM = re.compile(r"\bindependent(?:ly)? (?:interpret|review)|(?<!not )\b(?:counted|credited|included) (?:in|toward|towards|as part of) "
                     r"(?:the )?(?:MDM|medical decision|decision making|E/M)|\bnot (?:billed|reported|coded) separately\b", re.I)


def _mdm_only(state: CaseState, group: Group) -> bool:
    if group.kind == "visit" or not any(g.kind == "visit" for g in state.groups):
        return False
    for sid in group.sentences:
        if 0 <= sid < len(state.sentences):
            a, b = state.sentences[sid]
            if _IN_MDM.search(state.text[a:b]):
                return True
    return False


def fracture_care(chosen: list[Choice], state: CaseState) -> None:
    """Closed or open fracture/dislocation treatment includes the first cast or splint."""
    care = next((c for c in chosen if c.recommended and re.search(r"\b(?:fracture|dislocation)\b",
                 (getattr(c.entry, "short", "") or "").lower()) and "treatment" in (c.entry.short or "").lower()), None)
    if care is None:
        return
    for c in chosen:
        if c.recommended and _CASTS.match(c.code):
            c.recommended = False
            c.notes.append(f"not chosen: the first cast or splint is part of the fracture care {care.code}")


def run(state: CaseState, cat: EngineCatalog) -> None:
    chosen: list[Choice] = []
    no_em = bool(_NO_EM.search(state.text))
    for group in state.groups:
        if no_em and group.kind == "visit":
            continue
        if _mdm_only(state, group):
            continue
        c = choose(state, group)
        if c is None:
            continue
        twin = next((o for o in chosen if o.code == c.code or _siblings(o, c)), None)
        if twin is not None:
            if _outranks(c, twin):  # "knee scope" then "partial meniscectomy": the specific one
                chosen[chosen.index(twin)] = c
            continue
        chosen.append(c)
    for c in list(chosen):  # "closed reduction" matched only other sites' codes beside today's wrist fracture
        g = c.group
        best = g.candidates[0] if g is not None and g.candidates else None
        if best is not None and any(a.startswith("site is") for a in best.against) and any(
                o is not c and o.group is not None and o.group.sentences & g.sentences and o.group.candidates
                and "site matches" in o.group.candidates[0].reasons for o in chosen):  # the site is the other's
            chosen.remove(c)
    for c in chosen:
        modifiers.apply(state, c)
        if c.group is not None and c.group.kind == "anesthesia":
            services.anesthesia_modifiers(state, c)
        if getattr(c.entry, "is_drug", False):
            units.drug_choice_units(state, c)
    services.one_anesthesia(chosen)
    extra = add_ons(state, cat, chosen)
    for c in extra:
        modifiers.apply(state, c)
    chosen.extend(extra)
    families.biopsies(state, cat, chosen)
    families.cardiac_cath(state, cat, chosen)
    families.endoscopy(state, cat, chosen)
    families.hernia(state, cat, chosen)
    families.therapy(state, cat, chosen)
    families.psychotherapy_with_em(state, cat, chosen)
    families.lesions(state, cat, chosen)
    families.debridement(state, cat, chosen)
    families.stress_pieces(state, cat, chosen)
    families.stress_vague(state, chosen)
    families.surgical_pathology(state, cat, chosen)
    services.local_anesthetics(state, chosen)
    chosen.extend(services.administration(state, cat, chosen))
    chosen.extend(services.contraceptive_devices(state, cat, chosen))
    chosen.extend(services.hydration_fluid(state, cat, chosen))
    services.hydration_second(state, cat, chosen)
    services.labor_anesthesia(state, cat, chosen)
    services.obstetric(state, cat, chosen)
    services.no_vaccine(state, chosen)
    units.timed_units(state, chosen, {})
    units.item_units(state, chosen, context_for)
    for c in chosen:
        payer.apply(state, c, chosen)
    labs.run(state, cat, chosen)
    panels(cat, chosen, state)
    fracture_care(chosen, state)
    preventive_and_problem(state, chosen)
    postop_unrelated(state, chosen)
    em_with_procedure(chosen, state)
    bundle(cat, chosen, state)
    guidance(chosen, state)
    narrative_tests(chosen, state)
    guided_study(chosen, state)
    facility_drug_admin(chosen, state)
    medicare.run(state, cat, chosen)
    mue(cat, chosen, state)
    for c in chosen:
        c.modifiers = [m for m in dict.fromkeys(c.modifiers) if m]
    chosen.sort(key=_tier)
    state.choices = chosen


def _tier(c: Choice) -> int:
    """Answer order: procedures and visits, then their add-ons, then drugs and supplies."""
    if getattr(c.entry, "is_drug", False) or (c.code[:1] in "JQA" and getattr(c.entry, "system", "") == "HCPCS"):
        return 2
    if "97010" <= c.code <= "97028":
        return 1  # untimed supervised modalities after the timed therapy
    return 1 if getattr(c.entry, "addon", False) else 0
