"""Code families a coder settles by rule once the family is known:

* skin biopsies by technique (11102-11107): the primary code is the most
  involved technique done (incisional > punch > tangential), one unit; every
  further lesion is the add-on of its own technique, one unit per lesion.
"""
from __future__ import annotations

import math
import re

from .catalog_view import EngineCatalog
from .model import CaseState, Choice
from .text import tokens

_BX_PRIMARY = {"incisional": "11106", "punch": "11104", "tangential": "11102"}
_BX_ADDON = {"incisional": "11107", "punch": "11105", "tangential": "11103"}
_BX_CODES = set(_BX_PRIMARY.values()) | set(_BX_ADDON.values())
_NUMS = {"one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "both": 2}
_TECH = re.compile(r"(?:\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|both)\s+(?:separate\s+|additional\s+|"
                   r"more\s+|other\s+|further\s+)?)?\b(shave|tangential|saucerization|punch|incisional|wedge)\b"
                   r"(?:[^.;\n]{0,40}?\bx\s*(\d+)\b)?", re.I)
_TECH_KEY = {"shave": "tangential", "tangential": "tangential", "saucerization": "tangential", "punch": "punch",
             "incisional": "incisional", "wedge": "incisional"}


def _bx_counts(state: CaseState, sids: set[int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for sid in sorted(sids):
        s, e = state.sentences[sid]
        for m in _TECH.finditer(state.text, s, e):
            if state.is_ignored(m.start()):
                continue
            raw = (m.group(1) or m.group(3) or "1").lower()
            n = int(raw) if raw.isdigit() else _NUMS.get(raw, 1)
            key = _TECH_KEY[m.group(2).lower()]
            out[key] = max(out.get(key, 0), n if 0 < n < 50 else 1)
    return out


_VULVA = re.compile(r"\bvulv\w*|\blabi(?:a|um)\s+(?:majus|minus|majora|minora)\b|\bperine(?:um|al)\b", re.I)


def biopsies(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    rec = [c for c in chosen if c.recommended and c.code in _BX_CODES]
    if not rec:
        return
    sids = {m.fact.sentence for m in state.mentions if m.fact.assertion == "present"
            and set(m.codes) & _BX_CODES}
    counts = _bx_counts(state, sids)
    text = " ".join(state.text[state.sentences[i][0]:state.sentences[i][1]] for i in sorted(sids) if i >= 0)
    if _VULVA.search(text):  # the vulva and perineum have their own biopsy codes (one + each additional lesion)
        lesions = [int(f.value) for f in state.present("count") if f.sentence in sids and f.value]
        n = max([sum(counts.values()) or 1] + lesions)
        want = {"56605": 1, **({"56606": n - 1} if n > 1 else {})}
        for c in rec:
            c.recommended = False
            c.notes.append("not chosen: a vulvar or perineal biopsy has its own code")
        for code, units in want.items():
            if cat.get(code) is not None:
                chosen.append(Choice(code, cat.get(code), True, 0.0, units=units,
                                     evidence=[f for c in rec for f in c.evidence], notes=["vulvar biopsy"]))
        return
    if not counts:
        return
    if len(counts) == 1 and sum(counts.values()) == 1:
        return
    primary = next(k for k in ("incisional", "punch", "tangential") if k in counts)
    want = {_BX_PRIMARY[primary]: 1}
    for k, n in counts.items():
        extra = n - 1 if k == primary else n
        if extra > 0:
            want[_BX_ADDON[k]] = extra
    ev = [f for c in rec for f in c.evidence]
    keep = {c.code: c for c in rec}
    for c in rec:
        if c.code not in want:
            c.recommended = False
            c.notes.append("not chosen: the biopsies are coded by technique, most involved technique first")
    for code, units in want.items():
        if code in keep:
            keep[code].units = units
            keep[code].recommended = True
            continue
        entry = cat.get(code)
        if entry is None:
            continue
        chosen.append(Choice(code, entry, True, 0.0, units=units, evidence=list(ev),
                             notes=[f"{units} lesion(s) biopsied by this technique"]))


# --- cardiac catheterization composites (93451-93461) -------------------------------------------------------
_CATH_PARTS = {
    "rhc": re.compile(r"\bright heart cath\w*|\bRHC\b|\bright and left heart|\bswan[- ]ganz\b|\bright[- ]sided cath", re.I),
    "lhc": re.compile(r"\bleft heart cath\w*|\bLHC\b|\bright and left heart|\bleft ventriculogra\w*|\bLV ?gram\b|"
                      r"\bventriculogra\w*|\bLVEDP\b", re.I),
    "cor": re.compile(r"\bcoronary (?:angiogra\w*|arteriogra\w*)|\bselective coronary\b|\bcoronary angio\b|"
                      r"\bcor(?:onary)? angio\b", re.I),
    "graft": re.compile(r"\b(?:bypass )?graft (?:angiogra\w*|injections?|study)|\b(?:SVG|LIMA|IMA) (?:graft )?"
                        r"(?:angiogra\w*|injection|selectively)|\bbypass grafts? (?:were |was )?(?:injected|imaged|visualized)", re.I),
}
_CATH_NEG = re.compile(r"\b(?:no|not|none|without|never|deferred|declined)\b", re.I)
_CATH_CODE = {(False, False, True, False): "93451", (False, True, False, False): "93452",
              (False, True, True, False): "93453", (True, False, False, False): "93454",
              (True, False, False, True): "93455", (True, False, True, False): "93456",
              (True, False, True, True): "93457", (True, True, False, False): "93458",
              (True, True, False, True): "93459", (True, True, True, False): "93460",
              (True, True, True, True): "93461"}


def _cath_has(state: CaseState, rx: re.Pattern[str]) -> bool:
    for m in rx.finditer(state.text):
        if state.is_ignored(m.start()):
            continue
        before = state.text[max(0, m.start() - 25):m.start()]
        before = re.split(r"[.;,(\n]", before)[-1]
        after = state.text[m.end():m.end() + 40]
        if not _CATH_NEG.search(before) and not re.match(r"[^.;]{0,15}\b(?:was|were)\s+not\b|[^.;]{0,10}\bnot "
                                                        r"(?:done|performed)", after, re.I):
            return True
    return False


def cardiac_cath(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    rec = [c for c in chosen if c.recommended and "93451" <= c.code <= "93461"]
    if not rec:
        return
    has = {k: _cath_has(state, rx) for k, rx in _CATH_PARTS.items()}
    if has["graft"] and not has["cor"]:
        has["cor"] = True
    key = (has["cor"], has["lhc"], has["rhc"], has["graft"])
    code = _CATH_CODE.get(key)
    entry = cat.get(code) if code else None
    if entry is None or rec[0].code == code:
        return
    first = rec[0]
    first.code, first.entry = code, entry
    first.notes.append("catheterization code from the parts documented: "
                       + ", ".join(k for k, v in (("coronary angiography", has["cor"]), ("left heart", has["lhc"]),
                                                  ("right heart", has["rhc"]), ("bypass grafts", has["graft"])) if v))
    for other in rec[1:]:
        other.recommended = False
        other.notes.append(f"not chosen: included in {code}")


# --- GI endoscopy: EGD, colonoscopy, flexible sigmoidoscopy ---------------------------------------------------
_SCOPES = {
    "egd": re.compile(r"\bEGD\b|esophagogastroduodenoscop\w*|\bupper (?:GI )?endoscop\w*|\bgastroscop\w*|"
                      r"\bupper endo\b", re.I),
    "colon": re.compile(r"\bcolonoscop\w*|\bcolo\b", re.I),
    "sig": re.compile(r"\b(?:flexible )?sigmoidoscop\w*|\bflex(?:ible)? sig\b", re.I),
    "ercp": re.compile(r"\bERCP\b|\bendoscopic retrograde cholangio\w*", re.I),
}
# scope -> action -> code
_SCOPE_CODES = {
    "egd": {"diagnostic": "43235", "biopsy": "43239", "snare": "43251", "hot": "43250", "dilation_balloon": "43249",
            "dilation_wire": "43248", "foreign": "43247", "band": "43244", "bleed": "43255", "peg": "43246",
            "inject": "43236", "ablation": "43270", "stent": "43266", "emr": "43254"},
    "colon": {"diagnostic": "45378", "biopsy": "45380", "snare": "45385", "hot": "45384", "dilation_balloon": "45386",
              "dilation_wire": "45386", "foreign": "45379", "band": "45398", "bleed": "45382", "inject": "45381",
              "ablation": "45388", "stent": "45389", "emr": "45390"},
    "sig": {"diagnostic": "45330", "biopsy": "45331", "snare": "45338", "hot": "45333", "dilation_balloon": "45340",
            "dilation_wire": "45340", "foreign": "45332", "band": "45350", "bleed": "45334", "inject": "45335",
            "ablation": "45346", "stent": "45347", "emr": "45349"},
    # ERCP: brushing counts as its biopsy code; a stent placement includes the sphincterotomy
    "ercp": {"diagnostic": "43260", "biopsy": "43261", "brush": "43261", "sphincterotomy": "43262",
             "stone": "43264", "lithotripsy": "43265", "stent": "43274", "dilation_balloon": "43277",
             "ablation": "43278"},
}
_ACTIONS = [
    ("bleed", re.compile(r"\bhemoclips?\b|\b(?:endo)?clips? (?:were |was )?(?:placed|applied)|\bepi(?:nephrine)? "
                         r"(?:inj\w*|was injected)|\bbipolar\b|\bheater probe\b|\bgold probe\b|\bhemostasis (?:was )?"
                         r"(?:achieved|obtained)|\bcontrol of (?:the )?bleeding|\bbleeding (?:was )?controlled|"
                         r"\bhemospray\b|\bvisible vessel\b[^.]{0,60}\b(?:clip|inj|cauter|coag)", re.I)),
    ("band", re.compile(r"\bband(?:ing|ed)? (?:ligation|of)|\bvarice\w* (?:were |was )?banded|\bbands? (?:were |was )?"
                        r"(?:placed|applied)|\bEVL\b", re.I)),
    ("foreign", re.compile(r"\bforeign body\b|\bfood (?:bolus|impaction)|\bmeat (?:bolus|impaction)|\bbolus\b[^.]{0,40}"
                           r"\b(?:retriev|remov|extract)|\bcoin\b[^.]{0,40}\b(?:retriev|remov)|\bretrieval net\b", re.I)),
    ("peg", re.compile(r"\bPEG\b|\bpercutaneous endoscopic gastrostomy\b|\bgastrostomy tube\b", re.I)),
    ("stone", re.compile(r"\bstones?\b[^.;:,]{0,40}\b(?:extract\w*|remov\w*|swept|sweep\w*|cleared|retriev\w*)|"
                         r"\b(?:extract\w*|retriev\w*|sweep\w*|swept|remov\w*)\b[^.;]{0,30}\b(?:stones?|sludge|debris)\b|"
                         r"\b(?:extraction|occlusion|retrieval) balloon\b|\bballoon (?:sweeps?|extraction)\b|"
                         r"\b(?:stone|retrieval|dormia) basket\b", re.I)),
    ("dilation_balloon", re.compile(r"\bballoon (?:dilat\w*)|\bCRE balloon\b|\bTTS (?:balloon )?dilat\w*|"
                                    r"\bthrough[- ]the[- ]scope (?:balloon )?dilat\w*|\bdilat\w* (?:with|using) (?:a |an )?"
                                    r"(?:\w+ )?balloon|\bballoon[^.]{0,60}\binflated", re.I)),
    ("dilation_wire", re.compile(r"\bsavary\b|\bbougie\w*|\bguide ?wire\b[^.]{0,60}\bdilat|\bdilat\w*[^.]{0,40}\bguide ?wire|"
                                 r"\bmaloney\b", re.I)),
    ("lithotripsy", re.compile(r"\blithotrips\w*|\blithotripter\b", re.I)),
    ("sphincterotomy", re.compile(r"\bsphincterotomy\b|\bpapillotomy\b", re.I)),
    ("emr", re.compile(r"\bEMR\b|\bendoscopic mucosal resection\b", re.I)),
    ("stent", re.compile(r"\bstent\b[^.]{0,30}\b(?:placed|deployed)|\b(?:placed|deployed)\b[^.]{0,30}\bstent\b", re.I)),
    ("ablation", re.compile(r"\bablat\w*|\bAPC\b|\bargon plasma\b|\bradiofrequency\b", re.I)),
    ("hot", re.compile(r"\bhot (?:biopsy )?forceps\b|\bhot bx\b|\bhot biopsy\b", re.I)),
    # "forceps polypectomy" is a forceps removal (the biopsy code), not a snare
    ("snare", re.compile(r"\bsnare\w*|(?<!forceps )\bpolypectom\w*", re.I)),
    ("biopsy", re.compile(r"\bbiops\w*|\bbx\b|\bbxs\b|\bcold forceps\b|\bforceps\b|"
                          r"\bsampled\b(?![^.;]{0,30}\bbrush)", re.I)),
    ("brush", re.compile(r"\bbrush(?:ings?|ed)?\b|\bcytology brush\b", re.I)),
    ("inject", re.compile(r"\btattoo\w*|\bspot (?:ink|tattoo)|\bsubmucosal injection\b|\blift(?:ing)? injection\b", re.I)),
]
_ACT_NEG = re.compile(r"\b(?:no|not|without|nor|none|neither|never|deferred|declined)\b[^.;:]{0,40}$", re.I)
_ACT_NEG_AFTER = re.compile(r"^[^.;]{0,25}\b(?:was|were) (?:not|never)\b|^[^.;]{0,10}\b(?:not (?:done|performed|needed|"
                            r"required|used))", re.I)
_POLYP_OUT = re.compile(r"\bpolyps?\b[^.;]{0,40}\b(?:removed|taken out|taken off|resected|excised|retrieved)\b|"
                        r"\b(?:removed|took out|resected|excised)\b[^.;]{0,30}\bpolyps?\b", re.I)
_POLYP_ASK = "How was the polyp removed (cold or hot snare, biopsy forceps, hot biopsy forceps or ablation)?"
_SAME_LESION = re.compile(r"\bsame (?:polyp|lesion)\b|\bremainder of the (?:same )?(?:polyp|lesion)\b", re.I)
_DIAG_CODES = {"43235", "45378", "45330"}
_SCOPE_RANGES = {"egd": ("43200", "43259"), "ercp": ("43260", "43278"), "colon": ("45378", "45398"), "sig": ("45330", "45350")}


def _scope_of(code: str) -> str | None:
    if code in ("G0105", "G0121"):
        return "colon"
    for k, (lo, hi) in _SCOPE_RANGES.items():
        if lo <= code <= hi and len(code) == 5 and code.isdigit():
            return k
    return None


def _segments(state: CaseState) -> dict[str, list[tuple[int, int]]]:
    """Stretches of text about each scope: from a scope's mention to the next mention of another scope."""
    from . import sections

    hits = []
    for kind, rx in _SCOPES.items():
        for m in rx.finditer(state.text):
            if not state.is_ignored(m.start()) and sections.section_at(state, m.start()) not in sections.NON_CODING:
                hits.append((m.start(), kind))
    hits.sort()
    out: dict[str, list[tuple[int, int]]] = {}
    for i, (pos, kind) in enumerate(hits):
        if i and hits[i - 1][1] == kind:
            continue
        end = next((p for p, k in hits[i + 1:] if k != kind), len(state.text))
        start = 0 if not out else pos
        out.setdefault(kind, []).append((start, end))
    return out


def _actions(state: CaseState, spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    from . import sections

    found: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for a, b in spans:
        for name, rx in _ACTIONS:
            for m in rx.finditer(state.text, a, b):
                if state.is_ignored(m.start()) or any(x <= m.start() < y for x, y in taken):
                    continue
                if sections.section_at(state, m.start()) in sections.NON_CODING:
                    continue
                line_start = max(state.text.rfind("\n", 0, m.start()), state.text.rfind(". ", 0, m.start()), a)
                if _ACT_NEG.search(state.text[line_start:m.start()]) or _ACT_NEG_AFTER.search(state.text[m.end():m.end() + 60]):
                    continue
                if re.match(r"[^.;]{0,15}\b(?:in (?:19|20)\d\d|\d+ (?:years?|months?) ago)", state.text[m.end():m.end() + 40]):
                    continue  # "polypectomy in 2021": history, not today
                if re.match(r"[^.;]{0,60}\b(?:(?:last|previous|prior) (?:year|month|week|visit)|(?:years?|months?) ago|"
                            r"in (?:the )?(?:past )?history|previously)\b", state.text[m.end():m.end() + 80]):
                    continue  # "the PEG tube ... was removed last year"
                taken.append(m.span())
                found.setdefault(name, m.start())
    if "hot" in found and "biopsy" in found and abs(found["hot"] - found["biopsy"]) < 20:
        del found["biopsy"]  # "hot biopsy forceps" is one thing
    return sorted(found.items(), key=lambda kv: kv[1])


def endoscopy(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    if any(c.group is not None and c.group.kind == "anesthesia" for c in chosen):
        return
    segs = _segments(state)
    if not segs:
        return
    for kind, spans in segs.items():
        planned = [m for m in _SCOPES[kind].finditer(state.text)
                   if re.match(r"[^.;]{0,20}\b(?:planned|scheduled|to be (?:done|scheduled)|next (?:week|month|time)|"
                               r"deferred|recommended)", state.text[m.end():m.end() + 40])]
        if planned and len(planned) == len(list(_SCOPES[kind].finditer(state.text))):
            continue
        mine = [c for c in chosen if c.recommended and _scope_of(c.code) == kind]
        others = [c for c in chosen if c.recommended and _scope_of(c.code) not in (None, kind)
                  and not any(_scope_of(c.code) == k for k in segs)]
        acts = _actions(state, spans)
        names = [n for n, _ in acts]
        if "bleed" in names and "inject" in names:
            names.remove("inject")
        if "snare" in names and "biopsy" in names and _SAME_LESION.search(state.text):
            names.remove("biopsy")
        if "dilation_balloon" in names and "dilation_wire" in names:
            names.remove("dilation_wire")
        if "emr" in names:  # the lift injection and snare resection are part of the mucosal resection
            names = [n for n in names if n not in ("snare", "inject")]
        if kind == "ercp" and "stent" in names and "sphincterotomy" in names:
            names.remove("sphincterotomy")
        names = [n for n in names if n in _SCOPE_CODES[kind]]
        names = sorted(names, key=lambda n: n in ("biopsy", "hot", "inject"))  # the main therapy first
        codes = [_SCOPE_CODES[kind][n] for n in names if n in _SCOPE_CODES[kind]]
        codes = list(dict.fromkeys(codes)) or [_SCOPE_CODES[kind]["diagnostic"]]
        if not mine and not others and not any(m.fact.assertion == "present" for m in state.mentions
                                                if any(_scope_of(c) == kind for c in m.codes)):
            continue
        pool = mine + others
        ev = [f for c in pool for f in c.evidence]
        for i, code in enumerate(codes):
            entry = cat.get(code)
            if entry is None:
                continue
            mods = (["59"] if i and len(codes) > 1 and kind != "ercp" and names[i] in ("biopsy", "hot", "inject")
                    else [])
            hit = next((c for c in pool if c.code == code), None)
            if hit is None and pool:
                hit = pool.pop(0)
                hit.code, hit.entry, hit.modifiers = code, entry, [m for m in hit.modifiers if m in ("PT", "33")]
            elif hit is not None:
                pool.remove(hit)
            if hit is None:
                hit = Choice(code, entry, True, 0.0, evidence=list(ev))
                chosen.append(hit)
            hit.recommended = True
            hit.units = 1
            hit.modifiers = list(dict.fromkeys(hit.modifiers + mods))
            hit.notes.append(f"{kind} endoscopy: {names[i] if i < len(names) else 'diagnostic'} documented")
            if not names and kind != "ercp" and any(
                    _POLYP_OUT.search(state.text, a, b) and not _ACT_NEG.search(
                        state.text[max(a, m.start() - 40):m.start()]) for a, b in spans
                    for m in [_POLYP_OUT.search(state.text, a, b)] if m):
                hit.recommended = False  # a polyp came out, but how (snare, forceps, ablation) decides the code
                hit.notes.append("not chosen yet: how the polyp was removed is not stated")
                if _POLYP_ASK not in state.questions:
                    state.questions.append(_POLYP_ASK)
        for c in pool:
            c.recommended = False
            c.notes.append("not chosen: the endoscopy is coded from what was done through the scope")


# --- hernia repair (2023+ anterior abdominal codes; inguinal by age, status and approach) --------------------
_HERNIA = re.compile(r"\b(?:hernia\w*[;,]?\s+(?:(?:open|laparoscopic|robotic)\s+)?(?:repair|repaired)|herniorrhaph\w*|hernioplast\w*|(?:repair|closure)\b[^.;]{0,70}?"
                     r"\bhernias?\b|(?:TEP|TAPP)\b|hernia\w*\s+(?:was|were)\s+repaired|high ligation\b)(?![^.;]{0,12}\b(?:in (?:19|20)\d\d|"
                     r"years? ago))", re.I)
_INGUINAL = re.compile(r"\binguinal\b|\bgroin\b|\bTEP\b|\bTAPP\b|\btotally extraperitoneal\b", re.I)
_FEMORAL = re.compile(r"\bfemoral hernia", re.I)
_LAP = re.compile(r"\blaparoscop\w*|\brobotic\w*|\bTEP\b|\bTAPP\b|\btotally extraperitoneal\b|\btransabdominal preperitoneal\b", re.I)
_INCARC = re.compile(r"\bincarcerat\w*|\bstrangulat\w*|\birreducible\b|\bnon-?reducible\b|\bnot reducible\b", re.I)
_REDUC = re.compile(r"\breducible\b|\breduced (?:easily|readily|spontaneously|without difficulty)|\bcontents reduced\b|"
                    r"\breduces\b|\bsacs? (?:were |was )?reduced|\bwere reduced\b|\bwas reduced\b", re.I)
_RECUR = re.compile(r"\brecurren\w*|\bpreviously repaired\b|\bprior (?:\w+ )?(?:hernia )?repair|\bprevious (?:\w+ )?(?:hernia )?"
                    r"repair|\bre-?do\b|\bhad an? (?:\w+ )?repair\b|\brepaired (?:\w+ )?(?:in (?:19|20)\d\d|years? ago)|"
                    r"\bat the site of a previous (?:\w+ )?repair", re.I)
_HNEG = re.compile(r"\b(?:no|not|never|without|nor|denies|none)\b[^.;:,]{0,30}$", re.I)
_HNEG_AFTER = re.compile(r"^[^.;]{0,20}\b(?:was|were)\s+(?:not|never)\b", re.I)
_DEFECT = re.compile(r"\bdefects?\b|\bfascial\b|\bhernia\b|\bneck\b|\bacross\b|\bwidth\b|\bwide\b", re.I)
_VENTRAL = {(False, "small", False): "49591", (False, "small", True): "49592", (False, "mid", False): "49593",
            (False, "mid", True): "49594", (False, "large", False): "49595", (False, "large", True): "49596",
            (True, "small", False): "49613", (True, "small", True): "49614", (True, "mid", False): "49615",
            (True, "mid", True): "49616", (True, "large", False): "49617", (True, "large", True): "49618"}


def _affirmed(state: CaseState, rx: re.Pattern[str]) -> bool:
    from . import sections
    from .assertion import _PAST_BEFORE

    for m in rx.finditer(state.text):
        if state.is_ignored(m.start()) or sections.section_at(state, m.start()) == "plan":
            continue
        if _PAST_BEFORE.search(state.text, max(0, m.start() - 90), m.start()):
            continue  # "9 days after a lap hernia repair": an operation already done
        start = max(state.text.rfind("\n", 0, m.start()), state.text.rfind(". ", 0, m.start()), 0)
        if _HNEG.search(state.text[start:m.start()]) or _HNEG_AFTER.search(state.text[m.end():m.end() + 40]):
            continue
        return True
    return False


def _defect_size(state: CaseState) -> float | None:
    sizes = []
    for f in state.facts:
        if f.kind != "measure" or f.assertion != "present" or state.is_ignored(f.start):
            continue
        window = state.text[max(0, f.start - 60):f.end + 40]
        if _DEFECT.search(window) and not re.search(r"\bmesh\b", state.text[max(0, f.start - 25):f.end + 8], re.I):
            if re.search(rf"\bby\s+{re.escape(f.text)}|{re.escape(f.text)}\s*(?:craniocaudal|transverse|long|wide)",
                         state.text[max(0, f.start - 30):f.end + 30]) or True:
                sizes.append((f.start, float(f.value)))
    if not sizes:
        return None
    return max(v for _, v in sizes)


def hernia(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    from .model import Fact
    from . import modifiers

    if any(c.group is not None and c.group.kind == "anesthesia" for c in chosen):
        return
    mine = [c for c in chosen if c.recommended and "49491" <= c.code <= "49659" and c.code.isdigit()
            and not c.entry.addon]  # the mesh-removal add-on 49623 stays beside the repair
    held = [c for c in chosen if not c.recommended and "49491" <= c.code <= "49659" and c.code.isdigit()
            and not c.entry.addon]
    m = next((m for m in _HERNIA.finditer(state.text) if not state.is_ignored(m.start())), None)
    femoral = bool(_FEMORAL.search(state.text))
    if m is None or (femoral and (_INGUINAL.search(state.text) or _affirmed(state, _LAP))):
        return
    if not mine and not _affirmed(state, _HERNIA):
        return
    inguinal = bool(_INGUINAL.search(state.text))
    lap = _affirmed(state, _LAP)
    incarcerated = _affirmed(state, _INCARC)
    reducible = _affirmed(state, _REDUC)
    # "primary" says initial, but not in "prior primary suture repair"
    recurrent = _affirmed(state, _RECUR) and not any(
        not re.search(r"\b(?:prior|previous|old|earlier)\b[^.;]{0,15}$", state.text[max(0, p.start() - 25):p.start()])
        for p in re.finditer(r"\bprimary\b|\bfirst[- ]time\b|\binitial\b", state.text, re.I))
    ask = []
    if femoral:
        if not (incarcerated or reducible):
            ask.append("Was the hernia reducible, or incarcerated/strangulated?")
        code = {(False, False): "49550", (False, True): "49553", (True, False): "49555",
                (True, True): "49557"}[(recurrent, incarcerated)]
    elif inguinal:
        if lap:
            code = "49651" if recurrent else "49650"
        else:
            age = next(iter(state.present("age")), None)
            years = float(age.value) if age is not None else 30.0
            if not (incarcerated or reducible):
                ask.append("Was the hernia reducible, or incarcerated/strangulated?")
            if recurrent:
                code = "49521" if incarcerated else "49520"
            elif years < 0.5:
                code = "49496" if incarcerated else "49495"
            elif years < 5:
                code = "49501" if incarcerated else "49500"
            else:
                code = "49507" if incarcerated else "49505"
    else:
        size = _defect_size(state)
        if size is None:
            ask.append("What was the total hernia defect size in cm (under 3, 3-10, or over 10 cm)?")
        if not (incarcerated or reducible):
            ask.append("Was the hernia reducible, or incarcerated/strangulated?")
        band = "small" if size is None or size < 3 else "mid" if size <= 10 else "large"
        code = _VENTRAL[(recurrent, band, incarcerated)]
    entry = cat.get(code)
    if entry is None:
        return
    target = (mine or held or [None])[0]
    if target is None:
        fact = Fact("procedure", m.group(), m.start(), m.end(), sentence=state.sentence_of(m.start()))
        target = Choice(code, entry, True, 0.0, evidence=[fact])
        chosen.append(target)
    target.code, target.entry = code, entry
    target.recommended = not ask
    target.notes = [n for n in target.notes if not n.startswith(("missing:", "ask:", "not chosen"))]
    if ask:
        target.notes.append("not chosen yet: " + "; ".join(ask))
        for q in ask:
            if q not in state.questions:
                state.questions.append(q)
    target.notes.append("hernia repair by " + ", ".join(x for x in (
        "femoral" if femoral else "inguinal" if inguinal else "anterior abdominal", "laparoscopic" if lap else "", "recurrent" if recurrent else "initial",
        "incarcerated" if incarcerated else "reducible" if reducible else "") if x))
    modifiers.apply(state, target)
    for c in mine + held:
        if c is not target and c.recommended:
            c.recommended = False
            c.notes.append(f"not chosen: the hernia repair is {code}")


# --- therapy: each timed service with its own minutes; evaluations by complexity ---------------------------
_EVALS = [("97161", "97162", "97163"), ("97165", "97166", "97167"), ("97169", "97170", "97171")]
_COMPLEXITY = re.compile(r"\b(low|moderate|high)[-\s]+complexity\b|\bcomplexity(?: (?:is|was|of))?:?\s+(low|moderate|high)\b",
                         re.I)


def therapy(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    m = _COMPLEXITY.search(state.text)
    if m:
        level = {"low": 0, "moderate": 1, "high": 2}[(m.group(1) or m.group(2)).lower()]
        for c in chosen:
            fam = next((f for f in _EVALS if c.code in f), None)
            if c.recommended and fam and fam[level] != c.code and cat.get(fam[level]) is not None:
                c.code, c.entry = fam[level], cat.get(fam[level])
                c.notes.append(f"evaluation complexity documented as {m.group(1) or m.group(2)}")
    named: dict[str, object] = {}
    for men in state.mentions:
        if men.fact.assertion != "present":
            continue
        timed = [c for c in men.codes if getattr(cat.get(c), "timed", False)]
        if len(timed) == 1 and tuple(t for t, _, _ in tokens(men.fact.text)) == tuple(men.term.split()):
            named.setdefault(timed[0], men.fact)
    if len(named) < 2:
        return
    have = {c.code: c for c in chosen if getattr(c.entry, "timed", False)}
    for code, fact in named.items():
        c = have.get(code)
        if c is None:
            c = Choice(code, cat.get(code), True, 0.0, evidence=[fact])
            chosen.append(c)
            from . import modifiers

            modifiers.apply(state, c)
        c.recommended = True
        c.evidence = [fact] + [f for f in c.evidence if f is not fact]
    for code, c in have.items():
        if code not in named and c.recommended and not any(
                m.fact.assertion == "present" and code in m.codes and len(m.codes) == 1 for m in state.mentions):
            c.recommended = False
            c.notes.append("not chosen: each timed service is coded from its own documented minutes")


# --- several lesions excised: one line per lesion size ------------------------------------------------------
_EXC = re.compile(r"^11(?:4[0-4]\d|6[0-4]\d|3[01]\d)$")  # excisions and shave removals
_EACH = re.compile(r"\beach\b|\bboth\b|\bapiece\b", re.I)


def lesions(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    from .score import _EXCISED, _cm

    exc = [c for c in chosen if c.recommended and _EXC.match(c.code)]
    if len(exc) != 1 or exc[0].group is None:
        return
    first = exc[0]
    sizes = []
    for m in _EXCISED.finditer(state.text):
        if state.is_ignored(m.start()):
            continue
        num, unit = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        sizes.append(_cm(num, unit))
    stem = (first.entry.short or "").split(",")[0]
    family = [c.entry for c in first.group.candidates if (c.entry.short or "").split(",")[0] == stem]
    if len(set(sizes)) >= 2:
        codes = []
        for v in sizes:
            e = next((e for e in family if e.size is not None and e.size.contains(v)), None)
            if e is not None:
                codes.append(e)
        if len(codes) >= 2:
            first.code, first.entry = codes[0].code, codes[0]
            for e in codes[1:]:
                same = next((c for c in chosen if c.recommended and c.code == e.code), None)
                if same is not None:
                    same.units += 1
                    continue
                chosen.append(Choice(e.code, e, True, 0.0, evidence=list(first.evidence), modifiers=["59"],
                                     notes=["a separate lesion, excised diameter in this code's range"]))
            first.notes.append("one excision line per lesion size")
        return
    counts = [f for f in state.present("count") if f.unit.startswith(("lesion", "cyst", "nev", "mole", "nodule", "papule", "growth"))]
    n = max((int(f.value) for f in counts), default=1)
    if n >= 2 and len(sizes) <= 1 and _EACH.search(state.text):
        first.units = n
        first.notes.append(f"{n} lesions of the same size range")


# --- wound debridement: by the deepest tissue removed, then area at that depth -----------------------------
_DEB_PRIMARY = {"selective": "97597", "subq": "11042", "muscle": "11043", "bone": "11044"}
_DEB_ADDON = {"97597": "97598", "11042": "11045", "11043": "11046", "11044": "11047"}
_DEB_CODES = set(_DEB_PRIMARY.values()) | set(_DEB_ADDON.values())
_DEPTH = [("bone", re.compile(r"\bbone\b|\bcortex\b|\bosteomyeliti\w*", re.I)),
          ("muscle", re.compile(r"\bmuscles?\b|\bfascia\w*|\btendons?\b", re.I)),
          ("subq", re.compile(r"\bsubcutaneous\b|\bsub-?q\b|\bsubcut\b|\bsc tissue\b|\badipose\b|\bfat\b", re.I))]
_DEPTH_NEG_BEFORE = re.compile(r"\b(?:no|not|without|nor|never|neither|none)\b[^.;:]{0,40}$|\bnot\s+(?:\w+\s+){0,2}$"
                               r"|\babove (?:the )?$|\bshort of (?:the )?$|\bsuperficial to (?:the )?$", re.I)
_DEPTH_NEG_AFTER = re.compile(r"^[^.;]{0,30}\b(?:not|never)\b\s+(?:\w+\s+)?(?:involved|exposed|debrided|reached|"
                              r"entered|removed|violated)|^\s*(?:(?:was|were|is|are|remained|left)\s+)?(?:intact|spared|"
                              r"uninvolved|healthy|viable|not involved)", re.I)
_DEB_ACT = re.compile(r"\bdebrid\w*|\bexcis\w*|\bcurett\w*|\bremov\w*|\bnecro\w*|\bdevitali\w*|\bnon-?viable\b|\bdown\b"
                      r"|\bdepth\b|\blevel\b|\bthrough\b|\binto\b|\bincluding\b", re.I)


def _deb_depth(state: CaseState, spans: list[tuple[int, int]]) -> str | None:
    """The deepest tissue the sentences say was debrided (negated mentions ignored)."""
    for key, rx in _DEPTH:
        for s, e in spans:
            for m in rx.finditer(state.text, s, e):
                if state.is_ignored(m.start()):
                    continue
                before, after = state.text[s:m.start()], state.text[m.end():e]
                before = re.split(r"[;:]", before)[-1]
                if _DEPTH_NEG_BEFORE.search(before) or _DEPTH_NEG_AFTER.search(after):
                    continue
                if _DEB_ACT.search(before[-60:]) or _DEB_ACT.search(after[:40]):
                    return key
    return None


def debridement(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    """One wound debridement: the code of the deepest tissue removed (11042 subcutaneous, 11043 muscle or
    fascia, 11044 bone) with its per-20-sq-cm add-on for the area beyond the first 20 sq cm."""
    rec = [c for c in chosen if c.recommended and c.code in _DEB_CODES]
    prim = next((c for c in rec if c.code in _DEB_PRIMARY.values()), None)
    if prim is None or prim.group is None:
        return
    sids = prim.group.sentences | {s + 1 for s in prim.group.sentences} | {s - 1 for s in prim.group.sentences}
    spans = [state.sentences[s] for s in sorted(sids) if 0 <= s < len(state.sentences)]
    depth = _deb_depth(state, spans)
    if depth is None:
        return
    code = _DEB_PRIMARY[depth]
    entry = cat.get(code)
    if entry is None:
        return
    if prim.code != code:
        prim.notes.append(f"debridement coded by the deepest tissue removed ({depth})")
        prim.code, prim.entry = code, entry
        prim.modifiers = [m for m in prim.modifiers if m not in ("RT", "LT", "50")]  # wound areas take no side
    areas = [f.value for f in state.present("area") if f.sentence in sids] or [f.value for f in state.present("area")]
    extra = math.ceil(round(max(0.0, max(areas) - 20.0) / 20.0, 6)) if areas else 0
    addon = _DEB_ADDON[code]
    for c in rec:
        if c is not prim and c.code in _DEB_ADDON.values():
            c.recommended = False
            c.notes.append("not chosen: the add-on follows the depth of the primary debridement")
    if extra > 0 and cat.get(addon) is not None:
        have = next((c for c in chosen if c.code == addon), None)
        if have is not None:
            have.recommended, have.units = True, extra
            have.notes = [n for n in have.notes if not n.startswith("not chosen")]
        else:
            chosen.append(Choice(addon, cat.get(addon), True, 0.0, units=extra, evidence=list(prim.evidence),
                                 notes=[f"add-on to {code}: {extra} more block(s) of 20 sq cm"]))


# --- psychotherapy done at an E/M visit: the add-on psychotherapy codes -------------------------------------
_PSYCH_ADDON = {"90832": "90833", "90834": "90836", "90837": "90838"}


def psychotherapy_with_em(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    """Psychotherapy the same practitioner does at an E/M visit is reported with the add-on code of the
    same length (90833/90836/90838) beside the E/M, not the stand-alone code."""
    for c in chosen:
        addon = _PSYCH_ADDON.get(c.code)
        entry = cat.get(addon) if addon and c.recommended else None
        if entry is None:
            continue
        parents = set(getattr(entry, "parents", []) or [])
        if any(o.recommended and o.code in parents for o in chosen):
            c.code, c.entry = addon, entry
            c.notes.append("psychotherapy at an E/M visit: the add-on code of the same length")


# --- cardiac stress test split: the professional pieces when the facility bills the tracing -----------------
_STRESS_PIECES = {"93018": ("93016", re.compile(r"\bsupervis(?:ed|ion|ing)\b", re.I)),
                  "93016": ("93018", re.compile(r"\binterpret(?:ed|ation)\b|\bread (?:and|&) report|\bwrote the report",
                                                re.I))}
_NOT_BEFORE = re.compile(r"\b(?:no|not|without|never)\b[^.;]{0,30}$", re.I)


def stress_pieces(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    """Stress test with the technical part billed elsewhere: the physician who both supervised and read
    reports supervision (93016) and interpretation (93018) side by side."""
    have = {c.code for c in chosen if c.recommended}
    for code, (other, rx) in _STRESS_PIECES.items():
        c = next((c for c in chosen if c.recommended and c.code == code), None)
        if c is None or other in have or cat.get(other) is None:
            continue
        if any(not _NOT_BEFORE.search(state.text[max(0, m.start() - 40):m.start()]) for m in rx.finditer(state.text)):
            chosen.append(Choice(other, cat.get(other), True, 0.0, evidence=list(c.evidence),
                                 notes=["the same physician also " + ("supervised" if other == "93016" else "read")
                                        + " the stress test"]))
            have.add(other)


_STRESS_DETAIL = re.compile(r"treadmill|exercis|bicycle|bruce|pharmacolog|regadenoson|adenosine|dobutamine|lexiscan|"
                            r"\bECG\b|\bEKG\b|\bMETs?\b|nuclear|\becho|perfusion|spect|interpret|supervis|report|"
                            r"tracing|protocol|heart rate|\bHR\b|blood pressure|\bBP\b|chest pain|ST[- ]segment", re.I)


def stress_vague(state: CaseState, chosen: list[Choice]) -> None:
    """"Code the stress test" with nothing about its kind or who did which part: ask, recommend nothing."""
    for c in chosen:
        if c.recommended and c.code in ("93015", "93016", "93017", "93018") and not _STRESS_DETAIL.search(state.text):
            c.recommended = False
            c.notes.append("not chosen yet: the kind of stress test and the parts done are not described")
            q = ("What kind of stress test was it (exercise or pharmacologic ECG, nuclear, echo), and did your "
                 "clinician supervise, read and report it, with the equipment yours or the hospital's?")
            if q not in state.questions:
                state.questions.append(q)


# --- surgical pathology read by the pathologist: the level by specimen, not the surgeon's procedure ----------
_PATH_CASE = re.compile(r"\b(?:surgical pathology|path(?:ology)? report|gross and micro(?:scopic)?|gross(?:ed)? and "
                        r"(?:examined )?microscopic|specimens? received|received (?:\w+ ){0,4}(?:containers?|jars?|"
                        r"specimens?|cassettes?)|pathology consult\w*|permanent sections?|cytopathologist)", re.I)
# specimen words -> level (most specific first); the first level whose words the case names wins
_PATH_LEVELS = [
    ("88309", r"\bmastectomy with (?:axillary )?(?:lymph )?nodes?|\b(?:colectomy|gastrectomy|esophagectomy|pancreatectomy|"
              r"lobectomy|pneumonectomy|laryngectomy)\b[^.]{0,40}\b(?:tumou?r|cancer|carcinoma|malignan)"),
    ("88307", r"\blumpectomy|\bpartial mastectomy|\bbreast excision|\bnephrectomy|\bthyroid(?:ectomy| lobe)|\bhysterectomy|"
              r"\buterus\b"),
    ("88305", r"\bbiops(?:y|ies)\b|\bpolyps?\b|\bcurettings\b|\bcores?\b|\bcell block"),
    ("88304", r"\bgallbladder|\bcholecystectomy|\btonsils?\b|\btonsillectomy|\bappendix\b|\bappendectomy|\bhemorrhoids?\b|"
              r"\blipoma\b|\bganglion cyst"),
    ("88302", r"\bhernia sac|\bforeskin|\bvas deferens|\bfallopian tubes? (?:for|segments?)"),
]
_PATH_COUNT = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+){0,3}"
                         r"(?:containers?|jars?|specimens?|parts?)\b", re.I)


def surgical_pathology(state: CaseState, cat: EngineCatalog, chosen: list[Choice]) -> None:
    """A pathology report codes the pathologist's work: the surgical pathology level of the specimen
    (per separately submitted specimen), not the operation that produced it."""
    text = " ".join(state.text[a:b] for a, b in _free_spans(state))
    if not _PATH_CASE.search(text):
        return
    for c in chosen:
        if c.recommended and "10004" <= c.code <= "69990" and c.code[:1].isdigit():
            c.recommended = False
            c.notes.append("not chosen: a pathology report codes the specimen examination, not the operation")
    if any(c.recommended and "88300" <= c.code <= "88309" for c in chosen):
        return
    code = next((code for code, pat in _PATH_LEVELS if re.search(pat, text, re.I)), None)
    if code is None or cat.get(code) is None:
        return
    m = _PATH_COUNT.search(text)
    n = 1
    if m and code in ("88305", "88304", "88302"):
        raw = m.group(1).lower()
        n = int(raw) if raw.isdigit() else _NUM_WORDS.get(raw, 1)
    have = next((c for c in chosen if c.code == code), None)
    if have is not None:
        have.recommended, have.units = True, max(1, n)
        have.notes = [x for x in have.notes if not x.startswith("not chosen")]
    else:
        chosen.append(Choice(code, cat.get(code), True, 0.0, units=max(1, n),
                             notes=[f"surgical pathology level by specimen type, {n} specimen(s)"]))


_NUM_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _free_spans(state: CaseState) -> list[tuple[int, int]]:
    out, pos = [], 0
    for a, b, _ in sorted(state.ignored):
        out.append((pos, a))
        pos = max(pos, b)
    out.append((pos, len(state.text)))
    return out
