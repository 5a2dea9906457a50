"""Second-writer bug reports (surgical families): ERCP coded by what was done through the scope,
EMR bundling its lift injection and snare, brushings not biopsies, forceps polypectomy, history
mentions in endoscopy notes, high-risk screening by a relative's cancer, 'not a screening',
femoral hernia and age in words for pediatric inguinal hernia."""
from __future__ import annotations

import pytest

from consultant.engine import suggest


def rec(text: str, subject: str = "") -> dict[str, list[str]]:
    return {s["code"]: s["modifiers"] for s in suggest(text, subject)["suggestions"] if s["recommended"]}


@pytest.mark.parametrize("text,want,never", [
    ("ERCP: biliary sphincterotomy, then the duct was swept with an extraction balloon and two stones removed.",
     {"43262", "43264"}, {"43260"}),
    ("ERCP with plastic biliary stent placed after sphincterotomy.", {"43274"}, {"43262", "43260"}),
    ("ERCP, cholangiogram only, duct normal.", {"43260"}, {"43262", "43264"}),
    ("Colonoscopy with endoscopic mucosal resection of a 20 mm cecal polyp after submucosal injection, snare used.",
     {"45390"}, {"45385", "45381"}),
    ("EGD performed for dysphagia. Esophageal plaques were brushed for cytology; no biopsies taken.", {"43235"}, {"43239"}),
    ("Colonoscopy, 4 mm polyp removed by cold forceps polypectomy.", {"45380"}, {"45385"}),
    ("EGD with duodenal biopsies. The PEG mentioned in her history was pulled last year.", {"43239"}, {"43246"}),
])
def test_scope_actions(text: str, want: set[str], never: set[str]) -> None:
    got = set(rec(text))
    assert want <= got and not (never & got)


def test_screening_relative_is_high_risk() -> None:
    got = rec("Medicare screening colonoscopy; her father had colon cancer. Normal exam, no polyps.")
    assert "G0105" in got and "G0121" not in got


def test_not_a_screening_takes_no_33() -> None:
    got = rec("Colonoscopy for anemia, commercial plan, not a screening: polyp removed with a cold snare.")
    assert got.get("45385") == []


@pytest.mark.parametrize("text,code", [
    ("Open repair of a reducible right femoral hernia.", "49550"),
    ("Open repair of an incarcerated left femoral hernia.", "49553"),
    ("Four-year-old boy: open high ligation of a reducible right inguinal hernia.", "49500"),
    ("Open repair of a recurrent umbilical hernia, 2 cm defect, reducible; prior primary repair in 2018.", "49613"),
])
def test_hernia_family(text: str, code: str) -> None:
    assert code in rec(text)


def mods(text: str) -> dict[str, list[str]]:
    return rec(text)


@pytest.mark.parametrize("text,code,want", [
    ("Anesthesia for a TURBT by our CRNA, not medically directed, no anesthesiologist present.", "00912", ["QZ"]),
    ("CRNA's claim: general anesthesia for a total knee arthroplasty, medically directed by an anesthesiologist "
     "running three rooms.", "01402", ["QX"]),
    ("Anesthesiologist medically directing two concurrent CRNA rooms; one room is a total knee arthroplasty. "
     "Code the anesthesiologist's claim.", "01402", ["QK"]),
    ("Anesthesiologist medically directs a single CRNA for a total knee arthroplasty. Code the anesthesiologist's "
     "line.", "01402", ["QY"]),
    ("Anes for ERCP w/ stent, anesthesiologist personally performed.", "00732", ["AA"]),
])
def test_anesthesia_payment_modifier(text: str, code: str, want: list[str]) -> None:
    assert mods(text).get(code) == want


def test_screening_turned_therapeutic_anesthesia_takes_pt() -> None:
    got = rec("Medicare screening colonoscopy; a polyp was snared. Anesthesia for the colonoscopy was personally "
              "performed by the anesthesiologist.")
    assert got.get("00811") == ["AA", "PT"]


