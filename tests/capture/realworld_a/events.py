"""Meetings and state-specific certificates: conference attendance with hours per day and a
total, state society meetings, day-first (international) certificates, Florida CE Broker and
California certificates."""

from __future__ import annotations

from .online import PACE_STATEMENT, Built
from .page import A4_PAGE, A4_WIDE, LETTER, LETTER_WIDE, Page, bold_of, rgb


def conference(
    key: str,
    society: str,
    event_lines: list[str],
    place: str,
    who_label: str,
    who: str,
    days: list[list[str]],
    total: str,
    notes: list[str],
    truth: dict[str, object],
    colour: str = "#20456b",
    font: str = "Helvetica",
) -> Built:
    """Attendance certificate: event banner, attendee, a ruled table of days, a total row."""
    p = Page(LETTER, seed=len(key) * 13)
    ink = rgb(colour)
    bold = bold_of(font)
    p.box(0, p.height - 150, p.width, 150, stroke=None, fill=ink)
    white = rgb("#ffffff")
    p.text(50, p.height - 45, society, bold, 12, colour=white)
    y = p.height - 80
    for line in event_lines:
        p.text(50, y, line, bold, 20, colour=white)
        y -= 24
    p.text(50, p.height - 138, place, font, 10, colour=white)
    p.text(50, 570, "CERTIFICATE OF ATTENDANCE", bold, 16)
    p.text(50, 535, who_label, font, 11)
    p.text(50 + p.width_of(who_label + " ", font, 11), 535, who, bold, 14)
    rows = [["Day", "Sessions attended", "Contact hours"], *days, ["", "Total", total]]
    y = p.table(50, 505, [170, 232, 110], rows, font, 10, 20, bold=bold, bold_last=True,
                align_right={2})  # fmt: skip
    y -= 26
    for note in notes:
        y = p.para(50, y, 512, note, font, 9) - 6
    p.sign_block(50, 90, "Chair, Continuing Education Committee", society, font, 9, 220)
    return key, p.finish(), truth


