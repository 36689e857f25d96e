"""California certificates, CME certificates, P.A.C.E. forms, CMLE / CCP points."""

from __future__ import annotations

from .model import Cert, truth
from .render import A4_PAGE, A4_WIDE, GREY, LETTER, LETTER_WIDE, Page


def california_1() -> Cert:
    p = Page(LETTER, "arial")
    gold = (0.75, 0.55, 0.1)
    p.rect(36, 36, p.w - 72, 6, None, gold)
    p.text(50, 75, "Golden Coast Lab CE", 18, "b")
    p.text(50, 92, "Sacramento · goldencoastlabce.example", 9, color=GREY)
    p.center(150, "Certificate of Completion", 22, "b")
    fields = [
        ("Licensee name", "Rosalind Achebe-Whitman"),
        ("Course name", "Hemolysis, Icterus and Lipemia: Interference Checks in Chemistry"),
        ("Course number", "GCL-2025-117"),
        ("CE credits", "1.5 contact hours"),
        ("Date of completion", "June 30, 2025"),
        ("Accrediting agency", "ASCLS P.A.C.E.®"),
        ("Accrediting agency number", "0457"),
    ]
    y = 195.0
    for label, value in fields:
        p.text(60, y, label, 10.5, "b")
        p.text(230, y, value, 10.5)
        y += 21
    p.wrap(
        60,
        y + 15,
        p.w - 120,
        "Keep this certificate for four years. California licensees must submit certificates "
        "that show the accrediting agency number and the course number.",
        9,
        "i",
        color=GREY,
    )
    p.sign_line(60, y + 100, 200, "Golden Coast Lab CE, Program Manager", 36)
    p.text(p.w - 60, y + 100, "Order GC-55190", 8.5, align="right", color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Hemolysis, Icterus and Lipemia: Interference Checks in Chemistry",
            participant_name="Rosalind Achebe-Whitman",
            provider="Golden Coast Lab CE",
            completed_on="2025-06-30",
            hours="1.5",
            accreditation="pace",
            course_number="GCL-2025-117",
            accrediting_agency_number="0457",
        ),
        "california",
    )


def california_2() -> Cert:
    p = Page(LETTER_WIDE, "serif")
    blue = (0.1, 0.2, 0.5)
    p.border(24, blue, 3, double=True)
    p.center(85, "Sierra Vista Laboratory Education Center", 16, "b", color=blue)
    p.center(135, "CERTIFICATE", 30, "b")
    p.center(165, "of continuing education", 13, "i")
    p.center(205, "Kiran Mehta-Lowenstein", 22, "b")
    p.center(230, "California CLS license no. 00061223", 10)
    p.center(265, "Immunofixation Electrophoresis: Patterns, Pitfalls and Reporting", 15, "b")
    p.center(295, "Completed 2025-09-12  ·  2.0 credit hours  ·  Course No. 25-CHEM-041", 11)
    p.center(320, "Accrediting agency: ADLM ACCENT®  ·  Accrediting agency #: 2291", 11)
    p.sign_line(110, 470, 200, "Director", 37)
    p.sign_line(p.w - 310, 470, 200, "Education Committee", 38)
    return Cert(
        p.finish(),
        truth(
            title="Immunofixation Electrophoresis: Patterns, Pitfalls and Reporting",
            participant_name="Kiran Mehta-Lowenstein",
            provider="Sierra Vista Laboratory Education Center",
            completed_on="2025-09-12",
            hours="2",
            accreditation="accent",
            course_number="25-CHEM-041",
            accrediting_agency_number="2291",
            license_number="00061223",
        ),
        "california",
    )


