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
    ("prior", "HISTORICAL", "FORWARD"), ("existing", "HISTORICAL", "FORWARD"),
    ("pre-existing", "HISTORICAL", "FORWARD"), (":", "TERMINATE", "TERMINATE"), ("prior to", "PSEUDO", "FORWARD"),
    ("removal of prior", "PSEUDO", "FORWARD"), ("removal of previous", "PSEUDO", "FORWARD"),
    ("removal of the prior", "PSEUDO", "FORWARD"), ("removal of the previous", "PSEUDO", "FORWARD"),
    ("years ago", "HISTORICAL", "BACKWARD"), ("last year", "HISTORICAL", "BIDIRECTIONAL"),
    ("weeks after", "HISTORICAL", "FORWARD"), ("days after", "HISTORICAL", "FORWARD"),
    ("months after", "HISTORICAL", "FORWARD"),
    ("last week", "HISTORICAL", "BIDIRECTIONAL"), ("last month", "HISTORICAL", "BIDIRECTIONAL"),
    ("went out as", "HISTORICAL", "BIDIRECTIONAL"), ("was billed as", "HISTORICAL", "BIDIRECTIONAL"),
    ("were billed as", "HISTORICAL", "BIDIRECTIONAL"),
    ("in the past", "HISTORICAL", "BIDIRECTIONAL"), ("remote", "HISTORICAL", "FORWARD"),
    ("will", "HYPOTHETICAL", "FORWARD"), ("plan", "HYPOTHETICAL", "FORWARD"),
    ("planned", "HYPOTHETICAL", "BIDIRECTIONAL"), ("for planned", "PSEUDO", "FORWARD"),
    ("for a planned", "PSEUDO", "FORWARD"), ("for her planned", "PSEUDO", "FORWARD"), ("plan to", "HYPOTHETICAL", "FORWARD"),
    ("scheduled", "HYPOTHETICAL", "BIDIRECTIONAL"), ("schedule", "HYPOTHETICAL", "FORWARD"),
    ("recommend", "HYPOTHETICAL", "FORWARD"), ("recommended", "HYPOTHETICAL", "FORWARD"),
    ("consider", "HYPOTHETICAL", "FORWARD"), ("candidate for", "HYPOTHETICAL", "FORWARD"),
    ("may need", "HYPOTHETICAL", "FORWARD"), ("might need", "HYPOTHETICAL", "FORWARD"),
    ("to be scheduled", "HYPOTHETICAL", "BACKWARD"), ("next week", "HYPOTHETICAL", "BIDIRECTIONAL"),
    ("next year", "HYPOTHETICAL", "BIDIRECTIONAL"), ("tomorrow", "HYPOTHETICAL", "BACKWARD"),
    ("decision was made", "HYPOTHETICAL", "FORWARD"), ("decided to", "HYPOTHETICAL", "FORWARD"),
    ("decided on", "HYPOTHETICAL", "FORWARD"), ("decides on", "HYPOTHETICAL", "FORWARD"),
    ("booked for", "HYPOTHETICAL", "BACKWARD"),
    ("decision to", "HYPOTHETICAL", "FORWARD"), ("decision made to", "HYPOTHETICAL", "FORWARD"), ("to proceed with", "HYPOTHETICAL", "FORWARD"), ("would", "HYPOTHETICAL", "FORWARD"),
    ("declined", "NEGATED_EXISTENCE", "BIDIRECTIONAL"), ("deferred", "NEGATED_EXISTENCE", "BIDIRECTIONAL"),
    ("had been done", "HISTORICAL", "BACKWARD"), ("had been performed", "HISTORICAL", "BACKWARD"),
    ("was not repeated", "NEGATED_EXISTENCE", "BACKWARD"), ("not repeated", "NEGATED_EXISTENCE", "BACKWARD"),
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
    ("not part of", "PSEUDO", "FORWARD"), ("not a member of", "PSEUDO", "FORWARD"),
    ("not crossing", "PSEUDO", "FORWARD"), ("not involving", "PSEUDO", "FORWARD"),
    ("not extending", "PSEUDO", "FORWARD"), ("does not cross", "PSEUDO", "FORWARD"),
    ("as planned", "PSEUDO", "FORWARD"), ("we planned", "PSEUDO", "FORWARD"), ("planned at", "PSEUDO", "FORWARD"),
    ("well-child", "PSEUDO", "FORWARD"), ("well child", "PSEUDO", "FORWARD"), ("child check", "PSEUDO", "FORWARD"),
    ("commercial plan", "PSEUDO", "FORWARD"), ("health plan", "PSEUDO", "FORWARD"),
    ("insurance plan", "PSEUDO", "FORWARD"), ("advantage plan", "PSEUDO", "FORWARD"),
    ("without medical direction", "PSEUDO", "FORWARD"), ("no medical direction", "PSEUDO", "FORWARD"),
    ("no anesthesiologist medical direction", "PSEUDO", "FORWARD"), ("without anesthesiologist", "PSEUDO", "FORWARD"),
    ("scheduled cesarean", "PSEUDO", "FORWARD"), ("scheduled c-section", "PSEUDO", "FORWARD"),
    ("plan of care", "PSEUDO", "FORWARD"), ("care plan", "PSEUDO", "FORWARD"), ("treatment plan", "PSEUDO", "FORWARD"),
    ("cancelled", "NEGATED_EXISTENCE", "BIDIRECTIONAL"), ("canceled", "NEGATED_EXISTENCE", "BIDIRECTIONAL"),
    ("last week", "HISTORICAL", "BACKWARD"), ("last month", "HISTORICAL", "BACKWARD"),
    ("had been done", "HISTORICAL", "BACKWARD"), ("had been performed", "HISTORICAL", "BACKWARD"),
    ("not repeated", "NEGATED_EXISTENCE", "BACKWARD"), ("were not repeated", "NEGATED_EXISTENCE", "BACKWARD"),
    ("was not repeated", "NEGATED_EXISTENCE", "BACKWARD"),
    ("+", "TERMINATE", "TERMINATE"), ("plus", "TERMINATE", "TERMINATE"),
    ("and", "TERMINATE", "TERMINATE"), ("then", "TERMINATE", "TERMINATE"), (";", "TERMINATE", "TERMINATE"),
    (")", "TERMINATE", "TERMINATE"),
    # "CT chest for a nodule found last year": the date belongs to the finding, not to the study
    ("found", "TERMINATE", "TERMINATE"), ("discovered", "TERMINATE", "TERMINATE"),
    ("detected", "TERMINATE", "TERMINATE"), ("identified", "TERMINATE", "TERMINATE"),  # "standard (not detailed) ultrasound": the aside negates only itself
    ("but", "TERMINATE", "TERMINATE"), ("with", "TERMINATE", "TERMINATE"), ("today", "TERMINATE", "TERMINATE"),
]
# words after "X: no" that report a finding of a procedure that was done, not that X was not done
_FINDING_WORDS = [
    "complication", "complications", "lesion", "lesions", "mass", "masses", "polyp", "polyps", "abnormality", "abnormalities", "abnormal", "evidence", "bleeding", "pneumothorax", "acute", "significant", "residual", "leak", "obstruction", "stenosis", "stricture", "effusion", "tumor", "tumors", "nodule", "nodules", "ulcer", "ulcers", "suspicious", "gross", "visible", "injury", "perforation", "hematoma", "purulence", "immediate", "issues", "problems", "change", "changes", "focal", "mucosal", "active", "blood"]


