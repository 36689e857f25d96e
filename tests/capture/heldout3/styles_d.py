"""Held-out corpus 3, webinar e-mails and Florida CE Broker pages. Invented people and organisations."""

from __future__ import annotations

from .model import registry
from .render import Page

SPECS, cert = registry()


@cert(
    "h3-18",
    style="webinar-email",
    participant_name="Chiamaka Obi-Lindqvist",
    title="Emerging Fungal Pathogens: Candida auris Detection",
    provider="Northstar Public Health Laboratory Network",
    completed_on="2025-09-17",
    hours="1",
    accreditation="pace",
    delivery="live",
)
def webinar_email(p: Page) -> None:
    f = "LibSans"
    p.text(40, 40, "Gmail - Your attendance record", f, 8)
    p.right(p.w - 40, 40, "9/24/25, 8:12 PM", f, 8)
    p.text(
        40,
        75,
        "Your attendance record – Emerging Fungal Pathogens: Candida auris Detection",
        "LibSans-Bold",
        13,
    )
    p.text(40, 100, "From: Northstar PHL Network <webinars@northstar-phl.example>", f, 10)
    p.text(40, 114, "To: Chiamaka Obi-Lindqvist <chiamaka.ol@mail.example>", f, 10)
    p.text(40, 128, "Date: Mon, Sep 22, 2025 at 10:03 AM", f, 10)
    p.line(40, 140, p.w - 40, 140)
    body = [
        "Hello Chiamaka,",
        "",
        "Thank you for joining our live webinar on Wednesday, September 17, 2025 (1:00–2:00 PM Central).",
        "Webinar ID: 884 2213 0097",
        "",
        "Title: Emerging Fungal Pathogens: Candida auris Detection",
        "Credit: 1.0 P.A.C.E.® contact hour",
        "Presenter: Dr. Eamon Brightwater",
        "",
        "The Northstar Public Health Laboratory Network is approved as a provider of continuing",
        "education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        "",
        "Please keep this e-mail as your record of attendance.",
        "— Northstar PHL Network Training Team",
    ]
    y = 165
    for line in body:
        p.text(40, y, line, f, 10.5)
        y += 15
    p.text(40, 760, "https://mail.example/mail/u/0/#inbox/FMfcgzQ", f, 7)


@cert(
    "h3-19",
    style="webinar-email",
    participant_name="Rafael Quintero",
    title="Hemoglobinopathy Screening by HPLC and Capillary Electrophoresis",
    provider="Sunbelt Hemoglobin Lab Consortium",
    completed_on="2025-06-26",
    hours="1.5",
    delivery="live",
)
def webinar_forwarded(p: Page) -> None:
    f = "Courier"
    lines = [
        "From:    Rafael Quintero <rquintero@hosp.example>",
        "Sent:    Tuesday, July 8, 2025 4:41 PM",
        "To:      CE Records <ce.records@hosp.example>",
        "Subject: FW: Certificate of attendance - Hemoglobinopathy Screening by",
        "         HPLC and Capillary Electrophoresis",
        "",
        "Please file for my CE.",
        "",
        "-----Original Message-----",
        "From: Sunbelt Hemoglobin Lab Consortium <noreply@sunbelt-hb.example>",
        "Sent: Friday, June 27, 2025 9:00 AM",
        "",
        "Dear Rafael Quintero,",
        "",
        'Our records show you attended the live webinar "Hemoglobinopathy',
        'Screening by HPLC and Capillary Electrophoresis" on 06/26/2025.',
        "You logged in for 92 minutes and are awarded 1.5 contact hours.",
        "",
        "Registration #: 55-031-778",
        "",
        "Sunbelt Hemoglobin Lab Consortium",
        "Education Office",
    ]
    y = 60
    for line in lines:
        p.text(50, y, line, f, 10)
        y += 14


