"""Layout traps: side-by-side 'issued by / issued to' columns, a name in capitals beside
rotated sidebar text, a national meeting's ACCENT record, CCP points from a state society, a
letter with a competency due date, a verification-code certificate, CEUs written '.3' and
hours given with their clock time."""

from __future__ import annotations

from .online import Built
from .page import A4_PAGE, LETTER, LETTER_WIDE, Page, rgb


def side_by_side() -> Built:
    p = Page(LETTER_WIDE, seed=1101)
    ink = rgb("#1b4f72")
    p.box(30, 30, p.width - 60, p.height - 60, ink, lw=1)
    p.centre(520, "CERTIFICATE OF CONTINUING EDUCATION", "LibSans-Bold", 22, colour=ink)
    p.line(60, 495, p.width - 60, 495, 0.6, ink)
    p.text(70, 460, "ISSUED BY", "LibSans-Bold", 9, colour=ink)
    p.text(70, 440, "Silverline Reference Labs", "LibSans", 14)
    p.text(70, 424, "Education & Training", "LibSans", 10)
    p.text(70, 410, "Boise, Idaho", "LibSans", 10)
    p.text(420, 460, "ISSUED TO", "LibSans-Bold", 9, colour=ink)
    p.text(420, 440, "Yerlan Dzhaksybekov-Price", "LibSans", 14)
    p.text(420, 424, "Medical Laboratory Scientist", "LibSans", 10)
    p.text(70, 370, "ACTIVITY", "LibSans-Bold", 9, colour=ink)
    p.text(70, 350, "Hepatitis Serology Algorithms and Reflex Testing", "LibSans", 14)
    p.text(70, 310, "DATE", "LibSans-Bold", 9, colour=ink)
    p.text(70, 290, "07/29/2025", "LibSans", 14)
    p.text(270, 310, "CONTACT HOURS", "LibSans-Bold", 9, colour=ink)
    p.text(270, 290, "1.25  (1 hr 15 min)", "LibSans", 14)
    p.text(470, 310, "PROGRAM NO.", "LibSans-Bold", 9, colour=ink)
    p.text(470, 290, "0655-25-077", "LibSans", 14)
    p.para(70, 240, p.width - 140, "Silverline Reference Labs is approved as a provider of "
           "continuing education programs in the clinical laboratory sciences by the ASCLS "
           "P.A.C.E.® Program (provider 0655). This program has not been submitted for "
           "Florida board approval.", "LibSans", 9)  # fmt: skip
    # a drawn verification square standing in for a QR code
    for i in range(7):
        for j in range(7):
            if p.random.random() < 0.45 or i in (0, 6) or j in (0, 6):
                p.box(p.width - 150 + i * 9, 70 + j * 9, 9, 9, stroke=None, fill=ink)
    p.text(p.width - 150, 58, "Verify code 4KQ7-PLM2", "LibSans", 8)
    p.text(70, 60, "Issued 2025-08-01", "LibSans", 8)
    truth = {
        "participant_name": "Yerlan Dzhaksybekov-Price",
        "title": "Hepatitis Serology Algorithms and Reflex Testing",
        "provider": "Silverline Reference Labs",
        "completed_on": "2025-07-29",
        "hours": "1.25",
        "accreditation": "pace",
        "course_number": "0655-25-077",
        "provider_number": "0655",
    }
    return "columns_silverline_issued_by_to", p.finish(), truth


def capitals_sidebar() -> Built:
    p = Page(LETTER_WIDE, seed=1102)
    plum = rgb("#5b2c6f")
    p.box(0, 0, 70, p.height, stroke=None, fill=plum)
    c = p.canvas
    c.saveState()
    c.translate(45, 120)
    c.rotate(90)
    p.text(0, 0, "CERTIFICATE · CONTINUING EDUCATION · 2025", "LibSans-Bold", 16,
           colour=rgb("#ffffff"))  # fmt: skip
    c.restoreState()
    p.text(110, 510, "Magnolia State Society of Medical Technologists", "LibSerif-Bold", 18)
    p.text(110, 492, "Annual Convention · Biloxi, Mississippi", "LibSerif-Italic", 11)
    p.text(110, 420, "DESHAWN T. MCALLISTER-BOYD", "LibSans-Bold", 26)
    p.text(110, 392, "is awarded credit for the convention session", "LibSerif", 13)
    p.text(110, 362, "Body Fluid Crystals Under Polarized Light", "LibSerif-Bold", 17)
    p.text(110, 322, "Saturday, the 8th of March, 2025", "LibSerif", 13)
    p.text(110, 300, "CEUs: .3", "LibSerif", 13)
    p.text(110, 250, "Session code MSSMT-25-S14. Keep for your AMT or ASCP records.",
           "LibSerif", 10)  # fmt: skip
    p.sign_block(110, 110, "Convention Education Chair", "Magnolia State Society of Medical "
                 "Technologists", "LibSerif", 9, 260)  # fmt: skip
    truth = {
        "participant_name": "DESHAWN T. MCALLISTER-BOYD",
        "title": "Body Fluid Crystals Under Polarized Light",
        "provider": "Magnolia State Society of Medical Technologists",
        "completed_on": "2025-03-08",
        "ceu": "0.3",
        "course_number": "MSSMT-25-S14",
        "delivery": "live",
    }
    return "society_magnolia_capitals_sidebar", p.finish(), truth


