"""Harder habits: a provider named only under its logo, titles wrapped inside table cells,
two-digit years, specialty tables without a total, typed names above signature lines."""

from __future__ import annotations

from .draw import A4, LANDSCAPE_LETTER, Sheet

Page = tuple[str, bytes, dict[str, object]]


def logo_caption_provider() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=501)
    s.border(18, True, 2.5)
    s.logo(372, 40, "bars", (0.2, 0.35, 0.6), 1.3)
    s.text(396, 103, "MIDLANDS LAB ALLIANCE", "Helvetica-Bold", 9, align="center")
    s.text(396, 114, "learning · quality · community", "Helvetica-Oblique", 7, align="center")
    s.centre(170, "This certifies that", "Times-Italic", 14)
    s.centre(208, "Ngozi Adaeze Uchenna-Fairbanks", "LibSerif-BoldItalic", 26)
    s.centre(245, "has completed", "Times-Italic", 14)
    s.centre(278, "Chain of Custody and Drug Testing Documentation", "Times-Bold", 17)
    s.centre(310, "Self-paced online module · completed 3/14/25", "Times-Roman", 12)
    s.centre(340, "Contact hours: 1.25    Level: Basic", "Times-Roman", 12)
    s.signature(110, 450, 170, ("Erin Castellano-Shaw", "Director of Education, Omaha NE"))
    s.signature(500, 450, 170, ("Dr. Ravi Sundaresan", "Medical Advisor"))
    s.text(
        396, 560, "P.A.C.E.® Provider 725 · Program 725-330-25", "Times-Roman", 9, align="center"
    )
    return (
        "logo_caption_provider",
        s.pdf(),
        {
            "participant_name": "Ngozi Adaeze Uchenna-Fairbanks",
            "title": "Chain of Custody and Drug Testing Documentation",
            "provider": "Midlands Lab Alliance",
            "completed_on": "2025-03-14",
            "hours": "1.25",
            "accreditation": "pace",
            "course_number": "725-330-25",
            "provider_number": "725",
            "level": "basic",
            "delivery": "self-study",
        },
    )


def fl_supervision_no_total() -> Page:
    s = Sheet(seed=502)
    s.text(50, 48, "EVERGLADES LABORATORY MANAGEMENT CONFERENCE", "Narrow-Bold", 15)
    s.text(
        50,
        63,
        "Fort Myers, Florida  |  Hosted by Caloosa Laboratory Leadership Network",
        "Narrow",
        9.5,
    )
    s.rule(50, 72, 562, 2, 0.3)
    s.text(50, 110, "Florida Continuing Education Certificate", "Narrow-Bold", 15)
    s.para(
        50,
        140,
        510,
        "Ms. Yolanda Pérez-Whitaker, holder of Florida clinical laboratory license "
        "no. SUP 0069114, attended the Everglades Laboratory Management Conference on Friday, "
        "January 16, 2026 and earned the hours listed below by subject area.",
        "Narrow",
        11.5,
        16,
    )
    y = s.table(
        50,
        200,
        [330, 120],
        [
            ["Subject area (Florida)", "Hours"],
            ["Administration / Supervision", "3.0"],
            ["Quality Control / Quality Assurance", "1.0"],
            ["Florida Laws and Rules", "1.0"],
        ],
        size=10.5,
        face="Narrow",
        head_face="Narrow-Bold",
        align=["left", "right"],
    )
    s.text(
        50,
        y + 26,
        "Provider approval no. 50-27719 · Course no. 20-1204471 · Reported to CE Broker.",
        "Narrow",
        10,
    )
    s.text(
        50,
        y + 44,
        "The conference offered 7.0 hours in total; hours above reflect sessions attended.",
        "Narrow",
        10,
    )
    s.signature(50, y + 110, 150, ("Conference Registrar",))
    s.text(50, 760, "Certificate printed 01/20/2026", "Narrow", 8)
    return (
        "fl_supervision_no_total",
        s.pdf(),
        {
            "participant_name": "Yolanda Pérez-Whitaker",
            "title": "Everglades Laboratory Management Conference",
            "provider": "Caloosa Laboratory Leadership Network",
            "completed_on": "2026-01-16",
            "hours": "5",
            "accreditation": "state-board",
            "approval_number": "50-27719",
            "course_number": "20-1204471",
            "license_number": "SUP 0069114",
        },
    )


