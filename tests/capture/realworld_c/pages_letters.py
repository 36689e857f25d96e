"""Memos, in-service letters and printed e-mails (realworld_c)."""

from __future__ import annotations

from .draw import A4_P, LETTER_P, Cell, Page, Registry, rgb

pages = Registry()

GREY = rgb("#555555")
NAVY = rgb("#1d3557")


@pages("memo_to_line")
def memo_to_line() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 58, "BRIGHTWATER REGIONAL MEDICAL CENTER", 15, "lib-b", NAVY)
    p.text(
        54,
        74,
        "Department of Pathology & Laboratory Medicine  ·  410 Harbor View Road, Marlow Bay, OR 97999",
        8,
        "lib",
        GREY,
    )
    p.line(54, 82, p.w - 54, 82, 1.5, NAVY)
    p.text(54, 120, "MEMORANDUM", 20, "lib-b")
    rows = [
        ("TO:", "Keisha Montgomery-Bale, MLS(ASCP)CM"),
        ("FROM:", "Laboratory Education Coordinator"),
        ("CC:", "Employee education file"),
        ("DATE:", "March 14, 2025"),
        ("RE:", "Documentation of in-service attendance"),
    ]
    y = 156
    for label, value in rows:
        p.text(54, y, label, 11, "lib-b")
        p.text(120, y, value, 11, "lib")
        y += 20
    p.line(54, y - 6, p.w - 54, y - 6, 0.8)
    y += 16
    y = p.wrap(
        54,
        y,
        p.w - 108,
        "This memo documents your attendance at the laboratory in-service listed below. Please keep "
        "it with your continuing education records; a copy has been placed in your education file.",
        11,
        "lib",
    )
    y += 10
    detail = [
        ("In-service:", "Hemolysis Detection and Specimen Rejection Criteria"),
        ("Held:", "Tuesday, March 4, 2025, 07:00–08:00, Conference Room B"),
        ("Presenter:", "Gordon Fairweather, MLS(ASCP), Chemistry Lead"),
        ("Contact hours:", "1.0"),
    ]
    for label, value in detail:
        p.text(72, y, label, 11, "lib-b")
        p.text(170, y, value, 11, "lib")
        y += 18
    y += 14
    p.wrap(
        54,
        y,
        p.w - 108,
        "Contact hours were assigned by the laboratory education committee on the basis of the "
        "instructional time. Questions may be sent to lab.education@brightwater.example.",
        11,
        "lib",
    )
    p.text(54, 640, "Hannelore Vestergaard, MS, MLS(ASCP)", 11, "lib")
    p.text(54, 655, "Laboratory Education Coordinator", 10, "lib-i")
    return p.finish(), {
        "title": "Hemolysis Detection and Specimen Rejection Criteria",
        "participant_name": "Keisha Montgomery-Bale",
        "provider": "Brightwater Regional Medical Center",
        "completed_on": "2025-03-04",
        "hours": "1",
    }


@pages("memo_minutes_only")
def memo_minutes_only() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.logo(80, 70, 24, rgb("#2a9d8f"), "SV")
    p.text(115, 64, "St. Veronica Health System", 16, "serif-b")
    p.text(115, 80, "Core Laboratory · Education Office", 9, "serif-i", GREY)
    p.text(p.w - 54, 64, "INTERNAL MEMO", 12, "sans-b", rgb("#2a9d8f"), "right")
    y = 130
    for label, value in [
        ("To", "Rafael Quiñones Ortega"),
        ("From", "Core Lab Education Office"),
        ("Date", "2 May 2025"),
        ("Subject", "Safety in-service credit"),
    ]:
        p.text(54, y, label, 10, "sans-b")
        p.text(130, y, ":  " + value, 10, "sans")
        y += 17
    p.line(54, y, p.w - 54, y, 0.5)
    y += 26
    y = p.wrap(
        54,
        y,
        p.w - 108,
        "Thank you for attending the in-service \u201cChemical Spill Response in the Core Laboratory\u201d "
        "on 24 April 2025. The session consisted of 75 minutes of instruction (breaks not included) "
        "followed by a hands-on drill with the spill kit.",
        10.5,
        "serif",
    )
    y += 8
    y = p.wrap(
        54,
        y,
        p.w - 108,
        "Our department records in-service credit in minutes of instruction; 75 minutes have been "
        "recorded on your transcript. Your supervisor may use this memo as documentation for "
        "certification maintenance.",
        10.5,
        "serif",
    )
    p.text(54, y + 50, "Core Lab Education Office", 10, "serif-i")
    p.text(54, p.h - 40, "SVHS-LAB-EDU-FORM 12  rev. 01/2024", 7, "sans", GREY)
    return p.finish(), {
        "title": "Chemical Spill Response in the Core Laboratory",
        "participant_name": "Rafael Quiñones Ortega",
        "provider": "St. Veronica Health System",
        "completed_on": "2025-04-24",
        "minutes": "75",
    }


