"""Online platform certificates, conference attendance, in-service letters and memos."""

from __future__ import annotations

from .model import Cert, truth
from .render import A4_PAGE, A4_WIDE, GREY, LETTER, LETTER_WIDE, Page

PACE_STATEMENT = (
    "is approved as a provider of continuing education programs in the clinical laboratory "
    "sciences by the ASCLS P.A.C.E.® Program."
)


def online_1() -> Cert:
    p = Page(LETTER_WIDE, "arial")
    teal = (0.0, 0.42, 0.45)
    p.border(22, teal, 3, double=True)
    p.logo(90, 82, 26, "ML", teal)
    p.text(126, 76, "MicroLearn Lab CE", 20, "b", color=teal)
    p.text(126, 94, "Online continuing education for the clinical laboratory", 9, color=GREY)
    p.text(p.w - 60, 76, "Order # 100234987", 8.5, align="right", color=GREY)
    p.text(p.w - 60, 89, "Certificate ID MLC-7F3A-2291", 8.5, align="right", color=GREY)
    p.center(160, "CERTIFICATE OF COMPLETION", 26, "b")
    p.center(195, "This certifies that", 12, "i")
    p.center(232, "Siobhán O'Malley-Reyes, MLS(ASCP)CM", 24, "b", color=teal)
    p.line(200, 242, p.w - 200, 242, 0.8, GREY)
    p.center(268, "has successfully completed the online course", 12)
    p.center(296, "Carbapenem-Resistant Enterobacterales: Detection", 17, "b")
    p.center(318, "Methods and Reporting in the Microbiology Laboratory", 17, "b")
    rows = [
        ("Completed", "March 14, 2025"),
        ("Contact hours", "1.5"),
        ("P.A.C.E.® course #", "583-112-25"),
        ("Level", "Intermediate"),
    ]
    x = 190
    for i, (label, value) in enumerate(rows):
        cx = x + i * 120
        p.text(cx, 362, label.upper(), 7.5, "b", color=GREY)
        p.text(cx, 378, value, 12)
    p.wrap(
        90,
        420,
        p.w - 180,
        "MicroLearn Lab CE (P.A.C.E.® Provider No. 583) " + PACE_STATEMENT,
        8.5,
        "i",
        align="center",
    )
    p.sign_line(90, 520, 200, "Director of Education, MicroLearn Lab CE", 11)
    p.text(p.w - 60, 560, "Printed 04/02/2025 10:41", 7.5, align="right", color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Carbapenem-Resistant Enterobacterales: Detection Methods and Reporting in "
            "the Microbiology Laboratory",
            participant_name="Siobhán O'Malley-Reyes",
            provider="MicroLearn Lab CE",
            completed_on="2025-03-14",
            hours="1.5",
            accreditation="pace",
            provider_number="583",
            course_number="583-112-25",
            level="intermediate",
        ),
        "online",
    )


def online_2() -> Cert:
    p = Page(A4_PAGE, "sans")
    p.rect(0, 0, p.w, 70, None, (0.16, 0.2, 0.33))
    p.text(40, 44, "BenchSkills Online", 22, "b", color=(1, 1, 1))
    p.text(p.w - 40, 44, "benchskills.example/verify", 9, align="right", color=(0.8, 0.85, 1))
    p.text(40, 130, "Certificate", 30, "r")
    p.text(40, 165, "This certifies that", 11, color=GREY)
    p.text(40, 195, "Kwame Asante-Boateng", 20, "b")
    p.text(40, 225, "has successfully completed", 11, color=GREY)
    y = p.wrap(
        40, 255, p.w - 80, "Urine Sediment Microscopy: Casts, Crystals and Look-alikes", 16, "b"
    )
    p.text(40, y + 10, "Course ID: BSO-UA-2207", 10)
    rows = [
        ["Date of completion", "2025-08-19"],
        ["Credit awarded", "2.0 contact hours"],
        ["Estimated course length", "approx. 120 min"],
        ["Post-test score", "92 % (passing score 80 %)"],
        ["Delivery", "Self-study (online, enduring)"],
    ]
    y = p.table(40, y + 30, [180, 240], rows, 10, rules=False, header=False, row_height=20)
    p.wrap(
        40,
        y + 25,
        p.w - 80,
        "This course is approved for 2.0 ASCLS P.A.C.E.® contact hours. BenchSkills Online, "
        "P.A.C.E.® provider number 1194, " + PACE_STATEMENT,
        9,
    )
    p.sign_line(40, y + 130, 180, "Leona Fairweather, MS, MLS(ASCP)\nCE Program Director", 22)
    p.text(40, p.h - 30, "Account 44-817-302  ·  Issued 2025-08-19 21:07 UTC", 7.5, color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Urine Sediment Microscopy: Casts, Crystals and Look-alikes",
            participant_name="Kwame Asante-Boateng",
            provider="BenchSkills Online",
            completed_on="2025-08-19",
            hours="2",
            accreditation="pace",
            provider_number="1194",
            course_number="BSO-UA-2207",
            delivery="self-study",
        ),
        "online",
    )


