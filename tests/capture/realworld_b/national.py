"""University CEU certificates, ASCP / AMT / ADLM credit, journal self-study, claim printouts, CME."""

from __future__ import annotations

from .draw import A4, LANDSCAPE_LETTER, Sheet

Page = tuple[str, bytes, dict[str, object]]


def university_ceu() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=201)
    s.border(26, True, 2.5)
    s.logo(372, 48, "shield", (0.35, 0.05, 0.15), 1.3)
    s.centre(120, "Eastbrook State University", "Times-Bold", 22)
    s.centre(
        140,
        "College of Health Professions · Office of Continuing & Professional Education",
        "Times-Italic",
        11,
    )
    s.centre(185, "confers upon", "Times-Italic", 12)
    s.centre(218, "Mariam Al-Khatib", "LibSerif-BoldItalic", 26)
    s.centre(
        250, "this certificate in recognition of the successful completion of", "Times-Roman", 12
    )
    s.centre(276, "Clinical Microbiology Refresher: Mycology and Parasitology", "Times-Bold", 15)
    s.centre(306, "and awards 0.6 Continuing Education Units (CEUs)", "Times-Roman", 12)
    s.centre(
        324,
        "One CEU equals ten contact hours of participation in an organized continuing education experience.",
        "Times-Italic",
        9,
    )
    s.signature(110, 420, 170, ("Dean, College of Health Professions",))
    s.signature(510, 420, 170, ("Director, Continuing & Professional Education",))
    s.text(110, 470, "Completion date: August 22, 2025", "Times-Roman", 10)
    s.text(510, 470, "Record no. ESU-CPE-25-01873", "Times-Roman", 10)
    return (
        "university_ceu",
        s.pdf(),
        {
            "participant_name": "Mariam Al-Khatib",
            "title": "Clinical Microbiology Refresher: Mycology and Parasitology",
            "provider": "Eastbrook State University",
            "completed_on": "2025-08-22",
            "ceu": "0.6",
        },
    )


def university_ceu_hours_equivalent() -> Page:
    s = Sheet(seed=202)
    s.band(0, 54, (0.0, 0.2, 0.4))
    s.text(40, 34, "NORTHERN PLAINS UNIVERSITY", "Helvetica-Bold", 16, color=(1, 1, 1))
    s.text(572, 34, "Extended Campus", "Helvetica", 11, align="right", color=(1, 1, 1))
    s.centre(120, "Certificate of Continuing Education", "Times-Bold", 20)
    s.centre(160, "Jean-Baptiste Nkemelu", "Times-Bold", 18)
    s.centre(190, "has completed the short course", "Times-Roman", 12)
    s.centre(214, "Laboratory Leadership for New Supervisors", "Times-Bold", 14)
    s.centre(240, "held October 6 – October 8, 2025, Fargo campus", "Times-Roman", 12)
    s.centre(275, "1.5 CEUs", "Helvetica-Bold", 16)
    s.centre(294, "(equivalent to 15 contact hours)", "Helvetica", 10)
    s.para(
        90,
        340,
        430,
        "Northern Plains University is accredited by the Higher Learning Commission and "
        "is an IACET Accredited Provider. Course code NPU-XLM-412.",
        "Helvetica",
        9.5,
        align="center",
    )
    s.signature(90, 440, 160, ("Associate Provost",))
    s.text(400, 457, "Date issued: 10/15/2025", "Helvetica", 10)
    return (
        "university_ceu_hours_equivalent",
        s.pdf(),
        {
            "participant_name": "Jean-Baptiste Nkemelu",
            "title": "Laboratory Leadership for New Supervisors",
            "provider": "Northern Plains University",
            "start": "2025-10-06",
            "end": "2025-10-08",
            "ceu": "1.5",
            "course_number": "NPU-XLM-412",
        },
    )


