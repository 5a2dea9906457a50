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


@pytest.mark.parametrize("text,absent", [
    ("Established patient, moderate MDM for CHF. Ordered a BMP and BNP for next week.", {"80048", "83880"}),
    ("Established patient for diabetes, low MDM; A1c and a lipid panel were ordered from the reference lab.",
     {"83036", "80061"}),
    ("Established patient, low MDM. I reviewed the A1c and BMP results with him.", {"83036", "80048"}),
])
def test_labs_ordered_elsewhere_or_only_reviewed_are_not_coded(text: str, absent: set[str]) -> None:
    got = rec(text)
    assert not set(got) & absent and any(c.startswith("992") for c in got)


def test_lab_run_here_is_coded_even_when_ordered() -> None:
    got = rec("CMP ordered and run in house after venipuncture.")
    assert {"80053", "36415"} <= set(got)


def test_cancelled_lab_and_plus_list() -> None:
    got = rec("Venipuncture. CMP run in house. The lipid panel was cancelled by the lab (clotted specimen).")
    assert "80053" in got and "80061" not in got
    got = rec("UA dipstick (automated, no microscopy) plus urine culture with colony count, both run here.")
    assert {"81003", "87086"} <= set(got)


def test_bmp_is_total_calcium_unless_ionized() -> None:
    assert "80048" in rec("Basic metabolic panel run on our analyzer today after venipuncture.")
    assert "80047" in rec("Basic metabolic panel with ionized calcium run in house today.")


def test_meter_glucose_is_82962() -> None:
    got = rec("Capillary blood glucose checked with the office meter before the injection: 145.")
    assert "82962" in got and "82947" not in got


@pytest.mark.parametrize("text,want", [
    ("Transabdominal obstetric ultrasound at 10 weeks", 10),
    ("22 weeks gestation", 22),
    ("GA 12w", 12),
    ("9w3d IUP", 9),
    ("follow up in 2 weeks", None),
])
def test_gestation_weeks(text: str, want: int | None) -> None:
    from consultant.engine.score_detail import gestation_weeks

    assert gestation_weeks(text) == want


def test_ob_ultrasound_by_gestational_age() -> None:
    assert "76805" in rec("OB ultrasound, transabdominal, single fetus; GA 20w by dates, anatomy survey.")
    got = rec("Pregnancy ultrasound transabdominal for dating, 8 weeks by LMP.")
    assert "76801" in got and "76805" not in got


def test_two_word_term_with_a_single_letter_is_not_matched_out_of_order() -> None:
    got = rec("Bilat L4-5 transforaminal ESI under fluoro; dex 10 mg supplied by the surgery center.")
    assert "93702" not in got


def test_vein_duplex_both_legs_and_coronary_stent_wording() -> None:
    assert set(rec("Bilateral lower extremity vein duplex for leg swelling.")) == {"93970"}
    assert rec("PCI: one drug-eluting stent deployed in the proximal RCA.") == {"92928": ["RC"]}


def test_guidance_add_on_is_not_dropped_as_included_in_itself() -> None:
    got = rec("Non-tunneled triple-lumen CVC placed in the left internal jugular vein under real-time ultrasound "
              "guidance with the vein assessed first and an image saved; 70-year-old.")
    assert {"36556", "76937"} <= set(got)


def test_fluoroscopy_confirming_a_port_tip_is_77001_not_76000() -> None:
    got = rec("Tunneled port placed via the left subclavian vein for chemotherapy in a 61-year-old, using fluoroscopy "
              "to confirm the tip at the cavoatrial junction.")
    assert {"36561", "77001"} <= set(got) and "76000" not in got


def test_study_named_only_in_op_note_findings_is_not_reported() -> None:
    note = ("PREOPERATIVE DIAGNOSIS: Left breast cancer.\nPROCEDURE: Left partial mastectomy.\nANESTHESIA: General.\n"
            "FINDINGS: Specimen radiograph showed the clip within the specimen. Ligament stable on stress test.\n\n"
            "DESCRIPTION OF PROCEDURE: The lesion was excised with a rim of normal tissue and the cavity closed.\n")
    got = rec(note)
    assert "19301" in got and not set(got) & {"76098", "93015"}
    answer = suggest("PROCEDURE: Right knee arthroscopy with partial medial meniscectomy.\nFINDINGS: Chest x-ray "
                     "read by radiology was clear.\n")
    assert not any("views" in q for q in answer["questions"])


def test_two_studies_in_one_sentence_stay_apart_and_read_their_own_contrast() -> None:
    got = rec("MRI of the brain and MRI of the lumbar spine, both without contrast, for a fall with back pain.")
    assert {"70551", "72148"} <= set(got)
    got = rec("Noncontrast CT of the abdomen and CT of the chest with IV contrast for staging.")
    assert {"74150", "71260"} <= set(got) and not set(got) & {"74170", "71270"}


def test_a_one_view_name_is_not_held_for_the_view_count() -> None:
    got = rec("Flat plate KUB to look for stool burden.")
    assert set(got) == {"74018"}
    assert set(rec("Single-view portable chest x-ray after line placement.")) == {"71045"}
    assert set(rec("Two-view chest x-ray for cough.")) == {"71046"}


def test_an_earlier_result_is_not_a_test_today_but_a_repeat_run_here_is() -> None:
    got = rec("Established patient, low MDM. Her TSH from the hospital last week was normal.")
    assert "84443" not in got and "99213" in got
    got = rec("Established patient with diabetes, moderate MDM. Last A1c was 8.2 three months ago; repeat POC A1c "
              "today in clinic 7.6.")
    assert "83036" in got
