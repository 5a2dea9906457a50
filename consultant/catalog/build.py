"""Compiles the catalog from its sources into one picklable :class:`Compiled`
bundle: CPT YAML entries, HCPCS Level II entries, PFS and MUE facts merged
onto them, modifiers, shipped bundling rules, the search index, the valid
code-number list and the data versions.

Each source file is parsed into a *part* (compact entry rows plus their
search tokens, or a plain dict for PFS/MUE/code numbers).  With a
:class:`~.cache.PartStore` the parts are cached by content, so a rebuild
re-parses only changed files; a cold compile parses the CPT YAML files in
worker processes (fork, when the process is single-threaded and has more
than one CPU) while this process reads the CMS files.

A code written in our CPT YAML and also present in HCPCS (rare) keeps our
entry.  Problems met while reading (a broken YAML file, an unknown key) are
collected, never raised, so a half-written file cannot stop the service.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import threading
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import cms
from .bundling import load_rules
from .cache import PartStore
from .cpt_yaml import cpt_files, load_features, parse_cpt
from .model import FIELD_INDEX, BundleEdit, entry_to_row
from .modifiers import merge_modifiers
from .paths import CPT_DIR, FEATURES_DIR, CatalogDirs, source_for
from .search import Doc, SearchIndex, entry_doc, prior_for

CATALOG_VERSION = "2026.1"
SHIPPED_VERSIONS = {
    "catalog": CATALOG_VERSION,
    "hcpcs": "HCPCS Level II 2026 Q1 (January 2026 release)",
    "pfs": "PFS 2025 (RVU25A, January 2025)",
    "mue": "MUE practitioner 2026 Q2 (effective 2026-04-01)",
    "code_numbers": "CPT code numbers 2025-2026 (PFS 2025 + MUE 2026 Q2)",
    "ncci": "none imported (consultant rules only)",
}
PARALLEL_MIN_FILES = 6  # fewer uncached CPT files than this are parsed in-process


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


@dataclass
class EntryPart:
    """One parsed entry file: rows (no CMS facts yet), their search docs,
    problems met, and (HCPCS) the Level II modifiers."""

    rows: list[tuple]
    docs: list[Doc]
    problems: list[str] = field(default_factory=list)
    modifiers: dict[str, str] = field(default_factory=dict)


# parsers: content in, part out (top-level functions so workers can run them)
def _cpt_part(name: str, data: bytes) -> EntryPart:
    entries, problems = parse_cpt(data, name)
    return EntryPart([entry_to_row(e) for e in entries], [entry_doc(e) for e in entries], problems)


def _hcpcs_part(path: Path, data: bytes) -> EntryPart:
    entries, level2 = cms.load_hcpcs(path, data)
    return EntryPart([entry_to_row(e) for e in entries], [entry_doc(e) for e in entries], [], level2)


def _cpt_worker(job: tuple[str, bytes, str | None, str | None]) -> EntryPart:
    name, data, folder, part_name = job
    part = _cpt_part(name, data)
    if folder is not None and part_name is not None:  # store it from the worker, in parallel
        from .cache import dump_atomic

        dump_atomic(Path(folder), Path(folder) / part_name, part)
    return part


def _cached(store: PartStore | None, kind: str, path: Path, parse: Callable[[Path, bytes], Any]) -> Any:
    data = path.read_bytes()
    if store is None:
        return parse(path, data)
    name = store.name(kind, path.name, data)
    part = store.get(name)
    if part is None:
        part = parse(path, data)
        store.put(name, part)
    return part


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _pool(jobs: int) -> Executor | None:
    """Worker processes for a cold parse, or None to parse in-process.  Only
    forks a single-threaded process (forking one with live threads can
    deadlock the child); a web server or worker thread compiles serially."""
    cpus = _cpus()
    if jobs < PARALLEL_MIN_FILES or cpus < 2 or threading.active_count() > 1:
        return None
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    try:
        return ProcessPoolExecutor(max_workers=min(cpus, 4), mp_context=multiprocessing.get_context("fork"))
    except (OSError, ValueError):  # pragma: no cover - no processes available
        return None


class _CptLoader:
    """Parse the CPT files: cached parts first, the rest in workers or here."""

    def __init__(self, files: list[Path], store: PartStore | None) -> None:
        self.parts: list[EntryPart | None] = []
        self.problems: list[str] = []
        missing: list[tuple[int, str, bytes, str | None]] = []
        for i, path in enumerate(files):
            try:
                data = path.read_bytes()
            except OSError as exc:
                self.parts.append(None)
                self.problems.append(f"{path.name}: cannot read: {exc}".splitlines()[0])
                continue
            name = store.name("cpt", path.name, data) if store is not None else None
            part = store.get(name) if store is not None and name is not None else None
            self.parts.append(part)
            if part is None:
                missing.append((i, path.name, data, name))
        self.missing = missing
        self.store = store
        self.pool = _pool(len(missing))
        self.futures: list[tuple[int, Any]] = []
        if self.pool is not None:
            folder = str(store.folder) if store is not None else None
            for i, fname, data, part_name in sorted(missing, key=lambda m: -len(m[2])):
                self.futures.append((i, self.pool.submit(_cpt_worker, (fname, data, folder, part_name))))

    def result(self) -> list[EntryPart]:
        """Wait for the workers (or parse here) and return parts in file order."""
        if self.pool is not None:
            try:
                for i, future in self.futures:
                    self.parts[i] = future.result()
            except Exception:  # noqa: BLE001 - a broken pool: parse the rest here
                pass
            finally:
                self.pool.shutdown(wait=True, cancel_futures=True)
        for i, fname, data, part_name in self.missing:
            if self.parts[i] is None:
                self.parts[i] = _cpt_part(fname, data)
                if self.store is not None and part_name is not None:
                    self.store.put(part_name, self.parts[i])
        return [p for p in self.parts if p is not None]


_PFS_KEYS = ("pfs_status", "global_days", "bilateral_ind", "pctc_ind", "mult_proc", "endo_base",
             "work_rvu", "total_rvu_nonfacility", "total_rvu_facility")
_CODE, _SYSTEM = FIELD_INDEX["code"], FIELD_INDEX["system"]
_MUE_VALUE, _MUE_MAI = FIELD_INDEX["mue_value"], FIELD_INDEX["mue_mai"]


def _with_cms(row: tuple, pfs: dict[str, dict[str, object]], mue: dict[str, tuple[int, int]]) -> tuple:
    code = row[_CODE]
    facts, limit = pfs.get(code), mue.get(code)
    if facts is None and limit is None:
        return row
    out = list(row)
    if facts is not None:
        for key, value in facts.items():
            out[FIELD_INDEX[key]] = value
    if limit is not None:
        out[_MUE_VALUE], out[_MUE_MAI] = limit
    return tuple(out)


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


def compile_catalog(dirs: CatalogDirs, cpt_dir: Path = CPT_DIR, store: PartStore | None = None) -> Compiled:
    """Read every source and build the compiled bundle.  ``store`` caches
    parsed source files by content (None: parse everything)."""
    problems: list[str] = []
    cpt_loader = _CptLoader(cpt_files(cpt_dir), store)  # workers start parsing now
    hcpcs: EntryPart = _cached(store, "hcpcs", source_for("hcpcs", dirs), _hcpcs_part)
    pfs = _cached(store, "pfs", source_for("pfs", dirs), cms.load_pfs)
    mue = _cached(store, "mue", source_for("mue", dirs), cms.load_mue)
    numbers = _cached(store, "numbers", source_for("numbers", dirs), cms.load_code_numbers)
    rules, rule_problems, rules_version = load_rules(source_for("rules", dirs))
    features, feature_problems = load_features(FEATURES_DIR)
    cpt_parts = cpt_loader.result()
    problems.extend(cpt_loader.problems)

    seen: set[str] = set()
    rows: list[tuple] = []
    docs: list[Doc] = []
    for part in [*cpt_parts, hcpcs]:
        problems.extend(part.problems)
        for row, doc in zip(part.rows, part.docs):
            code = row[_CODE]
            if code in seen:
                if row[_SYSTEM] == "CPT":
                    problems.append(f"{row[FIELD_INDEX['source_file']]}: {code} appears more than once")
                continue
            seen.add(code)
            rows.append(_with_cms(row, pfs, mue))
            docs.append(doc)
    index = SearchIndex.from_docs(docs, [prior_for(r[_SYSTEM], r[_CODE]) for r in rows])
    if store is not None:
        store.prune()
    return Compiled(
        rows=rows, modifiers=merge_modifiers(hcpcs.modifiers), rules=rules, index=index,
        numbers=numbers, mue=mue, versions=_versions(dirs, rules_version), features=features,
        ama=_load_ama(dirs), problems=problems + rule_problems + feature_problems,
    )
