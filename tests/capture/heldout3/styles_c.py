"""Held-out corpus 3, third part: award style, module tables, minutes, negations, journal tests,
credit-claim records, international dates and seminar days. Invented people and organisations."""

from __future__ import annotations

from .model import registry
from .render import Page

SPECS, cert = registry()


@cert(
    "h3-40",
    "letter-l",
    style="award",
    participant_name="Evangeline St. Clair-Mbatha",
    title="Histotechnology Special Stains Workshop",
    provider="Bluewater Histology Society",
    completed_on="2025-06-14",
    hours="3",
)
def award_words(p: Page) -> None:
    p.colour(0.35, 0.2, 0.05)
    p.frame(20, 6, double=True)
    p.logo("seal", p.w - 150, 410, 80)
    p.black()
    p.center(100, "Bluewater Histology Society", "Times-BoldItalic", 28)
    p.center(150, "hereby recognizes", "Times-Italic", 14)
    p.center(195, "Evangeline St. Clair-Mbatha", "Times-Bold", 32)
    p.center(
        235, "for participation in the Histotechnology Special Stains Workshop", "Times-Roman", 15
    )
    p.center(262, "and awards three (3) contact hours", "Times-Roman", 15)
    p.center(305, "Given this 14th day of June, 2025", "Times-Italic", 13)
    p.signature(100, 470, 170, seed=40)
    p.text(100, 485, "Society President", "Times-Roman", 10)


@cert(
    "h3-41",
    style="award",
    participant_name="Oluwaseun Delacroix",
    title="Leadership Skills for Laboratory Supervisors",
    provider="Summit Ridge Health Academy",
    completed_on="2025-03-21",
    hours="2.5",
)
def award_half(p: Page) -> None:
    p.colour(0.1, 0.1, 0.4)
    p.frame(30, 3)
    p.black()
    p.center(110, "Award of Completion", "Times-Bold", 30)
    p.center(160, "presented to", "Times-Italic", 13)
    p.center(195, "Oluwaseun Delacroix", "Times-BoldItalic", 26)
    p.center(235, "who completed the seminar", "Times-Italic", 13)
    p.center(265, "Leadership Skills for Laboratory", "Times-Bold", 17)
    p.center(287, "Supervisors", "Times-Bold", 17)
    p.center(325, "earning two and one-half (2.5) hours of continuing education", "Times-Roman", 13)
    p.center(345, "on the twenty-first day of March, two thousand twenty-five", "Times-Roman", 13)
    p.logo("circle", p.w / 2 - 22, 400, 44)
    p.center(462, "Summit Ridge Health Academy", "Helvetica-Bold", 10)
    p.center(475, "learning that travels with you", "Helvetica-Oblique", 8)
    p.signature(p.w / 2 - 75, 560, 150, seed=41)
    p.center(576, "Academy Dean", "Times-Roman", 9)


@cert(
    "h3-42",
    style="award",
    participant_name="Rosário Tavares-Whitfield",
    title="Clinical Laboratory Professionals Week Lecture: The Lab Behind the Diagnosis",
    provider="HARBORLIGHT HEALTH",
    completed_on="2025-04-22",
    hours="1",
    accreditation="pace",
    delivery="live",
    provider_number="5077",
)
def award_lab_week(p: Page) -> None:
    p.colour(0.5, 0.0, 0.4)
    p.frame(25, 2)
    p.black()
    p.center(90, "HARBORLIGHT HEALTH", "Helvetica-Bold", 14)
    p.center(106, "Lab Week 2025", "Helvetica", 10)
    p.center(170, "Rosário Tavares-Whitfield", "DejaVuSerif-Bold", 24)
    p.center(205, "is hereby awarded one contact hour for attending the", "DejaVuSerif", 12)
    p.center(230, "Clinical Laboratory Professionals Week Lecture:", "DejaVuSerif-Bold", 13)
    p.center(250, "The Lab Behind the Diagnosis", "DejaVuSerif-Bold", 13)
    p.center(280, "this 22nd day of April 2025", "DejaVuSerif-Italic", 12)
    p.center(330, "P.A.C.E.® provider 5077 · live lecture", "DejaVuSerif", 10)


