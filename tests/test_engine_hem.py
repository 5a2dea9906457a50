"""Second blind set (team2b) causes: imaging reports headed EXAM:, obstetric ultrasound by
gestational age, a parenthetical negation, Medicare diagnostic tomosynthesis."""
from __future__ import annotations

import pytest

from consultant.engine import suggest
from consultant.engine.numbers import gestation
from consultant.engine.sections import find_sections


def rec(text: str, subject: str = "") -> set[str]:
    return {s["code"] for s in suggest(text, subject)["suggestions"] if s["recommended"]}


def test_exam_heading_of_an_imaging_report_is_the_procedure() -> None:
    text = "REPORT\nEXAM: CT abdomen and pelvis without contrast.\nFINDINGS: normal."
    assert find_sections(text)[0][2] == "procedure"
    office = "HPI: cough.\nEXAM: Lungs clear, heart regular.\nPLAN: fluids."
    assert find_sections(office)[1][2] == "diagnosis"


@pytest.mark.parametrize("text,want", [
    ("OB ultrasound at 22 weeks 1 day", "gestation_14_weeks_plus"),
    ("IUP @ 11w2d", "gestation_under_14_weeks"),
    ("pregnant, seen 6 weeks after the fall", None),
    ("infant 10 weeks old, fetal history unremarkable", None),
])
def test_gestation(text: str, want: str | None) -> None:
    got = [f.value for f in gestation(text) if f.kind == "feature"]
    assert got == ([want] if want else [])


def test_obstetric_ultrasound_by_weeks_and_asks_without() -> None:
    assert rec("Complete OB ultrasound at 30 weeks, single fetus.") == {"76805"}
    assert rec("Complete OB ultrasound at 12 weeks, single fetus.") == {"76801"}
    answer = suggest("Obstetric ultrasound done today, please code.")
    assert not [s for s in answer["suggestions"] if s["recommended"]] and answer["questions"]


def test_twins_add_the_additional_fetus_code() -> None:
    assert rec("Standard obstetric ultrasound at 20 weeks, twin pregnancy, both fetuses surveyed.") == {
        "76805", "76810"}


def test_parenthetical_negation_stays_inside() -> None:
    assert "76805" in rec("Routine (not detailed) pregnancy ultrasound at 25 weeks.")


def test_medicare_diagnostic_tomosynthesis() -> None:
    assert rec("Medicare patient: diagnostic mammogram of both breasts with tomosynthesis.") == {"77066", "G0279"}
    assert rec("Commercial plan: diagnostic mammogram of both breasts with tomosynthesis.") == {"77062"}
