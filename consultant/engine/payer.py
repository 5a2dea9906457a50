"""Modifiers a payer asks for that depend on the service's kind, not its site:
therapy discipline (GP/GO/GN), single-dose drug waste (JZ/JW), CLIA-waived
tests (QW), a Medicare screening colonoscopy that turned therapeutic (PT; 33
for other payers), chiropractic active treatment (AT), and 57 vs 25 on an E/M
beside a procedure (decision for major surgery vs a minor procedure)."""
from __future__ import annotations

import re

from .model import CaseState, Choice

# codes that are always therapy under a plan of care (CMS "always therapy" list, the common ones)
_ALWAYS_THERAPY = re.compile(r"^(970(1[0-9]|2[0-9]|3[0-9])|971(1[0-9]|2[0-9]|3[0-9]|4[0-9]|5[0])|9716[1-8]|"
                             r"975(30|33|35|37|42|45|46)|977(50|55|6[0-3])|9250[78]|9252[1-6]|92597|92610|G0283)$")
_OT_EVAL, _PT_EVAL = re.compile(r"^9716[5-8]$"), re.compile(r"^9716[1-4]$")
_SLP = re.compile(r"^(9250[78]|9252[1-6]|92597|92610)$")
_OT = re.compile(r"\boccupational\s+therap|\bOT\b|\bOTR\b|\bCOTA\b")
_SP = re.compile(r"\bspeech|\blanguage\s+patholog|\bSLP\b|\bdysphagia\s+therap", re.I)
_PT = re.compile(r"\bphysical\s+therap|\bphysiotherap|\bPT\b|\bDPT\b|\bPTA\b")

# CLIA-waived tests that CMS wants billed with QW (tests exempt from QW, e.g. 81002, 81025, 82270,
# 82962, 83026, 84830, 85013, 85651, are not listed)
_WAIVED_QW = frozenset("""80047 80048 80051 80053 80061 82010 82040 82043 82044 82150 82247 82465 82523 82565
82947 82950 82951 82952 82977 83001 83002 83036 83718 83880 84075 84100 84155 84295 84443 84450 84460
84478 84520 84703 85014 85018 85576 85610 86294 86308 86318 86618 86701 86703 86780 86803 87077 87210
87389 87426 87428 87429 87502 87631 87635 87636 87637 87651 87801 87804 87806 87807 87808 87809 87811
87880 87899 89300 89310 89320 81003 80305""".split())
_WAIVED_CUE = re.compile(r"\b(CLIA[- ]?waived|waived\s+(test|kit|method|assay|device)|waived"
                         r"|certificate\s+of\s+waiver|waiver\s+certificate)\b", re.I)
# "not waived", "non-waived", a moderate/high complexity lab: the test is not run under a waiver
_NOT_WAIVED = re.compile(r"\b(not|non)[- ](CLIA[- ])?waived\b|\b(moderate|high)[- ]complexity\b", re.I)

_NO_WASTE = re.compile(r"\b(nothing|none|no\s+(drug|medication|amount|portion)?\s*(was\s+)?)\s*(discarded|wasted)"
                       r"|\bno\s+(drug\s+)?wast(e|age)\b|\bwhole\s+(vial|dose|syringe|bottle|bag)\b"
                       r"|\bentire\s+(vial|contents|dose|syringe|bottle|bag)\b|\bfull\s+dose\s+(given|administered|infused)"
                       r"|\b(fully|completely)\s+(given|used|infused|administered|injected)\b|\bnone\s+left\b"
                       r"|\bsingle[- ](dose|use)\s+(?:[\w,.-]+\s+){0,3}?(vial|container|syringe|ampule|bag|bottle|pen|"
                       r"autoinjector|auto-injector|pfs|kit|prefilled)s?"
                       r"|\b(all|entire|full|whole)\s+(dose\s+|contents\s+|amount\s+)?(was\s+)?(given|administered|used)\b"
                       r"|\bnone\s+(was\s+)?(discarded|wasted)"
                       r"|\ball of (?:it|the vial|the drug)\s+(?:was\s+)?(?:used|given|administered|injected|instilled)", re.I)
_WASTE = re.compile(r"(\d+(?:\.\d+)?)\s*(mg|mcg|g|units?)\s+(?:was\s+|were\s+)?(?:discarded|wasted)|"
                    r"(?:discarded|wasted)\s+(\d+(?:\.\d+)?)\s*(mg|mcg|g|units?)", re.I)
