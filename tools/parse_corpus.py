#!/usr/bin/env python3
"""Parse and guard every .eml under a folder exactly as intake would.

Usage: tools/parse_corpus.py DIR [--slowest N]

For each file: limits → headers → guard → parse, the same stage functions the
pipeline runs, under the same settings.  Prints outcome counts, the slowest
files, and a last line:
    files=N crashes=C outcomes_recorded=R max_ms=M
A "crash" is an exception other than the recorded refusal ParseLimitExceeded.
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
import traceback
from pathlib import Path

from consultant.case import CaseWork
from consultant.errors import ParseLimitExceeded
from consultant.settings import load_settings
from consultant.stages import guard_stage, headers_stage, limits_stage, parse_stage


def outcome_of(raw: bytes, settings) -> str:  # type: ignore[no-untyped-def]
    work = CaseWork(case_id=0, raw=raw)
    try:
        for stage in (limits_stage, headers_stage, guard_stage):
            work = stage(work, settings)
        assert work.disposition is not None
        if not work.disposition.accepted:
            return f"{work.disposition.action}: {work.disposition.reason.split(' (')[0][:60]}"
        work = parse_stage(work, settings)
    except ParseLimitExceeded as exc:
        return f"failed: limit ({str(exc).split(';')[0][:50]})"
    assert work.parsed is not None
    return "case: " + (work.parsed.body_source if work.parsed.text.strip() else "empty text")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--slowest", type=int, default=5)
    args = parser.parse_args(argv)
    settings = load_settings()
    outcomes: collections.Counter[str] = collections.Counter()
    timings: list[tuple[float, Path]] = []
    crashes = 0
    files = sorted(p for p in args.folder.rglob("*.eml") if p.is_file())
    for path in files:
        raw = path.read_bytes()
        start = time.perf_counter()
        try:
            outcomes[outcome_of(raw, settings)] += 1
        except Exception:
            crashes += 1
            print(f"CRASH {path}", file=sys.stderr)
            traceback.print_exc(limit=3)
        timings.append(((time.perf_counter() - start) * 1000, path))
    for name, count in outcomes.most_common():
        print(f"{count:6d}  {name}")
    timings.sort(reverse=True)
    print("slowest:")
    for ms, path in timings[: args.slowest]:
        print(f"  {ms:8.1f} ms  {path}")
    max_ms = timings[0][0] if timings else 0.0
    print(f"files={len(files)} crashes={crashes} outcomes_recorded={sum(outcomes.values())} max_ms={max_ms:.0f}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
