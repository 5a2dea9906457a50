"""Imports a CMS Physician Fee Schedule relative value file (PPRRVU CSV).

CMS puts several lines of notices above the column header and splits some
header labels over two rows; the importer finds the header row whose first
cell is ``HCPCS`` and maps columns by name (``WORK RVU``, ``GLOB DAYS`` ...,
spacing and underscores ignored).  Our shipped normalised layout is accepted
too.  Descriptor columns are dropped: only codes, indicators and numbers are
kept, and the result replaces the shipped PFS file.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from ..paths import CatalogDirs
from .common import CODE_RE, ImportFailed, ImportReport, read_lines, record_version, write_gzip_csv

FIELDS = ["HCPCS", "MOD", "STATUS", "WORK_RVU", "NONFAC_TOTAL", "FAC_TOTAL", "PCTC_IND", "GLOB_DAYS",
          "MULT_PROC", "BILAT_SURG", "ASST_SURG", "CO_SURG", "TEAM_SURG", "ENDO_BASE", "CONV_FACTOR"]
ALIASES = {
    "HCPCS": ["HCPCS"], "MOD": ["MOD"], "STATUS": ["STATUS", "STATUSCODE"],
    "WORK_RVU": ["WORKRVU", "WORK"], "NONFAC_TOTAL": ["NONFACTOTAL", "NONFACILITYTOTAL"],
    "FAC_TOTAL": ["FACTOTAL", "FACILITYTOTAL"], "PCTC_IND": ["PCTCIND", "PCTC"],
    "GLOB_DAYS": ["GLOBDAYS", "GLOBALDAYS"], "MULT_PROC": ["MULTPROC"], "BILAT_SURG": ["BILATSURG"],
    "ASST_SURG": ["ASSTSURG"], "CO_SURG": ["COSURG"], "TEAM_SURG": ["TEAMSURG"],
    "ENDO_BASE": ["ENDOBASE"], "CONV_FACTOR": ["CONVFACTOR", "CONVERSIONFACTOR"],
}
REQUIRED = ("HCPCS", "MOD", "STATUS", "WORK_RVU", "GLOB_DAYS", "PCTC_IND", "BILAT_SURG")
_NUMBER = re.compile(r"^-?\d*\.?\d*$")


def _key(label: str) -> str:
    return re.sub(r"[^A-Z]", "", label.upper())


def _columns(header: list[str], path: Path, line: int) -> dict[str, int]:
    found: dict[str, int] = {}
    keys = [_key(h) for h in header]
    for name, aliases in ALIASES.items():
        for alias in aliases:
            if alias in keys:
                found[name] = keys.index(alias)
                break
    missing = [n for n in REQUIRED if n not in found]
    if missing:
        raise ImportFailed(path, line, f"header lacks column(s) {', '.join(missing)}")
    return found


def parse(path: Path) -> list[dict[str, str]]:
    """Validated rows in the shipped layout."""
    rows: list[dict[str, str]] = []
    cols: dict[str, int] | None = None
    for number, cells in enumerate(csv.reader(read_lines(path)), 1):
        if cols is None:
            if cells and _key(cells[0]) == "HCPCS":
                cols = _columns(cells, path, number)
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) <= max(cols.values()):
            raise ImportFailed(path, number, f"{len(cells)} columns, expected at least {max(cols.values()) + 1}")
        row = {name: cells[i].strip() for name, i in cols.items()}
        if not CODE_RE.match(row["HCPCS"]):
            raise ImportFailed(path, number, f"bad code {row['HCPCS']!r}")
        for name in ("WORK_RVU", "NONFAC_TOTAL", "FAC_TOTAL"):
            if not _NUMBER.match(row.get(name, "")):
                raise ImportFailed(path, number, f"{name} is not a number: {row[name]!r}")
        rows.append(row)
    if cols is None:
        raise ImportFailed(path, None, "no header row starting with HCPCS")
    if not rows:
        raise ImportFailed(path, None, "no data rows")
    return rows


def run(paths: list[Path], dirs: CatalogDirs, version: str = "") -> ImportReport:
    rows = parse(paths[0])
    written = [write_gzip_csv(dirs.overlay_file("pfs"), FIELDS, rows),
               record_version(dirs, "pfs", version, paths[0])]
    return ImportReport("pfs", {"rows": len(rows), "codes": len({r["HCPCS"] for r in rows})}, written)