def california_3() -> Cert:
    p = Page(A4_PAGE, "sans")
    p.text(50, 60, "Bayline Pathology Partners", 15, "b")
    p.text(50, 76, "Clinical Education · Oakmont, CA", 9)
    p.text(p.w - 50, 60, "Cert. no. 2025-0814-33", 8.5, align="right", color=GREY)
    p.text(50, 130, "CE CERTIFICATE — CALIFORNIA LICENSEES", 16, "b")
    p.table(
        50,
        155,
        [170, 320],
        [
            ["Name (as on license)", "Maria Cristina dela Peña"],
            ["Course", "Phlebotomy Pre-analytical Errors:"],
            ["", "Order of Draw, Hemolysis and Labeling"],
            ["Course no.", "BPP-PHL-204"],
            ["Date", "August 14, 2025"],
            ["Credit", "3.0 contact hours"],
            ["Accrediting agency", "ASCLS P.A.C.E.® (agency number 0318)"],
        ],
        10,
        header=False,
        rules=False,
        row_height=19,
    )
    p.wrap(
        50,
        320,
        p.w - 100,
        "Bayline Pathology Partners is approved as a provider of continuing education programs "
        "in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        9,
    )
    p.sign_line(50, 420, 200, "Education Coordinator", 39)
    return Cert(
        p.finish(),
        truth(
            title="Phlebotomy Pre-analytical Errors: Order of Draw, Hemolysis and Labeling",
            participant_name="Maria Cristina dela Peña",
            provider="Bayline Pathology Partners",
            completed_on="2025-08-14",
            hours="3",
            accreditation="pace",
            course_number="BPP-PHL-204",
            accrediting_agency_number="0318",
        ),
        "california",
    )


def california_4() -> Cert:
    p = Page(LETTER, "times")
    p.text(p.w / 2, 70, "PACIFIC RIM CLINICAL LAB SEMINARS", 17, "b", align="center")
    p.center(100, "Certificate of Attendance", 15, "i")
    y = p.wrap(
        70,
        140,
        p.w - 140,
        "Certifies that Tevita Fifita-Nguyen attended the live seminar “Transfusion Reactions: "
        "Investigation Workup for the Blood Bank Bench” on Saturday, November 8, 2025, and "
        "earned 3.5 contact hours.",
        12.5,
        leading=18,
        align="center",
    )
    rows = [
        ["Course number", "1187-03"],
        ["Accrediting agency", "ASCLS P.A.C.E.®"],
        ["Accrediting agency number", "1187"],
        ["Registration / order", "55221"],
        ["Level", "Intermediate"],
    ]
    y = p.table(150, y + 20, [160, 150], rows, 10.5, header=False, rules=True, row_height=20)
    p.wrap(
        70,
        y + 25,
        p.w - 140,
        "Seminar time 8:30 a.m.–12:45 p.m., including a 30-minute break.",
        9.5,
        "i",
        align="center",
    )
    p.sign_line(70, y + 110, 200, "Seminar Director", 40)
    return Cert(
        p.finish(),
        truth(
            title="Transfusion Reactions: Investigation Workup for the Blood Bank Bench",
            participant_name="Tevita Fifita-Nguyen",
            provider="Pacific Rim Clinical Lab Seminars",
            completed_on="2025-11-08",
            hours="3.5",
            accreditation="pace",
            course_number="1187-03",
            accrediting_agency_number="1187",
            level="intermediate",
        ),
        "california",
    )


ACCME_TEXT = (
    "{org} is accredited by the Accreditation Council for Continuing Medical Education "
    "(ACCME) to provide continuing medical education for physicians."
)


def cme_1() -> Cert:
    p = Page(LETTER, "times")
    navy = (0.1, 0.15, 0.3)
    p.border(30, navy, 1.5)
    p.center(85, "Coastal Academy of Pathology", 18, "b", color=navy)
    p.center(135, "CME Certificate", 26, "i")
    p.center(175, "awarded to", 11)
    p.center(205, "Dr. Hyun-woo Park, MD, PhD", 20, "b")
    p.center(245, "for participation in the live activity", 11)
    p.center(272, "Frontiers in Hematopathology 2025", 16, "b")
    p.center(292, "May 15–16, 2025 · Seabright Conference Hall", 11)
    p.wrap(
        80,
        330,
        p.w - 160,
        ACCME_TEXT.format(org="The Coastal Academy of Pathology")
        + " The Coastal Academy of Pathology designates this live activity for a maximum of 6.5 "
        "AMA PRA Category 1 Credits™. Physicians should claim only the credit commensurate with "
        "the extent of their participation in the activity.",
        10,
        align="center",
    )
    p.text(200, 440, "Credits claimed:", 13, "b")
    p.text(330, 440, "4.75 AMA PRA Category 1 Credits™", 13)
    p.sign_line(80, 560, 200, "Chair, CME Committee", 42)
    p.text(p.w - 80, 690, "Claim ID 2025-HP-00917", 8, align="right", color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Frontiers in Hematopathology 2025",
            participant_name="Hyun-woo Park",
            provider="Coastal Academy of Pathology",
            start="2025-05-15",
            end="2025-05-16",
            hours="4.75",
            accreditation="accme",
        ),
        "cme",
    )