def conferences() -> list[Built]:
    return [
        conference("conf_glsls_annual", "Great Lakes Society for Laboratory Science",
                   ["2025 Annual Meeting & Exhibit:", "Bridging Bench and Bedside"],
                   "Grand Traverse Convention Center · Traverse City, MI · April 23–25, 2025",
                   "Attendee:", "Margarethe Oyelowo-Sandström",
                   [["Wednesday, April 23", "Workshop W2 (Flow basics)", "3.0"],
                    ["Thursday, April 24", "Plenary, S4, S7, S9", "5.5"],
                    ["Friday, April 25", "S12, closing session", "2.5"]], "11.0",
                   ["The meeting offered a maximum of 15.0 P.A.C.E.® contact hours; the hours "
                    "above are those the attendee claimed.",
                    PACE_STATEMENT.format(who="Great Lakes Society for Laboratory Science") +
                    " Provider #0205. Program #0205-AM25."],
                   {"participant_name": "Margarethe Oyelowo-Sandström",
                    "title": "2025 Annual Meeting & Exhibit: Bridging Bench and Bedside",
                    "provider": "Great Lakes Society for Laboratory Science",
                    "start": "2025-04-23", "end": "2025-04-25", "hours": "11",
                    "accreditation": "pace", "course_number": "0205-AM25",
                    "provider_number": "0205", "delivery": "live"}),
        conference("conf_southwest_micro_symposium", "Southwest Association for Clinical "
                   "Microbiology", ["Southwest Clinical Microbiology Symposium 2025"],
                   "Tucson, Arizona · 9–10 October 2025", "This certifies that",
                   "Rafael Antônio Guimarães Filho",
                   [["Thu 9 Oct 2025", "Antifungal susceptibility; MALDI-TOF", "6.0"],
                    ["Fri 10 Oct 2025", "Stewardship panel; case rounds", "4.5"]], "10.5",
                   ["Up to 13 contact hours were available at this symposium.",
                    "Approved for ASCLS P.A.C.E.® credit. Provider number 1710; program number "
                    "1710-SCMS-25."],
                   {"participant_name": "Rafael Antônio Guimarães Filho",
                    "title": "Southwest Clinical Microbiology Symposium 2025",
                    "provider": "Southwest Association for Clinical Microbiology",
                    "start": "2025-10-09", "end": "2025-10-10", "hours": "10.5",
                    "accreditation": "pace", "course_number": "1710-SCMS-25",
                    "provider_number": "1710", "delivery": "live"}, colour="#8a3b12"),
        conference("conf_ascls_virtual", "ASCLS Region IV", ["Virtual Fall Symposium"],
                   "Online · November 6–7, 2025 · Recordings available until Dec 31",
                   "Participant:", "Chidinma Eze-Lawrence, MLS(ASCP)",
                   [["Nov. 6", "Keynote, Blood Bank track", "3.5"],
                    ["Nov. 7", "Chemistry track, Ethics", "3.0"],
                    ["Recordings", "(viewed after the event, not credited here)", "0.0"]],
                   "6.5",
                   ["P.A.C.E.® program 0101-R4FS-25 · provider 0101. Live virtual attendance."],
                   {"participant_name": "Chidinma Eze-Lawrence",
                    "title": "Virtual Fall Symposium", "provider": "ASCLS Region IV",
                    "start": "2025-11-06", "end": "2025-11-07", "hours": "6.5",
                    "accreditation": "pace", "course_number": "0101-R4FS-25",
                    "provider_number": "0101", "delivery": "live"}, colour="#2e6b30",
                   font="Times-Roman"),
        conference("conf_adlm_style_meeting", "Pacific Northwest Section of Laboratory Medicine",
                   ["Clinical Chemistry Forum", "Seattle 2026"],
                   "Seattle, WA · January 29–30, 2026", "Name:", "Ōkubo Haruto",
                   [["1/29/2026", "Sessions 1–5", "5.75"],
                    ["1/30/2026", "Sessions 6–8", "3.25"]], "9.0",
                   ["ACCENT® credit: this forum is approved for up to 11.0 ACCENT® credit "
                    "hours by ADLM. Claimed: 9.0.",
                    "Not approved for P.A.C.E.® credit."],
                   {"participant_name": "Ōkubo Haruto", "title": "Clinical Chemistry Forum "
                    "Seattle 2026",
                    "provider": "Pacific Northwest Section of Laboratory Medicine",
                    "start": "2026-01-29", "end": "2026-01-30", "hours": "9",
                    "accreditation": "accent", "delivery": "live"}, font="DejaVu"),
        conference("conf_histo_society_minutes", "Heartland Histotechnology Society",
                   ["Spring Histology Symposium"], "Omaha, NE · May 16–17, 2025",
                   "Registrant:", "Bao-Chau Tran-Whitaker",
                   [["Friday 5/16", "Special stains wet workshop", "4.0"],
                    ["Saturday 5/17", "IHC validation; digital pathology", "6.0"]], "10.0",
                   ["Hours are 60-minute clock hours. Lunch and exhibit breaks are excluded."],
                   {"participant_name": "Bao-Chau Tran-Whitaker",
                    "title": "Spring Histology Symposium",
                    "provider": "Heartland Histotechnology Society", "start": "2025-05-16",
                    "end": "2025-05-17", "hours": "10", "delivery": "live"},
                   colour="#5e2a6e"),
    ]  # fmt: skip


def society_meeting(
    key: str,
    society: str,
    meeting: str,
    when: str,
    intro: str,
    who: str,
    sessions: list[tuple[bool, str, str]],
    tail: list[str],
    truth: dict[str, object],
) -> Built:
    """One-day state society meeting: sessions ticked by the attendee, hours claimed."""
    p = Page(LETTER_WIDE, seed=len(key) * 17)
    ink = rgb("#7b5b00")
    p.border(20, ink)
    p.seal(90, p.height - 90, 40, ink, society.split()[0].upper())
    p.text(150, p.height - 75, society, "LibSerif-Bold", 18)
    p.text(150, p.height - 95, meeting, "LibSerif-Italic", 14)
    p.text(150, p.height - 112, when, "LibSerif", 11)
    p.text(60, p.height - 170, intro, "LibSerif", 12)
    p.text(60, p.height - 200, who, "LibSerif-Bold", 22)
    y = p.height - 240
    p.text(60, y, "Sessions attended (tick each session you attended):", "LibSans-Bold", 10)
    y -= 20
    for ticked, session, hours in sessions:
        p.checkbox(70, y, ticked, session, "LibSans", 10)
        p.text(p.width - 120, y, hours, "LibSans", 10, "right")
        y -= 17
    y -= 8
    for line in tail:
        y = p.para(60, y, p.width - 120, line, "LibSans", 10) - 4
    p.sign_block(p.width - 290, 70, "Secretary-Treasurer", society, "LibSans", 8.5, 220)
    return key, p.finish(), truth


