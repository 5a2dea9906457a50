"""Imports a CMS medically unlikely edits (MUE) CSV.

Two layouts are read: CMS's own file (a quoted copyright notice, then a
header whose second column says "MUE Values", then ``code, value, "2 Date of
Service Edit: Policy", rationale``) and the normalised layout the package
ships (``code,mue_value,mai,mai_text,mue_rationale,effective_date``).  The
result replaces the shipped MUE file.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..paths import CatalogDirs
from .common import CODE_RE, ImportFailed, ImportReport, read_lines, record_version, write_gzip_csv

FIELDS = ["code", "mue_value", "mai", "mai_text", "mue_rationale", "effective_date"]


def _is_header(cells: list[str]) -> str:
    """'cms' or 'normalised' for a header row, '' otherwise."""
    if len(cells) >= 3 and cells[0].strip().lower() == "code" and cells[1].strip().lower() == "mue_value":
        return "normalised"
    if len(cells) >= 3 and "mue value" in cells[1].lower():
        return "cms"
    return ""


def _row(cells: list[str], layout: str, path: Path, number: int) -> dict[str, str]:
    code = cells[0].strip().upper()
    if not CODE_RE.match(code):
        raise ImportFailed(path, number, f"bad code {code!r}")
    value = cells[1].strip()
    mai_text = cells[2].strip() if layout == "cms" else (cells[3].strip() if len(cells) > 3 else "")
    mai = mai_text[:1] if layout == "cms" else cells[2].strip()
    if not value.isdigit():
        raise ImportFailed(path, number, f"MUE value {value!r} is not a whole number")
    if mai not in ("1", "2", "3"):
        raise ImportFailed(path, number, f"adjudication indicator {mai!r} is not 1, 2 or 3")
    rationale = cells[3].strip() if layout == "cms" and len(cells) > 3 else (cells[4].strip() if len(cells) > 4 else "")
    effective = cells[5].strip() if layout == "normalised" and len(cells) > 5 else ""
    return {"code": code, "mue_value": value, "mai": mai, "mai_text": mai_text,
            "mue_rationale": rationale, "effective_date": effective}


def parse(path: Path) -> list[dict[str, str]]:
    """Validated rows; csv line numbers count physical lines."""
    reader = csv.reader(read_lines(path))
    layout = ""
    rows: list[dict[str, str]] = []
    for cells in reader:
        number = reader.line_num
        if not layout:
            layout = _is_header(cells)
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) < 3:
            raise ImportFailed(path, number, f"{len(cells)} columns, expected at least 3")
        rows.append(_row(cells, layout, path, number))
    if not layout:
        raise ImportFailed(path, None, "no MUE header row found")
    if not rows:
        raise ImportFailed(path, None, "no data rows")
    return rows


def run(paths: list[Path], dirs: CatalogDirs, version: str = "") -> ImportReport:
    rows = parse(paths[0])
    written = [write_gzip_csv(dirs.overlay_file("mue"), FIELDS, rows),
               record_version(dirs, "mue", version, paths[0])]
    return ImportReport("mue", {"codes": len(rows)}, written)
