"""Certificate text as lines and cells: what every step of the certificate reader works on.

The text is expected as `pdf.py` and `ocr.py` lay it out: one line per printed line, columns
kept apart by runs of three or more spaces, blank lines at vertical gaps. A cell is a run of
words on a line with at most two spaces between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

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
# "approved for | CE hours": a lone 1 read as a bar or a letter, before a unit.


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

    @classmethod
    def parse(cls, text: str, *, ocr: bool) -> Doc:
        text = text[:MAX_TEXT].replace("\r\n", "\n")
        # Double quotes typed or read as two single ones: ‘‘Title’’, ``Title''.
        text = re.sub(r"‘‘|’’|``|''", '"', text).translate(TRANSLATE)
        if ocr:
            from cetrack.core.capture.ocrfix import repair_text

            text = repair_text(text)
        lines = [line.rstrip() for line in text.split("\n")]
        if ocr:
            from cetrack.core.capture.ocrfix import fix_label

            lines = [fix_label(line) for line in lines]
        # Collapse runs of blank lines to one; drop leading/trailing blanks.
        kept: list[str] = []
        for line in lines:
            if line.strip() or (kept and kept[-1].strip()):
                kept.append(line)
        while kept and not kept[-1].strip():
            kept.pop()
        cells = [
            [Cell(m.group(0), number, m.start(), m.end()) for m in CELL.finditer(line)]
            for number, line in enumerate(kept)
        ]
        offsets: list[int] = []
        flat_parts: list[str] = []
        position = 0
        for line in kept:
            offsets.append(position)
            stripped = " ".join(line.split())
            flat_parts.append(stripped)
            position += len(stripped) + 1
        return cls(kept, cells, "\n".join(flat_parts), offsets, ocr)

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
