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


@pytest.mark.parametrize("text,n", [
    ("XR left wrist PA/lat", 2),
    ("AP, lateral and both obliques", 4),
    ("AP, lateral and oblique views (five views)", 5),
])
def test_views_named_one_by_one_are_counted(text: str, n: int) -> None:
    from consultant.engine.numbers import counts

    assert max(f.value for f in counts(text) if f.unit.startswith("view")) == n


def test_contrast_refused_and_then_with() -> None:
    from consultant.engine.score_detail import contrast_state

    assert contrast_state("ordered with and without gadolinium but the patient refused the injection") == "without"
    assert contrast_state("MRI brain without and then with contrast") == "without_and_with"


def test_contrast_word_alone_is_not_gadolinium() -> None:
    assert "A9579" not in rec("CT head with IV contrast, 80 mL contrast given.")


def test_fluoroscopy_beside_a_joint_injection_without_ultrasound() -> None:
    got = {s["code"]: s["modifiers"] for s in suggest("Left hip joint injection under fluoroscopic guidance.")[
        "suggestions"] if s["recommended"]}
    assert got == {"20610": ["LT"], "77002": []}


def test_ultrasound_that_only_guides_the_needle_is_not_a_study() -> None:
    assert rec("Ultrasound-guided FNA of a right thyroid nodule, thyroid ultrasound used for needle placement.") == {
        "10005"}


def test_finding_dated_last_year_does_not_date_the_study() -> None:
    assert rec("CT chest without contrast for a nodule found last year.") == {"71250"}


def test_everyday_word_is_not_typo_repaired_into_a_feature() -> None:
    answer = suggest("MRI left shoulder without contrast, pain with overhead reaching.")
    assert [s["modifiers"] for s in answer["suggestions"] if s["code"] == "73221"] == [["LT"]]


def test_panel_short_of_a_test_codes_smaller_panel_and_the_rest() -> None:
    got = rec("Serum chemistry resulted: sodium, potassium, chloride, CO2, glucose, BUN, creatinine; calcium was "
              "not run.")
    assert got == {"80051", "82947", "84520", "82565"}


def test_named_panel_with_a_test_not_run_is_not_billed_as_the_panel() -> None:
    got = rec("CMP ordered, albumin not reported. Drawn and run: glucose, BUN, creatinine, sodium, potassium, "
              "chloride, CO2, calcium, total protein, total bilirubin, alkaline phosphatase, AST and ALT.")
    assert "80053" not in got and {"80048", "84155", "82247", "84075", "84450", "84460"} <= got


def test_obstetric_panel_needs_a_pregnancy_context() -> None:
    tests = "CBC with diff, HBsAg, rubella antibody, RPR, ABO, Rh type and antibody screen drawn and run"
    assert "80055" in rec(f"Prenatal labs: {tests}.")
    assert "80055" not in rec(f"Pre-op labs: {tests}.")


def test_medicare_fit_and_definitive_drug_testing() -> None:
    assert rec("Medicare patient, screening FIT, one specimen, run in our lab.") == {"G0328"}
    assert rec("Medicare: definitive drug testing by LC-MS/MS, 5 drug classes.") == {"G0480"}
    assert "G0480" not in rec("Medicare: presumptive cup screen, no definitive drug testing ordered, 5 drug classes.")


def test_patient_status_from_last_seen_and_plural() -> None:
    from consultant.engine.encounter import extract

    def status(text: str) -> set[str]:
        return {f.value for f in extract(text) if f.kind == "patient"}

    assert status("one of her established Medicare patients") == {"established"}
    assert status("last seen here two years and eleven months ago") == {"established"}
    assert status("last seen by us four years ago") == {"new"}
    assert status("today she sees me for the first time") == {"new"}


def test_total_time_label_far_before_the_minutes() -> None:
    from consultant.engine.encounter import is_total_time
    from consultant.engine.numbers import times

    text = ("TIME: Total time on the date of admission, including review of outside records, examination, "
            "discussion with the family and documentation: 60 minutes.")
    assert is_total_time(text, times(text)[0])
    other = "Tourniquet applied for a long stretch during the repair of the tendon and closure: 60 minutes."
    assert not is_total_time(other, times(other)[0])


def test_discharge_abbreviation_and_specialty_words() -> None:
    got = rec("ED visit, asthma flare, nebs given, d/c home, moderate MDM. Discussed with nephrology.")
    assert got == {"99284"}


def test_facility_visit_drops_drug_administration() -> None:
    assert rec("Subsequent hospital care, moderate MDM; IV fluids running for dehydration.") == {"99232"}


def test_ordered_list_after_and_is_not_done() -> None:
    assert rec("Established patient, low MDM; I ordered a TSH and a lipid panel from the outside lab.") == {"99213"}
    assert rec("Established patient, low MDM; A1c and lipid panel were ordered.") == {"99213"}


def test_open_ended_parent_time_addon_counts_past_its_minimum() -> None:
    got = {s["code"]: s["units"] for s in suggest(
        "Commercial plan. Inpatient admission H&P, high MDM; total time on the date of admission 107 minutes.")["suggestions"] if s["recommended"]}
    assert got.get("99223") == 1 and got.get("99418") == 2


def test_adult_reads_as_an_age() -> None:
    assert "36556" in rec("Right internal jugular non-tunneled triple-lumen central venous catheter placed, adult.")


def test_postop_visit_in_the_global_period() -> None:
    assert rec("POD 12 s/p left carpal tunnel release, same surgeon; routine postop visit, sutures out.") == {"99024"}
    assert rec("Post-op check after lap chole two weeks ago, same surgeon, doing well.") == {"99024"}


def test_anticoagulation_clinic_name_is_not_the_management_service() -> None:
    assert rec("Medicare, warfarin patient in the anticoagulation clinic: fingerstick PT/INR on a CLIA-waived meter.") \
        == {"85610"}


def test_critical_care_without_minutes_asks() -> None:
    answer = suggest("Critical care given to a patient in shock in the ICU today.")
    assert not [s for s in answer["suggestions"] if s["recommended"]]
    assert any("time" in q.lower() for q in answer["questions"])
    assert "99291" in rec("Critical care given to a patient in shock in the ICU today, 50 minutes of critical care time.")
