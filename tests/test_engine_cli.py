"""``consultant suggest`` and ``consultant eval`` through click: plain text,
.eml input (text and HTML bodies), JSONL batches keep ids, eval prints its
figures."""
from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import click
from click.testing import CliRunner

from consultant.cli import suggest as suggest_cli


def _cli() -> click.Group:
    group = click.Group()
    suggest_cli.register(group)
    return group


def _eml(tmp_path: Path, body: str, html: bool = False) -> Path:
    msg = EmailMessage()
    msg["From"] = "coder@example.org"
    msg["To"] = "consult@example.org"
    msg["Subject"] = "coding question"
    msg["Message-ID"] = "<t1@example.org>"
    if html:
        msg.set_content("see html")
        msg.add_alternative(f"<html><body><p>{body}</p></body></html>", subtype="html")
    else:
        msg.set_content(body)
    path = tmp_path / "case.eml"
    path.write_bytes(bytes(msg))
    return path


def test_suggest_plain_text_from_stdin() -> None:
    res = CliRunner().invoke(_cli(), ["suggest", "--json", "-"], input="Bilateral carpal tunnel release.\n")
    assert res.exit_code == 0, res.output
    answer = json.loads(res.output)
    codes = {s["code"] for s in answer["suggestions"] if s["recommended"]}
    assert "64721" in codes


def test_suggest_eml(tmp_path: Path) -> None:
    path = _eml(tmp_path, "Simple repair of 2.5 cm laceration of the forearm and 3 cm laceration of the hand.")
    res = CliRunner().invoke(_cli(), ["suggest", "--json", str(path)])
    assert res.exit_code == 0, res.output
    answer = json.loads(res.output)
    assert "12002" in {s["code"] for s in answer["suggestions"] if s["recommended"]}


def test_suggest_eml_multipart(tmp_path: Path) -> None:
    path = _eml(tmp_path, "Right carpal tunnel release, open.", html=False)
    res = CliRunner().invoke(_cli(), ["suggest", "--json", str(path)])
    assert "64721" in res.output


def test_suggest_jsonl_keeps_ids(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": "Office visit."}) + "\n"
                    + json.dumps({"id": "b2", "subject": "lac", "body": "Simple repair 2 cm lac of arm"}) + "\n")
    res = CliRunner().invoke(_cli(), ["suggest", "--jsonl", str(path)])
    assert res.exit_code == 0, res.output
    ids = [json.loads(line)["id"] for line in res.output.splitlines()]
    assert ids == ["a1", "b2"]


def test_eval_prints_figures(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "Bilateral carpal tunnel release.",
                    "expected": [{"code": "64721", "units": 1, "modifiers": ["50"]}], "tags": []}) + "\n"
        + json.dumps({"id": "v", "text": "Office visit.", "expected": [], "vague": True, "tags": []}) + "\n")
    res = CliRunner().invoke(_cli(), ["eval", str(path)])
    assert res.exit_code == 0, res.output
    for label in ("top-1", "top-3", "code recall", "precision", "forbidden rate", "modifiers", "units",
                  "vague asked", "calibration"):
        assert label in res.output
    assert "top-1            1.000" in res.output
