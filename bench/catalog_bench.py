"""Measures the catalog: cold compile, warm (cached) load in a fresh
process, and search latency (p50/p95 over the phrasings in
tests/data/search_phrasings.yaml, repeated).  Prints figures; asserts nothing.

Usage: python bench/catalog_bench.py [--catalog-dir DIR]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LOAD = ("import time; t=time.perf_counter(); from consultant.catalog import get_catalog; "
        "c=get_catalog({root!r}); print(time.perf_counter()-t, len(c.entries))")


def timed_load(root: str) -> tuple[float, int]:
    out = subprocess.run([sys.executable, "-c", LOAD.format(root=root)], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout.split()
    return float(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalog-dir", default=None)
    args = parser.parse_args()
    root = args.catalog_dir or tempfile.mkdtemp(prefix="catalog-bench-")
    cold, n = timed_load(root)
    warm = [timed_load(root)[0] for _ in range(3)]
    print(f"entries: {n}")
    print(f"cold load (compile + write cache, incl. imports): {cold:.2f} s")
    print(f"warm load (fresh process, incl. imports): min {min(warm):.2f} s, median {statistics.median(warm):.2f} s")

    sys.path.insert(0, str(ROOT))
    from consultant.catalog import get_catalog

    cat = get_catalog(root)
    phrasings = yaml.safe_load((ROOT / "tests" / "data" / "search_phrasings.yaml").read_text())
    times, top1, top3 = [], 0, 0
    for _ in range(3):
        for case in phrasings:
            start = time.perf_counter()
            hits = [e.code for e, _ in cat.search(case["q"], limit=10)]
            times.append((time.perf_counter() - start) * 1000)
    for case in phrasings:
        hits = [e.code for e, _ in cat.search(case["q"], limit=3)]
        top1 += bool(hits) and hits[0] == case["code"]
        top3 += case["code"] in hits
    times.sort()
    print(f"search over {len(phrasings)} phrasings x3: p50 {times[len(times) // 2]:.1f} ms, "
          f"p95 {times[int(len(times) * 0.95)]:.1f} ms, max {times[-1]:.1f} ms")
    print(f"phrasing accuracy: top-1 {top1}/{len(phrasings)}, top-3 {top3}/{len(phrasings)}")
    print(f"counts: {cat.counts()}")


if __name__ == "__main__":
    main()
