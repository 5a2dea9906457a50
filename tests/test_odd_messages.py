"""Odd but legitimate messages each end with a recorded outcome, no crash."""
import io
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from consultant.db.models import Case
from consultant.dispatch import enqueue_process
from consultant.intake import account_id, store_message
from consultant.mail.parse import parse_message
from casekit import submit

BODY = "Laparoscopic cholecystectomy with intraoperative cholangiogram."


def html_only() -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "c@clinic.test", "cases@consultant.test", "html"
    msg.set_content(f"<html><body><p>{BODY}</p><script>alert(1)</script></body></html>", subtype="html")
    return msg.as_bytes()


def quoted_printable() -> bytes:
    return (b"From: c@clinic.test\r\nTo: cases@consultant.test\r\nSubject: qp\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            b"Laparoscopic cholecystectomy =E2=80=93 with intraoperative cholangio=\r\ngram.\r\n")


def latin1() -> bytes:
    return ("From: c@clinic.test\r\nTo: cases@consultant.test\r\nSubject: latin\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=iso-8859-1\r\n\r\nPatient seen, r\u00e9sum\u00e9: " + BODY + "\r\n").encode("latin-1")


def lying_charset() -> bytes:
    return ("From: c@clinic.test\r\nSubject: lie\r\nContent-Type: text/plain; charset=x-does-not-exist\r\n\r\n"
            "Caf\u00e9 " + BODY).encode("utf-8")


def nested() -> bytes:
    outer = MIMEMultipart("mixed")
    outer["From"], outer["Subject"] = "c@clinic.test", "nested"
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText(BODY, "plain"))
    alt.attach(MIMEText(f"<p>{BODY}</p>", "html"))
    inner = MIMEMultipart("related")
    inner.attach(alt)
    outer.attach(inner)
    return outer.as_bytes()


def pdf_attachment() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.drawString(72, 720, "OPERATIVE NOTE: " + BODY)
    pdf.save()
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "c@clinic.test", "see attached"
    msg.set_content("Op note attached.")
    msg.add_attachment(buf.getvalue(), maintype="application", subtype="pdf", filename="opnote.pdf")
    return msg.as_bytes()


def docx_attachment() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Procedure: " + BODY)
    buf = io.BytesIO()
    document.save(buf)
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "c@clinic.test", "docx"
    msg.set_content("Attached.")
    msg.add_attachment(buf.getvalue(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="note.docx")
    return msg.as_bytes()


def empty_body() -> bytes:
    return b"From: c@clinic.test\r\nSubject: empty\r\n\r\n"


CASES = {"html_only": html_only, "quoted_printable": quoted_printable, "latin1": latin1,
         "lying_charset": lying_charset, "nested": nested, "pdf": pdf_attachment,
         "docx": docx_attachment, "empty": empty_body}


@pytest.mark.parametrize("name", sorted(CASES))
def test_parse_extracts_the_case_text(name):
    parsed = parse_message(CASES[name]())
    if name == "empty":
        assert parsed.text == "" and parsed.body_source == "empty"
    else:
        flat = " ".join(parsed.text.split())
        assert "cholecystectomy" in flat.lower(), flat
        assert "alert(1)" not in flat


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_odd_message_ends_with_a_recorded_outcome(ctx, name):
    case_id = submit(ctx, CASES[name](), "odd")
    with ctx.db.session() as s:
        case = s.get(Case, case_id)
        assert case.status in ("drafted", "failed", "ignored", "held")
        assert case.status == "drafted" or case.reason


def test_quoted_history_and_signature_do_not_reach_the_engine():
    raw = (b"From: c@clinic.test\r\nSubject: Re: case\r\n\r\nSimple repair 2 cm laceration of scalp.\r\n\r\n"
           b"--\r\nJane Biller, CPC | Phone 555-123-4567\r\n\r\n"
           b"On Mon, Jan 5, 2026 at 9:00 AM Desk <cases@consultant.test> wrote:\r\n"
           b"> colonoscopy with biopsy was discussed earlier\r\n")
    parsed = parse_message(raw)
    assert "laceration" in parsed.text
    assert "colonoscopy" not in parsed.text and "colonoscopy" in parsed.quoted
    assert "555-123-4567" not in parsed.text


def test_stored_case_text_is_what_the_engine_read(ctx):
    """Fact spans from the engine index into the stored case text."""
    from mailbuilder import case_email

    with ctx.db.session() as s:
        acct = account_id(s, "spans", "smtp")
    stored = store_message(ctx, case_email(subject="Colonoscopy"), acct)
    enqueue_process(ctx, stored.case_id)
    with ctx.db.session() as s:
        case = s.get(Case, stored.case_id)
        assert case.case_text.startswith("Colonoscopy\n\n")
        facts = case.result.get("facts", [])
        assert facts
        for fact in facts:
            assert case.case_text[fact["start"]:fact["end"]] == fact["text"]
