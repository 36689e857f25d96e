"""Employer material: in-service letters on letterhead, in-service memos, P.A.C.E. forms with
level/format check boxes, and instrument-vendor training certificates."""

from __future__ import annotations

from .online import PACE_STATEMENT, Built
from .page import A4_PAGE, LETTER, LETTER_WIDE, Page, bold_of, rgb


def letterhead(p: Page, org: str, lines: list[str], kind: str, colour: str, font: str) -> float:
    """Logo, organisation name, department/tagline lines and a rule; returns the y below."""
    ink = rgb(colour)
    top = p.height - 60
    p.logo(kind, 54, top - 22, 40, ink)
    p.text(104, top, org, font, 16, colour=ink)
    y = top - 14
    for line in lines:
        p.text(104, y, line, "Helvetica", 8.5)
        y -= 11
    p.line(54, y - 4, p.width - 54, y - 4, 1.2, ink)
    return y - 30


def letter(
    key: str,
    org: str,
    head_lines: list[str],
    logo: str,
    colour: str,
    date_line: str,
    body: list[str],
    signer: tuple[str, str],
    truth: dict[str, object],
    font: str = "Times-Roman",
    head_font: str = "Times-Bold",
    footer: str = "",
) -> Built:
    p = Page(LETTER, seed=len(key) * 7)
    y = letterhead(p, org, head_lines, logo, colour, head_font)
    p.text(72, y, date_line, font, 11)
    y -= 34
    for para in body:
        y = p.para(72, y, 468, para, font, 11) - 9
    p.text(72, y - 4, "Sincerely,", font, 11)
    p.sign_block(72, y - 60, signer[0], signer[1], font, 10, 190)
    if footer:
        p.text(p.width / 2, 36, footer, "Helvetica", 7.5, "center")
    return key, p.finish(), truth


