"""Readers for the public CMS files the package ships (or a site imported):
HCPCS Level II codes and modifiers, PFS payment indicators, MUE unit limits
and the list of valid code numbers.

All four are CSV, optionally gzip-compressed, in the normalised layouts of
``consultant/data/cms`` (the importers write the same layouts).  The readers
return plain dicts and :class:`CodeEntry` objects; merging them with the CPT
YAML happens in build.py.
"""
from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from .dosage import looks_like_drug, parse_dosage
from .model import CodeEntry

HCPCS_SECTIONS = {
    "A": "Transportation, medical and surgical supplies, miscellaneous",
    "B": "Enteral and parenteral therapy",
    "C": "Outpatient prospective payment system (temporary)",
    "D": "Dental procedures",
    "E": "Durable medical equipment",
    "G": "Procedures and professional services (temporary)",
    "H": "Behavioral health and substance use treatment",
    "J": "Drugs administered other than oral method, chemotherapy",
    "K": "Durable medical equipment (temporary)",
    "L": "Orthotics and prosthetics",
    "M": "Medical services and quality measures",
    "P": "Pathology and laboratory",
    "Q": "Temporary codes",
    "R": "Diagnostic radiology services",
    "S": "Temporary national codes (non-Medicare)",
    "T": "State Medicaid agency codes",
    "U": "Laboratory tests (coronavirus)",
    "V": "Vision, hearing and speech-language services",
}


def open_text(path: Path) -> io.TextIOBase:
    """Open a CSV that may be gzip-compressed, as text."""
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def read_rows(path: Path, data: bytes | None = None) -> Iterator[dict[str, str]]:
    """Rows of a (possibly gzipped) CSV as dicts; ``data`` is the file's
    content when the caller already read it (the compiler hashes it first)."""
    if data is None:
        with open_text(path) as fh:
            yield from _dict_rows(fh)
        return
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    yield from _dict_rows(io.StringIO(data.decode("utf-8"), newline=""))


def _dict_rows(fh: Iterable[str]) -> Iterator[dict[str, str]]:
    """What csv.DictReader yields (blank lines skipped, short rows padded with
    None, extra fields under the key None), at about twice the speed."""
    reader = csv.reader(fh)
    header = next(reader, None)
    if header is None:
        return
    width = len(header)
    for row in reader:
        if not row:
            continue
        if len(row) == width:
            yield dict(zip(header, row))
            continue
        out: dict = dict(zip(header, row))
        if len(row) < width:
            for key in header[len(row):]:
                out[key] = None
        else:
            out[None] = row[width:]
        yield out


def _iso(date: str) -> str:
    """YYYYMMDD -> YYYY-MM-DD ("" stays "")."""
    date = date.strip()
    return f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 and date.isdigit() else date


def load_hcpcs(path: Path, data: bytes | None = None) -> tuple[list[CodeEntry], dict[str, str]]:
    """HCPCS Level II procedure entries (terminated ones marked deleted) and
    Level II modifier meanings (active modifiers only)."""
    entries: list[CodeEntry] = []
    modifiers: dict[str, str] = {}
    for row in read_rows(path, data):
        code = row["HCPC"].strip().upper()
        long_desc = " ".join(row["LONG_DESCRIPTION"].split())
        if row["RECORD_TYPE"] == "modifier":
            if not row["TERM_DT"].strip():
                modifiers[code] = long_desc
            continue
        betos = row.get("BETOS", "")
        drug = looks_like_drug(code, long_desc, betos)
        entries.append(CodeEntry(
            code=code, system="HCPCS", short=row["SHORT_DESCRIPTION"].strip(),
            description=long_desc, section="HCPCS Level II",
            subsection=HCPCS_SECTIONS.get(code[:1], "Other"),
            deleted=_iso(row["TERM_DT"]), is_drug=drug,
            dosage=parse_dosage(long_desc) if drug else None,
            coverage=row.get("COV", "").strip(), hcpcs_added=_iso(row.get("ADD_DT", "")),
        ))
    return entries, modifiers


def _num(text: str) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def load_pfs(path: Path, data: bytes | None = None) -> dict[str, dict[str, object]]:
    """PFS indicators per code from the global row (no modifier), falling back
    to the first 26/TC row when a code has no global row."""
    facts: dict[str, dict[str, object]] = {}
    for row in read_rows(path, data):
        code = row["HCPCS"].strip().upper()
        if code in facts and row["MOD"].strip():
            continue
        facts[code] = {
            "pfs_status": row["STATUS"].strip(), "global_days": row["GLOB_DAYS"].strip(),
            "bilateral_ind": row["BILAT_SURG"].strip(), "pctc_ind": row["PCTC_IND"].strip(),
            "mult_proc": row["MULT_PROC"].strip(), "endo_base": row["ENDO_BASE"].strip(),
            "work_rvu": _num(row["WORK_RVU"]), "total_rvu_nonfacility": _num(row["NONFAC_TOTAL"]),
            "total_rvu_facility": _num(row["FAC_TOTAL"]),
        }
    return facts


def load_mue(path: Path, data: bytes | None = None) -> dict[str, tuple[int, int]]:
    """code -> (MUE value, MAI)."""
    limits: dict[str, tuple[int, int]] = {}
    for row in read_rows(path, data):
        try:
            limits[row["code"].strip().upper()] = (int(row["mue_value"]), int(row["mai"]))
        except ValueError:
            continue
    return limits


def load_code_numbers(path: Path, data: bytes | None = None) -> dict[str, str]:
    """Valid CPT code numbers -> kind (Category I, CPT-II(F), CPT-PLA(U) ...)."""
    return {row["code"].strip().upper(): row["code_kind"] for row in read_rows(path, data)}
