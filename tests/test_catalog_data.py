"""The catalog's data contract: every CPT entry is a real code number, appears
once, has the required fields, add-ons name valid parents; CMS facts, HCPCS
dosage units, modifiers, versions and the shipped bundling rules load; the
compiled cache is reused and invalidated.  Reads only the package's data."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from consultant.catalog import cache, get_catalog, load_catalog
from consultant.catalog.cpt_yaml import cpt_files, read_yaml
from consultant.catalog.paths import CPT_DIR, catalog_dirs
from consultant.catalog.validate import validate

REQUIRED = ("code", "short", "description", "site", "action", "terms")


@pytest.fixture(scope="module")
def cat():
    # $CONSULTANT_CATALOG_DIR (set in conftest.py): one compiled catalog for the run
    return get_catalog()


@pytest.fixture(scope="module")
def raw_entries():
    out = []
    for path in cpt_files(CPT_DIR):
        doc = read_yaml(path)
        out.extend((path.name, raw) for raw in doc["codes"])
    return out


def test_cpt_files_parse(cat):
    assert cpt_files(CPT_DIR), "no CPT YAML files found"
    assert cat.problems == []


def test_every_code_is_a_valid_number(cat, raw_entries):
    bad = [(f, r["code"]) for f, r in raw_entries if not cat.is_valid_number(str(r["code"]))]
    assert bad == []


def test_no_duplicate_codes_across_files(raw_entries):
    counts = Counter(str(r["code"]) for _, r in raw_entries)
    assert [c for c, n in counts.items() if n > 1] == []


def test_required_fields(raw_entries):
    missing = [(f, r.get("code"), k) for f, r in raw_entries for k in REQUIRED
               if k not in r or (k != "terms" and not r[k])]
    assert missing == []


def test_short_names_fit(cat):
    assert [e.code for e in cat.entries if e.system == "CPT" and len(e.short) > 80] == []


def test_addons_have_valid_parents(cat):
    addons = [e for e in cat.entries if e.addon]
    assert addons, "expected some add-on codes"
    assert [e.code for e in addons if not e.parents] == []
    bad = [(e.code, p) for e in addons for p in e.parents if not cat.is_valid_number(p)]
    assert bad == []
    first = addons[0]
    assert first in cat.children_of(first.parents[0])


def test_validate_reports_no_errors(cat):
    assert [str(p) for p in validate(cat) if p.level == "error"] == []


def test_hcpcs_level2_loaded(cat):
    active = [e for e in cat.entries if e.system == "HCPCS" and e.active]
    assert len(active) == 7323
    j0696 = cat.get("j0696 ")
    assert j0696.system == "HCPCS" and j0696.is_drug
    assert (j0696.dosage.amount, j0696.dosage.unit) == (250, "mg")
    assert cat.get("J1100").dosage.amount == 1
    assert cat.get("J7050").dosage.unit == "ml"
    assert cat.get("G0121").description.lower().startswith("colorectal cancer screening")
    assert any(e.system == "HCPCS" and e.deleted for e in cat.entries)


def test_cms_facts_merged(cat):
    j0696 = cat.get("J0696")
    assert cat.mue("J0696") == (j0696.mue_value, j0696.mue_mai)
    assert cat.mue("NOPE1") is None
    with_rvu = [e for e in cat.entries if e.system == "CPT" and e.work_rvu]
    assert with_rvu, "PFS facts missing"
    assert all(e.global_days for e in with_rvu)
    zzz = [e for e in cat.entries if e.global_days == "ZZZ" and e.system == "CPT"]
    assert zzz and sum(e.addon for e in zzz) / len(zzz) > 0.9


def test_modifiers(cat):
    for code in ("22", "25", "26", "50", "51", "59", "76", "91", "TC", "XE", "XS", "XP", "XU", "RT", "LT"):
        assert cat.modifiers.get(code), code


def test_versions(cat):
    v = cat.versions
    assert "2026" in v["hcpcs"] and "2025" in v["pfs"] and "2026 Q2" in v["mue"] and v["catalog"]


def test_bundling_rules(cat):
    rules = cat.bundling_rules()
    assert len(rules) >= 300
    assert all(cat.is_valid_number(r.column1) and cat.is_valid_number(r.column2) for r in rules)
    assert all(r.modifier_indicator in (0, 1, 9) and r.reason for r in rules)
    for col1, col2 in [("43239", "43235"), ("45380", "45378"), ("45385", "45378"), ("64483", "77003"),
                       ("62321", "77003"), ("47562", "49320"), ("93000", "93010"), ("20610", "76942")]:
        edit = cat.bundling(col2, col1)  # either order
        assert edit is not None and (edit.column1, edit.column2) == (col1, col2)
        assert edit.source == "consultant"
    assert cat.bundling("99213", "J0696") is None
    assert any(e.column2 == "43235" for e in cat.bundle_partners("43235"))


def test_cache_reused_and_invalidated(cat, tmp_path, monkeypatch):
    dirs = catalog_dirs(tmp_path)
    key = cache.fingerprint(dirs)
    assert cache.write(dirs, key, cat._c) == cache.cache_path(dirs, key)
    import consultant.catalog as package

    def no_compile(*_args, **_kwargs):
        raise AssertionError("compiled although a fresh cache exists")

    monkeypatch.setattr(package, "compile_catalog", no_compile)
    monkeypatch.setattr(package.cache, "fingerprint", lambda _dirs: key)  # sources may change under us
    loaded, key2 = load_catalog(dirs)
    assert key2 == key and len(loaded.entries) == len(cat.entries)
    monkeypatch.undo()
    dirs.overlay.mkdir(parents=True)
    (dirs.overlay / "versions.json").write_text('{"hcpcs": "test label"}')
    assert cache.fingerprint(dirs) != key
    assert cache.read(dirs, "no-such-key") is None


def test_package_never_reads_shared_folder():
    root = Path(__file__).resolve().parent.parent
    for path in [*(root / "consultant" / "catalog").rglob("*.py"), root / "consultant" / "cli" / "codes.py"]:
        assert "/shared" not in path.read_text(), path


def test_rebuild_reparses_only_changed_files(tmp_path, monkeypatch):
    from consultant.catalog import build

    cpt_dir = tmp_path / "cpt"
    cpt_dir.mkdir()
    for path in cpt_files(CPT_DIR)[:3]:
        (cpt_dir / path.name).write_bytes(path.read_bytes())
    dirs = catalog_dirs(tmp_path / "catalog")
    monkeypatch.setattr(build, "PARALLEL_MIN_FILES", 10**6)  # count parses in this process
    parsed: list[str] = []
    real = build._cpt_part
    monkeypatch.setattr(build, "_cpt_part", lambda name, data: parsed.append(name) or real(name, data))

    def store() -> cache.PartStore:
        parts = cache.PartStore(dirs)
        parts.borrow = []  # not the suite's shared parts: this directory's own
        return parts

    first = build.compile_catalog(dirs, cpt_dir, store())
    assert len(parsed) == 3
    changed = sorted(cpt_dir.glob("*.yaml"))[1]
    changed.write_text(changed.read_text() + "\n# edited\n")
    parsed.clear()
    second = build.compile_catalog(dirs, cpt_dir, store())
    assert parsed == [changed.name]
    assert second.rows == first.rows
    assert len(list((dirs.cache / "parts").glob("cpt-*"))) == 3  # the stale part was pruned


def test_concurrent_compiles_share_one_result(tmp_path):
    """Two processes starting on an empty catalog directory: one compiles,
    the other waits for the lock and loads the fresh cache."""
    import os
    import subprocess
    import sys

    script = (
        "import sys, consultant.catalog as c\n"
        "real = c.compile_catalog\n"
        "def counted(*a, **k):\n"
        "    print('compiled', flush=True)\n"
        "    return real(*a, **k)\n"
        "c.compile_catalog = counted\n"
        "cat, _ = c.load_catalog(c.catalog_dirs(sys.argv[1]))\n"
        "print(len(cat.entries))\n"
    )
    root = str(tmp_path / "catalog")
    procs = [subprocess.Popen([sys.executable, "-c", script, root], stdout=subprocess.PIPE, text=True,
                              env=dict(os.environ)) for _ in range(2)]
    outs = [p.communicate(timeout=600)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(out.count("compiled") for out in outs) == 1
    assert len({out[-1] for out in outs}) == 1
    assert len(list((tmp_path / "catalog" / "cache").glob("catalog-*.pickle"))) == 1
