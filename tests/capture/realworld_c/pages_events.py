"""Conferences, seminars with ticked sessions, module tables, vendor trainings, webinars."""

from __future__ import annotations

from .draw import A4_L, A4_P, LETTER_L, LETTER_P, Cell, Page, Registry, rgb

pages = Registry()

GREY = rgb("#5a5a5a")


@pages("conference_per_day_total")
def conference_per_day_total() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.rect(0, 0, p.w, 96, 0, None, rgb("#ffb703"))
    p.text(54, 46, "SOUTHWEST LABORATORY SCIENCE CONFERENCE 2025", 16, "sans-b")
    p.text(54, 66, "Desert Springs Resort · October 14–16, 2025", 10, "sans")
    p.text(54, 82, "Hosted by the Southwest Society for Clinical Laboratory Science", 9, "sans-i")
    p.text(54, 140, "Certificate of Attendance", 20, "sans-b")
    p.text(54, 175, "Attendee", 9, "sans", GREY)
    p.text(54, 192, "Liam O'Sullivan-Baptiste", 15, "sans")
    p.text(330, 175, "Registration no.", 9, "sans", GREY)
    p.text(330, 192, "SW25-01877", 12, "sans")
    y = p.table(
        54,
        230,
        [170, 200, 120],
        [
            ["Day", "Date", "Contact hours"],
            ["Day 1 (workshops)", "Tuesday, October 14, 2025", "6.0"],
            ["Day 2 (scientific sessions)", "Wednesday, October 15, 2025", "6.5"],
            ["Day 3 (plenary)", "Thursday, October 16, 2025", "3.0"],
            [Cell("Total contact hours", "sans-b"), "", Cell("15.5", "sans-b")],
        ],
        10,
        "sans",
        "sans-b",
        20,
        "grid",
        rgb("#fff1c7"),
        ["left", "left", "right"],
    )
    p.wrap(
        54,
        y + 22,
        p.w - 108,
        "The Southwest Society for Clinical Laboratory Science is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program "
        "(provider 0129). Conference program number 0129-1014-25. Hours shown are those for which "
        "attendance was verified by badge scan.",
        9.5,
        "sans",
        13,
    )
    return p.finish(), {
        "title": "Southwest Laboratory Science Conference 2025",
        "participant_name": "Liam O'Sullivan-Baptiste",
        "provider": "Southwest Society for Clinical Laboratory Science",
        "start": "2025-10-14",
        "end": "2025-10-16",
        "hours": "15.5",
        "accreditation": "pace",
        "provider_number": "0129",
        "course_number": "0129-1014-25",
    }


@pages("symposium_two_days_day_first")
def symposium_two_days_day_first() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_L)
    p.border(22, 1, rgb("#4361ee"))
    p.text(50, 70, "Northern Lights Laboratory Medicine Symposium", 22, "serif-b", rgb("#4361ee"))
    p.text(
        50,
        92,
        "Tromsøy Conference Hall · organised by the Boreal Clinical Chemistry Group",
        10,
        "serif-i",
    )
    p.text(50, 140, "CERTIFICATE OF PARTICIPATION", 14, "sans-b")
    y = p.wrap(
        50,
        170,
        p.w - 100,
        "We confirm that Henrik Solberg-Adeyemi took part in the Northern Lights Laboratory Medicine "
        "Symposium on 12 and 13 June 2025.",
        13,
        "serif",
        18,
    )
    y = p.table(
        50,
        y + 16,
        [220, 165],
        [
            ["Day", "ACCENT® credit hours"],
            ["12/06/2025", "5.5"],
            ["13/06/2025", "5.5"],
            [Cell("Total", "sans-b"), Cell("11.0", "sans-b")],
        ],
        11,
        "sans",
        "sans-b",
        20,
        "lines",
        None,
        ["left", "right"],
    )
    p.wrap(
        50,
        y + 20,
        p.w - 100,
        "This symposium is approved by ADLM for a maximum of 12.5 ACCENT® credit hours; the total "
        "above is the credit earned by this participant. Dates are day/month/year.",
        10,
        "serif",
        14,
    )
    p.text(p.w - 60, p.h - 50, "Boreal Clinical Chemistry Group", 10, "serif-b", align="right")
    return p.finish(), {
        "title": "Northern Lights Laboratory Medicine Symposium",
        "participant_name": "Henrik Solberg-Adeyemi",
        "provider": "Boreal Clinical Chemistry Group",
        "start": "2025-06-12",
        "end": "2025-06-13",
        "hours": "11",
        "accreditation": "accent",
    }


