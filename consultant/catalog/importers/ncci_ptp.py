"""Imports CMS NCCI procedure-to-procedure (PTP) edit files.

Each file is tab-delimited: column 1 code, column 2 code, the
"in existence before 1996" flag, effective date (YYYYMMDD), deletion date
(YYYYMMDD or ``*`` for none), modifier indicator (0, 1 or 9) and the
rationale.  CMS puts a few header lines at the top; they are skipped until
the first data line, after which every non-blank line must be an edit.
Practitioner and hospital editions are told apart by ``--edition`` or by the
file name ("hosp" in it means hospital).

Edits go into a SQLite file in the overlay.  Importing an edition replaces
that edition's edits and keeps the other's; the new database is built in a
temporary file and moved into place, so a rejected file changes nothing.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from ..bundling import NCCI_DB
from ..paths import CatalogDirs
from .common import CODE_RE, ImportFailed, ImportReport, read_lines, record_version, yyyymmdd

Edit = tuple[str, str, str, str, int, str, str]  # col1, col2, effective, deleted, mi, rationale, edition
SCHEMA = """CREATE TABLE ptp (column1 TEXT, column2 TEXT, effective TEXT, deleted TEXT,
            modifier_indicator INTEGER, rationale TEXT, edition TEXT)"""


def guess_edition(path: Path) -> str:
    return "hospital" if "hosp" in path.name.lower() else "practitioner"


def parse(path: Path, edition: str) -> list[Edit]:
    """Every edit of one file, validated."""
    edits: list[Edit] = []
    for number, line in enumerate(read_lines(path), 1):
        cells = [c.strip() for c in line.split("\t")]
        if not line.strip():
            continue
        if not edits and not CODE_RE.match(cells[0]):
            continue  # header lines before the first edit
        if len(cells) < 6:
            raise ImportFailed(path, number, f"{len(cells)} tab-separated fields, expected 7")
        col1, col2 = cells[0].upper(), cells[1].upper()
        for code in (col1, col2):
            if not CODE_RE.match(code):
                raise ImportFailed(path, number, f"bad code {code!r}")
        if cells[5] not in ("0", "1", "9"):
            raise ImportFailed(path, number, f"modifier indicator {cells[5]!r} is not 0, 1 or 9")
        effective = yyyymmdd(path, number, cells[3])
        deleted = yyyymmdd(path, number, cells[4], allow_star=True)
        rationale = cells[6] if len(cells) > 6 else ""
        edits.append((col1, col2, effective, deleted, int(cells[5]), rationale, edition))
    if not edits:
        raise ImportFailed(path, None, "no edits found")
    return edits


def _write_db(target: Path, keep_from: Path | None, replace: set[str], edits: list[Edit]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".ncci-", suffix=".sqlite")
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute(SCHEMA)
            if keep_from is not None and keep_from.exists():
                con.execute("ATTACH DATABASE ? AS old", (str(keep_from),))
                marks = ",".join("?" * len(replace))
                con.execute(f"INSERT INTO ptp SELECT * FROM old.ptp WHERE edition NOT IN ({marks})",
                            tuple(replace))
            con.executemany("INSERT INTO ptp VALUES (?,?,?,?,?,?,?)", edits)
            con.execute("CREATE INDEX ptp_c1 ON ptp(column1, column2)")
            con.execute("CREATE INDEX ptp_c2 ON ptp(column2)")
            con.commit()
        finally:
            con.close()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(paths: list[Path], dirs: CatalogDirs, edition: str | None = None, version: str = "") -> ImportReport:
    """Validate every file first, then rebuild the overlay database."""
    edits: list[Edit] = []
    editions: set[str] = set()
    for path in paths:
        file_edition = edition or guess_edition(path)
        editions.add(file_edition)
        edits.extend(parse(path, file_edition))
    target = dirs.overlay / NCCI_DB
    _write_db(target, target, editions, edits)
    written = [target, record_version(dirs, "ncci", version, paths[0])]
    counts = {f"{e} edits": sum(1 for x in edits if x[6] == e) for e in sorted(editions)}
    counts["active"] = sum(1 for x in edits if not x[3])
    return ImportReport("ncci-ptp", counts, written)
