"""Explanation: a plain-word rationale for each code citing its evidence, the
strongest near misses with why they lost, questions for deciding facts the
note lacks, and a confidence from the score margin.  A case with nothing to
recommend asks what was done."""
from __future__ import annotations

import math
from typing import Any

from .model import Candidate, CaseState, Choice

QUESTIONS = {
    "size": "What was the excised diameter (lesion plus narrowest margins) or size in cm?",
    "length": "What was the total length of the repair in cm, and where on the body?",
    "area": "What was the treated area in sq cm?",
    "count": "How many lesions, levels or items were treated (for an X-ray: how many views)?",
    "approach": "Was the procedure done open, laparoscopic, endoscopic or percutaneous?",
    "patient": "Is this a new patient (no visit with the practice in 3 years) or an established one?",
    "mdm": "What was the level of medical decision making, or the total time spent on the date?",
    "site": "Where on the body was the procedure done?",
    "dose": "What dose of the drug was given (amount and unit)?",
    "minutes": "How many minutes did each timed therapy take?",
    "time": "How much time was documented for the service?",
    "gestation": "How many weeks pregnant was the patient on the day of the ultrasound (before 14 weeks or later)?",
    "contrast": "Was the study done without contrast, with contrast, or without and then with contrast?",
}
VAGUE = ["Which procedure(s) were actually performed? Please send the operative note or a description "
         "of what was done, the approach, the site and any sizes or counts."]


def confidence(best: Candidate, runner: Candidate | None, missing: int) -> float:
    margin = best.score - (runner.score if runner else 0.0)
    x = 0.55 * min(margin, 8) + 0.2 * min(best.score, 12) - 1.6 - 1.2 * missing - 0.3 * len(best.against)
    return round(min(0.97, max(0.05, 1 / (1 + math.exp(-x)))), 2)


# Raw score confidence -> share right, fitted (pool-adjacent-violators over equal-count bins,
# bench/calibrate.py) on the recommended codes of a blind set the engine had never been corrected against
# (eval/team2d.jsonl, 188 cases with expected codes): confidence should say how often a code is right on
# new mail, not on the cases already fixed. Refit on the next blind set when the engine changes.
CALIBRATION = ((0.66, 0.55), (0.82, 0.80), (0.97, 0.92), (1.01, 0.92))


def calibrate(raw: float) -> float:
    return next(p for upper, p in CALIBRATION if raw <= upper)


def _why(c: Candidate) -> str:
    bits = list(dict.fromkeys(c.reasons))[:4]
    return "; ".join(bits) if bits else "closest match in the catalog"


def _rationale(choice: Choice, cand: Candidate | None) -> str:
    short = choice.entry.short
    quoted = ", ".join(f'"{f.text.strip()}"' for f in choice.evidence[:3])
    parts = [f"{short}. The note says {quoted}." if quoted else f"{short}."]
    if cand is not None:
        parts.append(f"Chosen because: {_why(cand)}.")
    for n in choice.notes:
        if not n.startswith(("missing:", "ask:")):
            parts.append(n[0].upper() + n[1:] + ".")
    if choice.modifiers:
        parts.append(f"Modifiers: {', '.join(choice.modifiers)}.")
    return " ".join(parts)


def _near_misses(choice: Choice, best: Candidate) -> list[dict[str, Any]]:
    out = []
    for c in choice.group.candidates[1:] if choice.group else []:
        if c.entry.addon or c.code == choice.code:
            continue
        why = "; ".join(dict.fromkeys(c.against)) or f"{choice.code} fits the documented facts better"
        conf = round(max(0.02, min(0.5, 0.5 - 0.08 * (best.score - c.score))), 2)
        out.append(_suggestion(c.code, c.entry, False, conf, 1, [], f"not chosen: {why}", c.evidence[:2]))
        if len(out) >= 2:
            break
    return out


def _suggestion(code: str, entry: Any, rec: bool, conf: float, units: int, mods: list[str],
                rationale: str, evidence: list) -> dict[str, Any]:
    return {"code": code, "system": entry.system, "descriptor": entry.short, "recommended": rec,
            "confidence": conf, "units": units, "modifiers": list(mods), "rationale": rationale,
            "evidence": [{"text": f.text, "start": f.start, "end": f.end} for f in evidence]}


def run(state: CaseState) -> list[dict[str, Any]]:
    """Stage: the ordered suggestion list; questions are added to the state."""
    recommended, held, misses = [], [], []
    for choice in state.choices:
        group = choice.group
        best = group.candidates[0] if group and group.candidates else None
        missing = [n.split(":", 1)[1] for n in choice.notes if n.startswith("missing:")]
        asks = [n.split(":", 1)[1] for n in choice.notes if n.startswith("ask:")]
        for m in missing + asks:
            q = QUESTIONS.get(m)
            if q and q not in state.questions:
                state.questions.append(q)
        if best is not None and best.code == choice.code:
            runner = next((c for c in group.candidates[1:] if not c.entry.addon), None)
            choice.confidence = confidence(best, runner, len(missing) + 0.5 * len(asks))
        else:
            choice.confidence = 0.8 if choice.recommended else 0.3
        text = _rationale(choice, best if best and best.code == choice.code else None)
        if not choice.recommended:
            reason = next((n for n in choice.notes if n.startswith("not chosen")), None)
            text = reason + ". " + text if reason else "not chosen yet: a deciding fact is missing. " + text
            choice.confidence = min(choice.confidence, 0.5)
        if choice.recommended:
            choice.confidence = calibrate(choice.confidence)
        item = _suggestion(choice.code, choice.entry, choice.recommended, choice.confidence,
                           choice.units, choice.modifiers, text, choice.evidence)
        (recommended if choice.recommended else held).append(item)
        if best is not None and best.code == choice.code and choice.recommended:
            misses.extend(_near_misses(choice, best))
    if not recommended and not state.questions:
        state.questions.extend(VAGUE)
    rec_codes = {s["code"] for s in recommended}
    misses = [m for m in misses if m["code"] not in rec_codes]
    return recommended + held + misses
