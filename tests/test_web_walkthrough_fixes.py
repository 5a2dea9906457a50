"""Fixes found working the 50 demo cases in the browser: fact highlights on
the engine's real spans (which index into subject + body), and an MUE of 0
shown as a payer warning rather than a units error."""
from __future__ import annotations

from consultant.web import validation
from consultant.web.caseview import engine_text
from consultant.web.sanitize import highlight
from web_support import IGNORE_TESTCLIENT, client_for, fake_catalog, seed_case  # noqa: F401

pytestmark = IGNORE_TESTCLIENT

SUBJECT = "Lap chole with IOC - which code?"
BODY = "Hi team,\n\n52 y/o female. Procedure: laparoscopic cholecystectomy\nwith intraoperative cholangiogram."
FULL = f"{SUBJECT}\n\n{BODY}"  # what the engine reads (consultant.engine.pipeline.compose)


def fact(text: str, kind: str = "procedure") -> dict:
    start = FULL.index(text)
    return {"kind": kind, "text": text, "start": start, "end": start + len(text)}


ENGINE_FACTS = [fact("Lap chole with IOC"), fact("52 y/o", "age"), fact("laparoscopic cholecystectomy")]


def test_engine_spans_index_into_subject_and_body():
    shown = engine_text(BODY, SUBJECT, ENGINE_FACTS)
    assert shown == FULL
    marked = str(highlight(shown, ENGINE_FACTS))
    assert '>Lap chole with IOC</mark>' in marked and '>52 y/o</mark>' in marked
    assert '>laparoscopic cholecystectomy</mark>' in marked


def test_body_spans_still_index_into_the_body():
    start = BODY.index("laparoscopic cholecystectomy")
    facts = [{"kind": "procedure", "text": "laparoscopic cholecystectomy", "start": start, "end": start + 28}]
    assert engine_text(BODY, SUBJECT, facts) == BODY
    assert engine_text(BODY, SUBJECT, []) == BODY  # nothing to go by: the body


def test_case_page_highlights_the_engine_words(ctx, fake_catalog):
    case_id = seed_case(ctx, subject=SUBJECT, text=BODY, facts=ENGINE_FACTS)
    page = client_for(ctx, "rev@office.test").get(f"/cases/{case_id}").text
    assert '<mark class="fact" title="age">52 y/o</mark>' in page
    assert '<mark class="fact" title="procedure">Lap chole with IOC</mark>' in page


def test_mue_of_zero_is_a_payer_warning(fake_catalog, monkeypatch):
    monkeypatch.setitem(fake_catalog.limits, "12001", 0)
    issues = validation.validate(validation.normalize([{"code": "12001"}]))
    assert [(i.code, i.level, i.kind) for i in issues] == [("12001", "warning", "mue")]
    assert "Medicare" in issues[0].message
    one = validation.validate(validation.normalize([{"code": "47562", "units": 2}]))
    assert [(i.level, i.message) for i in one] == [("error", "2 units exceeds the MUE limit of 1")]
