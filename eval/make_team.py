#!/usr/bin/env python3
"""Build eval/team.jsonl: the team's held-out evaluation set for `consultant suggest`.

Every case below was written and hand-judged by a certified coder (CPC, CCS);
this script only formats them, numbers them t001.., and validates codes.
Expected-code shorthand used in the case table:

    "47563"          code, 1 unit, no modifiers
    "17003x11"       11 units
    "64483:50"       modifier 50 (comma-separated list: "73030:26,RT")
    "J0696x4:JZ"     4 units with modifier JZ
    "00790x?:AA"     units irrelevant (key omitted), e.g. anesthesia time
    "93971:?"        modifiers irrelevant (key omitted)

Run:  python3 eval/make_team.py          (writes eval/team.jsonl and validates)
"""
import csv
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")

CASES = []

STYLES = {"vignette", "terse", "opnote", "email"}
_terse_count = [0]


def parse_exp(s):
    m = re.fullmatch(r"([0-9A-Z]{5})(?:x(\?|\d+))?(?::(.*))?", s)
    if not m:
        raise ValueError("bad expected spec %r" % s)
    code, units, mods = m.groups()
    d = {"code": code}
    if units != "?":
        d["units"] = int(units) if units else 1
    if mods != "?":
        d["modifiers"] = [x for x in (mods or "").split(",") if x]
    return d


def add(style, subject, body, expected=(), forbidden=(), tags=(), vague=False, text=False):
    assert style in STYLES, style
    case = {"id": None}
    # every other terse note is sent in the {"id","text"} form (subject folded into the text)
    if style == "terse":
        _terse_count[0] += 1
        text = text or _terse_count[0] % 2 == 0
    if text:
        case["text"] = (subject + "\n\n" + body) if subject else body
    else:
        case["subject"] = subject
        case["body"] = body
    case["expected"] = [parse_exp(e) for e in expected]
    case["forbidden"] = list(forbidden)
    case["vague"] = vague
    t = [style] + [x for x in tags if x != style]
    if vague and "vague" not in t:
        t.append("vague")
    case["tags"] = t
    CASES.append(case)


# ---- helpers for the longer formats (the words inside are case-specific) ----

def opnote(preop, postop, procedure, anesthesia, findings, description, extra=None, header=None):
    parts = []
    if header:
        parts.append(header)
    parts += ["PREOPERATIVE DIAGNOSIS: " + preop,
              "POSTOPERATIVE DIAGNOSIS: " + postop,
              "PROCEDURE: " + procedure,
              "ANESTHESIA: " + anesthesia]
    for k, v in (extra or []):
        parts.append(k + ": " + v)
    parts += ["FINDINGS: " + findings, "", "DESCRIPTION OF PROCEDURE:", description]
    return "\n".join(parts)


DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may contain confidential and privileged information. If you are not the intended recipient, please notify the sender and destroy all copies.",
    "This message may contain protected health information. If you received it in error, delete it and tell the sender. Do not forward.",
    "--\nSent from my phone. Please excuse typos.",
    "The information in this email is intended only for the addressee. Unauthorized review, use or disclosure is prohibited.",
]


def email(greeting, core, sign, quote=None, disclaimer=0):
    parts = [greeting, "", core, "", sign]
    if disclaimer is not None:
        parts += ["", DISCLAIMERS[disclaimer % len(DISCLAIMERS)]]
    if quote:
        parts += ["", quote]
    return "\n".join(parts)

# =====================================================================
# DIGESTIVE / GENERAL SURGERY
# =====================================================================

add("vignette", "Gallbladder case for coding",
    "A 52-year-old woman with recurrent biliary colic and a dilated common duct on ultrasound was taken to the OR. "
    "Four ports were placed and the gallbladder was removed laparoscopically. Because of the duct dilation, a catheter was "
    "passed into the cystic duct and a cholangiogram was shot under fluoroscopy; it showed free flow into the duodenum and no "
    "filling defects. The cystic duct was then clipped and divided and the specimen removed in a bag.",
    ["47563"], ["47562", "47600", "47605"], ["surgery", "digestive"])

add("terse", "lap chole",
    "Lap chole for sx cholelithiasis. CVS obtained, cystic duct/artery clipped + divided. No IOC. GB out via umbilical port in endobag. EBL minimal.",
    ["47562"], ["47563", "47600"], ["surgery", "digestive", "negation"])

add("opnote", "Op note - cholecystectomy converted",
    opnote("Acute cholecystitis.", "Gangrenous cholecystitis with dense adhesions.",
           "Laparoscopic cholecystectomy converted to open cholecystectomy.",
           "General endotracheal.",
           "Thick-walled, gangrenous gallbladder encased in omentum; the hepatocystic triangle could not be safely defined laparoscopically.",
           "The patient was placed supine and the abdomen was prepped and draped. Pneumoperitoneum was established through an "
           "umbilical Hasson port and three more ports were placed. The gallbladder was densely adherent to the omentum and duodenum. "
           "After 40 minutes of careful dissection the anatomy still could not be clarified, so the decision was made to convert. "
           "A right subcostal incision was made and the gallbladder was taken down from the fundus toward the neck. The cystic duct "
           "and artery were ligated with silk ties and divided. No cholangiogram was performed. A closed-suction drain was left in "
           "the gallbladder fossa. The fascia was closed in two layers and the skin was stapled."),
    ["47600"], ["47562", "47563", "47605", "49320"], ["surgery", "digestive", "negation"])

add("vignette", "Appendix",
    "19-year-old man, 18 hours of right lower quadrant pain, CT shows a non-perforated inflamed appendix. Laparoscopic "
    "appendectomy through three ports; the base was divided with a stapler and the appendix removed in a bag. No perforation, no abscess.",
    ["44970"], ["44950", "44960"], ["surgery", "digestive"])

add("opnote", "appendectomy op note",
    opnote("Perforated appendicitis.", "Perforated appendicitis with generalized purulent peritonitis.",
           "Open appendectomy through a lower midline incision; washout of the abdomen.",
           "General.",
           "Appendix perforated at the tip; thick purulent fluid in all four quadrants and between the small-bowel loops.",
           "A lower midline laparotomy was made because of the diffuse peritonitis seen on CT. Pus was cultured and evacuated from "
           "the pelvis, both paracolic gutters and the subhepatic space. The appendix was mobilized, its mesentery was ligated, and "
           "the base was ligated and divided. The abdomen was irrigated with six liters of warm saline. The fascia was closed with "
           "running looped suture and the skin was left open and packed."),
    ["44960"], ["44950", "44970"], ["surgery", "digestive"])

add("terse", "EGD bx",
    "EGD w/ bx. Indication: dyspepsia. Scope to D2. Mild antral erythema, cold bx x4 antrum/body for H. pylori. Duodenum nl.",
    ["43239"], ["43235"], ["surgery", "digestive", "endoscopy"])

add("vignette", "Upper endoscopy, diagnostic only?",
    "Upper endoscopy for epigastric pain in a 61-year-old. The esophagus, stomach and duodenum were examined with retroflexion. "
    "Everything looked normal and no biopsies were taken. No dilation, no other intervention.",
    ["43235"], ["43239", "43249", "43248"], ["surgery", "digestive", "endoscopy", "negation"])

add("opnote", "EGD dilation",
    opnote("Dysphagia to solids.", "Schatzki ring.",
           "Esophagogastroduodenoscopy with through-the-scope balloon dilation of the distal esophagus.",
           "Monitored anesthesia care.",
           "Thin, non-obstructing Schatzki ring at 38 cm. Normal stomach and duodenum.",
           "The gastroscope was passed under direct vision into the esophagus and advanced to the second part of the duodenum. "
           "The ring was noted at the squamocolumnar junction. A controlled radial expansion balloon, 18-19-20 mm, was passed through "
           "the channel and inflated sequentially to 20 mm for one minute at each diameter under endoscopic view. Mild mucosal disruption "
           "was seen after dilation. No guidewire was used and no biopsies were taken. The scope was withdrawn."),
    ["43249"], ["43235", "43248", "43239", "43220"], ["surgery", "digestive", "endoscopy", "negation"])

add("vignette", "EGD with two things done",
    "EGD in a 70-year-old for anemia. A 1.2 cm sessile polyp on the greater curvature of the gastric body was removed with a hot snare. "
    "Separately, random cold forceps biopsies were taken from the second portion of the duodenum to rule out celiac disease. "
    "Nothing else was done.",
    ["43251", "43239:59"], ["43235", "43250"], ["surgery", "digestive", "endoscopy", "multi", "modifier", "bundling"])

add("terse", "EGD GI bleed",
    "Urgent EGD for melena. 1.5 cm clean-based ulcer w/ visible vessel duodenal bulb -> epi inj + 2 hemoclips, hemostasis achieved. No bx.",
    ["43255"], ["43235", "43239"], ["surgery", "digestive", "endoscopy", "negation"])

add("vignette", "Food stuck",
    "A 44-year-old with eosinophilic esophagitis came in with a meat bolus impaction. Upper endoscopy was done and the bolus was "
    "retrieved from the distal esophagus with a retrieval net. The esophagus was then inspected; no stricture needing dilation, no biopsies.",
    ["43247"], ["43235", "43239", "43249"], ["surgery", "digestive", "endoscopy", "negation"])

add("vignette", "PEG tube",
    "Patient with dysphagia after a stroke. Under endoscopic guidance the stomach was transilluminated, the site was marked, and a "
    "20 Fr pull-type gastrostomy tube was placed percutaneously and its position confirmed endoscopically.",
    ["43246"], ["43235", "49440"], ["surgery", "digestive", "endoscopy"])

add("vignette", "Medicare screening colonoscopy",
    "67-year-old Medicare beneficiary with no personal or family history of colorectal neoplasia and no symptoms, due for routine "
    "screening. Colonoscopy to the cecum with good prep. No polyps or other lesions found; no biopsies.",
    ["G0121"], ["45378", "G0105", "45380"], ["surgery", "digestive", "endoscopy", "hcpcs", "negation"])

add("terse", "dx colonoscopy",
    "Colonoscopy for hematochezia. Cecum reached, TI intubated. Small int hemorrhoids. No polyps, no bx. Impression: hemorrhoidal bleeding.",
    ["45378"], ["45380", "45385", "G0121"], ["surgery", "digestive", "endoscopy", "negation"])

add("vignette", "Colonoscopy polyps",
    "Surveillance colonoscopy in a patient with prior adenomas. A 7 mm polyp in the ascending colon and a 9 mm polyp in the "
    "sigmoid were both removed by cold snare. No other lesions; no biopsies.",
    ["45385"], ["45380", "45378", "45384"], ["surgery", "digestive", "endoscopy", "units"])

add("opnote", "colonoscopy op report",
    opnote("Change in bowel habits.", "Transverse colon polyp; rectal nodule.",
           "Colonoscopy with snare polypectomy and biopsy.",
           "Monitored anesthesia care by a separate anesthesia provider.",
           "Adequate prep. A 12 mm pedunculated polyp in the transverse colon. A separate 4 mm firm nodule in the rectum at 6 cm.",
           "The colonoscope was advanced to the cecum, identified by the appendiceal orifice and ileocecal valve. On withdrawal, the "
           "transverse colon polyp was removed by hot snare and retrieved. In the rectum the small nodule was sampled with cold biopsy "
           "forceps, two bites, and sent separately. Retroflexion in the rectum was normal."),
    ["45385", "45380:59"], ["45378", "45384", "99152"], ["surgery", "digestive", "endoscopy", "multi", "modifier", "bundling"])

add("vignette", "Polyp removed with forceps",
    "Diagnostic colonoscopy for iron-deficiency anemia. A single 3 mm polyp in the descending colon was completely removed with cold "
    "biopsy forceps. No snare was used. Rest of the exam normal.",
    ["45380"], ["45385", "45384", "45378"], ["surgery", "digestive", "endoscopy"])

add("vignette", "Screening turned polypectomy - Medicare",
    "Medicare patient, average risk, scheduled for a screening colonoscopy. During the exam an 8 mm polyp was found in the "
    "descending colon and removed with a cold snare. Nothing else was done. How should the professional claim look?",
    ["45385:PT"], ["G0121", "45378", "45380"], ["surgery", "digestive", "endoscopy", "modifier"])

add("terse", "flex sig",
    "Flex sig to 50 cm, ulcerative proctitis, cold bx x3 rectum.",
    ["45331"], ["45330", "45380"], ["surgery", "digestive", "endoscopy"])

add("vignette", "Umbilical hernia",
    "Open repair of a primary (never previously repaired) umbilical hernia in a 38-year-old. The fascial defect measured 2 cm and the "
    "contents reduced easily; no incarceration. A small piece of polypropylene mesh was placed in the preperitoneal space.",
    ["49591"], ["49592", "49593", "49613"], ["surgery", "digestive", "hernia"])

add("opnote", "incisional hernia op note",
    opnote("Recurrent incisional hernia, painful.", "Recurrent incisional hernia with incarcerated omentum.",
           "Laparoscopic repair of recurrent incisional hernia with intraperitoneal mesh.",
           "General endotracheal.",
           "One midline fascial defect measuring 6 cm craniocaudal by 4 cm transverse at the site of a previous mesh repair; "
           "incarcerated omentum that required sharp dissection to reduce. Bowel viable.",
           "Access was gained in the left upper quadrant with an optical trocar and two more 5 mm ports were placed. Adhesions were "
           "taken down. The incarcerated omentum was freed from the hernia sac and reduced. The defect was measured intra-abdominally "
           "as above. The defect was closed primarily with a running barbed suture and a 15 x 20 cm coated mesh was placed and fixed "
           "with tacks and transfascial sutures. The old mesh was left in place and not removed."),
    ["49616"], ["49615", "49594", "49623"], ["surgery", "digestive", "hernia", "negation"])

add("vignette", "Big ventral hernia",
    "First-time repair of a ventral hernia in a 59-year-old; open approach with retromuscular mesh. The defect measured 12 cm across "
    "at its widest and the contents were fully reducible preoperatively and at surgery.",
    ["49595"], ["49593", "49596", "49617"], ["surgery", "digestive", "hernia"])

add("terse", "epigastric hernia",
    "Open repair primary epigastric hernia, 1.5 cm defect, incarcerated preperitoneal fat reduced, primary suture closure, no mesh.",
    ["49592"], ["49591", "49614"], ["surgery", "digestive", "hernia"])

add("vignette", "Inguinal hernia right",
    "A 45-year-old man with a reducible right indirect inguinal hernia, never operated on before. Open repair with mesh (Lichtenstein).",
    ["49505:RT"], ["49507", "49520", "49650"], ["surgery", "digestive", "hernia", "laterality"])

add("opnote", "TEP bilateral",
    opnote("Bilateral inguinal hernias.", "Bilateral direct inguinal hernias.",
           "Laparoscopic totally extraperitoneal repair of bilateral inguinal hernias with mesh.",
           "General.",
           "Bilateral direct defects, both reducible. No prior groin surgery on either side.",
           "A balloon dissector was used to develop the preperitoneal space through an infraumbilical incision. Two 5 mm ports were "
           "placed in the midline. The direct hernia sacs were reduced on the right and then on the left. A 15 x 15 cm mesh was placed "
           "on each side covering the myopectineal orifice. The space was desufflated under vision and the fascia was closed."),
    ["49650:50"], ["49651", "49505", "49591"], ["surgery", "digestive", "hernia", "bilateral"])

add("vignette", "recurrent groin hernia",
    "Open repair of a recurrent left inguinal hernia (previously repaired in 2015). It was incarcerated on arrival; the omentum was "
    "reduced at surgery and was viable. Mesh placed.",
    ["49521:LT"], ["49520", "49507", "49651"], ["surgery", "digestive", "hernia", "laterality", "historical"])

add("terse", "lap rec IH R",
    "Lap TAPP repair recurrent R inguinal hernia (prior open repair), reducible. Mesh placed.",
    ["49651:RT"], ["49650", "49520"], ["surgery", "digestive", "hernia", "laterality"])

add("vignette", "External hemorrhoid",
    "A patient seen in the office with a 2-day-old thrombosed external hemorrhoid. Under local anesthesia an elliptical excision "
    "removed the hemorrhoid and its clot entirely; the wound was left open.",
    ["46320"], ["46083", "46250"], ["surgery", "digestive"])

add("terse", "thrombosed ext hemorrhoid",
    "Thrombosed ext hemorrhoid, incised under local and clot expressed. Hemorrhoid itself not excised.",
    ["46083"], ["46320", "46250"], ["surgery", "digestive", "negation"])

add("vignette", "Perianal abscess",
    "Office incision and drainage of a superficial perianal abscess under local anesthesia; cavity irrigated and packed.",
    ["46050"], ["10060", "46060"], ["surgery", "digestive"])

# =====================================================================
# INTEGUMENTARY
# =====================================================================

