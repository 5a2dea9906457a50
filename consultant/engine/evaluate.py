"""The evaluation harness behind ``consultant eval``: runs the engine over a
JSONL case file and scores it (format in docs/ENGINE.md)."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .pipeline import suggest

BUCKETS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.01))


@dataclass
class Tally:
    cases: int = 0
    coded: int = 0
    top1: int = 0
    top3: int = 0
    expected: int = 0
    found: int = 0
    recommended: int = 0
    correct: int = 0
    forbidden_cases: int = 0
    forbidden_hit: int = 0
    mod_total: int = 0
    mod_ok: int = 0
    unit_total: int = 0
    unit_ok: int = 0
    vague: int = 0
    vague_asked: int = 0
    calib: dict[int, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = field(default_factory=list)


_DISTINCT = {"59", "XE", "XP", "XS", "XU"}


def mod_key(mods: list[str]) -> list[str]:
    """Modifiers compared as a set, 59 and XE/XP/XS/XU counted as one (distinct procedural service)."""
    return sorted({"59" if m in _DISTINCT else m for m in mods})


def case_input(case: dict[str, Any]) -> tuple[str, str]:
    if "text" in case:
        return case["text"], case.get("subject", "")
    return case.get("body", ""), case.get("subject", "")


def score_case(t: Tally, case: dict[str, Any], answer: dict[str, Any]) -> None:
    t.cases += 1
    expected = {e["code"]: e for e in case.get("expected", [])}
    sugg = answer["suggestions"]
    rec = [s for s in sugg if s["recommended"]]
    rec_codes = [s["code"] for s in rec]
    problems = []
    if case.get("vague") or not expected:
        t.vague += 1
        if not rec and answer["questions"]:
            t.vague_asked += 1
        else:
            problems.append(f"vague but recommended {rec_codes or 'nothing'} / asked {len(answer['questions'])}")
    if expected:
        t.coded += 1
        t.top1 += bool(rec and rec[0]["code"] in expected)
        t.top3 += any(s["code"] in expected for s in sugg[:3])
        t.expected += len(expected)
        t.found += len(set(rec_codes) & set(expected))
        missing = sorted(set(expected) - set(rec_codes))
        extra = sorted(set(rec_codes) - set(expected))
        if missing:
            problems.append(f"missing {missing}")
        if extra:
            problems.append(f"extra {extra}")
    t.recommended += len(rec)
    t.correct += len(set(rec_codes) & set(expected))
    forbidden = set(case.get("forbidden", []))
    if forbidden:
        t.forbidden_cases += 1
        if forbidden & set(rec_codes):
            t.forbidden_hit += 1
            problems.append(f"forbidden {sorted(forbidden & set(rec_codes))}")
    for s in rec:
        exp = expected.get(s["code"])
        b = next(i for i, (lo, hi) in enumerate(BUCKETS) if lo <= s["confidence"] < hi)
        t.calib[b][0] += 1
        t.calib[b][1] += exp is not None
        if exp is None:
            continue
        if "modifiers" in exp:
            t.mod_total += 1
            ok = mod_key(exp["modifiers"]) == mod_key(s["modifiers"])
            t.mod_ok += ok
            if not ok:
                problems.append(f"{s['code']} modifiers {s['modifiers']} != {exp['modifiers']}")
        if "units" in exp:
            t.unit_total += 1
            ok = int(exp["units"]) == int(s["units"])
            t.unit_ok += ok
            if not ok:
                problems.append(f"{s['code']} units {s['units']} != {exp['units']}")
    if problems:
        t.misses.append(f"{case.get('id')}: " + "; ".join(problems))


def run(cases: Iterable[dict[str, Any]], engine: Callable[..., dict[str, Any]] = suggest) -> Tally:
    t = Tally()
    for case in cases:
        text, subject = case_input(case)
        score_case(t, case, engine(text, subject, case.get("id")))
    return t


def _r(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def report(t: Tally) -> list[str]:
    lines = [
        f"cases            {t.cases} ({t.coded} with expected codes, {t.vague} vague)",
        f"top-1            {_r(t.top1, t.coded)}",
        f"top-3            {_r(t.top3, t.coded)}",
        f"code recall      {_r(t.found, t.expected)}",
        f"precision        {_r(t.correct, t.recommended)}",
        f"forbidden rate   {_r(t.forbidden_hit, t.forbidden_cases)}",
        f"modifiers        {_r(t.mod_ok, t.mod_total)}",
        f"units            {_r(t.unit_ok, t.unit_total)}",
        f"vague asked      {_r(t.vague_asked, t.vague)}",
        "calibration (confidence bucket: right/recommended)",
    ]
    for i, (lo, hi) in enumerate(BUCKETS):
        n, ok = t.calib[i]
        lines.append(f"  {lo:.2f}-{min(hi, 1.0):.2f}     {_r(ok, n)}")
    lines.append(f"misses           {len(t.misses)}")
    lines.extend("  " + m for m in t.misses)
    return lines


def load_cases(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
