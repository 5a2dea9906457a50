"""Render the reply draft (text and HTML parts) from Jinja2 templates.

One Environment per kind: text templates without autoescape, HTML with it;
both ``StrictUndefined`` so a missing value fails loudly in tests instead of
sending a blank.  Everything taken from the case is PHI-masked first.
"""
from __future__ import annotations

import html as html_lib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..phi import mask

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


@lru_cache(maxsize=2)
def environment(autoescape: bool) -> Environment:
    return Environment(loader=FileSystemLoader(str(TEMPLATES)), undefined=StrictUndefined,
                       autoescape=autoescape, trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=True)


@dataclass
class Rendered:
    subject: str
    text: str
    html: str


def reply_subject(subject: str) -> str:
    subject = " ".join(subject.split()) or "your coding question"
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


def public_codes(codes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The recommended codes as the client sees them, masked."""
    out = []
    for c in codes:
        if not c.get("recommended", True):
            continue
        out.append({
            "code": str(c.get("code", "")), "system": c.get("system", "CPT"),
            "descriptor": mask(str(c.get("descriptor", ""))),
            "units": c.get("units", 1), "modifiers": list(c.get("modifiers") or []),
            "rationale": mask(str(c.get("rationale", ""))),
        })
    return out


def near_misses(codes: list[dict[str, Any]], limit: int = 3) -> list[dict[str, Any]]:
    return [{"code": str(c.get("code")), "rationale": mask(str(c.get("rationale", "")))}
            for c in codes if not c.get("recommended", True)][:limit]


def render_reply(subject: str, codes: list[dict[str, Any]], questions: list[str],
                 warnings: list[str] | None = None, template: str = "reply",
                 extra: dict[str, Any] | None = None) -> Rendered:
    ctx = {
        "subject": mask(subject), "codes": public_codes(codes), "near_misses": near_misses(codes),
        "questions": [mask(q) for q in questions], "warnings": [mask(w) for w in warnings or []],
        **(extra or {}),
    }
    text = environment(False).get_template(f"{template}.txt.j2").render(**ctx)
    html = environment(True).get_template(f"{template}.html.j2").render(**ctx)
    return Rendered(subject=reply_subject(mask(subject)), text=text, html=html)


def html_from_text(text: str) -> str:
    """HTML part for a reviewer-edited text part: same words, escaped."""
    paras = [p.strip("\n") for p in text.split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{html_lib.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)
    return environment(True).get_template("reply_edited.html.j2").render(body_html=body)
