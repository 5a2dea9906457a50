"""Scoring: each candidate code of a group against the structured facts the
text gives.  Required features present, excluded features absent, approach,
site, sizes/lengths/areas/counts/times/ages inside the code's ranges, patient
type, decision-making level and setting each add or subtract; a deciding
fact the text lacks is recorded as *missing* so the explanation can ask."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import encounter, numbers
from .lexicon import SITE_GROUPS, specific_vaccine_term
from .model import Candidate, CaseState, Fact, Group
from .score_detail import contrast as _contrast, contrast_state, distinctive as _distinctive, drug as _drug, pointers
from .score_detail import fixed_dose as _fixed_dose, gestation as _gestation, laterality as _laterality
from .score_detail import setting_default as _setting_default, wear_length as _wear
from .text import norm_phrase, tokens

_SURGICAL_APPROACHES = {"open", "laparoscopic", "endoscopic", "percutaneous", "arthroscopic", "thoracoscopic"}
_GENERIC_SITE = {"joint", "small", "large", "major", "intermediate", "skin", "soft", "tissue", "body", "whole",
                 "subcutaneous", "muscle", "bone", "other", "upper", "lower", "blood", "vessel", "nerve", "of", "and"}
_GENERIC_SITES = {"skin", "whole body", "blood", "soft tissue", "subcutaneous tissue", "urine", "serum", "body",
                  "any", "plasma", "specimen", "skin and subcutaneous tissue", "muscle", "nerve", "stool",
                  "musculoskeletal system"}
_PREVENTIVE_CODE = re.compile(r"^99(?:38[1-7]|39[1-7])$")
_PREVENTIVE_CUE = re.compile(r"\bpreventive|\bannual (?:physical|exam|check|visit|well)|\bphysical(?: exam)?\b|"
                             r"\bwell[- ](?:visit|child|woman|man|baby|exam|check)|\bwellness\b|\bcheck[- ]?up\b|"
                             r"\bCPE\b|\broutine (?:physical|exam|health)|\bhealth maintenance\b|"
                             r"\b\d+[- ](?:year|month|yr|mo)[- ](?:old )?(?:well|wcc|check)|\bWCC\b|\bEPSDT\b|"
                             r"\bsports physical\b|\bschool physical\b", re.I)
_MDM_RANK = {"straightforward": 0, "low": 1, "moderate": 2, "high": 3}


@dataclass
class Context:
    """The facts near a group (its sentences and their neighbours) and in the whole case."""

    own: list[Fact]
    near: list[Fact]
    doc: list[Fact]
    local_words: set[str] = field(default_factory=set)
    negated_features: set[str] = field(default_factory=set)
    contrast: str | None = None  # without | with | without_and_with, as the note states it
    prof_only: bool = False  # the note says the provider only reads and reports
    text: str = ""  # the case text (fact offsets index into it)

    def kind(self, kind: str, local: bool = True) -> list[Fact]:
        """Facts of a kind in the group's own sentences, else their neighbours (or the whole case)."""
        if not local:
            return [f for f in self.doc if f.kind == kind]
        own = [f for f in self.own if f.kind == kind]
        return own or [f for f in self.near if f.kind == kind]

    def features(self, local: bool = True) -> set[str]:
        said = {f.value for f in self.kind("feature", local)}
        if any(v.startswith("guidance_") for v in said):  # ultrasound/CT/fluoroscopic guidance is imaging guidance
            said.add("imaging_guidance")
        if self.prof_only:  # "interpretation and report only": the professional-only sibling (93010 over 93000)
            said.add("interpretation_only")
            said.discard("tracing_only")  # "the hospital bills the technical component" is not our tracing
        return said


