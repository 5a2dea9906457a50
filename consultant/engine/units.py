"""Units: the 8-minute rule for timed therapy codes, time-based add-ons
(critical care, prolonged service, infusion hours), per-lesion and per-area
add-ons, and HCPCS drug units from the documented dose."""
from __future__ import annotations

import math
import re
from types import SimpleNamespace


from .model import CaseState, Choice, Fact
from .score import Context

_TO_MG = {"mg": 1.0, "g": 1000.0, "mcg": 0.001}


def eight_minute_rule(minutes: list[float]) -> list[int]:
    """CMS 8-minute rule: total timed minutes -> total units, shared by largest minutes."""
    total = sum(minutes)
    units_total = int(total // 15) + (1 if total % 15 >= 8 else 0)
    units = [int(m // 15) for m in minutes]
    left = units_total - sum(units)
    # the unit left over goes to the largest remainder; on a tie, to a service that has no unit yet
    order = sorted(range(len(minutes)), key=lambda i: (-(minutes[i] % 15), units[i] > 0, i))
    for i in order[:max(left, 0)]:
        units[i] += 1
    return units


def time_addon_units(total: float, parent_max: float, per: float) -> int:
    """Units of a time add-on beyond its parent's range.  Hour add-ons need more
    than half the hour; shorter blocks count from the first minute past the parent."""
    extra = total - parent_max
    if extra <= 0:
        return 0
    if per >= 60:
        return int(extra // per) + (1 if extra % per > per / 2 else 0)
    return math.ceil(extra / per)


def drug_units(dose: Fact, amount: float, unit: str) -> int | None:
    """ceil(documented dose / billing amount), converting mg/g/mcg."""
    if dose.unit == unit:
        return max(1, math.ceil(round(dose.value / amount, 6)))
    if dose.unit in _TO_MG and unit in _TO_MG:
        mg = dose.value * _TO_MG[dose.unit]
        return max(1, math.ceil(round(mg / (amount * _TO_MG[unit]), 6)))
    return None


def nearest(facts: list[Fact], pos: int, limit: int = 400) -> Fact | None:
    close = [f for f in facts if abs(f.start - pos) <= limit]
    return min(close, key=lambda f: abs(f.start - pos)) if close else None


_PER_EQ = re.compile(r"\((\d+(?:\.\d+)?)\s*(ml|cc|mg|mcg)\s*=\s*1\s*units?\)", re.I)
_TWO_PARTS = re.compile(r"(\d+(?:\.\d+)?)\s*(mg|mcg)\s+and\s+[a-z ]+?\s(\d+(?:\.\d+)?)\s*(mg|mcg)\s*$", re.I)


_ORAL = re.compile(r"^[\s,]*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)\s*)?(?:PO|p\.o\.|by mouth|orally|oral)\b", re.I)


def dosage_of(entry: object) -> object | None:
    """The drug's billing amount; descriptions the catalog parser leaves without one give it in words:
    "(500 ml = 1 unit)", or a two-ingredient product "drug a 3 mg and drug b 3 mg" (one unit = 6 mg)."""
    dosage = getattr(entry, "dosage", None)
    if dosage is not None or not getattr(entry, "is_drug", False):
        return dosage
    desc = getattr(entry, "description", "") or ""
    m = _PER_EQ.search(desc)
    if m:
        return SimpleNamespace(amount=float(m.group(1)), unit="ml" if m.group(2).lower() in ("ml", "cc") else m.group(2).lower())
    m = _TWO_PARTS.search(desc)
    if m and m.group(2).lower() == m.group(4).lower():
        return SimpleNamespace(amount=float(m.group(1)) + float(m.group(3)), unit=m.group(2).lower())
    return None


def drug_choice_units(state: CaseState, choice: Choice) -> None:
    dosage = dosage_of(choice.entry)
    if dosage is None or not choice.evidence:
        return
    pos = choice.evidence[0].start
    doses = [f for f in state.facts if f.kind == "dose" and f.assertion == "present"]
    # "Kenalog-40, 1 mL (40 mg)": the dose in the billing unit's kind, not the volume drawn up
    fits = [d for d in doses if drug_units(d, float(dosage.amount), dosage.unit)]
    near = [(d.start - e.end, d) for e in choice.evidence for d in fits  # "Rituximab 700 mg": the dose after it
            if 0 <= d.start - e.end <= 120 and state.sentence_of(d.start) == state.sentence_of(e.start)]
    dose = min(near, key=lambda x: x[0])[1] if near else nearest(fits, pos, 120) or nearest(doses, pos, 120)
    names = {f.text.lower() for f in choice.evidence if f.kind == "procedure" and len(f.text) > 3}
    # the drug named again where the dose is (a subject line, then a MEDICATION: line of an infusion record)
    again = [m.start() for n in names for m in re.finditer(re.escape(n), state.text.lower()) if m.start() != pos]
    for at in [f.start for f in choice.evidence[1:]] + again:
        if dose is None:
            dose = nearest(fits, at, 120) or nearest(doses, at, 120)
    after = state.text[choice.evidence[-1].end:choice.evidence[-1].end + 40]
    if _ORAL.match(after) and "injection" in (getattr(choice.entry, "description", "") or "").lower():
        choice.recommended = False  # "acetaminophen 650 mg PO": a pill, not the injection's J-code
        choice.notes.append("not chosen: the drug was taken by mouth")
        return
    if dose is None:
        choice.notes.append("missing:dose")
        choice.recommended = False  # drug units cannot be billed without the dose given
        return
    units = drug_units(dose, float(dosage.amount), dosage.unit)
    if units:
        choice.units = units
        choice.evidence.append(dose)
        choice.notes.append(f"{dose.text} at {dosage.amount:g} {dosage.unit} per unit = {units} units")


# what a per-item code counts, and the words a note counts it in ("40 allergen extracts" are 40 tests)
_ITEM_WORDS = {"test": ("test", "allergen", "extract", "antigen"), "specimen": ("specimen", "container", "jar")}
_NOT_ITEMS = ("min", "hour", "day", "week", "year", "sq", "cm", "unit", "vial")


def item_units(state: CaseState, choices: list[Choice], context_for: object) -> None:
    """A primary code reported per test/item takes the number of those items the note counts
    in its own sentences ("prick tests with 40 allergens" -> 40 units)."""
    for c in choices:
        per = getattr(c.entry, "per", None)
        if (not c.recommended or per is None or c.entry.addon or getattr(c.entry, "is_drug", False)
                or getattr(c.entry, "timed", False) or c.group is None or c.units != 1):
            continue
        unit = (per.unit or "").lower()
        if not unit or unit.startswith(_NOT_ITEMS):
            continue
        words = _ITEM_WORDS.get(unit, (unit,))
        ctx = context_for(state, c.group)
        counts = [f for f in ctx.kind("count") if f.unit != "times" and f.unit.lower()[:4] in {w[:4] for w in words}]
        n = max((int(f.value) for f in counts), default=0)
        if n > 1:
            c.units = max(1, math.ceil(n / float(per.amount or 1)))
            c.evidence.append(max(counts, key=lambda f: f.value))
            c.notes.append(f"{n} {unit}s counted")


def timed_units(state: CaseState, choices: list[Choice], contexts: dict[int, Context]) -> None:
    timed = [c for c in choices if c.recommended and getattr(c.entry, "timed", False)]
    if not timed:
        return
    mins: list[float] = []
    if not any(f.kind == "time" and f.assertion == "present" for f in state.facts):
        for c in timed:  # no minutes anywhere: the units cannot be counted, ask
            c.recommended = False
            c.notes.append("missing:minutes")
        return
    for c in timed:
        pos = c.evidence[0].start if c.evidence else 0
        times = [f for f in state.facts if f.kind == "time" and f.assertion == "present"]
        line_end = state.text.find("\n", pos)
        line_end = len(state.text) if line_end < 0 else line_end
        same_line = [t for t in times if pos <= t.start < line_end]  # "Manual therapy 15 min" on its own line
        sid = state.sentence_of(pos)
        same_sent = [t for t in times if sid >= 0 and state.sentence_of(t.start) == sid]
        if len(same_sent) == 1 and len(timed) == 1:  # "30 minutes of therapeutic exercise. Hot pack 10 minutes."
            same_line = same_sent
        f = same_line[0] if same_line else nearest(times, pos, 150)
        mins.append(float(f.value) if f else 15.0)
        if f:
            c.evidence.append(f)
        else:
            c.notes.append("missing:minutes")
    for c, u, m in zip(timed, eight_minute_rule(mins), mins):
        c.units = max(u, 0)
        c.notes.append(f"{m:g} timed minutes under the 8-minute rule")
        if c.units == 0:
            c.recommended = False
            c.notes.append("not chosen: under 8 minutes of timed service is not billable on its own")
