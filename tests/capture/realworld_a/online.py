"""Online-platform certificates (several invented LMS brands), printed webinar e-mails and CME
certificates. Every builder returns (name, pdf bytes, truth)."""

from __future__ import annotations

from .page import A4_PAGE, LETTER, LETTER_WIDE, Page, bold_of, rgb

Built = tuple[str, bytes, dict[str, object]]

PACE_STATEMENT = (
    "{who} is approved as a provider of continuing education programs in the clinical "
    "laboratory sciences by the ASCLS P.A.C.E.® Program."
)


def labsprout() -> Built:
    """Brand header with a leaf, 'this certifies that', course code beside the title."""
    p = Page(LETTER_WIDE, seed=11)
    green = rgb("#2f7d4a")
    p.box(0, p.height - 70, p.width, 70, stroke=None, fill=green)
    p.logo("leaf", 40, p.height - 58, 40, rgb("#d8f0df"))
    p.text(92, p.height - 40, "LabSprout", "DejaVu-Bold", 24, colour=rgb("#ffffff"))
    p.text(92, p.height - 58, "Learning  ·  grow your bench skills", "DejaVu", 10,
           colour=rgb("#d8f0df"))  # fmt: skip
    p.text(p.width - 40, p.height - 44, "learn.labsprout.example", "DejaVu", 10, "right",
           colour=rgb("#ffffff"))  # fmt: skip
    p.centre(430, "CERTIFICATE OF COMPLETION", "DejaVu-Bold", 26, colour=green)
    p.centre(392, "this certifies that", "DejaVuSerif-Italic", 13)
    p.centre(355, "Maëlle Fontaine-Okoro", "DejaVuSerif-Bold", 28)
    p.line(220, 345, p.width - 220, 345)
    p.centre(318, "has successfully completed the online course", "DejaVu", 12)
    p.centre(288, "Red Cell Morphology in Haemoglobinopathies", "DejaVu-Bold", 17)
    p.centre(
        268, "Course code LS-HEM-2041  ·  Self-paced, with post-test (score 88 %)", "DejaVu", 10
    )
    p.text(120, 210, "Completed", "DejaVu", 10, colour=green)
    p.text(120, 192, "March 4, 2025", "DejaVu-Bold", 13)
    p.text(340, 210, "P.A.C.E.® contact hours", "DejaVu", 10, colour=green)
    p.text(340, 192, "1.5", "DejaVu-Bold", 13)
    p.text(540, 210, "Level", "DejaVu", 10, colour=green)
    p.text(540, 192, "Intermediate", "DejaVu-Bold", 13)
    p.para(120, 150, 550, PACE_STATEMENT.format(who="LabSprout Learning"), "DejaVu", 9)
    p.text(120, 118, "P.A.C.E.® provider no. 531", "DejaVu", 9)
    p.sign_block(560, 90, "Dr. Imani Kessler, PhD, MLS(ASCP)", "Education Director", "DejaVu")
    p.text(40, 30, "Certificate ID 7Q4K-22LD-0915   ·   Printed on 2025-06-11", "DejaVu", 7.5)
    truth = {
        "participant_name": "Maëlle Fontaine-Okoro",
        "title": "Red Cell Morphology in Haemoglobinopathies",
        "provider": "LabSprout Learning",
        "completed_on": "2025-03-04",
        "hours": "1.5",
        "accreditation": "pace",
        "course_number": "LS-HEM-2041",
        "provider_number": "531",
        "level": "intermediate",
        "delivery": "self-study",
    }
    return "lms_labsprout_morphology", p.finish(), truth


