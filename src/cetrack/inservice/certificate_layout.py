"""The certificate of completion drawn directly with ReportLab: a few milliseconds a page, so a
session of 500 attendees is issued in seconds (HTML through WeasyPrint took 0.2 s a page).

Fonts: DejaVu (Debian's fonts-dejavu-core) when installed, for names such as "Trần"; otherwise
ReportLab's bundled Vera, which covers Western European names.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import segno
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

INK = (0.11, 0.14, 0.19)
MUTED = (0.29, 0.33, 0.39)
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@cache
def fonts() -> dict[str, str]:
    """Registers the fonts once per process: role -> font name."""
    import reportlab

    bundled = Path(reportlab.__file__).parent / "fonts"
    choices = {
        "serif": [_DEJAVU / "DejaVuSerif.ttf", bundled / "Vera.ttf"],
        "serif-bold": [_DEJAVU / "DejaVuSerif-Bold.ttf", bundled / "VeraBd.ttf"],
        "serif-italic": [_DEJAVU / "DejaVuSerif-Italic.ttf", bundled / "VeraIt.ttf"],
        "sans": [_DEJAVU / "DejaVuSans.ttf", bundled / "Vera.ttf"],
        "sans-bold": [_DEJAVU / "DejaVuSans-Bold.ttf", bundled / "VeraBd.ttf"],
    }
    chosen: dict[str, str] = {}
    for role, paths in choices.items():
        path = next((p for p in paths if p.exists()), None)
        if path is None:
            chosen[role] = "Helvetica-Bold" if "bold" in role else "Helvetica"
            continue
        name = f"cetrack-{path.stem}"
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        chosen[role] = name
    return chosen


def draw_certificate(
    *,
    title: str,
    meta_author: str,
    provider: str,
    participant: str,
    lead: str,
    course: str,
    left: Sequence[tuple[str, str]],
    right: Sequence[tuple[str, str]],
    statement: str,
    signature: Sequence[str],
    verify_url: str,
) -> bytes:
    """One landscape Letter page: the provider, the heading, the participant and course, two
    columns of labelled facts, the signature line, and the verification QR code."""
    f = fonts()
    buffer = io.BytesIO()
    width, height = landscape(letter)
    canvas = Canvas(buffer, pagesize=(width, height), invariant=True)
    canvas.setTitle(title)
    canvas.setAuthor(meta_author)
    canvas.setCreator("cetrack")
    margin = 12 * mm
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(2.5)
    canvas.rect(margin, margin, width - 2 * margin, height - 2 * margin)
    canvas.setLineWidth(0.8)
    canvas.rect(margin + 3, margin + 3, width - 2 * margin - 6, height - 2 * margin - 6)
    middle = width / 2
    y = height - margin - 16 * mm
    canvas.setFillColorRGB(*INK)
    canvas.setFont(f["serif"], 13)
    canvas.drawCentredString(middle, y, provider.upper())
    y -= 14 * mm
    canvas.setFont(f["serif"], 27)
    canvas.drawCentredString(middle, y, "Certificate of Completion")
    y -= 9 * mm
    canvas.setFont(f["serif"], 10.5)
    canvas.drawCentredString(middle, y, "This certifies that")
    y -= 10 * mm
    canvas.setFont(f["serif-bold"], 21)
    canvas.drawCentredString(middle, y, participant)
    y -= 7 * mm
    canvas.setFont(f["serif"], 10.5)
    canvas.drawCentredString(middle, y, lead)
    canvas.setFont(f["serif-italic"], 15)
    for line in simpleSplit(course, f["serif-italic"], 15, width - 2 * margin - 30 * mm)[:2]:
        y -= 7 * mm
        canvas.drawCentredString(middle, y, line)
    top = y - 10 * mm
    inner = width - 2 * margin - 26 * mm
    x0 = margin + 13 * mm
    _facts(canvas, left, x0, top, 0.6 * inner - 6 * mm)
    after = _facts(canvas, right, x0 + 0.6 * inner, top, 0.4 * inner)
    if statement:
        canvas.setFillColorRGB(*MUTED)
        canvas.setFont(f["sans"], 8)
        for line in simpleSplit(statement, f["sans"], 8, 0.4 * inner)[:5]:
            after -= 3.6 * mm
            canvas.drawString(x0 + 0.6 * inner, after, line)
    _signature(canvas, signature, x0, margin + 14 * mm)
    if verify_url:
        _verification(canvas, verify_url, width - margin - 13 * mm, margin + 9 * mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _facts(
    canvas: Canvas, rows: Sequence[tuple[str, str]], x: float, y: float, width: float
) -> float:
    """Label / value rows; long values wrap. Returns the y below the last row."""
    f = fonts()
    label_width = 40 * mm
    for label, value in rows:
        lines = simpleSplit(value, f["sans"], 8.6, width - label_width) or [""]
        canvas.setFillColorRGB(*MUTED)
        canvas.setFont(f["sans"], 8.6)
        canvas.drawString(x, y, label)
        canvas.setFillColorRGB(*INK)
        for line in lines:
            canvas.drawString(x + label_width, y, line)
            y -= 4.2 * mm
    return y


def _signature(canvas: Canvas, lines: Sequence[str], x: float, y: float) -> None:
    f = fonts()
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(0.8)
    canvas.line(x, y + 5 * mm, x + 85 * mm, y + 5 * mm)
    canvas.setFillColorRGB(*INK)
    canvas.setFont(f["sans"], 8.6)
    for line in lines:
        canvas.drawString(x, y + 1.5 * mm, line)
        y -= 4 * mm


def _verification(canvas: Canvas, url: str, right: float, bottom: float) -> None:
    """The QR code of the verification address, drawn module by module (vector, sharp)."""
    f = fonts()
    matrix = segno.make(url, error="m").matrix
    size = 27 * mm
    module = size / len(matrix)
    x0, y0 = right - size, bottom + 12 * mm
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        y = y0 + size - (row + 1) * module
        column = 0
        while column < len(cells):  # one rectangle per run of dark modules
            if not cells[column]:
                column += 1
                continue
            run = column
            while run < len(cells) and cells[run]:
                run += 1
            path.rect(x0 + column * module, y, (run - column) * module, module)
            column = run
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColorRGB(*MUTED)
    canvas.setFont(f["sans"], 7.5)
    canvas.drawRightString(right, bottom + 8 * mm, "Verify this certificate:")
    for index, line in enumerate(simpleSplit(url, f["sans"], 7.5, 70 * mm)[:2]):
        canvas.drawRightString(right, bottom + 4.5 * mm - index * 3.3 * mm, line)
