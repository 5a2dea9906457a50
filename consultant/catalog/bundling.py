"""Procedure-to-procedure bundling: our shipped rules plus imported NCCI edits.

Shipped rules live in ``consultant/data/bundling/rules.yaml``; each rule names
one or more column 1 codes, one or more column 2 codes (every combination is
a pair), a modifier indicator and a one-line reason.  Imported CMS NCCI PTP
edits live in a SQLite file in the site overlay (see importers/ncci_ptp.py);
they can number in the millions, so they are queried on demand instead of
being loaded.  An NCCI edit for a pair wins over our rule for the same pair.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

from .cpt_yaml import read_yaml
from .model import BundleEdit

NCCI_DB = "ncci_ptp.sqlite"


def _codes(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [str(v).strip().upper() for v in items if v is not None and str(v).strip()]


def load_rules(path: Path) -> tuple[list[BundleEdit], list[str], str]:
    """Expand rules.yaml into pairs; returns (edits, problems, version)."""
    if not path.exists():
        return [], [], ""
    doc = read_yaml(path) or {}
    edits: list[BundleEdit] = []
    problems: list[str] = []
    for i, rule in enumerate(doc.get("rules") or [], 1):
        col1, col2 = _codes(rule.get("column1")), _codes(rule.get("column2"))
        mi, reason = rule.get("modifier_indicator"), str(rule.get("reason") or "").strip()
        if not col1 or not col2 or mi not in (0, 1, 9) or not reason:
            problems.append(f"bundling/rules.yaml: rule #{i} needs column1, column2, modifier_indicator 0/1/9 and reason")
            continue
        edits.extend(BundleEdit(a, b, mi, reason, "consultant") for a in col1 for b in col2 if a != b)
    return edits, problems, str(doc.get("version") or "")


class Bundling:
    """Lookup over shipped rules (in memory) and the NCCI overlay (SQLite)."""

    def __init__(self, edits: list[BundleEdit], ncci_db: Path | None) -> None:
        self._pairs: dict[tuple[str, str], BundleEdit] = {}
        self._by_code: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for edit in edits:
            key = (edit.column1, edit.column2)
            if key not in self._pairs:
                self._by_code[edit.column1].append(key)
                self._by_code[edit.column2].append(key)
            self._pairs[key] = edit
        self._ncci_db = ncci_db if ncci_db is not None and ncci_db.exists() else None

    def __len__(self) -> int:
        return len(self._pairs)

    def _ncci(self, where: str, args: tuple[str, ...]) -> list[BundleEdit]:
        if self._ncci_db is None:
            return []
        with sqlite3.connect(f"file:{self._ncci_db}?mode=ro", uri=True) as con:
            rows = con.execute(
                "SELECT column1, column2, modifier_indicator, rationale, effective, deleted, edition "
                f"FROM ptp WHERE {where}", args).fetchall()
        return [BundleEdit(r[0], r[1], r[2], r[3], "ncci", r[4], r[5], r[6]) for r in rows]

    @staticmethod
    def _in_force(edit: BundleEdit, on: str) -> bool:
        return (not edit.effective or edit.effective <= on) and (not edit.deleted or edit.deleted > on)

    def get(self, code_a: str, code_b: str, on: str | None = None) -> BundleEdit | None:
        """The edit between two codes in either order, in force on ``on``
        (ISO date, default today); NCCI first, practitioner edition first."""
        a, b = code_a.upper(), code_b.upper()
        on = on or dt.date.today().isoformat()
        ncci = [e for e in self._ncci("(column1=? AND column2=?) OR (column1=? AND column2=?)", (a, b, b, a))
                if self._in_force(e, on)]
        if ncci:
            return sorted(ncci, key=lambda e: e.edition != "practitioner")[0]
        return self._pairs.get((a, b)) or self._pairs.get((b, a))

    def partners(self, code: str, on: str | None = None) -> list[BundleEdit]:
        """Every edit naming ``code`` in either column (shipped and NCCI)."""
        code = code.upper()
        on = on or dt.date.today().isoformat()
        found = {(e.column1, e.column2): e for e in (self._pairs[k] for k in self._by_code.get(code, []))}
        for edit in self._ncci("column1=? OR column2=?", (code, code)):
            if self._in_force(edit, on):
                found[(edit.column1, edit.column2)] = edit
        return sorted(found.values(), key=lambda e: (e.column1, e.column2))

    def shipped(self) -> list[BundleEdit]:
        """Our own rules, expanded."""
        return list(self._pairs.values())