add("vignette", "Excision on the back",
    "Dermatology office. A 1.2 cm compound nevus on the upper back was excised with 2 mm margins on each side (narrowest margins). "
    "Pathology: benign compound nevus, margins clear. The wound was closed with simple interrupted sutures.",
    ["11402"], ["11401", "11403", "11602", "12001"], ["surgery", "integumentary"])

add("opnote", "Nasal BCC excision",
    opnote("Basal cell carcinoma, left nasal ala (biopsy proven).", "Same.",
           "Excision of basal cell carcinoma of the nose with layered closure.",
           "Local, 1% lidocaine with epinephrine.",
           "Pearly papule 0.8 cm in diameter.",
           "The lesion was outlined with a 3 mm margin around its entire circumference, giving an excised diameter of 1.4 cm. It was "
           "excised full thickness to the subcutaneous fat as an ellipse. Deep dermal absorbable sutures were placed to reduce tension, "
           "followed by running epidermal sutures. The final repair length measured 1.8 cm. Pathology later confirmed basal cell "
           "carcinoma with clear margins."),
    ["11642", "12051"], ["11641", "11643", "11442", "12011", "13151"], ["surgery", "integumentary", "multi"])

add("vignette", "Two identical excisions",
    "Two separate seborrheic-appearing but irritated lesions on the abdomen were excised (benign on pathology). Each had an excised "
    "diameter of 1.5 cm including margins. Both closed with simple sutures.",
    ["11402x2"], ["11401", "11403", "12001"], ["surgery", "integumentary", "units"])

add("terse", "shave SK cheek",
    "Shave removal irritated SK R cheek 0.7 cm, hemostasis w/ AlCl. Path: SK.",
    ["11311"], ["11310", "11301", "11441", "17110"], ["surgery", "integumentary"])

add("vignette", "Three punch biopsies",
    "Punch biopsies, 4 mm, of three separate rash lesions (left forearm, right thigh, back) to evaluate a possible vasculitis. Each closed "
    "with one suture.",
    ["11104", "11105x2"], ["11102", "11106", "12001"], ["surgery", "integumentary", "units", "addon"])

add("terse", "skin bx x2 diff techniques",
    "Shave (tangential) bx L shoulder lesion; punch bx 3 mm R shin lesion. Different lesions.",
    ["11104", "11103"], ["11102", "11105"], ["surgery", "integumentary", "addon", "multi"])

add("vignette", "Incisional and punch biopsies",
    "Wedge (incisional) biopsy through the full thickness of the dermis into the fat from an indurated plaque on the left leg, plus two "
    "punch biopsies from two other separate lesions on the trunk.",
    ["11106", "11105x2"], ["11104", "11107", "11102"], ["surgery", "integumentary", "addon", "units"])

add("terse", "AKs cryo x12",
    "Cryo LN2 to 12 AKs scalp/face/dorsal hands.",
    ["17000", "17003x11"], ["17004", "17110"], ["surgery", "integumentary", "units", "addon"])

add("vignette", "Many actinic keratoses",
    "Liquid nitrogen destruction of 18 actinic keratoses scattered over the forearms and scalp.",
    ["17004"], ["17000", "17003"], ["surgery", "integumentary", "units"])

add("terse", "warts",
    "Cryotherapy 6 verruca vulgaris R hand fingers.",
    ["17110"], ["17111", "17000"], ["surgery", "integumentary"])

add("vignette", "Skin tags",
    "Removal of 22 skin tags from the neck and both axillae with sterile scissors; hemostasis with aluminum chloride.",
    ["11200", "11201"], ["11300", "17110"], ["surgery", "integumentary", "units", "addon"])

add("terse", "I&D abscess L thigh",
    "I&D abscess L thigh, simple, single cavity, packed w/ iodoform.",
    ["10060"], ["10061", "10140"], ["surgery", "integumentary"])

add("vignette", "Complicated abscess",
    "Large buttock abscess with multiple loculations. Under local anesthesia a wide incision was made, loculations were broken up "
    "bluntly, the cavity was irrigated and a drain was placed and packing inserted.",
    ["10061"], ["10060", "46050"], ["surgery", "integumentary"])

add("vignette", "Two lacerations, simple",
    "ED physician repairs two lacerations after a fall: a 3.0 cm scalp laceration closed with staples and a 2.0 cm laceration on the "
    "right forearm closed with simple interrupted sutures. Both single-layer closures. The ED visit is being coded by someone else; "
    "I only need the repair.",
    ["12002"], ["12001", "12032", "12011"], ["surgery", "integumentary", "units"])

add("vignette", "Two intermediate repairs",
    "Layered closure of two lacerations from broken glass: 3 cm on the left upper arm and 4 cm on the right lower leg, both requiring "
    "deep dermal sutures before skin closure. Wounds were clean.",
    ["12032"], ["12031", "12034", "12002"], ["surgery", "integumentary"])

add("terse", "lac lip + nose",
    "Simple repair lac upper lip 1.5 cm + nose 1.2 cm, 6-0 nylon, single layer.",
    ["12013"], ["12011", "12051"], ["surgery", "integumentary"])

add("vignette", "Complex repair trunk",
    "After excision of a dermatofibrosarcoma margin on the back (excision coded separately), the 6 cm defect needed extensive "
    "undermining of both wound edges and retention sutures to close; documented as complex repair.",
    ["13101"], ["13100", "12032", "13102"], ["surgery", "integumentary"])

add("opnote", "scalp complex repair",
    opnote("Scalp laceration, stellate, contaminated.", "Same.",
           "Complex repair of scalp laceration, 9.0 cm.",
           "Local.",
           "Stellate laceration of the vertex with ragged, devitalized edges and embedded gravel.",
           "The wound was irrigated with 1 liter of saline. Devitalized wound edges were debrided sharply and gravel was removed. "
           "The galea was undermined widely to allow tension-free closure. The galea was closed with buried absorbable sutures and "
           "the skin with staples. Total repaired length 9.0 cm. This meets complex repair criteria (debridement of edges and "
           "extensive undermining)."),
    ["13121", "13122"], ["12035", "13120", "12004"], ["surgery", "integumentary", "addon"])

add("terse", "lac hand 4.5 cm layered",
    "4.5 cm lac dorsum L hand, layered closure (4-0 vicryl deep, 5-0 nylon skin).",
    ["12042"], ["12032", "12002", "12041"], ["surgery", "integumentary"])

add("terse", "lip lac",
    "1.5 cm lac lower lip, not crossing vermilion, single-layer closure 6-0.",
    ["12011"], ["12013", "12051", "40650"], ["surgery", "integumentary"])

add("vignette", "Foot ulcer debridement",
    "Wound clinic: a diabetic foot ulcer on the plantar left heel measuring 6 x 4 cm (24 sq cm) was sharply debrided with a curette "
    "and scissors down through the subcutaneous tissue; no muscle or bone exposed or debrided.",
    ["11042", "11045"], ["97597", "11043", "11044"], ["surgery", "integumentary", "addon", "units"])

add("vignette", "Wound debridement deep",
    "Sacral pressure injury, 45 sq cm, sharp excisional debridement including necrotic muscle. Bone not involved.",
    ["11043", "11046x2"], ["11042", "11044", "97597"], ["surgery", "integumentary", "addon", "units"])

add("terse", "selective debridement",
    "Selective sharp debridement of fibrin/slough from venous leg ulcer, 15 sq cm, to healthy bleeding tissue at the surface. No subq debrided.",
    ["97597"], ["11042", "97598"], ["integumentary", "medicine"])

add("vignette", "Ingrown toenail",
    "Ingrown nail, right great toe, medial border. Digital block, then the medial nail border was removed along with the matrix "
    "(wedge excision) and the matrix was curetted.",
    ["11750:T5"], ["11730", "11720"], ["surgery", "integumentary", "laterality", "modifier"])

add("terse", "nail avulsion L hallux",
    "Avulsion of entire nail plate L great toe (partial/complete simple avulsion), no matrixectomy.",
    ["11730:TA"], ["11750", "11732"], ["surgery", "integumentary", "laterality", "modifier", "negation"])

add("vignette", "Trigger finger",
    "Open release of the A1 pulley for trigger finger of the right ring finger under local anesthesia in the procedure room.",
    ["26055:F8"], ["20550", "26160"], ["surgery", "musculoskeletal", "laterality", "modifier"])

add("opnote", "cyst excision with layered closure",
    opnote("Epidermal inclusion cyst, mid back.", "Same.",
           "Excision of epidermal cyst of back with intermediate (layered) repair.",
           "Local.",
           "Cyst 2.4 cm in diameter.",
           "An ellipse was designed with 4 mm margins on each side of the cyst, excised diameter 3.2 cm. The cyst was removed intact. "
           "The wound, 4.0 cm long, was closed in layers with buried absorbable deep dermal sutures and running subcuticular closure. "
           "Pathology: benign epidermal inclusion cyst."),
    ["11404", "12032"], ["11403", "11406", "12031", "12002"], ["surgery", "integumentary", "multi"])

add("vignette", "Mohs",
    "Mohs surgery for a basal cell carcinoma on the nasal tip: first stage 3 tissue blocks, positive margin; second stage 2 blocks, "
    "clear. The defect was left to heal by second intention; no repair.",
    ["17311", "17312"], ["11642", "17313", "12011"], ["surgery", "integumentary", "addon", "negation"])

add("vignette", "Breast biopsy",
    "Radiologist performs an ultrasound-guided core needle biopsy of a 9 mm solid mass in the left breast at 2 o'clock, four cores, "
    "and leaves a marker clip. Mother had breast cancer and a mastectomy, for context.",
    ["19083:LT"], ["19100", "76942", "19303", "19081"], ["surgery", "integumentary", "laterality", "negation"])

add("vignette", "Lipoma on back",
    "Excision of a 4 cm subcutaneous lipoma from the right flank; it did not extend below the fascia.",
    ["21931"], ["21930", "21932", "11404"], ["surgery", "musculoskeletal"])

add("terse", "FB removal",
    "Removal splinter subq L palm via small incision, simple, no exploration needed.",
    ["10120"], ["10121", "20520"], ["surgery", "integumentary"])

add("vignette", "Hematoma drainage",
    "Incision and drainage of a tense post-traumatic hematoma on the left shin; clot evacuated and a light pressure dressing applied.",
    ["10140"], ["10060", "10160"], ["surgery", "integumentary"])

# =====================================================================
# MUSCULOSKELETAL / NERVOUS / PAIN
# =====================================================================

add("opnote", "Knee scope",
    opnote("Right knee medial meniscus tear.", "Right knee complex tear posterior horn medial meniscus; grade 3 chondromalacia medial femoral condyle.",
           "Right knee arthroscopy with partial medial meniscectomy and chondroplasty of the medial femoral condyle.",
           "General with LMA.",
           "Complex tear of the posterior horn of the medial meniscus. Unstable chondral flap on the medial femoral condyle. Lateral "
           "meniscus intact. ACL and PCL intact. Patellofemoral compartment normal.",
           "Standard anterolateral and anteromedial portals were established. A diagnostic survey was carried out. The torn portion "
           "of the medial meniscus was resected back to a stable rim with biters and a shaver. The chondral flap on the medial femoral "
           "condyle was debrided to a stable edge with the shaver. The lateral compartment required no treatment. The knee was "
           "irrigated and the portals closed with nylon."),
    ["29881:RT"], ["29880", "29877", "G0289"], ["surgery", "musculoskeletal", "laterality"],
)

add("terse", "L knee scope both menisci",
    "L knee scope: partial medial + lateral meniscectomies. Chondroplasty patella.",
    ["29880:LT"], ["29881", "29877", "G0289"], ["surgery", "musculoskeletal", "laterality"])

add("vignette", "Knee scope without meniscectomy",
    "Right knee arthroscopy. MRI had suggested a meniscal tear, but both menisci were intact on probing and no meniscectomy was "
    "performed. The only treatment was chondroplasty of a grade 3 lesion of the medial femoral condyle.",
    ["29877:RT"], ["29881", "29880", "G0289"], ["surgery", "musculoskeletal", "negation", "laterality"])

add("opnote", "shoulder arthroscopy",
    opnote("Right shoulder rotator cuff tear with impingement.", "Full-thickness supraspinatus tear, 2 cm; type II acromion.",
           "Right shoulder arthroscopic rotator cuff repair and arthroscopic subacromial decompression with acromioplasty.",
           "General plus interscalene block (block by anesthesia).",
           "Full-thickness crescent-shaped supraspinatus tear retracted 1.5 cm. Hooked anterior acromion with bursitis.",
           "In beach chair position, posterior and lateral portals were made. The subacromial bursa was resected and the "
           "coracoacromial ligament released from the acromion. An acromioplasty was performed with a burr converting the type II to "
           "a type I acromion. The tear edges were freshened and the footprint decorticated. Two suture anchors were placed in a "
           "double-row construct and the tendon was repaired to bone. Portals closed."),
    ["29827:RT", "29826:RT"], ["23412", "29822", "23130"], ["surgery", "musculoskeletal", "laterality", "addon", "multi"])

