"""Ranked, abbreviation-aware, typo-tolerant search over the catalog.

The index is BM25F-style: each entry's words are counted with field weights
(terms and abbreviations highest, then the short name, sites, description),
and postings are kept as compact arrays so the compiled cache pickles fast.
A query is tokenised like the entries; each word also looks up its synonyms
(text.SYNONYMS), its near spellings (rapidfuzz over the vocabulary) and, for
the last word, completions of a prefix (autocomplete).  Whole catalog terms
found inside the query ("lap chole", "snare polypectomy") add a phrase bonus,
and a code number typed in the query ranks that code first.
"""
from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left
from collections import defaultdict

from rapidfuzz import fuzz, process

from .model import CodeEntry
from .text import SYNONYMS, stem, tokens

FIELD_WEIGHTS = {"terms": 3.0, "short": 2.0, "site": 1.5, "description": 1.0, "subsection": 0.3}
K1, B = 1.2, 0.6
PHRASE_BONUS = 4.0
CODE_BONUS = 100.0
_CODE_RE = re.compile(r"\b([0-9]{4}[0-9FTUM]|[A-V][0-9]{4})\b", re.I)


# what the index keeps of one entry: field-weighted token counts, the
# document length, and the phrase keys (whole terms, a several-word short name)
Doc = tuple[dict[str, float], float, list[str]]


def entry_doc(entry: CodeEntry) -> Doc:
    """Tokenise one entry for the index (each text once; the terms' tokens
    serve both the field counts and the phrase keys)."""
    counts: dict[str, float] = {}
    keys: list[str] = []
    length = 0.0
    w = FIELD_WEIGHTS["terms"]
    for term in entry.terms:
        toks = tokens(term)
        for tok in toks:
            counts[tok] = counts.get(tok, 0.0) + w
            length += w  # summed one by one, exactly as before
        keys.append(" ".join(toks))
    short = tokens(entry.short)
    for name, toks in (("short", short), ("site", tokens(" ".join(entry.site))),
                       ("description", tokens(entry.description)), ("subsection", tokens(entry.subsection))):
        w = FIELD_WEIGHTS[name]
        for tok in toks:
            counts[tok] = counts.get(tok, 0.0) + w
            length += w
    if len(short) > 1:
        keys.append(" ".join(short))
    return counts, length, keys


def _prior(entry: CodeEntry) -> float:
    """How likely a client means this kind of code, all else equal: our
    described CPT entries first, quality-reporting M-codes last."""
    return prior_for(entry.system, entry.code)


def prior_for(system: str, code: str) -> float:
    if system == "CPT":
        return 1.0
    return 0.6 if code.startswith("M") else 0.9