@pages("memo_two_listed_days")
def memo_two_listed_days() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.rect(0, 0, p.w, 70, 0, None, rgb("#edf2f4"))
    p.text(40, 42, "Kestrel Valley Hospital  —  Microbiology Section", 14, "cond-b")
    p.text(p.w - 40, 42, "Memo no. KVH-MB-2025-117", 9, "cond", GREY, "right")
    y = 110
    for label, value in [
        ("TO:", "Anneliese Brandt-Okonkwo"),
        ("FROM:", "Dr. Leopold Haverkamp, Section Head"),
        ("DATE:", "27 October 2025"),
    ]:
        p.text(40, y, label, 10.5, "cond-b")
        p.text(100, y, value, 10.5, "cond")
        y += 18
    p.text(40, y, "SUBJECT:", 10.5, "cond-b")
    p.text(100, y, "MALDI-TOF Identification Workshop –", 10.5, "cond")
    p.text(100, y + 15, "Yeasts and Filamentous Fungi", 10.5, "cond")
    y += 44
    y = p.wrap(
        40,
        y,
        p.w - 80,
        "You completed the two-day workshop named in the subject line, held on 9 and 10 October 2025 "
        "in the Microbiology teaching laboratory. The workshop comprised lectures, bench sessions "
        "and a practical assessment, which you passed.",
        10.5,
        "cond",
    )
    y += 8
    p.table(
        40,
        y,
        [200, 120, 120],
        [
            ["Day", "Date", "Contact hours"],
            ["Day 1 – lectures and bench", "09/10/2025", "3.5"],
            ["Day 2 – bench and assessment", "10/10/2025", "3.0"],
            [Cell("Total", "cond-b"), "", Cell("6.5", "cond-b")],
        ],
        10,
        "cond",
        "cond-b",
        18,
        "grid",
        rgb("#edf2f4"),
    )
    p.text(40, y + 100, "Dates are written day/month/year.", 9, "cond", GREY)
    p.text(40, y + 150, "L. Haverkamp", 13, "serif-i")
    p.text(40, y + 166, "Section Head, Microbiology", 9.5, "cond")
    return p.finish(), {
        "title": "MALDI-TOF Identification Workshop – Yeasts and Filamentous Fungi",
        "participant_name": "Anneliese Brandt-Okonkwo",
        "provider": "Kestrel Valley Hospital",
        "start": "2025-10-09",
        "end": "2025-10-10",
        "hours": "6.5",
    }


@pages("letter_mid_sentence")
def letter_mid_sentence() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.centre(60, "CEDAR HOLLOW COMMUNITY HOSPITAL", 14, "times-b")
    p.centre(
        76,
        "Clinical Laboratory  ·  88 Millrace Lane  ·  Cedar Hollow, KY 40999  ·  (502) 555-0148",
        8.5,
        "times",
    )
    p.line(72, 86, p.w - 72, 86, 0.7)
    p.text(72, 130, "November 3, 2025", 11, "times")
    p.text(72, 170, "To Whom It May Concern:", 11, "times")
    y = p.wrap(
        72,
        200,
        p.w - 144,
        "This letter confirms that Ms. Oluwaseun Adeyemi-Clarke, MLT(ASCP), attended the laboratory "
        "in-service education program Blood Culture Contamination: Collection Technique and "
        "Feedback Reporting, presented in our hospital on Thursday, October 16, 2025. The program "
        "provided two (2) contact hours of continuing education, assigned by our laboratory "
        "education committee according to the instructional time.",
        11,
        "times",
        16,
    )
    y = p.wrap(
        72,
        y + 10,
        p.w - 144,
        "Ms. Adeyemi-Clarke was present for the entire session and completed the post-test. Please "
        "do not hesitate to contact me if further verification is needed.",
        11,
        "times",
        16,
    )
    p.text(72, y + 30, "Sincerely,", 11, "times")
    p.text(72, y + 75, "Bartholomew Ngata, MBA, MT(ASCP)", 11, "times")
    p.text(72, y + 90, "Laboratory Director", 11, "times")
    return p.finish(), {
        "title": "Blood Culture Contamination: Collection Technique and Feedback Reporting",
        "participant_name": "Oluwaseun Adeyemi-Clarke",
        "provider": "Cedar Hollow Community Hospital",
        "completed_on": "2025-10-16",
        "hours": "2",
    }