@cert(
    "h3-20",
    style="webinar-email",
    participant_name="Élodie Marchand-Kowalczyk",
    title="Verification vs. Validation of Laboratory-Developed Tests: What Changed in 2025",
    provider="Compass Lab Quality Institute",
    completed_on="2025-11-13",
    hours="1",
    accreditation="pace",
    delivery="live",
    course_number="CLQI-1113",
    provider_number="0987",
    level="intermediate",
)
def webinar_subject_wrap(p: Page) -> None:
    f = "DejaVu"
    p.text(40, 60, "Subject:", "DejaVu-Bold", 11)
    p.para(
        110,
        60,
        p.w - 160,
        "Your CE certificate – Verification vs. Validation of Laboratory-Developed Tests: "
        "What Changed in 2025",
        f,
        11,
    )
    p.text(40, 96, "From:", "DejaVu-Bold", 10)
    p.text(110, 96, "Compass Lab Quality Institute <ce@compass-lqi.example>", f, 10)
    p.text(40, 112, "To:", "DejaVu-Bold", 10)
    p.text(110, 112, "Élodie Marchand-Kowalczyk", f, 10)
    p.text(40, 128, "Date:", "DejaVu-Bold", 10)
    p.text(110, 128, "14 Nov 2025 07:15", f, 10)
    p.line(40, 140, p.w - 40, 140)
    y = p.para(
        40,
        170,
        p.w - 80,
        "Congratulations! You attended our live session on Thursday, 13 November 2025 "
        "and passed the post-test. Your certificate details:",
        f,
        10.5,
    )
    rows = [
        ["Session code", "CLQI-1113"],
        ["Zoom meeting ID", "921 4470 3318"],
        ["P.A.C.E.® contact hours", "1.0"],
        ["Level", "Intermediate"],
    ]
    y = p.table(40, y + 10, [170, 200], rows, f="DejaVu", bold_first=False)
    p.para(
        40,
        y + 25,
        p.w - 80,
        "Compass Lab Quality Institute is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program. Provider #0987.",
        f,
        9,
    )
    p.text(40, 760, "You are receiving this because you registered at compass-lqi.example", f, 7)


@cert(
    "h3-21",
    style="florida",
    participant_name="Marisela Thibodeaux",
    title="Parasitology Review: Intestinal Protozoa",
    provider="Gulfstream Laboratory Education",
    completed_on="2025-07-19",
    hours="3",
    accreditation="state-board",
    license_number="CL 0298841",
    provider_number="50-18833",
    course_number="20-1049572",
    delivery="self-study",
)
def florida_table(p: Page) -> None:
    p.text(50, 60, "Gulfstream Laboratory Education", "Helvetica-Bold", 16)
    p.text(
        50,
        76,
        "Tampa Bay area · FL Board of Clinical Laboratory Personnel approved provider",
        "Helvetica",
        9,
    )
    p.center(125, "CERTIFICATE OF COMPLETION", "Helvetica-Bold", 18)
    rows = [
        ["Licensee:", "Marisela Thibodeaux"],
        ["FL License #:", "CL 0298841"],
        ["Course:", "Parasitology Review: Intestinal Protozoa"],
        ["CE Broker Course #:", "20-1049572"],
        ["CE Broker Provider #:", "50-18833"],
        ["Date of attendance:", "July 19, 2025"],
        ["Delivery:", "Home study"],
    ]
    y = p.table(50, 150, [150, 350], rows, bold_first=False, grid=False, size=10.5, row_h=19)
    rows2 = [["Specialty area", "Hours"], ["Microbiology / Parasitology", "3.0"], ["Total", "3.0"]]
    p.table(50, y + 25, [300, 80], rows2)
    p.para(
        50,
        y + 110,
        500,
        "Hours have been reported to CE Broker. Keep this certificate for four (4) years.",
        size=9,
    )
    p.signature(50, y + 180, seed=19)
    p.text(50, y + 195, "Provider signature", "Helvetica", 9)