def university_ceu_letter() -> Page:
    s = Sheet(seed=203)
    s.font("Times-Roman", 11.5)
    s.text(60, 60, "Bayou Technical University", "Times-Bold", 15)
    s.text(
        60, 76, "School of Allied Health — Medical Laboratory Science Program", "Times-Roman", 10
    )
    s.text(60, 90, "2200 Levee Road, Baton Rouge, Louisiana 70808", "Times-Roman", 10)
    s.text(60, 140, "December 1, 2025", "Times-Roman", 11.5)
    s.text(60, 175, "TO WHOM IT MAY CONCERN", "Times-Bold", 11.5)
    s.para(
        60,
        205,
        490,
        "This letter confirms that Lucía Fernández-Ortega participated in our "
        "continuing education offering \u201cBody Fluid Morphology Bench Review\u201d on "
        "Saturday, 15 November 2025, and earned 0.3 CEU (three contact hours). The session was "
        "delivered in person at the MLS student laboratory.",
        "Times-Roman",
        11.5,
    )
    s.para(
        60,
        290,
        490,
        "The University awards CEUs through its Office of Continuing Studies; the "
        "offering was not submitted for P.A.C.E. or ACCENT approval.",
        "Times-Roman",
        11.5,
    )
    s.text(60, 360, "Sincerely,", "Times-Roman", 11.5)
    s.signature(60, 410, 160, ("Theodora M. Beaulieu, EdD, MLS(ASCP)CM", "Program Director"))
    return (
        "university_ceu_letter",
        s.pdf(),
        {
            "participant_name": "Lucía Fernández-Ortega",
            "title": "Body Fluid Morphology Bench Review",
            "provider": "Bayou Technical University",
            "completed_on": "2025-11-15",
            "ceu": "0.3",
            "delivery": "live",
        },
    )


def ascp_cmle() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=211)
    s.band(0, 16, (0.0, 0.3, 0.55))
    s.text(50, 70, "ASCP", "Helvetica-Bold", 30, color=(0.0, 0.3, 0.55))
    s.text(50, 88, "American Society for Clinical Pathology", "Helvetica", 10)
    s.text(742, 70, "Certificate of Completion", "Helvetica-Bold", 18, align="right")
    s.text(50, 160, "Presented to", "Helvetica", 11)
    s.text(50, 190, "Siobhán Ní Bhriain", "Helvetica-Bold", 24)
    s.text(50, 230, "for successful completion of", "Helvetica", 11)
    s.text(
        50,
        256,
        "Digital Pathology Validation: Practical Steps for the Histology Laboratory",
        "Helvetica-Bold",
        15,
    )
    s.table(
        50,
        290,
        [160, 160, 160, 160],
        [
            ["Completed", "Activity code", "Format", "Credit"],
            ["05/27/2025", "DPV-2519", "Online, on demand", "1.5 CMLE"],
        ],
        size=10.5,
        face="Helvetica",
        head_face="Helvetica-Bold",
        grid="rows",
    )
    s.para(
        50,
        370,
        640,
        "The ASCP is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences under the ASCP Continuing Medical Laboratory Education (CMLE) "
        "Credit System. ASCP CMLE credits are acceptable to meet the continuing education "
        "requirements for the ASCP Board of Certification Credential Maintenance Program (CMP).",
        "Helvetica",
        9,
    )
    s.text(50, 560, "Customer ID on file • Printed 06/02/2025", "Helvetica", 8)
    return (
        "ascp_cmle",
        s.pdf(),
        {
            "participant_name": "Siobhán Ní Bhriain",
            "title": "Digital Pathology Validation: Practical Steps for the Histology Laboratory",
            "provider": "American Society for Clinical Pathology",
            "completed_on": "2025-05-27",
            "hours": "1.5",
            "accreditation": "cmle",
            "course_number": "DPV-2519",
            "delivery": "self-study",
        },
    )


