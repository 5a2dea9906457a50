"""Numbers with units: sizes and lengths (cm), areas (sq cm), times
(minutes), doses (mg, units ...), counts of things (lesions, levels, views)
and the patient's age.  Each becomes a Fact with a normalised value."""
from __future__ import annotations

import re

from .model import Fact

_NUM = r"(\d+(?:\.\d+)?|\.\d+)"
_WORD_NUMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
              "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "single": 1,
              "a": 1, "an": 1, "both": 2, "several": 0, "multiple": 0}
_COUNT_NOUNS = (r"lesions?|allergens?|extracts?|antigens?|studies|study|warts?|papules?|macules?|growths?|acrochordons?|verrucae|tags?|skin tags?|levels?|views?|nails?|polyps?|sites?|nodules?|"
                r"segments?|vertebrae|interspaces?|spaces?|trigger points?|muscles?|injections?|"
                r"keratoses|ak'?s|moles?|nevi|cysts?|teeth|lacerations?|wounds?|fingers?|toes?|"
                r"joints?|units?|vessels?|stents?|specimens?|biopsies|areas?|zones?|sessions?|"
                r"tests?|drugs?|classes|regions?|stages?|tissue blocks?|blocks?|instruments?|vessels?|veins?|nerves?|"
                r"(?:prenatal |antepartum )?visits?|occasions?|"
                r"leads?|electrodes?|arrays?|stations?|"
                r"extremit(?:y|ies)|limbs?|arms|legs|containers?|jars?|cassettes?|doses")
_AREA = re.compile(rf"{_NUM}\s*(?:sq\.?\s*cm|cm2|cm\^2|cm²|square\s+centimeters?|sqcm)", re.I)
_DIMS = re.compile(rf"{_NUM}\s*(?:cm|mm)?\s*[x×]\s*{_NUM}(?:\s*[x×]\s*{_NUM})?\s*(cm|mm)\b", re.I)
_LEN = re.compile(rf"{_NUM}\s*-?\s*(cm|mm|centimeters?|millimeters?)\b(?!\s*(?:2|\^2|²))", re.I)
_TIME = re.compile(rf"{_NUM}\s*-?\s*(hours?|hrs?|h|minutes?|mins?|m)\b(?!\w)", re.I)
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*(?:to|-|until|–|through|,?\s*(?:and\s+)?(?:stop(?:ped)?|end(?:ed)?|"
                    r"finish(?:ed)?|completed?)(?:\s+(?:at|time))?:?)\s*(\d{1,2}):(\d{2})", re.I)
_HOURS_MIN = re.compile(rf"\b{_NUM}\s*(?:hours?|hrs?|h)\s*(?:and\s+)?{_NUM}\s*(?:minutes?|mins?|m)\b", re.I)
_DOSE = re.compile(rf"(?<![\d,]){_NUM}\s*(mg|mcg|micrograms?|milligrams?|g|gm|grams?|ml|cc|units?|iu|meq|mci)\b", re.I)
# "2.4 million units", "1,200,000-unit syringe", "NS 1 L", "1 liter": written-out scales and volumes
_BIG_DOSE = re.compile(r"(?<![\d,.])(?:(\d+(?:\.\d+)?)\s*(million|thousand)|(\d{1,3}(?:,\d{3})+))\s*-?\s*(units?|iu)\b", re.I)
_LITERS = re.compile(r"(?<![\d,.])(\d+(?:\.\d+)?)\s*(?:L|[Ll]iters?|[Ll]itres?)\b")
_COUNT = re.compile(rf"\b(\d+|{'|'.join(_WORD_NUMS)})\s+(?!(?:mg|mcg|ml|cc|cm|mm|min|minutes?|hours?|hrs?|units?|g|%)\b)"
                    rf"(?:(?!\d+\s)[\w-]+\s+){{0,4}}?({_COUNT_NOUNS})\b", re.I)  # a number in between starts its own count
_TIMES = re.compile(r"(?<![\d.]\s)(?<![\d.])(?:\bx\s*|\btimes\s+)(\d+)\b(?![.\d]|\s*(?:cm|mm|x\b))", re.I)
_PASSES = re.compile(r"\s*(?:needle\s+)?(?:passes|pass|sweeps|aspirates)\b", re.I)
_AGE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18}
_AGE = re.compile(r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s*-?\s*(years?|yrs?|y|months?|mos?|weeks?|wks?|days?)(?:[- ]?(?:old|o)\b|\s+of\s+age\b)|"
                  r"\b(\d{1,3})\s*yo\b|\b(\d{1,3})\s*(?:y/o|y\.o\.)|\bage[d:]?\s*(\d{1,3})\b|"
                  r"\b(\d{1,3})\s*(?:yo|y/o)?\s*-?(?:M|F)\b", re.I)