def wrapped_title_cell() -> Page:
    s = Sheet(A4, seed=503)
    s.text(40, 50, "Harbourview Clinical Labs", "Sans-Bold", 14)
    s.text(40, 65, "Staff Education · Portland, Oregon", "Sans", 9)
    s.centre(120, "Certificate of Completion", "Sans-Bold", 18)
    rows = [
        ["Name", "Wilhelmina Osei-Brandt"],
        ["Course", "Specimen Processing Errors and How the"],
        ["", "Pre-Analytical Phase Drives Patient Risk"],
        ["Date", "Tue 09/23/2025"],
        ["Credit", "1 hr 30 min (1.5 contact hours)"],
        ["Program ID", "HCL-PRE-118"],
    ]
    s.table(60, 150, [120, 355], rows, size=11, face="Sans", grid="none", row_h=22)
    s.text(60, 310, "Delivery:", "Sans-Bold", 10)
    x = s.checkbox(130, 310, "Classroom", True, 10, "bracket", "Sans")
    s.checkbox(x, 310, "Online / self-study", False, 10, "bracket", "Sans")
    s.para(
        60,
        345,
        475,
        "Approved for ASCP CMLE credit (1.5). Not approved for Florida or "
        "California licensure credit.",
        "Sans",
        9.5,
    )
    s.signature(60, 430, 150, ("Education Coordinator",))
    return (
        "wrapped_title_cell",
        s.pdf(),
        {
            "participant_name": "Wilhelmina Osei-Brandt",
            "title": "Specimen Processing Errors and How the Pre-Analytical Phase Drives Patient Risk",
            "provider": "Harbourview Clinical Labs",
            "completed_on": "2025-09-23",
            "hours": "1.5",
            "accreditation": "cmle",
            "course_number": "HCL-PRE-118",
            "delivery": "live",
        },
    )


def typed_attendee_signature() -> Page:
    s = Sheet(seed=504)
    s.font("Courier", 10.5)
    s.text(306, 60, "TRI-STATE POINT-OF-CARE COORDINATORS", "Courier-Bold", 13, align="center")
    s.text(306, 76, "Quarterly Education Meeting", "Courier", 10, align="center")
    s.text(306, 120, "CERTIFICATE OF ATTENDANCE", "Courier-Bold", 14, align="center")
    lines = [
        "Topic:    Waived Testing Oversight: Competency and QC",
        "          Documentation for Glucose Meters",
        "Held:     Monday, August 4th, 2025, 1:00-2:00 PM ET",
        "Location: Cincinnati (hybrid; in-room attendance shown)",
        "Credit:   1.0 contact hour, intermediate",
        "Approval: ASCLS P.A.C.E.(R) #404-221-25, provider #404",
    ]
    y = 170.0
    for line in lines:
        y = s.text(70, y, line, "Courier", 10.5)
    s.text(70, y + 60, "Barnaby Fitzgerald-Oduya", "Courier", 11)
    s.rule(70, y + 66, 300, 0.6)
    s.text(70, y + 80, "Attendee", "Courier", 9)
    s.signature(340, y + 60, 180, ("Meeting Chair",))
    s.text(70, 740, "Distributed 08/11/2025", "Courier", 8)
    return (
        "typed_attendee_signature",
        s.pdf(),
        {
            "participant_name": "Barnaby Fitzgerald-Oduya",
            "title": "Waived Testing Oversight: Competency and QC Documentation for Glucose Meters",
            "provider": "Tri-State Point-of-Care Coordinators",
            "completed_on": "2025-08-04",
            "hours": "1",
            "accreditation": "pace",
            "course_number": "404-221-25",
            "provider_number": "404",
            "level": "intermediate",
            "delivery": "live",
        },
    )