def ascp_cmp_points_form() -> Page:
    s = Sheet(seed=212)
    s.text(50, 54, "Ridgeway Health Laboratories", "Sans-Bold", 15)
    s.text(50, 70, "Quality & Education Office", "Sans", 9.5)
    s.text(562, 54, "CMP DOCUMENTATION FORM", "Sans-Bold", 11, align="right")
    s.para(
        50,
        110,
        510,
        "Use this form to document non-ASCP activities for your ASCP BOC Credential "
        "Maintenance Program declaration. One activity per form.",
        "Sans",
        9.5,
    )
    y = s.table(
        50,
        150,
        [190, 322],
        [
            ["Field", "Entry"],
            ["Name (as on BOC record)", "Prakash Venkataraman"],
            ["Activity", "Journal Club: Sepsis Biomarkers (procalcitonin vs. lactate)"],
            ["Category", "Laboratory specialty — Chemistry"],
            ["Date", "Thursday 2/13/2025"],
            ["CMP points claimed", "2"],
            ["Documentation", "sign-in sheet + slides on file"],
        ],
        size=10,
        face="Sans",
        head_face="Sans-Bold",
    )
    s.para(
        50,
        y + 26,
        510,
        "Points are self-assigned by the participant (1 point per hour of "
        "participation) and are not an accreditation; this activity carries no P.A.C.E., CMLE or "
        "ACCENT credit.",
        "Sans",
        9,
    )
    s.signature(50, y + 100, 150, ("Participant",))
    s.signature(330, y + 100, 150, ("Supervisor verification",))
    return (
        "ascp_cmp_points_form",
        s.pdf(),
        {
            "participant_name": "Prakash Venkataraman",
            "title": "Journal Club: Sepsis Biomarkers (procalcitonin vs. lactate)",
            "provider": "Ridgeway Health Laboratories",
            "completed_on": "2025-02-13",
            "points": "2",
        },
    )


def amt_ccp_points() -> Page:
    s = Sheet(seed=213)
    s.border(20, True, 1.5)
    s.logo(60, 50, "circle", (0.1, 0.35, 0.2))
    s.text(104, 66, "Great Lakes Chapter — American Medical Technologists", "Times-Bold", 13)
    s.text(104, 81, "Fall Educational Conference, Grand Rapids", "Times-Italic", 10)
    s.centre(150, "CCP Points Certificate", "Times-Bold", 20)
    s.centre(190, "Be it known that", "Times-Italic", 12)
    s.centre(220, "Mary-Kate O\u2019Donoghue, MT(AMT)", "Times-Bold", 18)
    s.centre(250, "participated in the educational sessions of the", "Times-Roman", 12)
    s.centre(272, "2025 Fall Educational Conference", "Times-Bold", 14)
    s.centre(296, "on Saturday, the 18th of October 2025", "Times-Roman", 12)
    s.centre(330, "and is awarded 4.5 CCP points", "Times-Bold", 13)
    s.centre(350, "(sessions offered: 6; maximum available 6.0 points)", "Times-Roman", 10)
    s.centre(392, "AMT Certification Continuation Program — retain for audit.", "Times-Italic", 10)
    s.signature(100, 480, 160, ("Chapter Education Chair",))
    s.signature(350, 480, 160, ("Chapter President",))
    return (
        "amt_ccp_points",
        s.pdf(),
        {
            "participant_name": "Mary-Kate O\u2019Donoghue",
            "title": "2025 Fall Educational Conference",
            "provider": "Great Lakes Chapter — American Medical Technologists",
            "completed_on": "2025-10-18",
            "points": "4.5",
        },
    )