def online_3() -> Cert:
    p = Page(LETTER, "times")
    navy = (0.1, 0.15, 0.4)
    p.rect(36, 36, p.w - 72, 90, None, navy)
    p.text(56, 80, "NORTHGATE LAB ACADEMY", 22, "b", color=(1, 1, 1))
    p.text(
        56, 104, "Self-paced courses · Live webinars · Competency tools", 10, "i", color=(1, 1, 1)
    )
    p.center(185, "CE Certificate", 30, "b", color=navy)
    p.center(225, "José Luis Ibáñez", 22, "i")
    p.center(250, "completed Module 1 of the course", 12)
    p.center(280, "Quality Control Rules for Multi-Analyte Chemistry Panels", 15, "b")
    lines = [
        "Date completed: 09/30/2025",
        "CE credit awarded: 1 contact hour",
        "Maximum credit available for this course: 1.5 contact hours (Modules 1–2)",
        "Level: Intermediate",
    ]
    y = 330.0
    for line in lines:
        p.center(y, line, 12)
        y += 20
    p.wrap(
        90,
        y + 20,
        p.w - 180,
        "Northgate Lab Academy is approved as a provider of continuing education programs in "
        "the clinical laboratory sciences by the ASCLS P.A.C.E.® Program (provider 2051).",
        9.5,
        "i",
        align="center",
    )
    p.sign_line(90, 620, 190, "Registrar, Northgate Lab Academy", 3)
    p.text(p.w - 90, 620, "Learner no. 0098213", 9, align="right")
    p.text(p.w - 90, 634, "Transaction 5512-0087", 9, align="right")
    return Cert(
        p.finish(),
        truth(
            title="Quality Control Rules for Multi-Analyte Chemistry Panels",
            participant_name="José Luis Ibáñez",
            provider="Northgate Lab Academy",
            completed_on="2025-09-30",
            hours="1",
            accreditation="pace",
            provider_number="2051",
            level="intermediate",
        ),
        "online",
    )


def online_4() -> Cert:
    p = Page(A4_WIDE, "cond")
    plum = (0.45, 0.12, 0.38)
    p.rect(0, 0, 18, p.h, None, plum)
    p.text(50, 60, "Clinigen Learning Hub", 16, "b", color=plum)
    p.text(50, 76, "learning.clinigen-hub.example", 9, color=GREY)
    p.text(50, 150, "CERTIFICATE OF ACHIEVEMENT", 28, "b")
    p.text(50, 185, "awarded to", 12, color=GREY)
    p.text(50, 220, "Ngozi Eze-Okonkwo", 26, "b", color=plum)
    p.text(50, 260, "for completing the enduring online activity", 12, color=GREY)
    p.text(50, 288, "Therapeutic Drug Monitoring of Vancomycin: AUC-Guided Dosing", 17, "b")
    p.text(50, 310, "and the Laboratory's Role", 17, "b")
    p.text(50, 355, "Completed on Tuesday, 4 November 2025", 12)
    p.text(50, 375, "Format: Self-study", 12)
    p.text(50, 395, "Credit: 1.0 ACCENT® credit hour", 12)
    p.wrap(
        50,
        430,
        520,
        "This activity has been approved by the ADLM ACCENT® Continuing Education Program "
        "for 1.0 credit hour. Activity number 4417-25.",
        9.5,
    )
    p.sign_line(p.w - 260, 470, 200, "Dr. Amara Whitlock, PhD, DABCC\nScientific Director", 41)
    p.text(50, p.h - 36, "Valid until 11/04/2028 for verification purposes.", 8, color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Therapeutic Drug Monitoring of Vancomycin: AUC-Guided Dosing and the "
            "Laboratory's Role",
            participant_name="Ngozi Eze-Okonkwo",
            provider="Clinigen Learning Hub",
            completed_on="2025-11-04",
            hours="1",
            accreditation="accent",
            course_number="4417-25",
            delivery="self-study",
        ),
        "online",
    )


