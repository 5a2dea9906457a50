"""Imports the AMA CPT data files a licensed office holds, so that staff see
the official descriptors beside ours.  They stay in the site overlay and are
never shipped.

Files read from the given folder (names matched case-insensitively; at least
one must be present):

* ``LONGULT.txt`` - a copyright block, a blank line, then ``CODE<TAB>text``;
* ``MEDU.txt`` / ``SHORTU.txt`` - fixed width: code, one space, descriptor
  (an optional copyright block ending in a blank line is skipped);
* ``ConsumerDescriptor.txt`` / ``ClinicianDescriptor.txt`` - tab-delimited:
  concept id, code, [descriptor id,] descriptor; an optional header row.

Each kind replaces that kind in the overlay and keeps the others.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from ..paths import CatalogDirs
from .common import CODE_RE, ImportFailed, ImportReport, atomic_bytes, gzip_bytes, read_lines

FILES = {"longult.txt": "long", "medu.txt": "medium", "shortu.txt": "short",
         "consumerdescriptor.txt": "consumer", "cliniciandescriptor.txt": "clinician"}


def read_overlay(path: Path) -> dict[str, dict[str, str]]:
    """code -> {kind: descriptor} from the overlay file ({} when absent)."""
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def _data_start(lines: list[str]) -> int:
    """Index of the first data line: after the copyright block when there is one."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if first < len(lines) and CODE_RE.match(lines[first][:5]) and lines[first][5:6] in ("\t", " "):
        return first
    blank = next((i for i in range(first, len(lines)) if not lines[i].strip()), None)
    return len(lines) if blank is None else blank + 1


def parse_coded_lines(path: Path, sep: str) -> dict[str, str]:
    """LONGULT (sep tab) and MEDU/SHORTU (sep space) layouts."""
    lines = read_lines(path)
    out: dict[str, str] = {}
    for index in range(_data_start(lines), len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        code, mark, text = line[:5], line[5:6], line[6:].strip()
        if not CODE_RE.match(code) or mark != sep or not text:
            want = "CODE<TAB>descriptor" if sep == "\t" else "CODE descriptor (fixed width)"
            raise ImportFailed(path, index + 1, f"expected {want}")
        out[code] = text
    return out


def parse_descriptor_table(path: Path) -> dict[str, str]:
    """Consumer/Clinician descriptor tables; several clinician lines join with ' | '."""
    out: dict[str, str] = {}
    for number, line in enumerate(read_lines(path), 1):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 3 or not CODE_RE.match(cells[1]) or not cells[-1]:
            if not out:
                continue  # header row(s) before the first descriptor
            raise ImportFailed(path, number, "expected concept id<TAB>code<TAB>...<TAB>descriptor")
        out[cells[1]] = f"{out[cells[1]]} | {cells[-1]}" if cells[1] in out else cells[-1]
    return out


def parse_folder(folder: Path) -> dict[str, dict[str, str]]:
    """kind -> {code: descriptor} for every AMA file found."""
    found = {p.name.lower(): p for p in folder.iterdir() if p.is_file()}
    kinds: dict[str, dict[str, str]] = {}
    for name, kind in FILES.items():
        path = found.get(name)
        if path is None:
            continue
        if kind == "long":
            kinds[kind] = parse_coded_lines(path, "\t")
        elif kind in ("medium", "short"):
            kinds[kind] = parse_coded_lines(path, " ")
        else:
            kinds[kind] = parse_descriptor_table(path)
        if not kinds[kind]:
            raise ImportFailed(path, None, "no descriptors found")
    if not kinds:
        names = "LONGULT.txt, MEDU.txt, SHORTU.txt, ConsumerDescriptor.txt, ClinicianDescriptor.txt"
        raise ImportFailed(folder, None, f"none of {names} found")
    return kinds


def run(paths: list[Path], dirs: CatalogDirs) -> ImportReport:
    """Validate every file first, then rewrite the overlay in one move."""
    kinds = parse_folder(paths[0])
    target = dirs.overlay_file("ama")
    merged = read_overlay(target)
    for entry in merged.values():
        for kind in kinds:
            entry.pop(kind, None)
    for kind, table in kinds.items():
        for code, text in table.items():
            merged.setdefault(code, {})[kind] = text
    merged = {code: d for code, d in sorted(merged.items()) if d}
    atomic_bytes(target, gzip_bytes(json.dumps(merged, ensure_ascii=False)))
    return ImportReport("ama-cpt", {kind: len(t) for kind, t in kinds.items()}, [target])
