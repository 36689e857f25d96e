"""Award-style pages, module and per-day tables, minutes of instruction, ticked seminar sessions."""

from __future__ import annotations

from .draw import A4, LANDSCAPE_LETTER, Sheet

Page = tuple[str, bytes, dict[str, object]]


def award_words_day() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=301)
    s.border(20, True, 4)
    s.centre(90, "Certificate of Achievement", "LibSerif-BoldItalic", 34)
    s.centre(130, "The Blue Ridge Society for Clinical Laboratory Science", "Times-Roman", 13)
    s.centre(170, "hereby recognizes", "Times-Italic", 13)
    s.centre(210, "Cornelius T. Vanderpool Jr.", "LibSerif-BoldItalic", 28)
    s.centre(
        245,
        "for the completion of three (3) contact hours of continuing education in",
        "Times-Roman",
        13,
    )
    s.centre(
        272, "Emerging Fungal Pathogens: Candida auris in the Clinical Laboratory", "Times-Bold", 15
    )
    s.centre(
        305, "Given at Asheville, North Carolina, this 3rd day of June, 2025.", "Times-Italic", 13
    )
    s.centre(330, "Basic level · live session", "Times-Roman", 11)
    s.signature(140, 440, 180, ("President",))
    s.signature(470, 440, 180, ("Chair, Continuing Education",))
    s.text(
        396,
        560,
        "ASCLS P.A.C.E.® Provider No. 428  ·  Program No. 428-019-25",
        "Times-Roman",
        9,
        align="center",
    )
    return (
        "award_words_day",
        s.pdf(),
        {
            "participant_name": "Cornelius T. Vanderpool Jr.",
            "title": "Emerging Fungal Pathogens: Candida auris in the Clinical Laboratory",
            "provider": "The Blue Ridge Society for Clinical Laboratory Science",
            "completed_on": "2025-06-03",
            "hours": "3",
            "accreditation": "pace",
            "course_number": "428-019-25",
            "provider_number": "428",
            "level": "basic",
            "delivery": "live",
        },
    )


def award_ordinal_words() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=302)
    s.band(0, 24, (0.55, 0.45, 0.1))
    s.band(588, 24, (0.55, 0.45, 0.1))
    s.logo(370, 46, "circle", (0.55, 0.45, 0.1), 1.4)
    s.centre(130, "St. Aldhelm's Hospital School of Medical Laboratory Science", "Serif-Bold", 15)
    s.centre(175, "This is to certify that", "Serif-Italic", 13)
    s.centre(212, "Ifeoluwa Adébáyọ-Clarke", "Serif-Bold", 24)
    s.centre(250, "has satisfactorily completed the refresher course", "Serif", 13)
    s.centre(280, "Manual Differential and Peripheral Smear Review", "Serif-Bold", 16)
    s.centre(310, "comprising two and one-half (2.5) contact hours of instruction.", "Serif", 13)
    s.centre(
        345,
        "Given under our hands this twenty-first day of October, two thousand twenty-five.",
        "Serif-Italic",
        12,
    )
    s.signature(150, 460, 170, ("Program Director",))
    s.signature(480, 460, 170, ("Medical Director",))
    s.text(
        60,
        560,
        "Approved for P.A.C.E.® credit through the hospital's annual providership.",
        "Serif",
        8.5,
    )
    return (
        "award_ordinal_words",
        s.pdf(),
        {
            "participant_name": "Ifeoluwa Adébáyọ-Clarke",
            "title": "Manual Differential and Peripheral Smear Review",
            "provider": "St. Aldhelm's Hospital School of Medical Laboratory Science",
            "completed_on": "2025-10-21",
            "hours": "2.5",
            "accreditation": "pace",
        },
    )