def letters() -> list[Built]:
    return [
        letter("letter_mercyvalley_pace", "Mercy Valley Regional Medical Center",
               ["Department of Pathology & Laboratory Medicine", "1200 Orchard Parkway · "
                "Fresno Heights, CA 93700 · (559) 555-0142", "Compassion you can count on"],
               "cross", "#7a1020", "June 9, 2025",
               ["To whom it may concern:",
                "This letter verifies that Esperanza Villalobos de la Cruz, CLS, attended the "
                "laboratory in-service \"Antibody Identification: Panels, Rule-Outs and the "
                "Difficult Workup\" presented at Mercy Valley Regional Medical Center on "
                "May 28, 2025, from 2:00 to 3:40 pm.",
                "The session was approved for 2.0 contact hours (basic level, live) by the "
                "ASCLS P.A.C.E.® Program, program number 0518-25-022. Mercy Valley Regional "
                "Medical Center, P.A.C.E.® provider #0518.",
                "California course number MV-BB-25-07; accrediting agency number 0518."],
               ("Gabriel Oyelaran, MD", "Medical Director, Clinical Laboratory"),
               {"participant_name": "Esperanza Villalobos de la Cruz",
                "title": "Antibody Identification: Panels, Rule-Outs and the Difficult Workup",
                "provider": "Mercy Valley Regional Medical Center", "completed_on": "2025-05-28",
                "hours": "2", "accreditation": "pace", "course_number": "MV-BB-25-07",
                "provider_number": "0518", "accrediting_agency_number": "0518",
                "level": "basic", "delivery": "live"},
               footer="Mercy Valley is an equal opportunity employer. Page 1 of 1"),
        letter("letter_stbrendan_no_number", "St. Brendan's Hospital",
               ["Clinical Laboratory Services", "44 Harbour Road, Portsmouth, NH 03800",
                "stbrendans.example"], "circle", "#1f4e79", "Memo date: 02/03/2026",
               ["Dear Ingeborg Halvorsen-Mbeki,",
                "Thank you for attending our staff in-service, Hemolysis Index Cut-offs and "
                "Specimen Rejection, held in the Laboratory Conference Room on Thursday, "
                "January 22, 2026.",
                "You are credited with one (1) contact hour of continuing education. This "
                "in-service was not submitted for P.A.C.E.® approval; it is documented for "
                "your ASCP Credential Maintenance Program file as an employer in-service.",
                "Please keep this letter with your CE records."],
               ("Dana Whitcombe, MBA, MLS(ASCP)", "Laboratory Manager"),
               {"participant_name": "Ingeborg Halvorsen-Mbeki",
                "title": "Hemolysis Index Cut-offs and Specimen Rejection",
                "provider": "St. Brendan's Hospital", "completed_on": "2026-01-22",
                "hours": "1", "delivery": "live"},
               font="Helvetica", head_font="Helvetica-Bold"),
        letter("letter_prairiegen_two_days", "Prairie General Health System",
               ["Core Laboratory · Education Committee", "Bismarck · Minot · Dickinson"],
               "bars", "#2d5a27", "October 20, 2025",
               ["RE: Continuing education documentation",
                "Employee: Thaddeus McAllister-Pryce     Employee ID: 004417",
                "The employee named above completed the two-part in-service \"Flow Cytometry "
                "Gating Strategies for MRD\", Part 1 on October 7, 2025 and Part 2 on "
                "October 14, 2025. Each part lasted 90 minutes; together they carry 3.0 "
                "contact hours (advanced).",
                "Prairie General Health System is approved as a provider of continuing "
                "education programs in the clinical laboratory sciences by the ASCLS "
                "P.A.C.E.® Program. Provider number 0611; program number 0611-0925-04."],
               ("Winifred Adeyemi-Lutz", "Education Coordinator, Core Laboratory"),
               {"participant_name": "Thaddeus McAllister-Pryce",
                "title": "Flow Cytometry Gating Strategies for MRD",
                "provider": "Prairie General Health System", "start": "2025-10-07",
                "end": "2025-10-14", "hours": "3", "accreditation": "pace",
                "course_number": "0611-0925-04", "provider_number": "0611",
                "level": "advanced", "delivery": "live"}),
        letter("letter_bayside_florida", "Bayside Memorial Hospital",
               ["Laboratory Education Department", "900 Causeway Blvd., Clearwater, FL 33700",
                "\"Where the Gulf Coast comes for care\""], "drop", "#00607a",
               "Date issued: 12 November 2025",
               ["Participant: Ximena Arroyo-Batista     Florida license no.: TS 88120",
                "Course: Hemoglobin A1c Interferences and Variant Detection",
                "Date(s) of attendance: November 4, 2025",
                "CE hours earned by specialty area: Clinical Chemistry 1.0; Hematology 0.5 "
                "(total 1.5 hours).",
                "Approved by the Florida Board of Clinical Laboratory Personnel. CE Broker "
                "provider number 50-27713; course number 20-1187304. Attendance reported to CE "
                "Broker on 11/10/2025."],
               ("Marguerite Lévesque, MT(ASCP)", "CE Provider Representative"),
               {"participant_name": "Ximena Arroyo-Batista",
                "title": "Hemoglobin A1c Interferences and Variant Detection",
                "provider": "Bayside Memorial Hospital", "completed_on": "2025-11-04",
                "hours": "1.5", "accreditation": "state-board", "approval_number": "50-27713",
                "course_number": "20-1187304", "license_number": "TS 88120",
                "delivery": "live"},
               font="Helvetica", head_font="Helvetica-Bold"),
        letter("letter_ouachita_minutes", "Ouachita Valley Medical Center",
               ["Laboratory · Histology · Blood Bank", "Hot Springs, Arkansas"],
               "hex", "#5b3a1a", "December 1, 2025",
               ["Dear Laboratory Staff Member Dmitri Volkonsky-Harte,",
                "Our records confirm your attendance at the competency in-service "
                "\"Safe Handling of Formalin and Xylene\" on November 18, 2025. The session "
                "included 45 minutes of instruction and a 15-minute practical check-off "
                "(not counted as instruction).",
                "Instructional minutes credited: 45."],
               ("Lorraine Beaumont-Ajayi", "Histology Supervisor"),
               {"participant_name": "Dmitri Volkonsky-Harte",
                "title": "Safe Handling of Formalin and Xylene",
                "provider": "Ouachita Valley Medical Center", "completed_on": "2025-11-18",
                "minutes": "45", "delivery": "live"}),
    ]  # fmt: skip