@pages("conference_one_day_attended")
def conference_one_day_attended() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 60, "Gulf States Histotechnology Meeting", 17, "lib-b")
    p.text(54, 78, "Annual Meeting · New Bayou City · April 10–12, 2025", 10, "lib", GREY)
    p.text(54, 130, "Attendance verification", 15, "lib-b")
    p.text(54, 160, "Participant:", 11, "lib-b")
    p.text(140, 160, "Thandiwe Mokoena-Reyes, HT(ASCP)", 11, "lib")
    p.text(54, 185, "Days attended (mark each day attended):", 11, "lib")
    rows = [
        ("Thursday, April 10, 2025", False, "6.0"),
        ("Friday, April 11, 2025", True, "7.0"),
        ("Saturday, April 12, 2025", False, "4.0"),
    ]
    y = 205.0
    for label, on, hrs in rows:
        p.box(70, y - 9, on, 11)
        p.text(90, y, label, 11, "lib")
        p.text(320, y, f"{hrs} h available", 10, "lib", GREY)
        y += 22
    p.text(54, y + 12, "Contact hours earned:", 11, "lib-b")
    p.text(200, y + 12, "7.0", 11, "lib")
    p.wrap(
        54,
        y + 50,
        p.w - 108,
        "Gulf States Histotechnology Society is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        10,
        "lib",
        14,
    )
    p.text(54, p.h - 50, "Verified by registration desk, 04/12/2025", 8.5, "lib", GREY)
    return p.finish(), {
        "title": "Gulf States Histotechnology Meeting",
        "participant_name": "Thandiwe Mokoena-Reyes",
        "provider": "Gulf States Histotechnology Society",
        "completed_on": "2025-04-11",
        "hours": "7",
        "accreditation": "pace",
    }


@pages("seminar_ticked_sessions_total")
def seminar_ticked_sessions_total() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 56, "Blue Ridge Laboratory Education Day", 16, "times-b")
    p.text(54, 72, "Saturday, February 22, 2025 · Hillcrest Medical Campus Auditorium", 10, "times")
    p.text(54, 120, "P.A.C.E.® Credit Claim and Certificate", 14, "times-b")
    p.text(54, 146, "Name:  Óscar Villaseñor Pratt", 11, "times")
    p.text(54, 166, "Tick the sessions you attended:", 11, "times-i")
    rows = [
        ("[x]", "08:30  Sepsis Biomarkers: Lactate, Procalcitonin and Beyond", "1.0"),
        ("[ ]", "09:45  Hemoglobinopathy Screening in Newborns", "1.5"),
        ("[x]", "11:30  Parasitology Bench Review", "1.5"),
        ("[x]", "13:30  Compliance Corner: CLIA Proficiency Testing Rules", "1.0"),
        ("[ ]", "14:45  Blood Bank Antibody Panels Workshop", "2.0"),
    ]
    y = 190.0
    for mark, session, hrs in rows:
        p.text(60, y, mark, 11, "courier")
        p.text(90, y, session, 10.5, "times")
        p.text(p.w - 60, y, hrs, 10.5, "times", align="right")
        y += 19
    p.line(54, y, p.w - 54, y, 0.5)
    p.text(90, y + 18, "Total contact hours claimed", 11, "times-b")
    p.text(p.w - 60, y + 18, "3.5", 11, "times-b", align="right")
    p.text(90, y + 36, "(maximum available for the day: 7.0)", 9.5, "times-i")
    p.wrap(
        54,
        y + 70,
        p.w - 108,
        "Blue Ridge Laboratory Education Day is presented by the Piedmont Chapter of Laboratory "
        "Professionals, approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.® Program. Level: Intermediate.",
        10,
        "times",
        14,
    )
    return p.finish(), {
        "title": "Blue Ridge Laboratory Education Day",
        "participant_name": "Óscar Villaseñor Pratt",
        "provider": "Piedmont Chapter of Laboratory Professionals",
        "completed_on": "2025-02-22",
        "hours": "3.5",
        "accreditation": "pace",
        "level": "intermediate",
    }


