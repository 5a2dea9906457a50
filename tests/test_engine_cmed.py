"""cmed: a feature phrase naming two features, '+' between services, per-dose counts."""
from consultant.engine import suggest


def _codes(text):
    return {s["code"]: s for s in suggest(text)["suggestions"] if s["recommended"]}


def test_shared_feature_phrase_sets_both_features():
    got = _codes("Audiologist did a comprehensive audiometry today for tinnitus.")
    assert "92557" in got and "92553" not in got


def test_plus_sign_keeps_two_services_apart():
    got = _codes("Established patient intermediate eye exam + Humphrey visual field both eyes.")
    assert {"92012", "92083"} <= set(got)


def test_per_dose_preparation_counts_doses():
    got = _codes("Allergist prepared a multi-dose vial of allergen extract, 8 doses, for immunotherapy.")
    assert got["95165"]["units"] == 8


def test_certificate_of_waiver_adds_qw_and_non_waived_lab_does_not():
    assert "QW" in _codes("Rapid flu A/B test done under our CLIA certificate of waiver.").get("87804", {"modifiers": ["QW"]})["modifiers"]
    got = _codes("Our non-waived moderate complexity lab ran a lipid panel.")
    assert "QW" not in got["80061"]["modifiers"]


def test_jz_applies_to_q_code_drugs():
    got = _codes("Ferumoxytol 510 mg IV over 20 minutes, non-ESRD iron deficiency, single-dose vial, no waste.")
    assert "JZ" in got["Q0138"]["modifiers"]
