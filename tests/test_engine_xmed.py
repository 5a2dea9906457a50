"""Diagnostic medicine and pathology rules: ambulatory ECG monitors by wear time,
interpretation-only cues, complaint sites, tests interpreted as part of the visit's
decision making, oximetry inside pulmonary tests, needle EMG beside nerve conduction,
historical/not-repeated studies, and the pathologist's surgical pathology level."""
from __future__ import annotations

from consultant.engine import suggest
from consultant.engine.numbers import wear_hours


def recommended(answer: dict) -> dict[str, dict]:
    return {s["code"]: s for s in answer["suggestions"] if s["recommended"]}


def test_wear_hours_reads_hours_days_weeks() -> None:
    assert [h for _, h in wear_hours("72 hr Holter")] == [72]
    assert [h for _, h in wear_hours("worn for five days")] == [120]
    assert [h for _, h in wear_hours("a 2-week patch")] == [336]


def test_holter_family_by_wear_time() -> None:
    rec = recommended(suggest("Holter worn 4 days; our monitor, our scanning, physician report signed."))
    assert "93241" in rec and "93224" not in rec
    rec = recommended(suggest("Holter monitor 24 hours, hookup, scanning and physician interpretation in our office."))
    assert "93224" in rec and "93241" not in rec


def test_patch_monitor_over_a_week() -> None:
    rec = recommended(suggest("ECG patch monitor applied; the patient wore it 12 days. We bill globally and read it."))
    assert "93245" in rec
    assert "93241" not in rec and "93224" not in rec


def test_patch_interpretation_only_is_the_read_code() -> None:
    rec = recommended(suggest("Patient wore an ECG patch for 10 days. The vendor does the recording and scanning; "
                              "our cardiologist only did the review and interpretation."))
    assert "93248" in rec and "93245" not in rec


def test_chest_pain_does_not_push_ecg_read_away() -> None:
    rec = recommended(suggest("Cardiologist over-reads an ECG obtained by the hospital for a patient with chest pain."))
    assert "93010" in rec and "93000" not in rec


def test_ecg_interpreted_inside_mdm_is_not_billed() -> None:
    rec = recommended(suggest("ED visit for palpitations. I independently interpreted the ECG: sinus rhythm. "
                              "Moderate MDM, discharged home."))
    assert "93010" not in rec and "93000" not in rec


def test_not_counted_toward_em_is_not_mdm() -> None:
    # "not counted toward the E/M" keeps the service: only the positive wording drops it
    from consultant.engine.decide import _IN_MDM
    assert _IN_MDM.search("ECG counted in the MDM")
    assert not _IN_MDM.search("psychotherapy separately timed, not counted toward the E/M")


def test_oximetry_is_part_of_walk_test() -> None:
    rec = recommended(suggest("6-minute walk test with continuous SpO2 monitoring, lowest 88%, 410 meters walked."))
    assert "94618" in rec
    assert "94760" not in rec and "94761" not in rec


def test_exercise_oximetry_alone() -> None:
    rec = recommended(suggest("Walking oximetry for home oxygen: SpO2 at rest and with exercise, several readings."))
    assert "94761" in rec and "94760" not in rec


def test_post_bd_abbreviation_is_bronchodilator() -> None:
    rec = recommended(suggest("PFTs: spirometry pre/post BD, interpretation by pulmonologist."))
    assert "94060" in rec and "94010" not in rec


def test_emg_two_limbs_without_ncs() -> None:
    rec = recommended(suggest("Needle EMG of both arms for cervical radiculopathy. Nerve conduction studies were "
                              "done last month elsewhere and were not repeated."))
    assert "95861" in rec
    assert "95860" not in rec and "95886" not in rec and "95907" not in rec


def test_stand_alone_emg_bundled_with_same_day_ncs() -> None:
    rec = recommended(suggest("Nerve conduction studies: 6 studies of the left leg. Needle EMG of the left leg, "
                              "complete, 6 muscles."))
    assert not set(rec) & {"95860", "95861"}


def test_pathology_report_codes_level_not_surgery() -> None:
    rec = recommended(suggest("Surgical pathology report: specimen received as appendix, appendectomy for "
                              "appendicitis. Gross and microscopic examination performed."))
    assert "88304" in rec
    assert "44950" not in rec and "44970" not in rec


def test_pathology_biopsy_units_per_container() -> None:
    rec = recommended(suggest("Surgical pathology: four separately submitted containers of stomach biopsies, "
                              "gross and microscopic exam."))
    assert "88305" in rec and rec["88305"]["units"] == 4
    assert "43239" not in rec


def test_frozen_section_heading_is_the_service() -> None:
    rec = recommended(suggest("Intraoperative consultation: frozen section of the deep margin, one block, "
                              "reported to the surgeon as negative."))
    assert "88331" in rec
    assert "88334" not in rec


def test_cardiology_not_read_as_cardiotomy() -> None:
    rec = recommended(suggest("12-lead EKG done in our cardiology office with physician interpretation."))
    assert "93000" in rec
    assert not any(c.startswith("333") for c in rec)


def test_tee_doppler_addons_complete_only() -> None:
    rec = recommended(suggest("TEE with color and spectral Doppler, global billing, interpreted by the cardiologist."))
    assert {"93312", "93320", "93325"} <= set(rec)
    assert "93321" not in rec and "93306" not in rec
