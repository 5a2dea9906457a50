"""Decode bytes whose charset is missing, unknown or lying.

Try the declared charset strictly, then UTF-8, then charset-normalizer's
best guess, then Latin-1 (which cannot fail).  NUL bytes are removed.
"""
from __future__ import annotations

from charset_normalizer import from_bytes

_ALIASES = {"unknown-8bit": None, "x-unknown": None, "us-ascii": "ascii", "ansi_x3.4-1968": "ascii"}


def decode_text(data: bytes, declared: str | None) -> str:
    charset = (declared or "").strip().strip('"').lower() or None
    charset = _ALIASES.get(charset, charset) if charset else None
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return data.decode(candidate).replace("\x00", "")
        except (LookupError, UnicodeDecodeError):
            continue
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, "replace").replace("\x00", "")
        except LookupError:
            pass
    return data.decode("latin-1").replace("\x00", "")
