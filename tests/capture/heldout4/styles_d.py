"""Award style, module tables, minutes of instruction, day-first dates, negated approvals."""

from __future__ import annotations

from .model import Cert, truth
from .render import A4_PAGE, A4_WIDE, GREY, LETTER, LETTER_WIDE, Page

PACE_STATEMENT = (
    "is approved as a provider of continuing education programs in the clinical laboratory "
    "sciences by the ASCLS P.A.C.E.® Program."
)


def award_1() -> Cert:
    p = Page(LETTER, "times")
    gold = (0.65, 0.5, 0.15)
    p.border(24, gold, 5, double=True)
    p.border(46, gold, 0.6)
    p.center(110, "Old Dominion Society for Medical Technology", 16, "b", color=gold)
    p.center(170, "Certificate of Award", 30, "i")
    p.center(215, "Be it known that", 12, "i")
    p.center(250, "Cornelius Abernathy-Quaye", 24, "b")
    y = p.wrap(
        80,
        285,
        p.w - 160,
        "has satisfactorily completed the continuing education program Body Fluid Crystals "
        "Under Polarized Light and is hereby awarded two (2) contact hours of P.A.C.E.® credit.",
        13,
        "i",
        align="center",
    )
    p.center(y + 20, "Given this 3rd day of June, 2025.", 13, "i")
    p.wrap(
        90,
        y + 60,
        p.w - 180,
        "The Old Dominion Society for Medical Technology (P.A.C.E.® provider 0159) "
        + PACE_STATEMENT,
        9,
        align="center",
    )
    p.sign_line(90, 640, 180, "President", 51)
    p.sign_line(p.w - 270, 640, 180, "Secretary", 52)
    return Cert(
        p.finish(),
        truth(
            title="Body Fluid Crystals Under Polarized Light",
            participant_name="Cornelius Abernathy-Quaye",
            provider="Old Dominion Society for Medical Technology",
            completed_on="2025-06-03",
            hours="2",
            accreditation="pace",
            provider_number="0159",
        ),
        "award",
    )


def award_2() -> Cert:
    p = Page(LETTER_WIDE, "serif")
    blue = (0.1, 0.2, 0.45)
    p.border(20, blue, 8)
    p.border(36, blue, 1)
    p.center(90, "THE CASCADIA GUILD OF LABORATORY SCIENTISTS", 15, "b", color=blue)
    p.center(140, "presents this certificate to", 12, "i")
    p.center(180, "Saoirse Delacroix-Mbeki", 26, "b")
    y = p.wrap(
        110,
        215,
        p.w - 220,
        "in recognition of attendance at “Cold Agglutinins and Warm Autoantibodies: A Practical "
        "Approach” on the twenty-first day of October, 2025, for which three and one-half (3.5) "
        "contact hours are awarded.",
        14,
        align="center",
    )
    p.center(y + 20, "Program 0845-CA-1021  ·  P.A.C.E.® provider 0845  ·  Level: Advanced", 10)
    p.wrap(
        110,
        y + 45,
        p.w - 220,
        "The Cascadia Guild of Laboratory Scientists " + PACE_STATEMENT,
        9,
        "i",
        align="center",
    )
    p.sign_line(110, 500, 200, "Guild Education Chair", 53)
    return Cert(
        p.finish(),
        truth(
            title="Cold Agglutinins and Warm Autoantibodies: A Practical Approach",
            participant_name="Saoirse Delacroix-Mbeki",
            provider="The Cascadia Guild of Laboratory Scientists",
            completed_on="2025-10-21",
            hours="3.5",
            accreditation="pace",
            provider_number="0845",
            course_number="0845-CA-1021",
            level="advanced",
        ),
        "award",
    )