def micromentor() -> Built:
    """A transcript-like certificate: the learner only in a table cell labelled 'Learner'."""
    p = Page(LETTER, seed=12)
    blue = rgb("#123f73")
    p.logo("hex", 50, 700, 34, blue)
    p.text(94, 720, "MICROMENTOR CE", "Helvetica-Bold", 18, colour=blue)
    p.text(94, 706, "Continuing education for the clinical micro lab", "Helvetica-Oblique", 9)
    p.line(50, 688, 562, 688, 1.5, blue)
    p.text(50, 650, "Statement of Credit", "Helvetica-Bold", 20)
    rows = [
        ["Learner", "Tomás Ibarra-Quintero"],
        ["Course", "Carbapenemase Detection: Phenotypic and"],
        ["", "Molecular Methods Compared"],
        ["Course ID", "MMCE-0773"],
        ["Format", "On-demand video + quiz"],
        ["Date completed", "10/02/2025"],
        ["Credit awarded", "2.0 contact hours"],
        ["Accreditation", "ASCLS P.A.C.E.®  (provider 1187)"],
    ]
    p.table(50, 620, [130, 382], rows, "Helvetica", 11, 22, bold=None)
    p.para(50, 420, 512,
           "Credit is awarded only after the post-test is passed. The course carries up to "
           "3.0 contact hours when the optional case workbook is also submitted; the workbook "
           "was not submitted for this record.", "Helvetica", 10)  # fmt: skip
    p.para(50, 360, 512, PACE_STATEMENT.format(who="MicroMentor CE"), "Helvetica", 9)
    p.sign_block(50, 270, "Harlan Voss, MS, M(ASCP)", "Program Coordinator")
    p.text(50, 60, "Verify at micromentor.example/verify  ·  Record 55-20931", "Helvetica", 8)
    p.text(562, 60, "Page 1 of 1", "Helvetica", 8, "right")
    truth = {
        "participant_name": "Tomás Ibarra-Quintero",
        "title": "Carbapenemase Detection: Phenotypic and Molecular Methods Compared",
        "provider": "MicroMentor CE",
        "completed_on": "2025-10-02",
        "hours": "2",
        "accreditation": "pace",
        "course_number": "MMCE-0773",
        "provider_number": "1187",
        "delivery": "self-study",
    }
    return "lms_micromentor_statement", p.finish(), truth


def benchtop() -> Built:
    """Ornate border, hours in words, an 'up to' statement that is not the claim."""
    p = Page(LETTER_WIDE, seed=13)
    maroon = rgb("#6b1f2a")
    p.border(22, maroon)
    p.logo("bars", 60, 520, 34, maroon)
    p.text(104, 536, "BenchTop Academy", "Times-Bold", 20, colour=maroon)
    p.text(104, 522, "Online learning for laboratory professionals since 2009", "Times-Italic", 9)
    p.centre(450, "Certificate of Achievement", "Times-BoldItalic", 34)
    p.centre(410, "Awarded to", "Times-Roman", 13)
    p.centre(370, "Siobhan O'Rourke-Delgado", "Times-Bold", 28)
    p.centre(335, "for completing", "Times-Roman", 13)
    p.centre(305, "Troubleshooting Coagulation Assays: Clots, Lipemia and", "Times-Bold", 16)
    p.centre(285, "Heparin Contamination", "Times-Bold", 16)
    p.centre(250, "and is awarded one and one-half (1.5) P.A.C.E.® contact hours", "Times-Roman",
             13)  # fmt: skip
    p.centre(232, "on the fourteenth day of May, 2025", "Times-Roman", 13)
    p.centre(200, "This activity offers up to 2.5 contact hours; credit reflects the modules "
             "completed.", "Times-Italic", 10)  # fmt: skip
    p.centre(170, "BenchTop Academy is approved as a provider of continuing education programs "
             "in the clinical laboratory sciences", "Times-Roman", 9)  # fmt: skip
    p.centre(158, "by the ASCLS P.A.C.E.® Program. Provider #0427.  Program #0427-25-118.",
             "Times-Roman", 9)  # fmt: skip
    p.sign_block(90, 90, "Rosalind Achebe, MEd", "Dean of Studies", "Times-Roman", 10)
    p.seal(p.width - 140, 110, 42, maroon, "BENCHTOP")
    truth = {
        "participant_name": "Siobhan O'Rourke-Delgado",
        "title": "Troubleshooting Coagulation Assays: Clots, Lipemia and Heparin Contamination",
        "provider": "BenchTop Academy",
        "completed_on": "2025-05-14",
        "hours": "1.5",
        "accreditation": "pace",
        "course_number": "0427-25-118",
        "provider_number": "0427",
    }
    return "lms_benchtop_award_words", p.finish(), truth


