"""The catalog checks behind ``consultant codes validate`` and the tests.

Errors break the format contract in docs/CATALOG_FORMAT.md: an unknown code
number, a duplicate, a missing required field, a short name over 80
characters, an add-on without parents or with a parent that is not a valid
code, a bundling pair naming an invalid code.  Warnings are worth a look but
may be right (an add-on CMS does not mark ZZZ, a feature token no features
file explains).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .catalog import Catalog
from .cpt_yaml import cpt_files, read_yaml
from .paths import CPT_DIR

REQUIRED = ("code", "short", "description", "site", "action", "terms")
ENUMS = {
    "contrast": {"without", "with", "without_and_with"},
    "laterality": {"unilateral", "bilateral"},
    "patient": {"new", "established"},
    "mdm": {"straightforward", "low", "moderate", "high"},
}
SETTINGS = {"office", "outpatient", "inpatient", "observation", "ed", "nursing_facility",
            "home", "telehealth", "critical_care"}
COMMON_TOKENS = {
    "biopsy", "contrast", "cholangiography", "doppler", "guidance_ultrasound", "guidance_fluoroscopy",
    "guidance_ct", "guidance_mri", "stent", "drainage_catheter", "dilation", "foreign_body", "snare",
    "ablation", "mesh", "graft", "implant", "recurrent", "incarcerated", "reducible", "malignant",
    "benign", "fracture_open_treatment", "internal_fixation", "manipulation", "complex",
    "intermediate", "simple", "radiological_supervision", "interpretation_only",
}


@dataclass(frozen=True)
class Problem:
    """One finding: level is "error" or "warning"; where names file/code."""

    level: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.where}: {self.message}"


def _raw_checks(cat: Catalog) -> list[Problem]:
    """Checks that need the YAML as written (which keys are present)."""
    out: list[Problem] = []
    seen: Counter[str] = Counter()
    for path in cpt_files(CPT_DIR):
        try:
            doc = read_yaml(path)
        except Exception as exc:  # noqa: BLE001 - any parse failure is the finding
            out.append(Problem("error", path.name, f"cannot read: {str(exc).splitlines()[0]}"))
            continue
        for raw in (doc or {}).get("codes") or []:
            code = str(raw.get("code", "?")) if isinstance(raw, dict) else "?"
            seen[code] += 1
            where = f"{path.name}: {code}"
            missing = [k for k in REQUIRED if not isinstance(raw, dict) or k not in raw
                       or (k != "terms" and not raw[k])]
            if missing:
                out.append(Problem("error", where, f"missing {', '.join(missing)}"))
            if not cat.is_valid_number(code):
                out.append(Problem("error", where, "not a valid code number (not in the CMS code list)"))
    out += [Problem("error", code, f"appears {n} times") for code, n in seen.items() if n > 1]
    return out


def _entry_checks(cat: Catalog) -> list[Problem]:
    out: list[Problem] = []
    for e in (e for e in cat.entries if e.system == "CPT"):
        where = f"{e.source_file}: {e.code}"
        if len(e.short) > 80:
            out.append(Problem("error", where, f"short is {len(e.short)} characters (max 80)"))
        if e.addon and not e.parents:
            out.append(Problem("error", where, "add-on without parents"))
        for parent in e.parents:
            if not cat.is_valid_number(parent):
                out.append(Problem("error", where, f"parent {parent} is not a valid code"))
        for key, allowed in ENUMS.items():
            value = getattr(e, key)
            if value and value not in allowed:
                out.append(Problem("error", where, f"{key} {value!r} not one of {sorted(allowed)}"))
        if set(e.setting) - SETTINGS:
            out.append(Problem("error", where, f"unknown setting {sorted(set(e.setting) - SETTINGS)}"))
        if e.global_days == "ZZZ" and not e.addon:
            out.append(Problem("warning", where, "CMS marks this an add-on (ZZZ) but the entry has no addon: true"))
        unknown = set(e.with_ + e.without) - set(cat.features) - COMMON_TOKENS
        if unknown:
            out.append(Problem("warning", where, f"feature token(s) not in any features file: {sorted(unknown)}"))
    return out


def _bundling_checks(cat: Catalog) -> list[Problem]:
    out: list[Problem] = []
    for edit in cat.bundling_rules():
        for code in (edit.column1, edit.column2):
            if not cat.is_valid_number(code):
                out.append(Problem("error", f"bundling/rules.yaml: {edit.column1}/{edit.column2}",
                                   f"{code} is not a valid code"))
    return out


def validate(cat: Catalog) -> list[Problem]:
    """Every finding, errors first."""
    found = [Problem("error", "compile", p) for p in cat.problems]
    found += _raw_checks(cat) + _entry_checks(cat) + _bundling_checks(cat)
    return sorted(found, key=lambda p: (p.level != "error", p.where))