def context_for(state: CaseState, group: Group) -> Context:
    sids = group.sentences
    near = sids | {s + 1 for s in sids} | {s - 1 for s in sids}
    doc = [f for f in state.facts if f.assertion == "present"]
    own = [f for f in doc if f.sentence in sids]
    local = [f for f in doc if f.sentence in near]
    words: set[str] = set()
    gone = [(f.start, f.end) for f in state.facts if f.kind in ("procedure", "feature") and f.assertion != "present"
            and f.sentence in sids]  # "no matrixectomy": a denied procedure's words are not the note's words
    for sid in sids:
        if 0 <= sid < len(state.sentences):
            s, e = state.sentences[sid]
            words.update(t for t, a, _ in tokens(state.text[s:e]) if not any(x <= s + a < y for x, y in gone))
    neg = {f.value for f in state.facts if f.kind == "feature" and f.assertion == "negated"}
    ctx = Context(own, local, doc, words, neg, text=state.text)
    if any(getattr(c.entry, "professional_only", False) for c in group.candidates[:8]):
        from .modifiers import _PROF_ONLY

        ctx.prof_only = bool(_PROF_ONLY.search(_uncoded_free(state)))
    if any(c.entry.contrast for c in group.candidates[:8]):
        spans = [state.sentences[s] for s in sorted(near) if 0 <= s < len(state.sentences)]
        said = contrast_state(" ".join(_study_clauses(state, group)))
        said = said or contrast_state(" ".join(state.text[a:b] for a, b in spans))
        ctx.contrast = said or contrast_state(_uncoded_free(state))
    return ctx


_NEXT_STUDY = re.compile(r"(?:;\s*|\b(?:and|plus|then)\s+)(?=(?:an? |the )?(?:CT|MRI|MRA|CTA|PET|x-?ray|XR|CXR|ultrasound|US)\b)",
                         re.I)


def _study_clauses(state: CaseState, group: Group) -> list[str]:
    """The part of each mention's sentence that belongs to its own study: "noncontrast CT of the abdomen and CT of
    the chest with IV contrast" gives each CT its own contrast."""
    out = []
    for m in group.mentions:
        sid = m.fact.sentence
        if not 0 <= sid < len(state.sentences):
            continue
        s, e = state.sentences[sid]
        cuts = [s] + [s + x.end() for x in _NEXT_STUDY.finditer(state.text[s:e])] + [e]
        for a, b in zip(cuts, cuts[1:]):
            if a <= m.fact.start < b:
                out.append(state.text[a:b])
    return list(dict.fromkeys(out))


def _uncoded_free(state: CaseState) -> str:
    """The case text without ignored zones (quoted replies, signatures)."""
    out, pos = [], 0
    for a, b, _ in sorted(state.ignored):
        out.append(state.text[pos:a])
        pos = max(pos, b)
    out.append(state.text[pos:])
    return " ".join(out)


def _nearest(facts: list[Fact], pos: int) -> Fact | None:
    return min(facts, key=lambda f: abs(f.start - pos)) if facts else None


def _range_check(c: Candidate, name: str, rng: object, value: float | None, fact: Fact | None,
                 weight: float = 2.5) -> None:
    if rng is None:
        return
    if value is None:
        c.missing.append(name)
        return
    if rng.contains(value):  # type: ignore[attr-defined]
        c.score += weight
        c.reasons.append(f"{name} {value:g} fits")
        if fact:
            c.evidence.append(fact)
    else:
        c.score -= 2 * weight
        c.against.append(f"{name} {value:g} is outside this code's range")


def _nested(m: object, group: Group) -> bool:
    """A mention inside a longer mention of the same group ("lateral meniscectomies" in "medial + lateral
    meniscectomies") is part of that phrase, not a further statement of the procedure."""
    a, b = m.fact.start, m.fact.end  # type: ignore[attr-defined]
    return any(o is not m and o.fact.start <= a and b <= o.fact.end and (o.fact.end - o.fact.start) > b - a
               for o in group.mentions)


def _terms(c: Candidate, group: Group) -> None:
    strength = [(m.codes.get(c.code, 0.0) * (3.0 + 0.4 * (len(m.term.split()) - 1)), m) for m in group.mentions]
    best, top = max(((h, m) for h, m in strength), key=lambda x: x[0], default=(0.0, None))
    spans: dict[tuple[int, int], float] = {}  # further statements: distinct spans, none inside a longer mention
    for h, m in strength:
        if h > 0 and not _nested(m, group):
            key = (m.fact.start, m.fact.end)
            spans[key] = max(spans.get(key, 0.0), h)
    if top is not None:
        spans.pop((top.fact.start, top.fact.end), None)
    hits = [best] + sorted(spans.values(), reverse=True)
    e = c.entry
    levelless = not (e.patient or e.mdm or e.time is not None or e.setting or e.age)
    if group.kind == "visit" and not (levelless and any(  # a visit with no level named by its own words
            m.codes.get(c.code, 0) >= 0.8 and len(m.codes) == 1 and len(m.term.split()) >= 2  # ("postop visit")
            and m.fact.assertion == "present" for m in group.mentions)):
        best = min(best, 1.0)
    c.score += best + 0.5 * min(sum(h > 0 for h in hits[1:]), 3)
    if best:
        c.evidence.extend(m.fact for m in group.mentions if c.code in m.codes)
        c.reasons.append("named in the note")


