"""Held-out corpus 3, first half: online platforms, conferences, in-services, vendors,
and universities. Invented people and organisations."""

from __future__ import annotations

from .model import registry
from .render import Page

SPECS, cert = registry()


@cert(
    "h3-01",
    style="online",
    participant_name="Priyanka Venkataraman",
    title="Interpreting Peripheral Blood Smears: Red Cell Inclusions",
    provider="CellPath Learning",
    completed_on="2025-03-18",
    hours="1.5",
    accreditation="pace",
    delivery="self-study",
    course_number="CPL-HEM-2207",
    provider_number="588",
    level="intermediate",
)
def online_cellpath(p: Page) -> None:
    p.colour(0.1, 0.3, 0.55)
    p.rect(0, 0, p.w, 70, fill=True)
    p.colour(1, 1, 1)
    p.logo("drop", 40, 17, 36)
    p.text(88, 38, "CellPath Learning", "Helvetica-Bold", 20)
    p.text(88, 54, "microscopy-first continuing education", "Helvetica-Oblique", 9)
    p.black()
    p.center(130, "CERTIFICATE OF COMPLETION", "Helvetica-Bold", 22)
    p.center(165, "Awarded to", "Helvetica", 11)
    p.center(195, "Priyanka Venkataraman", "Helvetica-Bold", 24)
    p.line(150, 203, p.w - 150, 203)
    p.center(235, "for successfully completing the online course", "Helvetica", 11)
    p.center(262, "Interpreting Peripheral Blood Smears: Red Cell Inclusions", "Helvetica-Bold", 14)
    p.center(280, "Course code CPL-HEM-2207  ·  Format: self-paced online", "Helvetica", 9)
    p.center(318, "Date completed: 03/18/2025        Contact hours: 1.5", "Helvetica", 12)
    p.para(
        90,
        360,
        p.w - 180,
        "CellPath Learning is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program. P.A.C.E.® Provider No. 588. Self-study course. "
        "Level: Intermediate.",
        size=9,
    )
    p.signature(90, 470, 150, seed=3)
    p.text(90, 485, "Helena Oyelaran, MLS(ASCP)CM, Education Director", "Helvetica", 8.5)
    p.text(
        90,
        740,
        "Verify at cellpath.example/verify  ·  Certificate ID 7751-22K9-0318",
        "Helvetica",
        7.5,
    )


@cert(
    "h3-02",
    style="online",
    participant_name="José Luis Carvajal-Ortiz",
    title="Quality Control Rules Beyond Westgard Basics",
    provider="BenchReady CE",
    completed_on="2025-07-02",
    hours="2",
    accreditation="pace",
    delivery="self-study",
    provider_number="0412",
    course_number="0412-118-25",
    level="advanced",
)
def online_benchready(p: Page) -> None:
    p.logo("hex", 50, 40, 40)
    p.text(100, 58, "BenchReady", "Helvetica-Bold", 22)
    p.text(100, 74, "CE", "Helvetica", 12)
    p.right(p.w - 50, 58, "Transcript item 14 of 22", "Helvetica", 8)
    p.line(50, 95, p.w - 50, 95, 1.5)
    p.text(50, 140, "This is to certify that", "Times-Roman", 13)
    p.text(50, 170, "José Luis Carvajal-Ortiz", "Times-Bold", 20)
    p.text(50, 200, "has completed", "Times-Roman", 13)
    p.text(50, 226, "Quality Control Rules Beyond Westgard Basics", "Times-Bold", 15)
    rows = [
        ["Item", "Detail"],
        ["Completed", "July 2, 2025"],
        ["Credit earned", "2.0 contact hours"],
        ["Credit available", "up to 3.0 contact hours (with optional case module)"],
        ["P.A.C.E.® program #", "0412-118-25"],
        ["Provider #", "0412"],
        ["Level", "Advanced"],
        ["Format", "Self-study (online, asynchronous)"],
    ]
    p.table(50, 260, [150, 330], rows, f="Times-Roman", size=10.5)
    p.para(
        50,
        430,
        480,
        "BenchReady CE is approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.® Program.",
        "Times-Italic",
        9.5,
    )
    p.text(50, 740, "Printed 09/14/2025 from your BenchReady transcript", "Times-Roman", 8)


