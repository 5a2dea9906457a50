"""Assertion status of each fact with medspaCy's ConText on a light spaCy
pipeline: negated ("no biopsies were taken"), historical ("s/p
cholecystectomy 2015"), hypothetical/planned ("will schedule a colonoscopy"),
or about a family member.  Only the sentences that hold facts are parsed,
which keeps this stage to a few milliseconds even on long notes.  Section
labels add to ConText: a mention under HISTORY is historical, under PLAN
hypothetical.
"""
from __future__ import annotations

import logging
import re
import warnings
from functools import lru_cache
from typing import Any

from . import sections
from .model import CaseState, Fact

_EXTRA_RULES = [
    ("s/p", "HISTORICAL", "FORWARD"), ("status post", "HISTORICAL", "FORWARD"),
    ("previous", "HISTORICAL", "FORWARD"), ("previously", "HISTORICAL", "BIDIRECTIONAL"),
    ("prior", "HISTORICAL", "FORWARD"), ("prior to", "PSEUDO", "FORWARD"),
    ("years ago", "HISTORICAL", "BACKWARD"), ("last year", "HISTORICAL", "BIDIRECTIONAL"),
    ("in the past", "HISTORICAL", "BIDIRECTIONAL"), ("remote", "HISTORICAL", "FORWARD"),
    ("will", "HYPOTHETICAL", "FORWARD"), ("plan", "HYPOTHETICAL", "FORWARD"),
    ("planned", "HYPOTHETICAL", "BIDIRECTIONAL"), ("plan to", "HYPOTHETICAL", "FORWARD"),
    ("scheduled", "HYPOTHETICAL", "BIDIRECTIONAL"), ("schedule", "HYPOTHETICAL", "FORWARD"),
    ("recommend", "HYPOTHETICAL", "FORWARD"), ("recommended", "HYPOTHETICAL", "FORWARD"),
    ("consider", "HYPOTHETICAL", "FORWARD"), ("candidate for", "HYPOTHETICAL", "FORWARD"),
    ("may need", "HYPOTHETICAL", "FORWARD"), ("might need", "HYPOTHETICAL", "FORWARD"),
    ("to be scheduled", "HYPOTHETICAL", "BACKWARD"), ("next week", "HYPOTHETICAL", "BIDIRECTIONAL"),
    ("next year", "HYPOTHETICAL", "BIDIRECTIONAL"), ("tomorrow", "HYPOTHETICAL", "BACKWARD"),
    ("decision was made", "HYPOTHETICAL", "FORWARD"), ("decided to", "HYPOTHETICAL", "FORWARD"),
    ("decision to", "HYPOTHETICAL", "FORWARD"), ("decision made to", "HYPOTHETICAL", "FORWARD"), ("to proceed with", "HYPOTHETICAL", "FORWARD"), ("would", "HYPOTHETICAL", "FORWARD"),
    ("declined", "NEGATED_EXISTENCE", "BIDIRECTIONAL"), ("deferred", "NEGATED_EXISTENCE", "BIDIRECTIONAL"),
    ("was not performed", "NEGATED_EXISTENCE", "BACKWARD"), ("were not taken", "NEGATED_EXISTENCE", "BACKWARD"),
    ("not performed", "NEGATED_EXISTENCE", "BACKWARD"), ("not done", "NEGATED_EXISTENCE", "BACKWARD"),
    ("were not obtained", "NEGATED_EXISTENCE", "BACKWARD"), ("was not done", "NEGATED_EXISTENCE", "BACKWARD"),
    ("no", "NEGATED_EXISTENCE", "FORWARD"), ("without", "NEGATED_EXISTENCE", "FORWARD"),
    ("w/o", "NEGATED_EXISTENCE", "FORWARD"), ("instead of", "NEGATED_EXISTENCE", "FORWARD"),
    ("rather than", "NEGATED_EXISTENCE", "FORWARD"), ("converted to", "PSEUDO", "FORWARD"),
    ("prescription", "HYPOTHETICAL", "FORWARD"), ("prescribed", "HYPOTHETICAL", "BIDIRECTIONAL"),
    ("prescribe", "HYPOTHETICAL", "FORWARD"), ("refill", "HYPOTHETICAL", "BIDIRECTIONAL"),
    ("e-prescribed", "HYPOTHETICAL", "BIDIRECTIONAL"), ("sent to pharmacy", "HYPOTHETICAL", "BACKWARD"),
    ("ordered", "HYPOTHETICAL", "FORWARD"), ("were ordered", "HYPOTHETICAL", "BACKWARD"),
    ("ordered from", "HYPOTHETICAL", "BACKWARD"), ("sent out", "HYPOTHETICAL", "BACKWARD"), ("ordered and performed", "PSEUDO", "FORWARD"),
    ("ordered and run", "PSEUDO", "FORWARD"), ("ordered and done", "PSEUDO", "FORWARD"),
    ("ordered with", "PSEUDO", "FORWARD"),
    ("without contrast", "PSEUDO", "FORWARD"), ("w/o contrast", "PSEUDO", "FORWARD"),
    ("without and with", "PSEUDO", "FORWARD"), ("without IV contrast", "PSEUDO", "FORWARD"),
    ("not crossing", "PSEUDO", "FORWARD"), ("not involving", "PSEUDO", "FORWARD"),
    ("not extending", "PSEUDO", "FORWARD"), ("does not cross", "PSEUDO", "FORWARD"),
    ("as planned", "PSEUDO", "FORWARD"), ("we planned", "PSEUDO", "FORWARD"), ("planned at", "PSEUDO", "FORWARD"),
    ("well-child", "PSEUDO", "FORWARD"), ("well child", "PSEUDO", "FORWARD"), ("child check", "PSEUDO", "FORWARD"),
    ("plan of care", "PSEUDO", "FORWARD"), ("care plan", "PSEUDO", "FORWARD"), ("treatment plan", "PSEUDO", "FORWARD"),
    ("cancelled", "NEGATED_EXISTENCE", "BIDIRECTIONAL"), ("canceled", "NEGATED_EXISTENCE", "BIDIRECTIONAL"),
    ("last week", "HISTORICAL", "BACKWARD"), ("last month", "HISTORICAL", "BACKWARD"),
    ("had been done", "HISTORICAL", "BACKWARD"), ("had been performed", "HISTORICAL", "BACKWARD"),
    ("not repeated", "NEGATED_EXISTENCE", "BACKWARD"), ("were not repeated", "NEGATED_EXISTENCE", "BACKWARD"),
    ("was not repeated", "NEGATED_EXISTENCE", "BACKWARD"),
    ("+", "TERMINATE", "TERMINATE"), ("plus", "TERMINATE", "TERMINATE"),
    ("and", "TERMINATE", "TERMINATE"), ("then", "TERMINATE", "TERMINATE"), (";", "TERMINATE", "TERMINATE"),
    ("but", "TERMINATE", "TERMINATE"), ("with", "TERMINATE", "TERMINATE"), ("today", "TERMINATE", "TERMINATE"),
]
# ConText's "free" negates backward ("pain free"); in operative notes it is mostly descriptive:
# "free flow into the duodenum", "tension-free mesh repair", "free edge", "free fluid"
_FREE_PSEUDO = [
    ("free + word", [{"LOWER": "free"}, {"IS_ALPHA": True, "LOWER": {"NOT_IN": [
        "of", "from", "and", "or", "since", "today", "now", "at", "for", "in", "on", "to", "with", "x"]}}]),
    ("tension-free", [{"LOWER": "tension"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "free"}]),
]
_PAST = re.compile(r"\b(?:in|since|back in|during)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                   r"[a-z]*\.?\s+)?(?:19|20)\d\d\b|\b\d+\s+(?:years?|yrs?|months?|decades?|weeks?|days?)\s+ago\b|"
                   r"\b(?:was|were) (?:placed|performed|done|inserted)\s+(?:\w+\s+){0,4}?(?:yesterday|last (?:week|month|year))\b"
                   r"|\b(?:placed|performed|done|inserted) (?:on )?(?:a )?(?:prior|previous|earlier) (?:day|date|admission)\b", re.I)


