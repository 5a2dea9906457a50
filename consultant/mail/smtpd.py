"""SMTP intake (aiosmtpd): the same store-then-enqueue path as IMAP.

Recipients must be one of the configured intake addresses (550 otherwise);
messages over the size limit get 552.  The message is committed before we
answer 250, so a client that got 250 can trust the case exists.
"""
from __future__ import annotations

import asyncio

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from ..context import Context
from ..intake import account_id, store_message
from ..logs import get_logger

log = get_logger(__name__)


class IntakeHandler:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.addresses = set(ctx.settings.intake_address_list)
        with ctx.db.session() as session:
            self.account = account_id(session, "smtp:intake", "smtp")

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          rcpt_options: list[str]) -> str:
        if address.lower() not in self.addresses:
            return "550 5.1.1 no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        if len(raw) > self.ctx.settings.max_message_bytes:
            return "552 5.3.4 message too big"
        loop = asyncio.get_running_loop()
        try:
            stored = await loop.run_in_executor(None, self._store, raw, str(envelope.mail_from or ""))
        except Exception as exc:  # database trouble: the client keeps the message and retries
            log.error("smtp_store_failed", error=type(exc).__name__)
            return "451 4.3.0 temporary storage problem, try again later"
        if stored.created:
            loop.run_in_executor(None, self._dispatch, stored.case_id)
        return "250 2.0.0 case received"

    def _store(self, raw: bytes, mail_from: str):  # type: ignore[no-untyped-def]
        return store_message(self.ctx, raw, self.account, envelope_from=mail_from)

    def _dispatch(self, case_id: int) -> None:
        from ..dispatch import enqueue_process

        try:
            enqueue_process(self.ctx, case_id)
        except Exception as exc:  # the sweeper retries; the case is stored
            log.error("enqueue_failed", case_id=case_id, error=type(exc).__name__)


def start_smtpd(ctx: Context, host: str | None = None, port: int | None = None) -> Controller:
    s = ctx.settings
    controller = Controller(IntakeHandler(ctx), hostname=host or s.smtpd_host,
                            port=s.smtpd_port if port is None else port,
                            data_size_limit=s.max_message_bytes, decode_data=False,
                            server_hostname="consultant")
    controller.start()
    return controller
