"""Small drawing helpers over a reportlab canvas, with y measured from the top of the page."""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

LETTER = letter
A4_PAGE = A4
LETTER_WIDE = landscape(letter)
A4_WIDE = landscape(A4)

Color = tuple[float, float, float]
BLACK: Color = (0, 0, 0)
GREY: Color = (0.35, 0.35, 0.35)

_TTF = Path("/usr/share/fonts/truetype")
# family -> (regular, bold, italic) file names; DejaVu first, Liberation where present.
_FAMILIES: dict[str, tuple[str, str, str]] = {
    "sans": (
        "dejavu/DejaVuSans.ttf",
        "dejavu/DejaVuSans-Bold.ttf",
        "dejavu/DejaVuSans-Oblique.ttf",
    ),
    "serif": (
        "dejavu/DejaVuSerif.ttf",
        "dejavu/DejaVuSerif-Bold.ttf",
        "dejavu/DejaVuSerif-Italic.ttf",
    ),
    "cond": (
        "dejavu/DejaVuSansCondensed.ttf",
        "dejavu/DejaVuSansCondensed-Bold.ttf",
        "dejavu/DejaVuSansCondensed-Oblique.ttf",
    ),
    "mono": (
        "dejavu/DejaVuSansMono.ttf",
        "dejavu/DejaVuSansMono-Bold.ttf",
        "dejavu/DejaVuSansMono-Oblique.ttf",
    ),
    "arial": (
        "liberation/LiberationSans-Regular.ttf",
        "liberation/LiberationSans-Bold.ttf",
        "liberation/LiberationSans-Italic.ttf",
    ),
    "times": (
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
        "liberation/LiberationSerif-Italic.ttf",
    ),
    "narrow": (
        "liberation/LiberationSansNarrow-Regular.ttf",
        "liberation/LiberationSansNarrow-Bold.ttf",
        "liberation/LiberationSansNarrow-Italic.ttf",
    ),
    "courier": (
        "liberation/LiberationMono-Regular.ttf",
        "liberation/LiberationMono-Bold.ttf",
        "liberation/LiberationMono-Italic.ttf",
    ),
}
_FALLBACK = {"r": "Helvetica", "b": "Helvetica-Bold", "i": "Helvetica-Oblique"}
_registered: dict[tuple[str, str], str] = {}


def font_name(family: str, style: str = "r") -> str:
    """The registered font for a family and style ('r', 'b', 'i'); Helvetica when missing."""
    key = (family, style)
    if key in _registered:
        return _registered[key]
    files = _FAMILIES.get(family, _FAMILIES["sans"])
    path = _TTF / files["rbi".index(style)]
    name = _FALLBACK[style]
    if path.exists():
        name = f"h4-{family}-{style}"
        pdfmetrics.registerFont(TTFont(name, str(path)))
    _registered[key] = name
    return name


