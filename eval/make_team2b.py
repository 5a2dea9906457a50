#!/usr/bin/env python3
"""Held-out set B: E/M, radiology, laboratory, medicine and HCPCS drugs.

Written by a second coder, independently of the engine. Uses the team set's
helpers (add, opnote, email, expected-code shorthand) and validation.

Run:  python3 eval/make_team2b.py   (writes team2b.jsonl, exits 1 on any error)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_team as mt  # noqa: E402

mt.CASES.clear()
add, opnote, email = mt.add, mt.opnote, mt.email


# =====================================================================
# EVALUATION AND MANAGEMENT
# =====================================================================

add("vignette", "New pt, heel pain",
    "38-year-old man, first time in our clinic (no one in the group has ever seen him). Three weeks of plantar heel pain, worse with the "
    "first steps in the morning; exam consistent with plantar fasciitis. I ordered a lateral foot film, showed him stretches and told "
    "him to use over-the-counter naproxen. MDM low.",
    ["99203"], ["99213", "99202", "99204"], ["em"])

add("email", "new patient, coded on time",
    email("Hi all,",
          "Dr. Yilmaz saw a new patient yesterday and documented total practitioner time of 26 minutes on the date of the encounter "
          "(history, exam, counseling and the note). She wants to code on time. Which level?",
          "Thanks,\nBirgit\nNorthfield Primary Care (fictional)", None, 3),
    ["99202"], ["99203", "99212"], ["em", "time"])

add("email", "Long visit for Medicare pt - prolonged?",
    email("Hi team,",
          "Dr. Abernathy saw one of her established Medicare patients yesterday for a complicated medication reconciliation after "
          "several specialist changes. She documented total time on the date of service of 86 minutes (record review, visit, "
          "calls to the pharmacy, documentation) and wants to bill on time. How many prolonged units?",
          "Thanks,\nGwen Osterhout\nPractice Manager, Lakeside Internal Medicine (fictional)",
          "> On Thu, you wrote:\n> For the 72-minute visit last month we suggested 99215 plus one unit of G2212.", 0),
    ["99215", "G2212x2"], ["99417", "99358", "99214"], ["em", "time", "hcpcs", "units", "historical"])

add("terse", "Medicare est 58 min",
    "Medicare est pt, total time 58 min on DOS, billed on time. No other services.",
    ["99215"], ["G2212", "99417", "99214"], ["em", "time", "negation"])

add("vignette", "New Medicare patient, very long visit",
    "New Medicare patient with multiple chronic conditions transferring care. The physician documented 105 minutes of total time on "
    "the date of the encounter (outside records, history, exam, counseling, care coordination and documentation). Coding on time.",
    ["99205", "G2212x2"], ["99417", "99204", "99215"], ["em", "time", "hcpcs", "units"])

add("vignette", "Seen by our cardiologist before",
    "Multispecialty group. The patient saw one of our cardiologists eight months ago. Today she sees me, a family physician in the same "
    "group, for the first time: new knee pain plus poorly controlled hypertension. I ordered films, adjusted lisinopril and started a "
    "prescription NSAID. MDM moderate.",
    ["99204"], ["99214", "99203", "99205"], ["em", "historical"])

add("opnote", "Admission note - code the visit",
    "HOSPITAL ADMISSION NOTE\nSERVICE: Hospital medicine, inpatient.\nREASON: Cellulitis of the left lower leg failing oral antibiotics.\n"
    "ASSESSMENT/PLAN: IV cefazolin, marking of borders, blood cultures, venous duplex ordered.\n"
    "TIME: Total time on the date of admission, including review of ED records, examination, discussion with the family and "
    "documentation: 60 minutes. Level selected on time.",
    ["99222"], ["99221", "99223", "99285"], ["em", "time"])

add("vignette", "Hospital day, high complexity",
    "Subsequent inpatient visit: patient with decompensated cirrhosis developed new encephalopathy and a rising creatinine overnight. "
    "I reviewed labs and imaging, discussed with nephrology, and decided to escalate to ICU-level care with drug therapy requiring "
    "intensive monitoring for toxicity. High MDM documented.",
    ["99233"], ["99232", "99223", "99291"], ["em"])

add("email", "discharge day",
    email("Good afternoon,",
          "Quick one: Dr. Feld discharged a patient from the inpatient unit today. Discharge day management, 25 minutes total "
          "documented (final exam, instructions, prescriptions, discharge summary).",
          "Best regards,\nLiesel\nHospitalist Billing Office (synthetic)", None, 1),
    ["99238"], ["99239", "99231"], ["em", "time"])

add("vignette", "Short observation stay, Medicare",
    "Medicare patient placed in observation at 10:00 for dehydration after gastroenteritis; IV fluids, labs, moderate MDM. She was "
    "discharged home by the same physician at 15:30 the same day (five and a half hours in observation).",
    ["99222"], ["99235", "99238", "99234"], ["em", "time"])

add("vignette", "Admit and discharge same day, high MDM",
    "Patient admitted to inpatient status at 06:30 with an upper GI bleed requiring transfusion decisions and an urgent GI consult "
    "(high MDM); scope showed a clean-based ulcer and she was discharged by the same attending at 20:00 that evening, more than "
    "8 hours later.",
    ["99236"], ["99223", "99239", "99235"], ["em"])

add("terse", "obs admit + d/c next day",
    "Hospitalist: 3/4 initial obs care, chest pain r/o, moderate MDM. 3/5 discharge by same MD, 35 min. Code both dates.",
    ["99222", "99239"], ["99235", "99238"], ["em", "multi", "time"])

add("vignette", "ED, minor complaint",
    "Emergency department visit for a small scraped knee from a bicycle fall that the patient wanted checked; "
    "one self-limited problem, no tests, no prescriptions. Straightforward MDM.",
    ["99282"], ["99281", "99283", "99212"], ["em"])

add("opnote", "Critical care note",
    "CRITICAL CARE NOTE\nDIAGNOSIS: Massive pulmonary embolism with hypotension.\n"
    "CARE: Bedside assessment, titration of norepinephrine, thrombolysis decision, review of CT angiogram and echo, discussion with "
    "interventional radiology.\n"
    "TIME: I personally spent 164 minutes of critical care time with this patient today, exclusive of separately billable procedures "
    "and of teaching. No procedures performed by me.",
    ["99291", "99292x3"], ["99223", "99233", "99285"], ["em", "critical_care", "units", "addon"])

add("terse", "CC 45 min",
    "Critical care 45 min total today, status epilepticus, benzo + load keppra, airway monitoring. No procedures by me.",
    ["99291"], ["99292", "99285", "99233"], ["em", "critical_care"])

add("vignette", "AWV plus a problem",
    "Medicare patient, 71, here for her subsequent annual wellness visit (she had her first one two years ago). She also mentioned a "
    "new itchy rash on her forearm; I took a separate history, examined it, and prescribed a topical steroid. Problem-oriented "
    "portion separately documented, low MDM.",
    ["G0439", "99213:25"], ["G0438", "99397", "99214"], ["em", "preventive", "modifier", "hcpcs", "multi"])

add("email", "new pt physical + problem",
    email("Hello,",
          "Commercial plan. 28-year-old woman new to our practice for a preventive physical. At the same visit she brought up "
          "recurrent migraines; the doctor did a separate problem-oriented evaluation and started a new prescription (low MDM, "
          "documented separately). How do we bill both?",
          "Thank you,\nAnnika Fairweather\nBilling | Cedar Grove Family Medicine (fictional)", None, 2),
    ["99385", "99203:25"], ["99395", "99213", "99204"], ["em", "preventive", "modifier", "multi"])

add("terse", "well child 8 yo",
    "Est pt 8 yo, annual well child exam, anticipatory guidance, no vaccines due, no problems addressed.",
    ["99393"], ["99383", "99213", "99394"], ["em", "preventive", "negation"])

add("vignette", "Surgeon's first hospital visit",
    "Medicare patient admitted to the medicine service with a large-bowel obstruction. I am the colorectal surgeon; this is my first "
    "visit during the stay. After reviewing the CT and examining her I decided to take her for a sigmoid colectomy (90-day global) "
    "tomorrow morning. High MDM.",
    ["99223:57"], ["99253", "99233", "99222", "44140"], ["em", "modifier"])

add("vignette", "TCM seen on day 12",
    "Patient discharged from the hospital after a CHF exacerbation. Our nurse reached her by phone the next business day. She was seen "
    "face-to-face in the office on day 12 after discharge; MDM was high. No one else is billing transitional care for this period.",
    ["99495"], ["99496", "99215"], ["em", "time"])

add("terse", "postop TKA",
    "POD 14 s/p R TKA, same surgeon, incision healing well, staples removed. Routine postop visit.",
    ["99024"], ["99213", "99212", "27447"], ["em", "bundling"])

add("vignette", "Unrelated problem during a global period",
    "General surgeon repaired this patient's inguinal hernia three weeks ago (90-day global). Today he comes in only for a new, "
    "unrelated problem: a tender lump under the skin of his back. The hernia site was not addressed. I evaluated the lump, "
    "diagnosed an inflamed epidermoid cyst and prescribed oral antibiotics. Low MDM.",
    ["99213:24"], ["99024", "99214", "49505"], ["em", "modifier"])

add("vignette", "Two years and eleven months",
    "Patient last seen in our practice by me two years and eleven months ago. Today she returns with diabetes and hypertension, both "
    "worsening; I ordered an A1c and a BMP and adjusted two prescriptions. Moderate MDM.",
    ["99214"], ["99204", "99215"], ["em", "historical"])

add("email", "day 2 observation",
    email("Hi,",
          "Patient is still in observation this morning (day 2, not yet admitted and not discharged today). Dr. Pruitt saw him for "
          "ongoing syncope workup; moderate MDM documented. Which code for today's visit?",
          "Regards,\nTobias\nHospital Billing (synthetic)", None, 3),
    ["99232"], ["99222", "99235", "99231"], ["em"])

add("vignette", "Established, high MDM",
    "Established patient on methotrexate for rheumatoid arthritis with new pancytopenia. I stopped the drug, arranged weekly CBCs and "
    "discussed possible hospitalization (drug therapy requiring intensive monitoring for toxicity; one chronic illness with severe "
    "exacerbation). High MDM.",
    ["99215"], ["99214", "99205", "G2212"], ["em"])

add("opnote", "ICU note with a line",
    "CRITICAL CARE / PROCEDURE NOTE\nDIAGNOSIS: Septic shock from cholangitis.\n"
    "PROCEDURE: Right internal jugular non-tunneled triple-lumen central venous catheter, adult. The vein was looked at briefly with "
    "the bedside ultrasound before prepping; no images were saved and the needle pass was not followed under ultrasound.\n"
    "CRITICAL CARE TIME: 104 minutes, not counting the time spent on the central line.\n"
    "Other: No other physician in the group saw the patient today.",
    ["99291", "99292", "36556"], ["76937", "36569", "99223"], ["em", "critical_care", "units", "negation", "multi"])

add("terse", "ED moderate, kid w/ asthma",
    "ED visit, 9 yo, asthma exacerbation, nebs in ED, Rx oral steroid, d/c home. Moderate MDM.",
    ["99284"], ["99283", "99285", "99214"], ["em"])

add("email", "fwd: was this a new patient?",
    email("Hey coding folks,",
          "Mr. Tran saw Dr. Kessler (orthopedics) in our group four years ago, nothing since. Today he saw Dr. Kessler again for "
          "shoulder pain; low MDM. Front desk registered him as established. Is that right?",
          "Thanks!\nMarisol\nFront office lead (fictional)",
          "---------- Forwarded message ---------\nFrom: Front desk\n> Registered as est pt, billed 99213 - please check.", 0),
    ["99203"], ["99213", "99204"], ["em", "historical"])

# =====================================================================
# RADIOLOGY
# =====================================================================

add("terse", "CXR 3 views",
    "CXR PA, lat and apical lordotic (3 views) in our office, global. Hemoptysis.",
    ["71047"], ["71046", "71048"], ["radiology"])

add("vignette", "Foot films",
    "Office x-ray of the left foot, three views (AP, oblique and lateral), after the patient dropped a weight on it. Global billing.",
    ["73630:LT"], ["73620", "73610"], ["radiology", "laterality"])

add("terse", "R elbow 2v",
    "XR R elbow AP/lat only, fall on outstretched hand.",
    ["73070:RT"], ["73080", "73090"], ["radiology", "laterality"])

add("vignette", "Ring finger x-ray",
    "Jammed finger playing volleyball: three views of the LEFT ring finger were taken in the office and read by me.",
    ["73140:F3"], ["73120", "73130"], ["radiology", "laterality"])

add("opnote", "CT head report",
    "RADIOLOGY REPORT\nFACILITY: Freestanding imaging center (global billing).\nEXAM: CT head without and with IV contrast.\n"
    "TECHNIQUE: Axial images through the head before contrast, then repeated after 75 mL of IV contrast.\n"
    "FINDINGS: 9 mm enhancing extra-axial lesion along the left frontal convexity, likely meningioma. No hemorrhage.\n"
    "IMPRESSION: Probable small meningioma; MRI recommended.",
    ["70470"], ["70450", "70460", "70553"], ["radiology"])

add("opnote", "CT cervical spine report",
    "CT REPORT\nSETTING: Imaging center, global billing.\nEXAM: CT cervical spine without contrast.\n"
    "HISTORY: Motor vehicle collision, midline neck tenderness.\nTECHNIQUE: Helical acquisition from skull base to T2 with sagittal "
    "and coronal reformats. No IV contrast.\nFINDINGS: No fracture or malalignment. Mild C5-6 disc space narrowing.\n"
    "IMPRESSION: No acute cervical spine injury.",
    ["72125"], ["72126", "72127", "72040"], ["radiology", "negation"])

add("vignette", "Lung nodule follow-up CT",
    "Follow-up CT of the chest without contrast for a 6 mm nodule found incidentally last year; this is a diagnostic follow-up, "
    "not a lung cancer screening study. Performed and read at our imaging center.",
    ["71250"], ["71271", "71260", "71270"], ["radiology", "negation"])

add("email", "CT abdomen only",
    email("Hi team,",
          "Our center did a CT of the ABDOMEN only (no pelvis imaged) with IV contrast, no precontrast series, for an indeterminate liver "
          "lesion. We bill globally. Thanks for confirming the code!",
          "Best,\nNadia Kowalczyk\nImaging Billing, Brookside Radiology (fictional)",
          "> Last week's CT abdomen/pelvis with contrast was 74177 - confirmed.", 1),
    ["74160"], ["74177", "74150", "74170"], ["radiology", "historical"])

add("opnote", "MRI shoulder report",
    "MRI REPORT\nEXAM: MRI right shoulder without contrast.\nSETTING: Outpatient imaging center, global billing.\n"
    "HISTORY: Weakness with overhead activity.\nFINDINGS: Full-thickness supraspinatus tear, 1.4 cm, with 1 cm retraction. No "
    "arthrogram was performed and no contrast was given.\nIMPRESSION: Full-thickness supraspinatus tear.",
    ["73221:RT"], ["73222", "73223", "73218", "73040"], ["radiology", "laterality", "negation"])

add("opnote", "MRI cervical spine report",
    "MRI REPORT\nEXAM: MRI cervical spine without and with gadolinium.\nSETTING: Outpatient imaging center, global.\n"
    "TECHNIQUE: Sagittal and axial sequences before contrast, repeated after 7 mL gadolinium.\n"
    "FINDINGS: No enhancing cord lesion. Small C4-5 disc protrusion without cord compression.\nIMPRESSION: No demyelinating lesion.",
    ["72156"], ["72141", "72142"], ["radiology"])

add("vignette", "MRI brain, contrast refused",
    "MRI of the brain was ordered with and without gadolinium for headaches, but after the non-contrast sequences the patient refused the "
    "injection. Study completed and reported without contrast only.",
    ["70551"], ["70553", "70552"], ["radiology", "negation"])

add("opnote", "OB ultrasound report, 22 weeks",
    "OBSTETRIC ULTRASOUND REPORT\nEXAM: Transabdominal obstetric ultrasound, standard second-trimester evaluation (not a detailed "
    "fetal anatomic survey).\nGESTATIONAL AGE: 22 weeks 1 day by LMP.\nFETUSES: One.\n"
    "FINDINGS: Biometry consistent with dates, normal amniotic fluid, posterior placenta clear of the os, cervix 3.8 cm.\n"
    "IMPRESSION: Single live intrauterine pregnancy.",
    ["76805"], ["76801", "76811", "76815"], ["radiology", "obstetric"])

add("opnote", "First-trimester twin ultrasound",
    "OBSTETRIC ULTRASOUND REPORT\nEXAM: Transabdominal obstetric ultrasound, first trimester, complete.\n"
    "GESTATIONAL AGE: 11 weeks 2 days.\nFETUSES: Two (dichorionic diamniotic twins), each evaluated completely.\n"
    "FINDINGS: Twin A CRL 44 mm, Twin B CRL 43 mm, both with cardiac activity. Adnexa unremarkable.\n"
    "NOTE: No transvaginal imaging; nuchal translucency not measured.",
    ["76801", "76802"], ["76805", "76810", "76817", "76813"], ["radiology", "obstetric", "addon", "negation"])

add("email", "twin scan second trimester",
    email("Good morning,",
          "Maternal-fetal clinic: standard (not detailed) transabdominal ultrasound at 19 weeks, twin gestation, complete survey of "
          "both fetuses and maternal structures. Please code.",
          "Kind regards,\nOlusegun\nWomen's Health Billing (synthetic)", None, 2),
    ["76805", "76810"], ["76801", "76802", "76811", "76812"], ["radiology", "obstetric", "addon"])

add("terse", "limited OB US",
    "Limited OB US @ 36 wks, presentation check only (breech confirmed).",
    ["76815"], ["76805", "76816"], ["radiology", "obstetric"])

add("opnote", "Diagnostic mammogram report",
    "MAMMOGRAPHY REPORT\nPAYER: Medicare.\nEXAM: Diagnostic mammogram, bilateral, with digital breast tomosynthesis.\n"
    "INDICATION: Personal history of left lumpectomy, 2 years out; surveillance per surgeon (diagnostic protocol).\n"
    "FINDINGS: Postsurgical change left breast. No suspicious mass or calcification in either breast.\nIMPRESSION: BI-RADS 2.",
    ["77066", "G0279"], ["77067", "77063", "77065"], ["radiology", "hcpcs", "addon"])

add("vignette", "Callback work-up, left breast",
    "Medicare patient called back after a screening study: diagnostic 2D mammogram of the left breast only (no tomosynthesis), then a "
    "targeted (limited) ultrasound of the left breast at 2 o'clock showing a simple cyst.",
    ["77065:?", "76642:LT"], ["77066", "76641", "G0279", "77067"], ["radiology", "laterality", "multi", "negation"])

add("opnote", "Breast ultrasound report",
    "BREAST ULTRASOUND REPORT\nSETTING: Breast center, global billing.\nEXAM: Complete ultrasound of the right breast and of the left "
    "breast (all four quadrants and retroareolar region on each side, plus axillae), supplemental imaging for dense tissue.\n"
    "FINDINGS: No solid mass either breast.\nIMPRESSION: BI-RADS 1.",
    ["76641:50"], ["76642", "77066"], ["radiology", "bilateral"])

add("opnote", "Peripheral DXA report",
    "BONE DENSITOMETRY REPORT\nEXAM: DXA of the left distal radius (peripheral site).\n"
    "REASON: Hips and lumbar spine could not be scanned (bilateral hip hardware, lumbar fusion); axial study not performed.\n"
    "RESULT: T-score -2.7.\nIMPRESSION: Osteoporosis by forearm criteria.",
    ["77081"], ["77080", "77085"], ["radiology", "negation"])

add("opnote", "DXA with VFA report",
    "BONE DENSITOMETRY REPORT\nEXAM: DXA, axial skeleton (total hip and lumbar spine), with vertebral fracture assessment in the "
    "same session.\nRESULTS: Lowest T-score -2.1 at the femoral neck. VFA: mild anterior wedging of T12.\n"
    "IMPRESSION: Osteopenia; possible T12 fracture, correlate with radiographs.",
    ["77085"], ["77080", "77086", "72100"], ["radiology"])

add("opnote", "Procedure note - hip injection",
    opnote("Left hip osteoarthritis.", "Same.",
           "Left hip joint injection under fluoroscopic guidance.",
           "Local.",
           "Contrast outlined the joint capsule; no vascular uptake.",
           "In our office procedure suite the left groin was prepped. Under fluoroscopic guidance a 22-gauge spinal needle was "
           "advanced to the femoral head-neck junction; 1 mL of contrast confirmed intra-articular position and an image was saved. "
           "Triamcinolone and bupivacaine (supplied by the patient's specialty pharmacy, not billed by us) were injected. No "
           "ultrasound was used."),
    ["20610:LT", "77002"], ["20611", "77003", "73525", "76942"], ["radiology", "musculoskeletal", "laterality", "negation"])

add("opnote", "Procedure note - LP",
    opnote("Suspected idiopathic intracranial hypertension.", "Same.",
           "Diagnostic lumbar puncture under fluoroscopic guidance.",
           "Local lidocaine.",
           "Opening pressure 31 cm H2O; clear CSF.",
           "Bedside attempts by the referring team were unsuccessful (not billed by us). The patient was placed prone on the "
           "fluoroscopy table; the L3-4 interspace was localized fluoroscopically and a 22-gauge spinal needle was advanced under "
           "intermittent fluoroscopy into the thecal sac. Opening pressure measured, 15 mL of CSF collected for studies. Needle "
           "removed, bandage applied."),
    ["62328"], ["62270", "77003", "77012"], ["radiology", "nervous", "bundling"])

add("email", "thyroid FNA with US",
    email("Hello,",
          "Endocrinology clinic: fine-needle aspiration of a single 2.1 cm right thyroid nodule under ultrasound guidance, three passes. "
          "No separate diagnostic thyroid ultrasound was done today. Does the guidance get its own code?",
          "Thanks,\nPriyanka\nEndocrine Associates (fictional)", None, 3),
    ["10005"], ["76942", "10021", "76536", "10006"], ["radiology", "bundling", "endocrine"])

add("vignette", "Neuroradiology read only",
    "Our neurologist interprets MRI brain studies performed on the hospital's scanner; the hospital bills the technical side. "
    "Today's study: MRI brain without and then with contrast for seizure work-up.",
    ["70553:26"], ["70551", "70552", "70470"], ["radiology", "modifier"])

add("vignette", "Scrotal ultrasound",
    "Scrotal ultrasound with both testes and epididymides evaluated for a painless left testicular mass in a 31-year-old.",
    ["76870"], ["76856", "93976"], ["radiology"])

# =====================================================================
# LABORATORY
# =====================================================================

add("vignette", "Chemistry without calcium",
    "Our analyzer's calcium channel was down, so on this specimen we reported sodium, potassium, chloride, CO2, glucose, BUN and "
    "creatinine only. Calcium was not run.",
    ["80051", "82947", "84520", "82565"], ["80048", "80053", "82310"], ["lab", "bundling", "negation"])

add("email", "hepatitis labs",
    email("Good morning,",
          "Our in-house lab ran hepatitis A IgM antibody, hepatitis B surface antigen, hepatitis B core IgM antibody and hepatitis C "
          "antibody on one specimen for a patient with new jaundice. Do we bill these one by one?",
          "Regards,\nEmil\nLab billing, Westbrook Clinic (fictional)", None, 1),
    ["80074"], ["86709", "87340", "86705", "86803"], ["lab", "bundling"])

add("vignette", "COVID antigen, Medicare",
    "Medicare patient with fever and cough: rapid SARS-CoV-2 antigen test performed in the office on a CLIA-waived device. Negative.",
    ["87811:QW"], ["87635", "87426", "87804"], ["lab", "modifier"])

add("email", "A1c in the office",
    email("Hi coding team,",
          "Medicare diabetic patient: we ran a point-of-care hemoglobin A1c on our CLIA-waived analyzer during the visit (result 8.1%). "
          "The visit itself is already coded. What goes on the lab line?",
          "Thanks,\nDevorah\nOakview Family Practice (synthetic)", None, 0),
    ["83036:QW"], ["83037", "82947", "82962"], ["lab", "modifier"])

add("vignette", "Urine drug cup",
    "Medicare patient in our pain clinic: presumptive urine drug screen using a CLIA-waived cup read by visual inspection (12 drug "
    "classes on the cup). No confirmatory testing ordered.",
    ["80305:QW"], ["80306", "80307", "G0481"], ["lab", "modifier", "negation"])

add("email", "drug screen on the analyzer",
    email("Hi there,",
          "Our moderate-complexity lab runs presumptive urine drug screens by immunoassay on the chemistry analyzer (not a cup, not "
          "read by eye). One patient today, one panel. What's the CPT?",
          "Thanks so much,\nDerrick\nLab Manager, Hillcrest Recovery Clinic (synthetic)", None, 0),
    ["80307"], ["80305", "80306", "G0480"], ["lab"])

add("vignette", "Definitive drug testing, Medicare",
    "Medicare patient: our reference lab performed definitive urine drug testing by LC-MS/MS covering 11 drug classes (opioids, "
    "benzodiazepines, amphetamines and others). The presumptive screen was done elsewhere and is not ours to bill.",
    ["G0481"], ["G0480", "G0482", "80307", "80305"], ["lab", "hcpcs"])

add("terse", "UA manual w/ micro",
    "UA: dipstick read by eye (non-automated) + microscopic exam of sediment.",
    ["81000"], ["81001", "81002", "81015"], ["lab"])

add("vignette", "Blood cultures",
    "Two sets of blood cultures (aerobic and anaerobic bottles, separate venipuncture sites) drawn in the ED and processed in our "
    "hospital-based micro lab; code the cultures.",
    ["87040x2"], ["87070", "87076"], ["lab", "units"])

add("terse", "stool cx",
    "Stool culture for Salmonella and Shigella only, no additional pathogen plates, no O&P.",
    ["87045"], ["87046", "87177"], ["lab", "negation"])

add("opnote", "Micro report, leg wound",
    "MICROBIOLOGY REPORT\nSPECIMEN: Drainage, left leg wound (swab).\nGRAM STAIN: Many PMNs, gram-positive cocci in clusters.\n"
    "AEROBIC CULTURE: Moderate growth, isolated and presumptively identified as Staphylococcus aureus.\n"
    "ANAEROBIC CULTURE: Not requested.",
    ["87070", "87205"], ["87075", "87081", "87086"], ["lab", "multi", "negation"])

add("opnote", "Urine culture result",
    "MICROBIOLOGY REPORT\nSPECIMEN: Clean-catch urine.\nCULTURE: >100,000 CFU/mL, quantitative colony count.\n"
    "ISOLATE: Escherichia coli, presumptive identification from the culture plate (one isolate).\n"
    "SUSCEPTIBILITY: MIC panel performed on the isolate.\nNOTE: No second organism.",
    ["87086", "87088", "87186"], ["87077", "87184", "81001"], ["lab", "multi"])

add("terse", "FIT Medicare screening",
    "Medicare pt, avg risk, colorectal screening FIT (immunoassay) 1 specimen, run in our lab.",
    ["G0328"], ["82274", "82270", "81528"], ["lab", "hcpcs"])

add("vignette", "INR fingerstick",
    "Medicare patient on warfarin: fingerstick PT/INR on our CLIA-waived point-of-care meter in the anticoagulation clinic; INR 2.6. "
    "No separate visit billed.",
    ["85610:QW"], ["85611", "93793", "36416"], ["lab", "modifier"])

add("terse", "monospot",
    "Medicare pt (disabled, 24 yo). Rapid heterophile Ab (mono) test, CLIA-waived kit, in office.",
    ["86308:QW"], ["86663", "86664"], ["lab", "modifier"])

add("email", "prenatal labs",
    email("Hello coding,",
          "Commercial plan, first prenatal visit. Venipuncture in our office, and our lab ran the obstetric panel: CBC with automated "
          "differential, hepatitis B surface antigen, rubella antibody, syphilis test (RPR), ABO and Rh typing and antibody screen. "
          "No HIV test was done.",
          "Thanks,\nCorinne\nWomen First OB/GYN (fictional)", None, 1),
    ["80055", "36415"], ["85025", "87340", "86762", "86592", "86900", "86901", "86850", "80081"], ["lab", "bundling", "negation"])

add("vignette", "CMP minus albumin",
    "One venipuncture (ours). The CMP was ordered but albumin could not be reported (reagent lot recalled); every other CMP analyte "
    "was run: glucose, BUN, creatinine, sodium, potassium, chloride, CO2, calcium, total protein, total bilirubin, alkaline "
    "phosphatase, AST and ALT.",
    ["80048", "84155", "82247", "84075", "84450", "84460", "36415"], ["80053", "80076", "82040"], ["lab", "bundling", "negation"])

# =====================================================================
# MEDICINE: vaccines and immune globulins
# =====================================================================

add("vignette", "Medicare flu and pneumonia shots",
    "Medicare patient, 69, nurse-only visit: recombinant trivalent influenza vaccine (Flublok, RIV3) IM in the left deltoid and "
    "21-valent pneumococcal conjugate vaccine (PCV21) IM in the right deltoid.",
    ["90673", "G0008", "90684", "G0009"], ["90471", "90472", "90677", "99211"], ["medicine", "vaccine", "hcpcs", "multi"])

add("terse", "Heplisav Medicare",
    "Medicare pt w/ diabetes (hep B intermediate risk), Heplisav-B (2-dose adult hep B) dose 1 IM. Vaccine-only visit.",
    ["90739", "G0010"], ["90471", "90746", "90740"], ["medicine", "vaccine", "hcpcs"])

add("vignette", "Two-month well visit with shots",
    "Established 2-month-old, well-baby visit. After the pediatrician counseled the parents on each vaccine, the baby received "
    "DTaP-IPV-Hib-HepB combination (Vaxelis) IM, PCV20 IM and oral pentavalent rotavirus vaccine (RotaTeq). Please code the "
    "well visit, the vaccines and the administration.",
    ["99391", "90697", "90677", "90680", "90460x3", "90461x5"], ["90471", "90474", "90698", "90723", "99381"],
    ["medicine", "vaccine", "preventive", "units", "addon", "multi"])

add("email", "11 year old vaccines",
    email("Hi!",
          "Commercial insurance. Our 11-year-old patient got three shots today after Dr. Beaumont counseled mom on each one: Tdap, "
          "HPV (Gardasil 9) and MenQuadfi (MenACWY-TT). The well visit was billed already; I just need the vaccine lines.",
          "Thanks a bunch,\nShay\nPinecrest Pediatrics (fictional)",
          "> For the toddler last week: 90707, 90716, 90460 x2, 90461 x2.", 2),
    ["90715", "90651", "90619", "90460x3", "90461x2"], ["90471", "90472", "90734", "90707"],
    ["medicine", "vaccine", "units", "addon", "historical"])

add("email", "travel shots",
    email("Hi,",
          "Commercial plan, 40-year-old heading abroad. Our nurse gave adult hepatitis A vaccine IM and typhoid Vi polysaccharide "
          "vaccine IM; no physician counseling. Vaccine and admin codes please.",
          "Cheers,\nFarid\nGlobetrotter Travel Clinic (synthetic)",
          "> Re: last week's yellow fever question - we don't stock it, patient was referred out.", 2),
    ["90632", "90691", "90471", "90472"], ["90460", "90690", "90636", "90717"], ["medicine", "vaccine", "addon"])

add("vignette", "Three catch-up vaccines for an adult",
    "Commercial plan, 26-year-old health-care worker: Tdap IM, adult hepatitis B (Engerix-B 20 mcg) IM and MMR subcutaneous, all "
    "given by the nurse at one visit.",
    ["90715", "90746", "90707", "90471", "90472x2"], ["90460", "90461", "90714"], ["medicine", "vaccine", "units", "addon", "multi"])

add("terse", "PPSV23 Medicare",
    "PPSV23 0.5 mL IM, Medicare, 78 yo, nurse visit.",
    ["90732", "G0009"], ["90471", "90677", "90670"], ["medicine", "vaccine", "hcpcs"])

add("email", "pneumo yes, flu no",
    email("Hello,",
          "Medicare patient (age 67) came in for vaccines. She received PCV20 IM. She declined the high-dose flu shot we offered, so "
          "no influenza vaccine was given.",
          "Regards,\nBeatriz\nSunnyvale Senior Care Clinic (synthetic)", None, 3),
    ["90677", "G0009"], ["90662", "G0008", "90471"], ["medicine", "vaccine", "hcpcs", "negation"])

add("vignette", "RhoGAM at 28 weeks",
    "Rh-negative patient at 28 weeks: Rho(D) immune globulin 300 mcg IM from a single-dose prefilled syringe, entire dose given, "
    "nothing discarded. Nurse visit only.",
    ["96372", "J2790:JZ"], ["90384", "99211"], ["medicine", "hcpcs_drug", "obstetric", "modifier"])

add("terse", "TIG Medicare",
    "Medicare pt, dirty puncture wound, unknown tetanus hx: tetanus immune globulin 250 units IM, single-dose syringe, all given. "
    "Wound care separately.",
    ["96372", "J1670:JZ"], ["90389", "90714"], ["medicine", "hcpcs_drug", "modifier"])

add("opnote", "IVIG infusion record",
    "INFUSION RECORD\nPAYER: Medicare Part B.\nDIAGNOSIS: Primary humoral immunodeficiency.\n"
    "MEDICATION: Immune globulin (Gammagard Liquid) 30 g IV, from three 10 g single-dose vials, all fully used.\n"
    "ADMINISTRATION: Infusion started 08:40, rate titrated per protocol, completed 12:00 (3 hours 20 minutes). No other drugs. "
    "Physician available in the suite throughout.",
    ["96365", "96366x2", "J1569x60:JZ"], ["96413", "96415", "J1459", "J1460"], ["medicine", "infusion", "hcpcs_drug", "units", "addon", "modifier"])

# =====================================================================
# MEDICINE: psychiatry, dialysis, eye, audiology
# =====================================================================

add("opnote", "Psychiatry progress note",
    "PSYCHIATRY PROGRESS NOTE\nPATIENT TYPE: Established.\nDX: Bipolar II disorder.\n"
    "E/M: Medication review, lithium level reviewed, dose adjusted. MDM moderate.\n"
    "PSYCHOTHERAPY: Supportive psychotherapy, separately timed, 28 minutes (not counted toward the E/M).",
    ["99214", "90833"], ["90832", "90836", "90834"], ["medicine", "behavioral", "addon", "multi"])

add("terse", "crisis 95 min",
    "Psychotherapy for crisis, pt actively suicidal, safety planning, 95 min total face-to-face. Same day, no other psych svc.",
    ["90839", "90840"], ["90837", "90838", "90791"], ["medicine", "behavioral", "addon", "time"])

add("email", "family session without the patient",
    email("Dear consultant,",
          "Our LCSW met with the parents of a 15-year-old client for 50 minutes to work on the family's response to his "
          "behaviors. The client was not present for any part of the session. Which family therapy code?",
          "Warmly,\nHollis Brandt, LCSW\nBrightpath Counseling (fictional)", None, 0),
    ["90846"], ["90847", "90834", "90837"], ["medicine", "behavioral", "negation"])

add("terse", "psychotx 40 min + IC",
    "Psychotherapy 40 min with 9 yo pt; divorced parents in session with conflicting accounts interfering with care (interactive "
    "complexity documented).",
    ["90834", "90785"], ["90832", "90837", "90846"], ["medicine", "behavioral", "addon"])

add("vignette", "Psychiatric intake by an MD",
    "Psychiatrist's initial diagnostic evaluation of a new patient with panic disorder: full psychiatric history, mental status exam, "
    "review of medical conditions and labs, and a new SSRI prescription.",
    ["90792"], ["90791", "99204", "99205"], ["medicine", "behavioral"])

add("vignette", "Monthly ESRD services",
    "45-year-old on in-center hemodialysis three times a week for ESRD. During March the nephrologist saw him face-to-face at "
    "the unit on three occasions and managed his dialysis prescription for the full month.",
    ["90961"], ["90960", "90962", "90935"], ["medicine", "units"])

add("terse", "home PD monthly",
    "ESRD, 62 yo, home peritoneal dialysis, full calendar month of home dialysis management by nephrology.",
    ["90966"], ["90965", "90960", "90945"], ["medicine"])

add("opnote", "Inpatient dialysis note",
    "NEPHROLOGY PROCEDURE NOTE\nSETTING: Inpatient.\nINDICATION: Acute kidney injury with hyperkalemia and volume overload (not ESRD).\n"
    "PROCEDURE: Intermittent hemodialysis, 3.5 hours, via existing temporary dialysis catheter.\n"
    "EVALUATION: I evaluated the patient once during the run, adjusted ultrafiltration goal. No further evaluations today.",
    ["90935"], ["90937", "90945", "90960", "36556"], ["medicine"])

add("vignette", "New patient eye exam with refraction",
    "New patient to our ophthalmology practice: comprehensive eye examination with dilated fundus exam, initiation of a diagnostic "
    "and treatment program for early cataracts, plus determination of refractive state for glasses. Eye codes used, not E/M.",
    ["92004", "92015"], ["92002", "92014", "99204"], ["medicine", "eye", "multi"])

add("terse", "est eye + OCT",
    "Est pt, intermediate eye exam, diabetic macular edema f/u. OCT macula OU with interpretation.",
    ["92012", "92134"], ["92014", "92133", "92250"], ["medicine", "eye", "multi"])

add("opnote", "Glaucoma testing visit",
    "OPHTHALMIC TESTING\nINDICATION: Glaucoma suspect.\nTESTS: Extended threshold visual field (Humphrey 24-2 and 10-2), both eyes, "
    "with interpretation and report. Gonioscopy both eyes: open angles.\nNOTE: No exam or E/M billed today; fundus photos not taken.",
    ["92083", "92020"], ["92082", "92081", "92250"], ["medicine", "eye", "negation", "multi"])

add("terse", "audio air only + tymp",
    "Pure tone threshold audiometry, air conduction only, and tympanometry. Audiologist, referred by PCP.",
    ["92552", "92567"], ["92553", "92550", "92557"], ["medicine", "ent"])

add("vignette", "Full audiology battery",
    "Audiology evaluation: pure tone air and bone thresholds, speech reception threshold and word recognition, plus tympanometry with "
    "acoustic reflex thresholds. All done at one visit with the audiologist's interpretation.",
    ["92557", "92550"], ["92553", "92556", "92567", "92568"], ["medicine", "ent", "bundling", "multi"])

add("email", "OAE code?",
    email("Hi,",
          "Our audiologist recorded distortion product otoacoustic emissions, diagnostic, at 12 frequencies in each ear with a "
          "quantitative report (cochlear mapping). Not a screening. Which code?",
          "Thanks,\nJules\nHearWell Audiology (synthetic)", None, 2),
    ["92588"], ["92587", "92558"], ["medicine", "ent"])

# =====================================================================
# MEDICINE: cardiology, pulmonary, allergy, neurology
# =====================================================================

add("terse", "EKG read only",
    "12-lead ECG interp only, tracing done on hospital equipment. Cardiologist read.",
    ["93010"], ["93000", "93005"], ["medicine", "cardiovascular"])

add("opnote", "Limited echo report",
    "ECHOCARDIOGRAPHY REPORT\nSETTING: Cardiology office (global).\nSTUDY: Limited transthoracic echocardiogram, 2D imaging only, "
    "for follow-up of a small pericardial effusion. No spectral or color Doppler performed.\n"
    "FINDINGS: Small circumferential effusion, decreased from prior; no tamponade physiology.",
    ["93308"], ["93306", "93307", "93321", "93325"], ["medicine", "cardiovascular", "negation"])

add("email", "stress echo",
    email("Hi team,",
          "In our office lab, Dr. Greenhalgh performed a treadmill stress echocardiogram: resting and post-exercise images, ECG "
          "monitoring during the treadmill, supervision, interpretation and report all by her. Do we also bill the treadmill test?",
          "Sincerely,\nRonan\nValley Heart Group (fictional)", None, 1),
    ["93351"], ["93350", "93015", "93306", "93018"], ["medicine", "cardiovascular", "bundling"])

add("vignette", "Hospital treadmill test",
    "Exercise treadmill stress test in the hospital's cardiac lab (hospital owns the equipment and bills the technical part). Our "
    "cardiologist supervised the test and wrote the interpretation and report.",
    ["93016", "93018"], ["93015", "93017"], ["medicine", "cardiovascular", "multi"])

add("terse", "Holter 24h",
    "Holter 24 hr, office-owned recorder, hook-up, scanning analysis, MD review + report.",
    ["93224"], ["93225", "93226", "93227", "93241"], ["medicine", "cardiovascular"])

add("email", "14-day patch",
    email("Hello,",
          "Patient wore an ECG patch monitor for 14 days. The vendor did the recording and scanning and bills those. Dr. Soto only "
          "did the review and interpretation. What do we bill?",
          "Thank you,\nMei Lin\nCardiology Billing (synthetic)",
          "> Earlier you told us the 24-hour Holter read was 93227.", 3),
    ["93248"], ["93245", "93247", "93227", "93244"], ["medicine", "cardiovascular", "historical"])

add("terse", "ABI",
    "Resting ABIs both legs, Doppler at ankle + brachial, single level. Office vascular lab.",
    ["93922"], ["93923", "93970"], ["medicine", "cardiovascular"])

add("terse", "spiro + FeNO",
    "Spirometry (pre only, no BD) + FeNO, asthma clinic.",
    ["94010", "95012"], ["94060", "94729"], ["medicine", "respiratory", "multi", "negation"])

add("opnote", "Bronchoprovocation report",
    "PULMONARY FUNCTION LAB REPORT\nTEST: Methacholine challenge with spirometry after each escalating dose (drug supplied by the "
    "hospital pharmacy).\nRESULT: PC20 1.8 mg/mL.\nNOTE: No separate pre/post bronchodilator study today.\n"
    "INTERPRETATION: Positive challenge, consistent with airway hyperresponsiveness.",
    ["94070"], ["94010", "94060", "95070"], ["medicine", "respiratory", "bundling", "negation"])

add("opnote", "Patch test record",
    "PATCH TEST RECORD\nINDICATION: Chronic hand dermatitis.\nAPPLIED: 72 allergens (expanded series) to the upper back.\n"
    "READINGS: 48 hours and 96 hours. Positive: nickel sulfate (++), fragrance mix I (+).\nNo prick or intradermal tests today.",
    ["95044x72"], ["95004", "95024"], ["medicine", "units", "negation"])

add("terse", "prick + ID",
    "Allergy testing: 36 percutaneous (prick) + 10 intradermal immediate-type (for neg pricks), read & interp.",
    ["95004x36", "95024x10"], ["95027", "95044"], ["medicine", "units", "multi"])

add("email", "allergen vial + shot",
    email("Hello consultants,",
          "Our allergist prepared a new 10-dose multi-dose vial of mixed pollen extract for a patient and the nurse gave the first "
          "injection from it today (one injection). How many units?",
          "Thanks!\nRosalyn\nAllergy & Asthma Partners (fictional)", None, 0),
    ["95165x10", "95115"], ["95117", "95144"], ["medicine", "units", "multi"])

add("terse", "routine EEG",
    "EEG awake + drowsy, 28 min recording, office, global.",
    ["95816"], ["95819", "95812"], ["medicine", "nervous"])

add("opnote", "EEG report",
    "EEG REPORT\nSETTING: Neurology office, global billing.\nTYPE: Routine outpatient EEG, sleep-deprived protocol, 35 minutes; "
    "wakefulness and stage N2 sleep recorded.\nFINDINGS: Occasional left temporal sharp waves in sleep.\n"
    "IMPRESSION: Abnormal EEG, left temporal epileptiform discharges.",
    ["95819"], ["95816", "95822", "95813", "95812"], ["medicine", "nervous"])

add("opnote", "EMG report, both legs",
    "ELECTRODIAGNOSTIC REPORT\nINDICATION: Bilateral foot numbness.\n"
    "NERVE CONDUCTION: Motor studies of both peroneal and both tibial nerves; sensory studies of both sural and both superficial "
    "peroneal nerves; plus bilateral tibial H-reflex studies (10 studies in total; F-waves were obtained with the motor studies).\n"
    "NEEDLE EMG: Complete study of the right and of the left lower extremity, 7 muscles each including lumbar paraspinals.\n"
    "IMPRESSION: Length-dependent sensorimotor axonal polyneuropathy.",
    ["95911", "95886x2:?"], ["95912", "95910", "95864", "95885"], ["medicine", "nervous", "addon", "units"])

add("opnote", "Nerve conduction report, right arm",
    "NERVE CONDUCTION STUDY REPORT\nINDICATION: Right hand numbness, suspected carpal tunnel syndrome.\n"
    "STUDIES: Right median motor, right median sensory, right ulnar motor, right ulnar sensory (4 studies).\n"
    "NEEDLE EMG: Not performed (patient declined).\nIMPRESSION: Moderate right median neuropathy at the wrist.",
    ["95908"], ["95909", "95907", "95885", "95886"], ["medicine", "nervous", "negation"])

add("vignette", "Needle EMG only",
    "Needle EMG of both upper extremities (two limbs) for suspected motor neuron disease; nerve conduction studies had been done at "
    "another facility last week and were not repeated.",
    ["95861"], ["95860", "95886", "95913", "95863"], ["medicine", "nervous", "negation", "historical"])

# =====================================================================
# MEDICINE: infusions and injections, therapy, OMT, chiropractic
# =====================================================================

add("terse", "hydration 50 min",
    "IV hydration NS 500 mL (office stock), 14:05-14:55, gastroenteritis. Nothing else given.",
    ["96360", "J7040"], ["96361", "96365", "J7030"], ["medicine", "infusion", "hcpcs_drug"])

add("vignette", "Two antibiotics in sequence",
    "Infusion clinic: IV vancomycin infused for 45 minutes, then, through the same line, a different antibiotic (cefepime) infused for "
    "35 minutes. Both drugs come from the patient's home-infusion pharmacy; code the administrations.",
    ["96365", "96367"], ["96366", "96368", "96374"], ["medicine", "infusion", "addon"])

add("opnote", "Infusion record, 95 minutes",
    "INFUSION RECORD\nDRUG: Non-chemotherapy biologic, supplied by specialty pharmacy (not billed by us).\n"
    "START: 13:10  STOP: 14:45 (95 minutes, single continuous infusion).\nNo other IV drugs, no hydration.",
    ["96365", "96366"], ["96413", "96415", "96360"], ["medicine", "infusion", "addon"])

add("vignette", "Two chemo pushes",
    "Oncology office: doxorubicin by IV push followed by a second chemotherapy drug, vincristine, also by IV push through the same "
    "line. Administration only; drugs are billed on separate lines by our pharmacy team.",
    ["96409", "96411"], ["96413", "96374", "96375"], ["medicine", "infusion", "addon"])

add("email", "Lupron units",
    email("Hello,",
          "Medicare patient with prostate cancer received Lupron Depot 22.5 mg IM today (the 3-month single-dose kit), full dose given, "
          "nothing wasted. How many units and which admin code?",
          "Thank you,\nGrace\nUrology Partners of the Bay (fictional)", None, 3),
    ["96402", "J9217x3:JZ"], ["96372", "96401", "J1950"], ["medicine", "hcpcs_drug", "units", "modifier"])

add("opnote", "Rituximab infusion",
    "CHEMOTHERAPY INFUSION RECORD\nPAYER: Medicare Part B.\nDIAGNOSIS: Follicular lymphoma.\n"
    "PREMEDICATION: Acetaminophen 650 mg PO at 08:30. Diphenhydramine 50 mg IV push at 08:40 from a single-dose 50 mg vial, whole vial "
    "given.\nDRUG: Rituximab (Rituxan, reference product) 700 mg IV, prepared from one 500 mg and two 100 mg single-dose vials; all "
    "contents used, none discarded.\nINFUSION: Start 08:50, rate escalated per protocol, stop 13:05 (4 hours 15 minutes).\n"
    "NOTE: No reaction. No E/M today.",
    ["96413", "96415x3", "96375", "J9312x70:JZ", "J1200:JZ"], ["96365", "96366", "96374", "Q5115"],
    ["medicine", "infusion", "hcpcs_drug", "units", "modifier", "addon", "multi"])

add("email", "Keytruda dose",
    email("Hi team,",
          "Medicare patient with melanoma: pembrolizumab 200 mg IV over 30 minutes in our infusion suite, made from two 100 mg "
          "single-dose vials, nothing wasted. Please code the administration and drug.",
          "Thanks!\nSaoirse\nOncology Billing (synthetic)", None, 1),
    ["96413", "J9271x200:JZ"], ["96415", "96365"], ["medicine", "infusion", "hcpcs_drug", "units", "modifier"])

add("vignette", "Push with a short bag",
    "Urgent care: ondansetron 8 mg IV push drawn from a 20 mL multi-dose vial. A bag of saline ran only to keep the vein open for "
    "about 20 minutes and was not a hydration order.",
    ["96374", "J2405x8"], ["96360", "96361", "96365"], ["medicine", "infusion", "hcpcs_drug", "units", "negation"])

add("opnote", "PT daily note",
    "PHYSICAL THERAPY DAILY NOTE\nPAYER: Medicare Part B.\nDX: Right knee OA.\n"
    "TREATMENT (one-on-one):\n- Therapeutic exercise: 24 min\n- Neuromuscular re-education (balance, proprioception): 16 min\n"
    "- Manual therapy (joint mobilization): 10 min\nTOTAL TIMED MINUTES: 50.",
    ["97110:GP", "97112:GP", "97140:GP"], ["97530", "97116"], ["medicine", "therapy", "units", "modifier", "multi"])

add("terse", "PT short minutes",
    "Medicare PT: ther ex 9 min, gait training 6 min, manual 5 min. Total timed 20 min.",
    ["97110:GP"], ["97116", "97140"], ["medicine", "therapy", "units", "modifier"])

add("vignette", "Re-evaluation and exercise",
    "Medicare outpatient PT: formal re-evaluation with updated plan of care, then 30 minutes of one-on-one therapeutic exercise. A hot "
    "pack was applied for 10 minutes at the end.",
    ["97164:GP", "97110x2:GP"], ["97010", "97162", "97163"], ["medicine", "therapy", "units", "modifier", "bundling"])

add("email", "therapy activities and e-stim",
    email("Hi,",
          "Medicare PT visit: therapeutic activities 40 minutes one-on-one, then unattended electrical stimulation to the low back "
          "and a moist heat pack during the e-stim. How should we bill these?",
          "Thanks,\nColeman\nRiverside Rehab (fictional)", None, 1),
    ["97530x3:GP", "G0283:GP"], ["97014", "97010", "97032"], ["medicine", "therapy", "units", "modifier", "hcpcs", "bundling"])

add("email", "OT units question",
    email("Hi there,",
          "Medicare Part B outpatient OT visit: self-care / ADL training (dressing and toileting) one-on-one for 25 minutes. "
          "Nothing else was done. Units?",
          "Best,\nIngrid, OTR/L\nCommunity Rehab (synthetic)", None, 0),
    ["97535x2:GO"], ["97530", "97165"], ["medicine", "therapy", "units", "modifier"])

add("vignette", "Long exercise session",
    "Medicare outpatient PT visit: 53 minutes of one-on-one therapeutic exercise; no other service performed.",
    ["97110x4:GP"], ["97530", "97150"], ["medicine", "therapy", "units", "modifier"])

add("terse", "OMT 6 regions",
    "OMT: head, cervical, thoracic, rib cage, lumbar, sacral regions treated (6 regions).",
    ["98927"], ["98926", "98928"], ["medicine", "musculoskeletal"])

add("vignette", "OMT two regions",
    "Osteopathic manipulation of the cervical and thoracic regions only for tension-type neck pain; no other regions treated and no "
    "separate E/M today.",
    ["98925"], ["98926", "99213"], ["medicine", "musculoskeletal", "negation"])

add("email", "chiro lumbar + pelvis",
    email("Hello,",
          "Medicare patient, active treatment for an acute low back episode with documented subluxation. Chiropractic manipulation "
          "of the lumbar and pelvic regions today (two spinal regions). What do we code?",
          "Kind regards,\nDr. Amos Whitcombe, DC\nWhitcombe Chiropractic (synthetic)", None, 2),
    ["98940:AT"], ["98941", "98943"], ["medicine", "modifier"])

# =====================================================================
# HCPCS DRUGS (units from dose, JZ on single-dose containers)
# =====================================================================

add("vignette", "Ketorolac 30 mg",
    "Medicare patient with acute back spasm: ketorolac 30 mg IM from a single-dose 30 mg/mL vial, whole vial given.",
    ["96372", "J1885x2:JZ"], ["96374", "96373"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("terse", "Depo-Medrol 40",
    "Medicare. Methylprednisolone acetate 40 mg IM, single-dose 1 mL vial (40 mg/mL), all given.",
    ["96372", "J1010x40:JZ"], ["J2919", "J1100"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("vignette", "Dexamethasone IM",
    "Dexamethasone sodium phosphate 4 mg IM for croup-like cough in an adult, drawn from a 30 mL multi-dose vial.",
    ["96372", "J1100x4"], ["J8540", "96374"], ["hcpcs_drug", "medicine", "units"])

add("email", "ceftriaxone 2 g IV",
    email("Hi coding team,",
          "Medicare patient in our infusion suite: ceftriaxone 2 g IV piggyback over 30 minutes for cellulitis. We reconstituted two "
          "1 g single-dose vials and used both completely. Administration plus drug please.",
          "Best,\nHarriet\nOutpatient Infusion Center (fictional)",
          "> Prior reply: the 1 g IM dose was J0696 x4 with JZ plus 96372.", 3),
    ["96365", "J0696x8:JZ"], ["96374", "96372"], ["hcpcs_drug", "medicine", "infusion", "units", "modifier", "historical"])

add("terse", "Depo-Provera",
    "Medroxyprogesterone acetate 150 mg IM, single-dose prefilled syringe, all given. Payer follows Medicare JZ rules.",
    ["96372", "J1050x150:JZ"], ["96374", "J3490"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("vignette", "Testosterone enanthate",
    "Hypogonadism follow-up shot: testosterone enanthate 200 mg IM drawn from a 5 mL multi-dose vial.",
    ["96372", "J3121x200"], ["J1071", "J3145"], ["hcpcs_drug", "medicine", "units"])

add("vignette", "Neulasta after chemo",
    "Medicare patient, day after chemotherapy: pegfilgrastim (Neulasta, reference product) 6 mg subcutaneous from a single-dose "
    "prefilled syringe, full dose given.",
    ["96372", "J2506x12:JZ"], ["96401", "Q5108", "96377"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("terse", "Xolair 150",
    "Medicare pt, omalizumab (Xolair) 150 mg SC, one single-dose PFS, all given, asthma.",
    ["96372", "J2357x30:JZ"], ["96401"], ["hcpcs_drug", "medicine", "units", "modifier"])

add("vignette", "Long-acting antipsychotic",
    "Monthly injection in the psychiatry clinic: haloperidol decanoate 100 mg IM into the gluteus, drawn from a 5 mL multi-dose vial.",
    ["96372", "J1631x2"], ["J1630", "J2680"], ["hcpcs_drug", "medicine", "units", "behavioral"])

add("terse", "Celestone 12 mg",
    "Betamethasone sod phos/acetate (Celestone Soluspan) 12 mg = 2 mL of the 6 mg/mL suspension, IM, from 5 mL multi-dose vial.",
    ["96372", "J0702x2"], ["J1100", "J3301"], ["hcpcs_drug", "medicine", "units"])

add("vignette", "Prochlorperazine IM",
    "Medicare patient with migraine and vomiting: prochlorperazine 10 mg IM from a single-dose 10 mg/2 mL vial, entire vial given.",
    ["96372", "J0780:JZ"], ["96374", "J2550"], ["hcpcs_drug", "medicine", "modifier"])

# =====================================================================
# VAGUE CASES: a deciding fact is missing; the right answer asks
# =====================================================================

add("terse", "hand xr",
    "XR L hand today, which code?",
    [], [], ["vague", "radiology"], vague=True)

add("vignette", "CT of the belly",
    "We did a CT of the abdomen and pelvis on our patient this morning. Please send the code.",
    [], [], ["vague", "radiology"], vague=True)

add("email", "critical care units",
    email("Hi,", "Dr. Mbeki provided critical care to a patient in the ICU yesterday. How many units of 99292 should we put on the claim?",
          "Thanks,\nOrla", None, 0),
    [], [], ["vague", "em", "critical_care"], vague=True)

add("terse", "PT units?",
    "Medicare PT visit, ther ex + manual therapy. How many units of each?",
    [], [], ["vague", "medicine", "therapy"], vague=True)

add("vignette", "IVIG units",
    "Patient received IVIG in our infusion suite today. How many units of the J-code do we bill?",
    [], [], ["vague", "hcpcs_drug"], vague=True)

add("terse", "therapy session",
    "Psychotherapy session today w/ pt. CPT?",
    [], [], ["vague", "medicine", "behavioral"], vague=True)

add("email", "shots at the checkup",
    email("Hello,", "The baby got her shots at the checkup today. Can you tell me what to bill?", "Thank you,\nPaloma", None, 1),
    [], [], ["vague", "medicine", "vaccine"], vague=True)

add("vignette", "New patient level?",
    "New patient came in today and the doctor saw her. Which new patient level do we use?",
    [], [], ["vague", "em"], vague=True)

add("email", "stress test code",
    email("Hi team,", "Can you code Mr. Ellery's stress test from Monday? Thanks.", "Regards,\nCardiology front desk", None, 2),
    [], [], ["vague", "medicine", "cardiovascular"], vague=True)

add("terse", "OB US",
    "OB ultrasound today, code?",
    [], [], ["vague", "radiology", "obstetric"], vague=True)


# =====================================================================
# ids, validation, output
# =====================================================================

def main():
    return mt.write_set("B", "team2b", identifiers=True)


if __name__ == "__main__":
    sys.exit(main())
