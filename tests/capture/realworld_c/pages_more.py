"""More real-world shapes: labelled participants, check-box credit, academic, numbers in prose."""

from __future__ import annotations

from .draw import A4_P, LETTER_L, LETTER_P, Cell, Page, Registry, rgb

pages = Registry()

GREY = rgb("#5a5a5a")


@pages("florida_licensee_ordinal")
def florida_licensee_ordinal() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.border(24, 1.5, rgb("#0a9396"), True)
    p.centre(
        80, "Manatee Bay Laboratory Continuing Education", 15, "serif-b", colour=rgb("#0a9396")
    )
    p.centre(
        98,
        "Florida Board of Clinical Laboratory Personnel approved provider · CE Broker #50-4461",
        9,
        "serif-i",
    )
    p.centre(150, "Certificate of Completion", 20, "serif")
    y = 190.0
    for label, value in [
        ("Licensee:", "Jean-Baptiste Fontaine"),
        ("FL license #:", "SU 0002918"),
        ("Course:", "Prevention of Medical Errors in the Clinical Laboratory"),
        ("CE Broker course #:", "20-531877"),
    ]:
        p.text(90, y, label, 11, "serif-b")
        p.text(230, y, value, 11, "serif")
        y += 20
    y = p.wrap(
        90,
        y + 10,
        p.w - 180,
        "was completed on the 14th day of January, 2026, for two (2) contact hours in the subject "
        "area Prevention of Medical Errors, as required for Florida licensure renewal.",
        11,
        "serif",
        16,
    )
    p.text(90, y + 20, "Delivery: live webinar", 11, "serif")
    p.line(90, 620, 280, 620, 0.5)
    p.text(90, 634, "Provider representative", 9, "serif-i")
    p.text(p.w - 90, 634, "Certificate issued 01/15/2026", 9, "serif-i", align="right")
    return p.finish(), {
        "title": "Prevention of Medical Errors in the Clinical Laboratory",
        "participant_name": "Jean-Baptiste Fontaine",
        "provider": "Manatee Bay Laboratory Continuing Education",
        "completed_on": "2026-01-14",
        "hours": "2",
        "accreditation": "state-board",
        "approval_number": "50-4461",
        "course_number": "20-531877",
        "license_number": "SU 0002918",
        "delivery": "live",
    }


@pages("presented_to_by_council")
def presented_to_by_council() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_L)
    p.rect(0, 0, p.w, p.h, 0, None, rgb("#f1faee"))
    p.border(30, 2, rgb("#457b9d"))
    p.centre(100, "CERTIFICATE OF RECOGNITION", 24, "sans-b", colour=rgb("#457b9d"))
    p.centre(150, "Presented to", 12, "sans")
    p.centre(185, "Wojciech Zielinski-Park", 24, "serif-b")
    p.centre(220, "by the Laboratory Quality Council of Fairhaven Medical Group", 12, "sans")
    p.centre(245, "for completing the training", 12, "sans")
    p.centre(275, "Root Cause Analysis for Laboratory Nonconforming Events", 16, "sans-b")
    p.centre(305, "Completed 29 July 2025   ·   Contact hours: 2.5", 12, "sans")
    p.centre(360, "Dr. Harriet Osei, Council Chair", 10, "serif-i")
    return p.finish(), {
        "title": "Root Cause Analysis for Laboratory Nonconforming Events",
        "participant_name": "Wojciech Zielinski-Park",
        "provider": "Fairhaven Medical Group",
        "completed_on": "2025-07-29",
        "hours": "2.5",
    }


