"""Word-level normalisation shared by the catalog index and the extractor.

Catalog terms and case text go through the same steps (lower case, simple
singular, abbreviation expansion), so "lap chole", "Lap. Cholecystectomy" and
"laparoscopic cholecystectomies" all become the same token sequence.  Tokens
keep their character spans so every match can be cited.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import ABBREVIATIONS

_TOKEN_RE = re.compile(r"[Uu]/[Ss]\b|w/o\b|w/(?=\s|\w)|s/p\b|(?i:d/c)\b|\d+(?:st|nd|rd|th)\b|[A-Za-z][A-Za-z']*|\d+(?:\.\d+)?")
_KEEP_S = ("ss", "us", "is", "os", "as", "ys")


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A cheap English singular good enough for matching medical nouns."""
    if len(word) <= 3 or word.endswith(_KEEP_S):
        return word
    if word.endswith("oses") and len(word) > 6:
        return word[:-4] + "osis"  # keratoses, stenoses
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def norm_word(raw: str) -> tuple[str, ...]:
    """One raw token -> one or more normalised tokens (abbreviations expand)."""
    if raw == "US" or raw.lower() == "u/s":  # capital US is ultrasound ("US breast"), lower-case "us" is a pronoun
        return ("ultrasound",)
    word = raw.lower().rstrip("'")
    if word.endswith("'s"):
        word = word[:-2]
    if word in ABBREVIATIONS:
        return ABBREVIATIONS[word]
    return (singular(word),)


def tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Normalised tokens with spans; an expanded abbreviation shares its span."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN_RE.finditer(text):
        for tok in norm_word(m.group()):
            out.append((tok, m.start() + offset, m.end() + offset))
    return out


def norm_phrase(phrase: str) -> tuple[str, ...]:
    """A phrase as its normalised token tuple."""
    return tuple(t for t, _, _ in tokens(phrase))
