"""Read text out of PDF, DOCX and plain-text attachments, within limits.

Anything else is listed but not opened.  DOCX files are zip archives, so the
declared uncompressed size is checked before python-docx sees them (zip
bombs).  Every attachment ends with an outcome string the reviewer sees.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import asdict, dataclass

from .charset import decode_text

PDF_TYPES = {"application/pdf", "application/x-pdf"}
DOCX_TYPES = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
TEXT_TYPES = {"text/plain", "text/csv"}
MAX_PDF_PAGES = 50


class ZipBomb(ValueError):
    """A zip archive (DOCX) declares far more data than it could sensibly hold."""


@dataclass
class Attachment:
    filename: str
    content_type: str
    size: int
    outcome: str  # read | skipped: <why> | error: <why>
    text: str = ""

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def read_attachment(filename: str, content_type: str, data: bytes, max_bytes: int, max_chars: int,
                    size: int | None = None) -> Attachment:
    """``size`` is given when the caller skipped decoding an oversize part."""
    size = len(data) if size is None else size
    att = Attachment(filename=filename, content_type=content_type, size=size, outcome="skipped: type not read")
    if size > max_bytes:
        att.outcome = f"skipped: {size} bytes is over the {max_bytes}-byte attachment limit"
        return att
    kind = _kind(filename, content_type)
    if kind is None:
        return att
    try:
        text = {"pdf": _pdf_text, "docx": lambda d: _docx_text(d, max_bytes), "text": _plain}[kind](data)
        att.text, att.outcome = text[:max_chars], "read"
    except ZipBomb as exc:
        att.outcome = f"skipped: {exc}"
    except Exception as exc:  # a broken file is an outcome, not a crash
        att.outcome = f"error: could not read {kind.upper()} ({type(exc).__name__})"
    return att


def _kind(filename: str, content_type: str) -> str | None:
    name = filename.lower()
    if content_type in PDF_TYPES or name.endswith(".pdf"):
        return "pdf"
    if content_type in DOCX_TYPES or name.endswith(".docx"):
        return "docx"
    if content_type in TEXT_TYPES or name.endswith(".txt"):
        return "text"
    return None


def _pdf_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data), maxpages=MAX_PDF_PAGES)


def _docx_text(data: bytes, max_bytes: int) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        total = sum(info.file_size for info in zf.infolist())
        if total > max_bytes * 10:
            raise ZipBomb(f"archive expands to {total} bytes (zip bomb)")
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _plain(data: bytes) -> str:
    return decode_text(data, None)
