"""Vendor trainings, university CEU certificates, printed webinar e-mails, Florida, California."""

from __future__ import annotations

from .model import Cert, truth
from .render import A4_PAGE, A4_WIDE, GREY, LETTER, LETTER_WIDE, Page


def vendor_1() -> Cert:
    p = Page(LETTER_WIDE, "arial")
    orange = (0.85, 0.4, 0.05)
    p.rect(0, 0, p.w, 12, None, orange)
    p.text(50, 60, "CORVANE", 26, "b", color=orange)
    p.text(50, 76, "DIAGNOSTICS · Customer Education Center", 9, "b", color=GREY)
    p.text(p.w - 50, 60, "Certificate of Training", 20, "b", align="right")
    p.text(50, 140, "Awarded to", 11, color=GREY)
    p.text(50, 170, "Beatriz Alvarado de la Cruz", 24, "b")
    p.text(50, 205, "for completing the instructor-led course", 11, color=GREY)
    p.text(50, 232, "HX-900 Hematology Analyzer — Key Operator Course", 18, "b")
    rows = [
        ["Course dates", "June 2–4, 2025"],
        ["Location", "Corvane Training Center, Bay 3, Alden Park"],
        ["Instrument serial no.", "4471-2209-HX"],
        ["Customer account", "CA-009124 (Lindenfield Medical Laboratory)"],
        ["Contact hours", "20.0"],
    ]
    p.table(50, 260, [150, 320], rows, 10.5, header=False, rules=False, row_height=21)
    p.wrap(
        50,
        400,
        470,
        "Corvane Diagnostics is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program, provider #0990. "
        "Program #0990-HX9-KO.",
        9,
    )
    p.sign_line(p.w - 260, 470, 200, "Manager, Customer Education", 23)
    return Cert(
        p.finish(),
        truth(
            title="HX-900 Hematology Analyzer — Key Operator Course",
            participant_name="Beatriz Alvarado de la Cruz",
            provider="Corvane Diagnostics",
            start="2025-06-02",
            end="2025-06-04",
            hours="20",
            accreditation="pace",
            provider_number="0990",
            course_number="0990-HX9-KO",
        ),
        "vendor",
    )


def vendor_2() -> Cert:
    p = Page(LETTER, "sans")
    purple = (0.35, 0.2, 0.6)
    p.logo(70, 70, 22, "VM", purple)
    p.text(100, 66, "Veridex Molecular", 18, "b", color=purple)
    p.text(100, 82, "Field Applications · On-site training record", 9, color=GREY)
    p.center(150, "OPERATOR CERTIFICATION", 20, "b")
    p.center(185, "Respiratory Panel Workflow on the VX-Flow System", 14, "b")
    y = p.wrap(
        60,
        225,
        p.w - 120,
        "Trainee: Callum Fitzgerald-Oduya\n"
        "Training site: Bayfront Regional Hospital Laboratory, Molecular Section\n"
        "Date of training: 11-Feb-2026\n"
        "Duration on site: 4 hours (including hands-on runs and lunch)\n"
        "Contact hours: 3.5",
        11,
        leading=19,
    )
    p.text(60, y + 20, "Competencies demonstrated", 11, "b")
    y = y + 32
    for item in (
        "Cartridge loading and sample prep",
        "Reviewing internal control failures",
        "Exporting results to the LIS",
    ):
        p.box(64, y, True, 9, "x")
        p.text(80, y + 8, item, 10)
        y += 16
    p.sign_line(60, y + 60, 200, "Field Applications Scientist", 24)
    p.text(
        60,
        p.h - 40,
        "Service ticket 0042-77813 · Veridex Molecular, 100 Lattice Way",
        7.5,
        color=GREY,
    )
    return Cert(
        p.finish(),
        truth(
            title="Respiratory Panel Workflow on the VX-Flow System",
            participant_name="Callum Fitzgerald-Oduya",
            provider="Veridex Molecular",
            completed_on="2026-02-11",
            hours="3.5",
        ),
        "vendor",
    )