@cert(
    "h3-22",
    style="florida",
    participant_name="Deandre Whitlock",
    title="Laboratory Prevention of Medical Errors",
    provider="Sunshine Coast CE for Labs",
    completed_on="2025-02-08",
    hours="2",
    accreditation="state-board",
    license_number="TC 77214",
    provider_number="50-20417",
    course_number="20-1183306",
    delivery="self-study",
)
def florida_medical_errors(p: Page) -> None:
    p.colour(0.95, 0.55, 0.1)
    p.logo("circle", 50, 36, 38)
    p.black()
    p.text(98, 52, "Sunshine Coast CE for Labs", "Times-Bold", 17)
    p.text(98, 68, "\u201cyour license, our mission\u201d", "Times-Italic", 9)
    p.center(130, "Florida Continuing Education Certificate", "Times-Bold", 18)
    p.para(
        60,
        170,
        p.w - 120,
        "This certifies that Deandre Whitlock, Florida clinical laboratory license number "
        "TC 77214, completed the home-study course Laboratory Prevention of Medical Errors on February 8, 2025, "
        "earning two (2) contact hours in the Florida-required Prevention of Medical Errors area.",
        "Times-Roman",
        12,
    )
    p.text(60, 270, "CE Broker tracking #: 20-1183306", "Times-Roman", 11)
    p.text(60, 287, "CE Broker provider #: 50-20417", "Times-Roman", 11)
    p.text(60, 304, "Not valid for HIV/AIDS hours.", "Times-Roman", 11)
    p.signature(60, 390, seed=20)
    p.text(60, 405, "Wanda Pelletier, Provider Administrator", "Times-Roman", 10)
    p.text(60, 740, "Credit expires for Florida renewal purposes 08/31/2026", "Times-Roman", 8)


@cert(
    "h3-23",
    style="florida",
    participant_name="Phuong Anh Nguyễn",
    title="Florida Lab Law, Rules and HIV/AIDS Update",
    provider="Keys Clinical Education Partners",
    start="2025-05-03",
    end="2025-05-04",
    hours="6",
    accreditation="state-board",
    license_number="MT 51187",
    provider_number="50-31206",
    course_number="20-1215590",
    delivery="live",
)
def florida_specialties(p: Page) -> None:
    f = "DejaVu"
    p.text(50, 60, "Keys Clinical Education Partners", "DejaVu-Bold", 15)
    p.text(
        50,
        76,
        "Approved by the Florida Board of Clinical Laboratory Personnel · CE Broker provider 50-31206",
        f,
        8.5,
    )
    p.text(50, 130, "Certificate of Attendance", "DejaVuSerif-Bold", 20)
    p.text(50, 165, "Participant", f, 9)
    p.text(50, 181, "Phuong Anh Nguyễn", "DejaVu-Bold", 14)
    p.text(300, 165, "License no.", f, 9)
    p.text(300, 181, "MT 51187", "DejaVu-Bold", 14)
    p.text(50, 215, "Course", f, 9)
    p.text(50, 231, "Florida Lab Law, Rules and HIV/AIDS Update", "DejaVu-Bold", 12)
    p.text(
        50,
        260,
        "Dates of attendance: May 3 & May 4, 2025 (Saturday and Sunday), live seminar",
        f,
        10,
    )
    rows = [
        ["CE Broker course", "Specialty", "Hours"],
        ["20-1215590", "Laws and rules (supervision/administration)", "2.0"],
        ["20-1215590", "HIV/AIDS", "1.0"],
        ["20-1215590", "Clinical chemistry", "3.0"],
        ["", "Total hours", "6.0"],
    ]
    p.table(50, 285, [110, 290, 70], rows, f="DejaVu", size=9.5)
    p.signature(50, 450, seed=21)
    p.text(50, 465, "Seminar coordinator", f, 9)


@cert(
    "h3-24",
    style="florida",
    participant_name="Carlton J. Beaumont III",
    title="Blood Bank Antibody Identification Workshop",
    provider="PANHANDLE LAB PROFESSIONALS GUILD",
    completed_on="2025-10-25",
    hours="4",
    accreditation="state-board",
    license_number="CL 0311576",
    provider_number="50-9902",
    course_number="20-1307761",
)
def florida_prose(p: Page) -> None:
    p.text(60, 70, "PANHANDLE LAB PROFESSIONALS GUILD", "Times-Bold", 14)
    p.text(60, 86, "Fall Workshop Series · Pensacola Point", "Times-Roman", 10)
    p.para(
        60,
        150,
        p.w - 120,
        "On Saturday, the twenty-fifth of October 2025, Carlton J. Beaumont III (Florida license "
        "CL 0311576) attended the Blood Bank Antibody Identification Workshop and earned 4.0 contact hours in "
        "Immunohematology. Course number 20-1307761; provider number 50-9902. This workshop offered a maximum of "
        "6 hours for participants who also attended the optional morning lab.",
        "Times-Roman",
        12.5,
        1.5,
    )
    p.signature(60, 330, seed=22)
    p.text(60, 345, "Guild Education Chair", "Times-Italic", 10)
    p.text(60, 740, "Printed on 11/02/2025", "Times-Roman", 8)
