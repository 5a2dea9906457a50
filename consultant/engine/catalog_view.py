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

from . import index_cache
from .lexicon import ABBREVIATIONS, COMMON_WORDS, DEFAULT_FEATURES, DRUG_NAMES, UNIT_WORDS
from .text import norm_phrase, norm_word

_STOP_TERMS = {("patient",), ("visit",), ("panel",), ("test",), ("with",), ("left",), ("right",)}
_SALT_WORDS = {"sodium", "potassium", "calcium", "hydrochloride", "sulfate", "acetate", "human",
               "injection", "immune", "globulin", "factor", "vitamin", "interferon", "botulinum", "hcl",
               "tromethamine", "phosphate", "succinate", "acetonide", "citrate", "bromide", "chloride",
               "mesylate", "maleate", "tartrate", "lactate", "gluconate", "palmitate", "decanoate",
               "enanthate", "cypionate", "valerate", "propionate", "besylate", "fumarate", "disodium",
               "liposomal", "extended", "release", "suspension", "preservative", "free", "toxin", "type"}
_ROUTE_WORDS = {"intravenous", "intramuscular", "subcutaneous", "infusion", "injection", "inhalation", "solution",
                "intrathecal", "ophthalmic", "intravitreal", "intradermal", "concentrate", "formulation",
                "biosimilar", "recombinant", "administered", "unit-dose", "otherwise", "specified",
                "contrast", "magnetic", "resonance", "material", "imaging"}  # "contrast" alone is no agent
_DRUG_NAME_RE = re.compile(r"^(?:injection|infusion|inhalation solution),?\s+([a-z][a-z0-9\- ]+?)(?:,|\(|\s+per\b|$)", re.I)


@dataclass
class EngineCatalog:
    """Catalog access and match indexes."""

    source: Any
    entries: dict[str, Any]
    terms: dict[tuple[str, ...], dict[str, float]] = field(default_factory=dict)
    features: dict[tuple[str, ...], str] = field(default_factory=dict)
    features_also: dict[tuple[str, ...], tuple] = field(default_factory=dict)  # a phrase naming two features
    max_term: int = 1
    loose: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = field(default_factory=dict)
    addons_of: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_action: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    guarded: frozenset = frozenset()  # one-word keys that are everyday words or units
    labs: frozenset = frozenset()  # pathology/laboratory codes
    drugs: frozenset = frozenset()  # HCPCS drug codes
    acronyms: frozenset = frozenset()  # one-word keys that only come from all-capital catalog terms

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


_CONTRAST_WORDS = re.compile(r",?\s*\b(?:without and with|with and without|without|with)\b(?: (?:iv|intravenous))? "
                             r"(?:contrast|dye)(?: material)?s?\b.*$", re.I)
_RAW_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*")
_ACR: set = set()
_PLAIN: set = set()


def _misread(term: str) -> bool:
    """A catalog abbreviation our own text rules would read as something else: "rT3" (rt = right),
    "LAC" (lac = laceration), "LSC" (laparoscopic), "TIPS" (tip)."""
    raws = _RAW_TOKEN.findall(term)
    for raw in raws:
        mixed = any(ch.isupper() for ch in raw) and any(ch.islower() for ch in raw)
        lone = len(raws) == 1 and raw.isupper() and len(term.split()) == 1
        if len(raw) <= 5 and (mixed or lone) and norm_word(raw) != (raw.lower(),):
            if mixed and not lone and raw.lower() not in ABBREVIATIONS:
                continue  # "Mohs" only loses its plural s, the same way in the note
            return True
    return False


_VIEW_REST = re.compile(r"^(?:\s*,?\s*(?:complete|one side|single view|fewer than \d+|\d+|or|more|views?|"
                        r"static|per side)\b)+\s*$", re.I)


def views_stem(e: Any) -> str:
    """An X-ray code's short name without its view count ("X-ray of wrist, 2 views" -> "X-ray of wrist"), when
    the rest says nothing but the count ("bending views only" is a different study): view-count siblings share it."""
    count = getattr(e, "count", None)
    short = getattr(e, "short", "") or ""
    if count is None or getattr(count, "of", "") != "views" or "x-ray" not in short.lower() or "," not in short:
        return ""
    stem, rest = short.split(",", 1)
    return stem.strip() if _VIEW_REST.match(rest) and len(stem.split()) >= 2 else ""