def vendor_3() -> Cert:
    p = Page(A4_PAGE, "times")
    red = (0.7, 0.05, 0.1)
    p.border(28, red, 1.2, double=True)
    p.center(90, "APEX BLOOD SYSTEMS ACADEMY", 18, "b", color=red)
    p.center(110, "Immunohematology education for customers", 10, "i")
    p.center(170, "Certificate of Completion", 24, "i")
    p.center(215, "Mohammed Al-Khatib, MLS(ASCP)CM, SBB", 17, "b")
    p.center(245, "has completed", 11)
    p.center(272, "Automated Antibody Screening:", 15, "b")
    p.center(292, "Troubleshooting Reactivity Patterns", 15, "b")
    p.center(335, "Completion date: 07/22/2025", 11)
    p.center(353, "Credit: 1.0 P.A.C.E.® contact hour · Level: Advanced", 11)
    p.wrap(
        80,
        400,
        p.w - 160,
        "Apex Blood Systems Academy, P.A.C.E.® provider number 1360, is approved as a provider of "
        "continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® "
        "Program.",
        9.5,
        align="center",
    )
    p.sign_line(80, 560, 200, "Academy Director", 25)
    p.text(p.w - 80, 560, "Session code AB-7716", 9, align="right")
    return Cert(
        p.finish(),
        truth(
            title="Automated Antibody Screening: Troubleshooting Reactivity Patterns",
            participant_name="Mohammed Al-Khatib",
            provider="Apex Blood Systems Academy",
            completed_on="2025-07-22",
            hours="1",
            accreditation="pace",
            provider_number="1360",
            level="advanced",
        ),
        "vendor",
    )


def vendor_4() -> Cert:
    p = Page(A4_WIDE, "narrow")
    teal = (0.0, 0.45, 0.5)
    p.rect(30, 30, p.w - 60, p.h - 60, teal, None, 6)
    p.text(60, 80, "Halvorsen Lab Automation", 18, "b", color=teal)
    p.text(p.w - 60, 80, "Training record no. HLA-25-3390", 9, align="right")
    p.text(60, 140, "Training Certificate", 30, "b")
    p.text(60, 175, "Li Wei Chen-Martin", 22)
    p.text(
        60,
        205,
        "completed the Track Line Supervisor Training — Specimen Routing and Error Recovery",
        13,
    )
    p.text(60, 240, "Date: 2025-10-15        Hours of training: 6.0", 13, "b")
    p.wrap(
        60,
        280,
        p.w - 120,
        "Note: this vendor training does not qualify for ASCLS P.A.C.E.® or ASCP CMLE credit. "
        "Your employer may accept it as an in-service under its own policy.",
        10,
        "i",
    )
    p.sign_line(60, 400, 200, "Lead Trainer, Halvorsen Lab Automation", 26)
    return Cert(
        p.finish(),
        truth(
            title="Track Line Supervisor Training — Specimen Routing and Error Recovery",
            participant_name="Li Wei Chen-Martin",
            provider="Halvorsen Lab Automation",
            completed_on="2025-10-15",
            hours="6",
        ),
        "vendor",
    )


def university_1() -> Cert:
    p = Page(LETTER, "times")
    navy = (0.1, 0.15, 0.35)
    p.border(30, navy, 2.5, double=True)
    p.center(95, "Bellmont State University", 24, "b", color=navy)
    p.center(118, "Division of Continuing & Professional Studies", 12, "i")
    p.center(180, "Certificate of Continuing Education", 18)
    y = p.wrap(
        90,
        225,
        p.w - 180,
        "The Division of Continuing & Professional Studies awards 1.5 Continuing Education "
        "Units (CEUs) to",
        13,
        align="center",
    )
    p.center(y + 22, "Anneliese Vogt-Martinez", 22, "b")
    y = p.wrap(
        90,
        y + 55,
        p.w - 180,
        "for successful completion of the non-credit course Clinical Flow Cytometry: Principles "
        "and Panel Design, offered September 8 – October 27, 2025 (15 hours of instruction).",
        13,
        align="center",
    )
    p.center(
        y + 20,
        "One CEU is awarded for ten hours of participation in an organized program.",
        9,
        "i",
        color=GREY,
    )
    p.sign_line(90, 600, 190, "Dean, Continuing & Professional Studies", 27)
    p.sign_line(p.w - 280, 600, 190, "Registrar", 28)
    p.text(90, 690, "Course CPS-MLS 418 · Section 01", 9)
    return Cert(
        p.finish(),
        truth(
            title="Clinical Flow Cytometry: Principles and Panel Design",
            participant_name="Anneliese Vogt-Martinez",
            provider="Bellmont State University",
            start="2025-09-08",
            end="2025-10-27",
            ceu="1.5",
            course_number="CPS-MLS 418",
        ),
        "university",
    )


