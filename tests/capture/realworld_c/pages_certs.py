"""Certificates proper: online platforms, P.A.C.E. forms, Florida, California, CME, awards."""

from __future__ import annotations

from .draw import A4_L, A4_P, LETTER_L, LETTER_P, Cell, Page, Registry, rgb

pages = Registry()

GREY = rgb("#5c5c5c")
GOLD = rgb("#b08d57")


@pages("online_brand_header")
def online_brand_header() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_L)
    p.rect(0, 0, p.w, 80, 0, None, rgb("#3a0ca3"))
    p.text(50, 52, "MICROSCOPIA", 28, "sans-b", rgb("#ffffff"))
    p.text(p.w - 50, 52, "learn · practise · certify", 11, "sans-i", rgb("#ffffff"), "right")
    p.text(50, 130, "Certificate of Completion", 24, "sans")
    p.text(50, 165, "Awarded to", 10, "sans", GREY)
    p.text(50, 190, "Ana Lucía Beltrán-Figueroa", 22, "sans-b")
    p.text(50, 225, "for completing the online course", 10, "sans", GREY)
    p.text(50, 250, "Peripheral Blood Smear Review: Red Cell Inclusions", 16, "sans-b")
    p.text(50, 270, "and Parasites You Should Not Miss", 16, "sans-b")
    p.table(
        50,
        300,
        [150, 150, 150, 180],
        [
            ["Completed", "P.A.C.E.® hours", "Level", "Certificate no."],
            ["the 2nd of September, 2025", "1.5", "Intermediate", "MSC-2025-0913377"],
        ],
        10,
        "sans",
        "sans-b",
        20,
        "none",
    )
    p.wrap(
        50,
        380,
        p.w - 100,
        "Microscopia Learning, Inc. is approved as a provider of continuing education programs in "
        "the clinical laboratory sciences by the ASCLS P.A.C.E.® Program, provider number 1021. "
        "Format: self-study (online, on demand). Course expires 2027-06-30.",
        9.5,
        "sans",
        14,
        GREY,
    )
    p.text(50, p.h - 40, "Verify at microscopia.example/verify · Order 77120-B", 8, "sans", GREY)
    return p.finish(), {
        "title": "Peripheral Blood Smear Review: Red Cell Inclusions and Parasites You Should Not Miss",
        "participant_name": "Ana Lucía Beltrán-Figueroa",
        "provider": "Microscopia Learning, Inc.",
        "completed_on": "2025-09-02",
        "hours": "1.5",
        "accreditation": "pace",
        "provider_number": "1021",
        "level": "intermediate",
        "delivery": "self-study",
    }


@pages("online_table_labels")
def online_table_labels() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.text(40, 60, "Bench2Brain", 22, "lib-b", rgb("#e76f51"))
    p.text(40, 76, "online continuing education for laboratory professionals", 9, "lib-i", GREY)
    p.centre(150, "STATEMENT OF CREDIT", 18, "lib-b")
    p.table(
        60,
        190,
        [150, p.w - 270],
        [
            ["Participant", "Hiroshi Tanabe-Lindqvist"],
            ["Course", "Quality Control Rules Beyond Westgard:"],
            ["", "Sigma Metrics for the Busy Chemistry Bench"],
            ["Course code", "B2B-QC-0419"],
            ["Date completed", "14/03/2025 (DD/MM/YYYY)"],
            ["Credits", "2.0 contact hours"],
            ["Accreditation", "ASCLS P.A.C.E.® — provider 1187, level: Advanced"],
            ["Delivery", "Self-study"],
            ["Member ID", "500-2231-8"],
        ],
        11,
        "lib",
        "lib-b",
        24,
        "grid",
        None,
    )
    p.wrap(
        60,
        440,
        p.w - 120,
        "Bench2Brain Education Ltd. is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        9.5,
        "lib",
        13,
    )
    p.text(40, p.h - 40, "Statement generated 16/03/2025", 8, "lib", GREY)
    return p.finish(), {
        "title": "Quality Control Rules Beyond Westgard: Sigma Metrics for the Busy Chemistry Bench",
        "participant_name": "Hiroshi Tanabe-Lindqvist",
        "provider": "Bench2Brain Education Ltd.",
        "completed_on": "2025-03-14",
        "hours": "2",
        "accreditation": "pace",
        "provider_number": "1187",
        "course_number": "B2B-QC-0419",
        "level": "advanced",
        "delivery": "self-study",
    }


