"""Encounter facts: setting (office, ED, inpatient ...), new vs established
patient, medical decision making level, visit cues, initial vs subsequent,
and the modifiers' cues (interpretation only, reduced, discontinued,
separate E/M problem)."""
from __future__ import annotations

import re

from .model import Fact

_PATTERNS: list[tuple[str, str, re.Pattern[str]]] = [
    ("setting", "ed", re.compile(r"\b(?:(?i:emergency (?:department|room))|ED|ER)\b")),
    ("setting", "critical_care", re.compile(r"\bcritical care\b|\bICU\b", re.I)),
    ("setting", "inpatient", re.compile(r"\b(?:inpatient|admitted|admission|hospital day|hospital care|"
                                        r"floor patient|on the ward)\b", re.I)),
    ("setting", "observation", re.compile(r"\bobservation\b|\bobs status\b", re.I)),
    ("setting", "nursing_facility", re.compile(r"\b(?:nursing (?:facility|home)|SNF|skilled nursing)\b", re.I)),
    ("setting", "home", re.compile(r"\bhome visit\b|\bseen at home\b|\bin (?:the|her|his) home\b", re.I)),
    ("setting", "telehealth", re.compile(r"\b(?:telehealth|telemedicine|video visit|virtual visit)\b", re.I)),
    ("setting", "office", re.compile(r"\b(?:office|clinic)\b", re.I)),
    ("patient", "new", re.compile(r"\bnew (?:[A-Za-z]+ )?(?:patient|pt)s?\b|\bNP\b|\bnever (?:been )?seen\b|"
                                  r"\bfirst visit\b|\bnew to (?:the|our|this) (?:practice|group|clinic|office)\b|"
                                  r"\b(?:sees|seeing|saw|seen by) (?:me|us)\b[^.]{0,60}\bfor the first time\b|"
                                  r"\blast seen\b[^.]{0,50}\b(?:(?:three|four|five|six|seven|eight|nine|ten|[3-9]|\d\d) years?)"
                                  r"(?: and [a-z\d]+ months?)? ago\b", re.I)),
    ("patient", "established", re.compile(r"\bestablished (?:[A-Za-z]+ )?(?:patient|pt)\b|\b(?:patient|pt),? established\b|\bestablished (?:\d+[- ]?(?:yo|y/o|year|month|week)|male|female|child|boy|girl|man|woman)|\best\.? pt\b|"
                                          r"\breturning patient\b|\bfollow[- ]?up visit\b|\bknown patient\b|\bestablished (?:[A-Za-z]+ ){0,2}patients\b|"
                                          r"\blast seen\b[^.]{0,50}\b(?:(?:one|two|a|1|2) years?|(?:\d{1,2}|a few|several|"
                                          r"one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:months?|weeks?))"
                                          r"(?: and [a-z\d]+ months?)? ago\b", re.I)),
    ("visit", "visit", re.compile(r"\b(?:office visit|visit|seen (?:in|at|for|today)|consult(?:ation)?|"
                                  r"E/M|E&M|evaluation and management|evaluated|encounter|H&P|"
                                  r"admission h&p|rounding|discharge|admission note|admit note|history and physical|progress note)\b", re.I)),
    ("initial", "initial", re.compile(r"\b(?:initial|first (?:day|hospital day)|admission)\b", re.I)),
    ("subsequent", "subsequent", re.compile(r"\b(?:subsequent|follow[- ]?up|hospital day \d|day \d of)\b", re.I)),
    ("discontinued", "53", re.compile(r"\b(?:discontinued|aborted|terminated early|stopped (?:due|because)|"
                                      r"could not be completed|unable to complete|procedure was abandoned)\b", re.I)),
    ("reduced", "52", re.compile(r"\b(?:reduced service|partially completed|only (?:partially|part of)|"
                                 r"incomplete (?:study|exam|procedure)|limited to one)\b", re.I)),
    ("separate_em", "25", re.compile(r"\b(?:separately identifiable|significant(?:ly)?,? separate|"
                                     r"separate (?:problem|complaint|issue|e/m|evaluation)|also (?:evaluated|addressed|"
                                     r"managed|discussed)|in addition,? (?:evaluated|addressed|managed))\b", re.I)),
    ("discharge", "discharge", re.compile(r"\bdischarge(?:d)? (?:day|management|summary)\b", re.I)),
]
_MDM = re.compile(r"\b(?:(?:straightforward|low|moderate|high)\s+(?:to|-|or)\s+)?(straightforward|low|moderate|high)"
                  r"(?:[- ]complexity)?\s*(?:level\s+)?(?:of\s+)?"
                  r"(?:mdm|medical decision[- ]making|decision[- ]making)\b|"
                  r"\b(?:mdm|medical decision[- ]making|decision[- ]making)\s*(?:is|was|of|:|=|-)?\s*"
                  r"(?:(?:considered|documented|judged|rated|assessed)\s+)?(?:as\s+)?(?:being\s+)?(straightforward|low|moderate|high)\b", re.I)
_TOTAL_TIME = re.compile(r"\b(?:total(?: practitioner| physician| provider)? time|spent|"
                         r"time spent|face[- ]to[- ]face|critical care(?: time)?|total of|counseling)\b", re.I)


def extract(text: str) -> list[Fact]:
    out = []
    for kind, value, pat in _PATTERNS:
        for m in pat.finditer(text):
            out.append(Fact(kind, m.group(), m.start(), m.end(), value=value))
    for m in _MDM.finditer(text):
        level = (m.group(1) or m.group(2)).lower()
        out.append(Fact("mdm", m.group(), m.start(), m.end(), value=level))
    return out


def is_total_time(text: str, time_fact: Fact) -> bool:
    """True when a time is the visit's total/critical-care time, not a duration of something else."""
    window = text[max(0, time_fact.start - 60):time_fact.end + 40]
    if _TOTAL_TIME.search(window):
        return True
    # "Total time on the date, including record review, exam, family discussion and documentation: 60 minutes"
    before = re.split(r"[.\n]\s", text[max(0, time_fact.start - 200):time_fact.start])[-1]
    return bool(re.match(r"\s*(?:TIME:\s*)?total(?: practitioner| physician| provider)? time\b", before, re.I))