def society_meetings() -> list[Built]:
    return [
        society_meeting("society_buckeye_spring", "Buckeye State Society for Clinical "
                        "Laboratory Science", "Spring Educational Meeting",
                        "Saturday, March 29, 2025 · Columbus, Ohio", "This certifies that",
                        "Evangeline Bouchard-Nakamura",
                        [(True, "Sepsis panels and procalcitonin", "1.0 h"),
                         (True, "Lab leadership: staffing the night shift", "1.0 h"),
                         (False, "Student bowl (no credit)", "—"),
                         (True, "Blood bank case studies", "1.5 h")],
                        ["Contact hours claimed: 3.5 (maximum available 4.5).",
                         "P.A.C.E.® provider 0340 · program number 0340-SPR25-01 · basic level"],
                        {"participant_name": "Evangeline Bouchard-Nakamura",
                         "title": "Spring Educational Meeting",
                         "provider": "Buckeye State Society for Clinical Laboratory Science",
                         "completed_on": "2025-03-29", "hours": "3.5", "accreditation": "pace",
                         "course_number": "0340-SPR25-01", "provider_number": "0340",
                         "level": "basic", "delivery": "live"}),
        society_meeting("society_bluegrass_fall", "Bluegrass Society of Laboratory "
                        "Professionals", "Fall Seminar: Hemostasis Across the Lifespan",
                        "October 18th, 2025 — Lexington, KY", "Attendee", "Obadiah Strickland IV",
                        [(True, "Neonatal reference intervals", "50 min"),
                         (True, "DOACs and the lab", "50 min"),
                         (True, "VWD diagnosis", "50 min")],
                        ["Total instruction: 150 minutes = 3.0 P.A.C.E.® contact hours.",
                         "Program no. 0912-F25 · Provider no. 0912."],
                        {"participant_name": "Obadiah Strickland IV",
                         "title": "Fall Seminar: Hemostasis Across the Lifespan",
                         "provider": "Bluegrass Society of Laboratory Professionals",
                         "completed_on": "2025-10-18", "hours": "3", "accreditation": "pace",
                         "course_number": "0912-F25", "provider_number": "0912",
                         "delivery": "live"}),
        society_meeting("society_lonestar_ceu", "Lone Star Clinical Laboratory Society",
                        "Gulf District Meeting", "Feb 7, 2026 · Galveston, Texas",
                        "Presented to", "María José de los Santos",
                        [(True, "Molecular respiratory panels", "0.1 CEU"),
                         (True, "Point-of-care oversight", "0.1 CEU")],
                        ["CEUs awarded: 0.2", "This meeting was not approved for P.A.C.E.® "
                         "credit. 1 CEU = 10 contact hours."],
                        {"participant_name": "María José de los Santos",
                         "title": "Gulf District Meeting",
                         "provider": "Lone Star Clinical Laboratory Society",
                         "completed_on": "2026-02-07", "ceu": "0.2", "delivery": "live"}),
        society_meeting("society_cascade_two_days", "Cascade Chapter of Laboratory Science",
                        "Joint Annual Conference", "Sept. 19 & 20, 2025 · Spokane, WA",
                        "This certifies that", "Wolfgang Ă. Petrescu-Lindgren",
                        [(True, "Friday: Immunology update (2.0)", "2.0"),
                         (True, "Friday: Urinalysis quality (1.0)", "1.0"),
                         (True, "Saturday: Microbiology workshop (3.0)", "3.0"),
                         (False, "Saturday: Business meeting", "0")],
                        ["Total contact hours: 6.0 · intermediate",
                         "Approved by ASCLS P.A.C.E.® · provider 0477 · program 0477-JAC-2025"],
                        {"participant_name": "Wolfgang Ă. Petrescu-Lindgren",
                         "title": "Joint Annual Conference",
                         "provider": "Cascade Chapter of Laboratory Science",
                         "start": "2025-09-19", "end": "2025-09-20", "hours": "6",
                         "accreditation": "pace", "course_number": "0477-JAC-2025",
                         "provider_number": "0477", "level": "intermediate",
                         "delivery": "live"}),
    ]  # fmt: skip