@pages("seminar_ticked_sessions_no_total")
def seminar_ticked_sessions_no_total() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.rect(30, 30, p.w - 60, 50, 0, None, rgb("#d8f3dc"))
    p.text(45, 60, "Coastal Plains Microbiology Workshop — 18 September 2025", 13, "cond-b")
    p.text(45, 120, "Participant certificate", 16, "cond-b")
    p.text(45, 148, "This certificate belongs to", 10, "cond", GREY)
    p.text(45, 166, "Saoirse Ní Bhriain", 14, "cond-b")
    p.text(
        45, 200, "Sessions attended are ticked; contact hours are listed per session.", 10, "cond"
    )
    y = 222.0
    for on, session, hrs in [
        (True, "Anaerobe identification without tears", "1.0"),
        (False, "Mycobacteria: safety and smear reading", "1.5"),
        (True, "Stool multiplex panels: when to reflex", "1.5"),
        (True, "Reporting critical values in microbiology", "0.5"),
    ]:
        p.box(50, y - 9, on, 10)
        p.text(70, y, session, 10.5, "cond")
        p.text(420, y, f"{hrs} contact hour(s)", 10.5, "cond")
        y += 21
    p.wrap(
        45,
        y + 20,
        p.w - 90,
        "Provider: Coastal Plains Laboratory Training Cooperative. This workshop is approved for ASCLS "
        "P.A.C.E.® credit. Credit is granted only for the sessions ticked above.",
        10,
        "cond",
        14,
    )
    return p.finish(), {
        "title": "Coastal Plains Microbiology Workshop",
        "participant_name": "Saoirse Ní Bhriain",
        "provider": "Coastal Plains Laboratory Training Cooperative",
        "completed_on": "2025-09-18",
        "hours": "3",
        "accreditation": "pace",
    }


@pages("modules_table_total_hours")
def modules_table_total_hours() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 58, "CytoPath Academy", 18, "serif-b", rgb("#7b2cbf"))
    p.text(54, 74, "self-paced learning for cytotechnologists", 9, "serif-i", GREY)
    p.text(54, 120, "Certificate of Completion", 18, "serif")
    y = p.wrap(
        54,
        150,
        p.w - 108,
        "Awarded to Ines Vasconcelos-Hart on completing all modules of the curriculum "
        "Gynecologic Cytology Refresher 2025: Bethesda System Updates and HPV Co-Testing.",
        11.5,
        "serif",
        17,
    )
    y = p.table(
        54,
        y + 16,
        [40, 300, 90, 70],
        [
            ["#", "Module", "Completed", "Hours"],
            ["1", "Bethesda 2014 categories revisited", "03/02/2025", "1.0"],
            ["2", "ASC-US and ASC-H pitfalls", "03/05/2025", "1.5"],
            ["3", "Glandular lesions", "03/09/2025", "1.0"],
            ["4", "HPV co-testing algorithms", "03/11/2025", "0.5"],
            ["", Cell("Total", "serif-b"), "", Cell("4.0", "serif-b")],
        ],
        10,
        "serif",
        "serif-b",
        19,
        "lines",
        None,
        ["left", "left", "left", "right"],
    )
    p.text(54, y + 24, "Curriculum completed: March 11, 2025", 11, "serif-b")
    p.wrap(
        54,
        y + 50,
        p.w - 108,
        "CytoPath Academy is approved as a provider of continuing education programs in the clinical "
        "laboratory sciences by the ASCLS P.A.C.E.® Program. Self-study. Level: Advanced.",
        9.5,
        "serif",
        13,
    )
    return p.finish(), {
        "title": "Gynecologic Cytology Refresher 2025: Bethesda System Updates and HPV Co-Testing",
        "participant_name": "Ines Vasconcelos-Hart",
        "provider": "CytoPath Academy",
        "completed_on": "2025-03-11",
        "hours": "4",
        "accreditation": "pace",
        "level": "advanced",
        "delivery": "self-study",
    }


@pages("modules_minutes_total")
def modules_minutes_total() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.text(40, 56, "Riverbend Health Laboratory Academy", 14, "lib-b")
    p.text(40, 100, "Training completion — Phlebotomy Annual Update", 14, "lib")
    p.text(40, 124, "Employee: Bartholomew Achterberg", 11, "lib")
    p.text(40, 142, "Completed: 4 November 2025", 11, "lib")
    y = p.table(
        40,
        170,
        [320, 140],
        [
            ["Unit", "Instructional minutes"],
            ["Patient identification and labelling", "50"],
            ["Order of draw and additive carry-over", "60"],
            ["Needlestick prevention and exposure reporting", "40"],
            ["Difficult draws and paediatric patients", "60"],
            [Cell("Total instructional time", "lib-b"), Cell("210 minutes", "lib-b")],
        ],
        10.5,
        "lib",
        "lib-b",
        20,
        "grid",
        rgb("#eeeeee"),
        ["left", "right"],
    )
    p.wrap(
        40,
        y + 24,
        p.w - 80,
        "Riverbend records training time in instructional minutes. Contact hours are computed by each "
        "certifying body according to its own rules.",
        10,
        "lib",
        14,
    )
    return p.finish(), {
        "title": "Phlebotomy Annual Update",
        "participant_name": "Bartholomew Achterberg",
        "provider": "Riverbend Health Laboratory Academy",
        "completed_on": "2025-11-04",
        "minutes": "210",
    }