def award_3() -> Cert:
    p = Page(A4_WIDE, "times")
    green = (0.1, 0.4, 0.25)
    p.border(26, green, 3, double=True)
    p.center(95, "Certificate of Achievement", 32, "b", color=green)
    p.center(135, "awarded by the Piedmont Phlebotomy & Specimen Collection Association", 12, "i")
    p.center(185, "Lucía Fernández-Obuya", 26, "b")
    y = p.wrap(
        100,
        225,
        p.w - 200,
        "for completing the Phlebotomy Recertification Workshop, held on the 8th and 9th of "
        "August, 2025, for a total of twelve (12) contact hours of instruction and supervised "
        "practice.",
        14,
        align="center",
    )
    p.center(y + 25, "Workshop fee $240 · Seat 17 of 24", 9, color=GREY)
    p.sign_line(110, 470, 200, "Workshop Director", 54)
    p.sign_line(p.w - 310, 470, 200, "Association President", 55)
    return Cert(
        p.finish(),
        truth(
            title="Phlebotomy Recertification Workshop",
            participant_name="Lucía Fernández-Obuya",
            provider="Piedmont Phlebotomy & Specimen Collection Association",
            start="2025-08-08",
            end="2025-08-09",
            hours="12",
        ),
        "award",
    )


def award_4() -> Cert:
    p = Page(A4_PAGE, "serif")
    wine = (0.45, 0.1, 0.15)
    p.rect(40, 40, p.w - 80, p.h - 80, wine, (0.99, 0.97, 0.93), 2)
    p.center(120, "In recognition of professional development", 12, "i")
    p.center(170, "Willemijn van den Broek", 24, "b", color=wine)
    y = p.wrap(
        80,
        210,
        p.w - 160,
        "is recognised for completing Leadership Essentials for New Laboratory Supervisors, "
        "a course of the Marston Institute for Laboratory Leadership, on this the 1st day of "
        "May, 2026, and is awarded four (4.0) contact hours.",
        13,
        align="center",
    )
    p.center(y + 30, "MARSTON INSTITUTE FOR LABORATORY LEADERSHIP", 11, "b")
    p.center(y + 46, "Certificate serial 2026-0501-044", 8.5, color=GREY)
    p.sign_line(p.w / 2 - 100, y + 140, 200, "Dean of Faculty", 56)
    return Cert(
        p.finish(),
        truth(
            title="Leadership Essentials for New Laboratory Supervisors",
            participant_name="Willemijn van den Broek",
            provider="Marston Institute for Laboratory Leadership",
            completed_on="2026-05-01",
            hours="4",
        ),
        "award",
    )


def modules_1() -> Cert:
    p = Page(LETTER, "sans")
    p.text(50, 60, "Quillfield Online Laboratory CE", 15, "b", color=(0.1, 0.3, 0.5))
    p.text(50, 105, "Course Completion Certificate", 18, "b")
    p.text(50, 130, "Learner: Svetlana Kuznetsova-Obi", 11)
    p.text(50, 147, "Course: Coagulation Essentials: From PT/INR to Factor Assays", 11)
    rows = [
        ["Module", "Title", "Minutes", "Finished"],
        ["1", "Hemostasis overview", "40", "2025-09-22"],
        ["2", "PT/INR and aPTT", "50", "2025-09-25"],
        ["3", "Mixing studies", "45", "2025-09-29"],
        ["4", "Factor assays and inhibitors", "45", "2025-10-02"],
        ["", "Total", "180", ""],
    ]
    y = p.table(
        50,
        170,
        [50, 240, 70, 100],
        rows,
        10,
        bold_last=True,
        aligns="llrl",
        head_fill=(0.9, 0.93, 0.97),
    )
    p.text(50, y + 25, "Course completed: 2025-10-02", 11, "b")
    p.text(50, y + 43, "Contact hours awarded: 3.0", 11, "b")
    p.wrap(
        50,
        y + 70,
        p.w - 100,
        "Quillfield Online Laboratory CE (provider 1475) " + PACE_STATEMENT,
        9,
    )
    return Cert(
        p.finish(),
        truth(
            title="Coagulation Essentials: From PT/INR to Factor Assays",
            participant_name="Svetlana Kuznetsova-Obi",
            provider="Quillfield Online Laboratory CE",
            completed_on="2025-10-02",
            hours="3",
            accreditation="pace",
            provider_number="1475",
        ),
        "modules",
    )