_MULTI = re.compile(r"\bmulti[- ]?dose\b", re.I)

_COLON_THERAPEUTIC = re.compile(r"^453(79|8[0-9]|9[0-8])$|^0081[13]$")  # 00811/00813: its anesthesia
_SCREEN = re.compile(r"\bscreening\b", re.I)
_COMMERCIAL = re.compile(r"\b(commercial|private)\s+(plan|payer|insurance)\b", re.I)
_MEDICARE = re.compile(r"\bmedicare\b", re.I)
_MAINTENANCE = re.compile(r"\bmaintenance\b", re.I)


def therapy(state: CaseState, c: Choice) -> None:
    code = c.code
    if not _ALWAYS_THERAPY.match(code):
        return
    if _SLP.match(code):
        mod = "GN"
    elif _OT_EVAL.match(code):
        mod = "GO"
    elif _PT_EVAL.match(code):
        mod = "GP"
    elif _SP.search(state.text):
        mod = "GN"
    elif _OT.search(state.text) and not _PT.search(state.text):
        mod = "GO"
    else:
        mod = "GP"
    c.modifiers.append(mod)
    c.notes.append(f"modifier {mod}: outpatient therapy under a therapy plan of care")


def _drug_text(state: CaseState, c: Choice, others: list[Choice]) -> str:
    """The words about this drug: from its mention to the next drug's mention (the whole note when it is
    the only drug), so one drug's multi-dose vial says nothing about another's single-dose vial."""
    if not others or not c.evidence:
        return state.text
    start = min(f.start for f in c.evidence)
    nxt = [f.start for o in others for f in o.evidence if f.start > start]
    return state.text[start:min(nxt) if nxt else len(state.text)]


def drug(state: CaseState, c: Choice, chosen: list[Choice] | None = None) -> None:
    """JZ: single-dose container, nothing discarded; a documented discarded amount is a JW line."""
    if not getattr(c.entry, "is_drug", False) or not c.code.startswith(("J", "Q")):
        return
    others = [o for o in chosen or [] if o is not c and o.recommended and getattr(o.entry, "is_drug", False)]
    text = _drug_text(state, c, others)
    if _MULTI.search(text):
        return
    if _WASTE.search(text) and not _NO_WASTE.search(text):
        c.notes.append("drug waste documented: report the discarded amount on its own line with JW")
        return
    if _NO_WASTE.search(text):
        c.modifiers.append("JZ")
        c.notes.append("modifier JZ: single-dose container, no amount discarded")


def lab(state: CaseState, c: Choice) -> None:
    if c.code in _WAIVED_QW and _WAIVED_CUE.search(state.text) and not _NOT_WAIVED.search(state.text):
        c.modifiers.append("QW")
        c.notes.append("modifier QW: CLIA-waived test")


def colonoscopy(state: CaseState, c: Choice) -> None:
    if not _COLON_THERAPEUTIC.match(c.code) or not any(
            not re.search(r"\b(?:not|non|no)\b[^.;]{0,12}$", state.text[max(0, m.start() - 20):m.start()])
            for m in _SCREEN.finditer(state.text)):
        return  # "not a screening": a diagnostic colonoscopy takes neither PT nor 33
    mod = "33" if _COMMERCIAL.search(state.text) and not _MEDICARE.search(state.text) else "PT"
    c.modifiers.append(mod)
    c.notes.append(f"modifier {mod}: a screening colonoscopy that became diagnostic or therapeutic")


def chiropractic(state: CaseState, c: Choice) -> None:
    if c.code in ("98940", "98941", "98942") and not _MAINTENANCE.search(state.text):
        c.modifiers.append("AT")
        c.notes.append("modifier AT: active/corrective chiropractic treatment")


def apply(state: CaseState, c: Choice, chosen: list[Choice] | None = None) -> None:
    for rule in (therapy, lab, colonoscopy, chiropractic):
        rule(state, c)
    drug(state, c, chosen)


def em_modifier(visit: Choice, procs: list[Choice]) -> str:
    """57 when the visit decided on a major (090-day global) procedure; 25 otherwise."""
    major = any(getattr(p.entry, "global_days", "") == "090" for p in procs)
    minor = any(getattr(p.entry, "global_days", "") in ("000", "010") for p in procs)
    return "57" if major and not minor else "25"
