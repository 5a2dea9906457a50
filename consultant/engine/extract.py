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

from . import encounter, numbers
from .catalog_view import EngineCatalog
from .lexicon import APPROACH_WORDS, LATERALITY_WORDS, SITE_GROUPS
from .model import CaseState, Fact, Mention
from .text import tokens

_SENT_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9(\"'])|\n\s*\n|\n(?=\s*>)|\n(?=\s*(?:[-*•]|\d+[.)]|[A-Z][A-Za-z /]{2,40}:))")


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
    return buckets


class _Matcher:
    """Longest-match phrase lookup over normalised tokens, with typo repair."""

    def __init__(self, cat: EngineCatalog) -> None:
        self.cat = cat
        self.words = frozenset(w for key in list(cat.terms) + list(cat.features) for w in key)
        self.buckets = _vocab(id(cat), self.words)

    def fix(self, tok: str) -> str:
        if tok in self.words or len(tok) < 7 or not tok.isalpha():
            return tok
        return _fix_cached(tok, tuple(self.buckets.get(tok[:2], ())))


@lru_cache(maxsize=32768)
def _fix_cached(tok: str, choices: tuple[str, ...]) -> str:
    if not choices:
        return tok
    hit = process.extractOne(tok, choices, scorer=Levenshtein.distance, score_cutoff=2 if len(tok) >= 10 else 1)
    return hit[0] if hit else tok


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


def _loose(toks: list[tuple[str, int, int]], cat: EngineCatalog, taken: list[tuple[int, int, set]]
           ) -> list[tuple[int, int, tuple]]:
    """Terms whose content words all occur close together, in any order."""
    where: dict[str, list[int]] = {}
    for i, (t, _, _) in enumerate(toks):
        where.setdefault(t, []).append(i)
    out = []
    for word in where:
        for key, content in cat.loose.get(word, ()):
            if not content <= where.keys():
                continue
            idx = [min(where[w], key=lambda i: abs(i - where[word][0])) for w in content]
            lo, hi = min(idx), max(idx) + 1
            if hi - lo > len(content) + 6:
                continue
            codes = set(cat.terms[key])
            if any(a <= lo and hi <= b and codes & c for a, b, c in taken):
                continue
            out.append((lo, hi, key))
    return out


def _sentence_facts(state: CaseState, cat: EngineCatalog, sid: int, s: int, e: int) -> None:
    m = _matcher(cat)
    raw = tokens(state.text[s:e], offset=s)
    toks = [(m.fix(t), a, b) for t, a, b in raw if not state.is_ignored(a)]
    exact = _scan(toks, cat.terms, cat.max_term)
    taken = [(i, j, set(cat.terms[key])) for i, j, key in exact]
    found = exact + _loose(toks, cat, taken)
    found = [(i, j, k) for i, j, k in found
             if not (j - i == 1 and any(a <= i and j <= b and b - a > 1 for a, b, _ in found))]
    for i, j, key in found:
        a, b = toks[i][1], toks[j - 1][2]
        fact = Fact("procedure", state.text[a:b], a, b, sentence=sid, value=" ".join(key))
        state.facts.append(fact)
        loose = (i, j, set(cat.terms[key])) not in taken
        weight = 0.85 if loose else 1.0
        state.mentions.append(Mention(fact, {c: w * weight for c, w in cat.terms[key].items()},
                                      term=" ".join(key)))
    for i, j, key in _scan(toks, cat.features, 4):
        a, b = toks[i][1], toks[j - 1][2]
        state.facts.append(Fact("feature", state.text[a:b], a, b, sentence=sid, value=cat.features[key]))
    for tok, a, b in toks:
        if tok in SITE_GROUPS:
            state.facts.append(Fact("site", state.text[a:b], a, b, sentence=sid, value=tok))
        if tok in APPROACH_WORDS:
            state.facts.append(Fact("approach", state.text[a:b], a, b, sentence=sid, value=APPROACH_WORDS[tok]))
        if tok in LATERALITY_WORDS:
            state.facts.append(Fact("laterality", state.text[a:b], a, b, sentence=sid, value=LATERALITY_WORDS[tok]))


def _regex_facts(state: CaseState) -> None:
    found = numbers.extract(state.text) + encounter.extract(state.text)
    for f in found:
        if not state.is_ignored(f.start):
            f.sentence = state.sentence_of(f.start)
            state.facts.append(f)


def run(state: CaseState, cat: EngineCatalog) -> None:
    """Stage: sentences and facts."""
    state.sentences = split_sentences(state.text)
    for sid, (s, e) in enumerate(state.sentences):
        if state.is_ignored(s):
            continue
        _sentence_facts(state, cat, sid, s, e)
    _regex_facts(state)