def university_2() -> Cert:
    p = Page(A4_PAGE, "serif")
    green = (0.15, 0.35, 0.2)
    p.text(50, 70, "University of Carrow Heights", 20, "b", color=green)
    p.text(50, 90, "College of Health Sciences · Department of Medical Laboratory Science", 10)
    p.line(50, 100, p.w - 50, 100, 2, green)
    p.text(50, 150, "Continuing Education Certificate", 18, "b")
    fields = [
        ("Name", "Zoë Kowalczyk-Hart"),
        ("Activity", "Spring Lecture: Mass Spectrometry for Steroid Hormones"),
        ("Date", "2025-05-16"),
        ("Credit", "0.2 CEU"),
        ("Approval", "ASCLS P.A.C.E.® provider 0211"),
    ]
    y = 190.0
    for label, value in fields:
        p.text(50, y, label, 10.5, "b")
        p.text(150, y, value, 10.5)
        y += 22
    p.wrap(
        50,
        y + 15,
        p.w - 100,
        "The Department of Medical Laboratory Science is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        9,
        "i",
    )
    p.sign_line(50, y + 110, 200, "Program Director, MLS", 29)
    return Cert(
        p.finish(),
        truth(
            title="Spring Lecture: Mass Spectrometry for Steroid Hormones",
            participant_name="Zoë Kowalczyk-Hart",
            provider="University of Carrow Heights",
            completed_on="2025-05-16",
            ceu="0.2",
            accreditation="pace",
            provider_number="0211",
        ),
        "university",
    )


def university_3() -> Cert:
    p = Page(LETTER_WIDE, "arial")
    blue = (0.0, 0.25, 0.55)
    p.rect(0, 0, p.w, 95, None, blue)
    p.text(50, 55, "WESTMARCH UNIVERSITY EXTENSION", 22, "b", color=(1, 1, 1))
    p.text(50, 77, "Health Sciences Professional Programs", 11, color=(0.85, 0.9, 1))
    p.text(50, 150, "Certificate of Completion", 24, "b", color=blue)
    p.text(50, 190, "Matteo Esposito-Lindahl", 22)
    p.text(50, 215, "Student ID W0045821", 9, color=GREY)
    p.text(50, 250, "Molecular Pathology Bootcamp: From Extraction to Variant Report", 16, "b")
    p.text(50, 275, "Held July 14–18, 2025 on the Westmarch Health Sciences campus", 11)
    p.table(
        50,
        300,
        [170, 110],
        [["Units attempted", "2.4"], ["CEUs earned", "2.4"], ["Grade", "Pass"]],
        11,
        header=False,
        rules=True,
        row_height=20,
    )
    p.sign_line(p.w - 280, 480, 210, "Director, Health Sciences Professional Programs", 30)
    return Cert(
        p.finish(),
        truth(
            title="Molecular Pathology Bootcamp: From Extraction to Variant Report",
            participant_name="Matteo Esposito-Lindahl",
            provider="Westmarch University Extension",
            start="2025-07-14",
            end="2025-07-18",
            ceu="2.4",
        ),
        "university",
    )


