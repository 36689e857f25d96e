"""Harder variants: two units on one line, hours only in words, a pre-printed form filled in
by hand, check boxes as glyphs, a Florida self-study course, a lunch-and-learn with a weekday
header, a vendor's completion e-mail and minutes totalled under a table."""

from __future__ import annotations

from .online import PACE_STATEMENT, Built, webinar_email
from .page import A4_PAGE, LETTER, LETTER_WIDE, Page, rgb


def dual_units() -> Built:
    p = Page(LETTER_WIDE, seed=1001)
    slate = rgb("#37474f")
    p.box(0, 0, 200, p.height, stroke=None, fill=slate)
    p.logo("bars", 60, 480, 60, rgb("#cfd8dc"))
    p.text(40, 440, "QUARRY HILL", "LibSans-Bold", 18, colour=rgb("#ffffff"))
    p.text(40, 422, "Laboratory Institute", "LibSans", 12, colour=rgb("#ffffff"))
    p.text(40, 60, "quarryhill.example", "LibSans", 9, colour=rgb("#cfd8dc"))
    p.text(240, 520, "Certificate of Completion", "LibSerif-Bold", 30)
    p.text(240, 470, "Presented to", "LibSans", 11, colour=slate)
    p.text(240, 445, "Anh-Thu Delacroix-Pham", "LibSerif-Bold", 24)
    p.text(240, 405, "Course", "LibSans", 11, colour=slate)
    p.text(240, 384, "Laboratory Information Systems: Middleware Rules", "LibSans-Bold", 15)
    p.text(240, 366, "that Prevent Reporting Errors", "LibSans-Bold", 15)
    p.text(240, 326, "Credit: 1.5 contact hours (0.15 CEU)", "LibSans", 12)
    p.text(240, 306, "Completed: Nov. 3rd, 2025", "LibSans", 12)
    p.text(240, 286, "Format: Recorded webinar (self-study)", "LibSans", 12)
    p.para(240, 240, 500, PACE_STATEMENT.format(who="Quarry Hill Laboratory Institute")
           + " Provider 2261 · Program 2261-LIS-0925.", "LibSans", 9)  # fmt: skip
    p.sign_block(240, 120, "Teodora Vasilescu", "Director, Quarry Hill Laboratory Institute",
                 "LibSans", 9)  # fmt: skip
    truth = {
        "participant_name": "Anh-Thu Delacroix-Pham",
        "title": "Laboratory Information Systems: Middleware Rules that Prevent Reporting Errors",
        "provider": "Quarry Hill Laboratory Institute",
        "completed_on": "2025-11-03",
        "hours": "1.5",
        "accreditation": "pace",
        "course_number": "2261-LIS-0925",
        "provider_number": "2261",
        "delivery": "self-study",
    }
    return "lms_quarryhill_dual_units", p.finish(), truth


def words_only() -> Built:
    p = Page(LETTER, seed=1002)
    ink = rgb("#004d40")
    p.border(30, ink, lw=1.5)
    p.logo("cross", p.width / 2 - 18, 680, 36, ink)
    p.centre(655, "Saint Ansgar Lutheran Hospital", "DejaVuSerif-Bold", 17, colour=ink)
    p.centre(638, "Laboratory Services · Moorhead, Minnesota", "DejaVuSerif", 9.5)
    p.centre(570, "Certificate of In-Service Education", "DejaVuSerif-Italic", 22)
    p.para(90, 520, 432,
           "This certifies that Kristofer Haugland-Baptiste attended the laboratory in-service "
           "entitled Blood Bank Emergency Release and Massive Transfusion Protocol, presented "
           "on the evening of Wednesday, the twelfth of February, 2025, and has earned two "
           "contact hours of continuing education.", "DejaVuSerif", 12.5, 19, "center")  # fmt: skip
    p.centre(380, "Presented by the Transfusion Service staff.", "DejaVuSerif-Italic", 10)
    p.sign_block(90, 200, "Signe Nordvik, MT(ASCP)SBB", "Transfusion Service Supervisor",
                 "DejaVuSerif", 9)  # fmt: skip
    p.sign_block(340, 200, "Paul Lindahl, MD", "Laboratory Medical Director", "DejaVuSerif", 9)
    truth = {
        "participant_name": "Kristofer Haugland-Baptiste",
        "title": "Blood Bank Emergency Release and Massive Transfusion Protocol",
        "provider": "Saint Ansgar Lutheran Hospital",
        "completed_on": "2025-02-12",
        "hours": "2",
        "delivery": "live",
    }
    return "inservice_stansgar_words_only", p.finish(), truth


