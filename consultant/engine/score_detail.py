"""Scoring details: setting default, HCPCS drugs, laterality, contrast, and
the words that set one candidate apart from its rivals in the same group
("transforaminal" for 64483 over the interlaminar 62323)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .model import Candidate, Group
from .text import norm_phrase

if TYPE_CHECKING:
    from .score import Context


_WEAR = re.compile(r"\b(\d{1,3})[- ]?(day|week|hour|hr)s?\b|\b(one|two|three)[- ](day|week)s?\b", re.I)
_WEAR_WORDS = {"one": 1, "two": 2, "three": 3}


def wear_length(c: Candidate, text: str) -> None:
    """Recording monitors priced by how long the device was worn (hours in the catalog): "14-day patch",
    "worn for 2 weeks", "48 hours" pick the sibling whose range holds the wear time."""
    rng = c.entry.time
    if rng is None or not (getattr(rng, "unit", "") or "").startswith("hour"):
        return
    worn = []
    for m in _WEAR.finditer(text):
        n = int(m.group(1)) if m.group(1) else _WEAR_WORDS[m.group(3).lower()]
        unit = (m.group(2) or m.group(4)).lower()
        worn.append(n * (24 if unit == "day" else 168 if unit == "week" else 1))
    if not worn:
        return
    hours = max(worn)
    if rng.contains(hours):
        c.score += 2.0
        c.reasons.append(f"worn {hours:g} hours")
    else:
        c.score -= 2.0
        c.against.append(f"the device was worn {hours:g} hours")


def fixed_dose(group: Group, ctx: Context) -> None:
    """Sibling drug codes for one product priced per different amounts (a 50 mcg minidose vs a 300 mcg full
    dose): the one whose billing amount is exactly the dose given is the package that was used."""
    doses = ctx.kind("dose")
    from .units import dosage_of

    drugs = [c for c in group.candidates if getattr(c.entry, "is_drug", False) and c.code.startswith("J")
             and dosage_of(c.entry) is not None]
    for c in drugs:
        d = dosage_of(c.entry)
        if not any(dosage_of(o.entry).unit == d.unit and dosage_of(o.entry).amount != d.amount for o in drugs):
            continue
        if any(f.unit == d.unit and abs(float(f.value) - float(d.amount)) < 1e-6 for f in doses):
            c.score += 0.4
            c.reasons.append("the dose given is exactly one billing unit")


def setting_default(c: Candidate, ctx: Context) -> None:
    """With no setting in the note, an office/outpatient code is the usual reading."""
    if c.entry.setting and not ctx.kind("setting", local=False):
        c.score += 0.5 if ("office" in c.entry.setting or "outpatient" in c.entry.setting) else -1.5


def drug(c: Candidate, ctx: Context) -> None:
    """HCPCS drugs: a dose in a convertible unit, and the description's own words."""
    from .units import dosage_of

    dosage = dosage_of(c.entry)
    if not getattr(c.entry, "is_drug", False):
        return
    doses = ctx.kind("dose")
    if dosage is not None and doses:
        conv = {"mg", "g", "mcg"}
        if any(d.unit == dosage.unit or (d.unit in conv and dosage.unit in conv) for d in doses):
            c.score += 1.5
            c.reasons.append("dose documented in a matching unit")
    words = {w for w in norm_phrase(c.entry.description) if len(w) > 3} - _DRUG_GENERIC
    hit = words & ctx.local_words
    c.score += 0.5 * len(hit) - 0.2 * len(words - hit - _NOS)
    if _NOS <= words:
        c.score += 0.6
    if "biosimilar" in words and not hit - {"biosimilar"}:  # the reference product unless a biosimilar is named
        c.score -= 1.0
        c.against.append("the note names no biosimilar product")


_DRUG_GENERIC = {"injection", "infusion", "per", "dose", "unit", "units", "sodium", "with", "for", "intravenous",
                 "intramuscular", "subcutaneous", "use", "administration", "solution", "inhalation"}
_NOS = {"otherwise", "specified"}


def laterality(c: Candidate, ctx: Context) -> None:
    said = {f.value for f in ctx.kind("laterality")}
    if c.entry.laterality == "bilateral":
        c.score += 1.5 if "bilateral" in said else -1.5
    elif c.entry.laterality == "unilateral" and "bilateral" in said:
        c.score -= 1.0
    elif c.entry.laterality == "unilateral" and said & {"left", "right"}:
        c.score += 1.0
        c.reasons.append("one side documented")