@cert(
    "h3-03",
    style="online",
    participant_name="Ngozi Achterberg",
    title="Urine Sediment Crystals Made Simple",
    provider="LabLadder",
    completed_on="2025-01-27",
    hours="1",
    delivery="self-study",
    course_number="UA-0931",
)
def online_receipt(p: Page) -> None:
    f = "Courier"
    p.text(60, 70, "LABLADDER  ::  continuing education for bench scientists", "Courier-Bold", 11)
    p.text(60, 86, "lab-ladder.example  |  support@lab-ladder.example", f, 9)
    p.line(60, 96, 550, 96)
    y = 130
    for label, value in [
        ("LEARNER", "Ngozi Achterberg"),
        ("EMAIL", "n.achterberg@mailbox.example"),
        ("COURSE", "Urine Sediment Crystals Made Simple"),
        ("COURSE REF", "UA-0931"),
        ("STARTED", "2025-01-19 21:04"),
        ("FINISHED", "2025-01-27 06:52"),
        ("SCORE", "92 %"),
        ("CE AWARDED", "1.0 hour"),
        ("FORMAT", "online self-study"),
    ]:
        p.text(60, y, f"{label:<12}{value}", f, 10.5)
        y += 18
    p.para(
        60,
        y + 20,
        480,
        "Credit is awarded by LabLadder. This course is not offered for P.A.C.E.® credit and "
        "is not an ASCP-approved activity; check with your certifying body whether it is accepted.",
        f,
        9,
    )
    p.text(60, 740, "Receipt generated 2025-02-03 11:20 UTC", f, 8)


@cert(
    "h3-04",
    "letter-l",
    style="online",
    participant_name="Ana-Lucía de la Fuente",
    title="Antimicrobial Stewardship for the Microbiology Bench",
    provider="Meridian Lab Academy",
    completed_on="2025-10-09",
    hours="2.5",
    accreditation="pace",
    delivery="self-study",
    course_number="MLA-25-0442",
    provider_number="1179",
)
def online_landscape(p: Page) -> None:
    p.colour(0.45, 0.1, 0.2)
    p.frame(24, 3, double=True)
    p.logo("seal", p.w - 140, 50, 70)
    p.black()
    p.center(95, "Meridian Lab Academy", "Times-Bold", 26)
    p.center(118, "Lakeport  ·  online since 2011", "Times-Italic", 10)
    p.center(170, "certifies that", "Times-Italic", 14)
    p.center(208, "Ana-Lucía de la Fuente", "Times-BoldItalic", 30)
    p.center(245, "has completed the self-study course", "Times-Italic", 14)
    p.center(278, "Antimicrobial Stewardship for the", "Times-Bold", 18)
    p.center(300, "Microbiology Bench", "Times-Bold", 18)
    p.center(340, "earning 2.5 P.A.C.E.® contact hours on 9 October 2025", "Times-Roman", 13)
    p.center(360, "Course MLA-25-0442", "Times-Roman", 10)
    p.signature(110, 480, 170, seed=5)
    p.text(110, 495, "Marcus Feldhaus, Academy Registrar", "Times-Roman", 10)
    p.text(p.w - 300, 495, "ASCLS P.A.C.E.® Provider 1179", "Times-Roman", 10)
    p.text(p.w - 300, 510, "Certificate expires from our records 9 October 2029", "Times-Roman", 8)


@cert(
    "h3-05",
    style="conference",
    participant_name="Dwayne R. Castellanos Jr.",
    title="Great Lakes Laboratory Science Summit 2025",
    provider="Great Lakes Society for Laboratory Professionals",
    start="2025-04-23",
    end="2025-04-25",
    hours="14.5",
    accreditation="pace",
    delivery="live",
)
def conference_three_days(p: Page) -> None:
    p.logo("circle", 50, 40, 44)
    p.text(104, 58, "Great Lakes Society for Laboratory Professionals", "Helvetica-Bold", 13)
    p.text(104, 74, "Annual meeting · Huron Bay Convention Center", "Helvetica", 9)
    p.center(135, "Certificate of Attendance", "Helvetica-Bold", 20)
    p.center(165, "Great Lakes Laboratory Science Summit 2025", "Helvetica", 14)
    p.text(60, 210, "Attendee", "Helvetica", 9)
    p.text(60, 228, "Dwayne R. Castellanos Jr.", "Helvetica-Bold", 15)
    p.line(60, 233, 330, 233)
    rows = [
        ["Day", "Date", "Sessions attended", "Contact hours"],
        ["Wednesday", "April 23, 2025", "4", "5.0"],
        ["Thursday", "April 24, 2025", "5", "6.0"],
        ["Friday", "April 25, 2025", "3", "3.5"],
        ["", "", "Total", "14.5"],
    ]
    p.table(60, 260, [110, 130, 140, 110], rows)
    p.para(
        60,
        375,
        490,
        "Up to 18 contact hours were offered at the Summit. The Great Lakes Society for Laboratory "
        "Professionals is approved as a provider of continuing education programs in the clinical laboratory "
        "sciences by the ASCLS P.A.C.E.® Program. All sessions were presented live.",
        size=9.5,
    )
    p.signature(60, 480, seed=7)
    p.text(60, 495, "Program Committee Chair", "Helvetica", 9)