def accent_claimed() -> Page:
    s = Sheet(seed=221)
    s.text(50, 60, "ADLM", "Helvetica-Bold", 28, color=(0.45, 0.1, 0.45))
    s.text(50, 76, "Association for Diagnostics & Laboratory Medicine", "Helvetica", 9)
    s.centre(140, "CERTIFICATE OF PARTICIPATION", "Helvetica-Bold", 18)
    s.centre(175, "Hamid Rostami", "Helvetica", 18)
    s.centre(205, "participated in the webinar", "Helvetica", 11)
    s.centre(228, "Mass Spectrometry in the Routine Toxicology Laboratory", "Helvetica-Bold", 13)
    s.centre(254, "Date: 11 March 2025", "Helvetica", 11)
    s.para(
        80,
        290,
        450,
        "ADLM designates this activity for a maximum of 1.5 ACCENT® credit hours. "
        "Participants should claim only the credit commensurate with the extent of their "
        "participation.",
        "Helvetica",
        10,
    )
    s.box(80, 340, 450, 44, 0.8)
    s.text(92, 367, "ACCENT credit hours claimed:  1.0", "Helvetica-Bold", 12)
    s.text(520, 367, "Activity ID 25-WB-0311", "Helvetica", 9, align="right")
    s.text(50, 740, "This certificate was generated on 03/19/2025.", "Helvetica", 8)
    return (
        "accent_claimed",
        s.pdf(),
        {
            "participant_name": "Hamid Rostami",
            "title": "Mass Spectrometry in the Routine Toxicology Laboratory",
            "provider": "Association for Diagnostics & Laboratory Medicine",
            "completed_on": "2025-03-11",
            "hours": "1",
            "accreditation": "accent",
            "course_number": "25-WB-0311",
        },
    )


def accent_meeting_sessions() -> Page:
    s = Sheet(A4, seed=222)
    s.text(40, 50, "Southeastern Clinical Chemistry Conference 2025", "Serif-Bold", 14)
    s.text(
        40,
        66,
        "Peachtree Clinical Chemistry Society · Georgia World Conference Center, Atlanta",
        "Serif",
        9,
    )
    s.text(40, 110, "ACCENT® Credit Summary", "Serif-Bold", 16)
    s.text(40, 140, "Attendee", "Serif-Bold", 10.5)
    s.text(140, 140, "Chiamaka Eze-Lindgren", "Serif", 10.5)
    s.text(40, 158, "Meeting dates", "Serif-Bold", 10.5)
    s.text(140, 158, "Sept. 24–26, 2025", "Serif", 10.5)
    y = s.table(
        40,
        180,
        [70, 310, 70, 65],
        [
            ["Date", "Session", "Offered", "Claimed"],
            ["9/24", "Plenary: Lab Stewardship", "1.0", "1.0"],
            ["9/24", "Lipid Testing Beyond LDL", "1.5", "1.5"],
            ["9/25", "Troponin Pathways in the ED", "1.5", "1.5"],
            ["9/25", "Point-of-Care Glucose Oversight", "1.0", "0.0"],
            ["9/26", "Vitamin D Standardization", "1.0", "1.0"],
            ["", "Totals", "6.0", "5.0"],
        ],
        size=9.5,
        face="Serif",
        head_face="Serif-Bold",
        align=["left", "left", "right", "right"],
    )
    s.para(
        40,
        y + 24,
        515,
        "ACCENT® credit is awarded through ADLM (Association for Diagnostics & Laboratory "
        "Medicine); one ACCENT credit hour equals one contact hour. The society is not an ACCME "
        "provider and no AMA PRA credit is offered.",
        "Serif",
        9,
    )
    s.signature(40, y + 110, 150, ("Program Chair",))
    return (
        "accent_meeting_sessions",
        s.pdf(),
        {
            "participant_name": "Chiamaka Eze-Lindgren",
            "title": "Southeastern Clinical Chemistry Conference 2025",
            "provider": "Peachtree Clinical Chemistry Society",
            "start": "2025-09-24",
            "end": "2025-09-26",
            "hours": "5",
            "accreditation": "accent",
        },
    )


