"""Editing a draft: autocomplete, live validation, save, reorder, preview."""
from __future__ import annotations

import html
import re

from sqlalchemy import select

from consultant.db.models import AuditEvent, Draft
from consultant.web import validation
from web_support import IGNORE_TESTCLIENT, client_for, csrf, fake_catalog, seed_case  # noqa: F401

pytestmark = IGNORE_TESTCLIENT


def kinds(lines):
    return sorted((i.code, i.kind) for i in validation.validate(validation.normalize(lines)))


def test_autocomplete_searches_the_catalog(ctx, fake_catalog):
    client = client_for(ctx, "rev@office.test")
    hits = client.get("/api/codes?q=gallbladder").json()["results"]
    assert [h["code"] for h in hits] == ["47562", "47563"]
    assert client.get("/api/codes?q=11045").json()["results"][0] == {
        "code": "11045", "system": "CPT", "short": "Debridement, subcutaneous tissue, each additional 20 sq cm",
        "addon": True, "parents": ["11042"], "active": True}
    assert client.get("/api/codes?q=").json()["results"] == []


def test_validation_rules(fake_catalog):
    assert kinds([{"code": "47562"}]) == []
    assert kinds([{"code": "99999"}]) == [("99999", "unknown")]
    assert kinds([{"code": "47562", "units": 2}]) == [("47562", "mue")]
    assert kinds([{"code": "47562"}, {"code": "49320"}]) == [("49320", "bundled")]
    assert kinds([{"code": "11045"}]) == [("11045", "addon")]
    assert kinds([{"code": "11042"}, {"code": "11045", "units": 3}]) == []
    assert kinds([{"code": "47562", "modifiers": "LTX"}]) == [("47562", "modifier")]
    assert kinds([{"code": "47562"}, {"code": "47562"}]) == [("47562", "duplicate")]
    # modifier indicator 1 with a distinct-service modifier: a warning, not an error
    issues = validation.validate(validation.normalize([{"code": "11042"}, {"code": "12001", "modifiers": "XS"}]))
    assert [(i.kind, i.level) for i in issues] == [("bundled", "warning")]


def test_live_validation_endpoint(ctx, fake_catalog):
    case_id = seed_case(ctx)
    client = client_for(ctx, "rev@office.test")
    client.get(f"/cases/{case_id}")
    body = {"codes": [{"code": "47562", "units": "2", "modifiers": ""}, {"code": "49320"}, {"code": "00000"},
                      {"code": "11045"}]}
    resp = client.post(f"/cases/{case_id}/validate", json=body, headers={"X-CSRF-Token": csrf(client)})
    got = sorted((i["code"], i["kind"]) for i in resp.json()["issues"])
    assert got == [("00000", "unknown"), ("11045", "addon"), ("47562", "mue"), ("49320", "bundled")]


def test_case_page_shows_validation_of_the_draft(ctx, fake_catalog):
    suggestions = [{"code": "47562", "recommended": True, "units": 1}, {"code": "49320", "recommended": True}]
    case_id = seed_case(ctx, suggestions=suggestions)
    page = client_for(ctx, "rev@office.test").get(f"/cases/{case_id}").text
    assert 'data-kind="bundled"' in page and "49320 is bundled into 47562" in page


def test_save_edit_changes_codes_in_order_and_is_audited(ctx, fake_catalog):
    case_id = seed_case(ctx)
    client = client_for(ctx, "rev@office.test")
    page = client.get(f"/cases/{case_id}").text
    old_text = html.unescape(re.search(r'<textarea name="text" id="reply-text" rows="14">(.*?)</textarea>',
                                       page, re.S).group(1))
    resp = client.post(f"/cases/{case_id}/edit", data={
        "csrf_token": csrf(client), "code": ["47563", "11042"], "units": ["1", "1"], "modifiers": ["", "59"],
        "text": old_text})
    assert resp.status_code == 200 and "Draft saved" in resp.text
    assert re.findall(r'name="code" value="(\w+)"', resp.text)[:2] == ["47563", "11042"]
    with ctx.db.session() as s:
        draft = s.scalars(select(Draft)).one()
        chosen = [c for c in draft.codes if c.get("recommended", True)]
        assert [(c["code"], c["modifiers"]) for c in chosen] == [("47563", []), ("11042", ["59"])]
        assert chosen[0]["descriptor"] == "Laparoscopic gallbladder removal with cholangiogram"
        assert "47563" in draft.text and "11042" in draft.text  # re-rendered, not the stale text
        edit = s.scalars(select(AuditEvent).where(AuditEvent.action == "edit")).one()
        assert edit.actor == "rev@office.test"
        assert edit.old["codes"] == ["47562x1"] and edit.new["codes"] == ["47563x1", "11042-59x1"]


def test_save_edit_of_text_only_keeps_codes(ctx, fake_catalog):
    case_id = seed_case(ctx)
    client = client_for(ctx, "rev@office.test")
    client.get(f"/cases/{case_id}")
    client.post(f"/cases/{case_id}/edit", data={"csrf_token": csrf(client), "code": ["47562"], "units": ["1"],
                                                "modifiers": [""], "text": "Dear coder,\n\nUse 47562.\n"})
    with ctx.db.session() as s:
        draft = s.scalars(select(Draft)).one()
        assert draft.text.startswith("Dear coder") and "<p>Use 47562." in draft.html
        assert [c["code"] for c in draft.codes] == ["47562", "47563"]  # near miss kept


def test_preview_shows_both_parts_without_saving(ctx, fake_catalog):
    case_id = seed_case(ctx)
    client = client_for(ctx, "rev@office.test")
    client.get(f"/cases/{case_id}")
    data = {"csrf_token": csrf(client), "code": ["47563"], "units": ["1"], "modifiers": [""], "text": ""}
    resp = client.post(f"/cases/{case_id}/preview", data=data, headers={"X-Fragment": "1"})
    assert resp.status_code == 200 and "<html" not in resp.text[:50]
    text_part = re.search(r'<pre class="preview-text" id="preview-text">(.*?)</pre>', resp.text, re.S).group(1)
    assert "47563" in text_part
    frame = re.search(r'<iframe class="preview-html" id="preview-html" sandbox="" [^>]*srcdoc="([^"]*)"',
                      resp.text).group(1)
    assert "47563" in html.unescape(frame)
    full = client.post(f"/cases/{case_id}/preview", data=data)
    assert "<!doctype html>" in full.text and "nothing was saved" in full.text
    with ctx.db.session() as s:
        assert [c["code"] for c in s.scalars(select(Draft)).one().codes][0] == "47562"


def test_cannot_edit_a_decided_case(ctx, fake_catalog):
    case_id = seed_case(ctx, status="sent")
    client = client_for(ctx, "rev@office.test")
    page = client.get(f"/cases/{case_id}").text
    assert "<fieldset disabled>" in page
    resp = client.post(f"/cases/{case_id}/edit", data={"csrf_token": csrf(client), "code": ["47562"], "text": "x"})
    assert resp.status_code == 409