@cert(
    "h3-43",
    style="modules",
    participant_name="Ifeoma Bergström",
    title="Molecular Diagnostics Fundamentals Series",
    provider="Helix Path Online",
    completed_on="2025-05-30",
    hours="6",
    accreditation="pace",
    delivery="self-study",
)
def modules_total(p: Page) -> None:
    p.logo("hex", 50, 36, 32)
    p.text(92, 56, "Helix Path Online", "Helvetica-Bold", 16)
    p.text(50, 120, "Series completion certificate", "Helvetica-Bold", 16)
    p.text(50, 145, "Ifeoma Bergström — Molecular Diagnostics Fundamentals Series", "Helvetica", 11)
    rows = [
        ["Module", "Completed", "Hours"],
        ["1. Nucleic acid extraction", "04/02/2025", "1.0"],
        ["2. PCR and real-time PCR", "04/15/2025", "1.5"],
        ["3. Sequencing technologies", "05/06/2025", "1.5"],
        ["4. Quality assurance in molecular labs", "05/19/2025", "1.0"],
        ["5. Case reviews", "05/30/2025", "1.0"],
        ["Series total", "", "6.0"],
    ]
    p.table(50, 170, [280, 110, 80], rows)
    p.para(
        50,
        320,
        500,
        "Series completed 05/30/2025. Self-study. P.A.C.E.® approved; each module may also be claimed "
        "separately (maximum 6.0 hours for the series).",
        size=9,
    )


@cert(
    "h3-44",
    style="modules",
    participant_name="Caoimhe Brannigan-Suarez",
    title="Hematology Boot Camp",
    provider="Redwood Lab Learning",
    completed_on="2025-08-14",
    minutes="240",
    delivery="self-study",
)
def modules_minutes(p: Page) -> None:
    f = "LibNarrow"
    p.text(50, 60, "Redwood Lab Learning", "LibNarrow-Bold", 18)
    p.text(50, 110, "Hematology Boot Camp — learner progress report", "LibNarrow-Bold", 14)
    p.text(50, 132, "Learner: Caoimhe Brannigan-Suarez", f, 11)
    rows = [
        ["Unit", "Topic", "Minutes"],
        ["A", "Red cell disorders", "60"],
        ["B", "White cell disorders", "75"],
        ["C", "Platelets & hemostasis", "45"],
        ["D", "Case challenge", "60"],
        ["", "Total instructional minutes", "240"],
    ]
    p.table(50, 155, [50, 300, 90], rows, f="LibNarrow", size=10.5)
    p.text(50, 290, "Course completed: August 14, 2025 (self-study)", f, 11)
    p.text(50, 306, "Status: complete — all units passed", f, 11)


@cert(
    "h3-45",
    "a4",
    style="modules",
    participant_name="Dr. Ahmed El-Sayed Haddad",
    title="Laboratory Quality Management Certificate Programme",
    provider="Mediterranean Lab Quality School",
    start="2025-02-03",
    end="2025-03-28",
    hours="16",
)
def modules_programme(p: Page) -> None:
    f = "DejaVuSerif"
    p.text(56, 60, "Mediterranean Lab Quality School", "DejaVuSerif-Bold", 16)
    p.center(130, "Certificate of Achievement", "DejaVuSerif-Bold", 20)
    p.center(165, "Dr. Ahmed El-Sayed Haddad", "DejaVuSerif-Bold", 16)
    p.center(190, "Laboratory Quality Management Certificate Programme", "DejaVuSerif-Italic", 13)
    p.center(212, "3 February 2025 – 28 March 2025 · distance learning", f, 11)
    rows = [
        ["Module", "Hours"],
        ["Document control", "3"],
        ["Internal audit", "4"],
        ["Risk management", "3"],
        ["Measurement uncertainty", "4"],
        ["Final assessment", "2"],
        ["Total", "16"],
    ]
    p.table(150, 240, [200, 80], rows, f="Helvetica", size=10)
    p.text(56, 420, "Issued on 04/04/2025", f, 9)