def _pace_boxes_typed(p: Page, y: float, label: str, options: list[str], chosen: str) -> None:
    p.text(60, y, label, 10.5, "times-b")
    x = 170.0
    for opt in options:
        mark = "[x]" if opt == chosen else "[ ]"
        p.text(x, y, f"{mark} {opt}", 10.5, "courier")
        x += 120


@pages("pace_form_typed_boxes")
def pace_form_typed_boxes() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.border(24, 1)
    p.centre(64, "CERTIFICATE OF ATTENDANCE", 16, "times-b")
    p.centre(82, "ASCLS P.A.C.E.® Approved Continuing Education", 10, "times-i")
    y = 120
    for label, value in [
        ("Participant name:", "Gwendolyn Oyelaran"),
        ("Program title:", "Antifungal Susceptibility Testing for the Clinical Microbiology Lab"),
        ("Program date:", "06/12/2025"),
        ("Provider:", "Tri-County Laboratory Educators' Consortium"),
        ("P.A.C.E.® provider no.:", "519"),
        ("P.A.C.E.® program no.:", "519-204-25"),
        ("Contact hours:", "2.0"),
    ]:
        p.text(60, y, label, 10.5, "times-b")
        p.text(200, y, value, 10.5, "times")
        y += 20
    _pace_boxes_typed(p, y + 10, "Level:", ["Basic", "Intermediate", "Advanced"], "Basic")
    _pace_boxes_typed(p, y + 32, "Format:", ["Live", "Self-study", "Live webinar"], "Self-study")
    p.wrap(
        60,
        y + 70,
        p.w - 120,
        "Tri-County Laboratory Educators' Consortium is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. "
        "The participant must retain this certificate for a minimum of four years. "
        "Date format on this form: MM/DD/YYYY.",
        9.5,
        "times",
        13,
    )
    p.line(60, 650, 260, 650, 0.5)
    p.text(60, 663, "Program coordinator", 9, "times-i")
    return p.finish(), {
        "title": "Antifungal Susceptibility Testing for the Clinical Microbiology Lab",
        "participant_name": "Gwendolyn Oyelaran",
        "provider": "Tri-County Laboratory Educators' Consortium",
        "completed_on": "2025-06-12",
        "hours": "2",
        "accreditation": "pace",
        "provider_number": "519",
        "course_number": "519-204-25",
        "level": "basic",
        "delivery": "self-study",
    }


@pages("pace_form_drawn_boxes")
def pace_form_drawn_boxes() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.rect(30, 30, p.w - 60, 60, 0, None, rgb("#dde5b6"))
    p.text(45, 58, "Great Lakes Society for Clinical Laboratory Science", 14, "sans-b")
    p.text(45, 76, "Spring Seminar Series · P.A.C.E.® Certificate", 10, "sans")
    y = 130
    for label, value in [
        ("Name of participant", "Bogdan Kowalczyk-Reyes"),
        ("Title of program", "Immunohematology Case Studies: Warm Autoantibodies"),
        ("", "and Drug-Induced Hemolysis"),
        ("Date", "April 26, 2025"),
        ("Provider / Program #", "0244  /  0244-0311-25"),
        ("P.A.C.E.® contact hours", "3.0"),
    ]:
        p.text(45, y, label, 10, "sans-b")
        p.text(200, y, value, 10.5, "sans")
        y += 21
    p.text(45, y + 16, "Level of instruction", 10, "sans-b")
    x = 200.0
    for opt, on in [("Basic", False), ("Intermediate", False), ("Advanced", True)]:
        p.box(x, y + 7, on, 10)
        p.text(x + 15, y + 16, opt, 10, "sans")
        x += 100
    p.text(45, y + 40, "Format", 10, "sans-b")
    x = 200.0
    for opt, on in [("Live", True), ("Self-study", False), ("Distance live", False)]:
        p.box(x, y + 31, on, 10)
        p.text(x + 15, y + 40, opt, 10, "sans")
        x += 100
    p.wrap(
        45,
        y + 80,
        p.w - 90,
        "The Great Lakes Society for Clinical Laboratory Science is approved as a provider of "
        "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® "
        "Program. Maximum contact hours available for the full seminar day: 6.0.",
        9.5,
        "sans",
        13,
    )
    p.text(45, p.h - 60, "Signature of program director: ____________________", 9.5, "sans")
    return p.finish(), {
        "title": "Immunohematology Case Studies: Warm Autoantibodies and Drug-Induced Hemolysis",
        "participant_name": "Bogdan Kowalczyk-Reyes",
        "provider": "Great Lakes Society for Clinical Laboratory Science",
        "completed_on": "2025-04-26",
        "hours": "3",
        "accreditation": "pace",
        "provider_number": "0244",
        "course_number": "0244-0311-25",
        "level": "advanced",
        "delivery": "live",
    }


