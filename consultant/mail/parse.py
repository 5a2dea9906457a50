"""MIME to case text: the best body part, HTML as text, attachments read,
quoted history and signatures set aside.

``parse_message`` never raises for odd input: limits are checked first
(``limits.check_raw``), MIME defects are recorded, charsets are guessed when
missing or wrong.  It raises only ParseLimitExceeded, which the pipeline
records as the case's outcome.
"""
from __future__ import annotations

import email
from dataclasses import dataclass, field
from email.message import Message
from email.policy import compat32
from typing import Any

import html2text
import nh3

from .attachments import Attachment, read_attachment
from .charset import decode_text
from .headers import decode_header_value
from .limits import DEFAULT_LIMITS, Limits, check_raw, time_budget
from .quotes import split_reply


@dataclass
class ParsedMessage:
    text: str                     # what the engine reads: body + attachment text
    body: str = ""                # the client's own words, quotes and signature removed
    quoted: str = ""
    signature: str = ""
    html: str = ""                # sanitized HTML of the body, if the mail had one
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    body_source: str = "text/plain"

    def to_dict(self) -> dict[str, Any]:
        return {
            "body": self.body, "quoted": self.quoted, "signature": self.signature,
            "html": self.html, "defects": self.defects, "body_source": self.body_source,
            "attachments": [a.to_dict() for a in self.attachments],
        }


def parse_message(raw: bytes, limits: Limits = DEFAULT_LIMITS) -> ParsedMessage:
    check_raw(raw, limits)
    with time_budget(limits.parse_seconds):
        msg = email.message_from_bytes(raw, policy=compat32)
        return _build(msg, limits)


def _build(msg: Message, limits: Limits) -> ParsedMessage:
    plain, html, attachments, defects = _walk(msg, limits)
    source = "text/plain"
    text = plain
    if not text.strip() and html:
        text, source = html_to_text(html), "text/html"
    split = split_reply(text[: limits.max_text_chars])
    pieces = [split.body] + [f"[Attachment: {a.filename}]\n{a.text}" for a in attachments if a.text.strip()]
    return ParsedMessage(
        text="\n\n".join(p for p in pieces if p.strip())[: limits.max_text_chars],
        body=split.body, quoted=split.quoted, signature=split.signature,
        html=sanitize_html(html) if html else "", attachments=attachments,
        defects=defects, body_source=source if text.strip() else "empty",
    )


def _walk(msg: Message, limits: Limits) -> tuple[str, str, list[Attachment], list[str]]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    defects = [type(d).__name__ for d in getattr(msg, "defects", [])]
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:  # iterative: deep nesting cannot exhaust the Python stack
        part, depth = stack.pop()
        defects.extend(type(d).__name__ for d in getattr(part, "defects", []) if part is not msg)
        if part.is_multipart():
            if depth >= limits.max_depth:
                defects.append(f"nesting deeper than {limits.max_depth} ignored")
                continue
            children = part.get_payload()
            if isinstance(children, list):
                stack.extend((c, depth + 1) for c in reversed(children) if isinstance(c, Message))
            continue
        _take_leaf(part, limits, plain, html, attachments, defects)
    return "\n\n".join(plain), "\n".join(html), attachments, sorted(set(defects))


def _take_leaf(part: Message, limits: Limits, plain: list[str], html: list[str],
               attachments: list[Attachment], defects: list[str]) -> None:
    ctype = (part.get_content_type() or "text/plain").lower()
    disposition = str(part.get("Content-Disposition") or "").lower()
    filename = decode_header_value(part.get_filename() or "") if _has_filename(part) else ""
    is_attachment = bool(filename) or "attachment" in disposition or not ctype.startswith("text/")
    if is_attachment and ctype != "message/rfc822" and _encoded_size(part) > limits.max_attachment_bytes:
        # Decoding would only be thrown away: list it without the copy.
        attachments.append(read_attachment(filename or "unnamed", ctype, b"", limits.max_attachment_bytes,
                                           limits.max_text_chars, size=_encoded_size(part)))
        return
    try:
        data = part.get_payload(decode=True) or b""
    except Exception:
        data, _ = b"", defects.append("undecodable payload")
    if filename or "attachment" in disposition or not ctype.startswith("text/"):
        if ctype == "message/rfc822" or not (filename or data):
            return
        attachments.append(read_attachment(filename or "unnamed", ctype, data,
                                           limits.max_attachment_bytes, limits.max_text_chars))
        return
    text = decode_text(data, part.get_content_charset())
    (html if ctype == "text/html" else plain).append(text)


def _encoded_size(part: Message) -> int:
    """Decoded size estimated from the encoded payload (base64 is 4:3)."""
    payload = part.get_payload()
    size = len(payload) if isinstance(payload, (str, bytes)) else 0
    cte = str(part.get("Content-Transfer-Encoding") or "").strip().lower()
    return size * 3 // 4 if cte == "base64" else size


def _has_filename(part: Message) -> bool:
    try:
        return bool(part.get_filename())
    except Exception:
        return False


def sanitize_html(html: str) -> str:
    """Markup safe to show a reviewer: no scripts, handlers or javascript: links."""
    return nh3.clean(html, url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer nofollow")


def html_to_text(html: str) -> str:
    converter = html2text.HTML2Text()
    converter.ignore_images = True
    converter.ignore_links = True
    converter.body_width = 0
    return converter.handle(sanitize_html(html)).strip()