def cliniquest() -> Built:
    """ACCENT credit, Courier body, weekday in the completion line."""
    p = Page(LETTER, seed=14)
    teal = rgb("#0e6b6b")
    p.box(36, 36, p.width - 72, p.height - 72, teal, lw=1.2)
    p.logo("drop", 60, 690, 40, teal)
    p.text(110, 715, "CliniQuest Online", "Helvetica-Bold", 22, colour=teal)
    p.text(110, 700, "Chicago, IL  ·  cliniquest.example", "Helvetica", 9)
    p.text(306, 620, "CERTIFICATE OF PARTICIPATION", "Courier-Bold", 16, "center")
    p.text(80, 570, "PARTICIPANT:", "Courier-Bold", 11)
    p.text(200, 570, "Dr. Wen-Li Ashcroft", "Courier", 11)
    p.text(80, 548, "ACTIVITY:", "Courier-Bold", 11)
    p.text(200, 548, "Lipoprotein(a) and ApoB: What the", "Courier", 11)
    p.text(200, 534, "Laboratory Should Report", "Courier", 11)
    p.text(80, 510, "ACTIVITY ID:", "Courier-Bold", 11)
    p.text(200, 510, "CQ-25-4410", "Courier", 11)
    p.text(80, 488, "COMPLETED:", "Courier-Bold", 11)
    p.text(200, 488, "Thursday, August 21, 2025", "Courier", 11)
    p.text(80, 466, "CREDIT:", "Courier-Bold", 11)
    p.text(200, 466, "1.0 ACCENT(R) credit hour", "Courier", 11)
    p.para(80, 420, 450,
           "This activity has been approved for ACCENT® continuing education credit by the "
           "Association for Diagnostics & Laboratory Medicine (ADLM). ADLM designates this "
           "activity for a maximum of 1.0 ACCENT credit hour. It is not approved for ASCLS "
           "P.A.C.E.® credit.", "Courier", 9.5)  # fmt: skip
    p.sign_block(80, 250, "Marcus Feld", "CE Administrator, CliniQuest Online", "Courier", 9)
    p.text(80, 60, "Generated 2025-09-02 14:33 CT", "Courier", 8)
    truth = {
        "participant_name": "Wen-Li Ashcroft",
        "title": "Lipoprotein(a) and ApoB: What the Laboratory Should Report",
        "provider": "CliniQuest Online",
        "completed_on": "2025-08-21",
        "hours": "1",
        "accreditation": "accent",
        "course_number": "CQ-25-4410",
    }
    return "lms_cliniquest_accent", p.finish(), truth


def pipettepath() -> Built:
    """Minutes only: a time-credited self-study module with a quiz score."""
    p = Page(A4_PAGE, seed=15)
    purple = rgb("#4b2a7a")
    p.box(0, p.height - 110, p.width, 110, stroke=None, fill=rgb("#efe8f7"))
    p.logo("circle", 50, p.height - 90, 60, purple)
    p.text(125, p.height - 55, "pipette/path", "DejaVuMono", 22, colour=purple)
    p.text(125, p.height - 75, "micro-learning for the modern laboratory", "DejaVu", 9)
    p.text(50, 640, "Completion record", "DejaVu-Bold", 22)
    p.text(50, 600, "Learner", "DejaVu", 10, colour=purple)
    p.text(50, 584, "Nguyễn Thị Bích Ngọc", "DejaVu-Bold", 15)
    p.text(50, 550, "Module", "DejaVu", 10, colour=purple)
    p.text(50, 534, "Urine Sediment Microscopy: Casts and Crystals", "DejaVu-Bold", 14)
    p.text(50, 500, "Finished", "DejaVu", 10, colour=purple)
    p.text(50, 484, "2025-11-19", "DejaVu-Bold", 13)
    p.text(300, 500, "Time credited", "DejaVu", 10, colour=purple)
    p.text(300, 484, "75 minutes", "DejaVu-Bold", 13)
    p.text(450, 500, "Quiz", "DejaVu", 10, colour=purple)
    p.text(450, 484, "9/10", "DejaVu-Bold", 13)
    p.para(50, 430, 495,
           "Time credited is the instructional time of the module as reviewed by our "
           "editorial board. Use it to calculate contact hours under your certifying body's "
           "rules (for example, 50 minutes = 1 contact hour). Self-study; no live component.",
           "DejaVu", 9.5)  # fmt: skip
    p.text(50, 80, "pipettepath.example  ·  record PP-9Q1-00412  ·  issued 2025-11-19 22:07 UTC",
           "DejaVu", 8)  # fmt: skip
    truth = {
        "participant_name": "Nguyễn Thị Bích Ngọc",
        "title": "Urine Sediment Microscopy: Casts and Crystals",
        "provider": "pipette/path",
        "completed_on": "2025-11-19",
        "minutes": "75",
        "delivery": "self-study",
    }
    return "lms_pipettepath_minutes", p.finish(), truth


