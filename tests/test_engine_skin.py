"""Integumentary rules: lengths and areas past a primary code's range go to its
per-cm / per-sq-cm add-on, wound debridement by the deepest tissue removed,
closure included in a biopsy, flaps including the excision, distinct lesions
by the sites of their own clauses."""
from __future__ import annotations

from consultant.engine import suggest


def recommended(answer: dict) -> dict[str, dict]:
    return {s["code"]: s for s in answer["suggestions"] if s["recommended"]}


def test_complex_repair_past_range_takes_addon() -> None:
    rec = recommended(suggest("Complex layered repair of a 14 cm laceration of the left thigh after wide undermining."))
    assert "13121" in rec and "13122" in rec
    assert rec["13122"]["units"] == 2  # 14 - 7.5 = 6.5 cm -> two blocks of 5 cm
    assert "12004" not in rec and "12005" not in rec


def test_debridement_area_past_first_block() -> None:
    rec = recommended(suggest("Diabetic heel ulcer 8 x 5 cm (40 sq cm) excisionally debrided into the "
                              "subcutaneous fat; muscle was not exposed."))
    assert set(rec) >= {"11042", "11045"}
    assert rec["11045"]["units"] == 1
    assert "11043" not in rec and "97597" not in rec


def test_debridement_by_deepest_tissue() -> None:
    rec = recommended(suggest("Sacral wound 30 sq cm, sharp debridement of necrotic fascia and muscle; bone intact."))
    assert "11043" in rec and "11046" in rec
    assert not {"11042", "11044", "97597"} & set(rec)


def test_biopsy_closure_is_included() -> None:
    rec = recommended(suggest("Punch biopsy of a scaly plaque on the right shin, 4 mm, closed with one nylon suture."))
    assert "11104" in rec
    assert not {"12001", "12002"} & set(rec)


def test_flap_includes_excision() -> None:
    rec = recommended(suggest("BCC of the right cheek excised, excised diameter 1.4 cm; the defect was repaired "
                              "with a rhomboid transposition flap measuring 7 sq cm."))
    assert "14040" in rec
    assert not any(c.startswith(("116", "114", "120", "121", "131")) for c in rec)


def test_biopsy_of_other_lesion_kept_distinct() -> None:
    text = ("PROCEDURE: Excision of basal cell carcinoma of the upper back; shave biopsy of a separate lesion on "
            "the left ankle.\nThe BCC was 1.0 cm and excised with 3 mm margins and closed primarily. The ankle "
            "lesion was shaved for pathology.")
    rec = recommended(suggest(text))
    assert "11102" in rec and rec["11102"]["modifiers"]


def test_not_crossing_does_not_negate_the_repair() -> None:
    rec = recommended(suggest("1.8 cm cut of the upper lip, not crossing the vermilion border; single-layer closure "
                              "with 6-0 nylon."))
    assert "12011" in rec


def test_planned_procedure_done_today_is_present() -> None:
    rec = recommended(suggest("Returns as planned for skin tag removal; 4 tags removed from the eyelids and neck."))
    assert "11200" in rec


def test_matrix_excision_not_held_for_approach_and_takes_toe_modifier() -> None:
    a = suggest("Ingrown nail, right great toe. The medial nail border was removed together with its matrix.")
    rec = recommended(a)
    assert "11750" in rec and rec["11750"]["modifiers"] == ["T5"]
    assert "11730" not in rec


def test_breast_biopsy_with_ultrasound_is_not_sent_to_unguided_code() -> None:
    rec = recommended(suggest("Left breast nodule biopsied with a core needle under ultrasound guidance; clip placed."))
    assert "19083" in rec and "19100" not in rec


def test_wart_cryotherapy_is_benign_destruction() -> None:
    rec = recommended(suggest("Cryotherapy with liquid nitrogen to 3 plantar verrucae of the right foot."))
    assert "17110" in rec and "17000" not in rec


def test_simple_abscess_drainage_with_packing_stays_simple() -> None:
    rec = recommended(suggest("I&D of a simple single abscess of the upper arm; cavity packed with gauze."))
    assert "10060" in rec and "10061" not in rec
    rec = recommended(suggest("Complicated I&D of a multiloculated back abscess; loculations broken up."))
    assert "10061" in rec and "10060" not in rec


def test_shave_removals_each_the_same_size_take_units() -> None:
    rec = recommended(suggest("Shave removal of four benign lesions of the chest, each 0.3 cm."))
    assert rec["11300"]["units"] == 4


def test_face_repair_site_from_case_when_repair_sentence_has_none() -> None:
    text = ("PROCEDURE: Excision of SCC of the nasal ala with layered closure.\nExcised diameter 0.9 cm. "
            "Deep dermal sutures then running sutures; repair length 1.2 cm.")
    rec = recommended(suggest(text))
    assert "12051" in rec and "12031" not in rec


def test_forwarded_note_under_a_short_cover_line_is_the_case() -> None:
    body = ("FYI, see below.\n\n---------- Forwarded message ----------\nFrom: Derm office\n\n"
            "Shave removal of a 0.7 cm benign lesion of the upper back.")
    rec = recommended(suggest(body, subject="FW: billing"))
    assert "11301" in rec


def test_forwarded_older_note_below_own_case_is_still_ignored() -> None:
    body = ("We performed a simple repair of a 2 cm laceration of the left hand today.\n\n"
            "---------- Forwarded message ----------\nFrom: Desk\n\nExcision of a 2.5 cm malignant lesion of the scalp.")
    rec = recommended(suggest(body, subject="Fwd: repair"))
    assert "12001" in rec
    assert not any(c.startswith("116") for c in rec)


def test_mohs_additional_stages_counted_from_stage_ordinals_not_blocks() -> None:
    rec = recommended(suggest("Mohs surgery for SCC of the scalp: first stage 5 blocks, positive; second stage "
                              "3 blocks, clear."))
    assert "17311" in rec and rec["17312"]["units"] == 1


def test_subject_restating_the_repair_length_is_not_a_second_wound() -> None:
    rec = recommended(suggest("Complex repair 12.0 cm laceration of the back with wide undermining.",
                              subject="complex repair back 12 cm"))
    assert "13101" in rec and rec["13102"]["units"] == 1  # 12 - 7.5 = 4.5 cm -> one block, not 24 cm


def test_fifteen_or_more_warts_by_number_word() -> None:
    rec = recommended(suggest("Seventeen common warts on both hands frozen with liquid nitrogen."))
    assert "17111" in rec and "17110" not in rec and "17004" not in rec


def test_wound_debridement_takes_no_side_modifier() -> None:
    rec = recommended(suggest("Selective debridement of slough from a left calf wound, 10 sq cm, with forceps "
                              "and scissors."))
    assert "97597" in rec and rec["97597"]["modifiers"] == []