def journal_selfstudy() -> Page:
    s = Sheet(seed=231)
    s.text(50, 56, "Laboratory Practice Review", "LibSerif-BoldItalic", 20)
    s.text(50, 72, "Continuing Education Quiz — Volume 38, Issue 4", "Times-Roman", 10)
    s.rule(50, 82, 562, 0.6)
    s.text(50, 120, "Certificate of Credit — Self-Study", "Times-Bold", 15)
    s.para(
        50, 150, 510, "Name: Viktor Haraldsson-Bauer        Member no. 0093321", "Times-Roman", 11
    )
    s.para(
        50,
        172,
        510,
        "Article: \u201cReticulocyte Indices in the Diagnosis of Iron-Restricted "
        "Erythropoiesis\u201d",
        "Times-Roman",
        11,
    )
    s.para(
        50,
        210,
        510,
        "Quiz passed: 8 of 10 correct (passing 7)    Date passed: 07/30/2025",
        "Times-Roman",
        11,
    )
    s.text(50, 245, "P.A.C.E.® Program #: 203-155-25", "Times-Roman", 11)
    s.text(50, 263, "Contact hours: 1.0    Level: intermediate", "Times-Roman", 11)
    s.text(50, 295, "Format:", "Times-Bold", 11)
    s.checkbox(110, 295, "Live", False, 10.5)
    s.checkbox(170, 295, "Self-study (journal)", True, 10.5)
    s.para(
        50,
        330,
        510,
        "Laboratory Practice Review CE is offered by Meridian Scientific Press, "
        "P.A.C.E.® provider 203. Quiz valid through 12/31/2026.",
        "Times-Italic",
        10,
    )
    return (
        "journal_selfstudy",
        s.pdf(),
        {
            "participant_name": "Viktor Haraldsson-Bauer",
            "title": "Reticulocyte Indices in the Diagnosis of Iron-Restricted Erythropoiesis",
            "provider": "Meridian Scientific Press",
            "completed_on": "2025-07-30",
            "hours": "1",
            "accreditation": "pace",
            "course_number": "203-155-25",
            "provider_number": "203",
            "level": "intermediate",
            "delivery": "self-study",
        },
    )


def journal_histology() -> Page:
    s = Sheet(A4, seed=232)
    s.font("Courier", 10)
    lines = [
        "THE HISTOTECH QUARTERLY  *  CE SELF-ASSESSMENT",
        "=" * 60,
        "",
        "PARTICIPANT ........ Zoë Abernathy-Quist",
        "ARTICLE ............ Decalcification Endpoints and",
        "                     Antigen Preservation in Bone Marrow",
        "                     Trephines",
        "CREDIT ............. two (2.0) contact hours",
        "LEVEL .............. Advanced",
        "DATE GRADED ........ 14-JAN-2026",
        "SCORE .............. 85%",
        "",
        "Publisher: Thornfield Histology Society",
        "This self-study is approved for ASCP CMLE credit",
        "(activity 26-HQ-01). It is NOT approved for Florida",
        "board credit.",
        "",
        "Issue mailed 11/2025. Test expires 10/31/2027.",
    ]
    y = 70.0
    for line in lines:
        y = s.text(60, y, line, "Courier", 10)
    return (
        "journal_histology",
        s.pdf(),
        {
            "participant_name": "Zoë Abernathy-Quist",
            "title": "Decalcification Endpoints and Antigen Preservation in Bone Marrow Trephines",
            "provider": "Thornfield Histology Society",
            "completed_on": "2026-01-14",
            "hours": "2",
            "accreditation": "cmle",
            "course_number": "26-HQ-01",
            "level": "advanced",
            "delivery": "self-study",
        },
    )


