"""Measures the catalog: cold compile, warm (cached) load in a fresh
process, and search latency (p50/p95 over the phrasings in
tests/data/search_phrasings.yaml, repeated).  Prints figures; asserts nothing.

Usage: python bench/catalog_bench.py [--catalog-dir DIR]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LOAD = ("import time, resource; t=time.perf_counter(); from consultant.catalog import get_catalog; "
        "c=get_catalog({root!r}); n=len(c.entries); w=time.perf_counter()-t; "
        "cpu=sum(getattr(resource.getrusage(k), f) for k in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN) "
        "for f in ('ru_utime', 'ru_stime')); print(w, n, cpu)")


def timed_load(root: str) -> tuple[float, int, float]:
    """(wall seconds, entries, CPU seconds incl. worker processes) of one
    get_catalog() in a fresh process.  CONSULTANT_CATALOG_DIR is the bench's
    own directory, so a cold load borrows no parsed files from ./var."""
    env = dict(os.environ, CONSULTANT_CATALOG_DIR=root)
    out = subprocess.run([sys.executable, "-c", LOAD.format(root=root)], capture_output=True,
                         text=True, check=True, cwd=ROOT, env=env).stdout.split()
    return float(out[0]), int(out[1]), float(out[2])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--catalog-dir", default=None)
    args = parser.parse_args()
    root = args.catalog_dir or tempfile.mkdtemp(prefix="catalog-bench-")
    shutil.rmtree(Path(root) / "cache", ignore_errors=True)
    cold, n, cold_cpu = timed_load(root)
    warm = [timed_load(root) for _ in range(3)]
    for pickle_file in (Path(root) / "cache").glob("catalog-*.pickle"):
        pickle_file.unlink()  # a source changed: the parsed-file parts are still good
    rebuild, _, rebuild_cpu = timed_load(root)
    print(f"entries: {n}")
    print(f"cold load (no cache: compile + write cache, incl. imports): {cold:.2f} s wall, {cold_cpu:.2f} s CPU")
    print(f"rebuild (catalog pickle gone, parsed-file parts kept): {rebuild:.2f} s wall, {rebuild_cpu:.2f} s CPU")
    print(f"warm load (fresh process, incl. imports and building every entry): "
          f"min {min(w for w, _, _ in warm):.2f} s, median {statistics.median(w for w, _, _ in warm):.2f} s wall, "
          f"median {statistics.median(c for _, _, c in warm):.2f} s CPU")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

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