@pages("pace_program_in_parentheses")
def pace_program_in_parentheses() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_L)
    p.border(20, 3, GOLD, True)
    p.centre(95, "Certificate of Continuing Education", 26, "times-bi", GOLD)
    p.centre(140, "This certifies that", 12, "times-i")
    p.centre(175, "Fernando Ibáñez Salgado", 24, "times-b")
    p.centre(210, "has participated in", 12, "times-i")
    p.centre(
        240, "Cytokine Release and CAR-T Monitoring in the Laboratory (CE-2231)", 16, "times-b"
    )
    p.centre(275, "presented on October 2nd, 2025 and is awarded", 12, "times")
    p.centre(300, "1.0 P.A.C.E.® contact hour", 14, "times-b")
    p.wrap(
        110,
        350,
        p.w - 220,
        "Harborlight Cancer Institute, P.A.C.E.® provider #0967, is approved as a "
        "provider of continuing education programs in the clinical laboratory sciences by the "
        "ASCLS P.A.C.E.® Program. Program number CE-2231. Level: Intermediate.",
        10,
        "times",
        14,
        align="center",
    )
    p.text(110, p.h - 70, "Harborlight Cancer Institute", 10, "times-b")
    p.text(p.w - 110, p.h - 70, "Issued 10/09/2025", 10, "times", align="right")
    return p.finish(), {
        "title": "Cytokine Release and CAR-T Monitoring in the Laboratory",
        "participant_name": "Fernando Ibáñez Salgado",
        "provider": "Harborlight Cancer Institute",
        "completed_on": "2025-10-02",
        "hours": "1",
        "accreditation": "pace",
        "provider_number": "0967",
        "course_number": "CE-2231",
        "level": "intermediate",
    }


@pages("cebroker_course_numbers")
def cebroker_course_numbers() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 60, "SUNCOAST LAB CE", 20, "sans-b", rgb("#f77f00"))
    p.text(
        54,
        76,
        "Florida-approved continuing education for clinical laboratory personnel",
        9,
        "sans",
        GREY,
    )
    p.centre(130, "Certificate of Completion", 18, "serif-b")
    y = p.wrap(
        54,
        160,
        p.w - 108,
        "This is to certify that Tremaine Oduya-Bishop, Florida license number MT 51873, has "
        "completed the home-study course",
        11,
        "serif",
        16,
    )
    p.centre(y + 14, "Hemoglobin Variants and HbA1c Interference", 14, "serif-b")
    y = p.table(
        54,
        y + 40,
        [250, 100],
        [
            ["Florida specialty area", "Hours"],
            ["Hematology", "1.0"],
            ["Chemistry", "1.0"],
            [Cell("Total CE hours", "sans-b"), Cell("2.0", "sans-b")],
        ],
        10,
        "sans",
        "sans-b",
        18,
        "grid",
        rgb("#fde2c8"),
        ["left", "right"],
    )
    y = p.table(
        54,
        y + 20,
        [200, 250],
        [
            ["Completion date", "07/18/2025"],
            ["CE Broker course tracking #", "20-917344"],
            ["Provider tracking #", "50-13392"],
            ["Delivery", "Home study (self-paced)"],
        ],
        10,
        "sans",
        "sans",
        18,
        "none",
    )
    p.wrap(
        54,
        y + 16,
        p.w - 108,
        "Suncoast Lab CE, LLC is approved by the Florida Board of Clinical Laboratory Personnel, "
        "CE Broker provider #50-13392. Completion has been reported to CE Broker.",
        9.5,
        "serif",
        13,
    )
    return p.finish(), {
        "title": "Hemoglobin Variants and HbA1c Interference",
        "participant_name": "Tremaine Oduya-Bishop",
        "provider": "Suncoast Lab CE, LLC",
        "completed_on": "2025-07-18",
        "hours": "2",
        "accreditation": "state-board",
        "approval_number": "50-13392",
        "course_number": "20-917344",
        "license_number": "MT 51873",
        "delivery": "self-study",
    }