@pages("vendor_training_two_days_negated")
def vendor_training_two_days_negated() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_L)
    p.rect(0, p.h - 60, p.w, 60, 0, None, rgb("#023e8a"))
    p.text(50, 70, "HEMAVANCE", 24, "sans-b", rgb("#023e8a"))
    p.text(50, 88, "Hemavance Instruments Corporation · Customer Training Center", 9, "sans", GREY)
    p.text(50, 150, "Certificate of Training", 26, "serif-b")
    p.text(50, 190, "Rosalind Achebe-Moreau", 20, "serif")
    p.text(50, 220, "has completed the operator course", 11, "sans", GREY)
    p.text(50, 246, "Hemavance HX-5000 Hematology Analyzer: Key Operator Training", 15, "sans-b")
    p.text(
        50,
        280,
        "Course dates: 3–4 March 2025 · 14 hours of instruction · Course ref. HX5-KO-11",
        11,
        "sans",
    )
    p.wrap(
        50,
        320,
        p.w - 100,
        "This vendor training has not been submitted for ASCLS P.A.C.E.® or ASCP CMLE approval. "
        "Hours are provided for employer in-service records.",
        10,
        "sans",
        14,
    )
    p.text(50, p.h - 25, "Serial of trained instrument: HX5-220417", 8, "sans", rgb("#ffffff"))
    return p.finish(), {
        "title": "Hemavance HX-5000 Hematology Analyzer: Key Operator Training",
        "participant_name": "Rosalind Achebe-Moreau",
        "provider": "Hemavance Instruments Corporation",
        "start": "2025-03-03",
        "end": "2025-03-04",
        "hours": "14",
        "course_number": "HX5-KO-11",
    }


@pages("vendor_webinar_legal_name_footer")
def vendor_webinar_legal_name_footer() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.logo(80, 80, 30, rgb("#06d6a0"), "Q")
    p.text(120, 88, "quantilyte", 26, "sans-b", rgb("#06d6a0"))
    p.centre(190, "CERTIFICATE", 24, "sans-b")
    p.centre(215, "of webinar attendance", 12, "sans")
    p.centre(265, "Yusuf Demir-Castellano", 20, "serif")
    p.centre(300, "attended the live educational webinar", 11, "sans", colour=GREY)
    p.centre(330, "Preanalytical Errors in Blood Gas Analysis", 15, "sans-b")
    p.centre(360, "on 22 January 2026 · 60-minute webinar · 1.0 P.A.C.E.® contact hour", 11, "sans")
    p.centre(380, "Webinar ID 913-552-087", 10, "sans", colour=GREY)
    p.wrap(
        60,
        440,
        p.w - 120,
        "Quantilyte Diagnostics GmbH is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Level: Basic.",
        9.5,
        "sans",
        13,
        align="center",
    )
    p.centre(
        p.h - 40,
        "© 2026 Quantilyte Diagnostics GmbH · Registered office: Bergstraße 17, 80999 München",
        7.5,
        "sans",
        colour=GREY,
    )
    return p.finish(), {
        "title": "Preanalytical Errors in Blood Gas Analysis",
        "participant_name": "Yusuf Demir-Castellano",
        "provider": "Quantilyte Diagnostics GmbH",
        "completed_on": "2026-01-22",
        "hours": "1",
        "accreditation": "pace",
        "level": "basic",
        "delivery": "live",
    }


