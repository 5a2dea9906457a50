"""Synthetic case emails for bench/load.py, and the raw IMAP fetch baseline.

Messages vary in size (a short vignette up to a long history of padding
paragraphs) and about one in ten carries the operative note as a PDF made
with reportlab.  Every Message-ID is ``<bench-I@load.test>`` so the harness
can match cases, drafts and delivered replies back to what it sent.
"""
from __future__ import annotations

import io
import random
import time
from email.message import EmailMessage

from imapclient import IMAPClient

VIGNETTES = [
    "Laparoscopic cholecystectomy with intraoperative cholangiogram.",
    "Screening colonoscopy; two polyps in the sigmoid colon removed by snare technique.",
    "Simple repair of a 3.2 cm laceration of the scalp.",
    "Diagnostic knee arthroscopy, right knee, with partial medial meniscectomy.",
    "Upper GI endoscopy with biopsy of the gastric antrum.",
    "Excision of a 1.5 cm benign lesion of the back, layered closure.",
    "Cataract extraction with intraocular lens implant, left eye.",
    "Open inguinal hernia repair, initial, reducible, patient age 45.",
]
PADDING = ("History: the patient has been followed in clinic for several years; prior workup was "
           "unremarkable and medications were reviewed and continued without change. ")


def _pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    for line, chunk in enumerate(range(0, len(text), 90)):
        pdf.drawString(40, 800 - 14 * line, text[chunk:chunk + 90])
    pdf.save()
    return buf.getvalue()


def make_message(i: int, rng: random.Random, prefix: str = "bench") -> bytes:
    vignette = VIGNETTES[i % len(VIGNETTES)]
    msg = EmailMessage()
    msg["From"] = f"Coder {i % 97} <coder{i % 97}@clinic{i % 13}.test>"
    msg["To"] = "cases@consultant.test"
    msg["Subject"] = f"Coding question {i}"
    msg["Message-ID"] = f"<{prefix}-{i}@load.test>"
    pad = PADDING * rng.choice([0, 0, 1, 3, 10, 40])
    if i % 10 == 3:
        msg.set_content("Please see the attached operative note.\n\n" + pad)
        msg.add_attachment(_pdf("OPERATIVE NOTE. " + vignette), maintype="application", subtype="pdf",
                           filename="opnote.pdf")
    else:
        msg.set_content(f"{vignette}\n\n{pad}\nThanks,\nCoder {i % 97}")
    return msg.as_bytes()


def make_messages(n: int, seed: int = 6, prefix: str = "bench") -> list[bytes]:
    rng = random.Random(seed)
    return [make_message(i, rng, prefix) for i in range(n)]


def append_all(port: int, user: str, password: str, folder: str, messages: list[bytes]) -> float:
    """APPEND every message; returns the wall time of the first APPEND."""
    client = IMAPClient("127.0.0.1", port=port, ssl=False)
    client.login(user, password)
    if not client.folder_exists(folder):
        client.create_folder(folder)
    started = time.time()
    for raw in messages:
        client.append(folder, raw)
    client.logout()
    return started


def raw_fetch_rate(port: int, user: str, password: str, folder: str, batch: int = 25) -> tuple[int, float]:
    """One client, no processing: fetch every message in ``folder`` in the
    poller's batch size; returns (messages, messages per second)."""
    client = IMAPClient("127.0.0.1", port=port, ssl=False)
    client.login(user, password)
    start = time.perf_counter()
    client.select_folder(folder, readonly=True)
    uids = sorted(client.search(["ALL"]))
    got = 0
    for first in range(0, len(uids), batch):
        fetched = client.fetch(uids[first:first + batch], ["BODY.PEEK[]"])
        got += sum(1 for v in fetched.values() if v.get(b"BODY[]"))
    elapsed = time.perf_counter() - start
    client.logout()
    return got, got / elapsed if elapsed else 0.0