_SEX = re.compile(r"\b(male|female|man|woman|boy|girl|gentleman|lady|\d{1,3}\s*(?:yo)?\s*([MF]))\b", re.I)


def _cm(value: float, unit: str) -> float:
    return value / 10 if unit.lower().startswith("m") else value


def measures(text: str) -> list[Fact]:
    """Sizes, lengths and areas; 'a x b cm' gives its largest side and its area."""
    out: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for m in _AREA.finditer(text):
        out.append(Fact("area", m.group(), m.start(), m.end(), value=float(m.group(1)), unit="sq cm"))
        taken.append(m.span())
    for m in _DIMS.finditer(text):
        dims = [_cm(float(g), m.group(4)) for g in m.groups()[:3] if g]
        out.append(Fact("measure", m.group(), m.start(), m.end(), value=max(dims), unit="cm"))
        out.append(Fact("area", m.group(), m.start(), m.end(), value=round(dims[0] * dims[1], 2),
                        unit="sq cm"))
        taken.append(m.span())
    for m in _LEN.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append(Fact("measure", m.group(), m.start(), m.end(),
                        value=round(_cm(float(m.group(1)), m.group(2)), 2), unit="cm"))
    return out


def times(text: str) -> list[Fact]:
    out = []
    joined = []
    for m in _HOURS_MIN.finditer(text):  # "2 hours 45 minutes" is one time of 165 minutes
        out.append(Fact("time", m.group(), m.start(), m.end(),
                        value=float(m.group(1)) * 60 + float(m.group(2)), unit="min"))
        joined.append(m.span())
    for m in _TIME.finditer(text):
        if any(a <= m.start() < b for a, b in joined):
            continue
        unit = m.group(2).lower()
        if unit == "m" and not re.match(r"\s*(?:of|total|spent|face)", text[m.end():m.end() + 8]):
            continue
        value = float(m.group(1)) * (60 if unit.startswith("h") else 1)
        out.append(Fact("time", m.group(), m.start(), m.end(), value=value, unit="min"))
    for m in _CLOCK.finditer(text):
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        minutes = (h2 * 60 + m2) - (h1 * 60 + m1)
        if minutes < 0:
            minutes += 12 * 60
        if 0 < minutes < 24 * 60:
            out.append(Fact("time", m.group(), m.start(), m.end(), value=float(minutes), unit="min"))
    return out


_WEAR_NUM = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|thirty)"
_WEAR = re.compile(rf"\b{_WEAR_NUM}\s*-?\s*(hours?|hrs?|hr|h|days?|d|weeks?|wks?|wk)\b", re.I)
_WEAR_WORDS = {"thirty": 30, **_WORD_NUMS}


def wear_hours(text: str) -> list[tuple[int, float]]:
    """Recording durations for ambulatory monitors ("72 hr", "3 day", "14 days", "two-week"), in hours,
    with their offsets."""
    out = []
    for m in _WEAR.finditer(text):
        raw, unit = m.group(1).lower(), m.group(2).lower()
        n = float(raw) if raw.isdigit() else float(_WEAR_WORDS.get(raw, 0))
        if not n:
            continue
        mult = 1 if unit.startswith("h") else 24 if unit.startswith("d") else 168
        out.append((m.start(), n * mult))
    return out