@pages("letter_presented_by_to")
def letter_presented_by_to() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.border(28, 1.2, rgb("#6d597a"))
    p.text(60, 78, "Ridgemont University Hospital", 18, "serif-b", rgb("#6d597a"))
    p.text(60, 96, "Clinical Laboratory Education Committee", 11, "serif-i")
    y = p.wrap(
        60,
        160,
        p.w - 120,
        "Presented by the Clinical Laboratory Education Committee to Thomas J. Whitaker Jr. for "
        "the successful completion of the in-service program",
        12.5,
        "serif",
        19,
    )
    p.centre(y + 22, "Transfusion Reaction Workup:", 17, "serif-b")
    p.centre(y + 44, "From Bedside Recognition to Bench Investigation", 17, "serif-b")
    y = p.wrap(
        60,
        y + 84,
        p.w - 120,
        "Held on the 19th of August, 2025, in the Blood Bank conference room. This in-service is "
        "approved for 1.5 contact hours of P.A.C.E.® credit. Ridgemont University Hospital is "
        "approved as a provider of continuing education programs in the clinical laboratory "
        "sciences by the ASCLS P.A.C.E.® Program (provider no. 0712).",
        11,
        "serif",
        16,
    )
    p.text(
        60, y + 16, "P.A.C.E.® program number: 0712-0448-25      Level: Intermediate", 10.5, "serif"
    )
    p.line(60, 640, 250, 640, 0.6)
    p.text(60, 654, "Committee chair", 9.5, "serif-i")
    p.line(p.w - 250, 640, p.w - 60, 640, 0.6)
    p.text(p.w - 250, 654, "Date issued: 08/22/2025", 9.5, "serif-i")
    return p.finish(), {
        "title": "Transfusion Reaction Workup: From Bedside Recognition to Bench Investigation",
        "participant_name": "Thomas J. Whitaker Jr.",
        "provider": "Ridgemont University Hospital",
        "completed_on": "2025-08-19",
        "hours": "1.5",
        "accreditation": "pace",
        "provider_number": "0712",
        "course_number": "0712-0448-25",
        "level": "intermediate",
    }


def _email_header(p: Page, fields: list[tuple[str, str]], y: float, face: str = "sans") -> float:
    for label, value in fields:
        p.text(50, y, label, 9.5, face + "-b" if face != "mono" else "mono-b")
        p.text(120, y, value, 9.5, face)
        y += 15
    return y


@pages("email_attendance_subject")
def email_attendance_subject() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(50, 34, "11/20/25, 9:14 AM", 8, "sans", GREY)
    p.text(p.w / 2, 34, "Mail - Priya Raghunathan - Outlook", 8, "sans", GREY, "center")
    p.wrap(
        50,
        70,
        p.w - 100,
        "Your attendance record – Coagulation Testing Pitfalls: Mixing Studies Explained",
        13,
        "sans-b",
    )
    y = _email_header(
        p,
        [
            ("From", "Northgate Lab Academy <ce-records@northgatelab.example>"),
            ("To", "Priya Raghunathan <p.raghunathan@mailbox.example>"),
            ("Date", "Wed 11/19/2025 6:02 PM"),
        ],
        108,
    )
    p.line(50, y, p.w - 50, y, 0.4, GREY)
    y = p.wrap(
        50,
        y + 24,
        p.w - 100,
        "Dear Priya Raghunathan,\n\nThank you for attending our live webinar on Thursday, "
        "November 13, 2025. Your attendance has been verified (you were connected for 62 of 60 "
        "scheduled minutes) and your credit has been recorded.",
        10,
        "sans",
    )
    y = p.table(
        50,
        y + 10,
        [170, 300],
        [
            ["Webinar", "Coagulation Testing Pitfalls: Mixing Studies Explained"],
            ["Webinar ID", "884 2231 0097"],
            ["Date attended", "11/13/2025"],
            ["Credit earned", "1.0 P.A.C.E.® contact hour"],
            ["Level", "Intermediate"],
        ],
        9.5,
        "sans",
        "sans",
        17,
        "lines",
    )
    y = p.wrap(
        50,
        y + 18,
        p.w - 100,
        "Northgate Lab Academy is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Your certificate can be "
        "downloaded from your learner dashboard for 12 months.\n\nNorthgate Lab Academy — "
        "Continuing Education Team",
        10,
        "sans",
    )
    p.text(
        50, p.h - 30, "https://outlook.mailbox.example/mail/inbox/id/AAQkAGI2", 7.5, "sans", GREY
    )
    p.text(p.w - 50, p.h - 30, "1/1", 7.5, "sans", GREY, "right")
    return p.finish(), {
        "title": "Coagulation Testing Pitfalls: Mixing Studies Explained",
        "participant_name": "Priya Raghunathan",
        "provider": "Northgate Lab Academy",
        "completed_on": "2025-11-13",
        "hours": "1",
        "accreditation": "pace",
        "level": "intermediate",
    }


