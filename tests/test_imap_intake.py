"""IMAP intake against a real Dovecot: store, move, enqueue; never twice."""

import pytest
from sqlalchemy import func, select

from consultant.db.models import Case, Draft, InboundMessage
from consultant.mail.imap import connect, poll_once
from casekit import imap_settings
from mailbuilder import case_email


@pytest.fixture
def mailbox(imap_folder):
    return imap_folder


def _ctx(make_ctx, dovecot, folder, **kw):
    return make_ctx(**imap_settings(dovecot, folder, **kw))


def _poll(ctx):
    client = connect(ctx.settings)
    try:
        return poll_once(ctx, client)
    finally:
        client.logout()


def _count(ctx, model):
    with ctx.db.session() as s:
        return s.scalar(select(func.count(model.id)))


def test_poll_stores_moves_and_drafts_each_message_once(make_ctx, dovecot, mailbox):
    client, folder = mailbox
    n = 6
    for i in range(n):
        client.append(folder, case_email(subject=f"case {i}"))
    ctx = _ctx(make_ctx, dovecot, folder)
    result = _poll(ctx)
    assert (result.fetched, result.created) == (n, n)
    assert _count(ctx, Case) == n and _count(ctx, Draft) == n
    with ctx.db.session() as s:
        assert {c.status for c in s.scalars(select(Case))} == {"drafted"}
    client.select_folder(folder)
    assert client.search(["ALL"]) == []
    client.select_folder(f"{folder}.done")
    assert len(client.search(["ALL"])) == n
    again = _poll(ctx)
    assert again.fetched == 0 and _count(ctx, Case) == n


def test_seen_mode_and_uidvalidity_change_add_nothing(make_ctx, dovecot, mailbox):
    client, folder = mailbox
    for i in range(3):
        client.append(folder, case_email(subject=f"uv {i}"))
    ctx = _ctx(make_ctx, dovecot, folder, imap_after_fetch="seen")
    assert _poll(ctx).created == 3
    client.select_folder(folder)
    assert len(client.search(["UNSEEN"])) == 0 and len(client.search(["ALL"])) == 3
    # Recreate the folder with the same messages: new UIDVALIDITY, new UIDs.
    client.unselect_folder()
    copy = f"{folder}tmp"
    client.rename_folder(folder, copy)
    client.create_folder(folder)
    client.select_folder(copy)
    client.copy(client.search(["ALL"]), folder)
    result = _poll(ctx)
    assert result.fetched == 3 and result.created == 0 and result.duplicates == 3
    assert _count(ctx, Case) == 3 and _count(ctx, InboundMessage) == 3


def test_one_broken_message_does_not_stop_the_batch(make_ctx, dovecot, mailbox):
    client, folder = mailbox
    client.append(folder, case_email(subject="before"))
    client.append(folder, b"this is not\x00 a mail\r\n--boundary\r\n\xff\xfe garbage")
    client.append(folder, case_email(subject="after"))
    ctx = _ctx(make_ctx, dovecot, folder)
    result = _poll(ctx)
    assert result.created == 3
    with ctx.db.session() as s:
        statuses = sorted(c.status for c in s.scalars(select(Case)))
        reasons = [c.reason for c in s.scalars(select(Case)) if c.status != "drafted"]
    assert statuses.count("drafted") == 2
    assert all(r for r in reasons)  # the broken one has a recorded reason


def test_crash_after_store_before_move_is_recovered(make_ctx, dovecot, mailbox):
    client, folder = mailbox
    client.append(folder, case_email(subject="crash"))
    ctx = _ctx(make_ctx, dovecot, folder)
    calls = []
    imap = connect(ctx.settings)
    try:
        # first pass "crashes" at enqueue: stored, moved, not processed
        poll_once(ctx, imap, enqueue=lambda cid: calls.append(cid))
    finally:
        imap.logout()
    assert _count(ctx, Case) == 1 and _count(ctx, Draft) == 0
    from consultant.dispatch import sweep

    ctx.settings.sweep_after_seconds = 0
    assert sweep(ctx)["cases"] == 1
    assert _count(ctx, Draft) == 1 and _count(ctx, Case) == 1


def test_answered_flag_set_after_send(make_ctx, dovecot, mailbox):
    client, folder = mailbox
    client.append(folder, case_email(subject="flag me"))
    ctx = _ctx(make_ctx, dovecot, folder)
    _poll(ctx)
    from consultant.review import approve

    with ctx.db.session() as s:
        case_id = s.scalar(select(Case.id))
    approve(ctx, case_id, "tester")
    client.select_folder(f"{folder}.done")
    uids = client.search(["ALL"])
    flags = client.get_flags(uids)
    assert b"\\Answered" in flags[uids[0]]
