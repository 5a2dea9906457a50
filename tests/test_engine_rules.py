"""Behaviour of the engine's second iteration: long notes code only from their
procedure sections, everyday words and units are not read as catalog
abbreviations, drug administration codes beside J-codes, critical care and
ED levels, obstetric packages, anesthesia crosswalk, local anesthetics
bundled into procedures, calibrated confidence and ``warm()``."""
from __future__ import annotations

import consultant.engine as engine
from consultant.engine import explain, suggest


def rec(text: str) -> dict[str, dict]:
    return {s["code"]: s for s in suggest(text)["suggestions"] if s["recommended"]}


OP_NOTE = (
    "PREOPERATIVE DIAGNOSIS:, Inguinal hernia, status post colonoscopy.,MEDICATIONS:, Magnesium oxide, "
    "Coumadin.,PROCEDURE:, Excision of a 1.5 cm benign lesion of the back.,DESCRIPTION OF PROCEDURE:, "
    "The patient was brought to the operating room. The area was prepped and infiltrated with 1% lidocaine "
    "with epinephrine, 5 mg. The lesion was excised and the wound closed. The patient was transferred to "
    "the recovery room in stable condition. " + "The patient tolerated the procedure well. " * 8)


def test_long_note_codes_only_its_procedure() -> None:
    codes = rec(OP_NOTE)
    assert "11402" in codes
    # diagnosis and medication sections, "the", "mg", "transferred", lidocaine: none code
    for spurious in ("45378", "49505", "43107", "83735", "84466", "J2003", "J0165"):
        assert spurious not in codes


def test_lab_code_needs_a_lab_word() -> None:
    assert "83735" not in rec("Magnesium sulfate 2 g IV infusion over 30 minutes.")
    assert "83735" in rec("Serum magnesium level drawn.")


def test_im_drug_gets_its_administration_code() -> None:
    codes = rec("Ketorolac 60 mg IM for back pain.")
    assert codes["J1885"]["units"] == 4
    assert "96372" in codes


def test_iv_push_drug_gets_96374() -> None:
    codes = rec("Ondansetron 4 mg IV push.")
    assert {"J2405", "96374"} <= set(codes)
    assert "96372" not in codes


def test_drug_without_dose_is_held_back() -> None:
    a = suggest("Adjusted insulin at the visit, est pt, moderate MDM.")
    assert not any(s["code"] == "J1815" and s["recommended"] for s in a["suggestions"])


def test_critical_care_units_by_minutes() -> None:
    long = rec("Critical care provided for 110 minutes, septic shock on pressors.")
    assert "99291" in long and long["99292"]["units"] == 2
    short = rec("Critical care time 45 minutes for respiratory failure.")
    assert "99291" in short and "99292" not in short


def test_ed_level_from_mdm() -> None:
    assert "99285" in rec("Emergency department visit, high complexity MDM, chest pain workup.")


def test_obstetric_global_vs_delivery_only() -> None:
    assert "59400" in rec("Routine obstetric care including antepartum care, vaginal delivery and postpartum care.")
    only = rec("Vaginal delivery only; antepartum and postpartum care by another practice.")
    assert "59409" in only and "59400" not in only
    assert "59510" in rec("Global OB care: antepartum care, cesarean delivery and postpartum care.")


def test_anesthesia_codes_from_the_procedure() -> None:
    codes = rec("Anesthesia for laparoscopic cholecystectomy, general endotracheal, 75 minutes.")
    assert "00790" in codes and "47562" not in codes


def test_vaccine_administration() -> None:
    assert "90471" in rec("Influenza vaccine administered IM.")


def test_calibration_is_monotone_and_bounded() -> None:
    values = [explain.calibrate(x / 100) for x in range(0, 101)]
    assert values == sorted(values) and 0 < values[0] and values[-1] < 1


def test_warm_is_public() -> None:
    assert "warm" in engine.__all__
    engine.warm()


def test_typo_repair_leaves_ambiguous_words_alone_and_ignores_order() -> None:
    from consultant.engine.extract import _fix_cached

    assert _fix_cached("inspection", ("injection", "insertion")) == "inspection"  # two equally near: a real word
    assert _fix_cached("inspection", ("insertion", "injection")) == "inspection"
    assert _fix_cached("apendectomy", ("appendectomy", "appendicitis")) == "appendectomy"
    assert _fix_cached("apendectomy", ("appendicitis", "appendectomy")) == "appendectomy"
