"""Florida (CE Broker-reported) and California certificates, and printed provider e-mails."""

from __future__ import annotations

from .draw import A4, LANDSCAPE_LETTER, Sheet

Page = tuple[str, bytes, dict[str, object]]


def fl_specialty_table() -> Page:
    s = Sheet(seed=101)
    s.band(0, 70, (0.05, 0.25, 0.45))
    s.logo(40, 17, "circle", (1, 1, 1))
    s.text(88, 38, "Gulfview Laboratory Education Services", "Helvetica-Bold", 17, color=(1, 1, 1))
    s.text(
        88,
        54,
        "Serving Florida's laboratory professionals since 2004  |  Sarasota, FL",
        "Helvetica",
        9,
        color=(1, 1, 1),
    )
    s.centre(120, "CERTIFICATE OF CONTINUING EDUCATION", "Helvetica-Bold", 18)
    s.centre(140, "Florida Board of Clinical Laboratory Personnel", "Helvetica-Oblique", 11)
    y = s.table(
        60,
        170,
        [170, 322],
        [
            ["Participant", "Reinaldo Castañeda-Ruiz"],
            ["Florida License No.", "TS 0058213"],
            ["Course Title", "Hemoglobinopathies and Laboratory Error Prevention"],
            ["Date(s) of Attendance", "April 12, 2025"],
            ["CE Broker Provider #", "50-18842"],
            ["CE Broker Course #", "20-774310"],
            ["Delivery", "Live, in person (Tampa)"],
        ],
        size=10.5,
        face="Helvetica",
        head_face="Helvetica",
        row_h=22,
    )
    s.text(60, y + 34, "Hours awarded by specialty area", "Helvetica-Bold", 11)
    y = s.table(
        60,
        y + 44,
        [330, 162],
        [
            ["Specialty", "Contact hours"],
            ["Hematology", "1.0"],
            ["Prevention of Medical Errors", "2.0"],
            ["Total", "3.0"],
        ],
        size=10.5,
        face="Helvetica",
        head_face="Helvetica-Bold",
        align=["left", "right"],
    )
    s.para(
        60,
        y + 30,
        490,
        "Completion has been reported to CE Broker on the licensee's behalf. Keep this "
        "certificate for four years.",
        "Helvetica",
        9.5,
    )
    s.signature(60, y + 110, 150, ("Denise A. Whitcombe, MT(ASCP)", "Education Coordinator"))
    s.text(380, y + 127, "Issued 04/19/2025", "Helvetica", 9)
    s.text(
        60,
        760,
        "gulfview-lab-ed.example  •  8011 Bayshore Commons, Sarasota FL 34236",
        "Helvetica",
        8,
    )
    return (
        "fl_specialty_table",
        s.pdf(),
        {
            "participant_name": "Reinaldo Castañeda-Ruiz",
            "title": "Hemoglobinopathies and Laboratory Error Prevention",
            "provider": "Gulfview Laboratory Education Services",
            "completed_on": "2025-04-12",
            "hours": "3",
            "accreditation": "state-board",
            "approval_number": "50-18842",
            "course_number": "20-774310",
            "license_number": "TS 0058213",
            "delivery": "live",
        },
    )