def memo(key: str, org: str, fields: list[tuple[str, str]], body: list[str],
         truth: dict[str, object], font: str = "Helvetica", footer: str = "") -> Built:  # fmt: skip
    p = Page(LETTER, seed=len(key) * 5)
    p.text(54, 740, org, bold_of(font),
           12)  # fmt: skip
    p.text(54, 700, "MEMORANDUM", "Helvetica-Bold", 24)
    y = 660
    for label, value in fields:
        p.text(54, y, label, "Helvetica-Bold", 11)
        p.text(130, y, value, font, 11)
        y -= 20
    p.line(54, y + 6, 558, y + 6, 1.5)
    y -= 20
    for para in body:
        y = p.para(54, y, 504, para, font, 11) - 8
    if footer:
        p.text(54, 40, footer, "Helvetica", 8)
    return key, p.finish(), truth


def memos() -> list[Built]:
    return [
        memo("memo_lakeridge_to_line", "LAKERIDGE COMMUNITY HOSPITAL LABORATORY",
             [("TO:", "Priya Raman-Castillo, MLS(ASCP)"), ("FROM:", "Owen Tremblay, Lab Director"),
              ("DATE:", "March 17, 2025"), ("RE:", "In-service credit – QC Rules and Westgard "
               "Violations")],
             ["You attended the monthly in-service \"QC Rules and Westgard Violations\" on "
              "March 12, 2025 (one hour, live, presented by the chemistry lead).",
              "Credit: 1.0 contact hour. Lakeridge Community Hospital is a P.A.C.E.® provider "
              "(#0982); program #0982-25-006. Level: intermediate.",
              "Keep this memo for your credential maintenance records."],
             {"participant_name": "Priya Raman-Castillo",
              "title": "QC Rules and Westgard Violations",
              "provider": "Lakeridge Community Hospital", "completed_on": "2025-03-12",
              "hours": "1", "accreditation": "pace", "course_number": "0982-25-006",
              "provider_number": "0982", "level": "intermediate", "delivery": "live"},
             footer="Lakeridge Community Hospital · Confidential personnel document"),
        memo("memo_eastfield_courier", "Eastfield Regional Lab Services",
             [("TO:", "All second-shift MLS staff"), ("CC:", "Anneliese Vogt-Darrow"),
              ("FROM:", "Education Committee"), ("DATE:", "08/29/2025")],
             ["Subject: Attendance credit for the in-service Body Fluid Cell Counts on the "
              "Hemocytometer, held Tuesday, August 26, 2025.",
              "Attendee: Anneliese Vogt-Darrow. Time: 2.5 hours. Not approved for P.A.C.E.® "
              "or CMLE credit; in-house documentation only.",
              "Course code EF-HEM-114 (internal). Next offering 09/23/2025."],
             {"participant_name": "Anneliese Vogt-Darrow",
              "title": "Body Fluid Cell Counts on the Hemocytometer",
              "provider": "Eastfield Regional Lab Services", "completed_on": "2025-08-26",
              "hours": "2.5", "course_number": "EF-HEM-114", "delivery": "live"},
             font="Courier"),
        memo("memo_cedarhill_selfstudy", "Cedar Hill Medical Group — Laboratory",
             [("TO:", "Mateus Carvalho da Silva"), ("FROM:", "QA Office"),
              ("DATE:", "January 5, 2026"), ("SUBJECT:", "Self-study packet completed")],
             ["This confirms that you completed the self-study packet \"Critical Value "
              "Notification and Read-Back\" and passed the quiz on December 30, 2025.",
              "Credit awarded: 0.5 contact hour (self-study). The packet is designed for up to "
              "1 hour including the optional case review.",
              "Cedar Hill Medical Group is not a P.A.C.E.® provider; this record supports your "
              "employer in-service documentation."],
             {"participant_name": "Mateus Carvalho da Silva",
              "title": "Critical Value Notification and Read-Back",
              "provider": "Cedar Hill Medical Group", "completed_on": "2025-12-30",
              "hours": "0.5", "delivery": "self-study"}),
    ]  # fmt: skip


