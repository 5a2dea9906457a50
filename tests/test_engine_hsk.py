"""Second blind set (team2a), integumentary / breast / musculoskeletal causes: digit and
eyelid modifiers, Mohs stage units, "only the right" sides, word-number dated history."""
from __future__ import annotations

from consultant.engine import suggest


def answer(text: str) -> dict[str, dict]:
    return {s["code"]: s for s in suggest(text)["suggestions"] if s["recommended"]}


def test_hallux_takes_toe_modifier() -> None:
    got = answer("Partial matrixectomy with phenol of the right hallux medial border for an ingrown nail.")
    assert got["11750"]["modifiers"] == ["T5"]


def test_lid_laceration_repair_takes_no_eyelid_modifier() -> None:
    got = answer("Simple repair of a 2 cm laceration of the left upper eyelid and 1 cm of the nose.")
    assert got["12013"]["modifiers"] == []  # 3 cm summed on the face


def test_mohs_stages_counted_from_ordinals_not_blocks() -> None:
    got = answer("Mohs of a BCC on the left calf: first stage 5 tissue blocks, second stage 3 blocks, "
                 "third stage 2 blocks, margins clear.")
    assert got["17313"]["units"] == 1 and got["17314"]["units"] == 2
    got = answer("Mohs for SCC of the back: first stage 4 blocks, second stage 3 blocks, clear.")
    assert got["17314"]["units"] == 1


def test_only_one_side_done_beats_bilateral_booking() -> None:
    got = answer("Consent was for bilateral knee arthroscopy; only the left knee was scoped today with a "
                 "partial medial meniscectomy.")
    assert got["29881"]["modifiers"] == ["LT"]


def test_word_number_ago_is_history() -> None:
    got = answer("Right open carpal tunnel release today. Her de Quervain tendon sheath was injected "
                 "three weeks ago and is better.")
    assert "64721" in got and "20550" not in got


def test_orif_documents_open_and_joint_involvement_picks_sibling() -> None:
    got = answer("ORIF right distal radius, intra-articular two-fragment fracture, volar plate.")
    assert "25608" in got and not {"25607", "25609"} & set(got)
    got = answer("ORIF right distal radius, extra-articular, dorsally angulated, volar plate.")
    assert "25607" in got and not {"25608", "25609"} & set(got)


def test_guidance_code_does_not_hold_back_guided_injection_on_approach() -> None:
    got = answer("Ultrasound-guided injection of the left knee joint with 40 mg triamcinolone.")
    assert "20611" in got and "76942" not in got


def test_digit_named_once_elsewhere_in_the_note() -> None:
    got = answer("Ingrown toenail, right fourth toe. The nail border and matrix were excised with phenol.")
    assert got["11750"]["modifiers"] == ["T8"]


def test_service_another_provider_bills_is_not_coded() -> None:
    got = answer("Left lumpectomy. The localization wire was placed this morning by radiology (billed by radiology).")
    assert "19301" in got and not {"19281", "19283", "19285"} & set(got)


def test_shared_pointer_counts_once() -> None:
    got = answer("Ultrasound guided core needle biopsy of a right breast mass with clip placement.")
    assert "19083" in got and "19100" not in got


def test_joint_scope_documents_arthroscopy() -> None:
    from consultant.engine.pipeline import analyse
    state, _ = analyse("R shoulder scope with debridement of the labrum.")
    assert "arthroscopic" in {f.value for f in state.facts if f.kind == "approach"}


def test_subfascial_tumor_and_its_layered_closure() -> None:
    got = answer("Excision of lipoma, right flank, 2 cm, located beneath the fascia; layered closure 4 cm.")
    assert "21932" in got and not {"21930", "21931", "12032"} & set(got)
