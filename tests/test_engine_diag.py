"""Diagnostics helper: radiology views, ultrasound, Medicare tomosynthesis, cardiovascular
diagnostics and laboratory rules."""
from __future__ import annotations

import pytest

from consultant.engine import suggest
from consultant.engine.numbers import views
from consultant.engine.text import norm_phrase


def rec(text: str, subject: str = "") -> dict[str, list[str]]:
    return {s["code"]: s["modifiers"] for s in suggest(text, subject)["suggestions"] if s["recommended"]}


@pytest.mark.parametrize("text,want", [
    ("CXR PA + lat", 2),
    ("XR lumbar spine AP/lat.", 2),
    ("cervical films: AP, lateral and both obliques", 4),
    ("AP, lateral, and oblique views of the foot", 3),
    ("knee 3v", 3),
    ("flexion and extension exercises", None),
])
def test_view_count_read(text: str, want: int | None) -> None:
    got = [f.value for f in views(text)]
    assert (got[0] if got else None) == want


def test_capital_us_is_ultrasound_but_pronoun_is_not() -> None:
    assert norm_phrase("US breast") == ("ultrasound", "breast")
    assert norm_phrase("U/S abdomen") == ("ultrasound", "abdomen")
    assert norm_phrase("let us know") == ("let", "us", "know")


def test_view_count_picks_the_xray_sibling() -> None:
    assert set(rec("XR chest AP + lateral for fever.")) == {"71046"}
    assert set(rec("Left wrist x-ray, 3 views, after a fall.")) == {"73110"}


def test_each_film_takes_its_own_count_and_side() -> None:
    got = rec("XR R shoulder 1v, then XR L hand 3v, same day.")
    assert got == {"73020": ["RT"], "73130": ["LT"]}


def test_xray_without_views_asks() -> None:
    answer = suggest("XR knee, pain.")
    assert not [s for s in answer["suggestions"] if s["recommended"]]
    assert any("views" in q for q in answer["questions"])


def test_chest_film_beside_a_knee_film_takes_no_side() -> None:
    got = rec("CXR 2v plus XR right knee 3v at the same visit.")
    assert got.get("71046") == [] and got.get("73562") == ["RT"]


def test_breast_ultrasound_is_not_a_breast_mri_sibling() -> None:
    got = rec("US left breast, complete survey of all quadrants and the retroareolar area.")
    assert got == {"76641": ["LT"]}


def test_medicare_tomosynthesis_is_g0279_beside_the_mammogram() -> None:
    got = rec("Medicare beneficiary, diagnostic mammogram of both breasts with 3D tomosynthesis for a new lump.")
    assert {"77066", "G0279"} <= set(got) and not set(got) & {"77061", "77062"}
    got = rec("Diagnostic mammogram of both breasts for a new lump.")
    assert "G0279" not in got
