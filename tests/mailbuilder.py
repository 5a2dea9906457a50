"""A small builder for the test messages the team writes (synthetic cases)."""
from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid

CASE_BODY = ("58 yo M, screening colonoscopy. Two polyps in the sigmoid colon removed by snare "
             "technique. No biopsies were taken.")


def case_email(sender: str = "coder@clinic.test", to: str = "cases@consultant.test",
               subject: str = "Coding question", body: str = CASE_BODY, headers: dict | None = None,
               message_id: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Message-ID"] = message_id or make_msgid(domain="clinic.test")
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    return msg.as_bytes()