def modules_2() -> Cert:
    p = Page(A4_PAGE, "arial")
    p.rect(0, 0, p.w, 60, None, (0.9, 0.35, 0.2))
    p.text(40, 38, "LabPath Learning Studio", 18, "b", color=(1, 1, 1))
    p.text(40, 110, "Certificate of Completion", 20, "b")
    p.text(40, 140, "Presented to Ahmad Karimi-Lund", 12)
    p.text(40, 160, "for the program Parasitology Bench Series: Blood and Tissue Parasites", 12)
    rows = [
        ["Unit", "Topic", "Contact hours"],
        ["A", "Malaria species identification", "1.5"],
        ["B", "Babesia and look-alikes", "1.0"],
        ["C", "Filarial worms", "1.0"],
        ["D", "Trypanosomes and Leishmania", "1.0"],
        ["", "Total contact hours", "4.5"],
    ]
    y = p.table(40, 185, [50, 280, 110], rows, 10, rules=False, bold_last=True, aligns="llr")
    p.text(40, y + 25, "Completion date: January 30, 2026", 11)
    p.text(40, y + 45, "Accreditation: ADLM ACCENT® (activity 6023)", 11)
    p.sign_line(40, y + 120, 200, "Program Director", 57)
    return Cert(
        p.finish(),
        truth(
            title="Parasitology Bench Series: Blood and Tissue Parasites",
            participant_name="Ahmad Karimi-Lund",
            provider="LabPath Learning Studio",
            completed_on="2026-01-30",
            hours="4.5",
            accreditation="accent",
            course_number="6023",
        ),
        "modules",
    )


def modules_3() -> Cert:
    p = Page(LETTER_WIDE, "cond")
    p.text(50, 60, "Brightwater Health Academy — Transcript of course credit", 15, "b")
    p.text(50, 90, "Learner: Marie-Ève Tremblay", 12)
    p.text(50, 108, "Course: Microbiology Safety Bundle 2025", 12)
    rows = [
        ["Module", "Status", "Completed", "Credit available", "Credit earned"],
        ["Biosafety cabinets", "Complete", "04/03/2025", "1.0", "1.0"],
        ["Select agent rule-outs", "Complete", "04/08/2025", "1.0", "1.0"],
        ["Shipping category A/B", "Complete", "04/10/2025", "0.5", "0.5"],
        ["Exposure response drill", "Not started", "—", "1.0", "0.0"],
        ["Total", "", "", "3.5", "2.5"],
    ]
    y = p.table(50, 130, [190, 100, 100, 120, 110], rows, 10.5, bold_last=True, aligns="lllrr")
    p.text(
        50,
        y + 25,
        "Contact hours earned: 2.5 of 3.5 available. Last module completed 04/10/2025.",
        11,
    )
    p.wrap(
        50,
        y + 50,
        p.w - 100,
        "Brightwater Health Academy, ASCLS P.A.C.E.® provider 2310, " + PACE_STATEMENT,
        9,
        "i",
    )
    return Cert(
        p.finish(),
        truth(
            title="Microbiology Safety Bundle 2025",
            participant_name="Marie-Ève Tremblay",
            provider="Brightwater Health Academy",
            completed_on="2025-04-10",
            hours="2.5",
            accreditation="pace",
            provider_number="2310",
        ),
        "modules",
    )


def modules_4() -> Cert:
    p = Page(LETTER, "times")
    p.border(30, (0.3, 0.3, 0.3), 1)
    p.center(80, "Tidewater Cytology Society", 16, "b")
    p.center(115, "Certificate — Gynecologic Cytology Review Course", 14, "i")
    p.center(150, "Obinna Nwachukwu-Reid", 18, "b")
    rows = [
        ["Part", "Content", "Hours"],
        ["I", "Squamous lesions: ASC-US to HSIL", "2.0"],
        ["II", "Glandular lesions", "1.5"],
        ["III", "Unknown slide set (self-assessment)", "1.0"],
        ["", "Total hours awarded", "4.5"],
    ]
    y = p.table(110, 175, [40, 260, 60], rows, 11, rules=True, bold_last=True, aligns="clr")
    p.center(y + 30, "Completed on 2025-11-20 · Format: self-study", 11)
    p.center(y + 50, "Course no. TCS-GYN-25-04", 11)
    p.wrap(
        80,
        y + 80,
        p.w - 160,
        "This course has been approved for ASCP CMLE credit. Tidewater Cytology Society, "
        "Education Committee.",
        9.5,
        align="center",
    )
    p.sign_line(80, y + 170, 200, "Course Director", 58)
    return Cert(
        p.finish(),
        truth(
            title="Gynecologic Cytology Review Course",
            participant_name="Obinna Nwachukwu-Reid",
            provider="Tidewater Cytology Society",
            completed_on="2025-11-20",
            hours="4.5",
            accreditation="cmle",
            course_number="TCS-GYN-25-04",
            delivery="self-study",
        ),
        "modules",
    )


