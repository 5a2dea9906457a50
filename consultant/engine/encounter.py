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
                                        r"floor patient|on the ward|hospital (?:care|visit|discharge|day|stay|course)|hospitali[sz]ed|hospitalist)\b", re.I)),
    ("setting", "observation", re.compile(r"\bobservation\b|\bobs status\b", re.I)),
    ("setting", "nursing_facility", re.compile(r"\b(?:nursing (?:facility|home)|SNF|skilled nursing)\b", re.I)),
    ("setting", "home", re.compile(r"\bhome visit\b|\bseen at home\b|\bin (?:the|her|his) home\b", re.I)),
    ("setting", "telehealth", re.compile(r"\b(?:telehealth|telemedicine|video visit|virtual visit)\b", re.I)),
    ("setting", "office", re.compile(r"\b(?:office|clinic)\b", re.I)),
    ("patient", "new", re.compile(r"\bnew (?:[A-Za-z-]+ )?(?:patient|pt)s?\b|\bNP\b|\bnever (?:been )?seen\b|"
                                  r"\bfirst visit\b|\bnew to (?:the|our|this) (?:practice|group|clinic|office)\b|"
                                  r"\b(?:sees|seeing|saw|seen by) (?:me|us)\b[^.]{0,60}\bfor the first time\b|"
                                  r"\b(?:seen|sees|seeing|saw)\b[^.;]{0,40}\bfor (?:the )?(?:first|1st) time\b|"
                                  r"\b(?:first|1st) time (?:anyone|anybody|we|our \w+)\b[^.;]{0,40}\b(?:seen|saw|see)\b", re.I)),
    ("patient", "established", re.compile(r"\bestablished (?:[A-Za-z-]+ )?(?:patient|pt|visit)\b|\b(?:patient|pt),? established\b|\bestablished (?:\d+[- ]?(?:yo|y/o|year|month|week)|male|female|child|boy|girl|man|woman)|\best\.? pt\b|"
                                          r"\breturning patient\b|\b(?:sees|seen by|returns to|back to) (?:the )?same (?:[a-z]+ )?(?:surgeon|physician|doctor|provider)\b|\bfollow[- ]?up visit\b|\bknown patient\b|\bestablished (?:[A-Za-z]+ ){0,2}patients\b", re.I)),
    ("visit", "visit", re.compile(r"\b(?:office visit|visit|seen (?:in|at|for|today)|consult(?:ation)?|"
                                  r"E/M|E&M|evaluation and management|evaluated|encounter|H&P|"
                                  r"admission h&p|rounding|discharge|d/c|hospital (?:care|visit)|observation (?:care|visit)|"
                                  r"inpatient (?:care|visit)|progress note|admission note|admit note|history and physical|"
                                  r"post[- ]?op(?:erative)? (?:check|visit|follow[- ]?up|wound check|day \d+)|"
                                  r"global period)\b", re.I)),
    ("initial", "initial", re.compile(r"\b(?:initial|first (?:day|hospital day)|admission)\b", re.I)),
    ("subsequent", "subsequent", re.compile(r"\b(?:subsequent|follow[- ]?up|hospital day \d|day \d of|progress note|"
                                            r"(?:note |visit |rounds? )day [2-9]|daily (?:visit|rounds|progress))\b", re.I)),
    ("discontinued", "53", re.compile(r"\b(?:discontinued|aborted|terminated early|stopped (?:due|because)|"
                                      r"could not be completed|unable to complete|procedure was abandoned)\b", re.I)),
    ("reduced", "52", re.compile(r"\b(?:reduced service|partially completed|only (?:partially|part of)|"
                                 r"incomplete (?:study|exam|procedure)|limited to one)\b", re.I)),
    ("separate_em", "25", re.compile(r"\b(?:separately identifiable|significant(?:ly)?,? separate|"
                                     r"separately documented|problem[- ]oriented (?:visit|service|e/m|evaluation)|"
                                     r"separate (?:problem|complaint|issue|e/m|evaluation)|also (?:evaluated|addressed|"
                                     r"managed|discussed)|in addition,? (?:evaluated|addressed|managed))\b", re.I)),
    ("discharge", "discharge", re.compile(r"\b(?:discharge(?:d)? (?:day|management|mgmt|summary|home|today|to (?:home|rehab|snf))|"
                                          r"d/c (?:day|home|today|mgmt|management|summary)|hospital discharge|"
                                          r"discharged (?:from|the patient|her|him|same|the same|on the same|later (?:that|the)(?: same)? day)|"
                                          r"discharging|admit(?:ted)? and discharged?)\b", re.I)),
]
_SENT_TO = re.compile(r"\b(?:sent|send|referred|refer|go|went|directed|transferred|transfer|transport(?:ed)?)"
                      r"(?: \w+)? to (?:the )?$", re.I)