def pace_form(
    key: str,
    provider: str,
    provider_no: str,
    fields: list[tuple[str, str]],
    level: str | None,
    delivery: str | None,
    hours_text: str,
    truth: dict[str, object],
    size: tuple[float, float] = LETTER,
    font: str = "Helvetica",
    grid: bool = False,
) -> Built:
    """A P.A.C.E. certificate-of-attendance form: labelled lines (or a ruled grid with the
    provider number boxed in a corner), then level and format check boxes."""
    p = Page(size, seed=len(key) * 3)
    bold = bold_of(font)
    p.box(40, 40, p.width - 80, p.height - 80, lw=1.5)
    if grid:
        p.text(60, p.height - 80, provider, bold, 15)
        p.text(60, p.height - 98, "Verification of Attendance", font, 12)
        p.box(p.width - 190, p.height - 104, 130, 40, lw=0.8)
        p.text(p.width - 182, p.height - 78, "P.A.C.E.® Provider", font, 8)
        p.text(p.width - 182, p.height - 96, provider_no, bold, 13)
        rows = [["Item", "Details"], *[[label.rstrip(":"), value] for label, value in fields]]
        y = p.table(60, p.height - 130, [150, p.width - 270], rows, font, 10.5, 22, bold) - 24
    else:
        p.text(p.width / 2, p.height - 80, provider, bold, 15, "center")
        p.text(p.width / 2, p.height - 100, "CERTIFICATE OF ATTENDANCE — P.A.C.E.®", bold, 12,
               "center")  # fmt: skip
        y = p.height - 140
        for label, value in fields:
            p.text(60, y, label, bold, 10)
            p.text(220, y, value, font, 11)
            p.line(215, y - 3, p.width - 60, y - 3, 0.4)
            y -= 26
    p.text(60, y, "Level:", bold, 10)
    x = 220
    for name in ("Basic", "Intermediate", "Advanced"):
        x = p.checkbox(x, y, level == name.lower(), name, font, 10)
    y -= 24
    p.text(60, y, "Format:", bold, 10)
    x = 220
    for name, value in (("Live (in person / webinar)", "live"), ("Self-study", "self-study")):
        x = p.checkbox(x, y, delivery == value, name, font, 10)
    y -= 30
    p.text(60, y, "P.A.C.E.® contact hours:", bold, 10)
    p.text(220, y, hours_text, font, 11)
    y -= 34
    y = p.para(60, y, p.width - 120, PACE_STATEMENT.format(who=provider) +
               f" Provider number {provider_no}.", font, 9)  # fmt: skip
    p.sign_block(60, y - 50, "Program Director", "Signature of provider representative", font, 9)
    p.text(p.width - 60, 52, "Retain this certificate for four years.", font, 7.5, "right")
    return key, p.finish(), truth