def _dated_past(state: CaseState, f: Fact) -> bool:
    """ "had a left total knee in 2019", "appendectomy 10 years ago": a dated past procedure."""
    if f.sentence < 0:
        return False
    s, e = state.sentences[f.sentence]
    m = _PAST.search(state.text, f.end, e)
    return bool(m) and m.start() - f.end < 60


_LAB_CODE = re.compile(r"^8\d{4}$")
_LAB_ORDERED = re.compile(r"\b(?:ordered|sent (?:out|to)|send[- ]?out|reference lab(?:oratory)?|outside lab|"
                          r"will (?:check|draw|obtain|repeat)|to be (?:drawn|done|checked)|pending)\b", re.I)
_LAB_REVIEWED = re.compile(r"\b(?:reviewed|review(?:ing)? (?:of )?(?:the |her |his |their )?(?:recent |prior |last )?"
                           r"(?:labs?|results?)|results? (?:from|of) (?:the |her |his )?(?:last|prior|previous|recent)|"
                           r"(?:last|prior|previous|recent) (?:labs?|results?))\b", re.I)
_LAB_DONE = re.compile(r"\b(?:performed|run|ran|in[- ]house|in[- ]office|in (?:the )?(?:clinic|office)|point[- ]of[- ]care|"
                       r"POC|CLIA[- ]waived|waived|our (?:own )?lab|processed here|resulted today)\b", re.I)