@cert(
    "h3-06",
    style="conference",
    participant_name="Margarethe Ó Súilleabháin",
    title="Coastal Transfusion Medicine Symposium",
    provider="COASTAL BLOOD CENTERS ALLIANCE",
    start="2025-03-06",
    end="2025-03-07",
    hours="11",
    accreditation="pace",
    delivery="live",
    provider_number="2034",
    course_number="2034-007-25",
)
def conference_two_days(p: Page) -> None:
    p.colour(0.55, 0.05, 0.05)
    p.logo("drop", p.w / 2 - 18, 40, 36)
    p.black()
    p.center(100, "COASTAL BLOOD CENTERS ALLIANCE", "Times-Bold", 14)
    p.center(150, "Coastal Transfusion Medicine", "Times-Bold", 24)
    p.center(176, "Symposium", "Times-Bold", 24)
    p.center(205, "March 6 and 7, 2025  ·  Harborview Hotel, Port Delancey", "Times-Roman", 11)
    p.center(250, "This certifies that", "Times-Italic", 12)
    p.center(280, "Margarethe Ó Súilleabháin", "Times-Bold", 20)
    p.center(305, "attended the sessions listed below.", "Times-Italic", 12)
    rows = [
        ["Session", "Hours"],
        ["Day 1 plenary & antibody workshop", "6.0"],
        ["Day 2 patient blood management track", "5.0"],
        ["Total contact hours awarded", "11.0"],
    ]
    p.table(120, 330, [280, 90], rows, f="Times-Roman", size=10.5)
    p.text(120, 440, "P.A.C.E.® Program No. 2034-007-25      Provider No. 2034", "Times-Roman", 10)
    p.text(120, 456, "Level: Intermediate / Advanced (mixed)      Live event", "Times-Roman", 10)
    p.signature(120, 540, seed=2)
    p.text(120, 555, "Symposium Director", "Times-Italic", 9)


@cert(
    "h3-07",
    "a4",
    style="conference",
    participant_name="Ingrid Solheim-Barros",
    title="Nordic-Atlantic Clinical Chemistry Days",
    provider="Atlantic Clinical Chemistry Forum",
    start="2025-09-11",
    end="2025-09-12",
    hours="9",
)
def conference_dayfirst(p: Page) -> None:
    p.text(56, 60, "Atlantic Clinical Chemistry Forum", "DejaVuSerif-Bold", 15)
    p.text(
        56,
        78,
        "Secretariat: Rua do Cais 14, Porto Alto · forum@acc-forum.example",
        "DejaVuSerif",
        8.5,
    )
    p.line(56, 90, p.w - 56, 90, 1.2)
    p.text(56, 140, "ATTENDANCE CERTIFICATE", "DejaVu-Bold", 16)
    p.para(
        56,
        175,
        p.w - 112,
        "We confirm that Ingrid Solheim-Barros took part in the Nordic-Atlantic Clinical Chemistry "
        "Days held on 11/09/2025 – 12/09/2025 (dd/mm/yyyy).",
        "DejaVuSerif",
        11.5,
    )
    rows = [
        ["Date", "Programme", "CE hours"],
        ["11/09/2025", "Lipids, cardiac markers, method comparison", "4.5"],
        ["12/09/2025", "Mass spectrometry in routine labs", "4.5"],
        ["", "Total", "9"],
    ]
    p.table(56, 235, [90, 300, 80], rows, f="Helvetica", size=10)
    p.para(
        56,
        340,
        p.w - 112,
        "Attendance was verified by badge scan at each session. This event was not submitted for "
        "P.A.C.E.® or ACCENT® approval.",
        "DejaVuSerif",
        9.5,
    )
    p.text(56, 420, "Porto Alto, 30/09/2025", "DejaVuSerif", 10)
    p.signature(56, 480, seed=4)
    p.text(56, 495, "Dr. Tiago Mendonça, Scientific Secretary", "DejaVuSerif", 9)


