"""Checks on a reviewer's code list before it goes into a reply.

``normalize`` turns the edit form's parallel fields into code lines;
``validate`` reports, per line, unknown or deleted codes, bad units, units
over the CMS medically-unlikely-edit limit, NCCI bundled pairs (noting when
a distinct-service modifier is present and the edit allows one), and add-on
codes listed without any of their primary codes.  Issues are data, not
exceptions: the page shows them live and the reviewer decides.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from itertools import combinations
from typing import Any, Iterable

from . import catalog_view

MODIFIER = re.compile(r"^[A-Z0-9]{2}$")
CODE = re.compile(r"^[0-9A-Z]{4}[0-9A-Z]$")
DISTINCT = {"59", "XE", "XP", "XS", "XU"}


@dataclass
class Issue:
    code: str
    level: str  # error | warning
    kind: str   # unknown | deleted | units | mue | bundled | addon | modifier | duplicate
    message: str


def _modifiers(value: Any) -> list[str]:
    items = value if isinstance(value, list) else re.split(r"[\s,]+", str(value or ""))
    return [m.strip().upper() for m in items if m and m.strip()]


def _units(value: Any) -> int:
    try:
        return int(str(value).strip() or 1)
    except ValueError:
        return 0


def normalize(codes: Iterable[Any], units: Iterable[Any] = (), modifiers: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """Code lines from either dicts or the form's parallel lists; blanks dropped."""
    units, modifiers = list(units), list(modifiers)
    lines = []
    for i, item in enumerate(codes):
        if isinstance(item, dict):
            code, u, m = item.get("code", ""), item.get("units", 1), item.get("modifiers", [])
        else:
            code = item
            u = units[i] if i < len(units) else 1
            m = modifiers[i] if i < len(modifiers) else ""
        code = str(code or "").strip().upper()
        if code:
            lines.append({"code": code, "units": _units(u), "modifiers": _modifiers(m)})
    return lines


def _line_issues(line: dict[str, Any]) -> list[Issue]:
    code, issues = line["code"], []
    entry = catalog_view.lookup(code) if CODE.match(code) else None
    if entry is None:
        return [Issue(code, "error", "unknown", f"{code} is not a code in the catalog")]
    if not entry["active"]:
        issues.append(Issue(code, "warning", "deleted", f"{code} has been deleted"))
    if line["units"] < 1:
        issues.append(Issue(code, "error", "units", "units must be a whole number of at least 1"))
    limit = catalog_view.mue(code)
    if limit == 0:
        # CMS lists 0 for codes Medicare does not pay on practitioner claims (preventive
        # visits, some modalities): a payer question for the reviewer, not a units error
        issues.append(Issue(code, "warning", "mue", "Medicare MUE of 0: not payable under "
                            "Medicare on practitioner claims (other payers may pay it)"))
    elif limit is not None and line["units"] > limit:
        unit = "unit" if line["units"] == 1 else "units"
        issues.append(Issue(code, "error", "mue", f"{line['units']} {unit} exceeds the MUE limit of {limit}"))
    for mod in line["modifiers"]:
        if not MODIFIER.match(mod):
            issues.append(Issue(code, "error", "modifier", f"modifier {mod!r} is not two letters or digits"))
    return issues


def _pair_issue(a: dict[str, Any], b: dict[str, Any]) -> Issue | None:
    edit = catalog_view.bundling(a["code"], b["code"]) or catalog_view.bundling(b["code"], a["code"])
    if edit is None:
        return None
    col2 = edit["column2"]
    line2 = a if a["code"] == col2 else b
    reason = f" ({edit['reason']})" if edit["reason"] else ""
    if edit["modifier_indicator"] == 1 and DISTINCT & set(line2["modifiers"]):
        return Issue(col2, "warning", "bundled",
                     f"{col2} bundles into {edit['column1']}{reason}; a distinct-service modifier is present")
    allowed = "; a 59/X{EPSU} modifier may apply if distinct" if edit["modifier_indicator"] == 1 else ""
    return Issue(col2, "error", "bundled", f"{col2} is bundled into {edit['column1']}{reason}{allowed}")


def _addon_issue(line: dict[str, Any], present: set[str]) -> Issue | None:
    entry = catalog_view.lookup(line["code"])
    if not entry or not entry["addon"] or not entry["parents"]:
        return None
    if present & set(entry["parents"]):
        return None
    parents = ", ".join(entry["parents"][:6])
    return Issue(line["code"], "error", "addon", f"add-on {line['code']} needs a primary code such as {parents}")


def validate(lines: list[dict[str, Any]]) -> list[Issue]:
    issues: list[Issue] = []
    seen: set[str] = set()
    for line in lines:
        if line["code"] in seen:
            issues.append(Issue(line["code"], "warning", "duplicate", f"{line['code']} is listed twice"))
        seen.add(line["code"])
        issues.extend(_line_issues(line))
    known = [ln for ln in lines if not any(i.code == ln["code"] and i.kind == "unknown" for i in issues)]
    for a, b in combinations(known, 2):
        if a["code"] != b["code"] and (issue := _pair_issue(a, b)):
            issues.append(issue)
    present = {ln["code"] for ln in known}
    issues.extend(i for ln in known if (i := _addon_issue(ln, present)))
    return issues


def as_json(issues: list[Issue]) -> list[dict[str, str]]:
    return [asdict(i) for i in issues]