# ConText's "free" negates backward ("pain free"); in operative notes it is mostly descriptive:
# "free flow into the duodenum", "tension-free mesh repair", "free edge", "free fluid"
_FREE_PSEUDO = [
    ("free + word", [{"LOWER": "free"}, {"IS_ALPHA": True, "LOWER": {"NOT_IN": [
        "of", "from", "and", "or", "since", "today", "now", "at", "for", "in", "on", "to", "with", "x"]}}]),
    ("tension-free", [{"LOWER": "tension"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "free"}]),
    # ConText reads "X: no ..." as a negated X (form fields such as "Fever: no"); "thoracentesis: no
    # complications", "laryngoscopy via R naris: no lesion seen" report a finding of a procedure that was done
    (": no + finding", [{"ORTH": ":"}, {"LOWER": "no"}, {"LOWER": {"IN": _FINDING_WORDS}}]),
]
_PAST = re.compile(r"\b(?:in|since|back in|during)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                   r"[a-z]*\.?\s+)?(?:19|20)\d\d\b|\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)\s+"
                   r"(?:years?|yrs?|months?|decades?|weeks?|days?)\s+ago\b|"
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
_LAB_ORDERED = re.compile(r"\b(?:order(?:ed|s|ing)?|sent (?:out|to)|send[- ]?out|reference lab(?:oratory)?|outside lab|"
                          r"will (?:check|draw|obtain|repeat)|to be (?:drawn|done|checked)|pending)\b", re.I)
