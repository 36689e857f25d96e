"""Scans and phone photos (issue 13, OCR side): what preprocessing must get right for a scan's
table and letterhead to be read."""

from __future__ import annotations

import io
import logging
import random
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from cetrack.core.capture import ocr
from cetrack.core.capture.certificate import read_certificate
from cetrack.core.capture.draft import REVIEW_BELOW
from cetrack.core.capture.ocr import ocr_image
from cetrack.core.capture.ocrfix import repair_digits, repair_text
from cetrack.core.capture.preprocess import cleaned, find_page
from tests.tools import require

FONTS = Path("/usr/share/fonts/truetype/liberation")


def _font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    if not (FONTS / name).exists():
        pytest.skip("Liberation fonts are not installed")
    return ImageFont.truetype(str(FONTS / name), size)


def _scan_with_table(*, band: bool, specks: int, seed: int = 5) -> Image.Image:
    """A 200-dpi scan of an attendance record: optionally a dark letterhead band printed in
    white, a ruled table whose hours stand alone in their boxed cells, and scanner specks."""
    page = Image.new("L", (1700, 2200), 250)
    draw = ImageDraw.Draw(page)
    top = 140
    if band:
        draw.rectangle((0, 0, 1700, 420), fill=70)
        draw.text((120, 120), "Great Lakes Society for Laboratory Science", 245, _font(40))
        draw.text((120, 220), "Annual Meeting 2025", 245, _font(56, bold=True))
        top = 520
    draw.text((120, top), "CERTIFICATE OF ATTENDANCE", 20, _font(44, bold=True))
    draw.text((120, top + 100), "Attendee: Margarethe Oyelowo", 20, _font(34))
    rows = [
        ("Day", "Sessions attended", "Contact hours"),
        ("Wednesday, April 23", "Workshop W2", "3.0"),
        ("Thursday, April 24", "Plenary, S4, S7", "5.5"),
        ("Friday, April 25", "Closing session", "2.5"),
        ("", "Total", "11.0"),
    ]
    columns = (120, 620, 1200, 1580)
    y = top + 200
    body = _font(30)
    for row in rows:
        draw.rectangle((columns[0], y, columns[-1], y + 64), outline=30, width=2)
        for left in columns[1:-1]:
            draw.line((left, y, left, y + 64), fill=30, width=2)
        for index, cell in enumerate(row):
            if index == 2:
                width = draw.textlength(cell, font=body)
                draw.text((columns[3] - 20 - width, y + 16), cell, 20, body)
            else:
                draw.text((columns[index] + 16, y + 16), cell, 20, body)
        y += 64
    noise = random.Random(seed)
    for _ in range(specks):
        x, s = noise.randrange(100, 1600), noise.randrange(top + 200, y)
        draw.rectangle((x, s, x + 1, s + 2), fill=0)
    return page


def test_a_scan_whose_letterhead_is_a_dark_band_is_not_cut_as_a_photo() -> None:
    """A dark band across the top splits the paper's bright region: that is no page lying on a
    desk (its corners are on the frame's edge), so nothing is cut away or warped."""
    scan = _scan_with_table(band=True, specks=0)
    assert find_page(scan) is None


def test_a_page_on_a_desk_is_still_found() -> None:
    desk = Image.new("L", (2000, 1500), 60)
    desk.paste(_scan_with_table(band=False, specks=0).resize((1000, 1300)), (500, 100))
    corners = find_page(desk)
    assert corners is not None
    (left, top), _, (right, bottom), _ = corners
    assert abs(left - 500) < 20 and abs(top - 100) < 20
    assert abs(right - 1500) < 20 and abs(bottom - 1400) < 20