def minutes_1() -> Cert:
    p = Page(LETTER, "arial")
    p.text(50, 60, "Greystone Laboratory Consortium", 15, "b")
    p.text(50, 76, "Education & Training", 10, color=GREY)
    p.center(140, "CERTIFICATE OF INSTRUCTION", 20, "b")
    p.center(175, "Esperanza Villanueva-Koch", 17)
    p.center(205, "Specimen Rejection Criteria and Recollection Workflows", 13, "b")
    p.center(235, "Presented Wednesday, July 16, 2025", 11)
    p.center(270, "Credit: 150 minutes of instruction", 14, "b")
    p.center(
        295,
        "Credit is recorded in minutes; convert per your certifying agency's rules.",
        9,
        "i",
        color=GREY,
    )
    p.sign_line(p.w / 2 - 100, 400, 200, "Training Manager", 59)
    return Cert(
        p.finish(),
        truth(
            title="Specimen Rejection Criteria and Recollection Workflows",
            participant_name="Esperanza Villanueva-Koch",
            provider="Greystone Laboratory Consortium",
            completed_on="2025-07-16",
            minutes="150",
        ),
        "minutes",
    )


def minutes_2() -> Cert:
    p = Page(A4_PAGE, "sans")
    p.text(40, 60, "Ironwood Regional Health — Laboratory Services", 13, "b")
    p.text(40, 110, "Record of Attendance", 18, "b")
    rows = [
        ["Attendee", "Olumide Bankole-Sørensen"],
        ["Session", "Troponin Assays: Delta Checks and Rapid Rule-Out Pathways"],
        ["Date", "3 March 2026"],
        ["Schedule", "09:00–10:55, including a 15-minute break"],
        ["Instructional minutes", "100"],
        ["P.A.C.E.® program", "0918-TROP-26 (provider 0918)"],
    ]
    y = p.table(40, 130, [150, 360], rows, 10, header=False, rules=True, row_height=21)
    p.wrap(
        40,
        y + 20,
        p.w - 80,
        "Ironwood Regional Health Laboratory Services " + PACE_STATEMENT,
        9,
    )
    p.sign_line(40, y + 100, 200, "Session facilitator", 60)
    return Cert(
        p.finish(),
        truth(
            title="Troponin Assays: Delta Checks and Rapid Rule-Out Pathways",
            participant_name="Olumide Bankole-Sørensen",
            provider="Ironwood Regional Health",
            completed_on="2026-03-03",
            minutes="100",
            accreditation="pace",
            provider_number="0918",
            course_number="0918-TROP-26",
        ),
        "minutes",
    )


def minutes_3() -> Cert:
    p = Page(LETTER_WIDE, "times")
    p.border(28, (0.2, 0.3, 0.5), 2)
    p.text(60, 80, "Harlow Creek Hospital Laboratory", 14, "b")
    p.center(150, "Continuing Education Attendance", 24, "b")
    p.center(195, "Yaw Boateng-Lacroix", 20)
    p.center(230, "Urinalysis Automation: Flagging Rules and Manual Review", 15, "b")
    p.center(262, "Thursday, 22 January 2026 · 1:00–2:15 PM · Conference Room B", 11)
    p.center(300, "This program provides 75 minutes of continuing education.", 13)
    p.sign_line(p.w / 2 - 100, 450, 200, "Laboratory Education Coordinator", 61)
    return Cert(
        p.finish(),
        truth(
            title="Urinalysis Automation: Flagging Rules and Manual Review",
            participant_name="Yaw Boateng-Lacroix",
            provider="Harlow Creek Hospital Laboratory",
            completed_on="2026-01-22",
            minutes="75",
        ),
        "minutes",
    )


