"""IMAP intake with imapclient: fetch new UIDs, store, then move, then enqueue.

The order is the durability promise: the raw message is committed to the
database before the server copy is moved or flagged, and work is enqueued
only after that.  A crash anywhere leaves either an unstored message still
in the folder (fetched again next pass) or a stored one (recognised by its
UID, or by Message-ID after a UIDVALIDITY change) — never a loss or a
duplicate.  One broken message is recorded and the batch goes on.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from sqlalchemy import select

from ..context import Context
from ..db.models import Case, CaseStatus, Draft, FolderState, InboundMessage, MailAccount
from ..intake import account_id, store_message
from ..logs import get_logger
from ..settings import Settings
from .send import tls_context

log = get_logger(__name__)
BATCH = 25


@dataclass
class PollResult:
    fetched: int = 0
    created: int = 0
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    case_ids: list[int] = field(default_factory=list)


def connect(settings: Settings) -> IMAPClient:
    """Log in per settings (password or XOAUTH2; ssl, starttls or none)."""
    tls = settings.imap_tls in ("ssl", "starttls")
    context = tls_context(settings.imap_verify, settings.imap_ca_file) if tls else None
    client = IMAPClient(settings.imap_host, port=settings.imap_port, ssl=settings.imap_tls == "ssl",
                        ssl_context=context if settings.imap_tls == "ssl" else None, timeout=60)
    if settings.imap_tls == "starttls":
        client.starttls(context)
    if settings.imap_oauth2_token:
        client.oauth2_login(settings.imap_user, settings.imap_oauth2_token)
    else:
        client.login(settings.imap_user, settings.imap_password)
    return client


def account_name(settings: Settings) -> str:
    return f"imap:{settings.imap_user}@{settings.imap_host}:{settings.imap_port}"


def poll_once(ctx: Context, client: IMAPClient, enqueue=None) -> PollResult:  # type: ignore[no-untyped-def]
    """One pass over the configured folder."""
    from ..dispatch import enqueue_process

    enqueue = enqueue or (lambda case_id: enqueue_process(ctx, case_id))
    s = ctx.settings
    info = client.select_folder(s.imap_folder)
    uidvalidity = int(info[b"UIDVALIDITY"])
    acct, last_uid = _folder_state(ctx, uidvalidity)
    uids = sorted(u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)
    result = PollResult()
    if s.imap_after_fetch == "move" and uids:
        _ensure_folder(client, s.imap_processed_folder)
    for start in range(0, len(uids), BATCH):
        batch = uids[start:start + BATCH]
        fetched = client.fetch(batch, ["BODY.PEEK[]"])
        for uid in batch:
            raw = fetched.get(uid, {}).get(b"BODY[]")
            _take(ctx, client, acct, uidvalidity, uid, raw, result, enqueue)
    return result


def _take(ctx: Context, client: IMAPClient, acct: int, uidvalidity: int, uid: int, raw: bytes | None,  # type: ignore[no-untyped-def]
          result: PollResult, enqueue) -> None:
    s = ctx.settings
    if raw is None:  # expunged between SEARCH and FETCH by another client
        result.errors.append(f"uid {uid}: vanished before fetch")
        _advance(ctx, acct, uidvalidity, uid)
        return
    result.fetched += 1
    stored = store_message(ctx, raw, acct, s.imap_folder, uidvalidity, uid)
    result.created += stored.created
    result.duplicates += not stored.created
    done = False
    try:
        _server_action(client, s, uid)
        done = True
    except IMAPClientAbortError:
        # The connection died: stop here without advancing past this UID, so
        # the next pass finds it again (stored already: a duplicate by UID)
        # and moves it then.  Advancing would leave it in the folder forever.
        raise
    except IMAPClientError as exc:  # the server refused (NO/BAD): record, keep going
        result.errors.append(f"uid {uid}: could not move/flag ({exc})")
    # One transaction: the server_done mark, the folder's last UID and (for
    # a repeat delivery) the case status; a new case is ``received``.
    with ctx.db.session() as session:
        if done:
            msg = session.get(InboundMessage, stored.message_pk)
            if msg is not None:
                msg.server_done = True
        _advance_in(session, ctx, acct, uidvalidity, uid)
        status = CaseStatus.received.value if stored.created else \
            session.scalar(select(Case.status).where(Case.id == stored.case_id))
    if status == CaseStatus.received.value:
        result.case_ids.append(stored.case_id)
        enqueue(stored.case_id)


def _server_action(client: IMAPClient, s: Settings, uid: int) -> None:
    if s.imap_after_fetch == "seen":
        client.add_flags([uid], [b"\\Seen"])
    elif client.has_capability("MOVE"):
        client.move([uid], s.imap_processed_folder)
    else:
        client.copy([uid], s.imap_processed_folder)
        client.add_flags([uid], [b"\\Deleted"])
        if client.has_capability("UIDPLUS"):
            client.uid_expunge([uid])
        else:
            client.expunge()


def _ensure_folder(client: IMAPClient, folder: str) -> None:
    if not client.folder_exists(folder):
        client.create_folder(folder)


def _folder_state(ctx: Context, uidvalidity: int) -> tuple[int, int]:
    s = ctx.settings
    with ctx.db.session() as session:
        acct = account_id(session, account_name(s), "imap", s.imap_host, s.imap_user)
        state = session.scalar(select(FolderState).where(
            FolderState.account_id == acct, FolderState.folder == s.imap_folder))
        if state is None:
            state = FolderState(account_id=acct, folder=s.imap_folder, uidvalidity=uidvalidity, last_uid=0)
            session.add(state)
        if state.uidvalidity != uidvalidity:
            log.warning("uidvalidity_changed", folder=s.imap_folder)
            state.uidvalidity, state.last_uid = uidvalidity, 0  # Message-ID dedup protects us
        return acct, state.last_uid


def _advance(ctx: Context, acct: int, uidvalidity: int, uid: int) -> None:
    with ctx.db.session() as session:
        _advance_in(session, ctx, acct, uidvalidity, uid)


def _advance_in(session, ctx: Context, acct: int, uidvalidity: int, uid: int) -> None:  # type: ignore[no-untyped-def]
    state = session.scalar(select(FolderState).where(
        FolderState.account_id == acct, FolderState.folder == ctx.settings.imap_folder))
    if state is not None and state.uidvalidity == uidvalidity and uid > state.last_uid:
        state.last_uid = uid


def mark_answered(ctx: Context, draft_id: int) -> bool:
    """Set \\Answered on the original message, wherever it now lives."""
    s = ctx.settings
    with ctx.db.session() as session:
        draft = session.get(Draft, draft_id)
        if draft is None or draft.state != "sent":
            return False
        case = session.get(Case, draft.case_id)
        msg = session.get(InboundMessage, case.message_pk) if case else None
        acct = session.get(MailAccount, msg.account_id) if msg else None
        if msg is None or acct is None or acct.kind != "imap" or not s.imap_host or not msg.message_id:
            return False
        message_id, message_pk = msg.message_id, msg.id
    folder = s.imap_processed_folder if s.imap_after_fetch == "move" else s.imap_folder
    client = connect(s)
    try:
        client.select_folder(folder)
        uids = client.search(["HEADER", "Message-ID", message_id])
        if uids:
            client.add_flags(uids, [b"\\Answered"])
    finally:
        client.logout()
    with ctx.db.session() as session:
        stored = session.get(InboundMessage, message_pk)
        if stored is not None:
            stored.answered_flagged = bool(uids)
    return bool(uids)