def scopeslide() -> Built:
    """CEU (IACET) with hours in parentheses; the award is stated in CEUs."""
    p = Page(LETTER_WIDE, seed=16)
    navy = rgb("#1d2f4f")
    p.border(30, navy, double=False, lw=6)
    p.text(60, 520, "Scope & Slide", "LibSerif-Bold", 26, colour=navy)
    p.text(60, 503, "LEARNING NETWORK", "LibSans", 10, colour=navy)
    p.logo("circle", p.width - 110, 492, 50, navy)
    p.text(p.width - 85, 480, "S&S", "LibSans-Bold", 8, "center")
    p.centre(430, "Continuing Education Certificate", "LibSerif", 30)
    p.centre(385, "presented to", "LibSerif-Italic", 13)
    p.centre(350, "Jean-Baptiste Moreau-Lindqvist", "LibSerif-Bold", 26)
    p.centre(315, "upon completion of", "LibSerif-Italic", 13)
    p.centre(285, "Frozen Section Quality: Artifacts, Turnaround and Communication", "LibSans-Bold",
             15)  # fmt: skip
    p.centre(250, "0.2 CEU  (2 contact hours)  ·  completed 09 Jan 2026", "LibSans", 12)
    p.para(120, 200, p.width - 240,
           "Scope & Slide Learning Network is accredited by the International Accreditors for "
           "Continuing Education and Training (IACET) and is authorized to issue the IACET CEU.",
           "LibSans", 9, align="center")  # fmt: skip
    p.sign_block(100, 110, "Priya Venkataraman", "Registrar", "LibSans", 9)
    p.text(p.width - 100, 110, "Certificate No. SSL-260109-3381", "LibSans", 9, "right")
    truth = {
        "participant_name": "Jean-Baptiste Moreau-Lindqvist",
        "title": "Frozen Section Quality: Artifacts, Turnaround and Communication",
        "provider": "Scope & Slide Learning Network",
        "completed_on": "2026-01-09",
        "ceu": "0.2",
    }
    return "lms_scopeslide_ceu", p.finish(), truth


def amt_points() -> Built:
    """AMT CCP points from an invented online provider; points are the award."""
    p = Page(LETTER, seed=17)
    p.text(56, 730, "HELIX LANE", "Helvetica-Bold", 26, colour=rgb("#b0461b"))
    p.text(56, 714, "continuing education", "Helvetica", 11, colour=rgb("#b0461b"))
    p.line(56, 700, 556, 700, 3, rgb("#b0461b"))
    p.text(56, 660, "Certificate of Completion", "Helvetica-Bold", 18)
    p.para(56, 620, 500,
           "Helix Lane certifies that Reginald P. Osei-Bonsu, Jr. completed the self-study "
           "program listed below and passed its examination.", "Helvetica", 11)  # fmt: skip
    rows = [
        ["Program", "Points", "Date"],
        ["Phlebotomy Safety Refresher: Needlestick Prevention", "2", "12-Jul-2025"],
    ]
    p.table(56, 560, [330, 70, 100], rows, "Helvetica", 10, 20)
    p.para(56, 500, 500,
           "Accepted by American Medical Technologists (AMT) for 2 CCP points. Program code "
           "HL-PHB-112.", "Helvetica", 10)  # fmt: skip
    p.sign_block(56, 400, "Odette Marchetti", "Director of Education")
    p.text(56, 50, "helixlane.example  |  Certificates remain valid for audit for 3 years.",
           "Helvetica", 8)  # fmt: skip
    truth = {
        "participant_name": "Reginald P. Osei-Bonsu, Jr.",
        "title": "Phlebotomy Safety Refresher: Needlestick Prevention",
        "provider": "Helix Lane",
        "completed_on": "2025-07-12",
        "points": "2",
        "course_number": "HL-PHB-112",
        "delivery": "self-study",
    }
    return "lms_helixlane_ccp_points", p.finish(), truth