@cert(
    "h3-08",
    style="conference",
    participant_name="Li-Wen Harrington",
    title="Midwest Molecular Diagnostics Conference",
    provider="Prairie Association of Clinical Laboratory Science",
    start="2025-10-16",
    end="2025-10-17",
    hours="12.25",
    accreditation="pace",
    delivery="live",
)
def conference_weekdays(p: Page) -> None:
    p.logo("hex", 50, 38, 34)
    p.text(94, 52, "PACLS", "Helvetica-Bold", 18)
    p.text(94, 66, "Prairie Association of Clinical Laboratory Science", "Helvetica", 8.5)
    p.right(p.w - 50, 52, "Member services: 555-0148", "Helvetica", 8)
    p.text(50, 120, "Midwest Molecular Diagnostics Conference", "Helvetica-Bold", 16)
    p.text(50, 140, "Continuing education record", "Helvetica", 11)
    p.text(50, 175, "Name: Li-Wen Harrington", "Helvetica", 11)
    p.text(50, 193, "Member #: 70215", "Helvetica", 11)
    y = 225
    for day, sessions in [
        (
            "Thursday, October 16",
            [
                ("Opening keynote: NGS in the community hospital", "1.0"),
                ("Workshop A: Variant classification", "3.0"),
                ("Pharmacogenomics panel", "1.5"),
                ("Poster walk", "0.75"),
            ],
        ),
        (
            "Friday, October 17",
            [
                ("Liquid biopsy update", "1.5"),
                ("Workshop C: Validation plans", "3.0"),
                ("Closing session: Reimbursement", "1.5"),
            ],
        ),
    ]:
        p.text(50, y, day, "Helvetica-Bold", 11)
        y += 16
        for session, hrs in sessions:
            p.text(70, y, session, "Helvetica", 10)
            p.right(500, y, hrs, "Helvetica", 10)
            y += 14
        y += 8
    p.line(330, y - 4, 500, y - 4)
    p.text(330, y + 10, "Total P.A.C.E.® contact hours", "Helvetica-Bold", 10)
    p.right(500, y + 26, "12.25", "Helvetica-Bold", 12)
    p.para(
        50,
        y + 60,
        480,
        "PACLS is approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.® Program. Live, in-person sessions.",
        size=9,
    )


@cert(
    "h3-09",
    style="inservice-letter",
    participant_name="Tomasz Wiśniewski-Hale",
    title="Blood Culture Contamination: Collection Technique Refresher",
    provider="St. Brigid Regional Medical Center",
    completed_on="2025-05-14",
    hours="1",
)
def inservice_letter(p: Page) -> None:
    p.logo("cross", 50, 40, 30)
    p.text(90, 54, "St. Brigid Regional Medical Center", "Times-Bold", 16)
    p.text(
        90,
        70,
        "Department of Pathology & Laboratory Medicine · 800 Quarry Road · Millbrook",
        "Times-Roman",
        9,
    )
    p.line(50, 85, p.w - 50, 85)
    p.text(50, 125, "June 2, 2025", "Times-Roman", 11.5)
    p.text(50, 160, "TO: Tomasz Wiśniewski-Hale, MLT", "DejaVuSerif", 11.5)
    p.text(50, 178, "RE: In-service attendance", "Times-Roman", 11.5)
    body = (
        "This letter confirms that you attended the departmental in-service \u201cBlood Culture Contamination: "
        "Collection Technique Refresher\u201d presented on Wednesday, May 14, 2025, from 07:00 to 08:00 in "
        "Conference Room B. The session provided one (1) contact hour of continuing education. Please keep this "
        "letter with your continuing education records; the department does not submit in-service hours to any "
        "certifying agency on your behalf."
    )
    p.para(50, 215, p.w - 100, body, "Times-Roman", 11.5)
    p.text(50, 340, "Sincerely,", "Times-Roman", 11.5)
    p.signature(50, 390, seed=8)
    p.text(
        50, 405, "Renata Kowal, MS, MLS(ASCP), Laboratory Education Coordinator", "Times-Roman", 10
    )