def fl_hiv_selfstudy() -> Page:
    s = Sheet(seed=102)
    s.font("Times-Roman", 11)
    s.logo(50, 40, "shield", (0.55, 0.1, 0.1), 0.9)
    s.text(92, 58, "SUNCOAST CLINICAL EDUCATORS", "Times-Bold", 16)
    s.text(92, 72, "Home study for the Florida clinical laboratory licensee", "Times-Italic", 10)
    s.rule(50, 88, 562, 1.2)
    s.centre(130, "Certificate of Completion — Home Study", "Times-Bold", 17)
    s.text(70, 175, "Licensee:", "Times-Bold", 12)
    s.text(150, 175, "Trần Thị Bích Ngọc", "Serif", 12)
    s.text(70, 195, "License #:", "Times-Bold", 12)
    s.text(150, 195, "CLT 41927  (Technologist)", "Times-Roman", 12)
    s.text(70, 230, "has successfully completed", "Times-Roman", 12)
    s.text(70, 252, "HIV/AIDS Update for Clinical Laboratory Personnel (CE-2231)", "Times-Bold", 13)
    s.para(
        70,
        282,
        470,
        "a self-study course with a post-test (passing score 80%). Date completed: "
        "September 8, 2025. Credit: one (1) contact hour in the HIV/AIDS subject area required "
        "for Florida licensure renewal.",
        "Times-Roman",
        12,
    )
    s.table(
        70,
        350,
        [235, 235],
        [
            ["Florida provider approval", "CE Broker tracking number"],
            ["50-20931", "20-1183556"],
        ],
        size=11,
        face="Times-Roman",
        head_face="Times-Bold",
    )
    s.para(
        70,
        420,
        470,
        "Suncoast Clinical Educators is approved by the Florida Board of Clinical "
        "Laboratory Personnel as a provider of continuing education. Note: the CE-2231 code is our "
        "catalogue number; use the 20- number when self-reporting.",
        "Times-Italic",
        10,
    )
    s.signature(70, 520, 160, ("Program Administrator",))
    s.text(70, 740, "Printed on 09/30/2025 from learner account #A-77213", "Times-Roman", 8)
    return (
        "fl_hiv_selfstudy",
        s.pdf(),
        {
            "participant_name": "Trần Thị Bích Ngọc",
            "title": "HIV/AIDS Update for Clinical Laboratory Personnel",
            "provider": "Suncoast Clinical Educators",
            "completed_on": "2025-09-08",
            "hours": "1",
            "accreditation": "state-board",
            "approval_number": "50-20931",
            "course_number": "20-1183556",
            "license_number": "CLT 41927",
            "delivery": "self-study",
        },
    )


def fl_symposium_two_days() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=103)
    s.border(24, True, 3)
    s.text(60, 70, "Panhandle Society for Laboratory Science", "Serif-Bold", 15)
    s.text(60, 86, "Annual Spring Symposium • Pensacola Bay Center", "Serif", 10)
    s.logo(690, 48, "hexagon", (0.1, 0.45, 0.3), 1.1)
    s.text(708, 100, "PSLS", "Helvetica-Bold", 8, align="center")
    s.centre(140, "Verification of Attendance", "Serif-Bold", 22)
    s.centre(172, "This certifies that", "Serif-Italic", 12)
    s.centre(200, "Olumide J. Fashola-Grant", "Serif-Bold", 20)
    s.centre(222, "FL License No. MT 00219874", "Serif", 11)
    s.centre(
        246,
        "attended the 2025 Spring Symposium: “Transfusion Safety Across the Continuum”",
        "Serif",
        12,
    )
    s.centre(264, "held Thursday, May 15 and Friday, May 16, 2025", "Serif", 12)
    y = s.table(
        130,
        290,
        [200, 90, 90, 150],
        [
            ["Subject area", "Thu 5/15", "Fri 5/16", "Hours"],
            ["Immunohematology", "3.0", "2.0", "5.0"],
            ["Laws and Rules (Florida)", "1.0", "—", "1.0"],
            ["Medical Errors", "—", "2.0", "2.0"],
            ["Total contact hours", "4.0", "4.0", "8.0"],
        ],
        size=10,
        face="Serif",
        head_face="Serif-Bold",
        align=["left", "center", "center", "right"],
    )
    s.text(130, y + 24, "Provider approval: 50-3317     Course tracking: 20-905512", "Serif", 10)
    s.signature(130, y + 80, 150, ("Symposium Chair",))
    s.signature(480, y + 80, 150, ("CE Committee",))
    return (
        "fl_symposium_two_days",
        s.pdf(),
        {
            "participant_name": "Olumide J. Fashola-Grant",
            "title": "Transfusion Safety Across the Continuum",
            "provider": "Panhandle Society for Laboratory Science",
            "start": "2025-05-15",
            "end": "2025-05-16",
            "hours": "8",
            "accreditation": "state-board",
            "approval_number": "50-3317",
            "course_number": "20-905512",
            "license_number": "MT 00219874",
        },
    )


