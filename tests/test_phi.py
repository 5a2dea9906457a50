"""PHI: identifiers stay out of logs and replies; raw mail is encrypted at
rest with working key rotation (``consultant rekey``); ``consultant purge``
removes raw and derived text past retention and keeps the audit trail."""
from __future__ import annotations

import logging
from datetime import timedelta

import pytest
import structlog
from click.testing import CliRunner
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import select, text, update

from consultant.crypto import rekey, unseal
from consultant.db.models import AuditEvent, Case, Draft, InboundMessage, utcnow
from consultant.intake import account_id, store_message
from consultant.logs import configure, get_logger
from consultant.pipeline import process_case
from mailbuilder import case_email

PHI_BODY = ("Patient: John Smithers, DOB 03/14/1958, MRN 44821937, SSN 123-45-6789, phone (555) 867-5309, "
            "lives at 42 Wallaby Way. Laparoscopic cholecystectomy with intraoperative cholangiogram.")
IDENTIFIERS = ["Smithers", "03/14/1958", "44821937", "123-45-6789", "867-5309", "Wallaby"]


def _store(ctx, body: str = PHI_BODY, subject: str = "Mr. Smithers DOB 03/14/1958 chole question") -> int:
    with ctx.db.session() as s:
        acct = account_id(s, "phi", "smtp")
    return store_message(ctx, case_email(subject=subject, body=body), acct).case_id


@pytest.fixture
def real_logging():
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    yield
    root.handlers[:], _ = saved[0], root.setLevel(saved[1])
    structlog.reset_defaults()


def test_logs_carry_no_bodies_or_identifiers(ctx, capsys, real_logging):
    configure("DEBUG")
    case_id = _store(ctx)
    process_case(ctx, case_id)
    log = get_logger("phi-test")
    log.info("incoming", subject="Patient: John Smithers DOB 03/14/1958", body=PHI_BODY, raw=PHI_BODY)
    try:
        raise ValueError(f"could not code note for MRN 44821937, SSN 123-45-6789, (555) 867-5309")
    except ValueError:
        log.exception("coding_failed", case_id=case_id)
    logging.getLogger("stdlib").warning("sender note: %s", "Mrs. Smithers at 42 Wallaby Way, DOB 03/14/1958")
    err = capsys.readouterr().err
    assert "case_drafted" in err and "coding_failed" in err and "ValueError" in err
    assert "cholecystectomy" not in err  # bodies are dropped, not just masked
    for ident in IDENTIFIERS:
        assert ident not in err, ident


def test_reply_never_echoes_identifiers(ctx):
    case_id = _store(ctx)
    assert process_case(ctx, case_id) == "drafted"
    with ctx.db.session() as s:
        case = s.get(Case, case_id)
        draft = s.scalars(select(Draft).where(Draft.case_id == case_id)).one()
        stored = " ".join([draft.subject, draft.text, draft.html, str(draft.codes), str(draft.questions),
                           case.case_text, str(case.parsed), str(case.result)])
    assert draft.codes, "the engine should still code the masked case"
    for ident in IDENTIFIERS:
        assert ident not in stored, ident


def test_raw_messages_are_encrypted_at_rest(make_ctx):
    key = Fernet.generate_key().decode()
    ctx = make_ctx(encryption_keys=key)
    case_id = _store(ctx)
    with ctx.db.engine.connect() as conn:
        column = bytes(conn.execute(text("SELECT raw FROM inbound_messages")).scalar_one())
    assert column.startswith(b"gAAAAA")
    for needle in (b"Smithers", b"cholecystectomy", b"From:"):
        assert needle not in column
    assert b"Smithers" in Fernet(key.encode()).decrypt(column)
    assert process_case(ctx, case_id) == "drafted"


def test_key_rotation_and_rekey(make_ctx):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    plain_ctx = make_ctx()
    first = _store(plain_ctx, subject="stored before encryption was on")
    ctx_old = make_ctx(encryption_keys=old)
    second = _store(ctx_old, subject="sealed with the old key")
    ctx_both = make_ctx(encryption_keys=f"{new},{old}")       # new key first, old still opens
    assert process_case(ctx_both, second) == "drafted"
    third = _store(ctx_both, subject="sealed with the new key")
    raws = _raw_rows(ctx_both)
    Fernet(new.encode()).decrypt(raws[third])
    with pytest.raises(InvalidToken):
        Fernet(old.encode()).decrypt(raws[third])
    assert rekey(ctx_both) == 3
    ctx_new = make_ctx(encryption_keys=new)                   # the old key can now be dropped
    with ctx_new.db.session() as s:
        for msg in s.scalars(select(InboundMessage)):
            assert msg.raw_encrypted and b"From:" in unseal(ctx_new.settings, msg.raw, True)
    assert process_case(ctx_new, first) == "drafted"


def _raw_rows(ctx) -> dict[int, bytes]:
    with ctx.db.session() as s:
        return {c.id: s.get(InboundMessage, c.message_pk).raw for c in s.scalars(select(Case))}


def _cli(ctx, monkeypatch, *args: str):
    from consultant.cli import _register, cli
    from consultant.settings import get_settings

    _register()
    monkeypatch.setenv("CONSULTANT_DATABASE_URL", ctx.settings.database_url)
    monkeypatch.setenv("CONSULTANT_VAR_DIR", str(ctx.settings.var_dir))
    monkeypatch.setenv("CONSULTANT_ENCRYPTION_KEYS", ctx.settings.encryption_keys)
    get_settings.cache_clear()
    try:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)
    finally:
        get_settings.cache_clear()


def test_rekey_command(make_ctx, monkeypatch):
    ctx = make_ctx()
    _store(ctx)
    keyed = make_ctx(encryption_keys=Fernet.generate_key().decode())
    result = _cli(keyed, monkeypatch, "rekey")
    assert result.exit_code == 0 and "rekey: 1 raw messages" in result.output
    with keyed.db.session() as s:
        assert s.scalars(select(InboundMessage.raw_encrypted)).all() == [True]


def test_purge_removes_raw_and_derived_text_keeps_audit(ctx, monkeypatch):
    old_id, new_id = _store(ctx), _store(ctx, subject="recent")
    for case_id in (old_id, new_id):
        process_case(ctx, case_id)
    with ctx.db.session() as s:
        pk = s.get(Case, old_id).message_pk
        s.execute(update(InboundMessage).where(InboundMessage.id == pk)
                  .values(received_at=utcnow() - timedelta(days=100)))
        audit_before = s.scalar(select(AuditEvent.id).where(AuditEvent.case_id == old_id).limit(1))
    result = _cli(ctx, monkeypatch, "purge", "--older-than", "90d")
    assert result.exit_code == 0 and "1 cases purged" in result.output
    with ctx.db.session() as s:
        old, new = s.get(Case, old_id), s.get(Case, new_id)
        assert s.get(InboundMessage, old.message_pk).raw is None
        assert old.case_text == "" and old.parsed == {} and old.result == {}
        assert all(d.text == "[purged]" and d.html == "" for d in old.drafts)
        assert all("evidence" not in c for d in old.drafts for c in d.codes)
        assert s.get(InboundMessage, new.message_pk).raw is not None and new.case_text
        actions = set(s.scalars(select(AuditEvent.action).where(AuditEvent.case_id == old_id)))
        assert audit_before is not None and {"received", "drafted", "purge"} <= actions
