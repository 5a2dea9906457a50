"""E/M and medicine rules: a named timed service's own minutes, per-test units, hospital-day families
(same-day admit and discharge, discharge day, transitional care), postoperative visits in the global
period, 57 on the decision visit, preventive plus problem visits, new vs established from the last
visit, MDM from stated problems and risk, and the encounter extractor's facts behind them."""
from __future__ import annotations

from consultant.engine import suggest
from consultant.engine.encounter import extract
from consultant.engine.units import item_units


def recommended(answer: dict) -> dict[str, dict]:
    return {s["code"]: s for s in answer["suggestions"] if s["recommended"]}


def codes(text: str) -> dict[str, dict]:
    return recommended(suggest(text))


def test_named_timed_service_uses_its_own_minutes() -> None:
    assert set(codes("Psychotherapy with the patient, 58 minutes, CBT for panic disorder.")) == {"90837"}
    assert set(codes("Psychotherapy with the patient, 30 minutes.")) == {"90832"}
    assert set(codes("Tobacco cessation counseling, 15 min.")) == {"99407"}


def test_per_test_codes_take_the_counted_items() -> None:
    rec = codes("Allergy prick tests with 30 allergen extracts, read at 15 minutes.")
    assert rec["95004"]["units"] == 30
    assert item_units.__doc__  # the rule lives in units.item_units


def test_count_decides_only_between_codes_that_both_count() -> None:
    rec = codes("Attended overnight polysomnography in the sleep lab, adult, diagnostic, no CPAP.")
    assert "95810" in rec


def test_nerve_conduction_counts_studies_and_takes_no_side() -> None:
    rec = codes("Left arm: 5 nerve conduction studies and a complete needle EMG of 6 limb muscles.")
    assert "95909" in rec and rec["95909"]["modifiers"] == []
    assert "95887" not in rec  # no cranial or trunk muscles tested


def test_hospital_day_families() -> None:
    assert "99239" in codes("Hospital discharge day management, 50 minutes.")
    assert "99238" in codes("Discharge day management for the inpatient, 20 minutes total time.")
    assert "99234" in codes("Placed in observation at 6 am and discharged home the same day; low MDM.")
    assert "99233" in codes("Subsequent hospital visit, high medical decision making.")
    rec = codes("Discharged from the hospital last Tuesday; transitional care visit in the office within 7 days of "
                "discharge, nurse phone contact within 2 business days, high MDM.")
    assert "99496" in rec and "99238" not in rec


def test_postop_visit_in_global_period() -> None:
    rec = codes("Post-op check 12 days after her carpal tunnel release, sutures removed, healing well.")
    assert set(rec) == {"99024"}


def test_decision_for_major_surgery_takes_57() -> None:
    rec = codes("New patient with acute appendicitis seen in the office, high MDM. Decision made to perform "
                "laparoscopic appendectomy today.")
    assert rec["99205"]["modifiers"] == ["57"]
    later = codes("New patient with gallstones, moderate MDM. Decision made to perform laparoscopic "
                  "cholecystectomy in six weeks.")
    assert later["99204"]["modifiers"] == []


def test_preventive_plus_problem_visit() -> None:
    rec = codes("Annual physical for an established 45-year-old. Separately documented problem-oriented visit for "
                "new back pain, low MDM.")
    assert "99396" in rec and rec["99213"]["modifiers"] == ["25"]
    only = codes("Annual physical for an established 45-year-old.")
    assert "99213" not in only


def test_new_or_established_from_last_visit() -> None:
    new = [f.value for f in extract("Last seen in our practice 4 years ago.") if f.kind == "patient"]
    est = [f.value for f in extract("Seen 2 years ago by my partner in the same group.") if f.kind == "patient"]
    other = [f.value for f in extract("Seen a year ago by a partner of a different specialty.") if f.kind == "patient"]
    assert new == ["new"] and est == ["established"] and other == ["new"]
    said = [f.value for f in extract("Established patient, last seen 5 years ago.") if f.kind == "patient"]
    assert said == ["established"]  # an explicit statement wins


def test_mdm_from_problems_and_risk() -> None:
    levels = [f.value for f in extract("Two self-limited problems; advised over-the-counter remedies.")
              if f.kind == "mdm"]
    assert levels == ["low"]
    assert not [f for f in extract("Two self-limited problems addressed.") if f.kind == "mdm"]  # risk not stated
    assert "99213" in codes("Established patient with two minor problems (cold and a bruise); OTC analgesics advised.")


def test_title_before_a_name_is_not_an_abbreviation() -> None:
    rec = codes("We read a CT of the head without contrast done at St. Luke Hospital; professional component only.")
    assert "92507" not in rec and "70450" in rec


def test_dc_is_discharge_not_a_procedure() -> None:
    rec = codes("d/c summary and discharge day mgmt, 35 min.")
    assert "58120" not in rec and "99239" in rec


def test_infant_ages_count_in_whole_years() -> None:
    assert "99381" in codes("New patient well baby visit, 5 months old.")
    assert "99391" in codes("Established well-child visit at 11 months of age.")


def test_well_child_is_not_a_family_mention() -> None:
    a = suggest("Well-child check, established 2 year old.")
    assert "99392" in recommended(a)


def test_progress_note_day_is_a_subsequent_hospital_day() -> None:
    rec = codes("Hospitalist progress note, day 4, moderate MDM.")
    assert "99232" in rec and "99222" not in rec


def test_operation_days_before_the_visit_is_not_coded() -> None:
    rec = codes("Post-operative wound check 7 days after an open umbilical hernia repair, same surgeon, healing well.")
    assert set(rec) == {"99024"}


def test_mdm_risk_from_a_dose_change() -> None:
    levels = [f.value for f in extract("COPD with exacerbation; prednisone dose increased.") if f.kind == "mdm"]
    assert levels == ["moderate"]


def test_psychotherapy_at_an_em_visit_is_the_addon() -> None:
    rec = codes("Established patient, moderate MDM medication management, plus 45 minutes of psychotherapy at the "
                "same visit.")
    assert "99214" in rec and "90836" in rec and "90834" not in rec
    alone = codes("Psychotherapy with the patient, 45 minutes.")
    assert "90834" in alone and "90836" not in alone


def test_group_session_is_not_individual_psychotherapy() -> None:
    rec = codes("Group psychotherapy, 8 members, 60 minutes.")
    assert "90853" in rec and "90837" not in rec


def test_a_codes_own_without_is_not_a_negation() -> None:
    assert "90846" in codes("Family psychotherapy without the patient present, 50 minutes.")
    assert "90846" not in codes("No family psychotherapy without the patient was done today.")


def test_times_count_for_counted_codes() -> None:
    rec = codes("Nerve conduction studies x 8 and a complete needle EMG of the left leg.")
    assert "95910" in rec and "95886" in rec and "95860" not in rec


def test_sent_to_the_ed_is_not_the_setting() -> None:
    settings = {f.value for f in extract("Office visit; patient sent to the ED by ambulance.") if f.kind == "setting"}
    assert "ed" not in settings and "office" in settings
    assert "ed" in {f.value for f in extract("Seen in the ED for chest pain.") if f.kind == "setting"}


def test_unrelated_visit_in_global_period_takes_24() -> None:
    rec = codes("Established patient seen in the postop period after a knee arthroscopy for an unrelated rash, "
                "low MDM.")
    assert rec["99213"]["modifiers"] == ["24"] and "99024" not in rec