def fl_email_report() -> Page:
    s = Sheet(seed=104)
    s.font("Helvetica", 10)
    y = 50.0
    for label, value in [
        ("From:", "Registrar, Keystone Lab Academy <registrar@keystone-lab-academy.example>"),
        ("Sent:", "Tuesday, February 3, 2026 8:12 AM"),
        ("To:", "p.lindqvist@mailbox.example"),
        ("Subject:", "Completion posted – Florida Laws & Rules / Medical Errors bundle"),
    ]:
        s.text(50, y, label, "Helvetica-Bold", 10)
        y = s.text(110, y, value, "Helvetica", 10)
    s.rule(50, y, 562, 0.5)
    body = (
        "Dear Pernilla Lindqvist,\n"
        "Thank you for completing the Florida Laws & Rules / Medical Errors bundle on January 29, 2026. "
        "Your 3 contact hours (1 hour Florida laws and rules, 2 hours prevention of medical errors) were "
        "reported to CE Broker against license CT 0077405 today.\n"
        "Provider number 50-4460, course number 20-698841. Please allow up to 30 days before the credit "
        "shows on your transcript. This bundle is approved by the Florida Board only; it has not "
        "been submitted for ASCLS P.A.C.E. credit.\n"
        "Kind regards,\nMarta Oyelaran\nRegistrar, Keystone Lab Academy"
    )
    y = s.para(50, y + 24, 500, body, "Helvetica", 10.5, 15)
    s.text(50, 760, "Page 1 of 1", "Helvetica", 8)
    s.text(562, 760, "2/3/2026", "Helvetica", 8, align="right")
    return (
        "fl_email_report",
        s.pdf(),
        {
            "participant_name": "Pernilla Lindqvist",
            "title": "Florida Laws & Rules / Medical Errors bundle",
            "provider": "Keystone Lab Academy",
            "completed_on": "2026-01-29",
            "hours": "3",
            "accreditation": "state-board",
            "approval_number": "50-4460",
            "course_number": "20-698841",
            "license_number": "CT 0077405",
        },
    )


def fl_medical_errors_ordinal() -> Page:
    s = Sheet(A4, seed=105)
    s.rule(40, 40, s.width - 40, 4, 0.35)
    s.text(40, 70, "MANATEE REGIONAL MEDICAL CENTER", "Narrow-Bold", 16)
    s.text(
        40, 85, "Department of Pathology & Laboratory Medicine — Staff Development", "Narrow", 10
    )
    s.text(s.width - 40, 70, "Bradenton, Florida", "Narrow", 10, align="right")
    s.centre(140, "Continuing Education Certificate", "Sans-Bold", 18)
    s.text(60, 190, "Trainee:", "Sans-Bold", 11)
    s.text(150, 190, "Guillermo de la Fuente III", "Sans", 11)
    s.text(60, 210, "Trainer:", "Sans-Bold", 11)
    s.text(150, 210, "Yvonne Castellanos, MS, MLS(ASCP)", "Sans", 11)
    s.text(60, 230, "Lic. number:", "Sans-Bold", 11)
    s.text(150, 230, "SUP 0031188", "Sans", 11)
    s.text(60, 265, "Program:", "Sans-Bold", 11)
    s.text(150, 265, "Root Cause Analysis of Laboratory Errors", "Sans", 11)
    s.text(60, 285, "Completed:", "Sans-Bold", 11)
    s.text(150, 285, "March 4th, 2025", "Sans", 11)
    s.text(60, 305, "Credit:", "Sans-Bold", 11)
    s.text(150, 305, "2.0 hours — Medical Errors (Florida-required subject)", "Sans", 11)
    s.text(60, 340, "Provider #50-12077  ·  Course #20-842190", "Sans", 10)
    s.text(60, 370, "Level:", "Sans-Bold", 10)
    x = s.checkbox(110, 370, "Basic", False, 10)
    x = s.checkbox(x, 370, "Intermediate", True, 10)
    s.checkbox(x, 370, "Advanced", False, 10)
    s.signature(60, 450, 150, ("Laboratory Education Manager",))
    s.text(60, 790, "Form LAB-ED-14 rev. 11/2023", "Sans", 7)
    return (
        "fl_medical_errors_ordinal",
        s.pdf(),
        {
            "participant_name": "Guillermo de la Fuente III",
            "title": "Root Cause Analysis of Laboratory Errors",
            "provider": "Manatee Regional Medical Center",
            "completed_on": "2025-03-04",
            "hours": "2",
            "accreditation": "state-board",
            "approval_number": "50-12077",
            "course_number": "20-842190",
            "license_number": "SUP 0031188",
            "level": "intermediate",
        },
    )


