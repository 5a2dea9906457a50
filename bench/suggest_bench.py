"""Engine benchmark: catalog load time, per-case latency (p50, p95), batch
throughput and resident memory, on one core, over eval/dev.jsonl (or a JSONL
file given as the first argument).  Prints figures only, never case text.

    .venv/bin/python bench/suggest_bench.py [CASES.jsonl] [--rounds N]
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path


def _cases(path: Path) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            c = json.loads(line)
            out.append((c["text"], "") if "text" in c else (c.get("body", ""), c.get("subject", "")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cases", nargs="?", default=str(Path(__file__).resolve().parent.parent / "eval" / "dev.jsonl"))
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    cases = _cases(Path(args.cases))

    t0 = time.perf_counter()
    from consultant.engine.catalog_view import engine_catalog
    from consultant.engine.pipeline import suggest, warm
    t1 = time.perf_counter()
    cat = engine_catalog()
    t2 = time.perf_counter()
    warm()  # loads spaCy/ConText once
    t3 = time.perf_counter()

    lat = []
    start = time.perf_counter()
    for _ in range(args.rounds):
        for text, subject in cases:
            a = time.perf_counter()
            suggest(text, subject)
            lat.append((time.perf_counter() - a) * 1000)
    wall = time.perf_counter() - start
    lat.sort()
    p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"cases            {len(cases)} x {args.rounds} rounds")
    print(f"import           {t1 - t0:.2f} s")
    print(f"catalog load     {t2 - t1:.2f} s ({len(cat.entries)} codes, {len(cat.terms)} terms)")
    print(f"nlp warm-up      {t3 - t2:.2f} s")
    print(f"latency p50      {statistics.median(lat):.1f} ms")
    print(f"latency p95      {p95:.1f} ms")
    print(f"latency max      {lat[-1]:.1f} ms")
    print(f"throughput       {len(lat) / wall:.0f} cases/s")
    print(f"max RSS          {rss:.0f} MB")


if __name__ == "__main__":
    main()
