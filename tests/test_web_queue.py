"""The queue page: what is listed, filters, search, SLA highlighting."""
from __future__ import annotations

import re

from consultant.web.claims import claim
from consultant.db.models import Case
from web_support import IGNORE_TESTCLIENT, client_for, seed_case

pytestmark = IGNORE_TESTCLIENT


def ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'<tr data-href="/cases/(\d+)"', html)]


def test_queue_lists_cases_awaiting_review_oldest_first(ctx):
    young = seed_case(ctx, subject="young", age_hours=0.1)
    old = seed_case(ctx, subject="old", age_hours=2)
    held = seed_case(ctx, subject="held", status="held", age_hours=1)
    seed_case(ctx, subject="gone", status="sent")
    seed_case(ctx, subject="ignored", status="ignored")
    page = client_for(ctx, "rev@office.test").get("/queue")
    assert page.status_code == 200
    assert ids(page.text) == [old, held, young]
    assert "47562" in page.text and "91%" in page.text


def test_age_past_sla_is_highlighted(make_ctx):
    ctx = make_ctx(review_sla_hours=1)
    late = seed_case(ctx, age_hours=3)
    seed_case(ctx, age_hours=0.2)
    page = client_for(ctx, "rev@office.test").get("/queue").text
    rows = re.findall(r'<tr data-href="/cases/(\d+)" class="([^"]*)"', page)
    assert [(int(i), "overdue" in c) for i, c in rows] == [(late, True), (late + 1, False)]


def test_filters(ctx):
    a = seed_case(ctx, sender="alice@clinic.test", subject="knee scope", confidence=0.4)
    b = seed_case(ctx, sender="bob@other.test", subject="lap chole", confidence=0.95, status="in_review")
    client = client_for(ctx, "rev@office.test")
    assert ids(client.get("/queue?status=in_review").text) == [b]
    assert ids(client.get("/queue?sender=alice").text) == [a]
    assert ids(client.get("/queue?below=50").text) == [a]
    assert ids(client.get("/queue?below=0.99").text) == [a, b]
    assert ids(client.get("/queue?q=knee").text) == [a]
    assert ids(client.get(f"/queue?q=%23{b}").text) == [b]
    assert ids(client.get("/queue?q=100%25").text) == []  # LIKE wildcards are literal


def test_claimed_by_me_filter_and_holder_column(ctx):
    a = seed_case(ctx)
    b = seed_case(ctx)
    with ctx.db.session() as s:
        claim(s, s.get(Case, a), "rev@office.test", 15)
        claim(s, s.get(Case, b), "other@office.test", 15)
    client = client_for(ctx, "rev@office.test")
    assert ids(client.get("/queue?mine=1").text) == [a]
    page = client.get("/queue").text
    assert "other@office.test" in page


def test_subject_and_sender_are_escaped(ctx):
    seed_case(ctx, subject="<script>alert(1)</script>", sender='"><img src=x onerror=alert(1)>@x.test')
    page = client_for(ctx, "rev@office.test").get("/queue").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page


def test_keyboard_navigation_script_is_served(ctx):
    client = client_for(ctx, "rev@office.test")
    assert '<script src="/static/app.js" defer></script>' in client.get("/queue").text
    js = client.get("/static/app.js").text
    assert 'e.key === "j"' in js and 'e.key === "k"' in js


def test_a_queue_of_fifty_cases_renders(ctx):
    for n in range(50):
        seed_case(ctx, n=n, subject=f"case {n}", age_hours=n / 10)
    page = client_for(ctx, "rev@office.test").get("/queue")
    assert page.status_code == 200 and len(ids(page.text)) == 50
    assert "50 awaiting review" in page.text
