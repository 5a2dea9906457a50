"""Behaviour of the engine's fourth iteration: add-ons with counts (spinal
levels, biopsies by technique, lesions, skin tags, infusion sequences,
critical care and prolonged time), per-lesion excision sizes, family
choosers (endoscopy, hernia, cardiac catheterization), Medicare HCPCS
substitutions, and the coder's findings on the demo cases."""
from __future__ import annotations

from consultant.engine import numbers, suggest, units


def rec(text: str, subject: str = "") -> dict[str, dict]:
    return {s["code"]: s for s in suggest(text, subject)["suggestions"] if s["recommended"]}


def order(text: str) -> list[str]:
    return [s["code"] for s in suggest(text)["suggestions"] if s["recommended"]]


def test_spinal_levels_and_hours_minutes() -> None:
    assert [f.value for f in numbers.levels("Left L4-L5 and L5-S1 transforaminal injections")] == [2]
    assert [f.value for f in numbers.times("infusion ran 2 hours 45 minutes")] == [165.0]
    assert [f.value for f in numbers.times("start 13:00 stop 15:10")] == [130.0]
    codes = rec("Bilat lumbar facet injections L3-4, L4-5, L5-S1, fluoro guided.")
    assert {"64493", "64494", "64495"} <= set(codes) and codes["64495"]["units"] == 1


def test_eight_minute_rule_tie_goes_to_a_service_without_a_unit() -> None:
    assert units.eight_minute_rule([25, 15, 10]) == [1, 1, 1]
    assert units.eight_minute_rule([33, 7]) == [2, 1]


def test_biopsies_by_technique_and_lesion_counts() -> None:
    codes = rec("Shave bx L shoulder lesion; punch bx R shin lesion. Different lesions.")
    assert set(codes) == {"11104", "11103"}
    codes = rec("Cryo LN2 to 12 AKs of the scalp.")
    assert codes["17000"]["units"] == 1 and codes["17003"]["units"] == 11
    assert set(rec("Destruction of 16 actinic keratoses with liquid nitrogen.")) == {"17004"}


def test_infusion_sequences_and_time_add_ons() -> None:
    codes = rec("Chemo infusion: a single chemotherapy drug was infused IV for 2 hours 30 minutes. Administration only.")
    assert "96415" in codes and not {"96361", "96367", "96417"} & set(codes)
    codes = rec("Intensivist documented 1 hour 44 minutes of critical care. The central line was placed "
                "yesterday by another team.")
    assert set(codes) == {"99291", "99292"}


def test_medicare_substitutions_and_prolonged_time() -> None:
    assert set(rec("Medicare patient, average risk. Screening colonoscopy, normal, nothing removed.")) == {"G0121"}
    codes = rec("Medicare patient, established, office. Total time on the date of service 72 minutes.")
    assert set(codes) == {"99215", "G2212"}


def test_endoscopy_and_hernia_choosers() -> None:
    codes = rec("EGD w/ cold bx gastric antrum; then colonoscopy w/ cold snare polypectomy sigmoid 6 mm.")
    assert set(codes) == {"43239", "45385"}
    assert set(rec("Open repair of a primary umbilical hernia, fascial defect 2 cm, reducible.")) == {"49591"}
    answer = suggest("Open repair of an incisional hernia with mesh, reducible.")
    assert not [s for s in answer["suggestions"] if s["recommended"]] and any("defect" in q for q in answer["questions"])


def test_demo_findings() -> None:
    assert order("Aspiration and injection of the right knee joint with 40 mg triamcinolone (Kenalog).")[0] == "20610"
    assert "82135" not in rec("Excised a BCC from the left nasal ala, excised diameter 1.3 cm.")
    assert "80048" not in rec("Established patient, hypertension follow-up, low MDM; she ordered a BMP.")
    assert set(rec("Routine obstetric care by our practice: antepartum visits, vaginal delivery and "
                   "postpartum visit. No prior cesarean.")) == {"59400"}
    assert rec("MRI lumbar spine without contrast, interpretation and report only.")["72148"]["modifiers"] == ["26"]
    assert rec("Impacted cerumen removed from both ear canals by the physician.")["69210"]["modifiers"] == ["50"]
    codes = rec("Left heart catheterization, selective coronary angiography, left ventriculography. "
                "Right heart cath was NOT done.")
    assert set(codes) == {"93458"}
    codes = rec("Closed reduction of a displaced right distal radius fracture under hematoma block; sugar-tong splint.")
    assert "25605" in codes and "29125" not in codes
    assert not rec("2 cm scalp laceration closed with staples. Actually no vaccine was given.").keys() & {"90715", "90471"}
    assert not {"99211", "99212"} & set(rec("Shave removal of a 0.8 cm lesion on the cheek. Established pt, no separate E/M."))
