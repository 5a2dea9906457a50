"""Translations between the edit form and the review service (``consultant.review``).

Routes call the service directly for decisions that need no translation
(reject, ask for information, retry, release); the service records the audit
events and enqueues sends.  Two translations happen here: the edit
form's code lines are merged back into the draft's suggestion dicts (so a
kept code keeps its descriptor and rationale, and near misses survive), and
the reply text is passed on only when the reviewer actually changed it, so
a code change re-renders the reply instead of keeping stale text.
"""
from __future__ import annotations

from typing import Any

from .. import review
from ..db.models import Case
from . import catalog_view


def get_case(s: Any, case_id: int) -> Case:
    from .routes.common import get_case as load  # 404 when missing

    return load(s, case_id)


def _same_text(a: str | None, b: str | None) -> bool:
    return (a or "").replace("\r\n", "\n").strip() == (b or "").replace("\r\n", "\n").strip()


def merge_codes(lines: list[dict[str, Any]], previous: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Reviewer's lines (in order) as suggestion dicts, then the near misses."""
    by_code = {str(p.get("code")): p for p in previous or []
               if isinstance(p, dict) and p.get("recommended", True)}
    merged = []
    for line in lines:
        base = dict(by_code.get(line["code"], {}))
        if not base:  # new to the draft, or a near miss the reviewer promoted
            entry = catalog_view.lookup(line["code"]) or {}
            base = {"code": line["code"], "system": entry.get("system") or "CPT",
                    "descriptor": entry.get("short", ""), "rationale": "chosen by the reviewer", "confidence": 1.0}
        base.update(code=line["code"], units=line["units"], modifiers=line["modifiers"], recommended=True)
        merged.append(base)
    chosen = {m["code"] for m in merged}
    merged += [p for p in previous or [] if isinstance(p, dict) and not p.get("recommended", True)
               and str(p.get("code")) not in chosen]
    return merged


def _plan(case: Case, lines: list[dict[str, Any]], text: str | None) -> tuple[list[dict[str, Any]] | None, str | None]:
    from .caseview import draft_lines

    draft = review.current_draft(case)
    previous = draft.codes if draft else []
    codes = None if lines == draft_lines(case, draft) else merge_codes(lines, previous)
    # a blank text box means "render it from the codes", never an empty reply
    unchanged = text is None or not text.strip() or _same_text(text, draft.text if draft else "")
    new_text = None if unchanged else text
    return codes, new_text


def save_edit(ctx: Any, case_id: int, actor: str, lines: list[dict[str, Any]], text: str | None) -> None:
    with ctx.db.session() as s:
        codes, new_text = _plan(get_case(s, case_id), lines, text)
    if codes is not None or new_text is not None:
        review.save_edit(ctx, case_id, actor, codes, new_text)


def approve(ctx: Any, case_id: int, actor: str, lines: list[dict[str, Any]], text: str | None) -> Any:
    save_edit(ctx, case_id, actor, lines, text)
    return review.approve(ctx, case_id, actor)


def render_preview(ctx: Any, case_id: int, lines: list[dict[str, Any]], text: str | None) -> tuple[str, str]:
    with ctx.db.session() as s:
        case = get_case(s, case_id)
        codes, new_text = _plan(case, lines, text)
        draft = review.current_draft(case)
        rendered = review.render_preview(case, codes if codes is not None else (draft.codes if draft else []),
                                         new_text)
    return rendered.text, rendered.html