def conference_1() -> Cert:
    p = Page(LETTER, "arial")
    gold = (0.6, 0.45, 0.1)
    p.logo(p.w / 2, 70, 28, "GC", gold)
    p.center(125, "Gulf Coast Society for Laboratory Professionals", 13, "b")
    p.center(160, "CERTIFICATE OF ATTENDANCE", 22, "b", color=gold)
    p.center(195, "Gulf Coast Laboratory Science Symposium 2025", 15, "b")
    p.center(214, "October 8–10, 2025 · Harborview Convention Center, Port Alder", 10, color=GREY)
    p.center(250, "Presented to", 11, "i")
    p.center(278, "Marguerite St. Clair-Dubois", 20, "b")
    rows = [
        ["Day", "Date", "Sessions attended", "Contact hours"],
        ["1", "Wed, Oct 8, 2025", "Plenary; Hemostasis track", "6.0"],
        ["2", "Thu, Oct 9, 2025", "Microbiology track; Posters", "5.5"],
        ["3", "Fri, Oct 10, 2025", "Management workshop", "3.0"],
        ["", "", "Total contact hours earned", "14.5"],
    ]
    y = p.table(
        80,
        310,
        [40, 130, 200, 80],
        rows,
        10,
        bold_last=True,
        aligns="lllr",
        head_fill=(0.93, 0.89, 0.8),
    )
    p.text(
        80, y + 18, "Maximum available over the three days: 18.0 contact hours.", 9, "i", color=GREY
    )
    p.wrap(
        80,
        y + 45,
        p.w - 160,
        "The Gulf Coast Society for Laboratory Professionals (P.A.C.E.® provider 311) "
        + PACE_STATEMENT,
        9,
    )
    p.sign_line(80, y + 130, 180, "Symposium Chair", 5)
    p.sign_line(p.w - 260, y + 130, 180, "CE Coordinator", 6)
    p.text(80, p.h - 40, "Member no. 20417 · Badge 0881", 8, color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Gulf Coast Laboratory Science Symposium 2025",
            participant_name="Marguerite St. Clair-Dubois",
            provider="Gulf Coast Society for Laboratory Professionals",
            start="2025-10-08",
            end="2025-10-10",
            hours="14.5",
            accreditation="pace",
            provider_number="311",
        ),
        "conference",
    )


def conference_2() -> Cert:
    p = Page(LETTER_WIDE, "serif")
    green = (0.1, 0.35, 0.2)
    p.border(30, green, 1.5)
    p.text(60, 80, "Upper Midwest Clinical Laboratory Association", 14, "b", color=green)
    p.text(60, 96, "UMCLA Regional Meeting · Duluth Harbor Hotel", 10, color=GREY)
    p.center(150, "Certificate of Attendance", 26, "i")
    p.center(190, "Lars Øyvind Haugen", 22, "b")
    p.center(215, "attended the", 11)
    p.center(240, "2025 UMCLA Regional Meeting: Laboratory Stewardship in Practice", 15, "b")
    p.text(180, 285, "Days attended", 10, "b")
    p.box(180, 296, True)
    p.text(196, 304, "Thursday 12 June 2025 — 6.5 credit hours", 11)
    p.box(180, 316, True)
    p.text(196, 324, "Friday 13 June 2025 — 4.0 credit hours", 11)
    p.text(180, 352, "Total ACCENT® credit hours earned: 10.5", 12, "b")
    p.wrap(
        180,
        380,
        440,
        "This meeting has been approved by ADLM for ACCENT® continuing education credit. "
        "Approval no. 5520.",
        9,
        "i",
    )
    p.sign_line(p.w - 270, 470, 190, "Program Committee Chair, UMCLA", 8)
    return Cert(
        p.finish(),
        truth(
            title="2025 UMCLA Regional Meeting: Laboratory Stewardship in Practice",
            participant_name="Lars Øyvind Haugen",
            provider="Upper Midwest Clinical Laboratory Association",
            start="2025-06-12",
            end="2025-06-13",
            hours="10.5",
            accreditation="accent",
        ),
        "conference",
    )