def claim_record_row() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=241)
    s.text(40, 40, "CE Organizer — Transcript", "Helvetica-Bold", 14)
    s.text(752, 40, "Printed on 12/02/2025 10:41 AM", "Helvetica", 8, align="right")
    s.text(
        40, 62, "Learner: Fatoumata Diallo-Sørensen   ·   Filter: single record", "Helvetica", 10
    )
    s.table(
        40,
        90,
        [70, 230, 150, 80, 70, 70, 50],
        [
            ["Date", "Program title", "Provider", "Program #", "Level", "Format", "Hours"],
            [
                "11/20/2025",
                "Urine Sediment Atlas Review",
                "Coastal Bend Lab Society",
                "117-402-25",
                "Basic",
                "Live",
                "1.5",
            ],
        ],
        size=8.5,
        face="Helvetica",
        head_face="Helvetica-Bold",
        align=["left"] * 6 + ["right"],
    )
    s.text(
        40,
        160,
        "P.A.C.E.® contact hours. Provider 117. Session code used: UA-7731.",
        "Helvetica",
        8.5,
    )
    s.text(40, 560, "Page 1 of 1", "Helvetica", 8)
    return (
        "claim_record_row",
        s.pdf(),
        {
            "participant_name": "Fatoumata Diallo-Sørensen",
            "title": "Urine Sediment Atlas Review",
            "provider": "Coastal Bend Lab Society",
            "completed_on": "2025-11-20",
            "hours": "1.5",
            "accreditation": "pace",
            "course_number": "117-402-25",
            "provider_number": "117",
            "level": "basic",
            "delivery": "live",
        },
    )


def claim_record_detail() -> Page:
    s = Sheet(seed=242)
    s.text(50, 50, "LearnPoint LMS", "Sans-Bold", 12, color=(0.2, 0.2, 0.6))
    s.text(50, 80, "Record Detail", "Sans-Bold", 16)
    rows = [
        ("User", "Esperanza Quiñones Vda. de Ruiz"),
        ("Employee ID", "0048812"),
        ("Item", "Bloodborne Pathogens and Laboratory Biosafety — Annual"),
        ("Item ID", "BBP-ANN-2025"),
        ("Organization", "St. Columba Health System"),
        ("Completion status", "Completed"),
        ("Completion date", "2025-01-27"),
        ("Due date", "2025-01-31"),
        ("Credit", "45 minutes"),
        ("Delivery", "Web-based, self-paced"),
        ("Accreditation", "None (internal training)"),
    ]
    y = 110.0
    for label, value in rows:
        s.text(50, y, label, "Sans", 9.5, color=(0.35, 0.35, 0.35))
        y = s.text(200, y, value, "Sans", 10)
        s.rule(50, y - 9, 560, 0.3, 0.7)
        y += 4
    s.text(
        50, 760, "Record generated 2025-02-10 09:15 CST by LearnPoint report RPT-114", "Sans", 7.5
    )
    return (
        "claim_record_detail",
        s.pdf(),
        {
            "participant_name": "Esperanza Quiñones Vda. de Ruiz",
            "title": "Bloodborne Pathogens and Laboratory Biosafety — Annual",
            "provider": "St. Columba Health System",
            "completed_on": "2025-01-27",
            "minutes": 45,
            "course_number": "BBP-ANN-2025",
            "delivery": "self-study",
        },
    )


def claim_partial_credit() -> Page:
    s = Sheet(seed=243)
    s.text(306, 50, "MEDLAB CE CENTRAL", "Helvetica-Bold", 13, align="center")
    s.text(306, 66, "Statement of Credit", "Helvetica", 11, align="center")
    s.rule(50, 80, 562, 0.8)
    y = s.table(
        50,
        100,
        [200, 312],
        [
            ["Name", "Tobias Achterberg"],
            ["Course", "Coagulation Factor Assays: From Clot to Curve"],
            ["Course number", "MCC-HEM-0921"],
            ["Completed", "Aug 5, 2025"],
            ["Credit available", "1.5 P.A.C.E.® contact hours"],
            ["Credit earned", "0.75 P.A.C.E.® contact hours (partial — modules 1–2 of 4)"],
            ["Provider #", "PACE 1042"],
        ],
        size=10,
        face="Helvetica",
        grid="none",
        row_h=20,
    )
    s.para(
        50,
        y + 20,
        510,
        "MedLab CE Central is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        "Helvetica",
        9,
    )
    return (
        "claim_partial_credit",
        s.pdf(),
        {
            "participant_name": "Tobias Achterberg",
            "title": "Coagulation Factor Assays: From Clot to Curve",
            "provider": "MedLab CE Central",
            "completed_on": "2025-08-05",
            "hours": "0.75",
            "accreditation": "pace",
            "course_number": "MCC-HEM-0921",
            "provider_number": "1042",
        },
    )