def contrast(c: Candidate, ctx: Context) -> None:
    """CT/MRI/MRA siblings by the contrast the note states; none stated holds the choice and asks."""
    want = c.entry.contrast
    if not want or want not in _CONTRAST_KINDS:
        return
    said = ctx.contrast
    if said is None:
        c.missing.append("contrast")
    elif said == want:
        c.score += 4.0
        c.reasons.append({"without": "no contrast given", "with": "contrast given",
                          "without_and_with": "images before and after contrast"}[want])
    else:
        c.score -= 4.0
        c.against.append(f"the note says {said.replace('_', ' ')} contrast")


_CONTRAST_KINDS = ("without", "with", "without_and_with")
_AGENT = r"(?:(?:iv|intravenous|oral|po|iodinated)\s+)?(?:contrast|gad(?:olinium)?|dye|gd)"
_WO = r"(?:w/o|wo|without|w/out|no)"
_W = r"(?:w/|w|with)"
_BOTH = re.compile(
    rf"\b{_WO}\s*(?:and then|and|&|then|\+|/|,|followed by)\s*{_W}(?![a-z])|\b{_W}\s*(?:and|&|/|\+)\s*{_WO}\b|"
    rf"\bw/?w/?o\b|\bwo/w\b|\b(?:before|pre)[- ]?\s*and\s*(?:after|post)[- ]?\s*{_AGENT}|"
    rf"\b(?:pre|post)[- ]?{_AGENT}\s+(?:and|&)\s+(?:pre|post)|\bwith and without\b|"
    rf"\bwithout,? (?:and then|and|then|followed by) with\b|\b(?:un)?enhanced and (?:contrast[- ])?enhanced\b",
    re.I)
_WITHOUT = re.compile(
    rf"\b{_WO}\s*{_AGENT}\b(?!\s*(?:reaction|allerg|extravasation|complication|nephropathy))|\bnon-?\s?(?:contrast|con)\b|\bunenhanced\b|\bplain (?:ct|film)\b|"
    rf"\b{_AGENT}\s+(?:was\s+|were\s+)?(?:not given|not administered|withheld|held|omitted|not used|deferred)",
    re.I)
_WITH = re.compile(rf"\b{_W}\s*{_AGENT}\b|\b{_AGENT}[- ]enhanced\b|\b(?:iv|intravenous)\s+contrast\b|"
                   rf"\bgadolinium\b|\bpost[- ]?contrast\b|\b{_AGENT}\s+(?:was\s+|were\s+)?(?:given|"
                   rf"administered|injected)\b|\bcta\b|\bmra\b", re.I)
_CANCELLED = re.compile(rf"\b{_AGENT}\s+(?:was\s+|were\s+)?(?:not given|not administered|withheld|held|omitted|"
                        rf"not used|deferred|refused|declined)|\bdone without\b|\bperformed without\b|"
                        rf"\b(?:refused|declined)\s+(?:the\s+)?(?:{_AGENT}|injection|gadolinium)|"
                        rf"\breported without\b|\bwithout contrast only\b", re.I)


def contrast_state(text: str) -> str | None:
    """without | with | without_and_with, as ``text`` states the contrast; None when it says nothing."""
    if not text:
        return None
    if _CANCELLED.search(text):
        return "without"
    if _BOTH.search(text):
        return "without_and_with"
    wo_spans = [m.span() for m in _WITHOUT.finditer(text)]
    wo = bool(wo_spans)
    w = any(not any(a < e and s < b for s, e in wo_spans) for a, b in (m.span() for m in _WITH.finditer(text)))
    if wo and w:  # "without contrast, then with contrast" read as two statements
        return "without_and_with"
    return "without" if wo else "with" if w else None


_PLAIN = {"with", "without", "each", "additional", "other", "than", "and", "the", "for", "from", "into", "under",
          "through", "more", "less", "single", "first", "level", "levels", "guidance", "including", "includes",
          "procedure", "injection", "patient", "report", "separate", "using", "when", "both", "only", "one", "two",
          "service", "services", "performed", "initial", "complete", "limited", "imaging", "note", "code"}


_WORDS: dict[str, frozenset[str]] = {}


def _words(entry: object) -> frozenset[str]:
    code = getattr(entry, "code", "")
    if code not in _WORDS:
        text = " ".join([getattr(entry, "description", "") or ""] + list(getattr(entry, "terms", []) or []))
        _WORDS[code] = frozenset(w for w in norm_phrase(text) if len(w) > 4 and w.isalpha()) - _PLAIN
    return _WORDS[code]


