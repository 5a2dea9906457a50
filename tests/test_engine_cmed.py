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
