"""Cheap checks on raw bytes before any MIME parsing.

Python's email package can take minutes and gigabytes on a subject of many
thousand encoded-words, and recurses on deep nesting; so size, header block
length, header count, encoded-word count, part count and nesting depth are
checked on the bytes first.  Each limit is a setting.
"""
from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from ..errors import ParseLimitExceeded
from ..settings import Settings
from .headers import header_block

_ENCODED_WORD = re.compile(rb"=\?[^?\s]{1,40}\?[bBqQ]\?")
_HEADER_START = re.compile(rb"^[!-9;-~]+:", re.M)
_CONTENT_TYPE = re.compile(rb"^content-type:", re.I | re.M)
_BOUNDARY = re.compile(rb"boundary\s*=\s*\"?([^\";\r\n]{1,200})", re.I)


@dataclass(frozen=True)
class Limits:
    max_message_bytes: int
    max_header_bytes: int
    max_headers: int
    max_encoded_words: int
    max_parts: int
    max_depth: int
    max_attachment_bytes: int
    max_text_chars: int
    parse_seconds: float

    @classmethod
    def from_settings(cls, s: Settings) -> "Limits":
        return cls(**{f: getattr(s, f) for f in cls.__dataclass_fields__})


DEFAULT_LIMITS = Limits(25 << 20, 256 << 10, 500, 200, 200, 20, 10 << 20, 200_000, 20.0)


def check_raw(raw: bytes, limits: Limits) -> None:
    """Raise ParseLimitExceeded naming the first limit ``raw`` breaks."""
    if len(raw) > limits.max_message_bytes:
        raise ParseLimitExceeded(f"message is {len(raw)} bytes; limit is {limits.max_message_bytes}")
    head = header_block(raw)
    if len(head) > limits.max_header_bytes:
        raise ParseLimitExceeded(f"header block is {len(head)} bytes; limit is {limits.max_header_bytes}")
    n_headers = len(_HEADER_START.findall(head))
    if n_headers > limits.max_headers:
        raise ParseLimitExceeded(f"{n_headers} header fields; limit is {limits.max_headers}")
    n_words = len(_ENCODED_WORD.findall(raw[: limits.max_header_bytes * 4]))
    if n_words > limits.max_encoded_words * 4 or len(_ENCODED_WORD.findall(head)) > limits.max_encoded_words:
        raise ParseLimitExceeded(f"too many encoded-words in headers; limit is {limits.max_encoded_words}")
    n_parts = len(_CONTENT_TYPE.findall(raw))
    if n_parts > limits.max_parts:
        raise ParseLimitExceeded(f"{n_parts} MIME parts; limit is {limits.max_parts}")
    depth = len(set(_BOUNDARY.findall(raw)))
    if depth > limits.max_depth:
        raise ParseLimitExceeded(f"{depth} nested multipart boundaries; limit is {limits.max_depth}")


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Interrupt work that overruns ``seconds`` (main thread only; elsewhere
    the Celery task time limit is the backstop)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _expired(_signum, _frame):  # type: ignore[no-untyped-def]
        raise ParseLimitExceeded(f"parsing took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
