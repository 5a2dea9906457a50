"""Bundled synthetic sample cases, for ``consultant demo`` and for trying the
service end to end on a fresh machine.  No real patient data."""
from __future__ import annotations

import smtplib
import time
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import yaml

from .context import Context
from .db.models import Case, CaseStatus

CASES = Path(__file__).with_name("data") / "demo" / "cases.yaml"


def demo_messages(to_addr: str) -> list[EmailMessage]:
    out = []
    for item in yaml.safe_load(CASES.read_text()):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = item["from"], to_addr, item["subject"]
        msg["Message-ID"] = make_msgid(domain=item["from"].split("@")[1])
        msg.set_content(item["body"])
        out.append(msg)
    return out


def send_demo_cases(host: str, port: int, to_addr: str) -> list[str]:
    ids = []
    with smtplib.SMTP(host, port, timeout=30) as client:
        for msg in demo_messages(to_addr):
            client.send_message(msg)
            ids.append(str(msg["Message-ID"]))
    return ids


def wait_for(ctx: Context, message_ids: list[str], timeout: float = 300.0) -> list[Case]:
    """Wait until every demo case has left received/processing."""
    from sqlalchemy import select

    deadline = time.monotonic() + timeout
    while True:
        with ctx.db.session() as session:
            cases = list(session.scalars(select(Case).where(Case.message_id.in_(message_ids))))
            open_ = [c for c in cases if c.status in (CaseStatus.received.value, CaseStatus.processing.value)]
            if (len(cases) == len(message_ids) and not open_) or time.monotonic() > deadline:
                return cases
        time.sleep(0.2)