def doses(text: str) -> list[Fact]:
    out = []
    for m in _DOSE.finditer(text):
        unit = m.group(2).lower()
        unit = {"gm": "g", "gram": "g", "grams": "g", "cc": "ml", "unit": "units", "milligram": "mg",
                "milligrams": "mg", "microgram": "mcg", "micrograms": "mcg"}.get(unit, unit)
        out.append(Fact("dose", m.group(), m.start(), m.end(), value=float(m.group(1)), unit=unit))
    for m in _BIG_DOSE.finditer(text):
        value = float(m.group(1)) * (1e6 if m.group(2).lower() == "million" else 1e3) if m.group(1) \
            else float(m.group(3).replace(",", ""))
        out.append(Fact("dose", m.group(), m.start(), m.end(), value=value, unit="units"))
    for m in _LITERS.finditer(text):
        out.append(Fact("dose", m.group(), m.start(), m.end(), value=float(m.group(1)) * 1000, unit="ml"))
    return out


_PROJ = (r"(?:AP|PA|lat(?:eral)?|(?:(?:both|bilateral|two|2)\s+)?obliques?|obl|mortise|sunrise|merchant|tunnel|notch|axillary|scapular[- ]Y|Y|"
         r"swimmer'?s|(?:apical )?lordotic|flexion|extension|frog[- ]leg|odontoid|open[- ]mouth|decub(?:itus)?|"
         r"(?:internal|external) rotation)")
_PROJ_LIST = re.compile(rf"(?i)(?<![\w/]){_PROJ}(?:\s*(?:[+/,&]\s*(?:and\s+)?|and\s+){_PROJ}){{1,6}}(?![\w/])")
_PROJ_ONE = re.compile(_PROJ, re.I)
_SHORT_VIEWS = re.compile(r"\b([1-9])\s?(?:v|vw|vws)\b|\b([1-9]|one|two|three|four|five|six|single)-views?\b", re.I)


def views(text: str) -> list[Fact]:
    """Radiograph views written without the word "views": "2v", "3 vw", or a list of projections
    ("PA + lat", "AP/lateral/oblique"; "obliques" are two)."""
    out = []
    for m in _SHORT_VIEWS.finditer(text):
        raw = (m.group(1) or m.group(2)).lower()
        out.append(Fact("count", m.group(), m.start(), m.end(), value=int(raw) if raw.isdigit() else _WORD_NUMS[raw],
                        unit="views"))
    for m in _PROJ_LIST.finditer(text):
        if re.search(r"^[^.;\n]{0,40}?\b\d+\s*(?:-\s*)?views?\b", text[m.end():m.end() + 60], re.I):
            continue  # "AP and lateral, 2 views": the number is already said
        names = [p.group().lower() for p in re.finditer(rf"(?i){_PROJ}", m.group())]
        if not any(n in ("ap", "pa") or n.startswith("lat") for n in names):
            continue  # "flexion and extension" alone is a movement, not a film list
        value = sum(2 if n.endswith("obliques") else 1 for n in names)
        out.append(Fact("count", m.group(), m.start(), m.end(), value=value, unit="views"))
    return out


_VIEW = (r"(?:AP|PA|lat(?:eral)?|(?:both\s+)?obl(?:ique)?s?|frog[- ]?leg|sunrise|merchant|mortise|axial|scaphoid|"
         r"tunnel|notch|swimmer'?s|scapular Y)(?: views?)?")
_VIEW_LIST = re.compile(rf"\b{_VIEW}(?:\s*(?:/|,|\+|&|and|,\s*and)\s*{_VIEW}\b)+", re.I)
_VIEW_SPLIT = re.compile(r"\s*(?:/|,|\+|&|\band\b)\s*", re.I)


def view_lists(text: str) -> list[Fact]:
    """Radiograph views named one by one ("AP/lat", "AP, lateral and both obliques"): a count of views."""
    out = []
    for m in _VIEW_LIST.finditer(text):
        seen: set[str] = set()
        for raw in _VIEW_SPLIT.split(m.group()):
            name = raw.strip().lower().replace(" views", "").replace(" view", "")
            if not name:
                continue
            if "obl" in name:
                seen.update(("obl", "obl2") if name.endswith("s") else ("obl",))
            else:
                seen.add("lat" if name.startswith("lat") else name)
        if len(seen) >= 2:
            out.append(Fact("count", m.group(), m.start(), m.end(), value=len(seen), unit="views"))
    return out


