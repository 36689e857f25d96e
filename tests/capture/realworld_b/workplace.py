"""Employer in-services (memo, letter, attendance record), P.A.C.E. forms, vendor training with
negated accreditations, and international pages with day-first dates."""

from __future__ import annotations

from .draw import A4, LANDSCAPE_LETTER, Sheet

Page = tuple[str, bytes, dict[str, object]]


def inservice_memo() -> Page:
    s = Sheet(seed=401)
    s.text(50, 50, "Good Shepherd Community Hospital", "Times-Bold", 14)
    s.text(50, 64, "Clinical Laboratory · 300 Orchard Street · Dubuque, Iowa", "Times-Roman", 9.5)
    s.text(50, 110, "MEMORANDUM", "Times-Bold", 16)
    y = 140.0
    for label, value in [
        ("DATE:", "November 3, 2025"),
        ("TO:", "Keisha Okonkwo-Baptiste, MLT(ASCP)"),
        ("FROM:", "Harold Lindqvist, Laboratory Manager"),
        ("RE:", "In-service attendance — Blood Culture Collection and Contamination Rates"),
    ]:
        s.text(50, y, label, "Times-Bold", 11)
        y = s.para(120, y, 440, value, "Times-Roman", 11) + 4
    s.rule(50, y, 562, 0.8)
    s.para(
        50,
        y + 28,
        510,
        "This memo documents your attendance at the laboratory in-service "
        "held on Tuesday, October 28, 2025, from 2:00 to 3:30 p.m. in Conference Room 2B. The "
        "session provided 1.5 contact hours of continuing education. This in-service was not "
        "submitted for P.A.C.E. approval; it is documented as employer-provided education for "
        "your ASCP CMP declaration.",
        "Times-Roman",
        11.5,
        16,
    )
    s.para(
        50,
        y + 140,
        510,
        "Please retain this memo with your continuing education records.",
        "Times-Roman",
        11.5,
    )
    s.signature(50, y + 210, 150, ("Harold Lindqvist", "Laboratory Manager"))
    return (
        "inservice_memo",
        s.pdf(),
        {
            "participant_name": "Keisha Okonkwo-Baptiste",
            "title": "Blood Culture Collection and Contamination Rates",
            "provider": "Good Shepherd Community Hospital",
            "completed_on": "2025-10-28",
            "hours": "1.5",
        },
    )


def inservice_pace_letter() -> Page:
    s = Sheet(seed=402)
    s.logo(50, 36, "hexagon", (0.1, 0.4, 0.6))
    s.text(94, 52, "Clearwater Valley Health", "Helvetica-Bold", 15)
    s.text(
        94,
        66,
        "Pathology & Laboratory Services — Where Every Result Counts",
        "Helvetica-Oblique",
        9,
    )
    s.text(562, 52, "Lewiston, Idaho", "Helvetica", 9, align="right")
    s.rule(50, 82, 562, 0.6)
    s.text(50, 120, "Certificate of Attendance — Employee In-Service", "Helvetica-Bold", 14)
    y = s.table(
        50,
        140,
        [170, 342],
        [
            ["Employee", "Agnieszka Wróblewska-Hart"],
            ["Session", "Competency Refresher: Coagulation Analyzer Calibration"],
            ["Date", "Thursday, 07/17/2025"],
            ["Presenter", "Samuel O. Whitehorse, MLS(ASCP)SH"],
            ["Contact hours", "2.0"],
            ["P.A.C.E.® provider #", "0339"],
            ["P.A.C.E.® program #", "0339-112-25"],
        ],
        size=10,
        face="Helvetica",
        row_h=20,
    )
    s.text(50, y + 25, "Level:", "Helvetica-Bold", 10)
    x = s.checkbox(100, y + 25, "Basic", False, 10, "bracket")
    x = s.checkbox(x, y + 25, "Intermediate", False, 10, "bracket")
    s.checkbox(x, y + 25, "Advanced", True, 10, "bracket")
    s.text(50, y + 45, "Format:", "Helvetica-Bold", 10)
    x = s.checkbox(100, y + 45, "Live / in person", True, 10, "bracket")
    s.checkbox(x, y + 45, "Self-study", False, 10, "bracket")
    s.para(
        50,
        y + 75,
        510,
        "Clearwater Valley Health is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        "Helvetica",
        9,
    )
    s.signature(50, y + 150, 160, ("Laboratory Director", "Date signed: 07/21/2025"))
    return (
        "inservice_pace_letter",
        s.pdf(),
        {
            "participant_name": "Agnieszka Wróblewska-Hart",
            "title": "Competency Refresher: Coagulation Analyzer Calibration",
            "provider": "Clearwater Valley Health",
            "completed_on": "2025-07-17",
            "hours": "2",
            "accreditation": "pace",
            "course_number": "0339-112-25",
            "provider_number": "0339",
            "level": "advanced",
            "delivery": "live",
        },
    )