def test_rules_and_specks_are_erased_but_print_and_decimal_points_stay() -> None:
    clean = _scan_with_table(band=False, specks=0)
    before = clean.load()
    after = cleaned(clean).load()
    assert before is not None and after is not None
    # A table rule (the top border of the first row, at y = 340) is gone.
    assert before[900, 340] < 100 and after[900, 340] > 200
    # The letters and the decimal point of "5.5" (third row, right-aligned) are kept.
    ink = [(x, y) for x in range(1470, 1575) for y in range(476, 526) if before[x, y] < 100]
    assert len(ink) > 100 and all(after[x, y] < 160 for x, y in ink)
    # Specks are removed: hardly any ink is left that the page without specks lacks (those
    # left touch a letter or a rule).
    speckled = _scan_with_table(band=False, specks=400)
    pairs = list(zip(cleaned(speckled).getdata(), cleaned(clean).getdata(), strict=True))
    added_before = sum(1 for a, b in zip(speckled.getdata(), clean.getdata(), strict=True)
                       if a < 160 <= b)  # fmt: skip
    added_after = sum(1 for a, b in pairs if a < 160 <= b)
    assert added_before > 2000 and added_after < added_before / 10


@pytest.fixture
def tesseract() -> str:
    found = shutil.which("tesseract")
    if found is None:
        pytest.skip("tesseract is not installed")
    return found


def test_hours_boxed_in_a_scanned_table_are_read(tesseract: str) -> None:
    """Tesseract drops a figure alone in a ruled cell, and reads a speck beside "5.5" as "55":
    with the rules erased and the specks removed, every row's hours and the total are read."""
    text = ocr_image(_scan_with_table(band=True, specks=400))
    assert isinstance(text, str)
    lines = text.splitlines()
    for day, hours in (("Wednesday", "3.0"), ("Thursday", "5.5"), ("Friday", "2.5")):
        assert any(day in line and line.split()[-1] == hours for line in lines), (day, text)
    assert any("Total" in line and line.split()[-1] == "11.0" for line in lines), text
    assert "Annual Meeting 2025" in text


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Guillermo de la Fuente Ill", "Guillermo de la Fuente III"),
        ("Attendee: Robert Hale Il, MD", "Attendee: Robert Hale II, MD"),
        ("Name: Marcus Oyelaran IlI", "Name: Marcus Oyelaran III"),
        ("Priya Castellano-Webb lII, MLS", "Priya Castellano-Webb III, MLS"),
        ("Apnil 25-26, 2025", "April 25-26, 2025"),
    ],
)
def test_ocr_misreadings_of_suffixes_and_month_ranges_are_put_right(read: str, meant: str) -> None:
    assert repair_text(read) == meant


def test_words_like_the_misreadings_are_left_alone() -> None:
    for text in ("He was Ill.", "critically ill patients", "Il Gusto Bistro lunch"):
        assert repair_text(text) == text


def _name_on_a_scan(name: str) -> Image.Image:
    page = Image.new("L", (1700, 1100), 250)
    draw = ImageDraw.Draw(page)
    draw.text((120, 120), "CERTIFICATE OF ATTENDANCE", 20, _font(44, bold=True))
    draw.text((120, 260), "This certifies that", 20, _font(32))
    draw.text((120, 340), name, 20, _font(48, bold=True))
    draw.text((120, 460), "attended the Spring Chemistry Update on May 2, 2025.", 20, _font(32))
    return page


def test_accented_names_on_a_scan_keep_their_accents(tesseract: str) -> None:
    """The English model reads "Castañeda" as "Castaneda" (or drops the line); the Latin-script
    model, used when installed, keeps the letters a person's name is spelled with."""
    if ocr.LATIN_SCRIPT not in ocr.installed_languages():
        require(None, "Tesseract's Latin-script model is not installed (tesseract-ocr-script-latn)")
    for name in ("Renée Castañeda-Ruiz", "Søren Lindström", "Łucja Dvořák"):
        text = ocr_image(_name_on_a_scan(name))
        assert isinstance(text, str)
        assert name in text, text