@pages("email_subject_no_course")
def email_subject_no_course() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.text(40, 30, "Gmail", 9, "lib", GREY)
    p.text(p.w - 40, 30, "Mateus Ferreira <mateus.fs@inbox.example>", 9, "lib", GREY, "right")
    p.line(40, 38, p.w - 40, 38, 0.6)
    p.text(40, 72, "Your certificate is ready", 15, "lib")
    p.text(40, 98, "LabSpring Learning <noreply@labspring.example>", 9.5, "lib-b")
    p.text(p.w - 40, 98, "Fri, Jun 6, 2025 at 10:41 PM", 9, "lib", GREY, "right")
    p.text(40, 112, "To: mateus.fs@inbox.example", 9, "lib", GREY)
    y = p.wrap(
        40,
        150,
        p.w - 80,
        "Hello Mateus,\n\nCongratulations on completing your course! Here is a summary of your "
        "completion for your records.",
        10.5,
        "lib",
    )
    y = p.table(
        60,
        y + 10,
        [130, 300],
        [
            ["Attendee", "Mateus Ferreira da Silva"],
            ["Course", "Urine Sediment Microscopy: Casts, Crystals"],
            ["", "and Look-Alikes"],
            ["Completed", "June 5, 2025"],
            ["Credit", "2.0 contact hours (ASCLS P.A.C.E.®)"],
            ["Format", "Self-paced online"],
            ["Order #", "LS-448120-7"],
        ],
        10,
        "lib",
        "lib-b",
        17,
        "none",
    )
    p.wrap(
        40,
        y + 20,
        p.w - 80,
        "Open the attachment or sign in to download the PDF certificate. LabSpring Learning is "
        "approved as a provider of continuing education programs in the clinical laboratory "
        "sciences by the ASCLS P.A.C.E.® Program.\n\nHappy learning!\nThe LabSpring team",
        10.5,
        "lib",
    )
    p.text(40, p.h - 40, "1 attachment: certificate_LS-448120-7.pdf", 8.5, "lib", GREY)
    return p.finish(), {
        "title": "Urine Sediment Microscopy: Casts, Crystals and Look-Alikes",
        "participant_name": "Mateus Ferreira da Silva",
        "provider": "LabSpring Learning",
        "completed_on": "2025-06-05",
        "hours": "2",
        "accreditation": "pace",
        "delivery": "self-study",
    }


@pages("email_forwarded_table")
def email_forwarded_table() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 50, "Subject: FW: Attendance confirmation", 11, "mono-b")
    y = _email_header(
        p,
        [
            ("From:", "Dana Whitcombe <d.whitcombe@lakeshorepath.example>"),
            ("Sent:", "Monday, January 12, 2026 8:15 AM"),
            ("To:", "Lab Staff - Day Shift"),
        ],
        70,
        "mono",
    )
    y = p.wrap(54, y + 14, p.w - 108, "FYI - please file for your CMP records. Dana", 10, "mono")
    p.text(54, y + 14, "---------- Forwarded message ----------", 10, "mono")
    y = _email_header(
        p,
        [
            ("From:", "Lakeshore Pathology Associates CE Office <ce@lakeshorepath.example>"),
            ("Date:", "Fri, Dec 19, 2025 at 4:30 PM"),
            ("Subject:", "Attendance confirmation"),
        ],
        y + 32,
        "mono",
    )
    y = p.wrap(
        54,
        y + 14,
        p.w - 108,
        "The following attendance has been recorded for the noon lecture series. Credit is "
        "assigned at one contact hour per 50 minutes of instruction.",
        10,
        "mono",
    )
    y = p.table(
        54,
        y + 8,
        [150, 220, 70, 60],
        [
            ["Attendee", "Session", "Date", "Credit"],
            ["Siobhan O'Rourke-Patel", "Flow Cytometry Gating for", "12/17/2025", "1.0 h"],
            ["", "Minimal Residual Disease", "", ""],
        ],
        9,
        "mono",
        "mono-b",
        15,
        "head",
    )
    p.wrap(
        54,
        y + 16,
        p.w - 108,
        "This activity is approved for ASCLS P.A.C.E.(R) credit. Lakeshore Pathology Associates, "
        "P.A.C.E.(R) provider #0338. Program #0338-1217-25.",
        10,
        "mono",
    )
    return p.finish(), {
        "title": "Flow Cytometry Gating for Minimal Residual Disease",
        "participant_name": "Siobhan O'Rourke-Patel",
        "provider": "Lakeshore Pathology Associates",
        "completed_on": "2025-12-17",
        "hours": "1",
        "accreditation": "pace",
        "provider_number": "0338",
        "course_number": "0338-1217-25",
    }