def attendance_record_table() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=403)
    s.text(40, 44, "Beacon Hill Reference Laboratory — Education Services", "Sans-Bold", 13)
    s.text(40, 60, "Individual Attendance Record", "Sans", 10)
    s.table(
        40,
        90,
        [150, 230, 120, 90, 90, 70],
        [
            ["Attendee", "Course", "Date", "Credit", "Course code", "Level"],
            [
                "D'Artagnan Sauvé-Mills",
                "Lab Information Systems Downtime",
                "Mon 1/12/2026",
                "0.75 hr",
                "BH-LIS-04",
                "Basic",
            ],
        ],
        size=9,
        face="Sans",
        head_face="Sans-Bold",
    )
    s.text(40, 170, "Procedures", "Sans", 9)
    s.para(
        40,
        190,
        700,
        "In-person tabletop exercise. Not accredited by P.A.C.E., ACCENT or ASCP "
        "CMLE; eligible as employer-provided education where accepted.",
        "Sans",
        9,
    )
    s.signature(40, 290, 150, ("Education Services",))
    s.text(752, 580, "Record created 1/13/2026", "Sans", 7.5, align="right")
    return (
        "attendance_record_table",
        s.pdf(),
        {
            "participant_name": "D'Artagnan Sauvé-Mills",
            "title": "Lab Information Systems Downtime",
            "provider": "Beacon Hill Reference Laboratory",
            "completed_on": "2026-01-12",
            "hours": "0.75",
            "course_number": "BH-LIS-04",
            "level": "basic",
            "delivery": "live",
        },
    )