def counts(text: str) -> list[Fact]:
    out = views(text)
    for m in _COUNT.finditer(text):
        raw = m.group(1).lower()
        value = int(raw) if raw.isdigit() else _WORD_NUMS.get(raw, 0)
        if re.search(r"station\s*$", text[max(0, m.start() - 9):m.start()], re.I):
            continue  # "station 7 and station 11L": a station's name, not a count
        if value and value < 1000:
            noun = m.group(2).lower()
            out.append(Fact("count", m.group(), m.start(), m.end(), value=value, unit=noun))
    for m in _TIMES.finditer(text):
        if _PASSES.match(text, m.end()):
            continue  # "x3 passes" samples one lesion three times: not three items
        out.append(Fact("count", m.group(), m.start(), m.end(), value=int(m.group(1)), unit="times"))
    for m in _STAGE_ORDINAL.finditer(text):  # "second stage 2 blocks": the stage reached, not the blocks
        out.append(Fact("count", m.group(), m.start(), m.end(), value=_ORDINALS[m.group(1).lower()], unit="stages"))
    said = [f for f in out if f.unit.startswith("view")]  # "(four views)" stated outright wins over the list
    out.extend(f for f in view_lists(text) if not any(abs(v.start - f.end) < 60 or abs(f.start - v.end) < 60
                                                      for v in said))
    out.extend(_stations(text))
    return out


_STATION = re.compile(r"\bstations?\s+((?:\d{1,2}[RLrl]?|[RL]\d{1,2})(?:\s*(?:,|and|&|/)\s*(?:(?:and\s+)?station\s+)?"
                      r"(?:\d{1,2}[RLrl]?|[RL]\d{1,2})\b)*)", re.I)


def _stations(text: str) -> list[Fact]:
    """Lymph node stations named one by one ("station 4R, station 7 and station 11L", "stations 4R, 7, 11L"):
    one count per sentence, the number of distinct stations."""
    out = []
    for sent in re.finditer(r"[^.\n]+", text):
        names, first, last = set(), None, None
        for m in _STATION.finditer(sent.group()):
            names.update(x.upper() for x in re.findall(r"\d{1,2}[RLrl]?|[RL]\d{1,2}", m.group(1)))
            first = m.start() if first is None else first
            last = m.end()
        if len(names) > 1:
            a, b = sent.start() + first, sent.start() + last
            out.append(Fact("count", text[a:b], a, b, value=len(names), unit="stations"))
    return out


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2,
             "3rd": 3, "4th": 4, "5th": 5, "6th": 6}
_STAGE_ORDINAL = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+(?:mohs\s+)?(?:stage|layer)\b", re.I)


_INTERSPACE = re.compile(r"(?<![A-Za-z0-9])([CTLS])\s?(\d{1,2})\s*(?:-|–|/|to)\s*([CTLS])?\s?(\d{1,2})(?![\d.])")
_CLAUSE = re.compile(r"[^.\n;]+")


def levels(text: str) -> list[Fact]:
    """Spinal levels named as interspaces ("L4-L5 and L5-S1", "L3-4, L4-5"): one count per clause,
    the number of distinct interspaces it names."""
    out = []
    for clause in _CLAUSE.finditer(text):
        found = list(_INTERSPACE.finditer(clause.group()))
        seen = {(m.group(1).upper(), m.group(2), (m.group(3) or m.group(1)).upper(), m.group(4)) for m in found}
        seen = {k for k in seen if k[0] in "CTL" and 0 < int(k[1]) <= 12}
        if seen:
            a, b = clause.start() + found[0].start(), clause.start() + found[-1].end()
            out.append(Fact("count", text[a:b], a, b, value=len(seen), unit="levels"))
    return out