def test_labor_epidural_then_cesarean() -> None:
    got = rec("ANESTHESIA RECORD\nLabor epidural placed for a planned vaginal delivery; later an urgent cesarean "
              "delivery under the same epidural. Anesthesiologist personally performed.")
    assert {"01967", "01968"} <= set(got) and "01961" not in got


def test_postop_block_is_not_block_anesthesia() -> None:
    got = rec("Anesthesia for arthroscopic rotator cuff repair, general anesthesia plus an interscalene block for "
              "postoperative pain, anesthesiologist personally performed.")
    assert "01630" in got and "01991" not in got and "01622" not in got


def test_drug_named_inside_procedure_words_is_its_own_line() -> None:
    got = rec("Right eye intravitreal injection of aflibercept 2 mg from a single-dose vial, nothing wasted.")
    assert got.get("67028") == ["RT"] and got.get("J0178") == ["JZ"]


def test_all_of_it_used_is_no_waste() -> None:
    got = rec("Chemodenervation for cervical dystonia, right sternocleidomastoid, onabotulinumtoxinA 50 units, "
              "all of it used.")
    assert "JZ" in got.get("J0585", [])


@pytest.mark.parametrize("text,want,never", [
    ("Anoscopy and rubber band ligation of one internal hemorrhoid in the office.", "46221", "46600"),
    ("Phacoemulsification with IOL and trabecular bypass stent insertion, right eye.", "66991", "66984"),
    ("Lumbar puncture under fluoroscopy for CSF studies.", "62328", "62270"),
    ("Cryotherapy with liquid nitrogen of three condylomata of the penile shaft.", "54056", "17110"),
])
def test_site_specific_code_wins(text: str, want: str, never: str) -> None:
    got = rec(text)
    assert want in got and never not in got


def test_vulvar_biopsies() -> None:
    got = {s["code"]: s["units"] for s in suggest("Punch biopsies of two vulvar lesions, right and left labium "
                                                   "majus.")["suggestions"] if s["recommended"]}
    assert got.get("56605") == 1 and got.get("56606") == 1 and "11104" not in got


@pytest.mark.parametrize("text,code,want", [
    ("Total vaginal hysterectomy, uterus 120 g; the tubes and ovaries were left in place.", "58260", []),
    ("Left myringotomy with tube insertion under general anesthesia; the right ear was normal.", "69436", ["LT"]),
])
def test_side_words_that_are_not_the_treated_side(text: str, code: str, want: list[str]) -> None:
    assert rec(text).get(code) == want


def test_mesh_removal_addon_needs_removal() -> None:
    with_removal = rec("Open repair of a recurrent incisional hernia, 5 cm defect, reducible; removal of prior mesh "
                       "and new mesh placed.")
    without = rec("Open repair of a recurrent incisional hernia, 5 cm defect, reducible, new mesh placed.")
    assert "49623" in with_removal and "49623" not in without and "49615" in without


def test_spinal_level_names_region_and_is_not_a_lab() -> None:
    got = rec("Left C5-C6 transforaminal epidural steroid injection under fluoroscopy.")
    assert "64479" in got and "64483" not in got and not any(c.startswith("86") for c in got)
    assert "64483" in rec("Right L4-L5 transforaminal epidural steroid injection under fluoroscopy.")


def test_antepartum_visits_are_counted() -> None:
    assert "59425" in rec("Antepartum care only, 4 visits, then she moved away.")
    assert "59426" in rec("Antepartum care only, 9 visits; delivered elsewhere.")


def test_polyp_removed_without_technique_asks() -> None:
    out = suggest("Colonoscopy today, one polyp was removed. What should we bill?")
    assert not any(s["recommended"] for s in out["suggestions"])
    assert any("polyp" in q for q in out["questions"])
    assert "45385" in rec("Colonoscopy today, one polyp was removed with a cold snare.")


def test_functional_blepharoplasty_both_eyes() -> None:
    got = rec("Functional upper lid blepharoplasty, both eyes, skin resting on the lashes with field loss.")
    assert got.get("15823") == ["50"] and "15822" not in got


def test_level_range_does_not_count_against_non_regional_codes() -> None:
    got = rec("Epidural blood patch at L3-4 for post-dural-puncture headache, no imaging.")
    assert "62273" in got