def adlm_meeting() -> Built:
    p = Page(LETTER, seed=1103)
    ink = rgb("#0b5394")
    p.text(50, 740, "ADLM", "Helvetica-Bold", 30, colour=ink)
    p.text(50, 722, "Association for Diagnostics & Laboratory Medicine", "Helvetica", 10)
    p.text(50, 680, "ACCENT® Continuing Education Record", "Helvetica-Bold", 16)
    p.text(50, 655, "ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo", "Helvetica", 12)
    p.text(50, 638, "Chicago, IL  ·  July 27 – 31, 2025", "Helvetica", 11)
    p.text(50, 605, "Name: Dr. Priyanka Oyelaran-Whitfield", "Helvetica-Bold", 12)
    rows = [
        ["Session", "Date", "Credits"],
        ["Plenary: Proteomics in the Clinic", "Jul 27", "1.0"],
        ["33106 Sepsis Diagnostics Roundtable", "Jul 28", "1.5"],
        ["34212 Mass Spec Troubleshooting", "Jul 29", "2.5"],
        ["35118 Pediatric Reference Intervals", "Jul 30", "1.5"],
        ["36001 Closing Plenary", "Jul 31", "1.0"],
        ["Total ACCENT® credits claimed", "", "7.5"],
    ]
    y = p.table(50, 585, [320, 100, 92], rows, "Helvetica", 10, 19, "Helvetica-Bold",
                bold_last=True, align_right={2})  # fmt: skip
    p.para(50, y - 24, 512, "ADLM designates the Annual Scientific Meeting for a maximum of "
           "30.0 ACCENT® continuing education credits. Participants should claim only the "
           "credit commensurate with their participation. Session numbers are not course "
           "numbers for licensure purposes.", "Helvetica", 9)  # fmt: skip
    p.text(50, 60, "Record created 2025-08-14 · ACCENT® is a registered trademark of ADLM",
           "Helvetica", 7.5)  # fmt: skip
    truth = {
        "participant_name": "Priyanka Oyelaran-Whitfield",
        "title": "ADLM 2025 Annual Scientific Meeting & Clinical Lab Expo",
        "provider": "Association for Diagnostics & Laboratory Medicine",
        "start": "2025-07-27",
        "end": "2025-07-31",
        "hours": "7.5",
        "accreditation": "accent",
        "delivery": "live",
    }
    return "conf_adlm_accent_record", p.finish(), truth


def ccp_points() -> Built:
    p = Page(A4_PAGE, seed=1104)
    p.border(28, rgb("#7d6608"), double=True, lw=1.5)
    p.centre(760, "Cornhusker State Society of Medical Technologists", "DejaVuSerif-Bold", 16)
    p.centre(742, "affiliated with American Medical Technologists (AMT)", "DejaVuSerif", 10)
    p.centre(690, "Certificate of Continuing Education", "DejaVuSerif-Italic", 22)
    p.centre(645, "Attendee", "DejaVu", 10)
    p.centre(622, "Lucía Fernández de Córdoba", "DejaVuSerif-Bold", 20)
    p.centre(585, "Spring Workshop: Phlebotomy Complications and Patient Safety", "DejaVu-Bold",
             13)  # fmt: skip
    p.centre(565, "Lincoln, Nebraska — April 12, 2025", "DejaVu", 11)
    p.centre(525, "CCP points awarded: 3", "DejaVu-Bold", 13)
    p.centre(505, "(AMT Certification Continuation Program; 1 point per clock hour)", "DejaVu", 9)
    p.sign_block(80, 160, "Education Chair", "Cornhusker SSMT", "DejaVu", 9)
    truth = {
        "participant_name": "Lucía Fernández de Córdoba",
        "title": "Spring Workshop: Phlebotomy Complications and Patient Safety",
        "provider": "Cornhusker State Society of Medical Technologists",
        "completed_on": "2025-04-12",
        "points": "3",
        "delivery": "live",
    }
    return "society_cornhusker_ccp_points", p.finish(), truth


def competency_letter() -> Built:
    p = Page(LETTER, seed=1105)
    ink = rgb("#145a32")
    p.logo("leaf", 54, 712, 36, ink)
    p.text(100, 736, "Pinecrest Children's Hospital", "LibSerif-Bold", 17, colour=ink)
    p.text(100, 721, "Laboratory Quality & Education", "LibSans", 9)
    p.text(100, 710, '"Little patients, big hearts"', "LibSerif-Italic", 9)
    p.line(54, 700, 558, 700, 1, ink)
    p.text(72, 670, "March 30, 2025", "LibSerif", 11)
    p.text(72, 640, "Re: Annual blood gas competency and in-service", "LibSerif-Bold", 11)
    rows = [
        ["Employee", "Farida Haddad-Lindström"],
        ["In-service", "Neonatal Capillary Blood Gas Collection and Analysis"],
        ["Date of in-service", "March 25, 2025"],
        ["Contact hours", "1.0"],
        ["Competency due again by", "03/25/2026"],
    ]
    y = p.table(72, 620, [160, 308], rows, "LibSerif", 11, 21, bold=None)
    y = p.para(72, y - 24, 468, "The employee attended the in-person in-service above and "
               "completed the observed competency assessment. This in-service is documented "
               "for CAP and ASCP CMP purposes; it carries no P.A.C.E.® or ACCENT® approval.",
               "LibSerif", 11)  # fmt: skip
    p.sign_block(72, y - 60, "Imogen Calloway, MS, MLS(ASCP)", "Quality & Education Manager",
                 "LibSerif", 10, 200)  # fmt: skip
    truth = {
        "participant_name": "Farida Haddad-Lindström",
        "title": "Neonatal Capillary Blood Gas Collection and Analysis",
        "provider": "Pinecrest Children's Hospital",
        "completed_on": "2025-03-25",
        "hours": "1",
        "delivery": "live",
    }
    return "letter_pinecrest_competency_due", p.finish(), truth


def all_hard() -> list[Built]:
    return [side_by_side(), capitals_sidebar(), adlm_meeting(), ccp_points(),
            competency_letter()]  # fmt: skip