@cert(
    "h3-46",
    style="minutes",
    participant_name="Thaddeus Okonjo",
    title="Specimen Labeling Errors: A Root-Cause Review",
    provider="Eastgate Regional Laboratory",
    completed_on="2025-01-16",
    minutes="50",
    delivery="live",
)
def minutes_inservice(p: Page) -> None:
    p.text(50, 60, "Eastgate Regional Laboratory", "Helvetica-Bold", 14)
    p.text(50, 110, "Continuing Education Attendance", "Helvetica-Bold", 16)
    p.text(50, 145, "Attendee: Thaddeus Okonjo", "Helvetica", 11)
    p.text(50, 163, "Topic: Specimen Labeling Errors: A Root-Cause Review", "Helvetica", 11)
    p.text(50, 181, "Date: 01/16/2025", "Helvetica", 11)
    p.text(50, 199, "Length of instruction: 50 minutes", "Helvetica", 11)
    p.text(50, 217, "Presented live at the noon huddle", "Helvetica", 11)
    p.text(50, 260, "Posted 01/17/2025 by Education Office", "Helvetica", 8)


@cert(
    "h3-47",
    style="minutes",
    participant_name="Giselle Montgomery-Ybarra",
    title="Safe Handling of Category A Infectious Substances",
    provider="Transit Safety Training Co.",
    completed_on="2025-10-02",
    minutes="150",
)
def minutes_shipping(p: Page) -> None:
    p.colour(0.8, 0.1, 0.1)
    p.rect(50, 40, 40, 40, fill=True)
    p.black()
    p.text(100, 58, "Transit Safety Training Co.", "Helvetica-Bold", 14)
    p.text(100, 74, "dangerous-goods training for labs", "Helvetica-Oblique", 9)
    p.center(150, "Training Certificate", "Times-Bold", 22)
    p.para(
        70,
        190,
        p.w - 140,
        "Giselle Montgomery-Ybarra completed the online course Safe Handling of Category A "
        "Infectious Substances on October 2, 2025. Seat time: 150 minutes. Recurrent training is due within 24 "
        "months (by 10/02/2027).",
        "Times-Roman",
        12.5,
        1.5,
    )


@cert(
    "h3-48",
    style="negation",
    participant_name="Ruth Abernathy",
    title="Lean Workflow in the Core Laboratory",
    provider="Prairie Wind Health Partners",
    completed_on="2025-07-24",
    hours="1.5",
    delivery="live",
)
def negation_pace(p: Page) -> None:
    p.text(50, 60, "Prairie Wind Health Partners", "Times-Bold", 16)
    p.center(140, "Certificate of Attendance", "Times-Bold", 20)
    p.center(175, "Ruth Abernathy", "Times-Bold", 18)
    p.center(200, "Lean Workflow in the Core Laboratory", "Times-Italic", 14)
    p.center(225, "July 24, 2025 · 1.5 hours · live", "Times-Roman", 12)
    p.para(
        80,
        280,
        p.w - 160,
        "This program was not approved for P.A.C.E.® credit and is not eligible for ASCP CMLE or "
        "ACCENT® credit. Attendance hours are provided for employer records.",
        "Times-Roman",
        10.5,
    )


