#!/usr/bin/env python3
"""Held-out set A: 150 invented cases (surgery sections, anesthesia), written independently.

Uses the team set's helpers (add / opnote / email / validate). Writes team2a.jsonl.
Run: python3 eval/make_team2a.py
"""
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

add("vignette", "Thigh lesion excision",
    "Family physician removed an atypical-looking but ultimately benign dermatofibroma from the left anterior thigh. The lesion "
    "measured 1.6 cm and was taken with 3 mm margins on each side. Simple single-layer closure with 4-0 nylon. Path: benign.",
    ["11403"], ["11402", "11404", "11603", "12002"], ["surgery", "integumentary"])

add("terse", "SCC scalp exc + layered",
    "Exc SCC vertex scalp, lesion 1.0 cm, 5 mm margins circumferentially. Layered closure 2.8 cm (3-0 monocryl deep, staples skin). Path SCC, margins neg.",
    ["11622", "12032"], ["11623", "11422", "12031", "12002", "12042"], ["surgery", "integumentary", "multi"])

add("opnote", "Melanoma helix",
    opnote("Melanoma, right helix, 0.5 mm Breslow (shave biopsy proven).", "Same.",
           "Wide local excision of melanoma of the right ear with intermediate repair.",
           "Local, 1% lidocaine with epinephrine.",
           "Healed biopsy scar 0.6 cm on the superior helix.",
           "A 1.0 cm margin was marked around the scar, for an excised diameter of 2.6 cm. The specimen was removed through skin and "
           "subcutaneous tissue down to perichondrium and oriented with a suture. The perichondrium was left intact. The wound was "
           "closed in two layers with buried 5-0 absorbable sutures and 6-0 running epidermal sutures; final repair length 3.4 cm. "
           "No flap or graft was needed. Pathology: residual melanoma in situ, margins clear."),
    ["11643", "12052"], ["11644", "11642", "11443", "12051", "13152", "14060"], ["surgery", "integumentary", "multi"])

add("vignette", "Tiny nose lesion",
    "A 0.4 cm intradermal nevus on the left nasal sidewall was excised with 1 mm margins each side (excised diameter 0.6 cm) and closed "
    "with two simple 6-0 sutures. Pathology benign.",
    ["11441"], ["11440", "11442", "11311", "12011"], ["surgery", "integumentary"])

add("email", "two excisions same day",
    email("Hi all,",
          "Dr. Brannigan did two excisions on one patient Thursday:\n"
          "1) basal cell carcinoma, mid back, excised diameter 2.5 cm including margins, simple closure\n"
          "2) benign epidermoid cyst, posterior neck, excised diameter 1.8 cm, simple closure\n"
          "Path is back on both. What goes on the claim?",
          "Thanks,\nOdile Marchetti\nBilling, Lakeshore Dermatology (fictional)",
          "> On Mon you wrote:\n> The cryotherapy of the actinic keratoses last week was 17000 plus 17003 x3.", 1),
    ["11603:?", "11422:?"], ["11602", "11423", "11403", "17000", "17003", "12001"], ["surgery", "integumentary", "multi", "historical"])

add("terse", "face lacs simple x3",
    "Simple repair 3 facial lacs: chin 2.5 cm, L cheek 2.0 cm, R lower eyelid 1.5 cm. Single layer 6-0 prolene.",
    ["12014"], ["12013", "12015", "12002", "12051"], ["surgery", "integumentary"])

add("vignette", "Neck and hand layered closures",
    "ED visit after a bicycle crash. The physician performed layered closures of a 3.5 cm laceration on the left side of the neck and a "
    "4.5 cm laceration on the dorsum of the right hand; both needed buried absorbable deep sutures. No tendon involvement.",
    ["12044"], ["12042", "12045", "12034", "12002"], ["surgery", "integumentary"])

add("opnote", "Forehead complex repair",
    opnote("Forehead laceration from dog bite.", "Same.",
           "Complex repair of forehead laceration, 3.4 cm.",
           "Local, 1% lidocaine.",
           "Jagged 3.4 cm laceration of the left forehead with crushed, devitalized edges; frontalis intact.",
           "The wound was irrigated copiously. The devitalized edges were trimmed sharply to healthy tissue. The wound edges were "
           "undermined widely in the subcutaneous plane to allow closure without tension. Deep buried 5-0 absorbable sutures and "
           "6-0 nylon skin sutures completed the repair. This is a complex repair (debridement and extensive undermining)."),
    ["13132"], ["13131", "13133", "12052", "11042"], ["surgery", "integumentary"])

add("terse", "complex repair back 14 cm",
    "Complex repair 14.0 cm back wound after sarcoma re-excision (excision billed by onc surgeon), wide undermining + retention sutures.",
    ["13101", "13102x2"], ["13100", "12035", "12036"], ["surgery", "integumentary", "addon", "units"])

add("vignette", "Four shave biopsies",
    "Tangential (shave) biopsies were taken from four separate lesions: right temple, left upper arm, mid chest and right calf, to evaluate "
    "for non-melanoma skin cancer. Hemostasis with aluminum chloride.",
    ["11102", "11103x3"], ["11104", "11105", "11300", "11310"], ["surgery", "integumentary", "addon", "units"])

add("email", "biopsy techniques",
    email("Good afternoon,",
          "Quick one: one incisional biopsy (ellipse into fat) from a firm nodule on the right shin and one tangential biopsy from a scaly "
          "papule on the left forearm, separate lesions, same visit. Which codes?",
          "Kind regards,\nHarriet Osei, CPC\nAcorn Skin & Laser (synthetic)",
          "> Previously: the three AKs frozen on 2/4 were coded 17000 + 17003 x2.", 2),
    ["11106", "11103"], ["11102", "11107", "11104", "17000", "17003"], ["surgery", "integumentary", "addon", "multi", "historical"])

add("terse", "AKs LN2 x14",
    "LN2 cryo to 14 AKs (face 6, scalp 5, forearms 3).",
    ["17000", "17003x13"], ["17004", "17110", "17111"], ["surgery", "integumentary", "addon", "units"])

add("vignette", "Lots of flat warts",
    "Sixteen flat warts on the dorsal hands and wrists were destroyed with liquid nitrogen at one visit.",
    ["17111"], ["17110", "17000", "17004"], ["surgery", "integumentary"])

add("vignette", "ED&C of trunk BCC",
    "Superficial basal cell carcinoma on the left flank, 1.5 cm, treated with three cycles of electrodesiccation and curettage; "
    "no excision.",
    ["17262"], ["17261", "11602", "17272", "17000"], ["surgery", "integumentary", "negation"])

add("vignette", "Heel ulcer to bone",
    "Wound clinic: a stage 4 heel ulcer on the right foot measuring 6 x 5 cm (30 sq cm) underwent sharp excisional debridement with a "
    "rongeur and curette including necrotic calcaneal bone.",
    ["11044", "11047"], ["11043", "11042", "11012", "97597"], ["surgery", "integumentary", "addon", "units"])

add("terse", "selective debr 32 sq cm",
    "Selective debridement w/ curette, fibrinous slough venous ulcers L lower leg, total 32 sq cm, epidermis/dermis only.",
    ["97597", "97598"], ["11042", "11045", "97602"], ["integumentary", "medicine", "addon", "units"])

add("email", "two ulcers subq",
    email("Hello,",
          "Dr. Pham debrided two pressure ulcers on the same patient today, both down into subcutaneous tissue (no muscle): right "
          "ischial 14 sq cm and left trochanteric 12 sq cm. How many units?",
          "Thanks!\nGwen\nWound Care Center at Hollins (fictional)",
          None, 3),
    ["11042", "11045"], ["11043", "11046", "97597"], ["surgery", "integumentary", "addon", "units"])

