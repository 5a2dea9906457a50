"""Candidate retrieval: procedure mentions become groups (one group per
distinct procedure: mentions whose matched codes overlap describe the same
thing), and each group's candidate list is its matched codes plus the
siblings their catalog entries point to ("use 47563 when ...").  A visit
group is added when the text describes an E/M encounter."""
from __future__ import annotations

import re

from .catalog_view import EngineCatalog, views_stem
from .lexicon import specific_vaccine_term
from .model import Candidate, CaseState, Group, Mention

_CODE_RE = re.compile(r"\b(\d{4}[0-9FTU]|[A-Z]\d{4})\b")
_EM_SECTIONS = ("E/M", "Evaluation and Management")


def _union(mentions: list[Mention], cat: EngineCatalog | None = None,
           drugs: frozenset[str] = frozenset()) -> list[list[Mention]]:
    """Mentions sharing a code or overlapping in the text are one procedure; a drug named inside a
    procedure's words ("injection of aflibercept") stays its own line."""
    groups: list[tuple[set[str], list[Mention]]] = []
    for m in mentions:
        codes = set(m.codes)
        drug = bool(codes) and codes <= drugs
        hit = [g for g in groups if g[0] & codes or any(
            _overlap(m, o) and not _apart(cat, m, o) and drug == (bool(o.codes) and set(o.codes) <= drugs)
            for o in g[1])]
        merged_codes, merged = set(codes), [m]
        for g in hit:
            merged_codes |= g[0]
            merged = g[1] + merged
            groups.remove(g)
        groups.append((merged_codes, merged))
    return [g[1] for g in groups]


def _vaccine_only(cat: EngineCatalog, m: Mention) -> bool:
    return bool(m.codes) and all(getattr(cat.get(c), "action", "") == "vaccine" for c in m.codes)


def _apart(cat: EngineCatalog | None, a: Mention, b: Mention) -> bool:
    """Overlapping spans of two different vaccines ("MMR and varicella"), or of a vaccine and an
    injection word, name separate products: each vaccine is its own line."""
    if cat is None or set(a.codes) & set(b.codes):
        return False
    return _vaccine_only(cat, a) or _vaccine_only(cat, b)


def _overlap(a: Mention, b: Mention) -> bool:
    """Spans that nest, or cross while sharing a code; "head and CT" crossing "CT of the cervical spine" by one
    word is two studies."""
    if not (a.fact.start < b.fact.end and b.fact.start < a.fact.end):
        return False
    return True


def _siblings(cat: EngineCatalog, codes: set[str]) -> set[str]:
    out = set()
    for code in codes:
        entry = cat.get(code)
        if entry is not None and entry.distinguish:
            out.update(c for c in _CODE_RE.findall(entry.distinguish) if c in cat.entries)
    return out - codes


_FAMILY: dict[int, tuple[dict, dict]] = {}


def _family_index(cat: EngineCatalog) -> tuple[dict, dict]:
    if id(cat) not in _FAMILY:
        by_site: dict[tuple, list[str]] = {}
        vaccines: dict[str, list[str]] = {}
        for code, e in cat.entries.items():
            if getattr(e, "addon", False) or getattr(e, "deleted", ""):
                continue
            if (e.with_ or e.without) and e.site:
                by_site.setdefault(tuple(sorted(s.lower() for s in e.site)), []).append(code)
            if getattr(e, "action", "") == "vaccine" and e.short:
                vaccines.setdefault(_first_word(e.short), []).append(code)
            if getattr(e, "contrast", "") and e.site and e.short:
                by_site.setdefault(_contrast_key(e), []).append(code)
            if getattr(e, "laterality", "") in ("bilateral", "unilateral") and e.site:
                by_site.setdefault(_side_key(e), []).append(code)
            if views_stem(e):
                by_site.setdefault(("views", views_stem(e).lower()), []).append(code)
        _FAMILY.clear()
        _FAMILY[id(cat)] = (by_site, vaccines)
    return _FAMILY[id(cat)]


def _contrast_key(e: object) -> tuple:
    """Contrast siblings: the same modality (first word of the short name) on the same sites."""
    return ("contrast", _first_word(e.short), tuple(sorted(s.lower() for s in e.site)))  # type: ignore[attr-defined]


def _side_key(e: object) -> tuple:
    """Bilateral / unilateral siblings: the same action and required features on the same sites."""
    short = getattr(e, "short", "") or "-"
    return ("side", getattr(e, "action", ""), _first_word(short), tuple(_MODALITY.findall(short.lower())),
            tuple(sorted(e.with_)),  # type: ignore[attr-defined]
            tuple(sorted(s.lower() for s in e.site)))  # type: ignore[attr-defined]


_MODALITY = re.compile(r"ultrasound|\bmri\b|\bct\b|x-ray|mammogra|tomosynthesis|duplex|angiograph|venograph")


def _first_word(short: str) -> str:
    parts = short.lower().replace(",", " ").split()
    w = parts[0]
    if len(parts) > 1 and len(parts[1]) == 1:  # hepatitis A and hepatitis B are different vaccines
        w += " " + parts[1]
    return "influenza" if w == "flu" else w


