"""Importers: small synthetic files in the real CMS and AMA layouts round-trip
into the site overlay and show up in the catalog; broken files are rejected
with the file and line named, and leave the overlay byte-for-byte unchanged.
The descriptor texts below are invented for the tests."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from consultant.catalog import load_catalog
from consultant.catalog.importers import ImportFailed, run_importer
from consultant.catalog.paths import catalog_dirs


def hcpcs_line(code: str, ric: str, long: str, short: str = "", term: str = "", seq: str = "00100") -> str:
    line = [" "] * 320
    def put(start: int, text: str) -> None:
        line[start:start + len(text)] = text
    if ric in "78":
        put(3, code)
    else:
        put(0, code)
    put(5, seq)
    put(10, ric)
    put(11, long[:80])
    put(91, short[:28])
    put(229, "D")
    put(256, "O1E")
    put(268, "20200101")
    put(276, "20200101")
    put(284, term)
    put(292, "N")
    return "".join(line)


def write_hcpcs_zip(path: Path, lines: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("HCPC2026_APR_ANWEB_test.txt", "\r\n".join(lines) + "\r\n")
        zf.writestr("HCPC2026_recordlayout.txt", "layout")
    return path


GOOD_HCPCS = [
    hcpcs_line("J9999", "3", "Injection, testamab synthetic drug for the tests, per", "Testamab inj"),
    hcpcs_line("J9999", "4", "250 mg"),
    hcpcs_line("Z1", "7", "Synthetic test modifier", "Test mod"),
    hcpcs_line("A9998", "3", "Synthetic ended supply", "Ended supply", term="20251231"),
]

PFS = """NOTICE LINE ONE,,,
"Another notice, quoted",,,
HCPCS,MOD,DESCRIPTION,STATUS CODE,NOT USED FOR MEDICARE PAYMENT,WORK RVU,NON-FAC PE RVU,FACILITY PE RVU,MP RVU,NON-FACILITY TOTAL,FACILITY TOTAL,PCTC IND,GLOB DAYS,MULT PROC,BILAT SURG,ASST SURG,CO-SURG,TEAM SURG,ENDO BASE,CONV FACTOR
J9999,,made up,A,,1.50,1.00,0.50,0.10,2.60,2.10,0,000,2,1,0,0,0,,32.3465
J9999,26,made up,A,,1.50,0.00,0.00,0.10,1.60,1.60,0,000,2,1,0,0,0,,32.3465
"""

MUE = '''"Notice about copyright.

More notice lines.",,,
"HCPCS/
CPT Code",Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale
J9999,7,3 Date of Service Edit: Clinical,Clinical
A9998,1,2 Date of Service Edit: Policy,Policy
'''

NCCI_PRAC = ("Column1/Column 2 Edits\n"
             "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
             "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n"
             "J9999\t96372\t\t20200101\t*\t1\tMisuse of column two code with column one code\n"
             "27447\t20610\t\t20200101\t20210101\t0\tEnded edit\n")
NCCI_HOSP = "J9999\t96374\t\t20200101\t*\t0\tHospital edit\n"

LONGULT = "Copyright line one\nCopyright line two\n\n99213\tSYNTHETIC LONG TEXT FOR A TEST\n47562\tSYNTHETIC LONG TWO\n"
MEDU = "99213 SYNTHETIC MEDIUM TEXT\n"
SHORTU = "Copyright\n\n99213 SYNTH SHORT\n"
CONSUMER = "Concept Id\tCPT Code\tConsumer Friendly Descriptor\n1001\t99213\tSynthetic consumer words\n"
CLINICIAN = ("Concept Id\tCPT Code\tClinician Descriptor Id\tClinician Descriptor\n"
             "1001\t99213\t5001\tSynthetic clinician one\n1001\t99213\t5002\tSynthetic clinician two\n")


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def files(tmp_path):
    src = tmp_path / "src"
    (src / "ama").mkdir(parents=True)
    write_hcpcs_zip(src / "hcpcs.zip", GOOD_HCPCS)
    (src / "PPRRVU26_JAN.csv").write_text(PFS)
    (src / "mue.csv").write_text(MUE)
    (src / "ncci_prac_f1.txt").write_text(NCCI_PRAC)
    (src / "ncci_hosp_f1.txt").write_text(NCCI_HOSP)
    for name, text in [("LONGULT.txt", LONGULT), ("MEDU.txt", MEDU), ("SHORTU.txt", SHORTU),
                       ("ConsumerDescriptor.txt", CONSUMER), ("ClinicianDescriptor.txt", CLINICIAN)]:
        (src / "ama" / name).write_text(text)
    return src


def import_all(src: Path, dirs) -> dict[str, str]:
    reports = {
        "hcpcs": run_importer("hcpcs", [src / "hcpcs.zip"], dirs, version="HCPCS test release"),
        "pfs": run_importer("pfs", [src / "PPRRVU26_JAN.csv"], dirs),
        "mue": run_importer("mue", [src / "mue.csv"], dirs),
        "ncci": run_importer("ncci-ptp", [src / "ncci_prac_f1.txt", src / "ncci_hosp_f1.txt"], dirs),
        "ama": run_importer("ama-cpt", [src / "ama"], dirs),
    }
    return {k: str(v) for k, v in reports.items()}


def test_round_trip(files, tmp_path):
    dirs = catalog_dirs(tmp_path / "catalog")
    reports = import_all(files, dirs)
    assert "procedure codes: 2" in reports["hcpcs"] and "modifiers: 1" in reports["hcpcs"]
    assert "rows: 2" in reports["pfs"] and "codes: 2" in reports["mue"]
    assert "practitioner edits: 2" in reports["ncci"] and "hospital edits: 1" in reports["ncci"]
    assert "long: 2" in reports["ama"] and "clinician: 1" in reports["ama"]

    cat, _ = load_catalog(dirs)
    j = cat.get("J9999")
    assert j.description == "Injection, testamab synthetic drug for the tests, per 250 mg"
    assert (j.dosage.amount, j.dosage.unit) == (250, "mg")
    assert j.work_rvu == 1.5 and j.global_days == "000" and j.bilateral_ind == "1"
    assert cat.mue("J9999") == (7, 3)
    assert cat.get("A9998").deleted == "2025-12-31"
    assert cat.get("J0696") is None  # the imported release replaces the shipped one
    assert cat.modifiers["Z1"] == "Synthetic test modifier"
    assert cat.versions["hcpcs"] == "HCPCS test release"

    edit = cat.bundling("96372", "J9999")
    assert edit.source == "ncci" and edit.modifier_indicator == 1 and edit.edition == "practitioner"
    assert cat.bundling("J9999", "96374").edition == "hospital"
    assert cat.bundling("27447", "20610", on="2020-06-01").modifier_indicator == 0
    ours = cat.bundling("27447", "20610", on="2026-01-01")
    assert ours is None or ours.source == "consultant"
    assert cat.bundling("43239", "43235").source == "consultant"  # shipped rules still merged

    official = cat.official("99213")
    assert official["long"] == "SYNTHETIC LONG TEXT FOR A TEST"
    assert official["medium"] == "SYNTHETIC MEDIUM TEXT" and official["short"] == "SYNTH SHORT"
    assert official["clinician"] == "Synthetic clinician one | Synthetic clinician two"

    # re-importing one NCCI edition keeps the other
    (files / "ncci_prac_f2.txt").write_text("J9999\t96373\t\t20200101\t*\t1\tNew edit\n")
    run_importer("ncci-ptp", [files / "ncci_prac_f2.txt"], dirs)  # NCCI edits are read live
    assert cat.bundling("J9999", "96372") is None
    assert cat.bundling("J9999", "96373").source == "ncci"
    assert cat.bundling("J9999", "96374").edition == "hospital"


BROKEN = {
    "pfs": ("PPRRVU26_JAN.csv", PFS.replace("J9999,26,made up,A,,1.50", "J9999,26,made up,A,,lots"), 5),
    "mue": ("mue.csv", MUE.replace("A9998,1,2", "A9998,x,2"), 7),
    "ncci-ptp": ("ncci_prac_f1.txt", NCCI_PRAC.replace("\t0\tEnded", "\t7\tEnded"), 4),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_csv_rejected_without_change(kind, files, tmp_path):
    dirs = catalog_dirs(tmp_path / "catalog")
    import_all(files, dirs)
    before = snapshot(dirs.root)
    name, text, line = BROKEN[kind]
    (files / name).write_text(text)
    with pytest.raises(ImportFailed) as failure:
        run_importer(kind, [files / name], dirs)
    assert name in str(failure.value) and f"line {line}" in str(failure.value)
    assert snapshot(dirs.root) == before


def test_broken_hcpcs_and_ama_rejected_without_change(files, tmp_path):
    dirs = catalog_dirs(tmp_path / "catalog")
    import_all(files, dirs)
    before = snapshot(dirs.root)
    write_hcpcs_zip(files / "bad.zip", [GOOD_HCPCS[0], hcpcs_line("J9998", "5", "bad record id")])
    with pytest.raises(ImportFailed, match="line 2"):
        run_importer("hcpcs", [files / "bad.zip"], dirs)
    (files / "notzip.zip").write_text("plain text")
    with pytest.raises(ImportFailed, match="not a ZIP"):
        run_importer("hcpcs", [files / "notzip.zip"], dirs)
    (files / "ama" / "MEDU.txt").write_text("99213 FINE\nNOTACODE\n")
    with pytest.raises(ImportFailed, match=r"MEDU.txt, line 2"):
        run_importer("ama-cpt", [files / "ama"], dirs)
    (files / "ncci_ok.txt").write_text(NCCI_HOSP)
    (files / "ncci_bad.txt").write_text(NCCI_HOSP + "J9999\t96374\t\t2020-01-01\t*\t0\tbad date\n")
    with pytest.raises(ImportFailed, match=r"ncci_bad.txt, line 2"):
        run_importer("ncci-ptp", [files / "ncci_ok.txt", files / "ncci_bad.txt"], dirs)
    empty = files / "empty"
    empty.mkdir()
    with pytest.raises(ImportFailed, match="LONGULT.txt"):
        run_importer("ama-cpt", [empty], dirs)
    assert snapshot(dirs.root) == before