@pages("email_subject_two_lines")
def email_subject_two_lines() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.text(40, 30, "Print view", 8, "lib", GREY)
    p.wrap(
        40,
        70,
        p.w - 80,
        "Your attendance record – Laboratory Stewardship Summit: Reducing Unnecessary Vitamin D, "
        "Folate and Ferritin Testing",
        14,
        "lib-b",
        18,
    )
    y = _hdr(
        p,
        120,
        [
            ("From", "Cascadia Laboratory Alliance Events <events@cascadia-lab.example>"),
            ("To", "Tomasz Wróblewski"),
            ("Date", "Mon, 30 Jun 2025 07:45"),
        ],
    )
    y = p.wrap(
        40,
        y + 20,
        p.w - 80,
        "Hi Tomasz Wróblewski,\n\nThis is your attendance record for the virtual summit held on "
        "Friday, 27 June 2025. You attended the full program.",
        10.5,
        "lib",
    )
    y = p.table(
        40,
        y + 10,
        [200, 200],
        [
            ["Hours attended", "4.0"],
            ["Maximum hours offered", "4.5"],
            ["Credit type", "ASCLS P.A.C.E.® contact hours"],
            ["Level", "Intermediate"],
            ["Your member number", "CLA-009182"],
        ],
        10.5,
        "lib",
        "lib-b",
        18,
        "lines",
    )
    p.wrap(
        40,
        y + 20,
        p.w - 80,
        "Keep this e-mail as proof of attendance. Cascadia Laboratory Alliance is approved as a "
        "provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
        "P.A.C.E.® Program.",
        10.5,
        "lib",
    )
    return p.finish(), {
        "title": "Laboratory Stewardship Summit: Reducing Unnecessary Vitamin D, Folate and Ferritin Testing",
        "participant_name": "Tomasz Wróblewski",
        "provider": "Cascadia Laboratory Alliance",
        "completed_on": "2025-06-27",
        "hours": "4",
        "accreditation": "pace",
        "level": "intermediate",
    }


def _hdr(p: Page, y: float, fields: list[tuple[str, str]]) -> float:
    for label, value in fields:
        p.text(40, y, label + ":", 9.5, "lib-b")
        p.text(95, y, value, 9.5, "lib")
        y += 14
    return y


@pages("memo_credit_checkboxes")
def memo_credit_checkboxes() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 56, "MERCY PINES HOSPITAL", 14, "times-b")
    p.text(54, 70, "Laboratory Education Committee", 10, "times-i")
    p.text(p.w - 54, 56, "Form LEC-07", 8.5, "times", GREY, "right")
    p.text(54, 115, "IN-SERVICE CREDIT FORM", 15, "times-b")
    y = 145.0
    for label, value in [
        ("Employee", "Kateryna Shevchenko-Diaz"),
        ("In-service title", "Critical Value Notification and Read-Back"),
        ("Date presented", "05/20/2025"),
        ("Presenter", "Alasdair McLeod, MLS(ASCP)"),
        ("Form completed", "05/27/2025"),
    ]:
        p.text(54, y, label, 11, "times-b")
        p.text(190, y, value, 11, "times")
        p.line(188, y + 3, p.w - 54, y + 3, 0.3, GREY)
        y += 22
    p.text(54, y + 14, "Attendance", 11, "times-b")
    p.text(190, y + 14, "[X] Attended entire session    [ ] Partial attendance", 11, "courier")
    p.text(54, y + 38, "Contact hours", 11, "times-b")
    p.text(190, y + 38, "[ ] 0.5    [X] 1.0    [ ] 1.5    [ ] 2.0", 11, "courier")
    p.text(54, y + 62, "P.A.C.E.®", 11, "times-b")
    p.text(190, y + 62, "[ ] Approved    [X] Not submitted", 11, "courier")
    p.wrap(
        54,
        y + 100,
        p.w - 108,
        "Return the completed form to the laboratory education coordinator within one week of the "
        "session.",
        10,
        "times",
        14,
    )
    return p.finish(), {
        "title": "Critical Value Notification and Read-Back",
        "participant_name": "Kateryna Shevchenko-Diaz",
        "provider": "Mercy Pines Hospital",
        "completed_on": "2025-05-20",
        "hours": "1",
    }


