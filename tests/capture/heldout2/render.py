"""Drawing helpers and page templates for the second held-out corpus (see README.md).

Every template takes a plain dict of what to print and returns the bytes of a one-page PDF.
Nothing here knows about the truth; ``corpus.py`` states the truth of each certificate by hand.
PDFs are written with ``invariant=1`` so that the same input gives the same bytes.
"""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

RGB = tuple[float, float, float]
BLACK: RGB = (0, 0, 0)
WHITE: RGB = (1, 1, 1)
GREY: RGB = (0.55, 0.55, 0.55)
DARK: RGB = (0.22, 0.22, 0.22)
INK: RGB = (0.08, 0.13, 0.42)

_FONT_DIRS = (Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts/TTF"))
# DejaVu covers Vietnamese and the ballot boxes; Liberation (Times/Arial/Courier metrics) is
# used for the Latin-only certificates so that not every page looks alike.
_FONTS = {
    "Sans": ("dejavu/DejaVuSans.ttf", "Vera.ttf"),
    "Sans-Bold": ("dejavu/DejaVuSans-Bold.ttf", "VeraBd.ttf"),
    "Sans-Oblique": ("dejavu/DejaVuSans-Oblique.ttf", "VeraIt.ttf"),
    "Serif": ("dejavu/DejaVuSerif.ttf", "Vera.ttf"),
    "Serif-Bold": ("dejavu/DejaVuSerif-Bold.ttf", "VeraBd.ttf"),
    "Serif-Italic": ("dejavu/DejaVuSerif-Italic.ttf", "VeraIt.ttf"),
    "Mono": ("dejavu/DejaVuSansMono.ttf", "Vera.ttf"),
    "Mono-Bold": ("dejavu/DejaVuSansMono-Bold.ttf", "VeraBd.ttf"),
    "Times": ("liberation/LiberationSerif-Regular.ttf", "Vera.ttf"),
    "Times-Bold": ("liberation/LiberationSerif-Bold.ttf", "VeraBd.ttf"),
    "Times-Italic": ("liberation/LiberationSerif-Italic.ttf", "VeraIt.ttf"),
    "Times-BoldItalic": ("liberation/LiberationSerif-BoldItalic.ttf", "VeraBI.ttf"),
    "Arial": ("liberation/LiberationSans-Regular.ttf", "Vera.ttf"),
    "Arial-Bold": ("liberation/LiberationSans-Bold.ttf", "VeraBd.ttf"),
    "Arial-Italic": ("liberation/LiberationSans-Italic.ttf", "VeraIt.ttf"),
    "Narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "Vera.ttf"),
    "Narrow-Bold": ("liberation/LiberationSansNarrow-Bold.ttf", "VeraBd.ttf"),
    "Courier": ("liberation/LiberationMono-Regular.ttf", "Vera.ttf"),
    "Courier-Bold": ("liberation/LiberationMono-Bold.ttf", "VeraBd.ttf"),
}


@cache
def register_fonts() -> None:
    """Register the fonts once; fall back to reportlab's bundled Vera when a file is missing."""
    import reportlab

    bundled = Path(reportlab.__file__).parent / "fonts"
    for name, (system, fallback) in _FONTS.items():
        path = next((d / system for d in _FONT_DIRS if (d / system).exists()), bundled / fallback)
        pdfmetrics.registerFont(TTFont(name, str(path)))


class Page:
    """One PDF page; positions are given as distance from the top edge, in points."""

    def __init__(self, wide: bool = False) -> None:
        register_fonts()
        w, h = letter
        self.w, self.h = (h, w) if wide else (w, h)
        self._buf = io.BytesIO()
        self.c = Canvas(self._buf, pagesize=(self.w, self.h), invariant=1)

    def text(
        self,
        x: float,
        top: float,
        s: str,
        font: str = "Sans",
        size: float = 10,
        align: str = "left",
        rgb: RGB = BLACK,
    ) -> None:
        c = self.c
        c.setFillColorRGB(*rgb)
        c.setFont(font, size)
        y = self.h - top
        if align == "center":
            c.drawCentredString(x, y, s)
        elif align == "right":
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)

    def para(
        self,
        x: float,
        top: float,
        width: float,
        s: str,
        font: str = "Sans",
        size: float = 10,
        leading: float | None = None,
        align: str = "left",
        rgb: RGB = BLACK,
    ) -> float:
        """Wrapped text; returns the top of the next line."""
        leading = leading or size * 1.3
        for line in simpleSplit(s, font, size, width):
            anchor = {"center": x + width / 2, "right": x + width}.get(align, x)
            self.text(anchor, top, line, font, size, align, rgb)
            top += leading
        return top

    def width(self, s: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, font, size)

    def hline(self, x1: float, x2: float, top: float, width: float = 0.6, rgb: RGB = BLACK) -> None:
        self.c.setStrokeColorRGB(*rgb)
        self.c.setLineWidth(width)
        self.c.line(x1, self.h - top, x2, self.h - top)

    def vline(
        self, x: float, top1: float, top2: float, width: float = 0.6, rgb: RGB = BLACK
    ) -> None:
        self.c.setStrokeColorRGB(*rgb)
        self.c.setLineWidth(width)
        self.c.line(x, self.h - top1, x, self.h - top2)

    def rect(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        stroke: RGB | None = BLACK,
        fill: RGB | None = None,
        width: float = 1,
    ) -> None:
        c = self.c
        if stroke:
            c.setStrokeColorRGB(*stroke)
        if fill:
            c.setFillColorRGB(*fill)
        c.setLineWidth(width)
        c.rect(x, self.h - top - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def circle(
        self, x: float, top: float, r: float, stroke: RGB = BLACK, fill: RGB | None = None
    ) -> None:
        self.c.setStrokeColorRGB(*stroke)
        if fill:
            self.c.setFillColorRGB(*fill)
        self.c.setLineWidth(1.2)
        self.c.circle(x, self.h - top, r, stroke=1, fill=1 if fill else 0)

    def signature(self, x: float, top: float, width: float, seed: int) -> None:
        """A hand-drawn-looking scribble (deterministic)."""
        rng = random.Random(seed)
        c = self.c
        path = c.beginPath()
        y0 = self.h - top
        path.moveTo(x, y0 + rng.uniform(-2, 4))
        step = width / 6
        cx = x
        for _ in range(6):
            nx = cx + step
            path.curveTo(
                cx + rng.uniform(0, step),
                y0 + rng.uniform(6, 20),
                nx - rng.uniform(0, step),
                y0 - rng.uniform(2, 12),
                nx,
                y0 + rng.uniform(-4, 5),
            )
            cx = nx
        c.setStrokeColorRGB(*INK)
        c.setLineWidth(1.1)
        c.drawPath(path, stroke=1, fill=0)

    def sign_block(
        self, x: float, top: float, name: str, role: str, seed: int, width: float = 190
    ) -> None:
        self.signature(x + 10, top - 8, width * 0.7, seed)
        self.hline(x, x + width, top)
        self.text(x, top + 13, name, "Sans", 9)
        self.text(x, top + 25, role, "Sans", 8, rgb=DARK)

    def seal(self, x: float, top: float, r: float, label: str, rgb: RGB) -> None:
        self.circle(x, top, r, stroke=rgb, fill=None)
        self.circle(x, top, r - 5, stroke=rgb, fill=None)
        self.text(x, top + 3, label, "Serif-Bold", r / 3.2, align="center", rgb=rgb)

    def table(
        self,
        x: float,
        top: float,
        columns: Sequence[tuple[str, float, str]],
        rows: Sequence[Sequence[str]],
        font: str = "Sans",
        size: float = 9,
        row_h: float = 17,
        header_fill: RGB | None = (0.88, 0.88, 0.88),
        bold_rows: Sequence[int] = (),
        grid: bool = True,
    ) -> float:
        """A ruled table; ``columns`` are (header, width, align). Returns the top below it."""
        bold = font + "-Bold" if font in ("Sans", "Arial", "Times", "Mono", "Courier") else font
        total = sum(w for _, w, _ in columns)
        all_rows = [[h for h, _, _ in columns], *rows]
        for r, row in enumerate(all_rows):
            row_top = top + r * row_h
            if r == 0 and header_fill:
                self.rect(x, row_top, total, row_h, stroke=None, fill=header_fill)
            cx = x
            for (_, w, align), cell in zip(columns, row, strict=True):
                f = bold if r == 0 or (r - 1) in bold_rows else font
                tx = {"right": cx + w - 5, "center": cx + w / 2}.get(align, cx + 5)
                self.text(tx, row_top + row_h - 5, cell, f, size, align)
                cx += w
            if grid:
                self.hline(x, x + total, row_top, 0.5, GREY)
        bottom = top + len(all_rows) * row_h
        if grid:
            self.hline(x, x + total, bottom, 0.5, GREY)
            cx = x
            for _, w, _ in columns:
                self.vline(cx, top, bottom, 0.5, GREY)
                cx += w
            self.vline(cx, top, bottom, 0.5, GREY)
        return bottom

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self._buf.getvalue()


def _fields(
    pg: Page,
    x: float,
    top: float,
    fields: Sequence[tuple[str, str]],
    size: float = 10,
    gap: float = 17,
    label_font: str = "Sans-Bold",
    value_font: str = "Sans",
) -> float:
    """Label: value lines with the values aligned."""
    if not fields:
        return top
    lw = max(pg.width(label + ":", label_font, size) for label, _ in fields) + 8
    for label, value in fields:
        pg.text(x, top, label + ":", label_font, size)
        pg.text(x + lw, top, value, value_font, size)
        top += gap
    return top


def _footer(pg: Page, s: dict) -> None:
    if s.get("footer"):
        pg.text(pg.w / 2, pg.h - 12, s["footer"], "Sans", 7, align="center", rgb=GREY)
    if s.get("footer_left"):
        pg.text(30, pg.h - 12, s["footer_left"], "Sans", 7, rgb=GREY)
    if s.get("footer_right"):
        pg.text(pg.w - 30, pg.h - 12, s["footer_right"], "Sans", 7, align="right", rgb=GREY)


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------


def online_platform(s: dict) -> bytes:
    """Landscape certificate from an online CE platform: banner, name, course, detail grid."""
    pg = Page(wide=True)
    rgb = s["rgb"]
    pg.rect(0, 0, pg.w, 62, stroke=None, fill=rgb)
    pg.text(36, 40, s["provider"], "Sans-Bold", 22, rgb=WHITE)
    pg.text(pg.w - 36, 38, s["tagline"], "Sans", 9.5, align="right", rgb=WHITE)
    pg.text(
        pg.w / 2,
        112,
        s.get("heading", "CERTIFICATE OF COMPLETION"),
        "Serif-Bold",
        26,
        "center",
        rgb,
    )
    pg.text(pg.w / 2, 142, "This certifies that", "Serif-Italic", 13, "center")
    pg.text(pg.w / 2, 178, s["name"], "Serif-Bold", 24, "center")
    pg.hline(pg.w / 2 - 230, pg.w / 2 + 230, 187, 0.6, GREY)
    pg.text(pg.w / 2, 210, s["lead"], "Serif-Italic", 12.5, "center")
    top = pg.para(110, 236, pg.w - 220, s["title"], "Sans-Bold", 16, align="center") + 8
    fields = s["fields"]
    half = (len(fields) + 1) // 2
    left = _fields(pg, 120, top, fields[:half], 10)
    right = _fields(pg, pg.w / 2 + 30, top, fields[half:], 10)
    top = max(left, right) + 4
    for st in s.get("statements", []):
        top = pg.para(80, top, pg.w - 160, st, "Sans", 8.3, align="center", rgb=DARK) + 3
    pg.sign_block(70, 540, s["signer"][0], s["signer"][1], s["seed"])
    pg.seal(pg.w - 120, 520, 38, s.get("seal", "CE"), rgb)
    if s.get("cert_id"):
        pg.text(pg.w - 40, 575, s["cert_id"], "Sans", 7.5, "right", DARK)
    _footer(pg, s)
    return pg.pdf()


def module_table(s: dict) -> bytes:
    """Portrait certificate with a table of modules and a total row."""
    pg = Page()
    rgb = s["rgb"]
    pg.text(50, 60, s["provider"], "Arial-Bold", 18, rgb=rgb)
    pg.text(50, 76, s["address"], "Arial", 8.5, rgb=DARK)
    pg.hline(50, pg.w - 50, 88, 2, rgb)
    pg.text(
        pg.w / 2, 130, s.get("heading", "Certificate of Completion"), "Times-Bold", 24, "center"
    )
    if s.get("subheading"):
        pg.text(pg.w / 2, 150, s["subheading"], "Times-Italic", 12, "center", DARK)
    top = _fields(pg, 70, 185, s["head_fields"], 11, 19, "Arial-Bold", "Arial") + 10
    top = pg.table(
        70, top, s["columns"], s["rows"], "Arial", 9.5, 19, bold_rows=s.get("bold_rows", ())
    )
    top += 24
    top = _fields(pg, 70, top, s.get("fields", []), 10, 16, "Arial-Bold", "Arial") + 8
    for st in s.get("statements", []):
        top = pg.para(70, top, pg.w - 140, st, "Arial", 8.5, rgb=DARK) + 5
    pg.sign_block(70, 690, s["signer"][0], s["signer"][1], s["seed"])
    _footer(pg, s)
    return pg.pdf()


def conference(s: dict) -> bytes:
    """Conference attendance record with hours per day and a total."""
    pg = Page()
    rgb = s["rgb"]
    pg.rect(40, 40, pg.w - 80, 80, stroke=None, fill=rgb)
    pg.text(pg.w / 2, 70, s["provider"], "Sans-Bold", 13, "center", WHITE)
    pg.text(pg.w / 2, 94, s["event"], "Sans-Bold", 17, "center", WHITE)
    pg.text(pg.w / 2, 112, s["where"], "Sans", 9.5, "center", WHITE)
    pg.text(
        pg.w / 2, 160, s.get("heading", "CERTIFICATE OF ATTENDANCE"), "Serif-Bold", 20, "center"
    )
    top = pg.para(70, 190, pg.w - 140, s["intro"], "Serif", 11, align="center") + 4
    pg.text(pg.w / 2, top + 14, s["name"], "Serif-Bold", 20, "center")
    top = pg.para(70, top + 40, pg.w - 140, s["lead"], "Serif", 11, align="center") + 10
    top = pg.table(
        80, top, s["columns"], s["rows"], "Sans", 9.5, 20, bold_rows=s.get("bold_rows", ())
    )
    top += 20
    top = _fields(pg, 80, top, s.get("fields", []), 9.5, 15) + 6
    for st in s.get("statements", []):
        top = pg.para(70, top, pg.w - 140, st, "Sans", 8.3, rgb=DARK) + 4
    pg.sign_block(80, 700, s["signer"][0], s["signer"][1], s["seed"])
    if s.get("signer2"):
        pg.sign_block(pg.w - 270, 700, s["signer2"][0], s["signer2"][1], s["seed"] + 1)
    _footer(pg, s)
    return pg.pdf()


def letter_page(s: dict) -> bytes:
    """A letter on hospital or laboratory letterhead."""
    pg = Page()
    rgb = s["rgb"]
    font, bold = s.get("fonts", ("Times", "Times-Bold"))
    pg.rect(50, 40, 46, 46, stroke=None, fill=rgb)
    pg.text(73, 70, s["monogram"], "Serif-Bold", 18, "center", WHITE)
    pg.text(108, 56, s["org"], bold, 16, rgb=rgb)
    pg.text(108, 72, s["dept"], font, 10.5)
    pg.text(108, 85, s["address"], font, 8.5, rgb=DARK)
    pg.hline(50, pg.w - 50, 100, 1.2, rgb)
    top = 140
    pg.text(72, top, s["date"], font, 11)
    top += 30
    for line in s.get("to", []):
        pg.text(72, top, line, font, 11)
        top += 14
    top += 12
    if s.get("re"):
        pg.text(72, top, s["re"], bold, 11)
        top += 24
    pg.text(72, top, s.get("salutation", "To Whom It May Concern:"), font, 11)
    top += 24
    for body in s["body"]:
        top = pg.para(72, top, pg.w - 144, body, font, 11, 15) + 9
    top += 6
    pg.text(72, top, s.get("closing", "Sincerely,"), font, 11)
    pg.signature(80, top + 34, 130, s["seed"])
    top += 52
    for line in s["signed"]:
        pg.text(72, top, line, font, 11)
        top += 14
    if s.get("cc"):
        pg.text(72, top + 20, s["cc"], font, 9, rgb=DARK)
    _footer(pg, s)
    return pg.pdf()


def memo(s: dict) -> bytes:
    """An inter-office memorandum."""
    pg = Page()
    font, bold = s.get("fonts", ("Arial", "Arial-Bold"))
    pg.text(60, 60, s["org"], bold, 11, rgb=s["rgb"])
    if s.get("org2"):
        pg.text(60, 74, s["org2"], font, 9, rgb=DARK)
    pg.text(60, 120, s.get("heading", "MEMORANDUM"), bold, 26)
    top = 160
    lw = max(pg.width(k, bold, 11) for k, _ in s["head"]) + 20
    for key, value in s["head"]:
        pg.text(60, top, key, bold, 11)
        pg.text(60 + lw, top, value, font, 11)
        top += 20
    pg.hline(60, pg.w - 60, top - 6, 1.5)
    top += 20
    for body in s["body"]:
        top = pg.para(60, top, pg.w - 120, body, font, 11, 15) + 10
    if s.get("initials"):
        pg.signature(70, top + 24, 70, s["seed"])
        pg.text(60, top + 40, s["initials"], font, 10)
    _footer(pg, s)
    return pg.pdf()


def vendor(s: dict) -> bytes:
    """Landscape vendor training certificate with a logo block and two signatures."""
    pg = Page(wide=True)
    rgb = s["rgb"]
    pg.rect(24, 24, pg.w - 48, pg.h - 48, stroke=rgb, width=3)
    pg.rect(50, 50, 70, 70, stroke=None, fill=rgb)
    pg.text(85, 95, s["logo"], "Sans-Bold", 26, "center", WHITE)
    pg.text(136, 80, s["provider"], "Sans-Bold", 18, rgb=rgb)
    pg.text(136, 98, s["division"], "Sans", 10, rgb=DARK)
    pg.text(pg.w / 2, 170, s.get("heading", "Certificate of Training"), "Sans-Bold", 30, "center")
    pg.text(pg.w / 2, 205, s.get("intro", "This is to certify that"), "Sans", 12, "center")
    pg.text(pg.w / 2, 240, s["name"], "Sans-Bold", 24, "center", rgb)
    pg.text(pg.w / 2, 268, s["lead"], "Sans", 12, "center")
    top = pg.para(100, 296, pg.w - 200, s["title"], "Sans-Bold", 16, align="center") + 6
    for line in s["lines"]:
        pg.text(pg.w / 2, top, line, "Sans", 11, "center")
        top += 16
    top += 4
    for st in s.get("statements", []):
        top = pg.para(90, top, pg.w - 180, st, "Sans", 8.5, align="center", rgb=DARK) + 3
    pg.sign_block(90, 520, s["signer"][0], s["signer"][1], s["seed"])
    pg.sign_block(pg.w - 290, 520, s["signer2"][0], s["signer2"][1], s["seed"] + 7)
    _footer(pg, s)
    return pg.pdf()


def university(s: dict) -> bytes:
    """University continuing-education certificate, serif, with a seal."""
    pg = Page()
    rgb = s["rgb"]
    pg.rect(36, 36, pg.w - 72, pg.h - 72, stroke=rgb, width=1.5)
    pg.rect(42, 42, pg.w - 84, pg.h - 84, stroke=rgb, width=0.5)
    pg.text(pg.w / 2, 110, s["university"], "Times-Bold", 24, "center", rgb)
    pg.text(pg.w / 2, 132, s["office"], "Times-Italic", 13, "center")
    top = pg.para(80, 185, pg.w - 160, s["intro"], "Times", 13, align="center") + 14
    pg.text(pg.w / 2, top + 10, s["name"], "Times-BoldItalic", 26, "center")
    top += 50
    for chunk, f, size in s["body"]:
        top = pg.para(80, top, pg.w - 160, chunk, f, size, align="center") + 8
    top += 6
    top = _fields(pg, 150, top, s.get("fields", []), 10.5, 17, "Times-Bold", "Times") + 6
    for st in s.get("statements", []):
        top = pg.para(80, top, pg.w - 160, st, "Times-Italic", 9, align="center", rgb=DARK) + 4
    pg.seal(pg.w / 2, 640, 40, s.get("seal", "SEAL"), rgb)
    pg.sign_block(70, 690, s["signer"][0], s["signer"][1], s["seed"], 170)
    pg.sign_block(pg.w - 240, 690, s["signer2"][0], s["signer2"][1], s["seed"] + 3, 170)
    _footer(pg, s)
    return pg.pdf()


def email(s: dict) -> bytes:
    """A printed e-mail: browser/print header, mail headers, body, print footer."""
    pg = Page()
    font, bold = s.get("fonts", ("Arial", "Arial-Bold"))
    if s.get("print_head"):
        left, right = s["print_head"]
        pg.text(30, 24, left, "Arial", 8)
        pg.text(pg.w - 30, 24, right, "Arial", 8, "right")
    top = 60
    if s.get("app"):
        pg.text(50, top, s["app"], bold, 14)
        pg.hline(50, pg.w - 50, top + 8, 1.2)
        top += 34
    if s.get("subject_first"):
        top = pg.para(50, top, pg.w - 100, s["subject"], bold, 15) + 8
    lw = max(pg.width(k, bold, 10) for k, _ in s["headers"]) + 10
    for key, value in s["headers"]:
        pg.text(50, top, key, bold, 10)
        pg.text(50 + lw, top, value, font, 10)
        top += 15
    pg.hline(50, pg.w - 50, top, 0.5, GREY)
    top += 26
    body_font = s.get("body_font", font)
    for line in s["body"]:
        if line == "":
            top += 8
            continue
        top = pg.para(50, top, pg.w - 100, line, body_font, s.get("body_size", 10.5)) + 3
    _footer(pg, s)
    return pg.pdf()


def florida(s: dict) -> bytes:
    """Florida board-approved provider certificate with hours by specialty area."""
    pg = Page()
    rgb = s["rgb"]
    pg.rect(0, 0, pg.w, 16, stroke=None, fill=rgb)
    pg.text(pg.w / 2, 62, s["provider"], "Sans-Bold", 17, "center", rgb)
    pg.text(pg.w / 2, 78, s["address"], "Sans", 8.5, "center", DARK)
    pg.text(pg.w / 2, 125, s.get("heading", "CERTIFICATE OF COMPLETION"), "Sans-Bold", 21, "center")
    if s.get("subheading"):
        pg.text(pg.w / 2, 143, s["subheading"], "Sans", 10, "center", DARK)
    top = _fields(pg, 72, 180, s["fields"], 10.5, 19) + 8
    pg.text(72, top, s.get("table_title", "Hours earned by subject area"), "Sans-Bold", 10.5)
    top = pg.table(
        72, top + 8, s["columns"], s["rows"], "Sans", 9.5, 18, bold_rows=s.get("bold_rows", ())
    )
    top += 22
    for st in s.get("statements", []):
        top = pg.para(72, top, pg.w - 144, st, "Sans", 8.5, rgb=DARK) + 5
    pg.sign_block(72, 680, s["signer"][0], s["signer"][1], s["seed"])
    if s.get("stamp"):
        pg.rect(pg.w - 250, 640, 178, 44, stroke=rgb, width=1.4)
        pg.para(pg.w - 244, 656, 166, s["stamp"], "Sans-Bold", 8, align="center", rgb=rgb)
    _footer(pg, s)
    return pg.pdf()


def form_boxes(s: dict) -> bytes:
    """A form: printed labels in boxes, values typed in; used for California and others."""
    pg = Page()
    rgb = s["rgb"]
    pg.text(50, 58, s["provider"], "Times-Bold", 17, rgb=rgb)
    pg.text(50, 74, s["address"], "Times", 9, rgb=DARK)
    pg.text(pg.w - 50, 58, s.get("form_id", ""), "Arial", 8, "right", DARK)
    pg.text(pg.w / 2, 118, s["heading"], "Arial-Bold", 17, "center")
    top = 140
    value_font = s.get("value_font", "Courier")
    for row in s["boxes"]:
        x = 50
        width = (pg.w - 100) / len(row)
        for label, value in row:
            pg.rect(x, top, width, 40, stroke=GREY, width=0.7)
            pg.text(x + 5, top + 11, label, "Arial", 7, rgb=DARK)
            size = 11
            while pg.width(value, value_font, size) > width - 12 and size > 7:
                size -= 0.5
            pg.text(x + 6, top + 31, value, value_font, size)
            x += width
        top += 40
    top += 18
    for st in s.get("statements", []):
        top = pg.para(50, top, pg.w - 100, st, "Times", 10, rgb=BLACK) + 6
    pg.sign_block(50, 670, s["signer"][0], s["signer"][1], s["seed"])
    if s.get("date_signed"):
        pg.text(pg.w - 240, 670 - 4, s["date_signed"], "Courier", 10)
        pg.hline(pg.w - 240, pg.w - 80, 670)
        pg.text(pg.w - 240, 683, "Date", "Sans", 8, rgb=DARK)
    _footer(pg, s)
    return pg.pdf()


def cme(s: dict) -> bytes:
    """Landscape CME certificate with the AMA PRA designation statement."""
    pg = Page(wide=True)
    rgb = s["rgb"]
    pg.rect(0, 0, 28, pg.h, stroke=None, fill=rgb)
    pg.text(70, 70, s["provider"], "Times-Bold", 20, rgb=rgb)
    pg.text(70, 88, s["division"], "Times-Italic", 11)
    pg.text(70, 140, s.get("heading", "Certificate of Participation"), "Times-Bold", 28)
    pg.text(70, 175, s["intro"], "Times", 12)
    pg.text(70, 210, s["name"], "Times-Bold", 24)
    pg.text(70, 238, s["lead"], "Times", 12)
    top = pg.para(70, 262, pg.w - 160, s["title"], "Times-BoldItalic", 16) + 4
    for line in s["lines"]:
        pg.text(70, top, line, "Times", 11.5)
        top += 16
    top += 6
    for st in s["statements"]:
        top = pg.para(70, top, pg.w - 140, st, "Times", 9.5, rgb=DARK) + 4
    top += 4
    for label, value in s["claim"]:
        pg.text(70, top, label, "Times-Bold", 11.5)
        pg.text(70 + pg.width(label, "Times-Bold", 11.5) + 8, top, value, "Courier-Bold", 11.5)
        top += 18
    pg.sign_block(pg.w - 300, 545, s["signer"][0], s["signer"][1], s["seed"])
    _footer(pg, s)
    return pg.pdf()


def _box(pg: Page, x: float, top: float, checked: bool, mode: str, font: str) -> float:
    """Draw one check box in the given mode; return its width."""
    if mode == "brackets":
        mark = "[x]" if checked else "[ ]"
        pg.text(x, top, mark, font, 10.5)
        return pg.width(mark, font, 10.5) + 4
    if mode == "unicode":
        mark = "☒" if checked else "☐"
        pg.text(x, top, mark, "Sans", 12)
        return pg.width(mark, "Sans", 12) + 4
    pg.rect(x, top - 9, 10, 10, stroke=BLACK, width=0.8)
    if checked:
        pg.c.setStrokeColorRGB(*INK)
        pg.c.setLineWidth(1.4)
        y = pg.h - top
        pg.c.line(x + 1.5, y + 9, x + 8.5, y + 1)
        pg.c.line(x + 1.5, y + 1, x + 8.5, y + 9)
    return 14


def pace_form(s: dict) -> bytes:
    """A P.A.C.E. certificate form with typed-in values and check boxes."""
    pg = Page()
    rgb = s["rgb"]
    typed = s.get("typed_font", "Courier")
    pg.text(pg.w / 2, 60, s["provider"], "Times-Bold", 17, "center", rgb)
    if s.get("address"):
        pg.text(pg.w / 2, 76, s["address"], "Times", 9, "center", DARK)
    pg.rect(60, 96, pg.w - 120, 36, stroke=None, fill=(0.93, 0.93, 0.93))
    pg.text(
        pg.w / 2,
        120,
        s.get("heading", "P.A.C.E.® CERTIFICATE OF ATTENDANCE"),
        "Arial-Bold",
        15,
        "center",
    )
    top = 172
    for label, value in s["lines"]:
        pg.text(70, top, label, "Arial", 10)
        x = 70 + pg.width(label, "Arial", 10) + 6
        pg.hline(x, pg.w - 70, top + 3, 0.5)
        pg.text(x + 6, top - 1, value, typed, 11, rgb=INK if s.get("ink") else BLACK)
        top += 27
    top += 6
    for label, options in s["checks"]:
        pg.text(70, top, label, "Arial-Bold", 10)
        x = 70 + 110
        for option, checked in options:
            x += _box(pg, x, top, checked, s["box_mode"], "Arial")
            pg.text(x, top, option, "Arial", 10)
            x += pg.width(option, "Arial", 10) + 22
        top += 24
    top += 14
    for st in s.get("statements", []):
        top = pg.para(70, top, pg.w - 140, st, "Times", 9.5, rgb=DARK) + 5
    pg.sign_block(70, 676, s["signer"][0], s["signer"][1], s["seed"])
    pg.text(
        pg.w - 230,
        688,
        s.get("retain", "Participant copy — retain for your records"),
        "Arial-Italic",
        7.5,
        rgb=DARK,
    )
    _footer(pg, s)
    return pg.pdf()


def award(s: dict) -> bytes:
    """Ornate landscape award-style certificate."""
    pg = Page(wide=True)
    rgb = s["rgb"]
    pg.rect(0, 0, pg.w, pg.h, stroke=None, fill=(0.99, 0.97, 0.91))
    pg.rect(20, 20, pg.w - 40, pg.h - 40, stroke=rgb, width=6)
    pg.rect(34, 34, pg.w - 68, pg.h - 68, stroke=rgb, width=1)
    for cx, cy in ((34, 34), (pg.w - 34, 34), (34, pg.h - 34), (pg.w - 34, pg.h - 34)):
        pg.circle(cx, cy, 9, stroke=rgb, fill=rgb)
    pg.text(pg.w / 2, 90, s["provider"], "Times-Bold", 17, "center", rgb)
    pg.text(
        pg.w / 2,
        140,
        s.get("heading", "Certificate of Achievement"),
        "Times-BoldItalic",
        36,
        "center",
    )
    pg.text(pg.w / 2, 180, s.get("intro", "Be it known that"), "Times-Italic", 14, "center")
    pg.text(pg.w / 2, 222, s["name"], "Serif-Italic", 30, "center", INK)
    pg.hline(pg.w / 2 - 250, pg.w / 2 + 250, 232, 0.8, rgb)
    top = 262
    for chunk, f, size in s["body"]:
        top = pg.para(110, top, pg.w - 220, chunk, f, size, align="center") + 6
    top += 4
    pg.text(pg.w / 2, top + 6, s["given"], "Times-Italic", 13, "center")
    top += 30
    for st in s.get("statements", []):
        top = pg.para(110, top, pg.w - 220, st, "Times", 9, align="center", rgb=DARK) + 3
    pg.sign_block(90, 530, s["signer"][0], s["signer"][1], s["seed"], 200)
    pg.sign_block(pg.w - 290, 530, s["signer2"][0], s["signer2"][1], s["seed"] + 5, 200)
    pg.seal(pg.w / 2, 515, 40, s.get("seal", "SEAL"), rgb)
    _footer(pg, s)
    return pg.pdf()


def centered(s: dict) -> bytes:
    """A plain portrait certificate: centred lines, then a details block."""
    pg = Page()
    rgb = s["rgb"]
    serif = s.get("serif", False)
    f, fb, fi = (
        ("Times", "Times-Bold", "Times-Italic")
        if serif
        else ("Arial", "Arial-Bold", "Arial-Italic")
    )
    if s.get("border", True):
        pg.rect(30, 30, pg.w - 60, pg.h - 60, stroke=rgb, width=2.5)
    if s.get("band"):
        pg.rect(30, 30, pg.w - 60, 70, stroke=None, fill=rgb)
        pg.text(pg.w / 2, 72, s["provider"], fb, 18, "center", WHITE)
    else:
        pg.text(pg.w / 2, 80, s["provider"], fb, 18, "center", rgb)
    if s.get("address"):
        pg.text(pg.w / 2, 118, s["address"], f, 9, "center", DARK)
    pg.text(pg.w / 2, 170, s["heading"], fb, 24, "center")
    top = 215
    for chunk, kind in s["lines"]:
        font, size = {
            "name": ("Serif-Bold", 22),
            "title": (fb, 15),
            "italic": (fi, 12),
            "plain": (f, 12),
            "big": (fb, 13),
        }[kind]
        top = pg.para(70, top, pg.w - 140, chunk, font, size, align="center") + (
            10 if kind in ("name", "title") else 6
        )
    top += 14
    top = _fields(pg, 90, top, s.get("fields", []), 10, 16, fb, f) + 10
    for st in s.get("statements", []):
        top = pg.para(70, top, pg.w - 140, st, f, 8.8, rgb=DARK) + 5
    pg.sign_block(80, 680, s["signer"][0], s["signer"][1], s["seed"])
    if s.get("signer2"):
        pg.sign_block(pg.w - 270, 680, s["signer2"][0], s["signer2"][1], s["seed"] + 2)
    _footer(pg, s)
    return pg.pdf()


def record(s: dict) -> bytes:
    """A CE record page printed from an online credit-claiming system."""
    pg = Page()
    rgb = s["rgb"]
    pg.rect(0, 0, pg.w, 50, stroke=None, fill=rgb)
    pg.text(30, 32, s["system"], "Sans-Bold", 16, rgb=WHITE)
    pg.text(
        pg.w - 30,
        32,
        s.get("nav", "My Records  |  Claim Credit  |  Sign out"),
        "Sans",
        9,
        "right",
        WHITE,
    )
    pg.text(50, 95, s.get("heading", "Continuing Education Record"), "Sans-Bold", 18)
    if s.get("banner"):
        pg.rect(50, 110, pg.w - 100, 26, stroke=(0.2, 0.55, 0.25), fill=(0.88, 0.96, 0.88))
        pg.text(60, 127, s["banner"], "Sans", 9.5, rgb=(0.1, 0.4, 0.15))
    top = 160
    label_w = 170
    for label, value in s["rows"]:
        lines = simpleSplit(value, "Sans", 10, pg.w - 100 - label_w - 16) or [""]
        h = 10 + 13 * len(lines)
        pg.rect(50, top, label_w, h, stroke=GREY, fill=(0.94, 0.94, 0.94), width=0.5)
        pg.rect(50 + label_w, top, pg.w - 100 - label_w, h, stroke=GREY, width=0.5)
        pg.text(58, top + 15, label, "Sans-Bold", 9.5)
        for i, line in enumerate(lines):
            pg.text(58 + label_w, top + 15 + 13 * i, line, "Sans", 10)
        top += h
    top += 20
    for st in s.get("statements", []):
        top = pg.para(50, top, pg.w - 100, st, "Sans", 8.5, rgb=DARK) + 5
    _footer(pg, s)
    return pg.pdf()


def sessions(s: dict) -> bytes:
    """A one-day seminar certificate where the attendee ticks the sessions attended."""
    pg = Page()
    rgb = s["rgb"]
    pg.text(pg.w / 2, 56, s["provider"], "Times-Bold", 16, "center", rgb)
    pg.text(pg.w / 2, 82, s["event"], "Times-Bold", 19, "center")
    pg.text(pg.w / 2, 100, s["where"], "Times", 10, "center", DARK)
    pg.text(
        pg.w / 2,
        135,
        s.get("heading", "Continuing Education Certificate"),
        "Arial-Bold",
        15,
        "center",
    )
    top = _fields(pg, 60, 170, s["head_fields"], 10.5, 18, "Arial-Bold", "Courier") + 6
    top = pg.para(60, top, pg.w - 120, s["instructions"], "Arial-Italic", 9, rgb=DARK) + 6
    top = pg.table(
        60, top, s["columns"], s["rows"], "Arial", 9, 18, bold_rows=s.get("bold_rows", ())
    )
    top += 18
    top = _fields(pg, 60, top, s.get("fields", []), 10.5, 18, "Arial-Bold", "Courier") + 6
    for st in s.get("statements", []):
        top = pg.para(60, top, pg.w - 120, st, "Times", 9.5, rgb=DARK) + 4
    pg.sign_block(60, 705, s["signer"][0], s["signer"][1], s["seed"])
    _footer(pg, s)
    return pg.pdf()