def ca_pace_agency() -> Page:
    s = Sheet(seed=111)
    s.logo(56, 40, "flask", (0.15, 0.3, 0.6))
    s.text(100, 52, "Sierra Vista Laboratory Training Center", "Times-Bold", 16)
    s.text(100, 68, "Fresno · Sacramento · Online", "Times-Italic", 10)
    s.rule(56, 90, 556, 0.8)
    s.centre(140, "CERTIFICATE OF COMPLETION", "Times-Bold", 20)
    s.centre(180, "awarded to", "Times-Italic", 12)
    s.centre(210, "Hye-jin Park-Delgado", "Times-Bold", 18)
    s.centre(245, "for completing the course", "Times-Roman", 12)
    s.centre(270, "Antimicrobial Susceptibility Testing:", "Times-Bold", 14)
    s.centre(288, "Breakpoints, Reporting and Stewardship", "Times-Bold", 14)
    y = s.table(
        96,
        320,
        [210, 210],
        [
            ["Course No.", "SVLTC-MB-207"],
            ["Date of completion", "June 21, 2025"],
            ["CE credits", "2.5 contact hours"],
            ["Accrediting agency", "ASCLS P.A.C.E.®"],
            ["Accrediting agency No.", "565"],
            ["Format", "Live webinar"],
        ],
        size=11,
        face="Times-Roman",
        grid="rows",
    )
    s.para(
        96,
        y + 26,
        420,
        "Sierra Vista Laboratory Training Center is approved as a provider of "
        "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® "
        "Program. Acceptable for California CLS license renewal.",
        "Times-Italic",
        10,
    )
    s.signature(96, y + 110, 160, ("Director of Education",))
    return (
        "ca_pace_agency",
        s.pdf(),
        {
            "participant_name": "Hye-jin Park-Delgado",
            "title": "Antimicrobial Susceptibility Testing: Breakpoints, Reporting and Stewardship",
            "provider": "Sierra Vista Laboratory Training Center",
            "completed_on": "2025-06-21",
            "hours": "2.5",
            "accreditation": "pace",
            "course_number": "SVLTC-MB-207",
            "accrediting_agency_number": "565",
            "delivery": "live",
        },
    )