def ascp_cmle() -> Built:
    """ASCP CMLE credit from a course hosted by ASCP."""
    p = Page(LETTER_WIDE, seed=18)
    p.box(0, 0, 18, p.height, stroke=None, fill=rgb("#003a70"))
    p.text(60, 540, "ASCP", "Helvetica-Bold", 30, colour=rgb("#003a70"))
    p.text(60, 524, "American Society for Clinical Pathology", "Helvetica", 10)
    p.text(60, 440, "Jonah Abernathy-Kim", "Helvetica-Bold", 30)
    p.text(60, 410, "has completed", "Helvetica", 13)
    p.text(60, 380, "Transfusion Reactions: Recognition and Laboratory Workup", "Helvetica-Bold",
           17)  # fmt: skip
    p.text(60, 340, "Credit awarded: 1.0 CMLE", "Helvetica", 13)
    p.text(60, 320, "Date of completion: 06/30/2025", "Helvetica", 13)
    p.text(60, 300, "Online, self-paced", "Helvetica", 13)
    p.para(60, 250, 520,
           "ASCP is approved as a provider of continuing medical laboratory education (CMLE) "
           "credit. ASCP CMLE credit hours are acceptable for the ASCP Board of Certification "
           "Credential Maintenance Program (CMP).", "Helvetica", 9)  # fmt: skip
    p.text(60, 60, "Activity #5512-CMLE-25  ·  Transcript printed 2025-12-01", "Helvetica", 8)
    truth = {
        "participant_name": "Jonah Abernathy-Kim",
        "title": "Transfusion Reactions: Recognition and Laboratory Workup",
        "provider": "American Society for Clinical Pathology",
        "completed_on": "2025-06-30",
        "hours": "1",
        "accreditation": "cmle",
        "course_number": "5512-CMLE-25",
        "delivery": "self-study",
    }
    return "lms_ascp_cmle", p.finish(), truth


def webinar_email(
    key: str,
    sender: str,
    sender_addr: str,
    to_name: str,
    sent: str,
    subject: str,
    body: list[str],
    truth: dict[str, object],
    font: str = "Helvetica",
) -> Built:
    """A printed e-mail: mail-client header, then the message body."""
    p = Page(LETTER, seed=len(key))
    p.text(40, 760, "Mail - " + to_name.split()[0].lower() + "@lab.example", font, 8)
    p.text(572, 760, "1/1", font, 8, "right")
    y = p.para(40, 730, 532, subject, bold_of(font), 14)  # long subjects wrap
    p.line(40, y + 8, 572, y + 8, 0.5)
    y -= 10
    for label, value in (("From:", f"{sender} <{sender_addr}>"), ("To:", to_name),
                         ("Sent:", sent), ("Subject:", subject)):  # fmt: skip
        p.text(40, y, label, font, 10)
        p.text(100, y, value, font, 10)
        y -= 15
    y -= 15
    for para in body:
        y = p.para(40, y, 520, para, font, 10.5) - 8
    return key, p.finish(), truth