@cert(
    "h3-49",
    style="negation",
    participant_name="Fiona MacAllister-Ng",
    title="Point-of-Care Testing Oversight",
    provider="Northern Lights Lab Network",
    completed_on="2025-09-25",
    hours="2",
    accreditation="pace",
    delivery="live",
    provider_number="3095",
)
def negation_accme(p: Page) -> None:
    p.logo("circle", 50, 36, 34)
    p.text(94, 56, "Northern Lights Lab Network", "Helvetica-Bold", 14)
    p.text(50, 120, "CE certificate", "Helvetica-Bold", 18)
    p.para(
        50,
        150,
        500,
        "Fiona MacAllister-Ng attended Point-of-Care Testing Oversight on 09/25/2025 and earned 2.0 "
        "P.A.C.E.® contact hours (live).",
        size=11.5,
    )
    p.para(
        50,
        210,
        500,
        "This activity is not accredited for AMA PRA Category 1 Credit™; it has not been reviewed by an "
        "ACCME-accredited provider. Northern Lights Lab Network, P.A.C.E.® provider 3095.",
        size=9.5,
    )


@cert(
    "h3-50",
    style="negation",
    participant_name="Desmond O'Halloran",
    title="Cytology Screening Refresher",
    provider="Granite State Cytology Club",
    completed_on="2025-11-08",
    hours="3",
)
def negation_florida(p: Page) -> None:
    p.text(50, 60, "Granite State Cytology Club", "LibSerif-Bold", 16)
    p.center(130, "CERTIFICATE", "LibSerif-Bold", 22)
    p.center(165, "Desmond O'Halloran", "LibSerif-Bold", 18)
    p.center(190, "Cytology Screening Refresher — Saturday, November 8, 2025", "LibSerif", 12)
    p.center(215, "Three (3) hours of instruction", "LibSerif", 12)
    p.para(
        80,
        260,
        p.w - 160,
        "Note: this course is NOT approved by the Florida Board of Clinical Laboratory "
        "Personnel and has not been reported to CE Broker. No P.A.C.E.® approval was sought.",
        "LibSerif-Italic",
        10.5,
    )


@cert(
    "h3-51",
    style="journal",
    participant_name="Jun-seo Park-Alvarez",
    title="Journal CE: Interference in Immunoassays",
    provider="Clinical Bench Review",
    completed_on="2025-06-02",
    hours="1",
    accreditation="pace",
    delivery="self-study",
    course_number="CBR-J-2504",
)
def journal_test(p: Page) -> None:
    p.text(50, 60, "Clinical Bench Review", "Times-BoldItalic", 18)
    p.text(50, 76, "journal-based continuing education", "Times-Italic", 9)
    p.text(50, 130, "Journal CE: Interference in Immunoassays", "Times-Bold", 15)
    p.text(
        50,
        150,
        "Article in Vol. 31, Issue 4 (April 2025), pp. 211–219 · Test code CBR-J-2504",
        "Times-Roman",
        10,
    )
    p.text(50, 190, "Reader: Jun-seo Park-Alvarez", "Times-Roman", 12)
    p.text(50, 208, "Answer sheet received: 06/02/2025 · passed (9 of 10)", "Times-Roman", 12)
    p.text(50, 226, "Credit: 1 contact hour, P.A.C.E.® self-study", "Times-Roman", 12)
    p.text(50, 244, "This test expires 04/30/2027.", "Times-Roman", 12)


@cert(
    "h3-52",
    style="claim",
    participant_name="Beatrix Oyelaran-Holm",
    title="Fungal Identification by MALDI-TOF",
    provider="Cascade Microbiology Forum",
    completed_on="2025-05-09",
    hours="1.5",
    accreditation="pace",
    delivery="live",
    course_number="CMF-0509-2",
)
def claim_record(p: Page) -> None:
    f = "DejaVuMono"
    p.text(40, 50, "CE CREDIT CLAIM — CONFIRMATION", "DejaVu-Bold", 13)
    p.text(40, 66, "Claimed online 2025-05-20 14:02 via ce-claims.example", f, 8.5)
    y = 100
    for label, value in [
        ("Participant", "Beatrix Oyelaran-Holm"),
        ("E-mail", "b.oyelaran@lab.example"),
        ("Event", "Cascade Microbiology Forum spring meeting"),
        ("Session", "Fungal Identification by MALDI-TOF"),
        ("Session code", "CMF-0509-2"),
        ("Session date", "2025-05-09"),
        ("Credit type", "P.A.C.E. contact hours"),
        ("Credit claimed", "1.5"),
        ("Credit offered", "1.5"),
        ("Evaluation", "submitted"),
    ]:
        p.text(40, y, f"{label:<16}{value}", f, 10)
        y += 16
    p.text(40, y + 20, "Provider: Cascade Microbiology Forum · live session", f, 9)