add("vignette", "Pilonidal I&D",
    "Complicated incision and drainage of a pilonidal abscess: the cavity had several side tracts that were opened and probed, "
    "curetted, and packed. No excision of the cyst.",
    ["10081"], ["10080", "10061", "11771"], ["surgery", "integumentary", "negation"])

add("vignette", "Both great toenails",
    "Simple avulsion of the nail plates of both great toes (left first, then right) for onychomycotic dystrophic nails; no "
    "matrixectomy.",
    ["11730:TA", "11732:T5"], ["11750", "11720", "11721"], ["surgery", "integumentary", "addon", "modifier", "negation"])

add("terse", "subungual hematoma",
    "Trephination subungual hematoma L index finger w/ cautery, crush injury, no fx on XR (XR read by radiology).",
    ["11740:F1"], ["11730", "10140", "73140"], ["surgery", "integumentary", "modifier"])

add("opnote", "Burn grafting",
    opnote("Deep partial-thickness and full-thickness burn, right thigh.", "Same.",
           "Tangential excision of burn eschar, right thigh, 120 sq cm; split-thickness autograft to the same area.",
           "General endotracheal.",
           "Burn wound of the right anterior thigh measuring 120 sq cm with nonviable eschar.",
           "The eschar was excised tangentially with a Watson knife until punctate bleeding was seen, preparing a 120 sq cm recipient "
           "bed. Hemostasis with epinephrine-soaked pads. A 12/1000 inch split-thickness graft was harvested from the left thigh with "
           "a dermatome, meshed 1.5:1 and applied to the 120 sq cm bed and secured with staples. Negative pressure dressing applied "
           "over the graft (part of the dressing, not billed separately)."),
    ["15002", "15003", "15100", "15101"], ["15004", "15120", "15200", "97605", "11042"], ["surgery", "integumentary", "addon", "multi"])

add("opnote", "BCC nasal tip FTSG",
    opnote("Nodular BCC, nasal tip.", "Same.",
           "Excision of basal cell carcinoma of nasal tip with full-thickness skin graft from right preauricular skin.",
           "Local.",
           "0.9 cm pearly nodule of the nasal tip.",
           "The tumor was excised with 3 mm margins (excised diameter 1.5 cm) and sent for frozen section, which showed clear margins. "
           "The resulting 1.8 sq cm defect was reconstructed with a full-thickness graft harvested from the right preauricular area; "
           "the donor site was closed primarily. The graft was defatted, inset with 6-0 fast-absorbing sutures and a bolster placed."),
    ["11642", "15260"], ["11643", "12051", "14060", "15240", "12011"], ["surgery", "integumentary", "multi"])

add("vignette", "Cheek rotation flap",
    "A 1.2 cm BCC of the left cheek was excised with 4 mm margins and the defect was closed with a cheek rotation flap; the total "
    "flap plus defect area measured 8 sq cm.",
    ["14040"], ["11643", "11642", "13132", "14041", "12052"], ["surgery", "integumentary", "bundling"])

add("terse", "shave lesion neck",
    "Shave removal 1.2 cm pedunculated nevus L neck, base cauterized. Path benign.",
    ["11307"], ["11302", "11312", "11102", "11422"], ["surgery", "integumentary"])

add("vignette", "Nine skin tags",
    "Nine acrochordons removed from both axillae with fine scissors; hemostasis by pressure.",
    ["11200"], ["11201", "17110", "11300"], ["surgery", "integumentary"])

add("email", "Mohs forearm",
    email("Hi,",
          "Mohs on an SCC of the right forearm: first stage 4 tissue blocks, positive at 3 o'clock; second stage 2 blocks, clear. The "
          "defect was repaired by the referring plastic surgeon the next day (they bill that). What do we bill for the Mohs?",
          "Best,\nCallum Reyes\nMohs & Dermatologic Surgery Associates (synthetic)",
          None, 0),
    ["17313", "17314"], ["17311", "17312", "17315", "11602", "12032"], ["surgery", "integumentary", "addon"])

add("terse", "lipoma subfascial back",
    "Exc lipoma R upper back, 4.5 cm, deep to fascia (subfascial), layered closure.",
    ["21932"], ["21930", "21931", "21933", "12032"], ["surgery", "musculoskeletal", "bundling"])

# =====================================================================
# BREAST
# =====================================================================

add("vignette", "Fibroadenoma",
    "A 24-year-old with a palpable 2 cm fibroadenoma of the left breast at 10 o'clock. Open excision through a circumareolar incision "
    "without any preoperative localization wire.",
    ["19120:LT"], ["19125", "19301", "19101"], ["surgery", "breast", "laterality", "negation"])

add("opnote", "Lumpectomy right",
    opnote("Right breast invasive ductal carcinoma, 1.4 cm, clinically node negative.", "Same.",
           "Right partial mastectomy (lumpectomy) with margin shaves.",
           "General LMA.",
           "Palpable mass upper outer quadrant; the previously placed biopsy clip was within the specimen on specimen radiograph.",
           "A curvilinear incision was made over the mass. The tumor was excised with a rim of normal tissue and oriented with sutures. "
           "Additional superior and lateral margins were shaved and sent separately. Cavity marked with clips. Sentinel node biopsy "
           "had been done at a prior operation and was not repeated; no axillary dissection. Layered closure."),
    ["19301:RT"], ["19302", "19120", "19125", "38525"], ["surgery", "breast", "laterality", "negation", "historical"])

add("terse", "US bx R breast x2",
    "US-guided core bx R breast, 2 separate masses (9:00 and 11:00), clip each.",
    ["19083:RT", "19084:?"], ["19081", "19085", "76942", "76641"], ["surgery", "breast", "laterality", "addon"])

add("vignette", "Cyst aspiration",
    "Palpable tender cyst in the breast, aspirated with a 21 gauge needle in the office (no imaging); 8 mL of straw-colored fluid "
    "obtained, mass resolved. A second, separate cyst in the same breast was also aspirated.",
    ["19000", "19001"], ["10160", "19083", "76942"], ["surgery", "breast", "addon"])

add("email", "breast abscess",
    email("Morning,",
          "Dr. Fenwick did an incision and drainage of a lactational abscess of the left breast in the OR last night (deep, not "
          "superficial; loculations broken down, packed). Code please?",
          "Cheers,\nNell\nSurgical billing, Pinecrest General (synthetic)",
          None, 1),
    ["19020:LT"], ["10060", "10061", "19000"], ["surgery", "breast", "laterality"])

add("vignette", "Prophylactic bilateral mastectomies",
    "BRCA2 carrier undergoes bilateral simple (total) mastectomies without any lymph node surgery; reconstruction is planned later by "
    "plastics and was not done today.",
    ["19303:50"], ["19307", "19305", "19357", "19340"], ["surgery", "breast", "bilateral", "negation"])

# =====================================================================
# MUSCULOSKELETAL / ARTHROSCOPY
# =====================================================================

add("opnote", "Left shoulder scope SLAP",
    opnote("Left shoulder SLAP tear, AC joint arthrosis, impingement.", "Same.",
           "Left shoulder arthroscopy: SLAP repair, distal clavicle excision, subacromial decompression.",
           "General with interscalene block (by anesthesia).",
           "Type II SLAP lesion. AC joint degenerative. Hooked acromion. Rotator cuff intact.",
           "Posterior and anterior portals were created. The superior labrum was detached from 11 to 1 o'clock; the glenoid was "
           "prepared and two knotless anchors were placed to repair the labrum. The scope was moved to the subacromial space; bursectomy "
           "and acromioplasty were performed with a burr. The distal 8 mm of the clavicle was resected arthroscopically. Limited "
           "debridement of frayed labrum was incidental. Portals closed."),
    ["29807:LT", "29824:LT", "29826:LT"], ["29822", "29823", "23120", "23130", "29806"], ["surgery", "musculoskeletal", "laterality", "addon", "multi"])