def university_4() -> Cert:
    p = Page(LETTER, "sans")
    p.text(p.w / 2, 70, "SOUTHERN PLAINS UNIVERSITY", 16, "b", align="center")
    p.center(88, "School of Allied Health · Office of Continuing Education", 10)
    p.center(150, "This certifies that", 11, "i")
    p.center(180, "Hoang Minh Châu", 20, "b")
    p.center(210, "completed the online lecture series", 11, "i")
    p.center(238, "Emerging Fungal Pathogens in the Clinical Laboratory", 14, "b")
    p.center(275, "on December 3, 2025, and is awarded", 11)
    p.center(305, "0.75 CEU", 18, "b")
    p.center(340, "(Continuing Education Units)", 10, color=GREY)
    p.sign_line(p.w / 2 - 100, 470, 200, "Coordinator of Continuing Education", 31)
    p.text(60, p.h - 50, "Enrollment no. 2025-OL-00871 · printed 12/10/2025", 8, color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Emerging Fungal Pathogens in the Clinical Laboratory",
            participant_name="Hoang Minh Châu",
            provider="Southern Plains University",
            completed_on="2025-12-03",
            ceu="0.75",
        ),
        "university",
    )


def _email(
    p: Page,
    print_head: str,
    headers: list[tuple[str, str]],
    subject: str,
    body: str,
    footer: str,
    size: float = 10,
) -> float:
    p.text(30, 24, print_head, 7.5, color=GREY)
    p.text(p.w - 30, p.h - 20, footer, 7.5, align="right", color=GREY)
    y = p.wrap(50, 70, p.w - 100, subject, 15, "b")
    p.line(50, y - 6, p.w - 50, y - 6, 0.5, GREY)
    y += 8
    for label, value in headers:
        p.text(50, y, label, 9.5, "b")
        p.text(110, y, value, 9.5)
        y += 15
    p.line(50, y, p.w - 50, y, 0.5, GREY)
    return p.wrap(50, y + 25, p.w - 100, body, size, leading=size * 1.45)


def webinar_1() -> Cert:
    p = Page(LETTER, "arial")
    _email(
        p,
        "3/11/25, 8:05 AM        Mail - Your CE certificate - Antifungal Susceptibility Testing",
        [
            ("From:", "LabWebcast Live <ce@labwebcast.example>"),
            ("Sent:", "Mon 3/10/2025 4:12 PM"),
            ("To:", "fz.benali@mail.example"),
        ],
        "Your CE certificate - Antifungal Susceptibility Testing: When and How",
        "Dear Fatima Zahra Benali,\n\n"
        "Thank you for attending our live webinar Antifungal Susceptibility Testing: When and "
        "How, broadcast on Thursday, March 6, 2025 at 1:00 PM Eastern.\n\n"
        "Webinar ID: 842 1193 0057\n"
        "Your attendance: 58 of 60 minutes (the minimum for credit is 50 minutes)\n"
        "Credit earned: 1.0 P.A.C.E.® contact hour\n"
        "P.A.C.E.® program number: 0733-AF-25\n\n"
        "LabWebcast Live is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program (provider 0733). Please "
        "keep this e-mail as your certificate of attendance.\n\n"
        "Best regards,\nThe LabWebcast Live team",
        "https://mail.example/owa/#path=/mail/inbox    1/1",
    )
    return Cert(
        p.finish(),
        truth(
            title="Antifungal Susceptibility Testing: When and How",
            participant_name="Fatima Zahra Benali",
            provider="LabWebcast Live",
            completed_on="2025-03-06",
            hours="1",
            accreditation="pace",
            provider_number="0733",
            course_number="0733-AF-25",
        ),
        "webinar-email",
    )


