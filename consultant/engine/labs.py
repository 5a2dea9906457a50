"""Laboratory panels: when every component test of an organ or disease panel
was performed on one specimen, the panel is reported and its components are
not (and never both).  Analytes are read from the text by their usual names
and abbreviations, because a list such as "potassium, chloride" also reads
as a drug name to the catalog matcher."""
from __future__ import annotations

import re

from .catalog_view import EngineCatalog
from .model import CaseState, Choice, Fact

_ANALYTES: list[tuple[str, str]] = [
    ("82947", r"glucose"), ("84520", r"BUN|urea nitrogen"), ("82565", r"creatinine"),
    ("84295", r"sodium|Na\+?"), ("84132", r"potassium|K\+?"), ("82435", r"chloride|Cl-?"),
    ("82374", r"CO2|carbon dioxide|bicarbonate|HCO3|total CO2"),
    ("82330", r"ionized calcium|iCa|calcium,? ionized"), ("82310", r"(?:total )?calcium|Ca"),
    ("82248", r"direct bilirubin"),
    ("82040", r"albumin"), ("82247", r"(?:total )?bilirubin|T\.? ?bili"),
    ("84075", r"alkaline phosphatase|alk(?:aline)? phos|ALP"), ("84155", r"total protein"),
    ("84450", r"AST|SGOT"), ("84460", r"ALT|SGPT"), ("84100", r"phosphorus|phosphate"),
    ("83718", r"HDL(?: cholesterol)?|high[- ]density lipoprotein"), ("82465", r"(?:total )?cholesterol"), ("84478", r"triglycerides?|TG"),
    ("84443", r"TSH"), ("85025", r"CBC(?: with (?:automated )?diff(?:erential)?)?"),
    ("87340", r"hepatitis B surface antigen|HBsAg|hep B surface antigen"), ("86762", r"rubella(?: antibody| IgG| titer)?"),
    ("86592", r"RPR|VDRL"), ("86900", r"ABO"), ("86901", r"Rh(?: typing| type| factor)?|Rh\(D\)"),
    ("86850", r"(?:red cell )?antibody screen"), ("87389", r"HIV(?:-1/2)?(?: antigen/antibody| Ag/Ab| screen| test)?"),
]
# an analyte the note says was not done: "calcium was not run", "albumin could not be reported"
_NOT_DONE_AFTER = re.compile(r"^[^.;]{0,25}?\b(?:was|were|could|did|is)?\s*(?:not|n't)\s+(?:be\s+)?(?:run|reported|"
                             r"performed|resulted|done|measured|tested|available|included|drawn|sent)\b|^\s*(?:was|were)\s+(?:declined|refused|"
                             r"cancell?ed|omitted)\b", re.I)
_NOT_DONE_BEFORE = re.compile(r"\b(?:no|without|except|minus|excluding|other than|but not)\s+(?:\w+\s+){0,2}$|"
                              r"\b(?:not|n't)\s+(?:be\s+)?(?:run|perform|report|measur|result)\w*\s+(?:the\s+)?$", re.I)
_PRENATAL = re.compile(r"\b(?:prenatal|obstetric|OB|pregnan\w*|antenatal|gestation\w*)\b", re.I)
_CASE_SENSITIVE = {"Na\\+?", "K\\+?", "Cl-?", "Ca", "TG", "ALP", "AST", "ALT", "iCa", "TSH", "BUN", "ABO", "RPR"}
_LAB_CONTEXT = re.compile(r"\b(lab|labs|laboratory|panel|analy[sz]er|specimen|serum|plasma|blood|drawn|"
                          r"measured|ran|run|ordered|resulted|level|levels|venipuncture|fasting)\b", re.I)
_COMPILED = [(code, re.compile(r"(?<![A-Za-z0-9])(?:" + pat + r")(?![A-Za-z0-9])",
                               0 if any(p in pat for p in _CASE_SENSITIVE) else re.I)) for code, pat in _ANALYTES]


def _not_done(state: CaseState, a: int, b: int) -> bool:
    return bool(_NOT_DONE_AFTER.search(state.text[b:b + 60]) or _NOT_DONE_BEFORE.search(state.text[max(0, a - 40):a]))


