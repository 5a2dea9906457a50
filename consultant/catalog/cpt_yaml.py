"""Reads the team's CPT YAML (``consultant/data/cpt/*.yaml``, format in
docs/CATALOG_FORMAT.md) into :class:`CodeEntry` objects, and the feature
token files (``consultant/data/features/*.yaml``) into one token -> phrases
map.

Loading is forgiving: a file that does not parse, or an entry without a code,
becomes a *problem* string (file and entry named) and is skipped, so one bad
file never takes the whole catalog down.  ``codes validate`` and the tests
report those problems; the stricter field checks live in validate.py.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .model import CodeEntry, Range

try:  # the C loader is several times faster on the full catalog
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_KEY_TAGS = {_STR, "tag:yaml.org,2002:int"}

_RANGE_KEYS = ("size", "length", "area", "count", "time", "age", "per")
_LIST_KEYS = ("site", "terms", "without", "setting", "components", "replaced_by", "parents")
_BOOL_KEYS = ("addon", "timed", "initial", "subsequent", "separate_procedure", "professional_only")
_STR_KEYS = ("approach", "action", "contrast", "laterality", "patient", "mdm", "distinguish")


def parse_yaml(text: str | bytes) -> Any:
    """Parse YAML text exactly as ``yaml.safe_load`` would, about a third
    faster: libyaml composes the node tree (tags resolved by the safe
    resolver) and plain strings, lists and mappings are built here directly;
    anything else (numbers, booleans, dates, merge keys, odd tags) goes
    through the safe constructor."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None

        def build(n: Any) -> Any:
            cls, tag = n.__class__, n.tag
            if cls is ScalarNode:
                return n.value if tag == _STR else loader.construct_object(n, deep=True)
            if cls is SequenceNode and tag == _SEQ:
                return [build(child) for child in n.value]
            if cls is MappingNode and tag == _MAP:
                out = {}
                for key, value in n.value:
                    if key.__class__ is not ScalarNode or key.tag not in _KEY_TAGS:
                        return loader.construct_object(n, deep=True)  # merge keys, complex keys
                    out[build(key)] = build(value)
                return out
            return loader.construct_object(n, deep=True)

        return build(node)
    finally:
        loader.dispose()


def read_yaml(path: Path) -> Any:
    """Parse one YAML file with the fast loader."""
    with open(path, "rb") as fh:
        return parse_yaml(fh.read())


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def _range(value: Any) -> Range | None:
    if not isinstance(value, dict):
        return None
    return Range(
        min=value.get("min"), max=value.get("max"), unit=str(value.get("unit", "")),
        of=str(value.get("of", "")), amount=value.get("amount"),
        percent_body=bool(value.get("percent_body", False)),
    )


def entry_from_dict(raw: dict[str, Any], section: str, subsection: str, source: str) -> CodeEntry:
    """Build one CPT entry from its YAML mapping (already known to have a code)."""
    get = raw.get
    values: dict[str, Any] = {key: _as_list(get(key)) for key in _LIST_KEYS}
    for key in _BOOL_KEYS:
        values[key] = bool(get(key, False))
    for key in _STR_KEYS:
        values[key] = str(get(key) or "").strip()
    for key in _RANGE_KEYS:
        values[key] = _range(get(key))
    base = get("anesthesia_base_units")
    return CodeEntry(
        code=str(raw["code"]).strip().upper(), system="CPT",
        short=str(get("short") or "").strip(),
        description=" ".join(str(get("description") or "").split()),
        section=str(get("section") or section), subsection=str(get("subsection") or subsection),
        with_=_as_list(get("with")), source_file=source,
        deleted=str(get("deleted") or ""),
        new=int(raw["new"]) if str(get("new", "")).isdigit() else None,
        anesthesia_base_units=base if isinstance(base, int) else None,
        **values,
    )


def load_cpt_file(path: Path) -> tuple[list[CodeEntry], list[str]]:
    """Entries of one file plus problems found while reading it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [f"{path.name}: cannot read: {exc}".splitlines()[0]]
    return parse_cpt(data, path.name)


def parse_cpt(data: bytes, name: str) -> tuple[list[CodeEntry], list[str]]:
    """Entries of one CPT file's content (``name`` is its file name)."""
    try:
        doc = parse_yaml(data)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return [], [f"{name}: cannot read: {exc}".splitlines()[0]]
    if not isinstance(doc, dict) or not isinstance(doc.get("codes"), list):
        return [], [f"{name}: no 'codes' list"]
    section, subsection = str(doc.get("section") or ""), str(doc.get("subsection") or "")
    entries, problems = [], []
    for i, raw in enumerate(doc["codes"], 1):
        if not isinstance(raw, dict) or not raw.get("code"):
            problems.append(f"{name}: entry #{i} has no code")
            continue
        try:
            entries.append(entry_from_dict(raw, section, subsection, name))
        except (TypeError, ValueError) as exc:
            problems.append(f"{name}: {raw.get('code')}: {exc}")
    return entries, problems


def cpt_files(cpt_dir: Path) -> list[Path]:
    """The CPT source files in a stable order."""
    return sorted(cpt_dir.glob("*.yaml")) if cpt_dir.is_dir() else []


def load_features(features_dir: Path) -> tuple[dict[str, list[str]], list[str]]:
    """Merge every feature file into token -> phrases (phrases de-duplicated)."""
    tokens: dict[str, list[str]] = {}
    problems: list[str] = []
    for path in sorted(features_dir.glob("*.yaml")) if features_dir.is_dir() else []:
        try:
            doc = read_yaml(path) or {}
        except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
            problems.append(f"features/{path.name}: cannot read: {exc}".splitlines()[0])
            continue
        if not isinstance(doc, dict):
            problems.append(f"features/{path.name}: not a mapping")
            continue
        for token, phrases in doc.items():
            bucket = tokens.setdefault(str(token), [])
            for phrase in _as_list(phrases):
                if phrase.lower() not in (p.lower() for p in bucket):
                    bucket.append(phrase)
    return tokens, problems
