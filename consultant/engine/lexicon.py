"""Coding vocabulary the engine knows on its own: abbreviations clients
write, anatomy words and the catalog site groups they fall in, approach and
laterality words, digit names, and default feature phrases.  This is general
coding knowledge, not case-specific rules; catalog feature files add to it.
"""
from __future__ import annotations

# raw lower-case token -> normalised expansion
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "lap": ("laparoscopic",), "lsc": ("laparoscopic",), "laparoscopically": ("laparoscopic",),
    "chole": ("cholecystectomy",), "appy": ("appendectomy",),
    "bx": ("biopsy",), "bxs": ("biopsy",), "biopsied": ("biopsy",),
    "w/": ("with",), "w/o": ("without",), "s/p": ("status", "post"),
    "lt": ("left",), "rt": ("right",), "bilat": ("bilateral",), "b/l": ("bilateral",),
    "hx": ("history",), "pt": ("patient",), "pts": ("patient",),
    "est": ("established",), "np": ("new", "patient"),
    "ed": ("emergency",), "er": ("emergency",),
    "mins": ("minute",), "min": ("minute",), "hrs": ("hour",), "hr": ("hour",),
    "lac": ("laceration",), "lacs": ("laceration",),
    "excised": ("excision",), "excise": ("excision",), "excisional": ("excision",),
    "injected": ("injection",), "inj": ("injection",),
    "aspirated": ("aspiration",), "drained": ("drainage",),
    "repaired": ("repair",), "sutured": ("repair",),
    "removed": ("removal",), "remove": ("removal",),
    "xray": ("x", "ray"), "cxr": ("chest", "x", "ray"), "fx": ("fracture",),
    "sono": ("ultrasound",),
    "fluoro": ("fluoroscopy",), "fluoroscopic": ("fluoroscopy",),
    "ct": ("ct",), "mri": ("mri",), "iv": ("intravenous",), "im": ("intramuscular",),
    "sq": ("subcutaneous",), "subq": ("subcutaneous",), "sc": ("subcutaneous",),
}

# text anatomy word -> catalog site words it satisfies
SITE_GROUPS: dict[str, tuple[str, ...]] = {
    "back": ("trunk", "back"), "chest": ("trunk", "chest"), "abdomen": ("trunk", "abdomen"),
    "abdominal": ("trunk", "abdomen"), "flank": ("trunk",), "shoulder": ("trunk", "shoulder", "arm"),
    "buttock": ("trunk", "buttock"), "trunk": ("trunk",), "torso": ("trunk",),
    "arm": ("arm", "upper extremity", "extremity"), "forearm": ("arm", "forearm", "extremity"),
    "elbow": ("arm", "elbow", "extremity"), "wrist": ("arm", "wrist", "extremity"),
    "thigh": ("leg", "thigh", "extremity"), "leg": ("leg", "lower extremity", "extremity"),
    "knee": ("leg", "knee", "extremity"), "calf": ("leg", "extremity"), "shin": ("leg", "extremity"),
    "ankle": ("leg", "ankle", "extremity"), "extremity": ("arm", "leg", "extremity"),
    "scalp": ("scalp",), "neck": ("neck",), "hand": ("hand",), "finger": ("hand", "finger"),
    "thumb": ("hand", "finger", "thumb"), "palm": ("hand",), "foot": ("foot",), "feet": ("foot",),
    "toe": ("foot", "toe"), "heel": ("foot",), "sole": ("foot",), "axilla": ("axilla", "trunk"),
    "genitalia": ("genitalia",), "penis": ("genitalia",), "scrotum": ("genitalia",), "vulva": ("genitalia",),
    "face": ("face",), "cheek": ("face",), "forehead": ("face",), "chin": ("face",), "jaw": ("face",),
    "temple": ("face",), "ear": ("ear", "face"), "eyelid": ("eyelid", "face"), "lid": ("eyelid",),
    "nose": ("nose", "face"), "nasal": ("nose", "face"), "lip": ("lip", "face"),
    "brow": ("face", "eyebrow"), "eyebrow": ("face", "eyebrow"),
    "mucosa": ("mucous membrane",), "nail": ("nail",), "fingernail": ("nail",), "toenail": ("nail",),
}

APPROACH_WORDS: dict[str, str] = {
    "laparoscopic": "laparoscopic", "laparoscopy": "laparoscopic", "robotic": "laparoscopic",
    "open": "open", "laparotomy": "open",
    "endoscopic": "endoscopic", "endoscopy": "endoscopic",
    "percutaneous": "percutaneous", "needle": "percutaneous",
    "arthroscopic": "arthroscopic", "arthroscopy": "arthroscopic",
    "thoracoscopic": "thoracoscopic", "vats": "thoracoscopic",
    "transcatheter": "transcatheter",
}