def pace_form_checkboxes() -> Page:
    s = Sheet(seed=411)
    s.box(40, 30, 532, 730, 1.0)
    s.text(306, 60, "CERTIFICATE OF COMPLETION", "Helvetica-Bold", 15, align="center")
    s.text(306, 76, "P.A.C.E.® Continuing Education", "Helvetica", 10, align="center")
    fields = [
        ("Participant", "Chidi Okafor-Lindström"),
        ("Program Title", "Cerebrospinal Fluid Cell Counts and Cytospin Morphology"),
        ("Date of Program", "09/16/2025"),
        ("Location", "Willow Creek Regional Laboratory, Decatur IL"),
        ("P.A.C.E. Provider Name", "Willow Creek Regional Laboratory"),
        ("P.A.C.E. Provider Number", "1187"),
        ("Program Number", "1187-203-25"),
        ("Contact Hours Awarded", "1.0"),
    ]
    y = 110
    for label, value in fields:
        s.text(60, y, label + ":", "Helvetica-Bold", 10)
        s.text(210, y, value, "Helvetica", 10)
        s.rule(205, y + 3, 550, 0.4)
        y += 26
    s.text(60, y + 10, "Level of instruction:", "Helvetica-Bold", 10)
    x = s.checkbox(200, y + 10, "Basic", True, 10)
    x = s.checkbox(x, y + 10, "Intermediate", False, 10)
    s.checkbox(x, y + 10, "Advanced", False, 10)
    s.text(60, y + 34, "Format:", "Helvetica-Bold", 10)
    x = s.checkbox(200, y + 34, "Live", True, 10)
    x = s.checkbox(x, y + 34, "Self-Study", False, 10)
    s.checkbox(x, y + 34, "Distance (web)", False, 10)
    s.para(
        60,
        y + 70,
        490,
        "Willow Creek Regional Laboratory is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        "Helvetica",
        9,
    )
    s.signature(60, y + 150, 160, ("Program Coordinator",))
    s.text(360, y + 167, "Date: 09/18/2025", "Helvetica", 9)
    return (
        "pace_form_checkboxes",
        s.pdf(),
        {
            "participant_name": "Chidi Okafor-Lindström",
            "title": "Cerebrospinal Fluid Cell Counts and Cytospin Morphology",
            "provider": "Willow Creek Regional Laboratory",
            "completed_on": "2025-09-16",
            "hours": "1",
            "accreditation": "pace",
            "course_number": "1187-203-25",
            "provider_number": "1187",
            "level": "basic",
            "delivery": "live",
        },
    )


def pace_form_selfstudy() -> Page:
    s = Sheet(A4, seed=412)
    s.text(40, 50, "Keystone Molecular Academy", "Serif-Bold", 15)
    s.text(40, 64, "P.A.C.E.® provider 945", "Serif", 9)
    s.text(s.width - 40, 50, "CE-945", "Mono", 9, align="right")
    s.centre(118, "Continuing Education Certificate", "Serif-Bold", 17)
    s.text(60, 160, "Name:", "Serif-Bold", 11)
    s.text(160, 160, "Olivia-Rose Featherstonehaugh", "Serif", 11)
    s.text(60, 182, "Course:", "Serif-Bold", 11)
    s.text(160, 182, "Next-Generation Sequencing Quality Metrics for", "Serif", 11)
    s.text(160, 198, "Somatic Tumor Panels", "Serif", 11)
    s.text(60, 222, "Completed:", "Serif-Bold", 11)
    s.text(160, 222, "2025-12-09", "Serif", 11)
    s.text(60, 244, "Credit:", "Serif-Bold", 11)
    s.text(160, 244, "2.5 contact hours", "Serif", 11)
    s.text(60, 266, "Program #:", "Serif-Bold", 11)
    s.text(160, 266, "945-0071-25", "Serif", 11)
    s.text(60, 300, "Level", "Serif-Bold", 10)
    s.checkbox(140, 300, "Basic", False, 10, face="Serif")
    s.checkbox(220, 300, "Intermediate", False, 10, face="Serif")
    s.checkbox(330, 300, "Advanced", True, 10, face="Serif")
    s.text(60, 322, "Type", "Serif-Bold", 10)
    s.checkbox(140, 322, "Live", False, 10, face="Serif")
    s.checkbox(220, 322, "Self-study", True, 10, face="Serif")
    s.text(
        60,
        800,
        "Certificate generated 12/09/2025 23:58 UTC · verify at keystone-mol.example/v/8F2K",
        "Serif",
        7.5,
    )
    return (
        "pace_form_selfstudy",
        s.pdf(),
        {
            "participant_name": "Olivia-Rose Featherstonehaugh",
            "title": "Next-Generation Sequencing Quality Metrics for Somatic Tumor Panels",
            "provider": "Keystone Molecular Academy",
            "completed_on": "2025-12-09",
            "hours": "2.5",
            "accreditation": "pace",
            "course_number": "945-0071-25",
            "provider_number": "945",
            "level": "advanced",
            "delivery": "self-study",
        },
    )