_LAB_REVIEWED = re.compile(r"\b(?:reviewed|reviews|review of|reviewing|review(?:ing)? (?:of )?(?:the |her |his |their )?(?:recent |prior |last )?"
                           r"(?:labs?|results?)|results? (?:from|of) (?:the |her |his )?(?:last|prior|previous|recent)|"
                           r"(?:last|prior|previous|recent) (?:labs?|results?|week|month|year|visit)|\d+ (?:days?|weeks?|months?|years?) "
                           r"ago|(?:from|at) (?:the |an? )?(?:hospital|outside|ED|ER|emergency department|other)|on admission)\b",
                           re.I)
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
_NEG_NEAR = re.compile(r"\b(?:no|not|without|w/o)\s+(?:[\w-]+\s+){0,2}$", re.I)
_NEG_AFTER = re.compile(r"\s+(?:was |were |is )?(?:not|none)\b", re.I)
_OWN_NEG = re.compile(r"\b(?:without|w/o)\b", re.I)
_NEG_BEFORE = re.compile(r"\b(?:no|not|without|denies|denied|declined|deferred|negative for|never|cancel+ed)\b[^.;]{0,40}$",
                         re.I)


# a relative is only the subject of a procedure when the note says so ("mother had a colectomy",
# "family history of"); "after counselling the parent, the child received MMR" is the patient's own
_FAMILY_CUE = re.compile(r"\bfamily (?:history|hx)\b|\bFHx?\b|\b(?:mother|father|parent|sister|brother|sibling|"
                         r"aunt|uncle|grand(?:mother|father|parent)|cousin|son|daughter)s?(?:'s)? (?:had|has|underwent|"
                         r"with|died|was diagnosed|history)", re.I)


def _family_stated(state: CaseState, f: Fact) -> bool:
    if f.sentence < 0:
        return True
    s, e = state.sentences[f.sentence]
    return bool(_FAMILY_CUE.search(state.text, s, e))


_CLAUSE_NEG = re.compile(r"\b(?:no|not|without|declined|held|refused|deferred)\b", re.I)


def _dosed_after_comma(state: CaseState, f: Fact, doses: list[Fact]) -> bool:
    """ "no imaging, Kenalog 10 mg": a drug with its own dose after a comma is a new item, not in the
    scope of the earlier "no"."""
    if not any(0 <= d.start - f.end <= 15 or f.start <= d.start < f.end for d in doses):
        return False
    cut = max(state.text.rfind(p, 0, f.start) for p in ",;:")
    if cut < 0 or f.start - cut > 40:
        return False
    return not _CLAUSE_NEG.search(state.text, cut, f.start)


_HEAD_NEG = re.compile(r"[^\S\n]*:[^\S\n]*(?:not (?:performed|done|obtained|indicated)|none|declined|deferred|"
                       r"no\b(?!\s+(?:" + "|".join(_FINDING_WORDS) + r")\b)|n/a\b|omitted)", re.I)
# a "Plan:" heading starts its line ("Assessment/Plan:", "A/P:"); "Commercial plan: ..." names the payer
_PLAN_HEAD = re.compile(r"[^\S\n]*(?:(?:assessment|impression)[^\S\n]*(?:/|and|&)[^\S\n]*)?(?:plan|recommendations?|A/P)[^\S\n]*:",
                        re.I)
_NON = re.compile(r"\b(?:non|not)[- ]?$", re.I)
_NON_HYPHEN = re.compile(r"\bnon-?$", re.I)
_POSTOP_OF = re.compile(r"\b(?:post[- ]?op(?:erative)?|POD\s*#?\d+)(?:\s+(?:day\s+)?#?\d+)?(?:\s+(?:s/p|after|from|of))?"
                        r"(?:\s+(?:an?|the|her|his|[RL]|right|left|bilateral))?\s*$", re.I)
_LIST_ORDERED = re.compile(r"\s*(?:,|and)\s[^.;:\n]{0,40}?\b(?:were|are|will be) (?:ordered|sent out)\b", re.I)
_ORDERED_LIST = re.compile(r"\b(?:ordered|will order|to order)\b(?:(?!\b(?:performed|run|drawn|done|collected|resulted|"
                           r"obtained|in[- ]office|point[- ]of[- ]care|and (?:performed|run|done))\b)[^.;:\n])*?"
                           r"\band (?:an? |the )?$", re.I)


