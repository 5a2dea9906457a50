#!/usr/bin/env python3
"""Per-stage timing of process_case, in-process, over bench/loadmail.py messages (SQLite in a temp dir).

    .venv/bin/python bench/stage_profile.py [N] [prof]   (prof: also print a cProfile of the run)
"""
import os, sys, time, tempfile, random, statistics, cProfile, pstats
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]; sys.path[:0] = [str(ROOT), str(ROOT/"bench"), str(ROOT/"tests")]
wd = Path(tempfile.mkdtemp(prefix="consultant-stages-"))
os.environ.update({"CONSULTANT_DATABASE_URL": f"sqlite:///{wd}/p.db", "CONSULTANT_VAR_DIR": str(wd/"var"),
  "CONSULTANT_LOG_LEVEL": "WARNING", "CONSULTANT_FROM_ADDRESS": "cases@consultant.test",
  "CONSULTANT_INTAKE_ADDRESSES": "cases@consultant.test", "CONSULTANT_MAX_CASES_PER_SENDER_PER_DAY": "1000000",
  "CONSULTANT_MAX_REPLIES_PER_SENDER_PER_DAY": "1000000", "CONSULTANT_SECRET_KEY": "b"*32,
  "CONSULTANT_BROKER_URL": "redis://127.0.0.1:1/0"})
N = int(sys.argv[1]) if len(sys.argv) > 1 else 200
MODE = sys.argv[2] if len(sys.argv) > 2 else "stages"
from loadmail import make_messages
from consultant.context import Context
from consultant.settings import load_settings
from consultant.intake import account_id, store_message
import consultant.pipeline as P, consultant.stages as S
from consultant.engine import warm
t=time.perf_counter(); warm(); print(f"warm {time.perf_counter()-t:.2f}s")
ctx = Context.build(load_settings())
msgs = make_messages(N)
with ctx.db.session() as s: acct = account_id(s, "p", "smtp")
ids = [store_message(ctx, m, acct).case_id for m in msgs]
timing = {}
def wrap(name, fn):
    def w(*a, **k):
        t = time.perf_counter()
        try: return fn(*a, **k)
        finally: timing.setdefault(name, []).append((time.perf_counter()-t)*1000)
    w.__name__ = fn.__name__
    return w
P.STAGES[:] = [wrap(f.__name__, f) for f in S.STAGES]
P._start = wrap("db_start", P._start); P._save_draft = wrap("db_save", P._save_draft)
P._finish = wrap("db_finish", P._finish)
import consultant.engine as E
orig = E.suggest
E.suggest = wrap("engine.suggest", orig)
tot = []
prof = cProfile.Profile() if MODE == "prof" else None
if prof: prof.enable()
for cid in ids:
    t = time.perf_counter(); st = P.process_case(ctx, cid); tot.append((time.perf_counter()-t)*1000)
    assert st == "drafted", st
if prof:
    prof.disable(); prof.dump_stats(str(wd/"prof.out"))
    pstats.Stats(prof).sort_stats("cumulative").print_stats(45)
def q(v, p): v = sorted(v); return v[min(len(v)-1, int(p*len(v)))]
print(f"{'stage':16} {'mean':>8} {'p50':>8} {'p95':>8} {'max':>8}  (ms, N={N})")
for k, v in list(timing.items()) + [("TOTAL", tot)]:
    print(f"{k:16} {statistics.mean(v):8.2f} {q(v,.5):8.2f} {q(v,.95):8.2f} {max(v):8.2f}")
# per kind
pdf = [tot[i] for i in range(N) if i % 10 == 3]; non = [tot[i] for i in range(N) if i % 10 != 3]
print(f"pdf cases mean {statistics.mean(pdf):.1f} ms; others mean {statistics.mean(non):.1f}")