@cert(
    "h3-10",
    style="inservice-memo",
    participant_name="Keisha Abernathy-Moore",
    title="New Coagulation Analyzer Reference Ranges",
    provider="Valley Pines Hospital Laboratory",
    completed_on="2025-08-21",
    minutes="45",
)
def inservice_memo(p: Page) -> None:
    p.text(50, 60, "Valley Pines Hospital Laboratory", "Helvetica-Bold", 13)
    p.text(50, 75, "Quality & Education Office", "Helvetica", 9)
    p.text(50, 130, "MEMORANDUM", "Helvetica-Bold", 20)
    y = 170
    for label, value in [
        ("TO:", "Keisha Abernathy-Moore, Coagulation Section"),
        ("FROM:", "Dale Fitzsimmons, Education Lead"),
        ("DATE:", "September 3, 2025"),
        ("SUBJECT:", "In-service credit — New Coagulation Analyzer Reference Ranges"),
    ]:
        p.text(50, y, label, "Helvetica-Bold", 11)
        p.text(130, y, value, "Helvetica", 11)
        y += 18
    p.line(50, y, p.w - 50, y)
    p.para(
        50,
        y + 30,
        p.w - 100,
        "Our records show you attended the in-service on New Coagulation Analyzer Reference "
        "Ranges on 08/21/2025. The session ran 45 minutes of instruction (a fifteen-minute hands-on period "
        "afterwards is not counted). Sessions shorter than fifty minutes are recorded here in minutes only.",
        "Helvetica",
        11,
    )
    p.text(50, y + 140, "cc: personnel file", "Helvetica", 9)


@cert(
    "h3-11",
    style="inservice-memo",
    participant_name="Samuel Nakamura-Price",
    title="Biosafety Cabinet Certification and Daily Checks",
    provider="Riverside Community Health System",
    completed_on="2025-02-11",
    hours="1",
    accreditation="pace",
    delivery="live",
    provider_number="3321",
    course_number="3321-045-25",
    level="basic",
)
def inservice_pace_memo(p: Page) -> None:
    p.colour(0.0, 0.35, 0.3)
    p.rect(0, 0, 14, p.h, fill=True)
    p.black()
    p.text(40, 55, "RIVERSIDE COMMUNITY HEALTH SYSTEM", "Helvetica-Bold", 12)
    p.text(40, 69, "Clinical Laboratory Services — Microbiology", "Helvetica", 9)
    p.text(40, 115, "Interoffice memo", "Times-Italic", 16)
    p.text(40, 145, "To:      Samuel Nakamura-Price", "Courier", 11)
    p.text(40, 161, "From:    Microbiology Education Committee", "Courier", 11)
    p.text(40, 177, "Date:    02/19/2025", "Courier", 11)
    p.text(40, 193, "Re:      P.A.C.E.® credit for February in-service", "Courier", 11)
    p.para(
        40,
        235,
        p.w - 90,
        'Thank you for attending "Biosafety Cabinet Certification and Daily Checks" on '
        "Tuesday 2/11/2025. This in-service is approved for 1.0 P.A.C.E.® contact hour (basic level, live).",
        "Times-Roman",
        11.5,
    )
    rows = [
        ["P.A.C.E. provider no.", "3321"],
        ["Program no.", "3321-045-25"],
        ["Level", "Basic"],
        ["Format", "Live, on site"],
    ]
    p.table(40, 300, [160, 160], rows, bold_first=False)
    p.para(
        40,
        400,
        p.w - 90,
        "Riverside Community Health System is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        "Times-Italic",
        9.5,
    )


