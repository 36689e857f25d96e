"""Certificates in the shapes real ones arrive in, one per failure pattern of issue 13.

Each case is written here from the pattern's description (award pages, letters and memos on
letterhead, printed e-mails, conference attendance with per-day hours, tables of modules), drawn
as a PDF with the sizes and positions such documents use, and read back through
`read_certificate`. Only the fields the pattern is about are asserted, with the core fields
(title, date, amount) where they are the point.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pytest
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from cetrack.core.capture.certificate import read_certificate
from cetrack.core.capture.draft import REVIEW_BELOW, Draft


@dataclass(frozen=True)
class T:
    """Text drawn at (x, y) points from the bottom left; `size` in points; `align` l/c/r."""

    text: str
    y: float
    x: float = 72
    size: float = 11
    font: str = "Helvetica"
    align: str = "l"


def pdf(*items: T, landscape_page: bool = False) -> bytes:
    size = landscape(letter) if landscape_page else letter
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=True)
    for item in items:
        canvas.setFont(item.font, item.size)
        x = item.x
        if item.align == "c":
            x = size[0] / 2 - pdfmetrics.stringWidth(item.text, item.font, item.size) / 2
        elif item.align == "r":
            x = item.x - pdfmetrics.stringWidth(item.text, item.font, item.size)
        canvas.drawString(x, item.y, item.text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def read(*items: T, landscape_page: bool = False) -> Draft:
    capture = read_certificate("c.pdf", pdf(*items, landscape_page=landscape_page))
    assert capture.drafts, capture.errors
    return capture.drafts[0]


def check(draft: Draft, **expected: Any) -> None:
    got = {name: draft.value(name) for name in expected}
    want = {name: tuple(v) if isinstance(v, list) else v for name, v in expected.items()}
    assert got == want


B = "Helvetica-Bold"

# --- the participant ---------------------------------------------------------------------------


def test_a_memo_names_the_participant_after_to() -> None:
    draft = read(
        T("Lakeview Regional Hospital", 730, size=16, font=B),
        T("Department of Laboratory Medicine", 712, size=10),
        T("MEMORANDUM", 670, size=14, font=B),
        T("TO:", 640), T("Marisol Gutiérrez-Ocampo, MLS(ASCP)", 640, x=140),
        T("FROM:", 622), T("Laboratory Education Committee", 622, x=140),
        T("DATE:", 604), T("December 1, 2025", 604, x=140),
        T("RE:", 586), T("In-service attendance – Blood Bank Competency Update", 586, x=140),
        T("This memo confirms your attendance at the in-service Blood Bank Competency Update", 550),
        T("held on November 18, 2025. You are credited with 1.5 contact hours.", 536),
    )  # fmt: skip
    check(
        draft,
        participant_name="Marisol Gutiérrez-Ocampo",
        title="Blood Bank Competency Update",
        completed_on="2025-11-18",
        hours="1.5",
        provider="Lakeview Regional Hospital",
    )


@pytest.mark.parametrize(
    ("label", "name", "wanted"),
    [
        ("Licensee:", "Jonathan D'Amato-Reyes", "Jonathan D'Amato-Reyes"),
        ("Attendee", "Trần Thị Mai", "Trần Thị Mai"),
        ("Licensee Name:", "Robert L. Jenkins, Sr.", "Robert L. Jenkins, Sr."),
        ("Attendee:", "Ana Sofía van der Berg", "Ana Sofía van der Berg"),
    ],
)
def test_names_with_particles_accents_and_suffixes(label: str, name: str, wanted: str) -> None:
    font = "DejaVuSans" if _dejavu() else "Helvetica"  # Helvetica has no Vietnamese letters
    draft = read(
        T("Certificate of Completion", 700, size=20, font=B, align="c"),
        T(label, 640), T(name, 640, x=200, font=font),
        T("Course:", 620), T("Urinalysis: Crystals and Casts", 620, x=200),
        T("Date Completed:", 600), T("02/14/2025", 600, x=200),
        T("Contact Hours:", 580), T("1.0", 580, x=200),
    )  # fmt: skip
    check(draft, participant_name=wanted, title="Urinalysis: Crystals and Casts", hours="1")


def test_this_certifies_that_with_the_name_alone_in_large_print() -> None:
    draft = read(
        T("SUNCOAST PATHOLOGY ASSOCIATES", 540, size=14, font=B, align="c"),
        T("This certifies that", 480, size=12, align="c"),
        T(
            "Đặng Minh Châu",
            440,
            size=30,
            font="DejaVuSans" if _dejavu() else "Times-Bold",
            align="c",
        ),
        T("attended", 405, size=12, align="c"),
        T("Digital Pathology in Practice", 375, size=20, font=B, align="c"),
        T("on the 3rd day of June, 2025", 345, size=12, align="c"),
        T("and is awarded 2.0 P.A.C.E.® contact hours", 325, size=12, align="c"),
        landscape_page=True,
    )
    check(
        draft,
        participant_name="Đặng Minh Châu",
        title="Digital Pathology in Practice",
        completed_on="2025-06-03",
        hours="2",
        accreditation="pace",
        provider="SUNCOAST PATHOLOGY ASSOCIATES",
    )


# --- the title -----------------------------------------------------------------------------------


def test_a_title_wrapped_over_two_lines_of_large_print() -> None:
    draft = read(
        T("Certificate of Completion", 520, size=26, font="Times-Bold", align="c"),
        T("presented to", 480, size=12, align="c"),
        T("Grace Okonkwo", 450, size=24, font="Times-Italic", align="c"),
        T("for successfully completing", 420, size=12, align="c"),
        T("Carbapenemase Detection in Enterobacterales:", 390, size=18, font=B, align="c"),
        T("Phenotypic and Molecular Methods", 368, size=18, font=B, align="c"),
        T("Date: September 9, 2025          Credits: 1.5 CMLE", 320, size=11, align="c"),
        T("American Society for Clinical Pathology", 120, size=10, align="c"),
        landscape_page=True,
    )
    check(
        draft,
        title="Carbapenemase Detection in Enterobacterales: Phenotypic and Molecular Methods",
        participant_name="Grace Okonkwo",
        completed_on="2025-09-09",
        hours="1.5",
        accreditation="cmle",
    )


def test_a_printed_email_takes_its_subject_and_sender() -> None:
    draft = read(
        T("From:", 730), T("Northstar Health Education <ce@northstarhealth.org>", 730, x=130),
        T("Sent:", 714), T("Tuesday, October 14, 2025 4:12 PM", 714, x=130),
        T("To:", 698), T("Kwame Mensah <kmensah@example.com>", 698, x=130),
        T("Subject:", 682), T("Your attendance record – Sepsis Bundles and the Laboratory", 682, x=130),
        T("Dear Kwame,", 640),
        T("Thank you for joining our live webinar on October 9, 2025. Our records show you", 620),
        T("attended the full session and have earned 1.0 contact hour of continuing education.", 606),
        T("Webinar ID: 845 2231 9987", 580),
        T("Printed on 11/30/2025", 40, size=8),
    )  # fmt: skip
    check(
        draft,
        title="Sepsis Bundles and the Laboratory",
        provider="Northstar Health Education",
        participant_name="Kwame Mensah",
        completed_on="2025-10-09",
        hours="1",
        course_number=None,
    )


def test_a_conference_with_hours_per_day_claims_the_total() -> None:
    draft = read(
        T("Gulf States Laboratory Symposium 2025", 730, size=18, font=B, align="c"),
        T("Certificate of Attendance", 705, size=14, align="c"),
        T("This is to certify that Lucía Fernández attended the", 670),
        T("2025 Gulf States Laboratory Symposium, New Orleans, Louisiana.", 656),
        T("Day", 620, font=B), T("Date", 620, x=160, font=B), T("Contact Hours", 620, x=330, font=B),
        T("Thursday", 602), T("05/08/2025", 602, x=160), T("6.0", 602, x=330),
        T("Friday", 586), T("05/09/2025", 586, x=160), T("5.5", 586, x=330),
        T("Saturday", 570), T("05/10/2025", 570, x=160), T("3.25", 570, x=330),
        T("Total", 550, font=B), T("14.75", 550, x=330, font=B),
        T("Approved for ASCLS P.A.C.E.® credit.", 510),
    )  # fmt: skip
    check(
        draft,
        title="2025 Gulf States Laboratory Symposium",
        participant_name="Lucía Fernández",
        start="2025-05-08",
        end="2025-05-10",
        hours="14.75",
        accreditation="pace",
        kind="conference-session",
    )
    assert draft.fields["hours"].confidence >= REVIEW_BELOW


def test_a_table_of_modules_claims_the_total_and_not_a_module() -> None:
    draft = read(
        T("Meridian Learning", 740, size=20, font=B),
        T("Excellence in laboratory education", 722, size=9, font="Helvetica-Oblique"),
        T("Chicago, Illinois", 710, size=9),
        T("Certificate of Completion", 670, size=16, font=B),
        T("Learner: Priyanka Raman", 640),
        T("Program: Hematology Review Series", 624),
        T("Completed: 07.11.2025", 608),
        T("Module", 580, font=B), T("Code", 580, x=330, font=B), T("Hours", 580, x=430, font=B),
        T("Red cell morphology", 562), T("HEM-101", 562, x=330), T("1.0", 562, x=430),
        T("White cell disorders", 546), T("HEM-102", 546, x=330), T("1.5", 546, x=430),
        T("Platelets and coagulation", 530), T("HEM-103", 530, x=330), T("1.0", 530, x=430),
        T("Total contact hours", 510, font=B), T("3.5", 510, x=430, font=B),
        T("Jordan Ellis, MS, MLS(ASCP)", 150), T("Director of Education", 136),
    )  # fmt: skip
    check(
        draft,
        title="Hematology Review Series",
        participant_name="Priyanka Raman",
        completed_on="2025-11-07",
        hours="3.5",
        provider="Meridian Learning",
    )


# --- the provider --------------------------------------------------------------------------------


def test_the_letterhead_names_the_provider_not_its_tagline_city_or_signer() -> None:
    draft = read(
        T("Bayside Children's Hospital", 735, size=18, font=B),
        T("Where every child matters", 718, size=9, font="Helvetica-Oblique"),
        T("Sarasota, Florida", 706, size=9),
        T("June 20, 2025", 670),
        T("Dear Ms. Nakamura,", 640),
        T("Thank you for attending Pediatric Reference Intervals on June 12, 2025.", 620),
        T("This in-service provided 1 contact hour of continuing education.", 606),
        T("Sincerely,", 560),
        T("Helen Park, MT(ASCP)", 520),
        T("Laboratory Education Coordinator", 506),
        T("Bayside Children's Hospital Laboratory", 492),
    )  # fmt: skip
    check(
        draft,
        provider="Bayside Children's Hospital",
        title="Pediatric Reference Intervals",
        completed_on="2025-06-12",
        hours="1",
        kind="in-service",
    )
    assert draft.value("participant_name") != "Helen Park"


# --- amounts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("and is hereby awarded three (3) contact hours.", "hours", "3"),
        ("for which 1.5 continuing education hours are awarded.", "hours", "1.5"),
        ("consisting of 150 minutes of instruction.", "minutes", "150"),
        ("and earned two (2.0) hours of continuing education credit.", "hours", "2"),
    ],
)
def test_hours_in_words_and_prose(sentence: str, field: str, value: str) -> None:
    draft = read(
        T("Certificate of Participation", 700, size=18, font=B, align="c"),
        T("This certifies that Darnell Washington completed the course", 650),
        T("Blood Gas Quality Assurance on April 2, 2025,", 636),
        T(sentence, 622),
    )
    check(draft, **{field: value})
    assert draft.amount_field == field


def test_hours_of_credit_after_dot_leaders() -> None:
    draft = read(
        T("Continuing Education Verification", 700, size=16, font=B),
        T("Name ................................ Thomas Brennan", 660),
        T("Activity ........................... Lean Principles for the Core Lab", 644),
        T("Date of activity .................. 08/21/2025", 628),
        T("Hours of credit ..................... 2.5", 612),
    )
    check(draft, hours="2.5", title="Lean Principles for the Core Lab", completed_on="2025-08-21")


def test_a_maximum_statement_is_not_the_claim() -> None:
    draft = read(
        T("American Medical Laboratory Association", 720, size=14, font=B),
        T("The Association designates this enduring material for a maximum of 12 contact", 680),
        T("hours. Participants should claim only the credit commensurate with their", 666),
        T("participation.", 652),
        T("Participant: Karen O'Neill", 620),
        T("Activity: Annual Hematology Update (self-study)", 604),
        T("Date Completed: 10/02/2025", 588),
        T("Contact hours claimed: 8.25", 572),
    )
    check(draft, hours="8.25", completed_on="2025-10-02")


# --- numbers -------------------------------------------------------------------------------------


def test_florida_numbers_in_prose() -> None:
    draft = read(
        T("Clinical Lab Florida CE", 720, size=16, font=B),
        T("This confirms that Sandra Whitfield, licensed in Florida as TS 00412, completed", 680),
        T("Florida Laws and Rules for Laboratory Personnel on 01/22/2025 for 1 contact hour.", 666),
        T("Completion was reported to CE Broker under provider 50-1187, course 20-884210.", 652),
    )
    check(
        draft,
        license_number="TS 00412",
        approval_number="50-1187",
        course_number="20-884210",
        approvals=["fl"],
        hours="1",
    )


def test_a_course_number_in_brackets_and_a_pace_program_number() -> None:
    draft = read(
        T("Certificate of Completion", 700, size=18, font=B),
        T("Emma Lindqvist has completed Introduction to Flow Cytometry (CE-2231)", 660),
        T("on March 14, 2025 and is awarded 1.0 P.A.C.E.® contact hour.", 646),
        T("ASCLS P.A.C.E.® Program 519-204-25", 610),
    )
    check(draft, title="Introduction to Flow Cytometry", hours="1", accreditation="pace")
    assert draft.value("course_number") in ("CE-2231", "519-204-25")


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "wanted"),
    [
        ("21/03/2025", "2025-03-21"),
        ("07.11.2025", "2025-11-07"),
        ("this 3rd day of June, 2025", "2025-06-03"),
        ("the 21st day of March 2025", "2025-03-21"),
    ],
)
def test_day_first_and_worded_dates(printed: str, wanted: str) -> None:
    draft = read(
        T("Certificate of Attendance", 700, size=18, font=B),
        T("Awarded to Ingrid Solberg for attending Molecular Methods in Microbiology", 660),
        T(f"Date of completion: {printed}", 640),
        T("1.0 contact hour", 620),
    )
    check(draft, completed_on=wanted)


def test_two_listed_days_are_a_range() -> None:
    draft = read(
        T("Certificate of Attendance", 700, size=18, font=B),
        T("Awarded to Ingrid Solberg for attending Blood Bank Boot Camp", 660),
        T("held June 5 and 6, 2025", 640),
        T("12 contact hours", 620),
    )
    check(draft, start="2025-06-05", end="2025-06-06", hours="12")


def test_a_printed_on_footer_and_a_memo_date_are_not_the_completion_date() -> None:
    draft = read(
        T("MEMO", 720, size=16, font=B),
        T("DATE:", 690), T("12/05/2025", 690, x=130),
        T("TO:", 674), T("Olga Petrova", 674, x=130),
        T("RE:", 658), T("Competency: Manual Differentials", 658, x=130),
        T("You completed the competency in-service Manual Differentials on 11/19/2025", 620),
        T("for 0.5 contact hours.", 606),
        T("Printed on 11/30/2025", 40, size=8),
    )  # fmt: skip
    check(draft, completed_on="2025-11-19", hours="0.5", participant_name="Olga Petrova")


# --- negations, boxes, OCR slips -----------------------------------------------------------------


def test_a_negated_approval_is_not_the_accreditation() -> None:
    draft = read(
        T("Certificate of Completion", 700, size=18, font=B),
        T("Participant: Leila Haddad", 660),
        T("Course: Safety in the Histology Laboratory", 644),
        T("Date: 05/05/2025", 628),
        T("Credit: 1.0 contact hour, approved for ASCLS P.A.C.E.® credit.", 612),
        T("This activity is not approved for CMLE credit.", 596),
    )
    check(draft, accreditation="pace")


def test_a_negation_alone_gives_no_accreditation() -> None:
    draft = read(
        T("Certificate of Completion", 700, size=18, font=B),
        T("Participant: Leila Haddad", 660),
        T("Course: Safety in the Histology Laboratory", 644),
        T("Date: 05/05/2025      Contact hours: 1.0", 628),
        T("This program is not approved for AMA PRA Category 1 Credit™.", 596),
    )
    assert draft.value("accreditation") is None


@pytest.mark.parametrize(
    ("boxes", "level"),
    [
        ("Level:  [ ] Basic   [x] Intermediate   [ ] Advanced", "intermediate"),
        ("Level:  ☐ Basic   ☐ Intermediate   ☒ Advanced", "advanced"),
        ("Level:  ■ Basic   □ Intermediate   □ Advanced", "basic"),
    ],
)
def test_the_ticked_box_is_the_level(boxes: str, level: str) -> None:
    font = "DejaVuSans" if _dejavu() else "Helvetica"
    draft = read(
        T("Certificate of Completion", 700, size=18, font=B),
        T("Participant: Leila Haddad", 660),
        T("Course: Safety in the Histology Laboratory", 644),
        T("Date: 05/05/2025      Contact hours: 1.0", 628),
        T(boxes, 612, font=font),
    )
    check(draft, level=level)


def _dejavu() -> bool:
    from pathlib import Path

    from reportlab.pdfbase.ttfonts import TTFont

    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not path.exists():
        return False
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(path)))
    return True


def test_a_trainer_is_not_the_participant() -> None:
    draft = read(
        T("Training Record", 700, size=18, font=B),
        T("Trainee: Samuel Adeyemi", 660),
        T("Trainer: Dr. Rebecca Stone", 644),
        T("Training: Blood Culture Collection", 628),
        T("Date: 03/03/2025      Hours: 0.75", 612),
    )
    check(draft, participant_name="Samuel Adeyemi", hours="0.75")


def test_a_second_credit_figure_leaves_the_amount_to_check() -> None:
    """Two different credits printed: whichever is taken, it is not taken confidently."""
    draft = read(
        T("Certificate of Completion", 700, size=18, font=B),
        T("Participant: Leila Haddad", 660),
        T("Course: Antifungal Susceptibility Testing", 644),
        T("Date: 05/05/2025", 628),
        T("Contact hours: 1.5", 612),
        T("This program was originally approved for 2.0 contact hours.", 596),
    )
    assert draft.value("hours") == "1.5"
    assert draft.fields["hours"].confidence < REVIEW_BELOW
    assert any("2.0 contact hours" in note for note in draft.notes)


def test_an_equivalent_in_another_unit_is_no_second_figure() -> None:
    draft = read(
        T("Certificate of Completion", 700, size=18, font=B),
        T("Participant: Leila Haddad", 660),
        T("Course: Antifungal Susceptibility Testing", 644),
        T("Date: 05/05/2025", 628),
        T("Credit: 1.5 contact hours (0.15 CEU), 90 minutes of instruction", 612),
    )
    assert draft.value("hours") == "1.5"
    assert draft.fields["hours"].confidence >= REVIEW_BELOW


def test_a_trainer_misread_as_trainee_by_ocr_leaves_the_name_to_check() -> None:
    from cetrack.core.capture.certificate import extract_drafts

    text = (
        "Training Record\nTrainee: Samuel Adeyemi\nTrainee: Dr. Rebecca Stone\n"
        "Training: Blood Culture Collection\nDate: 03/03/2025      Hours: 0.75"
    )
    (draft,) = extract_drafts(text, "ocr")
    assert draft.value("participant_name") == "Samuel Adeyemi"
    assert "participant_name" in draft.to_review()


def test_a_level_stated_in_a_sentence_but_not_a_title_word() -> None:
    from cetrack.core.capture.certificate import extract_drafts

    text = (
        "Certificate of Completion\nParticipant: Jane Doe\nCourse: Advanced Hemostasis Review\n"
        "Date: 03/02/2025    Contact hours: 1.0\n"
        "This intermediate-level program is approved for ASCLS P.A.C.E.® credit."
    )
    (draft,) = extract_drafts(text, "pdf-text")
    assert draft.value("level") == "intermediate"
    (plain,) = extract_drafts(text.replace("This intermediate-level program", "It"), "pdf-text")
    assert plain.value("level") is None  # "Advanced" in the title is no level
    (labelled,) = extract_drafts(text + "\nLevel of Instruction: Basic", "pdf-text")
    assert labelled.value("level") == "basic"
