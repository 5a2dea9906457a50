"""Imports a CMS HCPCS Level II quarterly ZIP.

Inside the ZIP is a fixed-width text file (``HCPC<year>_<MON>_ANWEB*.txt``,
320 characters a record, layout in ``HCPC<year>_recordlayout.txt``).  Record
identification code 3 starts a procedure, 4 continues its long description,
7 starts a modifier, 8 continues one.  The result is written to the overlay
in the same CSV layout the package ships, and replaces it.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..paths import CatalogDirs
from .common import HCPCS_RE, ImportFailed, ImportReport, record_version, write_gzip_csv, yyyymmdd

FIELDS = ["HCPC", "RECORD_TYPE", "LONG_DESCRIPTION", "SHORT_DESCRIPTION", "COV", "BETOS",
          "ADD_DT", "ACT_EFF_DT", "TERM_DT", "ACTION_CD"]


def _find_text(zf: zipfile.ZipFile, zip_path: Path) -> str:
    names = [n for n in zf.namelist() if n.lower().endswith(".txt") and "anweb" in n.lower()]
    names = names or [n for n in zf.namelist() if n.lower().endswith(".txt") and "layout" not in n.lower()
                      and "note" not in n.lower()]
    if not names:
        raise ImportFailed(zip_path, None, "no fixed-width HCPCS .txt file inside the ZIP")
    return sorted(names)[0]


def _date(where: str, line: int, text: str) -> str:
    return yyyymmdd(Path(where), line, text, allow_star=True) if text.strip() else ""


def parse_fixed_width(lines: list[str], where: str) -> list[dict[str, str]]:
    """Records from the ANWEB text; raises ImportFailed on the first bad line."""
    rows: list[dict[str, str]] = []
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        line = raw.ljust(320)
        ric = line[10]
        if ric in "48":
            if not rows or (rows[-1]["RECORD_TYPE"] == "modifier") != (ric == "8"):
                raise ImportFailed(where, number, "continuation line without its first line")
            rows[-1]["LONG_DESCRIPTION"] += " " + line[11:91].strip()
            continue
        if ric not in "37":
            raise ImportFailed(where, number, f"unknown record identification code {ric!r}")
        code = line[3:5].strip() if ric == "7" else line[0:5].strip()
        if (ric == "3" and not HCPCS_RE.match(code)) or (ric == "7" and len(code) != 2):
            raise ImportFailed(where, number, f"bad code {code!r}")
        rows.append({
            "HCPC": code, "RECORD_TYPE": "modifier" if ric == "7" else "procedure",
            "LONG_DESCRIPTION": line[11:91].strip(), "SHORT_DESCRIPTION": line[91:119].strip(),
            "COV": line[229].strip(), "BETOS": line[256:259].strip(),
            "ADD_DT": line[268:276].strip(), "ACT_EFF_DT": line[276:284].strip(),
            "TERM_DT": line[284:292].strip(), "ACTION_CD": line[292].strip(),
        })
        for key in ("ADD_DT", "ACT_EFF_DT", "TERM_DT"):
            _date(where, number, rows[-1][key])
    if not any(r["RECORD_TYPE"] == "procedure" for r in rows):
        raise ImportFailed(where, None, "no procedure records found")
    return rows


def run(paths: list[Path], dirs: CatalogDirs, version: str = "") -> ImportReport:
    """Validate the whole ZIP, then replace the overlay HCPCS file."""
    zip_path = paths[0]
    try:
        with zipfile.ZipFile(zip_path) as zf:
            name = _find_text(zf, zip_path)
            text = io.TextIOWrapper(zf.open(name), encoding="latin-1").read()
    except zipfile.BadZipFile as exc:
        raise ImportFailed(zip_path, None, f"not a ZIP file: {exc}") from None
    rows = parse_fixed_width(text.splitlines(), f"{zip_path}:{name}")
    written = [write_gzip_csv(dirs.overlay_file("hcpcs"), FIELDS, rows)]
    written.append(record_version(dirs, "hcpcs", version, zip_path))
    procedures = [r for r in rows if r["RECORD_TYPE"] == "procedure"]
    return ImportReport("hcpcs", {
        "procedure codes": len(procedures),
        "active": sum(1 for r in procedures if not r["TERM_DT"]),
        "modifiers": len(rows) - len(procedures),
    }, written)
