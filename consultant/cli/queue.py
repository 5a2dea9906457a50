"""``consultant queue list | show | approve | reject``: the review queue from a terminal."""
from __future__ import annotations

import click
from sqlalchemy import select

from ..db.models import Case
from ..errors import InvalidTransition
from .common import context, echo_json


def case_summary(case: Case) -> dict[str, object]:
    return {"id": case.id, "status": case.status, "reason": case.reason, "sender": case.sender,
            "subject": case.subject, "message_id": case.message_id, "received_at": case.received_at,
            "top_code": case.top_code, "top_confidence": case.top_confidence, "claimed_by": case.claimed_by}


@click.group()
def queue() -> None:
    """Inspect and decide cases."""


@queue.command("list")
@click.option("--status", default=None, help="only cases in this status")
@click.option("--json", "as_json", is_flag=True)
def list_cases(status: str | None, as_json: bool) -> None:
    ctx = context()
    with ctx.db.session() as session:
        query = select(Case).order_by(Case.id)
        if status:
            query = query.where(Case.status == status)
        rows = [case_summary(c) for c in session.scalars(query)]
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        click.echo(f"{r['id']:>6}  {r['status']:<10} {r['top_code'] or '-':<7} {str(r['sender'])[:30]:<30} {str(r['subject'])[:50]}")


@queue.command("show")
@click.argument("case_id", type=int)
@click.option("--json", "as_json", is_flag=True)
def show(case_id: int, as_json: bool) -> None:
    ctx = context()
    with ctx.db.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise click.ClickException(f"no case {case_id}")
        data = case_summary(case)
        data["drafts"] = [{"id": d.id, "kind": d.kind, "state": d.state, "codes": d.codes,
                           "questions": d.questions, "subject": d.subject, "text": d.text,
                           "last_error": d.last_error} for d in case.drafts]
    if as_json:
        echo_json(data)
        return
    click.echo(f"case {data['id']}: {data['status']} {data['reason']}\nfrom: {data['sender']}\nsubject: {data['subject']}")
    for d in data["drafts"]:  # type: ignore[union-attr]
        click.echo(f"\n--- draft {d['id']} ({d['kind']}, {d['state']}) ---\n{d['text']}")


@queue.command("approve")
@click.argument("case_id", type=int)
@click.option("--as", "actor", default="cli", help="who approves (recorded in the audit trail)")
def approve_cmd(case_id: int, actor: str) -> None:
    from ..review import approve

    ctx = context()
    try:
        draft = approve(ctx, case_id, actor)
    except InvalidTransition as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"case {case_id}: draft {draft.id} {draft.state}")


@queue.command("reject")
@click.argument("case_id", type=int)
@click.option("--reason", required=True)
@click.option("--reply/--no-reply", default=False, help="send the polite rejection template")
@click.option("--as", "actor", default="cli")
def reject_cmd(case_id: int, reason: str, reply: bool, actor: str) -> None:
    from ..review import reject

    ctx = context()
    try:
        reject(ctx, case_id, actor, reason, send_reply=reply)
    except InvalidTransition as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"case {case_id}: rejected")


def register(cli: click.Group) -> None:
    cli.add_command(queue)
