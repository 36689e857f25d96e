"""Certificate text as lines and cells: what every step of the certificate reader works on.

The text is expected as `pdf.py` and `ocr.py` lay it out: one line per printed line, columns
kept apart by runs of three or more spaces, blank lines at vertical gaps. A cell is a run of
words on a line with at most two spaces between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from cetrack.core.capture.layout import Line, Page

MAX_TEXT: Final = 200_000  # characters read from one certificate's text

# --- text into lines and cells ---------------------------------------------------------------

CELL = re.compile(r"\S+(?: {1,2}\S+)*")
TRANSLATE = str.maketrans(
    {
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": "    ",
        "\r": "\n",
        "\f": "\n\n",
        "\u00ad": None,
        "\u200b": None,
        "\ufeff": None,
        "\u2010": "-",
        "\u2011": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb00": "ff",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
    }
)


def _normalised(text: str, *, ocr: bool) -> str:
    """Typographic variants made plain (spaces, quotes, ligatures, soft hyphens); OCR's
    common misreadings put right."""
    text = text[:MAX_TEXT].replace("\r\n", "\n")
    # Double quotes typed or read as two single ones: ‘‘Title’’, ``Title''.
    text = re.sub(r"‘‘|’’|``|''", '"', text).translate(TRANSLATE)
    if ocr:
        from cetrack.core.capture.ocrfix import repair_text

        text = repair_text(text)
    return text


# Numeric dates with the day or month first: "05/06/2025", "21-03-2025".
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])([0-3]?\d)([/-])([01]?\d)\2((?:19|20)?\d\d)(?![\d/.-])")
_DAY_FIRST_MARK = re.compile(r"\b(?:dd|jj|tt)[/.-]mm[/.-](?:yyyy|yy|aaaa|jjjj)\b", re.I)


def _day_first(texts: Iterable[str]) -> bool:
    """Whether the document prints its numeric dates day first: it says so ("DD/MM/YYYY"), or
    one of them can only be read that way ("21/03/2025") and none only month first."""
    day_only = month_only = False
    for text in texts:
        if _DAY_FIRST_MARK.search(text):
            return True
        for match in _NUMERIC_DATE.finditer(text):
            first, second = int(match.group(1)), int(match.group(3))
            day_only |= first > 12 and second <= 12
            month_only |= second > 12
    return day_only and not month_only


def _as_day_first(text: str) -> str:
    """Numeric dates rewritten so the date reader takes them day first: with dots
    ("05/06/2025" -> "05.06.2025", the digits as printed, for the reviewer), a two-digit year
    month first ("05/06/25" -> "06/05/25"). The same length, so columns and positions stay."""

    def rewrite(match: re.Match[str]) -> str:
        day, sep, month, year = match.groups()
        return f"{day}.{month}.{year}" if len(year) == 4 else f"{month}{sep}{day}{sep}{year}"

    return _NUMERIC_DATE.sub(rewrite, text)


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    line: int
    start: int
    end: int


@dataclass
class Doc:
    lines: list[str]
    cells: list[list[Cell]]
    flat: str  # stripped lines joined by "\n" (blank lines kept: paragraph breaks)
    offsets: list[int]  # where each line starts in `flat`
    ocr: bool
    # Where each line was printed, when the text came from a laid-out page (None: a blank line,
    # or text without positions).
    geometry: list[Line | None] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    page_of: list[int] = field(default_factory=list)  # index into `pages`, per line

    @classmethod
    def parse(cls, text: str, *, ocr: bool) -> Doc:
        """A document from plain text (no positions)."""
        lines = _normalised(text, ocr=ocr).split("\n")
        return cls.build([(line, None, -1) for line in lines], ocr=ocr)

    @classmethod
    def of_pages(cls, pages: list[Page], *, ocr: bool) -> Doc:
        """A document from laid-out pages, each line keeping where it was printed."""
        rows: list[tuple[str, Line | None, int]] = []
        budget = MAX_TEXT
        for index, page in enumerate(pages):
            if rows:
                rows.append(("", None, index))
            for line in page.lines:
                text = _normalised(line.text, ocr=ocr) if line is not None else ""
                budget -= len(text) + 1
                if budget < 0:
                    break
                rows.append((text, line if text.strip() else None, index))
        doc = cls.build(rows, ocr=ocr)
        doc.pages = list(pages)
        return doc

    @classmethod
    def build(cls, rows: list[tuple[str, Line | None, int]], *, ocr: bool) -> Doc:
        """Lines (with their geometry and page) into cells and flat text: runs of blank lines
        become one, leading and trailing blank lines go."""
        if ocr:
            from cetrack.core.capture.ocrfix import fix_label

            rows = [(fix_label(text.rstrip()), line, page) for text, line, page in rows]
        if _day_first(text for text, _, _ in rows):
            rows = [(_as_day_first(text), line, page) for text, line, page in rows]
        kept: list[tuple[str, Line | None, int]] = []
        for text, line, page in rows:
            text = text.rstrip()
            if text.strip() or (kept and kept[-1][0].strip()):
                kept.append((text, line if text.strip() else None, page))
        while kept and not kept[-1][0].strip():
            kept.pop()
        texts = [text for text, _, _ in kept]
        cells = [
            _colons_to_labels(
                [Cell(m.group(0), number, m.start(), m.end()) for m in CELL.finditer(line)]
            )
            for number, line in enumerate(texts)
        ]
        offsets: list[int] = []
        flat_parts: list[str] = []
        position = 0
        for text in texts:
            offsets.append(position)
            stripped = " ".join(text.split())
            flat_parts.append(stripped)
            position += len(stripped) + 1
        return cls(
            texts,
            cells,
            "\n".join(flat_parts),
            offsets,
            ocr,
            [line for _, line, _ in kept],
            [],
            [page for _, _, page in kept],
        )

    def left_of(self, cell: Cell) -> float | None:
        """Where the cell's first word starts on the page (its x), when there are positions."""
        line = self.geometry[cell.line] if cell.line < len(self.geometry) else None
        if line is None:
            return None
        words = line.words_between(cell.start, cell.start + 1) or line.words_between(
            cell.start, cell.end
        )
        return words[0].x0 if words else None

    def aligned(self, upper: Cell, lower: Cell) -> bool:
        """Whether `lower` starts where `upper` does (a value under its label): by position on
        the page when known (proportional print puts characters anywhere), else by column."""
        top, bottom = self.left_of(upper), self.left_of(lower)
        line = self.geometry[upper.line] if upper.line < len(self.geometry) else None
        if top is not None and bottom is not None and line is not None:
            return abs(top - bottom) <= 0.8 * line.size
        return (
            lower.start <= upper.end + 2
            and lower.end >= upper.start - 2
            and abs(lower.start - upper.start) <= 4
        )

    def line_at(self, offset: int) -> int:
        """The line holding `flat[offset]`."""
        low, high = 0, len(self.offsets) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.offsets[middle] <= offset:
                low = middle
            else:
                high = middle - 1
        return low

    def flat_line(self, number: int) -> str:
        start = self.offsets[number]
        end = self.offsets[number + 1] - 1 if number + 1 < len(self.offsets) else len(self.flat)
        return self.flat[start:end]


def _colons_to_labels(cells: list[Cell]) -> list[Cell]:
    """Colons set in a column of their own ("To        : Jane Doe", "Date   :   2 May 2025")
    moved back to the label they end, so "To:" reads as a label and its value as the next cell."""
    out: list[Cell] = []
    for cell in cells:
        if out and cell.text.startswith(":") and not out[-1].text.endswith(":"):
            previous = out[-1]
            out[-1] = Cell(previous.text + ":", previous.line, previous.start, previous.end)
            rest = cell.text[1:].lstrip()
            if rest:
                start = cell.end - len(rest)
                out.append(Cell(rest, cell.line, start, cell.end))
            continue
        out.append(cell)
    return out
