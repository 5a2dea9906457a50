"""cvis rules: negation around features, uterine weight, obstetric phases given by others, anesthesia cues."""
from __future__ import annotations

from consultant.engine import suggest
from consultant.engine.numbers import uterine_weight


def _rec(text: str, subject: str = "") -> dict[str, list[str]]:
    out = suggest(text, subject)
    return {s["code"]: s["modifiers"] for s in out["suggestions"] if s["recommended"]}


def test_feature_negated_by_following_not() -> None:
    got = _rec("Left ureteroscopy, stone broken up with the holmium laser. Stent not left at the end.")
    assert "52353" in got and "52356" not in got


def test_uterine_weight_over_250_g() -> None:
    assert [f.value for f in uterine_weight("Laparoscopic hysterectomy, uterus weighed 300 grams")] == ["uterus_over_250g"]
    assert uterine_weight("Laparoscopic hysterectomy, uterus weighed 200 grams") == []
    assert uterine_weight("Knee arthroscopy, specimen weight 300 g") == []


def test_postpartum_by_another_group_is_delivery_only() -> None:
    got = _rec("Vaginal delivery by our hospitalist; prenatal care elsewhere, postpartum care with another group.")
    assert "59409" in got and "59410" not in got


def test_not_part_of_practice_does_not_negate_delivery() -> None:
    got = _rec("A physician not part of her prenatal practice performed a vaginal delivery and repaired a "
               "second-degree tear. Postpartum care will be given by her own group.")
    assert "59409" in got and "57200" not in got


def test_open_fracture_anesthesia_is_not_closed_code() -> None:
    got = _rec("Anesthesia for open reduction internal fixation of a lateral malleolus fracture, "
               "anesthesiologist personally performed.")
    assert "01480" in got and "01462" not in got


def test_spinal_anesthesia_for_is_an_anesthesia_claim() -> None:
    got = _rec("Spinal anesthesia for TURP, anesthesiologist personally performed.")
    assert got.get("00914") == ["AA"] and "52601" not in got


def test_implant_removal_only_supplies_no_device() -> None:
    got = _rec("Removed a contraceptive arm implant; nothing was reinserted.")
    assert "11982" in got and not {"J7306", "J7307"} & set(got)