_ADULT = re.compile(r"\badult\b(?! (?:children|child|son|daughter|onset))", re.I)


def age_sex(text: str) -> list[Fact]:
    out = []
    m = _AGE.search(text)
    if m:
        num = next(g for g in (m.group(1), m.group(3), m.group(4), m.group(5), m.group(6)) if g)
        unit = (m.group(2) or "y").lower()
        years = float(_AGE_WORDS.get(num.lower(), num))
        if unit.startswith("mo"):
            years = years / 12
        elif unit.startswith("w"):
            years = years / 52
        elif unit.startswith("d"):
            years = years / 365
        out.append(Fact("age", m.group(), m.start(), m.end(), value=round(years, 3), unit="years"))
    else:
        a = _ADULT.search(text)
        if a:  # "adult" with no stated age: at least 18 (the adult rather than the infant/child sibling)
            out.append(Fact("age", a.group(), a.start(), a.end(), value=18.0, unit="years"))
    s = _SEX.search(text)
    if s:
        word = (s.group(2) or s.group(1)).lower()
        sex = "male" if word in ("male", "man", "boy", "gentleman", "m") else "female"
        out.append(Fact("sex", s.group(), s.start(), s.end(), value=sex))
    return out


_PREGNANCY = re.compile(r"\b(?:OB|obstetric\w*|pregnan\w*|gestation\w*|fetus\w*|fetal|fetuses|IUP|trimester|"
                        r"LMP|EDD|prenatal|twins?|triplets?|amniotic|placenta\w*|CRL)\b", re.I)
_GEST_WEEKS = re.compile(r"\b(\d{1,2})\s*(?:\+\s*\d\s*)?(?:weeks?|wks?|w)(?:\b|(?=\d))(?:\s*(?:and\s+)?\d\s*(?:days?|d)\b)?"
                         r"(?!\s*(?:old|ago|post\w*|after|since|of (?:age|life)))", re.I)
_MULTIPLES = re.compile(r"\b(twins?|triplets?|quadruplets?)\b", re.I)


def gestation(text: str) -> list[Fact]:
    """Gestational age in a pregnancy note ("22 weeks 1 day", "@ 36 wks", "11w2d") as a feature that
    separates the before-14-weeks obstetric codes from the later ones; twins/triplets as a count."""
    if not _PREGNANCY.search(text):
        return []
    out = []
    for m in _GEST_WEEKS.finditer(text):
        weeks = int(m.group(1))
        if 4 <= weeks <= 43:
            value = "gestation_14_weeks_plus" if weeks >= 14 else "gestation_under_14_weeks"
            out.append(Fact("feature", m.group(), m.start(), m.end(), value=value))
    for m in _MULTIPLES.finditer(text):
        n = {"twi": 2, "tri": 3, "qua": 4}[m.group(1).lower()[:3]]
        out.append(Fact("count", m.group(), m.start(), m.end(), value=n, unit="gestations"))
    return out


_UTERUS = re.compile(r"\b(?:uter(?:us|ine)|hysterectom\w*|TLH|LAVH|LSH)\b", re.I)
_WEIGHT_G = re.compile(r"\b(?:weigh\w*|wt)\b[^.;\n]{0,25}?(\d{2,4})\s*(?:g|gm|grams?)\b|"
                       r"\b(\d{2,4})\s*(?:g|gm|grams?)\s+(?:uter(?:us|ine)|specimen)\b", re.I)


def uterine_weight(text: str) -> list[Fact]:
    """A hysterectomy note's uterine or specimen weight ("specimen weight 310 g", "uterus weighed 180 grams")
    as the over-250 g feature that separates the large-uterus hysterectomy codes."""
    if not _UTERUS.search(text):
        return []
    return [Fact("feature", m.group(), m.start(), m.end(), value="uterus_over_250g")
            for m in _WEIGHT_G.finditer(text) if int(m.group(1) or m.group(2)) > 250]


def extract(text: str) -> list[Fact]:
    return (measures(text) + times(text) + doses(text) + counts(text) + levels(text) + age_sex(text)
            + gestation(text) + uterine_weight(text))
