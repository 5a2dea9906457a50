"""Refit explain.CALIBRATION: raw confidence -> share right on the recommended
codes of the given case files (pool-adjacent-violators over equal-count bins).

    .venv/bin/python bench/calibrate.py eval/dev.jsonl eval/team.jsonl [--bins 5]
"""
from __future__ import annotations

import argparse
import json

from consultant.engine import explain, pipeline


def collect(paths: list[str]) -> list[tuple[float, bool]]:
    explain.calibrate = lambda raw: raw  # read the raw score confidence
    out = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            case = json.loads(line)
            text = case.get("text") or case.get("body", "")
            want = {e["code"] for e in case.get("expected", [])}
            ans = pipeline.suggest(text, subject=case.get("subject", "") if "text" not in case else "")
            out += [(s["confidence"], s["code"] in want) for s in ans["suggestions"] if s["recommended"]]
    return out


def fit(points: list[tuple[float, bool]], bins: int) -> list[tuple[float, float, int]]:
    points.sort()
    size = max(1, len(points) // bins)
    blocks = [points[i:i + size] for i in range(0, len(points), size)]
    if len(blocks) > 1 and len(blocks[-1]) < size // 2:
        blocks[-2] += blocks.pop()
    pools = [[b[-1][0], sum(r for _, r in b), len(b)] for b in blocks]
    i = 0
    while i < len(pools) - 1:  # pool adjacent violators
        if pools[i][1] / pools[i][2] > pools[i + 1][1] / pools[i + 1][2]:
            pools[i + 1] = [pools[i + 1][0], pools[i][1] + pools[i + 1][1], pools[i][2] + pools[i + 1][2]]
            pools.pop(i)
            i = max(0, i - 1)
        else:
            i += 1
    return [(upper, right / n, n) for upper, right, n in pools]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--bins", type=int, default=5)
    args = ap.parse_args()
    table = fit(collect(args.files), args.bins)
    print("raw <=   share right   n")
    for upper, share, n in table:
        print(f"{upper:6.2f}   {share:11.3f}   {n}")
    tup = tuple((round(u, 2) if i < len(table) - 1 else 1.01, round(s, 2)) for i, (u, s, _) in enumerate(table))
    print("CALIBRATION =", tup)


if __name__ == "__main__":
    main()
