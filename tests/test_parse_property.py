"""Property-based: whatever bytes arrive, the limits check, header reading,
guard and parser end normally or with ParseLimitExceeded, nothing else.

Messages are generated from random header names and values (CR/LF, NUL,
8-bit and encoded-words included), random charsets and transfer encodings,
random bodies and random multipart nesting with honest, lying or missing
boundaries; plus raw random bytes.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consultant.errors import ParseLimitExceeded
from consultant.mail.guard import decide
from consultant.mail.headers import read_headers
from consultant.mail.limits import Limits, check_raw
from consultant.mail.parse import parse_message
from consultant.settings import load_settings

SETTINGS = load_settings(from_address="cases@consultant.test", intake_addresses="cases@consultant.test")
SMALL = Limits(2 << 20, 64 << 10, 200, 50, 60, 8, 1 << 20, 50_000, 10.0)
FAST = settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

CHARSETS = st.sampled_from(["utf-8", "us-ascii", "iso-8859-1", "utf-16", "utf-7", "koi8-r", "x-bogus", "",
                            "unknown-8bit", '"utf-8"', "big5", "cp1252"])
CTE = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "binary", "x-uuencode", "bogus", ""])
NAMES = st.sampled_from(["From", "To", "Subject", "Message-ID", "Reply-To", "Auto-Submitted", "Precedence",
                         "List-Id", "Content-Type", "Content-Disposition", "MIME-Version", "References",
                         "Authentication-Results", "X-Junk", "from", "SUBJECT"])
PIECES = st.sampled_from([b"\r\n", b"\n", b"\r", b"\x00", b"=?utf-8?q?a=0D=0Ab?=", b"=?x?B?!!?=", b"<", b">",
                          b"@", b",", b";", b'"', b"boundary=", b"\xff\xfe", b"\xc3\x28", b"coder@clinic.test",
                          b":", b" ", b"\t", b"=?utf-8?b?", b"?="])
VALUES = st.lists(st.one_of(PIECES, st.binary(max_size=20)), max_size=12).map(b"".join)


@st.composite
def headers(draw) -> bytes:
    fields = draw(st.lists(st.tuples(NAMES, VALUES), max_size=15))
    return b"".join(n.encode() + b": " + v + b"\r\n" for n, v in fields)


@st.composite
def leaf(draw) -> bytes:
    ctype = draw(st.sampled_from([b"text/plain", b"text/html", b"application/pdf", b"message/rfc822",
                                  b"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                  b"text", b"", b"image/png"]))
    head = b"Content-Type: " + ctype + b"; charset=" + draw(CHARSETS).encode() + b"\r\n"
    head += b"Content-Transfer-Encoding: " + draw(CTE).encode() + b"\r\n"
    if draw(st.booleans()):
        head += b'Content-Disposition: attachment; filename="' + draw(VALUES) + b'"\r\n'
    body = draw(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(lambda t: t.encode("utf-8", "replace"))))
    return head + b"\r\n" + body


@st.composite
def part(draw, depth: int = 0) -> bytes:
    if depth >= 4 or draw(st.integers(0, 2)) == 0:
        return draw(leaf())
    boundary = draw(st.sampled_from([b"b", b"x" * 70, b"", b"b" + str(depth).encode(), b"\xff"]))
    declared = draw(st.sampled_from([boundary, b"other", None]))
    head = b"Content-Type: multipart/" + draw(st.sampled_from([b"mixed", b"alternative", b"related", b"report"]))
    head += (b'; boundary="' + declared + b'"' if declared is not None else b"") + b"\r\n\r\n"
    children = draw(st.lists(part(depth + 1), max_size=4))
    body = b"".join(b"--" + boundary + b"\r\n" + c + b"\r\n" for c in children)
    if draw(st.booleans()):
        body += b"--" + boundary + b"--\r\n"
    return head + body


@st.composite
def messages(draw) -> bytes:
    return draw(headers()) + draw(part())


def _only_limit_errors(raw: bytes, limits: Limits) -> None:
    try:
        check_raw(raw, limits)
        facts = read_headers(raw)
        decide(facts, SETTINGS, cases_today=0)
        parsed = parse_message(raw, limits)
    except ParseLimitExceeded:
        return
    assert isinstance(parsed.text, str) and len(parsed.text) <= limits.max_text_chars
    assert "\x00" not in parsed.text
    assert "\r" not in facts.subject and "\n" not in facts.subject


@FAST
@given(messages())
def test_generated_messages_parse_or_hit_a_limit(raw):
    _only_limit_errors(raw, SMALL)


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_parse_or_hit_a_limit(raw):
    _only_limit_errors(raw, SMALL)


@settings(max_examples=30, deadline=None, database=None)
@given(st.integers(1, 120), st.sampled_from([b"mixed", b"alternative"]))
def test_deep_nesting_is_refused_or_parsed(depth, kind):
    inner = b"Content-Type: text/plain\r\n\r\nhello"
    for level in range(depth):
        b = b"n%d" % level
        inner = (b"Content-Type: multipart/" + kind + b'; boundary="' + b + b'"\r\n\r\n--' + b + b"\r\n"
                 + inner + b"\r\n--" + b + b"--")
    _only_limit_errors(b"From: a@b.test\r\nSubject: deep\r\n" + inner, SMALL)