@pages("letter_licensee_florida")
def letter_licensee_florida() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 60, "Palmetto Shores Medical Center", 17, "times-b", rgb("#005f73"))
    p.text(
        54, 76, "Laboratory Services · 2200 Tarpon Avenue · Palmetto Shores, FL 33999", 9, "times"
    )
    p.text(p.w - 54, 60, "CE Broker Provider #50-2874", 9, "times-b", align="right")
    p.line(54, 86, p.w - 54, 86, 1, rgb("#005f73"))
    p.text(54, 120, "CERTIFICATE OF CONTINUING EDUCATION", 13, "times-b")
    y = 150
    for label, value in [
        ("Licensee:", "Dolores Castellanos-Ruiz"),
        ("License No.:", "CL 0045127"),
        ("Course title:", "Laboratory Response to Suspected Bioterrorism Agents"),
        ("CE Broker course #:", "20-845210"),
        ("Date(s) of attendance:", "September 23, 2025"),
        ("Format:", "Live, in person"),
    ]:
        p.text(54, y, label, 11, "times-b")
        p.text(200, y, value, 11, "times")
        y += 19
    y = p.table(
        54,
        y + 12,
        [260, 120],
        [
            ["Specialty area (Florida)", "CE hours earned"],
            ["Microbiology", "2.0"],
            ["Safety (general)", "1.0"],
            [Cell("Total hours", "times-b"), Cell("3.0", "times-b")],
        ],
        10.5,
        "times",
        "times-b",
        18,
        "grid",
        aligns=["left", "right"],
    )
    p.wrap(
        54,
        y + 20,
        p.w - 108,
        "Palmetto Shores Medical Center is approved by the Florida Board of Clinical Laboratory "
        "Personnel as a provider of continuing education (approval #50-2874). Hours have been "
        "reported to CE Broker on the licensee's behalf.",
        10.5,
        "times",
        15,
    )
    p.text(54, 640, "Corinne Aldana, MT", 14, "times-i")
    p.line(54, 645, 240, 645, 0.5)
    p.text(54, 658, "Provider signature — Education Coordinator", 9, "times")
    return p.finish(), {
        "title": "Laboratory Response to Suspected Bioterrorism Agents",
        "participant_name": "Dolores Castellanos-Ruiz",
        "provider": "Palmetto Shores Medical Center",
        "completed_on": "2025-09-23",
        "hours": "3",
        "accreditation": "state-board",
        "approval_number": "50-2874",
        "course_number": "20-845210",
        "license_number": "CL 0045127",
        "delivery": "live",
    }


