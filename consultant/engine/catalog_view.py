"""The engine's read-only view of the catalog, plus the indexes it matches
against: normalised term -> codes, feature phrases -> feature tokens, drug
names -> HCPCS drug codes.  Built once per process (about a second) and then
shared by every ``suggest`` call.

The catalog itself is ``consultant.catalog.get_catalog()``.  While that
package is being written the view falls back to reading the same sources with
the catalog's own loaders, so the engine can run and be tested either way.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .lexicon import DEFAULT_FEATURES
from .text import norm_phrase

_STOP_TERMS = {("patient",), ("visit",), ("panel",), ("test",), ("with",), ("left",), ("right",)}
_SALT_WORDS = {"sodium", "potassium", "calcium", "hydrochloride", "sulfate", "acetate", "human",
               "injection", "immune", "globulin", "factor", "vitamin", "interferon", "botulinum"}
_DRUG_NAME_RE = re.compile(r"^(?:injection|infusion|inhalation solution),?\s+([a-z][a-z\- ]+?)(?:,|\(|\s+per\b|$)", re.I)


@dataclass
class EngineCatalog:
    """Catalog access and match indexes."""

    source: Any
    entries: dict[str, Any]
    terms: dict[tuple[str, ...], dict[str, float]] = field(default_factory=dict)
    features: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_term: int = 1
    loose: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = field(default_factory=dict)
    addons_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_action: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def get(self, code: str) -> Any:
        return self.entries.get(code)

    def bundling(self, a: str, b: str) -> Any:
        fn = getattr(self.source, "bundling", None)
        try:
            return fn(a, b) if fn else None
        except Exception:  # a catalog bug must not take a case down
            return None

    def mue(self, code: str) -> tuple[int, int] | None:
        entry = self.entries.get(code)
        if entry is None or getattr(entry, "mue_value", None) is None:
            return None
        return int(entry.mue_value), int(entry.mue_mai or 0)


def _load_source() -> tuple[Any, list[Any], dict[str, list[str]]]:
    try:
        from consultant.catalog import get_catalog  # type: ignore[attr-defined]
    except ImportError:
        return _fallback_source()
    cat = get_catalog()
    entries = cat.entries
    entries = list(entries.values()) if isinstance(entries, dict) else list(entries)
    feats = getattr(cat, "features", None) or {}
    return cat, entries, dict(feats)


def _fallback_source() -> tuple[Any, list[Any], dict[str, list[str]]]:
    from dataclasses import fields

    from consultant.catalog import cms, cpt_yaml, paths

    entries = []
    for path in cpt_yaml.cpt_files(paths.CPT_DIR):
        entries.extend(cpt_yaml.load_cpt_file(path)[0])
    hcpcs, _ = cms.load_hcpcs(paths.SHIPPED["hcpcs"])
    known = {e.code for e in entries}
    entries.extend(e for e in hcpcs if e.code not in known)
    pfs, mue = cms.load_pfs(paths.SHIPPED["pfs"]), cms.load_mue(paths.SHIPPED["mue"])
    names = {f.name for f in fields(entries[0])} if entries else set()
    for e in entries:
        for key, value in pfs.get(e.code, {}).items():
            if key in names:
                setattr(e, key, value)
        if e.code in mue:
            e.mue_value, e.mue_mai = mue[e.code]
    feats, _ = cpt_yaml.load_features(paths.FEATURES_DIR)
    return None, entries, feats


def _add_term(index: dict, phrase: str, code: str, weight: float) -> int:
    toks = norm_phrase(phrase)
    if not toks or toks in _STOP_TERMS:
        return 0
    bucket = index.setdefault(toks, {})
    bucket[code] = max(bucket.get(code, 0.0), weight)
    return len(toks)


def _drug_name(entry: Any) -> str:
    m = _DRUG_NAME_RE.match(entry.description or "")
    return m.group(1).strip() if m else ""


def _index_entry(cat: EngineCatalog, e: Any) -> None:
    longest = 0
    if e.system == "CPT":
        for term in e.terms:
            longest = max(longest, _add_term(cat.terms, term, e.code, 1.0))
        longest = max(longest, _add_term(cat.terms, e.short, e.code, 0.8))
    elif getattr(e, "is_drug", False):
        name = _drug_name(e)
        if name and len(name) > 3:
            longest = max(longest, _add_term(cat.terms, name, e.code, 0.9))
            words = name.split()
            first = words[0]
            if len(words) == 2 and words[1] in _SALT_WORDS and len(first) >= 6:
                _add_term(cat.terms, first, e.code, 0.85)
    for term in getattr(e, "terms", []) if e.system != "CPT" else []:
        longest = max(longest, _add_term(cat.terms, term, e.code, 1.0))
    cat.max_term = max(cat.max_term, longest)
    if e.addon:
        for parent in e.parents:
            cat.addons_of[parent].append(e.code)
    if e.action:
        cat.by_action[e.action].append(e.code)


LOOSE_STOP = frozenset({"of", "the", "a", "an", "and", "or", "with", "to", "for", "in", "on", "by", "each",
                        "first", "per", "cm", "less", "more", "than", "up", "at", "from", "other", "any"})


def _build_loose(cat: EngineCatalog) -> None:
    """Order-free index: rarest content word of a multi-word term -> (term, its content words)."""
    df: dict[str, int] = defaultdict(int)
    keyed = []
    for key in cat.terms:
        content = frozenset(t for t in key if t not in LOOSE_STOP)
        if len(content) >= 2:
            keyed.append((key, content))
            for t in content:
                df[t] += 1
    for key, content in keyed:
        rare = min(content, key=lambda t: (df[t], t))
        cat.loose.setdefault(rare, []).append((key, content))


_PROCEDURE_SUFFIXES = ("ectomy", "otomy", "ostomy", "scopy", "plasty", "pexy", "graphy", "centesis", "rrhaphy",
                       "lysis", "tripsy", "biopsy", "desis", "gram")


def _damp_generic(cat: EngineCatalog) -> None:
    """A one-word term that is also a word of many other terms ("laceration")
    is weak evidence on its own."""
    df: dict[str, set[str]] = defaultdict(set)
    for key, codes in cat.terms.items():
        for t in set(key):
            df[t].update(codes)
    for key, codes in cat.terms.items():
        if len(key) == 1 and len(df[key[0]]) > 10 and not key[0].endswith(_PROCEDURE_SUFFIXES):
            for code in codes:
                codes[code] *= 0.5


@lru_cache(maxsize=1)
def engine_catalog() -> EngineCatalog:
    """Load the catalog and build the indexes (cached for the process)."""
    source, entries, feats = _load_source()
    active = {e.code: e for e in entries if not getattr(e, "deleted", "")}
    cat = EngineCatalog(source=source, entries=active)
    for e in active.values():
        _index_entry(cat, e)
    _build_loose(cat)
    _damp_generic(cat)
    merged: dict[str, list[str]] = {k: list(v) for k, v in DEFAULT_FEATURES.items()}
    for token, phrases in feats.items():
        merged.setdefault(token, []).extend(phrases)
    for token, phrases in merged.items():
        for phrase in phrases:
            toks = norm_phrase(phrase)
            if toks:
                cat.features.setdefault(toks, token)
    return cat
