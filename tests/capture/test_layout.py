"""The page as positioned words: lines and columns from a PDF's text layer, and where each field
was read (the boxes the review screen highlights)."""

from __future__ import annotations

import io

import pypdf
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from cetrack.core.capture.certificate import read_certificate
from cetrack.core.capture.layout import Word, lay_out
from cetrack.core.capture.pdf import read_pdf

WIDTH, HEIGHT = letter


def _certificate(watermark: bool = False) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=True)
    if watermark:
        canvas.saveState()
        canvas.translate(150, 200)
        canvas.rotate(40)
        canvas.setFont("Helvetica-Bold", 60)
        canvas.drawString(0, 0, "SAMPLE COPY 2019")
        canvas.restoreState()
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(72, 720, "Gulf Coast Laboratory Society")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 650, "Course Title: Antibody Identification Case Studies")
    canvas.drawString(72, 620, "Participant: Ana Sofía van der Berg")
    canvas.drawString(72, 590, "Date of Completion: 03/02/2025")
    canvas.drawString(72, 560, "Contact Hours")
    canvas.drawString(300, 560, "1.5")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_a_text_layer_becomes_lines_and_columns_with_sizes() -> None:
    read = read_pdf(_certificate())
    page = read.layouts[0]
    assert page is not None
    lines = [line for line in page.lines if line is not None]
    assert lines[0].text.strip() == "Gulf Coast Laboratory Society"
    assert lines[0].size > page.body_size  # the letterhead is printed larger
    amount = next(line for line in lines if "Contact Hours" in line.text)
    # Label and value far apart on the line: two cells, three or more spaces between.
    assert "Contact Hours   " in amount.text and amount.text.rstrip().endswith("1.5")


def test_each_field_knows_where_it_was_read() -> None:
    draft = read_certificate("c.pdf", _certificate()).drafts[0]
    title = draft.fields["title"]
    assert title.value == "Antibody Identification Case Studies"
    ((page, x0, y0, x1, y1),) = title.boxes
    # Drawn at y = 650 points from the bottom: about 18 % from the top of the page.
    assert page == 1 and abs(y0 - (HEIGHT - 662) / HEIGHT) < 0.02 and y1 < (HEIGHT - 640) / HEIGHT
    # The value's words, not the label: it starts right of "Course Title:".
    assert x0 > 135 / WIDTH and x1 < 0.9
    hours = draft.fields["hours"]
    ((_, hx0, hy0, _, _),) = hours.boxes
    assert hours.value == "1.5" and hx0 > 290 / WIDTH and abs(hy0 - (HEIGHT - 572) / HEIGHT) < 0.02
    assert draft.fields["participant_name"].value == "Ana Sofía van der Berg"
    assert draft.fields["participant_name"].as_json()["boxes"]


def test_a_diagonal_watermark_is_not_read() -> None:
    read = read_pdf(_certificate(watermark=True))
    assert "SAMPLE" not in read.text and "2019" not in read.text
    draft = read_certificate("c.pdf", _certificate(watermark=True)).drafts[0]
    assert draft.value("completed_on") == "2025-03-02"


def test_an_owner_password_aes_pdf_is_read() -> None:
    """Learning platforms lock certificates against editing with an owner password (AES)."""
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_certificate()))
    writer.encrypt(user_password="", owner_password="platform-secret", algorithm="AES-256")
    locked = io.BytesIO()
    writer.write(locked)
    assert pypdf.PdfReader(io.BytesIO(locked.getvalue())).is_encrypted
    capture = read_certificate("locked.pdf", locked.getvalue())
    assert not capture.errors
    assert capture.drafts[0].value("title") == "Antibody Identification Case Studies"
    assert capture.drafts[0].fields["title"].boxes  # positions too


def test_a_user_password_pdf_is_refused_with_a_message() -> None:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_certificate()))
    writer.encrypt(user_password="open-me", owner_password="x", algorithm="AES-128")
    locked = io.BytesIO()
    writer.write(locked)
    capture = read_certificate("locked.pdf", locked.getvalue())
    assert [e.code for e in capture.errors] == ["encrypted"]
    assert "password" in capture.errors[0].message


def test_words_side_by_side_share_a_line_and_gaps_become_blank_lines() -> None:
    def word(text: str, x: float, top: float, size: float = 10) -> Word:
        return Word(text, x, top, x + 6 * len(text), top + size, size)

    page = lay_out(
        [
            [word("Provider", 10, 10), word("Number", 64, 10)],
            [word("4471", 300, 11)],  # a value in another block, one point lower
            [word("Signature", 10, 80)],
        ],
        400,
        100,
    )
    first, gap, last = page.lines
    assert first is not None and first.text.split() == ["Provider", "Number", "4471"]
    assert "Provider Number" in first.text and "   4471" in first.text  # two cells
    assert gap is None and last is not None and last.text.strip() == "Signature"
