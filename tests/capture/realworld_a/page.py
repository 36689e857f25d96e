"""A thin drawing helper over a ReportLab canvas: text, wrapped prose, ruled tables, check
boxes, drawn logos and hand-drawn signatures, so each certificate style reads as layout."""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

LETTER = letter
A4_PAGE = A4
LETTER_WIDE = landscape(letter)
A4_WIDE = landscape(A4)

_FONT_FILES = {
    "DejaVu": "dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "dejavu/DejaVuSerif-Italic.ttf",
    "DejaVuCond": "dejavu/DejaVuSansCondensed.ttf",
    "DejaVuCond-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": "dejavu/DejaVuSansMono.ttf",
    "LibSerif": "liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "liberation/LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "liberation/LiberationSerif-Italic.ttf",
    "LibSans": "liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "liberation/LiberationSans-Bold.ttf",
    "LibNarrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
}
# Stand-ins when a TrueType file is missing, so the corpus still builds (with fewer glyphs).
_FALLBACK = {"Serif": "Times-Roman", "Mono": "Courier", "Bold": "Helvetica-Bold"}
_registered = False


def _register_fonts() -> None:
    global _registered
    if _registered:
        return
    root = Path("/usr/share/fonts/truetype")
    for name, rel in _FONT_FILES.items():
        path = root / rel
        if path.exists():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        else:
            _ALIASES[name] = next((v for k, v in _FALLBACK.items() if k in name), "Helvetica")
    _registered = True


_ALIASES: dict[str, str] = {}


def bold_of(font: str) -> str:
    """The bold face of a font family, for the standard PDF fonts and the registered TTFs."""
    standard = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
                "Courier": "Courier-Bold"}  # fmt: skip
    return standard.get(font, font if font.endswith("-Bold") else font + "-Bold")


def rgb(hex_colour: str) -> Color:
    value = hex_colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return Color(r, g, b)


