#!/usr/bin/env python3
"""Build eval/team2c.jsonl: held-out set C (200 invented cases) for `consultant`.

Written independently by a third writer under the team-set rules, reusing the team set's helpers
(add, opnote, email, expected-code shorthand) and validation from make_team.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_team as mt  # noqa: E402

mt.CASES.clear()
add, opnote, email = mt.add, mt.opnote, mt.email

# =====================================================================
# SURGERY: INTEGUMENTARY
# =====================================================================

add("vignette", "benign lesion back",
    "58-year-old man with an irritated dermal nodule on the upper back. The lesion measured 1.0 cm and it was excised as an "
    "ellipse with 2 mm margins on each side. The wound was closed with a few simple interrupted sutures. Path: benign "
    "dermatofibroma.",
    ["11402"], ["11401", "11400", "12001", "11301"], ["surgery", "integumentary"])  # 1.0 + 2 x 0.2 = 1.4 cm excised

add("opnote", "nasal SCC excision with layered closure",
    opnote("Squamous cell carcinoma, left nasal sidewall.", "Same.",
           "Excision of squamous cell carcinoma of the left nasal sidewall with intermediate (layered) repair.",
           "Local, 1% lidocaine with epinephrine.",
           "Crusted 0.6 cm lesion, biopsy-proven invasive SCC.",
           "The lesion was outlined with 3 mm clinical margins, for an excised diameter of 1.2 cm, and removed to the level of the "
           "subcutaneous fat. Frozen margins were not requested. Undermining was performed and the deep layer was closed with 5-0 "
           "absorbable suture, followed by 6-0 nylon for the skin. Final linear repair length 2.0 cm."),
    ["11642", "12051"], ["11641", "11643", "11442", "13151", "12011"], ["surgery", "integumentary", "multi"])

add("terse", "shave neck",
    "Shave removal 0.7 cm pedunculated nevus R lateral neck, DermaBlade, hemostasis w/ AlCl. No sutures. Sent to path.",
    ["11306"], ["11301", "11311", "11421", "11102"], ["surgery", "integumentary"])

add("email", "pilonidal",
    email("Hi,", "I&D pilonidal abscess, simple. Incised, purulence expressed, loculations broken, packed. No cyst excision.", "Thanks,\nAnsel\nBilling office (fictional)", None, 0),
    ["10080"], ["10081", "11770", "10060"], ["surgery", "integumentary", "negation"])

add("vignette", "Sacral wound debridement size",
    "Wound clinic: surgeon sharply debrided a stage 4 sacral pressure injury with a curette and scissors down to and including "
    "subcutaneous fat; no muscle or bone was removed. Surface area debrided was 45 sq cm.",
    ["11042", "11045x2"], ["11043", "11046", "97597", "97598"], ["surgery", "integumentary", "units", "addon"])

add("terse", "skin tags",
    "Removal of 22 skin tags neck + axillae w/ iris scissors, hemostasis w/ silver nitrate.",
    ["11200", "11201"], ["17110", "11300", "11102"], ["surgery", "integumentary", "units", "addon"])

add("email", "toenail avulsions",
    email("Hi team,",
          "Dr. Velasquez did a partial nail avulsion on the right great toe (ingrown lateral border) and a full nail plate avulsion "
          "on the right second toe, which was loose after trauma. No matrixectomy, no phenol on either toe. Digital block with "
          "lidocaine. How should these go out?",
          "Thanks!\nCorinne Albright\nPodiatry billing, Lakeshore Foot & Ankle (fictional)",
          "> From last month: the left great toe matrixectomy was 11750 with TA.", 1),
    ["11730:T5", "11732:T6"], ["11750", "11765", "11720"], ["surgery", "integumentary", "modifier", "addon", "historical"])

add("vignette", "Three lacerations, all simple",
    "After a bicycle fall a 30-year-old had three superficial lacerations closed in the ED with single-layer sutures: 2.0 cm on "
    "the scalp, 3.5 cm on the right forearm and 2.3 cm on the flank. No layered closure, no contamination requiring extensive "
    "cleaning.",
    ["12004"], ["12002", "12005", "12032", "12001"], ["surgery", "integumentary"])

add("opnote", "complex closure forehead",
    opnote("Traumatic forehead laceration with irregular, beveled edges.", "Same.",
           "Complex repair of forehead laceration.",
           "Local.",
           "A 3.5 cm stellate laceration of the central forehead with devitalized, shelved edges.",
           "After irrigation, the devitalized skin edges were debrided and the beveled margins were trimmed to create perpendicular "
           "edges. Wide undermining of the wound margins was performed to reduce tension. The galea-adjacent layer was closed with "
           "4-0 absorbable sutures and the skin with 6-0 nylon. Total repair length 3.5 cm."),
    ["13132"], ["13131", "12052", "13151", "11042"], ["surgery", "integumentary"])

add("opnote", "scalp BCC with rotation flap",
    opnote("Basal cell carcinoma of the scalp.", "Same.",
           "Excision of basal cell carcinoma of the vertex scalp with rotation flap closure.",
           "Local anesthesia.",
           "1.4 cm nodular BCC.",
           "The lesion was excised with 4 mm margins. The resulting defect could not be closed primarily, so a rotation flap was "
           "designed and elevated in the subgaleal plane, rotated into the defect and inset. The total area of the defect plus the "
           "flap was 8 sq cm. Closure with staples."),
    ["14020"], ["11623", "11622", "12032", "14021", "14040"], ["surgery", "integumentary", "bundling"])

add("opnote", "breast lump excision",
    opnote("Palpable mass, right breast, 10 o'clock.", "Fibroadenoma, right breast.",
           "Excision of right breast mass.",
           "General via laryngeal mask.",
           "A 2.2 cm well-circumscribed rubbery mass.",
           "A circumareolar incision was made at 10 o'clock. The mass was dissected free from the surrounding breast tissue and "
           "removed intact. No wire or radiologic marker was used because the mass was easily palpable. No axillary surgery. "
           "The cavity was irrigated and closed in layers."),
    ["19120:RT"], ["19125", "19301", "19081", "38525"], ["surgery", "integumentary", "laterality", "negation"])

add("terse", "FNA neck",
    "FNA palpable L supraclavicular LN, 25g needle x3 passes, no imaging guidance. Slides to cytology.",
    ["10021"], ["10005", "10004", "38505", "76942"], ["surgery", "integumentary", "negation"])

add("vignette", "Many warts frozen",
    "A 14-year-old with verruca vulgaris on both hands had 18 common warts treated with liquid nitrogen cryotherapy in the office.",
    ["17111"], ["17110", "17000", "17003"], ["surgery", "integumentary"])

add("email", "EDC of SCC in situ",
    email("Good afternoon,",
          "Quick one: the doctor did electrodesiccation and curettage of a squamous cell carcinoma in situ on the left forearm. "
          "Lesion diameter 1.5 cm. No excision, no sutures.",
          "Best regards,\nHollis Grant, CPC\nBayview Dermatology (synthetic)", None, 2),
    ["17262"], ["17261", "17263", "11602", "17272", "17000"], ["surgery", "integumentary", "negation"])

add("terse", "lesion removed",
    "Lesion removed from back today. Code?",
    [], [], ["surgery", "integumentary"], vague=True)

add("vignette", "Stereotactic breast biopsy",
    "Radiologist performed a stereotactic vacuum-assisted core biopsy of a cluster of calcifications in the left breast, with "
    "placement of a clip. One lesion only.",
    ["19081:LT"], ["19083", "19082", "19285", "77002"], ["surgery", "integumentary", "laterality", "bundling"])

# =====================================================================
# SURGERY: MUSCULOSKELETAL, ARTHROSCOPY, SPINE
# =====================================================================

add("opnote", "shoulder scope DCR SAD",
    opnote("Right shoulder AC joint arthritis and impingement.", "Same; intact rotator cuff.",
           "Right shoulder arthroscopy with distal clavicle excision and subacromial decompression.",
           "General with interscalene block.",
           "Grade 4 AC joint changes, type 2 acromion with subacromial spurring, intact cuff and labrum.",
           "Standard posterior and anterior portals were made. Diagnostic inspection of the glenohumeral joint showed intact labrum "
           "and biceps; no debridement was needed. The scope was moved to the subacromial space, the bursa was cleared and an "
           "acromioplasty was performed with a burr. Through an anterior AC portal, approximately 8 mm of distal clavicle was resected "
           "arthroscopically."),
    ["29824:RT", "29826:RT"], ["29822", "29823", "23130", "23120", "29806"], ["surgery", "musculoskeletal", "laterality", "addon"])

add("email", "meniscal repair",
    email("Hello,",
          "Dr. Abernathy performed a left knee arthroscopy and repaired a peripheral bucket-handle tear of the medial meniscus with "
          "all-inside devices. Lateral meniscus normal. No chondroplasty, no ACL work.",
          "Thank you,\nMei-Lin\nSummit Sports Medicine (fictional)",
          "> On Thursday you wrote:\n> The right knee partial medial meniscectomy should go out as 29881-RT.", 0),
    ["29882:LT"], ["29881", "29883", "29880", "29877"], ["surgery", "musculoskeletal", "laterality", "historical", "negation"])

add("opnote", "fibula ORIF",
    opnote("Displaced left lateral malleolus fracture.", "Same; stable medial side on stress view.",
           "Open reduction and internal fixation, left lateral malleolus.",
           "General.",
           "Oblique Weber B fracture of the distal fibula. Medial malleolus intact; syndesmosis stable on intraoperative stress testing.",
           "A lateral incision was made over the distal fibula. The fracture was cleaned, reduced with a clamp and fixed with one lag "
           "screw and a one-third tubular neutralization plate. Fluoroscopy confirmed reduction. No syndesmotic fixation and no medial "
           "exposure were required."),
    ["27792:LT"], ["27814", "27766", "27822", "27829", "27786"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("vignette", "Distal radius plate",
    "71-year-old right-hand-dominant woman fell onto her outstretched right hand. Distal radius fracture, extra-articular, "
    "dorsally angulated. She underwent open reduction and internal fixation through a volar approach with a locking plate. "
    "The ulnar styloid was not fixed.",
    ["25607:RT"], ["25608", "25609", "25600", "25605"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("terse", "ring finger fx",
    "Nondisplaced fx prox phalanx shaft L ring finger. Closed tx, no manipulation, buddy tape + splint. F/u 2 wks.",
    ["26720:F3"], ["26725", "26735", "29130"], ["surgery", "musculoskeletal", "modifier"])

add("email", "de quervain",
    email("Hi,", "Release 1st dorsal compartment R wrist for De Quervain tenosynovitis, EPB subsheath also released. Local + sedation.", "Best,\nMarguerite, CCS\nRevenue cycle (synthetic)", None, 1),
    ["25000:RT"], ["25001", "26055", "25111"], ["surgery", "musculoskeletal", "laterality"])

add("vignette", "Wrist ganglion",
    "A 26-year-old has a first-time dorsal ganglion cyst of the left wrist, never treated before. It was excised in the OR "
    "with its stalk down to the scapholunate capsule.",
    ["25111:LT"], ["25112", "20612", "25110"], ["surgery", "musculoskeletal", "laterality"])

add("opnote", "total shoulder",
    opnote("Right glenohumeral osteoarthritis.", "Same.",
           "Right anatomic total shoulder arthroplasty.",
           "General endotracheal plus interscalene block.",
           "Eburnated humeral head, posterior glenoid wear, intact rotator cuff.",
           "Deltopectoral approach. Subscapularis peel. The humeral head was resected and the canal prepared; the glenoid was reamed "
           "and a pegged polyethylene glenoid component cemented. A press-fit humeral stem and head were placed. Subscapularis repaired."),
    ["23472:RT"], ["23470", "23473", "23616"], ["surgery", "musculoskeletal", "laterality"])

add("vignette", "Both knees injected with ultrasound",
    "Bilateral knee osteoarthritis. Under ultrasound guidance, with permanent images recorded, each knee was injected with "
    "methylprednisolone acetate 40 mg plus lidocaine. Two 40 mg single-dose vials were used completely (80 mg total), nothing "
    "discarded. No E/M billed.",
    ["20611:50", "J1010x80:JZ"], ["20610", "76942", "J3301", "99213"], ["surgery", "musculoskeletal", "bilateral", "hcpcs_drug", "units"])

add("terse", "TPI",
    "Trigger point inj: L upper trapezius + L levator scapulae (2 muscles), 1% lido only.",
    ["20552"], ["20553", "20550", "96372"], ["surgery", "musculoskeletal"])

add("vignette", "Shoulder put back",
    "ED physician reduced an anterior dislocation of the left shoulder using external rotation technique. No sedation or "
    "anesthesia was used; the patient tolerated it with oral analgesics. Post-reduction films showed no fracture.",
    ["23650:LT"], ["23655", "23665", "99152"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("opnote", "two-level lumbar laminectomy",
    opnote("Lumbar spinal stenosis L3-4 and L4-5 with neurogenic claudication.", "Same.",
           "Decompressive laminectomy with medial facetectomy and foraminotomies, L3-4 and L4-5.",
           "General endotracheal.",
           "Severe central and lateral recess stenosis at both levels from ligamentum flavum hypertrophy and facet overgrowth.",
           "Through a midline incision the paraspinal muscles were elevated bilaterally. Complete laminectomies of L3 and L4 were "
           "performed with partial facetectomy and foraminotomy at L3-4 and L4-5 bilaterally, decompressing the thecal sac and the "
           "L4 and L5 nerve roots. No discectomy and no fusion or instrumentation were performed."),
    ["63047", "63048"], ["63030", "63005", "22630", "22612", "63017"], ["surgery", "musculoskeletal", "nervous", "addon", "negation"])

add("opnote", "ACDF one level",
    opnote("C5-6 disc herniation with right C6 radiculopathy.", "Same.",
           "Anterior cervical discectomy and fusion C5-6 with interbody cage and anterior plate.",
           "General.",
           "Large right paracentral disc herniation with osteophytes compressing the C6 root.",
           "Right-sided anterior approach. Complete discectomy and foraminotomies at C5-6 with removal of posterior osteophytes. A "
           "PEEK interbody cage packed with allograft was inserted, then a two-hole-per-level anterior plate spanning C5 to C6 was "
           "fixed with four screws. Allograft only; no autograft harvested."),
    ["22551", "22853", "22845"], ["22554", "63075", "22846", "20931", "20937"], ["surgery", "musculoskeletal", "nervous", "addon", "multi"])

add("opnote", "kypho",
    "PROCEDURE NOTE\nPROCEDURE: Kyphoplasty T12 osteoporotic compression fx, bilateral transpedicular, balloon + cement. Fluoro. 1 level only.\nCOMPLICATIONS: none.",
    ["22513"], ["22510", "22514", "22515", "77003"], ["surgery", "musculoskeletal", "bundling"])

add("email", "fracture care",
    email("Hi,", "How do I bill fracture care for the wrist Dr. Ames saw on Friday?",
          "Thanks, Lou\nOrtho front desk", None, 3),
    [], [], ["surgery", "musculoskeletal"], vague=True)

# =====================================================================
# SURGERY: DIGESTIVE, ENDOSCOPY, OTHER ABDOMEN/CHEST
# =====================================================================

add("opnote", "colonoscopy snare plus biopsy",
    opnote("Iron-deficiency anemia.", "Cecal polyp; descending colon mucosal abnormality.",
           "Colonoscopy with hot snare polypectomy and cold forceps biopsy.",
           "Propofol sedation by anesthesia.",
           "12 mm flat polyp in the cecum; a separate 5 mm area of nodular mucosa in the descending colon.",
           "The colonoscope was advanced to the cecum and the terminal ileum was intubated. The cecal polyp was lifted and removed "
           "with a hot snare. At a separate site in the descending colon, the nodular area was sampled with cold forceps for histology. "
           "Withdrawal time 12 minutes."),
    ["45385", "45380:59"], ["45378", "45384", "45390"], ["surgery", "digestive", "endoscopy", "multi", "modifier"])

add("terse", "flex sig snare",
    "Flex sig to 50 cm for rectal bleeding. 8 mm sigmoid polyp -> cold snare, retrieved. Otherwise nl.",
    ["45338"], ["45331", "45385", "45330"], ["surgery", "digestive", "endoscopy"])

add("email", "screening colonoscopy turned polypectomy",
    email("Hello coding team,",
          "Medicare patient, 70, average risk, in for a screening colonoscopy. Dr. Falk found a 6 mm polyp in the transverse colon "
          "and removed it with a cold snare. Nothing else. What do we put on the claim?",
          "Kind regards,\nRafaela\nEastside GI Billing (fictional)", None, 0),
    ["45385:PT"], ["G0121", "G0105", "45378", "45380"], ["surgery", "digestive", "endoscopy", "modifier"])

add("vignette", "Varices banded",
    "Cirrhotic patient with a recent variceal bleed underwent upper endoscopy. Large esophageal varices were found and five bands "
    "were placed on the distal esophageal varices. Stomach showed mild portal hypertensive gastropathy; no biopsies.",
    ["43244"], ["43235", "43243", "43255", "43239"], ["surgery", "digestive", "endoscopy", "negation"])

add("opnote", "ERCP stones",
    opnote("Choledocholithiasis.", "Same.",
           "ERCP with biliary sphincterotomy and balloon extraction of stones.",
           "General anesthesia by anesthesia service.",
           "Dilated CBD (11 mm) with three stones up to 8 mm.",
           "The duodenoscope was advanced to the major papilla. Selective bile duct cannulation was achieved and the cholangiogram "
           "showed filling defects. A biliary sphincterotomy was made with a sphincterotome. The stones were swept out with an "
           "extraction balloon; an occlusion cholangiogram showed a clear duct. No stent placed."),
    ["43262", "43264"], ["43260", "43274", "43265", "74328"], ["surgery", "digestive", "endoscopy", "multi", "negation"])

add("vignette", "Hemorrhoids one column",
    "Excisional hemorrhoidectomy of a single prolapsing combined internal and external hemorrhoid in the right anterior "
    "position. The other columns were small and left alone.",
    ["46255"], ["46260", "46250", "46221", "46945"], ["surgery", "digestive", "negation"])

add("opnote", "lap sigmoid",
    opnote("Recurrent diverticulitis.", "Same.",
           "Laparoscopic sigmoid colectomy with colorectal anastomosis.",
           "General endotracheal.",
           "Thickened sigmoid with chronic inflammatory changes; no abscess. Splenic flexure did not need mobilization.",
           "Five ports were placed. The sigmoid was mobilized medial to lateral, the IMA was preserved and the mesentery divided. The "
           "rectum was divided at the upper rectum with a stapler; the specimen was exteriorized via a small Pfannenstiel incision. "
           "A circular stapled end-to-end anastomosis was made at the sacral promontory; leak test negative. No diverting stoma."),
    ["44204"], ["44207", "44140", "44145", "44213", "44208"], ["surgery", "digestive", "negation"])

add("vignette", "Small bowel resection",
    "Exploratory laparotomy for a small-bowel obstruction from a closed-loop volvulus. About 40 cm of nonviable jejunum was "
    "resected and a single hand-sewn anastomosis was made. No ostomy.",
    ["44120"], ["44202", "44005", "44125", "44121"], ["surgery", "digestive", "negation"])

add("email", "sleeve",
    email("Hi,", "Lap sleeve gastrectomy, BMI 44, 36Fr bougie, staple line oversewn. No band, no bypass.", "Thx\nDee", None, 2),
    ["43775"], ["43644", "43770", "43659"], ["surgery", "digestive", "negation"])

add("email", "gastric bypass",
    email("Hi coding folks,",
          "Our bariatric surgeon did a laparoscopic Roux-en-Y gastric bypass with a 150 cm Roux limb. The patient had a lap band "
          "removed at another hospital in 2019 (not today).",
          "Thanks,\nOrla\nMetro Bariatric Center (synthetic)", None, 1),
    ["43644"], ["43645", "43775", "43774", "43846"], ["surgery", "digestive", "historical"])

add("terse", "bougie",
    "Esophageal dilation w/ Maloney bougies 46-54 Fr, no scope, no wire, for peptic stricture.",
    ["43450"], ["43453", "43249", "43248", "43235"], ["surgery", "digestive", "negation"])

add("email", "scope today",
    email("Hello,", "GI did a scope with polyp removal this morning. Which code do I use?", "Shay", None, 2),
    [], [], ["surgery", "digestive"], vague=True)

add("terse", "thoracentesis bedside",
    "R thoracentesis at bedside, landmark technique, no US, 900 mL straw fluid removed.",
    ["32554:RT"], ["32555", "76604", "32556", "76942"], ["surgery", "respiratory", "negation"])

add("opnote", "open chole with CBD exploration",
    opnote("Choledocholithiasis; failed ERCP.", "Same.",
           "Open cholecystectomy with common bile duct exploration and T-tube placement.",
           "General.",
           "Chronic cholecystitis; two stones in the CBD.",
           "Right subcostal incision. The gallbladder was removed from the liver bed. A choledochotomy was made and the stones were "
           "extracted with Fogarty catheters and irrigation; choledochoscopy confirmed a clear duct. A T-tube was placed and the "
           "choledochotomy closed around it."),
    ["47610"], ["47600", "47563", "47605", "47612"], ["surgery", "digestive"])

add("vignette", "Perforated appendicitis done laparoscopically",
    "17-year-old with perforated appendicitis and a small periappendiceal abscess. Laparoscopic appendectomy with drainage of the "
    "abscess cavity and irrigation.",
    ["44970"], ["44960", "44950", "49406"], ["surgery", "digestive"])

# =====================================================================
# SURGERY: HERNIA
# =====================================================================

add("vignette", "Both groins repaired laparoscopically",
    "54-year-old man with bilateral reducible inguinal hernias, never repaired before. TEP laparoscopic repair on both sides with "
    "mesh.",
    ["49650:50"], ["49651", "49505", "49591"], ["surgery", "hernia", "bilateral"])

add("terse", "recurrent IH R",
    "Open repair recurrent R inguinal hernia (prior repair 2017), reducible, mesh. Age 63.",
    ["49520:RT"], ["49505", "49521", "49651"], ["surgery", "hernia", "laterality", "historical"])

add("email", "umbilical hernia size",
    email("Good morning,",
          "Open umbilical hernia repair with mesh. First-time hernia. Fascial defect measured 4 cm, reducible, no incarceration.",
          "Cheers,\nBeatriz\nGeneral Surgery Associates (fictional)", None, 3),
    ["49593"], ["49591", "49594", "49595", "49613"], ["surgery", "hernia"])

add("opnote", "incarcerated recurrent incisional",
    opnote("Recurrent incisional hernia, incarcerated.", "Same.",
           "Laparoscopic repair of recurrent incisional hernia with mesh; reduction of incarcerated omentum.",
           "General.",
           "Fascial defect 12 cm in its greatest width (prior open repair 2021); incarcerated omentum requiring reduction; bowel viable.",
           "Entry in the left upper quadrant. Adhesions to the prior mesh were taken down. The incarcerated omentum was reduced. "
           "The defect was measured at 12 cm and closed primarily, then reinforced with intraperitoneal mesh fixed with tacks."),
    ["49618"], ["49617", "49596", "49616", "49615"], ["surgery", "hernia", "historical"])

add("terse", "femoral hernia",
    "Open R femoral hernia repair, initial, reducible, plug.",
    ["49550:RT"], ["49553", "49505", "49555"], ["surgery", "hernia", "laterality"])

add("vignette", "Hernia repair code",
    "Surgeon repaired a ventral hernia with mesh yesterday. What is the CPT code?",
    [], [], ["surgery", "hernia"], vague=True)

# =====================================================================
# SURGERY: URINARY AND GENITAL
# =====================================================================

add("opnote", "ureteroscopy laser no stent",
    opnote("Left distal ureteral stone, 7 mm.", "Same.",
           "Cystoscopy, left ureteroscopy with holmium laser lithotripsy.",
           "General via LMA.",
           "7 mm stone in the distal left ureter; no other stones.",
           "Cystoscopy showed a normal bladder. A safety wire was placed into the left ureter and a semirigid ureteroscope was "
           "advanced to the stone, which was fragmented with the holmium laser into dust and small fragments that were left to pass. "
           "Final ureteroscopy showed no residual fragments larger than 1 mm and no ureteral injury, so no stent was left."),
    ["52353:LT"], ["52356", "52352", "52332", "52000"], ["surgery", "urology", "laterality", "negation"])

add("email", "TURBT",
    email("Hi,", "TURBT, single papillary tumor L lateral wall 3.5 cm, resected to muscle, base fulgurated. No mitomycin instilled.", "Regards,\nOwen P.\nCoding desk, Fairview Clinic (fictional)", None, 3),
    ["52235"], ["52234", "52240", "52224", "51720"], ["surgery", "urology", "negation"])

add("vignette", "Cystoscopy biopsy",
    "Office flexible cystoscopy for microscopic hematuria. A small erythematous patch on the posterior bladder wall was biopsied "
    "with cold cup forceps and the site touched with cautery for hemostasis only. No tumor seen.",
    ["52204"], ["52000", "52224", "52234"], ["surgery", "urology"])

add("terse", "uroflow/PVR",
    "Uroflowmetry (complex, calibrated equipment) + PVR by bladder scanner, urology office, BPH f/u. No E/M today.",
    ["51741", "51798"], ["51736", "76857", "76775"], ["surgery", "urology", "multi"])

add("email", "ESWL",
    email("Hi,",
          "Shock wave lithotripsy on the right kidney for a 9 mm renal pelvis stone, done at the hospital with our urologist. "
          "No stent, no ureteroscopy.",
          "Regards,\nTobias\nCapital Urology (synthetic)",
          "> Your last advice: the bladder biopsy was 52204.", 3),
    ["50590:RT"], ["52353", "52356", "52204", "50080"], ["surgery", "urology", "laterality", "negation", "historical"])

add("vignette", "Hydrocele one side",
    "Excision of a large right-sided tunica vaginalis hydrocele through a scrotal incision in a 66-year-old man. Left side normal.",
    ["55040"], ["55041", "55060", "54520"], ["surgery", "genital", "urology"])

add("terse", "orchiectomy",
    "Simple orchiectomy L, scrotal approach, for chronic testicular pain after failed tx.",
    ["54520:LT"], ["54530", "54522", "55040"], ["surgery", "genital", "laterality"])

add("opnote", "LEEP",
    opnote("HSIL on cervical cytology; CIN 2-3 on biopsy.", "Same.",
           "Colposcopy with loop electrosurgical excision of the transformation zone.",
           "Local paracervical block.",
           "Acetowhite epithelium from 11 to 3 o'clock extending into the canal.",
           "Under colposcopic guidance after acetic acid and Lugol's application, a single loop pass excised the transformation zone. "
           "The base was fulgurated with the ball electrode. No endocervical curettage was performed and no separate cone specimen "
           "was taken."),
    ["57460"], ["57454", "57461", "57522", "57452"], ["surgery", "gyn", "negation"])

add("email", "hysteroscopic ablation",
    email("Hi,", "Hysteroscopy w/ endometrial ablation (thermal balloon under hysteroscopic visualization) for AUB. No polyp, no bx.", "Thanks,\nAnsel\nBilling office (fictional)", None, 0),
    ["58563"], ["58558", "58353", "58555"], ["surgery", "gyn", "negation"])

add("opnote", "TLH large uterus",
    opnote("Symptomatic fibroid uterus.", "Same.",
           "Total laparoscopic hysterectomy with bilateral salpingo-oophorectomy.",
           "General.",
           "Enlarged fibroid uterus; specimen weight 310 g. Normal-appearing adnexa.",
           "Four ports. Both infundibulopelvic ligaments were sealed and divided, the bladder flap was developed, uterine vessels "
           "sealed, and a colpotomy was made. The uterus, cervix, tubes and ovaries were removed vaginally after contained morcellation. "
           "The vaginal cuff was closed laparoscopically."),
    ["58572"], ["58571", "58573", "58570", "58552"], ["surgery", "gyn"])

add("vignette", "Bartholin abscess",
    "In the office, a tender 3 cm left Bartholin gland abscess was incised and drained and a Word catheter was placed. No "
    "marsupialization.",
    ["56420"], ["56440", "10060", "56405"], ["surgery", "gyn", "negation"])

add("email", "implant removal only",
    email("Hello there,",
          "Our NP removed a contraceptive arm implant (non-biodegradable rod) from the left arm. Patient declined a new implant, "
          "so nothing was reinserted.",
          "Thanks,\nJules\nWomen's Health of Pinecrest (fictional)", None, 0),
    ["11982"], ["11983", "11981", "J7307"], ["surgery", "gyn", "negation"])

# =====================================================================
# SURGERY: MATERNITY
# =====================================================================

add("vignette", "Delivery only, covering physician",
    "A covering physician, not part of the practice that provided prenatal care, performed a spontaneous vaginal delivery with "
    "a second-degree laceration repair. She will not provide the postpartum care. Prenatal care was billed by the other group.",
    ["59409"], ["59400", "59410", "59300"], ["surgery", "obstetric"])

add("terse", "VBAC delivery only",
    "VBAC, vaginal delivery only (pt transferred care at 38 wks; prenatal elsewhere, postpartum w/ other group). Prior C/S x1.",
    ["59612"], ["59409", "59610", "59614", "59510"], ["surgery", "obstetric", "historical"])

add("email", "c-section plus postpartum",
    email("Hi,",
          "Dr. Whitford did a repeat cesarean and will do the postpartum visits, but the prenatal care was done by a midwife group "
          "that bills separately. What code covers her part?",
          "Thanks,\nAmara\nOB billing, Cedar Hill Women's Care (synthetic)", None, 1),
    ["59515"], ["59510", "59514", "59618"], ["surgery", "obstetric"])

add("opnote", "D&C missed abortion",
    opnote("Missed abortion at 9 weeks.", "Same.",
           "Suction dilation and curettage for missed abortion, first trimester.",
           "MAC.",
           "Products of conception consistent with 9-week gestation.",
           "The cervix was dilated with Pratt dilators and a 9 mm suction cannula was used to evacuate the uterus, followed by gentle "
           "sharp curettage. Tissue sent to pathology."),
    ["59820"], ["59812", "58120", "59821", "59840"], ["surgery", "obstetric"])

# =====================================================================
# SURGERY: EYE AND EAR/NOSE/THROAT
# =====================================================================

add("email", "LPI",
    email("Hi,", "Laser peripheral iridotomy OS, Nd:YAG, narrow angles. OD not treated today.", "Best,\nMarguerite, CCS\nRevenue cycle (synthetic)", None, 1),
    ["66761:LT"], ["66821", "66762", "65855"], ["surgery", "eye", "laterality", "negation"])

add("vignette", "SLT",
    "Open-angle glaucoma not controlled on drops. Selective laser trabeculoplasty, 360 degrees, right eye, in the office.",
    ["65855:RT"], ["66761", "65850", "66711"], ["surgery", "eye", "laterality"])

add("email", "intravitreal faricimab",
    email("Hi Consultant,",
          "Retina clinic question. Right eye intravitreal injection of faricimab (Vabysmo) 6 mg for wet AMD. Single-dose vial, no "
          "waste. The left eye was injected last month with aflibercept and is not being treated today.",
          "Best,\nNadia Korhonen\nRetina Associates billing (fictional)", None, 2),
    ["67028:RT", "J2777x60:JZ"], ["J0178", "66030", "J2778"], ["surgery", "eye", "hcpcs_drug", "units", "laterality", "historical"])

add("opnote", "pterygium",
    opnote("Pterygium, left eye, nasal.", "Same.",
           "Excision of pterygium, left eye, without graft.",
           "Topical and subconjunctival lidocaine.",
           "Nasal pterygium extending 3 mm onto the cornea.",
           "The head of the pterygium was avulsed from the cornea and the body was excised. The bare sclera was left exposed and "
           "the corneal surface smoothed. No conjunctival autograft or amniotic membrane was used."),
    ["65420:LT"], ["65426", "65435", "68110"], ["surgery", "eye", "laterality", "negation"])

add("terse", "corneal FB",
    "Metallic FB R cornea removed at slit lamp w/ 25g needle, rust ring burred. Not embedded deeply.",
    ["65222:RT"], ["65220", "65235", "99213"], ["surgery", "eye", "laterality"])

add("terse", "tube R ear",
    "R myringotomy w/ PE tube insertion, local/topical in office, adult. L ear not done.",
    ["69433:RT"], ["69436", "69420", "69421"], ["surgery", "ent", "laterality", "negation"])

add("vignette", "Ear lavage one side",
    "A nurse irrigated impacted cerumen from the patient's left ear with a lavage system under physician supervision; the "
    "right ear had only a small amount of wax and was not treated. No instrument removal.",
    ["69209:LT"], ["69210", "69200"], ["surgery", "ent", "laterality", "negation"])

add("vignette", "Bead in the ear",
    "A 6-year-old pushed a plastic bead into the left ear canal. It was removed in the clinic with a right-angle hook, no "
    "sedation or general anesthesia.",
    ["69200:LT"], ["69205", "69210", "30300"], ["surgery", "ent", "laterality"])

add("opnote", "bilateral maxillary antrostomy",
    opnote("Chronic maxillary sinusitis, bilateral.", "Same.",
           "Bilateral endoscopic maxillary antrostomy with removal of tissue from the maxillary sinus.",
           "General.",
           "Polypoid mucosa and thick mucin in both maxillary sinuses. Ethmoids and frontals clear.",
           "Using 0- and 30-degree endoscopes, the uncinate process was removed on each side and the natural ostium was widened. "
           "Polypoid tissue was removed from within each maxillary sinus with through-cutting instruments. No ethmoidectomy, no "
           "septoplasty."),
    ["31267:50"], ["31256", "31254", "31255", "30520", "31231"], ["surgery", "ent", "bilateral", "negation"])

add("vignette", "Adenoids only",
    "A 5-year-old with obstructive symptoms and recurrent otitis had an adenoidectomy; the tonsils were small and left in place. "
    "First adenoid surgery.",
    ["42830"], ["42820", "42835", "42825"], ["surgery", "ent", "negation"])

# =====================================================================
# SURGERY: NERVE AND SPINE INJECTIONS
# =====================================================================

add("opnote", "cervical ILESI",
    "PROCEDURE NOTE\nPROCEDURE: C7-T1 interlaminar ESI under fluoro, contrast confirmed epidural spread, 80 mg triamcinolone (MDV).\nCOMPLICATIONS: none.",
    ["62321", "J3301x8"], ["62320", "62323", "77003", "64479"], ["surgery", "nervous", "hcpcs_drug", "units", "bundling"])

add("opnote", "cervical RFA right two joints",
    opnote("Right-sided cervical facet pain, positive dual medial branch blocks.", "Same.",
           "Radiofrequency ablation of right C4-5 and C5-6 facet joints (medial branch nerves) under fluoroscopy.",
           "Local with light oral anxiolysis.",
           "Good sensory and motor testing at each lesion site.",
           "Patient prone. Under fluoroscopic guidance, RF cannulas were placed at the articular pillars to denervate the medial "
           "branches supplying the right C4-5 and C5-6 facet joints. After sensory and motor testing, thermal lesions were made at "
           "80 degrees for 90 seconds at each site. Left side not treated."),
    ["64633:RT", "64634:RT"], ["64635", "64636", "64490", "77003"], ["surgery", "nervous", "laterality", "addon"])

add("vignette", "Genicular block",
    "Diagnostic genicular nerve block of the left knee: the superomedial, superolateral and inferomedial genicular nerves were "
    "injected with bupivacaine under ultrasound guidance, as a prelude to possible radiofrequency ablation.",
    ["64454:LT"], ["64624", "20611", "76942", "64450"], ["surgery", "nervous", "laterality", "bundling"])

add("terse", "SI inj",
    "L SI joint injection under fluoro w/ arthrogram, bupivacaine + dexamethasone. R side not done.",
    ["27096:LT"], ["77003", "64451", "20610", "G0260"], ["surgery", "nervous", "musculoskeletal", "laterality", "bundling"])

add("email", "SCS trial",
    email("Hi there,",
          "Pain physician placed two percutaneous spinal cord stimulator trial leads (8-contact each) through a T12-L1 epidural "
          "approach under fluoroscopy. External trial generator; no implanted pulse generator, no paddle lead.",
          "Thanks much,\nDevon Marsh\nRidgeview Pain Institute (fictional)", None, 3),
    ["63650x2"], ["63655", "63685", "63688", "77003"], ["surgery", "nervous", "units", "negation"])

add("email", "nerve block code",
    email("Hello,", "Dr. Patel did a nerve block under fluoroscopy today for pain. Which CPT do we use?",
          "Thanks,\nGina\nPain clinic front office (fictional)", None, 2),
    [], [], ["surgery", "nervous"], vague=True)

# =====================================================================
# SURGERY: CARDIOVASCULAR
# =====================================================================

add("opnote", "PTCA LCx",
    "PROCEDURE NOTE\nPROCEDURE: Balloon angioplasty only of mid circumflex, no stent (small vessel). Cath/diagnostic done yesterday, billed separately.\nCOMPLICATIONS: none.",
    ["92920:LC"], ["92928", "93458", "92937"], ["surgery", "cardiovascular", "modifier", "negation"])

add("vignette", "Right heart cath alone",
    "Pulmonary hypertension workup: the cardiologist performed a right heart catheterization via the right internal jugular "
    "vein with measurements of pressures and thermodilution cardiac output. No left heart cath, no coronary angiography.",
    ["93451"], ["93460", "93456", "93458", "93453"], ["surgery", "cardiovascular", "negation"])

add("opnote", "pacemaker generator change",
    opnote("Dual-chamber pacemaker at elective replacement indicator.", "Same.",
           "Removal and replacement of dual-chamber pacemaker pulse generator.",
           "Local with moderate sedation by a separate anesthesia provider.",
           "Both existing leads with normal thresholds and impedances.",
           "The old pocket was opened, the generator removed and the leads disconnected and tested. The leads were connected to a new "
           "dual-chamber generator, which was placed in the existing pocket. No new leads were placed and no pocket revision was "
           "needed."),
    ["33228"], ["33208", "33233", "33227", "33222"], ["surgery", "cardiovascular", "negation"])

add("opnote", "ILR",
    "PROCEDURE NOTE\nPROCEDURE: Insertable cardiac monitor implant, L parasternal, for cryptogenic stroke. No removal of prior device.\nCOMPLICATIONS: none.",
    ["33285"], ["33286", "93285", "93291"], ["surgery", "cardiovascular", "negation"])

add("opnote", "EVLA right leg",
    opnote("Symptomatic venous insufficiency, right great and small saphenous veins.", "Same.",
           "Endovenous laser ablation of the right great saphenous vein and right small saphenous vein.",
           "Tumescent local.",
           "Reflux > 1 second in the right GSV and SSV on duplex.",
           "Under ultrasound guidance the right GSV was accessed at the knee and the laser fiber positioned 2 cm below the "
           "saphenofemoral junction; tumescent anesthesia was infiltrated and the vein ablated. The SSV was then accessed at mid-calf "
           "through a separate access and ablated in the same fashion. No phlebectomy."),
    ["36478:RT", "36479:RT"], ["36475", "36476", "37765", "76937", "93971"], ["surgery", "cardiovascular", "laterality", "addon", "bundling"])

add("email", "PICC with imaging",
    email("Hello!",
          "Our vascular access NP placed a PICC in the right basilic vein on a 58-year-old inpatient, using ultrasound to access the "
          "vein (image saved) and fluoroscopy to confirm the tip at the cavoatrial junction. No port.",
          "Regards,\nSandy\nHospitalist group billing (synthetic)", None, 1),
    ["36573"], ["36569", "76937", "77001", "36571"], ["surgery", "cardiovascular", "bundling"])

# =====================================================================
# ANESTHESIA (time reported in minutes on the claim; units omitted)
# =====================================================================

add("vignette", "Anesthesia for ERCP",
    "Anesthesiologist personally performed general anesthesia for an ERCP with sphincterotomy and stone extraction. ASA 3. "
    "Start 13:05, end 14:02.",
    ["00732x?:AA"], ["00731", "00790", "43264"], ["anesthesia"])

add("terse", "anes lap appy CRNA",
    "Anes: lap appendectomy, GETA, CRNA solo (no MD medical direction). 48 min.",
    ["00840x?:QZ"], ["00790", "44970", "00800"], ["anesthesia", "modifier"])

add("email", "TURBT anesthesia, medical direction",
    email("Hi team,",
          "Anesthesiologist claim question: Dr. Sato was medically directing three CRNAs in concurrent rooms, one of which was a "
          "transurethral resection of a bladder tumor under general anesthesia. We're billing Dr. Sato's portion only.",
          "Thanks,\nGwen\nAnesthesia Partners billing (fictional)", None, 0),
    ["00912x?:QK"], ["00910", "00914", "52235"], ["anesthesia", "modifier"])

add("vignette", "CRNA for vaginal hysterectomy",
    "Billing the CRNA's claim: general anesthesia for a vaginal hysterectomy, CRNA medically directed by an anesthesiologist "
    "who was covering two rooms.",
    ["00944x?:QX"], ["00840", "00846", "58260"], ["anesthesia", "modifier"])

add("opnote", "Anesthesia record shoulder scope",
    "ANESTHESIA RECORD\nPROCEDURE: Right shoulder arthroscopic rotator cuff repair with subacromial decompression.\n"
    "PROVIDER: anesthesiologist personally performed (no CRNA, no resident).\nTECHNIQUE: General endotracheal plus "
    "interscalene block for postoperative analgesia (block billed separately, not part of this question).\nASA: 2.\n"
    "TIME: 08:12-10:31.\nQUESTION: anesthesia code and modifier?",
    ["01630x?:AA"], ["01622", "01638", "29827", "64415"], ["anesthesia"])

add("terse", "anes ankle ORIF",
    "Anes ORIF bimalleolar ankle fx. Anesthesiologist med directing 1 CRNA. Bill MD portion. GA + LMA.",
    ["01480x?:QY"], ["01462", "01470", "27814"], ["anesthesia", "modifier"])

add("vignette", "Anesthesia for ear tubes",
    "A 2-year-old had bilateral myringotomy with tube insertion under mask general anesthesia, personally performed by the "
    "anesthesiologist.",
    ["00126x?:AA"], ["00120", "69436", "00170"], ["anesthesia"])

add("opnote", "Anesthesia record thyroidectomy",
    "ANESTHESIA RECORD\nPROCEDURE: Total thyroidectomy for multinodular goiter.\nPATIENT: 47-year-old.\n"
    "ANESTHESIA: General endotracheal with nerve integrity monitoring tube; anesthesiologist personally performed.\n"
    "START/END: 07:30/09:48.\nQUESTION: base code and modifier.",
    ["00320x?:AA"], ["00322", "60240", "00300"], ["anesthesia"])

add("terse", "anes CTR MAC",
    "MAC for open carpal tunnel release L, anesthesiologist personally performing. Propofol infusion, local by surgeon.",
    ["01810x?:AA,QS"], ["01830", "64721", "00400"], ["anesthesia", "modifier"])

add("email", "CABG anesthesia",
    email("Good morning,",
          "Cardiac anesthesia case: CABG x3 on cardiopulmonary bypass. The anesthesiologist personally performed the anesthetic and "
          "also placed a radial arterial line and a right IJ central line (those we'll code separately; just need the anesthesia "
          "line for now).",
          "Best,\nPriscilla\nCardiac Anesthesia Group (synthetic)", None, 1),
    ["00567x?:AA"], ["00566", "00562", "33533"], ["anesthesia"])

add("vignette", "Lumpectomy anesthesia",
    "General anesthesia via LMA for a left breast lumpectomy (partial mastectomy) without lymph node surgery. The CRNA worked "
    "alone without an anesthesiologist's medical direction.",
    ["00400x?:QZ"], ["00402", "00404", "19301"], ["anesthesia", "modifier"])

add("email", "anes TURP",
    email("Hi,", "Spinal anesthesia for TURP, anesthesiologist personally. 70 min.", "Thx\nDee", None, 2),
    ["00914x?:AA"], ["00912", "00910", "52601"], ["anesthesia"])

add("vignette", "Labor epidural then cesarean",
    "The anesthesiologist placed a labor epidural for a planned vaginal delivery and personally managed it. After 9 hours the "
    "patient had arrest of descent and the epidural was dosed up for an urgent cesarean delivery, also personally performed.",
    ["01967x?:AA", "01968x?:AA"], ["01961", "01969", "62326"], ["anesthesia", "obstetric", "addon"])

add("opnote", "Anesthesia record laminectomy",
    "ANESTHESIA RECORD\nPROCEDURE: L4-5 decompressive laminectomy, no fusion or instrumentation.\nPOSITION: prone.\n"
    "PROVIDER: anesthesiologist personally performed.\nASA 3. TIME 11:14-13:20.\nQUESTION: anesthesia code and modifier.",
    ["00630x?:AA"], ["00670", "00620", "63047"], ["anesthesia", "negation"])

add("terse", "anes vitrectomy MAC",
    "MAC for pars plana vitrectomy/membrane peel R eye, anesthesiologist personally performed.",
    ["00145x?:AA,QS"], ["00142", "00140", "67041"], ["anesthesia", "modifier"])

add("email", "hip anesthesia",
    email("Hi,", "Need the anesthesia code for Dr. Kowalski's hip case yesterday please.", "Thanks, Rae", None, 2),
    [], [], ["anesthesia"], vague=True)

# =====================================================================
# EVALUATION AND MANAGEMENT
# =====================================================================

add("vignette", "New patient, moderate MDM",
    "A 49-year-old new patient presents with three weeks of exertional chest tightness. The physician orders a stress test "
    "and lipid panel, reviews outside ECGs, and starts a prescription beta-blocker. MDM documented as moderate.",
    ["99204"], ["99214", "99203", "99205"], ["em"])

add("terse", "est pt time",
    "Est pt f/u DM2 + HTN. Total time on DOS 35 min (chart review, visit, documentation). Bill by time.",
    ["99214"], ["99213", "99215", "G2212"], ["em", "time"])

add("email", "long visit prolonged",
    email("Hello,",
          "Established Medicare patient with multiple problems. The physician documented 86 minutes of total time on the date of the "
          "visit (face-to-face plus record review and care coordination), all on the same day. Level chosen by time. What do we "
          "report?",
          "Thank you,\nEsme\nPrimary Care Partners (fictional)", None, 3),
    ["99215", "G2212x2"], ["99417", "99205", "99358"], ["em", "time", "units"])

add("terse", "new pt lvl",
    "New pt visit today, what level do we bill? Note not signed yet.",
    [], [], ["em"], vague=True)

add("vignette", "Quick recheck",
    "Established patient returns to recheck a resolving contact dermatitis; no new data and no prescription changes. Straightforward "
    "MDM; total time 12 minutes.",
    ["99212"], ["99211", "99213"], ["em"])

add("vignette", "New patient physical with a problem",
    "Commercial plan. A 35-year-old new patient comes for a comprehensive preventive exam. During the visit she also reports two "
    "months of heartburn; the physician evaluates it separately, documents a separate note and prescribes a PPI (low MDM).",
    ["99385", "99203:25"], ["99395", "99213", "99386"], ["em", "preventive", "modifier"])

add("terse", "initial AWV",
    "Medicare pt, first-ever AWV (IPPE done 2 yrs ago). HRA, PPPS written. No problem-oriented E/M.",
    ["G0438"], ["G0439", "G0402", "99397"], ["em", "preventive", "hcpcs", "historical"])

add("vignette", "Admission low complexity",
    "Hospitalist admits a patient to inpatient status for IV antibiotics for cellulitis that failed outpatient treatment. MDM "
    "documented as low. Initial hospital care by time was not documented.",
    ["99221"], ["99222", "99223", "99231"], ["em"])

add("terse", "hosp f/u",
    "Subsequent hospital visit, stable, improving pneumonia, no changes. MDM straightforward.",
    ["99231"], ["99232", "99221"], ["em"])

add("email", "discharge time",
    email("Hi coding,",
          "Hospitalist discharge day: she spent 25 minutes total on discharge (exam, meds reconciliation, instructions, summary). "
          "Which discharge code?",
          "Regards,\nLiam\nInpatient coding (synthetic)", None, 0),
    ["99238"], ["99239", "99232"], ["em", "time"])

add("vignette", "Observation in and out same day",
    "Patient placed in observation at 08:00 for chest pain rule-out, serial troponins negative, discharged home the same day at "
    "18:00 by the same physician. MDM low.",
    ["99234"], ["99235", "99236", "99238", "99221"], ["em"])

add("terse", "ED lvl",
    "ED visit, minor ankle sprain, no imaging (Ottawa neg), RICE. MDM straightforward.",
    ["99282"], ["99281", "99283", "73610"], ["em", "negation"])

add("opnote", "critical care note",
    "CRITICAL CARE NOTE\nDIAGNOSIS: Septic shock from pyelonephritis.\n"
    "SERVICES: Titration of norepinephrine, fluid resuscitation decisions, review of lactate and cultures, discussion with "
    "nephrology.\nCRITICAL CARE TIME: 60 minutes, exclusive of separately billable procedures and teaching.\n"
    "PROCEDURES: none by me.\nQUESTION: codes for the physician's critical care?",
    ["99291"], ["99292", "99223", "99285"], ["em", "critical_care", "time"])

add("vignette", "Decision for surgery",
    "Established patient seen in the surgeon's office for worsening symptomatic gallstones; moderate MDM. The surgeon decides on "
    "a laparoscopic cholecystectomy, which is scheduled for the next morning.",
    ["99214:57"], ["47562", "99024"], ["em", "modifier"])

add("email", "visit plus AK destruction",
    email("Good afternoon,",
          "Established patient seen for diabetes and hypertension follow-up (moderate MDM, separate documentation). While there, "
          "the doctor also froze 3 actinic keratoses on the scalp with liquid nitrogen.",
          "Thanks,\nMaribel\nFamily Medicine of Elmwood (fictional)", None, 2),
    ["99214:25", "17000", "17003x2"], ["17004", "17110", "99213"], ["em", "modifier", "units", "addon"])

add("terse", "post-op check",
    "Wound check POD 8 after lap chole (90-day global). No problems.",
    ["99024"], ["99212", "99213"], ["em"])

add("vignette", "Unrelated problem during global",
    "Three weeks after a right total knee arthroplasty, the patient sees the same orthopedic surgeon about new left shoulder "
    "pain unrelated to the surgery. Low MDM. The knee is not addressed.",
    ["99213:24"], ["99024", "99212"], ["em", "modifier"])

add("email", "NF f/u",
    email("Hi,", "SNF subsequent visit, UTI improving on abx, low MDM.", "Regards,\nOwen P.\nCoding desk, Fairview Clinic (fictional)", None, 3),
    ["99308"], ["99309", "99307", "99232"], ["em"])

add("vignette", "Home visit",
    "Established homebound patient seen at her home by her physician for worsening heart failure; diuretic dose adjusted. MDM "
    "moderate.",
    ["99349"], ["99350", "99348", "99214"], ["em"])

add("email", "TCM moderate",
    email("Hello,",
          "Patient discharged from the hospital on the 3rd; our nurse called on the 5th (2 business days). Face-to-face visit on day "
          "10, moderate MDM, meds reconciled. No other E/M billed for the visit.",
          "Cheers,\nKai\nNorthgate Internal Medicine (synthetic)", None, 3),
    ["99495"], ["99496", "99214"], ["em"])

add("vignette", "AWV with advance care planning",
    "Medicare subsequent annual wellness visit. At the same visit the physician spent 20 minutes with the patient on advance "
    "care planning and completed an advance directive, voluntary, no separate problem addressed.",
    ["G0439", "99497:33"], ["G0438", "99498", "99215"], ["em", "preventive", "modifier"])

add("email", "consult request Medicare",
    email("Hi team,",
          "Our endocrinologist saw a Medicare patient at the request of the PCP for thyroid nodules. First time anyone in our "
          "group has seen her. MDM moderate. The PCP wants a written report back.",
          "Thanks!\nLena\nEndocrine Associates (fictional)", None, 1),
    ["99204"], ["99244", "99243", "99214"], ["em"])

add("terse", "CCM",
    "CCM, 2+ chronic conditions, care plan in place. Clinical staff time this calendar month: 45 min. No complex CCM.",
    ["99490", "99439"], ["99487", "99491", "99489"], ["em", "time", "addon"])

add("vignette", "Normal newborn",
    "Pediatrician's first hospital exam of a healthy term newborn in the nursery on the day of birth; the baby stays two "
    "more days.",
    ["99460"], ["99463", "99462", "99221"], ["em"])

add("terse", "well baby",
    "Well-child check, established 6-mo-old. No vaccines today (catch-up next visit).",
    ["99391"], ["99381", "99392", "90460"], ["em", "preventive", "negation"])

add("vignette", "High complexity follow-up",
    "Established patient with metastatic lung cancer seen for new confusion and hypercalcemia on labs; the physician decides on "
    "direct hospital admission. MDM high.",
    ["99215"], ["99214", "99223", "99205"], ["em"])

add("vignette", "Subsequent hospital high",
    "Hospital day 3 visit: patient with acute kidney injury progressing despite treatment, started on emergent dialysis "
    "discussion; MDM high.",
    ["99233"], ["99232", "99223"], ["em"])

add("terse", "new to specialty",
    "Pt seen by our cardiology for 1st time; seen by our group's FP 6 mo ago (different specialty). MDM low.",
    ["99203"], ["99213", "99204"], ["em"])

add("email", "follow-up visit",
    email("Hi,", "How should we bill a follow-up visit the doctor did today?", "Thanks, Pam", None, 1),
    [], [], ["em"], vague=True)

add("terse", "office visit",
    "Office visit, est pt. Code?",
    [], [], ["em"], vague=True)

# =====================================================================
# RADIOLOGY
# =====================================================================

add("terse", "CT chest",
    "CT chest w/o contrast, f/u 6 mm pulmonary nodule.",
    ["71250"], ["71260", "71270", "71271"], ["radiology"])

add("vignette", "CT abdomen only",
    "Post-op check for a suspected subphrenic collection: CT of the abdomen only (pelvis not imaged) with IV contrast.",
    ["74160"], ["74177", "74150", "74170", "72193"], ["radiology", "negation"])

add("opnote", "MRI c-spine report",
    "RADIOLOGY REPORT\nEXAM: MRI cervical spine without contrast.\nCLINICAL: Neck pain with left arm paresthesias.\n"
    "TECHNIQUE: Sagittal T1, T2, STIR; axial T2 and gradient echo. No gadolinium administered.\n"
    "FINDINGS: C5-6 left foraminal disc osteophyte complex.\nIMPRESSION: Moderate left C5-6 foraminal stenosis.",
    ["72141"], ["72156", "72142", "72148"], ["radiology", "negation"])

add("vignette", "Shoulder MRI",
    "MRI of the right shoulder without contrast for suspected rotator cuff tear; no arthrogram injection.",
    ["73221:RT"], ["73222", "73223", "73218", "23350"], ["radiology", "laterality", "negation"])

add("terse", "CXR 3v",
    "CXR PA, lateral + apical lordotic (3 views).",
    ["71047"], ["71046", "71048", "71045"], ["radiology"])

add("terse", "L foot xr",
    "XR L foot 3 views (AP/obl/lat), 5th MT base fx.",
    ["73630:LT"], ["73620", "73610", "73650"], ["radiology", "laterality"])

add("email", "hand x-ray",
    email("Hey,",
          "Urgent care did a right hand x-ray, two views (PA and lateral), after a punch injury. We own the machine and the doc read it.",
          "Thanks,\nJordy\nQuickCare (fictional)", None, 2),
    ["73120:RT"], ["73130", "73110", "73140"], ["radiology", "laterality"])

add("vignette", "Diagnostic mammogram both sides with tomo",
    "Medicare patient recalled for a palpable lump in the right breast and nipple discharge on the left: diagnostic "
    "mammography of both breasts with digital breast tomosynthesis, global billing.",
    ["77066", "G0279"], ["77065", "77067", "77063", "77062"], ["radiology", "hcpcs"])

add("terse", "thyroid US",
    "US soft tissues of neck / thyroid, complete, nodules f/u.",
    ["76536"], ["76604", "76942", "10005"], ["radiology"])

add("opnote", "OB ultrasound second trimester",
    "ULTRASOUND REPORT\nEXAM: Obstetric ultrasound, transabdominal, single fetus.\nGESTATIONAL AGE: 20 weeks 3 days by LMP.\n"
    "FINDINGS: Fetal biometry, amniotic fluid, placental location and a standard fetal survey; no detailed anatomic (level II) "
    "study was performed.\nIMPRESSION: Appropriate growth.",
    ["76805"], ["76801", "76811", "76815", "76817"], ["radiology", "obstetric", "negation"])

add("vignette", "Targeted breast ultrasound",
    "Targeted ultrasound of the left breast at 2 o'clock to evaluate a mammographic asymmetry; a single quadrant was examined.",
    ["76642:LT"], ["76641", "77065"], ["radiology", "laterality"])

add("email", "CT L-spine read only",
    email("Hello,",
          "Our radiologist read a CT of the lumbar spine without contrast performed at the hospital. Hospital bills the technical "
          "part. Last week's MRI brain read went out as 70553-26, thanks for that.",
          "Best,\nRadiology Reading Group billing (fictional)", None, 0),
    ["72131:26"], ["72132", "72148", "70553"], ["radiology", "modifier", "historical"])

add("terse", "MBS",
    "Modified barium swallow w/ video fluoro, radiologist + SLP; radiologist side only please. SLP bills own code.",
    ["74230"], ["74220", "92611", "74210"], ["radiology"])

add("opnote", "bone scan",
    "NUCLEAR MEDICINE REPORT\nEXAM: Whole body bone scan (anterior and posterior whole body planar images) after Tc-99m MDP.\n"
    "INDICATION: Prostate cancer staging.\nNo SPECT acquired.\nIMPRESSION: No osseous metastatic disease.",
    ["78306"], ["78300", "78305", "78803", "78830"], ["radiology", "negation"])

add("vignette", "PET/CT staging",
    "FDG PET/CT for initial staging of lung cancer, imaged from the skull base to mid-thigh.",
    ["78815"], ["78816", "78814", "78812"], ["radiology"])

add("terse", "CTA head",
    "CTA head w/ contrast incl post-processing, r/o aneurysm. Neck not imaged.",
    ["70496"], ["70498", "70470", "70460"], ["radiology", "negation"])

add("vignette", "Scrotal ultrasound",
    "Ultrasound of the scrotum and contents for a painful left testicle; color Doppler used to assess flow.",
    ["76870"], ["93975", "93976", "76856"], ["radiology"])

add("terse", "knee 4v",
    "XR L knee 4 views (AP, lat, sunrise, tunnel).",
    ["73564:LT"], ["73562", "73565", "73560"], ["radiology", "laterality"])

add("vignette", "Sinus CT",
    "CT of the maxillofacial area (paranasal sinuses) without contrast for chronic sinusitis surgical planning.",
    ["70486"], ["70487", "70450", "70488"], ["radiology"])

add("terse", "xray",
    "Leg xray done, code please.",
    [], [], ["radiology"], vague=True)

# =====================================================================
# LABORATORY AND PATHOLOGY
# =====================================================================

add("terse", "lytes",
    "Electrolyte panel (Na, K, Cl, CO2) in-house analyzer.",
    ["80051"], ["84295", "84132", "82435", "82374", "80048"], ["lab"])

add("vignette", "CMP ordered plus one test already in it",
    "The office lab ran a comprehensive metabolic panel. The order also separately listed albumin and glucose, which are "
    "already part of the panel; nothing else was run.",
    ["80053"], ["82040", "82947", "80048", "80076"], ["lab", "bundling"])

add("terse", "thyroid labs",
    "TSH + free T4 drawn and run in office lab. Venipuncture by MA.",
    ["84443", "84439", "36415"], ["84436", "84479"], ["lab", "multi"])

add("vignette", "PSA for symptoms",
    "Medicare patient with new urinary retention and an abnormal digital rectal exam: total PSA ordered for diagnosis, not "
    "screening. Run in the practice's lab.",
    ["84153"], ["G0103", "84154", "84152"], ["lab"])

add("email", "screening FIT",
    email("Hi,",
          "Medicare beneficiary, average risk, had an annual screening fecal immunochemical test (one specimen) that our lab "
          "processed.",
          "Thanks,\nInez\nLab billing, Harbor Clinic (fictional)", None, 3),
    ["G0328"], ["82274", "82270", "81528"], ["lab", "hcpcs"])

add("vignette", "GTT four specimens",
    "Pregnant patient failed the 1-hour screen, so a 3-hour oral glucose tolerance test was done: fasting, 1-, 2- and 3-hour "
    "draws (4 specimens) run in the practice's lab.",
    ["82951", "82952"], ["82950", "82947"], ["lab", "units", "addon"])

add("opnote", "skin path three specimens",
    "SURGICAL PATHOLOGY REPORT\nSPECIMENS: (A) shave biopsy, left cheek; (B) punch biopsy, right forearm; (C) shave biopsy, "
    "upper back. Each received in a separate, separately identified container.\nDIAGNOSES: (A) basal cell carcinoma; (B) "
    "lichenoid keratosis; (C) seborrheic keratosis.\nBilling pathologist's professional and technical service (global).",
    ["88305x3"], ["88304", "88312"], ["lab", "units"])

add("terse", "GB path",
    "Surg path: gallbladder, cholecystectomy, chronic cholecystitis w/ cholelithiasis. Gross + micro.",
    ["88304"], ["88305", "88307"], ["lab"])

add("vignette", "Urine culture with ID",
    "Urine culture with colony count grew >100,000 CFU/mL of one organism, which the lab then identified with a presumptive "
    "identification method. No susceptibility testing ordered.",
    ["87086", "87088"], ["87186", "87184", "87081"], ["lab", "multi", "negation"])

add("terse", "BNP",
    "BNP (not NT-proBNP), ED dyspnea workup, hospital lab draws.",
    ["83880"], ["84484", "82553"], ["lab"])

add("vignette", "Rapid RSV test",
    "Infant with bronchiolitis: rapid RSV antigen test by immunoassay with direct optical observation, run in the clinic under "
    "a CLIA certificate of waiver, Medicare-style claim rules.",
    ["87807:QW"], ["87634", "87804"], ["lab", "modifier"])

add("email", "lipids and A1c",
    email("Hello,",
          "Our phlebotomist drew blood and our in-house lab (moderate complexity, not waived) ran a lipid panel and a hemoglobin A1c.",
          "Thank you,\nRosa\nLakeview Family Practice (synthetic)", None, 1),
    ["36415", "80061", "83036"], ["82465", "83718", "84478", "83037"], ["lab", "multi"])

add("opnote", "frozen sections",
    "SURGICAL PATHOLOGY - INTRAOPERATIVE CONSULTATION\nSPECIMEN: Right breast lumpectomy, single specimen.\n"
    "Frozen sections: two tissue blocks from the same specimen examined (first block and one additional block).\n"
    "FINAL: Invasive ductal carcinoma, margins negative.\nQUESTION: intraoperative consultation codes (the permanent "
    "sections will be coded separately).",
    ["88331", "88332"], ["88329", "88333"], ["lab", "addon"])

add("email", "blood work",
    email("Hi,", "We drew some blood work today for a patient. What do we bill?", "Thanks, Ty", None, 0),
    [], [], ["lab"], vague=True)

# =====================================================================
# MEDICINE AND HCPCS DRUGS
# =====================================================================

add("vignette", "Adjuvanted flu shot Medicare",
    "A 72-year-old Medicare patient received the adjuvanted trivalent inactivated influenza vaccine (Fluad, 0.5 mL IM) from the "
    "nurse. No other services.",
    ["90653", "G0008"], ["90471", "90662", "90656"], ["medicine", "vaccine", "hcpcs"])

add("terse", "PCV21 Medicare",
    "Medicare pt, pneumococcal conjugate 21-valent (Capvaxive) 0.5 mL IM given by MA.",
    ["90684", "G0009"], ["90677", "90471", "90732"], ["medicine", "vaccine", "hcpcs"])

add("vignette", "Hep B two-dose series",
    "Medicare patient with diabetes received dose 1 of the 2-dose adjuvanted hepatitis B vaccine (Heplisav-B) IM in the office.",
    ["90739", "G0010"], ["90746", "90471", "90759"], ["medicine", "vaccine", "hcpcs"])

add("email", "kindergarten shots with counseling",
    email("Hi!",
          "4-year-old at her well visit (already coded) also got Kinrix (DTaP-IPV) and a catch-up pediatric hep A dose. "
          "Dr. Osei counseled mom on both vaccines. No other vaccines.",
          "Thanks so much,\nBrynn\nLittle Sprouts Pediatrics (fictional)", None, 2),
    ["90696", "90633", "90460x2", "90461x3"], ["90471", "90472", "90700", "90713", "90632"], ["medicine", "vaccine", "units", "addon"])

add("terse", "HPV adult",
    "Commercial. 22 yo, HPV 9-valent dose 2 IM, nurse admin, no counseling codes (adult).",
    ["90651", "90471"], ["90460", "90649"], ["medicine", "vaccine"])

add("vignette", "Depo shot",
    "Commercial plan. Established patient seen only for her scheduled contraceptive injection: medroxyprogesterone acetate "
    "150 mg IM given by the nurse from a single-dose 150 mg/mL vial, nothing discarded.",
    ["96372", "J1050x150:JZ"], ["99211", "J3490", "99212"], ["medicine", "hcpcs_drug", "units"])

add("opnote", "infusion record pembrolizumab",
    "INFUSION RECORD (office oncology)\nDRUG: Pembrolizumab 200 mg IV, two 100 mg single-dose vials, nothing discarded.\n"
    "START 10:05  STOP 10:37 (32 minutes).\nPRE-MEDS: none.\nHYDRATION: none.\nQUESTION: administration and drug codes.",
    ["96413", "J9271x200:JZ"], ["96365", "96409", "96415"], ["medicine", "infusion", "hcpcs_drug", "units"])

add("vignette", "IV antibiotic then antiemetic push",
    "In the office, ceftriaxone 2 g was infused IV over 30 minutes (single-dose vials, nothing wasted). Through the same line, "
    "ondansetron 4 mg from a 2 mL single-dose vial was then given as an IV push for nausea.",
    ["96365", "96375", "J0696x8:JZ", "J2405x4:JZ"], ["96374", "96366", "96372"], ["medicine", "infusion", "hcpcs_drug", "units", "multi"])

add("terse", "Feraheme",
    "Ferumoxytol 510 mg IV over 20 min, non-ESRD IDA, office. SDV, no waste.",
    ["96365", "Q0138x510:JZ"], ["96374", "Q0139", "J1439"], ["medicine", "infusion", "hcpcs_drug", "units"])

add("vignette", "Med management plus therapy",
    "Psychiatrist sees an established patient for medication management of bipolar disorder (moderate MDM, lithium level "
    "reviewed and dose adjusted), then provides 40 minutes of psychotherapy, with the time documented separately from the E/M.",
    ["99214", "90836"], ["90834", "90838", "90833"], ["medicine", "behavioral", "em", "addon", "time"])

add("email", "crisis session",
    email("Hello,",
          "Our psychologist provided crisis psychotherapy to a patient in acute distress: 95 minutes total, face to face, urgent "
          "assessment and safety planning. What's the right combination?",
          "Thanks,\nIlse\nBehavioral Health Collaborative (synthetic)", None, 3),
    ["90839", "90840"], ["90837", "90791", "99417"], ["medicine", "behavioral", "time", "addon"])

add("terse", "psych eval w/ med",
    "Psychiatric diagnostic eval w/ medical services (psychiatrist, med hx, starts SSRI). New pt.",
    ["90792"], ["90791", "99204"], ["medicine", "behavioral"])

add("vignette", "Family therapy",
    "Licensed therapist spent 50 minutes in family psychotherapy with the adolescent patient and both parents present.",
    ["90847"], ["90846", "90837", "90834"], ["medicine", "behavioral"])

add("opnote", "stress echo report",
    "STRESS ECHOCARDIOGRAPHY REPORT\nPROTOCOL: Treadmill exercise, Bruce. Rest and peak stress 2D images obtained.\n"
    "The cardiologist supervised the exercise, interpreted the ECG portion and interpreted the echo images; study performed "
    "in the practice's own lab (global).\nRESULT: No inducible wall-motion abnormality.",
    ["93351"], ["93350", "93015", "93306", "93016"], ["medicine", "cardiovascular", "bundling"])

add("terse", "ABI",
    "ABIs bilat, ankle/brachial Doppler pressures at 1 level only, no PVR/waveforms at other levels. In-office.",
    ["93922"], ["93923", "93924", "93970"], ["medicine", "cardiovascular"])

add("vignette", "24-hour ambulatory BP",
    "24-hour ambulatory blood pressure monitoring: the office applied the recorder, downloaded it the next day and the physician "
    "interpreted and reported the results.",
    ["93784"], ["93786", "93788", "93790", "93224"], ["medicine", "cardiovascular"])

add("terse", "PT eval high",
    "PT eval, high complexity (3+ personal factors/comorbidities, unstable presentation). Medicare.",
    ["97163:GP"], ["97162", "97161"], ["medicine", "therapy", "modifier"])

add("vignette", "PT timed minutes",
    "Medicare outpatient PT visit: therapeutic exercise 30 minutes, therapeutic activities 12 minutes, neuromuscular "
    "re-education 5 minutes. Total timed minutes 47.",
    ["97110x2:GP", "97530:GP"], ["97112", "97140"], ["medicine", "therapy", "units", "time", "modifier"])

add("terse", "chiro 2 regions",
    "CMT cervical + thoracic (2 regions), Medicare, active tx.",
    ["98940:AT"], ["98941", "98925", "97140"], ["medicine", "modifier"])

add("email", "allergy antigen prep",
    email("Hi there,",
          "Allergist prepared a multi-dose vial of mixed environmental allergen extract for immunotherapy; 10 doses. No "
          "injection given at this visit (the patient will start next week).",
          "Regards,\nSimone\nAllergy & Asthma Center (fictional)", None, 0),
    ["95165x10"], ["95115", "95117", "95144"], ["medicine", "units", "negation"])

add("vignette", "Patch testing",
    "Contact dermatitis workup: 36 patch test allergens applied to the back, read at 48 hours and 96 hours.",
    ["95044x36"], ["95024", "95004", "95052"], ["medicine", "units"])

add("opnote", "EMG/NCS report",
    "ELECTRODIAGNOSTIC REPORT\nNERVE CONDUCTION STUDIES (7 studies, no F-waves or H-reflexes): right median motor, right ulnar "
    "motor, right median sensory, right ulnar sensory, right radial sensory, left median motor, left median sensory (comparison).\nNEEDLE EMG: right upper extremity, six "
    "muscles, with cervical paraspinals.\nIMPRESSION: Moderate right carpal tunnel syndrome; no cervical radiculopathy.",
    ["95910", "95886:?"], ["95911", "95912", "95885", "95909"], ["medicine", "nervous", "addon"])  # 7 studies: 7-8

add("opnote", "EEG",
    "PROCEDURE NOTE\nPROCEDURE: Routine EEG, awake + drowsy, 30 min, tech + MD interp.\nCOMPLICATIONS: none.",
    ["95816"], ["95819", "95812", "95822"], ["medicine", "nervous"])

add("vignette", "Hearing test",
    "Audiologist performed comprehensive audiometry (air, bone, and speech recognition) and tympanometry in a patient with "
    "hearing loss.",
    ["92557", "92567"], ["92552", "92550", "92553"], ["medicine", "multi"])

add("terse", "eye exam + VF",
    "Est pt eye exam, intermediate (glaucoma suspect f/u) + Humphrey visual field extended 30-2 OU.",
    ["92012", "92083"], ["92014", "92082", "99213"], ["medicine", "eye", "multi"])

add("vignette", "PFTs",
    "Pulmonary lab: spirometry (no bronchodilator given) and diffusing capacity measured the same day; interpretation by the "
    "pulmonologist, global billing.",
    ["94010", "94729"], ["94060", "94726", "94618"], ["medicine", "respiratory", "negation", "addon"])

add("email", "botox cervical dystonia",
    email("Good morning,",
          "Neurologist injected onabotulinumtoxinA into the neck muscles on both sides for cervical dystonia, 100 units total, "
          "from one 100-unit single-dose vial, no waste. No EMG guidance.",
          "Thanks,\nDario\nNeurology Clinic (synthetic)",
          "> Last quarter you coded the chronic migraine protocol as 64615 + J0585.", 1),
    ["64616:50", "J0585x100:JZ"], ["64615", "95874", "64642"], ["medicine", "nervous", "hcpcs_drug", "units", "historical"])

add("terse", "wound vac",
    "NPWT dressing change (DME pump), sacral wound 40 sq cm, by RN in clinic.",
    ["97605"], ["97606", "97607", "97597"], ["medicine"])

add("vignette", "TEE",
    "Cardiologist performed a transesophageal echocardiogram (probe placement, image acquisition, interpretation and report) "
    "before cardioversion to exclude left atrial appendage thrombus. Cardioversion was cancelled after the patient converted "
    "spontaneously.",
    ["93312"], ["93355", "92960", "93306"], ["medicine", "cardiovascular", "negation"])

add("terse", "shot",
    "Gave pt a shot today. Code?",
    [], [], ["medicine"], vague=True)

# =====================================================================
# numbering, validation, output
# =====================================================================


def main():
    return mt.write_set("C", "team2c")


if __name__ == "__main__":
    sys.exit(main())