_MDM = re.compile(r"\b(?:(?:straightforward|low|moderate|high)\s+(?:to|-|or)\s+)?(straightforward|low|moderate|high)"
                  r"(?:[- ]complexity)?\s*(?:level\s+)?(?:of\s+)?"
                  r"(?:mdm|medical decision[- ]making|decision[- ]making)\b|"
                  r"\b(?:mdm|medical decision[- ]making|decision[- ]making)\s*(?:is|was|of|:|=|-)?\s*"
                  r"(?:(?:considered|documented|judged|rated|assessed)\s+)?(?:as\s+)?(?:being\s+)?(straightforward|low|moderate|high)\b", re.I)
_TOTAL_TIME = re.compile(r"\b(?:total(?: practitioner| physician| provider)? time|spent|"
                         r"time spent|face[- ]to[- ]face|critical care(?: time)?|total of|counseling|"
                         r"discharge|day (?:management|mgmt)|(?:coded?|level(?:ed)?) (?:by|on) time|"
                         r"on (?:the )?(?:unit|floor))\b", re.I)


_ADMIT_PLANNED = re.compile(r"\b(?:decides?|decided|decision|plans?|planned|planning|will|arranges?|arranged|arranging|"
                            r"recommends?|recommended|needs?|requires?|requiring|sent for)\b[^.;]{0,30}$", re.I)


def extract(text: str) -> list[Fact]:
    out = []
    for kind, value, pat in _PATTERNS:
        for m in pat.finditer(text):
            if value == "ed" and _SENT_TO.search(text, max(0, m.start() - 25), m.start()):
                continue  # "sent to the ED": where the patient goes next, not where the visit took place
            if "admi" in m.group().lower() and _ADMIT_PLANNED.search(text, max(0, m.start() - 40), m.start()):
                continue  # "decides on direct hospital admission": the visit itself happened elsewhere
            out.append(Fact(kind, m.group(), m.start(), m.end(), value=value))
    if not any(f.kind == "patient" for f in out):
        out.extend(_last_seen(text))
    for m in _MDM.finditer(text):
        level = (m.group(1) or m.group(2)).lower()
        out.append(Fact("mdm", m.group(), m.start(), m.end(), value=level))
    if not any(f.kind == "mdm" for f in out):
        out.extend(_mdm_elements(text))
    return out


_LEVELS = ("straightforward", "low", "moderate", "high")
# decision-making elements a note states without naming the level: problems addressed and the risk of management
_PROBLEMS = [
    (3, re.compile(r"\bthreat to (?:life|bodily function)|\bsevere exacerbation\b|\blife[- ]threatening\b", re.I)),
    (2, re.compile(r"\bchronic (?:illness|condition|disease|problem)e?s? with (?:exacerbation|progression|worsening|side effects)|"
                   r"\bwith (?:mild )?(?:exacerbation|progression)\b|\b(?:poorly controlled|uncontrolled)\b|"
                   r"\b(?:two|2|three|3|several|multiple) (?:or more )?stable chronic|\bundiagnosed new problem|"
                   r"\bacute illness with systemic|\bacute complicated injury", re.I)),
    (1, re.compile(r"\b(?:two|2|three|3) (?:or more )?(?:self[- ]limited|minor) (?:problems|illnesses|conditions|issues)|"
                   r"\bstable chronic (?:illness|condition|disease|problem)|\bacute uncomplicated (?:illness|injury)|"
                   r"\buncomplicated (?:acute )?(?:illness|injury|uri|uti|infection)", re.I)),
    (0, re.compile(r"\b(?:one|a|1|single) (?:self[- ]limited|minor) (?:problem|illness|condition|issue)", re.I)),
]
_RISK = [
    (3, re.compile(r"\bdecision (?:regarding|for|about|to) (?:hospitali[sz]|admi(?:t|ssion)|emergency (?:major )?surgery|"
                   r"(?:elective )?major surgery)|\bintensive monitoring for toxicity\b", re.I)),
    (2, re.compile(r"\bprescription (?:drug )?management\b|\b(?:started|start(?:ing)?|prescribed|new prescription for|"
                   r"changed (?:the )?dose of|increased|titrated)\b[^.;]{0,30}\b(?:\d+\s?mg|tablets?|daily|bid|tid|"
                   r"omeprazole|amoxicillin|lisinopril|metformin|prednisone|antibiotics?)\b|"
                   r"\bmedication (?:change|adjustment)s?\b|\b(?:dose|dosage) (?:change|adjustment|increase|decrease)|"
                   r"\b(?:increased|adjusted|titrated|changed|reduced) (?:the |her |his )?(?:dose|dosage)|"
                   r"\b[a-z]+(?:in|ide|ol|il|one|pam|pine|tan|mab) (?:was |is )?(?:increased|decreased|adjusted|titrated)\b|"
                   r"\bdecision (?:regarding|for) minor "
                   r"surgery|\bsocial determinants\b", re.I)),
    (1, re.compile(r"\bover[- ]the[- ]counter\b|\bOTC\b", re.I)),
    (0, re.compile(r"\breassurance (?:only|given)\b|\brest and fluids\b", re.I)),
]


