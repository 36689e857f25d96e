"""Drawing helpers for the third held-out corpus: a thin layer over a ReportLab canvas.

Coordinates are in points measured from the top-left corner of the page, because that is how a
certificate's layout is usually described ("the title sits 200 pt down").
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

_TTF_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
_TTF_FILES = {
    "DejaVu": "DejaVuSans.ttf",
    "DejaVu-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "DejaVuSerif-Italic.ttf",
    "DejaVuCond": "DejaVuSansCondensed.ttf",
    "DejaVuMono": "DejaVuSansMono.ttf",
    "LibSans": "LiberationSans-Regular.ttf",
    "LibSans-Bold": "LiberationSans-Bold.ttf",
    "LibSerif": "LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "LiberationSerif-Italic.ttf",
    "LibNarrow": "LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "LiberationSansNarrow-Bold.ttf",
}
_FALLBACK = {"DejaVu": "Helvetica", "DejaVu-Bold": "Helvetica-Bold", "DejaVuSerif": "Times-Roman"}
_registered: dict[str, str] = {}


def font(name: str) -> str:
    """Return a usable font name, registering bundled TTF fonts on first use."""
    if name not in _TTF_FILES:
        return name
    if name not in _registered:
        _registered[name] = _FALLBACK.get(name, "Helvetica")
        for folder in _TTF_DIRS:
            path = folder / _TTF_FILES[name]
            if path.exists():
                pdfmetrics.registerFont(TTFont(name, str(path)))
                _registered[name] = name
                break
    return _registered[name]


class Page:
    """One certificate page being drawn."""

    def __init__(self, canvas: Canvas, width: float, height: float) -> None:
        self.c = canvas
        self.w = width
        self.h = height

    # -- text -------------------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, f: str = "Helvetica", size: float = 11) -> None:
        self.c.setFont(font(f), size)
        self.c.drawString(x, self.h - y, s)

    def center(
        self, y: float, s: str, f: str = "Helvetica", size: float = 11, x: float | None = None
    ) -> None:
        self.c.setFont(font(f), size)
        self.c.drawCentredString(self.w / 2 if x is None else x, self.h - y, s)

    def right(self, x: float, y: float, s: str, f: str = "Helvetica", size: float = 11) -> None:
        self.c.setFont(font(f), size)
        self.c.drawRightString(x, self.h - y, s)

    def para(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        f: str = "Helvetica",
        size: float = 11,
        lead: float = 1.35,
    ) -> float:
        """Wrap s into width; return the y below the last line."""
        name = font(f)
        for line in simpleSplit(s, name, size, width):
            self.text(x, y, line, name, size)
            y += size * lead
        return y

    def colour(self, r: float, g: float, b: float) -> None:
        self.c.setFillColorRGB(r, g, b)
        self.c.setStrokeColorRGB(r, g, b)

    def black(self) -> None:
        self.colour(0, 0, 0)

    # -- shapes -----------------------------------------------------------------------------
    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.8) -> None:
        self.c.setLineWidth(width)
        self.c.line(x1, self.h - y1, x2, self.h - y2)

    def rect(
        self, x: float, y: float, w: float, h: float, width: float = 0.8, fill: bool = False
    ) -> None:
        self.c.setLineWidth(width)
        self.c.rect(x, self.h - y - h, w, h, stroke=1, fill=int(fill))

    def frame(self, margin: float, width: float = 2.0, double: bool = False) -> None:
        self.rect(margin, margin, self.w - 2 * margin, self.h - 2 * margin, width)
        if double:
            inner = margin + 5
            self.rect(inner, inner, self.w - 2 * inner, self.h - 2 * inner, 0.6)

    def box(
        self, x: float, y: float, checked: bool, label: str, f: str = "Helvetica", size: float = 10
    ) -> None:
        """A check box whose top-left corner is (x, y - size) followed by its label."""
        self.rect(x, y - size + 1, size, size, 0.7)
        if checked:
            self.line(x + 1.5, y - size / 2, x + size / 2.5, y - 0.5, 1.3)
            self.line(x + size / 2.5, y - 0.5, x + size + 1, y - size - 1, 1.3)
        self.text(x + size + 4, y, label, f, size)

    def table(
        self,
        x: float,
        y: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        f: str = "Helvetica",
        size: float = 9.5,
        row_h: float = 17,
        bold_first: bool = True,
        grid: bool = True,
    ) -> float:
        """Draw a ruled table; return the y below it."""
        total = sum(widths)
        for i, row in enumerate(rows):
            top = y + i * row_h
            cx = x
            for j, cell in enumerate(row):
                face = f
                if i == 0 and bold_first:
                    face = f + "-Bold" if not f.endswith("Roman") else "Times-Bold"
                if j > 0 and _numeric(cell):
                    self.right(cx + widths[j] - 4, top + row_h - 5, cell, face, size)
                else:
                    self.text(cx + 4, top + row_h - 5, cell, face, size)
                cx += widths[j]
            if grid or i <= 1:
                self.line(x, top, x + total, top, 0.6)
        bottom = y + len(rows) * row_h
        self.line(x, bottom, x + total, bottom, 0.6)
        if grid:
            cx = x
            for wdt in [0.0, *widths]:
                cx += wdt
                self.line(cx, y, cx, bottom, 0.6)
        return bottom

    # -- decorations ------------------------------------------------------------------------
    def logo(self, kind: str, x: float, y: float, size: float = 36) -> None:
        """A drawn mark: 'circle', 'cross', 'drop', 'hex', 'flask' or 'seal'."""
        c = self.c
        cy = self.h - y - size / 2
        cx = x + size / 2
        c.setLineWidth(1.4)
        if kind == "circle":
            c.circle(cx, cy, size / 2)
            c.circle(cx, cy, size / 3.2, fill=1)
        elif kind == "cross":
            t = size / 3
            path = c.beginPath()
            for px, py in [
                (t, 0),
                (2 * t, 0),
                (2 * t, t),
                (3 * t, t),
                (3 * t, 2 * t),
                (2 * t, 2 * t),
                (2 * t, 3 * t),
                (t, 3 * t),
                (t, 2 * t),
                (0, 2 * t),
                (0, t),
                (t, t),
            ]:
                if (px, py) == (t, 0):
                    path.moveTo(x + px, cy - size / 2 + py)
                else:
                    path.lineTo(x + px, cy - size / 2 + py)
            path.close()
            c.drawPath(path, fill=1)
        elif kind == "drop":
            path = c.beginPath()
            path.moveTo(cx, cy + size / 2)
            path.curveTo(cx + size / 2, cy, cx + size / 3, cy - size / 2, cx, cy - size / 2)
            path.curveTo(cx - size / 3, cy - size / 2, cx - size / 2, cy, cx, cy + size / 2)
            c.drawPath(path, fill=1)
        elif kind == "hex":
            path = c.beginPath()
            for k in range(6):
                a = math.pi / 6 + k * math.pi / 3
                px, py = cx + size / 2 * math.cos(a), cy + size / 2 * math.sin(a)
                path.moveTo(px, py) if k == 0 else path.lineTo(px, py)
            path.close()
            c.drawPath(path, fill=0)
            c.circle(cx, cy, size / 6, fill=1)
        elif kind == "flask":
            path = c.beginPath()
            path.moveTo(cx - size / 8, cy + size / 2)
            path.lineTo(cx - size / 8, cy + size / 8)
            path.lineTo(cx - size / 2, cy - size / 2)
            path.lineTo(cx + size / 2, cy - size / 2)
            path.lineTo(cx + size / 8, cy + size / 8)
            path.lineTo(cx + size / 8, cy + size / 2)
            c.drawPath(path, fill=0)
            c.line(cx - size / 3.2, cy - size / 5, cx + size / 3.2, cy - size / 5)
        else:  # seal
            for r in (size / 2, size / 2.4):
                c.circle(cx, cy, r)
            for k in range(24):
                a = k * math.pi / 12
                c.line(
                    cx + size / 2 * math.cos(a),
                    cy + size / 2 * math.sin(a),
                    cx + size / 1.75 * math.cos(a),
                    cy + size / 1.75 * math.sin(a),
                )

    def signature(self, x: float, y: float, width: float = 140, seed: int = 1) -> None:
        """A scribble above a rule at y."""
        c = self.c
        c.setLineWidth(1.1)
        path = c.beginPath()
        base = self.h - y + 8
        path.moveTo(x + 5, base)
        steps = 14
        for k in range(1, steps + 1):
            t = k / steps
            px = x + 5 + t * (width - 25)
            py = base + 9 * math.sin(k * 1.7 + seed) * (1 - t / 2)
            path.curveTo(px - 4, py + 6, px - 2, py - 6, px, py)
        c.drawPath(path, fill=0)
        self.line(x, y + 2, x + width, y + 2, 0.6)


def _numeric(cell: str) -> bool:
    stripped = cell.replace(".", "", 1).strip()
    return stripped.isdigit()


SIZES = {"letter": LETTER, "a4": A4, "letter-l": landscape(LETTER), "a4-l": landscape(A4)}


def build_pdf(
    draw: Callable[[Page], None], size: str = "letter", title: str = "Certificate"
) -> bytes:
    """Run draw on a fresh page and return the PDF bytes (invariant, so builds are repeatable)."""
    width, height = SIZES[size]
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), invariant=1)
    canvas.setTitle(title)
    page = Page(canvas, width, height)
    page.black()
    draw(page)
    canvas.showPage()
    canvas.save()
    return out.getvalue()