def ca_table_cdph_footer() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=505)
    s.band(0, 50, (0.12, 0.12, 0.12))
    s.text(40, 32, "GOLDEN STATE LAB ACADEMY", "Sans-Bold", 16, color=(1, 1, 1))
    s.text(752, 32, "glab-academy.example", "Sans", 9, align="right", color=(1, 1, 1))
    s.text(40, 100, "Course Completion Certificate", "Serif-Bold", 20)
    s.text(40, 130, "Licensee: Imelda Soriano-Tuazon", "Serif", 13)
    s.text(40, 150, "California CLS License #: CLS 00093307", "Serif", 11)
    s.table(
        40,
        175,
        [280, 100, 110, 130, 92],
        [
            ["Course name", "Course #", "Completed", "Accrediting agency #", "CE credits"],
            [
                "Blood Bank Regulations for CA Labs",
                "GSLA-BB-52",
                "12/12/2025",
                "P.A.C.E. 590",
                "2.0",
            ],
        ],
        size=10,
        face="Serif",
        head_face="Serif-Bold",
        grid="full",
    )
    s.para(
        40,
        260,
        700,
        "Golden State Lab Academy is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. This course "
        "was also offered as a 3.0-hour extended version (GSLA-BB-53); you completed the 2.0-hour "
        "version.",
        "Serif",
        10,
    )
    s.signature(40, 360, 160, ("Academy Director",))
    s.text(
        40,
        580,
        "Keep for four years. CDPH Laboratory Field Services may request this certificate.",
        "Serif",
        8,
    )
    return (
        "ca_table_cdph_footer",
        s.pdf(),
        {
            "participant_name": "Imelda Soriano-Tuazon",
            "title": "Blood Bank Regulations for CA Labs",
            "provider": "Golden State Lab Academy",
            "completed_on": "2025-12-12",
            "hours": "2",
            "accreditation": "pace",
            "course_number": "GSLA-BB-52",
            "accrediting_agency_number": "590",
            "license_number": "CLS 00093307",
        },
    )


def amt_online_points_printout() -> Page:
    s = Sheet(seed=506)
    s.text(
        50,
        40,
        "Learning Center · My Completed Courses · Certificate",
        "Helvetica",
        8,
        color=(0.4, 0.4, 0.4),
    )
    s.text(50, 80, "Bluestem Allied Health Learning", "Helvetica-Bold", 16)
    s.text(50, 110, "Certificate of Completion", "Helvetica", 13)
    y = 150.0
    for label, value in [
        ("Member", "Rosario Bautista y Montemayor"),
        ("Course", "Urine Drug Screen Interpretation"),
        ("Completed", "Sunday, 1 February 2026"),
        ("Points", "1.5 CCP points (AMT)"),
        ("Course code", "BAHL-TOX-015"),
        ("Format", "Online self-study"),
    ]:
        s.text(50, y, label, "Helvetica-Bold", 10.5)
        y = s.text(170, y, value, "Helvetica", 10.5) + 6
    s.para(
        50,
        y + 16,
        510,
        "This course is not P.A.C.E.® approved. Points are recorded for the AMT "
        "Certification Continuation Program. 2 points were available for the optional case "
        "supplement, which was not completed.",
        "Helvetica",
        9.5,
    )
    s.text(
        50,
        760,
        "https://learn.bluestem.example/certificates/44781   2/2/2026, 7:14 AM",
        "Helvetica",
        7,
    )
    return (
        "amt_online_points_printout",
        s.pdf(),
        {
            "participant_name": "Rosario Bautista y Montemayor",
            "title": "Urine Drug Screen Interpretation",
            "provider": "Bluestem Allied Health Learning",
            "completed_on": "2026-02-01",
            "points": "1.5",
            "course_number": "BAHL-TOX-015",
            "delivery": "self-study",
        },
    )


PAGES = [
    logo_caption_provider,
    fl_supervision_no_total,
    wrapped_title_cell,
    typed_attendee_signature,
    ca_table_cdph_footer,
    amt_online_points_printout,
]


