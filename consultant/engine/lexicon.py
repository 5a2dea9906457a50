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
    "w/": ("with",), "w/o": ("without",), "s/p": ("status", "post"), "d/c": ("discharge",),
    "lt": ("left",), "rt": ("right",), "bilat": ("bilateral",), "b/l": ("bilateral",),
    "hx": ("history",), "pt": ("patient",), "pts": ("patient",),
    "est": ("established",), "np": ("new", "patient"),
    "ed": ("emergency",), "er": ("emergency",),
    "mins": ("minute",), "min": ("minute",), "hrs": ("hour",), "hr": ("hour",),
    "lac": ("laceration",), "lacs": ("laceration",),
    "excised": ("excision",), "excise": ("excision",), "excisional": ("excision",), "exc": ("excision",),
    "injected": ("injection",), "inj": ("injection",), "jt": ("joint",), "jts": ("joint",),
    "aspirated": ("aspiration",), "drained": ("drainage",),
    "repaired": ("repair",), "sutured": ("repair",),
    "removed": ("removal",), "remove": ("removal",),
    "xray": ("x", "ray"), "xr": ("x", "ray"), "radiograph": ("x", "ray"), "radiographs": ("x", "ray"), "cxr": ("chest", "x", "ray"), "fx": ("fracture",),
    "sono": ("ultrasound",), "catheterization": ("cath",), "catheterizations": ("cath",),
    "fluoro": ("fluoroscopy",), "fluoroscopic": ("fluoroscopy",), "tx": ("treatment",), "prox": ("proximal",),
    "ct": ("ct",), "mri": ("mri",), "iv": ("intravenous",), "im": ("intramuscular",),
    "crit": ("critical",), "c-section": ("cesarean",), "csection": ("cesarean",),
    "sq": ("subcutaneous",), "subq": ("subcutaneous",), "sc": ("subcutaneous",)
}

# a vertebral level ("L4-5", "C6") also names what lies at that level
_NEURAXIS = ("spine", "epidural space", "subarachnoid space", "subdural space", "spinal cord", "spinal dura",
             "facet joint", "intervertebral disc", "bone", "vertebra", "nerve root", "thoracic paravertebral space")

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
    "scalp": ("scalp",), "neck": ("neck",), "hand": ("hand",), "finger": ("hand", "finger", "nail"),
    "thumb": ("hand", "finger", "thumb", "nail"), "palm": ("hand",), "foot": ("foot",), "feet": ("foot",),
    "toe": ("foot", "toe", "nail"), "breast": ("breast",), "hallux": ("foot", "toe", "nail"), "heel": ("foot",), "sole": ("foot",), "axilla": ("axilla", "trunk"),
    "genitalia": ("genitalia",), "penis": ("genitalia",), "scrotum": ("genitalia",), "vulva": ("genitalia",),
    "face": ("face",), "cheek": ("face",), "forehead": ("face",), "chin": ("face",), "jaw": ("face",),
    "temple": ("face",), "ear": ("ear", "face"), "auricle": ("ear", "external ear"), "auricular": ("ear", "external ear"),
    "pinna": ("ear", "external ear"), "eyelid": ("eyelid", "face"), "lid": ("eyelid",),
    "nose": ("nose", "face"), "nasal": ("nose", "face"), "lip": ("lip", "face"),
    "brow": ("face", "eyebrow"), "eyebrow": ("face", "eyebrow"),
    "perianal": ("anus",), "perirectal": ("anus",),
    "pelvic": ("pelvis", "uterus", "ovary"),
    "cervical_level": ("cervical spine", "neck") + _NEURAXIS, "thoracic_level": ("thoracic spine",) + _NEURAXIS,
    "lumbar_level": ("lumbar spine", "sacrum") + _NEURAXIS,
    "mucosa": ("mucous membrane",), "nail": ("nail",), "fingernail": ("nail",), "toenail": ("nail",),
}

