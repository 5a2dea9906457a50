"""Loops and abuse, beyond tests/test_guard.py: variants of our own address
and of robots, a reply that comes back to us, the allow-list's edges, a
forged Authentication-Results, spoofed addresses in encoded-words, the reply
cap, and header injection that must not add a header to our reply."""
from __future__ import annotations

import email

import pytest

from consultant.db.models import Draft
from consultant.dispatch import enqueue_process
from consultant.intake import account_id, store_message
from consultant.review import approve
from fault_worker import stub_suggest
from casekit import outcome, submit
from mailbuilder import case_email

REPLY_HEADERS = {"from", "to", "subject", "date", "message-id", "in-reply-to", "references", "auto-submitted",
                 "x-auto-response-suppress", "mime-version", "content-type"}


@pytest.fixture(autouse=True)
def stub_engine(monkeypatch):
    import consultant.engine

    monkeypatch.setattr(consultant.engine, "suggest", stub_suggest)


def _run(ctx, raw: bytes) -> tuple[str, str, int]:
    return outcome(ctx, submit(ctx, raw, "loops"))


def _raw(sender: str, headers: dict | None = None, subject: str = "Coding question") -> bytes:
    raw = case_email(subject=subject, headers=headers)
    return raw.replace(b"From: coder@clinic.test", b"From: " + sender.encode(), 1)


@pytest.mark.parametrize("sender, reason", [
    ("CASES@Consultant.Test", "own address"),
    ('"Coding Desk" <cases@consultant.test>', "own address"),
    ("Mailer-Daemon@mx.clinic.test", "bounce"),
    ("postmaster@clinic.test", "bounce"),
    ("<noreply@clinic.test>", "robot"),
])
def test_own_address_and_robot_variants_are_ignored(ctx, sender, reason):
    status, why, drafts = _run(ctx, _raw(sender))
    assert (status, drafts) == ("ignored", 0) and reason in why


@pytest.mark.parametrize("headers, reason", [
    ({"Auto-Submitted": "auto-generated"}, "Auto-Submitted"),
    ({"Auto-Submitted": "auto-notified; owner-email=x@clinic.test"}, "Auto-Submitted"),
    ({"Precedence": "junk"}, "Precedence"),
    ({"Precedence": "list"}, "Precedence"),
    ({"List-Unsubscribe": "<mailto:leave@lists.test>"}, "mailing-list"),
    ({"X-Autorespond": "yes"}, "X-Autoreply"),
])
def test_auto_replies_and_list_mail_variants_are_ignored(ctx, headers, reason):
    status, why, drafts = _run(ctx, case_email(headers=headers))
    assert (status, drafts) == ("ignored", 0) and reason in why


def test_auto_submitted_no_is_a_real_case(ctx):
    assert _run(ctx, case_email(headers={"Auto-Submitted": "no"}))[0] == "drafted"


def test_our_own_reply_bounced_back_does_not_loop(make_ctx, sink):
    controller, handler = sink
    ctx = make_ctx(smtp_host=controller.hostname, smtp_port=controller.port)
    with ctx.db.session() as s:
        acct = account_id(s, "loops", "smtp")
    case_id = store_message(ctx, case_email(), acct).case_id
    enqueue_process(ctx, case_id)
    approve(ctx, case_id, "r@desk.test")
    ours = handler.messages[0]
    assert _run(ctx, ours)[0] == "ignored"  # it is from us and Auto-Submitted
    assert len(handler.messages) == 1


def test_allow_list_edges(make_ctx):
    ctx = make_ctx(allowed_senders="@clinic.test, solo@other.test")
    assert _run(ctx, _raw("Coder@CLINIC.test"))[0] == "drafted"
    for sender in ("x@sub.clinic.test", "x@clinic.test.evil.test", "x@evilclinic.test", "solo2@other.test"):
        status, why, _ = _run(ctx, _raw(sender, subject=sender))
        assert status == "held" and "allow-list" in why, sender


def test_unknown_sender_can_be_ignored(make_ctx):
    ctx = make_ctx(allowed_senders="@clinic.test", unknown_sender_action="ignore")
    assert _run(ctx, _raw("x@stranger.test"))[:2] == ("ignored", "sender x@stranger.test is not on the client allow-list")