def vendor_no_accreditation() -> Page:
    s = Sheet(seed=421)
    s.band(0, 60, (0.9, 0.45, 0.05))
    s.text(40, 38, "VERIDIAN INSTRUMENTS", "Helvetica-Bold", 20, color=(1, 1, 1))
    s.text(572, 38, "Field Applications Training", "Helvetica", 10, align="right", color=(1, 1, 1))
    s.centre(130, "Training Certificate", "Helvetica-Bold", 20)
    s.centre(170, "Rosalind Abernethy-Yusuf", "Helvetica", 18)
    s.centre(200, "has completed on-site operator training on the", "Helvetica", 11)
    s.centre(222, "Veridian ChemFlex 600 Chemistry Analyzer", "Helvetica-Bold", 13)
    s.centre(250, "Training date: 4/22/2025        Duration: 2 hours", "Helvetica", 11)
    s.para(
        90,
        290,
        430,
        "This training is provided by the manufacturer. It has not been submitted "
        "for P.A.C.E.®, ACCENT® or state board approval; it documents 2 hours of instrument "
        "training for your employer's records. Serial no. CF6-00418; work order WO-55817.",
        "Helvetica",
        9.5,
        align="center",
    )
    s.signature(90, 400, 150, ("Field Applications Specialist",))
    return (
        "vendor_no_accreditation",
        s.pdf(),
        {
            "participant_name": "Rosalind Abernethy-Yusuf",
            "title": "Veridian ChemFlex 600 Chemistry Analyzer",
            "provider": "Veridian Instruments",
            "completed_on": "2025-04-22",
            "hours": "2",
            "delivery": "live",
        },
    )


def negated_cmle_pace() -> Page:
    s = Sheet(seed=422)
    s.text(50, 60, "Evergreen Laboratory Leadership Institute", "Times-Bold", 15)
    s.text(50, 75, "Olympia, Washington", "Times-Italic", 10)
    s.centre(140, "Certificate of Completion", "Times-Bold", 20)
    s.centre(180, "Anh Thư Lê-Morrison", "Serif-Bold", 17)
    s.centre(210, "Managing Laboratory Budgets and Staffing Ratios", "Times-Bold", 14)
    s.centre(236, "completed 19 May 2025 (live online)", "Times-Roman", 12)
    s.centre(262, "Contact hours: 3.0", "Times-Roman", 12)
    s.para(
        80,
        300,
        450,
        "This program is approved for ASCLS P.A.C.E.® credit (Program #622-045-25). "
        "It is not approved for ASCP CMLE credit and is not an ACCME-accredited activity.",
        "Times-Roman",
        10.5,
        align="center",
    )
    s.signature(80, 400, 150, ("Institute Director",))
    return (
        "negated_cmle_pace",
        s.pdf(),
        {
            "participant_name": "Anh Thư Lê-Morrison",
            "title": "Managing Laboratory Budgets and Staffing Ratios",
            "provider": "Evergreen Laboratory Leadership Institute",
            "completed_on": "2025-05-19",
            "hours": "3",
            "accreditation": "pace",
            "course_number": "622-045-25",
            "delivery": "live",
        },
    )


def negated_pending() -> Page:
    s = Sheet(A4, seed=423)
    s.text(40, 56, "Lowland Cytology Study Group", "Sans-Bold", 14)
    s.text(40, 72, "volunteer-run case conferences · lowland-cyto.example", "Sans", 8.5)
    s.centre(140, "Certificate of Attendance", "Sans-Bold", 18)
    s.para(
        60,
        180,
        475,
        "Awarded to Margarethe von Essen-Kowalczyk for attending the case "
        "conference \u201cThyroid FNA: Bethesda Categories III and IV\u201d on Wednesday "
        "5 March 2025, 90 minutes.",
        "Sans",
        11.5,
        align="center",
    )
    s.para(
        60,
        260,
        475,
        "P.A.C.E.® approval for this conference was applied for but is pending; "
        "this certificate does not carry P.A.C.E. credit. Not a CMLE activity.",
        "Sans",
        9.5,
        align="center",
    )
    s.signature(60, 340, 150, ("Study Group Secretary",))
    return (
        "negated_pending",
        s.pdf(),
        {
            "participant_name": "Margarethe von Essen-Kowalczyk",
            "title": "Thyroid FNA: Bethesda Categories III and IV",
            "provider": "Lowland Cytology Study Group",
            "completed_on": "2025-03-05",
            "minutes": 90,
        },
    )