def emails() -> list[Built]:
    items = []
    items.append(webinar_email(
        "email_copperleaf_attendance",
        "Copperleaf Diagnostics Education", "webinars@copperleaf.example",
        "Luz Marina Cárdenas", "Tue 04/11/2025 09:14",
        "Your attendance record – Sepsis Biomarkers Beyond Lactate",
        ["Hello Luz Marina,",
         "Thank you for attending our live webinar Sepsis Biomarkers Beyond Lactate on "
         "Thursday, October 30, 2025 (12:00–1:00 pm ET). Our records show you were connected "
         "for 58 minutes.",
         "Attendance of at least 50 minutes earns 1.0 P.A.C.E.® contact hour. Copperleaf "
         "Diagnostics is approved as a provider of continuing education programs in the "
         "clinical laboratory sciences by the ASCLS P.A.C.E.® Program (provider no. 2290, "
         "program no. 2290-25-031).",
         "Webinar ID: 884 2231 9904. Keep this e-mail as your certificate of attendance.",
         "Kind regards,", "The Copperleaf Education Team"],
        {"participant_name": "Luz Marina Cárdenas",
         "title": "Sepsis Biomarkers Beyond Lactate", "provider": "Copperleaf Diagnostics",
         "completed_on": "2025-10-30", "hours": "1", "accreditation": "pace",
         "course_number": "2290-25-031", "provider_number": "2290", "delivery": "live"},
    ))  # fmt: skip
    items.append(webinar_email(
        "email_northway_registration_then_credit",
        "NorthWay Lab Alliance", "no-reply@northway.example",
        "Aleksander Wiśniewski", "Monday, February 16, 2026 7:02 AM",
        "Certificate: Digital Morphology Validation (webinar 02/10/2026)",
        ["Dear Aleksander Wiśniewski,",
         "Congratulations on completing the evaluation for Digital Morphology Validation, "
         "presented live on February 10, 2026. You have been awarded 1.5 contact hours.",
         "This program was approved by the Florida Board of Clinical Laboratory Personnel "
         "through CE Broker: provider 50-18842, course 20-1140279. Your attendance has been "
         "reported to CE Broker under licence number CH 61944.",
         "Reminder: the next session in this series, 'AI in Peripheral Smears', is on "
         "March 3, 2026 and offers up to 2.0 contact hours.",
         "NorthWay Lab Alliance · Tampa, FL"],
        {"participant_name": "Aleksander Wiśniewski",
         "title": "Digital Morphology Validation", "provider": "NorthWay Lab Alliance",
         "completed_on": "2026-02-10", "hours": "1.5", "accreditation": "state-board",
         "approval_number": "50-18842", "course_number": "20-1140279",
         "license_number": "CH 61944", "delivery": "live"},
        font="DejaVu",
    ))  # fmt: skip
    items.append(webinar_email(
        "email_ridgeview_minutes_courier",
        "Ridgeview Reference Laboratory", "education@ridgeview.example",
        "Caoimhe Ní Bhriain", "2025-09-26 16:40",
        "Attendance confirmation - Mass Spectrometry for Therapeutic Drug Monitoring",
        ["Caoimhe Ní Bhriain,",
         "This message confirms your attendance at the live webinar 'Mass Spectrometry for "
         "Therapeutic Drug Monitoring' held Wednesday 24 September 2025.",
         "Instructional time: 100 minutes (breaks excluded). Continuing education credit is "
         "expressed in minutes of instruction; convert as your board requires.",
         "Meeting number 2481 004 7713 · Passcode not required for the recording.",
         "-- Ridgeview Reference Laboratory, Education Office"],
        {"participant_name": "Caoimhe Ní Bhriain",
         "title": "Mass Spectrometry for Therapeutic Drug Monitoring",
         "provider": "Ridgeview Reference Laboratory", "completed_on": "2025-09-24",
         "minutes": "100", "delivery": "live"},
        font="Courier",
    ))  # fmt: skip
    items.append(webinar_email(
        "email_gulfcoast_ceu_forward",
        "Gulf Coast Society for Laboratory Science", "ce@gcsls.example",
        "Bartholomew Nwachukwu III", "Fri, Jan 23, 2026 at 11:52 AM",
        "Fwd: Your CE certificate is ready",
        ["---------- Forwarded message ----------",
         "Dear Bartholomew Nwachukwu III,",
         "Thank you for joining the Gulf Coast Society for Laboratory Science winter webinar, "
         "\"Point-of-Care Glucose Meters in Critical Care\", on January 20, 2026.",
         "You earned 0.1 CEU. This webinar was not submitted for P.A.C.E.® approval.",
         "Webinar ID 5510-77-903 (use it to find the recording, not on your CE record).",
         "Gulf Coast Society for Laboratory Science · Mobile, AL"],
        {"participant_name": "Bartholomew Nwachukwu III",
         "title": "Point-of-Care Glucose Meters in Critical Care",
         "provider": "Gulf Coast Society for Laboratory Science", "completed_on": "2026-01-20",
         "ceu": "0.1", "delivery": "live"},
    ))  # fmt: skip
    return items


_CME_LOOKS = {
    "lakeshore": ("Times-Roman", "Times-Italic", "Times-Bold", rgb("#23395d")),
    "harborview": ("LibSans", "LibSans", "LibSans-Bold", rgb("#6e1423")),
    "stellan": ("DejaVuSerif", "DejaVuSerif-Italic", "DejaVuSerif-Bold", rgb("#264d26")),
}


