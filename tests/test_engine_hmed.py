"""Medicine and HCPCS drug rules: JZ cues, fixed-dose drug siblings, Medicare-unpaid CPT product codes,
ESRD monthly visits, professional-only stress test pieces, monitor wear time, existing lines."""
from __future__ import annotations

from consultant.engine import suggest


def _rec(text: str) -> dict[str, dict]:
    return {s["code"]: s for s in suggest(text)["suggestions"] if s["recommended"]}


def test_jz_from_all_given_single_dose_syringe() -> None:
    rec = _rec("Medicare. Denosumab 60 mg SC from a single-dose prefilled syringe, all given.")
    assert rec["J0897"]["modifiers"] == ["JZ"] and rec["J0897"]["units"] == 60


def test_no_jz_from_multidose_vial() -> None:
    rec = _rec("Medicare. Methylprednisolone acetate 80 mg IM from a multi-dose vial, all given.")
    assert "JZ" not in rec["J1040" if "J1040" in rec else "J1010"]["modifiers"]


def test_full_dose_rho_d_over_minidose() -> None:
    rec = _rec("Rho(D) immune globulin 300 mcg IM given at 28 weeks.")
    assert "J2790" in rec and "J2788" not in rec


def test_status_i_cpt_product_yields_to_j_code() -> None:
    rec = _rec("Medicare patient, deep puncture wound: tetanus immune globulin 250 units IM.")
    assert "J1670" in rec and "90389" not in rec


def test_esrd_visits_counted_anywhere_in_note() -> None:
    rec = _rec("Monthly ESRD services, 50-year-old on in-center hemodialysis.\n\n"
               "Patient seen face to face this month.\n\nThe nephrologist examined him on two occasions.")
    assert "90961" in rec and "90935" not in rec


def test_specialty_word_not_typo_repaired() -> None:
    assert "50045" not in _rec("ESRD, 60 yo, home peritoneal dialysis, full month of home dialysis management by nephrology.")


def test_stress_test_professional_pieces() -> None:
    rec = _rec("Treadmill stress test in the hospital lab; the hospital bills the technical part. "
               "Our cardiologist supervised it and wrote the interpretation.")
    assert {"93016", "93018"} <= set(rec) and "93015" not in rec and "93017" not in rec


def test_monitor_wear_time_picks_sibling() -> None:
    rec = _rec("ECG patch monitor worn for 14 days; the vendor scanned it and our doctor only did the interpretation.")
    assert "93248" in rec and "93244" not in rec and "93241" not in rec


def test_existing_catheter_not_placed() -> None:
    rec = _rec("Inpatient hemodialysis for AKI via existing temporary dialysis catheter, one evaluation.")
    assert "90935" in rec and "36556" not in rec


def _asks(text: str) -> bool:
    out = suggest(text)
    return not any(s["recommended"] for s in out["suggestions"]) and bool(out["questions"])


def test_medicare_estim_is_g0283_and_hot_pack_bundled() -> None:
    rec = _rec("Medicare PT: therapeutic exercise 30 minutes, then unattended electrical stimulation with a hot pack.")
    assert "G0283" in rec and "97014" not in rec and "97010" not in rec and rec["97110"]["units"] == 2


def test_therapy_site_does_not_veto() -> None:
    rec = _rec("Medicare PT: therapeutic activities 38 minutes for the low back.")
    assert rec["97530"]["units"] == 3


def test_timed_therapy_without_minutes_asks() -> None:
    assert _asks("PT visit with therapeutic exercise and manual therapy, how many units?")


def test_bare_stress_test_asks() -> None:
    assert _asks("Please code the stress test for Mr. Lowe.")


def test_ivig_without_product_asks() -> None:
    assert _asks("Patient got IVIG today. Units of the J-code?")


def test_bracketed_product_name_names_the_drug() -> None:
    rec = _rec("Medicare: Gammagard Liquid 5 g IV over 70 minutes.")
    assert rec["J1569"]["units"] == 10


def test_two_ingredient_product_units() -> None:
    assert _rec("Betamethasone sodium phosphate/acetate 18 mg IM, multi-dose vial.")["J0702"]["units"] == 3


def test_bare_description_name_and_no_injection_word_match() -> None:
    rec = _rec("Leuprolide acetate depot 45 mg IM, single-dose kit, all given.")
    assert rec["J9217"]["units"] == 6 and rec["J9217"]["modifiers"] == ["JZ"]
    assert "J9175" not in _rec("Cyanocobalamin 1000 mcg IM inj, multi-dose vial.")


def test_hydration_fluid_takes_no_drug_administration() -> None:
    rec = _rec("IV hydration, normal saline solution 500 mL over 40 minutes.")
    assert "96360" in rec and "96365" not in rec and rec["J7040"]["units"] == 1


def test_oral_premed_is_not_an_injection_code() -> None:
    rec = _rec("Premed acetaminophen 1000 mg PO. Then ondansetron 8 mg IV push.")
    assert "J0131" not in rec and rec["J2405"]["units"] == 8


def test_dose_after_the_drug_in_its_own_sentence() -> None:
    out = suggest("Diphenhydramine 25 mg IV push from a 50 mg vial.\nRituximab 500 mg IV over 3 hours.",
                  subject="Rituximab infusion")
    rec = {s["code"]: s for s in out["suggestions"] if s["recommended"]}
    assert rec["J9312"]["units"] == 50


def test_reference_product_over_biosimilar() -> None:
    rec = _rec("Infliximab 300 mg IV over 2 hours.")
    assert "J1745" in rec and not any(c.startswith("Q51") for c in rec)


def test_colon_heading_not_performed_is_negated() -> None:
    text = ("NCS: right median motor and sensory, right ulnar motor and sensory.\n"
            "NEEDLE EMG: not performed, patient declined.")
    assert "95860" not in _rec(text) and "95886" not in _rec(text)


def test_plan_heading_line_is_not_done_today() -> None:
    text = "Inpatient admission, total time 60 minutes.\nASSESSMENT/PLAN: IV antibiotics, venous duplex ordered."
    assert "93971" not in _rec(text)


def test_colon_ends_negation_scope() -> None:
    rec = _rec("Rh negative mother: Rho(D) immune globulin 300 mcg IM.")
    assert "J2790" in rec