def award_recognition_four() -> Page:
    s = Sheet(seed=303)
    s.border(30, True, 1.2)
    s.border(44, False, 0.4)
    s.centre(110, "IN RECOGNITION", "Times-Bold", 26)
    s.centre(150, "Mesa Verde Laboratory Professionals Association", "Times-Italic", 13)
    s.centre(200, "presents this award to", "Times-Roman", 12)
    s.centre(240, "María José Echeverría-Lund", "LibSerif-BoldItalic", 24)
    s.centre(285, "upon completion of four contact hours at the workshop", "Times-Roman", 12)
    s.centre(315, "Quality Control Rules in Practice:", "Times-Bold", 15)
    s.centre(334, "Westgard, Sigma Metrics and Patient-Based Real-Time QC", "Times-Bold", 15)
    s.centre(372, "Albuquerque, New Mexico — the 9th of August, 2025", "Times-Roman", 12)
    s.centre(
        410, "(Eight hours of workshop content were offered across two tracks.)", "Times-Italic", 10
    )
    s.signature(100, 560, 170, ("President, MVLPA",))
    s.signature(340, 560, 170, ("Workshop Faculty",))
    return (
        "award_recognition_four",
        s.pdf(),
        {
            "participant_name": "María José Echeverría-Lund",
            "title": "Quality Control Rules in Practice: Westgard, Sigma Metrics and Patient-Based Real-Time QC",
            "provider": "Mesa Verde Laboratory Professionals Association",
            "completed_on": "2025-08-09",
            "hours": "4",
        },
    )


def modules_total_row() -> Page:
    s = Sheet(seed=311)
    s.text(50, 54, "Harborline Diagnostics University", "Helvetica-Bold", 15, color=(0.1, 0.3, 0.5))
    s.text(50, 69, "customer education · harborline-dx.example/learn", "Helvetica", 9)
    s.centre(120, "Transcript of Completed Modules", "Helvetica-Bold", 16)
    s.text(50, 160, "Learner", "Helvetica-Bold", 10)
    s.text(140, 160, "Bartholomew Nguyễn-Schmidt", "Sans", 10)
    s.text(50, 178, "Curriculum", "Helvetica-Bold", 10)
    s.text(140, 178, "Hematology Analyzer Operator Certification (HX-900 series)", "Helvetica", 10)
    y = s.table(
        50,
        200,
        [60, 290, 90, 72],
        [
            ["Module", "Topic", "Completed", "Hours"],
            ["1", "Principles of impedance and flow", "03/03/2025", "1.0"],
            ["2", "Daily maintenance and QC", "03/04/2025", "1.5"],
            ["3", "Flags, rules and smear triggers", "03/06/2025", "1.5"],
            ["4", "Troubleshooting and service calls", "03/07/2025", "1.0"],
            ["5", "Competency check (practical)", "03/10/2025", "1.0"],
            ["", "TOTAL CONTACT HOURS", "", "6.0"],
        ],
        size=10,
        face="Helvetica",
        head_face="Helvetica-Bold",
        align=["center", "left", "center", "right"],
    )
    s.para(
        50,
        y + 24,
        510,
        "Harborline Diagnostics is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program "
        "(provider #771). Program #771-044-25. Level: intermediate.",
        "Helvetica",
        9.5,
    )
    s.text(50, 760, "Printed 03/14/2025", "Helvetica", 8)
    return (
        "modules_total_row",
        s.pdf(),
        {
            "participant_name": "Bartholomew Nguyễn-Schmidt",
            "title": "Hematology Analyzer Operator Certification (HX-900 series)",
            "provider": "Harborline Diagnostics University",
            "start": "2025-03-03",
            "end": "2025-03-10",
            "hours": "6",
            "accreditation": "pace",
            "course_number": "771-044-25",
            "provider_number": "771",
            "level": "intermediate",
        },
    )


def specialty_breakdown() -> Page:
    s = Sheet(A4, seed=312)
    s.logo(40, 36, "bars", (0.2, 0.5, 0.2))
    s.text(86, 52, "Cascadia Laboratory Education Collaborative", "Sans-Bold", 14)
    s.text(86, 67, "Regional Fall Seminar — Spokane, WA", "Sans", 9.5)
    s.centre(130, "Certificate of Continuing Education", "Serif-Bold", 18)
    s.text(60, 170, "Attendee", "Sans", 9)
    s.text(60, 186, "Henrik Østergaard-Mbeki", "Serif-Bold", 15)
    s.text(340, 170, "Date", "Sans", 9)
    s.text(340, 186, "Friday, 17 October 2025", "Serif", 12)
    s.text(60, 222, "Program: Laboratory Medicine Update 2025", "Serif", 12)
    y = s.table(
        60,
        245,
        [300, 175],
        [
            ["Specialty", "Contact Hours"],
            ["Chemistry", "1.50"],
            ["Hematology", "1.00"],
            ["Microbiology", "2.00"],
            ["Laboratory Management", "0.75"],
            ["Total", "5.25"],
        ],
        size=10.5,
        face="Serif",
        head_face="Serif-Bold",
        align=["left", "right"],
    )
    s.para(
        60,
        y + 26,
        475,
        "P.A.C.E.® Program Number 602-118-25. The Collaborative (P.A.C.E. provider "
        "602) awards 1 contact hour per 50 minutes of instruction.",
        "Serif",
        9.5,
    )
    s.signature(60, y + 110, 160, ("Seminar Coordinator",))
    return (
        "specialty_breakdown",
        s.pdf(),
        {
            "participant_name": "Henrik Østergaard-Mbeki",
            "title": "Laboratory Medicine Update 2025",
            "provider": "Cascadia Laboratory Education Collaborative",
            "completed_on": "2025-10-17",
            "hours": "5.25",
            "accreditation": "pace",
            "course_number": "602-118-25",
            "provider_number": "602",
        },
    )