def ca_licensee_accent() -> Page:
    s = Sheet(seed=112)
    s.band(0, 10, (0.6, 0.1, 0.2))
    s.text(50, 60, "PACIFIC RIM CLINICAL CHEMISTRY FORUM", "Helvetica-Bold", 14)
    s.text(50, 76, "A program of the Golden Coast Section  ·  Oakland, CA", "Helvetica", 9)
    s.text(50, 130, "Continuing Education Record for California Licensees", "Helvetica-Bold", 15)
    rows = [
        ("Licensee", "Anneliese Moreau-Whitfield"),
        ("CA license", "CLS 00045219"),
        ("Course name", "Immunoassay Interferences: Biotin, Heterophile Antibodies and Hooks"),
        ("Course number", "PRCCF-2025-14"),
        ("Date completed", "10/04/2025"),
        ("Credits", "1.5 ACCENT® credit hours"),
        ("Accrediting agency", "ADLM (formerly AACC) ACCENT, agency number 4471"),
    ]
    y = 170.0
    for label, value in rows:
        s.text(50, y, label, "Helvetica-Bold", 10.5)
        y = s.para(180, y, 380, value, "Helvetica", 10.5)
        y += 6
    s.para(
        50,
        y + 20,
        510,
        "The forum was held Saturday, October 4, 2025 (9:00–10:30 a.m. PT). "
        "This record satisfies the documentation required by CDPH Laboratory Field Services; "
        "keep it with your renewal.",
        "Helvetica",
        9.5,
    )
    s.signature(50, y + 110, 150, ("Continuing Education Chair",))
    s.text(50, 760, "Generated 10/06/2025 — prccf.example/ce", "Helvetica", 8)
    return (
        "ca_licensee_accent",
        s.pdf(),
        {
            "participant_name": "Anneliese Moreau-Whitfield",
            "title": "Immunoassay Interferences: Biotin, Heterophile Antibodies and Hooks",
            "provider": "Pacific Rim Clinical Chemistry Forum",
            "completed_on": "2025-10-04",
            "hours": "1.5",
            "accreditation": "accent",
            "course_number": "PRCCF-2025-14",
            "accrediting_agency_number": "4471",
            "license_number": "CLS 00045219",
        },
    )


def ca_workshop_days() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=113)
    s.border(30, False, 1.2)
    s.text(60, 80, "Central Valley Cytology & Histology Workshop", "Sans-Bold", 16)
    s.text(60, 97, "Modesto Community Hospital Conference Suite", "Sans", 10)
    s.centre(150, "Certificate of Attendance", "Serif-Bold", 24)
    s.centre(185, "Presented to", "Serif-Italic", 12)
    s.centre(215, "Kwame Asante-Boateng, CLS", "Serif-Bold", 19)
    s.centre(
        245, "Two-day hands-on workshop: Frozen Section Technique and Troubleshooting", "Serif", 12
    )
    s.centre(263, "Mon 08 Sep 2025 – Tue 09 Sep 2025", "Serif", 12)
    s.table(
        160,
        290,
        [140, 140, 190],
        [
            ["Course #", "CEU/Hours", "Accrediting Agency #"],
            ["CVCHW-FS-09", "12.0 hrs", "CMLE 03-1129"],
        ],
        size=11,
        face="Sans",
        head_face="Sans-Bold",
        align=["center"] * 3,
    )
    s.para(
        160,
        370,
        470,
        "Accredited by ASCP for 12 CMLE credits. Twelve contact hours; up to 14 "
        "hours were offered including the optional evening lab.",
        "Sans",
        10,
    )
    s.signature(160, 460, 160, ("Workshop Director",))
    s.signature(470, 460, 160, ("Medical Director, Pathology",))
    return (
        "ca_workshop_days",
        s.pdf(),
        {
            "participant_name": "Kwame Asante-Boateng",
            "title": "Frozen Section Technique and Troubleshooting",
            "provider": "Central Valley Cytology & Histology Workshop",
            "start": "2025-09-08",
            "end": "2025-09-09",
            "hours": "12",
            "accreditation": "cmle",
            "course_number": "CVCHW-FS-09",
            "accrediting_agency_number": "03-1129",
        },
    )


