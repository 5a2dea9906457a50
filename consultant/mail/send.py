"""Build the outgoing reply and hand it to SMTP (or the local sink).

Failures are classified once, here: 4xx and connection problems are
SendTemporaryFailure (retry), 5xx is SendPermanentFailure (record and stop).
Header values pass through the stdlib's strict policy, which refuses CR/LF,
so nothing from a case can add a header to our reply.
"""
from __future__ import annotations

import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, formataddr, make_msgid
from functools import lru_cache
from pathlib import Path

from ..db.models import utcnow
from ..errors import SendPermanentFailure, SendTemporaryFailure
from ..settings import Settings


def new_message_id(settings: Settings) -> str:
    return make_msgid(domain=settings.from_address.rsplit("@", 1)[-1])


def build_message(settings: Settings, *, to_addr: str, subject: str, text: str, html: str,
                  message_id: str, in_reply_to: str = "", references: str = "") -> EmailMessage:
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = formataddr((settings.from_name, settings.from_address))
    msg["To"] = to_addr
    msg["Subject"] = " ".join(subject.split())
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = " ".join(filter(None, [references, in_reply_to]))[-4000:]
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(text)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg


def deliver(settings: Settings, msg: EmailMessage) -> str:
    """Send ``msg``; returns the server's final reply text."""
    if settings.smtp_host == "sink":
        return _to_sink(settings.outbox_dir, msg)
    try:
        with _connect(settings) as client:
            if settings.smtp_user:
                client.login(settings.smtp_user, settings.smtp_password)
            refused = client.send_message(msg)
            if refused:
                code, text = next(iter(refused.values()))
                raise _classify(code, text)
            return "250 accepted"
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()))
        raise _classify(code, text) from exc
    except smtplib.SMTPResponseException as exc:
        raise _classify(exc.smtp_code, exc.smtp_error) from exc
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, socket.timeout, OSError) as exc:
        raise SendTemporaryFailure(f"could not reach the SMTP relay: {exc}") from exc


def _connect(settings: Settings) -> smtplib.SMTP:
    host, port, timeout = settings.smtp_host, settings.smtp_port, settings.smtp_timeout
    if settings.smtp_tls == "ssl":
        return smtplib.SMTP_SSL(host, port, timeout=timeout, context=tls_context(settings.smtp_verify, settings.smtp_ca_file))
    client = smtplib.SMTP(host, port, timeout=timeout)
    if settings.smtp_tls == "starttls":
        client.starttls(context=tls_context(settings.smtp_verify, settings.smtp_ca_file))
    return client


def tls_context(verify: bool, ca_file: str) -> ssl.SSLContext:
    """A client TLS context, built once per (verify, CA file and its mtime):
    loading the trust store costs ~0.1-0.3 s of CPU, and it was paid on every
    send and every IMAP login.  A replaced CA file gets a new context."""
    try:
        stamp = Path(ca_file).stat().st_mtime_ns if ca_file else 0
    except OSError:
        stamp = -1  # let ssl report the missing file
    return _tls_context(verify, ca_file, stamp)


@lru_cache(maxsize=16)
def _tls_context(verify: bool, ca_file: str, _stamp: int) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=ca_file or None)
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _classify(code: int, text: bytes | str) -> Exception:
    detail = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    message = f"{code} {detail}".strip()
    if 400 <= code < 500:
        return SendTemporaryFailure(message, code)
    return SendPermanentFailure(message, code)


def _to_sink(outbox: Path, msg: EmailMessage) -> str:
    outbox.mkdir(parents=True, exist_ok=True)
    name = str(msg["Message-ID"]).strip("<>").replace("/", "_")
    tmp = outbox / f".{name}.tmp"
    tmp.write_bytes(msg.as_bytes())
    tmp.replace(outbox / f"{name}.eml")
    return f"250 stored in {outbox}"