def _family(cat: EngineCatalog, codes: set[str]) -> dict[str, list[str]]:
    """Codes that differ from a matched one only by a with/without fact on the same site (25600 without
    manipulation, 25605 with it), and vaccine products of the same vaccine (trivalent vs quadrivalent)."""
    by_site, vaccines = _family_index(cat)
    out: dict[str, list[str]] = {}
    for code in sorted(codes):
        e = cat.get(code)
        if e is None or getattr(e, "addon", False):
            continue
        flags = set(e.with_) | set(e.without)
        if flags and e.site:
            for other in by_site.get(tuple(sorted(s.lower() for s in e.site)), ()):
                o = cat.get(other)
                same = o.action == e.action or (o.short or "").split(",")[0] == (e.short or "").split(",")[0]
                if same and ((set(o.with_) & set(e.without)) or (set(o.without) & set(e.with_))):
                    out.setdefault(other, []).append(code)
        if getattr(e, "contrast", "") and e.site and e.short:  # CT/MRI without / with / without and with
            for other in by_site.get(_contrast_key(e), ()):
                out.setdefault(other, []).append(code)
        if getattr(e, "laterality", "") in ("bilateral", "unilateral") and e.site:  # one side vs both sides
            for other in by_site.get(_side_key(e), ()):
                out.setdefault(other, []).append(code)
        if views_stem(e):  # X-rays of one part by number of views
            for other in by_site.get(("views", views_stem(e).lower()), ()):
                out.setdefault(other, []).append(code)
        if getattr(e, "action", "") == "vaccine" and e.short:
            for other in vaccines.get(_first_word(e.short), ()):
                out.setdefault(other, []).append(code)
    return {k: v for k, v in out.items() if k not in codes}


def _is_em(entry: object) -> bool:
    return getattr(entry, "section", "") in _EM_SECTIONS or getattr(entry, "action", "") == "visit"


def _em_codes(cat: EngineCatalog) -> list[str]:
    return sorted(c for c, e in cat.entries.items() if _is_em(e) and e.system == "CPT" and not e.addon)


def procedure_groups(state: CaseState, cat: EngineCatalog) -> list[Group]:
    present = [m for m in state.mentions if m.fact.assertion == "present"]
    out = []
    drugs = frozenset(c for m in present for c in m.codes if getattr(cat.get(c), "is_drug", False))
    for mentions in _union(present, cat, drugs):
        codes = {c for m in mentions for c in m.codes}
        pool = codes | _siblings(cat, codes)
        fam = _family(cat, codes)
        for m in mentions:  # a with/without twin or a sibling product is named as strongly as its match
            for other, srcs in fam.items():
                named = [m.codes[src] for src in srcs if src in m.codes]
                if named and other not in m.codes:
                    # a vaccine product the note names outright (PCV20, Fluzone High-Dose) beats the products
                    # it only stands for; its description words still move the choice when they are said
                    vac = getattr(cat.get(other), "action", "") == "vaccine" and specific_vaccine_term(m.term)
                    m.codes[other] = max(named) * (0.8 if vac else 1.0)
                    if views_stem(cat.get(other)) and all(views_stem(cat.get(src)) for src in srcs):
                        m.codes[other] = min(max(named), 0.3)  # "KUB" is the one-view film; its siblings only by count
        pool |= set(fam)
        cands = [Candidate(c, cat.get(c)) for c in sorted(pool) if cat.get(c) is not None]
        kind = "visit" if cands and all(_is_em(c.entry) for c in cands) else "procedure"
        if kind == "visit":
            cands += [Candidate(c, cat.get(c)) for c in _em_codes(cat) if c not in pool]
        if any(getattr(c.entry, "is_drug", False) for c in cands):
            kind = "drug"
        out.append(Group(mentions, cands, kind=kind))
    return out


def visit_group(state: CaseState, cat: EngineCatalog, groups: list[Group]) -> Group | None:
    """An E/M group from encounter cues when no E/M code was named."""
    if any(g.kind == "visit" for g in groups):
        return None
    cues = state.present("visit") + state.present("mdm") + state.present("patient")
    if not cues or not (state.present("mdm") or state.present("patient") or _em_time(state) or _postop(state)):
        return None
    codes = _em_codes(cat)
    cands = [Candidate(c, cat.get(c)) for c in sorted(codes)]
    from .model import Fact

    fact = cues[0]
    anchor = Mention(Fact("procedure", fact.text, fact.start, fact.end, sentence=fact.sentence,
                          value="visit"), {c: 0.5 for c in codes}, term="visit")
    return Group([anchor], cands, kind="visit")


def _postop(state: CaseState) -> bool:
    from .encounter import POSTOP

    return bool(POSTOP.search(state.text))  # a routine visit after surgery (99024) names no level


def _em_time(state: CaseState) -> bool:
    from .encounter import is_total_time

    return any(is_total_time(state.text, f) for f in state.present("time"))


def run(state: CaseState, cat: EngineCatalog) -> None:
    """Stage: build groups with their candidate lists."""
    groups = procedure_groups(state, cat)
    visit = visit_group(state, cat, groups)
    if visit is not None:
        groups.append(visit)
    state.groups = groups