@cert(
    "h3-53",
    "a4",
    style="dayfirst",
    participant_name="Anneliese Dubois-Mwangi",
    title="Haemostasis Laboratory Workshop",
    provider="Royal Meridian Laboratory Training Centre",
    completed_on="2025-10-07",
    hours="5",
)
def dayfirst_dots(p: Page) -> None:
    p.text(56, 60, "Royal Meridian Laboratory Training Centre", "DejaVuSerif-Bold", 14)
    p.center(140, "Certificate of Attendance", "DejaVuSerif-Bold", 20)
    p.center(175, "Anneliese Dubois-Mwangi", "DejaVuSerif-Bold", 18)
    p.center(200, "attended the Haemostasis Laboratory Workshop", "DejaVuSerif", 12)
    p.center(222, "on 07.10.2025", "DejaVuSerif", 12)
    p.center(250, "CPD: 5 hours", "DejaVuSerif-Bold", 12)
    p.text(56, 700, "Date of issue: 15.10.2025", "DejaVuSerif", 9)


@cert(
    "h3-54",
    "a4",
    style="dayfirst",
    participant_name="Tran Minh Khoa",
    title="Blood Gas Analysis in Critical Care",
    provider="Southern Cross Pathology Education",
    completed_on="2025-08-03",
    hours="2",
)
def dayfirst_ordinal(p: Page) -> None:
    p.text(56, 60, "Southern Cross Pathology Education", "Helvetica-Bold", 14)
    p.text(56, 76, "ABN 00 000 000 000 · Brisvale", "Helvetica", 8)
    p.text(56, 140, "This is to confirm that Tran Minh Khoa attended", "Helvetica", 12)
    p.text(56, 162, "Blood Gas Analysis in Critical Care", "Helvetica-Bold", 14)
    p.text(
        56,
        184,
        "on Sunday 3rd August 2025, for two hours of continuing professional development.",
        "Helvetica",
        12,
    )
    p.text(56, 700, "Printed 12/08/2025", "Helvetica", 8)


@cert(
    "h3-55",
    style="seminar",
    participant_name="Isadora Fenwick-Oyelaran",
    title="Spring Laboratory Seminar Day",
    provider="Bayou Laboratory Society",
    completed_on="2025-04-05",
    hours="4.5",
    accreditation="pace",
)
def seminar_ticked(p: Page) -> None:
    p.text(50, 60, "Bayou Laboratory Society", "Helvetica-Bold", 15)
    p.text(50, 110, "Spring Laboratory Seminar Day — Saturday, April 5, 2025", "Helvetica-Bold", 13)
    p.text(50, 135, "Name: Isadora Fenwick-Oyelaran", "Helvetica", 11)
    p.text(
        50,
        160,
        "Tick the sessions you attended. Claim only the hours you attended.",
        "Helvetica-Oblique",
        9.5,
    )
    y = 185
    for checked, label, hrs in [
        (True, "8:00  Blood bank case studies", "1.5"),
        (True, "9:45  Urinalysis pitfalls", "1.0"),
        (False, "11:00 Lab finance for managers", "1.0"),
        (True, "1:00  Sepsis biomarkers", "1.0"),
        (True, "2:15  Parasites you might miss", "1.0"),
        (False, "3:30  Vendor showcase (no CE)", "0"),
    ]:
        p.box(60, y, checked, label, size=10.5)
        p.right(450, y, hrs, "Helvetica", 10.5)
        y += 20
    p.text(300, y + 15, "Hours available: 5.5", "Helvetica", 10)
    p.text(300, y + 33, "Hours claimed: 4.5", "Helvetica-Bold", 11)
    p.para(
        50,
        y + 70,
        500,
        "Bayou Laboratory Society is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        size=8.5,
    )