def _drug_name(entry: Any) -> str:
    m = _DRUG_NAME_RE.match(entry.description or "")
    if m is None and entry.code.startswith("J"):  # "Leuprolide acetate (for depot suspension), 7.5 mg"
        m = _BARE_NAME_RE.match(entry.description or "")
    return m.group(1).strip() if m else ""


_BARE_NAME_RE = re.compile(r"^(?!(?:injection|infusion|inhalation|chemotherapy|drug|supply|medication)\b)([a-z][a-z\-]+(?: [a-z][a-z\-]+)?)\s*[(,]", re.I)
_BRAND_RE = re.compile(r"\(([a-z][a-z0-9\- ]{3,40})\)", re.I)
_NOT_BRAND = re.compile(r"^(?:e\.?g|i\.?e|for|non|which|per|see|list|code|up|not|with|without|includes?|"
                        r"human|bovine|porcine|recombinant|liquid|lyophilized|powder|solution)\b", re.I)


def _drug_extra_names(entry: Any, name: str) -> list[tuple[str, float]]:
    """Another name a note uses for a HCPCS drug: the product name in brackets ("(gammagard liquid)")."""
    out = []
    desc = entry.description or ""
    m = _BRAND_RE.search(desc)
    if m and not _NOT_BRAND.match(m.group(1)):
        brand = m.group(1).strip()
        out.append((brand, 0.9))
        first = brand.split()[0]
        if len(brand.split()) > 1 and len(first) >= 6 and first.lower() not in _SALT_WORDS | _ROUTE_WORDS:
            out.append((first, 0.85))
    return out


def _index_entry(cat: EngineCatalog, e: Any) -> None:
    longest = 0
    if e.system == "CPT":
        own = set(norm_phrase(" ".join([e.short, e.description, " ".join(e.site)])))
        for term in e.terms:
            if _misread(term):
                continue
            if term.isupper() and len(norm_phrase(term)) == 1:
                _ACR.add(norm_phrase(term))
            elif len(norm_phrase(term)) == 1:
                _PLAIN.add(norm_phrase(term))
            lone = norm_phrase(term)
            if term.isupper() and term.lower() in ABBREVIATIONS and len(lone) == 1 \
                    and lone[0] not in norm_phrase(e.short + " " + e.description):
                continue  # e.g. "LAC" (long arm cast) would read as our "lac" = laceration
            odd = len(lone) == 1 and term.islower() and len(term) >= 5 and lone[0] not in own \
                and not any(lone[0] in norm_phrase(t) for t in e.terms if t != term)
            longest = max(longest, _add_term(cat.terms, term, e.code, 0.3 if odd else 1.0))
        longest = max(longest, _add_term(cat.terms, e.short, e.code, 0.8))
        if getattr(e, "contrast", "") and e.short:  # "CT chest" names every contrast sibling; the note's words pick
            bare = _CONTRAST_WORDS.sub("", e.short).strip(" ,;")
            if len(bare.split()) >= 2:
                _add_term(cat.terms, bare, e.code, 0.7)
        stem = views_stem(e)
        if stem:  # "XR wrist" names every view-count sibling; the note's view count picks
            _add_term(cat.terms, stem, e.code, 0.7)
    elif getattr(e, "is_drug", False):
        name = _drug_name(e)
        if name and len(name) > 3:
            longest = max(longest, _add_term(cat.terms, name, e.code, 0.9))
            for extra, weight in _drug_extra_names(e, name):
                longest = max(longest, _add_term(cat.terms, extra, e.code, weight))
            words = name.replace("-", " ").split()
            first = words[0]
            if len(words) >= 2 and all(w in _SALT_WORDS for w in words[1:]) and len(first) >= 6:
                _add_term(cat.terms, first, e.code, 0.85)
            for w in words[1:]:  # "vitamin b-12 cyanocobalamin": the chemical name alone names it too
                if len(w) >= 8 and w not in _SALT_WORDS and w not in _ROUTE_WORDS:
                    _add_term(cat.terms, w, e.code, 0.8)
    for term in DRUG_NAMES.get(e.code, ()) if e.system != "CPT" and not e.deleted else ():
        longest = max(longest, _add_term(cat.terms, term, e.code, 0.95))
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