add("vignette", "ACL",
    "16-year-old soccer player, left knee ACL rupture. Arthroscopically assisted ACL reconstruction using ipsilateral hamstring "
    "autograft harvested through the same operative field; menisci intact and not treated.",
    ["29888:LT"], ["27407", "29881", "20924"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("terse", "CTR R open",
    "Open CTR R wrist, transverse carpal lig released, median n. decompressed.",
    ["64721:RT"], ["29848", "64722"], ["surgery", "nervous", "laterality"])

add("vignette", "Endoscopic carpal tunnel",
    "Single-portal endoscopic release of the left transverse carpal ligament for carpal tunnel syndrome.",
    ["29848:LT"], ["64721"], ["surgery", "nervous", "laterality"])

add("vignette", "Knee injection with steroid",
    "Established patient returns for her scheduled right knee injection for osteoarthritis (decided at the last visit; nothing else "
    "addressed today). Landmark-guided, no ultrasound. 40 mg triamcinolone acetonide (Kenalog-40 from a 5 mL multi-dose vial) with "
    "lidocaine injected into the right knee.",
    ["20610:RT", "J3301x4"], ["20611", "99213", "J3300"], ["musculoskeletal", "hcpcs_drug", "units", "laterality", "multi"])

add("vignette", "Both knees, ultrasound guided",
    "Ultrasound-guided injection of both knee joints with hyaluronic acid; permanent images of needle placement recorded and "
    "reported. The drug was supplied by the patient's specialty pharmacy and is not billed by us.",
    ["20611:50"], ["20610", "76942"], ["musculoskeletal", "bilateral", "bundling"])

add("terse", "US guided L shoulder inj",
    "US-guided L glenohumeral inj, Kenalog 80 mg (multi-dose vial) + lido. Images saved, report in chart.",
    ["20611:LT", "J3301x8"], ["20610", "76942", "J3300"], ["musculoskeletal", "hcpcs_drug", "units", "laterality", "bundling"])

add("vignette", "Trigger points",
    "Trigger point injections with lidocaine into the left trapezius, left levator scapulae, and left rhomboid (three muscles).",
    ["20553"], ["20552"], ["musculoskeletal"])

add("terse", "finger jt inj",
    "Inj R index finger PIP jt, no imaging, Kenalog 10 mg (multi-dose vial).",
    ["20600:F6", "J3301x1"], ["20604", "20605"], ["musculoskeletal", "hcpcs_drug", "laterality", "modifier"])

add("vignette", "Wrist injection",
    "Injection of the right radiocarpal joint without imaging guidance for inflammatory arthritis. Steroid was a sample and is not billed.",
    ["20605:RT"], ["20606", "20610", "20600"], ["musculoskeletal", "laterality"])

add("opnote", "Total knee",
    opnote("Right knee primary osteoarthritis, end stage.", "Same.",
           "Right total knee arthroplasty, cemented, posterior-stabilized.",
           "Spinal with adductor canal block.",
           "Tricompartmental degenerative change with bone-on-bone medial compartment. Patient had a left total knee in 2019 (stable).",
           "A medial parapatellar arthrotomy was made under tourniquet. The distal femur, proximal tibia and patella were resected "
           "with cutting guides. Flexion and extension gaps were balanced. Trial components showed good stability. The final femoral, "
           "tibial and patellar components were cemented. The arthrotomy was closed in layers and the skin with staples."),
    ["27447:RT"], ["27446", "27486", "27487", "27438"], ["surgery", "musculoskeletal", "laterality", "historical"])

add("vignette", "Hip replacement",
    "Left total hip arthroplasty through a posterior approach for avascular necrosis; both the acetabular cup and femoral stem were "
    "replaced (not a hemiarthroplasty).",
    ["27130:LT"], ["27125", "27132", "27236"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("vignette", "Broken wrist reduced",
    "ED orthopedist treats a displaced left distal radius fracture with closed reduction under hematoma block and applies a sugar-tong "
    "splint; no internal fixation. Ortho will provide the follow-up care (global package).",
    ["25605:LT"], ["25600", "25607", "29125"], ["surgery", "musculoskeletal", "laterality"])

add("terse", "nondisplaced distal radius",
    "Ortho clinic, our surgeon: nondisplaced R distal radius fx, no reduction needed, short-arm cast applied, we provide all follow-up fracture care.",
    ["25600:RT"], ["25605", "29075"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("vignette", "Ganglion, came back",
    "Excision of a dorsal wrist ganglion, right side. This is a recurrence; the same ganglion was excised two years ago.",
    ["25112:RT"], ["25111"], ["surgery", "musculoskeletal", "laterality", "historical"])

add("vignette", "Transforaminal epidural",
    "Right L4-L5 transforaminal epidural steroid injection under fluoroscopic guidance with contrast confirmation. Single level, one side.",
    ["64483:RT"], ["62323", "77003", "64484"], ["nervous", "laterality", "bundling"])

add("terse", "TFESI bilat L5-S1",
    "Bilat L5-S1 TFESI under fluoro, dex 10 mg split (drug billed by facility).",
    ["64483:50"], ["64484", "62323", "77003"], ["nervous", "bilateral"])

add("opnote", "TFESI two levels",
    opnote("Left L5 and S1 radiculopathy.", "Same.",
           "Left L4-L5 and L5-S1 transforaminal epidural steroid injections with fluoroscopic guidance.",
           "Local.",
           "Good epidural and perineural contrast spread at both levels without vascular uptake.",
           "The patient was placed prone. Under fluoroscopy the left L4-L5 foramen was targeted and a 22 gauge spinal needle advanced. "
           "After negative aspiration, contrast showed epidural spread and steroid was injected. The same was done at the left L5-S1 "
           "foramen. Fluoroscopic images were saved."),
    ["64483:LT", "64484:LT"], ["62323", "77003"], ["nervous", "laterality", "addon"])

add("vignette", "Interlaminar ESI",
    "Lumbar interlaminar epidural steroid injection at L5-S1 with fluoroscopic guidance; no catheter.",
    ["62323"], ["62322", "77003", "64483", "62327"], ["nervous", "bundling"])

add("terse", "bilat lumbar facet MBB x3 levels",
    "Bilat lumbar facet jt injections L3-4, L4-5, L5-S1 (intra-articular), fluoro guided.",
    ["64493:50", "64494:50", "64495:50"], ["64490", "77003", "64635"], ["nervous", "bilateral", "addon"])

add("vignette", "RF ablation",
    "Radiofrequency ablation of the nerves to the right L4-L5 and L5-S1 facet joints (two joints), fluoroscopic guidance.",
    ["64635:RT", "64636:RT"], ["64633", "64493", "77003"], ["nervous", "laterality", "addon"])

add("terse", "GON block",
    "Greater occipital nerve block R, bupivacaine + kenalog (sample).",
    ["64405:RT"], ["64450", "20553"], ["nervous", "laterality"])

# =====================================================================
# EYE / ENT / GU / GYN / OB / CARDIOVASCULAR
# =====================================================================

add("opnote", "Cataract OD",
    opnote("Visually significant nuclear sclerotic cataract, right eye.", "Same.",
           "Phacoemulsification of cataract with posterior chamber intraocular lens implantation, right eye.",
           "Topical with monitored anesthesia care.",
           "2+ nuclear sclerosis. Pupil dilated well to 7 mm. Capsule intact.",
           "A temporal clear corneal incision was made. Viscoelastic was placed and a continuous curvilinear capsulorhexis "
           "completed. The nucleus was removed by phacoemulsification and the cortex by irrigation/aspiration. A one-piece acrylic "
           "lens was placed in the capsular bag. No iris expansion devices, no capsular tension ring, no dye were needed. Wounds "
           "were hydrated and watertight."),
    ["66984:RT"], ["66982", "66983", "66850"], ["surgery", "eye", "laterality", "negation"])

add("vignette", "Complex cataract",
    "Left eye cataract surgery in a patient with pseudoexfoliation and a small pupil that dilated only to 3.5 mm. Four iris hooks "
    "were placed to expand the pupil, then phaco with in-the-bag IOL. Right eye was done last year.",
    ["66982:LT"], ["66984", "66983"], ["surgery", "eye", "laterality", "historical"])

add("terse", "YAG",
    "YAG laser capsulotomy OS for PCO.",
    ["66821:LT"], ["66830", "66984"], ["surgery", "eye", "laterality"])

add("vignette", "Eye injection",
    "Intravitreal injection into the right eye for wet macular degeneration; the anti-VEGF drug is supplied and billed by a specialty "
    "pharmacy, so we bill only the injection.",
    ["67028:RT"], ["67025", "66030"], ["surgery", "eye", "laterality"])

add("vignette", "Chalazia",
    "Excision of chalazia from two different eyelids: left upper lid and right lower lid, in the office.",
    ["67805"], ["67800", "67801", "67808"], ["surgery", "eye"])

add("terse", "chalazion RUL",
    "I&C single chalazion R upper lid, office, local.",
    ["67800:E3"], ["67801", "67805"], ["surgery", "eye", "modifier", "laterality"])

add("vignette", "T&A child",
    "7-year-old with obstructive sleep apnea and adenotonsillar hypertrophy; tonsils and adenoids both removed under general anesthesia.",
    ["42820"], ["42821", "42825", "42830"], ["surgery", "ent"])

add("terse", "tonsillectomy adult",
    "Tonsillectomy, 25 yo, recurrent tonsillitis. Adenoids not removed (atrophic).",
    ["42826"], ["42821", "42825"], ["surgery", "ent", "negation"])

add("opnote", "BMT",
    opnote("Recurrent acute otitis media.", "Bilateral middle ear effusions.",
           "Bilateral myringotomy with insertion of ventilation tubes.",
           "General mask anesthesia.",
           "Thick mucoid effusion bilaterally.",
           "Under the operating microscope the right ear canal was cleaned of cerumen. An anterior-inferior radial myringotomy was "
           "made, the effusion suctioned, and a tympanostomy tube placed. The same was done on the left. Drops were placed in both ears."),
    ["69436:50"], ["69433", "69421", "69210"], ["surgery", "ent", "bilateral"])

add("vignette", "Impacted cerumen, one ear",
    "Impacted cerumen in the left ear causing hearing loss; physician removed it under direct visualization using a curette and suction. Right ear was clear.",
    ["69210:?"], ["69209", "G0268"], ["surgery", "ent", "laterality"])

add("terse", "ear lavage bilat",
    "Cerumen removal by irrigation both ears by MA under physician supervision, no instrumentation.",
    ["69209:50"], ["69210", "G0268"], ["ent", "bilateral"])

add("vignette", "Deviated septum",
    "Septoplasty for a deviated nasal septum with obstruction; cartilage resected and repositioned; no turbinate work, no rhinoplasty.",
    ["30520"], ["30420", "30140", "30930"], ["surgery", "ent", "negation"])

add("terse", "nasal endo dx",
    "Diagnostic nasal endoscopy bilat, no debridement, no polypectomy.",
    ["31231"], ["31237", "31233"], ["ent", "negation"])

add("terse", "FOL",
    "Flexible fiberoptic laryngoscopy, diagnostic, for hoarseness. TVC nodules. No bx.",
    ["31575"], ["31576", "31231"], ["ent", "negation"])

add("vignette", "Nosebleed",
    "Anterior epistaxis from Kiesselbach's plexus controlled with silver nitrate cautery in the ED; simple, anterior only.",
    ["30901"], ["30903", "30905"], ["surgery", "ent"])

add("vignette", "Posterior bleed",
    "Posterior epistaxis requiring placement of a posterior balloon pack; first posterior packing for this episode.",
    ["30905"], ["30901", "30906"], ["surgery", "ent"])

add("terse", "cysto",
    "Cystoscopy for microhematuria: urethra/bladder normal, no bx, no stent, no fulguration.",
    ["52000"], ["52204", "52332", "52224"], ["surgery", "urology", "negation"])

add("vignette", "Stent",
    "Cystoscopy with placement of a left double-J ureteral stent for an obstructing 8 mm proximal ureteral stone; stone not treated.",
    ["52332:LT"], ["52000", "52356", "52352"], ["surgery", "urology", "laterality", "negation"])

add("vignette", "Vasectomy",
    "Office vasectomy for sterilization, both vasa divided and cauterized through a single midline scrotal puncture.",
    ["55250"], ["55200"], ["surgery", "urology", "bilateral"])

add("terse", "newborn circ",
    "Newborn circ day 2 w/ Gomco clamp + dorsal penile nerve block.",
    ["54150"], ["54160", "54161"], ["surgery", "urology"])

add("vignette", "Colposcopy",
    "Colposcopy of the cervix for an abnormal Pap; two cervical biopsies at 12 and 3 o'clock and an endocervical curettage were obtained.",
    ["57454"], ["57455", "57456", "57452", "57500"], ["surgery", "gyn"])

add("vignette", "Colposcopy, nothing sampled",
    "Colposcopy for ASC-US with positive HPV. Transformation zone fully seen; acetowhite changes absent. No biopsies and no ECC were taken.",
    ["57452"], ["57454", "57455", "57456"], ["surgery", "gyn", "negation"])

add("vignette", "Mirena",
    "Insertion of a levonorgestrel 52 mg IUD (Mirena) in the office; device purchased by the practice.",
    ["58300", "J7298"], ["58301", "J7300"], ["surgery", "gyn", "hcpcs_drug"])

add("terse", "nexplanon swap",
    "Removal of expired etonogestrel implant L arm and insertion of new implant same site. Implant supplied by office.",
    ["11983", "J7307"], ["11981", "11982"], ["surgery", "gyn", "hcpcs_drug"])

add("terse", "EMB",
    "Endometrial bx w/ pipelle, office, for PMB.",
    ["58100"], ["58558", "58110"], ["surgery", "gyn"])

add("opnote", "hysteroscopy",
    opnote("Postmenopausal bleeding, thickened endometrium.", "Same; no polyps seen.",
           "Hysteroscopy with dilation and curettage.",
           "General LMA.",
           "Uterus sounded to 7 cm. Diffusely thickened endometrium without focal lesion. No polyps. No fibroids.",
           "The cervix was dilated. The hysteroscope was inserted and a survey performed. Then a sharp curettage of all four walls was "
           "performed and the tissue sent to pathology. The hysteroscope was re-inserted to confirm the cavity was empty."),
    ["58558"], ["58120", "58555", "58563"], ["surgery", "gyn", "negation"])

add("vignette", "Lap hyst",
    "Total laparoscopic hysterectomy with bilateral salpingo-oophorectomy for symptomatic fibroids; uterus weighed 180 grams.",
    ["58571"], ["58570", "58572", "58573", "58661"], ["surgery", "gyn"])

add("vignette", "C-section only",
    "Obstetrician covers for a colleague and performs only the cesarean delivery; prenatal care and postpartum care are provided by "
    "the patient's regular OB group.",
    ["59514"], ["59510", "59515", "59400"], ["surgery", "obstetric"])

add("vignette", "Vaginal delivery, whole package",
    "Our OB provided all routine prenatal visits from 9 weeks, performed the vaginal delivery (no episiotomy repair beyond routine), "
    "and will provide the postpartum care.",
    ["59400"], ["59409", "59410", "59510"], ["surgery", "obstetric"])

add("vignette", "C-section with tubal",
    "Repeat cesarean delivery with bilateral tubal ligation (modified Pomeroy) for sterilization at the same operation; our group provided all the prenatal "
    "care and will see her postpartum.",
    ["59510", "58611"], ["58600", "58661", "59514"], ["surgery", "obstetric", "addon", "multi"])

# ---- cardiovascular ----

add("opnote", "Heart cath",
    opnote("Unstable angina.", "Two-vessel coronary artery disease.",
           "Left heart catheterization, selective coronary angiography, left ventriculography.",
           "Local with monitored anesthesia care by the anesthesia team.",
           "80% mid LAD stenosis; 70% proximal RCA. LVEF 50% on ventriculography. LVEDP 18.",
           "Right radial arterial access was obtained. A 5 Fr catheter "
           "was used to engage the left and right coronary arteries selectively in multiple views. A pigtail catheter was then advanced "
           "into the left ventricle and pressures and ventriculography obtained. No intervention was performed today; the patient has "
           "had no prior bypass surgery."),
    ["93458"], ["93454", "93459", "93460", "92928"], ["cardiovascular", "negation"])

add("vignette", "Stent to LAD",
    "Diagnostic catheterization two days ago showed a 90% mid-LAD stenosis. Today the patient returned for intervention only: a single "
    "drug-eluting stent was placed in the mid LAD with good result. No other vessels treated, no new diagnostic angiography billed.",
    ["92928:LD"], ["92920", "93458", "92933"], ["cardiovascular", "historical", "modifier"])

add("terse", "TTE complete",
    "TTE complete w/ spectral + color flow Doppler. EF 55%.",
    ["93306"], ["93307", "93308", "93320"], ["cardiovascular", "medicine"])

add("vignette", "Follow-up echo",
    "Limited transthoracic echo to reassess a small pericardial effusion only; no full study, no Doppler.",
    ["93308"], ["93306", "93307"], ["cardiovascular", "medicine"])

add("vignette", "ECG in office",
    "12-lead ECG done in our office on our machine, and our physician read it and signed the interpretation.",
    ["93000"], ["93005", "93010"], ["cardiovascular", "medicine"])

add("vignette", "ECG read only",
    "Cardiologist reads and reports a 12-lead ECG recorded at the hospital; the hospital owns the equipment and bills the tracing.",
    ["93010"], ["93000", "93005"], ["cardiovascular", "medicine"])

add("terse", "Holter",
    "24 hr Holter: hookup, recording, scanning analysis and MD interpretation all by our practice.",
    ["93224"], ["93225", "93226", "93227"], ["cardiovascular", "medicine"])

add("vignette", "Stress test",
    "Treadmill exercise stress test in the office (no imaging); physician supervised, interpreted and wrote the report.",
    ["93015"], ["93016", "93017", "93018", "93350"], ["cardiovascular", "medicine"])

add("terse", "carotid duplex",
    "Carotid duplex bilat complete.",
    ["93880"], ["93882", "93970"], ["cardiovascular", "radiology"])

add("vignette", "Leg vein ultrasound",
    "Duplex ultrasound of the right leg veins only to rule out DVT; complete unilateral study.",
    ["93971:?"], ["93970"], ["cardiovascular", "radiology", "laterality"])

add("opnote", "central line",
    opnote("Septic shock, poor peripheral access.", "Same.",
           "Placement of non-tunneled triple-lumen central venous catheter, right internal jugular vein, with ultrasound guidance.",
           "Local.",
           "Right IJ patent and compressible on ultrasound.",
           "The patient is 64 years old. The right IJ was evaluated with ultrasound and found patent. Under real-time ultrasound "
           "visualization the vein was punctured and a guidewire passed; a permanently recorded image of the needle in the vein was "
           "saved to the record. A 7 Fr triple-lumen catheter was placed by Seldinger technique and sutured at 15 cm. Chest x-ray "
           "(read by radiology) confirmed tip position."),
    ["36556", "76937"], ["36555", "36558", "71045", "77001"], ["cardiovascular", "addon", "multi"])

add("terse", "DCCV",
    "Elective external DC cardioversion for AF, 200 J x1, converted to sinus. Sedation by anesthesia.",
    ["92960"], ["92961", "93000"], ["cardiovascular", "medicine"])

# =====================================================================
# RADIOLOGY
# =====================================================================

add("terse", "CXR 2v",
    "CXR PA + lat, cough x3 wk. No infiltrate.",
    ["71046"], ["71045", "71047"], ["radiology"])

add("terse", "portable CXR",
    "Portable AP chest, single view, line placement check.",
    ["71045"], ["71046"], ["radiology"])

add("vignette", "Head CT",
    "CT of the head without contrast for a fall on anticoagulation; no contrast given at any point.",
    ["70450"], ["70460", "70470"], ["radiology", "negation"])

add("vignette", "CT abdomen and pelvis",
    "CT abdomen and pelvis performed with IV contrast only (no precontrast images) for right lower quadrant pain.",
    ["74177"], ["74176", "74178", "74160", "72193"], ["radiology"])

add("terse", "CT A/P w/o & w/",
    "CT abd/pelvis w/o then w/ IV contrast, renal mass protocol.",
    ["74178"], ["74176", "74177", "74170"], ["radiology"])

add("vignette", "CT A/P contrast held",
    "CT abdomen and pelvis was ordered with contrast, but contrast was not given because the creatinine came back at 3.1; the study "
    "was done without contrast.",
    ["74176"], ["74177", "74178"], ["radiology", "negation"])

add("terse", "MRI brain w/wo",
    "MRI brain w/o and w/ gad, MS follow-up.",
    ["70553"], ["70551", "70552"], ["radiology"])

add("vignette", "Lumbar MRI",
    "MRI of the lumbar spine without contrast for radiculopathy.",
    ["72148"], ["72149", "72158", "72131"], ["radiology"])

add("terse", "MRI L knee",
    "MRI L knee w/o contrast, r/o meniscal tear.",
    ["73721:LT"], ["73718", "73722", "73723"], ["radiology", "laterality"])

add("vignette", "Knee films",
    "X-ray of the right knee: AP, lateral and sunrise views (three views).",
    ["73562:RT"], ["73560", "73564", "73565"], ["radiology", "laterality"])

add("terse", "bilat standing knees",
    "Standing AP both knees on one film for OA.",
    ["73565"], ["73560", "73562"], ["radiology", "bilateral"])

add("terse", "ankle 3v",
    "XR L ankle 3 views (AP, mortise, lat).",
    ["73610:LT"], ["73600", "73620"], ["radiology", "laterality"])

add("vignette", "CT chest read only",
    "Our radiologist interprets a CT of the chest with IV contrast performed on the hospital's scanner; the hospital bills the "
    "technical part. What do we bill?",
    ["71260:26"], ["71250", "71270", "71275"], ["radiology", "modifier"])

add("vignette", "Screening mammogram",
    "Screening mammogram, both breasts, with digital breast tomosynthesis and CAD.",
    ["77067", "77063"], ["77066", "77065", "G0279"], ["radiology", "addon"])

add("vignette", "Diagnostic mammogram one side",
    "Medicare patient with a palpable lump in the right breast: diagnostic mammogram of the right breast only, with tomosynthesis.",
    ["77065:?", "G0279"], ["77066", "77067", "77063", "77061"], ["radiology", "hcpcs", "addon"])

add("terse", "screening mammo no DBT",
    "Screening mammo bilat, 2D only, no tomo.",
    ["77067"], ["77063", "77066"], ["radiology", "negation"])

add("vignette", "Abdominal ultrasound",
    "Complete abdominal ultrasound: liver, gallbladder, common bile duct, pancreas, spleen, kidneys, aorta and IVC all imaged and reported.",
    ["76700"], ["76705", "76770"], ["radiology"])

add("terse", "RUQ US",
    "US RUQ (GB + CBD + liver) for biliary colic.",
    ["76705"], ["76700"], ["radiology"])

add("vignette", "Pelvic ultrasound",
    "Transvaginal pelvic ultrasound only (no transabdominal images) for pelvic pain in a non-pregnant patient; uterus, endometrium and both ovaries evaluated.",
    ["76830"], ["76856", "76857", "76817"], ["radiology", "negation"])

add("terse", "DEXA",
    "DXA axial skeleton (hips + spine).",
    ["77080"], ["77081", "77085"], ["radiology"])

add("terse", "LS spine 2v",
    "XR lumbar spine AP/lat.",
    ["72100"], ["72110", "72114"], ["radiology"])

add("vignette", "Neck films",
    "Cervical spine x-ray: AP, lateral and both obliques (four views).",
    ["72050"], ["72040", "72052"], ["radiology"])

add("vignette", "Lumbar MRI read only",
    "Radiologist's interpretation only of an outside lumbar spine MRI done without contrast at the hospital.",
    ["72148:26"], ["72149", "72158"], ["radiology", "modifier"])

add("terse", "renal US",
    "Renal/retroperitoneal US complete, hydronephrosis f/u.",
    ["76770"], ["76775", "76700"], ["radiology"])

add("vignette", "CT angiogram for PE",
    "CT angiography of the chest with contrast, including image post-processing, for suspected pulmonary embolism.",
    ["71275"], ["71260", "71270"], ["radiology"])

add("terse", "R hand XR",
    "XR R hand 3 views.",
    ["73130:RT"], ["73120", "73110"], ["radiology", "laterality"])

add("terse", "wrist 2v",
    "XR L wrist 2 views (PA/lat).",
    ["73100:LT"], ["73110", "73120"], ["radiology", "laterality"])

add("vignette", "Shoulder x-ray interpretation",
    "Orthopedist reads the right shoulder x-rays (AP and axillary, two views) taken at the hospital outpatient department; the "
    "hospital bills the technical component.",
    ["73030:26,RT"], ["73020", "73060"], ["radiology", "modifier", "laterality"])

add("vignette", "Early OB ultrasound",
    "Transabdominal obstetric ultrasound at 10 weeks, single gestation, to confirm viability and dating.",
    ["76801"], ["76805", "76817", "76856"], ["radiology", "obstetric"])

# =====================================================================
# LABORATORY
# =====================================================================

add("terse", "CMP",
    "Labs drawn in office (venipuncture) and run in our lab: CMP.",
    ["80053", "36415"], ["80048", "82947", "84520"], ["lab"])

add("vignette", "Chemistry components",
    "Our in-house analyzer ran glucose, BUN, creatinine, sodium, potassium, chloride, CO2 and total calcium on one specimen.",
    ["80048"], ["82947", "84520", "82565", "84295", "84132", "82435", "82374", "82310", "80053"], ["lab", "bundling"])

add("vignette", "Lipids",
    "Total cholesterol, HDL cholesterol and triglycerides were measured together; LDL was calculated.",
    ["80061"], ["82465", "83718", "84478", "83721"], ["lab", "bundling"])

add("terse", "CBC w/ diff",
    "CBC w/ automated diff.",
    ["85025"], ["85027", "85007"], ["lab"])

add("terse", "CBC no diff",
    "CBC, no differential.",
    ["85027"], ["85025"], ["lab", "negation"])

add("terse", "UA dip auto",
    "UA by automated dipstick reader, no microscopy.",
    ["81003"], ["81001", "81002"], ["lab", "negation"])

add("terse", "UA manual",
    "UA dipstick read visually by MA (non-automated), no micro.",
    ["81002"], ["81003", "81000"], ["lab"])

add("vignette", "UA with micro",
    "Urinalysis on an automated analyzer with microscopic examination of the sediment.",
    ["81001"], ["81003", "81015", "81000"], ["lab"])

add("vignette", "Diabetes labs",
    "Blood drawn by venipuncture in our office; our lab ran a hemoglobin A1c, a TSH and a lipid panel.",
    ["83036", "84443", "80061", "36415"], ["83037", "82465", "84439"], ["lab", "multi"])

add("vignette", "Strep test",
    "Medicare patient, rapid strep antigen test performed in the office with a CLIA-waived kit.",
    ["87880:QW"], ["87070", "87651"], ["lab", "modifier"])

add("terse", "urine hcg",
    "Urine pregnancy test, visual color comparison.",
    ["81025"], ["84702", "84703"], ["lab"])

add("terse", "hepatic panel",
    "Hepatic function panel (albumin, T bili, D bili, alk phos, total protein, ALT, AST).",
    ["80076"], ["82040", "82247", "82248", "84075", "84155", "84460", "84450", "80053"], ["lab", "bundling"])

add("terse", "renal panel",
    "Renal function panel.",
    ["80069"], ["80048", "80053"], ["lab"])

add("vignette", "Physical labs, commercial plan",
    "Commercial plan. Annual physical labs run in our lab from one venipuncture: comprehensive metabolic panel, CBC with automated "
    "differential, TSH, and a lipid panel.",
    ["80050", "80061", "36415"], ["80053", "85025", "84443"], ["lab", "bundling", "multi"])

add("terse", "coags",
    "PT/INR + PTT.",
    ["85610", "85730"], ["85611", "85732"], ["lab", "multi"])

add("terse", "fingerstick glucose",
    "Fingerstick BG by glucometer in clinic: 212.",
    ["82962"], ["82947", "82948"], ["lab"])

add("terse", "urine cx",
    "Urine culture, quantitative colony count.",
    ["87086"], ["87088", "87081"], ["lab"])

add("vignette", "Vitamin D",
    "25-hydroxy vitamin D level for osteoporosis workup.",
    ["82306"], ["82652"], ["lab"])

add("vignette", "Medicare PSA screening",
    "Annual screening PSA for a 68-year-old Medicare beneficiary with no prostate symptoms or history of prostate cancer.",
    ["G0103"], ["84153", "84154"], ["lab", "hcpcs"])

add("vignette", "Labs, one cancelled",
    "Venipuncture in office. CMP run in house. The lipid panel that was ordered was cancelled by the lab because the specimen was "
    "hemolyzed and was not performed.",
    ["80053", "36415"], ["80061"], ["lab", "negation"])

# =====================================================================
# MEDICINE (vaccines, infusions, therapy, diagnostics) and HCPCS DRUGS
# =====================================================================

add("vignette", "Flu shot, Medicare",
    "Medicare patient, 66, receives the seasonal trivalent inactivated influenza vaccine, preservative-free 0.5 mL prefilled syringe, IM "
    "deltoid. Nurse visit only, no E/M.",
    ["90656", "G0008"], ["90471", "90686", "99211"], ["medicine", "vaccine", "hcpcs"])

add("terse", "HD flu 72 yo Medicare",
    "Fluzone High-Dose IM, 72 yo, Medicare. Vaccine only visit.",
    ["90662", "G0008"], ["90656", "90471"], ["medicine", "vaccine", "hcpcs"])

add("vignette", "Tdap adult",
    "Commercial insurance, 34-year-old receives a Tdap booster IM in the office. Nurse administered; no counseling by the physician.",
    ["90715", "90471"], ["90714", "90460", "G0008"], ["medicine", "vaccine"])

add("vignette", "Kindergarten shots",
    "4-year-old well child: after the physician counseled the parent on each vaccine, the child received MMR (subcutaneous) and "
    "varicella (subcutaneous) as separate injections. The well visit itself is being coded separately; please code the vaccines and "
    "their administration.",
    ["90707", "90716", "90460x2", "90461x2"], ["90471", "90472", "90710"], ["medicine", "vaccine", "units", "addon"])

add("vignette", "Two adult vaccines",
    "Commercial plan, 55-year-old: Shingrix (recombinant zoster, IM) and Prevnar 20 (PCV20, IM) given at the same visit by the nurse.",
    ["90750", "90677", "90471", "90472"], ["90460", "G0009", "90736"], ["medicine", "vaccine", "addon", "multi"])

add("terse", "PCV20 Medicare",
    "PCV20 IM, Medicare pt 70 yo, vaccine-only visit.",
    ["90677", "G0009"], ["90471", "90732"], ["medicine", "vaccine", "hcpcs"])

add("vignette", "Flu for a child",
    "10-year-old receives trivalent preservative-free inactivated influenza vaccine, 0.5 mL IM, after the pediatrician counsels the "
    "mother about the vaccine.",
    ["90656", "90460"], ["90471", "90461", "G0008"], ["medicine", "vaccine"])

add("terse", "hep B adult",
    "Engerix-B 20 mcg adult dose IM, dose 1 of 3, commercial. Nurse admin.",
    ["90746", "90471"], ["90744", "90739", "90460"], ["medicine", "vaccine"])

add("vignette", "IV antibiotic",
    "Infusion center: IV infusion of an antibiotic from 10:05 to 11:15 (70 minutes). The drug is supplied and billed by the patient's "
    "home infusion pharmacy; code only the administration.",
    ["96365"], ["96366", "96374", "96360"], ["medicine", "infusion", "units"])

add("vignette", "Long infusion",
    "Therapeutic (non-chemotherapy) IV infusion of one drug ran 2 hours 45 minutes continuously in the office. Drug billed separately by "
    "pharmacy; code the administration.",
    ["96365", "96366x2"], ["96413", "96360"], ["medicine", "infusion", "units", "addon"])

add("terse", "hydration",
    "IV hydration NS 1 L (office stock), start 13:00 stop 15:10. No other drugs.",
    ["96360", "96361", "J7030"], ["96365", "96366", "J7050"], ["medicine", "infusion", "units", "addon", "hcpcs_drug"])

add("vignette", "Chemo infusion",
    "Oncology office: a single chemotherapy drug was infused IV for 2 hours 30 minutes (start 09:00, stop 11:30). Administration "
    "only, please; the drug line is handled by our pharmacy biller.",
    ["96413", "96415"], ["96365", "96366"], ["medicine", "infusion", "units", "addon"])

add("vignette", "Two IV pushes",
    "Medicare patient in the office with nausea and itching: ondansetron 4 mg IV push (drawn from a 20 mL multi-dose vial), then "
    "diphenhydramine 50 mg IV push as a second drug (single-dose 50 mg vial, entire contents given, none wasted).",
    ["96374", "96375", "J2405x4", "J1200:JZ"], ["96376", "96372", "96365"], ["medicine", "hcpcs_drug", "units", "multi", "modifier"])

add("terse", "B12 inj",
    "Cyanocobalamin 1000 mcg IM, from 30 mL multi-dose vial, nurse visit.",
    ["96372", "J3420"], ["99211"], ["medicine", "hcpcs_drug"])

add("vignette", "Therapeutic exercise only",
    "Medicare outpatient physical therapy visit: therapeutic exercise for 38 minutes, one-on-one. No other services.",
    ["97110x3:GP"], ["97530"], ["medicine", "therapy", "units", "modifier"])

add("terse", "PT visit 2 services",
    "Medicare PT: ther ex 33 min, manual therapy 12 min. Total timed 45 min.",
    ["97110x2:GP", "97140:GP"], ["97112", "97530"], ["medicine", "therapy", "units", "modifier"])

add("vignette", "Ultrasound too short",
    "Medicare PT visit: therapeutic exercise 30 minutes and therapeutic ultrasound 7 minutes; total timed minutes 37.",
    ["97110x2:GP"], ["97035"], ["medicine", "therapy", "units", "modifier"])

add("terse", "PT eval mod",
    "PT initial eval, moderate complexity, Medicare.",
    ["97162:GP"], ["97161", "97163", "97164"], ["medicine", "therapy", "modifier"])

add("terse", "OT eval low",
    "OT initial evaluation, low complexity, Medicare Part B outpatient.",
    ["97165:GO"], ["97166", "97161"], ["medicine", "therapy", "modifier"])

add("vignette", "Gait and activities",
    "Medicare PT session: gait training 20 minutes and therapeutic activities 25 minutes (total 45 timed minutes).",
    ["97530x2:GP", "97116:GP"], ["97110"], ["medicine", "therapy", "units", "modifier"])

add("terse", "spiro pre/post",
    "Spirometry pre- and post-bronchodilator, MD interp.",
    ["94060"], ["94010", "94200"], ["medicine", "respiratory"])

add("vignette", "Full PFTs",
    "Pulmonary function lab: spirometry before and after bronchodilator, lung volumes by body plethysmography, and diffusing capacity (DLCO).",
    ["94060", "94726", "94729"], ["94010", "94727"], ["medicine", "respiratory", "addon", "multi"])

add("vignette", "Neb in the office",
    "Asthma flare in clinic: one albuterol nebulizer treatment given; the patient used her own albuterol vial from home.",
    ["94640"], ["J7613", "J7611", "94664"], ["medicine", "respiratory", "negation"])

add("terse", "psychotherapy 45",
    "Individual psychotherapy, 45 min face-to-face with pt.",
    ["90834"], ["90832", "90837"], ["medicine", "behavioral"])

add("terse", "psychotherapy 55 min",
    "Individual psychotherapy 55 minutes with patient, CBT.",
    ["90837"], ["90834"], ["medicine", "behavioral"])

add("vignette", "Short therapy session",
    "Psychotherapy with the patient, 30 minutes, no E/M service by this clinician (LCSW).",
    ["90832"], ["90834", "90833"], ["medicine", "behavioral"])

add("vignette", "Intake evaluation",
    "Psychologist's initial psychiatric diagnostic evaluation: history, mental status exam, and treatment plan; no medical services (no prescribing).",
    ["90791"], ["90792", "96130"], ["medicine", "behavioral"])

add("terse", "tobacco counseling",
    "Tobacco cessation counseling 12 min (standalone counseling visit).",
    ["99407"], ["99406"], ["medicine"])

add("vignette", "Allergy scratch tests",
    "Percutaneous (prick) allergy testing with 40 allergen extracts, read and interpreted.",
    ["95004x40"], ["95024", "95027"], ["medicine", "units"])

add("terse", "allergy shots",
    "Allergen immunotherapy, 2 injections (2 vials), extract prepared elsewhere.",
    ["95117"], ["95115", "95165"], ["medicine"])

add("vignette", "EMG/NCS",
    "Electrodiagnostic study of the left arm: six nerve conduction studies (motor and sensory) and a complete needle EMG of the left upper "
    "extremity, 6 muscles including paraspinals, done at the same session.",
    ["95909", "95886:?"], ["95908", "95885", "95860"], ["medicine", "nervous", "addon"])

add("terse", "PSG",
    "Attended in-lab polysomnography, adult, full night diagnostic, no CPAP titration.",
    ["95810"], ["95811", "95806"], ["medicine", "negation"])

add("terse", "audiogram",
    "Comprehensive audiometry (air, bone, speech).",
    ["92557"], ["92552", "92553"], ["medicine", "ent"])

add("vignette", "OMT",
    "Osteopathic manipulative treatment to the cervical, thoracic, lumbar and sacral regions (four regions).",
    ["98926"], ["98925", "98927"], ["medicine", "musculoskeletal"])

add("terse", "chiro Medicare",
    "Chiropractic CMT cervical, thoracic, lumbar (3 regions), Medicare, active treatment.",
    ["98941:AT"], ["98940", "98942"], ["medicine", "modifier"])

add("vignette", "Eye exam",
    "Established patient, comprehensive ophthalmological examination with dilation; no new problem; coded with the eye codes.",
    ["92014"], ["92004", "92012", "99214"], ["medicine", "eye"])

# ---- HCPCS drug units ----

add("vignette", "Rocephin IM",
    "Medicare patient: ceftriaxone 1 g IM in the office for gonorrhea, reconstituted from a single-dose 1 g vial; the whole vial was given, nothing discarded.",
    ["96372", "J0696x4:JZ"], ["96374"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("terse", "ceftriaxone 500 mg",
    "Ceftriaxone 500 mg IM gluteal, single-dose 500 mg vial, entire dose given, no waste. Medicare.",
    ["96372", "J0696x2:JZ"], ["96374"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("vignette", "Depo-Medrol shot",
    "Methylprednisolone acetate 80 mg IM in the gluteus, drawn from a multi-dose vial, for a gout flare.",
    ["96372", "J1010x80"], ["J2919"], ["hcpcs_drug", "medicine", "units"])

add("terse", "dexamethasone IM",
    "Dexamethasone sodium phosphate 10 mg IM (from 30 mL multi-dose vial), asthma exacerbation.",
    ["96372", "J1100x10"], ["J8540"], ["hcpcs_drug", "medicine", "units"])

add("vignette", "Toradol shot",
    "Medicare patient with renal colic: ketorolac 60 mg IM, single-dose 60 mg/2 mL vial, entire contents given.",
    ["96372", "J1885x4:JZ"], ["96374"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("terse", "testosterone",
    "Testosterone cypionate 200 mg IM, from 10 mL multi-dose vial.",
    ["96372", "J1071x200"], ["J3121"], ["hcpcs_drug", "medicine", "units"])

add("vignette", "Prolia",
    "Medicare patient with osteoporosis: denosumab (Prolia) 60 mg subcutaneous injection from a single-dose prefilled syringe, full dose given.",
    ["96372", "J0897x60:JZ"], ["96401"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("terse", "phenergan IM",
    "Promethazine 25 mg IM, 25 mg/mL single-dose vial, all given. Medicare.",
    ["96372", "J2550:JZ"], ["96374"], ["hcpcs_drug", "medicine", "modifier"])

add("vignette", "Solu-Medrol IV push",
    "Medicare patient with an asthma exacerbation in the office: methylprednisolone sodium succinate (Solu-Medrol) 125 mg IV push "
    "from a single-dose 125 mg vial, whole vial given.",
    ["96374", "J2919x25:JZ"], ["J1010", "96372"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("vignette", "Bicillin",
    "Medicare patient with latent syphilis: penicillin G benzathine 2.4 million units IM from one single-dose 2,400,000-unit prefilled "
    "syringe, fully given.",
    ["96372", "J0561x24:JZ"], ["J0558"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("opnote", "Infliximab infusion note",
    "INFUSION RECORD\nDIAGNOSIS: Crohn disease, maintenance.\nPAYER: Medicare Part B.\n"
    "MEDICATION: Infliximab (Remicade, reference product) 400 mg IV, prepared from four 100 mg single-dose vials; all four vials fully used, no waste.\n"
    "PREMEDICATION: none.\n"
    "ADMINISTRATION: Peripheral IV placed. Infusion started 09:10, completed 11:20 (2 hours 10 minutes). Vitals stable; no reaction.\n"
    "NOTE: Physician on site for the whole infusion. No E/M today.",
    ["96413", "96415", "J1745x40:JZ"], ["96365", "96366"], ["hcpcs_drug", "medicine", "infusion", "units", "modifier", "addon"])

add("vignette", "Iron sucrose",
    "Medicare patient with iron-deficiency anemia: iron sucrose 200 mg given by slow IV push over 5 minutes from a single-dose vial, full vial used.",
    ["96374", "J1756x200:JZ"], ["96365"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("terse", "Injectafer",
    "Injectafer (ferric carboxymaltose) 750 mg IV infusion over 20 min, single-dose vial, none wasted. Medicare.",
    ["96365", "J1439x750:JZ"], ["96374", "J1756"], ["hcpcs_drug", "medicine", "units", "modifier", "infusion"])

add("vignette", "Reclast",
    "Medicare patient: zoledronic acid (Reclast) 5 mg in 100 mL IV infusion over 20 minutes for osteoporosis, single-dose bottle fully infused.",
    ["96365", "J3489x5:JZ"], ["96374", "96413"], ["hcpcs_drug", "medicine", "units", "modifier", "infusion"])

# =====================================================================
# EVALUATION AND MANAGEMENT
# =====================================================================

add("vignette", "New patient level",
    "New patient to our practice (never seen by anyone in the group). Rheumatoid arthritis with a flare (chronic illness with "
    "exacerbation). I reviewed outside records, ordered a CRP and an ESR, and changed her prescription from methotrexate 15 to 20 mg "
    "weekly. MDM documented as moderate.",
    ["99204"], ["99214", "99203", "99205"], ["em"])

add("vignette", "New patient by time",
    "Office visit, new patient. Total practitioner time on the date of the encounter was 50 minutes (history, exam, counseling, "
    "ordering tests, documenting). Coding by time.",
    ["99204"], ["99203", "99205", "99214"], ["em", "time"])

add("terse", "est pt 42 min",
    "Est pt OV, total time 42 min on DOS (chart review, visit, documentation). Code by time.",
    ["99215"], ["99214", "99417", "G2212"], ["em", "time"])

add("vignette", "Established, low",
    "Established patient with a cold and a small superficial scratch on the hand (two self-limited problems). No tests. Advised "
    "over-the-counter remedies.",
    ["99213"], ["99212", "99214", "99203"], ["em"])

add("vignette", "Established, two chronic conditions",
    "Established patient follow-up for hypertension and type 2 diabetes, both stable. I reviewed the A1c and BMP results and increased "
    "the metformin dose. Medical decision making moderate.",
    ["99214"], ["99213", "99215", "99204"], ["em"])

add("vignette", "Long visit, Medicare",
    "Medicare patient, established, complex visit. Total time by the physician on the date of service was 72 minutes (documented "
    "activities). Billed on time.",
    ["99215", "G2212"], ["99417", "99214", "99358"], ["em", "time", "hcpcs", "units"])

add("vignette", "New Medicare patient, prolonged",
    "New Medicare patient; physician's total time on the date of the visit was 95 minutes, documented. Coding on time.",
    ["99205", "G2212"], ["99417", "99204"], ["em", "time", "hcpcs", "units"])

add("terse", "nurse BP check",
    "RN BP check, est pt, per standing order; physician in suite. 5 min.",
    ["99211"], ["99212", "99202"], ["em"])

add("vignette", "Brief visit",
    "Established patient with one self-limited problem (an insect bite), straightforward MDM, no prescriptions.",
    ["99212"], ["99211", "99213"], ["em"])

add("vignette", "ED chest pain",
    "Emergency department visit: 62-year-old with acute chest pain concerning for acute coronary syndrome (acute illness posing a threat "
    "to bodily function). Ordered and reviewed serial troponins and a BMP, independently interpreted the ECG, and decided to admit to "
    "the hospital. High MDM.",
    ["99285"], ["99284", "99291", "99223"], ["em"])

add("vignette", "ED moderate",
    "ED visit: acute pyelonephritis with fever (acute illness with systemic symptoms). Ordered CBC, BMP and urinalysis, and prescribed "
    "oral antibiotics for home. Moderate MDM documented.",
    ["99284"], ["99283", "99285", "99214"], ["em"])

add("terse", "ED low",
    "ED visit, ankle sprain (acute uncomplicated injury), XR ordered, OTC analgesics. MDM low.",
    ["99283"], ["99282", "99284", "99213"], ["em"])

add("vignette", "Admission H&P",
    "Initial hospital inpatient visit for a patient admitted with sepsis from pneumonia; high medical decision making documented "
    "(acute illness posing a threat to life, extensive data, IV antibiotics and escalation decisions).",
    ["99223"], ["99222", "99221", "99285"], ["em"])

add("terse", "subsequent hosp 38 min",
    "Subsequent hospital care, total time on unit/floor and documenting 38 minutes. Code by time.",
    ["99232"], ["99231", "99233"], ["em", "time"])

add("terse", "d/c 40 min",
    "Hospital discharge day mgmt, 40 minutes.",
    ["99239"], ["99238", "99233"], ["em", "time"])

add("vignette", "ICU time",
    "Critical care by the intensivist for septic shock on vasopressors: total critical care time 104 minutes on this date. The "
    "intensivist performed no procedures today, and no other physician in the group saw the patient.",
    ["99291", "99292"], ["99223", "99233"], ["em", "critical_care", "units", "addon"])

add("terse", "crit care 50 min",
    "Critical care 50 min, DKA w/ altered mental status, insulin gtt titration.",
    ["99291"], ["99292", "99285"], ["em", "critical_care"])

add("vignette", "Long critical care day",
    "Critical care for acute respiratory failure; the physician documents 134 minutes of critical care time today (not counting the "
    "intubation, which another physician performed and billed).",
    ["99291", "99292x2"], ["31500", "99233"], ["em", "critical_care", "units", "addon"])

add("vignette", "New patient physical",
    "45-year-old new to our practice for a routine annual physical (preventive exam, counseling, no acute problems).",
    ["99386"], ["99396", "99204", "99385"], ["em", "preventive"])

add("terse", "est preventive 30 yo",
    "Annual preventive exam, est pt, age 30, no problems addressed.",
    ["99395"], ["99385", "99396", "99214"], ["em", "preventive"])

add("vignette", "3-year-old checkup",
    "Well child visit for an established 3-year-old: growth, development, anticipatory guidance. No vaccines due.",
    ["99392"], ["99382", "99393"], ["em", "preventive", "negation"])

add("vignette", "Medicare wellness",
    "Medicare patient, 74, had her first annual wellness visit last year. Today: subsequent annual wellness visit with health risk "
    "assessment and updated personalized prevention plan. No problems addressed.",
    ["G0439"], ["G0438", "99397", "G0402"], ["em", "preventive", "hcpcs", "historical"])

add("terse", "Welcome to Medicare",
    "IPPE (Welcome to Medicare visit) within first 12 months of Part B enrollment. ECG not done.",
    ["G0402"], ["G0438", "99387", "G0403"], ["em", "preventive", "hcpcs", "negation"])

add("vignette", "Physical plus a problem",
    "Established 50-year-old commercial patient for an annual preventive exam. During the visit she also reported new heartburn for "
    "two months; I took a separate history, examined, and started omeprazole (a separately documented problem-oriented service with low MDM).",
    ["99396", "99213:25"], ["99386", "99214"], ["em", "preventive", "modifier", "multi"])

add("vignette", "Visit and knee injection",
    "Established patient seen for a new problem: right knee pain and swelling for 3 weeks. Full evaluation, x-rays ordered and reviewed, "
    "diagnosis of osteoarthritis flare, discussed options and prescribed a new NSAID (moderate MDM, separately documented). Same visit, "
    "right knee injected without imaging with triamcinolone acetonide 40 mg (from a multi-dose vial).",
    ["99214:25", "20610:RT", "J3301x4"], ["20611", "J3300", "99204"], ["em", "modifier", "musculoskeletal", "hcpcs_drug", "multi"])

add("vignette", "Scheduled tag removal",
    "Established patient returns for the skin tag removal we planned at her last visit: 10 tags removed from the neck with scissors. "
    "No other complaints were addressed today.",
    ["11200"], ["99213", "11201", "99212"], ["em", "integumentary", "bundling"])

add("vignette", "Surgeon sees patient day before surgery",
    "New patient seen in the surgeon's office with symptomatic gallstones; history, exam, ultrasound reviewed, moderate MDM. The "
    "decision was made at this visit to perform laparoscopic cholecystectomy (90-day global) tomorrow morning. How do we code today's visit?",
    ["99204:57"], ["47562", "99214", "99205"], ["em", "modifier"])

add("terse", "postop check",
    "Postop check day 10 after lap chole, staples out, same surgeon. Routine, no complications.",
    ["99024"], ["99213", "99212", "15851"], ["em", "bundling"])

add("vignette", "Observation stay",
    "Initial observation care on the first day for chest pain; moderate medical decision making documented. Patient remains in "
    "observation overnight and will be discharged tomorrow.",
    ["99222"], ["99235", "99221", "99223"], ["em"])

add("vignette", "In and out same day",
    "Patient placed in observation at 07:00 for syncope and discharged home at 18:30 the same calendar date (more than 8 hours). "
    "Same physician did the admission and the discharge; moderate MDM.",
    ["99235"], ["99222", "99238", "99234", "99236"], ["em"])

add("terse", "NF admit",
    "Initial nursing facility visit, high MDM, new admission to SNF after hip fx repair.",
    ["99306"], ["99305", "99304", "99223"], ["em"])

add("vignette", "Seen by partner",
    "Patient was seen two years ago by my partner, same specialty, same group practice. Today I saw her for a new complaint; low MDM.",
    ["99213"], ["99203", "99202"], ["em", "historical"])

add("vignette", "Back after a long time",
    "Patient last had a face-to-face visit with anyone in our practice four years ago. Today: low-complexity problem, low MDM.",
    ["99203"], ["99213", "99204"], ["em", "historical"])

add("terse", "est pt 35 min",
    "Est pt OV, total time 35 min on date of service.",
    ["99214"], ["99213", "99215"], ["em", "time"])

add("vignette", "ED visit with lac repair",
    "ED physician: patient fell off a ladder, evaluated for possible head injury (neuro exam, decision about CT using decision rules; "
    "no CT needed) with low MDM separately documented, and a 4 cm simple laceration of the forearm was repaired.",
    ["99283:25", "12002"], ["12032", "70450", "12001"], ["em", "modifier", "integumentary", "multi", "negation"])

add("vignette", "After discharge follow-up",
    "Patient discharged from the hospital on Monday; our nurse called her Tuesday. Seen in the office face-to-face on Friday (within "
    "7 days of discharge) with high-complexity MDM; medication reconciliation done. No other provider is billing transitional care.",
    ["99496"], ["99495", "99215"], ["em"])

add("vignette", "Injection declined",
    "Established patient, right shoulder pain follow-up, moderate MDM (chronic illness with progression, prescription management). "
    "I offered a steroid injection but she declined; no injection was given today.",
    ["99214"], ["20610", "J3301"], ["em", "negation"])

add("terse", "flu vax declined",
    "Est pt f/u HTN stable, low MDM. Offered influenza vaccine, pt declined. No vaccine given.",
    ["99213"], ["90656", "G0008", "90471"], ["em", "negation"])

# =====================================================================
# ANESTHESIA (time units are reported as minutes on the claim; units omitted)
# =====================================================================

add("vignette", "Anesthesia for gallbladder",
    "Anesthesiologist personally performed general anesthesia for a laparoscopic cholecystectomy. Anesthesia start 07:42, end 09:10. "
    "ASA 2. Which anesthesia code and modifier?",
    ["00790x?:AA"], ["00840", "47562", "00700"], ["anesthesia"])

add("terse", "anes colonoscopy CRNA",
    "Anes for diagnostic colonoscopy (not screening), CRNA alone, no anesthesiologist medical direction. MAC w/ propofol.",
    ["00811x?:QZ"], ["00812", "00813", "00731"], ["anesthesia", "modifier"])

add("vignette", "Anesthesia cataract",
    "Monitored anesthesia care for right cataract extraction with IOL, personally provided by the anesthesiologist.",
    ["00142x?:AA,QS"], ["00140", "66984"], ["anesthesia", "modifier"])

add("opnote", "Anesthesia record TKA",
    "ANESTHESIA RECORD\nPROCEDURE: Left total knee arthroplasty.\nANESTHESIOLOGIST: personally performed, no residents or CRNA.\n"
    "TECHNIQUE: Spinal anesthesia with sedation; adductor canal block placed by the surgeon's request for postoperative pain "
    "(block documented separately and not part of this question).\nASA: 3.\nANESTHESIA TIME: 10:02 to 12:18.\n"
    "QUESTION: Base anesthesia code and modifier for the anesthesia service?",
    ["01402x?:AA"], ["01400", "01382", "27447"], ["anesthesia"])

add("vignette", "Anesthesia cesarean",
    "Anesthesiologist personally provides spinal anesthesia for a scheduled cesarean delivery (no prior labor epidural).",
    ["01961x?:AA"], ["01967", "01968", "59510"], ["anesthesia", "obstetric", "negation"])

add("terse", "labor epidural",
    "Neuraxial labor analgesia (epidural), planned vaginal delivery, anesthesiologist personally performed, delivered vaginally.",
    ["01967x?:AA"], ["01961", "62326", "01968"], ["anesthesia", "obstetric"])

add("vignette", "Anesthesia knee scope, medical direction",
    "Anesthesiologist medically directing two concurrent CRNA rooms; one room is a right knee arthroscopy with partial meniscectomy. "
    "Code the anesthesiologist's claim for that case.",
    ["01382x?:QK"], ["01400", "29881", "01402"], ["anesthesia", "modifier"])

add("vignette", "CRNA hip under direction",
    "CRNA's claim: general anesthesia for a right total hip arthroplasty, with medical direction by an anesthesiologist who was "
    "directing three rooms.",
    ["01214x?:QX"], ["01210", "27130", "01215"], ["anesthesia", "modifier"])

add("terse", "anes EGD",
    "Anesthesia for EGD w/ bx, anesthesiologist personally performed, propofol MAC.",
    ["00731x?:AA"], ["00811", "00813", "00790"], ["anesthesia"])

add("vignette", "Anesthesia for both scopes",
    "Same session EGD and colonoscopy under propofol sedation, anesthesiologist personally performing. One anesthesia code?",
    ["00813x?:AA"], ["00731", "00811", "00812"], ["anesthesia"])

add("terse", "anes T&A",
    "GA for T&A, 6 yo, anesthesiologist personally performed.",
    ["00170x?:AA"], ["00100", "42820"], ["anesthesia"])

# =====================================================================
# NOISY EMAILS (greetings, signatures, disclaimers, quoted history)
# =====================================================================

add("email", "Re: coding question - knee scope",
    email("Hi coding team,",
          "Can you confirm codes for Dr. Nakamura's case from Tuesday? Left knee arthroscopy. He trimmed the torn lateral meniscus "
          "back to a stable rim (partial lateral meniscectomy). Medial meniscus was intact and left alone. Nothing else done.",
          "Thanks so much,\nJenna Ruiz\nBilling Specialist | Riverbend Orthopedics (synthetic)\nPh 555-0100 ext 4",
          "> On Mon, Mar 2, 2026 at 9:14 AM Consultant <coding@consultant.example> wrote:\n"
          "> For the prior case (right total knee arthroplasty) we recommended 27447 with RT.\n"
          "> Let us know if anything else comes up.", 0),
    ["29881:LT"], ["27447", "29880", "29877"], ["surgery", "musculoskeletal", "laterality", "historical"])

add("email", "colonoscopy random biopsies",
    email("Hello!",
          "Please code: colonoscopy to the terminal ileum for chronic diarrhea. Mucosa looked normal; random cold forceps biopsies "
          "were taken from the right and left colon to rule out microscopic colitis. No polyps, nothing removed.",
          "Best,\nTamsin\nGI Associates of Northgate (fictional)",
          "-----Original Message-----\nFrom: Consultant\nSent: Friday\nSubject: RE: PEG case\n"
          "Last month's EGD with PEG placement was coded 43246.", 1),
    ["45380"], ["43246", "45378", "45385"], ["surgery", "digestive", "endoscopy", "historical"])

add("email", "melanoma in situ excision",
    email("Hi there,",
          "Dr. Okafor excised a melanoma in situ from the right forearm. Lesion 0.8 cm with 4 mm margins all around (excised diameter "
          "1.6 cm). Closed in layers, final repair length 3.5 cm. Pathology confirms malignancy, margins clear.",
          "Regards,\nPriya S.\nDermatology Billing\nNorthside Skin Clinic (synthetic)",
          "> Earlier this week you coded the benign excision on the back as 11402. Thanks for that.", 2),
    ["11602", "12032"], ["11402", "11622", "12002", "11603"], ["surgery", "integumentary", "multi"])

add("email", "sports physical",
    email("Good morning,",
          "12-year-old established patient in for an annual well exam (preventive visit; sports form completed). No acute problems, "
          "no vaccines given today.",
          "Thank you!\nDana - front office\nMaple Pediatrics (fictional)",
          "On Tue, you wrote:\n> For the 4-year-old, the vaccines were 90707 and 90716 with 90460/90461.", 3),
    ["99394"], ["99384", "99213", "90707", "90716", "90460"], ["em", "preventive", "historical"])

add("email", "echo read",
    email("Hello consultant team,",
          "Dr. Hale interpreted a complete transthoracic echo with spectral and color Doppler done on the hospital's machine. The "
          "hospital bills the technical side; we only bill the read.",
          "Sincerely,\nMarcus Webb, CPC\nHeartline Cardiology Partners (synthetic)",
          "> Re: last week's cath - 93458 is correct.\n> -- consultant", 0),
    ["93306:26"], ["93307", "93308", "93458"], ["cardiovascular", "medicine", "modifier", "historical"])

add("email", "cysto with fulguration",
    email("Hi,",
          "Cystoscopy with fulguration of a single bladder tumor measuring 1.5 cm on the right lateral wall. No stent. Biopsy was "
          "taken of the same tumor before fulguration.",
          "Thanks\nRoberto\nUrology Specialists (fictional)\nThis inbox is monitored Mon-Fri.",
          None, 1),
    ["52234"], ["52224", "52235", "52000", "52204"], ["surgery", "urology", "bundling"])

add("email", "bilateral TFESI two levels",
    email("Hey team -",
          "Please code: bilateral L4-5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy (both sides, both levels).",
          "Cheers,\nAmara | Summit Spine & Pain (synthetic)",
          "> From our thread in January: the RF ablation was 64635/64636, right side.", 2),
    ["64483:50", "64484:50"], ["64635", "64636", "62323", "77003"], ["nervous", "bilateral", "addon", "historical"])

add("email", "tubes + wax",
    email("Hi folks,",
          "Dr. Lin put in bilateral tympanostomy tubes under general anesthesia last Friday. Before the myringotomy he had to clear "
          "impacted cerumen from both canals with a curette under the microscope. Do we bill the cerumen removal too?",
          "Thanks!\nKelsey, ENT of the Valley (fictional)",
          "> Prior: T&A on the 6-year-old = 42820.", 3),
    ["69436:50"], ["69210", "69209", "42820", "69433"], ["surgery", "ent", "bilateral", "bundling"])

add("email", "IUD out",
    email("Hi!",
          "Just need the code for removing a copper IUD (Paragard) today; strings visible, removed with ring forceps. Nothing inserted.",
          "Thx, Bea\nWomen's Health Collective (fictional)",
          None, 0),
    ["58301"], ["58300", "J7300", "58562"], ["surgery", "gyn", "negation"])

add("email", "MRI read only",
    email("Good afternoon,",
          "Our radiologist read an MRI of the brain done without contrast at St. Placeholder Hospital (technical billed by the hospital). "
          "Professional component only.",
          "Regards,\nImaging Associates Billing (synthetic)",
          None, 1),
    ["70551:26"], ["70552", "70553"], ["radiology", "modifier"])

add("email", "critical care time",
    email("Hi consultant,",
          "Intensivist documented 1 hour 44 minutes of critical care today for a patient in cardiogenic shock. The central line "
          "was placed yesterday by the surgical team; our intensivist did no procedures today.",
          "Thank you,\nHospitalist Group Billing (fictional)",
          "> Yesterday's admission was coded 99223.", 2),
    ["99291", "99292"], ["99223", "36556"], ["em", "critical_care", "units", "addon", "historical"])

add("email", "appendix case",
    email("Hello again,",
          "This one's an appendectomy done laparoscopically for acute non-perforated appendicitis.",
          "Best regards,\nGeneral Surgery Office\nLakeside Surgical (synthetic)",
          "On Wed, Consultant wrote:\n> The lap chole with intraoperative cholangiogram is 47563.\n> The open conversion case is 47600.", 3),
    ["44970"], ["47563", "47600", "44950", "44960"], ["surgery", "digestive", "historical"])

add("email", "AK treatment",
    email("Hi,",
          "Dr. Brandt froze 9 actinic keratoses on the face and scalp with liquid nitrogen today. That's it.",
          "Thanks,\nMo\nDerm Billing",
          "> Previously you told us biopsies are 11102/11103 for tangential technique.", 0),
    ["17000", "17003x8"], ["17004", "11102", "11103"], ["surgery", "integumentary", "units", "addon"])

add("email", "flu + pneumonia shots",
    email("Morning!",
          "Medicare patient, nurse visit only: got her trivalent preservative-free flu shot (0.5 mL IM) and the PCV20 pneumococcal "
          "vaccine today. No provider visit.",
          "Office Manager\nHometown Family Medicine (fictional)",
          None, 1),
    ["90656", "G0008", "90677", "G0009"], ["90471", "90472", "99211"], ["medicine", "vaccine", "hcpcs", "multi"])

add("email", "PT units question",
    email("Hi coding folks,",
          "Medicare patient at our PT clinic: therapeutic exercise 25 minutes, neuromuscular re-education 15 minutes, manual therapy "
          "8 minutes. Total timed minutes 48. How many units of what?",
          "Thanks,\nLuis, DPT\nMotion PT (synthetic)",
          None, 2),
    ["97110x2:GP", "97112:GP"], ["97140"], ["medicine", "therapy", "units", "modifier"])

add("email", "ED splint",
    email("Hi,",
          "ED physician saw a patient with a fall on an outstretched hand: full evaluation including x-rays of the wrist (negative), "
          "moderate MDM documented, possible occult scaphoid fracture of the left wrist. The physician applied a thumb spica (short-arm) fiberglass splint "
          "personally. No fracture care billed.",
          "Thanks,\nEmergency Physicians Billing (fictional)",
          None, 3),
    ["99284:25", "29125:LT"], ["25622", "29075", "29105"], ["em", "modifier", "musculoskeletal", "multi"])

add("email", "anesthesia appy",
    email("Hello,",
          "Anesthesiologist's claim please: anesthesia for a laparoscopic appendectomy; the anesthesiologist medically directed the "
          "CRNA (two concurrent rooms).",
          "Anesthesia Billing Partners (synthetic)",
          None, 0),
    ["00840x?:QK"], ["00790", "44970", "00800"], ["anesthesia", "modifier"])

add("email", "lab question",
    email("Hi,",
          "Our lab ran a basic metabolic panel (all eight tests) plus a magnesium on the same specimen. Venipuncture done by our staff.",
          "Lab Manager (fictional)",
          None, 1),
    ["80048", "83735", "36415"], ["80053", "82947"], ["lab", "multi"])

add("email", "scalp punch biopsy",
    email("Hello,",
          "Re: Patient Zyxwa Testname (synthetic), DOB 01/01/1950, MRN TEST-0000981.\n"
          "Dr. Imani did a 4 mm punch biopsy of a scaly scalp lesion today. One lesion only. Closed with one suture.",
          "Best,\nClinic Coordinator",
          None, 2),
    ["11104"], ["11102", "11105", "12001"], ["surgery", "integumentary", "phi"])

add("email", "RE: RE: EGD again",
    email("Hi team,",
          "Another one for Dr. Farouk. This time it was purely a diagnostic EGD: no biopsies, no polypectomy, no dilation.",
          "Thank you!\nSam",
          "> On Thu, Consultant wrote:\n> > The EGD with biopsy is 43239.\n> > The colonoscopy with snare polypectomy is 45385.\n"
          "> Thanks, that's what we thought.", 3),
    ["43235"], ["43239", "45385", "43249"], ["surgery", "digestive", "endoscopy", "negation", "historical"])

add("email", "right and left cath",
    email("Hello,",
          "Dr. Iyer did a right and left heart catheterization with selective coronary angiography (no bypass grafts, no ventriculography "
          "issues) for pulmonary hypertension workup.",
          "Regards,\nCardiology Billing (synthetic)",
          None, 0),
    ["93460"], ["93458", "93453", "93456"], ["cardiovascular"])

add("email", "leg veins both",
    email("Hi,",
          "Complete duplex of the deep veins of both legs for suspected DVT.",
          "Thanks,\nVascular Lab (fictional)",
          None, 1),
    ["93970"], ["93971"], ["cardiovascular", "radiology", "bilateral"])

add("email", "toenail",
    email("Hi,",
          "Podiatry: complete avulsion of the right great toenail today (no matrix destruction). The left great toe was done last month.",
          "Best,\nFootcare Associates (synthetic)",
          None, 2),
    ["11730:T5"], ["11750", "11732"], ["surgery", "integumentary", "laterality", "modifier", "historical"])

add("email", "three shave removals",
    email("Hello,",
          "Shave removals of three separate benign lesions on the trunk, each 0.4 cm in diameter.",
          "Dermatology Partners (fictional)\n\nThis communication may contain privileged information.",
          None, None),
    ["11300x3"], ["11301", "11400", "11102"], ["surgery", "integumentary", "units"])

add("email", "thyroid FNA",
    email("Hi,",
          "Endocrinology: ultrasound-guided fine needle aspiration of one thyroid nodule (right lobe), three passes.",
          "Regards,\nEndo Clinic (synthetic)",
          None, 3),
    ["10005"], ["10021", "76942", "60100", "10006"], ["surgery", "endocrine", "bundling"])

add("email", "port placement",
    email("Hi team,",
          "58-year-old: tunneled chest port (subcutaneous port, no pump) placed via the right internal jugular vein; fluoroscopy was "
          "used to guide and confirm the catheter tip position. No ultrasound guidance was documented.",
          "Thank you,\nOncology Surgery (fictional)",
          None, 0),
    ["36561:?", "77001"], ["36558", "36571", "76937"], ["cardiovascular", "addon", "multi", "negation"])

add("email", "scalp lesion",
    email("Hi,",
          "Excision of a benign pilar cyst from the scalp; excised diameter 2.5 cm including margins; simple closure.",
          "Thanks!\nNadia",
          "> On Monday: the melanoma case was 11602 + 12032.", 1),
    ["11423"], ["11403", "11623", "11602", "12032"], ["surgery", "integumentary", "historical"])

add("email", "intradermal testing",
    email("Hello,",
          "Allergist performed intradermal allergy tests with 12 allergen extracts (sequential, immediate-type reactions).",
          "Allergy & Asthma Group (synthetic)",
          None, 2),
    ["95024x12"], ["95004", "95027"], ["medicine", "units"])

add("email", "hospital follow-up",
    email("Hi,",
          "Subsequent hospital visit, high medical decision making documented (patient worsening, escalating care).",
          "Thanks,\nHospitalist Billing",
          None, 3),
    ["99233"], ["99232", "99223"], ["em"])

add("email", "FW: mole removal",
    email("FYI - forwarding from Dr. Kline's nurse.",
          "---------- Forwarded message ----------\nShave removal of a 1.2 cm benign-appearing papule on the neck; base treated with "
          "electrocautery for hemostasis only.",
          "--\nBilling Desk",
          None, 0),
    ["11307"], ["11306", "11421", "17110"], ["surgery", "integumentary"])

add("email", "two face lacs",
    email("Hey,",
          "ED doc repaired two facial lacerations, both layered closures: 3 cm on the forehead and 2 cm on the chin.",
          "ED coding (fictional)",
          "> Last week's forearm lac was 12002.", 1),
    ["12052"], ["12051", "12013", "12002"], ["surgery", "integumentary", "historical"])

add("email", "umbilical recurrent",
    email("Hi,",
          "Laparoscopic repair of a recurrent umbilical hernia (had an open repair in 2019). Defect 2.5 cm, reducible, mesh placed.",
          "Thanks,\nSurgery Scheduling",
          None, 2),
    ["49613"], ["49591", "49614", "49615"], ["surgery", "digestive", "hernia", "historical"])

add("email", "ICU + patient info",
    email("Hello consultant,",
          "Patient: Quorra Examplepatient (synthetic), DOB 07/04/1941, MRN SYN-552190, Acct 00000077.\n"
          "Initial inpatient visit from the ED, moderate MDM documented.",
          "Thanks,\nAdmitting Physician's office",
          None, 3),
    ["99222"], ["99223", "99284"], ["em", "phi"])

add("email", "TKA bilateral",
    email("Hi,",
          "Dr. Marsh did simultaneous bilateral total knee arthroplasties today (same session). Medicare.",
          "Ortho billing (synthetic)\n\nPlease do not reply-all.",
          None, 0),
    ["27447:50"], ["27446", "27486"], ["surgery", "musculoskeletal", "bilateral"])

# =====================================================================
# MORE OPERATIVE-NOTE STYLE CASES
# =====================================================================

add("opnote", "lap chole, port site hernia",
    opnote("Symptomatic cholelithiasis.", "Same; small fascial defect at umbilical port site.",
           "Laparoscopic cholecystectomy; closure of umbilical fascia.",
           "General endotracheal.",
           "Chronically inflamed gallbladder with multiple stones. At the umbilicus a 1 cm pre-existing fascial defect was incorporated "
           "into the Hasson port incision.",
           "Hasson entry at the umbilicus through the small umbilical defect. Three additional ports. Critical view of safety obtained; "
           "cystic duct and artery clipped and divided. No cholangiogram was attempted. The gallbladder was removed through the umbilical "
           "site. The umbilical fascia, including the small defect, was closed with figure-of-eight sutures; no mesh."),
    ["47562"], ["47563", "49591", "49320"], ["surgery", "digestive", "bundling", "negation"])

add("opnote", "open inguinal hernia with cord lipoma",
    opnote("Right inguinal hernia.", "Right indirect inguinal hernia with cord lipoma.",
           "Open right inguinal hernia repair with mesh; excision of cord lipoma.",
           "General LMA.",
           "Moderate indirect sac, reducible, no prior repair. Large lipoma of the spermatic cord.",
           "An oblique groin incision was made and the external oblique aponeurosis opened. The cord was isolated. The indirect sac was "
           "dissected off the cord and reduced. A cord lipoma was excised. A polypropylene mesh was secured to the shelving edge and "
           "conjoined tendon. The external oblique was closed over the cord. The patient is 52 years old."),
    ["49505:RT"], ["55520", "49507", "49650"], ["surgery", "digestive", "hernia", "laterality", "bundling"])

add("opnote", "excision and separate biopsy",
    opnote("Squamous cell carcinoma, left upper back (biopsy proven); new pigmented lesion right shoulder.", "Same.",
           "Excision of SCC left upper back; tangential biopsy of a separate lesion on the right shoulder.",
           "Local.",
           "SCC 1.6 cm; separate 5 mm irregular pigmented macule on the right shoulder.",
           "The SCC was excised with 4 mm margins (excised diameter 2.4 cm) and closed with simple interrupted sutures. Through a separate "
           "prep, the right shoulder lesion was sampled by shave (tangential) biopsy for pathology; hemostasis with aluminum chloride. "
           "Pathology: SCC with clear margins; the shoulder lesion is a dysplastic nevus."),
    ["11603", "11102:59"], ["11403", "11602", "12002"], ["surgery", "integumentary", "multi", "modifier", "bundling"])

add("opnote", "lumpectomy",
    opnote("Left breast invasive ductal carcinoma, clinically node negative, sentinel node done at prior surgery.", "Same.",
           "Left partial mastectomy (lumpectomy) with wire localization removal.",
           "General.",
           "Specimen radiograph confirmed the clip and the lesion within the specimen.",
           "The localization wire placed by radiology this morning (billed by radiology) was followed. A curvilinear incision was made and "
           "the lesion with surrounding breast tissue was excised. Cavity margins were shaved and sent separately. No lymph node "
           "procedure was done today; the sentinel node biopsy was done three weeks ago with the diagnostic excision."),
    ["19301:LT"], ["19302", "38525", "38900", "19281"], ["surgery", "integumentary", "laterality", "negation", "historical"])

add("opnote", "thyroid lobectomy",
    opnote("Right thyroid nodule, indeterminate cytology.", "Same.",
           "Right thyroid lobectomy with isthmusectomy.",
           "General endotracheal with nerve monitoring.",
           "2.8 cm nodule in the right lobe. Recurrent laryngeal nerve identified and preserved. Parathyroids preserved.",
           "A transverse cervical incision was made. Strap muscles were separated. The right lobe was mobilized, the superior and inferior "
           "poles ligated, and the recurrent laryngeal nerve traced. The isthmus was divided at the left lobe junction. The left lobe was "
           "not explored or removed."),
    ["60220"], ["60240", "60210", "60225"], ["surgery", "endocrine", "negation"])

add("opnote", "hemorrhoidectomy",
    opnote("Grade IV mixed hemorrhoids.", "Same.",
           "Excisional hemorrhoidectomy, internal and external, three columns.",
           "Spinal.",
           "Prolapsing mixed hemorrhoids at the left lateral, right anterior and right posterior positions.",
           "In prone jackknife, each of the three mixed hemorrhoid columns was grasped and excised with the internal and external components "
           "together using a closed technique. No fissurectomy or fistulotomy was done."),
    ["46260"], ["46255", "46250", "46262"], ["surgery", "digestive", "negation"])

add("opnote", "lap right colectomy",
    opnote("Cecal adenocarcinoma.", "Same.",
           "Laparoscopic right hemicolectomy with ileocolic anastomosis.",
           "General.",
           "Tumor in the cecum; no liver lesions; no peritoneal disease.",
           "Five ports were placed. The ileocolic pedicle was ligated at its origin. The right colon was mobilized medial to lateral "
           "including the hepatic flexure. The terminal ileum and right colon were exteriorized through a periumbilical extraction site, "
           "resected, and an ileocolic stapled anastomosis was created. No ostomy."),
    ["44205"], ["44160", "44204", "44140"], ["surgery", "digestive"])

add("opnote", "ureteroscopy laser stent",
    opnote("Left proximal ureteral stone, 9 mm.", "Same.",
           "Cystoscopy, left ureteroscopy with holmium laser lithotripsy and basket extraction, left ureteral stent placement.",
           "General.",
           "9 mm stone in the proximal left ureter; fragmented and fragments removed.",
           "Cystoscopy showed a normal bladder. A guidewire was placed up the left ureter. A semirigid then flexible ureteroscope was "
           "advanced to the stone, which was fragmented with the holmium laser; fragments were basketed. A 6 Fr x 26 cm double-J stent was "
           "placed over the wire under fluoroscopy with good curl in the kidney and bladder."),
    ["52356:LT"], ["52353", "52332", "52352", "52000"], ["surgery", "urology", "laterality", "bundling"])

add("opnote", "TURP",
    opnote("BPH with urinary retention.", "Same.",
           "Transurethral resection of the prostate (complete), monopolar.",
           "Spinal.",
           "Trilobar hypertrophy; bladder trabeculation.",
           "The resectoscope was passed. The median lobe and both lateral lobes were resected down to the surgical capsule from the bladder "
           "neck to the verumontanum. Hemostasis achieved. Chips evacuated. A three-way catheter was placed. No laser used; no bladder neck incision alone."),
    ["52601"], ["52500", "52000", "52648"], ["surgery", "urology"])

add("opnote", "lap tubal",
    opnote("Desires permanent sterilization.", "Same.",
           "Laparoscopic bilateral tubal occlusion with Filshie clips.",
           "General.",
           "Normal pelvic anatomy.",
           "A 10 mm umbilical port and a 5 mm suprapubic port were placed. A Filshie clip was applied to the isthmic portion of each "
           "fallopian tube. No salpingectomy; no fulguration."),
    ["58671"], ["58670", "58661", "58600"], ["surgery", "gyn", "negation"])

add("opnote", "D&C",
    opnote("Abnormal uterine bleeding.", "Same.",
           "Dilation and curettage of the uterus (diagnostic), non-obstetric.",
           "MAC.",
           "Uterus sounded to 8 cm; moderate tissue obtained.",
           "The cervix was dilated with Hegar dilators and a sharp curettage of the endometrium performed. No hysteroscopy was done; "
           "not pregnant."),
    ["58120"], ["58558", "59812"], ["surgery", "gyn", "negation"])

add("opnote", "ankle ORIF",
    opnote("Right bimalleolar ankle fracture.", "Same.",
           "Open reduction and internal fixation, right lateral and medial malleoli.",
           "General with popliteal block (block by anesthesia).",
           "Displaced distal fibula fracture and medial malleolus fracture. Posterior malleolus intact. Syndesmosis stable on stress test.",
           "A lateral incision exposed the fibula fracture, which was reduced and fixed with a lag screw and a one-third tubular plate. "
           "A medial incision exposed the medial malleolus, which was reduced and fixed with two partially threaded cannulated screws. "
           "No syndesmotic fixation was needed."),
    ["27814:RT"], ["27822", "27766", "27792", "27829"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("opnote", "shoulder: tenodesis + SAD",
    opnote("Right shoulder biceps tendinopathy and impingement.", "Same; rotator cuff intact.",
           "Right shoulder arthroscopic biceps tenodesis; arthroscopic subacromial decompression.",
           "General plus block.",
           "Frayed, subluxing long head of biceps. Rotator cuff intact, not repaired. Anterior acromial spur.",
           "Diagnostic arthroscopy performed. The biceps was tenotomized and tenodesed arthroscopically into the bicipital groove with an "
           "anchor. The scope was moved to the subacromial space; bursectomy, coracoacromial ligament release and acromioplasty were performed."),
    ["29828:RT", "29826:RT"], ["29827", "23430", "29822"], ["surgery", "musculoskeletal", "laterality", "addon", "multi"])

add("opnote", "diagnostic laparoscopy",
    opnote("Chronic pelvic pain.", "Normal pelvis.",
           "Diagnostic laparoscopy.",
           "General.",
           "Normal uterus, tubes, ovaries and appendix. No endometriosis. No adhesions.",
           "A 5 mm umbilical port and one accessory port were placed and the abdomen and pelvis were surveyed. No biopsies were taken and "
           "no lesions were treated. The appendix appeared normal and was not removed."),
    ["49320"], ["49321", "44970", "58662"], ["surgery", "digestive", "negation"])

add("opnote", "tracheostomy",
    opnote("Prolonged ventilator dependence.", "Same.",
           "Open tracheostomy, planned (elective).",
           "General via existing endotracheal tube.",
           "Normal tracheal anatomy.",
           "A horizontal incision was made below the cricoid. The thyroid isthmus was divided. A tracheal window was created between the "
           "second and third rings and an 8.0 cuffed tracheostomy tube placed as the ETT was withdrawn. This was not an emergency procedure."),
    ["31600"], ["31603", "31610", "31605"], ["surgery", "respiratory", "negation"])

add("opnote", "pilonidal",
    opnote("Pilonidal cyst.", "Same.",
           "Excision of pilonidal cyst, simple.",
           "Local with sedation.",
           "Single midline pit with a small underlying cyst; no sinus tracts extending laterally.",
           "An elliptical incision encompassed the pit and cyst, which were excised to the presacral fascia. The wound was closed primarily "
           "in a single layer. No flap or extensive dissection was required."),
    ["11770"], ["11771", "11772", "10080"], ["surgery", "integumentary"])

add("opnote", "paracentesis",
    opnote("Cirrhosis with tense ascites.", "Same.",
           "Diagnostic and therapeutic paracentesis with ultrasound guidance.",
           "Local.",
           "Large-volume ascites; 5.2 L of straw-colored fluid removed.",
           "Ultrasound identified a deep pocket in the left lower quadrant and was used to guide needle entry; an image was stored. A "
           "catheter was introduced and fluid drained; samples sent for cell count and culture."),
    ["49083"], ["49082", "76942", "76705"], ["surgery", "digestive", "bundling"])

add("opnote", "thoracentesis",
    opnote("Right pleural effusion.", "Same.",
           "Right thoracentesis with ultrasound guidance.",
           "Local.",
           "Moderate free-flowing right effusion; 1.1 L removed.",
           "The effusion was localized by ultrasound at the posterior axillary line and the needle was inserted under real-time guidance. "
           "A catheter was placed and fluid removed. No chest tube was left in place."),
    ["32555:RT"], ["32554", "32557", "76942"], ["surgery", "respiratory", "laterality", "bundling", "negation"])

add("opnote", "lumbar puncture",
    opnote("Headache, rule out subarachnoid hemorrhage.", "Same.",
           "Diagnostic lumbar puncture.",
           "Local.",
           "Opening pressure 18 cm H2O; clear fluid.",
           "In the lateral decubitus position, a 20 gauge spinal needle was inserted at L3-L4 by landmarks; no fluoroscopy or ultrasound "
           "was used. Four tubes of CSF collected."),
    ["62270"], ["62328", "62272"], ["surgery", "nervous", "negation"])

add("opnote", "bone marrow",
    opnote("Pancytopenia.", "Same.",
           "Bone marrow aspiration and core biopsy, right posterior iliac crest.",
           "Local.",
           "Adequate aspirate and a 1.8 cm core.",
           "Through a single incision over the right posterior iliac crest, an aspirate was obtained and then a core biopsy was taken "
           "with a Jamshidi needle."),
    ["38222:?"], ["38220", "38221", "20220"], ["surgery", "hemic"])

add("opnote", "skin graft",
    opnote("Granulating wound, left lower leg, after necrotizing soft tissue infection.", "Same.",
           "Split-thickness skin graft to left lower leg, 150 sq cm.",
           "General.",
           "Healthy granulation tissue; no further excision or debridement needed.",
           "A 150 sq cm split-thickness graft was harvested from the left thigh with a dermatome, meshed 1.5:1, and applied to the wound "
           "and secured with staples and a bolster dressing. The recipient bed was not excised; it was ready for grafting."),
    ["15100", "15101"], ["15002", "15120", "11042"], ["surgery", "integumentary", "addon", "negation"])

add("opnote", "nasal flap",
    opnote("Basal cell carcinoma of the nasal sidewall.", "Same.",
           "Excision of BCC with rotation flap reconstruction.",
           "Local.",
           "Lesion 0.9 cm; excised diameter 1.5 cm; flap defect including secondary defect 6 sq cm.",
           "The lesion was excised with margins. A rotation flap was designed, incised, elevated and rotated into the defect; the total area "
           "of primary and secondary defects was 6 sq cm. Layered closure. Frozen section margins clear."),
    ["14060"], ["11642", "12051", "14040", "13151"], ["surgery", "integumentary", "bundling"])

add("opnote", "pacemaker",
    opnote("Symptomatic complete heart block.", "Same.",
           "Insertion of new dual-chamber permanent pacemaker with transvenous atrial and ventricular leads.",
           "Local with monitored anesthesia care.",
           "Good thresholds on both leads.",
           "Left subclavian access. Atrial and ventricular leads positioned under fluoroscopy and tested. A pocket was created in the left "
           "upper chest and the generator connected and placed. No prior device."),
    ["33208"], ["33207", "33206", "33213"], ["surgery", "cardiovascular"])

add("opnote", "AV fistula",
    opnote("End-stage renal disease.", "Same.",
           "Creation of left radiocephalic arteriovenous fistula at the wrist (direct anastomosis).",
           "Regional block.",
           "Cephalic vein 3 mm, radial artery 2.5 mm.",
           "The cephalic vein was mobilized and anastomosed end-to-side to the radial artery. No graft material was used; no vein transposition."),
    ["36821:?"], ["36818", "36830", "36825"], ["surgery", "cardiovascular", "negation"])

add("opnote", "lap Nissen",
    opnote("GERD refractory to PPI.", "Small sliding hiatal hernia.",
           "Laparoscopic Nissen fundoplication with crural repair.",
           "General.",
           "1.5 cm sliding hiatal hernia; no paraesophageal component; no mesh.",
           "Five ports. The short gastric vessels were divided. The crura were closed posteriorly with two sutures. A 360-degree floppy "
           "fundoplication was created over a bougie."),
    ["43280"], ["43281", "43282", "43327"], ["surgery", "digestive", "negation"])

# =====================================================================
# VAGUE CASES: the right answer is to recommend nothing and ask
# =====================================================================

add("email", "quick question",
    email("Hi,", "What do I bill for the procedure yesterday?", "Thanks, Kim", None, 2),
    [], [], ["vague"], vague=True)

add("terse", "knee surgery code?",
    "knee surgery, which code?",
    [], [], ["vague", "musculoskeletal"], vague=True)

add("vignette", "Biopsy today",
    "The doctor did a biopsy in the office today. Can you send me the CPT code?",
    [], [], ["vague", "integumentary"], vague=True)

add("terse", "injection",
    "Pt had an injection. CPT?",
    [], [], ["vague"], vague=True)

add("email", "Surgery last week",
    email("Hello,", "Need codes for the surgery Dr. Alvarez did last week on our patient. Notes to follow when transcription finishes.",
          "Regards,\nFront desk", None, 0),
    [], [], ["vague"], vague=True)

add("email", "see attached",
    email("Hi team,", "Can you code the attached op note? Thanks in advance.", "Best,\nLena", None, 1),
    [], [], ["vague"], vague=True)

add("terse", "xray",
    "X-ray done today, which code?",
    [], [], ["vague", "radiology"], vague=True)

add("vignette", "Visit level?",
    "Office visit today. What level should I bill?",
    [], [], ["vague", "em"], vague=True)

add("vignette", "Lesion removed",
    "A lesion was removed from the patient's back today. What's the code?",
    [], [], ["vague", "integumentary"], vague=True)

add("terse", "lac repair",
    "Laceration repair - code?",
    [], [], ["vague", "integumentary"], vague=True)

add("terse", "hernia",
    "Hernia repair. CPT please.",
    [], [], ["vague", "digestive"], vague=True)

add("email", "infusion code",
    email("Hi,", "What's the code for the infusion we did this morning?", "Thx", None, 3),
    [], [], ["vague", "medicine"], vague=True)

add("vignette", "Anesthesia code",
    "Which anesthesia code do we use for Dr. Lee's case this morning?",
    [], [], ["vague", "anesthesia"], vague=True)

add("terse", "labs",
    "Labs drawn, please code.",
    [], [], ["vague", "lab"], vague=True)

add("email", "same as last time",
    email("Hey,", "Same as last time for our patient please - can you send the codes again?", "Cheers, Rob", None, 0),
    [], [], ["vague"], vague=True)

add("vignette", "Is 99214 okay?",
    "Is 99214 ok for this one? Patient came in for follow up.",
    [], [], ["vague", "em"], vague=True)

add("terse", "scope",
    "Scope done this AM, what do we bill?",
    [], [], ["vague", "digestive"], vague=True)

# =====================================================================
# EXTRA MULTI-PROCEDURE, BILATERAL AND NEGATION CASES
# =====================================================================

add("terse", "EGD + colo same day",
    "EGD w/ cold bx gastric antrum; then colonoscopy w/ cold snare polypectomy sigmoid 6 mm. Same session.",
    ["43239", "45385"], ["43235", "45378", "45380"], ["surgery", "digestive", "endoscopy", "multi"])

add("vignette", "Trauma CTs",
    "After a motor vehicle collision: CT of the head and CT of the cervical spine, both without contrast, performed and interpreted by our group (global).",
    ["70450", "72125"], ["70460", "72126", "70470"], ["radiology", "multi"])

add("terse", "labs w/ draw",
    "Venipuncture; CBC w/ auto diff; CMP; all run in-house.",
    ["36415", "85025", "80053"], ["85027", "80048", "80050"], ["lab", "multi"])

add("terse", "knee + chest films",
    "XR R knee 3v and CXR PA/lat, same visit.",
    ["73562:RT", "71046"], ["73560", "71045"], ["radiology", "multi", "laterality"])

add("vignette", "Spirometry with neb",
    "Spirometry before and after bronchodilator; the albuterol nebulizer treatment given between the two spirometry efforts was part "
    "of the test (patient's own albuterol).",
    ["94060"], ["94640", "94010"], ["medicine", "respiratory", "bundling"])

add("vignette", "Follow-up with ECG",
    "Established patient, palpitations follow-up, moderate MDM (chronic illness with progression, prescription change). A 12-lead "
    "ECG was recorded in the office and the physician wrote a separate signed interpretation.",
    ["99214", "93000"], ["93010", "93005", "99215"], ["em", "medicine", "cardiovascular", "multi"])

add("terse", "UA + cx",
    "UA auto dipstick w/o micro + urine culture quant colony count, both in-house.",
    ["81003", "87086"], ["81001", "87088"], ["lab", "multi"])

add("vignette", "Both knees, no imaging",
    "Injection of corticosteroid into both knees by anatomic landmarks (no ultrasound). Steroid was a sample and is not billed.",
    ["20610:50"], ["20611", "76942"], ["musculoskeletal", "bilateral"])

add("terse", "bilat breast US",
    "US breast bilat complete (all 4 quadrants + retroareolar + axilla each side).",
    ["76641:50"], ["76642", "77066"], ["radiology", "bilateral"])

add("vignette", "Both carpal tunnels",
    "Open carpal tunnel release of both wrists in the same session.",
    ["64721:50"], ["29848", "64722"], ["surgery", "nervous", "bilateral"])

add("terse", "cerumen R ear",
    "Impacted cerumen R ear removed w/ curette under otoscopy by MD. L ear clear, nothing done.",
    ["69210:?"], ["69209"], ["ent", "laterality", "negation"])

add("vignette", "Colonoscopy, nothing found, history",
    "Diagnostic colonoscopy for change in stool caliber. History: polypectomy in 2021 and a hemicolectomy in 2018 (ileocolic "
    "anastomosis seen today, normal). No polyps today, no biopsies, no interventions.",
    ["45378"], ["45380", "45385", "44205", "44160"], ["surgery", "digestive", "endoscopy", "historical", "negation"])

add("terse", "lap chole, h/o appy",
    "Lap chole, no IOC. PSH: appendectomy 2010, C-section 2014 (adhesions lysed minimally, not separately significant).",
    ["47562"], ["47563", "44970", "44005", "59510"], ["surgery", "digestive", "historical", "negation"])

add("vignette", "Cath history in ED note",
    "ED visit for chest wall pain after lifting; patient has a history of stent placement in 2022 and a cardiac cath in 2023. Today: "
    "exam, ECG independently interpreted by the ED physician (the hospital bills the tracing; the interpretation is counted in the MDM, "
    "not billed separately), reassurance, OTC analgesics. MDM low.",
    ["99283"], ["93458", "92928", "93010"], ["em", "historical"])

add("terse", "EGD, colo planned",
    "EGD w/ cold forceps bx for Barrett's surveillance. Colonoscopy planned next month.",
    ["43239"], ["45378", "43235"], ["surgery", "digestive", "endoscopy", "negation"])

add("vignette", "Knee injection, no ultrasound",
    "Left knee injection for osteoarthritis; ultrasound was not used (machine unavailable); landmark technique. Kenalog-40, 1 mL "
    "(40 mg) from a multi-dose vial. No E/M.",
    ["20610:LT", "J3301x4"], ["20611", "76942", "99213"], ["musculoskeletal", "hcpcs_drug", "negation", "laterality", "units"])

add("opnote", "cystoscopy stent removal",
    opnote("Retained left ureteral stent after ureteroscopy.", "Same.",
           "Cystoscopy with removal of left ureteral stent.",
           "Local (lidocaine jelly).",
           "Stent in good position; bladder normal.",
           "Flexible cystoscopy performed. The distal stent coil was grasped and the stent removed intact. No new stent placed; no "
           "biopsies; no lithotripsy."),
    ["52310"], ["52332", "52000", "52356"], ["surgery", "urology", "negation"])

add("opnote", "colonoscopy: biopsy and removal of same lesion",
    opnote("Positive FIT.", "Sigmoid polyp.",
           "Colonoscopy with cold snare polypectomy.",
           "MAC by anesthesia.",
           "A 10 mm sigmoid polyp. No other lesions.",
           "The colonoscope was advanced to the cecum. The sigmoid polyp was first sampled with cold forceps and then the remainder of the "
           "same polyp was removed with a cold snare. No other sites were biopsied."),
    ["45385"], ["45380", "45378"], ["surgery", "digestive", "endoscopy", "bundling"])

add("vignette", "Two E/M on one day by same doctor",
    "Established patient seen in the morning for a low-MDM sinus infection, then came back in the afternoon the same day with a "
    "sprained ankle evaluated by the same physician (also low MDM). Total MDM for the day is still low. How do we report the day?",
    ["99213"], ["99212", "99214"], ["em"])

add("vignette", "Knee scope with history in the note",
    "Left knee arthroscopy today with partial medial meniscectomy only. The patient had an ACL reconstruction on this knee in 2018 "
    "(graft intact today) and a right knee meniscectomy in 2020.",
    ["29881:LT"], ["29888", "29880", "29877"], ["surgery", "musculoskeletal", "historical", "laterality"])

# =====================================================================
# Synthetic identifiers (about one case in ten), ids, validation, output
# =====================================================================

FAKE_PEOPLE = [
    ("Ottoline Brackenbury", "02/11/1948", "SYN-100234"), ("Desmond Quillfeather", "09/30/1961", "SYN-100871"),
    ("Marisela Thornquist", "05/06/1977", "SYN-101502"), ("Ezekiel Pennywhistle", "12/19/1939", "SYN-102267"),
    ("Rosalind Vantrees", "07/14/1985", "SYN-103390"), ("Thaddeus Mooncastle", "03/03/1952", "SYN-104415"),
    ("Philippa Crumley-Vance", "11/22/1969", "SYN-105528"), ("Bartholomew Oakenshaw", "01/27/1944", "SYN-106643"),
    ("Imogen Larkspur", "06/09/1990", "SYN-107759"), ("Cassius Wrenfield", "08/18/1958", "SYN-108864"),
    ("Winifred Ashdown", "04/25/1936", "SYN-109972"), ("Lucian Hartsell", "10/02/1973", "SYN-110083"),
    ("Beatrix Fallowmere", "02/29/1956", "SYN-111196"), ("Ignatius Plover", "09/12/1947", "SYN-112204"),
    ("Seraphina Dunmore", "05/31/1982", "SYN-113317"), ("Augustin Featherby", "12/05/1965", "SYN-114428"),
    ("Clementine Rookwood", "03/16/1999", "SYN-115539"), ("Percival Gantry", "07/07/1950", "SYN-116640"),
    ("Henrietta Mallowby", "01/09/1971", "SYN-117753"), ("Florian Westerkamp", "06/21/1943", "SYN-118866"),
    ("Ysolde Pemberton-Kay", "08/30/1988", "SYN-119977"), ("Octavius Brindle", "11/11/1954", "SYN-120081"),
    ("Leocadia Fernsby", "04/04/1962", "SYN-121192"), ("Barnaby Quenell", "10/28/1980", "SYN-122203"),
    ("Ermengarde Tolliver", "02/14/1941", "SYN-123314"), ("Casimir Hollowell", "09/09/1975", "SYN-124425"),
    ("Dulcie Marchbanks", "05/17/1967", "SYN-125536"), ("Evander Skelding", "12/24/1958", "SYN-126647"),
    ("Griselda Penhallow", "03/30/1946", "SYN-127758"), ("Horatio Linwood", "07/26/1983", "SYN-128869"),
    ("Isadora Quimby", "01/15/1972", "SYN-129970"), ("Jasper Wetherall", "08/08/1937", "SYN-130081"),
]
PHI_FORMATS = [
    "Patient: {n}   DOB: {d}   MRN: {m}",
    "Pt name: {n} | DOB {d} | MRN {m}",
    "RE: {n} (DOB {d}), chart #{m}",
    "Patient {n}, date of birth {d}, medical record number {m}.",
]


AGE_CUES = re.compile(r"\d+[- ]?(?:year|yo\b|y/o)|medicare|newborn|child|pregnan|cesarean|delivery|obstetric|"
                      r"pediatric|infant|kindergarten|\bage \d", re.I)


def add_identifiers():
    """Prepend made-up identifiers to about one case in ten (never to cases whose
    text states an age or implies one, so the invented DOB cannot contradict it)."""
    k = seen = 0
    for c in CASES:
        text = c.get("body") or c.get("text")
        if c["vague"] or "phi" in c["tags"] or AGE_CUES.search(text):
            continue
        seen += 1
        if seen % 8 != 3:
            continue
        n, d, m = FAKE_PEOPLE[k % len(FAKE_PEOPLE)]
        line = PHI_FORMATS[k % len(PHI_FORMATS)].format(n=n, d=d, m=m)
        k += 1
        key = "text" if "text" in c else "body"
        c[key] = line + "\n" + c[key]
        c["tags"].append("phi")


def load_reference():
    cpt = {}
    with open(os.path.join(SHARED, "cpt_code_numbers_only", "cpt_code_numbers_2025_2026.csv")) as f:
        for r in csv.DictReader(f):
            cpt[r["code"]] = r
    hcpcs, mods = {}, set()
    with open(os.path.join(SHARED, "hcpcs_level2_2026_jan", "hcpcs_level2_2026_jan.csv")) as f:
        for r in csv.DictReader(f):
            if r["RECORD_TYPE"] == "modifier":
                if not r["TERM_DT"]:
                    mods.add(r["HCPC"])
            else:
                hcpcs[r["HCPC"]] = r
    mue = {}
    with open(os.path.join(SHARED, "ncci_mue_practitioner_2026q2", "mue_practitioner_2026q2_normalized.csv")) as f:
        for r in csv.DictReader(f):
            mue[r["code"]] = int(r["mue_value"]) if r["mue_value"] else None
    return cpt, hcpcs, mods, mue


CPT_MODIFIERS = {"22", "25", "26", "50", "51", "52", "53", "57", "59", "76", "77", "78", "79", "24", "33", "47", "58", "62", "80", "82", "91"}
# Category I numbers in the 2025 fee schedule but absent from the 2026 MUE file that were
# deleted for 2026 (never valid for a 2026 date of service).
DELETED_2026 = {str(c) for c in range(37220, 37236)} | {"55700"}


def validate(cases):
    cpt, hcpcs, mods, mue = load_reference()
    errors, warnings = [], []
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    all_codes = set()
    for c in cases:
        exp = [e["code"] for e in c["expected"]]
        if c["vague"] and exp:
            errors.append("%s: vague case with expected codes" % c["id"])
        if not c["vague"] and not exp:
            errors.append("%s: non-vague case with no expected codes" % c["id"])
        for f in c["forbidden"]:
            if not re.fullmatch(r"[0-9A-Z]{5}", f):
                errors.append("%s: forbidden entry %r is not a bare code" % (c["id"], f))
            if f in exp:
                errors.append("%s: %s both expected and forbidden" % (c["id"], f))
        for code in exp + c["forbidden"]:
            all_codes.add(code)
            if code[0].isdigit():
                r = cpt.get(code)
                if not r or r["code_kind"] != "CPT-I":
                    errors.append("%s: %s is not a CPT Category I number in the code list" % (c["id"], code))
                elif code in DELETED_2026:
                    errors.append("%s: %s was deleted for 2026" % (c["id"], code))
                elif r["in_ncci_mue_practitioner_2026q2"] != "Y" and code != "99024" and not code.startswith("0"):
                    warnings.append("%s: %s not in the 2026 MUE file (check it is still active)" % (c["id"], code))
            else:
                r = hcpcs.get(code)
                if not r:
                    errors.append("%s: %s not in HCPCS 2026" % (c["id"], code))
                elif r["TERM_DT"]:
                    errors.append("%s: %s terminated %s" % (c["id"], code, r["TERM_DT"]))
        for e in c["expected"]:
            for m in e.get("modifiers", []):
                if m not in CPT_MODIFIERS and m not in mods:
                    errors.append("%s: unknown modifier %s" % (c["id"], m))
            u = e.get("units")
            lim = mue.get(e["code"])
            # MUE 0 marks services Medicare does not pay (e.g. preventive visits); only real limits are checked
            if u is not None and lim and u > lim:
                errors.append("%s: %s x%d exceeds MUE %d" % (c["id"], e["code"], u, lim))
        codes_here = [e["code"] for e in c["expected"]]
        if len(codes_here) != len(set(codes_here)):
            errors.append("%s: same code listed twice in expected" % c["id"])
    return errors, warnings, all_codes


def catalog_unknown(codes):
    exe = os.path.join(ROOT, ".venv", "bin", "consultant")
    if not os.path.exists(exe):
        return None
    out = subprocess.run([exe, "codes", "show", "--json"] + sorted(codes), cwd=ROOT,
                         capture_output=True, text=True)
    try:
        return set(json.loads(out.stdout).get("unknown", []))
    except ValueError:
        return None


def write_set(prefix, name, identifiers=False):
    """Number CASES prefix001.., validate them and write eval/<name>.jsonl (the second writers' sets)."""
    if identifiers:
        add_identifiers()
    for i, c in enumerate(CASES, 1):
        c["id"] = "%s%03d" % (prefix, i)
    errors, warnings, _codes = validate(CASES)
    out = os.path.join(HERE, name + ".jsonl")
    with open(out, "w") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(out) as f:
        assert len([json.loads(line) for line in f]) == len(CASES)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("%d cases written to %s; %d errors" % (len(CASES), out, len(errors)))
    return 1 if errors else 0


def main():
    add_identifiers()
    for i, c in enumerate(CASES, 1):
        c["id"] = "t%03d" % i
    errors, warnings, codes = validate(CASES)
    unknown = catalog_unknown(codes)
    if unknown is not None:
        for c in CASES:
            used = {e["code"] for e in c["expected"]} | set(c["forbidden"])
            if used & unknown and "not_in_catalog" not in c["tags"]:
                c["tags"].append("not_in_catalog")
    out = os.path.join(HERE, "team.jsonl")
    with open(out, "w") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    # re-read and check every line parses
    with open(out) as f:
        lines = [json.loads(line) for line in f]
    assert len(lines) == len(CASES)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("%d cases written to %s; %d errors; catalog-unknown codes: %s" % (
        len(lines), out, len(errors), ", ".join(sorted(unknown)) if unknown else "none"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