@cert(
    "h3-12",
    style="vendor",
    participant_name="Olamide Fitzgerald-Adeyemi",
    title="Operator Training: Corvalis HX-900 Hematology System",
    provider="CORVALIS DIAGNOSTICS",
    start="2025-06-09",
    end="2025-06-11",
    hours="20",
)
def vendor_operator(p: Page) -> None:
    p.colour(0.05, 0.2, 0.45)
    p.text(50, 62, "CORVALIS", "Helvetica-Bold", 28)
    p.colour(0.4, 0.4, 0.4)
    p.text(52, 80, "DIAGNOSTICS", "Helvetica-Bold", 11)
    p.text(52, 94, "precision you can count", "Helvetica-Oblique", 8)
    p.black()
    p.center(150, "Certificate of Training", "Times-Bold", 24)
    p.center(190, "Olamide Fitzgerald-Adeyemi", "Times-Bold", 20)
    p.center(215, "has successfully completed", "Times-Italic", 12)
    p.center(242, "Operator Training: Corvalis HX-900 Hematology System", "Times-Bold", 14)
    p.center(270, "June 9–11, 2025 · Customer Training Center, Fairhaven", "DejaVuSerif", 11)
    p.center(300, "Total training time: 20 hours (three days)", "Times-Roman", 12)
    p.center(
        318,
        "Includes daily maintenance, QC, troubleshooting and operator certification exam.",
        "Times-Roman",
        9.5,
    )
    p.signature(80, 420, seed=9)
    p.text(80, 435, "Trainer: Beatriz Salcedo", "Times-Roman", 10)
    p.signature(p.w - 230, 420, seed=11)
    p.text(p.w - 230, 435, "Manager, Customer Education", "Times-Roman", 10)
    p.text(
        50,
        740,
        "Serial of trained instrument: HX9-04471  ·  Training record TR-25-3390",
        "Helvetica",
        7.5,
    )


@cert(
    "h3-13",
    style="vendor",
    participant_name="Bartholomew Quince",
    title="Point-of-Care Glucose Meter Super-User Training",
    provider="Glucera Medical",
    completed_on="2025-11-04",
    hours="3",
)
def vendor_trainee(p: Page) -> None:
    p.logo("flask", 50, 36, 32)
    p.text(92, 56, "Glucera Medical — Clinical Education", "Helvetica-Bold", 13)
    p.text(50, 120, "TRAINING COMPLETION RECORD", "Helvetica-Bold", 16)
    rows = [
        ["Trainee", "Bartholomew Quince"],
        ["Trainer", "Naomi Treadwell, RN, CDCES"],
        ["Course", "Point-of-Care Glucose Meter Super-User Training"],
        ["Date", "11/04/2025"],
        ["Site", "Lakeshore General — Laboratory Annex"],
        ["Duration", "3 hours"],
        ["Result", "Competent — may train end users"],
    ]
    p.table(50, 145, [120, 380], rows, bold_first=False, size=10.5, row_h=20)
    p.para(
        50,
        320,
        500,
        "This record documents vendor training. No continuing education accreditation is claimed.",
        "Helvetica-Oblique",
        9,
    )
    p.text(50, 380, "Trainee signature", "Helvetica", 9)
    p.signature(50, 420, seed=12)
    p.text(320, 380, "Trainer signature", "Helvetica", 9)
    p.signature(320, 420, seed=13)


@cert(
    "h3-14",
    style="vendor",
    participant_name="Francesca Di Lorenzo",
    title="Automated Urinalysis Workflow and Image Review",
    provider="urilux systems",
    completed_on="2025-04-30",
    hours="4",
)
def vendor_logo_only(p: Page) -> None:
    p.logo("circle", p.w / 2 - 25, 40, 50)
    p.center(108, "urilux systems", "Helvetica-Oblique", 10)
    p.center(170, "This certificate is presented to", "Times-Roman", 13)
    p.center(205, "Francesca Di Lorenzo", "Times-BoldItalic", 26)
    p.center(240, "in recognition of completing", "Times-Roman", 13)
    p.center(270, "Automated Urinalysis Workflow and Image Review", "Times-Bold", 16)
    p.center(300, "a four-hour applications course held on April 30, 2025", "Times-Roman", 12)
    p.signature(p.w / 2 - 80, 400, 160, seed=14)
    p.center(415, "Applications Specialist", "Times-Italic", 10)
    p.center(740, "Customer support 1-800-555-0199 · www.urilux.example", "Helvetica", 7.5)