def cme_2() -> Cert:
    p = Page(A4_PAGE, "arial")
    p.rect(0, 0, p.w, 80, None, (0.2, 0.2, 0.22))
    p.text(40, 48, "Granite Peak Medical College · Office of CME", 16, "b", color=(1, 1, 1))
    p.text(40, 140, "Certificate of Participation", 22, "b")
    p.text(40, 175, "Sunita Venkataraman, MLS(ASCP)", 16)
    p.text(40, 210, "participated in the live webinar", 11, color=GREY)
    y = p.wrap(
        40,
        235,
        p.w - 80,
        "Next-Generation Sequencing in Myeloid Neoplasms: What the Pathology Report Must Say",
        14,
        "b",
    )
    p.text(40, y + 15, "Date: March 19, 2026", 11)
    p.wrap(
        40,
        y + 50,
        p.w - 80,
        ACCME_TEXT.format(org="Granite Peak Medical College")
        + " Granite Peak Medical College designates this live activity for a maximum of 1.0 AMA "
        "PRA Category 1 Credit™. Physicians should claim only the credit commensurate with the "
        "extent of their participation.\n\nNon-physician participants receive this certificate "
        "of participation: 1.0 hour of participation.",
        10,
    )
    p.sign_line(40, y + 230, 200, "Director, Office of CME", 43)
    return Cert(
        p.finish(),
        truth(
            title="Next-Generation Sequencing in Myeloid Neoplasms: What the Pathology Report "
            "Must Say",
            participant_name="Sunita Venkataraman",
            provider="Granite Peak Medical College",
            completed_on="2026-03-19",
            hours="1",
            accreditation="accme",
        ),
        "cme",
    )


def cme_3() -> Cert:
    p = Page(LETTER, "sans")
    p.text(50, 60, "Fairhaven University Health System", 14, "b")
    p.text(50, 76, "Continuing Medical Education · Pathology Grand Rounds", 9.5)
    p.line(50, 86, p.w - 50, 86, 1)
    p.text(50, 130, "Record of CME credit", 17, "b")
    rows = [
        ["Participant", "Jean-Baptiste Moreau"],
        ["Activity", "Pathology Grand Rounds: Liquid Biopsy in Lung Cancer"],
        ["Activity date", "February 27, 2026"],
        ["Activity type", "Regularly scheduled series"],
        ["Maximum credit designated", "2.0 AMA PRA Category 1 Credits™"],
        ["Credit claimed", "1.5"],
    ]
    y = p.table(50, 150, [180, 330], rows, 10, header=False, rules=True, row_height=21)
    p.wrap(
        50,
        y + 20,
        p.w - 100,
        ACCME_TEXT.format(org="Fairhaven University Health System"),
        9,
        "i",
    )
    p.text(50, y + 80, "Generated 03/02/2026 from the CME portal", 8, color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Pathology Grand Rounds: Liquid Biopsy in Lung Cancer",
            participant_name="Jean-Baptiste Moreau",
            provider="Fairhaven University Health System",
            completed_on="2026-02-27",
            hours="1.5",
            accreditation="accme",
        ),
        "cme",
    )


def cme_4() -> Cert:
    p = Page(A4_WIDE, "serif")
    wine = (0.45, 0.05, 0.2)
    p.border(22, wine, 5)
    p.text(60, 80, "Northern Lakes Society of Clinical Pathologists", 15, "b", color=wine)
    p.center(150, "Certificate of CME Credit", 28, "b")
    p.center(190, "Dr. Aleksandra Nowak-Rivera, DO", 20)
    y = p.wrap(
        100,
        225,
        p.w - 200,
        "completed the enduring material “Coagulation Testing in Patients on Direct Oral "
        "Anticoagulants” on the 21st of October 2025.",
        13,
        align="center",
    )
    p.wrap(
        100,
        y + 10,
        p.w - 200,
        "This enduring material has been approved for a maximum of 1.25 AMA PRA Category 1 "
        "Credits™. Credit claimed by the learner: 1.25. "
        + ACCME_TEXT.format(org="The Northern Lakes Society of Clinical Pathologists"),
        9.5,
        align="center",
    )
    p.sign_line(p.w - 300, 480, 220, "CME Director", 44)
    return Cert(
        p.finish(),
        truth(
            title="Coagulation Testing in Patients on Direct Oral Anticoagulants",
            participant_name="Aleksandra Nowak-Rivera",
            provider="Northern Lakes Society of Clinical Pathologists",
            completed_on="2025-10-21",
            hours="1.25",
            accreditation="accme",
        ),
        "cme",
    )


