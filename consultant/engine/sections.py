"""Zones and sections of a case text.

Emails carry text that must never produce codes: quoted earlier messages
("> ..." lines, "On <date> <someone> wrote:", "-----Original Message-----"),
signatures ("-- ", "Thanks,", "Sent from my iPhone" and what follows) and
confidentiality disclaimers.  Operative notes carry headed sections
(PROCEDURE:, FINDINGS:, HISTORY: ...); the section label tells later stages
that, say, a history section describes the past.  Line-oriented rules, in the
spirit of medspaCy's Sectionizer, but cheap enough to run on every case.
"""
from __future__ import annotations

import re

from .model import CaseState

_QUOTE_START = re.compile(
    r"^(?:On .{4,120} wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|-{2,}\s*Forwarded message|"
    r"From: .+$|_{10,}\s*$)", re.I)
_SIGNATURE_START = re.compile(
    r"^(?:--\s*$|(?:thanks|thank you|many thanks|best|best regards|regards|kind regards|sincerely|cheers)"
    r"[,!.]?\s*$|sent from my \w+)", re.I)
_DISCLAIMER = re.compile(
    r"^(?:confidentiality notice|this (?:e-?mail|message)(?: and any attachments)? (?:is|may be|contains)"
    r"|privileged and confidential|disclaimer:|the information (?:contained )?in this)", re.I)
_HEADER = re.compile(r"^\s*([A-Z][A-Za-z /&()-]{2,60}?)\s*:", re.M)
# transcribed notes often run their headings inline: "...normal.,PROCEDURES: , Ultrasound guided ..."
_INLINE_HEADER = re.compile(r"(?:(?<=[.,;:])|(?<=\s\s))\s*([A-Z][A-Z /&()-]{2,60}?)\s*:(?=[\s,]|$)")

SECTION_LABELS = {
    "history": ("history", "hpi", "past medical", "past surgical", "pmh", "psh", "past history",
                "surgical history", "medical history", "family history", "social history", "indication",
                "indications", "reason for", "chief complaint", "allergies", "subjective", "review of systems",
                "ros", "history of present illness", "brief history", "clinical history"),
    "medication": ("medications", "medication", "current medications", "meds", "home medications",
                   "discharge medications", "medications on discharge", "allergies"),
    "diagnosis": ("preoperative diagnosis", "postoperative diagnosis", "pre-operative diagnosis",
                  "post-operative diagnosis", "diagnosis", "diagnoses", "impression", "assessment",
                  "preop diagnosis", "postop diagnosis", "pre-op diagnosis", "post-op diagnosis",
                  "preoperative diagnoses", "postoperative diagnoses", "final diagnosis", "admitting diagnosis",
                  "discharge diagnosis", "discharge diagnoses", "pathology", "laboratory", "labs",
                  "laboratory data", "imaging", "radiology", "physical examination", "physical exam", "exam",
                  "examination", "vital signs", "complications", "estimated blood loss", "specimens",
                  "specimen", "drains", "fluids", "condition", "hospital course"),
    "procedure": ("procedure", "procedures", "operation", "operations", "procedure performed",
                  "procedures performed", "operative procedure", "service", "services", "procedures done",
                  "procedure done", "name of procedure", "name of operation", "title of operation",
                  "operation performed", "operations performed", "surgery performed", "summary"),
    "narrative": ("description of procedure", "technique", "details", "findings", "description",
                  "procedure in detail", "details of procedure", "details of the procedure",
                  "description of the procedure", "procedure description", "procedure note", "operative note",
                  "operative report", "operative findings", "intraoperative findings", "operative technique",
                  "description of operation", "course of procedure", "operative course", "narrative"),
    "detail": ("anesthesia", "type of anesthesia", "anesthetic", "implants", "tourniquet time"),
    "plan": ("plan", "recommendation", "recommendations", "disposition", "follow up", "follow-up",
             "assessment and plan", "discharge instructions", "discharge plan", "instructions"),
}


# headings that open an anesthesia provider's own record or claim: the service itself, not the anesthesia type
_ANESTHESIA_SERVICE = ("anesthesia record", "anesthesia claim", "anesthesia billing", "anesthesia service",
                       "anesthesia services", "anesthesia note", "anesthesia report")
# a heading that names the pathologist's own service is the service, not a findings section
_PATH_SERVICE = ("surgical pathology", "pathology consult", "pathology report", "path report", "frozen section",
                 "intraoperative consult", "cytopathology", "cytology")


def _label(header: str) -> str:
    h = header.strip().lower()
    if h in _ANESTHESIA_SERVICE:
        return "other"
    if h.startswith(_PATH_SERVICE):
        return "procedure"
    for label, names in SECTION_LABELS.items():
        if any(h == n or h.startswith(n + " ") for n in names):
            return label
    return "other"