def _lab_status(state: CaseState) -> None:
    """A lab test named in a sentence that orders it for another lab or reviews its results is not a test
    done here ("A1c and a lipid panel were ordered from the reference lab", "reviewed the BMP results"), unless
    the sentence says it was run here."""
    for m in state.mentions:
        f = m.fact
        if f.assertion != "present" or f.sentence < 0 or not m.codes or not all(_LAB_CODE.match(c) for c in m.codes):
            continue
        s, e = state.sentences[f.sentence]
        sent = state.text[s:e]
        if _LAB_DONE.search(sent):
            continue
        if _LAB_REVIEWED.search(sent):
            f.assertion = "historical"
        elif _LAB_ORDERED.search(sent):
            f.assertion = "hypothetical"


_PRIORITY = ("negated", "family", "historical", "hypothetical")


@lru_cache(maxsize=1)
def _nlp() -> Any:
    logging.getLogger("PyRuSH").setLevel(logging.WARNING)
    import spacy
    from medspacy.context import ConTextRule

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.blank("en")
        ctx = nlp.add_pipe("medspacy_context", config={"rules": "default"})
    ctx.add([ConTextRule(lit, cat, direction=d) for lit, cat, d in _EXTRA_RULES])
    ctx.add([ConTextRule(lit, "PSEUDO", direction="FORWARD", pattern=pat) for lit, pat in _FREE_PSEUDO])
    return nlp


def _status(ent: Any) -> str:
    flags = {"negated": ent._.is_negated, "family": ent._.is_family,
             "historical": ent._.is_historical, "hypothetical": ent._.is_hypothetical}
    return next((name for name in _PRIORITY if flags[name]), "present")


