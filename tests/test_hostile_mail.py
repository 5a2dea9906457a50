"""Hostile and odd mail (tests/data/mail, made by tools/make_hostile_corpus.py)
goes through store_message + process_case and always ends with a recorded
outcome and reason; the big ones (a 50 MB attachment, a 1 GB zip bomb) are
generated at test time and must keep memory bounded.

The coding engine is replaced by a stub here: what is under test is the mail
path, and the stub keeps this file fast.
"""
from __future__ import annotations

import resource
import sys
import tempfile
import tracemalloc
from pathlib import Path

import pytest

from consultant.db.models import Case, Draft
from consultant.intake import account_id, store_message
from consultant.pipeline import process_case
from fault_worker import stub_suggest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "mail"
FILES = sorted(CORPUS.glob("*.eml"))
sys.path.insert(0, str(ROOT / "tools"))
ENDINGS = {"drafted", "failed", "ignored", "held"}

EXPECTED = {  # file stem -> (status, words in the reason)
    "nesting_100_levels": ("failed", "nested"),
    "nesting_2000_levels": ("failed", "limit"),
    "headers_1000": ("failed", "header fields"),
    "header_300kb": ("failed", "header block"),
    "encoded_words_5000": ("failed", "encoded-words"),
    "parts_250": ("failed", "MIME parts"),
    "two_from_headers": ("held", "2 From"),
    "from_two_addresses": ("held", "2 From"),
    "no_from_header": ("held", "0 From"),
    "empty_message": ("held", "0 From"),
    "binary_garbage": ("held", "0 From"),
    "dsn_bounce_null_return_path": ("ignored", "bounce"),
    "auto_submitted_uppercase": ("ignored", "Auto-Submitted"),
}


@pytest.fixture(autouse=True)
def stub_engine(monkeypatch):
    import consultant.engine

    monkeypatch.setattr(consultant.engine, "suggest", stub_suggest)


def _run(ctx, raw: bytes) -> Case:
    with ctx.db.session() as s:
        acct = account_id(s, "hostile", "smtp")
    stored = store_message(ctx, raw, acct)
    process_case(ctx, stored.case_id)
    with ctx.db.session() as s:
        case = s.get(Case, stored.case_id)
        s.expunge(case)
        return case


def test_corpus_has_at_least_50_messages():
    assert len(FILES) >= 50


def test_every_hostile_message_ends_with_a_recorded_outcome(ctx):
    seen = {}
    for path in FILES:
        case = _run(ctx, path.read_bytes())
        assert case.status in ENDINGS, (path.name, case.status)
        assert case.status == "drafted" or case.reason, path.name
        seen[path.stem] = case
    for stem, (status, words) in EXPECTED.items():
        assert seen[stem].status == status, (stem, seen[stem].status, seen[stem].reason)
        assert words.lower() in seen[stem].reason.lower(), (stem, seen[stem].reason)
    with ctx.db.session() as s:
        drafted = [c for c in seen.values() if c.status == "drafted"]
        assert all(len(s.get(Case, c.id).drafts) == 1 for c in drafted)


def test_injected_header_text_never_reaches_draft_headers(ctx):
    case = _run(ctx, (CORPUS / "encoded_word_crlf_injection.eml").read_bytes())
    with ctx.db.session() as s:
        draft = s.query(Draft).filter_by(case_id=case.id).one()
    assert "\r" not in draft.subject and "\n" not in draft.subject
    assert "\n" not in case.subject and draft.to_addr == "coder@clinic.test"


def test_scripts_are_removed_from_html_mail(ctx):
    case = _run(ctx, (CORPUS / "html_script_handlers.eml").read_bytes())
    assert case.status == "drafted"
    blob = (case.case_text + str(case.parsed)).lower()
    assert "cholecystectomy" in blob
    for bad in ("<script", "document.cookie", "javascript:", "onerror", "onload", "<iframe"):
        assert bad not in blob


def test_zip_bomb_is_listed_not_expanded(ctx):
    case = _run(ctx, (CORPUS / "docx_zip_bomb_150mb.eml").read_bytes())
    outcomes = [a["outcome"] for a in case.parsed["attachments"]]
    assert case.status == "drafted" and any("zip bomb" in o for o in outcomes), outcomes


def test_parse_corpus_tool_reports_no_crash(capsys):
    import parse_corpus

    assert parse_corpus.main([str(CORPUS)]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith(f"files={len(FILES)} crashes=0 outcomes_recorded={len(FILES)} ")


def _peak_mb(fn) -> tuple[object, float, float]:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    try:
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    return result, peak / 2**20, grown / 1024


@pytest.fixture(scope="module")
def big_dir():
    from make_hostile_corpus import big_messages, write

    folder = Path(tempfile.mkdtemp(prefix="consultant-big-", dir="/tmp"))
    write(folder, big_messages())
    yield folder
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()


@pytest.mark.parametrize("name", ["attachment_50mb", "docx_zip_bomb_1gb"])
@pytest.mark.parametrize("raised", [False, True], ids=["default-limits", "raised-limits"])
def test_big_messages_keep_memory_bounded(make_ctx, big_dir, name, raised):
    limits = {"max_message_bytes": 200 << 20} if raised else {}
    ctx = make_ctx(**limits)
    with ctx.db.session() as s:
        acct = account_id(s, "hostile", "smtp")
    case_id = store_message(ctx, (big_dir / f"{name}.eml").read_bytes(), acct).case_id
    _, traced_mb, rss_mb = _peak_mb(lambda: process_case(ctx, case_id))  # what a worker holds
    with ctx.db.session() as s:
        case = s.get(Case, case_id)
        s.expunge(case)
    assert case.status in ENDINGS and (case.status == "drafted" or case.reason)
    if name == "attachment_50mb" and not raised:
        assert case.status == "failed" and "limit" in case.reason
    if case.status == "drafted":
        assert all(a["outcome"] != "read" for a in case.parsed["attachments"])
    # RSS growth is the bound the worker feels.  Python allocations peak higher
    # (~590 MB traced for 70 MB of base64 with the limit raised past the
    # default): the stdlib parser holds the text, its lines and the joined
    # payload at once.  With default limits the message never reaches it.
    assert rss_mb < 500 and traced_mb < 800, (traced_mb, rss_mb)
