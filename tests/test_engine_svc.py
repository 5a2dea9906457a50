"""Rule-coded services (consultant.engine.services): vaccine administration by payer, age and
counselling, one product per named vaccine, anesthesia payment modifiers and one anesthesia line."""
from __future__ import annotations

from consultant.engine import suggest


def rec(text: str) -> dict[str, dict]:
    return {s["code"]: s for s in suggest(text)["suggestions"] if s["recommended"]}


def test_medicare_admin_follows_each_product() -> None:
    got = rec("Medicare patient, 71, received a high-dose flu vaccine (Fluzone High-Dose) and Prevnar 20 today, IM.")
    assert {"90662", "90677", "G0008", "G0009"} <= set(got)
    assert not {"90471", "90472", "90670"} & set(got)


def test_named_valency_beats_sibling_product() -> None:
    got = rec("Commercial insurance, 60 years old: PCV20 given IM by the nurse.")
    assert "90677" in got and "90670" not in got and "90471" in got


def test_counselled_child_components() -> None:
    got = rec("3-year-old: provider counseled the mother on MMR and varicella vaccines, both given today subcutaneously.")
    assert got["90460"]["units"] == 2 and got["90461"]["units"] == 2
    assert "90471" not in got


def test_parent_in_sentence_is_not_family_history() -> None:
    got = rec("After talking it over with the father, the 9-year-old got the Tdap vaccine IM.")
    assert "90715" in got


def test_anesthesia_modifiers() -> None:
    crna = rec("CRNA's claim: general anesthesia for a right total hip arthroplasty under medical direction by the "
               "anesthesiologist covering three rooms.")
    assert crna["01214"]["modifiers"] == ["QX"]
    mac = rec("Monitored anesthesia care for a left cataract operation with lens implant, personally provided by the "
              "anesthesiologist.")
    assert set(mac["00142"]["modifiers"]) == {"AA", "QS"}
    asa = rec("Anesthesiologist personally performed general anesthesia for a laparoscopic cholecystectomy, ASA 3.")
    assert asa["00790"]["modifiers"] == ["AA"]  # no physical status modifier on a Medicare-style claim


def test_one_anesthesia_line() -> None:
    got = rec("Anesthesia record: anesthesiologist personally performed spinal anesthesia for a right total knee "
              "arthroplasty; an adductor canal block was also placed for postoperative pain.")
    anes = [c for c in got if c.startswith("0")]
    assert anes == ["01402"]


def test_jz_read_per_drug() -> None:
    got = rec("Medicare: ondansetron 4 mg IV push from a multi-dose vial, then diphenhydramine 25 mg IV push as a second "
              "drug from a single-dose vial, entire contents given.")
    assert got["J1200"]["modifiers"] == ["JZ"]
    assert got["J2405"]["modifiers"] == []


def test_brand_name_and_dose_in_billing_unit() -> None:
    got = rec("Left shoulder glenohumeral injection without imaging, Kenalog-40 1 mL (40 mg), multi-dose vial.")
    assert got["J3301"]["units"] == 4


def test_million_units_dose() -> None:
    got = rec("Penicillin G benzathine 2.4 million units IM, single-dose syringes fully given, Medicare.")
    assert got["J0561"]["units"] == 24 and "96372" in got


def test_biologic_infusion_uses_chemo_admin() -> None:
    got = rec("Infliximab 300 mg IV infusion over 2 hours 5 minutes, Medicare, single-dose vials, no waste.")
    assert {"96413", "J1745"} <= set(got) and "96365" not in got
    assert got["J1745"]["units"] == 30


def test_non_chemo_infusion() -> None:
    got = rec("Non-chemo IV antibiotic infusion for 50 minutes in the office.")
    assert "96365" in got and "96413" not in got


def test_hydration_fluid_line() -> None:
    got = rec("IV hydration, NS 1000 mL from office stock, 09:00 to 10:20.")
    assert got["J7030"]["units"] == 1 and "96360" in got


def test_iud_device_line_unless_patient_supplied() -> None:
    assert "J7300" in rec("Copper IUD insertion, 28 years old, device from our stock.")
    assert "J7298" not in rec("Mirena placement, 33 years old; patient-supplied device.")


def test_two_im_drugs_two_injections() -> None:
    got = rec("Promethazine 25 mg IM and ketorolac 60 mg IM given in the office.")
    assert got["96372"]["units"] == 2


def test_implant_swap_is_one_code() -> None:
    got = rec("Removal of the old etonogestrel implant from the left arm and insertion of a new one, office supplied.")
    assert "11983" in got and not {"11981", "11982"} & set(got) and "J7307" in got
    only = rec("Nexplanon removed from the right arm; she declined a new implant.")
    assert "11982" in only and "11983" not in only and "J7307" not in only


def test_anesthesia_drugs_not_billed() -> None:
    got = rec("Anes for diagnostic colonoscopy, CRNA alone, propofol 200 mg.")
    assert "00811" in got and got["00811"]["modifiers"] == ["QZ"] and "J2704" not in got


def test_hydration_after_iv_push_is_subsequent() -> None:
    got = rec("Ondansetron 4 mg IV push, then NS 1000 mL hydration from 09:00 to 11:15, office stock.")
    assert "96374" in got and "96360" not in got
    assert got["96361"]["units"] == 2


def test_local_anesthetic_asks_no_dose() -> None:
    a = suggest("Trigger point injections into 2 muscles of the neck with lidocaine.")
    assert not any("dose" in q for q in a["questions"])


def test_surgeon_note_never_codes_anesthesia() -> None:
    got = rec("Left cataract extraction with IOL under topical anesthesia, uncomplicated.")
    assert "66984" in got and not any(c.startswith("00") for c in got)


def test_crna_without_direction_not_a_negation() -> None:
    got = rec("CRNA without medical direction provided general anesthesia for a cesarean section.")
    assert got["01961"]["modifiers"] == ["QZ"] and not any(c.startswith("59") for c in got)


def test_hepatitis_letter_and_schedule() -> None:
    got = rec("Hepatitis B vaccine for a 10-year-old, dose 1 of 3, given IM by the nurse, no counseling.")
    assert "90744" in got and "90633" not in got and "90471" in got and "90460" not in got
    adult = rec("Hep B vaccine adult dose IM, 52 yo, commercial, 3-dose series.")
    assert "90746" in adult and "90739" not in adult