def conference_3() -> Cert:
    p = Page(A4_PAGE, "sans")
    red = (0.6, 0.1, 0.12)
    p.text(40, 60, "HIGH DESERT LABORATORY CONGRESS", 17, "b", color=red)
    p.text(40, 78, "hosted by the Sonoran Society of Clinical Laboratory Science", 10)
    p.line(40, 90, p.w - 40, 90, 1.5, red)
    p.text(40, 130, "Attendance verification and CE record", 15, "b")
    p.text(40, 160, "Attendee:", 10, "b")
    p.text(120, 160, "Imani Thompson-Greer", 11)
    p.text(40, 178, "Event:", 10, "b")
    p.text(120, 178, "High Desert Laboratory Congress 2025", 11)
    p.text(40, 196, "Registration:", 10, "b")
    p.text(120, 196, "HDLC25-0631", 11)
    p.text(
        40,
        230,
        "Tick the days you attended. Claim only the hours you attended.",
        9,
        "i",
        color=GREY,
    )
    days = [
        ("Day 1", "April 23, 2025", True, "6.0"),
        ("Day 2", "April 24, 2025", False, "6.0"),
        ("Day 3", "April 25, 2025", True, "4.0"),
    ]
    y = 250.0
    p.table(40, y, [30, 70, 140, 120], [["", "Day", "Date", "Hours offered"]], 9.5, rules=False)
    y += 20
    for label, date, ticked, hours in days:
        p.box(48, y + 5, ticked, 10)
        p.text(74, y + 13, label, 10)
        p.text(144, y + 13, date, 10)
        p.text(284, y + 13, hours, 10)
        y += 22
    p.line(40, y + 4, 400, y + 4, 0.8)
    p.text(74, y + 22, "Contact hours claimed:", 11, "b")
    p.text(284, y + 22, "10.0", 11, "b")
    p.wrap(
        40,
        y + 60,
        p.w - 80,
        "Sonoran Society of Clinical Laboratory Science is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. "
        "Provider number 788. Program number 788-401-25.",
        9,
    )
    p.sign_line(40, y + 150, 200, "Attendee signature", 9)
    p.sign_line(p.w - 240, y + 150, 200, "Registrar", 10)
    return Cert(
        p.finish(),
        truth(
            title="High Desert Laboratory Congress 2025",
            participant_name="Imani Thompson-Greer",
            provider="Sonoran Society of Clinical Laboratory Science",
            start="2025-04-23",
            end="2025-04-25",
            hours="10",
            accreditation="pace",
            provider_number="788",
            course_number="788-401-25",
        ),
        "conference",
    )