APPROACH_WORDS: dict[str, str] = {
    "laparoscopic": "laparoscopic", "laparoscopy": "laparoscopic", "robotic": "laparoscopic",
    "open": "open", "laparotomy": "open", "orif": "open",
    "endoscopic": "endoscopic", "endoscopy": "endoscopic",
    "cystoscopy": "endoscopic", "cystoscope": "endoscopic", "cystoscopic": "endoscopic", "cysto": "endoscopic",
    "cystourethroscopy": "endoscopic", "ureteroscopy": "endoscopic", "ureteroscope": "endoscopic",
    "ureteroscopic": "endoscopic", "hysteroscopy": "endoscopic", "hysteroscopic": "endoscopic",
    "hysteroscope": "endoscopic",
    "percutaneous": "percutaneous", "needle": "percutaneous",
    "arthroscopic": "arthroscopic", "arthroscopy": "arthroscopic",
    "thoracoscopic": "thoracoscopic", "vats": "thoracoscopic",
    "transcatheter": "transcatheter",
    "bronchoscopy": "endoscopic", "bronchoscope": "endoscopic", "bronchoscopic": "endoscopic", "ebus": "endoscopic",
    "laryngoscopy": "endoscopic", "laryngoscope": "endoscopic", "microlaryngoscopy": "endoscopic",
    "thoracoscopy": "thoracoscopic", "thoracoscope": "thoracoscopic",
    "percutaneously": "percutaneous", "laparoscopically": "laparoscopic", "endoscopically": "endoscopic",
    "arthroscopically": "arthroscopic", "thoracoscopically": "thoracoscopic",
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
    "automated": ["auto dipstick", "auto dip", "automated dipstick", "analyzer read", "machine read"],
    "guidance_ultrasound": ["ultrasound guidance", "ultrasound guided", "under ultrasound", "us guided",
                            "us-guided", "sonographic guidance", "real-time ultrasound guidance",
                            "under real-time ultrasound", "real-time ultrasound visualization", "sonographically guided"],
    "guidance_fluoroscopy": ["fluoroscopic guidance", "fluoroscopy guided", "under fluoroscopy", "fluoro guided",
                             "fluoroscopy was used", "using fluoroscopy", "fluoroscopy to guide", "fluoroscopy to confirm",
                             "fluoroscopic confirmation", "confirmed with fluoroscopy", "confirmed by fluoroscopy",
                             "confirmed on fluoroscopy", "fluoroscopically guided", "fluoroscopically confirmed",
                             "fluoroscopy with contrast", "with fluoroscopy", "under live fluoroscopy"],
    "guidance_ct": ["ct guidance", "ct guided", "ct-guided", "under ct"],
    "guidance_mri": ["mri guidance", "mri guided", "mr guided"],
    "stent": ["stent", "stenting", "stented"],
    "dilation": ["dilation", "dilatation", "dilated", "balloon dilation"],
    "foreign_body": ["foreign body"],
    "snare": ["snare", "snared", "hot snare", "cold snare"],
    "ablation": ["ablation", "ablated"],
    "mesh": ["mesh"],
    "graft": ["graft"],
    "implant": ["implant", "implanted", "nexplanon", "implanon"],
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
                            "interpret and report", "over-read", "overread", "over-reads", "overreads", "reading only"],
    "radiological_supervision": ["supervision and interpretation", "s&i"],
}

# One-word catalog terms that are also everyday words or units ("THE" = transhiatal
# esophagectomy, "BE" = barium enema, "mg" = magnesium): they match only as written
# in capitals (units: not in lower case, and never right after a number).
COMMON_WORDS = frozenset("""
a about above after again all am an and any are art as at be because been before being below between both
but by can cat could did do does doing down during each few for from further had has have having he her here
hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or
other our out over own same she should so some such than that the their them then there these they this
those through to too under until up very was we were what when where which while who whom why will with
would you your act ice fit let set tea tar spa pet amp tot vit mat man pad dat ada met mic pal pit sad sit
tab tag tap ten tin top toe van via web win yes ace aid aim air arm bad bag bar bat bed bit box bus cap car
cut day dim dip due ear end era eye fat fax fee gap gas gel gum gut hat hit hot jaw key kit lab lap leg lid
lip log low map mid mix mud nap net nod oak odd oil one pan pay pen pig pin pot put ran raw ray red rib rod
row rub run saw sea see sex shy sky son spot sum sun tan tie toy tub two use war way wet cord hand heat
mass post rest shot step tube wash will mom dad lead life line lift sling plan star stat cure scoop sting
omni link linq pico proc rose audit fish""".split())
UNIT_WORDS = frozenset({"mg", "mcg", "g", "gm", "ml", "cc", "iu", "meq", "kg", "lb", "cm", "mm", "hr", "min",
                        "l", "dl", "mmol", "unit", "units"})
