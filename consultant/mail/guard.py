"""Is this message a case at all?  One decision with a reason, never silence.

Order matters: loops and robots first (our own address, mailer daemons,
RFC 3834 auto-replies, list mail), then identity (exactly one From, the
allow-list, optional DMARC/DKIM pass), then volume (a per-sender daily cap).
"""
from __future__ import annotations

from dataclasses import dataclass

import authres

from ..settings import Settings
from .headers import HeaderFacts

ROBOT_LOCALPARTS = ("mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply", "do-not-reply", "bounce")
BULK_PRECEDENCE = ("bulk", "list", "junk", "auto_reply")


@dataclass(frozen=True)
class Disposition:
    action: str  # accept | ignore | hold | register
    reason: str

    @property
    def accepted(self) -> bool:
        return self.action == "accept"


ACCEPT = Disposition("accept", "")


def decide(facts: HeaderFacts, settings: Settings, cases_today: int = 0) -> Disposition:
    for check in (_loops, _robots, _identity):
        verdict = check(facts, settings)
        if verdict is not None:
            return verdict
    verdict = _allowed(facts, settings)
    if verdict is not None:
        return verdict
    if cases_today >= settings.max_cases_per_sender_per_day:
        return Disposition("hold", f"sender sent {cases_today} cases today; cap is "
                                   f"{settings.max_cases_per_sender_per_day} (CONSULTANT_MAX_CASES_PER_SENDER_PER_DAY)")
    return ACCEPT


def _loops(facts: HeaderFacts, settings: Settings) -> Disposition | None:
    ours = {settings.from_address, *settings.intake_address_list}
    if any(addr in ours for addr in facts.from_addresses):
        return Disposition("ignore", "message is from our own address (mail loop)")
    return None


def _robots(facts: HeaderFacts, settings: Settings) -> Disposition | None:
    sender = facts.sender or (facts.from_addresses[0] if facts.from_addresses else "")
    local = sender.split("@", 1)[0]
    if local.startswith(ROBOT_LOCALPARTS):
        return Disposition("ignore", f"bounce or robot sender ({local})")
    if "multipart/report" in facts.content_type:
        return Disposition("ignore", "delivery status report (bounce)")
    if facts.auto_submitted and facts.auto_submitted != "no":
        return Disposition("ignore", f"automatic message (Auto-Submitted: {facts.auto_submitted})")
    if facts.x_autoreply:
        return Disposition("ignore", "automatic reply (X-Autoreply)")
    if facts.precedence in BULK_PRECEDENCE:
        return Disposition("ignore", f"bulk or list mail (Precedence: {facts.precedence})")
    if facts.list_id or facts.list_unsubscribe:
        return Disposition("ignore", "mailing-list message (List-Id/List-Unsubscribe)")
    return None


def _identity(facts: HeaderFacts, settings: Settings) -> Disposition | None:
    if len(facts.from_addresses) != 1:
        return Disposition("hold", f"message has {len(facts.from_addresses)} From addresses; exactly one is required")
    if settings.require_authentication and not authenticated(facts):
        return Disposition("hold", "Authentication-Results shows no DMARC or DKIM pass for the sender's domain")
    return None


def _allowed(facts: HeaderFacts, settings: Settings) -> Disposition | None:
    allowed = settings.allowed_sender_list
    if not allowed or sender_allowed(facts.sender, allowed):
        return None
    action = settings.unknown_sender_action
    return Disposition(action, f"sender {facts.sender} is not on the client allow-list")


def sender_allowed(sender: str, allowed: list[str]) -> bool:
    domain = "@" + sender.rsplit("@", 1)[-1]
    return sender in allowed or domain in allowed


def authenticated(facts: HeaderFacts) -> bool:
    """True when a DMARC pass, or a DKIM pass, is recorded for the From domain.

    Only the topmost Authentication-Results header counts: our receiving
    server prepends its own, while anything below it came with the message
    and may be forged by the sender.  A DMARC pass for another domain (an
    attacker's own, correctly signed) proves nothing about the From address.
    """
    domain = facts.sender.rsplit("@", 1)[-1]
    if not domain or not facts.authentication_results:
        return False
    try:
        parsed = authres.AuthenticationResultsHeader.parse(
            "Authentication-Results: " + facts.authentication_results[0])
    except Exception:
        return False
    for result in parsed.results:
        if result.result != "pass" or result.method not in ("dmarc", "dkim"):
            continue
        props = {f"{p.type}.{p.name}".lower(): str(p.value or "").lower() for p in result.properties}
        signer = props.get("header.from" if result.method == "dmarc" else "header.d", "")
        if signer and (signer == domain or (result.method == "dkim" and domain.endswith("." + signer))):
            return True
    return False