@cert(
    "h3-56",
    style="online",
    participant_name="Kenji Abernathy-Sato",
    title="Lab Math: Dilutions, Concentrations and Unit Conversions",
    provider="QuickCred Lab",
    completed_on="2025-12-19",
    hours="1",
    accreditation="pace",
    delivery="self-study",
    course_number="QCL-MATH-101",
)
def online_minimal(p: Page) -> None:
    p.colour(0.2, 0.5, 0.3)
    p.rect(40, 40, p.w - 80, 8, fill=True)
    p.black()
    p.text(50, 80, "QuickCred Lab", "Helvetica-Bold", 13)
    p.right(p.w - 50, 80, "Order #Q-551902", "Helvetica", 8)
    p.text(50, 140, "Kenji Abernathy-Sato", "Helvetica-Bold", 22)
    p.text(50, 165, "completed", "Helvetica", 11)
    p.text(
        50,
        188,
        "Lab Math: Dilutions, Concentrations and Unit Conversions (QCL-MATH-101)",
        "Helvetica-Bold",
        12,
    )
    p.text(50, 215, "Dec 19, 2025  |  1 contact hour  |  P.A.C.E.®  |  Self-study", "Helvetica", 11)
    p.text(
        50,
        740,
        "Certificate valid for license renewal in most states. Not a Florida CE Broker course.",
        "Helvetica",
        7.5,
    )


@cert(
    "h3-57",
    style="inservice-letter",
    participant_name="Marie-Thérèse Nwachukwu",
    title="Critical Value Call-Back Procedure",
    provider="Oakhaven Children's Hospital",
    completed_on="2025-09-04",
    hours="0.5",
)
def inservice_letter_short(p: Page) -> None:
    p.center(60, "Oakhaven Children's Hospital", "Times-Bold", 16)
    p.center(76, "Laboratory Services · 12 Elm Crescent · Oakhaven", "Times-Roman", 9)
    p.text(60, 130, "September 12, 2025", "Times-Roman", 11)
    p.text(60, 160, "Dear Marie-Thérèse Nwachukwu,", "Times-Roman", 11)
    p.para(
        60,
        185,
        p.w - 120,
        "Thank you for attending the half-hour staff in-service, Critical Value Call-Back Procedure, "
        "on September 4, 2025. This letter may be used to document 0.5 hour of in-service education.",
        "Times-Roman",
        11,
    )
    p.text(60, 260, "With thanks,", "Times-Roman", 11)
    p.signature(60, 300, seed=57)
    p.text(60, 315, "Laboratory Manager", "Times-Roman", 10)


@cert(
    "h3-58",
    style="accent",
    participant_name="Paloma Quiñones-Hart",
    title="Therapeutic Drug Monitoring of Immunosuppressants",
    provider="Rocky Plains Section of Clinical Chemists",
    completed_on="2025-03-27",
    hours="1.5",
    accreditation="accent",
    approval_number="2025-0345",
    delivery="live",
)
def accent_local_section(p: Page) -> None:
    p.logo("flask", 50, 36, 30)
    p.text(90, 52, "Rocky Plains Section of Clinical Chemists", "LibSerif-Bold", 14)
    p.text(90, 67, "Spring dinner meeting · Cottonwood Grill, Red Mesa", "LibSerif-Italic", 9)
    p.text(50, 130, "Verification of Attendance", "LibSerif-Bold", 19)
    p.text(50, 165, "Attendee", "LibSans", 9)
    p.text(50, 181, "Paloma Quiñones-Hart", "LibSans-Bold", 14)
    p.line(50, 186, 330, 186, 0.5)
    p.text(360, 165, "Meeting date", "LibSans", 9)
    p.text(360, 181, "Thu 27 Mar 2025", "LibSans-Bold", 14)
    p.text(50, 215, "Presentation", "LibSans", 9)
    p.text(50, 231, "Therapeutic Drug Monitoring of Immunosuppressants", "LibSans-Bold", 13)
    p.para(
        50,
        270,
        500,
        "This live program has been approved by ADLM for 1.5 ACCENT® continuing education credit hours. "
        "ACCENT® approval no. 2025-0345. Speaker: Dr. Halvard Engstrøm, PhD, DABCC.",
        "LibSerif",
        11,
    )
    p.text(50, 350, "Dinner 6:00 pm · lecture 7:00–8:30 pm", "LibSans", 9)
    p.signature(50, 420, seed=58)
    p.text(50, 435, "Section Chair", "LibSans", 9)


