"""Text from scanned certificates and photos, through the Tesseract command-line program.

Tesseract runs as a subprocess (no Python binding): one process per image, with a timeout,
one thread, and a minimal environment. Images are checked before they are decoded (pixel
count against `Limits.max_pixels`, so a small file cannot expand into gigabytes; a PNG or JPEG
whose end is missing is refused), then turned upright (EXIF orientation), grey, scaled so that
ordinary print is large enough to read, and straightened when scanned a few degrees askew.

Tesseract's TSV output (every word with its box) is turned back into text laid out like the
page (`layout_text`): one line per printed line, columns apart by runs of spaces, blank lines
at gaps - the same shape as pypdf's layout mode, so one field reader serves both. A second,
cheap pass reads ink the first pass left uncovered (a very large name, a lone digit).

Without Tesseract every call returns a `CaptureError` with code "no-ocr"; the file is kept and
the person enters the activity by hand.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import subprocess
import time
import warnings
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from PIL import Image, UnidentifiedImageError

from cetrack.core.capture.draft import DEFAULT_LIMITS, CaptureError, Limits
from cetrack.core.capture.layout import Page, Word, lay_out
from cetrack.core.capture.ocrfix import repair_digits
from cetrack.core.capture.preprocess import prepare

NO_OCR_MESSAGE: Final = (
    "Tesseract OCR is not installed, so this scan could not be read; the file is kept for "
    "manual entry (install the Debian package tesseract-ocr)"
)
OCR_DISABLED_MESSAGE: Final = (
    "This is a scan and text recognition is turned off, so it could not be read; the file is "
    "kept for manual entry"
)
# Image formats a certificate scan or photo comes in; anything else is refused unread.
FORMATS: Final = ("PNG", "JPEG", "JPEG2000", "TIFF", "BMP", "GIF", "WEBP")
# Tesseract's page segmentation: 6 reads the page as one block, which keeps a table row's cells
# and lone digits in a column (3 and 11 lose them); what it skips, such as a certificate's very
# large name, is read by the second pass over the uncovered ink (`_gap_words`).
PAGE_SEGMENTATION = "6"
# Tesseract's models: the Latin-script one (Debian package tesseract-ocr-script-latn) reads the
# accented letters of names (Huamán, Sørensen, Nguyễn) that the English one reads bare or drops
# with the whole line; without it the English one is used, with a notice in the log.
LATIN_SCRIPT: Final = "Latin"
ENGLISH: Final = "eng"
# The second pass (a few short patches) reads with the English model: loading the Latin one
# costs about 0.3 s more CPU per Tesseract process, and measured on the development scans and
# photos the patches were read as well either way.
GAP_LANGUAGE: Final = ENGLISH

_log = logging.getLogger(__name__)


@cache
def _tesseract() -> str | None:
    return shutil.which("tesseract")


@cache
def page_language() -> str:
    """The model Tesseract reads pages with: Latin script when installed, else English."""
    if LATIN_SCRIPT in installed_languages():
        return LATIN_SCRIPT
    _log.warning(
        "Tesseract's Latin-script model is not installed, so accented letters in scans are "
        "read without their accents (install the Debian package tesseract-ocr-script-latn)"
    )
    return ENGLISH


@cache
def installed_languages() -> frozenset[str]:
    """The models Tesseract has (`tesseract --list-langs`), looked up once per process."""
    program = _tesseract()
    if program is None:
        return frozenset()
    try:
        listed = subprocess.run(
            [program, "--list-langs"],
            capture_output=True,
            timeout=20,
            check=False,
            env=_environment(),
        )
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    # The first line is a heading ("List of available languages in ...").
    lines = listed.stdout.decode("utf-8", "replace").splitlines()[1:]
    return frozenset(line.strip() for line in lines if line.strip())


def ocr_available() -> bool:
    """Whether the `tesseract` program is on PATH (looked up once per process)."""
    return _tesseract() is not None


def open_image(
    content: bytes, limits: Limits = DEFAULT_LIMITS, *, where: str | None = None
) -> Image.Image | CaptureError:
    """Decode an image file, refusing oversized, corrupt and unknown ones before decoding."""
    return _opened(content, limits, where, decode=True)


def check_image(
    content: bytes, limits: Limits = DEFAULT_LIMITS, *, where: str | None = None
) -> CaptureError | None:
    """Why an image file would be refused (size, pixels, truncation, damage), without decoding
    its pixels: the check every certificate upload gets, the same as before a scan is read."""
    try:
        opened = _opened(content, limits, where, decode=False)
    except Exception as error:  # Pillow's verify raises many types; any of them means damaged
        return CaptureError("corrupt", f"The image is damaged ({_short(error)})", where)
    if isinstance(opened, CaptureError):
        return opened
    opened.close()
    return None


def _opened(
    content: bytes, limits: Limits, where: str | None, *, decode: bool
) -> Image.Image | CaptureError:
    if len(content) > limits.max_bytes:
        return CaptureError(
            "too-large",
            f"The image is {_mb(len(content))}; images are read up to {_mb(limits.max_bytes)}",
            where,
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(content), formats=FORMATS)
            width, height = image.size  # from the header, before any pixel is decoded
            if width <= 0 or height <= 0:
                return CaptureError("corrupt", "The image has no pixels", where)
            if width * height > limits.max_pixels:
                return _too_many_pixels(width, height, limits, where)
            if _cut_short(content, image.format):
                # Checked here, not left to Pillow: another library in the process (WeasyPrint)
                # tells Pillow to load truncated images silently.
                return CaptureError(
                    "corrupt",
                    "The image is truncated (its end is missing); upload the complete file",
                    where,
                )
            if decode:
                image.load()
            else:
                image.verify()  # the structure and checksums, without the pixels
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        claimed = re.search(r"\((\d+) pixels\)", str(error))
        size = f"{int(claimed.group(1)):,} pixels" if claimed else "far too many pixels"
        return CaptureError(
            "too-large",
            f"The image has {size}; scans are read up to {limits.max_pixels / 1e6:g} megapixels",
            where,
        )
    except UnidentifiedImageError:
        return CaptureError(
            "unsupported", "The file is not an image this reader knows (PNG or JPEG)", where
        )
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError, IndexError) as error:
        return CaptureError(
            "corrupt", f"The image is damaged or truncated ({_short(error)})", where
        )
    return image


def _cut_short(content: bytes, kind: str | None) -> bool:
    """Whether a PNG lacks its closing IEND chunk, or a JPEG its end-of-image marker."""
    if kind == "PNG":
        return b"IEND" not in content[-64:]
    if kind == "JPEG":
        return b"\xff\xd9" not in content[-4096:]
    return False


def ocr_image(
    image: bytes | Image.Image, limits: Limits = DEFAULT_LIMITS, *, where: str | None = None
) -> str | CaptureError:
    """The text Tesseract reads in the image (lines kept, columns separated by runs of spaces),
    or why it could not be read. A damaged or oversized image is reported as such even when
    Tesseract is missing."""
    page = ocr_page(image, limits, where=where)
    return page if isinstance(page, CaptureError) else page.text


def ocr_page(
    image: bytes | Image.Image,
    limits: Limits = DEFAULT_LIMITS,
    *,
    where: str | None = None,
    number: int = 1,
) -> Page | CaptureError:
    """The words OCR reads in the image, laid out as a page (boxes as fractions of the
    prepared image, which has the original's proportions), or why it could not be read."""
    if isinstance(image, bytes):
        opened = open_image(image, limits, where=where)
        if isinstance(opened, CaptureError):
            return opened
        image = opened
    width, height = image.size
    if width * height > limits.max_pixels:
        return _too_many_pixels(width, height, limits, where)
    if not ocr_available():
        return CaptureError("no-ocr", NO_OCR_MESSAGE, where)
    try:
        prepared = prepare(image)
    except (OSError, ValueError, MemoryError) as error:
        return CaptureError("corrupt", f"The image could not be prepared ({_short(error)})", where)
    words = _run_tesseract(prepared, limits, where)
    if isinstance(words, CaptureError):
        return words
    return lay_out(words, prepared.width, prepared.height, number=number, origin="ocr")


def _run_tesseract(
    image: Image.Image, limits: Limits, where: str | None
) -> list[list[Word]] | CaptureError:
    started = time.monotonic()
    tsv = _tesseract_tsv(image, limits.ocr_timeout_seconds, where, page_language())
    if isinstance(tsv, CaptureError):
        return tsv
    groups = _words(tsv)
    # Text Tesseract's page pass leaves out (a certificate's big name, a lone "1" in a table
    # column): read once more, all such spots pasted onto one small page.
    left = limits.ocr_timeout_seconds - (time.monotonic() - started)
    if left > 1:
        groups.extend(_gap_words(image, [w for ws in groups for w in ws], left, where))
    return [[_placed(word) for word in group] for group in groups]


def _placed(word: _Word) -> Word:
    return Word(
        repair_digits(word.text),
        word.left,
        word.top,
        word.left + word.width,
        word.top + word.height,
        word.height,
        word.conf,
    )


def _environment() -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "OMP_THREAD_LIMIT": "1",
        "LC_ALL": "C.UTF-8",
    }
    if "TESSDATA_PREFIX" in os.environ:
        env["TESSDATA_PREFIX"] = os.environ["TESSDATA_PREFIX"]
    return env


