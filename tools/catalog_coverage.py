"""Prints how much of the code universe the catalog describes: Category I
CPT numbers overall and per CPT section (by number range), the other CPT
kinds, and active HCPCS Level II codes.  Reads only data shipped inside the
package (the code-number list and the HCPCS file), through the catalog.

Usage: python tools/catalog_coverage.py [--json]
"""
from __future__ import annotations

import json
import sys
from collections import Counter

from consultant.catalog import get_catalog

# Category I number ranges by CPT section (E/M also owns 99091-99499 etc.)
SECTIONS = [
    ("Anesthesia", "00100", "01999"),
    ("Surgery", "10004", "69990"),
    ("Radiology", "70010", "79999"),
    ("Pathology and Laboratory", "80047", "89398"),
    ("Medicine", "90281", "99199"),
    ("E/M", "99201", "99499"),
    ("Medicine", "99500", "99607"),
]


def section_of(code: str) -> str:
    for name, low, high in SECTIONS:
        if low <= code <= high:
            return name
    return "Other"


def coverage() -> dict[str, object]:
    cat = get_catalog()
    described = {e.code for e in cat.entries if e.system == "CPT"}
    kinds = cat.code_numbers
    total, have = Counter(), Counter()
    for code, kind in kinds.items():
        key = section_of(code) if kind == "CPT-I" else kind
        total[key] += 1
        have[key] += code in described
    cat1 = [c for c, k in kinds.items() if k == "CPT-I"]
    hcpcs_active = [e for e in cat.entries if e.system == "HCPCS" and not e.deleted]
    return {
        "category_i": {"described": sum(c in described for c in cat1), "total": len(cat1)},
        "by_section": {k: {"described": have[k], "total": total[k]} for k in sorted(total)},
        "hcpcs_active": {"described": len(hcpcs_active), "total": len(hcpcs_active)},
        "catalog_cpt_entries_outside_list": sorted(described - set(kinds)),
    }


def _pct(part: int, whole: int) -> str:
    return f"{part:>6} / {whole:<6} {100 * part / whole if whole else 0:5.1f}%"


def main(argv: list[str]) -> int:
    data = coverage()
    if "--json" in argv:
        print(json.dumps(data, indent=2))
        return 0
    c1 = data["category_i"]
    print(f"Category I CPT numbers described: {_pct(c1['described'], c1['total'])}")
    print("By section / kind:")
    for name, n in data["by_section"].items():
        print(f"  {name:<26} {_pct(n['described'], n['total'])}")
    h = data["hcpcs_active"]
    print(f"Active HCPCS Level II codes:      {_pct(h['described'], h['total'])}")
    outside = data["catalog_cpt_entries_outside_list"]
    if outside:
        print(f"Catalog CPT entries not in the code-number list: {len(outside)} {outside[:10]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
