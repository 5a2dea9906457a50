"""Encryption at rest for raw messages (Fernet, with key rotation).

``CONSULTANT_ENCRYPTION_KEYS`` holds comma-separated Fernet keys, newest
first.  New data is sealed with the first key; any listed key opens old data,
so rotation is: prepend a new key, run ``consultant rekey``, drop the old key.
With no key configured, raw bytes are stored as they came.
"""
from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from .errors import PermanentError
from .settings import Settings


def _fernet(settings: Settings) -> MultiFernet | None:
    keys = [k.strip() for k in settings.encryption_keys.split(",") if k.strip()]
    if not keys:
        return None
    return MultiFernet([Fernet(k.encode()) for k in keys])


def seal(settings: Settings, raw: bytes) -> bytes:
    f = _fernet(settings)
    return f.encrypt(raw) if f else raw


def unseal(settings: Settings, stored: bytes | None, encrypted: bool) -> bytes:
    if stored is None:
        raise PermanentError("raw message was purged under the retention policy")
    if not encrypted:
        return stored
    f = _fernet(settings)
    if f is None:
        raise PermanentError("raw message is encrypted but CONSULTANT_ENCRYPTION_KEYS is empty")
    try:
        return f.decrypt(stored)
    except InvalidToken as exc:
        raise PermanentError("raw message cannot be decrypted with the configured keys") from exc


def rotate(settings: Settings, stored: bytes) -> bytes:
    f = _fernet(settings)
    return f.rotate(stored) if f else stored


def rekey(ctx, batch: int = 200) -> int:  # type: ignore[no-untyped-def]
    """Re-seal every stored raw message with the first (newest) key; messages
    stored before encryption was turned on are sealed now.  Returns how many
    rows changed.  Safe to interrupt and run again."""
    from sqlalchemy import select

    from .db.models import InboundMessage

    if _fernet(ctx.settings) is None:
        raise PermanentError("CONSULTANT_ENCRYPTION_KEYS is empty: nothing to re-seal with")
    changed, last = 0, 0
    while True:
        with ctx.db.session() as session:
            rows = session.scalars(select(InboundMessage).where(
                InboundMessage.id > last, InboundMessage.raw.is_not(None))
                .order_by(InboundMessage.id).limit(batch)).all()
            for msg in rows:
                msg.raw = rotate(ctx.settings, msg.raw) if msg.raw_encrypted else seal(ctx.settings, msg.raw)
                msg.raw_encrypted = True
            changed += len(rows)
        if not rows:
            return changed
        last = rows[-1].id