def _pace_form_boxes(p: Page, y: float, level: str, fmt: str, mark: str = "tick") -> float:
    p.text(60, y, "Level:", 10, "b")
    x = 120.0
    for option in ("Basic", "Intermediate", "Advanced"):
        p.box(x, y - 8, option == level, 9, mark)
        p.text(x + 14, y, option, 10)
        x += 100
    y += 22
    p.text(60, y, "Format:", 10, "b")
    x = 120.0
    for option in ("Live", "Self-study", "Live virtual"):
        p.box(x, y - 8, option == fmt, 9, mark)
        p.text(x + 14, y, option, 10)
        x += 100
    return y + 22


def pace_1() -> Cert:
    p = Page(LETTER, "arial")
    p.center(60, "ASCLS P.A.C.E.® CERTIFICATE OF ATTENDANCE", 16, "b")
    p.center(78, "Professional Acknowledgment for Continuing Education", 9.5, "i")
    rows = [
        ("Participant name", "Oksana Hrytsenko-Bell"),
        ("Program title", "Anaerobe Identification in the Era of MALDI-TOF"),
        ("Program number", "0512-0093-25"),
        ("Date of program", "09/16/2025"),
        ("Provider name", "Keystone Valley Laboratory Society"),
        ("Provider number", "0512"),
        ("P.A.C.E.® contact hours", "1.5"),
    ]
    y = 120.0
    for label, value in rows:
        p.text(60, y, label, 10, "b")
        p.text(230, y, value, 10.5)
        p.line(225, y + 4, p.w - 60, y + 4, 0.4, GREY)
        y += 24
    y = _pace_form_boxes(p, y + 10, "Intermediate", "Live")
    p.wrap(
        60,
        y + 10,
        p.w - 120,
        "Keystone Valley Laboratory Society is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        9,
    )
    p.sign_line(60, y + 90, 200, "Authorized signature of provider", 45)
    p.text(
        60,
        y + 140,
        "Participant: retain this certificate. Provider: retain the roster for 3 years.",
        8,
        color=GREY,
    )
    return Cert(
        p.finish(),
        truth(
            title="Anaerobe Identification in the Era of MALDI-TOF",
            participant_name="Oksana Hrytsenko-Bell",
            provider="Keystone Valley Laboratory Society",
            completed_on="2025-09-16",
            hours="1.5",
            accreditation="pace",
            provider_number="0512",
            course_number="0512-0093-25",
            level="intermediate",
            delivery="live",
        ),
        "pace-form",
    )


def pace_2() -> Cert:
    p = Page(A4_PAGE, "times")
    p.border(30, (0.2, 0.2, 0.2), 1)
    p.text(55, 75, "Bridgewater Regional Laboratory", 15, "b")
    p.text(55, 92, "P.A.C.E.® Provider #1882", 10)
    p.center(140, "Certificate of Completion", 20, "b")
    p.table(
        55,
        165,
        [160, 325],
        [
            ["Name", "Pádraig Ó Súilleabháin"],
            ["Program", "Body Fluid Morphology: Malignant Cells"],
            ["", "versus Reactive Mesothelial Cells"],
            ["Program #", "1882-BF-0311"],
            ["Date", "March 11, 2026"],
            ["Contact hours", "1.0"],
        ],
        11,
        header=False,
        rules=False,
        row_height=21,
    )
    y = _pace_form_boxes(p, 320, "Advanced", "Live", mark="x")
    p.wrap(
        55,
        y + 10,
        p.w - 110,
        "Bridgewater Regional Laboratory is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        9.5,
        "i",
    )
    p.sign_line(55, y + 100, 200, "Program Coordinator", 46)
    return Cert(
        p.finish(),
        truth(
            title="Body Fluid Morphology: Malignant Cells versus Reactive Mesothelial Cells",
            participant_name="Pádraig Ó Súilleabháin",
            provider="Bridgewater Regional Laboratory",
            completed_on="2026-03-11",
            hours="1",
            accreditation="pace",
            provider_number="1882",
            course_number="1882-BF-0311",
            level="advanced",
            delivery="live",
        ),
        "pace-form",
    )


