"""Turns a catalog entry into what ``codes show`` prints: a JSON-ready dict
with the entry's own facts plus what only the catalog knows (add-on parents
and children, MUE, bundling partners, licensed descriptors, modifier hints),
and a plain-text rendering of that dict for people.
"""
from __future__ import annotations

from typing import Any

from .catalog import Catalog
from .model import CodeEntry

_GLOBAL = {"000": "0-day global", "010": "10-day global", "090": "90-day global",
           "ZZZ": "add-on (within the primary's global)", "XXX": "global concept does not apply",
           "YYY": "global set by the carrier", "MMM": "maternity care global"}
_MAI = {1: "claim line edit", 2: "per-day policy limit", 3: "per-day clinical limit"}


def _short_of(cat: Catalog, code: str) -> str:
    entry = cat.get(code)
    return entry.short if entry else ""


def describe(cat: Catalog, entry: CodeEntry) -> dict[str, Any]:
    """All facts for one code, JSON-ready."""
    data = entry.to_dict()
    data["parents"] = [{"code": p, "short": _short_of(cat, p)} for p in entry.parents]
    data["addons"] = [{"code": c.code, "short": c.short} for c in cat.children_of(entry.code)]
    mue = cat.mue(entry.code)
    data["mue"] = {"value": mue[0], "mai": mue[1], "mai_text": _MAI.get(mue[1], "")} if mue else None
    data["bundling"] = [
        {"column1": b.column1, "column2": b.column2, "modifier_indicator": b.modifier_indicator,
         "reason": b.reason, "source": b.source}
        for b in cat.bundle_partners(entry.code)
    ]
    official = cat.official(entry.code)
    if official:
        data["official"] = official
    return data


def _line(label: str, value: Any) -> str:
    return f"  {label:<14} {value}"


def render_text(data: dict[str, Any]) -> str:
    """Human-readable block for one described code."""
    lines = [f"{data['code']}  [{data['system']}]  {data['short']}"]
    if data.get("deleted"):
        lines.append(_line("DELETED", f"{data['deleted']} replaced by {', '.join(data.get('replaced_by', [])) or '-'}"))
    lines.append(_line("description", data["description"]))
    for label, key in (("section", "section"), ("subsection", "subsection"), ("approach", "approach"),
                       ("action", "action"), ("site", "site"), ("terms", "terms"), ("with", "with"),
                       ("without", "without"), ("distinguish", "distinguish")):
        if data.get(key):
            value = data[key]
            lines.append(_line(label, ", ".join(value) if isinstance(value, list) else value))
    for official in ("long", "medium", "short", "consumer", "clinician"):
        if data.get("official", {}).get(official):
            lines.append(_line(f"AMA {official}", data["official"][official]))
    if data.get("dosage"):
        lines.append(_line("unit", f"{data['dosage']['amount']:g} {data['dosage']['unit']}"))
    if data["parents"]:
        lines.append(_line("add-on to", ", ".join(f"{p['code']} {p['short']}".strip() for p in data["parents"])))
    if data["addons"]:
        lines.append(_line("add-ons", ", ".join(a["code"] for a in data["addons"])))
    if data.get("global_days"):
        gd = data["global_days"]
        lines.append(_line("global", f"{gd} ({_GLOBAL.get(gd, '')})"))
    if data.get("work_rvu") is not None:
        lines.append(_line("RVUs", f"work {data['work_rvu']}, total non-facility {data.get('total_rvu_nonfacility')}, "
                                   f"facility {data.get('total_rvu_facility')}"))
    indicators = [f"{k}={data[k]}" for k in ("pfs_status", "bilateral_ind", "pctc_ind", "mult_proc", "endo_base")
                  if data.get(k)]
    if indicators:
        lines.append(_line("PFS", " ".join(indicators)))
    if data["mue"]:
        lines.append(_line("MUE", f"{data['mue']['value']} per day (MAI {data['mue']['mai']}: {data['mue']['mai_text']})"))
    for b in data["bundling"][:20]:
        lines.append(_line("bundling", f"{b['column2']} into {b['column1']} (mod ind {b['modifier_indicator']}, "
                                       f"{b['source']}): {b['reason']}"))
    if len(data["bundling"]) > 20:
        lines.append(_line("", f"... {len(data['bundling']) - 20} more (use --json)"))
    return "\n".join(lines)
