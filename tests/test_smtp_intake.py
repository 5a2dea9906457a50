"""SMTP intake (aiosmtpd) with smtplib: same store-then-enqueue path."""
import smtplib

import pytest
from sqlalchemy import select

from consultant.db.models import Case
from consultant.mail.smtpd import start_smtpd
from mailbuilder import case_email
from servers import free_port


@pytest.fixture
def intake(make_ctx):
    ctx = make_ctx(max_message_bytes=200_000)
    controller = start_smtpd(ctx, "127.0.0.1", free_port())
    yield ctx, controller
    controller.stop()


def _wait_drafted(ctx, n):
    import time

    deadline = time.monotonic() + 180  # first use compiles the catalog
    while time.monotonic() < deadline:
        with ctx.db.session() as s:
            statuses = [c.status for c in s.scalars(select(Case))]
        if len(statuses) >= n and all(st not in ("received", "processing") for st in statuses):
            return statuses
        time.sleep(0.05)
    raise AssertionError(f"cases not processed: {statuses}")


def test_smtp_case_becomes_a_draft(intake):
    ctx, controller = intake
    with smtplib.SMTP(controller.hostname, controller.port) as client:
        for i in range(3):
            client.sendmail("coder@clinic.test", ["cases@consultant.test"], case_email(subject=f"s{i}"))
    assert _wait_drafted(ctx, 3) == ["drafted"] * 3


def test_same_message_twice_is_one_case(intake):
    ctx, controller = intake
    raw = case_email(message_id="<same@clinic.test>")
    with smtplib.SMTP(controller.hostname, controller.port) as client:
        client.sendmail("coder@clinic.test", ["cases@consultant.test"], raw)
        client.sendmail("coder@clinic.test", ["cases@consultant.test"], raw)
    assert _wait_drafted(ctx, 1) == ["drafted"]


def test_unknown_recipient_gets_550(intake):
    _, controller = intake
    with smtplib.SMTP(controller.hostname, controller.port) as client:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as err:
            client.sendmail("coder@clinic.test", ["someone@consultant.test"], case_email())
    assert err.value.recipients["someone@consultant.test"][0] == 550


def test_oversize_message_gets_552(intake):
    _, controller = intake
    big = case_email(body="x" * 300_000)
    with smtplib.SMTP(controller.hostname, controller.port) as client:
        with pytest.raises(smtplib.SMTPException) as err:
            client.sendmail("coder@clinic.test", ["cases@consultant.test"], big)
    assert "552" in str(err.value)