# narrative words every note uses: an order-free match needs two content words besides these
LOOSE_GENERIC = frozenset({"patient", "visit", "treatment"})


def _build_loose(cat: EngineCatalog) -> None:
    """Order-free index: rarest content word of a multi-word term -> (term, its content words)."""
    df: dict[str, int] = defaultdict(int)
    keyed = []
    for key in cat.terms:
        # the letter of "hepatitis A" / "hep A" is content: hepatitis A and B vaccines are different products
        content = frozenset(t for i, t in enumerate(key) if t not in LOOSE_STOP or (
            len(t) == 1 and i > 0 and key[i - 1] in ("hepatitis", "hep")))
        if len(content) == 2 and any(len(t) == 1 for t in content) and not content & {"hepatitis", "hep"}:
            continue  # "L-Dex" in any order is an "L5" level and a "dex" dose
        if len(content - LOOSE_GENERIC) < 2 and len(content) >= 2:
            continue  # "chest PT" (PT read as patient), "on treatment visit": scattered everyday words name nothing
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


def _is_lab(e: Any) -> bool:
    return e.system == "CPT" and "80000" <= e.code <= "89999"


def _own_name(token: str) -> list[str]:
    """A feature's own name is one of its phrases ("bronchodilator", "imaging guidance") when it is specific:
    several words, or one long word; contrast has its own reader (score_detail.contrast_state)."""
    words = token.split("_")
    if token in _NAME_SKIP or words[0] in ("guidance", "medical", "patient", "complex"):
        return []
    return [" ".join(words)] if len(words) > 1 or len(token) >= 9 else []


_NAME_SKIP = frozenset({"contrast", "counseling", "recording", "programming", "reconstruction", "malignant"})


def _build(cat: EngineCatalog, feats: dict[str, list[str]]) -> None:
    for e in cat.entries.values():
        _index_entry(cat, e)
    _build_loose(cat)
    _damp_generic(cat)
    merged: dict[str, list[str]] = {k: list(v) for k, v in DEFAULT_FEATURES.items()}
    for token, phrases in feats.items():
        merged.setdefault(token, []).extend(phrases)
    for token, phrases in merged.items():
        for phrase in phrases + _own_name(token):
            toks = norm_phrase(phrase)
            if toks and cat.features.setdefault(toks, token) != token and token not in cat.features_also.get(toks, ()):
                cat.features_also[toks] = cat.features_also.get(toks, ()) + (token,)
    cat.guarded = frozenset(k for k in cat.terms if len(k) == 1 and (k[0] in COMMON_WORDS or k[0] in UNIT_WORDS))
    cat.labs = frozenset(c for c, e in cat.entries.items() if _is_lab(e))
    cat.acronyms = frozenset(_ACR - _PLAIN)
    _ACR.clear()
    _PLAIN.clear()
    cat.drugs = frozenset(c for c, e in cat.entries.items() if getattr(e, "is_drug", False))


_PERSISTED = ("terms", "features", "features_also", "max_term", "loose", "addons_of", "by_action", "guarded", "labs", "drugs",
              "acronyms")


@lru_cache(maxsize=1)
def engine_catalog() -> EngineCatalog:
    """Load the catalog and build the indexes (cached for the process; the
    indexes are also kept on disk beside the catalog's own cache, keyed by
    its fingerprint and this package's index code)."""
    source, entries, feats = _load_source()
    active = {e.code: e for e in entries if not getattr(e, "deleted", "")}
    cat = EngineCatalog(source=source, entries=active)
    key = index_cache.key() if source is not None else None
    stored = index_cache.read(key) if key else None
    if stored is not None:
        for name in _PERSISTED:
            setattr(cat, name, stored[name])
        return cat
    _build(cat, feats)
    if key:
        index_cache.write(key, {name: getattr(cat, name) for name in _PERSISTED})
    return cat