def modules_minutes_total() -> Page:
    s = Sheet(seed=313)
    s.text(50, 50, "QuillMed Learning", "Narrow-Bold", 18)
    s.text(50, 66, "Certificate of Completion", "Narrow", 12)
    s.text(562, 50, "No. QML-7730-2291", "Narrow", 9, align="right")
    s.para(
        50,
        110,
        510,
        "Awarded to Giovanni Lo Presti for completing the online series "
        "\u201cPhlebotomy Patient Safety: Identification, Order of Draw and Specimen Rejection\u201d "
        "on 6/30/2025.",
        "Narrow",
        12,
        17,
    )
    y = s.table(
        50,
        170,
        [330, 182],
        [
            ["Lesson", "Minutes"],
            ["Two identifiers, every time", "25"],
            ["Order of draw and additive carry-over", "35"],
            ["Hemolysis and rejection criteria", "30"],
            ["Case reviews", "30"],
            ["Total minutes of instruction", "120"],
        ],
        size=10.5,
        face="Narrow",
        head_face="Narrow-Bold",
        align=["left", "right"],
    )
    s.para(
        50,
        y + 24,
        510,
        "Credit is stated in minutes of instruction; convert according to your "
        "certifying agency's rules. Self-paced (on demand).",
        "Narrow",
        10,
    )
    return (
        "modules_minutes_total",
        s.pdf(),
        {
            "participant_name": "Giovanni Lo Presti",
            "title": "Phlebotomy Patient Safety: Identification, Order of Draw and Specimen Rejection",
            "provider": "QuillMed Learning",
            "completed_on": "2025-06-30",
            "minutes": 120,
            "course_number": "QML-7730-2291",
            "delivery": "self-study",
        },
    )


def minutes_instruction() -> Page:
    s = Sheet(seed=321)
    s.text(306, 60, "PRAIRIE HEALTH LABORATORY SERVICES", "Times-Bold", 15, align="center")
    s.text(306, 76, "Laboratory Education — Wichita, Kansas", "Times-Roman", 10, align="center")
    s.rule(60, 88, 552, 0.8)
    s.centre(135, "Record of Continuing Education", "Times-Bold", 18)
    s.para(
        80,
        175,
        450,
        "Awarded to Thandiwe Mokoena-Price for participation in the live "
        "lecture and bench demonstration",
        "Times-Roman",
        12,
        align="center",
    )
    s.centre(235, "Crystals, Casts and Cells:", "Times-Bold", 14)
    s.centre(253, "Urinalysis Microscopy for the Night Shift", "Times-Bold", 14)
    s.centre(290, "150 minutes of instruction", "Times-Bold", 13)
    s.centre(310, "January 22, 2026 — 6:30 p.m. to 9:15 p.m. (15-minute break)", "Times-Roman", 11)
    s.centre(350, "Instructor: Roland F. Achebe, MLS(ASCP)", "Times-Italic", 11)
    s.signature(200, 440, 200, ("Laboratory Education Coordinator",))
    return (
        "minutes_instruction",
        s.pdf(),
        {
            "participant_name": "Thandiwe Mokoena-Price",
            "title": "Crystals, Casts and Cells: Urinalysis Microscopy for the Night Shift",
            "provider": "Prairie Health Laboratory Services",
            "completed_on": "2026-01-22",
            "minutes": 150,
            "delivery": "live",
        },
    )