@pages("academic_semester_hours")
def academic_semester_hours() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.centre(64, "Eastfield State University", 17, "times-b")
    p.centre(82, "Office of the Registrar · Course Completion Statement", 10, "times-i")
    p.table(
        54,
        130,
        [150, 350],
        [
            ["Student", "Mariam Al-Khatib Henderson"],
            ["Student ID", "ESU-2209318"],
            ["Course", "MLS 4410 Clinical Immunology and Serology"],
            ["Term", "Fall 2025 (August 25 – December 12, 2025)"],
            ["Credit", "3 semester credit hours"],
            ["Final grade", "A-"],
            ["Course completed", "December 12, 2025"],
        ],
        11,
        "times",
        "times-b",
        21,
        "grid",
    )
    p.wrap(
        54,
        310,
        p.w - 108,
        "This statement is not an official transcript. Official transcripts are issued by the Office "
        "of the Registrar on request.",
        9.5,
        "times",
        13,
    )
    p.text(54, p.h - 50, "Issued 12/19/2025", 8.5, "times", GREY)
    return p.finish(), {
        "title": "MLS 4410 Clinical Immunology and Serology",
        "participant_name": "Mariam Al-Khatib Henderson",
        "provider": "Eastfield State University",
        "completed_on": "2025-12-12",
        "semester_hours": "3",
        "course_number": "MLS 4410",
    }


@pages("online_many_numbers")
def online_many_numbers() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 60, "LabLumen", 24, "sans-b", rgb("#ff006e"))
    p.text(190, 60, "| Continuing Education", 12, "sans", GREY)
    p.text(54, 130, "Congratulations, Beatriz Ocampo-Lindahl!", 17, "sans-b")
    p.text(54, 156, "You successfully completed", 11, "sans")
    p.text(54, 180, "Mass Spectrometry in the Toxicology Lab: Immunoassay", 14, "sans-b")
    p.text(54, 198, "Screening vs. LC-MS/MS Confirmation", 14, "sans-b")
    y = p.table(
        54,
        230,
        [170, 200],
        [
            ["Completion date", "Dec 3rd, 2025"],
            ["Contact hours", "2.5"],
            ["Course #", "LL-TOX-0331"],
            ["Certificate #", "8830-1172-0045"],
            ["Order #", "100229871"],
            ["Member #", "55821"],
            ["P.A.C.E.® provider #", "1133"],
            ["Level", "Advanced"],
        ],
        10.5,
        "sans",
        "sans-b",
        19,
        "none",
    )
    p.wrap(
        54,
        y + 20,
        p.w - 108,
        "LabLumen Education Co. is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Online self-study course. "
        "Course credit available until 11/30/2027.",
        9.5,
        "sans",
        13,
    )
    return p.finish(), {
        "title": "Mass Spectrometry in the Toxicology Lab: Immunoassay Screening vs. LC-MS/MS Confirmation",
        "participant_name": "Beatriz Ocampo-Lindahl",
        "provider": "LabLumen Education Co.",
        "completed_on": "2025-12-03",
        "hours": "2.5",
        "accreditation": "pace",
        "provider_number": "1133",
        "course_number": "LL-TOX-0331",
        "level": "advanced",
        "delivery": "self-study",
    }