def webinar_2() -> Cert:
    p = Page(A4_PAGE, "sans")
    y = _email(
        p,
        "Printed from Webmail on 24 Nov 2025",
        [
            ("From", "Prairie Society for Clinical Lab Science <events@pscls.example>"),
            ("Date", "21 November 2025 09:14"),
            ("To", "Hamish MacLeod-Tan"),
        ],
        "Attendance record: Sickle Cell Disease Update (webinar of 19 November 2025)",
        "Hello Hamish,\n\nHere is your attendance record for the webinar below. No separate PDF "
        "will be sent.",
        "",
        9.5,
    )
    rows = [
        ["Attendee", "Hamish MacLeod-Tan"],
        ["Webinar", "Sickle Cell Disease Update: Newborn Screening to Gene Therapy"],
        ["Held on", "19 November 2025, 12:00–13:30 CST"],
        ["Credit", "1.5 ACCENT® credit hours"],
        ["Order", "#PS-118204"],
    ]
    y = p.table(50, y + 10, [90, 400], rows, 9.5, header=False, rules=True, row_height=19)
    p.wrap(
        50,
        y + 20,
        p.w - 100,
        "This webinar was approved by ADLM for 1.5 ACCENT® credit hours.\n\nPrairie Society for "
        "Clinical Lab Science · Education Committee",
        9.5,
    )
    return Cert(
        p.finish(),
        truth(
            title="Sickle Cell Disease Update: Newborn Screening to Gene Therapy",
            participant_name="Hamish MacLeod-Tan",
            provider="Prairie Society for Clinical Lab Science",
            completed_on="2025-11-19",
            hours="1.5",
            accreditation="accent",
        ),
        "webinar-email",
    )


def webinar_3() -> Cert:
    p = Page(LETTER, "sans")
    _email(
        p,
        "Inbox – chloe.bi@mail.example                                            Jul 11, 2025",
        [
            ("from:", "Kestrel Lab Education <no-reply@kestrel-lab.example>"),
            ("to:", "Chloé Beaumont-Iyer <chloe.bi@mail.example>"),
            ("date:", "Jul 10, 2025, 9:02 AM"),
        ],
        "Attendance confirmed — Cerebrospinal Fluid Analysis: Cell Counts to Cytospin Morphology",
        "Hi Chloé,\n\n"
        "You attended the live webinar “Cerebrospinal Fluid Analysis: Cell Counts to Cytospin "
        "Morphology” on 2025-07-09 at 13:00 CDT.\n\n"
        "  Duration ........................ 75 min\n"
        "  CE awarded ...................... 1.25 contact hours\n"
        "  Level ........................... Basic\n"
        "  P.A.C.E.® provider / program .... 2209 / 2209-CSF-0709\n\n"
        "Kestrel Lab Education is approved as a provider of continuing education programs in "
        "the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.\n\n"
        "Questions? Reply to this e-mail.\n— Kestrel Lab Education",
        "mail.example/u/0/#inbox/FMfcgz   1/1",
    )
    return Cert(
        p.finish(),
        truth(
            title="Cerebrospinal Fluid Analysis: Cell Counts to Cytospin Morphology",
            participant_name="Chloé Beaumont-Iyer",
            provider="Kestrel Lab Education",
            completed_on="2025-07-09",
            hours="1.25",
            accreditation="pace",
            provider_number="2209",
            course_number="2209-CSF-0709",
            level="basic",
        ),
        "webinar-email",
    )


def webinar_4() -> Cert:
    p = Page(LETTER, "times")
    _email(
        p,
        "Print - Message",
        [
            ("From:", "Summit Lab Leaders Network <learning@summitlab.example>"),
            ("Sent:", "Friday, January 30, 2026 7:45 AM"),
            ("To:", "Giovanni Di Stefano"),
            ("Subject:", "CE credit for session 2 of the Lab Finance series"),
        ],
        "CE credit for session 2 of the Lab Finance series",
        "Dear Giovanni Di Stefano,\n\n"
        "Thank you for joining session 2 of our three-part series Lab Finance for Bench "
        "Leaders. This e-mail records the credit for the session you attended:\n\n"
        "Session: Budgeting for Reagent Rental Agreements\n"
        "Live on: January 28, 2026\n"
        "Credit for this session: 2.0 contact hours\n"
        "(Up to 6.0 contact hours are available for the whole series.)\n\n"
        "Certificates for sessions 1 and 3 are sent separately after each session.\n\n"
        "Summit Lab Leaders Network\nMember services: 555-0107",
        "Page 1",
        11,
    )
    return Cert(
        p.finish(),
        truth(
            title="Budgeting for Reagent Rental Agreements",
            participant_name="Giovanni Di Stefano",
            provider="Summit Lab Leaders Network",
            completed_on="2026-01-28",
            hours="2",
        ),
        "webinar-email",
    )


