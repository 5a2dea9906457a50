"""Sanity run over real long notes (a CSV with a ``transcription`` column,
such as the public MTSamples export): distinct recommended codes per note,
the most frequent recommended codes, and latency.  Prints figures only.

    .venv/bin/python bench/note_sanity.py NOTES.csv [--limit 400] [--top 15]
"""
from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections import Counter


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    csv.field_size_limit(sys.maxsize)
    with open(args.csv, encoding="utf-8", errors="replace") as fh:
        notes = [r.get("transcription") or "" for r in csv.DictReader(fh)][: args.limit]
    from consultant.engine import suggest, warm

    warm()
    per_note, freq, lat = [], Counter(), []
    for text in notes:
        a = time.perf_counter()
        ans = suggest(text)
        lat.append((time.perf_counter() - a) * 1000)
        codes = {s["code"] for s in ans["suggestions"] if s["recommended"]}
        per_note.append(len(codes))
        freq.update(codes)
    lat.sort()
    print(f"notes            {len(notes)}")
    print(f"codes/note       mean {statistics.mean(per_note):.2f}  median {statistics.median(per_note):g}  "
          f"max {max(per_note)}  zero {sum(n == 0 for n in per_note)}")
    print(f"latency p50      {statistics.median(lat):.1f} ms")
    print(f"latency p95      {lat[int(0.95 * (len(lat) - 1))]:.1f} ms")
    print("most frequent recommended codes:")
    for code, n in freq.most_common(args.top):
        print(f"  {code:7} {n}")


if __name__ == "__main__":
    main()