def pace_3() -> Cert:
    p = Page(LETTER_WIDE, "sans")
    green = (0.1, 0.45, 0.25)
    p.rect(30, 30, p.w - 60, p.h - 60, green, None, 2)
    p.text(60, 75, "Tri-County Laboratory Professionals Chapter", 14, "b", color=green)
    p.text(p.w - 60, 75, "P.A.C.E.® Provider No. 0377", 10, align="right")
    p.center(130, "P.A.C.E.® Continuing Education Certificate", 22, "b")
    p.center(170, "Yusuf Abdi-Rahman", 20)
    p.center(200, "Self-study program: Acid–Base Disorders Case Workbook", 14, "b")
    p.text(120, 250, "[ ] Basic    [x] Intermediate    [ ] Advanced", 11, family="mono")
    p.text(120, 270, "[ ] Live     [x] Self-study", 11, family="mono")
    p.text(470, 250, "Program no.: 0377-SS-2507", 11)
    p.text(470, 270, "Contact hours: 2.0", 11)
    p.text(470, 290, "Date completed: 07/25/2025", 11)
    p.text(470, 310, "Post-test passed: 85 %", 11)
    p.wrap(
        120,
        350,
        p.w - 240,
        "The Tri-County Laboratory Professionals Chapter is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        9,
        "i",
        align="center",
    )
    p.sign_line(120, 470, 200, "CE Chair", 47)
    return Cert(
        p.finish(),
        truth(
            title="Acid–Base Disorders Case Workbook",
            participant_name="Yusuf Abdi-Rahman",
            provider="Tri-County Laboratory Professionals Chapter",
            completed_on="2025-07-25",
            hours="2",
            accreditation="pace",
            provider_number="0377",
            course_number="0377-SS-2507",
            level="intermediate",
            delivery="self-study",
        ),
        "pace-form",
    )


def pace_4() -> Cert:
    p = Page(LETTER, "narrow")
    p.text(50, 55, "Lowcountry Medical Center · Laboratory Education", 13, "b")
    p.text(50, 72, "ASCLS P.A.C.E.® provider 2240 · single-program approval", 9.5)
    p.text(50, 120, "IN-SERVICE CERTIFICATE (P.A.C.E.®)", 18, "b")
    rows = [
        ["Employee", "Ebony Washington-Clarke"],
        ["In-service", "Chain of Custody for Drug Testing Specimens"],
        ["Program number", "2240-IS-118"],
        ["Date", "Tuesday 4/22/2025, 7:00–8:00 a.m."],
        ["Contact hours (50-min hour)", "1.0"],
    ]
    y = p.table(50, 140, [170, 320], rows, 11, header=False, rules=True, row_height=22)
    y = _pace_form_boxes(p, y + 25, "Basic", "Live")
    p.sign_line(50, y + 70, 200, "Laboratory Educator", 48)
    p.text(50, y + 110, "Employee no. 004871 · Department 7120", 8.5, color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Chain of Custody for Drug Testing Specimens",
            participant_name="Ebony Washington-Clarke",
            provider="Lowcountry Medical Center",
            completed_on="2025-04-22",
            hours="1",
            accreditation="pace",
            provider_number="2240",
            course_number="2240-IS-118",
            level="basic",
            delivery="live",
        ),
        "pace-form",
    )


def points_1() -> Cert:
    p = Page(LETTER, "arial")
    p.text(50, 60, "Approved for AMT CCP points", 9, "i", color=GREY)
    p.text(50, 78, "Heartland Allied Health Learning", 18, "b")
    p.center(140, "Certificate of Completion", 22)
    p.center(180, "Grace Oyelaran-Fitch, MT(AMT)", 17, "b")
    p.center(215, "Hematology Case Studies: Microcytic Anemias", 14, "b")
    p.center(245, "Completed 2025-06-03", 11)
    p.center(275, "CCP points awarded: 2", 14, "b")
    p.wrap(
        80,
        310,
        p.w - 160,
        "This activity is approved by American Medical Technologists (AMT) for 2 Certification "
        "Continuation Program (CCP) points. AMT activity code HAH-0625.",
        10,
        align="center",
    )
    p.sign_line(80, 430, 200, "Heartland Allied Health Learning", 49)
    return Cert(
        p.finish(),
        truth(
            title="Hematology Case Studies: Microcytic Anemias",
            participant_name="Grace Oyelaran-Fitch",
            provider="Heartland Allied Health Learning",
            completed_on="2025-06-03",
            points="2",
            accreditation="society",
            course_number="HAH-0625",
        ),
        "points",
    )