def _features(c: Candidate, ctx: Context) -> None:
    local, doc = ctx.features(True), ctx.features(False)
    if ctx.prof_only and getattr(c.entry, "pctc_ind", "") == "4":  # global-only test: its read has its own code
        c.score -= 3.0
        c.against.append("the note bills only the professional part, which has its own code")
    for feat in c.entry.with_:
        if feat in local:
            c.score += 2.0
            c.reasons.append(f"{feat.replace('_', ' ')} documented")
            c.evidence.extend(f for f in ctx.kind("feature") if f.value == feat)
        elif feat in doc:
            c.score += 1.0
            c.reasons.append(f"{feat.replace('_', ' ')} documented")
        else:
            c.score -= 2.5
            c.against.append(f"needs {feat.replace('_', ' ')}, which the note does not document")
            if feat.startswith("gestation_"):  # before / from 14 weeks: a deciding fact the answer asks for
                c.missing.append("gestation")
            elif feat not in ctx.negated_features:
                c.missing.append(f"feature:{feat}")
    for feat in c.entry.without:
        if feat in local:
            c.score -= 3.0
            c.against.append(f"the note documents {feat.replace('_', ' ')}")
        elif feat in doc:
            c.score -= 1.0
            c.against.append(f"the note documents {feat.replace('_', ' ')}")
        else:
            c.score += 0.3


def _approach(c: Candidate, ctx: Context) -> None:
    want = c.entry.approach
    said = {f.value for f in ctx.kind("approach")} & _SURGICAL_APPROACHES
    if want == "external" and "open" in said and "internal_fixation" in ctx.features(False) \
            and getattr(c.entry, "action", "") in ("fracture care", "reduction"):
        c.score -= 3.0  # closed care of a fracture the note fixed open ("ORIF with a plate")
        c.against.append("the fracture was fixed open")
        return
    if not want or want not in _SURGICAL_APPROACHES or getattr(c.entry, "action", "") in ("vaccine", "drug supply"):
        return  # a vaccine or drug product has no surgical approach to ask about
    if want in said:
        c.score += 2.0
        c.reasons.append(f"{want} approach")
        c.evidence.extend(f for f in ctx.kind("approach") if f.value == want)
    elif said:
        c.score -= 3.0
        c.against.append(f"approach was {', '.join(sorted(said))}, not {want}")
    else:
        c.missing.append("approach")


_DIGIT_SITES = frozenset({"finger", "toe"})  # "thumb IP joint" is a finger joint, "great toe MTP" a toe joint
_SPINE_REGIONS = frozenset({"cervical spine", "thoracic spine", "lumbar spine", "sacrum"})


def _site(c: Candidate, ctx: Context) -> None:
    sites = [s.lower() for s in c.entry.site]
    if not sites or set(sites) <= _GENERIC_SITES:
        return
    # a level range ("L3-4") speaks only to codes sited by spine region
    regional = any(s.endswith("spine") or s == "sacrum" for s in sites)
    said = [f for f in ctx.kind("site") if regional or f.value not in _SPINE_REGIONS]
    if not said:  # "Closed in layers, repair length 3.5 cm": the site is the one the case names
        doc = [f for f in ctx.kind("site", local=False) if regional or f.value not in _SPINE_REGIONS]
        if len({SITE_GROUPS.get(f.value, (f.value,)) for f in doc}) == 1:  # "nasal" and "nose" are one place
            said = doc
    words = {w for f in said for w in SITE_GROUPS.get(f.value, (f.value,))} | {f.value for f in said}
    site_words = {w for s in sites for w in norm_phrase(s)} - _GENERIC_SITE
    if words & set(sites) or site_words & ctx.local_words or (said and words & site_words & _DIGIT_SITES) or any(
            w.startswith(sw) for sw in site_words if len(sw) >= 5 for w in ctx.local_words):  # "ureteral" stent
        c.score += 1.5
        c.reasons.append("site matches")
        c.evidence.extend(f for f in said if set(SITE_GROUPS.get(f.value, ())) & set(sites))
    elif said and not all(_complaint(ctx, f) for f in said):
        c.score -= 1.5
        c.against.append(f"site is {', '.join(sorted({f.text.lower() for f in said}))}")
    elif not said:
        c.missing.append("site")