def minutes_4() -> Cert:
    p = Page(LETTER, "courier")
    p.text(50, 60, "WILLOW BEND COMMUNITY LAB - STAFF EDUCATION", 11, "b")
    p.text(50, 100, "CE ATTENDANCE SLIP", 16, "b")
    p.text(50, 130, "Name: Francesca Lo Bianco-Hayes", 11)
    p.text(50, 148, "Program: Competency Day 2025 - Chemistry and Blood Gas", 11)
    p.text(50, 166, "Date: 10/09/2025", 11)
    rows = [
        ["Segment", "Minutes"],
        ["Blood gas pre-analytics", "45"],
        ["Co-oximetry interferences", "60"],
        ["Analyzer maintenance demo", "35"],
        ["Total instructional time", "140"],
    ]
    y = p.table(50, 190, [260, 90], rows, 10.5, rules=False, bold_last=True, aligns="lr")
    p.text(50, y + 25, "Lunch (30 min) not counted.", 10)
    p.text(50, y + 60, "Verified by: ____________  (Supervisor)", 10)
    return Cert(
        p.finish(),
        truth(
            title="Competency Day 2025 - Chemistry and Blood Gas",
            participant_name="Francesca Lo Bianco-Hayes",
            provider="Willow Bend Community Lab",
            completed_on="2025-10-09",
            minutes="140",
        ),
        "minutes",
    )


def dayfirst_1() -> Cert:
    p = Page(A4_PAGE, "arial")
    p.text(50, 65, "Thameside Pathology Network", 17, "b", color=(0.35, 0.1, 0.45))
    p.text(50, 82, "Training & Education Department", 10)
    p.center(150, "Certificate of Attendance", 22, "b")
    p.center(190, "This is to certify that", 11)
    p.center(220, "Rhiannon Pryce-Adeyemi", 19, "b")
    p.center(250, "attended the study day", 11)
    p.center(278, "Haematology Morphology Study Day: Red Cell Inclusions", 14, "b")
    p.center(310, "Date: 23/09/2025", 12)
    p.center(330, "CPD hours: 2", 12)
    p.sign_line(p.w / 2 - 100, 450, 200, "Training Lead", 62)
    p.text(50, p.h - 40, "Issued 30/09/2025 · Ref TPN/ED/2025/118", 8, color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Haematology Morphology Study Day: Red Cell Inclusions",
            participant_name="Rhiannon Pryce-Adeyemi",
            provider="Thameside Pathology Network",
            completed_on="2025-09-23",
            hours="2",
        ),
        "day-first",
    )


def dayfirst_2() -> Cert:
    p = Page(A4_WIDE, "sans")
    p.rect(0, 0, 200, p.h, None, (0.12, 0.3, 0.35))
    p.text(30, 80, "Laborakademie", 18, "b", color=(1, 1, 1))
    p.text(30, 100, "Rhein-Main", 18, "b", color=(1, 1, 1))
    p.text(240, 110, "Certificate of Attendance", 26, "b")
    p.text(240, 155, "Jürgen Weiß-Okafor", 20)
    p.text(240, 190, "participated in the workshop", 11, color=GREY)
    p.text(240, 215, "Quality Indicators in the Pre-analytical Phase", 15, "b")
    p.text(240, 255, "Date: 07.10.2025", 12)
    p.text(240, 275, "Duration: 3 hours (09:00–12:00)", 12)
    p.text(240, 295, "Continuing education hours: 3", 12)
    p.text(240, 315, "Participant no. 2025-1147", 10, color=GREY)
    p.sign_line(240, 450, 200, "Leitung Fortbildung / Head of Training", 63)
    return Cert(
        p.finish(),
        truth(
            title="Quality Indicators in the Pre-analytical Phase",
            participant_name="Jürgen Weiß-Okafor",
            provider="Laborakademie Rhein-Main",
            completed_on="2025-10-07",
            hours="3",
        ),
        "day-first",
    )