def conference_4() -> Cert:
    p = Page(LETTER, "times")
    blue = (0.15, 0.3, 0.55)
    p.border(24, blue, 4)
    p.center(80, "Appalachian Association of Laboratory Scientists", 15, "b", color=blue)
    p.center(118, "41st Annual Spring Seminar", 24, "b")
    p.center(150, "Certificate of Attendance", 16, "i")
    y = p.wrap(
        70,
        190,
        p.w - 140,
        "This is to certify that Deshawn Carter-Ellis Jr., MLT(ASCP), attended the 41st Annual "
        "Spring Seminar, held March 5–7, 2026 at the Blue Ridge Conference Lodge, and earned "
        "12.75 contact hours of P.A.C.E.® credit.",
        13,
        align="center",
    )
    rows = [
        ["Thursday, March 5", "Opening keynote; Transfusion service sessions", "4.5"],
        ["Friday, March 6", "Molecular diagnostics; Lab leadership round table", "5.25"],
        ["Saturday, March 7", "Parasitology wet workshop (half day)", "3.0"],
    ]
    y = p.table(80, y + 20, [120, 270, 50], rows, 9.5, rules=False, header=False, aligns="llr")
    p.text(p.w - 82, y + 14, "Total 12.75", 10, "b", align="right")
    p.wrap(
        70,
        y + 45,
        p.w - 140,
        "P.A.C.E.® provider no. 0426 · Program no. 0426-SS41-26 · Level: Intermediate. "
        "The Appalachian Association of Laboratory Scientists " + PACE_STATEMENT,
        9,
        align="center",
    )
    p.sign_line(90, 640, 180, "President, AALS", 12)
    p.sign_line(p.w - 270, 640, 180, "Seminar Chair", 13)
    p.text(70, 730, "Member ID 77310", 8, color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="41st Annual Spring Seminar",
            participant_name="Deshawn Carter-Ellis Jr.",
            provider="Appalachian Association of Laboratory Scientists",
            start="2026-03-05",
            end="2026-03-07",
            hours="12.75",
            accreditation="pace",
            provider_number="0426",
            course_number="0426-SS41-26",
            level="intermediate",
        ),
        "conference",
    )


def _letterhead(
    p: Page, name: str, unit: str, address: str, color: tuple[float, float, float]
) -> float:
    p.text(60, 60, name, 16, "b", color=color)
    p.text(60, 77, unit, 10.5)
    p.text(60, 91, address, 8.5, color=GREY)
    p.line(60, 100, p.w - 60, 100, 1.2, color)
    return 130.0


def letter_1() -> Cert:
    p = Page(LETTER, "times")
    y = _letterhead(
        p,
        "St. Brendan Regional Medical Center",
        "Department of Pathology & Laboratory Medicine",
        "1400 Quarry Road · Millbrook, OH 43901 · (555) 014-2200",
        (0.25, 0.1, 0.45),
    )
    p.text(60, y + 10, "May 2, 2025", 11)
    p.text(60, y + 45, "To whom it may concern:", 11)
    y = p.wrap(
        60,
        y + 75,
        p.w - 120,
        "This letter verifies that Priya Raghunathan, MLT(ASCP), an employee of our core "
        "laboratory, attended the department in-service “Massive Transfusion Protocol Update: "
        "Roles of the Blood Bank and the Trauma Team” on April 17, 2025. The session lasted 60 "
        "minutes and is recognised by the department as 1.0 contact hour of continuing education.",
        11.5,
        leading=17,
    )
    y = p.wrap(
        60,
        y + 12,
        p.w - 120,
        "The presenter was Dr. Colm Farrelly, Medical Director of Transfusion Medicine. An "
        "attendance roster is on file with the laboratory education office.",
        11.5,
        leading=17,
    )
    p.text(60, y + 30, "Sincerely,", 11)
    p.sign_line(60, y + 90, 200, "Harriet Lindqvist, MBA, MLS(ASCP)\nLaboratory Manager", 14, 10.5)
    return Cert(
        p.finish(),
        truth(
            title="Massive Transfusion Protocol Update: Roles of the Blood Bank and the Trauma Team",
            participant_name="Priya Raghunathan",
            provider="St. Brendan Regional Medical Center",
            completed_on="2025-04-17",
            hours="1",
        ),
        "letter",
    )