def test_without_the_latin_model_pages_are_read_in_english_with_a_notice(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(ocr, "installed_languages", lambda: frozenset({"eng", "osd"}))
    ocr.page_language.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=ocr.__name__):
            assert ocr.page_language() == ocr.ENGLISH
        assert "tesseract-ocr-script-latn" in caplog.text
    finally:
        ocr.page_language.cache_clear()


def test_a_credit_read_from_an_unclear_word_is_left_to_check(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An italic "1.5" filled in on a form, read "I3" with little confidence: the text says 13
    hours; the word, repaired the same way, keeps its confidence, so the amount is checked."""
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    lines = [
        ["CERTIFICATE", "OF", "ATTENDANCE"],
        ["Employee", "name:", "Marisol", "Quintero-Hale"],
        ["In-service", "topic:", "Anticoagulant", "Monitoring", "Basics"],
        ["Date:", "March", "3,", "2025"],
        ["Contact", "hours:", "I3"],
    ]
    rows = [header]
    for number, words in enumerate(lines, start=1):
        left = 100
        for index, word in enumerate(words, start=1):
            conf = 43.0 if word == "I3" else 95.0
            rows.append(
                f"5\t1\t1\t1\t{number}\t{index}\t{left}\t{80 * number}\t{20 * len(word)}\t30\t{conf}\t{word}"
            )
            left += 20 * len(word) + 25
    monkeypatch.setattr(ocr, "_tesseract", lambda: "/usr/bin/tesseract")
    monkeypatch.setattr(ocr, "_tesseract_tsv", lambda *args: "\n".join(rows))
    monkeypatch.setattr(ocr, "_gap_words", lambda *args: [])
    image = io.BytesIO()
    Image.new("L", (1000, 600), 250).save(image, "PNG")
    capture = read_certificate("form.png", image.getvalue())
    hours = capture.drafts[0].fields["hours"]
    assert hours.value == "13"
    assert hours.confidence < REVIEW_BELOW


@pytest.mark.parametrize(("read", "meant"), [("I3", "13"), ("2O25", "2025"), ("l.5", "1.5")])
def test_an_ocr_word_that_is_mostly_digits_is_repaired(read: str, meant: str) -> None:
    assert repair_digits(read) == meant


def test_words_that_are_mostly_letters_are_not_repaired() -> None:
    for word in ("Illinois", "IO", "Il", "lOl-a"):
        assert repair_digits(word) == word


def _photo_of_a_boxed_form() -> Image.Image:
    """A phone photo (page on a dark desk, slightly blurred) of an in-service form whose labels
    and values sit in a ruled two-column table."""
    page = Image.new("L", (1275, 1650), 245)
    draw = ImageDraw.Draw(page)
    draw.text((90, 80), "Harborview Community Hospital", 25, _font(40, bold=True))
    draw.text((90, 200), "In-Service Attendance Record", 25, _font(48, bold=True))
    rows = [
        ("Employee", "Teodora Blackwood-Amari"),
        ("Session", "Point-of-Care Glucose Meter Checks"),
        ("Session date", "Tuesday 14 October 2025"),
        ("Length", "45 minutes"),
        ("Credit", "0.75 contact hour"),
    ]
    y = 330
    for label, value in rows:
        draw.rectangle((90, y, 1185, y + 58), outline=30, width=3)
        draw.line((420, y, 420, y + 58), fill=30, width=3)
        draw.text((108, y + 14), label, 25, _font(28))
        draw.text((438, y + 14), value, 25, _font(28))
        y += 58
    desk = Image.new("L", (1600, 2000), 70)
    desk.paste(page, (160, 170))
    return desk.filter(ImageFilter.GaussianBlur(1.2))


def test_a_ruled_table_on_a_photo_is_read_cell_by_cell(tesseract: str) -> None:
    """Tesseract took the boxed table for a picture and dropped its cells: its long rules are
    erased first, as on a scan."""
    text = ocr_image(_photo_of_a_boxed_form())
    assert isinstance(text, str)
    for words in ("Teodora Blackwood-Amari", "14 October 2025", "45 minutes", "0.75 contact hour"):
        assert words in text, text