add("terse", "R knee scope loose body",
    "R knee arthroscopy, removal 2 loose bodies (osteochondral) from lateral gutter. Menisci intact, no chondroplasty.",
    ["29874:RT"], ["29877", "29870", "29881", "29880"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("vignette", "Meniscus repair",
    "20-year-old with a peripheral vertical tear of the left medial meniscus. Arthroscopic all-inside meniscus repair with three "
    "implants; no portion of the meniscus was removed.",
    ["29882:LT"], ["29881", "29883", "29880"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("terse", "R shoulder scope debr",
    "R shoulder scope: extensive debridement (labrum, biceps stump, undersurface cuff, humeral + glenoid chondral surfaces). No repair, no SAD.",
    ["29823:RT"], ["29822", "29826", "29827"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("vignette", "Hip scope labrum",
    "Right hip arthroscopy for a symptomatic labral tear: the labrum was repaired with three suture anchors. No femoroplasty and no "
    "acetabuloplasty were needed.",
    ["29916:RT"], ["29915", "29914", "29862"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("opnote", "Ankle scope",
    opnote("Left ankle anterior impingement and synovitis.", "Same plus osteophytes of the anterior tibia and talar neck.",
           "Left ankle arthroscopy with extensive debridement.",
           "General plus popliteal block.",
           "Large anterior tibial osteophyte, hypertrophic synovitis throughout, chondral fraying of the talar dome.",
           "Anteromedial and anterolateral portals were established. Extensive synovectomy was done with the shaver; the anterior "
           "tibial and talar neck osteophytes were removed with a burr; the chondral surfaces were debrided. Fluoroscopy confirmed "
           "adequate resection."),
    ["29898:LT"], ["29897", "29894", "27620"], ["surgery", "musculoskeletal", "laterality"])

add("vignette", "Clavicle fracture",
    "Orthopedist sees a 30-year-old with a minimally displaced midshaft right clavicle fracture; treated in a sling without "
    "manipulation; the practice will provide the fracture follow-up.",
    ["23500:RT"], ["23505", "23515", "29049"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("opnote", "Ankle ORIF",
    opnote("Left bimalleolar ankle fracture.", "Same.",
           "Open reduction internal fixation, left lateral and medial malleoli.",
           "General.",
           "Displaced oblique distal fibula fracture and transverse medial malleolus fracture; syndesmosis stable on stress test. "
           "Posterior malleolus intact.",
           "Through a lateral incision the fibula was reduced and fixed with a lag screw and a one-third tubular plate. Through a "
           "medial incision the medial malleolus was reduced and fixed with two partially threaded cancellous screws. A fluoroscopic "
           "stress test showed a stable syndesmosis, so no syndesmotic fixation was placed."),
    ["27814:LT"], ["27822", "27792", "27766", "27829", "27810"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("email", "distal radius ORIF",
    email("Hi team,",
          "Dr. Oyelaran did an ORIF of a right distal radius fracture yesterday: intra-articular, two fragments, volar locking plate. "
          "The ulnar styloid was also broken but left alone. Codes please.",
          "Thanks,\nMarguerite Dhillon\nHand & Upper Extremity Center (synthetic)",
          "> Earlier reply: the closed reduction on the left wrist in February was 25605-LT.", 1),
    ["25608:RT"], ["25607", "25609", "25605", "25652"], ["surgery", "musculoskeletal", "laterality", "negation", "historical"])

add("vignette", "De Quervain",
    "Surgical release of the first dorsal compartment of the right wrist for de Quervain tenosynovitis; no tenosynovectomy.",
    ["25000:RT"], ["25001", "26055", "20550"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("vignette", "Hip injection with ultrasound",
    "Ultrasound-guided injection of the right hip joint, image saved and reported. Drug: methylprednisolone acetate 80 mg from a "
    "single-dose vial, entire vial used, purchased by the practice.",
    ["20611:RT", "J1010x80:JZ"], ["20610", "76942", "J3301"], ["musculoskeletal", "hcpcs_drug", "laterality", "units", "bundling"])

add("email", "knee revision",
    email("Hi consultant team,",
          "Dr. Abernathy revised only the tibial component (polyethylene insert and tibial tray) of a right total knee today for "
          "aseptic loosening. The femoral component was well fixed and retained. The original TKA was done in 2017 elsewhere.",
          "Regards,\nBettina Kroll\nOrtho billing, Summit Joint Institute (fictional)",
          "> From the prior thread: the left primary TKA last month was 27447-LT.", 2),
    ["27486:RT"], ["27487", "27447", "27488"], ["surgery", "musculoskeletal", "laterality", "historical"])

# =====================================================================
# DIGESTIVE
# =====================================================================

add("vignette", "Varices banded",
    "Cirrhotic patient with a variceal bleed: upper endoscopy with band ligation of four large distal esophageal varices; no "
    "injection sclerotherapy.",
    ["43244"], ["43235", "43243", "43255", "43204"], ["surgery", "digestive", "endoscopy", "negation"])

add("terse", "EGD savary",
    "EGD, peptic stricture distal esoph, wire placed, Savary dilation 14-16 mm over wire under fluoro. No bx.",
    ["43248"], ["43249", "43235", "43239", "43450"], ["surgery", "digestive", "endoscopy", "negation"])

add("opnote", "EGD hot biopsy",
    opnote("Gastric polyp on prior imaging.", "5 mm fundic gland polyp.",
           "Upper endoscopy with removal of gastric polyp by hot biopsy forceps.",
           "Monitored anesthesia care by a separate anesthesia provider.",
           "Single 5 mm sessile polyp in the gastric fundus. Otherwise normal to D2.",
           "The scope was advanced to the second portion of the duodenum. The polyp was grasped with hot biopsy forceps and removed "
           "with electrocautery. No snare was used and no other biopsies were taken."),
    ["43250"], ["43251", "43239", "43235"], ["surgery", "digestive", "endoscopy", "negation"])

add("vignette", "EGD with brushings only",
    "Upper endoscopy in an immunosuppressed patient with odynophagia. White plaques in the esophagus were sampled with a cytology "
    "brush for fungal smear. No forceps biopsies were taken.",
    ["43235"], ["43239", "43200"], ["surgery", "digestive", "endoscopy", "negation"])

add("email", "screening colonoscopy, family history",
    email("Hello coding team,",
          "70-year-old Medicare patient whose brother was diagnosed with colon cancer at age 52. No GI symptoms; she came in for "
          "screening. Colonoscopy to the cecum, normal exam, no biopsies, no polypectomy. Which code?",
          "Appreciate it,\nFrancesca Liu\nRiverside Endoscopy Center (synthetic)", None, 2),
    ["G0105"], ["G0121", "45378", "45380"], ["surgery", "digestive", "endoscopy", "hcpcs", "negation"])

add("terse", "scrn colo -> forceps polypectomy, Medicare",
    "Medicare avg-risk screening colo. 3 mm polyp rectosigmoid removed cold forceps. Otherwise nl.",
    ["45380:PT"], ["G0121", "45385", "45378"], ["surgery", "digestive", "endoscopy", "modifier"])

add("opnote", "EMR ascending colon",
    opnote("Large flat polyp on prior colonoscopy.", "25 mm laterally spreading lesion, ascending colon.",
           "Colonoscopy with endoscopic mucosal resection.",
           "MAC by anesthesia.",
           "Granular laterally spreading lesion 25 mm in the ascending colon. No other polyps.",
           "The colonoscope was advanced to the cecum. The lesion was lifted with a submucosal injection of saline with methylene blue "
           "and then resected en bloc and piecemeal with a snare. The margins were treated with snare tip soft coagulation. The defect "
           "was closed with three clips. No separate tattoo was placed."),
    ["45390"], ["45385", "45381", "45378"], ["surgery", "digestive", "endoscopy", "bundling"])

add("vignette", "Colonoscopy for bleeding diverticulum",
    "Colonoscopy for lower GI bleeding: an actively oozing vessel in a sigmoid diverticulum was treated with epinephrine injection and "
    "two hemoclips. No polyps, no biopsies.",
    ["45382"], ["45378", "45381", "45380"], ["surgery", "digestive", "endoscopy", "negation"])

add("terse", "flex sig snare",
    "Flex sig to 55 cm: 9 mm sigmoid polyp, hot snare. No other intervention.",
    ["45338"], ["45385", "45333", "45330"], ["surgery", "digestive", "endoscopy"])

add("opnote", "ERCP",
    opnote("Choledocholithiasis.", "Common bile duct stones, two.",
           "ERCP with biliary sphincterotomy and balloon extraction of stones.",
           "General anesthesia by anesthesia team.",
           "Dilated CBD 11 mm with two 8 mm stones. Pancreatic duct not injected.",
           "The duodenoscope was passed to the major papilla. The bile duct was cannulated and a cholangiogram obtained. A biliary "
           "sphincterotomy was performed with a sphincterotome. Both stones were swept out with an extraction balloon; an occlusion "
           "cholangiogram showed no residual filling defects. No stent was placed."),
    ["43262", "43264"], ["43260", "43274", "74328", "43265"], ["surgery", "digestive", "endoscopy", "multi", "negation"])

add("vignette", "Incarcerated ventral hernia",
    "First-time laparoscopic repair of a ventral hernia with an incarcerated segment of omentum that required reduction. Defect 4 cm by "
    "3 cm. Mesh placed intraperitoneally.",
    ["49594"], ["49593", "49616", "49595"], ["surgery", "digestive", "hernia"])

add("terse", "recurrent umb hernia",
    "Open repair recurrent umbilical hernia (prior primary suture repair 2019), defect 1.5 cm, reducible, mesh.",
    ["49613"], ["49591", "49614"], ["surgery", "digestive", "hernia", "historical"])

add("opnote", "Big recurrent incisional hernia",
    opnote("Recurrent incisional hernia with obstruction.", "Recurrent incisional hernia, 13 cm, with incarcerated small bowel; "
           "previous mesh partially explanted.",
           "Open repair of recurrent incisional hernia with removal of prior mesh and retromuscular mesh placement.",
           "General endotracheal.",
           "Midline defect 13 cm by 9 cm. Incarcerated loop of ileum, viable after reduction. Old onlay mesh contracted and non-infected.",
           "A midline incision was made through the old scar. The old mesh was dissected free and removed entirely. The hernia sac was "
           "opened and the incarcerated ileum reduced; it pinked up and no resection was needed. The posterior sheath was incised "
           "bilaterally and the retromuscular space developed; the posterior layer was closed and a 30 x 30 cm mesh placed. The anterior "
           "fascia was closed."),
    ["49618", "49623"], ["49617", "49596", "44120", "15734"], ["surgery", "digestive", "hernia", "addon", "negation"])

add("vignette", "Toddler hernia",
    "3-year-old boy with a reducible right indirect inguinal hernia; open high ligation of the sac, no hydrocele.",
    ["49500:RT"], ["49505", "49495", "49501"], ["surgery", "digestive", "hernia", "laterality"])

add("terse", "incarc IH L",
    "Open repair incarcerated L inguinal hernia, 58M, first-time, omentum reduced, viable, Lichtenstein mesh.",
    ["49507:LT"], ["49505", "49521", "49650"], ["surgery", "digestive", "hernia", "laterality"])

add("email", "lap inguinal one side",
    email("Hi folks,",
          "Laparoscopic TAPP repair of a left inguinal hernia, first time, reducible, mesh. The right side was explored "
          "laparoscopically and had no hernia, so nothing was done there.",
          "Many thanks,\nDeSean Harlow\nGeneral Surgery of the Valley (synthetic)",
          "> Earlier you said the open right repair in January was 49505-RT.", 3),
    ["49650:LT"], ["49505", "49651"], ["surgery", "digestive", "hernia", "laterality", "negation", "historical"])

add("vignette", "Femoral hernia",
    "An 80-year-old woman presented with an incarcerated right femoral hernia; open repair, never repaired before; the incarcerated "
    "preperitoneal fat was reduced, no bowel resection.",
    ["49553:RT"], ["49550", "49507", "49505"], ["surgery", "digestive", "hernia", "laterality"])

add("vignette", "Lap chole with duct exploration",
    "Laparoscopic cholecystectomy; intraoperative cholangiogram showed a 7 mm distal CBD stone, so a laparoscopic transcystic common "
    "bile duct exploration with basket retrieval was performed in the same operation.",
    ["47564"], ["47563", "47562", "47610", "43264"], ["surgery", "digestive"])

add("opnote", "Open chole with IOC",
    opnote("Cholelithiasis, prior extensive upper abdominal surgery.", "Same.",
           "Open cholecystectomy with intraoperative cholangiogram.",
           "General.",
           "Chronic cholecystitis, dense adhesions; cholangiogram normal.",
           "Due to multiple prior laparotomies the operation was begun open through a right subcostal incision (no laparoscopy was "
           "attempted). Adhesions were taken down, the gallbladder was dissected from the liver bed, a cholangiocatheter was placed "
           "in the cystic duct and a cholangiogram performed, which was normal. The cystic duct and artery were ligated and divided. "
           "Closure in layers."),
    ["47605"], ["47600", "47563", "47610", "74300"], ["surgery", "digestive", "negation"])

add("vignette", "Perforated appendix done laparoscopically",
    "Laparoscopic appendectomy for a perforated appendix with a localized abscess, which was drained and irrigated through the same "
    "laparoscopic approach.",
    ["44970"], ["44960", "44950", "49406"], ["surgery", "digestive"])

add("terse", "RBL hemorrhoids",
    "Anoscopy + rubber band ligation x3 internal hemorrhoid columns, office.",
    ["46221"], ["46945", "46600", "46250"], ["surgery", "digestive", "bundling"])

add("vignette", "Low anal fistula",
    "Fistulotomy of a subcutaneous anal fistula (superficial tract not involving the sphincter muscle) in the OR.",
    ["46270"], ["46275", "46280", "46060"], ["surgery", "digestive"])

add("email", "EGD biopsies, old PEG in history",
    email("Hi there,",
          "Our GI doc did an EGD for dysphagia today and took cold forceps biopsies from the mid and distal esophagus for eosinophilic "
          "esophagitis. The PEG tube mentioned in the history was removed last year and there's nothing about it today.",
          "Thank you,\nRuthie Alcock\nDigestive Health of Marlow (fictional)", None, 0),
    ["43239"], ["43235", "43246", "43762"], ["surgery", "digestive", "endoscopy", "historical"])

# =====================================================================
# URINARY
# =====================================================================

add("opnote", "Ureteroscopy laser",
    opnote("Left proximal ureteral stone, 9 mm.", "Same.",
           "Cystoscopy, left ureteroscopy with holmium laser lithotripsy, basket extraction, and left double-J stent placement.",
           "General.",
           "9 mm stone in the left proximal ureter. Bladder normal.",
           "Cystoscopy was performed and a guidewire passed into the left kidney. A semirigid then flexible ureteroscope was advanced "
           "to the stone, which was fragmented with the holmium laser; fragments were basketed. A 6 Fr x 26 cm stent was placed over "
           "the wire with a good curl in the kidney and bladder under fluoroscopy."),
    ["52356:LT"], ["52353", "52352", "52332", "74420"], ["surgery", "urology", "laterality", "bundling"])

add("terse", "cysto bx",
    "Cysto w/ cold cup bx x2 bladder dome erythematous patch. No fulguration of tumor.",
    ["52204"], ["52000", "52224", "52234"], ["surgery", "urology", "negation"])

add("vignette", "TURBT medium",
    "Transurethral resection of a single papillary bladder tumor on the left lateral wall measuring 3.5 cm.",
    ["52235"], ["52234", "52240", "52204"], ["surgery", "urology"])

add("terse", "foley complicated",
    "Foley placement by urology in ED, complicated: false passage, required coude + filiform guide. (No cysto.)",
    ["51703"], ["51702", "52000", "51701"], ["surgery", "urology", "negation"])

add("email", "BCG",
    email("Hello,",
          "Bladder instillation of BCG for non-muscle-invasive bladder cancer today (week 3 of induction). One vial of TICE BCG "
          "(50 mg), single-use, all of it instilled. Urinary catheter was placed only for the instillation.",
          "Thanks,\nAmara\nCoastal Urology Group (synthetic)",
          "> From: consultant\n> Last week's cystoscopy with bladder biopsy was 52204.", 1),
    ["51720", "J9030x50:JZ"], ["51702", "52204", "96413"], ["urology", "hcpcs_drug", "units", "historical"])

# =====================================================================
# MALE GENITAL
# =====================================================================

add("vignette", "Orchiectomy",
    "Simple orchiectomy of the left testis through a scrotal incision for chronic orchialgia; no prosthesis.",
    ["54520:LT"], ["54530", "54660", "54690"], ["surgery", "urology", "laterality", "negation"])

add("terse", "adult circ",
    "Circumcision, 34 yo, sleeve technique (surgical excision), phimosis.",
    ["54161"], ["54150", "54160"], ["surgery", "urology"])

add("vignette", "Penile warts",
    "Condylomata of the penile shaft (five small lesions) frozen with liquid nitrogen in the office; simple destruction.",
    ["54056"], ["54050", "17110", "54065"], ["surgery", "urology"])

add("opnote", "Torsion",
    opnote("Acute right testicular torsion.", "Same, 540 degrees.",
           "Scrotal exploration, detorsion and fixation of the right testis, with fixation of the left testis.",
           "General.",
           "Right testis twisted 540 degrees, dusky, pinked up after detorsion. Left bell-clapper deformity.",
           "Through a midline scrotal incision the right hemiscrotum was entered, the cord detorsed, and the testis observed until "
           "viable; it was fixed with three-point nonabsorbable sutures. The left side was then opened and the left testis fixed in "
           "the same way. Closure in layers."),
    ["54600:RT"], ["54620", "54640", "54520"], ["surgery", "urology", "laterality", "bundling"])

add("email", "hydrocele",
    email("Hi,",
          "Right-sided hydrocelectomy (tunica excised) on a 61-year-old today. Left side normal, not touched.",
          "Thanks,\nJules\nRiverside Urology (fictional)", None, 2),
    ["55040:?"], ["55041", "54520", "55000"], ["surgery", "urology", "laterality", "negation"])

# =====================================================================
# FEMALE GENITAL
# =====================================================================

add("vignette", "LEEP under colposcopy",
    "Colposcopically directed loop electrosurgical excision (cone) of the cervical transformation zone for CIN 3; no separate "
    "endocervical curettage.",
    ["57461"], ["57522", "57460", "57454", "57456"], ["surgery", "gyn", "bundling"])

add("terse", "bartholin marsup",
    "Marsupialization L Bartholin duct cyst, office.",
    ["56440"], ["56420", "56740"], ["surgery", "gyn"])

add("opnote", "Hysteroscopic myomectomy",
    opnote("Menorrhagia, submucous fibroid.", "Same.",
           "Hysteroscopy with resection of submucous leiomyoma.",
           "General LMA.",
           "2.5 cm type 1 submucous fibroid on the posterior wall. No polyps.",
           "The cervix was dilated to 9 mm. A bipolar resectoscope was inserted and the fibroid shaved to the level of the myometrium; "
           "chips were removed and sent to pathology. No endometrial ablation was performed."),
    ["58561"], ["58558", "58563", "58140", "58120"], ["surgery", "gyn", "negation"])

add("terse", "novasure",
    "Endometrial ablation, radiofrequency (NovaSure), no hysteroscopy.",
    ["58353"], ["58563", "58356", "58558"], ["surgery", "gyn", "negation"])

add("email", "IUD out",
    email("Hello,",
          "Removal of a copper IUD in the office by pulling the strings; patient did not want a new one. That's all today.",
          "Best,\nCordelia\nWomen's Health Partners (synthetic)",
          "> On 3/1 you coded the original insertion as 58300 with J7300.", 3),
    ["58301"], ["58300", "J7300", "58562"], ["surgery", "gyn", "historical"])

add("vignette", "Vaginal hysterectomy",
    "Total vaginal hysterectomy for abnormal uterine bleeding (no prolapse); uterus 140 grams; tubes and ovaries left in place; no colporrhaphy.",
    ["58260"], ["58262", "58290", "58270"], ["surgery", "gyn", "negation"])

add("vignette", "Vulvar biopsies",
    "Punch biopsies of two separate vulvar lesions (left labium majus and right labium minus) for lichen sclerosus versus VIN.",
    ["56605", "56606"], ["11104", "11105", "56620"], ["surgery", "gyn", "addon"])

add("opnote", "Lap salpingo-oophorectomy",
    opnote("Right ovarian mass, 6 cm, probable dermoid.", "Right mature cystic teratoma.",
           "Laparoscopic right salpingo-oophorectomy.",
           "General endotracheal.",
           "6 cm smooth right ovarian cyst. Left tube and ovary normal and left in place. Uterus normal.",
           "Three ports were placed. The right infundibulopelvic ligament was sealed and divided, followed by the utero-ovarian ligament "
           "and the mesosalpinx. The right tube and ovary were placed in a bag and removed through the umbilical port without spillage. "
           "The left adnexa were inspected only."),
    ["58661:RT"], ["58662", "58720", "58940", "58925"], ["surgery", "gyn", "laterality", "negation"])

# =====================================================================
# MATERNITY
# =====================================================================

add("vignette", "VBAC",
    "Patient with one prior low transverse cesarean. Our practice provided her prenatal care from 8 weeks, she had a successful vaginal "
    "birth after cesarean, and we will see her postpartum.",
    ["59610"], ["59400", "59510", "59618"], ["surgery", "obstetric", "historical"])

add("terse", "delivery only",
    "On-call OB, vaginal delivery only, pt from outside practice (they do prenatal + PP).",
    ["59409"], ["59400", "59410", "59414"], ["surgery", "obstetric"])

add("email", "delivery + postpartum, transfer of care",
    email("Hi,",
          "Patient transferred to us at 38 weeks after moving; her prenatal care was with another group, who will bill it. Our "
          "physician performed the vaginal delivery and is providing all postpartum care. What code?",
          "Thank you,\nGreta\nMeadowlark Family Birth Center (fictional)", None, 0),
    ["59410"], ["59400", "59409", "59430", "59425"], ["surgery", "obstetric"])

add("email", "failed TOLAC",
    email("Hi coding,",
          "Global OB patient of ours with a prior cesarean attempted a trial of labor after cesarean but it failed (arrest of dilation) "
          "and she had a repeat cesarean. We did all prenatal care and will do the postpartum care.",
          "Thanks a bunch,\nMolly\nBirchwood OB/GYN (synthetic)", None, 0),
    ["59618"], ["59510", "59610", "59620"], ["surgery", "obstetric"])

add("terse", "antepartum only 5 visits",
    "Antepartum care only, 5 visits, pt moved out of state at 24 wks.",
    ["59425"], ["59426", "59400", "99213"], ["obstetric"])

add("terse", "ECV",
    "ECV for breech at 37 wks, successful. (Delivery to be coded later by delivering MD.)",
    ["59412"], ["59400", "59409"], ["surgery", "obstetric", "negation"])

add("vignette", "Missed abortion D&C",
    "Suction dilation and curettage for a missed abortion at 9 weeks (no cardiac activity on ultrasound).",
    ["59820"], ["59812", "59821", "58120"], ["surgery", "obstetric"])

# =====================================================================
# EYE
# =====================================================================

add("opnote", "Cataract with stent",
    opnote("Visually significant cataract and mild primary open-angle glaucoma, left eye.", "Same.",
           "Phacoemulsification with IOL, left eye, with insertion of trabecular micro-bypass stent.",
           "Topical plus MAC.",
           "Routine nuclear cataract, pupil dilated to 8 mm, no complicating factors.",
           "Standard clear corneal phaco with capsular bag IOL. The anterior chamber was then deepened with viscoelastic and, under "
           "gonioscopic view, one trabecular bypass stent was inserted into Schlemm's canal nasally. Viscoelastic removed. Wounds sealed."),
    ["66991:LT"], ["66984", "66989", "66982", "65850"], ["surgery", "eye", "laterality"])

add("vignette", "Pterygium with graft",
    "Excision of a nasal pterygium of the right eye with a conjunctival autograft secured with fibrin glue.",
    ["65426:RT"], ["65420", "68110", "65780"], ["surgery", "eye", "laterality"])

add("terse", "corneal FB",
    "Metallic FB R cornea removed at slit lamp w/ spud, rust ring burred.",
    ["65222:RT"], ["65220", "65210", "65435"], ["surgery", "eye", "laterality"])

add("vignette", "Upper lid blepharoplasty",
    "Functional upper eyelid blepharoplasty on both eyes for dermatochalasis weighing the skin onto the lashes, documented superior "
    "field loss.",
    ["15823:50"], ["15822", "67904", "15820"], ["surgery", "eye", "bilateral"])

add("terse", "pneumatic retinopexy OS",
    "Pneumatic retinopexy OS: SF6 gas injected, cryo to single superior break.",
    ["67110:LT"], ["67108", "67107", "67101"], ["surgery", "eye", "laterality"])

add("email", "Eylea injection",
    email("Hi!",
          "Right eye intravitreal injection of aflibercept 2 mg (Eylea) purchased by our clinic, single-dose vial, nothing wasted. "
          "Left eye was examined but not injected today.",
          "Take care,\nPaloma\nValley Retina Consultants (fictional)", None, 1),
    ["67028:RT", "J0178x2:JZ"], ["67025", "J0177"], ["surgery", "eye", "laterality", "hcpcs_drug", "units", "negation"])

# =====================================================================
# EAR
# =====================================================================

add("vignette", "One tube",
    "Left myringotomy with tympanostomy tube insertion under general mask anesthesia in a child with persistent unilateral effusion; "
    "right ear was normal.",
    ["69436:LT"], ["69433", "69421"], ["surgery", "ent", "laterality", "negation"])

add("opnote", "Tympanoplasty",
    opnote("Chronic right tympanic membrane perforation.", "Same; ossicular chain intact and mobile.",
           "Right tympanoplasty, postauricular approach, temporalis fascia graft; no mastoidectomy.",
           "General.",
           "40% central perforation. Ossicles intact and mobile. No cholesteatoma.",
           "Through a postauricular incision temporalis fascia was harvested. A tympanomeatal flap was raised and the middle ear "
           "inspected. The perforation edges were freshened and the fascia placed underlay. The flap was replaced and the canal packed."),
    ["69631:RT"], ["69632", "69641", "69610", "69620"], ["surgery", "ent", "laterality", "negation"])

add("terse", "FB ear canal L",
    "Bead removed L EAC w/ alligator forceps, no sedation/GA.",
    ["69200:LT"], ["69205", "69210"], ["surgery", "ent", "laterality"])

add("vignette", "Auricular hematoma",
    "Simple incision and drainage of a hematoma of the right auricle after a wrestling injury; bolster dressing applied.",
    ["69000:RT"], ["69005", "10140"], ["surgery", "ent", "laterality"])

add("terse", "tube removal GA",
    "Removal retained ventilating tube R ear under GA, TM intact after removal, no patch.",
    ["69424:RT"], ["69436", "69610", "69200"], ["surgery", "ent", "laterality", "negation"])

# =====================================================================
# NERVOUS SYSTEM INJECTIONS
# =====================================================================

add("vignette", "Cervical interlaminar",
    "Cervical interlaminar epidural steroid injection at C7-T1 under fluoroscopy with contrast; single injection, no catheter.",
    ["62321"], ["62320", "64479", "77003", "62323"], ["nervous", "bundling"])

add("opnote", "Cervical TFESI two levels",
    opnote("Left C6 and C7 radiculopathy.", "Same.",
           "Left C5-C6 and C6-C7 transforaminal epidural steroid injections under fluoroscopy.",
           "Local.",
           "Appropriate contrast flow along the exiting nerve roots at both levels; no intravascular uptake on live fluoroscopy.",
           "Supine oblique positioning. At the left C5-C6 foramen a 25 gauge needle was advanced to the posterior foramen; contrast "
           "confirmed placement and dexamethasone was injected. Repeated at left C6-C7."),
    ["64479:LT", "64480:LT"], ["64483", "62321", "77003"], ["nervous", "laterality", "addon"])

add("terse", "SI jt inj R",
    "R SI joint inj under fluoro, contrast confirmed, bupi + triamcinolone (sample).",
    ["27096:RT"], ["64451", "20610", "77003", "G0260"], ["nervous", "musculoskeletal", "laterality", "bundling"])

add("vignette", "Genicular block",
    "Diagnostic block of the superomedial, superolateral and inferomedial genicular nerves of the left knee under fluoroscopy.",
    ["64454:LT"], ["64450", "64624", "20610"], ["nervous", "laterality"])

add("terse", "cerv MBB bilat 1 level",
    "Bilat C4-5 cervical facet MBB under fluoro.",
    ["64490:50"], ["64491", "64633", "64493"], ["nervous", "bilateral"])

add("vignette", "Stellate ganglion block",
    "Right stellate ganglion block by anterior paratracheal landmark technique (no imaging) for complex regional pain syndrome of the right arm.",
    ["64510:RT"], ["64520", "64415", "76942"], ["nervous", "laterality", "bundling"])

add("vignette", "Fluoro LP",
    "Diagnostic lumbar puncture performed by radiology under fluoroscopic guidance because of obesity; CSF sent for studies.",
    ["62328"], ["62270", "77003"], ["nervous", "bundling"])

add("terse", "caudal ESI",
    "Caudal ESI, fluoro w/ contrast.",
    ["62323"], ["62322", "64483", "77003"], ["nervous", "bundling"])

add("email", "blood patch",
    email("Hey team,",
          "Epidural blood patch for post-dural-puncture headache (the LP was done at another hospital last week). Autologous blood "
          "drawn and injected at L3-4, no imaging. What do we bill?",
          "Thx,\nIsaiah\nAnesthesia Pain Associates (synthetic)", None, 2),
    ["62273"], ["62270", "62322", "36415"], ["nervous", "historical", "bundling"])

add("email", "botox dystonia",
    email("Good morning,",
          "Neurology did chemodenervation with onabotulinumtoxinA for cervical dystonia limited to the left side: left "
          "sternocleidomastoid and left splenius capitis. 100 units from a single 100-unit vial, all of it used; no EMG guidance "
          "this time. Clinic bought the drug.",
          "Best regards,\nAnselm\nNeurology Associates of Fairhaven (synthetic)",
          "> Re: last month - the migraine protocol injections were 64615.", 3),
    ["64616:LT", "J0585x100:JZ"], ["64615", "64642", "95874", "J0586"], ["nervous", "hcpcs_drug", "units", "laterality", "negation", "historical"])

# =====================================================================
# ANESTHESIA
# =====================================================================

add("vignette", "Anes open inguinal hernia",
    "Anesthesiologist medically directing three CRNAs; one of the rooms is an open mesh repair of a right inguinal hernia in a "
    "52-year-old under general anesthesia. Code the anesthesiologist's claim.",
    ["00830x?:QK"], ["00832", "00840", "49505"], ["anesthesia", "modifier"])

add("email", "anesthesia TURBT",
    email("Hi,",
          "Our CRNA did general anesthesia for a TURBT on her own (no anesthesiologist medical direction; opt-out state, "
          "independent practice). Which base code and modifier?",
          "Thanks,\nDrew\nIndependent Anesthesia Services (fictional)", None, 1),
    ["00912x?:QZ"], ["00910", "52235", "00914"], ["anesthesia", "modifier"])

add("opnote", "Anesthesia record rotator cuff",
    "ANESTHESIA RECORD\nPROCEDURE: Right shoulder arthroscopic rotator cuff repair.\nPROVIDERS: Anesthesiologist medically directing "
    "two CRNA rooms concurrently, this room included.\nTECHNIQUE: General endotracheal; interscalene block done preoperatively for "
    "postoperative pain (separate question, not asked).\nASA: 2.\nTIME: 08:15 - 10:40.\nQUESTION: Base code and modifier for the "
    "anesthesiologist's claim?",
    ["01630x?:QK"], ["01622", "01638", "29827"], ["anesthesia", "modifier"])

add("terse", "MAC cataract CRNA",
    "MAC for L cataract/IOL, CRNA only, not medically directed.",
    ["00142x?:QZ,QS"], ["00140", "66984", "00145"], ["anesthesia", "modifier"])

add("vignette", "Anes ACL",
    "General anesthesia personally performed by the anesthesiologist for arthroscopically assisted ACL reconstruction of the left knee.",
    ["01400x?:AA"], ["01382", "01402", "29888"], ["anesthesia"])

add("opnote", "Anesthesia record labor to cesarean",
    "ANESTHESIA RECORD\nSERVICE: Labor epidural placed at 02:10 for planned vaginal delivery; at 06:45 the patient required urgent "
    "cesarean delivery for fetal intolerance of labor and the existing epidural was dosed for surgery.\nPROVIDER: Anesthesiologist, "
    "personally performed throughout.\nQUESTION: Which anesthesia codes?",
    ["01967x?:AA", "01968x?:AA"], ["01961", "01969", "59510", "62326"], ["anesthesia", "obstetric", "addon", "multi"])

add("terse", "anes ESWL",
    "Anes ESWL (no water bath), anesthesiologist directing 2 CRNAs.",
    ["00873x?:QK"], ["00872", "50590", "00862"], ["anesthesia", "modifier"])

add("vignette", "CRNA lumpectomy claim",
    "CRNA's claim for general anesthesia for a left breast lumpectomy, medically directed by an anesthesiologist covering two rooms.",
    ["00400x?:QX"], ["00402", "00404", "19301"], ["anesthesia", "modifier"])

add("email", "anes screening colo turned diagnostic",
    email("Hello,",
          "Medicare patient, average risk, scheduled for a screening colonoscopy; the GI doc found and snared a polyp. Our "
          "anesthesiologist personally did the propofol anesthesia. How should the anesthesia line look?",
          "Regards,\nLeopold Varga\nAnesthesia billing, Crescent Anesthesia Group (fictional)",
          "> Re: last week's EGD anesthesia - 00731 with AA.", 0),
    ["00811x?:AA,PT"], ["00812", "00813", "00731", "45385"], ["anesthesia", "modifier", "historical"])

add("terse", "anes ERCP",
    "Anes for ERCP w/ stone extraction, CRNA non-directed.",
    ["00732x?:QZ"], ["00731", "00813", "43264"], ["anesthesia", "modifier"])

add("vignette", "One-to-one medical direction",
    "Anesthesiologist medically directs a single CRNA (one room only) for a laparoscopic cholecystectomy. Code the "
    "anesthesiologist's line.",
    ["00790x?:QY"], ["00840", "47562", "00797"], ["anesthesia", "modifier"])

# =====================================================================
# MORE MIXED CASES (emails, op notes)
# =====================================================================

add("email", "lac repair sum",
    email("Hi coding folks,",
          "Urgent care repaired three lacerations on one patient, all simple single-layer: 2.5 cm right knee, 4.5 cm left forearm, "
          "1.5 cm scalp. No layered closure anywhere.",
          "Thanks,\nBo\nQuickCare North (synthetic)", None, 3),
    ["12004"], ["12002", "12005", "12032"], ["surgery", "integumentary", "negation"])

add("email", "colonoscopy biopsy + snare",
    email("Hi,",
          "Diagnostic colonoscopy for diarrhea: 6 mm transverse colon polyp removed by cold snare, and separately random cold forceps "
          "biopsies of the left colon for microscopic colitis. Commercial insurance, not a screening.",
          "Thank you,\nTerrence\nMidtown Gastroenterology (fictional)", None, 0),
    ["45385", "45380:59"], ["45378", "G0121", "45384"], ["surgery", "digestive", "endoscopy", "multi", "modifier"])

add("opnote", "Diagnostic knee scope",
    opnote("Right knee pain, effusion.", "Normal right knee.",
           "Diagnostic arthroscopy, right knee.",
           "General.",
           "All compartments normal. No meniscal tear. No loose bodies. No synovitis requiring synovectomy.",
           "Standard portals; systematic survey; no surgical intervention was performed. Portals closed."),
    ["29870:RT"], ["29881", "29875", "29874", "29877"], ["surgery", "musculoskeletal", "laterality", "negation"])

add("email", "bilateral knee scopes - only right done",
    email("Morning!",
          "The schedule says bilateral knee arthroscopy but only the RIGHT was done (left postponed because of a skin abrasion). Right knee: "
          "partial medial meniscectomy and separate chondroplasty in the lateral compartment.",
          "Talk soon,\nPenny Ocampo\nNorthshore Sports Medicine (synthetic)", None, 1),
    ["29881:RT"], ["29880", "29877", "G0289"], ["surgery", "musculoskeletal", "laterality", "negation", "multi"])

add("opnote", "Hemorrhoidectomy",
    opnote("Grade IV mixed hemorrhoids.", "Same, three columns.",
           "Excisional hemorrhoidectomy, internal and external, three columns.",
           "General.",
           "Prolapsing internal and external components in the left lateral, right anterior and right posterior positions.",
           "Closed (Ferguson) hemorrhoidectomy of all three columns. No fissurectomy, no fistulotomy. Anal block with bupivacaine."),
    ["46260"], ["46255", "46250", "46261", "46221"], ["surgery", "digestive", "negation"])

add("email", "EGD snare",
    email("Hi,",
          "EGD: a 14 mm pedunculated duodenal polyp was removed with a hot snare. Also, gastric biopsies were taken from normal "
          "antrum for H. pylori (different site).",
          "Regards,\nMila\nLakeside GI (fictional)", None, 2),
    ["43251", "43239:59"], ["43235", "43250"], ["surgery", "digestive", "endoscopy", "multi", "modifier"])

add("opnote", "Urethral stricture dilation",
    opnote("Urethral stricture.", "Bulbar urethral stricture, 18 Fr.",
           "Cystourethroscopy with dilation of urethral stricture.",
           "Local lidocaine jelly with IV sedation.",
           "Short bulbar stricture; bladder normal; no stones.",
           "Flexible cystoscopy identified the stricture, which was dilated with sequential dilators over a guidewire to 24 Fr under "
           "direct vision. No biopsy, no internal urethrotomy."),
    ["52281"], ["52000", "52276", "53600"], ["surgery", "urology", "negation"])

add("email", "C-section global",
    email("Good morning,",
          "Primary cesarean delivery for breech presentation in a first pregnancy. Our group provided all prenatal care and will do "
          "postpartum. The external version we attempted at 37 weeks did not work (billed at the time).",
          "Thank you,\nAnnika\nHarborview Women's Care (synthetic)", None, 3),
    ["59510"], ["59514", "59515", "59412", "59618"], ["surgery", "obstetric", "historical"])

add("opnote", "Carpal tunnel, trigger finger mentioned",
    opnote("Left carpal tunnel syndrome.", "Same.",
           "Left open carpal tunnel release.",
           "Local with forearm tourniquet.",
           "Thickened transverse carpal ligament with an hourglass median nerve. The left middle finger trigger finger was injected "
           "with steroid at a clinic visit two months ago and is no longer triggering; it was not treated today.",
           "A longitudinal palmar incision was made in line with the radial border of the ring finger. The transverse carpal ligament "
           "was divided completely under direct vision, distal to proximal. No neurolysis beyond the release, no tenosynovectomy. "
           "The skin was closed with nylon."),
    ["64721:LT"], ["29848", "26055", "20550", "64722"], ["surgery", "nervous", "laterality", "historical", "negation"])

add("email", "eye - chalazion both lids",
    email("Hello!",
          "Single chalazion of the left lower lid incised and curetted in the office today. Nothing else.",
          "Best,\nRosa\nClearview Eye (fictional)",
          "> For the previous patient, excision of chalazia from two lids was 67805.", 0),
    ["67800:E2"], ["67805", "67801", "67808"], ["surgery", "eye", "modifier", "laterality", "historical"])

add("email", "sentinel node + lumpectomy",
    email("Hi team,",
          "Left breast lumpectomy plus open sentinel lymph node biopsy of the left axilla (deep nodes, two nodes removed) in one "
          "operation. Radiology injected the tracer and bills that. No completion axillary dissection.",
          "Regards,\nDr. office of Helena Vos (synthetic)", None, 2),
    ["19301:LT", "38525:LT"], ["19302", "38745", "38792", "38500"], ["surgery", "breast", "laterality", "multi", "negation"])

add("opnote", "Excision of ingrown nail with matrix",
    opnote("Recurrent ingrown toenail, left great toe, lateral border.", "Same.",
           "Partial nail excision with matrixectomy, lateral border, left hallux.",
           "Digital block.",
           "Lateral nail fold granulation tissue.",
           "The lateral one-fifth of the nail plate was removed and the underlying matrix was excised sharply and curetted. Granulation "
           "tissue debrided. Dressing applied."),
    ["11750:TA"], ["11730", "11765", "11720"], ["surgery", "integumentary", "modifier", "laterality"])

add("opnote", "D&C incomplete abortion",
    opnote("Incomplete spontaneous abortion, 8 weeks.", "Same.",
           "Suction dilation and curettage for incomplete abortion.",
           "MAC.",
           "Retained products of conception.",
           "The cervix was already open; suction curettage with a 9 mm cannula evacuated the retained tissue, followed by gentle sharp "
           "curettage. Tissue sent to pathology."),
    ["59812"], ["59820", "58120", "59840"], ["surgery", "obstetric"])

add("opnote", "Stent exchange",
    opnote("Right ureteral obstruction from pelvic malignancy, indwelling stent.", "Same.",
           "Cystoscopy with exchange of right ureteral stent.",
           "MAC.",
           "Encrusted stent, removed intact.",
           "The old right stent was grasped and brought to the meatus; a wire was passed through it into the kidney and the stent "
           "removed over the wire. A new 7 Fr stent was placed over the wire under fluoroscopy."),
    ["52332:RT"], ["52310", "52000", "50385"], ["surgery", "urology", "laterality"])

add("opnote", "Conjunctival foreign body",
    opnote("Foreign body sensation, left eye.", "Superficial conjunctival foreign body, left upper tarsal conjunctiva.",
           "Removal of superficial conjunctival foreign body, left eye.",
           "Topical proparacaine.",
           "A small piece of plant material on the left upper tarsal conjunctiva; cornea clear with no fluorescein uptake.",
           "The upper lid was everted and the foreign body was swept away with a moistened cotton-tipped applicator. No slit-lamp "
           "instrumentation of the cornea was needed and nothing was embedded."),
    ["65205:LT"], ["65210", "65222", "65220"], ["surgery", "eye", "laterality", "negation"])

# =====================================================================
# VAGUE (a deciding fact is missing)
# =====================================================================

add("vignette", "excised something from the arm",
    "Dr. removed a lesion from the left arm and closed it with sutures. Size not in the note yet, and we are waiting on pathology. "
    "Which code?",
    [], [], ["vague", "integumentary"], vague=True)

add("email", "polyp removed",
    email("Hi,", "Colonoscopy on a Medicare patient yesterday, a polyp was taken out. What do I bill?", "Thanks, Sam", None, 1),
    [], [], ["vague", "digestive"], vague=True)

add("terse", "hernia w/ mesh",
    "Hernia repair w/ mesh, 52 yo. Code?",
    [], [], ["vague", "digestive"], vague=True)

add("vignette", "Anesthesia for a knee scope",
    "Anesthesia for a knee arthroscopy this morning. Which code and modifier should we use?",
    [], [], ["vague", "anesthesia"], vague=True)

add("email", "delivery last night",
    email("Hello,", "Dr. Ingram delivered our patient's baby last night. What code goes on the claim?", "Best,\nFront office", None, 2),
    [], [], ["vague", "obstetric"], vague=True)

add("terse", "skin graft leg",
    "Skin graft to leg, please code.",
    [], [], ["vague", "integumentary"], vague=True)

add("vignette", "Breast biopsy, no details",
    "Our surgeon did a breast biopsy today. Please send the code.",
    [], [], ["vague", "breast"], vague=True)

add("terse", "cataract",
    "Cataract surgery today - code?",
    [], [], ["vague", "eye"], vague=True)

add("email", "shoulder scope",
    email("Hey,", "Can you give me the codes for Dr. Chu's shoulder scope? Op note isn't dictated yet.", "Thanks,\nJo", None, 3),
    [], [], ["vague", "musculoskeletal"], vague=True)

add("vignette", "Debridement units?",
    "We debrided a wound on the sacrum today. How many units do we bill?",
    [], [], ["vague", "integumentary"], vague=True)


def main():
    return mt.write_set("A", "team2a", identifiers=True)


if __name__ == "__main__":
    sys.exit(main())
