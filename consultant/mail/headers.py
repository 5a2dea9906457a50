"""Header facts read without parsing the body.

Uses the stdlib header-only parser on the header block alone (after the
limits check), so a 50 MB attachment or a broken body never costs anything
here.  Header values are decoded defensively: an unknown charset or a broken
encoded-word degrades to replacement characters, never an exception.
"""
from __future__ import annotations

import email.header
import email.utils
import hashlib
import re
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.policy import compat32

_CRLF = re.compile(r"[\r\n\x00]+")


@dataclass
class HeaderFacts:
    from_addresses: list[str] = field(default_factory=list)
    from_display: str = ""
    reply_to: str = ""
    sender_header: str = ""
    return_path: str = ""
    subject: str = ""
    message_id: str = ""
    in_reply_to: str = ""
    references: str = ""
    auto_submitted: str = ""
    precedence: str = ""
    list_id: str = ""
    list_unsubscribe: str = ""
    x_autoreply: bool = False
    x_auto_response_suppress: str = ""
    content_type: str = ""
    authentication_results: list[str] = field(default_factory=list)
    raw_names: list[str] = field(default_factory=list)

    @property
    def sender(self) -> str:
        """The single From address, lower-cased; '' when not exactly one."""
        return self.from_addresses[0] if len(self.from_addresses) == 1 else ""


def header_block(raw: bytes) -> bytes:
    """The bytes before the first blank line (the whole message if none)."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        idx = raw.find(sep)
        if idx != -1:
            return raw[: idx + len(sep)]
    return raw


def decode_header_value(value: object) -> str:
    """Decode RFC 2047 words; never raises; strips CR/LF/NUL (no injection)."""
    if value is None:
        return ""
    text = str(value)
    try:
        # A Header object (raw 8-bit bytes in the header) keeps its bytes, so
        # RFC 6532 UTF-8 headers decode instead of turning into U+FFFD.
        parts = email.header.decode_header(value if isinstance(value, email.header.Header) else text)
        out = []
        for chunk, charset in parts:
            if isinstance(chunk, bytes):
                out.append(_decode_bytes(chunk, charset))
            else:
                out.append(chunk)
        text = "".join(out)
    except Exception:  # malformed encoded-words: keep the raw text
        pass
    return _CRLF.sub(" ", text).strip()


def _decode_bytes(chunk: bytes, charset: str | None) -> str:
    for cs in (charset, "utf-8", "latin-1"):
        if not cs:
            continue
        try:
            return chunk.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return chunk.decode("utf-8", "replace")


def _addresses(values: list[object]) -> list[str]:
    """Addresses parsed from the raw header, before RFC 2047 decoding: an
    encoded-word may only ever be a display name (RFC 2047 section 5), so
    decoding first would let ``=?utf-8?Q?boss=40clinic.test?=`` pose as an
    address."""
    found = []
    for _name, addr in email.utils.getaddresses([_CRLF.sub(" ", str(v)) for v in values]):
        addr = addr.strip().lower()
        local, _, domain = addr.rpartition("@")
        if local and domain and "=?" not in addr and "?=" not in addr:
            found.append(addr)
    return found


def _display_name(value: object) -> str:
    return decode_header_value(email.utils.parseaddr(_CRLF.sub(" ", str(value or "")))[0])


def read_headers(raw: bytes) -> HeaderFacts:
    msg = BytesHeaderParser(policy=compat32).parsebytes(header_block(raw))
    get = lambda name: decode_header_value(msg.get(name, ""))  # noqa: E731
    from_values = msg.get_all("From") or []
    facts = HeaderFacts(
        from_addresses=_addresses(from_values) if len(from_values) == 1 else
        [a for v in from_values for a in _addresses([v])],
        from_display=_display_name(msg.get("From", "")),
        reply_to=(_addresses(msg.get_all("Reply-To") or []) or [""])[0],
        sender_header=get("Sender"),
        return_path=get("Return-Path").strip("<>").lower(),
        subject=get("Subject")[:998],
        message_id=_msgid(get("Message-ID")),
        in_reply_to=_msgid(get("In-Reply-To")),
        references=" ".join(re.findall(r"<[^<>\s]+>", get("References")))[:4000],
        auto_submitted=get("Auto-Submitted").lower(),
        precedence=get("Precedence").lower(),
        list_id=get("List-Id"),
        list_unsubscribe=get("List-Unsubscribe"),
        x_autoreply=any(msg.get(h) for h in ("X-Autoreply", "X-Autorespond", "X-Autoresponse")),
        x_auto_response_suppress=get("X-Auto-Response-Suppress"),
        content_type=get("Content-Type").lower(),
        authentication_results=[decode_header_value(v) for v in msg.get_all("Authentication-Results") or []],
        raw_names=[k.lower() for k in msg.keys()],
    )
    return facts


def _msgid(value: str) -> str:
    match = re.search(r"<[^<>\s]+>", value)
    return match.group(0)[:998] if match else ""


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def dedup_key(message_id: str, raw: bytes) -> str:
    """Message-ID when there is one, the content hash otherwise."""
    if message_id:
        return hashlib.sha256(b"mid:" + message_id.lower().encode("utf-8", "replace")).hexdigest()
    return content_hash(raw)
