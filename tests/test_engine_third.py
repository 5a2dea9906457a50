"""Behaviour of the engine's third iteration: laterality from the sides said
beside today's procedure, payer modifiers (GP/GO/GN, JZ, QW, PT, 57 vs 25),
lab panels from their components, imaging guidance included in the code, a
negation inside a matched phrase, and the 59 = X{EPSU} equivalence in scoring."""
from __future__ import annotations

from consultant.engine import evaluate, payer, suggest
from consultant.engine.model import Choice


def rec(text: str) -> dict[str, dict]:
    return {s["code"]: s for s in suggest(text)["suggestions"] if s["recommended"]}


def test_historical_other_side_is_not_bilateral() -> None:
    codes = rec("PROCEDURE: Right total knee arthroplasty.\nFINDINGS: She had a left total knee in 2019.")
    assert codes["27447"]["modifiers"] == ["RT"]


def test_both_menisci_is_one_side() -> None:
    codes = rec("L knee scope: partial medial and lateral meniscectomies of both menisci.")
    assert codes["29880"]["modifiers"] == ["LT"]


def test_no_side_modifier_on_visits_drugs_or_skin() -> None:
    codes = rec("Simple repair of a 3 cm laceration of the right forearm.")
    assert codes["12002"]["modifiers"] == []


def test_therapy_and_waived_and_drug_modifiers() -> None:
    assert rec("Outpatient physical therapy plan of care: therapeutic exercise 38 minutes.")["97110"]["modifiers"] == ["GP"]
    assert "QW" in rec("Rapid strep antigen test done in the office with a CLIA-waived kit.")["87880"]["modifiers"]
    codes = rec("Ceftriaxone 1 g IM from a single-dose vial, nothing discarded.")
    assert codes["J0696"]["modifiers"] == ["JZ"]


def test_em_modifier_57_before_major_surgery() -> None:
    class E:  # a stand-in entry
        def __init__(self, days: str) -> None:
            self.global_days = days
    visit = Choice("99204", E("XXX"), True, 0.0)
    assert payer.em_modifier(visit, [Choice("44950", E("090"), True, 0.0)]) == "57"
    assert payer.em_modifier(visit, [Choice("11102", E("000"), True, 0.0)]) == "25"


def test_panel_from_components() -> None:
    codes = rec("Blood drawn; the lab measured total cholesterol, HDL cholesterol and triglycerides.")
    assert "80061" in codes and not {"82465", "83718", "84478"} & set(codes)


def test_negation_inside_phrase_and_guidance_included() -> None:
    assert "43239" not in rec("EGD: no biopsies, mucosa normal.")
    codes = rec("Left L4-L5 transforaminal epidural steroid injection, one level, fluoroscopic guidance.")
    assert "76000" not in codes and "62323" not in codes


def test_distinct_modifiers_equivalent_in_eval() -> None:
    assert evaluate.mod_key(["XS"]) == evaluate.mod_key(["59"])
    assert evaluate.mod_key(["RT", "XU"]) == evaluate.mod_key(["59", "RT"])