def _florida_footer(p: Page, y: float) -> None:
    p.wrap(
        50,
        y,
        p.w - 100,
        "This certificate must be retained by the licensee for a period of four years. Hours "
        "are reported to CE Broker by the provider.",
        8,
        "i",
        color=GREY,
    )


def florida_1() -> Cert:
    p = Page(LETTER, "arial")
    orange = (0.9, 0.45, 0.1)
    p.text(50, 60, "Suncoast Laboratory Education, Inc.", 16, "b", color=orange)
    p.text(50, 76, "Florida Board of Clinical Laboratory Personnel Approved Provider #50-18832", 9)
    p.center(130, "CERTIFICATE OF COMPLETION", 20, "b")
    rows = [
        ["Licensee", "Maribel Fuentes-Ocampo"],
        ["Florida license #", "TS52817"],
        ["Course title", "Prevention of Medical Errors in the Clinical Laboratory"],
        ["CE Broker course #", "20-904417"],
        ["Date completed", "08/14/2025"],
        ["Delivery", "Self-study"],
    ]
    y = p.table(50, 160, [140, 370], rows, 10.5, header=False, rules=True, row_height=22)
    p.text(50, y + 30, "CE hours earned by specialty", 11, "b")
    y = p.table(
        50,
        y + 40,
        [300, 80],
        [["Specialty", "Hours"], ["Prevention of Medical Errors", "2.0"], ["Total", "2.0"]],
        10,
        bold_last=True,
        aligns="lr",
    )
    p.text(50, y + 25, "Reported to CE Broker on 08/15/2025 · Tracking # 7731-0291", 9, color=GREY)
    p.sign_line(50, y + 90, 200, "Provider signature", 32)
    _florida_footer(p, y + 130)
    return Cert(
        p.finish(),
        truth(
            title="Prevention of Medical Errors in the Clinical Laboratory",
            participant_name="Maribel Fuentes-Ocampo",
            provider="Suncoast Laboratory Education, Inc.",
            completed_on="2025-08-14",
            hours="2",
            accreditation="state-board",
            approval_number="50-18832",
            course_number="20-904417",
            license_number="TS52817",
            delivery="self-study",
        ),
        "florida",
    )


def florida_2() -> Cert:
    p = Page(LETTER_WIDE, "serif")
    green = (0.05, 0.4, 0.35)
    p.border(26, green, 2)
    p.center(80, "Palmetto Bay CE Institute", 18, "b", color=green)
    p.center(100, "Florida Board of Clinical Laboratory Personnel · Provider No. 50-40213", 10)
    p.center(150, "Certificate of Completion", 26, "i")
    p.center(190, "Dmitri Volkov-Santana", 22, "b")
    p.center(212, "Florida Clinical Laboratory License No. SU30912", 11)
    p.center(245, "HIV/AIDS for Florida Clinical Laboratory Personnel", 16, "b")
    p.center(270, "Course No. 20-771205 · Completed January 9, 2026 · 1.0 hour (HIV/AIDS)", 11)
    p.wrap(
        120,
        310,
        p.w - 240,
        "This course meets the Florida requirement of one hour of HIV/AIDS education for "
        "licence renewal. Completion has been reported to CE Broker.",
        10,
        align="center",
    )
    p.sign_line(120, 470, 200, "Education Director", 33)
    p.text(p.w - 120, 470, "Certificate 0019-2231", 9, align="right")
    return Cert(
        p.finish(),
        truth(
            title="HIV/AIDS for Florida Clinical Laboratory Personnel",
            participant_name="Dmitri Volkov-Santana",
            provider="Palmetto Bay CE Institute",
            completed_on="2026-01-09",
            hours="1",
            accreditation="state-board",
            approval_number="50-40213",
            course_number="20-771205",
            license_number="SU30912",
        ),
        "florida",
    )


