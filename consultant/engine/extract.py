"""Extraction: sentences, then facts with spans.

Procedure mentions come from matching the normalised text against every
catalog term (longest match first, typo-tolerant for long words); features
(biopsy, cholangiography, mesh ...) from the feature phrases; anatomy,
approach and laterality words from the lexicon; numbers, encounter facts and
age/sex from their own modules.  Nothing inside an ignored zone (quoted
reply, signature, disclaimer) becomes a fact.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from . import encounter, numbers, sections
from .catalog_view import EngineCatalog
from .lexicon import APPROACH_WORDS, LAB_CUES, LATERALITY_WORDS, PAIRED_PARTS, SITE_GROUPS, UNIT_WORDS
from .model import CaseState, Fact, Mention
from .text import tokens

_SENT_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9(\"'])|(?<=[.,;])\s*(?=[A-Z][A-Z /&()-]{2,60}:)|\n\s*\n|\n(?=\s*>)|\n(?=\s*(?:[-*•]|\d+[.)]|[A-Z][A-Za-z /]{2,40}:))")


def split_sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


@lru_cache(maxsize=1)
def _vocab(cat_id: int, words: frozenset[str]) -> dict[str, list[str]]:
    buckets: dict[str, list[str]] = {}
    for w in words:
        if len(w) >= 7 and w.isalpha():
            buckets.setdefault(w[:2], []).append(w)
    return {k: sorted(v) for k, v in buckets.items()}  # sorted: the same repair whatever the hash seed


class _Matcher:
    """Longest-match phrase lookup over normalised tokens, with typo repair."""

    def __init__(self, cat: EngineCatalog) -> None:
        self.cat = cat
        self.words = frozenset(w for key in list(cat.terms) + list(cat.features) for w in key)
        self.buckets = _vocab(id(cat), self.words)

    def fix(self, tok: str) -> str:
        if tok in self.words or tok in _REAL_WORDS or len(tok) < 7 or not tok.isalpha() or tok.endswith(_INFLECTED) \
                or tok in _EVERYDAY or tok.endswith("ology"):  # specialties: "nephrology" is not a misspelt "nephrotomy"
            return tok
        return _fix_cached(tok, tuple(self.buckets.get(tok[:2], ())))


# everyday clinical words that are one or two letters from a catalog word ("cardiology" is not "cardiotomy")
_REAL_WORDS = frozenset({
    "cardiology", "cardiologist", "cardiologists", "neurology", "neurologist", "pathology", "pathologist",
    "radiology", "radiologist", "pulmonology", "pulmonologist", "urology", "urologist", "oncology",
    "oncologist", "psychology", "psychologist", "audiology", "audiologist", "cytology", "histology",
    "physiology", "gastroenterology", "gastroenterologist", "rheumatology", "dermatology", "ophthalmology",
    "ophthalmologist", "optometrist", "technician", "technologist", "sonographer", "psychometrist"})


# "transferred" is not a misspelt "transferrin", nor "rotated" "rotateq": inflected words are left alone
_INFLECTED = ("ed", "ing", "ly", "ies", "ness", "ment", "ive", "ology", "ologist", "ologists")
# everyday words one letter from a catalog word: "overhead" activity is not an "overread"
_EVERYDAY = frozenset({"overhead", "overall", "overnight", "weekend", "careful", "without", "through"})


@lru_cache(maxsize=32768)
def _fix_cached(tok: str, choices: tuple[str, ...]) -> str:
    if not choices:
        return tok
    hits = process.extract(tok, choices, scorer=Levenshtein.distance, score_cutoff=2 if len(tok) >= 10 else 1, limit=2)
    if not hits or (len(hits) > 1 and hits[1][1] == hits[0][1]):
        return tok  # no near word, or two equally near ("inspection": injection or insertion?): leave it alone
    return hits[0][0] if hits[0][0][-1] == tok[-1] else tok


_MATCHERS: dict[int, _Matcher] = {}


def _matcher(cat: EngineCatalog) -> _Matcher:
    if id(cat) not in _MATCHERS:
        _MATCHERS[id(cat)] = _Matcher(cat)
    return _MATCHERS[id(cat)]


@lru_cache(maxsize=8)
def _first_lengths(index_id: int, keys: tuple) -> dict[str, int]:
    out: dict[str, int] = {}
    for key in keys:
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


_FIRST: dict[int, dict[str, int]] = {}


def _scan(toks: list[tuple[str, int, int]], index: dict, max_len: int) -> list[tuple[int, int, tuple]]:
    """(first token, end token, key) of longest matches, left to right."""
    first = _FIRST.get(id(index))
    if first is None or len(_FIRST) > 8:
        first = _FIRST[id(index)] = _first_lengths(id(index), tuple(index))
    out, i = [], 0
    while i < len(toks):
        longest = first.get(toks[i][0], 0)
        for n in range(min(longest, len(toks) - i), 0, -1):
            key = tuple(t for t, _, _ in toks[i:i + n])
            if key in index:
                out.append((i, i + n, key))
                i += n - 1
                break
        i += 1
    return out


def _loose(toks: list[tuple[str, int, int]], cat: EngineCatalog, taken: list[tuple[int, int, set]],
           text: str = "") -> list[tuple[int, int, tuple]]:
    """Terms whose content words all occur close together, in any order."""
    where: dict[str, list[int]] = {}
    clause, part, joined, plus = [], 0, [], 0
    for i, (t, a, _) in enumerate(toks):
        where.setdefault(t, []).append(i)
        if t == "and" or (i and re.search(r"[,;+]", text[toks[i - 1][2]:a])):
            part += 1  # "CT of the head and CT of the cervical spine": each CT belongs to its own clause
        if i and "+" in text[toks[i - 1][2]:a]:
            plus += 1  # "eye exam + visual field": a plus sign joins two separate services
        clause.append(part)
        joined.append(plus)
    out = []
    for word in where:
        for key, content in cat.loose.get(word, ()):
            if not content <= where.keys():
                continue
            home = where[word][0]
            idx = [min(where[w], key=lambda i: (clause[i] != clause[home], abs(i - home))) for w in content]
            lo, hi = min(idx), max(idx) + 1
            if hi - lo > len(content) + 7 or any(joined[k] != joined[k - 1] and not (
                    toks[k - 1][0] in content and toks[k][0] in content) for k in range(lo + 1, hi)):
                continue  # "eye exam + Humphrey field" are two services; "medial + lateral meniscectomy" one
            if any(toks[i][0] in ("only", "not") and toks[i][0] not in key for i in range(lo, hi)):
                continue  # "CT of the abdomen only (pelvis not imaged)" is no abdomen-and-pelvis study
            if content & _SIDE_WORDS and [toks[i][0] for i in sorted(idx)] != [w for w in key if w in content]:
                continue  # "left heart catheterization via right radial" is not a right heart cath
            codes = set(cat.terms[key])
            if any(a <= lo and hi <= b and codes & c for a, b, c in taken):
                continue
            letters = [w for w in content if len(w) == 1 and ("hepatitis" in key or "hep" in key)]  # not "a 9-year-old"
            if letters and not all(any(toks[i][0] == w and i > 0 and toks[i - 1][0] in ("hepatitis", "hep")
                                       for i in where[w]) for w in letters):
                continue
            if any((lo < a < hi < b or a < lo < b < hi) and b - a > hi - lo and not codes & c for a, b, c in taken):
                continue  # "septum + submucous resection of inferior turbinates": the words belong to the exact term
            out.append((lo, hi, key))
    return out


def _other_vaccine(cat: EngineCatalog, key: tuple, outer: tuple) -> bool:
    codes, around = set(cat.terms[key]), set(cat.terms[outer])
    return not codes & around and all(getattr(cat.get(c), "action", "") == "vaccine" for c in codes)


def _inner_drugs(toks: list[tuple[str, int, int]], cat: EngineCatalog, spans: list[tuple[int, int, tuple]]
                 ) -> list[tuple[int, int, tuple]]:
    """A drug named inside a longer procedure term ("intravitreal injection of aflibercept") is also the drug."""
    out = []
    for i, j, key in spans:
        if j - i < 2 or any(getattr(cat.get(c), "is_drug", False) for c in cat.terms[key]):
            continue
        for a in range(i, j):
            for b in range(min(j, a + 3), a, -1):
                sub = tuple(t for t, _, _ in toks[a:b])
                if sub != key and sub in cat.terms and all(getattr(cat.get(c), "is_drug", False)
                                                           for c in cat.terms[sub]):
                    out.append((a, b, sub))
                    break
    return out


def _sentence_facts(state: CaseState, cat: EngineCatalog, sid: int, s: int, e: int) -> None:
    m = _matcher(cat)
    raw = tokens(state.text[s:e], offset=s)
    toks = [(m.fix(t), a, b) for t, a, b in raw if not state.is_ignored(a)]
    exact = _scan(toks, cat.terms, cat.max_term)
    taken = [(i, j, set(cat.terms[key])) for i, j, key in exact]
    found = [(i, j, k) for i, j, k in exact + _loose(toks, cat, taken, state.text)
             if not _negated_inside(state, toks, i, j, k)]
    # a one-word match inside a longer one is part of it, except a vaccine brand inside an order-free match
    # of another vaccine ("flu vaccine and the Shingrix shot" still holds Shingrix)
    exact_at = {(i, j) for i, j, _ in exact}
    inner = _inner_drugs(toks, cat, found)
    found = [(i, j, k) for i, j, k in found
             if not (j - i == 1 and any(a <= i and j <= b and b - a > 1 and (
                 (a, b) in exact_at or not _other_vaccine(cat, k, k2)) for a, b, k2 in found))]
    found += [x for x in inner if x not in found]
    words = {t for t, _, _ in toks}
    for i, j, key in found:
        a, b = toks[i][1], toks[j - 1][2]
        if key in cat.guarded and not _guard_ok(state.text, a, b, key[0]):
            continue
        if j - i == 1 and key in cat.acronyms and re.match(r"-[A-Za-z]", state.text[b:b + 2]):
            continue  # "ASC-US" is a Pap result, not ASC: an abbreviation hyphened to more letters is another name
        if key in cat.acronyms and len(state.text) > _LONG_NOTE and not state.text[a:b].isupper():
            continue  # dictated notes write abbreviations in capitals: "sac" is a hernia sac, not SAC
        if j - i == 1 and key in cat.acronyms and not state.text[a:b].isupper() and re.match(
                r"\.\s+[A-Z]", state.text[b:b + 3]):
            continue  # "St. Mary's", "Dr. Lee": a title before a name, not the ST/DR abbreviation
        loose = (i, j, set(cat.terms[key])) not in taken
        zone = _zone(state, a)
        weight = (0.85 if loose else 1.0) * zone.get("all", 1.0) * (zone.get("single", 1.0) if j - i == 1 else 1.0)
        codes = {c: w * weight for c, w in cat.terms[key].items()}
        codes = _drop_labs(codes, cat, words, zone, _pathology_report(state.text))
        if b - a <= 3 and _LEVEL_SPAN.match(state.text, a) and any(c in cat.labs for c in codes):
            codes = {c: w for c, w in codes.items() if c not in cat.labs}  # "C4-5" is a spinal level, not C4
        if j - i == 1 and key in cat.acronyms and not state.text[a:b].isupper() and any(c in cat.labs for c in codes):
            codes = {c: w for c, w in codes.items() if c not in cat.labs}  # "nasal ala" is not ALA
        if codes and weight > 0:
            fact = Fact("procedure", state.text[a:b], a, b, sentence=sid, value=" ".join(key))
            state.facts.append(fact)
            state.mentions.append(Mention(fact, codes, term=" ".join(key)))
    for i, j, key in _scan(toks, cat.features, 4):
        a, b = toks[i][1], toks[j - 1][2]
        if cat.features[key] == "manipulation" and i and toks[i - 1][0] == "open":
            continue  # "open reduction" is open treatment, not a closed manipulation
        for token in (cat.features[key],) + cat.features_also.get(key, ()):
            state.facts.append(Fact("feature", state.text[a:b], a, b, sentence=sid, value=token))
    for n, (tok, a, b) in enumerate(toks):
        if tok in SITE_GROUPS:
            state.facts.append(Fact("site", state.text[a:b], a, b, sentence=sid, value=tok))
        if tok in APPROACH_WORDS:
            state.facts.append(Fact("approach", state.text[a:b], a, b, sentence=sid, value=APPROACH_WORDS[tok]))
        elif tok in ("scope", "scoped") and n and toks[n - 1][0] in _JOINTS:  # "knee scope": arthroscopy
            state.facts.append(Fact("approach", state.text[a:b], a, b, sentence=sid, value="arthroscopic"))
        side = _side(state.text, toks, n)
        if side:
            state.facts.append(Fact("laterality", state.text[a:b], a, b, sentence=sid, value=side))
    for lv in _SPINE_LEVEL.finditer(state.text, s, e):
        if not state.is_ignored(lv.start()):
            key = {"C": "cervical", "T": "thoracic", "L": "lumbar", "S": "lumbar"}[lv.group(1) or lv.group(2)]
            state.facts.append(Fact("site", lv.group(0), lv.start(), lv.end(), sentence=sid, value=key + "_level"))


# "C5-6", "L4-L5", "T12-L1", "L1", "C7": a vertebral level names the spine region (single T/S levels are
# left out: "T1-weighted", "T4", "S1 S2" heart sounds)
_SPINE_LEVEL = re.compile(r"\b(?:([CTLS])\d{1,2}\s?[-\u2013/]\s?[CTLS]?\d{1,2}|([CL])\d(?!\d))\b(?![\w-]*\s*weight)")


def _negated_inside(state: CaseState, toks: list, i: int, j: int, key: tuple) -> bool:
    """ "EGD: no biopsies" is an EGD and a negated biopsy, not an EGD with biopsy (and the lone "EGD"
    inside the rejected phrase stays a mention)."""
    if j - i < 2:
        return False
    if _PAST_INSIDE.search(state.text, toks[i][1], toks[j - 1][2]):
        return True  # "lap chole, h/o appy": today's scope and a past appendectomy, not a lap appendectomy
    neg = _NEG_INSIDE.search(state.text, toks[i][1], toks[j - 1][2])
    return bool(neg) and neg.group().lower() not in key and not (neg.group().lower() == "w/o" and "without" in key)


_JOINTS = frozenset({"knee", "shoulder", "hip", "ankle", "elbow", "wrist"})
_SIDE_WORDS = frozenset({"left", "right", "bilateral", "upper", "lower"})
_PAST_INSIDE = re.compile(r"\b(?:h/o|s/p|hx of|history of|status post|(?:pre-?)?existing)\b", re.I)
_NEG_INSIDE = re.compile(r"\b(no|not|without|w/o|none|nor|neither)\b", re.I)
_EYES = {"OD": "right", "OS": "left", "OU": "bilateral"}
_LEFT_VERB_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+$", re.I)
_LEFT_VERB_AFTER = re.compile(r"\s+(?:in place|in situ|intact|alone|open|undisturbed|untouched|behind|in)\b", re.I)
_SIDE_SPARED = re.compile(r"[\s-]+(?:(?:side|ear|eye|one|knee|breast|ovary|adnexa|tube)s?\s+)?(?:was|is|were|are|remained|"
                          r"appeared|looked)\s+(?:\w+\s+)?(?:normal|unremarkable|uninvolved|unaffected|clear|spared|"
                          r"not (?:injected|treated|touched|involved|affected|operated))\b", re.I)


def _side(text: str, toks: list, n: int) -> str | None:
    """Laterality of token ``n``: left/right/bilateral words; "both" only before paired parts ("both
    knees", not "both menisci"); a capital L or R written right before a paired part ("L knee")."""
    tok, a, b = toks[n]
    nxt = toks[n + 1][0] if n + 1 < len(toks) else ""
    if tok == "both":
        return "bilateral" if nxt in PAIRED_PARTS else None
    raw = text[a:b]
    if raw in ("L", "R", "Lt", "Rt", "LT", "RT") and not re.match(r"[/&'\d-]|\s*\d", text[b:b + 2]) \
            and not (raw == "L" and re.search(r"\d\s?$", text[max(0, a - 3):a])):  # "1.2 L of fluid": litres
        return "left" if raw[0] == "L" else "right"
    if raw in _EYES:
        return _EYES[raw]
    if tok == "left" and re.match(r"\s+(?:in(?: place| situ)?|alone|behind|open|untouched|intact|indwelling|over|"
                                  r"to (?:an? )?(?:drainage|gravity|suction|water|bag|drain|heal)|on (?:suction|water)|"
                                  r"for drainage|attached|capped|connected|draining)\b",
                                  text[b:b + 24], re.I):
        return None  # "the stone was left in place": not a side
    side = LATERALITY_WORDS.get(tok)
    if side and tok == "left" and (_LEFT_VERB_BEFORE.search(text[max(0, a - 12):a])
                                   or _LEFT_VERB_AFTER.match(text[b:b + 25])):
        return None  # "ovaries left in place": the verb, not a side
    if side and side != "bilateral" and _SIDE_SPARED.match(text[b:b + 60]):
        return None  # "right ear was normal": the other side was not treated
    return side


_LONG_NOTE = 600


def _guard_ok(text: str, a: int, b: int, tok: str) -> bool:
    """A one-word term that is an everyday word or a unit counts only as a capitalised abbreviation."""
    raw = text[a:b]
    if tok in UNIT_WORDS:
        before = text[max(0, a - 12):a].rstrip()
        return raw != raw.lower() and not (before and (before[-1].isdigit() or before.endswith("-")))
    return raw.isupper() and len(raw) > 1


def _zone(state: CaseState, pos: int) -> dict[str, float]:
    """How much a mention at ``pos`` may weigh, from the section it sits in.  Diagnosis, history,
    medication and plan sections never code; when the note has procedure sections, text outside them
    counts less and one-word matches there not at all; narrative (description, findings) keeps
    multi-word matches and halves one-word ones."""
    label = sections.section_at(state, pos)
    if label in sections.NON_CODING:
        return {"all": 0.0, "labs": 0.0}
    if label == "procedure":
        return {}
    if label == "narrative":
        return {"single": 0.5, "labs": 0.0}
    if sections.has_procedure_section(state):
        return {"all": 0.6, "single": 0.0, "labs": 0.0}
    return {}


# a pathologist's report: anatomic pathology (surgical pathology, frozen sections, cytology) is its service
_PATH_REPORT = re.compile(r"\b(?:surgical pathology|path(?:ology)? report|gross and micro(?:scopic)?|pathology consult\w*|"
                          r"specimens? received|permanent sections?|cytopatholog\w+|pathologist)\b", re.I)


@lru_cache(maxsize=64)
def _pathology_report(text: str) -> bool:
    return bool(_PATH_REPORT.search(text))


def _drop_labs(codes: dict[str, float], cat: EngineCatalog, words: set[str], zone: dict[str, float],
               path_report: bool = False) -> dict[str, float]:
    """Laboratory codes need a word that says something was measured; a drug name alone is a drug.
    In a pathologist's report the anatomic pathology codes (88000-88399) need no such word."""
    labs = [c for c in codes if c in cat.labs and not (path_report and "88000" <= c <= "88399")]
    if not labs:
        return codes
    drug_named = any(c in cat.drugs for c in codes)
    if zone.get("labs", 1.0) == 0.0 or (not words & LAB_CUES and (drug_named or words & _GIVEN)):
        return {c: w for c, w in codes.items() if c not in labs}
    return codes


_LEVEL_SPAN = re.compile(r"[CTLS]\d{1,2}\s*(?:-|/|to|through)\s*[CTLS]?\d{1,2}\b")
_GIVEN = frozenset({"given", "administered", "injection", "intramuscular", "intravenous", "subcutaneous",
                    "infusion", "push", "dose", "inhaled", "nebulizer", "oral", "po", "tablet"})


_LEVEL_RANGE = re.compile(r"\b([CTLS])(\d{1,2})\s*(?:-|/|to|through)\s*([CTLS]?)(\d{1,2})\b")
# a single vertebra; T1/T2 are left out (MRI weightings), ranges are read by _LEVEL_RANGE
_ONE_LEVEL = re.compile(r"(?<![\w/-])(?:T(?:[3-9]|1[0-2])|L[1-5])(?![\w/-])(?!\s*(?:to|through)\s*[CTLS]?\d)")
_REGION = {"C": "cervical spine", "T": "thoracic spine", "L": "lumbar spine", "S": "sacrum"}


def _level_sites(text: str) -> list[Fact]:
    """A spinal level range ("C5-C6", "L4-5", "L5-S1") names its spine region as the site."""
    out = []
    for m in _LEVEL_RANGE.finditer(text):
        for region in dict.fromkeys((m.group(1), m.group(3) or m.group(1))):
            out.append(Fact("site", m.group(), m.start(), m.end(), value=_REGION[region]))
    for m in _ONE_LEVEL.finditer(text):  # "kyphoplasty T12": one thoracic or lumbar vertebra
        if not any(f.start <= m.start() < f.end for f in out):
            out.append(Fact("site", m.group(), m.start(), m.end(), value=_REGION[m.group()[0]]))
    return out


def _regex_facts(state: CaseState) -> None:
    found = numbers.extract(state.text) + encounter.extract(state.text) + _level_sites(state.text)
    for f in found:
        if not state.is_ignored(f.start):
            f.sentence = state.sentence_of(f.start)
            state.facts.append(f)


def run(state: CaseState, cat: EngineCatalog) -> None:
    """Stage: sentences and facts."""
    state.sentences = split_sentences(state.text)
    for sid, (s, e) in enumerate(state.sentences):
        if state.is_ignored(s) and state.is_ignored(max(s, e - 1)):  # a forwarded-header line opens the note
            continue
        _sentence_facts(state, cat, sid, s, e)
    _lone_labs(state, cat)
    _regex_facts(state)


def _lone_labs(state: CaseState, cat: EngineCatalog) -> None:
    """A one-word lab name ("RF", "Pap", "copper") beside other procedures, in a sentence with no word saying
    something was measured, names no test: RF ablation, an abnormal Pap, a copper IUD.  A lab-only note
    ("PT/INR + PTT") keeps them."""
    if all(set(m.codes) <= cat.labs for m in state.mentions):
        return
    keep = []
    for m in state.mentions:
        loose = " " in m.term and tuple(t for t, _, _ in tokens(m.fact.text)) != tuple(m.term.split())
        if (" " not in m.term or loose) and set(m.codes) & cat.labs:
            s, e = state.sentences[m.fact.sentence]
            if not {t for t, _, _ in tokens(state.text[s:e])} & LAB_CUES:
                m.codes = {c: w for c, w in m.codes.items() if c not in cat.labs}
                if not m.codes:
                    state.facts.remove(m.fact)
                    continue
        keep.append(m)
    state.mentions = keep