_SYMPTOM = re.compile(r"\s*(?:wall\s+)?(?:pain|discomfort|tightness|pressure|ache|complaints?)\b", re.I)


def _complaint(ctx: Context, f: Fact) -> bool:
    """A site named only as the patient's complaint ("chest pain") is not where a test was done."""
    return bool(_SYMPTOM.match(ctx.text[f.end:f.end + 20]))


def _measures(c: Candidate, state: CaseState, group: Group, ctx: Context) -> None:
    anchor = group.mentions[0].fact.start
    e = c.entry
    if e.size is not None:
        f = _nearest(ctx.kind("measure"), anchor)
        value = f.value if f else None
        if _EXCISION.match(c.code):
            excised = excised_diameter(state)
            if excised is not None:
                value, f = excised
        _range_check(c, "size", e.size, value, f)
    if e.length is not None:
        total = summed_length(state, ctx, e)
        if total is not None and e.length.max is not None and total > e.length.max and _measured_addon(e, "cm"):
            total = e.length.max  # "complex repair 9 cm": the 2.6-7.5 cm code plus its per-5-cm add-on
        _range_check(c, "length", e.length, total, None)
    if e.area is not None and not e.addon:
        f = _nearest(ctx.kind("area"), anchor)
        value = f.value if f else None
        if value is not None and e.area.max is not None and value > e.area.max and _measured_addon(e, "sq"):
            value = e.area.max  # "debrided 45 sq cm": the first-20-sq-cm code plus its per-20-sq-cm add-on
        _range_check(c, "area", e.area, value, f)
    if e.count is not None and not e.addon:
        f = _count_for(ctx, e.count.of, group)
        value = f.value if f else None
        if value is not None and e.count.max is not None and value > e.count.max and _counted_addon(e, value):
            value = e.count.max  # "12 AKs": the first-lesion code plus its per-lesion add-on
        _range_check(c, "count", e.count, value, f, weight=1.5)
    if e.time is not None and e.time.unit.startswith("hour"):  # Holter / patch monitors by wear time
        worn = [w for w in numbers.wear_hours(state.text) if not any(a <= w[0] < b for a, b, _ in state.ignored)]
        value = min(worn, key=lambda w: abs(w[0] - anchor))[1] if worn else None
        _range_check(c, "recording time (hours)", e.time, value, None)
    if e.age is not None:
        f = next(iter(ctx.kind("age", local=False)), None)
        age = math.floor(_age_in(f, e.age.unit) + 1e-9) if f else None  # ages count in whole years (3 months is 0)
        _range_check(c, "age", e.age, age, f, weight=1.5)
        if f is None and getattr(e.age, "max", None) is not None:
            c.score -= 0.6  # no age stated: a code capped at an age (infant spirometry) is the less likely reading


_EXCISION = re.compile(r"^11(?:4[0-4]\d|6[0-4]\d)$")
_EXCISED = re.compile(r"\bexcised diameter\b[^.;\d]{0,40}?(\d+(?:\.\d+)?)\s*(cm|mm)|(\d+(?:\.\d+)?)\s*(cm|mm)\s+"
                      r"(?:total )?excised diameter|\b(?:total )?excision (?:diameter|size)\b[^.;\d]{0,20}?(\d+(?:\.\d+)?)\s*(cm|mm)",
                      re.I)