@pytest.mark.parametrize("from_value", [
    "=?utf-8?Q?coder=40clinic.test?= <attacker@evil.test>",
    "=?utf-8?B?Y29kZXJAY2xpbmljLnRlc3QgKA==?= <attacker@evil.test> =?utf-8?Q?=29?=",
])
def test_encoded_word_cannot_pose_as_an_allowed_address(make_ctx, from_value):
    ctx = make_ctx(allowed_senders="@clinic.test")
    status, why, _ = _run(ctx, _raw(from_value))
    assert status == "held" and "attacker@evil.test" in why


@pytest.mark.parametrize("results, expected", [
    (["mx.test; dkim=pass header.d=clinic.test"], "drafted"),
    (["mx.test; dkim=pass header.d=evil.test"], "held"),
    (["mx.test; dmarc=pass header.from=evil.test"], "held"),
    (["mx.test; dmarc=fail header.from=clinic.test", "forged.test; dmarc=pass header.from=clinic.test"], "held"),
    ([], "held"),
])
def test_authentication_requirement(make_ctx, results, expected):
    ctx = make_ctx(require_authentication=True)
    raw = case_email()
    for value in reversed(results):  # the receiving server's own header is the topmost
        raw = b"Authentication-Results: " + value.encode() + b"\r\n" + raw
    assert _run(ctx, raw)[0] == expected


@pytest.mark.parametrize("raw_from, subject", [
    (b"=?utf-8?Q?Coder=0D=0ABcc=3A_victim=40else.test?= <coder@clinic.test>",
     b"=?utf-8?Q?Question=0D=0ABcc:_victim@else.test=0D=0AX-Evil:_1?="),
    (b'"Coder\\r\\nBcc: victim@else.test" <coder@clinic.test>', b"Question\r\n\tBcc: victim@else.test"),
])
def test_header_injection_cannot_add_headers_to_the_reply(make_ctx, sink, raw_from, subject):
    controller, handler = sink
    ctx = make_ctx(smtp_host=controller.hostname, smtp_port=controller.port)
    raw = case_email(subject="PLACEHOLDER").replace(b"From: coder@clinic.test", b"From: " + raw_from, 1)
    raw = raw.replace(b"Subject: PLACEHOLDER", b"Subject: " + subject, 1)
    with ctx.db.session() as s:
        acct = account_id(s, "loops", "smtp")
    case_id = store_message(ctx, raw, acct).case_id
    enqueue_process(ctx, case_id)
    approve(ctx, case_id, "r@desk.test")
    assert handler.rcpts == [["coder@clinic.test"]]
    sent = email.message_from_bytes(handler.messages[0])
    names = {k.lower() for k in sent.keys()}
    assert names <= REPLY_HEADERS | {"x-peer", "x-mailfrom", "x-rcptto"}, names
    assert "bcc" not in names and "x-evil" not in names
    assert "\n" not in str(sent["Subject"]).replace("\n ", "").replace("\n\t", "")
    with ctx.db.session() as s:
        draft = s.query(Draft).filter_by(case_id=case_id).one()
        assert draft.to_addr == "coder@clinic.test"


def test_reply_cap_counts_only_that_address(make_ctx, sink):
    controller, handler = sink
    ctx = make_ctx(smtp_host=controller.hostname, smtp_port=controller.port, max_replies_per_sender_per_day=1)
    ids = [store_message(ctx, _raw(s, subject=s), _acct(ctx)).case_id
           for s in ("a@clinic.test", "b@clinic.test", "a@clinic.test")]
    for case_id in ids:
        enqueue_process(ctx, case_id)
        approve(ctx, case_id, "r@desk.test")
    assert sorted(r[0] for r in handler.rcpts) == ["a@clinic.test", "b@clinic.test"]
    with ctx.db.session() as s:
        third = s.query(Draft).filter_by(case_id=ids[2]).one()
        assert third.state == "failed" and "cap is 1" in third.last_error


def _acct(ctx) -> int:
    with ctx.db.session() as s:
        return account_id(s, "loops", "smtp")