class Page:
    """One PDF page; coordinates in points from the bottom-left corner, as ReportLab has them."""

    def __init__(self, size: tuple[float, float] = LETTER, seed: int = 0) -> None:
        _register_fonts()
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=size, invariant=1)
        self.width, self.height = size
        self.random = random.Random(seed)

    # text -------------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "Helvetica",
        size: float = 11,
        align: str = "left",
        colour: Color = black,
    ) -> None:
        font = _ALIASES.get(font, font)
        c = self.canvas
        c.setFillColor(colour)
        c.setFont(font, size)
        if align == "center":
            c.drawCentredString(x, y, s)
        elif align == "right":
            c.drawRightString(x, y, s)
        else:
            c.drawString(x, y, s)
        c.setFillColor(black)

    def centre(self, y: float, s: str, font: str = "Helvetica", size: float = 11, **kw) -> None:
        self.text(self.width / 2, y, s, font, size, align="center", **kw)

    def width_of(self, s: str, font: str, size: float) -> float:
        return pdfmetrics.stringWidth(s, _ALIASES.get(font, font), size)

    def wrap(self, s: str, width: float, font: str, size: float) -> list[str]:
        lines: list[str] = []
        for paragraph in s.split("\n"):
            current = ""
            for word in paragraph.split():
                trial = f"{current} {word}".strip()
                if current and self.width_of(trial, font, size) > width:
                    lines.append(current)
                    current = word
                else:
                    current = trial
            lines.append(current)
        return lines

    def para(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        font: str = "Helvetica",
        size: float = 11,
        leading: float | None = None,
        align: str = "left",
    ) -> float:
        """Draw wrapped prose from baseline y downwards; returns the next free baseline."""
        leading = leading or size * 1.35
        for line in self.wrap(s, width, font, size):
            if align == "center":
                self.text(x + width / 2, y, line, font, size, align="center")
            else:
                self.text(x, y, line, font, size)
            y -= leading
        return y

    # lines and shapes ---------------------------------------------------------------------
    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.6, colour=black):
        c = self.canvas
        c.setStrokeColor(colour)
        c.setLineWidth(w)
        c.line(x1, y1, x2, y2)
        c.setStrokeColor(black)

    def box(self, x, y, w, h, stroke=black, fill=None, lw: float = 0.8) -> None:
        c = self.canvas
        c.setLineWidth(lw)
        if stroke is not None:
            c.setStrokeColor(stroke)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill else 0)
        c.setFillColor(black)
        c.setStrokeColor(black)

    def border(self, inset: float = 24, colour=black, double: bool = True, lw: float = 2) -> None:
        self.box(inset, inset, self.width - 2 * inset, self.height - 2 * inset, colour, lw=lw)
        if double:
            i2 = inset + 6
            self.box(i2, i2, self.width - 2 * i2, self.height - 2 * i2, colour, lw=0.6)

    def checkbox(self, x, y, checked: bool, label: str, font="Helvetica", size=10.0) -> float:
        """A square box with a label; checked boxes get a drawn X. Returns x after the label."""
        s = size * 0.9
        self.box(x, y - 1, s, s, lw=0.7)
        if checked:
            self.line(x + 1.5, y, x + s - 1.5, y + s - 2, w=1.2)
            self.line(x + 1.5, y + s - 2, x + s - 1.5, y, w=1.2)
        self.text(x + s + 4, y, label, font, size)
        return x + s + 4 + self.width_of(label, font, size) + 16

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        font: str = "Helvetica",
        size: float = 9.5,
        row_h: float = 16,
        bold: str | None = "Helvetica-Bold",
        grid: bool = True,
        bold_last: bool = False,
        align_right: set[int] | None = None,
    ) -> float:
        """A ruled table whose first row is a header; returns the y below its last rule."""
        align_right = align_right or set()
        total = sum(widths)
        top = y
        for r, row in enumerate(rows):
            is_bold = bold is not None and (r == 0 or (bold_last and r == len(rows) - 1))
            f = bold if is_bold and bold else font
            cx = x
            for col, (cell, w) in enumerate(zip(row, widths, strict=False)):
                baseline = top - row_h + 4.5
                if col in align_right:
                    self.text(cx + w - 4, baseline, cell, f, size, align="right")
                else:
                    self.text(cx + 4, baseline, cell, f, size)
                cx += w
            if grid or r == 0 or (bold_last and r == len(rows) - 2):
                self.line(x, top - row_h, x + total, top - row_h, w=0.5)
            top -= row_h
        if grid:
            self.line(x, y, x + total, y, w=0.5)
            cx = x
            for w in [0.0, *widths]:
                cx += w
                self.line(cx, y, cx, top, w=0.5)
        return top

    def logo(self, kind: str, x: float, y: float, size: float, colour: Color) -> None:
        """A drawn mark standing in for a logo (x, y is its lower-left corner)."""
        c = self.canvas
        c.setFillColor(colour)
        c.setStrokeColor(colour)
        if kind == "circle":
            c.circle(x + size / 2, y + size / 2, size / 2, fill=1, stroke=0)
            c.setFillColor(Color(1, 1, 1))
            c.circle(x + size / 2, y + size / 2, size / 4, fill=1, stroke=0)
        elif kind == "cross":
            t = size / 3
            c.rect(x + t, y, t, size, fill=1, stroke=0)
            c.rect(x, y + t, size, t, fill=1, stroke=0)
        elif kind == "leaf":
            p = c.beginPath()
            p.moveTo(x, y)
            p.curveTo(x, y + size, x + size, y + size, x + size, y + size)
            p.curveTo(x + size, y, x, y, x, y)
            c.drawPath(p, fill=1, stroke=0)
        elif kind == "drop":
            p = c.beginPath()
            p.moveTo(x + size / 2, y + size)
            p.curveTo(x + size, y + size * 0.3, x + size * 0.8, y, x + size / 2, y)
            p.curveTo(x + size * 0.2, y, x, y + size * 0.3, x + size / 2, y + size)
            c.drawPath(p, fill=1, stroke=0)
        elif kind == "hex":
            p = c.beginPath()
            for i in range(6):
                a = math.pi / 6 + i * math.pi / 3
                px, py = (
                    x + size / 2 + size / 2 * math.cos(a),
                    y + size / 2 + size / 2 * math.sin(a),
                )
                p.moveTo(px, py) if i == 0 else p.lineTo(px, py)
            p.close()
            c.drawPath(p, fill=1, stroke=0)
        else:  # "bars": three rising bars
            w = size / 4
            for i in range(3):
                c.rect(x + i * (w + w / 2), y, w, size * (0.4 + 0.3 * i), fill=1, stroke=0)
        c.setFillColor(black)
        c.setStrokeColor(black)

    def seal(self, x: float, y: float, r: float, colour: Color, words: str) -> None:
        """A round seal with a ring and a short caption across its middle."""
        c = self.canvas
        c.setStrokeColor(colour)
        c.setLineWidth(2)
        c.circle(x, y, r, stroke=1, fill=0)
        c.setLineWidth(0.7)
        c.circle(x, y, r - 5, stroke=1, fill=0)
        for i in range(24):
            a = i * math.pi / 12
            c.line(x + (r - 4) * math.cos(a), y + (r - 4) * math.sin(a), x + r * math.cos(a),
                   y + r * math.sin(a))  # fmt: skip
        self.text(x, y - 3, words, "Helvetica-Bold", r / 4.5, align="center", colour=colour)
        c.setStrokeColor(black)

    def signature(self, x: float, y: float, w: float = 120, colour: Color | None = None) -> None:
        """A scribbled signature: a few joined Bezier loops with a slight slant."""
        c = self.canvas
        c.setStrokeColor(colour or rgb("#1b2a6b"))
        c.setLineWidth(1.1)
        p = c.beginPath()
        p.moveTo(x, y)
        px = x
        steps = 5 + self.random.randint(0, 3)
        for _ in range(steps):
            dx = w / steps
            h = self.random.uniform(6, 18)
            p.curveTo(px + dx * 0.3, y + h, px + dx * 0.9, y + h * 0.8, px + dx, y - h * 0.2)
            px += dx
        c.drawPath(p, stroke=1, fill=0)
        c.line(x + w * 0.1, y - 4, x + w * 0.8, y + 2)
        c.setStrokeColor(black)

    def sign_block(self, x, y, name: str, role: str, font="Helvetica", size=9.0, w=170.0):
        self.signature(x + 8, y + 10, w * 0.7)
        self.line(x, y, x + w, y, w=0.6)
        self.text(x, y - size - 3, name, font, size)
        self.text(x, y - 2 * size - 6, role, font, size - 1)

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self.buffer.getvalue()