@pages("cebroker_hiv_licence_prose")
def cebroker_hiv_licence_prose() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.border(30, 0.8, rgb("#2b9348"))
    p.text(60, 80, "Everglade Laboratory Learning Center", 15, "lib-b", rgb("#2b9348"))
    p.text(
        60,
        96,
        "Provider approved by the Florida Board of Clinical Laboratory Personnel",
        9,
        "lib-i",
    )
    p.text(60, 140, "CERTIFICATE", 22, "lib-b")
    y = p.wrap(
        60,
        175,
        p.w - 120,
        "Licensee Yolanda Pierre-Louis (license number TS 0031876) completed HIV/AIDS Update for "
        "Florida Clinical Laboratory Personnel on the 28th of July 2025 and earned one (1) "
        "contact hour in the HIV/AIDS subject area.",
        12,
        "lib",
        18,
    )
    y = p.table(
        60,
        y + 20,
        [220, 200],
        [
            ["CE Broker provider number", "50-7719"],
            ["CE Broker course number", "20-660218"],
            ["Subject area", "HIV/AIDS"],
            ["Hours", "1.0"],
            ["Course type", "Anytime (online)"],
        ],
        10.5,
        "lib",
        "lib",
        19,
        "grid",
    )
    p.text(
        60,
        y + 40,
        "Reported to CE Broker 07/29/2025.  Keep this certificate for four years.",
        9,
        "lib",
        GREY,
    )
    return p.finish(), {
        "title": "HIV/AIDS Update for Florida Clinical Laboratory Personnel",
        "participant_name": "Yolanda Pierre-Louis",
        "provider": "Everglade Laboratory Learning Center",
        "completed_on": "2025-07-28",
        "hours": "1",
        "accreditation": "state-board",
        "approval_number": "50-7719",
        "course_number": "20-660218",
        "license_number": "TS 0031876",
    }


@pages("california_agency_number")
def california_agency_number() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 64, "Pacific Crest Clinical Laboratory Education", 16, "serif-b", rgb("#0077b6"))
    p.text(54, 80, "1400 Embarcadero Way, Suite 3 · Alameda Springs, CA 94999", 9, "serif", GREY)
    p.centre(140, "CONTINUING EDUCATION CERTIFICATE", 16, "serif-b")
    p.centre(158, "for California clinical laboratory personnel license renewal", 10, "serif-i")
    y = p.table(
        54,
        190,
        [190, 310],
        [
            ["Licensee's name", "Jasmine Nguyen-Halvorsen"],
            ["CA license no.", "CLS 00087412"],
            ["Course name", "Body Fluid Cell Counts and Morphology"],
            ["Course number", "PCCLE-BF-2025-06"],
            ["Date of completion", "June 21, 2025"],
            ["CE credits", "3.0 contact hours"],
            ["Accrediting agency", "ASCLS P.A.C.E.®"],
            ["Accrediting agency no.", "0831"],
            ["Provider", "Pacific Crest Clinical Laboratory Education"],
        ],
        10.5,
        "serif",
        "serif-b",
        21,
        "grid",
    )
    p.wrap(
        54,
        y + 20,
        p.w - 108,
        "Retain this certificate for at least four years. California does not accept provider "
        "transcripts in place of certificates.",
        9.5,
        "serif",
        13,
    )
    return p.finish(), {
        "title": "Body Fluid Cell Counts and Morphology",
        "participant_name": "Jasmine Nguyen-Halvorsen",
        "provider": "Pacific Crest Clinical Laboratory Education",
        "completed_on": "2025-06-21",
        "hours": "3",
        "accreditation": "pace",
        "course_number": "PCCLE-BF-2025-06",
        "accrediting_agency_number": "0831",
        "license_number": "CLS 00087412",
    }


@pages("california_numbers_in_prose")
def california_numbers_in_prose() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.logo(70, 70, 26, rgb("#8338ec"), "GV")
    p.text(105, 66, "Golden Valley Laboratory Institute", 15, "sans-b")
    p.text(105, 82, "CE for California CLS, MLT and phlebotomy licensees", 9, "sans", GREY)
    y = p.wrap(
        50,
        150,
        p.w - 100,
        "Golden Valley Laboratory Institute certifies that Esteban de la Cruz Marín completed course "
        "no. GVLI-0527, \u201cPhlebotomy Complications and Patient Identification Errors\u201d, "
        "on 27/05/2025 (day/month/year) and was awarded 1.5 contact hours. The course is accredited "
        "by ACCENT® (accrediting agency no. 2318-ADLM) and meets the requirements of the California "
        "Department of Public Health, Laboratory Field Services, for license renewal.",
        11.5,
        "sans",
        17,
    )
    p.text(50, y + 30, "License verified: CPT1 00112458", 10, "sans")
    p.text(50, y + 90, "R. Okonjo-Tate", 14, "serif-i")
    p.line(50, y + 95, 220, y + 95, 0.5)
    p.text(50, y + 108, "Education Director", 9, "sans")
    p.text(50, p.h - 40, "Certificate 5520193 · printed 2025-05-30", 8, "sans", GREY)
    return p.finish(), {
        "title": "Phlebotomy Complications and Patient Identification Errors",
        "participant_name": "Esteban de la Cruz Marín",
        "provider": "Golden Valley Laboratory Institute",
        "completed_on": "2025-05-27",
        "hours": "1.5",
        "accreditation": "accent",
        "course_number": "GVLI-0527",
        "accrediting_agency_number": "2318-ADLM",
        "license_number": "CPT1 00112458",
    }


