"""Compiles the catalog from its sources into one picklable :class:`Compiled`
bundle: CPT YAML entries, HCPCS Level II entries, PFS and MUE facts merged
onto them, modifiers, shipped bundling rules, the search index, the valid
code-number list and the data versions.

A code written in our CPT YAML and also present in HCPCS (rare) keeps our
entry.  Problems met while reading (a broken YAML file, an unknown key) are
collected, never raised, so a half-written file cannot stop the service.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import cms
from .bundling import load_rules
from .cpt_yaml import cpt_files, load_cpt_file, load_features
from .model import BundleEdit, CodeEntry, entry_to_row
from .modifiers import merge_modifiers
from .paths import CPT_DIR, FEATURES_DIR, CatalogDirs, source_for
from .search import SearchIndex

CATALOG_VERSION = "2026.1"
SHIPPED_VERSIONS = {
    "catalog": CATALOG_VERSION,
    "hcpcs": "HCPCS Level II 2026 Q1 (January 2026 release)",
    "pfs": "PFS 2025 (RVU25A, January 2025)",
    "mue": "MUE practitioner 2026 Q2 (effective 2026-04-01)",
    "code_numbers": "CPT code numbers 2025-2026 (PFS 2025 + MUE 2026 Q2)",
    "ncci": "none imported (consultant rules only)",
}


@dataclass
class Compiled:
    """Everything a Catalog needs, ready to pickle."""

    rows: list[tuple]  # model.entry_to_row of each entry, CPT first
    modifiers: dict[str, str]
    rules: list[BundleEdit]
    index: SearchIndex
    numbers: dict[str, str]
    mue: dict[str, tuple[int, int]]
    versions: dict[str, str]
    features: dict[str, list[str]]
    ama: dict[str, dict[str, str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def _apply_cms(entry: CodeEntry, pfs: dict[str, dict[str, object]], mue: dict[str, tuple[int, int]]) -> None:
    for key, value in pfs.get(entry.code, {}).items():
        setattr(entry, key, value)
    if entry.code in mue:
        entry.mue_value, entry.mue_mai = mue[entry.code]


def _load_cpt(cpt_dir: Path, problems: list[str]) -> list[CodeEntry]:
    entries: list[CodeEntry] = []
    for path in cpt_files(cpt_dir):
        found, trouble = load_cpt_file(path)
        entries.extend(found)
        problems.extend(trouble)
    return entries


def _versions(dirs: CatalogDirs, rules_version: str) -> dict[str, str]:
    versions = dict(SHIPPED_VERSIONS)
    versions["bundling_rules"] = rules_version or CATALOG_VERSION
    path = dirs.overlay_file("versions")
    if path.exists():
        versions.update(json.loads(path.read_text(encoding="utf-8")))
    return versions


def _load_ama(dirs: CatalogDirs) -> dict[str, dict[str, str]]:
    from .importers.ama_cpt import read_overlay

    return read_overlay(dirs.overlay_file("ama"))


def compile_catalog(dirs: CatalogDirs, cpt_dir: Path = CPT_DIR) -> Compiled:
    """Read every source and build the compiled bundle."""
    problems: list[str] = []
    cpt = _load_cpt(cpt_dir, problems)
    hcpcs, level2 = cms.load_hcpcs(source_for("hcpcs", dirs))
    pfs = cms.load_pfs(source_for("pfs", dirs))
    mue = cms.load_mue(source_for("mue", dirs))
    seen: set[str] = set()
    entries: list[CodeEntry] = []
    for entry in [*cpt, *hcpcs]:
        if entry.code in seen:
            if entry.system == "CPT":
                problems.append(f"{entry.source_file}: {entry.code} appears more than once")
            continue
        seen.add(entry.code)
        _apply_cms(entry, pfs, mue)
        entries.append(entry)
    rules, rule_problems, rules_version = load_rules(source_for("rules", dirs))
    features, feature_problems = load_features(FEATURES_DIR)
    return Compiled(
        rows=[entry_to_row(e) for e in entries], modifiers=merge_modifiers(level2), rules=rules,
        index=SearchIndex(entries), numbers=cms.load_code_numbers(source_for("numbers", dirs)), mue=mue,
        versions=_versions(dirs, rules_version), features=features, ama=_load_ama(dirs),
        problems=problems + rule_problems + feature_problems,
    )
