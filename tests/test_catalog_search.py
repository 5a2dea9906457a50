"""Search: at least 250 lay phrasings (abbreviations and misspellings) from
tests/data/search_phrasings.yaml must put the intended code in the top 3;
plus typo tolerance, code numbers in a query, filters and limits."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from consultant.catalog import get_catalog

PHRASINGS = yaml.safe_load((Path(__file__).parent / "data" / "search_phrasings.yaml").read_text())


@pytest.fixture(scope="module")
def cat():
    # $CONSULTANT_CATALOG_DIR (set in conftest.py): one compiled catalog for the run
    return get_catalog()


def test_enough_phrasings():
    assert len(PHRASINGS) >= 250


@pytest.mark.parametrize("case", PHRASINGS, ids=[p["q"] for p in PHRASINGS])
def test_phrasing_finds_code(cat, case):
    assert cat.get(case["code"]) is not None, f"{case['code']} is not in the catalog"
    ranked = [e.code for e, _ in cat.search(case["q"], limit=3)]
    assert case["code"] in ranked, ranked


def test_most_phrasings_rank_first(cat):
    """A regression that pushes many intended codes from 1st to 2nd or 3rd
    still fails here (88% ranked first when the phrasings were extended)."""
    first = sum(1 for case in PHRASINGS
                if [e.code for e, _ in cat.search(case["q"], limit=1)] == [case["code"]])
    assert first / len(PHRASINGS) >= 0.85, f"{first}/{len(PHRASINGS)} ranked first"


def test_typos(cat):
    assert "J0696" in [e.code for e, _ in cat.search("ceftriaxon injektion", limit=3)]
    assert "27447" in [e.code for e, _ in cat.search("totl knee arthroplasy", limit=3)]


def test_code_number_in_query_ranks_first(cat):
    assert cat.search("J0696")[0][0].code == "J0696"
    assert cat.search("about 99214 please")[0][0].code == "99214"


def test_system_filter_limit_and_deleted(cat):
    hits = cat.search("injection", limit=7, system="HCPCS")
    assert len(hits) == 7 and all(e.system == "HCPCS" for e, _ in hits)
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True)
    deleted = next(e for e in cat.entries if e.deleted and e.system == "HCPCS")
    assert deleted.code not in [e.code for e, _ in cat.search(deleted.code)]
    assert deleted.code in [e.code for e, _ in cat.search(deleted.code, include_deleted=True)]


def test_nonsense_returns_nothing(cat):
    assert cat.search("qqqxxzz") == []