@pages("cme_maximum_vs_claimed")
def cme_maximum_vs_claimed() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 60, "Westbrook School of Medicine", 16, "times-b")
    p.text(54, 76, "Office of Continuing Medical Education", 10, "times-i")
    p.centre(140, "Certificate of Participation", 20, "times-b")
    p.centre(175, "Eleanor Marsh-Kingsley", 18, "times")
    p.centre(200, "participated in the enduring material", 11, "times-i")
    p.centre(228, "Diagnostic Stewardship in Infectious Disease Testing", 14, "times-b")
    y = p.wrap(
        72,
        270,
        p.w - 144,
        "Westbrook School of Medicine is accredited by the Accreditation Council for Continuing "
        "Medical Education (ACCME) to provide continuing medical education for physicians. "
        "Westbrook School of Medicine designates this enduring material for a maximum of 3.0 AMA "
        "PRA Category 1 Credits™. Physicians should claim only the credit commensurate with the "
        "extent of their participation in the activity.",
        10.5,
        "times",
        15,
    )
    p.table(
        120,
        y + 20,
        [200, 170],
        [
            ["Date of completion", "January 30, 2026"],
            ["Credits claimed", "2.25"],
            ["Activity ID", "WSM-EM-25-0144"],
        ],
        11,
        "times",
        "times-b",
        20,
        "grid",
    )
    p.text(54, p.h - 50, "Released 09/01/2025 · Expires 08/31/2027", 8.5, "times", GREY)
    return p.finish(), {
        "title": "Diagnostic Stewardship in Infectious Disease Testing",
        "participant_name": "Eleanor Marsh-Kingsley",
        "provider": "Westbrook School of Medicine",
        "completed_on": "2026-01-30",
        "hours": "2.25",
        "accreditation": "accme",
        "course_number": "WSM-EM-25-0144",
    }


@pages("cme_live_two_days")
def cme_live_two_days() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_L)
    p.rect(0, 0, 16, p.h, 0, None, rgb("#9d0208"))
    p.text(50, 60, "Hartwell Pathology Society", 13, "sans-b", rgb("#9d0208"))
    p.text(50, 100, "CME Certificate", 26, "sans-b")
    p.text(50, 140, "Awarded to Kwame Asante-Boateng", 16, "sans")
    p.text(50, 175, "for attendance at the", 11, "sans", GREY)
    p.text(50, 200, "41st Annual Hartwell Pathology Symposium:", 16, "sans-b")
    p.text(50, 220, "Hematopathology in the Molecular Era", 16, "sans-b")
    p.text(50, 250, "Held March 6–7, 2026, Lakeview Convention Center", 11, "sans")
    p.wrap(
        50,
        285,
        p.w - 300,
        "The Hartwell Pathology Society is accredited by the ACCME to provide continuing medical "
        "education for physicians. The Society designates this live activity for a maximum of "
        "12.0 AMA PRA Category 1 Credits™.",
        10,
        "sans",
        14,
    )
    p.rect(p.w - 230, 280, 180, 90, 1, rgb("#9d0208"))
    p.text(p.w - 220, 302, "Credits claimed", 10, "sans-b")
    p.text(p.w - 220, 335, "10.5", 26, "sans-b", rgb("#9d0208"))
    p.text(p.w - 220, 358, "AMA PRA Category 1 Credits™", 8.5, "sans")
    p.text(50, p.h - 50, "Certificate generated 03/20/2026 from the CME tracker", 8, "sans", GREY)
    return p.finish(), {
        "title": "41st Annual Hartwell Pathology Symposium: Hematopathology in the Molecular Era",
        "participant_name": "Kwame Asante-Boateng",
        "provider": "Hartwell Pathology Society",
        "start": "2026-03-06",
        "end": "2026-03-07",
        "hours": "10.5",
        "accreditation": "accme",
        "delivery": "live",
    }