@cert(
    "h3-59",
    style="seminar",
    participant_name="Augustin Ferreira-Lowe",
    title="Lunch-and-Learn Series: Transfusion Safety",
    provider="Mercy Hollow Medical Center",
    start="2025-03-03",
    end="2025-03-10",
    hours="2",
    accreditation="pace",
    provider_number="6120",
    delivery="live",
)
def series_two_days(p: Page) -> None:
    p.logo("cross", p.w - 90, 40, 34)
    p.text(50, 56, "Mercy Hollow Medical Center", "Times-Bold", 16)
    p.text(50, 72, "Transfusion Service", "Times-Italic", 10)
    p.center(140, "Certificate of Continuing Education", "Times-Bold", 20)
    p.para(
        70,
        180,
        p.w - 140,
        "this certifies that Augustin Ferreira-Lowe attended both sessions of the Lunch-and-Learn Series: "
        "Transfusion Safety, presented live on March 3 and March 10, 2025, and is awarded 2.0 contact hours "
        "(1.0 per session).",
        "Times-Roman",
        12.5,
        1.5,
    )
    p.para(
        70,
        280,
        p.w - 140,
        "Mercy Hollow Medical Center is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program, provider no. 6120.",
        "Times-Italic",
        9.5,
    )
    p.signature(70, 380, seed=59)
    p.text(70, 395, "Medical Director, Transfusion Service", "Times-Roman", 9.5)
    p.text(70, 740, "Form TS-CE-04 rev. 01/2024", "Times-Roman", 7)


@cert(
    "h3-60",
    style="webinar-email",
    participant_name="Siobhan Kealoha-Brandt",
    title="Sepsis Diagnostics Webinar Series",
    provider="Evergreen Laboratory Alliance",
    start="2025-11-18",
    end="2025-11-19",
    hours="2",
    accreditation="pace",
    delivery="live",
)
def webinar_series_email(p: Page) -> None:
    f = "Helvetica"
    p.text(
        40,
        50,
        "Subject: Sepsis Diagnostics Webinar Series — attendance confirmed",
        "Helvetica-Bold",
        11,
    )
    p.text(40, 68, "From: Evergreen Laboratory Alliance <education@evergreen-la.example>", f, 9.5)
    p.text(40, 82, "Date: November 21, 2025 9:14:03 AM PST", f, 9.5)
    p.text(40, 96, "To: s.kealoha-brandt@clinic.example", f, 9.5)
    p.line(40, 106, p.w - 40, 106)
    lines = [
        "Attendee: Siobhan Kealoha-Brandt",
        "",
        "Sessions attended:",
        "   Tue Nov 18, 2025   Part 1 - Biomarkers and lactate    1.0 h   (webinar 7781-004)",
        "   Wed Nov 19, 2025   Part 2 - Rapid blood culture ID    1.0 h   (webinar 7781-005)",
        "",
        "Total P.A.C.E.(R) contact hours: 2.0 (live, interactive)",
        "",
        "Evergreen Laboratory Alliance is approved as a provider of continuing education programs",
        "in the clinical laboratory sciences by the ASCLS P.A.C.E.(R) Program.",
        "",
    ]
    y = 130
    for line in lines:
        p.text(40, y, line, "Courier", 9.5)
        y += 14