@pages("webinar_printed_page_duration")
def webinar_printed_page_duration() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(36, 24, "ClinLab Webinars | My Transcript", 8, "sans", GREY)
    p.text(p.w - 36, 24, "12/08/2025", 8, "sans", GREY, "right")
    p.text(54, 80, "ClinLab Webinars", 18, "sans-b", rgb("#d62828"))
    p.text(54, 96, "a service of Tidewater Laboratory Education Partners", 9, "sans", GREY)
    p.text(54, 140, "Webinar completion details", 14, "sans-b")
    y = p.table(
        54,
        160,
        [160, 340],
        [
            ["Learner", "Amara Okafor-Lindgren"],
            ["Webinar", "Hemostasis Testing on DOACs: What the"],
            ["", "Coagulation Lab Can and Cannot Tell You"],
            ["Webinar ID", "CLW-2025-1104"],
            ["Broadcast date", "Tuesday, November 4th, 2025"],
            ["Duration", "90 minutes (incl. 15-minute Q&A)"],
            ["CE credit", "1.5 contact hours, ASCLS P.A.C.E.®"],
            ["Status", "Completed – evaluation submitted"],
        ],
        10.5,
        "sans",
        "sans-b",
        19,
        "lines",
    )
    p.wrap(
        54,
        y + 20,
        p.w - 108,
        "Tidewater Laboratory Education Partners is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. "
        "Provider no. 0590.",
        9.5,
        "sans",
        13,
    )
    p.text(36, p.h - 24, "https://clinlab-webinars.example/transcript/8812", 8, "sans", GREY)
    return p.finish(), {
        "title": "Hemostasis Testing on DOACs: What the Coagulation Lab Can and Cannot Tell You",
        "participant_name": "Amara Okafor-Lindgren",
        "provider": "Tidewater Laboratory Education Partners",
        "completed_on": "2025-11-04",
        "hours": "1.5",
        "accreditation": "pace",
        "provider_number": "0590",
    }


@pages("journal_self_study_test")
def journal_self_study_test() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 60, "Laboratory Practice Quarterly", 18, "times-bi")
    p.text(
        54,
        78,
        "Continuing Education Program · published by Meridian Scientific Press",
        9.5,
        "times",
    )
    p.text(54, 130, "CE Test Results and Certificate", 15, "times-b")
    y = 160.0
    for label, value in [
        ("Reader", "Giovanni Esposito-Ward"),
        ("Article", "Cold Agglutinins and Spurious Red Cell Indices"),
        ("Issue", "Vol. 12, No. 3 (Summer 2025)"),
        ("Test submitted", "August 30, 2025"),
        ("Score", "9 of 10 correct (90%) — passed"),
        ("Credit", "1.0 contact hour, self-study"),
        ("Level", "Intermediate"),
    ]:
        p.text(54, y, label + ":", 11, "times-b")
        p.text(170, y, value, 11, "times")
        y += 19
    p.wrap(
        54,
        y + 20,
        p.w - 108,
        "This self-study program is approved for 1.0 ASCLS P.A.C.E.® contact hour. Meridian Scientific "
        "Press is an approved P.A.C.E.® provider (#0871). Test closes December 31, 2026.",
        10,
        "times",
        14,
    )
    return p.finish(), {
        "title": "Cold Agglutinins and Spurious Red Cell Indices",
        "participant_name": "Giovanni Esposito-Ward",
        "provider": "Meridian Scientific Press",
        "completed_on": "2025-08-30",
        "hours": "1",
        "accreditation": "pace",
        "provider_number": "0871",
        "level": "intermediate",
        "delivery": "self-study",
    }


@pages("day_first_dotted_vendor")
def day_first_dotted_vendor() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.text(40, 60, "Lindqvist & Roos Diagnostics AB", 15, "lib-b")
    p.text(40, 76, "Application Training Services", 9.5, "lib", GREY)
    p.text(p.w - 40, 60, "Göteborg, 09.10.2025", 9.5, "lib", align="right")
    p.centre(150, "Training Certificate", 22, "lib-b")
    p.centre(190, "Participant", 9, "lib", colour=GREY)
    p.centre(210, "Émilie Larouche-Sandström", 16, "lib")
    y = p.table(
        90,
        250,
        [170, p.w - 350],
        [
            ["Training", "Automated Urine Particle Analysis"],
            ["", "with Flow Imaging"],
            ["Date", "07.10.2025"],
            ["Duration", "3.5 hours"],
            ["Certificate no.", "LRD-AT-25-0612"],
        ],
        11,
        "lib",
        "lib-b",
        21,
        "none",
    )
    p.wrap(
        60,
        y + 30,
        p.w - 120,
        "Dates are written DD.MM.YYYY. This application training is not an accredited continuing "
        "education activity.",
        9.5,
        "lib",
        13,
        align="center",
    )
    return p.finish(), {
        "title": "Automated Urine Particle Analysis with Flow Imaging",
        "participant_name": "Émilie Larouche-Sandström",
        "provider": "Lindqvist & Roos Diagnostics AB",
        "completed_on": "2025-10-07",
        "hours": "3.5",
    }