def cme(
    key: str,
    provider: str,
    name: str,
    title_lines: list[str],
    date_text: str,
    maximum: str,
    claimed: str,
    truth: dict[str, object],
    wide: bool = True,
) -> Built:
    p = Page(LETTER_WIDE if wide else LETTER, seed=len(key) + 3)
    regular, italic, bold, ink = _CME_LOOKS[key.split("_")[1]]
    p.border(26, ink, double=bold.startswith("Times"))
    top = p.height - 80
    p.logo("cross", 60, top - 6, 34, ink)
    p.text(104, top + 12, provider, bold, 17, colour=ink)
    p.text(104, top - 4, "Office of Continuing Medical Education", italic, 10)
    p.centre(top - 70, "CERTIFICATE OF CME CREDIT", bold, 24)
    p.centre(top - 105, "This is to certify that", regular, 12)
    p.centre(top - 140, name, bold, 24)
    p.centre(top - 170, "participated in the live activity", regular, 12)
    y = top - 198
    for line in title_lines:
        p.centre(y, line, bold, 15)
        y -= 19
    p.centre(y - 6, date_text, regular, 12)
    p.para(70, y - 40, p.width - 140,
           f"{provider} is accredited by the Accreditation Council for Continuing Medical "
           f"Education (ACCME) to provide continuing medical education for physicians. "
           f"{provider} designates this live activity for a maximum of {maximum} AMA PRA "
           "Category 1 Credits™. Physicians should claim only the credit commensurate with "
           "the extent of their participation in the activity.", regular, 10)  # fmt: skip
    p.centre(y - 118, f"Credits claimed: {claimed} AMA PRA Category 1 Credits™", bold, 12)
    p.sign_block(70, 70, "Helena Straub, MD", "Director, Continuing Medical Education",
                 regular, 9)  # fmt: skip
    return key, p.finish(), truth


def cmes() -> list[Built]:
    return [
        cme(
            "cme_lakeshore_transfusion",
            "Lakeshore University School of Medicine",
            "Anjali Deshpande-Whitaker, MD",
            ["Annual Transfusion Medicine Update:", "Patient Blood Management in Practice"],
            "April 25–26, 2025",
            "9.5",
            "6.25",
            {
                "participant_name": "Anjali Deshpande-Whitaker",
                "title": "Annual Transfusion Medicine Update: Patient Blood Management in Practice",
                "provider": "Lakeshore University School of Medicine",
                "start": "2025-04-25",
                "end": "2025-04-26",
                "hours": "6.25",
                "accreditation": "accme",
                "delivery": "live",
            },
        ),
        cme(
            "cme_harborview_molecular",
            "Harborview Pathology Institute",
            "Kwame Mensah-Boateng",
            ["Molecular Oncology Tumor Board Series"],
            "Session held on September 9, 2025",
            "1.0",
            "1.0",
            {
                "participant_name": "Kwame Mensah-Boateng",
                "title": "Molecular Oncology Tumor Board Series",
                "provider": "Harborview Pathology Institute",
                "completed_on": "2025-09-09",
                "hours": "1",
                "accreditation": "accme",
                "delivery": "live",
            },
            wide=False,
        ),
        cme(
            "cme_stellan_grand_rounds",
            "Stellan Medical College",
            "Ingrid Sæther-Holm",
            ["Pathology Grand Rounds: Diagnostic Stewardship", "and the Overused Laboratory Test"],
            "Friday, 7 November 2025",
            "2.0",
            "1.5",
            {
                "participant_name": "Ingrid Sæther-Holm",
                "title": "Pathology Grand Rounds: Diagnostic Stewardship and the Overused "
                "Laboratory Test",
                "provider": "Stellan Medical College",
                "completed_on": "2025-11-07",
                "hours": "1.5",
                "accreditation": "accme",
                "delivery": "live",
            },
        ),
    ]


def all_online() -> list[Built]:
    lms = [labsprout(), micromentor(), benchtop(), cliniquest(), pipettepath(), scopeslide(),
           amt_points(), ascp_cmle()]  # fmt: skip
    return lms + emails() + cmes()