def pace_forms() -> list[Built]:
    return [
        pace_form("pace_keystone_intermediate", "Keystone Society for Clinical Laboratory Science",
                  "0301", [("Participant name:", "Bernadette Okonkwo-Reilly"),
                           ("Program title:", "Cold Agglutinins and Warm Autoantibodies"),
                           ("Program number:", "0301-25-044"), ("Date:", "04/05/2025"),
                           ("Location:", "Harrisburg, PA")],
                  "intermediate", "live", "2.0",
                  {"participant_name": "Bernadette Okonkwo-Reilly",
                   "title": "Cold Agglutinins and Warm Autoantibodies",
                   "provider": "Keystone Society for Clinical Laboratory Science",
                   "completed_on": "2025-04-05", "hours": "2", "accreditation": "pace",
                   "course_number": "0301-25-044", "provider_number": "0301",
                   "level": "intermediate", "delivery": "live"}),
        pace_form("pace_riverbend_selfstudy", "Riverbend Health Laboratory Education", "1422",
                  [("Name:", "Hyun-woo Park-Santangelo"),
                   ("Activity:", "Introduction to Laboratory Stewardship for New Graduates"),
                   ("Program #:", "1422-SS-0219"), ("Completion date:", "February 19, 2026")],
                  "basic", "self-study", "1.0",
                  {"participant_name": "Hyun-woo Park-Santangelo",
                   "title": "Introduction to Laboratory Stewardship for New Graduates",
                   "provider": "Riverbend Health Laboratory Education",
                   "completed_on": "2026-02-19", "hours": "1", "accreditation": "pace",
                   "course_number": "1422-SS-0219", "provider_number": "1422",
                   "level": "basic", "delivery": "self-study"}, font="Times-Roman"),
        pace_form("pace_summit_advanced_a4", "Summit Point Laboratory Network", "0788",
                  [("Attendee:", "Dr. Fatoumata Diallo-Brennan"),
                   ("Program:", "Next-Generation Sequencing Variant Interpretation"),
                   ("Program no.:", "0788-0625-11"), ("Date(s):", "June 11 and June 12, 2025"),
                   ("Speaker:", "Trainer: L. Okafor, PhD")],
                  "advanced", "live", "6.5 (3.0 on June 11; 3.5 on June 12)",
                  {"participant_name": "Fatoumata Diallo-Brennan",
                   "title": "Next-Generation Sequencing Variant Interpretation",
                   "provider": "Summit Point Laboratory Network", "start": "2025-06-11",
                   "end": "2025-06-12", "hours": "6.5", "accreditation": "pace",
                   "course_number": "0788-0625-11", "provider_number": "0788",
                   "level": "advanced", "delivery": "live"}, size=A4_PAGE, grid=True),
        pace_form("pace_desert_no_level", "Desert Sun Medical Laboratory", "2045",
                  [("Participant:", "Álvaro Núñez-Whitfield"),
                   ("Title of program:", "Blood Culture Contamination: Collection Matters"),
                   ("Program number:", "2045-25-R07"), ("Date of program:", "Sept. 3, 2025")],
                  None, "live", "1.0 (one)",
                  {"participant_name": "Álvaro Núñez-Whitfield",
                   "title": "Blood Culture Contamination: Collection Matters",
                   "provider": "Desert Sun Medical Laboratory", "completed_on": "2025-09-03",
                   "hours": "1", "accreditation": "pace", "course_number": "2045-25-R07",
                   "provider_number": "2045", "delivery": "live"}, grid=True),
        pace_form("pace_tidewater_courier", "Tidewater Laboratory Professionals", "0155",
                  [("PARTICIPANT:", "Sister Mary-Catherine O'Leary"),
                   ("PROGRAM TITLE:", "Parasitology Bench Review: Blood and Tissue"),
                   ("", "Protozoa"),
                   ("PROGRAM NUMBER:", "0155-2025-090"), ("DATE:", "Sat., Nov. 15, 2025")],
                  "basic", "live", "3.0",
                  {"participant_name": "Sister Mary-Catherine O'Leary",
                   "title": "Parasitology Bench Review: Blood and Tissue Protozoa",
                   "provider": "Tidewater Laboratory Professionals", "completed_on": "2025-11-15",
                   "hours": "3", "accreditation": "pace", "course_number": "0155-2025-090",
                   "provider_number": "0155", "level": "basic", "delivery": "live"},
                  font="Courier"),
    ]  # fmt: skip


def vendor(
    key: str,
    brand: str,
    legal: str,
    colour: str,
    logo: str,
    rows: list[tuple[str, str]],
    note: str,
    truth: dict[str, object],
) -> Built:
    """Instrument-manufacturer training certificate: logo with caption, Trainee/Trainer."""
    p = Page(LETTER_WIDE, seed=len(key) * 11)
    ink = rgb(colour)
    p.box(0, p.height - 16, p.width, 16, stroke=None, fill=ink)
    p.box(0, 0, p.width, 10, stroke=None, fill=ink)
    p.logo(logo, 50, 480, 56, ink)
    p.text(78, 466, brand.upper(), "DejaVuCond-Bold", 9, "center", colour=ink)
    p.text(130, 520, "Certificate of Training", "DejaVu-Bold", 28)
    p.text(130, 496, "Customer Education Center", "DejaVu", 12, colour=ink)
    y = 420
    for label, value in rows:
        p.text(130, y, label, "DejaVuCond", 11, colour=ink)
        p.text(300, y, value, "DejaVu-Bold" if label.startswith("Trainee") else "DejaVu", 12)
        y -= 24
    p.para(130, y - 10, 560, note, "DejaVu", 9)
    p.sign_block(130, 70, "Training Specialist", legal, "DejaVu", 8.5, 200)
    p.text(p.width - 40, 24, f"{legal} · Form TR-104 rev. C", "DejaVu", 7, "right")
    return key, p.finish(), truth


