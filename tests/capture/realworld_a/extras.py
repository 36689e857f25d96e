"""More styles: a module transcript with a total row, a university CEU certificate, a journal
self-study test, a credit-claiming system record, a two-day webinar series e-mail and an
award-style certificate with the date in words."""

from __future__ import annotations

from .online import PACE_STATEMENT, Built, webinar_email
from .page import A4_PAGE, LETTER, LETTER_WIDE, Page, rgb


def hemahub_modules() -> Built:
    """Per-module table with a total; the course code sits in parentheses after the title."""
    p = Page(LETTER, seed=901)
    red = rgb("#a01d26")
    p.logo("drop", 50, 712, 30, red)
    p.text(88, 724, "HemaHub", "DejaVu-Bold", 20, colour=red)
    p.text(88, 711, "The haematology learning library", "DejaVu", 8.5)
    p.text(562, 724, "Learner transcript excerpt", "DejaVu", 9, "right")
    p.text(50, 660, "Certificate of Completion", "DejaVuSerif-Bold", 22)
    p.text(50, 630, "Awarded to Saoirse Adeyemi-Kowalczyk for completing the course", "DejaVu", 11)
    p.text(50, 606, "Bone Marrow Aspirate Review for the Bench Technologist (CE-2231)",
           "DejaVu-Bold", 12.5)  # fmt: skip
    rows = [
        ["Module", "Completed", "Hours"],
        ["1  Specimen adequacy and stains", "01/12/2026", "0.75"],
        ["2  Myeloid maturation", "01/14/2026", "1.00"],
        ["3  Erythroid and megakaryocytic lines", "01/20/2026", "0.75"],
        ["4  Case review and post-test", "01/26/2026", "0.75"],
        ["Total contact hours", "", "3.25"],
    ]
    y = p.table(50, 580, [300, 110, 102], rows, "DejaVu", 10, 20, "DejaVu-Bold", bold_last=True,
                align_right={2})  # fmt: skip
    p.para(50, y - 24, 512, "Course completed on January 26, 2026. Self-study (online). "
           + PACE_STATEMENT.format(who="HemaHub") + " Provider 1964.", "DejaVu", 9)  # fmt: skip
    p.text(50, 60, "hemahub.example · transcript generated 2026-02-02 08:15 · Page 1",
           "DejaVu", 7.5)  # fmt: skip
    truth = {
        "participant_name": "Saoirse Adeyemi-Kowalczyk",
        "title": "Bone Marrow Aspirate Review for the Bench Technologist",
        "provider": "HemaHub",
        "completed_on": "2026-01-26",
        "hours": "3.25",
        "accreditation": "pace",
        "course_number": "CE-2231",
        "provider_number": "1964",
        "delivery": "self-study",
    }
    return "lms_hemahub_modules_total", p.finish(), truth


def university_ceu() -> Built:
    """University continuing-studies certificate in CEUs with a registrar's seal."""
    p = Page(LETTER_WIDE, seed=902)
    gold = rgb("#8c6d1f")
    p.border(24, gold)
    p.centre(520, "WESTBROOK STATE UNIVERSITY", "LibSerif-Bold", 24, colour=gold)
    p.centre(498, "College of Health Sciences · Office of Continuing Studies", "LibSerif-Italic",
             12)  # fmt: skip
    p.centre(440, "Be it known that", "LibSerif-Italic", 13)
    p.centre(405, "Mary Grace Villanueva-O'Connell", "LibSerif-Bold", 26)
    p.centre(372, "has satisfactorily completed the continuing education program", "LibSerif", 13)
    p.centre(342, "Clinical Laboratory Management Essentials", "LibSerif-Bold", 17)
    p.centre(322, "offered June 2 – June 6, 2025, and is hereby awarded", "LibSerif", 13)
    p.centre(292, "3.2 Continuing Education Units", "LibSerif-Bold", 16)
    p.centre(268, "(one CEU equals ten contact hours of participation)", "LibSerif-Italic", 10)
    p.seal(p.width / 2, 150, 48, gold, "WSU 1911")
    p.sign_block(80, 90, "Dr. Corinne Abernethy", "Dean, College of Health Sciences",
                 "LibSerif", 9)  # fmt: skip
    p.sign_block(p.width - 250, 90, "Samuel Oduya", "University Registrar", "LibSerif", 9)
    p.text(
        p.width - 40, 40, "Program code CS-CLM-0625 · Issued July 1, 2025", "LibSans", 7.5, "right"
    )
    truth = {
        "participant_name": "Mary Grace Villanueva-O'Connell",
        "title": "Clinical Laboratory Management Essentials",
        "provider": "WESTBROOK STATE UNIVERSITY",
        "start": "2025-06-02",
        "end": "2025-06-06",
        "ceu": "3.2",
        "course_number": "CS-CLM-0625",
    }
    return "university_westbrook_ceu", p.finish(), truth