class Page:
    """One PDF page; every y is the distance from the top edge in points."""

    def __init__(self, size: tuple[float, float] = LETTER, family: str = "sans") -> None:
        self._buffer = io.BytesIO()
        self.c = canvas.Canvas(self._buffer, pagesize=size, invariant=1)
        self.w, self.h = size
        self.family = family

    def _set(self, size: float, family: str | None, style: str, color: Color) -> str:
        name = font_name(family or self.family, style)
        self.c.setFont(name, size)
        self.c.setFillColorRGB(*color)
        return name

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10,
        style: str = "r",
        family: str | None = None,
        color: Color = BLACK,
        align: str = "left",
    ) -> None:
        self._set(size, family, style, color)
        if align == "center":
            self.c.drawCentredString(x, self.h - y, s)
        elif align == "right":
            self.c.drawRightString(x, self.h - y, s)
        else:
            self.c.drawString(x, self.h - y, s)

    def center(
        self,
        y: float,
        s: str,
        size: float = 10,
        style: str = "r",
        family: str | None = None,
        color: Color = BLACK,
    ) -> None:
        self.text(self.w / 2, y, s, size, style, family, color, "center")

    def width_of(self, s: str, size: float, style: str = "r", family: str | None = None) -> float:
        return float(pdfmetrics.stringWidth(s, font_name(family or self.family, style), size))

    def wrap(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        size: float = 10,
        style: str = "r",
        family: str | None = None,
        color: Color = BLACK,
        leading: float | None = None,
        align: str = "left",
    ) -> float:
        """Draws s wrapped to width; returns the y below the last line."""
        lead = leading or size * 1.35
        lines: list[str] = []
        for paragraph in s.split("\n"):
            current = ""
            for word in paragraph.split(" "):
                trial = f"{current} {word}".strip()
                if current and self.width_of(trial, size, style, family) > width:
                    lines.append(current)
                    current = word
                else:
                    current = trial
            lines.append(current)
        for line in lines:
            if align == "center":
                self.text(x + width / 2, y, line, size, style, family, color, "center")
            else:
                self.text(x, y, line, size, style, family, color)
            y += lead
        return y

    def line(
        self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6, color: Color = BLACK
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, self.h - y1, x2, self.h - y2)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        stroke: Color | None = BLACK,
        fill: Color | None = None,
        width: float = 0.8,
    ) -> None:
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
        if fill:
            self.c.setFillColorRGB(*fill)
        self.c.setLineWidth(width)
        self.c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def border(self, margin: float, color: Color, width: float = 2.0, double: bool = False) -> None:
        self.rect(margin, margin, self.w - 2 * margin, self.h - 2 * margin, color, None, width)
        if double:
            inner = margin + width + 4
            self.rect(inner, inner, self.w - 2 * inner, self.h - 2 * inner, color, None, width / 3)

    def box(self, x: float, y: float, checked: bool, size: float = 9, mark: str = "tick") -> None:
        """A drawn check box whose top-left corner is at (x, y); ticked or crossed when checked."""
        self.rect(x, y, size, size, BLACK, None, 0.8)
        if not checked:
            return
        self.c.setLineWidth(1.4)
        self.c.setStrokeColorRGB(0.05, 0.05, 0.25)
        top = self.h - y
        if mark == "x":
            self.c.line(x + 1.5, top - 1.5, x + size - 1.5, top - size + 1.5)
            self.c.line(x + 1.5, top - size + 1.5, x + size - 1.5, top - 1.5)
        else:
            path = self.c.beginPath()
            path.moveTo(x + 1.5, top - size * 0.55)
            path.lineTo(x + size * 0.4, top - size + 1.5)
            path.lineTo(x + size + 2, top + 2)
            self.c.drawPath(path, stroke=1, fill=0)

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        size: float = 9,
        rules: bool = True,
        header: bool = True,
        row_height: float | None = None,
        bold_last: bool = False,
        aligns: str = "",
        head_fill: Color | None = None,
    ) -> float:
        """Draws rows in columns; returns the y below the table."""
        rh = row_height or size * 1.9
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * rh
            if r == 0 and header and head_fill:
                self.rect(x, top, total, rh, None, head_fill)
            bold = (r == 0 and header) or (bold_last and r == len(rows) - 1)
            cx = x
            for c, (cell, w) in enumerate(zip(row, widths, strict=False)):
                align = aligns[c] if c < len(aligns) else "l"
                base = top + rh * 0.66
                if align == "r":
                    self.text(cx + w - 4, base, cell, size, "b" if bold else "r", align="right")
                elif align == "c":
                    self.text(cx + w / 2, base, cell, size, "b" if bold else "r", align="center")
                else:
                    self.text(cx + 4, base, cell, size, "b" if bold else "r")
                cx += w
            if rules:
                self.line(x, top, x + total, top, 0.5)
            elif (r == 0 and header) or (bold_last and r == len(rows) - 2):
                self.line(x, top + rh, x + total, top + rh, 0.8)
        end = y + len(rows) * rh
        if rules:
            self.line(x, end, x + total, end, 0.5)
            cx = x
            for w in [0.0, *widths]:
                cx += w
                self.line(cx, y, cx, end, 0.5)
        return end

    def logo(self, x: float, y: float, r: float, initials: str, color: Color) -> None:
        """A round badge with initials, centred at (x, y)."""
        self.c.setFillColorRGB(*color)
        self.c.circle(x, self.h - y, r, stroke=0, fill=1)
        self.text(x, y + r * 0.3, initials, r * 0.8, "b", color=(1, 1, 1), align="center")

    def signature(self, x: float, y: float, w: float, seed: int) -> None:
        """A hand-written looking stroke above a baseline at y."""
        rng = random.Random(seed)
        self.c.setStrokeColorRGB(0.08, 0.1, 0.35)
        self.c.setLineWidth(1.1)
        path = self.c.beginPath()
        path.moveTo(x, self.h - y + 4)
        steps = 14
        for i in range(1, steps + 1):
            px = x + w * i / steps
            py = self.h - y + 6 + 9 * math.sin(i * 1.7 + rng.random()) * rng.random()
            path.curveTo(px - w / steps * 0.6, py + 8, px - w / steps * 0.3, py - 8, px, py)
        self.c.drawPath(path, stroke=1, fill=0)

    def sign_line(
        self, x: float, y: float, w: float, caption: str, seed: int, size: float = 8.5
    ) -> None:
        self.signature(x + 8, y - 4, w * 0.7, seed)
        self.line(x, y, x + w, y, 0.6)
        self.wrap(x, y + 11, w, caption, size)

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self._buffer.getvalue()