def two_listed_days() -> Page:
    s = Sheet(seed=507)
    s.text(50, 52, "Northern Rivers Laboratory Consortium", "Serif-Bold", 15)
    s.text(50, 67, "Burlington, Vermont · Education Committee", "Serif", 9.5)
    s.centre(125, "Certificate of Completion", "Serif-Bold", 19)
    s.para(
        70,
        165,
        470,
        "This certifies that Søren Aleksander Haugland-Diaz completed the two-part "
        "evening course Hemostasis Case Studies, Parts I and II, held on October 2 and October 9, "
        "2025, for a total of four (4.0) contact hours (2.0 hours per evening).",
        "Serif",
        12,
        18,
    )
    s.text(70, 260, "Level:", "Serif-Bold", 10.5)
    x = s.checkbox(120, 260, "Basic", False, 10, face="Serif")
    x = s.checkbox(x, 260, "Intermediate", True, 10, face="Serif")
    s.checkbox(x, 260, "Advanced", False, 10, face="Serif")
    s.text(70, 285, "P.A.C.E.® Program No. 150-512-25 · Provider No. 150", "Serif", 10)
    s.signature(70, 370, 150, ("Education Committee Chair",))
    s.text(330, 387, "Issued October 14, 2025", "Serif", 10)
    return (
        "two_listed_days",
        s.pdf(),
        {
            "participant_name": "Søren Aleksander Haugland-Diaz",
            "title": "Hemostasis Case Studies, Parts I and II",
            "provider": "Northern Rivers Laboratory Consortium",
            "start": "2025-10-02",
            "end": "2025-10-09",
            "hours": "4",
            "accreditation": "pace",
            "course_number": "150-512-25",
            "provider_number": "150",
            "level": "intermediate",
        },
    )


def fl_reported_vs_completed() -> Page:
    s = Sheet(A4, seed=508)
    s.text(40, 50, "Tidewater Continuing Education, LLC", "Sans-Bold", 14)
    s.text(40, 65, "FL Board of Clinical Laboratory Personnel approved provider", "Sans", 9)
    s.text(40, 120, "COURSE COMPLETION CERTIFICATE", "Sans-Bold", 15)
    y = s.table(
        40,
        140,
        [190, 325],
        [
            ["Name", "Marguerite-Éloïse Baptiste"],
            ["FL license", "MT 0088190"],
            ["Course", "Molecular Microbiology for the Generalist"],
            ["CE Broker course #", "20-1309925"],
            ["Provider #", "50-30142"],
            ["Date completed", "07/26/2025"],
            ["Date reported to CE Broker", "07/28/2025"],
            ["Subject area", "Microbiology — 2.0 hours"],
            ["Format", "Home study / internet"],
        ],
        size=10,
        face="Sans",
        head_face="Sans",
        row_h=21,
    )
    s.para(
        40,
        y + 24,
        515,
        "Credit expires for re-use on 07/26/2027. This course is not approved "
        "by ASCLS P.A.C.E.; Florida licensure credit only.",
        "Sans",
        9,
    )
    s.signature(40, y + 100, 150, ("Tidewater CE Registrar",))
    return (
        "fl_reported_vs_completed",
        s.pdf(),
        {
            "participant_name": "Marguerite-Éloïse Baptiste",
            "title": "Molecular Microbiology for the Generalist",
            "provider": "Tidewater Continuing Education, LLC",
            "completed_on": "2025-07-26",
            "hours": "2",
            "accreditation": "state-board",
            "approval_number": "50-30142",
            "course_number": "20-1309925",
            "license_number": "MT 0088190",
            "delivery": "self-study",
        },
    )


def accent_dayfirst_maximum() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=509)
    s.border(24, False, 1)
    s.logo(60, 50, "flask", (0.45, 0.1, 0.45))
    s.text(104, 70, "Andean Clinical Chemistry Workshop", "Sans-Bold", 15)
    s.text(104, 86, "organised with the support of ADLM · Lima, Peru", "Sans", 9.5)
    s.centre(150, "Certificate of Attendance / Constancia de asistencia", "Serif-Bold", 19)
    s.centre(195, "Renata Quispe Huamán", "Serif-Bold", 22)
    s.centre(230, "Workshop: Reference Intervals and Method Verification", "Serif", 13)
    s.centre(255, "Date / Fecha: 14/11/2025", "Serif", 12)
    s.centre(295, "Up to 6 ACCENT® credit hours were available for this workshop.", "Serif", 11)
    s.centre(315, "ACCENT® credit hours earned: 5.5", "Serif-Bold", 13)
    s.signature(160, 420, 170, ("Workshop Director",))
    s.signature(470, 420, 170, ("ADLM liaison",))
    return (
        "accent_dayfirst_maximum",
        s.pdf(),
        {
            "participant_name": "Renata Quispe Huamán",
            "title": "Reference Intervals and Method Verification",
            "provider": "Andean Clinical Chemistry Workshop",
            "completed_on": "2025-11-14",
            "hours": "5.5",
            "accreditation": "accent",
        },
    )


PAGES += [two_listed_days, fl_reported_vs_completed, accent_dayfirst_maximum]
