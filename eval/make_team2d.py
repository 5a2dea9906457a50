#!/usr/bin/env python3
"""Held-out set D: 200 invented cases written blind by a second coder (CPC, CCS).
Uses the team set's helpers and validation. Run: python3 eval/make_team2d.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_team as mt  # noqa: E402

mt.CASES.clear()
mt._terse_count[0] = 0
add, opnote, email = mt.add, mt.opnote, mt.email

# =====================================================================
# INTEGUMENTARY
# =====================================================================

add("vignette", "Scalp nevus excision",
    "Dermatology removed an irritated, changing nevus from the posterior scalp of a 38-year-old man. The lesion measured 0.6 cm and was "
    "excised as an ellipse with 2 mm margins on every side. The defect was closed with a single layer of simple interrupted sutures. "
    "Path came back compound nevus, benign.",
    ["11421"], ["11420", "11422", "11401", "12001"], ["surgery", "integumentary"])

add("opnote", "BCC nasal sidewall",
    opnote("Basal cell carcinoma, left nasal sidewall.", "Same.",
           "Excision of basal cell carcinoma of the left nasal sidewall with layered closure.",
           "Local, 1% lidocaine with epinephrine.",
           "Pearly papule 0.7 cm on the left nasal sidewall.",
           "The lesion was outlined with 3 mm clinical margins, giving a 1.3 cm excised diameter, and an ellipse was drawn in the relaxed "
           "skin tension lines. It was excised to the level of the nasalis muscle and sent oriented for permanent sections. The wound was "
           "undermined, deep dermal 5-0 absorbable sutures were placed, and the skin was closed with 6-0 nylon. Final closure length "
           "2.2 cm. Frozen sections were not requested."),
    ["11642", "12051"], ["11641", "11643", "12052", "12011", "11442"], ["surgery", "integumentary", "multi"])

add("email", "SCC calf exc",
    email('Hi,', "Please code this one: " + "Exc SCC R calf. Lesion 2.2 cm, 6 mm margins -> excised diam 3.4 cm. Layered closure 9.0 cm after undermining. Path SCC, margins neg.", 'Thanks,\nJoanne\nBilling office', None, 0),
    ["11604", "12034"], ["11603", "11606", "12032", "13121"], ["surgery", "integumentary", "multi"])

add("vignette", "Two lacerations and an eyebrow",
    "A roofer fell off a ladder and came in with three cuts, all cleaned and closed with a single layer of sutures: 4.0 cm on the "
    "left forearm, 4.5 cm on the right shin, and 1.2 cm through the right eyebrow. No layered closure was needed anywhere, no "
    "foreign bodies, no tendon involvement.",
    ["12004", "12011"], ["12002", "12005", "12032", "12013", "12051"], ["surgery", "integumentary", "multi"])

add("terse", "pilonidal I&D",
    "Fluctuant pilonidal abscess, simple I&D in office under local, ~10 mL pus, packed. No cyst excision.",
    ["10080"], ["10081", "11770", "10060", "10061"], ["surgery", "integumentary", "negation"])

add("vignette", "Lots of skin tags",
    "Patient wanted her skin tags gone before a wedding. The PA snipped 24 skin tags from the neck, both axillae and the inframammary "
    "folds with iris scissors and achieved hemostasis with aluminum chloride. Her plan covers it as the tags were chronically irritated.",
    ["11200", "11201"], ["17110", "11300", "11401"], ["surgery", "integumentary", "units", "addon"])

add("opnote", "shave hand",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "Shave removal 0.8 cm irritated SK dorsal L hand, hemostasis w/ drysol. No sutures." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["11306"], ["11301", "11311", "11421", "17110"], ["surgery", "integumentary"])

add("vignette", "Incisional biopsies x2",
    "Two suspicious plaques were sampled today. On the left thigh, a wedge of skin and subcutis was taken with a scalpel through the "
    "full thickness of the dermis; a second incisional wedge was taken from a plaque on the right upper back. Both sites were closed "
    "with simple sutures. Both sent for pathology (suspected morphea vs. lymphoma).",
    ["11106", "11107"], ["11104", "11105", "11102", "11402"], ["surgery", "integumentary", "addon", "multi"])

add("email", "warts 18",
    email('Hello team,', "Please code this one: " + "Cryo to 18 common warts on hands and knees, LN2 two freeze-thaw cycles.", 'Best regards,\nArjun Patel\nRevenue Cycle, Clearwater Clinic (fictional)', None, 1),
    ["17111"], ["17110", "17000", "17004"], ["surgery", "integumentary"])

add("vignette", "Ingrown nail wedge",
    "Ingrown right great toenail with a heaped-up lateral nail fold. Under digital block the lateral nail fold skin was excised as a "
    "wedge down to the nail bed; the nail plate and matrix were left untouched.",
    ["11765:T5"], ["11750", "11730", "11732"], ["surgery", "integumentary", "laterality", "negation"])

add("opnote", "Cheek flap after BCC",
    opnote("Nodular basal cell carcinoma, right cheek.", "Same.",
           "Excision of right cheek basal cell carcinoma with rhomboid transposition flap repair.",
           "Local anesthesia.",
           "1.0 cm nodular BCC of the mid right cheek.",
           "The tumor was excised with 4 mm margins, creating a circular defect about 1.8 cm across. Primary closure would have "
           "distorted the lower eyelid, so a rhomboid transposition flap was designed laterally. The flap was incised, elevated, "
           "rotated into the defect and inset with deep and superficial sutures. The total area of the defect plus the flap was "
           "about 6 sq cm. Specimen to pathology."),
    ["14040"], ["11643", "11642", "14041", "13131", "12052"], ["surgery", "integumentary", "bundling"])

add("email", "Mohs leg 2 stages",
    email('Good morning,', "Please code this one: " + "Mohs R anterior shin BCC. Stage 1: 3 blocks, positive at 6 o'clock. Stage 2: 2 blocks, clear. Repair by another provider.", 'Thank you!\nMeg\nCoding dept.', None, 2),
    ["17313", "17314"], ["17311", "17312", "17315", "11603"], ["surgery", "integumentary", "addon"])

add("vignette", "Breast lump removal",
    "A 27-year-old had a palpable 1.6 cm fibroadenoma in the upper outer quadrant of the right breast that she wanted removed. "
    "Through a periareolar incision the mass was excised with a rim of normal tissue and the breast tissue was closed in layers. "
    "No wire localization, no imaging guidance.",
    ["19120:RT"], ["19125", "19301", "19083", "11403"], ["surgery", "integumentary", "laterality", "negation"])

add("opnote", "FB foot deep",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "Glass splinter L plantar heel, not visible/palpable superficially; incision + deep dissection into subq fat pad, 7 mm shard removed. Closed simple." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["10121"], ["10120", "28190", "12001"], ["surgery", "integumentary"])

add("vignette", "Cyst on the back",
    "A 2.2 cm epidermoid cyst on the right upper back was removed with an elliptical excision leaving 1 mm of normal skin on each "
    "side. Because of dead space, the wound was closed in two layers (buried absorbable dermal sutures, then running nylon), "
    "3.0 cm long.",
    ["11403", "12032"], ["11402", "11404", "12031", "10060", "12002"], ["surgery", "integumentary", "multi"])

add("email", "breast biopsy stereo",
    email("Hi coding team,",
          "Dr. Feld did a stereotactic core biopsy of a cluster of calcifications in the left breast this morning (vacuum-assisted, "
          "9 g), placed a ribbon clip, and got the post-clip mammogram. One lesion only. What do we bill for her side?",
          "Thanks!\nGwen\nBreast Imaging Billing (fictional)",
          "> From an earlier thread: the ultrasound-guided biopsy on the right breast last month went as 19083-RT.", 0),
    ["19081:LT"], ["19083", "19082", "77065", "19281"], ["surgery", "integumentary", "laterality", "historical", "bundling"])

# =====================================================================
# MUSCULOSKELETAL / SPINE / PAIN
# =====================================================================

add("opnote", "Knee scope meniscal repair",
    opnote("Right knee medial meniscus tear.", "Right knee vertical peripheral tear, posterior horn medial meniscus.",
           "Right knee arthroscopy with all-inside medial meniscus repair.",
           "General.",
           "Red-zone vertical tear 1.8 cm long in the posterior horn of the medial meniscus. Lateral meniscus and ACL intact. "
           "Articular cartilage normal.",
           "Standard anterolateral and anteromedial portals were made. Diagnostic arthroscopy confirmed the findings. The tear edges "
           "were rasped to stimulate healing and three all-inside suture anchors were passed and tensioned, giving a stable repair. "
           "No meniscal tissue was resected and no chondroplasty was performed."),
    ["29882:RT"], ["29881", "29880", "29883", "29877"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("terse", "dx knee scope",
    "L knee dx arthroscopy only for persistent effusion - synovium mildly inflamed, menisci/ligaments intact, no debridement done, no bx.",
    ["29870:LT"], ["29875", "29881", "29877"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("vignette", "Shoulder scope, clavicle and decompression",
    "Arthroscopy of the left shoulder for AC joint arthritis and impingement: the distal 8 mm of the clavicle was resected "
    "arthroscopically, and a subacromial decompression with acromioplasty and CA ligament release was done in the same session. "
    "Rotator cuff intact, labrum intact.",
    ["29824:LT", "29826:LT"], ["23120", "29827", "29822", "29823"], ["surgery", "musculoskeletal", "laterality", "addon", "multi"])

add("terse", "de quervain",
    "R first dorsal compartment release (De Quervain), open, separate EPB subsheath also released. Local + tourniquet.",
    ["25000:RT"], ["26055", "25001", "64721", "20550"], ["surgery", "musculoskeletal", "laterality"])

add("vignette", "Wrist ganglion",
    "A first-time dorsal ganglion on the left wrist, never aspirated or operated before, was excised through a transverse incision "
    "down to its stalk at the scapholunate ligament.",
    ["25111:LT"], ["25112", "20612", "26160"], ["surgery", "musculoskeletal", "laterality"])

add("opnote", "Distal radius ORIF",
    opnote("Displaced right distal radius fracture.", "Extra-articular distal radius fracture, dorsally angulated.",
           "Open reduction and internal fixation, right distal radius, volar locking plate.",
           "General with supraclavicular block.",
           "Extra-articular fracture, 25 degrees dorsal tilt; ulnar styloid intact. No intra-articular extension.",
           "Through a volar FCR approach the pronator quadratus was elevated. The fracture was reduced under fluoroscopy and held "
           "with a volar locking plate, three proximal cortical screws and six distal locking pegs. The ulnar styloid was not "
           "fixed. Pronator repaired, skin closed, splint applied."),
    ["25607:RT"], ["25608", "25609", "25605", "25651"], ["surgery", "musculoskeletal", "laterality"])

add("terse", "ankle lat mall ORIF",
    "ORIF L lateral malleolus fx (Weber B), 1/3 tubular plate + lag screw. Medial side stable on stress view, no syndesmotic fixation.",
    ["27792:LT"], ["27814", "27766", "27829", "27786"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("vignette", "Hip fracture nail",
    "An 84-year-old woman fell at home and sustained a right intertrochanteric femur fracture. She underwent closed reduction on the "
    "fracture table and fixation with a cephalomedullary nail and a single lag screw the next morning.",
    ["27245:RT"], ["27244", "27236", "27130", "27506"], ["surgery", "musculoskeletal", "laterality"])

add("email", "total shoulder",
    email("Good afternoon,",
          "Dr. Mbeki did a right anatomic total shoulder arthroplasty yesterday for end-stage glenohumeral osteoarthritis. Glenoid "
          "was resurfaced with a pegged poly component, humeral stem press-fit. Subscapularis peel and repair. Can you confirm the code?",
          "Many thanks,\nOmar Haddad\nSurgical Coding, Lakeshore Ortho (synthetic)",
          "> Previous question was the reverse shoulder on Mr. K - we told you 23472 and you agreed.", 1),
    ["23472:RT"], ["23470", "23473", "23410"], ["surgery", "musculoskeletal", "laterality", "historical"])

add("terse", "TPI 2 muscles",
    "Trigger pt injections L trapezius and L levator scapulae (2 muscles), 3 mL 1% lido total. No steroid.",
    ["20552"], ["20553", "20550", "96372", "J1100"], ["surgery", "musculoskeletal", "negation"])

add("vignette", "Carpal tunnel shot",
    "Persistent median nerve symptoms in the left wrist. Palmar approach injection of the left carpal tunnel with 40 mg "
    "methylprednisolone acetate and lidocaine, landmark technique, single-dose vial, nothing wasted.",
    ["20526:LT", "J1010x40:JZ"], ["20550", "20605", "64450"], ["surgery", "musculoskeletal", "laterality", "hcpcs_drug", "units"])

add("opnote", "Bunionectomy",
    opnote("Left hallux valgus.", "Same.",
           "Left distal first metatarsal (chevron) osteotomy bunionectomy.",
           "MAC with ankle block.",
           "Intermetatarsal angle 13 degrees, prominent medial eminence.",
           "A medial incision was made over the first MTP joint. The medial eminence was resected. A distal chevron osteotomy was "
           "made in the metatarsal head, the capital fragment shifted laterally 4 mm and fixed with one headless screw. No proximal "
           "phalanx osteotomy (no Akin) and no lateral release. Capsulorrhaphy and closure."),
    ["28296:LT"], ["28297", "28298", "28292", "28295"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("vignette", "Achilles repair",
    "Recreational basketball player ruptured the right Achilles tendon five days ago. Open primary repair through a posteromedial "
    "incision with a Krackow suture; no graft or tendon transfer was needed.",
    ["27650:RT"], ["27652", "27654", "27691"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("terse", "tendon sheath inj",
    "Inj R long finger flexor tendon sheath (A1 pulley), 10 mg Kenalog-40 + lido. Trigger finger. No release.",
    ["20550:F7", "J3301"], ["26055", "20552", "20600"], ["surgery", "musculoskeletal", "hcpcs_drug", "negation"])

add("vignette", "Cervical interlaminar ESI",
    "Interlaminar epidural steroid injection at C7-T1 under fluoroscopic guidance for cervical radiculopathy, 80 mg triamcinolone "
    "in preservative-free saline. The physician's practice did not supply the drug (the hospital outpatient department did).",
    ["62321"], ["62320", "62323", "64479", "77003"], ["surgery", "nervous", "bundling"])

add("opnote", "cervical RFA",
    opnote("Right-sided cervical facet syndrome, confirmed by dual medial branch blocks.", "Same.",
           "Radiofrequency ablation of the right C4, C5 and C6 medial branches (C4-5 and C5-6 facet joints).",
           "Local with minimal oral anxiolysis.",
           "Good sensory and motor testing at each level.",
           "Under fluoroscopy, RF cannulas were positioned on the right articular pillars to target the medial branches for the C4-5 "
           "and C5-6 facet joints. After sensory and motor stimulation and local anesthetic, thermal lesions were made at 80 degrees "
           "for 90 seconds at each target. Left side not treated."),
    ["64633:RT", "64634:RT"], ["64635", "64636", "64490", "77003"], ["surgery", "nervous", "laterality", "addon"])

add("terse", "SI inj",
    "L SI joint inj w/ fluoro, arthrogram confirmed, 40 mg Depo-Medrol + bupi. Drug from practice stock, SDV, none wasted.",
    ["27096:LT", "J1010x40:JZ"], ["20610", "77003", "64451"], ["surgery", "nervous", "laterality", "hcpcs_drug", "units"])

add("vignette", "Genicular nerve block",
    "For chronic right knee pain after a total knee replacement, the pain physician blocked the genicular nerves (superomedial, "
    "superolateral and inferomedial branches) under fluoroscopy with bupivacaine, as a diagnostic step before possible ablation.",
    ["64454:RT"], ["64624", "64450", "20610", "77002"], ["surgery", "nervous", "laterality", "bundling"])

add("email", "blood patch",
    email("Hello,",
          "Our anesthesiologist placed an epidural blood patch (20 mL autologous blood) at L3-4 this afternoon for a post-dural "
          "puncture headache after a lumbar puncture the patient had last week at another facility. No imaging. Code please?",
          "Thanks,\nRhea - anesthesia billing",
          None, 3),
    ["62273"], ["62270", "62322", "62323", "36415"], ["surgery", "nervous", "historical"])

add("opnote", "lumbar facet inj",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "Bilat L4-5 facet (intra-articular) inj under fluoro, single level both sides." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["64493:50"], ["64494", "64483", "64490", "77003"], ["surgery", "nervous", "bilateral"])

add("vignette", "Cervical medial branch block",
    "Left-sided diagnostic cervical medial branch blocks under fluoroscopy targeting the C5-6 and C6-7 facet joints (two levels, "
    "left only).",
    ["64490:LT", "64491:LT"], ["64492", "64633", "64493"], ["surgery", "nervous", "laterality", "addon"])

# =====================================================================
# DIGESTIVE / HERNIA
# =====================================================================

add("vignette", "EGD variceal banding",
    "A 58-year-old with alcohol-related cirrhosis had surveillance EGD. Four columns of large esophageal varices were found and six "
    "bands were placed. Portal hypertensive gastropathy noted; no biopsies.",
    ["43244"], ["43235", "43243", "43255", "43239"], ["surgery", "digestive", "endoscopy", "negation"])

add("opnote", "ERCP stent",
    opnote("Distal biliary stricture, suspected pancreatic head mass.", "Same.",
           "ERCP with placement of a plastic biliary stent.",
           "General endotracheal, anesthesia service.",
           "Tight 1.5 cm distal CBD stricture with upstream dilation to 12 mm. Pancreatic duct not entered.",
           "The duodenoscope was advanced to the major papilla, which had a prior sphincterotomy from an outside hospital. The bile duct "
           "was cannulated with a sphincterotome and wire and a cholangiogram obtained. No new sphincterotomy was performed. A 10 Fr x "
           "9 cm plastic stent was placed across the stricture with good drainage. No brushings were taken and no stones were seen."),
    ["43274"], ["43260", "43262", "43264", "43261", "74328"], ["surgery", "digestive", "endoscopy", "negation", "historical"])

add("vignette", "Band ligation hemorrhoids",
    "In the office, through an anoscope, the colorectal surgeon placed rubber bands on three internal hemorrhoid columns "
    "(left lateral, right anterior, right posterior) in one session.",
    ["46221"], ["46260", "46250", "46600", "46945"], ["surgery", "digestive"])

add("opnote", "Lap sigmoid colectomy",
    opnote("Recurrent sigmoid diverticulitis.", "Same, with chronic phlegmon adherent to the left pelvic sidewall.",
           "Laparoscopic sigmoid colectomy with primary colorectal anastomosis.",
           "General endotracheal.",
           "Thickened sigmoid, no abscess, no fistula.",
           "Five ports. The sigmoid was mobilized medial to lateral, the IMA branches were divided with a vessel sealer, and the "
           "upper rectum was transected with a stapler. The specimen was extracted via a small Pfannenstiel incision, the anvil "
           "placed, and an end-to-end stapled colorectal anastomosis was fashioned with negative leak test. No diverting ostomy."),
    ["44204"], ["44207", "44208", "44140", "44145"], ["surgery", "digestive", "negation"])

add("vignette", "Paraesophageal hernia",
    "Large symptomatic type III paraesophageal hernia repaired laparoscopically: sac excised, crura closed primarily and reinforced "
    "with an absorbable biologic mesh, and a Toupet partial fundoplication was added.",
    ["43282"], ["43281", "43280", "43332"], ["surgery", "digestive", "hernia"])

add("email", "ventral hernia open",
    email('Hi there -', "Please code this one: " + "Open repair initial incisional hernia, defect 4.5 x 4 cm, incarcerated omentum reduced, mesh placed retrorectus.", 'Cheers,\nLuis\nPractice manager', None, 3),
    ["49594"], ["49593", "49592", "49595", "49615"], ["surgery", "hernia"])

add("vignette", "Small recurrent hernia, incarcerated",
    "A 2 cm incisional hernia recurred after a previous primary repair; it was tender and incarcerated. Laparoscopic repair with "
    "underlay mesh after the incarcerated preperitoneal fat was reduced.",
    ["49614"], ["49613", "49591", "49592", "49616"], ["surgery", "hernia"])

add("opnote", "Incarcerated inguinal",
    opnote("Left inguinal hernia, incarcerated.", "Left indirect inguinal hernia, incarcerated, viable omentum.",
           "Open left inguinal hernia repair (initial) with mesh.",
           "General.",
           "Indirect sac containing incarcerated but viable omentum. No bowel compromise. No prior groin surgery.",
           "An oblique groin incision was made. The external oblique was opened and the cord mobilized. The sac was opened, the "
           "incarcerated omentum reduced after the internal ring was widened slightly, and the sac ligated. A cord lipoma was "
           "excised. A polypropylene mesh was sewn in Lichtenstein fashion. Layered closure."),
    ["49507:LT"], ["49505", "49521", "49496", "55520"], ["surgery", "hernia", "laterality", "bundling"])

add("opnote", "recurrent IH RT",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "R recurrent inguinal hernia, reducible, open repair w/ mesh. Pt 66M, prior open repair 2019." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["49520:RT"], ["49505", "49521", "49651"], ["surgery", "hernia", "laterality", "historical"])

add("email", "bilat lap inguinal",
    email("Hi team,",
          "Laparoscopic TEP repair of BILATERAL initial inguinal hernias (direct on the right, indirect on the left), both "
          "reducible, mesh both sides. First-ever hernia surgery for him.",
          "Cheers,\nDevika\nGeneral Surgery Billing (fictional)",
          "> Thursday's case was an open umbilical hernia, we coded 49591.", 2),
    ["49650:50"], ["49651", "49505", "49591"], ["surgery", "hernia", "bilateral", "historical"])

add("vignette", "G-tube swap",
    "A nursing-home resident's gastrostomy tube balloon ruptured. In clinic the old tube was removed and a new 18 Fr balloon "
    "gastrostomy tube was inserted through the mature tract, no fluoroscopy or endoscopy, position confirmed by aspiration.",
    ["43762"], ["43763", "43246", "49450"], ["surgery", "digestive", "negation"])

add("opnote", "liver bx",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "Percutaneous liver bx, US guided, 18g core x2, R lobe, for elevated LFTs." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["47000", "76942"], ["47001", "47100", "10005"], ["surgery", "digestive", "multi"])

add("vignette", "Screening colonoscopy turned polypectomy",
    "Medicare beneficiary, 71, average risk, came in for a routine screening colonoscopy. A 6 mm transverse colon polyp was "
    "removed with a cold snare. No other findings.",
    ["45385:PT"], ["G0121", "45378", "45380", "G0105"], ["surgery", "digestive", "endoscopy", "modifier", "hcpcs"])

add("vignette", "Colonoscopy with hot forceps",
    "During a diagnostic colonoscopy for iron-deficiency anemia, two diminutive (2-3 mm) polyps in the cecum were removed using "
    "hot biopsy forceps. No snare used, no other biopsies.",
    ["45384"], ["45380", "45385", "45378"], ["surgery", "digestive", "endoscopy"])

add("email", "lap chole with cholangiogram",
    email("Hi,",
          "Lap chole today for choledocholithiasis concern. Intraoperative cholangiogram WAS done (surgeon did his own read, "
          "normal). No CBD exploration. Which code?",
          "Thanks\nLeah R.\nBilling, Summit General Surgery (synthetic)",
          None, 0),
    ["47563"], ["47562", "47564", "74300"], ["surgery", "digestive", "negation"])

add("opnote", "Thyroidectomy",
    opnote("Multinodular goiter with compressive symptoms.", "Same.",
           "Total thyroidectomy.",
           "General endotracheal with nerve-monitoring tube.",
           "Enlarged multinodular gland, both lobes; both recurrent laryngeal nerves identified and preserved; parathyroids preserved "
           "in situ.",
           "Collar incision, subplatysmal flaps raised, strap muscles separated in the midline. The right lobe was mobilized, the "
           "superior pole vessels ligated, the recurrent laryngeal nerve traced and protected, and the lobe removed along with the "
           "isthmus. The left lobe was removed the same way. No lymph node dissection. Hemostasis and closure."),
    ["60240"], ["60220", "60252", "60271", "60225"], ["surgery", "endocrine", "negation"])

# =====================================================================
# URINARY / GENITAL / MATERNITY
# =====================================================================

add("email", "TURBT medium",
    email('Hi,', "Please code this one: " + "TURBT: single papillary tumor L lateral wall, 3.2 cm, resected to muscle. Blue light not used.", 'Thanks,\nJoanne\nBilling office', None, 0),
    ["52235"], ["52234", "52240", "52204", "52000"], ["surgery", "urology"])

add("vignette", "Shock wave for kidney stone",
    "Extracorporeal shock wave lithotripsy of a 9 mm left renal pelvis stone under IV sedation. No stent placed.",
    ["50590:LT"], ["52353", "52356", "50080"], ["surgery", "urology", "laterality", "negation"])

add("opnote", "Ureteroscopy laser",
    opnote("Right proximal ureteral stone, 7 mm.", "Same.",
           "Right rigid and flexible ureteroscopy with holmium laser lithotripsy.",
           "General.",
           "7 mm stone at the right ureteropelvic junction, fragmented to dust; ureter without injury.",
           "Cystoscopy was performed, a wire passed into the right collecting system, and a ureteral access sheath advanced. The "
           "flexible ureteroscope located the stone, which was dusted with the holmium laser. No basket extraction was needed. "
           "Because the ureter appeared healthy and the procedure was short, no stent was left."),
    ["52353:RT"], ["52356", "52352", "52332", "50590"], ["surgery", "urology", "laterality", "negation"])

add("email", "BCG instillation",
    email("Hi consultant,",
          "Week 3 of induction BCG for high-grade NMIBC: the urologist catheterized and instilled one vial of TICE BCG (50 mg) "
          "into the bladder in the office. Vial fully used. We bought the drug. What do I put on the claim?",
          "Best regards,\nAnton\nUrology Partners of the Valley (fictional)",
          None, 1),
    ["51720", "J9030x50:JZ"], ["51701", "96413", "52000", "51702"], ["surgery", "urology", "hcpcs_drug", "units", "multi"])

add("vignette", "Adult circumcision",
    "A 34-year-old man with recurrent balanitis underwent surgical excision circumcision (sleeve technique) in the OR. Not a "
    "clamp procedure.",
    ["54161"], ["54150", "54160", "54163"], ["surgery", "genital"])

add("opnote", "LEEP",
    opnote("CIN 2 on colposcopic biopsy.", "Same.",
           "Loop electrosurgical excision of the transformation zone (cone) with endocervical top hat.",
           "Paracervical block.",
           "Acetowhite lesion at 12 to 3 o'clock extending into the canal.",
           "Under colposcopic guidance after Lugol staining, a large loop excised the transformation zone as a single cone specimen; "
           "a smaller top-hat loop took a second endocervical pass. Ball cautery and Monsel's for hemostasis. No endocervical "
           "curettage was done afterward."),
    ["57461"], ["57460", "57522", "57454", "57456"], ["surgery", "gyn"])

add("vignette", "Colposcopy with biopsy",
    "ASC-H Pap. Colposcopy showed a dense acetowhite area at 6 o'clock on the cervix; a single cervical biopsy was taken. The ECC "
    "was deferred because she is pregnant.",
    ["57455"], ["57454", "57452", "57456", "57500"], ["surgery", "gyn", "negation"])

add("opnote", "hysteroscopic ablation",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "Hysteroscopy with endometrial ablation (NovaSure-type RF), menorrhagia, cavity normal, no polyp/biopsy." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["58563"], ["58558", "58353", "58555", "58120"], ["surgery", "gyn", "negation"])

add("opnote", "TLH without adnexa",
    opnote("Symptomatic fibroid uterus.", "Same.",
           "Total laparoscopic hysterectomy; ovaries and tubes preserved.",
           "General.",
           "Uterus 180 g with two intramural fibroids. Normal-appearing tubes and ovaries, left in place at the patient's request.",
           "Four ports. The round ligaments and utero-ovarian pedicles were sealed and divided, the bladder flap developed, the "
           "uterine arteries sealed, and a colpotomy made around a uterine manipulator cup. The uterus and cervix were delivered "
           "vaginally and the cuff closed laparoscopically. No salpingectomy, no oophorectomy. Weight by pathology: 180 g."),
    ["58570"], ["58571", "58572", "58550", "58541"], ["surgery", "gyn", "negation"])

add("opnote", "implant removal only",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "Nexplanon removal L arm, palpable, 2 mm incision, no reinsertion today (pt wants pregnancy)." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["11982"], ["11983", "11981", "J7307"], ["surgery", "gyn", "negation"])

add("email", "VBAC global",
    email("Hello,",
          "Our CNM/OB group provided all prenatal visits, the vaginal delivery, and postpartum care for a patient who had a "
          "prior cesarean (successful trial of labor, VBAC). Same group throughout. Which global code?",
          "Thanks a bunch,\nHolly\nWomen's Health Associates (synthetic)",
          "> Her first baby was a cesarean in 2022 at another hospital.", 2),
    ["59610"], ["59400", "59510", "59618", "59409"], ["surgery", "obstetric", "historical"])

add("vignette", "Cesarean, postpartum only",
    "A pregnant woman transferred into our practice at 38 weeks after moving from another state; her prenatal care was all "
    "elsewhere. Our physician performed a primary cesarean delivery and will provide the postpartum care.",
    ["59515"], ["59510", "59514", "59400"], ["surgery", "obstetric"])

add("vignette", "Missed abortion D&C",
    "Ultrasound at 9 weeks showed no cardiac activity (missed abortion). Suction D&C performed in the OR, first trimester.",
    ["59820"], ["59812", "58120", "59840"], ["surgery", "obstetric"])

# =====================================================================
# EYE / EAR / NOSE / RESPIRATORY
# =====================================================================

add("opnote", "SLT",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "SLT 360 degrees OD for POAG." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["65855:RT"], ["66710", "65820", "66761"], ["surgery", "eye", "laterality"])

add("vignette", "Anti-VEGF injection",
    "Wet macular degeneration, left eye. Intravitreal injection of aflibercept 2 mg from a single-dose vial, nothing discarded. "
    "The right eye was examined but not injected.",
    ["67028:LT", "J0178x2:JZ"], ["92014", "J2778", "67027"], ["surgery", "eye", "laterality", "hcpcs_drug", "units"])

add("opnote", "Pterygium",
    opnote("Pterygium, left eye, encroaching on visual axis.", "Same.",
           "Excision of pterygium, left eye, with conjunctival autograft.",
           "Topical and sub-Tenon's.",
           "Nasal pterygium extending 3.5 mm onto the cornea.",
           "The head was avulsed from the cornea and the body excised with Tenon's. A free conjunctival autograft was harvested from "
           "the superotemporal bulbar conjunctiva and secured over the bare sclera with fibrin glue."),
    ["65426:LT"], ["65420", "68110", "65435"], ["surgery", "eye", "laterality"])

add("opnote", "ear tubes topical",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "R myringotomy + tympanostomy tube, topical anesthesia (phenol) in office, adult." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["69433:RT"], ["69436", "69420", "69421"], ["surgery", "ent", "laterality"])

add("vignette", "Ear foreign body",
    "A 6-year-old put a bead in her left ear. The pediatric ENT removed it in clinic under the microscope with an alligator forceps; "
    "no sedation or general anesthesia was needed.",
    ["69200:LT"], ["69205", "69210", "69209"], ["surgery", "ent", "laterality"])

add("email", "ET balloon",
    email("Hi,",
          "ENT did a left eustachian tube balloon dilation through the nose (transnasal) along with nothing else today. Office "
          "setting under topical. Right side was NOT done.",
          "Kind regards,\nSelin\nENT billing",
          None, 3),
    ["69705:?"], ["69706", "31231"], ["surgery", "ent", "laterality", "negation"])

add("opnote", "FESS bilateral maxillary",
    opnote("Chronic maxillary sinusitis, both sides.", "Same.",
           "Bilateral endoscopic maxillary antrostomy with removal of tissue from the maxillary sinus.",
           "General.",
           "Polypoid mucosa and inspissated mucus filling both maxillary sinuses; ethmoids clear on CT and not opened.",
           "Under endoscopic visualization, the uncinate process was removed on each side and the natural os widened. Polypoid "
           "tissue and thick mucin were removed from within each maxillary sinus with angled microdebrider and forceps. No "
           "ethmoidectomy, no septoplasty."),
    ["31267:50"], ["31256", "31254", "31255", "30520"], ["surgery", "ent", "bilateral", "negation"])

add("opnote", "anterior epistaxis complex",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "Persistent L anterior epistaxis, extensive anterior packing w/ expandable sponge + cautery failed earlier; repacked, extensive." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["30903"], ["30901", "30905", "30906"], ["surgery", "ent"])

add("vignette", "Laryngoscopy with biopsy",
    "In the office, flexible fiberoptic laryngoscopy was performed for hoarseness and a small left vocal fold lesion was biopsied "
    "through the working channel.",
    ["31576"], ["31575", "31535", "31578"], ["surgery", "ent"])

add("opnote", "Bronchoscopy TBBx two lobes",
    opnote("Bilateral nodular infiltrates.", "Same.",
           "Flexible bronchoscopy with transbronchial lung biopsies, two lobes.",
           "Moderate sedation by the pulmonologist (separately documented).",
           "Mild erythema, no endobronchial lesion.",
           "The scope was passed through the mouth and the airways inspected to the subsegmental level. Under fluoroscopy, four "
           "transbronchial biopsies were taken from the right lower lobe and three from the left upper lobe. No lavage, no "
           "brushings, no EBUS."),
    ["31628", "31632"], ["31624", "31622", "31652", "31625", "31629"], ["surgery", "respiratory", "addon", "negation"])

add("opnote", "thoracentesis no imaging",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "Bedside thoracentesis R, no US/no imaging guidance, 1.2 L straw-colored." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["32554:RT"], ["32555", "32556", "76604"], ["surgery", "respiratory", "negation"])

add("vignette", "Adult T&A",
    "A 15-year-old with recurrent tonsillitis and obstructive symptoms underwent tonsillectomy and adenoidectomy.",
    ["42821"], ["42820", "42826", "42830"], ["surgery", "ent"])

add("opnote", "Pacemaker generator change",
    opnote("Pacemaker battery at elective replacement indicator.", "Same.",
           "Removal and replacement of dual-chamber pacemaker generator.",
           "Local with moderate sedation.",
           "Both existing leads with normal thresholds and impedances.",
           "The old pocket was opened, the generator freed from its capsule and disconnected. Lead measurements were satisfactory. A "
           "new dual-chamber generator was connected to the existing atrial and ventricular leads and placed in the pocket. No lead "
           "was added or repositioned."),
    ["33228"], ["33208", "33227", "33233", "33229"], ["surgery", "cardiovascular", "negation"])

add("terse", "loop recorder",
    "ILR insertion L parasternal, for cryptogenic stroke.",
    ["33285"], ["33286", "93285", "93291"], ["surgery", "cardiovascular"])

add("vignette", "Coronary angiogram only",
    "Diagnostic cardiac catheterization via the right radial artery: selective coronary angiography only. No left "
    "ventriculogram and no left-heart pressure measurements across the valve; no bypass grafts.",
    ["93454"], ["93458", "93455", "93452"], ["cardiovascular", "surgery", "negation"])

add("email", "PICC",
    email("Hi,",
          "IR placed a right basilic PICC (single lumen, no port) for 6 weeks of IV antibiotics in a 52-year-old. Ultrasound for "
          "vein access and fluoro for tip, both documented with images saved. Which code covers it?",
          "Thanks,\nMaya, IR coding",
          None, 0),
    ["36573"], ["36569", "36572", "36571", "76937", "77001"], ["surgery", "cardiovascular", "bundling"])

add("vignette", "Vein ablation",
    "Endovenous radiofrequency ablation of the right great saphenous vein (one vein segment treated) for symptomatic reflux, with "
    "tumescent anesthesia and ultrasound guidance.",
    ["36475:RT"], ["36476", "36478", "76937", "37765"], ["surgery", "cardiovascular", "laterality", "bundling"])

add("vignette", "Fistula declot",
    "Clotted left upper arm AV graft: percutaneous mechanical thrombectomy of the dialysis circuit with a balloon angioplasty of "
    "the venous anastomosis stenosis, all under fluoroscopy, contrast injected throughout. No stent.",
    ["36905"], ["36904", "36906", "36902", "36901"], ["surgery", "cardiovascular", "bundling"])

add("email", "Lesion removal?",
    email("Hi,", "Doc removed a lesion from the patient's arm this morning and closed it. What CPT should I use?",
          "Thanks\nBeth", None, 2),
    [], [], ["vague", "integumentary"], vague=True)

add("terse", "hernia repair code",
    "hernia repair - code?",
    [], [], ["vague", "hernia"], vague=True)

add("vignette", "Scope today",
    "The GI doctor did a scope on our patient today and found something. Please send the CPT.",
    [], [], ["vague", "digestive"], vague=True)

add("email", "Shoulder surgery",
    email("Good morning,", "Dr. Lin operated on Mrs. P's shoulder on Monday. Can you give me the code so I can submit?",
          "Regards,\nOrtho front office", None, 1),
    [], [], ["vague", "musculoskeletal"], vague=True)

add("terse", "spine inj",
    "Back injection w/ fluoro today, code?",
    [], [], ["vague", "nervous"], vague=True)

# =====================================================================
# ANESTHESIA (units omitted: time is reported in minutes)
# =====================================================================

add("vignette", "Anesthesia for lap appendectomy",
    "General anesthesia for a laparoscopic appendectomy in a 23-year-old, personally performed start to finish by the "
    "anesthesiologist (no CRNA, no resident). Anesthesia time 13:05-14:12.",
    ["00840x?:AA"], ["00790", "44970", "00800"], ["anesthesia"])

add("terse", "anes RCR directed",
    "Anes: arthroscopic R rotator cuff repair, GETA + interscalene (block billed separately). MDA directing 3 concurrent CRNA rooms. Code the MD's line.",
    ["01630x?:QK"], ["01638", "01610", "29827", "01400"], ["anesthesia", "modifier"])

add("opnote", "Anesthesia record - ankle ORIF",
    "ANESTHESIA RECORD\nPROCEDURE: Open reduction internal fixation, left bimalleolar ankle fracture.\n"
    "PROVIDERS: CRNA (this claim), medically directed by an anesthesiologist covering two rooms.\n"
    "TECHNIQUE: General LMA.\nASA: 2.\nANESTHESIA TIME: 08:14 to 10:01.\n"
    "QUESTION: Code and modifier for the CRNA's claim?",
    ["01480x?:QX"], ["01462", "27814", "01470", "01482"], ["anesthesia", "modifier"])

add("email", "anesthesia for sinus surgery",
    email("Hi all,",
          "Dr. Kaur (anesthesiologist) personally did the general anesthetic for a bilateral endoscopic sinus surgery "
          "(maxillary antrostomies) yesterday. No CRNA involved. Which anesthesia code?",
          "Thank you,\nPaulina\nMetro Anesthesia Group (fictional)",
          None, 0),
    ["00160x?:AA"], ["00164", "00170", "31267", "00162"], ["anesthesia"])

add("email", "anes TURBT CRNA solo",
    email('Hello team,', "Please code this one: " + "CRNA, not medically directed, GA for TURBT (medium tumor).", 'Best regards,\nArjun Patel\nRevenue Cycle, Clearwater Clinic (fictional)', None, 1),
    ["00912x?:QZ"], ["00910", "00914", "52235"], ["anesthesia", "modifier"])

add("vignette", "Anesthesia, wrist ORIF one CRNA",
    "An anesthesiologist medically directed a single CRNA (one room only) for an open reduction and plating of a distal radius "
    "fracture. Code the anesthesiologist's service.",
    ["01830x?:QY"], ["01820", "25607", "01829"], ["anesthesia", "modifier"])

add("terse", "anes thyroidectomy",
    "GETA total thyroidectomy, 54F, MDA personally performed.",
    ["00320x?:AA"], ["00300", "60240", "00322"], ["anesthesia"])

add("vignette", "Anesthesia for ERCP",
    "Anesthesiologist personally provided general anesthesia for an ERCP with biliary stent placement in the prone position.",
    ["00732x?:AA"], ["00731", "00813", "43274", "00790"], ["anesthesia"])

add("email", "vag hyst anesthesia",
    email("Hello consultant,",
          "Anesthesia question: total vaginal hysterectomy, spinal anesthetic, anesthesiologist personally performed. "
          "What base code do we use?",
          "Regards,\nJun\nAnesthesia billing office",
          "> Last week you helped with the laparoscopic one (00840). Thanks!", 1),
    ["00944x?:AA"], ["00840", "00846", "58260", "00940"], ["anesthesia", "historical"])

add("vignette", "Labor epidural then cesarean",
    "Labor epidural placed by the anesthesiologist at 5 cm; after 7 hours of labor with arrest of dilation the patient went for "
    "cesarean delivery under the same epidural, topped up. The anesthesiologist personally managed throughout.",
    ["01967x?:AA", "01968x?:AA"], ["01961", "01969", "62326", "59510"], ["anesthesia", "obstetric", "addon"])

add("terse", "ECT anesthesia",
    "Anesthesia for ECT (methohexital + succinylcholine), MDA personally, session 4 of series.",
    ["00104x?:AA"], ["90870", "00100", "00120"], ["anesthesia"])

add("vignette", "Anesthesia back melanoma",
    "General anesthesia by a CRNA working without any anesthesiologist direction for a wide local excision of a melanoma on the "
    "upper back with advancement flap closure.",
    ["00300x?:QZ"], ["00400", "00630", "11606"], ["anesthesia", "modifier"])

add("terse", "MAC bone marrow",
    "MAC (propofol) for posterior iliac crest BM aspiration + bx, anesthesiologist personally.",
    ["01112x?:AA,QS"], ["01120", "38222", "00400"], ["anesthesia", "modifier"])

add("opnote", "Anesthesia record - vitrectomy",
    "ANESTHESIA RECORD\nPROCEDURE: Right pars plana vitrectomy with membrane peel.\nANESTHESIOLOGIST: personally performed.\n"
    "TECHNIQUE: Monitored anesthesia care with retrobulbar block by surgeon.\nANESTHESIA TIME: 07:30-08:52.\n"
    "QUESTION: Code with modifiers please.",
    ["00145x?:AA,QS"], ["00140", "00142", "67041"], ["anesthesia", "modifier", "eye"])

add("vignette", "Anesthesia for bronchoscopy",
    "CRNA with no medical direction provided general anesthesia through an LMA for a flexible bronchoscopy with transbronchial "
    "biopsies.",
    ["00520x?:QZ"], ["00540", "31628", "00320"], ["anesthesia", "modifier"])

add("terse", "anes code?",
    "Anesthesia for surgery this AM, which anesthesia code?",
    [], [], ["vague", "anesthesia"], vague=True)

# =====================================================================
# EVALUATION AND MANAGEMENT
# =====================================================================

add("vignette", "New patient, low complexity",
    "New patient to the practice, 31-year-old with two weeks of intermittent heartburn and a chronic stable acid reflux history. "
    "Reviewed outside records, recommended over-the-counter famotidine and diet changes, no tests ordered. Provider documents low-complexity MDM.",
    ["99203"], ["99202", "99204", "99213"], ["em"])

add("email", "decision for surgery",
    email("Hi team,",
          "New patient seen in the surgical office Tuesday with symptomatic gallstones; after the exam and review of the "
          "ultrasound the surgeon decided to proceed with a laparoscopic cholecystectomy, which was done Wednesday morning. "
          "The visit was documented at moderate MDM. How should the visit be billed?",
          "Thanks,\nKendra\nBilling - Hillcrest Surgical (synthetic)",
          None, 2),
    ["99204:57"], ["99244", "99024", "99203", "99205"], ["em", "modifier"])

add("vignette", "Long new patient visit, Medicare",
    "A Medicare patient new to our rheumatology practice with suspected vasculitis: the physician spent 95 minutes total on the "
    "date of service (history, exam, reviewing 200 pages of records, ordering labs, documenting). Billing by time.",
    ["99205", "G2212"], ["99417", "99215", "99245"], ["em", "time", "hcpcs"])

add("terse", "est 15 min",
    "Est pt f/u, total time 15 min on DOS, billing by time.",
    ["99212"], ["99211", "99213"], ["em", "time"])

add("email", "est by time 35",
    email('Good morning,', "Please code this one: " + "Established pt, DM2 + HTN + CKD f/u, total time 35 min same day (billing by time, MDM not used).", 'Thank you!\nMeg\nCoding dept.', None, 2),
    ["99214"], ["99213", "99215", "G2212"], ["em", "time"])

add("vignette", "High complexity established visit",
    "Established patient with COPD presents with worsening dyspnea and new hypoxia to 86% on room air; the physician arranges "
    "direct admission to the hospital. MDM documented as high (acute illness posing a threat to bodily function, decision "
    "regarding hospitalization).",
    ["99215"], ["99214", "99223", "99285"], ["em"])

add("terse", "nurse BP check",
    "RN-only BP recheck, est pt, per standing order, physician in suite. 4 min.",
    ["99211"], ["99212", "99401"], ["em"])

add("vignette", "Unrelated visit in global",
    "Three weeks after a right total knee replacement, the patient returns to the orthopedic surgeon's office (same surgeon) with a "
    "painful, swollen left great toe. The surgeon diagnoses acute gout and prescribes colchicine; low-complexity MDM. The knee "
    "incision is not discussed.",
    ["99213:24"], ["99024", "99212", "99214"], ["em", "modifier"])

add("terse", "postop check",
    "Postop wound check day 10 after open inguinal hernia repair, same surgeon, staples out, no new problem.",
    ["99024"], ["99212", "99213", "15851"], ["em"])

add("email", "preventive + problem",
    email("Hello,",
          "28-year-old established patient, commercial plan, came in for her annual preventive exam. During the visit she also raised "
          "a 3-week history of right wrist pain; the doctor examined it, ordered an x-ray and prescribed a splint (separately "
          "documented, straightforward MDM). Both services billable?",
          "Best,\nNoor\nFamily Medicine Associates (fictional)",
          None, 3),
    ["99395", "99212:25"], ["99385", "99396", "99213"], ["em", "preventive", "modifier"])

add("vignette", "Welcome to AWV plus problem",
    "A Medicare beneficiary, enrolled in Part B three years ago and never had a wellness visit, came in for her first annual "
    "wellness visit. The physician also addressed her uncontrolled hypertension and new palpitations at the same visit, "
    "changing two medications and ordering a Holter; that problem work is documented separately at moderate MDM.",
    ["G0438", "99214:25"], ["G0439", "G0402", "99397", "99215"], ["em", "preventive", "modifier", "hcpcs"])

add("terse", "init hosp low",
    "Init hospital care, obs status overnight for syncope, low MDM documented.",
    ["99221"], ["99222", "99234"], ["em"])

add("vignette", "Hospital day 3",
    "Day 3 of a pneumonia admission. The patient is improving and stable, oxygen weaned off, same antibiotic continued. The "
    "hospitalist documents low MDM (one acute illness improving, no new data).",
    ["99231"], ["99232", "99221", "99238"], ["em"])

add("terse", "discharge 25 min",
    "Hospital discharge day mgmt, 25 min total.",
    ["99238"], ["99239", "99231"], ["em", "time"])

add("opnote", "Obs same-day admit/discharge",
    "HOSPITAL NOTE - OBSERVATION\nDATE: single calendar date (admitted 06:40, discharged 22:15)\n"
    "HPI: Chest pain with dynamic ST changes, ruled out for MI with serial troponins, stress imaging negative.\n"
    "ASSESSMENT/PLAN: High-complexity MDM documented. Discharged home same day.\n"
    "QUESTION: One code for the physician?",
    ["99236"], ["99235", "99223", "99238", "99285"], ["em"])

add("terse", "ED low",
    "ED visit, sore throat, straightforward MDM, rx given.",
    ["99282"], ["99281", "99283", "99212"], ["em"])

add("email", "ED head injury + lac",
    email("Hi coders,",
          "ED physician evaluated a 70-year-old after a fall on warfarin: head injury assessment, CT head ordered and reviewed, "
          "INR checked, moderate MDM documented separately from the procedure. She also had a 4.2 cm scalp laceration repaired "
          "with layered closure.",
          "Regards,\nED coding team\nCity General (fictional)",
          "> FYI: last month's ED sprain visit went out as 99283.", 0),
    ["99284:25", "12032"], ["99283", "12002", "70450", "12042"], ["em", "modifier", "multi", "historical"])

add("vignette", "Critical care long",
    "An ICU intensivist managed a patient in septic shock with ARDS: vasopressor titration, ventilator management, family meeting "
    "at bedside about goals. Documented critical care time 164 minutes on the calendar date, excluding separately billed central "
    "line placement.",
    ["99291", "99292x3"], ["36556", "99285"], ["em", "critical_care", "time", "units"])

add("terse", "CC 60 min",
    "Critical care 60 min, DKA w/ K 2.6, insulin drip titration, in ED by EM physician.",
    ["99291"], ["99292", "99285"], ["em", "critical_care", "time"])

add("vignette", "Consult request, Medicare",
    "Medicare patient referred by his PCP for a cardiology consultation for new atrial fibrillation; he has never seen anyone "
    "in the cardiology group. Office visit with moderate MDM and a letter back to the PCP.",
    ["99204"], ["99244", "99214", "99243"], ["em"])

add("email", "inpatient consult Medicare",
    email("Hi,",
          "Our nephrologist was consulted on a hospitalized Medicare patient with AKI. First time our group sees the patient in "
          "this admission. Moderate MDM. What do we bill since Medicare doesn't take consult codes?",
          "Thanks,\nLiza\nKidney Care Associates (synthetic)",
          None, 1),
    ["99222"], ["99254", "99253", "99232", "99223"], ["em"])

add("vignette", "Four years away",
    "Patient last seen by Dr. Ortega (same family medicine group) four years ago. Returns for a new earache; straightforward MDM.",
    ["99202"], ["99212", "99203"], ["em"])

add("terse", "SNF subsequent",
    "SNF subsequent visit, CHF exacerbation mgmt, diuretic adj, moderate MDM.",
    ["99309"], ["99308", "99310", "99232"], ["em"])

add("vignette", "TCM moderate",
    "Discharged from the hospital after a COPD exacerbation on a Monday; our nurse reached the patient by phone Tuesday, and the "
    "physician saw her face to face on day 11 after discharge. Moderate-complexity MDM documented. 30-day period completed.",
    ["99495"], ["99496", "99214", "99238"], ["em"])

add("terse", "smoking cessation w/ visit",
    "Est pt HTN f/u (low MDM) + separate tobacco cessation counseling 8 min documented.",
    ["99213:25", "99406"], ["99407", "99214", "G0444"], ["em", "modifier"])

add("vignette", "CCM month",
    "Clinical staff under general supervision spent 24 minutes this calendar month on chronic care management for a patient with "
    "diabetes and heart failure (care plan on file, consent documented). No physician time counted.",
    ["99490"], ["99491", "99487", "99439"], ["em", "time"])

add("terse", "home visit est",
    "Home visit, established, moderate MDM, homebound pt w/ Parkinson's.",
    ["99349"], ["99348", "99350", "99214"], ["em"])

add("email", "level for ED visit",
    email("Hi,", "What level should we bill for the ER visit Dr. Shah did last night?", "Thanks,\nMarta", None, 2),
    [], [], ["vague", "em"], vague=True)

add("terse", "hosp visit",
    "Hospital visit yesterday, code?",
    [], [], ["vague", "em"], vague=True)

# =====================================================================
# RADIOLOGY
# =====================================================================

add("terse", "CXR 3v",
    "CXR PA, lateral + apical lordotic view (3 views) for RUL opacity.",
    ["71047"], ["71046", "71048", "71045"], ["radiology"])

add("vignette", "Ankle two views",
    "Left ankle x-ray, AP and lateral only (the mortise view was not obtained because of the splint).",
    ["73600:LT"], ["73610", "73650", "73630"], ["radiology", "laterality", "negation"])

add("terse", "R foot xr",
    "XR R foot 3 vws (AP/obl/lat), 5th MT base fx.",
    ["73630:RT"], ["73620", "73610", "73660"], ["radiology", "laterality"])

add("vignette", "Wrist series",
    "Fall on an outstretched left hand. Left wrist radiographs: PA, lateral, oblique and a scaphoid view.",
    ["73110:LT"], ["73100", "73120", "73130"], ["radiology", "laterality"])

add("terse", "hip xr 2v",
    "XR R hip 2 vw (AP pelvis not separately done, AP + frog-lat of hip).",
    ["73502:?"], ["73501", "73503", "72170", "73521"], ["radiology", "laterality"])

add("email", "knee 4 views",
    email("Hello,",
          "Ortho office x-ray: right knee AP, lateral, sunrise and tunnel views (4 views). Our practice owns the machine and the "
          "doc reads it. Standing bilateral views were NOT done today.",
          "Thx,\nGabe (radiology tech/billing)",
          None, 3),
    ["73564:RT"], ["73562", "73565", "73560"], ["radiology", "laterality", "negation"])

add("email", "CT chest noncon",
    email('Hi there -', "Please code this one: " + "CT chest w/o contrast, f/u 8 mm pulmonary nodule (not LDCT screening).", 'Cheers,\nLuis\nPractice manager', None, 3),
    ["71250"], ["71260", "71270", "71271"], ["radiology"])

add("vignette", "Sinus CT",
    "CT of the paranasal sinuses without IV contrast for chronic rhinosinusitis, thin axial with coronal and sagittal "
    "reformats for surgical planning.",
    ["70486"], ["70487", "70450", "76376"], ["radiology"])

add("terse", "CT L-spine",
    "CT lumbar spine w/o contrast, trauma.",
    ["72131"], ["72132", "72133", "72100"], ["radiology"])

add("opnote", "MRI C-spine report",
    "EXAM: MRI cervical spine without contrast.\nINDICATION: Neck pain radiating to the right arm.\n"
    "TECHNIQUE: Sagittal T1, T2, STIR and axial T2 gradient-echo images. No gadolinium administered.\n"
    "FINDINGS: C5-6 disc osteophyte complex with moderate right foraminal narrowing. Cord normal in signal.\n"
    "IMPRESSION: C5-6 right foraminal stenosis.\nBILLING: global (freestanding imaging center, our radiologist).",
    ["72141"], ["72156", "72142", "72148"], ["radiology"])

add("terse", "MRI L shoulder",
    "MRI L shoulder w/o contrast, r/o RC tear.",
    ["73221:LT"], ["73222", "73223", "73218"], ["radiology", "laterality"])

add("vignette", "Thyroid ultrasound",
    "Diagnostic ultrasound of the thyroid and the soft tissues of the neck for a palpable nodule; no biopsy performed.",
    ["76536"], ["10005", "76942", "76705"], ["radiology", "negation"])

add("terse", "scrotal US",
    "US scrotum + contents w/ doppler, L testicular pain.",
    ["76870"], ["93975", "93976", "76856"], ["radiology"])

add("opnote", "Pelvic US report",
    "EXAM: Pelvic ultrasound, transabdominal (complete) and transvaginal.\nINDICATION: Postmenopausal bleeding.\n"
    "FINDINGS: Uterus 7.8 cm, endometrium 9 mm and heterogeneous. Both ovaries visualized and normal. No free fluid.\n"
    "IMPRESSION: Thickened endometrium; tissue sampling recommended.\nNot pregnant.",
    ["76856", "76830"], ["76857", "76801", "76805"], ["radiology", "multi"])

add("vignette", "Second-trimester OB ultrasound",
    "Routine anatomy ultrasound at 20 weeks, single gestation, transabdominal, complete fetal and maternal evaluation. No "
    "detailed fetal anatomic (high-risk) exam was ordered.",
    ["76805"], ["76811", "76801", "76815"], ["radiology", "obstetric", "negation"])

add("email", "diagnostic mammo with tomo",
    email("Hi there,",
          "Medicare patient, diagnostic mammogram of both breasts (new palpable lump plus family history) with digital breast "
          "tomosynthesis, interpreted by our radiologist, global billing. Screening was not done today.",
          "Regards,\nImaging Billing\nShoreline Radiology (fictional)",
          None, 1),
    ["77066", "G0279"], ["77067", "77065", "77062", "77063"], ["radiology", "hcpcs", "negation"])

add("terse", "CT head read only",
    "Radiologist read-only: CT head w/o contrast done at hospital ED; hospital bills technical.",
    ["70450:26"], ["70460", "70470", "70486"], ["radiology", "modifier"])

add("opnote", "Nuclear stress test",
    "NUCLEAR CARDIOLOGY REPORT (cardiology office, global billing)\nSTUDY: Pharmacologic stress SPECT myocardial perfusion, rest and "
    "stress images, with wall motion and ejection fraction.\nSTRESS: Regadenoson 0.4 mg IV from a single-dose prefilled syringe "
    "(fully used); supervised by the cardiologist, ECG monitored, interpreted by the same cardiologist.\n"
    "RADIOPHARMACEUTICAL: supplied and billed by the nuclear pharmacy.\nIMPRESSION: No ischemia, EF 61%.",
    ["78452", "93015", "J2785x4:JZ"], ["78451", "78454", "93017", "A9500"], ["radiology", "cardiovascular", "hcpcs_drug", "units", "multi"])

add("vignette", "Barium esophagram",
    "Single-contrast barium esophagram with a scout chest film for dysphagia, performed and read by the radiologist.",
    ["74220"], ["74221", "74230", "74240"], ["radiology"])

add("terse", "MRI?",
    "MRI done yesterday, which CPT?",
    [], [], ["vague", "radiology"], vague=True)

# =====================================================================
# LABORATORY / PATHOLOGY
# =====================================================================

add("terse", "lytes + draw",
    "Office draw (venipuncture) + electrolyte panel (Na, K, Cl, CO2) in-house, non-waived analyzer.",
    ["80051", "36415"], ["80048", "80053", "84132"], ["lab", "multi"])

add("vignette", "Hepatitis panel",
    "Jaundiced patient: acute hepatitis panel ordered and run by the lab (HAV IgM, HBsAg, HBc IgM, HCV antibody).",
    ["80074"], ["86709", "87340", "86705", "86803"], ["lab", "bundling"])

add("terse", "TSH + FT4",
    "TSH and free T4 run in-house, same venipuncture.",
    ["84443", "84439", "36415"], ["84436", "84479"], ["lab", "multi"])

add("vignette", "Urinalysis manual",
    "Nurse did a manual dipstick urinalysis and the physician examined the spun sediment under the microscope.",
    ["81000"], ["81002", "81001", "81015"], ["lab"])

add("opnote", "Urine culture report",
    "MICROBIOLOGY REPORT (our hospital lab, outpatient specimen)\nSPECIMEN: Clean-catch urine.\n"
    "CULTURE: >100,000 CFU/mL, quantitative colony count.\nIDENTIFICATION: Escherichia coli, presumptive identification by "
    "commercial kit.\nSUSCEPTIBILITY: Automated MIC panel, one isolate.\nNo other organisms.",
    ["87086", "87088", "87186"], ["87184", "87077", "87081"], ["lab", "multi"])

add("email", "PSA monitoring",
    email('Hi,', "Please code this one: " + "PSA total, pt s/p prostatectomy for Ca, surveillance (diagnostic, not screening).", 'Thanks,\nJoanne\nBilling office', None, 0),
    ["84153"], ["G0103", "84154", "84152"], ["lab"])

add("vignette", "Stool test screening, Medicare",
    "A 68-year-old Medicare beneficiary at average risk completed a fecal immunochemical test kit for colorectal cancer "
    "screening; the practice lab processed it.",
    ["G0328"], ["82270", "82274", "81528"], ["lab", "hcpcs"])

add("terse", "quant hCG",
    "Serum hCG quantitative, r/o ectopic.",
    ["84702"], ["84703", "81025"], ["lab"])

add("email", "three skin biopsies path",
    email("Hi path coding,",
          "Three separately labeled shave biopsies from different sites came in today (back, left shin, right temple), each "
          "processed and signed out separately, all gross and micro. No special stains.",
          "Thanks,\nRowan\nDermpath Lab (synthetic)",
          None, 2),
    ["88305x3"], ["88304", "88312", "88342"], ["lab", "pathology", "units", "negation"])

add("opnote", "Pathology - chole with liver wedge",
    "SURGICAL PATHOLOGY\nSPECIMEN A: Gallbladder, laparoscopic cholecystectomy - chronic cholecystitis with cholelithiasis.\n"
    "SPECIMEN B: Liver, wedge biopsy (separately submitted, incidental nodule) - focal nodular hyperplasia.\n"
    "Gross and microscopic examination of both specimens.",
    ["88304", "88307"], ["88305", "88309", "88300"], ["lab", "pathology", "multi"])

add("vignette", "IHC antibodies",
    "On one lymph-node block, the pathologist ordered three separate single-antibody immunohistochemical stains (CD20, CD3, and "
    "Ki-67), each on its own slide, interpreted manually.",
    ["88342", "88341x2"], ["88344", "88360"], ["lab", "pathology", "units", "addon"])

add("terse", "UDS analyzer",
    "Presumptive drug screen, multiple classes, chemistry analyzer (immunoassay), read by instrument, in office lab.",
    ["80307"], ["80305", "80306", "G0480"], ["lab"])

add("vignette", "Cardiac markers",
    "ED patient with dyspnea: BNP and a high-sensitivity troponin drawn once and run by our in-house lab. "
    "Please code the two tests only (the visit is coded separately).",
    ["83880", "84484"], ["82550", "83874", "80053"], ["lab", "multi"])

add("email", "labs question",
    email("Hello,", "We drew labs on a patient today. What codes do we use?", "Thanks,\nTori", None, 0),
    [], [], ["vague", "lab"], vague=True)

# =====================================================================
# MEDICINE (vaccines, infusions, injections, psych, cardiology, therapy,
# allergy, neurology, audiology, eye, dialysis) and HCPCS DRUGS
# =====================================================================

add("terse", "flu Medicare adjuvanted",
    "Medicare pt 74, Fluad (adjuvanted IIV) 0.5 mL IM L deltoid, nurse visit only.",
    ["90653", "G0008"], ["90471", "90662", "99211"], ["medicine", "vaccine", "hcpcs"])

add("vignette", "PCV21 for Medicare",
    "A 67-year-old Medicare patient who never had a pneumococcal vaccine received the 21-valent pneumococcal conjugate vaccine "
    "intramuscularly during a nurse-only visit.",
    ["90684", "G0009"], ["90677", "90732", "90471"], ["medicine", "vaccine", "hcpcs"])

add("email", "hep B vaccine Medicare",
    email("Hi,",
          "Medicare patient with diabetes got dose 1 of the 2-dose adjuvanted adult hepatitis B vaccine (Heplisav-B) in the "
          "office today. What are the vaccine and admin codes?",
          "Thanks!\nAlma\nPrimary Care of Eastfield (fictional)",
          None, 3),
    ["90739", "G0010"], ["90746", "90471", "G0008"], ["medicine", "vaccine", "hcpcs"])

add("vignette", "Tetanus after a puncture wound",
    "Medicare patient stepped on a rusty nail; last tetanus shot over ten years ago. The nurse cleaned the wound and gave Td "
    "(tetanus and diphtheria toxoids, adult, preservative free) IM. No physician visit.",
    ["90714", "90471"], ["90715", "G0008", "90702"], ["medicine", "vaccine"])

add("terse", "4 yo shots w/ counseling",
    "4 yo, Medicaid/VFC not used (private stock, commercial plan). Kinrix (DTaP-IPV) + ProQuad (MMRV) IM/SC, MD counseled parent on each vaccine.",
    ["90696", "90710", "90460x2", "90461x6"], ["90471", "90472", "90700", "90707", "90713"], ["medicine", "vaccine", "units"])

add("opnote", "Infusion record - nausea and fluids",
    "INFUSION CENTER RECORD (physician office)\n09:02 IV started.\n09:05 Ondansetron 4 mg IV push over 2 min (single-dose vial, "
    "all used).\n09:10-10:20 Normal saline 1000 mL IV hydration (70 min).\n10:22 IV removed, tolerated well.",
    ["96374", "96361", "J2405x4:JZ", "J7030"], ["96360", "96365", "96375", "J7050"], ["medicine", "infusion", "hcpcs_drug", "units"])

add("vignette", "IV iron, single dose",
    "Iron-deficiency anemia: ferric derisomaltose 1,000 mg IV infused over 25 minutes in the office from single-dose vials, "
    "nothing wasted.",
    ["96365", "J1437x100:JZ"], ["96366", "96374", "J1439", "J1756"], ["medicine", "infusion", "hcpcs_drug", "units"])

add("opnote", "Immunotherapy infusion",
    "ONCOLOGY INFUSION NOTE\nDRUG: Pembrolizumab 200 mg IV in 100 mL NS.\nTIME: 13:10-13:42 (32 minutes).\n"
    "VIAL: two 100 mg single-dose vials, entire contents used.\nPremedication: none.\nPhysician present in the suite.",
    ["96413", "J9271x200:JZ"], ["96365", "96415", "96409"], ["medicine", "infusion", "hcpcs_drug", "units"])

add("email", "Eligard 22.5",
    email('Hello team,', "Please code this one: " + "Leuprolide acetate 22.5 mg SC (Eligard, single-use kit, full dose given), prostate CA.", 'Best regards,\nArjun Patel\nRevenue Cycle, Clearwater Clinic (fictional)', None, 1),
    ["96402", "J9217x3:JZ"], ["96372", "96401", "J1950"], ["medicine", "hcpcs_drug", "units"])

add("vignette", "Depo shot",
    "Medroxyprogesterone acetate 150 mg IM in the right gluteus for contraception, from a single-dose prefilled syringe, given by "
    "the nurse. No provider visit.",
    ["96372", "J1050x150:JZ"], ["99211", "96402"], ["medicine", "hcpcs_drug", "units"])

add("email", "Vivitrol",
    email("Hello team,",
          "Extended-release naltrexone 380 mg IM (gluteal) given in our addiction medicine clinic today, single-dose kit, full "
          "dose administered. Just the injection today, no visit.",
          "Warmly,\nCasey\nRecovery Health (synthetic)",
          "> Previously: the buprenorphine induction visit last week was coded as 99204.", 0),
    ["96372", "J2315x380:JZ"], ["99204", "J0571", "96402"], ["medicine", "hcpcs_drug", "units", "historical"])

add("terse", "Invega Sustenna 156",
    "Paliperidone palmitate (Sustenna) 156 mg IM deltoid, prefilled syringe, complete dose. Injection only.",
    ["96372", "J2426x156:JZ"], ["J2427", "96402"], ["medicine", "hcpcs_drug", "units", "behavioral"])

add("vignette", "Pegfilgrastim",
    "Day after chemotherapy, the nurse gave pegfilgrastim (reference product, not a biosimilar) 6 mg subcutaneously from a "
    "prefilled single-dose syringe.",
    ["96372", "J2506x12:JZ"], ["96401", "96377", "Q5111"], ["medicine", "hcpcs_drug", "units"])

add("terse", "med mgmt + therapy",
    "Psychiatrist: est pt med mgmt 99214-level MDM + separate 30 min psychotherapy (timed, distinct from E/M).",
    ["99214", "90833"], ["90832", "90834", "90836", "90792"], ["medicine", "behavioral", "addon"])

add("vignette", "Psychiatric intake with meds",
    "A psychiatrist performed an initial diagnostic evaluation of a new patient with bipolar symptoms, including a medical "
    "history, a mental status exam, ordering labs and starting lithium.",
    ["90792"], ["90791", "99204", "90837"], ["medicine", "behavioral"])

add("email", "family therapy",
    email("Hi,",
          "LCSW saw the patient together with his parents for family psychotherapy, 50 minutes face to face, patient present "
          "the whole time.",
          "Thank you\nJosie\nBehavioral Health Billing (fictional)",
          None, 1),
    ["90847"], ["90846", "90837", "90853"], ["medicine", "behavioral"])

add("vignette", "Hospital stress test read",
    "Treadmill exercise stress test done in the hospital's stress lab (hospital bills the technical part). Our cardiologist "
    "supervised the test and wrote the interpretation and report.",
    ["93016", "93018"], ["93015", "93017", "78452"], ["medicine", "cardiovascular", "multi"])

add("terse", "PPM interrogation",
    "In-person interrogation dual-chamber pacemaker, no reprogramming, MD review.",
    ["93288"], ["93280", "93279", "93294"], ["medicine", "cardiovascular"])

add("vignette", "Leg arterial duplex",
    "Claudication workup: duplex ultrasound of the arteries of both legs (complete bilateral study) done and read in the vascular "
    "lab of our practice.",
    ["93925"], ["93926", "93970", "93922"], ["medicine", "cardiovascular"])

add("email", "spiro + DLCO",
    email('Good morning,', "Please code this one: " + "Spirometry (no bronchodilator) + DLCO, PFT lab in office.", 'Thank you!\nMeg\nCoding dept.', None, 2),
    ["94010", "94729"], ["94060", "94726", "94375"], ["medicine", "respiratory", "negation"])

add("opnote", "PT daily note",
    "PHYSICAL THERAPY DAILY NOTE (Medicare Part B, outpatient private practice)\nTherapeutic exercise: 33 minutes.\n"
    "Neuromuscular re-education (balance): 12 minutes.\nHot pack (unbilled, supervised modality bundled by payer): 10 minutes.\n"
    "Total timed minutes: 45.",
    ["97110x2:GP", "97112:GP"], ["97530", "97010", "97140"], ["medicine", "therapy", "units", "time"])

add("vignette", "Unattended e-stim Medicare",
    "Medicare outpatient PT visit for low back pain: 25 minutes of therapeutic exercise and 15 minutes of unattended electrical "
    "stimulation to the lumbar region.",
    ["97110x2:GP", "G0283:GP"], ["97014", "97032"], ["medicine", "therapy", "units", "hcpcs"])

add("terse", "OT eval",
    "OT initial eval, moderate complexity, s/p CVA, Medicare.",
    ["97166:GO"], ["97165", "97167", "97163"], ["medicine", "therapy", "modifier"])

add("email", "allergy vials",
    email("Hi,",
          "Allergist prepared two 10 mL multidose vials of antigen (one tree/grass mix, one mite/cat mix) for the patient's "
          "immunotherapy; injections will be given at home clinic. Only preparation billed by us.",
          "Thanks,\nRosa\nAllergy & Asthma Center (fictional)",
          None, 2),
    ["95165x20"], ["95117", "95115", "95144"], ["medicine", "units"])

add("vignette", "Nerve conduction plus limited EMG",
    "Right carpal tunnel evaluation: nerve conduction studies with six studies (median and ulnar motor and sensory, plus F-waves "
    "counted as allowed), and a limited needle EMG of two right hand muscles.",
    ["95910", "95885:?"], ["95909", "95911", "95886", "95860"], ["medicine", "nervous", "addon"])

add("terse", "routine EEG",
    "EEG awake + drowsy, 32 min recording, office.",
    ["95816"], ["95819", "95812", "95700"], ["medicine", "nervous"])

add("vignette", "Hearing test",
    "Audiologist performed comprehensive audiometry (air, bone and speech) and tympanometry on a Medicare patient referred "
    "by ENT for hearing loss.",
    ["92557", "92567"], ["92550", "92552", "92553"], ["medicine", "ent", "multi"])

add("terse", "eye est + VF",
    "Ophth est pt intermediate exam (92012 level) + visual field threshold, extended (glaucoma f/u).",
    ["92012", "92083"], ["92014", "92082", "99213"], ["medicine", "eye", "multi"])

add("vignette", "Monthly ESRD",
    "A 58-year-old on in-center hemodialysis: the nephrologist saw her face to face three times during the calendar month and "
    "managed her dialysis prescription.",
    ["90961"], ["90960", "90962", "90935"], ["medicine"])

add("opnote", "wound debr 35 sq cm",
    "PROCEDURE NOTE\nPROCEDURE / DETAILS: " + "Selective sharp debridement of devitalized tissue (nonselective not done) sacral wound, 35 sq cm total, no subQ removed." + "\nCOMPLICATIONS: none.\nDISPOSITION: home, stable.",
    ["97597", "97598"], ["11042", "97602", "11045"], ["medicine", "units", "addon"])

add("terse", "injection?",
    "Gave the pt a shot today, what do I bill?",
    [], [], ["vague", "medicine"], vague=True)

add("email", "PT units",
    email("Hello,", "How many units of PT do I bill for Monday's session?", "Thanks\nFront desk", None, 3),
    [], [], ["vague", "therapy"], vague=True)

# =====================================================================
# numbering, validation, output
# =====================================================================


def main():
    return mt.write_set("D", "team2d")


if __name__ == "__main__":
    sys.exit(main())