def ca_online_self_study() -> Page:
    s = Sheet(seed=114)
    s.text(50, 50, "labtrail", "Helvetica-Bold", 26, color=(0.1, 0.5, 0.5))
    s.text(50, 66, "online CE for the whole lab", "Helvetica-Oblique", 9)
    s.text(562, 50, "Certificate ID LT-9C41-22Q7", "Courier", 8, align="right")
    s.centre(130, "Certificate of Completion", "Helvetica-Bold", 20)
    s.centre(165, "Sofía Inés Valderrama", "Helvetica", 18)
    s.centre(190, "completed", "Helvetica", 11)
    s.centre(212, "Molecular Methods for Respiratory Pathogen Panels", "Helvetica-Bold", 13)
    s.centre(240, "on 2025-11-17 with a score of 92%", "Helvetica", 11)
    y = s.table(
        106,
        280,
        [200, 200],
        [
            ["Contact hours", "2"],
            ["Level", "Advanced"],
            ["Course number", "LT-MOL-3308"],
            ["P.A.C.E.® program #", "311-217-25"],
            ["Accrediting agency number (CA)", "311"],
            ["Format", "Self-paced online (asynchronous)"],
        ],
        size=10.5,
        face="Helvetica",
    )
    s.para(
        106,
        y + 30,
        400,
        "Labtrail Learning LLC is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        "Helvetica-Oblique",
        9,
    )
    s.text(
        50,
        750,
        "Credit expires 11/17/2028 for re-use. Questions: help@labtrail.example",
        "Helvetica",
        8,
    )
    return (
        "ca_online_self_study",
        s.pdf(),
        {
            "participant_name": "Sofía Inés Valderrama",
            "title": "Molecular Methods for Respiratory Pathogen Panels",
            "provider": "Labtrail Learning LLC",
            "completed_on": "2025-11-17",
            "hours": "2",
            "accreditation": "pace",
            "course_number": "LT-MOL-3308",
            "accrediting_agency_number": "311",
            "level": "advanced",
            "delivery": "self-study",
        },
    )


def email_webinar() -> Page:
    s = Sheet(seed=121)
    s.text(50, 40, "Gmail", "Helvetica", 9, color=(0.4, 0.4, 0.4))
    s.text(50, 60, "Your attendance record – Flow Cytometry Gating Basics", "Helvetica-Bold", 14)
    y = 90.0
    for line in [
        "Northwind Diagnostics Academy <academy@northwind-dx.example>",
        "to me",
        "Wed, Jul 9, 2025, 4:02 PM",
    ]:
        y = s.text(50, y, line, "Helvetica", 10)
    body = (
        "Hello Abdirahman Warsame-Lund,\n"
        "Thanks for joining our live webinar \u201cFlow Cytometry Gating Basics\u201d on Tuesday, July 8, 2025 "
        "(Webinar ID 884 2231 9007). You were connected for 58 minutes.\n"
        "You have earned 1.0 P.A.C.E.® contact hour (basic level). P.A.C.E. program number: 488-033-25; "
        "Northwind Diagnostics Academy is P.A.C.E. provider 488.\n"
        "Please keep this e-mail as your certificate.\n"
        "— The Northwind Academy team\n"
        "Northwind Diagnostics · 40 Harbor Loop, Portland ME · northwind-dx.example/academy"
    )
    s.para(50, y + 20, 500, body, "Helvetica", 10.5, 15)
    s.text(50, 770, "https://mail.example/mail/u/0/#inbox/FMfcgzQXJ          1/1", "Helvetica", 7)
    return (
        "email_webinar",
        s.pdf(),
        {
            "participant_name": "Abdirahman Warsame-Lund",
            "title": "Flow Cytometry Gating Basics",
            "provider": "Northwind Diagnostics Academy",
            "completed_on": "2025-07-08",
            "hours": "1",
            "accreditation": "pace",
            "course_number": "488-033-25",
            "provider_number": "488",
            "level": "basic",
            "delivery": "live",
        },
    )


PAGES = [
    fl_specialty_table,
    fl_hiv_selfstudy,
    fl_symposium_two_days,
    fl_email_report,
    fl_medical_errors_ordinal,
    ca_pace_agency,
    ca_licensee_accent,
    ca_workshop_days,
    ca_online_self_study,
    email_webinar,
]