def journal_test() -> Built:
    """Journal CE test: submission date differs from the processing date."""
    p = Page(LETTER, seed=903)
    p.text(50, 740, "Laboratory Practice Quarterly", "Times-BoldItalic", 22)
    p.text(50, 724, "Continuing Education Program · Vol. 41, No. 3", "Times-Roman", 10)
    p.line(50, 715, 562, 715, 0.8)
    p.text(50, 680, "CE Test Results", "Times-Bold", 16)
    rows = [
        ["Name", "Rosa-Linda Echeverría Paz"],
        ["Article / test", "Flow Cytometric Crossmatching: Principles and Pitfalls"],
        ["Test number", "LPQ-4103"],
        ["Date submitted", "October 2, 2025"],
        ["Score", "9 of 10 (passed)"],
        ["Credit", "1.0 P.A.C.E.® contact hour (self-study, intermediate)"],
        ["Processed", "October 15, 2025"],
    ]
    y = p.table(50, 660, [130, 382], rows, "Times-Roman", 11, 21, bold=None, grid=False)
    p.para(50, y - 24, 512, PACE_STATEMENT.format(who="Laboratory Practice Quarterly")
           + " Provider number 0833.", "Times-Roman", 9.5)  # fmt: skip
    p.text(50, 60, "Tests may be submitted until 09/30/2027. Keep this record for audit.",
           "Times-Italic", 9)  # fmt: skip
    truth = {
        "participant_name": "Rosa-Linda Echeverría Paz",
        "title": "Flow Cytometric Crossmatching: Principles and Pitfalls",
        "provider": "Laboratory Practice Quarterly",
        "completed_on": "2025-10-02",
        "hours": "1",
        "accreditation": "pace",
        "course_number": "LPQ-4103",
        "provider_number": "0833",
        "level": "intermediate",
        "delivery": "self-study",
    }
    return "journal_lpq_test", p.finish(), truth


def claim_record() -> Built:
    """A credit-claiming system's record: session code, claimed below available."""
    p = Page(A4_PAGE, seed=904)
    p.box(0, p.height - 60, p.width, 60, stroke=None, fill=rgb("#33475b"))
    p.text(40, p.height - 38, "CE Claim Center", "LibSans-Bold", 18, colour=rgb("#ffffff"))
    p.text(p.width - 40, p.height - 38, "Signed in: D. Ferreira-Quispe", "LibSans", 9, "right",
           colour=rgb("#ffffff"))  # fmt: skip
    p.text(40, p.height - 110, "Credit record", "LibSans-Bold", 16)
    rows = [
        ["Field", "Value"],
        ["Participant", "Diego Ferreira-Quispe"],
        ["Session", "Preanalytical Variables in Coagulation Testing"],
        ["Offered by", "Heartwood Laboratory Education Network"],
        ["Session date", "Wed, Dec 10, 2025"],
        ["Session code entered", "HW-7Q2M"],
        ["Hours available", "1.5"],
        ["Hours claimed", "1.25 (left 15 min early)"],
        ["Program #", "2117-25-140 (P.A.C.E.®)"],
        ["Claimed on", "12/12/2025 21:40"],
    ]
    y = p.table(40, p.height - 130, [170, p.width - 250], rows, "LibSans", 10, 20, "LibSans-Bold")
    p.para(40, y - 20, p.width - 80, "Heartwood Laboratory Education Network is approved as a "
           "provider of continuing education programs in the clinical laboratory sciences by the "
           "ASCLS P.A.C.E.® Program (provider 2117). Live session.", "LibSans", 9)  # fmt: skip
    truth = {
        "participant_name": "Diego Ferreira-Quispe",
        "title": "Preanalytical Variables in Coagulation Testing",
        "provider": "Heartwood Laboratory Education Network",
        "completed_on": "2025-12-10",
        "hours": "1.25",
        "accreditation": "pace",
        "course_number": "2117-25-140",
        "provider_number": "2117",
        "delivery": "live",
    }
    return "claim_heartwood_record", p.finish(), truth