def filled_form() -> Built:
    """A pre-printed form whose blanks were filled in by hand (italic, blue ink)."""
    p = Page(LETTER, seed=1003)
    blue = rgb("#1a3d8f")
    p.text(306, 740, "RED RIVER VALLEY MEDICAL CENTER", "Helvetica-Bold", 14, "center")
    p.text(306, 724, "Tulsa, Oklahoma  ·  Laboratory Education", "Helvetica", 9, "center")
    p.text(306, 680, "IN-SERVICE ATTENDANCE CERTIFICATE", "Helvetica-Bold", 16, "center")
    blanks = [
        ("Employee name", "Jolene Redcloud-Marsh"),
        ("Department", "Microbiology"),
        ("In-service topic", "Gram Stain Interpretation of Positive Blood Cultures"),
        ("Date", "11 / 04 / 25"),
        ("Time", "1:30 – 3:00 pm"),
        ("Contact hours", "1.5"),
        ("Instructor", "R. Abernathy, M(ASCP)"),
    ]
    y = 620
    for label, value in blanks:
        p.text(60, y, label + ":", "Helvetica", 11)
        p.line(190, y - 3, 552, y - 3, 0.5)
        p.text(194 + p.random.uniform(0, 8), y + 1, value, "DejaVuSerif-Italic", 12, colour=blue)
        y -= 34
    p.text(60, y - 4, "Check one:", "Helvetica", 11)
    p.checkbox(150, y - 4, True, "Live", "Helvetica", 11)
    p.checkbox(230, y - 4, False, "Self-study / packet", "Helvetica", 11)
    p.para(60, y - 50, 492, "Not approved for P.A.C.E.® credit. Retain for ASCP CMP and state "
           "licence audit. Form LAB-ED-07 (rev. 2019)", "Helvetica", 9)  # fmt: skip
    p.sign_block(60, 150, "Education Coordinator", "Red River Valley Medical Center")
    truth = {
        "participant_name": "Jolene Redcloud-Marsh",
        "title": "Gram Stain Interpretation of Positive Blood Cultures",
        "provider": "RED RIVER VALLEY MEDICAL CENTER",
        "completed_on": "2025-11-04",
        "hours": "1.5",
        "delivery": "live",
    }
    return "inservice_redriver_filled_form", p.finish(), truth


def glyph_boxes() -> Built:
    """Level and format as ☐ / ☒ characters in the text, not drawn boxes."""
    p = Page(A4_PAGE, seed=1004)
    p.text(50, 780, "Ironwood Laboratory Continuing Education", "DejaVu-Bold", 15)
    p.text(50, 764, "P.A.C.E.® Provider No. 1876", "DejaVu", 10)
    p.line(50, 754, p.width - 50, 754, 1)
    p.text(50, 715, "Certificate of Completion (Self-Study)", "DejaVu-Bold", 18)
    lines = [
        "Participant ........ Ngozi-Chiamaka Obi-Lindqvist",
        "Program ............ Anti-Xa Assays for Heparin Monitoring: Calibrators, Curves",
        "                     and Clinical Decisions",
        "Program number ..... 1876-SS-25-31",
        "Completion date .... 2025-12-19",
        "Contact hours ...... 2.0",
        "Level .............. ☐ Basic   ☐ Intermediate   ☒ Advanced",
        "Format ............. ☐ Live    ☒ Self-study",
    ]
    y = 670
    for line in lines:
        p.text(50, y, line, "DejaVuMono", 10.5)
        y -= 20
    p.para(50, y - 20, p.width - 100, PACE_STATEMENT.format(
        who="Ironwood Laboratory Continuing Education"), "DejaVu", 9)  # fmt: skip
    p.text(50, 60, "Issued electronically; valid without signature. Expires for claiming: "
           "2027-12-31.", "DejaVu", 8)  # fmt: skip
    truth = {
        "participant_name": "Ngozi-Chiamaka Obi-Lindqvist",
        "title": "Anti-Xa Assays for Heparin Monitoring: Calibrators, Curves and Clinical "
        "Decisions",
        "provider": "Ironwood Laboratory Continuing Education",
        "completed_on": "2025-12-19",
        "hours": "2",
        "accreditation": "pace",
        "course_number": "1876-SS-25-31",
        "provider_number": "1876",
        "level": "advanced",
        "delivery": "self-study",
    }
    return "pace_ironwood_glyph_boxes", p.finish(), truth


