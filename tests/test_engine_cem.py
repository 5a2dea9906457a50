"""Rules added by helper cem: abbreviations that name other things, loose matches of everyday words,
new-patient cues, IPPE history, ACP beside an AWV."""
from consultant.engine import suggest
from consultant.engine.text import tokens


def _rec(text):
    return {s["code"]: s for s in suggest(text)["suggestions"] if s["recommended"]}


def test_ordinal_is_one_token():
    assert [t for t, _, _ in tokens("seen for the 1st time")][-2] == "1st"


def test_pcp_is_not_a_drug_screen():
    assert "83992" not in _rec("New patient office visit sent by her PCP for a thyroid nodule, moderate MDM.")


def test_chest_and_patient_far_apart_are_not_chest_pt():
    assert "94668" not in _rec("New patient presents with exertional chest pain; moderate MDM.")


def test_past_ippe_does_not_make_the_awv_an_ippe():
    rec = _rec("Medicare patient, first AWV; IPPE was done 2 years ago. Prevention plan written.")
    assert "G0438" in rec and "G0402" not in rec


def test_acp_with_awv_keeps_its_line_with_33():
    rec = _rec("Medicare subsequent annual wellness visit plus 20 minutes of advance care planning.")
    assert "G0439" in rec and "33" in rec["99497"]["modifiers"]


def test_first_time_seen_is_new_patient():
    assert "99203" in _rec("Office visit; our neurologist saw the patient for the first time today. Low MDM.")


def test_straightforward_mdm_fits_the_joint_hospital_level():
    assert "99231" in _rec("Subsequent hospital care, stable, MDM straightforward.")


def test_planned_admission_does_not_make_an_office_visit_inpatient():
    rec = _rec("Established patient seen in the office; the doctor decides on direct admission. MDM high.")
    assert "99215" in rec and "99223" not in rec


def test_ordered_lab_in_a_visit_is_not_billed():
    assert "80061" not in _rec("New patient visit, moderate MDM; the physician orders a lipid panel.")


def test_code_quoted_from_an_earlier_claim_is_history():
    rec = _rec("Read only: CT of the lumbar spine without contrast. Last week's brain MRI went out as 70553-26.")
    assert "72131" in rec and not {"70551", "70553"} & set(rec)


def test_stated_view_count_beats_the_projection_list():
    rec = _rec("CXR PA, lateral + apical lordotic, 3 views.")
    assert "71047" in rec and "71046" not in rec


def test_only_blocks_an_order_free_combined_site():
    rec = _rec("CT of the abdomen only (pelvis not imaged) with IV contrast.")
    assert "74160" in rec and "74177" not in rec


def test_unrelated_visit_weeks_after_surgery_takes_24():
    rec = _rec("Four weeks after a total hip arthroplasty the patient sees the same surgeon for an unrelated wrist "
               "sprain. Low MDM.")
    assert "24" in rec["99213"]["modifiers"] and "27130" not in rec


def test_site_named_as_the_codes_own_site_matches():
    assert "76870" in _rec("Ultrasound of the scrotum for swelling; color Doppler used.")