def day_first(
    key: str,
    org: str,
    sub: str,
    lines: list[tuple[str, str]],
    prose: str,
    footer: str,
    truth: dict[str, object],
    wide: bool = False,
    font: str = "DejaVuSerif",
) -> Built:
    """International certificate (A4), dates written day first."""
    p = Page(A4_WIDE if wide else A4_PAGE, seed=len(key) * 19)
    ink = rgb("#0b3d2e")
    p.logo("circle", 50, p.height - 100, 50, ink)
    p.text(112, p.height - 68, org, font + "-Bold", 16, colour=ink)
    p.text(112, p.height - 86, sub, font, 9)
    p.line(50, p.height - 115, p.width - 50, p.height - 115, 0.8, ink)
    p.centre(p.height - 170, "Certificate of Attendance", font + "-Bold", 24)
    y = p.height - 220
    for label, value in lines:
        p.text(70, y, label, "DejaVu", 10, colour=ink)
        for i, part in enumerate(p.wrap(value, p.width - 260, font, 12)):
            p.text(200, y - i * 15, part, font, 12)
        y -= 26 + 15 * (len(p.wrap(value, p.width - 260, font, 12)) - 1)
    y = p.para(70, y - 10, p.width - 140, prose, "DejaVu", 9.5)
    p.sign_block(70, 110, "Course Organiser", org, "DejaVu", 8.5, 200)
    p.text(p.width - 50, 40, footer, "DejaVu", 7.5, "right")
    return key, p.finish(), truth


def day_firsts() -> list[Built]:
    return [
        day_first("dayfirst_northern_forum", "Northern Biomedical Science Forum",
                  "Leeds · Newcastle · York", [("Name", "Aoife Fitzgerald-Mwangi"),
                  ("Event", "Haematology Study Day: Blood Films in Practice"),
                  ("Date", "23/09/2025"), ("CPD", "6 hours")],
                  "Attendance at this study day may be recorded as 6 hours of continuing "
                  "professional development. Certificate issued 01/10/2025.",
                  "Ref NBSF-HSD-2509 · printed 02/10/2025",
                  {"participant_name": "Aoife Fitzgerald-Mwangi",
                   "title": "Haematology Study Day: Blood Films in Practice",
                   "provider": "Northern Biomedical Science Forum",
                   "completed_on": "2025-09-23", "hours": "6",
                   "delivery": "live"}),
        day_first("dayfirst_antipodes_dots", "Antipodean Laboratory Educators",
                  "Brisbane, Queensland", [("Participant", "Lachlan O'Sullivan-Tui"),
                  ("Workshop", "Point-of-Care Testing Governance for Rural Sites"),
                  ("Held on", "07.10.2025"), ("Duration", "3 hours 30 minutes")],
                  "This workshop provided 3.5 hours of continuing education. Next workshop: "
                  "12.03.2026.", "ALE/WS/1007",
                  {"participant_name": "Lachlan O'Sullivan-Tui",
                   "title": "Point-of-Care Testing Governance for Rural Sites",
                   "provider": "Antipodean Laboratory Educators", "completed_on": "2025-10-07",
                   "hours": "3.5", "delivery": "live"}, font="LibSerif"),
        day_first("dayfirst_ordinal_range", "Institut Romand de Biologie Clinique",
                  "Lausanne · Genève", [("Nom / Name", "Élodie Marchand-Nguyen"),
                  ("Cours / Course", "Cours avancé de cytométrie en flux (Advanced Flow "
                   "Cytometry Course)"),
                  ("Dates", "3rd–5th June 2025"), ("Heures / Hours", "18")],
                  "Participation confirmed for all three days (6 h per day). Délivré le "
                  "10 juin 2025.", "Doc. IRBC-FC-0625 · valable pour audit",
                  {"participant_name": "Élodie Marchand-Nguyen",
                   "title": "Cours avancé de cytométrie en flux (Advanced Flow Cytometry "
                            "Course)",
                   "provider": "Institut Romand de Biologie Clinique", "start": "2025-06-03",
                   "end": "2025-06-05", "hours": "18",
                    "delivery": "live"}, wide=True),
        day_first("dayfirst_ddmmyyyy_hint", "Gulf Clinical Laboratory Academy",
                  "Doha · Muscat · Manama", [("Trainee", "Yousef Al-Mansouri"),
                  ("Trainer", "Dr. Shreya Balakrishnan"),
                  ("Programme", "Blood Gas Analysis and Pre-analytical Errors"),
                  ("Date", "05/06/2025 (DD/MM/YYYY)"), ("Credit", "2 CPD hours")],
                  "Expiry of this certificate for competency purposes: 05/06/2027.",
                  "GCLA-BG-118",
                  {"participant_name": "Yousef Al-Mansouri",
                   "title": "Blood Gas Analysis and Pre-analytical Errors",
                   "provider": "Gulf Clinical Laboratory Academy", "completed_on": "2025-06-05",
                   "hours": "2", "delivery": "live"}),
    ]  # fmt: skip