@cert(
    "h3-15",
    style="university",
    participant_name="Rosalind Mbeki-Carter",
    title="Clinical Laboratory Management Essentials",
    provider="Northbridge State University",
    completed_on="2025-05-23",
    ceu="1.2",
)
def university_ceu(p: Page) -> None:
    p.logo("seal", p.w / 2 - 35, 40, 70)
    p.center(140, "Northbridge State University", "Times-Bold", 22)
    p.center(160, "Division of Professional and Continuing Studies", "Times-Italic", 11)
    p.center(215, "has awarded", "Times-Roman", 13)
    p.center(250, "Rosalind Mbeki-Carter", "Times-Bold", 22)
    p.center(285, "1.2 Continuing Education Units (CEUs)", "Times-Bold", 14)
    p.center(305, "(12 contact hours of instruction)", "Times-Roman", 11)
    p.center(335, "for satisfactory completion of", "Times-Roman", 13)
    p.center(362, "Clinical Laboratory Management Essentials", "Times-Bold", 16)
    p.center(395, "Course ended May 23, 2025", "Times-Roman", 11)
    p.para(
        100,
        450,
        p.w - 200,
        "One CEU equals ten contact hours of participation in an organized continuing education "
        "experience under responsible sponsorship, capable direction and qualified instruction.",
        "Times-Italic",
        9,
    )
    p.signature(80, 560, seed=15)
    p.text(80, 575, "Dean, Continuing Studies", "Times-Roman", 9.5)
    p.signature(p.w - 230, 560, seed=16)
    p.text(p.w - 230, 575, "Registrar", "Times-Roman", 9.5)


@cert(
    "h3-16",
    "letter-l",
    style="university",
    participant_name="Hiroshi Kaneshiro-Vance",
    title="Immunohematology Case Studies for Practitioners",
    provider="UNIVERSITY OF EASTMOOR",
    completed_on="2025-12-05",
    ceu="0.6",
    accreditation="pace",
    course_number="CLS 7150-CE",
    delivery="live",
)
def university_iacet(p: Page) -> None:
    p.colour(0.1, 0.2, 0.35)
    p.frame(30, 4)
    p.black()
    p.logo("hex", 60, 55, 50)
    p.text(125, 80, "UNIVERSITY OF EASTMOOR", "Times-Bold", 20)
    p.text(125, 98, "School of Health Professions · Continuing Education", "Times-Roman", 10)
    p.center(170, "Certificate of Continuing Education", "Times-BoldItalic", 26)
    p.center(220, "Hiroshi Kaneshiro-Vance", "Times-Bold", 22)
    p.center(
        255,
        "completed CLS 7150-CE, Immunohematology Case Studies for Practitioners,",
        "Times-Roman",
        13,
    )
    p.center(
        275,
        "an in-person workshop concluding on December 5, 2025, and is awarded 0.6 CEU.",
        "Times-Roman",
        13,
    )
    p.center(
        320,
        "Also approved for P.A.C.E.® credit. Evaluation required; no partial credit.",
        "Times-Italic",
        10,
    )
    p.signature(120, 460, seed=17)
    p.text(120, 475, "Program Director", "Times-Roman", 10)
    p.right(p.w - 70, 475, "Issued 12/12/2025", "Times-Roman", 10)


@cert(
    "h3-17",
    style="university",
    participant_name="Giovanni Albescu",
    title="Phlebotomy Update for Licensed Personnel",
    provider="Cedar Valley Community College",
    completed_on="2025-03-29",
    ceu="0.3",
    course_number="HLTH-0820-01",
)
def university_college(p: Page) -> None:
    p.text(50, 60, "Cedar Valley Community College", "LibSerif-Bold", 18)
    p.text(50, 78, "Workforce & Continuing Education", "LibSerif-Italic", 11)
    p.line(50, 88, p.w - 50, 88, 2)
    p.text(50, 140, "Continuing Education Unit Record", "LibSans-Bold", 15)
    rows = [
        ["Student", "Giovanni Albescu"],
        ["Student ID", "C00481726"],
        ["Course / section", "HLTH-0820-01"],
        ["Course title", "Phlebotomy Update for Licensed Personnel"],
        ["Meeting date", "Sat 03/29/2025, 8:00 a.m. – 11:00 a.m."],
        ["CEUs awarded", "0.3"],
        ["Grade", "S (satisfactory)"],
    ]
    p.table(50, 165, [130, 370], rows, f="LibSans", bold_first=False, size=10.5, row_h=20)
    p.text(50, 330, "Record printed 04/15/2025", "LibSans", 9)