def run(state: CaseState) -> None:
    """Stage: set ``assertion`` on procedure, feature and site facts."""
    # ConText is the costly part of a long note: only sentences near a procedure mention need it
    near = {m.fact.sentence + d for m in state.mentions for d in (-2, -1, 0, 1, 2)}
    facts = [f for f in state.facts if f.kind in ("procedure", "feature") and f.sentence in near]
    if facts:
        _parse(state, facts)
    for f in state.facts:  # a feature far from any mention ("Subject: URS laser no stent") skips ConText
        if f.kind == "feature" and f.assertion == "present" and (
                _NEG_AFTER.match(state.text, f.end)  # "stent not left": ConText's "not" looks forward only
                or f.sentence not in near and _NEG_NEAR.search(state.text, max(0, f.start - 30), f.start)):
            f.assertion = "negated"
    _lab_status(state)
    doses = [d for d in state.facts if d.kind == "dose"]
    for f in state.facts:
        if f.assertion == "family" and not _family_stated(state, f):
            f.assertion = "present"
        if f.kind == "procedure" and f.assertion == "negated" and _dosed_after_comma(state, f, doses):
            f.assertion = "present"
        if (f.kind == "procedure" and f.assertion == "negated" and _OWN_NEG.search(f.text)
                and not _NEG_BEFORE.search(state.text, max(0, f.start - 50), f.start)):
            f.assertion = "present"  # "family psychotherapy without the patient": the code's own "without"
        if f.kind == "procedure" and f.assertion == "present" and _ORDERED_LIST.search(
                state.text, max(0, f.start - 70), f.start):
            f.assertion = "hypothetical"  # "I ordered an A1c and a BMP": 'and' ends ConText's scope, not the order
        elif f.kind == "procedure" and f.assertion == "present" and _LIST_ORDERED.match(state.text, f.end):
            f.assertion = "hypothetical"  # "A1c and a lipid panel were ordered"
        if f.kind == "procedure" and f.assertion == "present" and _POSTOP_OF.search(state.text, max(0, f.start - 25),
                                                                                    f.start):
            f.assertion = "historical"  # "postop TKA", "POD 14 s/p R TKA": the operation already done
        if f.kind == "feature" and f.assertion == "present" and _NON.search(state.text, max(0, f.start - 6), f.start):
            f.assertion = "negated"  # "non-automated", "not automated": the prefix negates the feature itself
        if f.kind == "procedure" and f.assertion == "present" and _NON_HYPHEN.search(state.text, max(0, f.start - 4),
                                                                                      f.start):
            f.assertion = "negated"  # "non-chemo infusion" names what the service is not
        if f.assertion == "present" and f.kind in ("procedure", "feature") and _HEAD_NEG.match(state.text, f.end):
            f.assertion = "negated"  # "NEEDLE EMG: Not performed": a colon ends ConText's scope, not the heading's
        if f.assertion == "present" and f.kind == "procedure" and _PLAN_HEAD.match(
                state.text, state.text.rfind("\n", 0, f.start) + 1, f.start):
            f.assertion = "hypothetical"  # "Assessment/Plan: ... duplex ordered" on the heading's own line
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
    _billed_elsewhere(state)
    _cancelled_everywhere(state)


# "X was cancelled", "X was aborted", "X called off": the service named earlier ("TEE before cardioversion") never happened
_CANCELLED_AFTER = re.compile(r"\s+(?:was|were|is|got)\s+(?:then\s+)?(?:cancell?ed|aborted|called off)\b", re.I)


def _cancelled_everywhere(state: CaseState) -> None:
    procs = [f for f in state.facts if f.kind == "procedure"]
    gone = {f.value for f in procs if f.assertion in ("negated", "present") and _CANCELLED_AFTER.match(state.text, f.end)}
    for f in procs:
        if f.value in gone and f.assertion == "present":
            f.assertion = "negated"


# "(billed by radiology)", "(they bill that)", "excision billed by the oncologic surgeon": another provider's service
_OTHER_BILLS = re.compile(r"\b(?:billed|bills?|billing)\s+(?:by|that|it|this|for that|separately by)\b|\bthey bill\b", re.I)


def _billed_elsewhere(state: CaseState) -> None:
    """A procedure mention right before a cue that someone else bills it is not today's claim line."""
    procs = [f for f in state.facts if f.kind == "procedure" and f.assertion == "present"]
    for m in _OTHER_BILLS.finditer(state.text):
        sid = state.sentence_of(m.start())
        before = [f for f in procs if f.sentence == sid and f.end <= m.start()]
        if not before:
            continue
        last = max(f.end for f in before)
        if m.start() - last > 40 or re.search(r"[.;]", state.text[last:m.start()]):
            continue
        first = min(f.start for f in before if f.end == last)
        for f in before:
            if f.end > first:  # the nearest mention and the ones overlapping it
                f.assertion = "hypothetical"
