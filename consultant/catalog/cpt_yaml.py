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

from .model import CodeEntry, Range

try:  # the C loader is several times faster on the full catalog
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

_RANGE_KEYS = ("size", "length", "area", "count", "time", "age", "per")
_LIST_KEYS = ("site", "terms", "without", "setting", "components", "replaced_by", "parents")
_BOOL_KEYS = ("addon", "timed", "initial", "subsequent", "separate_procedure", "professional_only")
_STR_KEYS = ("approach", "action", "contrast", "laterality", "patient", "mdm", "distinguish")


def read_yaml(path: Path) -> Any:
    """Parse one YAML file with the fast loader."""
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)


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
    entry = CodeEntry(
        code=str(raw["code"]).strip().upper(), system="CPT",
        short=str(raw.get("short") or "").strip(),
        description=" ".join(str(raw.get("description") or "").split()),
        section=str(raw.get("section") or section), subsection=str(raw.get("subsection") or subsection),
        with_=_as_list(raw.get("with")), source_file=source,
    )
    for key in _LIST_KEYS:
        setattr(entry, key, _as_list(raw.get(key)))
    for key in _BOOL_KEYS:
        setattr(entry, key, bool(raw.get(key, False)))
    for key in _STR_KEYS:
        setattr(entry, key, str(raw.get(key) or "").strip())
    for key in _RANGE_KEYS:
        setattr(entry, key, _range(raw.get(key)))
    entry.deleted = str(raw.get("deleted") or "")
    entry.new = int(raw["new"]) if str(raw.get("new", "")).isdigit() else None
    base = raw.get("anesthesia_base_units")
    entry.anesthesia_base_units = base if isinstance(base, int) else None
    return entry


def load_cpt_file(path: Path) -> tuple[list[CodeEntry], list[str]]:
    """Entries of one file plus problems found while reading it."""
    try:
        doc = read_yaml(path)
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        return [], [f"{path.name}: cannot read: {exc}".splitlines()[0]]
    if not isinstance(doc, dict) or not isinstance(doc.get("codes"), list):
        return [], [f"{path.name}: no 'codes' list"]
    section, subsection = str(doc.get("section") or ""), str(doc.get("subsection") or "")
    entries, problems = [], []
    for i, raw in enumerate(doc["codes"], 1):
        if not isinstance(raw, dict) or not raw.get("code"):
            problems.append(f"{path.name}: entry #{i} has no code")
            continue
        try:
            entries.append(entry_from_dict(raw, section, subsection, path.name))
        except (TypeError, ValueError) as exc:
            problems.append(f"{path.name}: {raw.get('code')}: {exc}")
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
