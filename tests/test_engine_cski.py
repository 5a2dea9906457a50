"""cski: counts that skip a number in between, needle passes, open reduction vs
closed manipulation, open cholecystectomy bundles."""
from __future__ import annotations

from consultant.engine import suggest
from consultant.engine.numbers import counts


def rec(text: str, subject: str = "") -> set[str]:
    return {s["code"] for s in suggest(text, subject)["suggestions"] if s["recommended"]}


def test_count_does_not_jump_over_a_number() -> None:
    found = [(f.value, f.unit) for f in counts("warts on both hands, 18 common warts frozen")]
    assert (18, "warts") in found
    assert all(v != 2 for v, _ in found)


def test_needle_passes_are_not_items() -> None:
    assert not [f for f in counts("FNA of the node x3 passes") if f.unit == "times"]
    assert [f for f in counts("lesions injected x3") if f.unit == "times"]


def test_fna_passes_do_not_add_lesions() -> None:
    got = rec("Palpation-guided FNA of a neck node, 25 gauge needle x4 passes, no imaging.")
    assert "10021" in got and "10004" not in got


def test_open_reduction_is_not_closed_care() -> None:
    got = rec("Right distal radius fracture, extra-articular. Open reduction and internal fixation with a volar plate.")
    assert "25607" in got and not got & {"25600", "25605"}


def test_open_chole_with_duct_exploration_drops_lap_and_plain_codes() -> None:
    got = rec("Open cholecystectomy with common bile duct exploration. Subcostal incision; the gallbladder was "
              "removed from the liver bed and the common duct opened and cleared of stones.")
    assert "47610" in got and not got & {"47562", "47600", "47420"}


def test_single_vertebra_names_the_spine_region() -> None:
    from consultant.engine.extract import _level_sites
    regions = {f.value for f in _level_sites("kyphoplasty at T12, balloon and cement")}
    assert regions == {"thoracic spine"}
    assert not _level_sites("T2 hyperintense signal on MRI")
    assert rec("Balloon kyphoplasty of L2 for an osteoporotic compression fracture, cement injected, one level.") \
        & {"22514"} == {"22514"}


def test_complex_repair_bundles_simpler_repairs_of_the_same_wound() -> None:
    from pathlib import Path

    import yaml
    rules = yaml.safe_load(Path(__file__).resolve().parents[1].joinpath(
        "consultant/data/bundling/rules.yaml").read_text())["rules"]
    pairs = {(a, b) for r in rules for a in ([r["column1"]] if isinstance(r["column1"], str) else r["column1"])
             for b in ([r["column2"]] if isinstance(r["column2"], str) else r["column2"])}
    assert ("13132", "12052") in pairs and ("13101", "12002") in pairs
    assert ("12052", "13132") not in pairs
    assert ("47610", "47562") in pairs and ("47610", "47600") in pairs