def points_2() -> Cert:
    p = Page(A4_PAGE, "serif")
    p.text(50, 65, "Larkspur Pathology Institute", 16, "b")
    p.line(50, 75, p.w - 50, 75, 1)
    p.text(50, 120, "Certificate of CMLE Credit", 20, "b")
    p.wrap(
        50,
        155,
        p.w - 100,
        "Awarded to Thandiwe Mokoena-Price for completing the online module Digital Pathology "
        "Validation: Meeting the Guideline, on 14 January 2026.",
        12,
        leading=17,
    )
    rows = [
        ["Credit type", "ASCP CMLE"],
        ["CMLE credit hours", "1.5"],
        ["Module length", "about 90 minutes"],
        ["Module code", "LPI-DP-26"],
    ]
    y = p.table(50, 215, [160, 200], rows, 11, header=False, rules=True, row_height=21)
    p.wrap(
        50,
        y + 20,
        p.w - 100,
        "This activity is approved for ASCP Continuing Medical Laboratory Education (CMLE) "
        "credit and is acceptable for the ASCP Board of Certification Credential Maintenance "
        "Program (CMP).",
        9.5,
    )
    p.sign_line(50, y + 110, 200, "Education Director", 50)
    return Cert(
        p.finish(),
        truth(
            title="Digital Pathology Validation: Meeting the Guideline",
            participant_name="Thandiwe Mokoena-Price",
            provider="Larkspur Pathology Institute",
            completed_on="2026-01-14",
            hours="1.5",
            accreditation="cmle",
            course_number="LPI-DP-26",
        ),
        "points",
    )


def points_3() -> Cert:
    p = Page(LETTER_WIDE, "sans")
    p.rect(0, 0, p.w, p.h, None, (0.97, 0.96, 0.92))
    p.rect(40, 40, p.w - 80, p.h - 80, (0.3, 0.3, 0.3), None, 1)
    p.text(70, 90, "Meridian Lab Learning · CMP Points Record", 14, "b")
    p.center(160, "Anh Thư Phạm", 24, "b")
    p.center(190, "has earned", 12)
    p.center(225, "3 CMP points", 22, "b")
    p.center(255, "for the self-study course", 12)
    p.center(282, "Laboratory Safety Refresher: Chemical Hygiene and Spill Response", 15, "b")
    p.center(312, "completed on 5 September 2025", 12)
    p.center(352, "ASCP CMLE approved · Delivery: self-study", 10, color=GREY)
    p.text(
        70, 500, "Learner ID 88-2041   Points expire from your plan on 09/05/2028", 8, color=GREY
    )
    return Cert(
        p.finish(),
        truth(
            title="Laboratory Safety Refresher: Chemical Hygiene and Spill Response",
            participant_name="Anh Thư Phạm",
            provider="Meridian Lab Learning",
            completed_on="2025-09-05",
            points="3",
            accreditation="cmle",
            delivery="self-study",
        ),
        "points",
    )


def points_4() -> Cert:
    p = Page(LETTER, "times")
    p.text(60, 70, "The Bench Review", 22, "b", "times")
    p.text(60, 88, "Journal-based continuing education · Volume 14, Issue 3", 10, "i")
    p.text(60, 140, "CE Quiz Certificate", 18, "b")
    y = p.wrap(
        60,
        170,
        p.w - 120,
        "Participant: Ignacio Ruiz-Halloran III\n"
        "Article: Pre-analytical Variables in Ammonia Measurement\n"
        "Quiz submitted: April 2, 2026 (score 9/10)\n"
        "Credit: 1.5 AMT CCP points\n"
        "Format: Self-study (journal)",
        12,
        leading=19,
    )
    p.wrap(
        60,
        y + 15,
        p.w - 120,
        "Approved by American Medical Technologists for 1.5 CCP points. Issue published March "
        "2026; quiz closes March 31, 2027.",
        10,
        "i",
    )
    p.text(60, y + 90, "The Bench Review · CE Office · cequiz@benchreview.example", 9)
    return Cert(
        p.finish(),
        truth(
            title="Pre-analytical Variables in Ammonia Measurement",
            participant_name="Ignacio Ruiz-Halloran III",
            provider="The Bench Review",
            completed_on="2026-04-02",
            points="1.5",
            accreditation="society",
            delivery="self-study",
        ),
        "points",
    )


CERTIFICATES = [
    california_1,
    california_2,
    california_3,
    california_4,
    cme_1,
    cme_2,
    cme_3,
    cme_4,
    pace_1,
    pace_2,
    pace_3,
    pace_4,
    points_1,
    points_2,
    points_3,
    points_4,
]