def minutes_duration_and_credit() -> Page:
    s = Sheet(A4, seed=322)
    s.text(40, 50, "Riverside Biomedical Training", "Sans-Bold", 13)
    s.text(40, 64, "an education service of Riverside Biomedical, Inc.", "Sans", 8.5)
    s.centre(125, "CERTIFICATE", "Sans-Bold", 22)
    s.centre(150, "of continuing education", "Sans", 11)
    s.centre(190, "Fenna Boersma", "Sans-Bold", 18)
    s.centre(220, "Blood Gas Analysis: Pre-analytical Pitfalls", "Sans", 13)
    s.para(
        70,
        255,
        455,
        "The live virtual session on 2 December 2025 lasted 60 minutes, including "
        "a 10-minute question period. Credit awarded: one (1.0) P.A.C.E.® contact hour.",
        "Sans",
        11,
        align="center",
    )
    s.text(70, 330, "Program #889-210-25   Provider #889   Meeting ID 913 557 0042", "Sans", 9.5)
    s.signature(70, 410, 150, ("Education Manager",))
    return (
        "minutes_duration_and_credit",
        s.pdf(),
        {
            "participant_name": "Fenna Boersma",
            "title": "Blood Gas Analysis: Pre-analytical Pitfalls",
            "provider": "Riverside Biomedical Training",
            "completed_on": "2025-12-02",
            "hours": "1",
            "accreditation": "pace",
            "course_number": "889-210-25",
            "provider_number": "889",
            "delivery": "live",
        },
    )


def seminar_ticked() -> Page:
    s = Sheet(seed=331)
    s.text(50, 50, "Coastal Carolina Laboratory Seminar Day", "Helvetica-Bold", 15)
    s.text(
        50, 66, "Low Country Society of Medical Technologists · Charleston, SC", "Helvetica", 9.5
    )
    s.text(50, 100, "Saturday, November 1, 2025", "Helvetica-Bold", 11)
    s.text(50, 125, "Participant name:", "Helvetica", 10.5)
    s.text(150, 125, "Priyanka Raghunathan-Ellis", "Helvetica-Bold", 11)
    s.rule(150, 129, 400, 0.4)
    s.text(
        50,
        160,
        "Tick the sessions you attended. Each session is 1.0 P.A.C.E.® contact hour.",
        "Helvetica",
        9.5,
    )
    sessions = [
        ("8:00", "Sickle cell screening in newborns", True),
        ("9:10", "Anaerobe identification on a budget", True),
        ("10:20", "Lean staffing models for small labs", False),
        ("11:30", "Therapeutic drug monitoring update", True),
        ("1:30", "Platelet function testing", False),
        ("2:40", "Ethics of incidental findings", True),
    ]
    y = 185
    for time, title, ticked in sessions:
        s.text(50, y, time, "Helvetica", 10)
        s.checkbox(95, y, title, ticked, 10)
        y += 20
    s.text(50, y + 14, "Up to 6.0 contact hours available for the full day.", "Helvetica", 9.5)
    s.text(50, y + 38, "Total contact hours claimed:", "Helvetica-Bold", 11)
    s.text(220, y + 38, "4.0", "Helvetica-Bold", 11)
    s.text(
        50,
        y + 62,
        "Level: Intermediate        P.A.C.E.® Program #: 330-061-25   Provider #: 330",
        "Helvetica",
        9.5,
    )
    s.signature(50, y + 130, 150, ("Seminar Chair",))
    return (
        "seminar_ticked",
        s.pdf(),
        {
            "participant_name": "Priyanka Raghunathan-Ellis",
            "title": "Coastal Carolina Laboratory Seminar Day",
            "provider": "Low Country Society of Medical Technologists",
            "completed_on": "2025-11-01",
            "hours": "4",
            "accreditation": "pace",
            "course_number": "330-061-25",
            "provider_number": "330",
            "level": "intermediate",
        },
    )


