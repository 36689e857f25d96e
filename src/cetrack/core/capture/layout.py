"""A certificate page as positioned words: lines, columns, font sizes and where each word is.

A PDF's text layer (`pdf.py`, through pdfium's character boxes) and a scan or photo read by OCR
(`ocr.py`, word boxes) both become a `Page`: its words with their boxes and sizes, grouped into
printed lines. `Page.text` lays the lines out as text the way the certificate reader expects
it: one line per printed line, each word at its column so that table columns line up and are
apart by runs of three or more spaces, a blank line where the page has a vertical gap. So one
field reader serves text PDFs, scans and photos, and it can still ask where a line was printed
and how large (the letterhead band, the largest line, the footer), and the review screen can
show the region each field was read from.

Coordinates are in the page's own units (PDF points or image pixels), origin at the top left;
`Page.box` gives a region as fractions of the page, which any rendering of it can scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

# A box as fractions of the page: (x0, y0, x1, y1), origin at the top left.
Box = tuple[float, float, float, float]
MAX_WORDS: Final = 20_000  # words laid out per page; a page of print holds a few hundred


@dataclass(frozen=True, slots=True)
class Word:
    """One word where it is printed."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # font size (text layer) or glyph height (OCR), in page units
    conf: float = 100.0  # OCR confidence (0-100); 100 for a text layer
    bold: bool = False
    # Set apart from the word drawn before it by a space character (a text layer's own word
    # space); False when it was drawn on its own, at its own place (another cell).
    spaced: bool = True

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Line:
    """A printed line: its words left to right, and the column each starts at in `text`."""

    text: str
    words: tuple[Word, ...]
    starts: tuple[int, ...]

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        """The size of the line's print (the median of its words', by characters)."""
        sizes = sorted(w.size for w in self.words for _ in w.text)
        return sizes[len(sizes) // 2] if sizes else 0.0

    def words_between(self, start: int, end: int) -> list[Word]:
        """The words printed between two columns of `text`."""
        return [
            word
            for word, column in zip(self.words, self.starts, strict=True)
            if column < end and column + len(word.text) > start
        ]


@dataclass(frozen=True, slots=True)
class Page:
    """A page's printed lines, top to bottom; None stands for a vertical gap (a blank line)."""

    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line | None, ...]
    origin: str = "pdf-text"  # "pdf-text" | "ocr"

    @property
    def text(self) -> str:
        return "\n".join(line.text if line is not None else "" for line in self.lines)

    @property
    def body_size(self) -> float:
        """The size of the page's ordinary print: the median size over its characters."""
        sizes = sorted(w.size for line in self.lines if line for w in line.words for _ in w.text)
        return sizes[len(sizes) // 2] if sizes else 0.0

    def box(self, words: Sequence[Word]) -> Box | None:
        """The region covering `words`, as fractions of the page."""
        if not words or self.width <= 0 or self.height <= 0:
            return None
        x0 = max(0.0, min(w.x0 for w in words) / self.width)
        y0 = max(0.0, min(w.top for w in words) / self.height)
        x1 = min(1.0, max(w.x1 for w in words) / self.width)
        y1 = min(1.0, max(w.bottom for w in words) / self.height)
        return (round(x0, 4), round(y0, 4), round(x1, 4), round(y1, 4))


def lay_out(
    groups: Sequence[Sequence[Word]],
    width: float,
    height: float,
    *,
    number: int = 1,
    origin: str = "pdf-text",
) -> Page:
    """Words (in groups that each lie on one line, such as an OCR engine's lines or a text
    layer's runs) laid out as a page of lines. Groups side by side on the page share a line,
    whichever order they came in."""
    kept = [list(group) for group in groups if group]
    if sum(len(group) for group in kept) > MAX_WORDS:
        kept = _first_words(kept, MAX_WORDS)
    rows = _rows(kept)
    if not rows:
        return Page(number, width, height, (), origin)
    char_width = _median(
        [(w.x1 - w.x0) / len(w.text) for ws in rows for w in ws if len(w.text) > 1]
    )
    char_width = char_width or 6.0
    out: list[Line | None] = []
    previous: list[Word] | None = None
    for words in rows:
        if previous is not None:
            gap = min(w.top for w in words) - max(w.bottom for w in previous)
            tallest = max(_median([w.height for w in words]), _median([w.height for w in previous]))
            if gap > tallest:
                out.append(None)
        out.append(_line(words, char_width))
        previous = words
    return Page(number, width, height, tuple(out), origin)


def _line(words: list[Word], char_width: float) -> Line:
    """One printed line as text: words closer than a wide space joined by one space (a phrase,
    a cell), farther ones placed at their column (at least three spaces apart)."""
    line_width = _median([(w.x1 - w.x0) / len(w.text) for w in words if len(w.text) > 1])
    line_width = line_width or char_width
    # Wider than a word space (a monospaced space is a whole character) is a new column.
    space = max(2.0 * line_width, 0.8 * _median([w.height for w in words]))
    text = ""
    end = 0.0
    starts: list[int] = []
    for word in words:
        column = round(word.x0 / char_width)
        gap = word.x0 - end
        if text and gap < space and (word.spaced or gap < 0.45 * word.size):
            text += " "
        else:
            text += " " * max(3 if text else 0, column - len(text))
        starts.append(len(text))
        text += word.text
        end = word.x1
    return Line(text.rstrip(), tuple(words), tuple(starts))


def _rows(groups: list[list[Word]]) -> list[list[Word]]:
    """Groups merged into printed lines: groups that overlap vertically by at least half the
    smaller one's height are one line (two columns side by side, a label and its value in
    separate blocks). Top to bottom, words left to right."""
    rows: list[tuple[float, float, list[Word]]] = []
    for words in sorted(groups, key=lambda ws: _median([(w.top + w.bottom) / 2 for w in ws])):
        top = _median([w.top for w in words])
        bottom = _median([w.bottom for w in words])
        for index, (row_top, row_bottom, row_words) in enumerate(rows):
            overlap = min(bottom, row_bottom) - max(top, row_top)
            if overlap >= 0.5 * min(bottom - top, row_bottom - row_top):
                rows[index] = (min(top, row_top), max(bottom, row_bottom), row_words + words)
                break
        else:
            rows.append((top, bottom, list(words)))
    rows.sort(key=lambda row: row[0])
    out = []
    for _, _, words in rows:
        tall = _median([w.height for w in words])
        # A lone small letter in a line of print is a speck of dust.
        kept = [
            w
            for w in words
            if not (
                len(w.text) == 1
                and w.text.isalpha()
                and w.text not in "aAI"
                and w.height < 0.6 * tall
            )
        ]
        if kept:
            out.append(sorted(kept, key=lambda w: w.x0))
    return out


def _first_words(groups: list[list[Word]], limit: int) -> list[list[Word]]:
    out: list[list[Word]] = []
    left = limit
    for group in groups:
        if left <= 0:
            break
        out.append(group[:left])
        left -= len(group)
    return out


def _median(values: Sequence[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return float(ordered[len(ordered) // 2])