def _line_spans(text: str) -> list[tuple[int, int, str]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line), line.rstrip("\r\n")))
        pos += len(line)
    return spans


def find_ignored(text: str) -> list[tuple[int, int, str]]:
    """Spans that are quoted history, signature or disclaimer."""
    out: list[tuple[int, int, str]] = []
    lines = _line_spans(text)
    skip_to = 0
    for i, (start, end, line) in enumerate(lines):
        stripped = line.strip()
        if i < skip_to:
            continue
        if stripped.startswith(">"):
            out.append((start, end, "quoted"))
        elif _FORWARD.match(stripped) and _cover_note(lines[:i]):
            # "FYI, see below" then a forwarded note: the forwarded note is the case; only its header lines go
            skip_to = i + 1
            while skip_to < len(lines) and _FWD_HEADER.match(lines[skip_to][2].strip()):
                skip_to += 1
            out.append((start, lines[skip_to - 1][1], "quoted"))
        elif _QUOTE_START.match(stripped) and i > 0:
            out.append((start, len(text), "quoted"))
            break
        elif _SIGNATURE_START.match(stripped) and _tail_is_short(lines[i + 1:]):
            out.append((start, len(text), "signature"))
            break
        elif _DISCLAIMER.match(stripped):
            out.append((start, len(text), "disclaimer"))
            break
    return out


_FORWARD = re.compile(r"^-{2,}\s*Forwarded message\s*-{2,}\s*$|^Begin forwarded message:?\s*$", re.I)
_FWD_HEADER = re.compile(r"^(?:From|Date|Sent|To|Cc|Subject):|^\s*$", re.I)
_CLINICAL = re.compile(r"\b\d+(?:\.\d+)?\s*(?:cm|mm|mg|ml|min|minutes|units?)\b|\b(?:performed|underwent|we did)\b", re.I)


def _cover_note(before: list[tuple[int, int, str]]) -> bool:
    """The sender's own text above a forwarded message is a short cover line with no clinical content."""
    body = [line for _, _, line in before if line.strip()]
    text = " ".join(body)
    return len(body) <= 3 and len(text) < 200 and not _CLINICAL.search(text)


def _tail_is_short(rest: list[tuple[int, int, str]]) -> bool:
    """A sign-off starts a signature only when little text follows it."""
    body = [line for _, _, line in rest if line.strip() and not line.strip().startswith(">")]
    return len(body) <= 8 and sum(len(x) for x in body) < 500


# an imaging report's "EXAM:" names the study done, not the physical examination
_EXAM_HEADS = ("exam", "examination", "exam performed", "examination performed", "study", "studies")
_IMAGING_EXAM = re.compile(
    r"\b(?:CT|CTA|MRI|MRA|MR|PET|XR|x-?rays?|radiographs?|radiography|views?|ultrasound|sonograms?|US|"
    r"mammogra\w*|tomosynthesis|DXA|DEXA|densitometry|fluoroscop\w*|scan|doppler|duplex|echocardiogra\w*|"
    r"angiogra\w*|nuclear|scintigra\w*)\b", re.I)


def _header_label(text: str, start: int, head: str) -> str:
    label = _label(head)
    if label == "diagnosis" and head.strip().lower() in _EXAM_HEADS:
        body = text[start + len(head):start + len(head) + 90].split("\n", 1)[0]
        body = body.lstrip(" :")
        if _IMAGING_EXAM.search(body):
            return "procedure"
    return label


def find_sections(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) for each headed section; text before the first is 'other'."""
    found = {m.start(1): m.group(1) for m in _HEADER.finditer(text)}
    for m in _INLINE_HEADER.finditer(text):
        if len(m.group(1).strip()) > 3 or m.group(1).strip() in ("HPI", "ROS", "PMH", "PSH"):
            found.setdefault(m.start(1), m.group(1))
    heads = [(start, _header_label(text, start, head)) for start, head in sorted(found.items())
             if len(head.split()) <= 6]
    out = []
    for i, (start, label) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        out.append((start, end, label))
    return out


def run(state: CaseState) -> None:
    """Stage: mark ignored zones and sections."""
    state.ignored = find_ignored(state.text)
    state.sections = find_sections(state.text)


def section_at(state: CaseState, pos: int) -> str:
    label = "other"
    for start, end, lab in state.sections:
        if start <= pos < end:
            label = lab
    return label


def has_procedure_section(state: CaseState) -> bool:
    return any(lab in ("procedure", "narrative") for _, _, lab in state.sections)


# sections whose words describe the patient, not the service: they never produce a procedure code
NON_CODING = {"history", "diagnosis", "medication", "plan", "detail"}