# words that say a substance was measured (a lab test), not given
LAB_CUES = frozenset({"level", "levels", "serum", "blood", "plasma", "urine", "test", "tests", "testing",
                      "assay", "panel", "lab", "labs", "drawn", "draw", "measured", "measurement", "checked",
                      "check", "screen", "screening", "quantitative", "qualitative", "specimen", "sample",
                      "result", "results", "titer", "concentration", "venipuncture", "cbc", "bmp",
                      "cmp", "tsh", "culture"})

# paired body parts: "both knees" is bilateral, "both menisci" is not; "L knee" is the left knee
PAIRED_PARTS: frozenset[str] = frozenset(
    "eye ear breast knee hip shoulder elbow wrist ankle hand foot feet kidney lung ovary testis testicle arm leg "
    "thigh forearm eyelid lid extremity inguinal groin femoral carpal tube finger thumb toe heel axilla side "
    "temporal sacroiliac si facet l4 l5 c5 c6 tm tmj lower upper great knee".split())

# words that name a vaccine only generically ("flu shot", "hep B vaccine", "influenza vaccine"): a term made of
# these stands for every product of that vaccine; a term with any other word (a brand, a valency) names one product
VACCINE_GENERIC_WORDS = frozenset({"vaccine", "vaccination", "immunization", "shot", "jab", "flu", "influenza",
                                   "hep", "hepatitis", "a", "b", "adult", "pediatric", "peds", "child", "dose",
                                   "injection", "intramuscular", "im", "the", "for", "of", "and"})


def specific_vaccine_term(term: str) -> bool:
    """A normalised catalog term that names one vaccine product (PCV20, Fluzone High-Dose, Engerix-B)."""
    return any(w not in VACCINE_GENERIC_WORDS for w in term.split())

# brand and everyday names of office drugs and devices billed with a HCPCS code (the CMS descriptor gives
# only the generic name); a name maps to the code a note with that product alone is billed under
DRUG_NAMES: dict[str, tuple[str, ...]] = {
    "J3301": ("Kenalog", "Kenalog-10", "Kenalog-40", "triamcinolone"),
    "J1010": ("Depo-Medrol", "DepoMedrol"),
    "J1100": ("Decadron", "dexamethasone"),
    "J0702": ("Celestone", "Celestone Soluspan"),
    "J1885": ("Toradol", "ketorolac"),
    "J0696": ("Rocephin", "ceftriaxone"),
    "J2405": ("Zofran",),
    "J1200": ("Benadryl",),
    "J2550": ("Phenergan",),
    "J0897": ("Prolia", "Xgeva"),
    "J1745": ("Remicade",),
    "J3489": ("Reclast", "Zometa"),
    "J0561": ("Bicillin L-A", "Bicillin", "benzathine penicillin", "benzathine penicillin G", "penicillin G benzathine"),
    "J1050": ("Depo-Provera", "Depo-SubQ Provera", "medroxyprogesterone"),
    "J0585": ("Botox",),
    "J2919": ("Solu-Medrol", "SoluMedrol"),
    "J1171": ("Dilaudid",),
    "J0881": ("Aranesp",),
    "J0885": ("Procrit", "Retacrit"),
    "J9312": ("Rituxan",),
    "J2350": ("Ocrevus",),
    "J3380": ("Entyvio",),
    "J0178": ("Eylea",),
    "J2778": ("Lucentis",),
    "J1950": ("Lupron Depot",),
    "J1439": ("Injectafer",),
    "J1756": ("Venofer",),
    "J3262": ("Actemra",),
    "J2323": ("Tysabri",),
    "J0129": ("Orencia",),
}

# contraceptive devices: named beside their insertion (services.contraceptive_devices), never matched on their
# own, so the insertion stays the procedure and the device is its supply line
DEVICE_NAMES: dict[str, tuple[str, ...]] = {
    "J7298": ("mirena", "levonorgestrel iud 52 mg"),
    "J7297": ("liletta",),
    "J7296": ("kyleena",),
    "J7301": ("skyla",),
    "J7300": ("paragard", "copper iud", "copper t iud", "copper intrauterine device", "copper t"),
    "J7307": ("nexplanon", "implanon", "etonogestrel implant", "contraceptive implant", "etonogestrel"),
}
