"""A small drawing layer over ReportLab for certificate pages.

Coordinates are measured from the top-left corner in points, because that is how a page is
read and laid out by eye; the conversion to ReportLab's bottom-left origin happens here only.
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

__all__ = ["A4", "LANDSCAPE_LETTER", "LETTER", "Sheet"]

LETTER = letter
LANDSCAPE_LETTER = landscape(letter)

_TTF_DIR = Path("/usr/share/fonts/truetype")
_TTF = {
    "Sans": "dejavu/DejaVuSans.ttf",
    "Sans-Bold": "dejavu/DejaVuSans-Bold.ttf",
    "SansCond": "dejavu/DejaVuSansCondensed.ttf",
    "SansCond-Bold": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "Serif": "dejavu/DejaVuSerif.ttf",
    "Serif-Bold": "dejavu/DejaVuSerif-Bold.ttf",
    "Serif-Italic": "dejavu/DejaVuSerif-Italic.ttf",
    "Mono": "dejavu/DejaVuSansMono.ttf",
    "LibSerif-Italic": "liberation/LiberationSerif-Italic.ttf",
    "LibSerif-BoldItalic": "liberation/LiberationSerif-BoldItalic.ttf",
    "Narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "Narrow-Bold": "liberation/LiberationSansNarrow-Bold.ttf",
}
# When a TrueType file is missing the page still builds, in a built-in face.
_FALLBACK = {
    "Sans": "Helvetica",
    "Sans-Bold": "Helvetica-Bold",
    "SansCond": "Helvetica",
    "SansCond-Bold": "Helvetica-Bold",
    "Serif": "Times-Roman",
    "Serif-Bold": "Times-Bold",
    "Serif-Italic": "Times-Italic",
    "Mono": "Courier",
    "LibSerif-Italic": "Times-Italic",
    "LibSerif-BoldItalic": "Times-BoldItalic",
    "Narrow": "Helvetica",
    "Narrow-Bold": "Helvetica-Bold",
}
_registered: dict[str, str] = {}


def font_name(name: str) -> str:
    """The ReportLab name of a face: built-in names pass through, short names map to TTFs."""
    if name not in _TTF:
        return name
    if name not in _registered:
        path = _TTF_DIR / _TTF[name]
        if path.exists():
            pdfmetrics.registerFont(TTFont("RWB-" + name, str(path)))
            _registered[name] = "RWB-" + name
        else:
            _registered[name] = _FALLBACK[name]
    return _registered[name]


class Sheet:
    """One PDF page under construction."""

    def __init__(self, size: tuple[float, float] = LETTER, seed: int = 0, title: str = "") -> None:
        self.width, self.height = size
        self._buffer = io.BytesIO()
        self.c = canvas.Canvas(self._buffer, pagesize=size, invariant=1, pageCompression=1)
        if title:
            self.c.setTitle(title)
        self.rng = random.Random(seed)
        self.face = "Helvetica"
        self.size = 11.0

    # -- text ---------------------------------------------------------------------------
    def font(self, face: str, size: float) -> Sheet:
        self.face, self.size = face, size
        return self

    def width_of(self, s: str, face: str | None = None, size: float | None = None) -> float:
        return float(pdfmetrics.stringWidth(s, font_name(face or self.face), size or self.size))

    def text(
        self,
        x: float,
        y: float,
        s: str,
        face: str | None = None,
        size: float | None = None,
        align: str = "left",
        color: tuple[float, float, float] = (0, 0, 0),
    ) -> float:
        """Draw one line with its baseline at y (from the top); returns the next baseline."""
        f, sz = font_name(face or self.face), size or self.size
        self.c.setFont(f, sz)
        self.c.setFillColorRGB(*color)
        yy = self.height - y
        if align == "center":
            self.c.drawCentredString(x, yy, s)
        elif align == "right":
            self.c.drawRightString(x, yy, s)
        else:
            self.c.drawString(x, yy, s)
        self.c.setFillColorRGB(0, 0, 0)
        return y + sz * 1.35

    def centre(
        self, y: float, s: str, face: str | None = None, size: float | None = None, **kw: object
    ) -> float:
        return self.text(self.width / 2, y, s, face, size, align="center", **kw)  # type: ignore[arg-type]

    def wrap(
        self, s: str, width: float, face: str | None = None, size: float | None = None
    ) -> list[str]:
        lines: list[str] = []
        for block in s.split("\n"):
            line = ""
            for word in block.split():
                trial = f"{line} {word}".strip()
                if line and self.width_of(trial, face, size) > width:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            lines.append(line)
        return lines

    def para(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        face: str | None = None,
        size: float | None = None,
        leading: float | None = None,
        align: str = "left",
    ) -> float:
        """A word-wrapped paragraph; returns the baseline after its last line."""
        sz = size or self.size
        step = leading or sz * 1.35
        for line in self.wrap(s, width, face, sz):
            if align == "center":
                self.text(x + width / 2, y, line, face, sz, align="center")
            else:
                self.text(x, y, line, face, sz)
            y += step
        return y

    # -- lines and shapes ---------------------------------------------------------------
    def rule(self, x1: float, y: float, x2: float, weight: float = 0.6, grey: float = 0.0) -> None:
        self.c.setLineWidth(weight)
        self.c.setStrokeColorRGB(grey, grey, grey)
        self.c.line(x1, self.height - y, x2, self.height - y)
        self.c.setStrokeColorRGB(0, 0, 0)

    def box(
        self, x: float, y: float, w: float, h: float, weight: float = 0.6, fill: float | None = None
    ) -> None:
        self.c.setLineWidth(weight)
        if fill is not None:
            self.c.setFillColorRGB(fill, fill, fill)
        self.c.rect(x, self.height - y - h, w, h, stroke=1, fill=1 if fill is not None else 0)
        self.c.setFillColorRGB(0, 0, 0)

    def band(self, y: float, h: float, rgb: tuple[float, float, float]) -> None:
        """A coloured full-width band (letterhead strips)."""
        self.c.setFillColorRGB(*rgb)
        self.c.rect(0, self.height - y - h, self.width, h, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def border(self, inset: float = 28, double: bool = True, weight: float = 2.0) -> None:
        self.c.setLineWidth(weight)
        self.c.rect(inset, inset, self.width - 2 * inset, self.height - 2 * inset)
        if double:
            self.c.setLineWidth(0.6)
            self.c.rect(
                inset + 6, inset + 6, self.width - 2 * inset - 12, self.height - 2 * inset - 12
            )

    def checkbox(
        self,
        x: float,
        y: float,
        label: str,
        ticked: bool,
        size: float = 10,
        style: str = "box",
        face: str | None = None,
    ) -> float:
        """A tick box before a label; style 'box' draws it, 'bracket' prints [X] / [ ]."""
        if style == "bracket":
            shown = f"[{'X' if ticked else ' '}] {label}"
            self.text(x, y, shown, face, size)
            return x + 14 + self.width_of(shown, face, size)
        side = size * 0.9
        self.box(x, y - side + 1, side, side, weight=0.7)
        if ticked:
            self.c.setLineWidth(1.3)
            top = self.height - (y - side + 1)
            self.c.line(x + 1.5, top - side * 0.55, x + side * 0.4, top - side + 1.5)
            self.c.line(x + side * 0.4, top - side + 1.5, x + side + 1.5, top + 2)
        self.text(x + side + 4, y, label, face, size)
        return x + side + 14 + self.width_of(label, face, size)

    def signature(
        self, x: float, y: float, width: float = 140, captions: tuple[str, ...] = ()
    ) -> float:
        """A pen scribble above a rule, then caption lines; returns the y after the captions."""
        self.c.setLineWidth(1.0)
        self.c.setStrokeColorRGB(0.1, 0.1, 0.35)
        path = self.c.beginPath()
        base = self.height - y + 4
        px = x + 6
        path.moveTo(px, base)
        for _ in range(7):
            nx = px + width / 9
            path.curveTo(
                px + self.rng.uniform(-6, 10),
                base + self.rng.uniform(6, 20),
                nx + self.rng.uniform(-12, 4),
                base + self.rng.uniform(-8, 4),
                nx,
                base + self.rng.uniform(-2, 8),
            )
            px = nx
        self.c.drawPath(path, stroke=1, fill=0)
        self.c.setStrokeColorRGB(0, 0, 0)
        self.rule(x, y + 6, x + width, 0.5)
        yy = y + 17
        for cap in captions:
            yy = self.text(x, yy, cap, size=max(self.size - 2, 7))
        return yy

    def logo(
        self, x: float, y: float, kind: str, rgb: tuple[float, float, float], scale: float = 1.0
    ) -> None:
        """A drawn emblem (no text); (x, y) is its top-left corner."""
        c, s = self.c, 36 * scale
        c.setFillColorRGB(*rgb)
        c.setStrokeColorRGB(*rgb)
        top = self.height - y
        if kind == "circle":
            c.circle(x + s / 2, top - s / 2, s / 2, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.circle(x + s / 2, top - s / 2, s / 4, stroke=0, fill=1)
        elif kind == "hexagon":
            p = c.beginPath()
            for i in range(6):
                a = math.pi / 3 * i
                px, py = x + s / 2 + s / 2 * math.cos(a), top - s / 2 + s / 2 * math.sin(a)
                p.moveTo(px, py) if i == 0 else p.lineTo(px, py)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        elif kind == "bars":
            for i, h in enumerate((0.5, 0.8, 1.0, 0.65)):
                c.rect(x + i * s / 4, top - s, s / 5.5, s * h, stroke=0, fill=1)
        elif kind == "flask":
            p = c.beginPath()
            p.moveTo(x + s * 0.4, top)
            p.lineTo(x + s * 0.6, top)
            p.lineTo(x + s * 0.6, top - s * 0.4)
            p.lineTo(x + s, top - s)
            p.lineTo(x, top - s)
            p.lineTo(x + s * 0.4, top - s * 0.4)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        else:  # shield
            p = c.beginPath()
            p.moveTo(x, top)
            p.lineTo(x + s, top)
            p.lineTo(x + s, top - s * 0.55)
            p.curveTo(x + s, top - s * 0.85, x + s / 2, top - s, x + s / 2, top - s)
            p.curveTo(x + s / 2, top - s, x, top - s * 0.85, x, top - s * 0.55)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 9.5,
        face: str | None = None,
        head_face: str | None = None,
        row_h: float | None = None,
        grid: str = "full",
        align: list[str] | None = None,
    ) -> float:
        """A ruled table; the first row is the header. grid: full, rows (horizontal only), none."""
        rh = row_h or size * 1.9
        total = sum(widths)
        for r, row in enumerate(rows):
            top = y + r * rh
            for i, cell in enumerate(row):
                cx = x + sum(widths[:i])
                a = (align or ["left"] * len(widths))[i]
                f = (head_face or face) if r == 0 else face
                if a == "right":
                    self.text(cx + widths[i] - 4, top + rh * 0.68, cell, f, size, align="right")
                elif a == "center":
                    self.text(cx + widths[i] / 2, top + rh * 0.68, cell, f, size, align="center")
                else:
                    self.text(cx + 4, top + rh * 0.68, cell, f, size)
            if grid != "none":
                self.rule(x, top, x + total, 0.5)
        bottom = y + len(rows) * rh
        if grid != "none":
            self.rule(x, bottom, x + total, 0.5)
        if grid == "full":
            edges = [x + sum(widths[:i]) for i in range(len(widths) + 1)]
            for ex in edges:
                self.c.setLineWidth(0.5)
                self.c.line(ex, self.height - y, ex, self.height - bottom)
        return bottom

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self._buffer.getvalue()
