"""The CLI as an operator uses it: demo, queue list/show/approve."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(args, tmp_path, **env):
    base = {"PATH": os.environ["PATH"], "HOME": str(tmp_path),
            "CONSULTANT_DATABASE_URL": f"sqlite:///{tmp_path}/c.db", "CONSULTANT_VAR_DIR": str(tmp_path / "var"),
            "CONSULTANT_SMTPD_PORT": "0", "CONSULTANT_WEB_PORT": "0",
            # share the compiled catalog with the rest of the suite instead of compiling per test
            "CONSULTANT_CATALOG_DIR": os.environ.get("CONSULTANT_CATALOG_DIR", str(ROOT / "var" / "catalog"))}
    base.update(env)
    return subprocess.run([sys.executable, "-m", "consultant", *args], env=base, cwd=tmp_path,
                          capture_output=True, text=True, timeout=180)


def test_demo_runs_end_to_end_and_queue_lists_it(tmp_path):
    proc = run(["demo", "--no-serve"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert last.startswith("demo: 50 received,")
    received, drafted, sent = [int(p.split()[0]) for p in last[len("demo: "):].split(", ")]
    assert drafted >= 45 and sent == drafted
    assert len(list((tmp_path / "var" / "outbox").glob("*.eml"))) == sent
    listing = run(["queue", "list", "--json"], tmp_path)
    cases = json.loads(listing.stdout)
    assert len(cases) == 50
    assert {"id", "status", "sender", "subject", "message_id"} <= set(cases[0])
    shown = json.loads(run(["queue", "show", str(cases[0]["id"]), "--json"], tmp_path).stdout)
    assert shown["drafts"]


def test_queue_approve_refuses_twice(tmp_path):
    run(["demo", "--no-serve"], tmp_path)
    cases = json.loads(run(["queue", "list", "--json", "--status", "sent"], tmp_path).stdout)
    again = run(["queue", "approve", str(cases[0]["id"])], tmp_path)
    assert again.returncode == 1 and "is sent" in again.stderr