def dayfirst_3() -> Cert:
    p = Page(LETTER, "serif")
    p.text(50, 65, "Southern Cross Laboratory Scientists' Forum", 15, "b")
    p.text(50, 82, "Melbourne Chapter", 10)
    p.line(50, 92, p.w - 50, 92, 1)
    p.text(50, 140, "Statement of Attendance", 18, "b")
    y = p.wrap(
        50,
        170,
        p.w - 100,
        "Ngaio Te Whare-Collins attended the evening lecture “Point-of-Care HbA1c: Analytical "
        "Performance and Governance” on the 2nd of December 2025.\n\n"
        "Date of lecture: 02-12-2025 (dd-mm-yyyy)\n"
        "Continuing education hours: 1.5",
        11.5,
        leading=17,
    )
    p.signature(50, y + 20, 140, 64)
    p.text(50, y + 38, "Forum Secretary", 10)
    p.text(50, y + 66, "Statement generated 09-12-2025", 8, color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Point-of-Care HbA1c: Analytical Performance and Governance",
            participant_name="Ngaio Te Whare-Collins",
            provider="Southern Cross Laboratory Scientists' Forum",
            completed_on="2025-12-02",
            hours="1.5",
        ),
        "day-first",
    )


def dayfirst_4() -> Cert:
    p = Page(A4_PAGE, "times")
    p.border(30, (0.15, 0.15, 0.4), 2, double=True)
    p.center(90, "Dublin & Leinster Biomedical Science Society", 15, "b")
    p.center(140, "CERTIFICATE OF ATTENDANCE", 20, "b")
    p.center(180, "awarded to", 11, "i")
    p.center(210, "Eoghan Mac Giolla Phádraig", 20, "b")
    p.center(245, "for attendance at the", 11, "i")
    p.center(272, "Annual Transfusion Science Conference 2026", 15, "b")
    p.center(300, "from Tuesday 24th February to Thursday 26th February 2026", 12)
    p.table(
        150,
        330,
        [150, 100],
        [
            ["24/02/2026", "5.0 h"],
            ["25/02/2026", "5.0 h"],
            ["26/02/2026", "2.5 h"],
            ["Total", "12.5 h"],
        ],
        11,
        header=False,
        rules=False,
        bold_last=True,
        aligns="lr",
    )
    p.center(440, "ASCLS P.A.C.E.® approved · provider 3071", 10, color=GREY)
    p.sign_line(80, 560, 180, "Honorary Secretary", 65)
    p.text(p.w - 80, 700, "Printed 11/03/2026", 8, align="right", color=GREY)
    return Cert(
        p.finish(),
        truth(
            title="Annual Transfusion Science Conference 2026",
            participant_name="Eoghan Mac Giolla Phádraig",
            provider="Dublin & Leinster Biomedical Science Society",
            start="2026-02-24",
            end="2026-02-26",
            hours="12.5",
            accreditation="pace",
            provider_number="3071",
        ),
        "day-first",
    )


def negation_1() -> Cert:
    p = Page(LETTER, "arial")
    p.text(50, 60, "Crescent Bay Medical Laboratory", 15, "b")
    p.center(130, "Certificate of Attendance", 20, "b")
    p.center(165, "Valentina Rossi-Abara", 17)
    p.center(195, "Lean Six Sigma for Turnaround Time: A Lab Case Study", 13, "b")
    p.center(222, "Attended September 3, 2025 · 1.0 hour", 11)
    p.wrap(
        80,
        260,
        p.w - 160,
        "Please note: this program is not approved for ASCLS P.A.C.E.® credit and has not been "
        "submitted to any accrediting body. It may be used as an employer in-service where "
        "your certifying agency allows.",
        10,
        "i",
        align="center",
    )
    p.sign_line(p.w / 2 - 100, 380, 200, "Quality Manager", 66)
    return Cert(
        p.finish(),
        truth(
            title="Lean Six Sigma for Turnaround Time: A Lab Case Study",
            participant_name="Valentina Rossi-Abara",
            provider="Crescent Bay Medical Laboratory",
            completed_on="2025-09-03",
            hours="1",
        ),
        "negation",
    )


