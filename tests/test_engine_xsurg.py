"""Respiratory, vascular access, device, lymph node, pain and spine rules (helper xsurg): "X: no
<finding>" keeps X present, vertebral levels name the spine region, a loose match may not cut into a
longer exact term, "left to drainage" is not a side, -ly approach words, spelled-out "weeks ago",
generator changes bundle the removal, guidance and microscope bundles, lead and station counts."""
from __future__ import annotations

from consultant.engine import suggest
from consultant.engine.pipeline import analyse


def rec(text: str) -> dict[str, dict]:
    return {s["code"]: s for s in suggest(text)["suggestions"] if s["recommended"]}


def status(text: str) -> list[str]:
    state, _ = analyse(text)
    return [m.fact.assertion for m in state.mentions]


def test_colon_no_finding_keeps_procedure_present() -> None:
    assert set(status("Left thoracentesis: no complications.")) == {"present"}
    assert "31575" in rec("Flexible laryngoscopy in the office: no lesion on either vocal fold.")
    assert "negated" in status("Colonoscopy: not done.")


def test_cervical_levels_pick_cervical_transforaminal() -> None:
    r = rec("Left C6-7 transforaminal epidural steroid injection under fluoroscopy, one level.")
    assert "64479" in r and "64483" not in r
    assert r["64479"]["modifiers"] == ["LT"]


def test_lumbar_level_picks_lumbar_kyphoplasty() -> None:
    r = rec("Balloon kyphoplasty at L2 for an osteoporotic compression fracture, bipedicular approach.")
    assert "22514" in r and "22513" not in r


def test_turbinate_resection_is_its_own_line_beside_septoplasty() -> None:
    r = rec("Septoplasty plus submucous resection of the inferior turbinates on both sides.")
    assert {"30520", "30140"} <= set(r)


def test_left_to_drainage_is_not_a_side() -> None:
    r = rec("Right pleural effusion: a small-bore pleural catheter was placed percutaneously under ultrasound "
            "guidance and left to gravity drainage.")
    assert "32557" in r and r["32557"]["modifiers"] == ["RT"]


def test_spelled_out_weeks_ago_is_historical() -> None:
    r = rec("Right lumpectomy with shaved margins. The sentinel node biopsy was done two weeks ago, not today.")
    assert "19301" in r and "38525" not in r


def test_pacemaker_generator_change_is_not_a_new_system() -> None:
    r = rec("Dual-chamber pacemaker at ERI. Old generator removed, both leads tested and reconnected to a new "
            "dual-chamber generator.")
    assert "33228" in r and not {"33208", "33233"} & set(r)


def test_icd_generator_change_drops_removal_code() -> None:
    r = rec("Single-chamber ICD battery depleted; ICD generator removed and the lead connected to a new "
            "single-chamber ICD generator.")
    assert "33262" in r and "33241" not in r


def test_cardiology_is_not_cardiotomy() -> None:
    assert "33310" not in rec("Pacemaker generator change, dual chamber.\n\nThanks,\nCardiology clinic")


def test_scs_leads_counted_and_generator_coded() -> None:
    r = rec("Permanent spinal cord stimulator: two percutaneous leads placed and an implantable pulse generator "
            "placed in a buttock pocket.")
    assert r["63650"]["units"] == 2 and "63685" in r


def test_ebus_stations_counted() -> None:
    r = rec("EBUS bronchoscopy: transbronchial needle aspiration of station 4L, station 7 and station 10R.")
    assert "31653" in r and "31652" not in r and "10160" not in r


def test_microscope_not_billed_with_lumbar_discectomy() -> None:
    r = rec("Right L5-S1 hemilaminotomy and microdiscectomy using the operating microscope.")
    assert "63030" in r and "69990" not in r