LATERALITY_WORDS: dict[str, str] = {
    "left": "left", "right": "right", "bilateral": "bilateral", "bilaterally": "bilateral",
    "both": "bilateral",
}

FINGER_MODS = {  # HCPCS anatomic modifiers for digits (left hand FA-F4, right F5-F9)
    ("left", "thumb"): "FA", ("left", "index"): "F1", ("left", "second"): "F1",
    ("left", "middle"): "F2", ("left", "third"): "F2", ("left", "ring"): "F3",
    ("left", "fourth"): "F3", ("left", "little"): "F4", ("left", "fifth"): "F4", ("left", "small"): "F4",
    ("right", "thumb"): "F5", ("right", "index"): "F6", ("right", "second"): "F6",
    ("right", "middle"): "F7", ("right", "third"): "F7", ("right", "ring"): "F8",
    ("right", "fourth"): "F8", ("right", "little"): "F9", ("right", "fifth"): "F9", ("right", "small"): "F9",
}
TOE_MODS = {  # left foot TA, T1-T4; right foot T5-T9
    ("left", "great"): "TA", ("left", "big"): "TA", ("left", "first"): "TA", ("left", "second"): "T1",
    ("left", "third"): "T2", ("left", "fourth"): "T3", ("left", "fifth"): "T4", ("left", "little"): "T4",
    ("right", "great"): "T5", ("right", "big"): "T5", ("right", "first"): "T5", ("right", "second"): "T6",
    ("right", "third"): "T7", ("right", "fourth"): "T8", ("right", "fifth"): "T9", ("right", "little"): "T9",
}
EYELID_MODS = {("left", "upper"): "E1", ("left", "lower"): "E2", ("right", "upper"): "E3", ("right", "lower"): "E4"}
CORONARY_MODS = {
    "left main": "LM", "lm": "LM", "left anterior descending": "LD", "lad": "LD",
    "circumflex": "LC", "lcx": "LC", "lcx artery": "LC", "right coronary": "RC", "rca": "RC",
    "ramus": "RI", "ramus intermedius": "RI",
}

# feature token -> phrases; the catalog's feature files add to these
DEFAULT_FEATURES: dict[str, list[str]] = {
    "biopsy": ["biopsy", "biopsies", "bx", "biopsied", "cold forceps", "tissue sampling"],
    "contrast": ["with contrast", "contrast enhanced", "iv contrast", "gadolinium"],
    "cholangiography": ["cholangiogram", "cholangiography", "ioc"],
    "doppler": ["doppler", "duplex"],
    "guidance_ultrasound": ["ultrasound guidance", "ultrasound guided", "under ultrasound", "us guided",
                            "us-guided", "sonographic guidance"],
    "guidance_fluoroscopy": ["fluoroscopic guidance", "fluoroscopy guided", "under fluoroscopy", "fluoro guided"],
    "guidance_ct": ["ct guidance", "ct guided", "ct-guided", "under ct"],
    "guidance_mri": ["mri guidance", "mri guided", "mr guided"],
    "stent": ["stent", "stenting", "stented"],
    "dilation": ["dilation", "dilatation", "dilated", "balloon dilation"],
    "foreign_body": ["foreign body"],
    "snare": ["snare", "snared", "hot snare", "cold snare"],
    "ablation": ["ablation", "ablated"],
    "mesh": ["mesh"],
    "graft": ["graft"],
    "implant": ["implant", "implanted"],
    "recurrent": ["recurrent", "recurrence", "recurred"],
    "incarcerated": ["incarcerated", "strangulated", "incarceration", "non-reducible", "nonreducible",
                     "irreducible"],
    "reducible": ["reducible", "reduced easily", "easily reduced"],
    "malignant": ["malignant", "malignancy", "carcinoma", "melanoma", "bcc", "scc", "cancer"],
    "benign": ["benign", "nevus", "seborrheic keratosis", "lipoma", "epidermoid cyst", "sebaceous cyst"],
    "internal_fixation": ["orif", "internal fixation", "plate and screws", "intramedullary nail", "pinning"],
    "manipulation": ["closed reduction", "manipulation", "manipulated", "reduced"],
    "complex": ["complex repair", "complex closure"],
    "intermediate": ["intermediate repair", "layered closure", "layered repair", "two layer", "2 layer",
                     "subcutaneous sutures", "deep sutures"],
    "simple": ["simple repair", "simple closure", "single layer", "superficial"],
    "interpretation_only": ["interpretation only", "read only", "professional component only",
                            "interpret and report", "over-read", "overread", "reading only"],
    "radiological_supervision": ["supervision and interpretation", "s&i"],
}