def seminar_ticked_no_total() -> Page:
    s = Sheet(A4, seed=332)
    s.text(40, 50, "MOUNTAIN STATES MICROBIOLOGY ROUNDTABLE", "Courier-Bold", 13)
    s.text(40, 66, "Boise, Idaho  --  Attendance Verification", "Courier", 10)
    s.text(40, 100, "ATTENDEE: Eamon Mac Giolla Phádraig", "Courier", 11)
    s.text(40, 118, "DATE:     Thu 12 June 2025", "Courier", 11)
    s.text(40, 150, "Sessions (credit per session in parentheses; X = attended)", "Courier", 9.5)
    y = s.table(
        40,
        160,
        [40, 380, 90],
        [
            ["", "Session", "Hours"],
            ["X", "Blood culture contamination benchmarks", "(1.0)"],
            ["X", "Rapid AST from positive bottles", "(1.5)"],
            ["", "MALDI-TOF database curation", "(1.0)"],
            ["X", "C. difficile testing algorithms", "(0.5)"],
        ],
        size=10,
        face="Courier",
        head_face="Courier-Bold",
        align=["center", "left", "right"],
    )
    s.text(40, y + 20, "Maximum credit for the day: 4.0 hours.", "Courier", 9.5)
    s.text(40, y + 50, "This roundtable is NOT approved for ASCP CMLE credit.", "Courier", 9.5)
    s.text(40, y + 66, "Approved by ASCLS P.A.C.E.(R), program no. 515-033-25.", "Courier", 9.5)
    s.signature(40, y + 120, 150, ("Roundtable moderator",))
    return (
        "seminar_ticked_no_total",
        s.pdf(),
        {
            "participant_name": "Eamon Mac Giolla Phádraig",
            "title": "Mountain States Microbiology Roundtable",
            "provider": "Mountain States Microbiology Roundtable",
            "completed_on": "2025-06-12",
            "hours": "3",
            "accreditation": "pace",
            "course_number": "515-033-25",
        },
    )


def seminar_two_days_ticked() -> Page:
    s = Sheet(LANDSCAPE_LETTER, seed=333)
    s.text(40, 50, "Heartland Blood Bank Symposium", "Serif-Bold", 16)
    s.text(40, 66, "Prairie Regional Blood Centers · Omaha, NE", "Serif", 10)
    s.text(752, 50, "CE CERTIFICATE", "Sans-Bold", 12, align="right")
    s.text(
        40,
        100,
        "This certifies that  Lorenzo Di Stefano-Okoro  attended the sessions ticked below.",
        "Serif",
        11.5,
    )
    s.text(40, 130, "Wednesday 19 March 2025", "Serif-Bold", 11)
    y = 150
    for title, hrs, ticked in [
        ("Antibody identification: panel strategies", "1.5", True),
        ("Massive transfusion protocols", "1.0", True),
        ("Cold agglutinins", "1.0", False),
    ]:
        s.checkbox(60, y, f"{title}  —  {hrs} h", ticked, 10.5)
        y += 20
    s.text(40, y + 10, "Thursday 20 March 2025", "Serif-Bold", 11)
    y += 30
    for title, hrs, ticked in [
        ("Patient blood management audits", "1.0", True),
        ("Platelet refractoriness work-up", "1.5", False),
        ("Regulatory update (FDA/AABB)", "1.0", True),
    ]:
        s.checkbox(60, y, f"{title}  —  {hrs} h", ticked, 10.5)
        y += 20
    s.text(40, y + 20, "Hours earned: 4.5 of 7.0 offered", "Serif-Bold", 12)
    s.text(40, y + 42, "P.A.C.E.® program 264-090-25 (provider 264) · Level: Advanced", "Serif", 10)
    s.signature(500, y + 20, 180, ("Symposium Director",))
    return (
        "seminar_two_days_ticked",
        s.pdf(),
        {
            "participant_name": "Lorenzo Di Stefano-Okoro",
            "title": "Heartland Blood Bank Symposium",
            "provider": "Prairie Regional Blood Centers",
            "start": "2025-03-19",
            "end": "2025-03-20",
            "hours": "4.5",
            "accreditation": "pace",
            "course_number": "264-090-25",
            "provider_number": "264",
            "level": "advanced",
        },
    )


PAGES = [
    award_words_day,
    award_ordinal_words,
    award_recognition_four,
    modules_total_row,
    specialty_breakdown,
    modules_minutes_total,
    minutes_instruction,
    minutes_duration_and_credit,
    seminar_ticked,
    seminar_ticked_no_total,
    seminar_two_days_ticked,
]
