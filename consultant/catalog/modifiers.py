"""Meanings of the CPT (Level I) modifiers a coding office uses every day,
written by the team in its own words (not AMA text).  Level II modifiers
(RT, LT, XE, XS ...) come from the public HCPCS file; where both define a
code, the CMS Level II meaning wins.
"""
from __future__ import annotations

CPT_MODIFIERS: dict[str, str] = {
    "22": "The work was substantially greater than usual for this code (document why: time, difficulty, patient condition).",
    "23": "General anesthesia was needed for a procedure that is normally done with local or no anesthesia.",
    "24": "An E/M visit during a surgical global period that is unrelated to that surgery.",
    "25": "A significant E/M service that stands apart from a procedure or other service done the same day by the same clinician.",
    "26": "Only the professional part (the physician's reading and report) of a service that has a technical part.",
    "32": "A service that was required by a payer, government body or other official party.",
    "33": "A preventive service whose cost sharing is waived under preventive-care rules.",
    "47": "The surgeon also gave the anesthesia for the procedure.",
    "50": "The same procedure was done on both sides of the body in one session.",
    "51": "More than one procedure was done in the same session by the same clinician (often applied by the payer).",
    "52": "The service was cut short or reduced at the clinician's choice; less than the full code was done.",
    "53": "The procedure was started but stopped because the patient's health was at risk.",
    "54": "The surgeon did the operation only; someone else does the care before and after.",
    "55": "Only the care after the operation was provided by this clinician.",
    "56": "Only the care before the operation was provided by this clinician.",
    "57": "The E/M visit on the day before or day of a major surgery at which the decision to operate was made.",
    "58": "A planned or staged follow-up procedure, or a more extensive one, during the global period of the first.",
    "59": "A procedure distinct from another one done the same day (different site, session, lesion or injury); use only when no X modifier fits.",
    "62": "Two surgeons each did a distinct part of one procedure (co-surgery).",
    "63": "A procedure on an infant weighing under 4 kg, where the size makes the work harder.",
    "66": "A team of surgeons worked together on a highly complex procedure.",
    "73": "Hospital outpatient/ASC: procedure cancelled after the patient was prepared but before anesthesia began.",
    "74": "Hospital outpatient/ASC: procedure stopped after anesthesia was given or the procedure started.",
    "76": "The same procedure was repeated on the same day by the same clinician.",
    "77": "The same procedure was repeated on the same day by a different clinician.",
    "78": "An unplanned return to the operating room for a problem related to the first surgery during its global period.",
    "79": "A procedure unrelated to an earlier surgery, done during that surgery's global period.",
    "80": "An assistant surgeon helped with the operation.",
    "81": "A minimal assistant surgeon helped for part of the operation.",
    "82": "An assistant surgeon helped because no qualified resident was available (teaching settings).",
    "90": "The laboratory test was done by an outside lab, not by the billing clinician.",
    "91": "A lab test repeated on the same day to get a new result (not because the first run failed).",
    "92": "A lab test done with a single-use portable kit or device.",
    "93": "A service provided by synchronous audio-only telecommunication.",
    "95": "A service provided by synchronous audio-video telehealth.",
    "96": "A habilitative service (to help a patient gain a skill never learned).",
    "97": "A rehabilitative service (to restore a skill lost to illness or injury).",
    "99": "More than one modifier applies to this line.",
    "TC": "Only the technical part (equipment, staff, supplies) of a service that has a professional part.",
    "XE": "A separate encounter on the same day (a more specific alternative to 59).",
    "XS": "A separate organ or structure (a more specific alternative to 59).",
    "XP": "A different practitioner performed the service (a more specific alternative to 59).",
    "XU": "A service that does not overlap the usual parts of the main service (a more specific alternative to 59).",
    "RT": "Right side of the body.",
    "LT": "Left side of the body.",
    "FA": "Left hand, thumb.",
    "F5": "Right hand, thumb.",
    "TA": "Left foot, great toe.",
    "T5": "Right foot, great toe.",
}


def merge_modifiers(level2: dict[str, str]) -> dict[str, str]:
    """All modifiers: our CPT meanings overlaid by the CMS Level II text."""
    merged = dict(CPT_MODIFIERS)
    merged.update(level2)
    return dict(sorted(merged.items()))