def _parse(state: CaseState, facts: list[Fact]) -> None:
    nlp = _nlp()
    by_sent: dict[int, list[Fact]] = {}
    for f in facts:
        by_sent.setdefault(f.sentence, []).append(f)
    chunks, spans, pos = [], [], 0
    for sid in sorted(by_sent):
        s, e = state.sentences[sid]
        chunk = state.text[s:e].replace("\n", " ")
        for f in by_sent[sid]:
            spans.append((f, pos + f.start - s, pos + f.end - s))
        chunks.append(chunk)
        pos += len(chunk) + 1
    doc = nlp.make_doc("\n".join(chunks))
    starts, pos = set(), 0
    for chunk in chunks:
        starts.add(pos)
        pos += len(chunk) + 1
    for tok in doc:
        tok.is_sent_start = tok.idx in starts or tok.i == 0
    ents, owners = [], []
    for f, a, b in spans:
        span = doc.char_span(a, b, label=f.kind.upper(), alignment_mode="expand")
        if span is not None and not any(span.start < o.end and o.start < span.end for o in ents):
            ents.append(span)
            owners.append(f)
    doc.ents = ents
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    for span, f in zip(ents, owners):
        f.assertion = _status(span)
    owned = {id(f) for f in owners}
    for f, a, b in spans:  # a feature inside a procedure mention shares its status ("right heart cath was NOT done")
        if id(f) not in owned:
            o = next((o for o in owners if o.start < f.end and f.start < o.end), None)
            if o is not None:
                f.assertion = o.assertion


# "day 10 after lap chole", "2 weeks following her knee replacement": a procedure already done
_PAST_BEFORE = re.compile(r"\b(?:(?:post[- ]?op(?:erative)? )?(?:day|week|pod)\s*#?\s*\d+|\d+\s+(?:days?|weeks?|months?))\s+"
                          r"(?:after|following|post|from|out from|s/p|status post)\s+(?:[\w-]+\s+){0,3}$|"
                          r"\b(?:global (?:period|package)|post[- ]?op(?:erative)? (?:period|course))\b[^.]{0,20}"
                          r"\b(?:after|following|for|of)\s+(?:[\w-]+\s+){0,3}$|"
                          r"\bpost[- ]?op(?:erative)? (?:check|visit|follow[- ]?up|wound check)\b[^.]{0,40}"
                          r"\b(?:after|following|s/p|status post|from)\s+(?:[\w-]+\s+){0,3}$", re.I)
_OWN_NEG = re.compile(r"\b(?:without|w/o)\b", re.I)
_NEG_BEFORE = re.compile(r"\b(?:no|not|without|denies|denied|declined|deferred|negative for|never|cancel+ed)\b[^.;]{0,40}$",
                         re.I)
_NON = re.compile(r"\b(?:non|not)[- ]?$", re.I)


def run(state: CaseState) -> None:
    """Stage: set ``assertion`` on procedure, feature and site facts."""
    # ConText is the costly part of a long note: only sentences near a procedure mention need it
    near = {m.fact.sentence + d for m in state.mentions for d in (-2, -1, 0, 1, 2)}
    facts = [f for f in state.facts if f.kind in ("procedure", "feature") and f.sentence in near]
    if facts:
        _parse(state, facts)
    _lab_status(state)
    for f in state.facts:
        if (f.kind == "procedure" and f.assertion == "negated" and _OWN_NEG.search(f.text)
                and not _NEG_BEFORE.search(state.text, max(0, f.start - 50), f.start)):
            f.assertion = "present"  # "family psychotherapy without the patient": the code's own "without"
        if f.kind == "feature" and f.assertion == "present" and _NON.search(state.text, max(0, f.start - 6), f.start):
            f.assertion = "negated"  # "non-automated", "not automated": the prefix negates the feature itself
        label = sections.section_at(state, f.start)
        if f.assertion == "present" and f.kind == "procedure" and _PAST_BEFORE.search(state.text, max(0, f.start - 90),
                                                                                      f.start):
            f.assertion = "historical"
        if f.assertion == "present" and f.kind == "procedure" and label != "procedure" and _dated_past(state, f):
            f.assertion = "historical"
        if f.assertion == "present" and label == "history" and f.kind == "procedure":
            f.assertion = "historical"
        elif f.assertion == "present" and label == "plan" and f.kind == "procedure":
            f.assertion = "hypothetical"