def _tesseract_tsv(
    image: Image.Image, timeout: float, where: str | None, language: str
) -> str | CaptureError:
    program = _tesseract()
    if program is None:
        return CaptureError("no-ocr", NO_OCR_MESSAGE, where)
    buffer = io.BytesIO()
    image.convert("L").save(buffer, "PPM")  # uncompressed: nothing to spend on encoding
    # The TSV output gives each word's box, from which the page's layout is rebuilt.
    command = [program, "stdin", "stdout", "-l", language, "--psm", PAGE_SEGMENTATION, "tsv"]
    try:
        done = subprocess.run(
            command,
            input=buffer.getvalue(),
            capture_output=True,
            timeout=timeout,
            env=_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return CaptureError(
            "ocr-timeout",
            f"Text recognition took longer than {timeout:g} seconds and was stopped; the file "
            "is kept for manual entry",
            where,
        )
    except OSError as error:
        return CaptureError(
            "ocr-failed", f"Tesseract could not be started ({_short(error)})", where
        )
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return CaptureError(
            "ocr-failed",
            "Tesseract could not read this image" + (f" ({_short(detail[-1])})" if detail else ""),
            where,
        )
    return done.stdout.decode("utf-8", "replace")


_CELL = 8  # pixels per cell of the coarse grid the gap search works on
_PAD = 12
_MAX_GAPS = 60


def _gap_words(
    image: Image.Image, words: list[_Word], timeout: float, where: str | None
) -> list[list[_Word]]:
    """Words in the ink no recognised word covers (see `_gap_boxes`), read in one more pass."""
    boxes = _gap_boxes(image, words)
    if not boxes:
        return []
    return _read_gaps(image, words, boxes, timeout, where)


def _gap_boxes(image: Image.Image, words: list[_Word]) -> list[tuple[int, int, int, int]]:
    """The patches of ink no recognised word covers (long rules and borders aside), as boxes:
    a certificate's very large name, a lone digit in a table column."""
    import numpy as np

    pixels = np.asarray(image, dtype=np.uint8)
    ink = pixels < 140
    height, width = ink.shape
    if height < 4 * _CELL or width < 4 * _CELL:
        return []
    # Borders and ruled lines: rows or columns mostly inked.
    ink[ink.mean(axis=1) > 0.3, :] = False
    ink[:, ink.mean(axis=0) > 0.3] = False
    rows, cols = height // _CELL, width // _CELL
    grid = (
        ink[: rows * _CELL, : cols * _CELL].reshape(rows, _CELL, cols, _CELL).sum(axis=(1, 3)) >= 2
    )
    for word in words:
        top = max(0, (word.top - _CELL) // _CELL)
        left = max(0, (word.left - _CELL) // _CELL)
        grid[
            top : (word.top + word.height + _CELL) // _CELL + 1,
            left : (word.left + word.width + _CELL) // _CELL + 1,
        ] = False
    patches = _patches(grid)
    boxes: list[tuple[int, int, int, int]] = []
    for cells in patches:
        ys = [y for y, _ in cells]
        xs = [x for _, x in cells]
        if len(cells) < 0.3 * (max(ys) - min(ys) + 1) * (max(xs) - min(xs) + 1):
            continue  # sparse: the corner of a border, a frame, not a line of print
        y0, y1 = min(ys) * _CELL, (max(ys) + 1) * _CELL
        x0, x1 = min(xs) * _CELL, (max(xs) + 1) * _CELL
        found = np.nonzero(ink[y0:y1, x0:x1])
        if len(found[0]) < 25:
            continue
        ink_top, ink_bottom = y0 + int(found[0].min()), y0 + int(found[0].max()) + 1
        ink_left, ink_right = x0 + int(found[1].min()), x0 + int(found[1].max()) + 1
        ink_height, ink_width = ink_bottom - ink_top, ink_right - ink_left
        if ink_height < 10 or ink_height > 300 or ink_width > 15 * ink_height + 200:
            continue  # a rule, a signature line, a picture
        boxes.append((ink_left, ink_top, ink_right, ink_bottom))
        if len(boxes) >= _MAX_GAPS:
            break
    return boxes


def _read_gaps(
    image: Image.Image,
    words: list[_Word],
    boxes: list[tuple[int, int, int, int]],
    timeout: float,
    where: str | None,
) -> list[list[_Word]]:
    """The patches pasted one under another on a blank page that Tesseract reads in one go;
    the words found are put back where their patch was."""
    width, height = image.size
    # Small patches (a lone digit) are enlarged: Tesseract misreads tiny glyphs out of context.
    crops: list[Image.Image] = []
    scales: list[int] = []
    # Words already read are blanked, so a patch's margin cannot read them a second time.
    blanked = image.copy()
    for word in words:
        blanked.paste(255, (word.left, word.top, word.left + word.width, word.top + word.height))
    for x0, y0, x1, y1 in boxes:
        crop = blanked.crop(
            (max(0, x0 - _PAD), max(0, y0 - _PAD), min(width, x1 + _PAD), min(height, y1 + _PAD))
        )
        scale = 2 if y1 - y0 < 32 else 1
        if scale > 1:
            crop = crop.resize((crop.width * scale, crop.height * scale), Image.Resampling.LANCZOS)
        crops.append(crop)
        scales.append(scale)
    sheet_width = max(c.width for c in crops) + 40
    sheet_height = sum(c.height + 30 for c in crops) + 30
    sheet = Image.new("L", (sheet_width, sheet_height), 255)
    offsets: list[int] = []
    y = 30
    for crop in crops:
        sheet.paste(crop, (20, y))
        offsets.append(y)
        y += crop.height + 30
    tsv = _tesseract_tsv(sheet, timeout, where, GAP_LANGUAGE)
    if isinstance(tsv, CaptureError):
        return []
    out: list[list[_Word]] = []
    for group in _words(tsv):
        placed: list[_Word] = []
        for word in group:
            middle = word.top + word.height / 2
            for (x0, y0, _, _), crop, offset, scale in zip(
                boxes, crops, offsets, scales, strict=True
            ):
                if offset <= middle < offset + crop.height:
                    if (len(word.text) > 1 and word.conf >= 55) or (
                        word.text.replace(".", "").isdigit() and word.conf >= 30
                    ):
                        placed.append(
                            _Word(
                                (word.left - 20) // scale + max(0, x0 - _PAD),
                                (word.top - offset) // scale + max(0, y0 - _PAD),
                                word.width // scale,
                                word.height // scale,
                                word.conf,
                                word.text,
                            )
                        )
                    break
        if placed:
            out.append(placed)
    return out


def _patches(grid: Any) -> list[list[tuple[int, int]]]:
    """Groups of inked grid cells close enough to be one word or line (8-connected, with gaps
    of up to three cells along a line)."""
    import numpy as np

    todo = {(int(y), int(x)) for y, x in zip(*np.nonzero(grid), strict=True)}
    if len(todo) > 20_000:
        return []  # a photograph or a texture, not text
    patches: list[list[tuple[int, int]]] = []
    while todo:
        start = todo.pop()
        patch = [start]
        stack = [start]
        while stack:
            y, x = stack.pop()
            for dy in (-1, 0, 1):
                for dx in range(-3, 4):
                    neighbour = (y + dy, x + dx)
                    if neighbour in todo:
                        todo.remove(neighbour)
                        patch.append(neighbour)
                        stack.append(neighbour)
        patches.append(patch)
    patches.sort(key=len, reverse=True)
    return patches


@dataclass(frozen=True, slots=True)
class _Word:
    left: int
    top: int
    width: int
    height: int
    conf: float
    text: str


def layout_text(tsv: str) -> str:
    """Tesseract's TSV (one row per word, with its box) as text laid out like the page: one line
    per printed line (words side by side on the page share a line, whichever block Tesseract put
    them in), each word at its column so that table columns line up and are separated by runs of
    spaces, like a text layer's layout; a blank line where the page has a vertical gap."""
    groups = [[_placed(word) for word in group] for group in _words(tsv)]
    if not groups:
        return ""
    right = max(w.x1 for group in groups for w in group)
    bottom = max(w.bottom for group in groups for w in group)
    return lay_out(groups, right, bottom, origin="ocr").text + "\n"


def _words(tsv: str) -> list[list[_Word]]:
    """Tesseract's lines of words from its TSV, noise left out."""
    groups: dict[tuple[str, str, str], list[_Word]] = {}
    for row in tsv.splitlines()[1:]:
        parts = row.split("\t")
        if len(parts) != 12 or parts[0] != "5" or not parts[11].strip():
            continue
        try:
            left, top, width, height = (int(value) for value in parts[6:10])
            word = _Word(left, top, width, height, float(parts[10]), parts[11].strip())
        except ValueError:
            continue
        if _speck(word):
            continue
        groups.setdefault((parts[2], parts[3], parts[4]), []).append(word)
    return [words for words in groups.values() if _line_conf(words) >= _MIN_LINE_CONF]


def _speck(word: _Word) -> bool:
    """Noise read as a letter or two: dust, a seal's edge, a flourish."""
    return len(word.text) <= 2 and not any(ch.isdigit() for ch in word.text) and word.conf < 60


_MIN_LINE_CONF = 25.0  # below this a "line" is noise: a ruled line, a seal, a smudge


def _line_conf(words: list[_Word]) -> float:
    scores = [w.conf for w in words if w.conf >= 0]
    return sum(scores) / len(scores) if scores else 0.0


def _too_many_pixels(width: int, height: int, limits: Limits, where: str | None) -> CaptureError:
    return CaptureError(
        "too-large",
        f"The image is {width:,} × {height:,} pixels; scans are read up to "
        f"{limits.max_pixels / 1e6:g} megapixels (a letter page at 300 dpi is about 8.4)",
        where,
    )


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _short(error: object, limit: int = 160) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