def _mdm_elements(text: str) -> list[Fact]:
    """MDM from its elements when the note names no level: two of three (problems, data, risk); data is taken
    as minimal unless stated, so the level is the lower of problems and risk, and both must be stated."""
    p = next(((lvl, m) for lvl, rx in _PROBLEMS for m in [rx.search(text)] if m), None)
    r = next(((lvl, m) for lvl, rx in _RISK for m in [rx.search(text)] if m), None)
    if p is None or r is None:
        return []
    level = min(p[0], r[0])
    m = p[1] if p[0] <= r[0] else r[1]
    return [Fact("mdm", m.group(), m.start(), m.end(), value=_LEVELS[level])]


_NUMWORD = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "a": 1, "several": 4, "many": 5}
_LAST_SEEN = re.compile(r"\b(?:seen|visit(?:ed)?|saw|appointment|encounter|been in)\b[^.;]{0,60}?\b(\d+|one|two|three|four|"
                        r"five|six|seven|eight|nine|ten|a|several|many) ?(years?|yrs?|months?|mos?|weeks?|wks?)(?: and \w+ months?)? ago\b|"
                        r"\b(?:no|not) (?:been )?(?:seen|visit\w*)[^.;]{0,40}?\b(?:in|for) (?:over |more than )?"
                        r"(\d+|three|four|five|six|seven|eight|nine|ten) (years?)\b", re.I)


_OTHER_SPECIALTY = re.compile(r"\b(?:different|another|other) (?:specialty|speciality|subspecialty|group)\b", re.I)


def _last_seen(text: str) -> list[Fact]:
    """New vs established from when the practice last saw the patient: within 3 years (any practitioner of the same
    specialty and group) is established; 3 years or more is new."""
    out = []
    for m in _LAST_SEEN.finditer(text):
        num, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        n = int(num) if num.isdigit() else _NUMWORD.get(num.lower(), 0)
        years = n if unit.lower().startswith("y") else 0
        if not n:
            continue
        other = _OTHER_SPECIALTY.search(text)  # seen by a partner of another specialty: still new to this one
        out.append(Fact("patient", m.group(), m.start(), m.end(),
                        value="new" if years >= 3 or other else "established"))
    return out


def is_total_time(text: str, time_fact: Fact) -> bool:
    """True when a time is the visit's total/critical-care time, not a duration of something else."""
    window = text[max(0, time_fact.start - 60):time_fact.end + 40]
    if _TOTAL_TIME.search(window):
        return True
    # "Total time on the date, including record review, exam, family discussion and documentation: 60 minutes"
    before = re.split(r"[.\n]\s", text[max(0, time_fact.start - 200):time_fact.start])[-1]
    return bool(re.match(r"\s*(?:TIME:\s*)?total(?: practitioner| physician| provider)? time\b", before, re.I))


# hospital day families: same-day admit and discharge, discharge day, transitional care after a discharge
SAME_DAY = re.compile(r"\bsame (?:calendar )?(?:day|date)\b|\badmitted and discharged\b|\bin and out\b|"
                      r"\badmit(?:ted)? and (?:discharge|d/c)", re.I)
TCM = re.compile(r"\btransitional care\b|\bTCM\b|\bwithin (?:7|seven|14|fourteen) (?:calendar )?days (?:of|after|from) "
                 r"(?:the )?(?:hospital )?discharge|\bpost[- ]discharge (?:visit|follow|care)|"
                 r"\bdischarged from (?:the )?(?:hospital|facility|snf|rehab)[^.]{0,80}\b(?:on|last|days? ago|yesterday)", re.I)
TCM_LATE = re.compile(r"\bwithin (?:14|fourteen) (?:calendar )?days\b|\b(?:day|days) (?:8|9|1[0-4])\b", re.I)
# a routine visit after surgery inside its global period (99024), unless it is for an unrelated problem (modifier 24)
POSTOP = re.compile(r"\bpost[- ]?op(?:erative)? (?:check|visit|follow[- ]?up|wound check|day)|\bPOD\s?#?\d+|\bglobal (?:period|package)\b", re.I)
UNRELATED = re.compile(r"\bunrelated\b|\bnot related to (?:the )?(?:surgery|procedure|operation)|\bmodifier 24\b|"
                       r"\b(?:different|another|other) (?:physician|provider|surgeon|specialty)|\bhospitalist\b", re.I)