@pages("award_day_in_words")
def award_day_in_words() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_L)
    p.border(18, 4, rgb("#1b4332"), True)
    p.centre(100, "Award of Continuing Education", 28, "serif-b", rgb("#1b4332"))
    p.centre(140, "The Appalachian Association of Laboratory Professionals", 13, "serif-i")
    p.centre(165, "is pleased to recognise", 12, "serif")
    p.centre(205, "Marie-Claire Thibodeaux", 26, "times-bi")
    p.centre(240, "for completing four (4) contact hours of instruction in", 12, "serif")
    p.centre(
        268, "Laboratory Leadership Essentials: Scheduling, Staffing and Conflict", 15, "serif-b"
    )
    p.centre(305, "given this twenty-first day of May, two thousand twenty-five.", 12, "serif-i")
    p.centre(
        340,
        "ASCLS P.A.C.E.® approved · Provider 0455 · Program 0455-0521-25 · Basic level",
        10,
        "serif",
    )
    p.line(120, p.h - 90, 320, p.h - 90, 0.6)
    p.text(120, p.h - 76, "President", 9.5, "serif")
    p.line(p.w - 320, p.h - 90, p.w - 120, p.h - 90, 0.6)
    p.text(p.w - 320, p.h - 76, "Continuing Education Chair", 9.5, "serif")
    return p.finish(), {
        "title": "Laboratory Leadership Essentials: Scheduling, Staffing and Conflict",
        "participant_name": "Marie-Claire Thibodeaux",
        "provider": "The Appalachian Association of Laboratory Professionals",
        "completed_on": "2025-05-21",
        "hours": "4",
        "accreditation": "pace",
        "provider_number": "0455",
        "course_number": "0455-0521-25",
        "level": "basic",
    }


@pages("award_presented_to_landscape")
def award_presented_to_landscape() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_L)
    p.rect(0, 0, p.w, p.h, 0, None, rgb("#fbf8ef"))
    p.border(26, 1.5, GOLD)
    p.logo(p.w / 2, 76, 28, GOLD, "MLS")
    p.centre(118, "MORAVIAN LABORATORY SCIENCES ACADEMY", 8, "times-b", colour=GOLD)
    p.centre(150, "is hereby presented to", 12, "times-i")
    p.centre(185, "Abdirahman Yusuf Warsame", 26, "times-b")
    p.centre(220, "in recognition of successful completion of", 12, "times-i")
    p.centre(
        250, "Antimicrobial Resistance Mechanisms: ESBL, AmpC and Carbapenemases", 16, "times-b"
    )
    p.centre(285, "Completed on 11 February 2026  ·  Two (2.0) ASCP CMLE credits", 12, "times")
    p.centre(
        p.h - 60,
        "This activity is approved for ASCP CMLE credit. It is not P.A.C.E.® accredited.",
        9,
        "times",
    )
    return p.finish(), {
        "title": "Antimicrobial Resistance Mechanisms: ESBL, AmpC and Carbapenemases",
        "participant_name": "Abdirahman Yusuf Warsame",
        "provider": "Moravian Laboratory Sciences Academy",
        "completed_on": "2026-02-11",
        "hours": "2",
        "accreditation": "cmle",
    }


@pages("university_ceu")
def university_ceu() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.centre(70, "UNIVERSITY OF NORTH TAMARACK", 17, "times-b", rgb("#14213d"))
    p.centre(88, "College of Health Professions · Division of Continuing Studies", 10, "times-i")
    p.centre(150, "Continuing Education Unit Certificate", 20, "times")
    p.centre(190, "awarded to", 11, "times-i")
    p.centre(222, "Reginald P. Abernathy III", 22, "times-b")
    p.centre(255, "for successful completion of", 11, "times-i")
    p.centre(283, "Clinical Laboratory Management Certificate Program,", 14, "times-b")
    p.centre(302, "Module 3: Budgeting and Reimbursement", 14, "times-b")
    p.centre(340, "0.8 Continuing Education Units (CEUs)", 13, "times")
    p.centre(358, "(one CEU equals ten contact hours of participation)", 9.5, "times-i")
    p.centre(390, "Course dates: September 8 – October 27, 2025", 11, "times")
    p.centre(408, "Course no. CLMP-503", 11, "times")
    p.line(90, 640, 270, 640, 0.5)
    p.text(90, 654, "Dean, Continuing Studies", 9, "times")
    p.line(p.w - 270, 640, p.w - 90, 640, 0.5)
    p.text(p.w - 270, 654, "Registrar", 9, "times")
    return p.finish(), {
        "title": "Clinical Laboratory Management Certificate Program, Module 3: Budgeting and Reimbursement",
        "participant_name": "Reginald P. Abernathy III",
        "provider": "University of North Tamarack",
        "start": "2025-09-08",
        "end": "2025-10-27",
        "ceu": "0.8",
        "course_number": "CLMP-503",
    }