_MARGIN = re.compile(r"(\d+(?:\.\d+)?)\s*(mm|cm)\s+(?:\w+\s+){0,2}margins?|margins?(?: of|:)?\s+(\d+(?:\.\d+)?)\s*(mm|cm)", re.I)
_LESION_SIZE = re.compile(r"\b(?:lesion|nevus|cyst|tumou?r|papule|carcinoma|melanoma|bcc|scc|mass|macule|nodule)\b"
                          r"[^.;\d]{0,40}?(\d+(?:\.\d+)?)\s*(cm|mm)|(\d+(?:\.\d+)?)\s*(cm|mm)\s+(?:\w+\s+){0,2}"
                          r"(?:lesion|nevus|cyst|tumou?r|papule|carcinoma|melanoma|bcc|scc|mass|macule|nodule)", re.I)


def _cm(num: str, unit: str) -> float:
    return float(num) / 10 if unit.lower() == "mm" else float(num)


def excised_diameter(state: CaseState) -> tuple[float, Fact | None] | None:
    """Lesion excision size: the excised diameter when stated, else the lesion plus a margin on each side."""
    m = _EXCISED.search(state.text)
    if m:
        num, unit = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        fact = next((f for f in state.facts if f.kind == "measure" and m.start() <= f.start < m.end()), None)
        return _cm(num, unit), fact
    les, mar = _LESION_SIZE.search(state.text), _MARGIN.search(state.text)
    if les and mar:
        ln, lu = (les.group(1), les.group(2)) if les.group(1) else (les.group(3), les.group(4))
        mn, mu = (mar.group(1), mar.group(2)) if mar.group(1) else (mar.group(3), mar.group(4))
        return round(_cm(ln, lu) + 2 * _cm(mn, mu), 2), None
    return None


def _age_in(f: Fact, unit: str) -> float:
    years = float(f.value)
    return years * 12 if unit.startswith("month") else years * 365 if unit.startswith("day") else years


def _count_for(ctx: Context, of: str, group: Group | None = None) -> Fact | None:
    facts = [f for f in ctx.kind("count") if f.unit != "times"]
    stem = (of or "").rstrip("s")[:5]
    hit = [f for f in facts if stem and f.unit.startswith(stem)]
    if stem == "view" and len(hit) > 1 and group is not None:  # "knee 3v and CXR PA/lat": each film its own count
        spans = [(m.fact.start, m.fact.end) for m in group.mentions]
        return min(hit, key=lambda f: min(f.start - b if f.start >= b else (a - f.end) * 2 if f.end <= a else 0
                                          for a, b in spans))
    if not hit and stem == "visit":  # face-to-face visits in a month are counted anywhere in the note
        hit = [f for f in ctx.kind("count", local=False) if f.unit.startswith(("visit", "occasion"))]
    times = [f for f in ctx.kind("count") if f.unit == "times"]  # "nerve conduction studies x 7"
    return (hit or facts or times or [None])[0]


_REPAIR_LEN = re.compile(r"\brepair(?:ed)? length\b|\blength of (?:the )?(?:repair|closure|wound)|\bfinal length\b|"
                         r"\b(?:repair|closure|wound|incision|laceration)s?\b[^.;]{0,25}\b(?:measur\w*|length)\b|"
                         r"\bcm (?:long|in length)\b|\blong,? was closed|\bclosed (?:in layers )?(?:over|for) ", re.I)


def summed_length(state: CaseState, ctx: Context, entry: object) -> float | None:
    """Repair lengths in the group's sentences, summed within the code's anatomic group."""
    facts = ctx.kind("measure")
    labelled = [f for f in state.facts if f.kind == "measure" and f.assertion == "present" and _REPAIR_LEN.search(
        state.text[max(0, f.start - 45):f.end + 25])]
    if labelled:
        facts = labelled  # "final repair length 3.5 cm": not the lesion or its excised diameter
    if not facts:
        return None
    facts = _restated(state, facts)
    sites = {s.lower() for s in getattr(entry, "site", [])}
    site_facts = ctx.kind("site")
    total, any_site = 0.0, False
    for f in facts:
        near = _nearest(site_facts, f.start)
        if near is not None and abs(near.start - f.start) < 80:
            any_site = True
            if not set(SITE_GROUPS.get(near.value, (near.value,))) & sites:
                continue
        total += float(f.value)
    return round(total, 2) if total or not any_site else None


