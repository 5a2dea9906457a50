"""Fifth iteration: siblings that differ by one documented fact (contrast, imaging
guidance, bronchodilator, automated, one side vs both, interpretation only) and
asking when that fact or the visit level is missing."""
from __future__ import annotations

import pytest

from consultant.engine import suggest
from consultant.engine.score_detail import contrast_state


def rec(text: str, subject: str = "") -> set[str]:
    return {s["code"] for s in suggest(text, subject)["suggestions"] if s["recommended"]}


@pytest.mark.parametrize("text,want", [
    ("MRI brain w/o and w/ gadolinium", "without_and_with"),
    ("CT abdomen without contrast followed by with contrast", "without_and_with"),
    ("pre- and post-contrast images", "without_and_with"),
    ("CT head without contrast", "without"),
    ("noncontrast CT of the chest", "without"),
    ("ordered with contrast but contrast was withheld", "without"),
    ("CT chest with IV contrast", "with"),
    ("no contrast given", "without"),
    ("history of a contrast reaction; no contrast reaction today", None),
    ("CT of the sinuses", None),
])
def test_contrast_state(text: str, want: str | None) -> None:
    assert contrast_state(text) == want


def test_contrast_sibling_wins_and_only_one_is_recommended() -> None:
    got = rec("CT abdomen and pelvis without and with IV contrast for hematuria.")
    assert "74178" in got and not got & {"74176", "74177"}
    got = rec("CT abdomen and pelvis performed for flank pain; IV contrast was withheld because of renal failure.")
    assert "74176" in got and not got & {"74177", "74178"}


def test_missing_contrast_asks() -> None:
    answer = suggest("CT of the chest for a lung nodule follow-up.")
    assert not any(s["recommended"] for s in answer["suggestions"])
    assert any("contrast" in q for q in answer["questions"])


def test_named_guidance_is_imaging_guidance() -> None:
    got = rec("Right thoracentesis under ultrasound guidance, 1 L removed.")
    assert "32555" in got and "32554" not in got


def test_feature_name_and_non_prefix() -> None:
    got = rec("Spirometry before and after bronchodilator.")
    assert "94060" in got and "94010" not in got
    got = rec("Dipstick urinalysis read visually, non-automated, no microscopy.")
    assert "81003" not in got


def test_one_side_is_the_unilateral_sibling() -> None:
    got = rec("Venous duplex of the right leg only, complete unilateral study.")
    assert "93971" in got and "93970" not in got


def test_interpretation_only_sibling() -> None:
    got = rec("ECG interpretation and report only; the tracing was done at the hospital.")
    assert "93010" in got and "93000" not in got


def test_minimal_visit_not_chosen_without_level() -> None:
    answer = suggest("Established patient seen for a cough; examined and advised.")
    assert "99211" not in {s["code"] for s in answer["suggestions"] if s["recommended"]}
    assert answer["questions"]
    assert "99211" in rec("Nurse visit, established patient: RN blood pressure check per standing order.")