@pages("amt_ccp_points")
def amt_ccp_points() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 62, "Heartland Allied Health Review", 15, "narrow-b", rgb("#6a4c93"))
    p.text(54, 78, "Continuing education for AMT-certified professionals", 9, "narrow", GREY)
    p.text(54, 130, "Certificate of Completion", 20, "narrow-b")
    p.table(
        54,
        160,
        [170, 330],
        [
            ["Attendee", "Shawnice Delacroix-Bennett, MT(AMT)"],
            ["AMT member ID", "11-486230"],
            ["Activity", "Lipid Panels and Cardiovascular Risk Calculators"],
            ["Date", "August 9th, 2025"],
            ["CCP points", "1.5"],
            ["Category", "Professional education"],
        ],
        11,
        "narrow",
        "narrow-b",
        22,
        "lines",
    )
    p.wrap(
        54,
        320,
        p.w - 108,
        "This activity may be recorded in AMTrax for the AMT Certification Continuation Program. "
        "It is not approved for ASCLS P.A.C.E.® credit.",
        10,
        "narrow",
        14,
    )
    return p.finish(), {
        "title": "Lipid Panels and Cardiovascular Risk Calculators",
        "participant_name": "Shawnice Delacroix-Bennett",
        "provider": "Heartland Allied Health Review",
        "completed_on": "2025-08-09",
        "points": "1.5",
    }


@pages("ascp_cmp_points_transcript")
def ascp_cmp_points_transcript() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.text(40, 50, "LabLedger Online", 14, "mono-b")
    p.text(p.w - 40, 50, "Record printed 2026-01-04 09:12", 8, "mono", GREY, "right")
    p.text(40, 90, "ACTIVITY COMPLETION RECORD", 13, "mono-b")
    y = 120
    for label, value in [
        ("Learner ..........", "Cheng Wei-Ling Abercrombie"),
        ("Customer no. .....", "ASCP 04417820"),
        ("Activity .........", "Molecular Testing for Hereditary Thrombophilia"),
        ("Completed ........", "2025-12-28"),
        ("Earned ...........", "1.0 CMP point(s)"),
        ("Available ........", "up to 2.0 (with optional case set)"),
        ("Credit type ......", "ASCP CMLE"),
        ("Activity code ....", "LLO-MOL-1182"),
    ]:
        p.text(40, y, label, 10, "mono")
        p.text(200, y, value, 10, "mono")
        y += 17
    p.wrap(
        40,
        y + 20,
        p.w - 80,
        "LabLedger Online activities carry ASCP CMLE credit. Report points in your ASCP CMP "
        "dashboard; LabLedger does not submit them for you.",
        9.5,
        "mono",
        13,
    )
    return p.finish(), {
        "title": "Molecular Testing for Hereditary Thrombophilia",
        "participant_name": "Cheng Wei-Ling Abercrombie",
        "provider": "LabLedger Online",
        "completed_on": "2025-12-28",
        "points": "1",
        "accreditation": "cmle",
        "course_number": "LLO-MOL-1182",
    }


@pages("accent_session_certificate")
def accent_session_certificate() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.rect(0, 0, p.w, 110, 0, None, rgb("#003049"))
    p.text(54, 55, "Mid-Atlantic Clinical Chemistry Forum", 17, "lib-b", rgb("#ffffff"))
    p.text(54, 78, "Regional meeting · ADLM local section", 10, "lib", rgb("#ffffff"))
    p.text(54, 160, "ACCENT® Credit Certificate", 20, "lib-b")
    p.text(54, 200, "Name:", 11, "lib-b")
    p.text(140, 200, "Sophie-Anne Lemaire", 11, "lib")
    p.text(54, 222, "Session:", 11, "lib-b")
    p.text(140, 222, "Cardiac Troponin Assays: High-Sensitivity Cutoffs", 11, "lib")
    p.text(140, 238, "and Rapid Rule-Out Pathways", 11, "lib")
    p.text(54, 260, "Date:", 11, "lib-b")
    p.text(140, 260, "Sat, 15 Nov 2025", 11, "lib")
    p.text(54, 282, "Credit:", 11, "lib-b")
    p.text(140, 282, "2.0 ACCENT® credit hours", 11, "lib")
    p.wrap(
        54,
        320,
        p.w - 108,
        "This session is approved by ADLM (formerly AACC) for 2.0 ACCENT® continuing education credit "
        "hours. ACCENT® is a registered trademark of ADLM. Course code MACCF-25-07.",
        9.5,
        "lib",
        13,
    )
    return p.finish(), {
        "title": "Cardiac Troponin Assays: High-Sensitivity Cutoffs and Rapid Rule-Out Pathways",
        "participant_name": "Sophie-Anne Lemaire",
        "provider": "Mid-Atlantic Clinical Chemistry Forum",
        "completed_on": "2025-11-15",
        "hours": "2",
        "accreditation": "accent",
        "course_number": "MACCF-25-07",
    }