def florida_errors() -> Built:
    p = Page(LETTER, seed=1005)
    orange = rgb("#d35400")
    p.box(40, 690, 532, 70, stroke=orange, lw=2)
    p.text(56, 730, "MANGROVE CE", "Courier-Bold", 22, colour=orange)
    p.text(56, 710, "Online courses for Florida clinical laboratory personnel", "Courier", 9)
    p.text(56, 650, "CERTIFICATE OF COMPLETION", "Courier-Bold", 16)
    rows = [
        "Licensee:          Beatriz Helena Cavalcanti-Ross",
        "FL license:        SU 55102",
        "Course:            Prevention of Medical Errors in the Clinical",
        "                   Laboratory (Florida)",
        "CE Broker course:  20-1098844",
        "Provider #:        50-24190",
        "Completed:         Sunday, 01/11/2026",
        "Hours:             2.0 (Medical Errors: 2.0)",
        "Delivery:          Self-study, online",
    ]
    y = 610
    for row in rows:
        p.text(56, y, row, "Courier", 11)
        y -= 18
    p.para(56, y - 20, 500, "Mangrove CE reports completions to CE Broker within 5 business "
           "days. Approved by the Florida Board of Clinical Laboratory Personnel.", "Courier",
           9)  # fmt: skip
    p.text(56, 60, "Certificate #MCE-0111-88213 · Printed 01/12/2026", "Courier", 8)
    truth = {
        "participant_name": "Beatriz Helena Cavalcanti-Ross",
        "title": "Prevention of Medical Errors in the Clinical Laboratory (Florida)",
        "provider": "MANGROVE CE",
        "completed_on": "2026-01-11",
        "hours": "2",
        "accreditation": "state-board",
        "approval_number": "50-24190",
        "course_number": "20-1098844",
        "license_number": "SU 55102",
        "delivery": "self-study",
    }
    return "florida_mangrove_medical_errors", p.finish(), truth


def lunch_and_learn() -> Built:
    p = Page(LETTER_WIDE, seed=1006)
    teal = rgb("#00796b")
    p.box(0, p.height - 90, p.width, 90, stroke=None, fill=teal)
    white = rgb("#ffffff")
    p.text(40, p.height - 40, "TUESDAY", "DejaVu-Bold", 28, colour=white)
    p.text(40, p.height - 70, "Lab Week Lunch & Learn", "DejaVu", 16, colour=white)
    p.text(p.width - 40, p.height - 50, "Harbor Point Medical Center", "DejaVu-Bold", 14,
           "right", colour=white)  # fmt: skip
    p.text(p.width - 40, p.height - 68, "Clinical Laboratory · Lab Week 2025", "DejaVu", 10,
           "right", colour=white)  # fmt: skip
    p.centre(430, "Certificate of Attendance", "DejaVuSerif-Bold", 28)
    p.centre(390, "Rosalía Bermúdez-Achterberg", "DejaVuSerif-Bold", 24)
    p.centre(355, "attended the Lab Week session", "DejaVuSerif", 12)
    p.centre(325, "Urinalysis Automation: When to Reflex to Manual Microscopy", "DejaVu-Bold",
             15)  # fmt: skip
    p.centre(295, "held Apr. 22nd, 2025, 12:00–12:30 pm", "DejaVuSerif", 12)
    p.centre(265, "Continuing education: 0.5 contact hour", "DejaVuSerif", 12)
    p.centre(235, "Lunch sponsored by Quillon Bio, LLC (sponsor did not provide content).",
             "DejaVuSerif-Italic", 9)  # fmt: skip
    p.sign_block(90, 90, "Lab Week Committee", "Harbor Point Medical Center", "DejaVu", 9)
    truth = {
        "participant_name": "Rosalía Bermúdez-Achterberg",
        "title": "Urinalysis Automation: When to Reflex to Manual Microscopy",
        "provider": "Harbor Point Medical Center",
        "completed_on": "2025-04-22",
        "hours": "0.5",
        "delivery": "live",
    }
    return "inservice_harborpoint_lunch_learn", p.finish(), truth