def distinctive(c: Candidate, group: Group, ctx: "Context") -> None:
    """Words of the candidate (description and terms) the note uses and its rivals lack."""
    if group.kind != "procedure" or len(group.candidates) < 2 or getattr(c.entry, "is_drug", False):
        return
    own = _words(c.entry) & ctx.local_words
    if not own:
        return
    rivals = frozenset().union(*(_words(o.entry) for o in group.candidates[:8] if o is not c))
    hit = own - rivals
    if hit:
        c.score += 0.8 * min(len(hit), 2)
        c.reasons.append("the note's words: " + ", ".join(sorted(hit)[:2]))


_CODE = re.compile(r"\b(\d{4}[0-9TF]|[A-Z]\d{4})\b")
_POINTERS: dict[str, list[tuple[frozenset[str], str]]] = {}
_VAGUE = _PLAIN | {"approach", "code", "codes", "report", "used", "instead", "there", "these", "those", "which",
                   "where", "while", "their", "other", "alone", "separately", "about", "without", "within"}


def _pointers(entry: object) -> list[tuple[frozenset[str], str]]:
    """``distinguish`` clauses that send a documented fact to a sibling: "Transforaminal approach is 64483"."""
    code = getattr(entry, "code", "")
    if code not in _POINTERS:
        out = []
        for clause in re.split(r"[;.]\s|\n", getattr(entry, "distinguish", "") or ""):
            m = _CODE.search(clause)
            if not m or m.group(1) == code:
                continue
            head = re.sub(r"\b(is|are|use|add|=|code)\b", " ", clause[:m.start()], flags=re.I)
            words = frozenset(w for w in norm_phrase(head) if len(w) > 3 and w.isalpha()) - _VAGUE
            if 1 <= len(words) <= 3:
                out.append((words, m.group(1)))
        _POINTERS[code] = out
    return _POINTERS[code]


def pointers(group: Group, ctx: "Context") -> None:
    """A candidate's own notes point to a sibling when the note documents the fact that decides it."""
    if group.kind != "procedure":
        return
    by_code = {c.code: c for c in group.candidates}
    said = ctx.local_words | {w for f in ctx.features(True) for w in f.split("_")}  # "a recurrence": recurrent
    given: set[tuple[frozenset[str], str]] = set()
    for c in list(group.candidates[:4]):
        for words, target in _pointers(c.entry):
            t = by_code.get(target)
            if t is not None and t is not c and words <= said:
                if (words, target) not in given:  # a note several siblings share counts once
                    t.score += 2.5
                given.add((words, target))
                t.reasons.append(f"the note documents {', '.join(sorted(words))}")
                t.missing.clear()  # the fact that decides between the two is documented
                c.score -= 1.5
                c.against.append(f"{', '.join(sorted(words))} points to {target}")


_GA = re.compile(
    r"\b(?:at|GA|EGA|IUP|gestational age(?: of)?|dated (?:at|to))\s*:?\s*(\d{1,2})\s*(?:\+\s*\d(?:/7)?\s*)?(?:weeks?|wks?|w)"
    r"(?![a-z])|\b(\d{1,2})\s*(?:\+\s*\d(?:/7)?\s*)?-?\s*(?:weeks?|wks?)(?:,?\s+(?:and\s+)?\d\s+days?)?\s+(?:of\s+)?"
    r"(?:gestation|pregnan|GA\b|EGA\b|IUP\b|intrauterine|by (?:LMP|dates))|\b(\d{1,2})w\s?\d\s?d\b", re.I)
_EARLY = re.compile(r"\bfirst trimester\b|\bbefore 14 weeks\b", re.I)
_LATE = re.compile(r"\b14 weeks or later\b", re.I)


def gestation_weeks(text: str) -> int | None:
    """Gestational age in whole weeks ("at 10 weeks", "22 weeks gestation", "GA 12w", "9w3d")."""
    m = _GA.search(text)
    if not m:
        return None
    weeks = int(next(g for g in m.groups() if g))
    return weeks if 3 <= weeks <= 43 else None


def gestation(c: Candidate, text: str) -> None:
    """Obstetric ultrasound siblings by gestational age: before 14 weeks (first trimester) or 14 weeks on."""
    short = getattr(c.entry, "short", "") or ""
    early, late = bool(_EARLY.search(short)), bool(_LATE.search(short))
    if not (early or late):
        return
    weeks = gestation_weeks(text)
    if weeks is None:
        return
    if (weeks < 14) == early:
        c.score += 3.0
        c.reasons.append(f"{weeks} weeks of gestation")
    else:
        c.score -= 3.0
        c.against.append(f"{weeks} weeks of gestation is {'before' if weeks < 14 else 'after'} 14 weeks")