def cme_claimed() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=251)
    s.border(22, True, 2)
    s.text(60, 70, "Lakeshore Academic Medical Center", "Times-Bold", 16)
    s.text(60, 86, "Office of Continuing Medical Education", "Times-Italic", 10)
    s.centre(150, "Certificate of Participation", "Times-Bold", 24)
    s.centre(190, "Rafael Ignacio Montoya, MD", "Times-Bold", 18)
    s.centre(
        220,
        "Pathology Grand Rounds: Molecular Classification of Endometrial Carcinoma",
        "Times-Roman",
        13,
    )
    s.centre(242, "Wednesday, April 2, 2025 · Auditorium B and live stream", "Times-Roman", 11)
    s.para(
        140,
        275,
        512,
        "Lakeshore Academic Medical Center is accredited by the Accreditation Council "
        "for Continuing Medical Education (ACCME) to provide continuing medical education for "
        "physicians. It designates this live activity for a maximum of 2.0 AMA PRA Category 1 "
        "Credits™. Physicians should claim only the credit commensurate with the extent of their "
        "participation in the activity.",
        "Times-Roman",
        10.5,
        align="center",
    )
    s.centre(370, "Credits claimed: 1.5 AMA PRA Category 1 Credits™", "Times-Bold", 13)
    s.signature(130, 470, 170, ("CME Director",))
    s.text(560, 487, "Activity #LAMC-GR-25-014", "Times-Roman", 10)
    return (
        "cme_claimed",
        s.pdf(),
        {
            "participant_name": "Rafael Ignacio Montoya",
            "title": "Pathology Grand Rounds: Molecular Classification of Endometrial Carcinoma",
            "provider": "Lakeshore Academic Medical Center",
            "completed_on": "2025-04-02",
            "hours": "1.5",
            "accreditation": "accme",
            "course_number": "LAMC-GR-25-014",
            "delivery": "live",
        },
    )


def cme_nonphysician() -> Page:
    s = Sheet(seed=252)
    s.text(50, 60, "Tri-County Pathology Associates", "Helvetica-Bold", 15)
    s.text(50, 75, "Education Committee · Reno, Nevada", "Helvetica", 9.5)
    s.centre(135, "Attendance Certificate (Non-Physician)", "Helvetica-Bold", 16)
    s.para(
        70,
        175,
        470,
        "This certifies that Nkechi Obi-Hartmann attended the regional symposium "
        "\u201cAdvances in Hemostasis Testing\u201d on 11/08/2025. The activity was designated for "
        "up to 3.25 AMA PRA Category 1 Credits™ for physicians. Non-physicians receive a certificate "
        "of attendance for 3.25 hours of participation.",
        "Helvetica",
        11,
        16,
    )
    s.para(
        70,
        275,
        470,
        "Accreditation: this activity was planned under the ACCME Standards through "
        "the joint providership of Tri-County Pathology Associates and Sierra Medical Society.",
        "Helvetica",
        9.5,
    )
    s.signature(70, 370, 150, ("Education Committee Chair",))
    return (
        "cme_nonphysician",
        s.pdf(),
        {
            "participant_name": "Nkechi Obi-Hartmann",
            "title": "Advances in Hemostasis Testing",
            "provider": "Tri-County Pathology Associates",
            "completed_on": "2025-11-08",
            "hours": "3.25",
            "accreditation": "accme",
        },
    )


PAGES = [
    university_ceu,
    university_ceu_hours_equivalent,
    university_ceu_letter,
    ascp_cmle,
    ascp_cmp_points_form,
    amt_ccp_points,
    accent_claimed,
    accent_meeting_sessions,
    journal_selfstudy,
    journal_histology,
    claim_record_row,
    claim_record_detail,
    claim_partial_credit,
    cme_claimed,
    cme_nonphysician,
]
