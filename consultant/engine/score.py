"""Scoring: each candidate code of a group against the structured facts the
text gives.  Required features present, excluded features absent, approach,
site, sizes/lengths/areas/counts/times/ages inside the code's ranges, patient
type, decision-making level and setting each add or subtract; a deciding
fact the text lacks is recorded as *missing* so the explanation can ask."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import encounter
from .lexicon import SITE_GROUPS
from .model import Candidate, CaseState, Fact, Group
from .score_detail import contrast as _contrast, contrast_state, distinctive as _distinctive, drug as _drug, pointers, wear_length as _wear, fixed_dose as _fixed_dose
from .score_detail import laterality as _laterality, setting_default as _setting_default
from .text import norm_phrase, tokens

_SURGICAL_APPROACHES = {"open", "laparoscopic", "endoscopic", "percutaneous", "arthroscopic", "thoracoscopic"}
_GENERIC_SITE = {"joint", "small", "large", "major", "intermediate", "skin", "soft", "tissue", "body", "whole",
                 "subcutaneous", "muscle", "bone", "other", "upper", "lower", "blood", "vessel", "nerve", "of", "and"}
_GENERIC_SITES = {"skin", "whole body", "blood", "soft tissue", "subcutaneous tissue", "urine", "serum", "body",
                  "any", "plasma", "specimen", "skin and subcutaneous tissue", "muscle", "nerve", "musculoskeletal system"}
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
    ctx = Context(own, local, doc, words, neg)
    if any(getattr(c.entry, "professional_only", False) for c in group.candidates[:8]):
        from .modifiers import _PROF_ONLY

        ctx.prof_only = bool(_PROF_ONLY.search(_uncoded_free(state)))
    if any(c.entry.contrast for c in group.candidates[:8]):
        spans = [state.sentences[s] for s in sorted(near) if 0 <= s < len(state.sentences)]
        said = contrast_state(" ".join(state.text[a:b] for a, b in spans))
        ctx.contrast = said or contrast_state(_uncoded_free(state))
    return ctx


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
    if group.kind == "visit":
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
            if feat not in ctx.negated_features:
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
    if not want or want not in _SURGICAL_APPROACHES:
        return
    if want in said:
        c.score += 2.0
        c.reasons.append(f"{want} approach")
        c.evidence.extend(f for f in ctx.kind("approach") if f.value == want)
    elif said:
        c.score -= 3.0
        c.against.append(f"approach was {', '.join(sorted(said))}, not {want}")
    else:
        c.missing.append("approach")


def _site(c: Candidate, ctx: Context) -> None:
    sites = [s.lower() for s in c.entry.site]
    if not sites or set(sites) <= _GENERIC_SITES:
        return
    said = ctx.kind("site")
    if not said:  # "Closed in layers, repair length 3.5 cm": the site is the one the case names
        doc = ctx.kind("site", local=False)
        if len({f.value for f in doc}) == 1:
            said = doc
    words = {w for f in said for w in SITE_GROUPS.get(f.value, (f.value,))}
    site_words = {w for s in sites for w in norm_phrase(s)} - _GENERIC_SITE
    if words & set(sites) or site_words & ctx.local_words or any(
            w.startswith(sw) for sw in site_words if len(sw) >= 5 for w in ctx.local_words):  # "ureteral" stent
        c.score += 1.5
        c.reasons.append("site matches")
        c.evidence.extend(f for f in said if set(SITE_GROUPS.get(f.value, ())) & set(sites))
    elif said:
        c.score -= 1.5
        c.against.append(f"site is {', '.join(sorted({f.text.lower() for f in said}))}")
    else:
        c.missing.append("site")


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
        _range_check(c, "length", e.length, total, None)
    if e.area is not None and not e.addon:
        f = _nearest(ctx.kind("area"), anchor)
        _range_check(c, "area", e.area, f.value if f else None, f)
    if e.count is not None and not e.addon:
        f = _count_for(ctx, e.count.of)
        value = f.value if f else None
        if value is not None and e.count.max is not None and value > e.count.max and _counted_addon(e, value):
            value = e.count.max  # "12 AKs": the first-lesion code plus its per-lesion add-on
        _range_check(c, "count", e.count, value, f, weight=1.5)
    if e.age is not None:
        f = next(iter(ctx.kind("age", local=False)), None)
        _range_check(c, "age", e.age, _age_in(f, e.age.unit) if f else None, f, weight=1.5)
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


def _count_for(ctx: Context, of: str) -> Fact | None:
    facts = [f for f in ctx.kind("count") if f.unit != "times"]
    stem = (of or "").rstrip("s")[:5]
    hit = [f for f in facts if stem and f.unit.startswith(stem)]
    if not hit and stem == "visit":  # face-to-face visits in a month are counted anywhere in the note
        hit = [f for f in ctx.kind("count", local=False) if f.unit.startswith(("visit", "occasion"))]
    return (hit or facts or [None])[0]


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
    by_time = e.time is not None and bool(t) and (e.time.contains(max(f.value for f in t)) or _extends(e, t))
    if by_time:
        c.score += 2.5 + min(0.01 * float(e.time.min or 0), 0.8)  # the highest level whose time is met
        c.reasons.append(f"total time {max(f.value for f in t):g} min fits")
        c.evidence.append(max(t, key=lambda f: f.value))
    if e.mdm and level is not None:
        if level.value == e.mdm:
            c.score += 2.5
            c.reasons.append(f"{e.mdm} decision making")
            c.evidence.append(level)
        elif not by_time:
            c.score -= 1.5 * abs(_MDM_RANK[level.value] - _MDM_RANK.get(e.mdm, 0))
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
    for a in cat.addons_of.get(e.code, []):  # type: ignore[attr-defined]
        per = getattr(cat.get(a), "per", None)
        if per is not None and not (per.unit or "").lower().startswith(("min", "hour", "sq")):
            rng = getattr(cat.get(a), "count", None)
            if rng is None or rng.max is None or value <= rng.max:
                return True
    return False


_PRODUCT_GENERIC = frozenset({"vaccine", "influenza", "product", "dose", "for", "use", "with", "and", "the", "per",
                              "injection", "intramuscular", "adult", "adults", "split", "virus", "live"})


def _product_words(c: Candidate, state: CaseState) -> None:
    """Vaccine products: each descriptive word of the product the note does not say counts against it
    ("cell culture", "recombinant", "adjuvanted", "0.25 mL" when the note names none of them)."""
    if getattr(c.entry, "action", "") != "vaccine" or not c.entry.short:
        return
    words = {w for w, _, _ in tokens(c.entry.short) if len(w) > 2 and not w.isdigit()} - _PRODUCT_GENERIC
    missing = words - _doc_words(state)
    c.score -= 0.6 * len(missing) - 0.5 * len(words - missing)


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
        _product_words(c, state)
        if c.entry.addon:
            c.score -= 1.0
    _fixed_dose(group, ctx)
    pointers(group, ctx)
    group.candidates.sort(key=lambda c: (-c.score, c.code))


def run(state: CaseState) -> None:
    for group in state.groups:
        score(state, group)