@pages("inservice_attendee_issue_date")
def inservice_attendee_issue_date() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.text(40, 56, "Windmere General Hospital", 16, "cond-b", rgb("#2d6a4f"))
    p.text(40, 72, "Pathology Department · Staff Development", 9.5, "cond", GREY)
    p.text(40, 130, "Certificate of In-Service Attendance", 18, "cond-b")
    y = p.table(
        40,
        160,
        [150, p.w - 230],
        [
            ["Attendee", "Chukwuemeka Obi-Sorensen"],
            ["Session", "Safe Handling of Formalin and Xylene in Histology"],
            ["Session date", "Wednesday 9 April 2025"],
            ["Duration", "50 minutes"],
            ["Credit", "1 contact hour"],
            ["Date issued", "30 April 2025"],
        ],
        11,
        "cond",
        "cond-b",
        22,
        "grid",
        rgb("#d8f3dc"),
    )
    p.wrap(
        40,
        y + 24,
        p.w - 80,
        "Windmere General Hospital is approved as a provider of continuing education programs in "
        "the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Program 0688-0409-25, "
        "basic level.",
        10,
        "cond",
        14,
    )
    return p.finish(), {
        "title": "Safe Handling of Formalin and Xylene in Histology",
        "participant_name": "Chukwuemeka Obi-Sorensen",
        "provider": "Windmere General Hospital",
        "completed_on": "2025-04-09",
        "hours": "1",
        "accreditation": "pace",
        "course_number": "0688-0409-25",
        "level": "basic",
    }


@pages("phlebotomy_school_hours_words")
def phlebotomy_school_hours_words() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.border(40, 1)
    p.centre(100, "Sierra Foothills Phlebotomy Institute", 16, "times-b")
    p.centre(150, "CONTINUING EDUCATION CERTIFICATE", 14, "times")
    y = p.wrap(
        80,
        190,
        p.w - 160,
        "The Institute certifies that Lupita Garza-Whitmore, holder of California phlebotomy "
        "certificate CPT1 00098812, completed six (6) contact hours of continuing education in "
        "Advanced Venipuncture: Special Populations and Complications on the 8th of November 2025. "
        "Course number SFPI-AV-602. Accrediting agency: ASCLS P.A.C.E.®, agency number 0774.",
        12,
        "times",
        18,
        align="center",
    )
    p.text(80, y + 60, "Director of Education", 10, "times-i")
    return p.finish(), {
        "title": "Advanced Venipuncture: Special Populations and Complications",
        "participant_name": "Lupita Garza-Whitmore",
        "provider": "Sierra Foothills Phlebotomy Institute",
        "completed_on": "2025-11-08",
        "hours": "6",
        "accreditation": "pace",
        "course_number": "SFPI-AV-602",
        "accrediting_agency_number": "0774",
        "license_number": "CPT1 00098812",
    }


@pages("state_meeting_sessions_landscape")
def state_meeting_sessions_landscape() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_L)
    p.text(
        40, 50, "Ozark Society for Clinical Laboratory Science — 2025 State Meeting", 15, "lib-b"
    )
    p.text(40, 68, "Springdale Civic Center · 13–14 November 2025", 10, "lib", GREY)
    p.text(40, 105, "Transcript of sessions for:  Rhiannon Pryce-Adebayo", 12, "lib-b")
    y = p.table(
        40,
        120,
        [90, 420, 90, 110],
        [
            ["Date", "Session", "Code", "P.A.C.E. hrs"],
            ["13 Nov", "Keynote: The Laboratory Workforce in 2030", "OS-101", "1.0"],
            ["13 Nov", "Urinalysis Automation Showdown", "OS-114", "1.5"],
            ["13 Nov", "Transfusion Medicine Potpourri", "OS-121", "1.5"],
            ["14 Nov", "Molecular Microbiology for Generalists", "OS-203", "2.0"],
            ["14 Nov", "Ethics Panel: When the Result Is Wrong", "OS-210", "1.0"],
            ["", Cell("Total P.A.C.E. contact hours earned", "lib-b"), "", Cell("7.0", "lib-b")],
        ],
        10,
        "lib",
        "lib-b",
        19,
        "grid",
        rgb("#e9ecef"),
        ["left", "left", "left", "right"],
    )
    p.wrap(
        40,
        y + 20,
        p.w - 80,
        "The Ozark Society for Clinical Laboratory Science is approved as a provider of continuing "
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. "
        "Up to 12.5 contact hours were offered at the meeting.",
        9.5,
        "lib",
        13,
    )
    return p.finish(), {
        "title": "Ozark Society for Clinical Laboratory Science — 2025 State Meeting",
        "participant_name": "Rhiannon Pryce-Adebayo",
        "provider": "Ozark Society for Clinical Laboratory Science",
        "start": "2025-11-13",
        "end": "2025-11-14",
        "hours": "7",
        "accreditation": "pace",
    }