@pages("negation_cmle_yes_pace")
def negation_cmle_yes_pace() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.border(36, 0.6)
    p.text(60, 90, "Keystone Clinical Laboratory Collaborative", 14, "serif-b")
    p.text(60, 140, "Certificate of Continuing Education", 18, "serif")
    y = p.wrap(
        60,
        180,
        p.w - 120,
        "Presented to Lorenzo Battaglia-Nwosu for attending Interpreting Serum Protein "
        "Electrophoresis and Immunofixation, a live lecture held on the 5th of March, 2025.",
        12,
        "serif",
        17,
    )
    y = p.wrap(
        60,
        y + 14,
        p.w - 120,
        "Credit: 1.0 contact hour (P.A.C.E.®). This program has not been approved for ASCP CMLE "
        "credit. Keystone Clinical Laboratory Collaborative is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program, "
        "provider #0402.",
        11,
        "serif",
        16,
    )
    p.text(60, y + 30, "Program no. 0402-0305-25     Level: Advanced", 11, "serif")
    return p.finish(), {
        "title": "Interpreting Serum Protein Electrophoresis and Immunofixation",
        "participant_name": "Lorenzo Battaglia-Nwosu",
        "provider": "Keystone Clinical Laboratory Collaborative",
        "completed_on": "2025-03-05",
        "hours": "1",
        "accreditation": "pace",
        "provider_number": "0402",
        "course_number": "0402-0305-25",
        "level": "advanced",
        "delivery": "live",
    }


@pages("negation_no_credit_offered")
def negation_no_credit_offered() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 62, "Oakmere Children's Hospital — Laboratory Grand Rounds", 13, "sans-b")
    p.text(54, 120, "Attendance certificate", 16, "sans")
    y = p.wrap(
        54,
        150,
        p.w - 108,
        "This is to confirm that Precious Mahlangu-O'Neil attended Laboratory Grand Rounds: "
        "Neonatal Bilirubin Measurement and Transcutaneous Screening on January 9, 2026. The "
        "presentation lasted one hour.",
        11.5,
        "sans",
        17,
    )
    y = p.wrap(
        54,
        y + 10,
        p.w - 108,
        "No P.A.C.E.® or CMLE credit is offered for grand rounds. Staff may record 1.0 hour of "
        "attendance in their personal education log.",
        11.5,
        "sans",
        17,
    )
    p.text(
        54,
        y + 40,
        "Oakmere Children's Hospital, Department of Laboratory Medicine",
        9.5,
        "sans",
        GREY,
    )
    return p.finish(), {
        "title": "Laboratory Grand Rounds: Neonatal Bilirubin Measurement and Transcutaneous Screening",
        "participant_name": "Precious Mahlangu-O'Neil",
        "provider": "Oakmere Children's Hospital",
        "completed_on": "2026-01-09",
        "hours": "1",
    }


@pages("credit_claim_record")
def credit_claim_record() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.rect(0, 0, p.w, 40, 0, None, rgb("#333333"))
    p.text(
        30,
        26,
        "CE Claim Centre · Lowland Association of Laboratory Scientists",
        11,
        "sans-b",
        rgb("#ffffff"),
    )
    p.text(40, 90, "Credit claim receipt", 16, "sans-b")
    y = p.table(
        40,
        110,
        [180, p.w - 260],
        [
            ["Claimed by", "Anjali Deshpande-Morgan"],
            ["Claim date", "02 December 2025"],
            ["Event", "Autumn Evening Lecture: Kidney Function"],
            ["", "Estimation Without Race Coefficients"],
            ["Event date", "18 November 2025"],
            ["Session code used", "LALS-AEL-7731"],
            ["Credit claimed", "1.0 P.A.C.E.® contact hour"],
            ["Level / format", "Basic / live in person"],
        ],
        10.5,
        "sans",
        "sans-b",
        20,
        "grid",
    )
    p.wrap(
        40,
        y + 20,
        p.w - 80,
        "Session codes are valid for one year after the live event. The Lowland Association of "
        "Laboratory Scientists is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        10,
        "sans",
        14,
    )
    return p.finish(), {
        "title": "Autumn Evening Lecture: Kidney Function Estimation Without Race Coefficients",
        "participant_name": "Anjali Deshpande-Morgan",
        "provider": "Lowland Association of Laboratory Scientists",
        "completed_on": "2025-11-18",
        "hours": "1",
        "accreditation": "pace",
        "level": "basic",
        "delivery": "live",
    }
