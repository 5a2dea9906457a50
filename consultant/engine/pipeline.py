"""The engine's front door: ``suggest(text, subject, case_id)``.

Stages, in order, each in its own module and each taking the one
``CaseState``: sections (zones and headings) -> extract (facts and mentions)
-> assertion (ConText) -> candidates -> score -> decide (units, modifiers,
bundling, limits) -> explain.  Pure: no database, no network, no logging of
case text.  When ``subject`` is given the engine reads
``subject + "\\n\\n" + text`` and every span indexes into that string.
"""
from __future__ import annotations

import time

import hashlib
from typing import Any

from . import assertion, candidates, decide, explain, extract, score, sections, services
from .catalog_view import EngineCatalog, engine_catalog
from .model import CaseState


def compose(text: str, subject: str = "") -> str:
    """The string the engine reads (and spans index into)."""
    subject = (subject or "").strip()
    return f"{subject}\n\n{text}" if subject and text else (text or subject)


def analyse(text: str, subject: str = "", case_id: str | None = None,
            cat: EngineCatalog | None = None) -> tuple[CaseState, list[dict[str, Any]]]:
    cat = cat or engine_catalog()
    full = compose(text, subject)
    cid = case_id or "case-" + hashlib.sha1(full.encode("utf-8", "replace")).hexdigest()[:10]
    state = CaseState(id=cid, text=full)
    sections.run(state)
    extract.run(state, cat)
    assertion.run(state)
    candidates.run(state, cat)
    score.run(state)
    services.anesthesia_groups(state, cat)
    decide.run(state, cat)
    return state, explain.run(state)


def warm() -> float:
    """Load the catalog indexes and the ConText pipeline now rather than on
    the first case; returns the seconds it took."""
    start = time.monotonic()
    engine_catalog()
    assertion._nlp()
    return time.monotonic() - start


def suggest(text: str, subject: str = "", case_id: str | None = None) -> dict[str, Any]:
    """Code one case: the DESIGN.md answer plus ``facts`` and ``warnings``."""
    state, suggestions = analyse(text, subject, case_id)
    facts = [f.to_dict() for f in state.facts if f.kind in _SHOWN]
    return {"id": state.id, "suggestions": suggestions, "questions": list(state.questions),
            "facts": sorted(facts, key=lambda f: f["start"]), "warnings": list(dict.fromkeys(state.warnings))}


_SHOWN = {"procedure", "feature", "measure", "area", "time", "dose", "count", "age", "sex", "setting",
          "patient", "mdm", "laterality", "approach", "site"}
