"""Behaviour of the coding engine (consultant.engine.suggest) on short
synthetic cases: the answer contract, assertion status (negated, historical,
planned, quoted/signature text), modifiers, summed repairs, units, and
questions for vague cases."""
from __future__ import annotations

import pytest

from consultant.engine import suggest
from consultant.engine.units import drug_units, eight_minute_rule, time_addon_units
from consultant.engine.model import Fact


def recommended(answer: dict) -> dict[str, dict]:
    return {s["code"]: s for s in answer["suggestions"] if s["recommended"]}


def test_contract_shape() -> None:
    a = suggest("Simple repair of a 2 cm laceration of the forearm.", case_id="c1")
    assert set(a) == {"id", "suggestions", "questions", "facts", "warnings"}
    assert a["id"] == "c1"
    for s in a["suggestions"]:
        assert set(s) == {"code", "system", "descriptor", "recommended", "confidence", "units",
                          "modifiers", "rationale", "evidence"}
        assert 0.0 <= s["confidence"] <= 1.0
        assert isinstance(s["units"], int) and isinstance(s["modifiers"], list)
    flags = [s["recommended"] for s in a["suggestions"]]
    assert flags == sorted(flags, reverse=True), "recommended ones come first"
    near = [s for s in a["suggestions"] if not s["recommended"]]
    assert all(s["rationale"].startswith("not chosen") for s in near)


def test_evidence_spans_index_the_text() -> None:
    text = "Simple repair of a 2 cm laceration of the forearm."
    a = suggest(text)
    for s in a["suggestions"]:
        for ev in s["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
    for f in a["facts"]:
        assert text[f["start"]:f["end"]] == f["text"]


def test_subject_is_prepended_and_spans_follow() -> None:
    a = suggest("Simple repair of a 2 cm laceration of the forearm.", subject="lac repair")
    full = "lac repair\n\nSimple repair of a 2 cm laceration of the forearm."
    for f in a["facts"]:
        assert full[f["start"]:f["end"]] == f["text"]


def test_negated_biopsy_removes_the_biopsy_code() -> None:
    with_bx = recommended(suggest("Cystoscopy with biopsy of a bladder wall lesion."))
    without = recommended(suggest("Cystoscopy of the bladder. No biopsies were taken."))
    assert "52204" in with_bx
    assert "52204" not in without
    assert "52000" in without


def test_negated_feature_is_marked_in_facts() -> None:
    a = suggest("Cystoscopy of the bladder. No biopsies were taken.")
    bx = [f for f in a["facts"] if f["kind"] == "feature" and f["value"] == "biopsy"]
    assert bx and all(f["assertion"] == "negated" for f in bx)


@pytest.mark.parametrize("text", [
    "s/p carpal tunnel release 2015.",
    "History of cholecystectomy in 2015.",
    "Previous septoplasty years ago.",
])
def test_historical_mentions_produce_no_codes(text: str) -> None:
    a = suggest(text)
    assert recommended(a) == {}
    assert a["questions"]


def test_planned_procedure_is_not_coded() -> None:
    a = suggest("Plan: septoplasty next month. Today: established patient office visit, low MDM.")
    rec = recommended(a)
    assert "30520" not in rec
    assert "99213" in rec


def test_quoted_reply_and_signature_never_code() -> None:
    body = ("Final path benign, 1.8 cm excised diameter, lesion on the chest.\n\n"
            "On Tue, Mar 3, 2026 at 9:12 AM Dr. Kim wrote:\n"
            "> Bilateral carpal tunnel release and septoplasty.\n\n")
    a = suggest(body + "Thanks,\nAnn\nSeptoplasty scheduling: ext 44", subject="RE: excision")
    rec = recommended(a)
    assert "64721" not in rec and "30520" not in rec


def test_bilateral_modifier_50() -> None:
    rec = recommended(suggest("Bilateral carpal tunnel release."))
    assert rec["64721"]["modifiers"] == ["50"]
    assert rec["64721"]["units"] == 1


def test_single_side_gets_rt_or_lt() -> None:
    rec = recommended(suggest("Right carpal tunnel release, open."))
    assert rec["64721"]["modifiers"] == ["RT"]


def test_repair_lengths_are_summed_within_group() -> None:
    rec = recommended(suggest("Simple repair of 2.5 cm laceration of the forearm and 3 cm laceration of the hand."))
    assert "12002" in rec and "12001" not in rec


def test_benign_size_picks_the_range() -> None:
    rec = recommended(suggest("Excision of a 1.5 cm benign nevus from the upper back, simple closure."))
    assert "11402" in rec


def test_eight_minute_rule() -> None:
    assert eight_minute_rule([38]) == [3]
    assert eight_minute_rule([23, 10]) == [1, 1]
    assert eight_minute_rule([7]) == [0]
    assert eight_minute_rule([8]) == [1]


def test_timed_code_units_from_minutes() -> None:
    rec = recommended(suggest("Therapeutic exercise 38 minutes."))
    assert rec["97110"]["units"] == 3


def test_time_addon_units() -> None:
    assert time_addon_units(110, 74, 30) == 2   # critical care 99292
    assert time_addon_units(104, 74, 30) == 1
    assert time_addon_units(160, 60, 60) == 2   # infusion hours: 100 min extra -> 2
    assert time_addon_units(80, 60, 60) == 0    # 20 min extra is not an hour


def test_drug_units_from_dose() -> None:
    assert drug_units(Fact("dose", "1 g", 0, 3, value=1.0, unit="g"), 250, "mg") == 4
    assert drug_units(Fact("dose", "4 mg", 0, 4, value=4.0, unit="mg"), 1, "mg") == 4
    assert drug_units(Fact("dose", "40 mg", 0, 5, value=40.0, unit="mg"), 10, "mg") == 4


def test_j_code_units_in_an_answer() -> None:
    rec = recommended(suggest("IM injection of ceftriaxone 1 g in the gluteus."))
    assert rec["J0696"]["units"] == 4
    assert "96372" in rec


@pytest.mark.parametrize("text", [
    "Can you code this? Patient had surgery yesterday.",
    "Need codes for the procedure Dr. Smith did on Tuesday, thanks.",
    "Office visit.",
])
def test_vague_case_recommends_nothing_and_asks(text: str) -> None:
    a = suggest(text)
    assert recommended(a) == {}
    assert a["questions"]


def test_em_level_from_mdm_and_time() -> None:
    assert "99214" in recommended(suggest("Established patient office visit, moderate MDM."))
    assert "99203" in recommended(suggest("New patient seen in clinic, total time 35 minutes on the date."))


def test_em_with_procedure_gets_25() -> None:
    rec = recommended(suggest(
        "Established patient office visit, moderate MDM for diabetes and hypertension. Also, significant "
        "separate problem: right knee pain; right knee joint injection performed, no imaging."))
    assert "25" in rec["99214"]["modifiers"]
    assert "20610" in rec


def test_interpretation_only_gets_26() -> None:
    rec = recommended(suggest("CXR single view portable, interpretation only by radiologist."))
    assert rec["71045"]["modifiers"] == ["26"]


def test_panel_and_component() -> None:
    rec = recommended(suggest("Comprehensive metabolic panel plus a separate BMP drawn same time."))
    assert "80053" in rec and "80048" not in rec
