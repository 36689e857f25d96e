"""The words of a PDF page's text layer with their boxes and font sizes, through pdfium.

pdfium (pypdfium2) gives every character of the text layer with its box, font size and weight,
in the order it was drawn. Characters become words at spaces, line ends and gaps; words keep
their runs (what was drawn as one line), and `layout.lay_out` turns the runs into printed lines.
Rotated characters (a diagonal "SAMPLE" watermark, a margin note set sideways) are left out; a
page displayed rotated (/Rotate) is laid out as it is displayed.
"""

from __future__ import annotations

import ctypes
import math
import threading
from typing import Any, Final

from cetrack.core.capture.drawn import drawn_boxes
from cetrack.core.capture.layout import Page, Word, lay_out

_SPACES: Final = frozenset(" \t\r\n\u00a0\u2002\u2003\u2009\u202f\u200b\ufeff")
_LIGATURES: Final = str.maketrans(
    {
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb00": "ff",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\u00ad": None,
        "\u2010": "-",
        "\u2011": "-",
        "\u2019": "'",
        "\u2018": "'",
    }
)
_MAX_CHARS: Final = 100_000  # characters read from one page's text layer
# pdfium is not thread-safe: every call into it (text here, page images for the review screen)
# holds this lock.
PDFIUM_LOCK: Final = threading.RLock()


class Positioned:
    """A PDF opened in pdfium for its positioned text, page by page."""

    def __init__(self, document: Any) -> None:
        self.document = document

    def page(self, number: int) -> Page | None:
        """Page `number` (0-based) laid out, or None when pdfium cannot read it."""
        with PDFIUM_LOCK:
            try:
                page = self.document[number]
            except Exception:
                return None
            try:
                return page_words(page, number + 1)
            except Exception:
                return None
            finally:
                page.close()

    def close(self) -> None:
        with PDFIUM_LOCK:
            self.document.close()


def open_positioned(content: bytes) -> Positioned | None:
    """The PDF in pdfium (an owner password alone does not stop it), or None when pdfium
    cannot open it; the caller then reads the text without positions."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    with PDFIUM_LOCK:
        try:
            return Positioned(pdfium.PdfDocument(content))
        except Exception:
            return None


class _Run:
    """Characters collected into words, and words into the run (drawn line) they belong to."""

    def __init__(self) -> None:
        self.runs: list[list[Word]] = []
        self.words: list[Word] = []
        self.chars: list[str] = []
        self.box = [0.0, 0.0, 0.0, 0.0]
        self.sizes: list[float] = []
        self.bold = 0
        self.spaced = True  # the current word follows a real space character

    def add(
        self, char: str, box: tuple[float, float, float, float], size: float, bold: bool
    ) -> None:
        if self.chars:
            x0, top, x1, bottom = self.box
            middle, height = (top + bottom) / 2, max(bottom - top, size * 0.5, 1.0)
            char_middle = (box[1] + box[3]) / 2
            if abs(char_middle - middle) > 0.6 * height:
                self.end_run()
            elif box[0] - x1 > 0.2 * max(size, 1.0) or box[2] < x0 - 0.5 * max(size, 1.0):
                self.end_word()
        if not self.chars:
            self.box = list(box)
        else:
            self.box = [
                min(self.box[0], box[0]),
                min(self.box[1], box[1]),
                max(self.box[2], box[2]),
                max(self.box[3], box[3]),
            ]
        self.chars.append(char)
        self.sizes.append(size)
        self.bold += bold

    def end_word(self) -> None:
        text = "".join(self.chars).translate(_LIGATURES).strip()
        if text:
            sizes = sorted(self.sizes)
            x0, top, x1, bottom = self.box
            size = sizes[len(sizes) // 2]
            self.words.append(
                Word(
                    text,
                    x0,
                    top,
                    x1,
                    bottom,
                    size,
                    bold=self.bold * 2 > len(self.chars),
                    spaced=self.spaced,
                )
            )
        self.chars, self.sizes, self.bold = [], [], 0
        self.spaced = False

    def end_run(self) -> None:
        self.end_word()
        if self.words:
            self.runs.append(self.words)
        self.words = []


def page_words(page: Any, number: int) -> Page:
    """The page's text layer as a laid-out `Page` (pypdfium2 page in, no exceptions caught)."""
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    x_min, y_min, x_max, y_max = page.get_cropbox()
    width, height = x_max - x_min, y_max - y_min
    rotation = int(page.get_rotation()) % 360
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = min(int(raw.FPDFText_CountChars(handle)), _MAX_CHARS)
        rect = raw.FS_RECTF()
        run = _Run()
        for index in range(count):
            code = raw.FPDFText_GetUnicode(handle, index)
            char = chr(code) if 0 < code < 0x110000 else ""
            generated = raw.FPDFText_IsGenerated(handle, index) == 1
            if not char or char in _SPACES or generated:
                if char in "\r\n":
                    run.end_run()
                else:
                    run.end_word()
                    run.spaced = char == " " and not generated
                continue
            angle = float(raw.FPDFText_GetCharAngle(handle, index))
            if angle > 0.05 and abs(angle - 2 * math.pi) > 0.05:
                run.end_word()  # a watermark or a sideways margin note
                continue
            # The loose box spans the glyph's advance and the font's height, so a narrow "1" is
            # as wide as it is set and a word's letters touch.
            if not raw.FPDFText_GetLooseCharBox(handle, index, ctypes.byref(rect)):
                continue
            box = _displayed(
                rect.left - x_min, rect.bottom - y_min, rect.right - x_min, rect.top - y_min,
                width, height, rotation,
            )  # fmt: skip
            size = float(raw.FPDFText_GetFontSize(handle, index)) or (box[3] - box[1])
            bold = int(raw.FPDFText_GetFontWeight(handle, index)) >= 600
            run.add(char, box, size, bold)
        run.end_run()
    finally:
        textpage.close()

    def to_display(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        box = (x0 - x_min, y0 - y_min, x1 - x_min, y1 - y_min)
        return _displayed(*box, width, height, rotation)

    # Check boxes drawn as shapes join the text as box characters (drawn.py).
    run.runs.extend([box] for box in drawn_boxes(page, to_display))
    shown_width, shown_height = (height, width) if rotation in (90, 270) else (width, height)
    return lay_out(run.runs, shown_width, shown_height, number=number, origin="pdf-text")


def _displayed(
    x0: float, y0: float, x1: float, y1: float, width: float, height: float, rotation: int
) -> tuple[float, float, float, float]:
    """A box in PDF space (origin bottom left) as displayed: (x0, top, x1, bottom), origin top
    left, after the page's /Rotate (clockwise)."""
    corners = [(x0, y0), (x1, y1)]
    if rotation == 90:
        points = [(y, x) for x, y in corners]
    elif rotation == 180:
        points = [(width - x, y) for x, y in corners]
    elif rotation == 270:
        points = [(height - y, width - x) for x, y in corners]
    else:
        points = [(x, height - y) for x, y in corners]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))