class SearchIndex:
    """Inverted index over catalog entries (by position in the entry list)."""

    def __init__(self, entries: list[CodeEntry]) -> None:
        self._build([entry_doc(e) for e in entries], [_prior(e) for e in entries])

    @classmethod
    def from_docs(cls, docs: list[Doc], priors: list[float]) -> SearchIndex:
        """Assemble the index from per-entry docs (see :func:`entry_doc`),
        which the compiler caches per source file."""
        index = cls.__new__(cls)
        index._build(docs, priors)
        return index

    def _build(self, docs: list[Doc], priors: list[float]) -> None:
        weights: dict[str, dict[int, float]] = {}
        self.prior = array("f", priors)
        phrases: dict[str, set[int]] = defaultdict(set)
        for doc, (counts, _length, keys) in enumerate(docs):
            for tok, value in counts.items():
                by_doc = weights.get(tok)
                if by_doc is None:
                    weights[tok] = {doc: value}
                else:
                    by_doc[doc] = value
            for key in keys:
                phrases[key].add(doc)
        lengths = array("f", [d[1] for d in docs])
        self.lengths = lengths
        self.avg = sum(lengths) / max(len(lengths), 1)
        # one flat array per kind plus offsets: pickles in a few big chunks
        self.docs, self.tfs = array("I"), array("f")
        self.postings: dict[str, tuple[int, int]] = {}
        for tok, by_doc in weights.items():
            start = len(self.docs)
            self.docs.extend(by_doc.keys())
            self.tfs.extend(by_doc.values())
            self.postings[tok] = (start, len(self.docs))
        self.phrase_docs = array("I")
        self.phrases: dict[str, tuple[int, int]] = {}
        for key, found in phrases.items():
            start = len(self.phrase_docs)
            self.phrase_docs.extend(sorted(found))
            self.phrases[key] = (start, len(self.phrase_docs))
        self.vocab = sorted(self.postings)
        self.max_phrase = max((k.count(" ") + 1 for k in self.phrases), default=1)

    # query expansion -------------------------------------------------------
    def _fuzzy(self, tok: str) -> list[tuple[str, float]]:
        if len(tok) < 4:
            return []
        cutoff = 80 if len(tok) >= 6 else 75
        found = process.extract(tok, self.vocab, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3)
        return [(word, 0.8 * score / 100) for word, score, _ in found if word != tok]

    def _prefix(self, tok: str) -> list[tuple[str, float]]:
        start = bisect_left(self.vocab, tok)
        out = []
        for word in self.vocab[start:start + 15]:
            if not word.startswith(tok):
                break
            out.append((word, 0.6))
        return out

    def expand(self, tok: str, last: bool) -> dict[str, float]:
        """One query word -> index words to look for, with weights: itself,
        its synonyms, near spellings (typos) and, for the last word, prefix
        completions."""
        wanted: dict[str, float] = {}

        def add(word: str, weight: float) -> None:
            wanted[word] = max(wanted.get(word, 0.0), weight)

        known = tok in self.postings
        if known:
            add(tok, 1.0)
        for syn in SYNONYMS.get(tok, []):
            add(" ".join(stem(w) for w in syn.split()), 0.7 if known else 0.9)
        if not known:
            for word, weight in self._fuzzy(tok):
                add(word, weight)
            if last and len(tok) >= 3:
                for word, weight in self._prefix(tok):
                    add(word, weight)
        return wanted

    # scoring ---------------------------------------------------------------
    @staticmethod
    def _token_weight(tok: str) -> float:
        """Numbers and one- or two-letter words say little on their own."""
        if tok.isdigit():
            return 0.3
        return 0.6 if len(tok) <= 2 else 1.0

    def _word_scores(self, word: str) -> dict[int, float]:
        if " " in word:  # a several-word alternative: the mean over its words
            parts = word.split()
            combined: dict[int, float] = defaultdict(float)
            for part in parts:
                for doc, value in self._word_scores(part).items():
                    combined[doc] += value / len(parts)
            return combined
        span = self.postings.get(word)
        if span is None:
            return {}
        docs, tfs = self.docs[span[0]:span[1]], self.tfs[span[0]:span[1]]
        n = len(self.lengths)
        idf = math.log(1 + (n - len(docs) + 0.5) / (len(docs) + 0.5))
        lengths, avg = self.lengths, self.avg
        return {doc: idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[doc] / avg))
                for doc, tf in zip(docs, tfs)}

    def score(self, query: str) -> dict[int, float]:
        """Document position -> score for a free-text query.  Each query word
        contributes its best-matching expansion; the sum is scaled by the share
        of query words a document matches, so partial matches rank lower."""
        raw_tokens = tokens(query)
        query_tokens = list(dict.fromkeys(raw_tokens))
        scores: dict[int, float] = defaultdict(float)
        matched: dict[int, float] = defaultdict(float)
        total = sum(self._token_weight(t) for t in query_tokens) or 1.0
        for i, tok in enumerate(query_tokens):
            weight = self._token_weight(tok)
            best: dict[int, float] = {}
            for word, qweight in self.expand(tok, i == len(query_tokens) - 1).items():
                for doc, value in self._word_scores(word).items():
                    if qweight * value > best.get(doc, 0.0):
                        best[doc] = qweight * value
            for doc, value in best.items():
                scores[doc] += weight * value
                matched[doc] += weight
        prior = self.prior
        for doc in scores:
            scores[doc] *= prior[doc] * (0.3 + 0.7 * matched[doc] / total)
        self._phrase_bonus(raw_tokens, scores)
        return scores

    def _phrase_bonus(self, query_tokens: list[str], scores: dict[int, float]) -> None:
        for size in range(min(self.max_phrase, len(query_tokens)), 0, -1):
            bonus = PHRASE_BONUS * size if size > 1 else PHRASE_BONUS / 2
            for start in range(len(query_tokens) - size + 1):
                span = self.phrases.get(" ".join(query_tokens[start:start + size]))
                if span is not None:
                    for doc in self.phrase_docs[span[0]:span[1]]:
                        scores[doc] += bonus

    @staticmethod
    def codes_in(query: str) -> list[str]:
        """Code numbers typed in a query (47562, J0696)."""
        return [c.upper() for c in _CODE_RE.findall(query)]