def _restated(state: CaseState, facts: list[Fact]) -> list[Fact]:
    """Drop a length the subject line or the procedure title only restates ("complex repair back 14 cm" over
    a body that says "Complex repair 14.0 cm"): the same wound, not a second one."""
    from .sections import section_at

    first = state.text.find("\n")
    first = len(state.text) if first < 0 else first

    def title(f: Fact) -> bool:
        return f.start < first or section_at(state, f.start) == "procedure"

    body = [f for f in facts if not title(f)]
    return [f for f in facts if not (title(f) and any(abs(float(b.value) - float(f.value)) < 1e-6 for b in body))]


def _encounter(c: Candidate, state: CaseState, ctx: Context) -> None:
    e = c.entry
    if e.patient:
        said = {f.value for f in ctx.kind("patient", local=False)}
        if e.patient in said:
            c.score += 2.0
            c.reasons.append(f"{e.patient} patient")
        elif said:
            c.score -= 4.0
            c.against.append(f"the patient is {'/'.join(sorted(said))}, not {e.patient}")
        else:
            c.missing.append("patient")
    if e.setting:
        said = {f.value for f in ctx.kind("setting", local=False)}
        if said & set(e.setting):
            c.score += 1.5
            c.reasons.append("setting matches")
        elif said:
            c.score -= 2.5
            c.against.append(f"setting is {', '.join(sorted(said))}")
    for flag in ("initial", "subsequent"):
        if getattr(e, flag) and ctx.kind(flag, local=False):
            c.score += 1.0
        elif getattr(e, flag) and ctx.kind("subsequent" if flag == "initial" else "initial", local=False):
            c.score -= 1.5
    _mdm_time(c, state, ctx)
    _hospital_day(c, state, ctx)
    _postop(c, state)
    if _PREVENTIVE_CODE.match(c.code) and not _PREVENTIVE_CUE.search(state.text):
        c.score -= 5.0
        c.against.append("the note describes no preventive (annual/well) visit")
    if "consult" in (e.short or "").lower() and not any("consult" in w for w in _doc_words(state)):
        c.score -= 2.0
        c.against.append("the note does not describe a consultation")


def _mdm_time(c: Candidate, state: CaseState, ctx: Context) -> None:
    e = c.entry
    level = next((f for f in ctx.kind("mdm", local=False)), None)
    t = [f for f in ctx.kind("time", local=False) if encounter.is_total_time(state.text, f)]
    if not t and e.time is not None and not e.mdm and e.time.unit.startswith("min") and not (
            set(e.without) & ctx.features()) and any(
            m.codes.get(c.code, 0) > 0 and m.term != "visit" and len(m.codes) <= 3 for m in state.mentions
            if m.fact.assertion == "present"):
        t = ctx.kind("time")  # "psychotherapy 55 minutes", "cessation counseling 12 min": the service's own minutes
    by_time = e.time is not None and bool(t) and (e.time.contains(max(f.value for f in t)) or _extends(e, t))
    if by_time:
        c.score += 2.5 + min(0.01 * float(e.time.min or 0), 0.8)  # the highest level whose time is met
        c.reasons.append(f"total time {max(f.value for f in t):g} min fits")
        c.evidence.append(max(t, key=lambda f: f.value))
    if e.mdm and level is not None:
        # hospital, observation and nursing-facility levels join straightforward and low in one code
        joint = level.value == "straightforward" and e.mdm == "low" and "straightforward" in (e.short or "").lower()
        if level.value == e.mdm or joint:
            c.score += 2.5
            c.reasons.append(f"{level.value} decision making")
            c.evidence.append(level)
        elif not by_time:
            c.score -= 1.5 * abs(_MDM_RANK[level.value] - _MDM_RANK.get(e.mdm, 0))
    elif e.time is not None and not e.mdm and not t and not e.addon and "critical_care" in (e.setting or []):
        c.missing.append("time_required")  # critical care is defined by its minutes: none stated, ask
    elif e.mdm and not t:
        c.missing.append("mdm")
    elif e.time is not None and t and not by_time and not e.mdm:
        c.score -= 2.0
    elif (not e.mdm and e.time is None and level is None and not t and getattr(e, "action", "") == "visit"
          and e.patient and not e.age and not _PREVENTIVE_CODE.match(c.code) and not _STAFF.search(state.text)
          and not _named_apart(c, state)):
        # a minimal visit (99211) is not the answer to a note that gives no level: ask for MDM or time
        c.score -= 0.5
        c.missing.append("mdm")
        c.against.append("no decision making or time documented to place the visit level")