def florida_3() -> Cert:
    p = Page(A4_PAGE, "sans")
    p.text(50, 60, "Tampa Bay Society of Laboratory Professionals", 14, "b")
    p.text(50, 76, "Fall Seminar · Saturday, October 18, 2025 · Hillsborough Medical Pavilion", 9)
    p.text(50, 125, "Florida CE Certificate of Attendance", 17, "b")
    fields = [
        ("Name", "Anjali Deshpande-Ruiz"),
        ("License", "CL0048871 (Florida)"),
        ("Program", "Fall Seminar: Antimicrobial Stewardship and Smear Morphology"),
        ("Date(s) of attendance", "10/18/2025"),
        ("FL provider approval", "50-11204"),
        ("CE Broker course", "20-880341"),
    ]
    y = 155.0
    for label, value in fields:
        p.text(50, y, label, 10, "b")
        p.text(190, y, value, 10)
        y += 18
    rows = [
        ["Specialty area", "Hours"],
        ["Microbiology", "2.0"],
        ["Hematology", "1.5"],
        ["Supervision / administration", "0.5"],
        ["Total hours", "4.0"],
    ]
    y = p.table(50, y + 15, [250, 70], rows, 10, rules=False, bold_last=True, aligns="lr")
    p.text(50, y + 25, "Registration fee paid: $45.00 · Receipt 55810", 8.5, color=GREY)
    p.sign_line(50, y + 85, 200, "Seminar Chair (provider signature)", 34)
    _florida_footer(p, y + 120)
    return Cert(
        p.finish(),
        truth(
            title="Fall Seminar: Antimicrobial Stewardship and Smear Morphology",
            participant_name="Anjali Deshpande-Ruiz",
            provider="Tampa Bay Society of Laboratory Professionals",
            completed_on="2025-10-18",
            hours="4",
            accreditation="state-board",
            approval_number="50-11204",
            course_number="20-880341",
            license_number="CL0048871",
        ),
        "florida",
    )


def florida_4() -> Cert:
    p = Page(LETTER, "courier")
    p.text(40, 30, "Course completion record                       Printed 01/19/2026", 8)
    p.text(50, 80, "EMERALD COAST LAB CE", 16, "b")
    p.text(50, 96, "FL Board of Clinical Lab Personnel provider 50-29905", 9)
    y = 140.0
    lines = [
        ("Participant ......", "Roberto Calderón Vega"),
        ("FL license .......", "TN 88127"),
        ("Course ...........", "Florida Laws and Rules for Clinical"),
        ("", "Laboratory Personnel (2026 edition)"),
        ("Course number ....", "20-1003388"),
        ("Completion date ..", "01-05-2026"),
        ("Credit hours .....", "1.0"),
        ("Subject area .....", "Florida Laws and Rules: 1.0"),
    ]
    for label, value in lines:
        p.text(50, y, label, 10.5, "b")
        p.text(220, y, value, 10.5)
        y += 17
    p.text(50, y + 20, "Status: reported to CE Broker (batch 2026-0106)", 9.5)
    p.sign_line(50, y + 90, 200, "Emerald Coast Lab CE, authorized signature", 35)
    return Cert(
        p.finish(),
        truth(
            title="Florida Laws and Rules for Clinical Laboratory Personnel (2026 edition)",
            participant_name="Roberto Calderón Vega",
            provider="Emerald Coast Lab CE",
            completed_on="2026-01-05",
            hours="1",
            accreditation="state-board",
            approval_number="50-29905",
            course_number="20-1003388",
            license_number="TN 88127",
        ),
        "florida",
    )


CERTIFICATES = [
    vendor_1,
    vendor_2,
    vendor_3,
    vendor_4,
    university_1,
    university_2,
    university_3,
    university_4,
    webinar_1,
    webinar_2,
    webinar_3,
    webinar_4,
    florida_1,
    florida_2,
    florida_3,
    florida_4,
]