def letter_2() -> Cert:
    p = Page(A4_PAGE, "arial")
    green = (0.0, 0.4, 0.3)
    p.logo(p.w - 80, 70, 24, "LH", green)
    y = _letterhead(
        p,
        "Lakeshore Health",
        "Clinical Laboratory Services — Education Office",
        "88 Pier Street, Kingsport Bay · lab.education@lakeshore-health.example",
        green,
    )
    p.text(60, y + 10, "15 September 2025", 10.5)
    p.text(60, y + 40, "Re: Verification of in-service attendance", 10.5, "b")
    y = p.wrap(
        60,
        y + 70,
        p.w - 120,
        "We confirm that Tomasz Wójcik-Brennan attended the following laboratory in-service:",
        10.5,
        leading=15,
    )
    rows = [
        ["Title", "Blood Culture Contamination: Collection Technique Review"],
        ["Date held", "Tuesday, September 9, 2025"],
        ["Length", "90-minute session"],
        ["Contact hours", "1.5"],
        ["Presenter", "Infection Prevention & Microbiology"],
    ]
    y = p.table(60, y + 10, [110, 340], rows, 10, header=False, rules=True, row_height=20)
    y = p.wrap(
        60,
        y + 20,
        p.w - 120,
        "This in-service was an internal education activity and was not submitted for external "
        "accreditation. Please contact the Education Office with any questions.",
        10.5,
        leading=15,
    )
    p.text(60, y + 20, "Kind regards,", 10.5)
    p.sign_line(
        60, y + 80, 200, "Fenella Okoro, MLS(ASCP)\nLaboratory Education Coordinator", 15, 9.5
    )
    return Cert(
        p.finish(),
        truth(
            title="Blood Culture Contamination: Collection Technique Review",
            participant_name="Tomasz Wójcik-Brennan",
            provider="Lakeshore Health",
            completed_on="2025-09-09",
            hours="1.5",
        ),
        "letter",
    )


def letter_3() -> Cert:
    p = Page(LETTER, "serif")
    maroon = (0.5, 0.1, 0.15)
    y = _letterhead(
        p,
        "Mercy Valley Hospital",
        "Laboratory Medicine · Continuing Education",
        "212 Orchard Avenue, Glen Harrow, PA 17000",
        maroon,
    )
    p.text(p.w - 60, y + 10, "January 22, 2026", 10.5, align="right")
    p.text(60, y + 40, "Dear Ms. Nakamura-Holt,", 10.5)
    y = p.wrap(
        60,
        y + 68,
        p.w - 120,
        "Thank you for attending our January in-service. This letter is your certificate of "
        "attendance. Please keep it with your continuing education records.",
        10.5,
        leading=15,
    )
    fields = [
        ("Participant", "Emiko Nakamura-Holt"),
        ("Program", "Hemoglobin Variants on HPLC: Reading the Chromatogram"),
        ("Date", "January 13, 2026"),
        ("Contact hours", "2.0"),
        ("Level", "Basic"),
        ("P.A.C.E.® provider #", "1027"),
        ("P.A.C.E.® program #", "1027-0415-26"),
    ]
    y += 12
    for label, value in fields:
        p.text(80, y, label + ":", 10.5, "b")
        p.text(220, y, value, 10.5)
        y += 17
    y = p.wrap(
        60,
        y + 12,
        p.w - 120,
        "Mercy Valley Hospital Laboratory " + PACE_STATEMENT,
        9.5,
        "i",
    )
    p.sign_line(60, y + 70, 200, "Corinne Abernathy, MS, MLS(ASCP)SH\nEducation Coordinator", 16)
    return Cert(
        p.finish(),
        truth(
            title="Hemoglobin Variants on HPLC: Reading the Chromatogram",
            participant_name="Emiko Nakamura-Holt",
            provider="Mercy Valley Hospital",
            completed_on="2026-01-13",
            hours="2",
            accreditation="pace",
            provider_number="1027",
            course_number="1027-0415-26",
            level="basic",
        ),
        "letter",
    )