def negated(state: CaseState) -> set[str]:
    """Analytes the note says were not run."""
    out = set()
    for code, rx in _COMPILED:
        for m in rx.finditer(state.text):
            if not state.is_ignored(m.start()) and _not_done(state, *m.span()):
                out.add(code)
    return out


def _found(state: CaseState) -> dict[str, Fact]:
    hits: dict[str, Fact] = {}
    taken: list[tuple[int, int]] = []
    for code, rx in _COMPILED:  # longer names first in the table: "direct bilirubin" before "bilirubin"
        for m in rx.finditer(state.text):
            a, b = m.span()
            if state.is_ignored(a) or any(x < b and a < y for x, y in taken):
                continue
            sid = state.sentence_of(a)
            if not _LAB_CONTEXT.search(state.text[slice(*state.sentences[sid])] if sid >= 0 else ""):
                continue
            if any(f.sentence == sid and f.assertion != "present" and f.kind == "procedure" for f in state.facts):
                continue
            taken.append((a, b))
            if _not_done(state, a, b):
                continue
            hits.setdefault(code, Fact("procedure", m.group(), a, b, sentence=sid, value=code))
    return hits


_PANELS: dict[int, list[tuple[str, set[str]]]] = {}


def _panels(cat: EngineCatalog) -> list[tuple[str, set[str]]]:
    if id(cat) not in _PANELS:
        _PANELS[id(cat)] = sorted(((e.code, set(e.components)) for e in cat.entries.values()
                                   if getattr(e, "components", None) and e.code.startswith("80")),
                                  key=lambda p: -len(p[1]))
    return _PANELS[id(cat)]


def panel_list(cat: EngineCatalog) -> list[tuple[str, set[str]]]:
    return _panels(cat)


def run(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    panels = _panels(cat)
    if not panels:
        return
    hits = _found(state)
    if len(hits) < 3:
        return
    if "82330" in hits and "82310" in hits and hits["82330"].start <= hits["82310"].start < hits["82330"].end:
        del hits["82310"]
    missing = negated(state)
    hits = {k: v for k, v in hits.items() if k not in missing}
    for c in chosen:  # a panel named as ordered, one of whose tests was not run: code what was run
        comps = set(getattr(c.entry, "components", None) or [])
        if c.recommended and comps & missing:
            c.recommended = False
            c.notes.append(f"not chosen: {', '.join(sorted(comps & missing))} of panel {c.code} was not run")
        elif c.recommended and c.code in missing:
            c.recommended = False
            c.notes.append("not chosen: the note says this test was not run")
    left = set(hits)
    have = {c.code for c in chosen if c.recommended}
    built = []
    prenatal = bool(_PRENATAL.search(state.text))
    for code, comps in panels:
        if not comps <= left or (code in ("80055", "80081") and not prenatal):
            continue
        left -= comps
        built.append(code)
        if code in have:
            continue
        entry = cat.get(code)
        if entry is None:
            continue
        ev = sorted((hits[c] for c in comps), key=lambda f: f.start)
        chosen.append(Choice(code, entry, True, 0.0, evidence=ev,
                             notes=[f"every component of panel {code} was performed"]))
        have.add(code)
        for c in chosen:
            if c.recommended and c.code != code and c.code not in have - {code} and (
                    c.code in comps or (getattr(c.entry, "is_drug", False)
                                        and any(e.start < f.end and f.start < e.end for e in c.evidence for f in ev))):
                c.recommended = False
                c.notes.append(f"not chosen: included in panel {code}")
    if built and missing:  # a panel short of one test: the tests past the smaller panel are coded one by one
        sents = {hits[c].sentence for code in built for c in _comps(panels, code) if c in hits}
        for code in sorted(left - have):
            entry = cat.get(code)
            if entry is not None and hits[code].sentence in sents:
                for c in chosen:
                    if c.code == code:
                        chosen.remove(c)
                        break
                chosen.append(Choice(code, entry, True, 0.0, evidence=[hits[code]],
                                     notes=["run on its own, outside the panel"]))


def _comps(panels: list[tuple[str, set[str]]], code: str) -> set[str]:
    return next((comps for c, comps in panels if c == code), set())