def dayfirst_congress() -> Page:
    s = Sheet(A4, seed=431)
    s.band(0, 80, (0.05, 0.2, 0.35))
    s.text(40, 40, "EuroLab Haematology Days 2025", "Sans-Bold", 18, color=(1, 1, 1))
    s.text(40, 60, "Ghent, Belgium · 22–23/09/2025", "Sans", 10, color=(1, 1, 1))
    s.centre(140, "CERTIFICATE OF ATTENDANCE", "Sans-Bold", 17)
    s.centre(185, "Mr Bastiaan ter Horst", "Serif", 18)
    s.centre(215, "attended the scientific programme on 22/09/2025 and 23/09/2025", "Sans", 11)
    s.centre(240, "Credit: 9 contact hours (maximum of 11 available)", "Sans", 11)
    s.centre(
        275,
        "This meeting is approved by ASCLS P.A.C.E.® for US attendees: program 911-300-25.",
        "Sans",
        9,
    )
    s.centre(
        291, "Issued by the Flemish Laboratory Science Foundation (VLSF), organiser.", "Sans", 9
    )
    s.signature(200, 380, 190, ("Congress President",))
    s.text(40, 800, "Printed 30/09/2025", "Sans", 8)
    return (
        "dayfirst_congress",
        s.pdf(),
        {
            "participant_name": "Bastiaan ter Horst",
            "title": "EuroLab Haematology Days 2025",
            "provider": "Flemish Laboratory Science Foundation",
            "start": "2025-09-22",
            "end": "2025-09-23",
            "hours": "9",
            "accreditation": "pace",
            "course_number": "911-300-25",
        },
    )


def dayfirst_ordinal_uk() -> Page:
    s = Sheet(A4, seed=432)
    s.text(40, 60, "Institute of Pennine Biomedical Science", "Serif-Bold", 15)
    s.text(40, 76, "Continuing Professional Development", "Serif-Italic", 10)
    s.centre(150, "CPD Certificate", "Serif-Bold", 20)
    s.centre(190, "Awarded to", "Serif-Italic", 11)
    s.centre(218, "Dr Niamh O'Sullivan-Achterberg", "Serif-Bold", 17)
    s.centre(250, "for the evening lecture", "Serif", 11)
    s.centre(274, "Haemolysis Index: When to Reject, When to Report", "Serif-Bold", 13)
    s.centre(300, "delivered on the 7th October 2025", "Serif", 11)
    s.centre(330, "CPD hours: 1.5", "Serif-Bold", 12)
    s.centre(360, "Date of issue: 10.10.2025", "Serif", 9)
    s.signature(200, 450, 190, ("CPD Officer",))
    return (
        "dayfirst_ordinal_uk",
        s.pdf(),
        {
            "participant_name": "Niamh O'Sullivan-Achterberg",
            "title": "Haemolysis Index: When to Reject, When to Report",
            "provider": "Institute of Pennine Biomedical Science",
            "completed_on": "2025-10-07",
            "hours": "1.5",
        },
    )


PAGES = [
    inservice_memo,
    inservice_pace_letter,
    attendance_record_table,
    pace_form_checkboxes,
    pace_form_selfstudy,
    vendor_no_accreditation,
    negated_cmle_pace,
    negated_pending,
    dayfirst_congress,
    dayfirst_ordinal_uk,
]