def letter_4() -> Cert:
    p = Page(LETTER, "arial")
    blue = (0.05, 0.3, 0.6)
    y = _letterhead(
        p,
        "Cedar Plains Community Hospital",
        "Clinical Laboratory",
        "9 Prairie Gate Blvd · Cedar Plains, KS 67000",
        blue,
    )
    p.text(60, y + 10, "Date: 03/04/2025", 10.5)
    p.text(60, y + 30, "Subject: Continuing education — winter in-service series", 10.5, "b")
    y = p.wrap(
        60,
        y + 60,
        p.w - 120,
        "Rafael Quintero-Salas attended the sessions of the Winter Bench Education Series marked "
        "below. The series ran on Tuesdays in February 2025.",
        10.5,
        leading=15,
    )
    rows = [
        ["Date", "Session", "Attended", "Hours"],
        ["02/04/2025", "Peripheral smear review refresher", "yes", "1.0"],
        ["02/11/2025", "Coagulation pre-analytics", "yes", "1.0"],
        ["02/18/2025", "Body fluid cell counts", "no", "—"],
        ["02/25/2025", "Critical value call-backs", "yes", "0.5"],
        ["", "Total hours attended", "", "2.5"],
    ]
    y = p.table(
        60,
        y + 12,
        [80, 250, 70, 60],
        rows,
        10,
        bold_last=True,
        aligns="llcr",
        head_fill=(0.88, 0.92, 0.98),
    )
    p.sign_line(60, y + 80, 200, "Wendell Osei, MT(ASCP)\nLaboratory Director", 17)
    return Cert(
        p.finish(),
        truth(
            title="Winter Bench Education Series",
            participant_name="Rafael Quintero-Salas",
            provider="Cedar Plains Community Hospital",
            start="2025-02-04",
            end="2025-02-25",
            hours="2.5",
        ),
        "letter",
    )


def _memo_head(p: Page, org: str, rows: list[tuple[str, str]], y: float) -> float:
    p.text(60, y, org, 11, "b")
    p.text(60, y + 40, "MEMORANDUM", 20, "b")
    y += 75
    for label, value in rows:
        p.text(60, y, label, 10.5, "b")
        p.text(140, y, value, 10.5)
        y += 18
    p.line(60, y, p.w - 60, y, 1.0)
    return y + 25


def memo_1() -> Cert:
    p = Page(LETTER, "courier")
    y = _memo_head(
        p,
        "Riverbend Methodist Hospital — Laboratory",
        [
            ("TO:", "Ruth Ann McAllister, MLT"),
            ("FROM:", "Laboratory Education Coordinator"),
            ("DATE:", "11/03/2025"),
            ("RE:", "In-service attendance record"),
        ],
        60,
    )
    y = p.wrap(
        60,
        y,
        p.w - 120,
        "Please file this memo with your CE records. On 10/28/2025 you attended the "
        "following in-service:\n\n"
        "   Point-of-Care Glucose Meter Recertification and QC Lockout Review\n\n"
        "Instruction time: 50 minutes. Credit: 1.0 contact hour.\n"
        "Attendance was confirmed from the sign-in sheet.",
        10.5,
        leading=15,
    )
    p.sign_line(60, y + 60, 200, "B. Castellanos-Ruiz\nEducation Coordinator", 18, 9.5)
    return Cert(
        p.finish(),
        truth(
            title="Point-of-Care Glucose Meter Recertification and QC Lockout Review",
            participant_name="Ruth Ann McAllister",
            provider="Riverbend Methodist Hospital",
            completed_on="2025-10-28",
            hours="1",
        ),
        "memo",
    )


def memo_2() -> Cert:
    p = Page(A4_PAGE, "sans")
    y = _memo_head(
        p,
        "Harbourgate University Hospital · Blood Transfusion Laboratory",
        [
            ("To:", "Aoife Ní Bhriain"),
            ("From:", "Transfusion Safety Officer"),
            ("Date:", "2 December 2025"),
            ("Subject:", "Confirmation of training attendance"),
        ],
        50,
    )
    y = p.wrap(
        60,
        y,
        p.w - 120,
        "This memo confirms your attendance at the annual transfusion safety training held on "
        "27 November 2025.",
        10,
        leading=14,
    )
    rows = [
        ["Training", "Annual Transfusion Safety Update: Wrong Blood in Tube Events"],
        ["Duration", "2 hours 15 minutes including a 15-minute break"],
        ["CE hours", "2.0"],
        ["Approval", "ASCLS P.A.C.E.® — Harbourgate provider 0612, program 0612-TS-25"],
    ]
    y = p.table(60, y + 10, [90, 385], rows, 9.5, header=False, rules=False, row_height=19)
    y = p.wrap(
        60,
        y + 20,
        p.w - 120,
        "Attendance at this training is mandatory for all staff who issue blood components.",
        10,
        leading=14,
    )
    p.text(60, y + 40, "M. Adeyemi-Cole, Transfusion Safety Officer", 10)
    return Cert(
        p.finish(),
        truth(
            title="Annual Transfusion Safety Update: Wrong Blood in Tube Events",
            participant_name="Aoife Ní Bhriain",
            provider="Harbourgate University Hospital",
            completed_on="2025-11-27",
            hours="2",
            accreditation="pace",
            provider_number="0612",
            course_number="0612-TS-25",
        ),
        "memo",
    )


