"""``consultant codes``: show (text and the documented JSON shape), search,
info, validate and an import through the command line."""
from __future__ import annotations

import json
import os

import click
import pytest
from click.testing import CliRunner

from consultant.cli import codes


@pytest.fixture(scope="module")
def run():
    root = os.environ["CONSULTANT_CATALOG_DIR"]  # set in conftest.py: shared with the other modules
    group = click.Group()
    codes.register(group)
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(group, ["codes", *args], env={"CONSULTANT_CATALOG_DIR": str(root)})
    return invoke


def test_show_json_shape(run):
    result = run("show", "J0696", "10005", "ZZ999", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [c["code"] for c in data["codes"]] == ["J0696", "10005"]
    assert data["unknown"] == ["ZZ999"]
    for item in data["codes"]:
        assert {"code", "system", "short", "description", "mue", "bundling", "parents", "addons"} <= set(item)
    assert data["codes"][0]["dosage"] == {"amount": 250.0, "unit": "mg"}


def test_show_text(run):
    result = run("show", "43235")
    assert result.exit_code == 0, result.output
    assert "43235" in result.output and "bundling" in result.output
    missing = run("show", "ZZ999")
    assert missing.exit_code == 1


def test_search(run):
    result = run("search", "ceftriaxone injection", "--limit", "3", "--json")
    hits = json.loads(result.output)
    assert len(hits) <= 3 and "J0696" in [h["code"] for h in hits]
    text = run("search", "ceftriaxone injection", "--limit", "3")
    assert "J0696" in text.output


def test_info(run):
    data = json.loads(run("info", "--json").output)
    assert data["systems"]["HCPCS"] == 7323 and data["systems"]["CPT"] > 0
    assert data["cpt_sections"] and data["bundling_pairs"] >= 300
    assert set(data["versions"]) >= {"catalog", "hcpcs", "pfs", "mue"}
    assert "HCPCS" in run("info").output


def test_validate(run):
    result = run("validate", "--no-warnings")
    assert result.exit_code == 0, result.output
    assert "0 error(s)" in result.output


def test_import_rejects_with_line(run, tmp_path):
    bad = tmp_path / "mue.csv"
    bad.write_text("code,mue_value,mai,mai_text,mue_rationale,effective_date\nJ0696,two,3,,,\n")
    result = run("import", "mue", str(bad))
    assert result.exit_code == 1
    assert "line 2" in result.output and "nothing changed" in result.output