@pages("award_presented_by_chapter_to")
def award_presented_by_chapter_to() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_L)
    p.border(24, 2.5, rgb("#264653"), True)
    p.centre(96, "Certificate of Continuing Education", 26, "times-b", rgb("#264653"))
    p.wrap(
        90,
        150,
        p.w - 180,
        "Presented by the Lone Pine Chapter of Laboratory Professionals to Ms. Hana Kobayashi-Ferreira "
        "on the 3rd day of June, 2025, in recognition of her completion of",
        14,
        "times",
        20,
        align="center",
    )
    p.centre(232, "Body Fluid Analysis: Synovial, Pleural and Peritoneal", 17, "times-b")
    p.centre(256, "Fluids at the Bench", 17, "times-b")
    p.centre(296, "for three (3.0) contact hours of ASCLS P.A.C.E.® credit", 13, "times-i")
    p.centre(322, "Provider no. 0619 · Program no. 0619-0603-25 · Level: Basic", 11, "times")
    p.line(120, p.h - 86, 320, p.h - 86, 0.6)
    p.text(120, p.h - 72, "Chapter President", 9.5, "times")
    p.line(p.w - 320, p.h - 86, p.w - 120, p.h - 86, 0.6)
    p.text(p.w - 320, p.h - 72, "P.A.C.E.® Coordinator", 9.5, "times")
    return p.finish(), {
        "title": "Body Fluid Analysis: Synovial, Pleural and Peritoneal Fluids at the Bench",
        "participant_name": "Hana Kobayashi-Ferreira",
        "provider": "Lone Pine Chapter of Laboratory Professionals",
        "completed_on": "2025-06-03",
        "hours": "3",
        "accreditation": "pace",
        "provider_number": "0619",
        "course_number": "0619-0603-25",
        "level": "basic",
    }


@pages("lms_time_spent_vs_credit")
def lms_time_spent_vs_credit() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.rect(0, 0, 150, p.h, 0, None, rgb("#f4f1de"))
    p.text(20, 60, "Vantage", 18, "sans-b", rgb("#e07a5f"))
    p.text(20, 78, "Lab Learning", 12, "sans", rgb("#e07a5f"))
    p.text(20, p.h - 60, "Vantage Lab Learning LLC", 7.5, "sans", GREY)
    p.text(20, p.h - 50, "help@vantagelab.example", 7.5, "sans", GREY)
    p.text(175, 90, "COURSE COMPLETION", 20, "sans-b")
    y = 130.0
    for label, value in [
        ("Learner", "Nnamdi Okeke-Vasquez"),
        ("User ID", "vll-0048213"),
        ("Course", "Laboratory Information Systems: Interfaces,"),
        ("", "Autoverification and Downtime Procedures"),
        ("Completed", "2025-08-15 14:22"),
        ("Time spent", "1 h 47 min"),
        ("CE credit", "1.5 P.A.C.E.® contact hours"),
        ("Level", "Intermediate"),
    ]:
        p.text(175, y, label, 9, "sans", GREY)
        p.text(260, y, value, 11, "sans")
        y += 20
    p.wrap(
        175,
        y + 20,
        p.w - 215,
        "Credit is assigned by course design, not by time spent. Vantage Lab Learning LLC is approved "
        "as a provider of continuing education programs in the clinical laboratory sciences by the "
        "ASCLS P.A.C.E.® Program. Self-study.",
        9.5,
        "sans",
        13,
    )
    return p.finish(), {
        "title": "Laboratory Information Systems: Interfaces, Autoverification and Downtime Procedures",
        "participant_name": "Nnamdi Okeke-Vasquez",
        "provider": "Vantage Lab Learning LLC",
        "completed_on": "2025-08-15",
        "hours": "1.5",
        "accreditation": "pace",
        "level": "intermediate",
        "delivery": "self-study",
    }
