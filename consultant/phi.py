"""Protected health information: mask it in derived text, keep it out of logs.

The masks are deliberately broad (over-masking a date is cheap; leaking a
date of birth is not).  ``mask`` is applied to everything the service
derives from a case and sends back; ``PhiLogFilter`` and the structlog
processor in ``consultant.logs`` scrub log records.
"""
from __future__ import annotations

import logging
import re

_NAME = r"[A-Z][a-zA-Z'-]+(?:\s+[A-Z]\.)?(?:,?\s+[A-Z][a-zA-Z'-]+){1,2}"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # A capitalised name right before a date of birth ("Jane Roe, DOB ...").
    (re.compile(_NAME + r"(?=,?\s*\(?\s*(?:DOB|D\.O\.B\.|date of birth|born)\b)"), "[NAME]"),
    (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "[SSN]"),
    (re.compile(r"\b(?:MRN|medical record(?: number| no\.?)?|acct|account|chart)\s*[#:.]?\s*[A-Z0-9-]{4,}\b", re.I), "[MRN]"),
    (re.compile(r"\b(?:DOB|D\.O\.B\.|date of birth|born)\s*[:\-]?\s*\S+(?:\s\d{1,2},?\s\d{4})?", re.I), "[DOB]"),
    (re.compile(r"(?<!\w)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"), "[PHONE]"),
    (re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"), "[EMAIL]"),
    (re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"), "[DATE]"),
    (re.compile(r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Lane|Ln|Dr|Drive|Ct|Court|Way)\b\.?"), "[ADDRESS]"),
    # The label is matched in any case, the name only when capitalised, so
    # "Patient: underwent ..." keeps its clinical words.
    (re.compile(r"\b(?i:patient|pt|name)\s*(?i:name)?\s*:\s*[A-Z][a-zA-Z'-]+(?:,?\s+[A-Z][a-zA-Z'-]+){0,2}"), "[NAME]"),
    (re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][a-zA-Z'-]+"), "[NAME]"),
]


def mask(text: str) -> str:
    """Replace identifiers in ``text`` with bracketed placeholders."""
    for pattern, placeholder in _PATTERNS:
        text = pattern.sub(placeholder, text)
    return text


SENSITIVE_KEYS = {"body", "text", "raw", "case_text", "html", "quoted", "signature", "evidence", "password"}


def scrub_mapping(data: dict) -> dict:
    """Drop message bodies from a log event; mask the remaining strings."""
    out = {}
    for key, value in data.items():
        if key in SENSITIVE_KEYS:
            out[key] = "[redacted]"
        elif isinstance(value, str):
            out[key] = mask(value)
        else:
            out[key] = value
    return out


class PhiLogFilter(logging.Filter):
    """A stdlib logging filter that masks identifiers in every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True
        record.msg, record.args = mask(message), ()
        return True
