"""Showing client mail safely: sanitised HTML, escaped text, highlighted spans.

Client email is hostile input.  Its HTML is passed through nh3 with a short
allow-list (no scripts, no event handlers, no styles, no images, only
http/https/mailto links, which get rel=noopener), and everything else is
escaped.  The app's Content-Security-Policy forbids inline script as a
second wall.  Engine facts are drawn as <mark> over the escaped case text
using their character spans.
"""
from __future__ import annotations

from typing import Any, Iterable

import nh3
from markupsafe import Markup, escape

TAGS = {"a", "b", "i", "u", "em", "strong", "p", "br", "div", "span", "ul", "ol", "li",
        "table", "thead", "tbody", "tr", "td", "th", "blockquote", "pre", "code",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "sub", "sup"}
ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}


def clean_html(html: str) -> Markup:
    """Client HTML reduced to inert markup."""
    cleaned = nh3.clean(html or "", tags=TAGS, attributes=ATTRIBUTES, url_schemes={"http", "https", "mailto"},
                        link_rel="noopener noreferrer nofollow", strip_comments=True)
    return Markup(cleaned)


def _fact_label(fact: dict[str, Any]) -> str:
    parts = [str(fact.get(k)) for k in ("kind", "label", "type", "name", "value") if fact.get(k)]
    for flag in ("negated", "historical", "hypothetical"):
        if fact.get(flag):
            parts.append(flag)
    return " · ".join(dict.fromkeys(parts)) or "fact"


def _spans(text: str, facts: Iterable[Any]) -> list[tuple[int, int, dict[str, Any]]]:
    spans = []
    for fact in facts or []:
        if not isinstance(fact, dict):
            continue
        try:
            start, end = int(fact["start"]), int(fact["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if 0 <= start < end <= len(text):
            spans.append((start, end, fact))
    spans.sort(key=lambda item: (item[0], -item[1]))
    return spans


def highlight(text: str, facts: Iterable[Any]) -> Markup:
    """Escape ``text`` and wrap each non-overlapping fact span in <mark>."""
    out, pos = [], 0
    for start, end, fact in _spans(text or "", facts):
        if start < pos:
            continue  # overlaps a span already drawn
        negated = " negated" if fact.get("negated") or fact.get("hypothetical") or fact.get("historical") else ""
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark class="fact{}" title="{}">{}</mark>').format(
            negated, _fact_label(fact), text[start:end]))
        pos = end
    out.append(escape((text or "")[pos:]))
    return Markup("").join(out)
