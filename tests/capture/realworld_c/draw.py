"""Small drawing kit for the realworld_c pages: a reportlab canvas addressed from the top left.

Coordinates are PDF points measured from the top-left corner, so page code reads in the order a
person reads the page. Fonts come from /usr/share/fonts/truetype when present (DejaVu,
Liberation) and fall back to reportlab's built-in Helvetica/Times/Courier.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = Path("/usr/share/fonts/truetype")

# alias -> (relative ttf path, built-in fallback)
_FONTS = {
    "sans": ("dejavu/DejaVuSans.ttf", "Helvetica"),
    "sans-b": ("dejavu/DejaVuSans-Bold.ttf", "Helvetica-Bold"),
    "sans-i": ("dejavu/DejaVuSans-Oblique.ttf", "Helvetica-Oblique"),
    "cond": ("dejavu/DejaVuSansCondensed.ttf", "Helvetica"),
    "cond-b": ("dejavu/DejaVuSansCondensed-Bold.ttf", "Helvetica-Bold"),
    "serif": ("dejavu/DejaVuSerif.ttf", "Times-Roman"),
    "serif-b": ("dejavu/DejaVuSerif-Bold.ttf", "Times-Bold"),
    "serif-i": ("dejavu/DejaVuSerif-Italic.ttf", "Times-Italic"),
    "mono": ("dejavu/DejaVuSansMono.ttf", "Courier"),
    "mono-b": ("dejavu/DejaVuSansMono-Bold.ttf", "Courier-Bold"),
    "lib": ("liberation/LiberationSans-Regular.ttf", "Helvetica"),
    "lib-b": ("liberation/LiberationSans-Bold.ttf", "Helvetica-Bold"),
    "lib-i": ("liberation/LiberationSans-Italic.ttf", "Helvetica-Oblique"),
    "narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "Helvetica"),
    "narrow-b": ("liberation/LiberationSansNarrow-Bold.ttf", "Helvetica-Bold"),
    "times": ("liberation/LiberationSerif-Regular.ttf", "Times-Roman"),
    "times-b": ("liberation/LiberationSerif-Bold.ttf", "Times-Bold"),
    "times-i": ("liberation/LiberationSerif-Italic.ttf", "Times-Italic"),
    "times-bi": ("liberation/LiberationSerif-BoldItalic.ttf", "Times-BoldItalic"),
    "courier": ("liberation/LiberationMono-Regular.ttf", "Courier"),
}
_RESOLVED: dict[str, str] = {}

LETTER_P = LETTER
A4_P = A4
LETTER_L = landscape(LETTER)
A4_L = landscape(A4)


def font(alias: str) -> str:
    """The reportlab font name for an alias, registering the TTF on first use."""
    if alias in _RESOLVED:
        return _RESOLVED[alias]
    rel, fallback = _FONTS[alias]
    path = FONT_DIR / rel
    name = fallback
    if path.exists():
        name = "rwc-" + alias
        pdfmetrics.registerFont(TTFont(name, str(path)))
    _RESOLVED[alias] = name
    return name


def rgb(hex_colour: str) -> Color:
    return HexColor(hex_colour)


@dataclass
class Cell:
    """A table cell with its own font or alignment."""

    text: str
    font: str = ""
    align: str = ""


class Page:
    """One PDF page; every y is measured downwards from the top edge."""

    def __init__(self, size: tuple[float, float] = LETTER_P, title: str = "certificate") -> None:
        self._buf = io.BytesIO()
        self.c = canvas.Canvas(self._buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.w, self.h = size

    # --- text -------------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 10,
        face: str = "sans",
        colour: Color = black,
        align: str = "left",
    ) -> None:
        c = self.c
        c.setFillColor(colour)
        c.setFont(font(face), size)
        if align == "center":
            c.drawCentredString(x, self.h - y, s)
        elif align == "right":
            c.drawRightString(x, self.h - y, s)
        else:
            c.drawString(x, self.h - y, s)

    def centre(
        self, y: float, s: str, size: float = 10, face: str = "sans", colour: Color = black
    ) -> None:
        self.text(self.w / 2, y, s, size, face, colour, "center")

    def width_of(self, s: str, size: float, face: str) -> float:
        return float(pdfmetrics.stringWidth(s, font(face), size))

    def wrap(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        size: float = 10,
        face: str = "sans",
        leading: float | None = None,
        colour: Color = black,
        align: str = "left",
    ) -> float:
        """Draw s wrapped to width; returns the y below the last line."""
        lead = leading or size * 1.35
        for paragraph in s.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                trial = (line + " " + word).strip()
                if line and self.width_of(trial, size, face) > width:
                    self._line(x, y, width, line, size, face, colour, align)
                    y += lead
                    line = word
                else:
                    line = trial
            self._line(x, y, width, line, size, face, colour, align)
            y += lead
        return y

    def _line(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        size: float,
        face: str,
        colour: Color,
        align: str,
    ) -> None:
        if align == "center":
            self.text(x + width / 2, y, s, size, face, colour, "center")
        elif align == "right":
            self.text(x + width, y, s, size, face, colour, "right")
        else:
            self.text(x, y, s, size, face, colour)

    # --- shapes -----------------------------------------------------------------------------
    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        width: float = 0.6,
        colour: Color = black,
        dash: Sequence[float] | None = None,
    ) -> None:
        c = self.c
        c.setStrokeColor(colour)
        c.setLineWidth(width)
        c.setDash(list(dash) if dash else [])
        c.line(x1, self.h - y1, x2, self.h - y2)
        c.setDash([])

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        width: float = 0.8,
        stroke: Color | None = black,
        fill: Color | None = None,
    ) -> None:
        c = self.c
        c.setLineWidth(width)
        if stroke is not None:
            c.setStrokeColor(stroke)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, self.h - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None))

    def border(
        self, inset: float, width: float = 2, colour: Color = black, double: bool = False
    ) -> None:
        self.rect(inset, inset, self.w - 2 * inset, self.h - 2 * inset, width, colour)
        if double:
            d = inset + 6
            self.rect(d, d, self.w - 2 * d, self.h - 2 * d, width / 3, colour)

    def box(self, x: float, y: float, ticked: bool, size: float = 9, mark: str = "tick") -> None:
        """A drawn check box whose top-left is (x, y); the tick is strokes, not text."""
        self.rect(x, y, size, size, 0.8)
        if not ticked:
            return
        c = self.c
        c.setLineWidth(1.4)
        c.setStrokeColor(black)
        top = self.h - y
        if mark == "cross":
            c.line(x + 1.5, top - 1.5, x + size - 1.5, top - size + 1.5)
            c.line(x + 1.5, top - size + 1.5, x + size - 1.5, top - 1.5)
        else:
            c.line(x + 1.5, top - size * 0.55, x + size * 0.4, top - size + 1.5)
            c.line(x + size * 0.4, top - size + 1.5, x + size + 2, top + 2)

    def logo(
        self, x: float, y: float, r: float, colour: Color, letters: str, face: str = "sans-b"
    ) -> None:
        """A round badge with initials, standing in for a provider's logo."""
        c = self.c
        c.setFillColor(colour)
        c.circle(x, self.h - y, r, stroke=0, fill=1)
        self.text(x, y + r * 0.35, letters, r * 0.9, face, rgb("#ffffff"), "center")

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str | Cell]],
        size: float = 9.5,
        face: str = "sans",
        head_face: str = "sans-b",
        row_h: float = 17,
        rules: str = "grid",
        head_fill: Color | None = None,
        aligns: Sequence[str] | None = None,
    ) -> float:
        """Draw rows (first row = header); rules is 'grid', 'lines' or 'none'. Returns y below."""
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * row_h
            if r == 0 and head_fill is not None:
                self.rect(x, top, total, row_h, 0, None, head_fill)
            cx = x
            for k, cell in enumerate(row):
                c = cell if isinstance(cell, Cell) else Cell(cell)
                face_k = c.font or (head_face if r == 0 else face)
                align = c.align or (aligns[k] if aligns else "left")
                base = top + row_h * 0.68
                if align == "right":
                    self.text(cx + widths[k] - 4, base, c.text, size, face_k, align="right")
                elif align == "center":
                    self.text(cx + widths[k] / 2, base, c.text, size, face_k, align="center")
                else:
                    self.text(cx + 4, base, c.text, size, face_k)
                cx += widths[k]
            if rules in ("grid", "lines") or (rules == "head" and r == 0):
                self.line(x, top + row_h, x + total, top + row_h, 0.5)
        bottom = y + len(rows) * row_h
        if rules == "grid":
            self.line(x, y, x + total, y, 0.5)
            cx = x
            for wd in [0.0, *widths]:
                cx += wd
                self.line(cx, y, cx, bottom, 0.5)
        return bottom

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self._buf.getvalue()


ItemFn = Callable[[], tuple[bytes, dict[str, str]]]


class Registry:
    """Collects page functions in definition order under their item names."""

    def __init__(self) -> None:
        self.items: list[tuple[str, ItemFn]] = []

    def __call__(self, name: str) -> Callable[[ItemFn], ItemFn]:
        def wrap(fn: ItemFn) -> ItemFn:
            self.items.append((name, fn))
            return fn

        return wrap