@pages("pace_series_two_dates")
def pace_series_two_dates() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 56, "Tri-Valley Blood Services — Education", 13, "narrow-b")
    p.text(54, 100, "P.A.C.E.® CERTIFICATE OF COMPLETION (two-part series)", 14, "narrow-b")
    y = 130.0
    for label, value in [
        ("Participant's name", "Ignatius Okonkwo-Brennan"),
        ("Program title", "Donor Eligibility and Look-Back Investigations"),
        ("Session dates", "04/03/2025 and 04/10/2025"),
        ("P.A.C.E.® provider / program", "0356 / 0356-0403-25"),
        ("Contact hours (both parts)", "3.0"),
        ("Level", "Intermediate"),
    ]:
        p.text(54, y, label, 11, "narrow-b")
        p.text(230, y, value, 11, "narrow")
        p.line(228, y + 4, p.w - 54, y + 4, 0.3, GREY)
        y += 24
    p.wrap(
        54,
        y + 20,
        p.w - 108,
        "Credit is awarded only when both parts are attended. Tri-Valley Blood Services is approved as a "
        "provider of continuing education programs in the clinical laboratory sciences by the ASCLS "
        "P.A.C.E.® Program.",
        10,
        "narrow",
        14,
    )
    return p.finish(), {
        "title": "Donor Eligibility and Look-Back Investigations",
        "participant_name": "Ignatius Okonkwo-Brennan",
        "provider": "Tri-Valley Blood Services",
        "start": "2025-04-03",
        "end": "2025-04-10",
        "hours": "3",
        "accreditation": "pace",
        "provider_number": "0356",
        "course_number": "0356-0403-25",
        "level": "intermediate",
    }


@pages("presenter_beside_participant")
def presenter_beside_participant() -> tuple[bytes, dict[str, str]]:
    p = Page(A4_P)
    p.text(40, 60, "Harrowgate Laboratory Medicine Lectures", 14, "serif-b")
    p.text(40, 120, "Certificate of Attendance", 18, "serif")
    y = p.table(
        40,
        150,
        [150, p.w - 230],
        [
            ["Lecture", "Thyroid Function Tests in Pregnancy"],
            ["Presenter", "Dr. Fiona MacGillivray, PhD, DABCC"],
            ["Moderator", "Sunil Raghavan, MLS(ASCP)"],
            ["Attendee name", "Delphine Okoro-Vance"],
            ["Lecture date", "Thursday 25th September 2025"],
            ["Credit", "1.0 ACCENT® credit hour"],
        ],
        11,
        "serif",
        "serif-b",
        22,
        "lines",
    )
    p.wrap(
        40,
        y + 20,
        p.w - 80,
        "The Harrowgate Laboratory Medicine Lectures are approved by ADLM for ACCENT® continuing "
        "education credit. Lecture code HLML-0925.",
        10,
        "serif",
        14,
    )
    return p.finish(), {
        "title": "Thyroid Function Tests in Pregnancy",
        "participant_name": "Delphine Okoro-Vance",
        "provider": "Harrowgate Laboratory Medicine Lectures",
        "completed_on": "2025-09-25",
        "hours": "1",
        "accreditation": "accent",
        "course_number": "HLML-0925",
    }