def vendor_email() -> Built:
    return webinar_email(
        "email_corvane_virtual_training",
        "Corvane Customer Education",
        "training@corvane.example",
        "Hamid Rezaei-Gallagher",
        "Thursday, October 9, 2025 5:47 PM",
        "Course complete: HX-900 Virtual Operator Training (Oct 6 - Oct 8, 2025)",
        [
            "Dear Hamid,",
            "Congratulations! You have completed HX-900 Virtual Operator Training, held live "
            "online from Monday, October 6 through Wednesday, October 8, 2025 (four hours "
            "per day).",
            "Training hours recorded: 12. Your certificate is attached as a PDF; this e-mail "
            "may also be kept as proof of attendance.",
            "Course number CVN-VOT-900. Session ID 77-4419-2025 (technical support only).",
            "This training is approved for 12 P.A.C.E.® contact hours (provider no. 1299).",
            "Corvane Diagnostics, Inc. · 4100 Research Drive, Raleigh, NC",
        ],
        {
            "participant_name": "Hamid Rezaei-Gallagher",
            "title": "HX-900 Virtual Operator Training",
            "provider": "Corvane Diagnostics, Inc.",
            "start": "2025-10-06",
            "end": "2025-10-08",
            "hours": "12",
            "accreditation": "pace",
            "course_number": "CVN-VOT-900",
            "provider_number": "1299",
            "delivery": "live",
        },
    )


def minutes_table() -> Built:
    p = Page(LETTER, seed=1008)
    p.text(50, 740, "Northbrook University Hospital", "Times-Bold", 18)
    p.text(50, 724, "Department of Laboratory Medicine · Resident & Staff Lecture Series", "Times-Italic",
           10)  # fmt: skip
    p.line(50, 714, 562, 714, 0.8)
    p.text(50, 680, "Record of Attendance", "Times-Bold", 16)
    p.text(50, 655, "Staff member: Cornelius van den Heuvel", "Times-Roman", 12)
    p.text(50, 637, "Series: Winter Hematopathology Lecture Series", "Times-Roman", 12)
    rows = [
        ["Date", "Lecture", "Minutes"],
        ["Mon 01/05/2026", "Lymphoma classification update", "60"],
        ["Mon 01/12/2026", "Plasma cell neoplasms", "60"],
        ["Mon 01/19/2026", "No lecture (holiday)", "—"],
        ["Mon 01/26/2026", "MDS and clonal hematopoiesis", "55"],
        ["", "Total minutes of instruction", "175"],
    ]
    y = p.table(50, 615, [120, 300, 92], rows, "Times-Roman", 11, 20, "Times-Bold",
                bold_last=True, align_right={2})  # fmt: skip
    p.para(50, y - 24, 512, "Credit is recorded in minutes; the department does not convert "
           "to contact hours. Not approved for AMA PRA credit for laboratory staff.",
           "Times-Roman", 10)  # fmt: skip
    p.text(50, 60, "Generated 02/02/2026 by the Education Office", "Times-Roman", 8)
    truth = {
        "participant_name": "Cornelius van den Heuvel",
        "title": "Winter Hematopathology Lecture Series",
        "provider": "Northbrook University Hospital",
        "start": "2026-01-05",
        "end": "2026-01-26",
        "minutes": "175",
        "delivery": "live",
    }
    return "series_northbrook_minutes", p.finish(), truth


def all_more() -> list[Built]:
    return [dual_units(), words_only(), filled_form(), glyph_boxes(), florida_errors(),
            lunch_and_learn(), vendor_email(), minutes_table()]  # fmt: skip