def florida() -> list[Built]:
    items = []
    p = Page(LETTER, seed=501)
    ink = rgb("#0a4f6e")
    p.text(50, 740, "SUNCOAST LABORATORY EDUCATION COOPERATIVE", "LibSans-Bold", 14, colour=ink)
    p.text(50, 725, "Gainesville · Ocala · Lake City", "LibSans", 9)
    p.text(50, 680, "Certificate of Completion — Florida Clinical Laboratory Personnel",
           "LibSans-Bold", 13)  # fmt: skip
    rows = [["Licensee:", "Devonte L. Harrington-Baptiste"], ["License #:", "CT 102338"],
            ["Course:", "Florida Laboratory Law and Rules (2-hour requirement)"],
            ["Date of attendance:", "08/14/2025"], ["CE Broker provider #:", "50-30921"],
            ["CE Broker course #:", "20-1209886"]]  # fmt: skip
    y = p.table(50, 660, [150, 362], rows, "LibSans", 10.5, 20, bold=None)
    spec = [["Specialty area", "Hours"], ["Florida Laws and Rules", "2.0"],
            ["Total CE hours", "2.0"]]  # fmt: skip
    y = p.table(50, y - 20, [250, 80], spec, "LibSans", 10, 18, "LibSans-Bold", bold_last=True)
    p.para(
        50,
        y - 24,
        512,
        "Completion reported to CE Broker within 30 days. Delivery: "
        "home study (self-paced). Keep this certificate for four years.",
        "LibSans",
        9,
    )
    p.sign_block(50, 200, "Provider signature", "Suncoast Laboratory Education Cooperative",
                 "LibSans", 9, 230)  # fmt: skip
    items.append(("florida_suncoast_laws", p.finish(), {
        "participant_name": "Devonte L. Harrington-Baptiste",
        "title": "Florida Laboratory Law and Rules (2-hour requirement)",
        "provider": "Suncoast Laboratory Education Cooperative", "completed_on": "2025-08-14",
        "hours": "2", "accreditation": "state-board", "approval_number": "50-30921",
        "course_number": "20-1209886", "license_number": "CT 102338",
        "delivery": "self-study"}))  # fmt: skip

    p = Page(LETTER_WIDE, seed=502)
    p.border(28, rgb("#2c3e50"))
    p.centre(520, "Everglades Clinical Laboratory Symposium", "Times-Bold", 22)
    p.centre(498, "hosted by the Florida Coastal Society for Clinical Laboratory Science",
             "Times-Italic", 12)  # fmt: skip
    p.centre(450, "TO:  Consuelo Ybarra-McNeil", "Times-Bold", 18)
    p.centre(428, "Florida license no. MT-0044718  ·  Approval no. 50-11408 (CE Broker)",
             "Times-Roman", 11)  # fmt: skip
    rows = [["Date", "Specialty", "Hours"], ["11/07/2025", "Microbiology", "3.0"],
            ["11/07/2025", "Serology/Immunology", "1.0"],
            ["11/08/2025", "Medical Errors (FL required)", "1.0"],
            ["11/08/2025", "Hematology", "2.0"], ["", "Total", "7.0"]]  # fmt: skip
    p.table(180, 400, [100, 230, 70], rows, "Times-Roman", 10.5, 19, "Times-Bold", bold_last=True,
            align_right={2})  # fmt: skip
    p.centre(260, "CE Broker course tracking number 20-1233501. Live program, Orlando, FL.",
             "Times-Roman", 10)  # fmt: skip
    p.sign_block(80, 90, "Program Chair", "Florida Coastal Society for Clinical Laboratory "
                 "Science", "Times-Roman", 9, 260)  # fmt: skip
    p.text(p.width - 60, 50, "Printed 12/02/2025", "Times-Roman", 8, "right")
    items.append(
        (
            "florida_everglades_specialties",
            p.finish(),
            {
                "participant_name": "Consuelo Ybarra-McNeil",
                "title": "Everglades Clinical Laboratory Symposium",
                "provider": "Florida Coastal Society for Clinical Laboratory Science",
                "start": "2025-11-07",
                "end": "2025-11-08",
                "hours": "7",
                "accreditation": "state-board",
                "approval_number": "50-11408",
                "course_number": "20-1233501",
                "license_number": "MT-0044718",
                "delivery": "live",
            },
        )
    )
    return items