_SAME_DAY_CODES = {"99234", "99235", "99236"}
_DISCHARGE_CODES = {"99238", "99239"}
_HOSPITAL_CODES = {"99221", "99222", "99223", "99231", "99232", "99233"}
_TCM_CODES = {"99495", "99496"}


def _hospital_day(c: Candidate, state: CaseState, ctx: Context) -> None:
    """Which hospital-day family the visit belongs to: admitted and discharged on one date (99234-99236),
    the discharge day (99238/99239), a later hospital day, or transitional care after a discharge."""
    if c.code not in _SAME_DAY_CODES | _DISCHARGE_CODES | _HOSPITAL_CODES | _TCM_CODES:
        return
    text = _uncoded_free(state)
    tcm = bool(encounter.TCM.search(text))
    discharge = bool(ctx.kind("discharge", local=False)) and not tcm
    same_day = discharge and bool(encounter.SAME_DAY.search(text)) and bool(
        ctx.kind("initial", local=False) or {f.value for f in ctx.kind("setting", local=False)} & {"observation"})
    if c.code in _TCM_CODES:
        if tcm:
            c.score += 3.0
            c.reasons.append("transitional care after a discharge")
            if c.code == "99496" and encounter.TCM_LATE.search(text):
                c.score -= 3.0
                c.against.append("the visit was not within 7 days of discharge")
        else:
            c.score -= 2.0
    elif c.code in _SAME_DAY_CODES:
        if same_day:
            c.score += 3.0
            c.reasons.append("admitted and discharged on the same date")
        else:
            c.score -= 2.0
    elif c.code in _DISCHARGE_CODES:
        if discharge and not same_day:
            c.score += 3.0
            c.reasons.append("discharge day")
        elif same_day or tcm:
            c.score -= 3.0
    elif discharge:
        c.score -= 2.5
        c.against.append("the visit is the discharge")


_OFFICE_VISIT = re.compile(r"^992(?:0[2-5]|1[1-5])$")


def _postop(c: Candidate, state: CaseState) -> None:
    """A routine check after surgery by the same surgeon is part of the global package (99024), not a paid visit."""
    if c.code != "99024" and not _OFFICE_VISIT.match(c.code):
        return
    text = _uncoded_free(state)
    postop = bool(encounter.POSTOP.search(text)) and not encounter.UNRELATED.search(text)
    if c.code == "99024":
        c.score += 3.0 if postop else -3.0
        if postop:
            c.reasons.append("routine visit inside the surgery's global period")
    elif postop and not _PREVENTIVE_CODE.match(c.code):
        c.score -= 2.0
        c.against.append("a routine postoperative visit is included in the global surgical package")


_STAFF = re.compile(r"\b(?:RN|LPN|MA|CMA|nurse|nursing|clinical staff|medical assistant|standing order|"
                    r"staff only|staff visit)\b")


def _named_apart(c: Candidate, state: CaseState) -> bool:
    """The note names this code by one of its own terms ("nurse visit"), not only as 'a visit'."""
    return any(m.codes.get(c.code, 0) >= 0.8 and m.term != "visit" and len(m.codes) <= 3 for m in state.mentions
               if m.fact.assertion == "present")


def _counted_addon(e: object, value: float) -> bool:
    """The code has an add-on that reports further lesions, levels or items beyond its own count
    (and the add-on's own range, when it has one, reaches ``value``)."""
    from .catalog_view import engine_catalog

    cat = engine_catalog()
    of = ((e.count.of if e.count is not None else "") or "").lower()  # type: ignore[attr-defined]
    for a in cat.addons_of.get(e.code, []):  # type: ignore[attr-defined]
        per = getattr(cat.get(a), "per", None)
        unit = (per.unit or "").lower() if per is not None else ""
        if of and unit and of[:4] != unit[:4]:
            continue  # 95907's add-ons count extremities, not nerve conduction studies
        if per is not None and not unit.startswith(("min", "hour", "sq")):
            rng = getattr(cat.get(a), "count", None)
            if rng is None or rng.max is None or value <= rng.max:
                return True
    return False


