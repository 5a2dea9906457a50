"""``consultant suggest`` and ``consultant eval``: the coding engine's front
door and its evaluation harness (the answer contract and details are in
docs/ENGINE.md).  Never prints case text except inside the JSON answer."""
from __future__ import annotations

import json
import sys

import click


@click.command("suggest")
@click.option("--json", "json_path", type=click.Path(allow_dash=True), help="One case: .eml or plain text, or - for stdin.")
@click.option("--jsonl", "jsonl_path", type=click.Path(exists=True, dir_okay=False),
              help='Many cases, one {"id","subject","body"} or {"id","text"} per line.')
def suggest_cmd(json_path: str | None, jsonl_path: str | None) -> None:
    """Suggest CPT/HCPCS codes for one case or a file of cases."""
    from consultant.engine import suggest
    from consultant.engine.email_input import read_case
    from consultant.engine.pipeline import warm

    if bool(json_path) == bool(jsonl_path):
        raise click.UsageError("give exactly one of --json FILE|- or --jsonl CASES.jsonl")
    warm()
    if json_path:
        raw = sys.stdin.buffer.read() if json_path == "-" else open(json_path, "rb").read()
        subject, body = read_case(raw)
        click.echo(json.dumps(suggest(body, subject), ensure_ascii=False))
        return
    with open(jsonl_path, encoding="utf-8") as fh:  # type: ignore[arg-type]
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            case = json.loads(line)
            text = case["text"] if "text" in case else case.get("body", "")
            answer = suggest(text, "" if "text" in case else case.get("subject", ""), str(case.get("id", n)))
            click.echo(json.dumps(answer, ensure_ascii=False))


@click.command("eval")
@click.argument("cases", type=click.Path(exists=True, dir_okay=False))
@click.option("--no-misses", is_flag=True, help="Print the figures only.")
def eval_cmd(cases: str, no_misses: bool) -> None:
    """Score the engine on a JSONL file of cases with expected codes."""
    from consultant.engine import evaluate

    tally = evaluate.run(evaluate.load_cases(cases))
    lines = evaluate.report(tally)
    if no_misses:
        lines = [ln for ln in lines if not ln.startswith("  ") or "-" in ln[:8]]
    click.echo("\n".join(lines))


def register(cli: click.Group) -> None:
    cli.add_command(suggest_cmd)
    cli.add_command(eval_cmd)