def california() -> list[Built]:
    items = []
    p = Page(LETTER, seed=601)
    p.text(306, 730, "Golden State Laboratory CE Institute", "DejaVuSerif-Bold", 17, "center")
    p.text(306, 712, "Sacramento, California · gslci.example", "DejaVuSerif", 9, "center")
    p.text(306, 660, "CONTINUING EDUCATION CERTIFICATE", "DejaVuSerif-Bold", 15, "center")
    body = [("Licensee's name", "Thanh-Huong Vu-Castellanos"),
            ("Course name", "Clinical Toxicology for the Licensed CLS"),
            ("Course number", "GS-TOX-3310"), ("CE credits", "3.0 contact hours"),
            ("Date of completion", "September 30, 2025"),
            ("Accrediting agency", "ASCLS P.A.C.E.®"),
            ("Accrediting agency number", "0719")]  # fmt: skip
    y = 620
    for label, value in body:
        p.text(80, y, label + ":", "DejaVuSerif-Bold", 11)
        p.text(270, y, value, "DejaVuSerif", 11)
        y -= 24
    p.para(80, y - 10, 450, "California Department of Public Health, Laboratory Field Services, "
           "requires the provider's name, licensee's name, course name and number, CE "
           "credits, completion date and accrediting agency number on each certificate.",
           "DejaVuSerif", 8.5)  # fmt: skip
    p.sign_block(80, 200, "Registrar", "Golden State Laboratory CE Institute", "DejaVu", 9)
    items.append(("california_goldenstate", p.finish(), {
        "participant_name": "Thanh-Huong Vu-Castellanos",
        "title": "Clinical Toxicology for the Licensed CLS",
        "provider": "Golden State Laboratory CE Institute", "completed_on": "2025-09-30",
        "hours": "3", "accreditation": "pace", "course_number": "GS-TOX-3310",
        "accrediting_agency_number": "0719"}))  # fmt: skip

    p = Page(LETTER_WIDE, seed=602)
    p.box(30, 30, p.width - 60, p.height - 60, rgb("#8e6c00"), lw=3)
    p.text(60, 530, "CDPH-approved accrediting agency: Pacific Coast Laboratory Educators",
           "Helvetica", 9)  # fmt: skip
    p.text(60, 490, "Certificate of Completion", "Helvetica-Bold", 26)
    p.text(60, 455, "Liliana Ruiz-Ferreira", "Helvetica-Bold", 20)
    p.text(60, 425, "completed the home-study course", "Helvetica", 12)
    p.text(60, 400, "Phlebotomy Special Collections: Blood Cultures, Trace Metals and",
           "Helvetica-Bold", 14)  # fmt: skip
    p.text(60, 382, "Timed Draws", "Helvetica-Bold", 14)
    p.text(60, 350, "Course #  PCLE-PHL-0425        Accrediting agency #  CA-AA-0064",
           "Helvetica", 11)  # fmt: skip
    p.text(60, 330, "Credit: 1.0 CE hour        Completed: 11/21/2025", "Helvetica", 11)
    p.text(60, 310, "CPT I licence no. 0000391177", "Helvetica", 11)
    p.sign_block(60, 100, "Director of Education", "Pacific Coast Laboratory Educators")
    items.append(("california_phlebotomy_homestudy", p.finish(), {
        "participant_name": "Liliana Ruiz-Ferreira",
        "title": "Phlebotomy Special Collections: Blood Cultures, Trace Metals and Timed Draws",
        "provider": "Pacific Coast Laboratory Educators", "completed_on": "2025-11-21",
        "hours": "1", "course_number": "PCLE-PHL-0425",
        "accrediting_agency_number": "CA-AA-0064", "license_number": "0000391177",
        "delivery": "self-study"}))  # fmt: skip
    return items


def all_events() -> list[Built]:
    return conferences() + society_meetings() + day_firsts() + florida() + california()
