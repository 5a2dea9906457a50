"""Text normalisation shared by the search index and its queries: lower-case
tokens, coder shorthand unfolded (``w/`` -> with, ``w/o`` -> without), a light
stemmer, and a small table of everyday abbreviations and lay words that map
to the words CMS and our catalog use (flu -> influenza, IM -> intramuscular).

The catalog's own ``terms`` carry most abbreviations (lap chole, TKA, EGD);
this table only covers words that cut across many codes.
"""
from __future__ import annotations

import re
from functools import lru_cache

_SHORTHAND = [
    (re.compile(r"\bw/o\b"), " without "),
    (re.compile(r"\bw/\s*"), " with "),
    (re.compile(r"\bs/p\b"), " status post "),
    (re.compile(r"\bx-ray\b"), " xray "),
    (re.compile(r"\be/m\b"), " em evaluation management "),
    # spelled out in catalog text and queries alike, so either form matches
    (re.compile(r"\bmdm\b"), " medical decision making "),
    (re.compile(r"\bawv\b"), " annual wellness visit "),
    (re.compile(r"\bi\s*&\s*d\b"), " incision drainage "),
]
_MAYBE_SHORTHAND = re.compile(r"[/&]|x-ray|mdm|awv")  # every _SHORTHAND pattern needs one of these
_TOKEN = re.compile(r"[a-z0-9]+(?:&[a-z0-9]+)*")
_KEEP_S = ("ss", "us", "is", "as", "os")

# query word -> alternatives to also look for (weighted lower than the word
# itself); an alternative of several words must match all of them
SYNONYMS: dict[str, list[str]] = {
    "flu": ["influenza"], "shot": ["vaccine", "injection"], "jab": ["vaccine", "injection"],
    "im": ["intramuscular"], "iv": ["intravenous"], "sq": ["subcutaneous"], "subq": ["subcutaneous"],
    "sc": ["subcutaneous"], "inj": ["injection"], "bx": ["biopsy"], "dx": ["diagnostic"],
    "xray": ["radiologic", "radiograph", "x ray"], "xr": ["xray", "radiologic"],
    "us": ["ultrasound"], "echo": ["echocardiography", "echocardiogram"],
    "ekg": ["ecg", "electrocardiogram"], "ecg": ["ekg", "electrocardiogram"],
    "lap": ["laparoscopic"], "scope": ["endoscopy", "arthroscopy"],
    "cut": ["incision", "excision"], "stitches": ["repair", "suture"], "stitch": ["repair", "suture"],
    "sutures": ["repair"], "gallbladder": ["cholecystectomy"], "appendix": ["appendectomy"],
    "pt": ["physical therapy", "patient"], "ot": ["occupational therapy"],
    "mri": ["magnetic resonance"], "ct": ["computed tomography"], "cat": ["ct"],
    "vax": ["vaccine"], "vaccination": ["vaccine", "immunization"], "immunization": ["vaccine"],
    "b12": ["cyanocobalamin"], "toradol": ["ketorolac"], "rocephin": ["ceftriaxone"],
    "kenalog": ["triamcinolone acetonide"], "decadron": ["dexamethasone"], "depo": ["medroxyprogesterone"],
    "large": ["major"], "big": ["major", "large"], "brace": ["orthosis"], "splint": ["orthosis"],
    "sugar": ["glucose"], "hba1c": ["hemoglobin a1c"], "a1c": ["glycosylated hemoglobin"],
    "pap": ["cervical cytopathology"], "mammo": ["mammography"], "mammogram": ["mammography"],
    "cxr": ["chest xray"], "covid": ["coronavirus", "sars"], "strep": ["streptococcus"],
    "ua": ["urinalysis"], "cbc": ["blood count"], "bmp": ["basic metabolic panel"],
    "cmp": ["comprehensive metabolic panel"],
    "esophagogastroduodenoscopy": ["egd"], "wo": ["without"], "abd": ["abdomen"],
}


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """A deliberately light stemmer: plurals only (biopsies -> biopsy)."""
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith(_KEEP_S):
        return token[:-1]
    return token


def normalize(text: str) -> str:
    """Lower-case and unfold coder shorthand."""
    text = text.lower()
    if not _MAYBE_SHORTHAND.search(text):
        return text
    for pattern, repl in _SHORTHAND:
        text = pattern.sub(repl, text)
    return text


_STEMMED: dict[str, str] = {}  # plain dict: cheaper per call than lru_cache on the compile path


def tokens(text: str) -> list[str]:
    """Stemmed tokens of a text."""
    out = []
    cache = _STEMMED
    for t in _TOKEN.findall(normalize(text)):
        s = cache.get(t)
        if s is None:
            s = cache[t] = stem(t)
        out.append(s)
    return out


def phrase_key(text: str) -> str:
    """The key a whole phrase (a catalog term) is indexed under."""
    return " ".join(tokens(text))