def series_email() -> Built:
    """Two listed days in an e-mail; the provider only in the From: line."""
    return webinar_email(
        "email_tristate_two_sessions",
        "Tri-State Microbiology Roundtable",
        "roundtable@tristatemicro.example",
        "Émile Fournier-Abara",
        "Thu, 13 Nov 2025 18:03",
        "Attendance verified: Antimicrobial Stewardship Series (Part 1 & Part 2)",
        [
            "Émile Fournier-Abara —",
            "You attended both live parts of the Antimicrobial Stewardship Series, on "
            "Monday, November 3 and Wednesday, November 5, 2025. Credit for the series: "
            "two (2) contact hours, basic level.",
            "Webinar IDs 612 448 0091 and 612 448 0107 (for recordings only).",
            "Not approved for ACCENT® credit. Approved for P.A.C.E.® credit, program "
            "3055-ASS-25, provider 3055.",
            "— Sent from the roundtable's mailing list. Unsubscribe: tristatemicro.example/u",
        ],
        {
            "participant_name": "Émile Fournier-Abara",
            "title": "Antimicrobial Stewardship Series (Part 1 & Part 2)",
            "provider": "Tri-State Microbiology Roundtable",
            "start": "2025-11-03",
            "end": "2025-11-05",
            "hours": "2",
            "accreditation": "pace",
            "course_number": "3055-ASS-25",
            "provider_number": "3055",
            "level": "basic",
            "delivery": "live",
        },
        font="DejaVu",
    )


def award_words() -> Built:
    """Award style: date in words, hours in words, a 'lasted N minutes' duration beside it."""
    p = Page(LETTER_WIDE, seed=905)
    ink = rgb("#3b2f63")
    p.border(20, ink)
    p.logo("hex", p.width / 2 - 20, 500, 40, ink)
    p.centre(484, "KINGSPORT AREA LABORATORY GUILD", "DejaVuSerif-Bold", 11, colour=ink)
    p.centre(430, "In Recognition of Continuing Education", "DejaVuSerif-Italic", 24)
    p.centre(385, "Ezekiel Thornbury-Watanabe, Sr.", "DejaVuSerif-Bold", 26)
    p.centre(350, "attended the evening lecture", "DejaVuSerif", 12)
    p.centre(322, "Iron Studies, Ferritin and the Anaemia of Inflammation", "DejaVuSerif-Bold",
             16)  # fmt: skip
    p.centre(290, "which lasted 50 minutes, and is credited with one (1.0) contact hour,",
             "DejaVuSerif", 12)  # fmt: skip
    p.centre(272, "this 3rd day of June, 2025, at Kingsport, Tennessee.", "DejaVuSerif", 12)
    p.centre(230, "The Guild is not an approved P.A.C.E.® provider.", "DejaVuSerif-Italic", 9)
    p.sign_block(90, 100, "Ada Pennington", "Guild President", "DejaVuSerif", 9)
    p.sign_block(p.width - 270, 100, "Joaquín Herrera", "Program Chair", "DejaVuSerif", 9)
    truth = {
        "participant_name": "Ezekiel Thornbury-Watanabe, Sr.",
        "title": "Iron Studies, Ferritin and the Anaemia of Inflammation",
        "provider": "KINGSPORT AREA LABORATORY GUILD",
        "completed_on": "2025-06-03",
        "hours": "1",
        "delivery": "live",
    }
    return "award_kingsport_words", p.finish(), truth


def all_extras() -> list[Built]:
    return [hemahub_modules(), university_ceu(), journal_test(), claim_record(), series_email(),
            award_words()]  # fmt: skip
