"""The processing stages, in order, each a function CaseWork -> CaseWork.

Pure except where noted; the pipeline runner (consultant.pipeline) does the
I/O around them.  A stage that decides the message is not a case sets
``work.disposition`` to a non-accept action and the runner stops there.
"""
from __future__ import annotations

from typing import Callable

from .case import CaseWork
from .mail import guard as guard_mod
from .mail.headers import read_headers
from .mail.limits import Limits, check_raw
from .mail.parse import parse_message
from .mail.render import render_reply
from .phi import mask
from .settings import Settings

Stage = Callable[[CaseWork, Settings], CaseWork]


def limits_stage(work: CaseWork, settings: Settings) -> CaseWork:
    check_raw(work.raw, Limits.from_settings(settings))
    return work


def headers_stage(work: CaseWork, settings: Settings) -> CaseWork:
    work.headers = read_headers(work.raw)
    return work


def guard_stage(work: CaseWork, settings: Settings) -> CaseWork:
    assert work.headers is not None
    work.disposition = guard_mod.decide(work.headers, settings, work.cases_today)
    if work.released and work.disposition.action == "hold":
        work.disposition = guard_mod.ACCEPT  # robots and loops stay ignored
    return work


def parse_stage(work: CaseWork, settings: Settings) -> CaseWork:
    work.parsed = parse_message(work.raw, Limits.from_settings(settings))
    return work


def code_stage(work: CaseWork, settings: Settings) -> CaseWork:
    from .engine import suggest
    from .engine.pipeline import compose

    assert work.parsed is not None and work.headers is not None
    text, subject = mask(work.parsed.text), mask(work.headers.subject)
    work.case_text = compose(text, subject)
    work.result = suggest(text, subject=subject, case_id=str(work.case_id))
    return work


def render_stage(work: CaseWork, settings: Settings) -> CaseWork:
    assert work.headers is not None
    work.reply = render_reply(work.headers.subject, work.result.get("suggestions", []),
                              work.result.get("questions", []), work.result.get("warnings", []))
    return work


STAGES: list[Stage] = [limits_stage, headers_stage, guard_stage, parse_stage, code_stage, render_stage]