def memo_3() -> Cert:
    p = Page(LETTER, "cond")
    y = 50.0
    p.rect(50, y, p.w - 100, 40, None, (0.85, 0.85, 0.85))
    p.text(60, y + 26, "INTEROFFICE MEMO · Sunfield Medical Group Reference Laboratory", 13, "b")
    y = _memo_head(
        p,
        "",
        [
            ("TO:", "Employee education file — Bảo Ngọc Trương"),
            ("FROM:", "Quality & Compliance, Microbiology"),
            ("DATE:", "August 29, 2025"),
            ("RE:", "Bench in-service completed 08/21/2025"),
        ],
        100,
    )
    y = p.wrap(
        60,
        y,
        p.w - 120,
        "Bảo Ngọc Trương completed the bench in-service “MALDI-TOF Identification: Target "
        "Spotting, Extraction and Result Review” on August 21, 2025. The in-service consisted "
        "of a 30-minute presentation and a 45-minute supervised practical.\n\n"
        "Contact hours awarded: 1.25 (total instruction 75 minutes).\n\n"
        "This in-service is an internal training record. It carries no ASCLS P.A.C.E.® or "
        "ADLM ACCENT® approval.",
        11,
        leading=15,
    )
    p.sign_line(60, y + 60, 200, "Q&C Specialist", 19)
    return Cert(
        p.finish(),
        truth(
            title="MALDI-TOF Identification: Target Spotting, Extraction and Result Review",
            participant_name="Bảo Ngọc Trương",
            provider="Sunfield Medical Group Reference Laboratory",
            completed_on="2025-08-21",
            hours="1.25",
        ),
        "memo",
    )


def memo_4() -> Cert:
    p = Page(LETTER, "times")
    y = _memo_head(
        p,
        "North Ridge Veterans Clinic Laboratory",
        [
            ("TO:", "Kenji O'Hara"),
            ("CC:", "Laboratory personnel file"),
            ("FROM:", "Chemistry Section Supervisor"),
            ("DATE:", "4/14/2026"),
        ],
        60,
    )
    p.text(60, y, "Re: Chemistry analyzer changeover — staff in-service", 11, "b")
    y = p.wrap(
        60,
        y + 25,
        p.w - 120,
        "You attended the chemistry section in-service on 4/7/2026. Details for your records:",
        11,
        leading=15,
    )
    rows = [
        ["Title:", "New Chemistry Line Changeover:"],
        ["", "Calibration Verification and AMR Studies"],
        ["Presented by:", "Section Supervisor and vendor applications specialist"],
        ["Hours:", "1.5 contact hours"],
    ]
    y = p.table(80, y + 5, [100, 330], rows, 11, header=False, rules=False, row_height=18)
    p.text(60, y + 30, "Supervisor initials: ____ J.P.", 10)
    return Cert(
        p.finish(),
        truth(
            title="New Chemistry Line Changeover: Calibration Verification and AMR Studies",
            participant_name="Kenji O'Hara",
            provider="North Ridge Veterans Clinic Laboratory",
            completed_on="2026-04-07",
            hours="1.5",
        ),
        "memo",
    )


CERTIFICATES = [
    online_1,
    online_2,
    online_3,
    online_4,
    conference_1,
    conference_2,
    conference_3,
    conference_4,
    letter_1,
    letter_2,
    letter_3,
    letter_4,
    memo_1,
    memo_2,
    memo_3,
    memo_4,
]
