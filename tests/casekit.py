"""Helpers the tests share: submit a message the way intake does and run the
pipeline on it, read a case's outcome, and point settings at a Dovecot folder."""
from __future__ import annotations

from consultant.context import Context
from consultant.db.models import Case
from consultant.dispatch import enqueue_process
from consultant.intake import account_id, store_message


def submit(ctx: Context, raw: bytes, account: str = "test", process: bool = True) -> int:
    """Store ``raw`` as SMTP intake would and (by default) process it; returns the case id."""
    with ctx.db.session() as s:
        acct = account_id(s, account, "smtp")
    case_id = store_message(ctx, raw, acct).case_id
    if process:
        enqueue_process(ctx, case_id)
    return case_id


def outcome(ctx: Context, case_id: int) -> tuple[str, str, int]:
    """(status, reason, number of drafts) of a case."""
    with ctx.db.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        return case.status, case.reason, len(case.drafts)


def imap_settings(dovecot, folder: str, **overrides) -> dict:  # type: ignore[no-untyped-def]
    """Settings that read ``folder`` on the test Dovecot (plain IMAP)."""
    values = dict(imap_host="127.0.0.1", imap_port=dovecot.port, imap_user=dovecot.user,
                  imap_password=dovecot.password, imap_tls="none", imap_folder=folder,
                  imap_processed_folder=f"{folder}.done")
    values.update(overrides)
    return values
