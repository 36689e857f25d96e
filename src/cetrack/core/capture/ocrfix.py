"""Putting right what OCR commonly misreads in certificate text: labels, months, digits."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Final

from cetrack.core.capture.labels import (
    LABEL_RES,
    PLAIN_LABELS,
    ROLE_ORDER,
)
from cetrack.core.capture.text import CELL

_OCR_ONE = re.compile(
    r"(?<=\s)[|lI!](?=\s+(?:contact|ce\b|credit|hours?\b|p\.?a\.?c|cmle|ceu|accent|cmp|points?\b))",
    re.I,
)
# Table rules and borders read as "_—_", "|", "~": blanked, so they do not glue cells together.
_OCR_JUNK = re.compile(r"(?<!\S)(?=\S*[_|~^*•·=])[_|~^*•·=—–-]+(?!\S)")
# "P.A.G.E.": OCR reads the C of P.A.C.E. as a G (only with the dots: "page" is a word).
_OCR_PACE = re.compile(r"\bP\.\s?A\.\s?[GC]\.\s?E\b\.?")
# "2:5" in a credit column: a decimal point read as a colon.
_OCR_DECIMAL = re.compile(r"(?<![\d:])(\d):(5|25|75)(?![\d:])")
# OCR reads 0 as O, 1 as l or I: fixed inside tokens that are mostly digits ("2O25", "l.5").
_OCR_NUMBER = re.compile(r"(?<![A-Za-z])[0-9OoIl|]+(?:[.,/:-][0-9OoIl|]+)*(?![A-Za-z])")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


_CELL_START = re.compile(r"(?:(?<=\s{3})|^\s*)(?=\S)")


def fix_label(line: str) -> str:
    """OCR misspells labels ("Instractional Level"): a cell starting with words close to a
    known label gets the label's spelling."""
    out = line
    for start in [m.start() for m in _CELL_START.finditer(line)][:6]:
        rest = line[start:]
        cell = CELL.match(rest)
        if cell is None or any_label(cell.group(0)):
            continue
        words = cell.group(0).split()
        for count in (4, 3, 2, 1):
            if len(words) < count:
                continue
            head = " ".join(words[:count])
            bare = head.rstrip(":#.-").casefold()
            if len(bare) < 6 or not head[0].isupper():
                continue  # labels are capitalised; "participated in" is prose
            after = words[count] if count < len(words) else ""
            if not (
                head[-1] in ":#-"
                or not after
                or after[0] in ":#-"
                or after[0].isupper()
                or after[0].isdigit()
            ):
                continue
            match = _close_label(bare)
            if match is not None:
                spelled = match.upper() if head.isupper() else match.title()
                out = out[:start] + out[start:].replace(head.rstrip(":#.-"), spelled, 1)
                break
    return out


def any_label(text: str) -> bool:
    return any(LABEL_RES[role].match(text) for role in ROLE_ORDER if role != "ignore")


@lru_cache(maxsize=4096)
def _close_label(text: str) -> str | None:
    candidates = [p for p in PLAIN_LABELS if abs(len(p) - len(text)) <= 2 and p[0] == text[0]]
    for found in difflib.get_close_matches(text, candidates, n=3, cutoff=0.85):
        # Word by word: a misread letter or two ("Instractional"), not another word
        # ("Continuing Education Credit" is no misspelling of "... Units").
        words, wanted = text.split(), found.split()
        if len(words) == len(wanted) and all(
            difflib.SequenceMatcher(None, a, b).ratio() >= 0.75
            for a, b in zip(words, wanted, strict=True)
        ):
            return found
    return None


_MONTH_NAMES: Final = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
# A word in a date's place: "Rug. 13, 2023" (Aug.), "Moy 2, 2025" (May).
# A range of days too: "Apnil 25-26, 2025".
_OCR_MONTH = re.compile(
    r"\b([A-Za-z]{3,9})(\.?\s+[0-3]?\d(?:st|nd|rd|th)?(?:\s?[-–]\s?[0-3]?\d)?,?\s+(?:19|20)\d\d\b)"
)
# A name's suffix III or II read with small Ls ("Guillermo de la Fuente Ill", "IlI"): after a
# capitalised word, before the line's end, a comma or a degree.
_OCR_SUFFIX = re.compile(r"\b([A-Z][a-z]+ )([Il]{2,3})(?=,|[ \t]*$|\s{2})", re.M)


def _fix_month(match: re.Match[str]) -> str:
    word = match.group(1)
    if word.casefold() in _MONTH_NAMES:
        return match.group(0)
    close = difflib.get_close_matches(word.casefold(), _MONTH_NAMES, n=1, cutoff=0.6)
    if not close:
        return match.group(0)
    return f"{close[0].capitalize()}{match.group(2)}"


def _fix_digits(match: re.Match[str]) -> str:
    token = match.group(0)
    digits = sum(ch.isdigit() for ch in token)
    letters = sum(ch in "OoIl|" for ch in token)
    if digits == 0 or letters == 0 or letters > digits:
        return token
    return token.translate(_OCR_DIGITS)


def repair_digits(word: str) -> str:
    """One OCR word with O for 0 and l or I for 1 put right when it is mostly digits ("I3" is
    13), as `repair_text` puts it right in the page's text: the word keeps its own OCR
    confidence, so a credit read from an unclear "I3" is found on the page and checked."""
    return _OCR_NUMBER.sub(_fix_digits, word)


def repair_text(text: str) -> str:
    """What OCR commonly gets wrong in certificate text, put right: rules read as dashes and
    bars, P.A.G.E., misread months, a name's suffix III read as "Ill", O for 0 and l for 1 in
    numbers, a decimal point read as a
    colon, a lone 1 read as a bar before a unit."""
    text = _OCR_JUNK.sub(lambda m: " " * len(m.group(0)), text)
    text = _OCR_PACE.sub("P.A.C.E.", text)
    text = _OCR_MONTH.sub(_fix_month, text)
    text = _OCR_SUFFIX.sub(lambda m: m.group(1) + "I" * len(m.group(2)), text)
    text = _OCR_NUMBER.sub(_fix_digits, text)
    text = _OCR_DECIMAL.sub(r"\1.\2", text)
    return _OCR_ONE.sub("1", text)