@pages("cme_nonphysician_hours")
def cme_nonphysician_hours() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 62, "Lakemont Academic Medical Center", 15, "sans-b")
    p.text(54, 78, "Continuing Medical Education Office", 9.5, "sans", GREY)
    p.centre(140, "Certificate of Attendance", 20, "sans")
    p.centre(165, "(non-physician participant)", 10, "sans-i")
    p.centre(205, "Teodora Ionescu-Blake", 18, "sans-b")
    p.centre(240, "Pathology Department Tumor Board Series:", 13, "sans-b")
    p.centre(258, "Liquid Biopsy in Lung Cancer", 13, "sans-b")
    p.centre(290, "Date of activity: 2/11/2026", 11, "sans")
    p.wrap(
        72,
        330,
        p.w - 144,
        "Lakemont Academic Medical Center is accredited by the ACCME to provide continuing medical "
        "education for physicians and designates this live activity for a maximum of 1.5 AMA PRA "
        "Category 1 Credits™. This certificate documents that the above participant attended 1.0 hour "
        "of this activity.",
        10,
        "sans",
        14,
    )
    return p.finish(), {
        "title": "Pathology Department Tumor Board Series: Liquid Biopsy in Lung Cancer",
        "participant_name": "Teodora Ionescu-Blake",
        "provider": "Lakemont Academic Medical Center",
        "completed_on": "2026-02-11",
        "hours": "1",
        "accreditation": "accme",
        "delivery": "live",
    }


@pages("email_from_only_provider")
def email_from_only_provider() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(50, 40, "Subject: Certificate - Session 4", 12, "courier")
    p.text(50, 58, "From: Granite State Laboratory Educators <ce@gsle.example>", 10, "courier")
    p.text(50, 72, "Date: 03/06/2026 11:02", 10, "courier")
    p.text(50, 86, "To: Finnegan O'Malley-Strauss", 10, "courier")
    p.line(50, 96, p.w - 50, 96, 0.4)
    p.wrap(
        50,
        122,
        p.w - 100,
        "Finnegan O'Malley-Strauss -- thank you for joining session 4 of our winter webinar series, "
        '"Antibody Identification: Ruling Out with Selected Cells", on 02/26/2026. You earned '
        "1.5 contact hours. This session is approved for ASCLS P.A.C.E.(R) credit (program "
        "0512-0226-26). Please keep this message as your certificate.\n\n"
        "-- Education team",
        10,
        "courier",
        14,
    )
    return p.finish(), {
        "title": "Antibody Identification: Ruling Out with Selected Cells",
        "participant_name": "Finnegan O'Malley-Strauss",
        "provider": "Granite State Laboratory Educators",
        "completed_on": "2026-02-26",
        "hours": "1.5",
        "accreditation": "pace",
        "course_number": "0512-0226-26",
    }


@pages("memo_half_hour_words")
def memo_half_hour_words() -> tuple[bytes, dict[str, str]]:
    p = Page(LETTER_P)
    p.text(54, 58, "Northfork Rural Health Clinic Laboratory", 13, "lib-b")
    p.line(54, 66, p.w - 54, 66, 2, rgb("#bc4749"))
    p.text(54, 104, "MEMO", 18, "lib-b", rgb("#bc4749"))
    y = 134.0
    for label, value in [
        ("To:", "Ezekiel Running-Water"),
        ("From:", "Lab Supervisor"),
        ("Date:", "August 1, 2025"),
        ("Re:", "Annual bloodborne pathogens review"),
    ]:
        p.text(54, y, label, 11, "lib-b")
        p.text(110, y, value, 11, "lib")
        y += 18
    p.wrap(
        54,
        y + 20,
        p.w - 108,
        "You completed the annual review \u201cBloodborne Pathogens and Sharps Safety for Laboratory "
        "Staff\u201d on July 28, 2025 (video module plus quiz, about 30 minutes). The clinic awards "
        "one-half (0.5) contact hour for this review. It is an employer in-service and does not "
        "carry P.A.C.E.® credit.",
        11,
        "lib",
        16,
    )
    return p.finish(), {
        "title": "Bloodborne Pathogens and Sharps Safety for Laboratory Staff",
        "participant_name": "Ezekiel Running-Water",
        "provider": "Northfork Rural Health Clinic Laboratory",
        "completed_on": "2025-07-28",
        "hours": "0.5",
    }