def vendors() -> list[Built]:
    return [
        vendor("vendor_corvane_hx900", "Corvane", "Corvane Diagnostics, Inc.", "#c0392b", "hex",
               [("Trainee:", "Ngozi Adebayo-Smythe"),
                ("Trainer:", "Henrik Lundgren, Field Applications"),
                ("Course:", "HX-900 Hematology Analyzer Key Operator Training"),
                ("Dates:", "March 10–12, 2025"), ("Location:", "Corvane Training Center, "
                 "Raleigh, NC"), ("Instrument S/N:", "HX9-004731"),
                ("Training hours:", "18.0")],
               "This course is approved for 18.0 contact hours under the ASCLS P.A.C.E.® "
               "Program (provider no. 1299, program no. 1299-KO-0325). Daily schedule "
               "8:30–3:30 with 60-minute lunch.",
               {"participant_name": "Ngozi Adebayo-Smythe",
                "title": "HX-900 Hematology Analyzer Key Operator Training",
                "provider": "Corvane Diagnostics, Inc.", "start": "2025-03-10",
                "end": "2025-03-12", "hours": "18", "accreditation": "pace",
                "course_number": "1299-KO-0325", "provider_number": "1299",
                "delivery": "live"}),
        vendor("vendor_aurelis_coag", "Aurelis", "Aurelis Medical Systems GmbH", "#1a5276",
               "circle",
               [("Trainee:", "Ruairí Mac Giolla Phádraig"),
                ("Trainer:", "Katja Brenner"),
                ("Course:", "CoaguLine 3 Operator Certification"),
                ("Date:", "22.09.2025"), ("Duration:", "4 hours (half day)")],
               "Operator certification for routine use. Not accredited for continuing "
               "education credit by P.A.C.E.®, ACCENT® or CMLE.",
               {"participant_name": "Ruairí Mac Giolla Phádraig",
                "title": "CoaguLine 3 Operator Certification",
                "provider": "Aurelis Medical Systems GmbH", "completed_on": "2025-09-22",
                "hours": "4", "delivery": "live"}),
        vendor("vendor_quillon_online", "Quillon", "Quillon Bio, LLC", "#117a65", "leaf",
               [("Trainee:", "Maximilian von Hartmann-Osei"),
                ("Course:", "UrinaSense Pro Maintenance & Troubleshooting (e-learning)"),
                ("Completed:", "Jan 27, 2026"), ("Credit:", "0.75 contact hours"),
                ("Course ID:", "QB-UP-EL-07")],
               "Self-paced e-learning. Quillon Bio is approved as a provider of continuing "
               "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® "
               "Program, provider 1533.",
               {"participant_name": "Maximilian von Hartmann-Osei",
                "title": "UrinaSense Pro Maintenance & Troubleshooting (e-learning)",
                "provider": "Quillon Bio, LLC", "completed_on": "2026-01-27",
                "hours": "0.75", "accreditation": "pace", "course_number": "QB-UP-EL-07",
                "provider_number": "1533", "delivery": "self-study"}),
        vendor("vendor_meridia_chem", "Meridia", "Meridia Analytical Corp.", "#6c3483", "bars",
               [("Trainee:", "Oluwaseun Fairweather-Diaz"),
                ("Trainer:", "Trainee-led review, supervised by D. Achterberg"),
                ("Course:", "DS-50 Dry Slide Chemistry Advanced Troubleshooting"),
                ("Dates:", "Mon 13 Oct – Wed 15 Oct 2025"),
                ("Training hours:", "Day 1: 6.5   Day 2: 7.0   Day 3: 4.0   Total: 17.5")],
               "Approved for 17.5 P.A.C.E.® contact hours, intermediate level. Provider "
               "#0870, program #0870-1025-AT.",
               {"participant_name": "Oluwaseun Fairweather-Diaz",
                "title": "DS-50 Dry Slide Chemistry Advanced Troubleshooting",
                "provider": "Meridia Analytical Corp.", "start": "2025-10-13",
                "end": "2025-10-15", "hours": "17.5", "accreditation": "pace",
                "course_number": "0870-1025-AT", "provider_number": "0870",
                "level": "intermediate", "delivery": "live"}),
    ]  # fmt: skip


def all_employer() -> list[Built]:
    return letters() + memos() + pace_forms() + vendors()