def negation_2() -> Cert:
    p = Page(A4_PAGE, "serif")
    p.text(50, 65, "Redwood Hollow Pathology Associates", 15, "b")
    p.text(50, 82, "Lunch & Learn lecture series", 10, "i")
    p.text(50, 130, "Certificate of Completion", 19, "b")
    y = p.wrap(
        50,
        160,
        p.w - 100,
        "Awarded to Dr. Marcus Ellery-Bancroft, PhD, DABCC\n"
        "Lecture: Thyroid Function Test Interferences: Biotin and Beyond\n"
        "Date: November 12, 2025\n"
        "Credit: 1.0 P.A.C.E.® contact hour (program 2617-LL-1112, provider 2617)",
        11,
        leading=18,
    )
    p.wrap(
        50,
        y + 20,
        p.w - 100,
        "This activity is not approved for AMA PRA Category 1 Credit™. Redwood Hollow "
        "Pathology Associates " + PACE_STATEMENT,
        9.5,
        "i",
    )
    p.sign_line(50, y + 110, 200, "Series Organizer", 67)
    return Cert(
        p.finish(),
        truth(
            title="Thyroid Function Test Interferences: Biotin and Beyond",
            participant_name="Marcus Ellery-Bancroft",
            provider="Redwood Hollow Pathology Associates",
            completed_on="2025-11-12",
            hours="1",
            accreditation="pace",
            provider_number="2617",
            course_number="2617-LL-1112",
        ),
        "negation",
    )


def negation_3() -> Cert:
    p = Page(LETTER_WIDE, "sans")
    p.rect(30, 30, p.w - 60, p.h - 60, (0.5, 0.5, 0.5), None, 1)
    p.text(60, 80, "Summerlin Lab Professionals Network", 14, "b")
    p.center(140, "Participation Certificate", 24, "b")
    p.center(180, "Dae-jung Kim-Alvarez", 19)
    p.center(215, "Journal Club: Reference Intervals in Pediatric Populations", 14, "b")
    p.center(245, "Held 2026-02-05 (online)  ·  Participation: 1.5 hours", 11)
    p.wrap(
        120,
        280,
        p.w - 240,
        "ASCP CMLE credit is not offered for this activity, and it is not an ADLM ACCENT® "
        "activity. Keep this certificate as a record of participation.",
        10,
        "i",
        align="center",
    )
    p.sign_line(p.w / 2 - 100, 420, 200, "Network Coordinator", 68)
    return Cert(
        p.finish(),
        truth(
            title="Journal Club: Reference Intervals in Pediatric Populations",
            participant_name="Dae-jung Kim-Alvarez",
            provider="Summerlin Lab Professionals Network",
            completed_on="2026-02-05",
            hours="1.5",
        ),
        "negation",
    )


def negation_4() -> Cert:
    p = Page(LETTER, "narrow")
    p.text(50, 60, "Fox Hollow Regional Hospital — Laboratory Training Record", 14, "b")
    rows = [
        ["Employee", "Harriet Osei-Bonsu"],
        ["Training", "Safety Data Sheets and GHS Labels in the Laboratory"],
        ["Date", "06/19/2025"],
        ["Hours", "1.0"],
    ]
    y = p.table(50, 90, [120, 380], rows, 11, header=False, rules=True, row_height=22)
    p.text(50, y + 30, "Accreditation:", 11, "b")
    x = 140.0
    for option, ticked in (
        ("P.A.C.E.®", False),
        ("ACCENT®", False),
        ("CMLE", False),
        ("None (internal)", True),
    ):
        p.box(x, y + 21, ticked, 10)
        p.text(x + 15, y + 30, option, 11)
        x += 90
    p.text(50, y + 55, "Level:", 11, "b")
    p.text(140, y + 55, "not assigned", 11)
    p.sign_line(50, y + 130, 200, "Safety Officer", 69)
    return Cert(
        p.finish(),
        truth(
            title="Safety Data Sheets and GHS Labels in the Laboratory",
            participant_name="Harriet Osei-Bonsu",
            provider="Fox Hollow Regional Hospital",
            completed_on="2025-06-19",
            hours="1",
        ),
        "negation",
    )


CERTIFICATES = [
    award_1,
    award_2,
    award_3,
    award_4,
    modules_1,
    modules_2,
    modules_3,
    modules_4,
    minutes_1,
    minutes_2,
    minutes_3,
    minutes_4,
    dayfirst_1,
    dayfirst_2,
    dayfirst_3,
    dayfirst_4,
    negation_1,
    negation_2,
    negation_3,
    negation_4,
]
