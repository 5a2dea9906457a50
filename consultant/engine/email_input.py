"""Case input from a file: plain text, or an RFC 822 message (.eml).

The mail pipeline's ``consultant.mail.parse.parse_message`` is used when it
exists; otherwise a small stdlib fallback takes the first text/plain part,
or the HTML part reduced to text."""
from __future__ import annotations

import email
import email.policy
import html
import re
from typing import Any

_TAG = re.compile(r"<(script|style)[^>]*>.*?</\1>|<[^>]+>", re.S | re.I)
_BLOCK = re.compile(r"<\s*(br|/p|/div|/li|/tr|/h\d)\b[^>]*>", re.I)


def looks_like_email(raw: bytes) -> bool:
    head = raw[:2000].decode("latin-1")
    return bool(re.search(r"^(From|Subject|Message-ID|MIME-Version|Received|To|Date):", head, re.M | re.I))


def html_to_text(markup: str) -> str:
    return html.unescape(_TAG.sub("", _BLOCK.sub("\n", markup)))


def _fallback(raw: bytes) -> tuple[str, str]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    subject = str(msg.get("Subject", "") or "")
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return subject, ""
    body = part.get_content()
    if part.get_content_type() == "text/html":
        body = html_to_text(body)
    return subject, body


def read_case(raw: bytes) -> tuple[str, str]:
    """(subject, body) of a .eml or plain-text case."""
    if not looks_like_email(raw):
        return "", raw.decode("utf-8", "replace")
    try:
        from consultant.mail.parse import parse_message  # type: ignore[import-not-found]
    except ImportError:
        return _fallback(raw)
    try:
        parsed: Any = parse_message(raw, None)
        subject = getattr(parsed, "subject", "") or ""
        return str(subject), str(parsed.text)
    except Exception:  # the pipeline's parser is stricter; fall back rather than fail a CLI run
        return _fallback(raw)