@pages("memo_attendee_roster_row")
def memo_attendee_roster_row() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 54, "Hollis Creek Medical Laboratory", 13, "narrow-b")
    p.text(54, 68, "Quality & Education", 9, "narrow", GREY)
    p.text(p.w - 54, 54, "Printed on 02/03/2026", 8.5, "narrow", GREY, "right")
    p.text(54, 110, "IN-SERVICE ATTENDANCE RECORD (individual copy)", 14, "narrow-b")
    y = p.table(
        54,
        130,
        [120, 380],
        [
            ["Topic", "Point-of-Care Glucose Meter Competency Refresher"],
            ["Date", "Jan. 21, 2026"],
            ["Instructor", "Lucía Benavides, MLS(ASCP), POCT Coordinator"],
            ["Location", "Education Room 2 / Teams"],
            ["Duration", "45 minutes"],
            ["Credit awarded", "0.75 contact hour"],
        ],
        10.5,
        "narrow",
        "narrow-b",
        19,
        "grid",
    )
    p.text(54, y + 30, "Attendee", 10.5, "narrow-b")
    y = p.table(
        54,
        y + 38,
        [200, 150, 150],
        [
            ["Name", "Employee ID", "Signature"],
            ["Marguerite DeVaux", "HC-20417", "M. DeVaux"],
        ],
        10.5,
        "narrow",
        "narrow-b",
        20,
        "grid",
    )
    p.wrap(
        54,
        y + 24,
        p.w - 108,
        "Internal in-service; not submitted for P.A.C.E.® or ASCP CMLE approval. Credit is "
        "recorded for the annual competency file.",
        10,
        "narrow",
    )
    return p.finish(), {
        "title": "Point-of-Care Glucose Meter Competency Refresher",
        "participant_name": "Marguerite DeVaux",
        "provider": "Hollis Creek Medical Laboratory",
        "completed_on": "2026-01-21",
        "hours": "0.75",
    }


@pages("email_webinar_hours_words")
def email_webinar_hours_words() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.rect(40, 40, p.w - 80, 36, 0, None, rgb("#264653"))
    p.text(54, 63, "PRAIRIEVIEW LABORATORY NETWORK", 12, "sans-b", rgb("#ffffff"))
    p.text(p.w - 54, 63, "Webinar Series", 10, "sans", rgb("#ffffff"), "right")
    y = _email_header(
        p,
        [
            ("From:", "PLN Webinars <webinars@prairieview-labs.example>"),
            ("Sent:", "Tuesday, 8 April 2025 14:22"),
            ("Subject:", "Thanks for joining us!"),
        ],
        104,
    )
    y = p.wrap(
        54,
        y + 20,
        p.w - 108,
        "Dear Mr. Dmitri Volkonsky-Hale,\n\nThank you for attending \u201cAnemia Workup in "
        "the Elderly: Reading the CBC and the Smear\u201d, broadcast live on 3 April 2025 "
        "(webinar no. 6120-338-771). The recording will remain available to registrants for "
        "30 days.\n\nThis live webinar has been approved for one and one-half (1.5) contact hours "
        "of ASCLS P.A.C.E.® credit at the basic level. Viewing the recording later does not earn "
        "additional credit.",
        10.5,
        "sans",
        15,
    )
    p.wrap(
        54,
        y + 14,
        p.w - 108,
        "Prairieview Laboratory Network · 77 Granary Street · Wheatland, NE 68999",
        8.5,
        "sans",
        colour=GREY,
    )
    return p.finish(), {
        "title": "Anemia Workup in the Elderly: Reading the CBC and the Smear",
        "participant_name": "Dmitri Volkonsky-Hale",
        "provider": "Prairieview Laboratory Network",
        "completed_on": "2025-04-03",
        "hours": "1.5",
        "accreditation": "pace",
        "level": "basic",
        "delivery": "live",
    }


@pages("letter_two_days_prose")
def letter_two_days_prose() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.text(p.w - 50, 60, "Sandhurst Biomedical Institute", 14, "serif-b", align="right")
    p.text(p.w - 50, 75, "Office of Continuing Professional Education", 9, "serif-i", align="right")
    p.text(p.w - 50, 88, "cpe@sandhurst-bmi.example", 9, "serif", GREY, "right")
    p.text(50, 140, "15th December 2025", 11, "serif")
    p.text(50, 170, "Re: Certificate of attendance", 11, "serif-b")
    y = p.wrap(
        50,
        200,
        p.w - 100,
        "We certify that Ngozi Eze-Whitfield attended the short course \u201cMolecular "
        "Methods for Respiratory Pathogen Panels\u201d on the 1st and 2nd of December 2025, and "
        "completed all twelve (12) contact hours of instruction. This course is not accredited for "
        "P.A.C.E.® or ACCENT® credit; participants may submit it to their certifying body as an "
        "academic short course.",
        11,
        "serif",
        16,
    )
    p.text(50, y + 40, "Yours faithfully,", 11, "serif")
    p.text(50, y + 80, "Prof. Imelda Strachan", 11, "serif")
    p.text(50, y + 95, "Director of CPE", 10, "serif-i")
    return p.finish(), {
        "title": "Molecular Methods for Respiratory Pathogen Panels",
        "participant_name": "Ngozi Eze-Whitfield",
        "provider": "Sandhurst Biomedical Institute",
        "start": "2025-12-01",
        "end": "2025-12-02",
        "hours": "12",
    }