def _measured_addon(e: object, unit: str) -> bool:
    """The code has an add-on that reports each further block of length ("cm") or area ("sq") past its range."""
    from .catalog_view import engine_catalog

    cat = engine_catalog()
    for a in cat.addons_of.get(e.code, []):  # type: ignore[attr-defined]
        per_unit = (getattr(getattr(cat.get(a), "per", None), "unit", "") or "").lower()
        if (per_unit.startswith("sq") or "cm2" in per_unit) if unit == "sq" else per_unit == unit:
            return True
    return False


_PRODUCT_GENERIC = frozenset({"vaccine", "influenza", "flu", "product", "dose", "for", "use", "with", "and", "the", "per",
                              "injection", "intramuscular", "adult", "adults", "split", "virus", "live"})


_SCHEDULE = re.compile(r"\b(\d)-dose\b")
_SAID_SCHEDULE = re.compile(r"\b(\d)[- ]dose (?:series|schedule|regimen)\b|\bdose \d of (\d)\b|\b(?:first|second|third) of (?:the )?"
                            r"(\d)\b|\b\d(?:st|nd|rd) of (\d) doses\b", re.I)


def _product_words(c: Candidate, state: CaseState, group: Group) -> None:
    """Vaccine products: each descriptive word of the product the note does not say counts against it
    ("cell culture", "recombinant", "adjuvanted", "0.25 mL" when the note names none of them), unless
    the note names the product itself (a brand or valency: "Prevnar 20", "Fluzone High-Dose")."""
    if getattr(c.entry, "action", "") != "vaccine" or not c.entry.short:
        return
    words = {w for w, _, _ in tokens(c.entry.short) if len(w) > 2 and not w.isdigit()} - _PRODUCT_GENERIC
    missing = words - _doc_words(state)
    named = any(m.codes.get(c.code, 0.0) >= 0.85 and specific_vaccine_term(m.term) for m in group.mentions)
    c.score -= (0.0 if named else 0.6 * min(len(missing), 2)) - 0.5 * len(words - missing)
    sched = _SCHEDULE.search(c.entry.short)
    said = {next(g for g in m.groups() if g) for m in _SAID_SCHEDULE.finditer(state.text)}
    if sched and said:  # "dose 1 of 3", "3-dose series": the product on that schedule
        c.score += 1.0 if sched.group(1) in said else -1.0


def _doc_words(state: CaseState) -> set[str]:
    key = (id(state), state.text)  # an id alone is reused once a case's state is freed
    if _WORDS_CACHE.get("id") != key:
        _WORDS_CACHE.clear()
        _WORDS_CACHE.update({"id": key, "words": {t for t, _, _ in tokens(state.text)}})
    return _WORDS_CACHE["words"]


_WORDS_CACHE: dict = {}


def _extends(e: object, t: list[Fact]) -> bool:
    """Time past the code's range is still this code when a per-time add-on reports the rest (99291 + 99292)."""
    from .catalog_view import engine_catalog

    rng = e.time  # type: ignore[attr-defined]
    if (e.mdm and e.code not in ("99205", "99215")) or rng.max is None or max(f.value for f in t) <= rng.max:
        return False
    cat = engine_catalog()
    return any(getattr(getattr(cat.get(a), "per", None), "unit", "").startswith(("min", "hour"))
               for a in cat.addons_of.get(e.code, []))  # type: ignore[attr-defined]


def score(state: CaseState, group: Group) -> None:
    """Stage: score and rank the candidates of one group."""
    ctx = context_for(state, group)
    for c in group.candidates:
        _terms(c, group)
        _features(c, ctx)
        _approach(c, ctx)
        _site(c, ctx)
        _measures(c, state, group, ctx)
        _encounter(c, state, ctx)
        _laterality(c, ctx)
        _contrast(c, ctx)
        _setting_default(c, ctx)
        _drug(c, ctx)
        _wear(c, state.text)
        _distinctive(c, group, ctx)
        _product_words(c, state, group)
        _gestation(c, state.text)
        if c.entry.addon:
            c.score -= 1.0
    _fixed_dose(group, ctx)
    pointers(group, ctx)
    group.candidates.sort(key=lambda c: (-c.score, c.code))


def run(state: CaseState) -> None:
    for group in state.groups:
        score(state, group)
