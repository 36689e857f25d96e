"""Text out of certificate PDFs, page by page, safely.

`read_pdf` never raises for bad input: a file that is too large, not a PDF, encrypted, damaged
or truncated, or has too many pages comes back as a `PdfText` with a located `CaptureError`.
Pages with a text layer are read with pypdf in layout mode (visual lines, columns kept apart by
runs of spaces). Pages without one (scans) have their embedded images read by Tesseract
(`ocr.py`), each image's size checked against `Limits` before it is decoded.

Limits: `max_bytes` (the file), `max_pages`, `max_pixels` (one image, by its declared size and
again by its real size), pypdf's own decompression caps tied to these, and for a whole file
`Limits.extra["max_total_pixels"]` (default 4 × max_pixels) and
`Limits.extra["ocr_total_seconds"]` (default 3 × ocr_timeout_seconds).
"""

from __future__ import annotations

import io
import re
import time
import warnings
from dataclasses import dataclass, replace
from typing import Any, Final

import pypdf
from PIL import Image
from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, NameObject, StreamObject

from cetrack.core.capture.draft import DEFAULT_LIMITS, CaptureError, Limits
from cetrack.core.capture.layout import Page
from cetrack.core.capture.ocr import (
    NO_OCR_MESSAGE,
    OCR_DISABLED_MESSAGE,
    ocr_available,
    ocr_page,
    open_image,
)
from cetrack.core.capture.pdfwords import open_positioned
from cetrack.core.capture.sniff import PDF, sniff

# A page with fewer letters and digits than this in its text layer is treated as a scan.
MIN_TEXT_CHARS: Final = 20
# Images smaller than this (logos, signatures, rules) are not worth reading.
MIN_IMAGE_SIDE: Final = 200
_MAX_FORM_DEPTH: Final = 3
_BLANK_RUNS: Final = re.compile(r"\n(?:[ \t]*\n)+")


@dataclass(frozen=True, slots=True)
class PdfText:
    """What a PDF yielded: per page, its text and where that came from ("pdf-text", "ocr" or ""
    when the page gave nothing), and the file's errors."""

    pages: tuple[str, ...] = ()
    origins: tuple[str, ...] = ()
    errors: tuple[CaptureError, ...] = ()
    page_count: int = 0
    layouts: tuple[Page | None, ...] = ()  # per page, the words with their positions

    @property
    def text(self) -> str:
        return "\n\f\n".join(page for page in self.pages if page.strip())


def read_pdf(content: bytes, limits: Limits = DEFAULT_LIMITS, *, ocr: bool = True) -> PdfText:
    """Text per page of the PDF in `content`; errors as data, never an exception."""
    if len(content) > limits.max_bytes:
        return _fail(
            "too-large",
            f"The PDF is {_mb(len(content))}; certificates are read up to {_mb(limits.max_bytes)}",
        )
    if sniff(content) != PDF:
        return _fail(
            "unsupported",
            "The file is not a PDF (it does not begin with the %PDF- header), whatever its name",
        )
    try:
        with warnings.catch_warnings(), pypdf.apply_configuration(**_configuration(limits)):
            warnings.simplefilter("ignore")
            return _read(content, limits, ocr=ocr)
    except Exception as error:  # pypdf raises many kinds; a hostile file must not escape
        return _fail("corrupt", _damaged(error))


def _configuration(limits: Limits) -> dict[str, Any]:
    """pypdf's own decompression limits, tied to ours: no stream may inflate beyond what the
    largest acceptable scan needs (4 bytes a pixel), nor beyond 4x the file size limit."""
    cap = max(limits.max_pixels * 4, limits.max_bytes * 4, 1 << 20)
    return {
        "zlib_maximum_output_length": cap,
        "lzw_maximum_output_length": cap,
        "run_length_maximum_output_length": cap,
        "jbig2_maximum_output_length": cap,
        "brotli_maximum_output_length": cap,
        "image_maximum_buffer_size": cap,
        "array_based_stream_maximum_output_length": cap,
        "jbig2dec_binary": None,  # never start another program on a hostile file
    }


def _read(content: bytes, limits: Limits, *, ocr: bool) -> PdfText:
    opened = _open(content)
    if isinstance(opened, PdfText):
        return opened
    reader = opened
    try:
        count = len(reader.pages)
    except Exception as error:
        return _fail("corrupt", _damaged(error))
    if count == 0:
        return _fail("corrupt", "The PDF has no pages")
    if count > limits.max_pages:
        return PdfText(
            errors=(
                CaptureError(
                    "too-many-pages",
                    f"The PDF has {count:,} pages; certificates are read up to "
                    f"{limits.max_pages} pages. Upload the certificate pages on their own",
                ),
            ),
            page_count=count,
        )
    pages = _Pages(reader, content, limits, ocr=ocr)
    try:
        for number in range(count):
            pages.read(number)
    finally:
        pages.close()
    if not any(page.strip() for page in pages.texts) and not pages.errors:
        pages.errors.append(
            CaptureError(
                "no-text",
                "The PDF has neither text nor a scanned image to read (its text may be drawn "
                "as shapes); enter the activity by hand",
            )
        )
    return PdfText(
        tuple(pages.texts),
        tuple(pages.origins),
        tuple(pages.errors),
        count,
        tuple(pages.layouts),
    )


def _open(content: bytes) -> pypdf.PdfReader | PdfText:
    """The PDF opened (and decrypted, when only an owner password protects it), or why not."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(content), strict=False)
    except Exception as error:
        return _fail("corrupt", _damaged(error))
    if not reader.is_encrypted:
        return reader
    try:
        # Learning platforms protect certificates with an owner password only (printing and
        # copying rules, often AES): the empty user password opens them.
        opened = reader.decrypt("") != pypdf.PasswordType.NOT_DECRYPTED
    except Exception as error:  # a malformed /Encrypt, an unknown security handler
        return _fail(
            "encrypted",
            "The PDF is encrypted and could not be opened here "
            f"({_short(error)}); save or print it to a new PDF without protection and "
            "upload that",
        )
    if not opened:
        return _fail(
            "encrypted",
            "The PDF is protected by a password; save or print it to a new PDF without a "
            "password and upload that",
        )
    return reader


class _Pages:
    """Reads a PDF page by page: the text layer with positions (pdfium), or else the page's
    scanned images through OCR, within the file's pixel and time budget."""

    def __init__(self, reader: pypdf.PdfReader, content: bytes, limits: Limits, *, ocr: bool):
        self.reader = reader
        self.limits = limits
        self.ocr = ocr
        self.texts: list[str] = []
        self.origins: list[str] = []
        self.layouts: list[Page | None] = []
        self.errors: list[CaptureError] = []
        self.budget = _Budget(limits)
        self.ocr_refused = False
        self.positioned = open_positioned(content)

    def close(self) -> None:
        if self.positioned is not None:
            self.positioned.close()

    def add(self, text: str, origin: str, layout: Page | None = None) -> None:
        self.texts.append(text)
        self.origins.append(origin)
        self.layouts.append(layout)

    def read(self, number: int) -> None:
        where = f"page {number + 1}"
        try:
            page = self.reader.pages[number]
        except Exception as error:
            self.errors.append(CaptureError("corrupt", _damaged(error), where))
            self.add("", "")
            return
        layout = self._layout(page, number, where)
        text = layout.text if layout is not None else _page_text(page, where, self.errors)
        if _letters(text) >= MIN_TEXT_CHARS:
            self.add(text, "pdf-text", layout)
            return
        images = _image_streams(page, where, self.limits, self.errors)
        if not images:
            self.add(text, "pdf-text" if text.strip() else "", layout)
            return
        read = [found for stream in images if (found := self._ocr(stream, number, where))]
        if not read:
            self.add(text, "")
        else:
            joined = "\n".join(found.text for found in read)
            self.add(joined, "ocr", read[0] if len(read) == 1 else None)

    def _layout(self, page: Any, number: int, where: str) -> Page | None:
        """The page's text layer with positions, when pdfium opened the file and the page's
        content streams stay within the limits (pypdf inflates them under its caps first)."""
        if self.positioned is None:
            return None
        try:
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
        except LimitReachedError:
            return None  # pypdf's own reading reports it
        except Exception:
            return None
        return self.positioned.page(number)

    def _ocr(self, stream: StreamObject, number: int, where: str) -> Page | None:
        # Size and pixel limits first, so a bomb is refused the same way with or without
        # Tesseract; only an image that passes them needs OCR.
        image = _decode(stream, where, self.limits, self.errors)
        if image is None or not self.budget.admit(image, where, self.errors):
            return None
        if not self.ocr or not ocr_available():
            if not self.ocr_refused:
                message = NO_OCR_MESSAGE if self.ocr else OCR_DISABLED_MESSAGE
                self.errors.append(CaptureError("no-ocr", message, where))
                self.ocr_refused = True
            return None
        found = self.budget.read(image, where, self.errors, number + 1)
        return found if found is not None and found.text.strip() else None


def _page_text(page: Any, where: str, errors: list[CaptureError]) -> str:
    try:
        text = str(page.extract_text(extraction_mode="layout"))
        # Layout mode keeps vertical gaps as blank lines; one marks a paragraph break.
        return _BLANK_RUNS.sub("\n\n", text).strip("\n")
    except Exception:
        pass
    try:
        # Layout mode is the stricter reader; the plain one copes with more odd fonts.
        return str(page.extract_text())
    except Exception as error:
        errors.append(
            CaptureError("corrupt", f"The page's text could not be read ({_short(error)})", where)
        )
        return ""


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


class _Budget:
    """Total pixels decoded and seconds spent in OCR for one file."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.pixels_left = limits.extra.get("max_total_pixels", limits.max_pixels * 4)
        self.deadline = time.monotonic() + limits.extra.get(
            "ocr_total_seconds", int(limits.ocr_timeout_seconds * 3)
        )

    def admit(self, image: Image.Image, where: str, errors: list[CaptureError]) -> bool:
        """Counts the image against the file's pixel budget; False (with an error) when over."""
        pixels = image.width * image.height
        if pixels > self.pixels_left:
            errors.append(
                CaptureError(
                    "too-large",
                    "The PDF holds more scanned image data than the reader accepts; the rest of "
                    "it was not read",
                    where,
                )
            )
            return False
        self.pixels_left -= pixels
        return True

    def read(
        self, image: Image.Image, where: str, errors: list[CaptureError], number: int
    ) -> Page | None:
        """OCR of an admitted image within the file's time budget."""
        seconds = self.deadline - time.monotonic()
        if seconds <= 1:
            errors.append(
                CaptureError(
                    "ocr-timeout",
                    "Text recognition ran out of time on this file; the rest was not read",
                    where,
                )
            )
            return None
        limits = self.limits
        if seconds < limits.ocr_timeout_seconds:
            limits = replace(limits, ocr_timeout_seconds=seconds)
        found = ocr_page(image, limits, where=where, number=number)
        if isinstance(found, CaptureError):
            errors.append(found)
            return None
        return found


def _image_streams(
    page: Any, where: str, limits: Limits, errors: list[CaptureError]
) -> list[StreamObject]:
    """The page's image XObjects worth reading (not decoded yet); those too large for the
    limits are refused here from their declared size."""
    found: list[StreamObject] = []
    try:
        stack: list[tuple[Any, int]] = [(page.get("/Resources"), 0)]
        seen: set[int] = set()
        while stack and len(seen) < 500:
            resources, depth = stack.pop()
            resources = resources.get_object() if resources is not None else None
            if not isinstance(resources, DictionaryObject):
                continue
            xobjects = resources.get("/XObject")
            xobjects = xobjects.get_object() if xobjects is not None else None
            if not isinstance(xobjects, DictionaryObject):
                continue
            for name in list(xobjects.keys())[:200]:
                obj = xobjects[name].get_object()
                if not isinstance(obj, StreamObject) or id(obj) in seen:
                    continue
                seen.add(id(obj))
                subtype = obj.get("/Subtype")
                if subtype == "/Form" and depth < _MAX_FORM_DEPTH:
                    stack.append((obj.get("/Resources"), depth + 1))
                elif subtype == "/Image" and _worth_reading(obj, where, limits, errors):
                    found.append(obj)
    except Exception as error:
        errors.append(
            CaptureError("corrupt", f"The page's images could not be read ({_short(error)})", where)
        )
    return found


def _worth_reading(
    obj: StreamObject, where: str, limits: Limits, errors: list[CaptureError]
) -> bool:
    width, height = _value(obj, "/Width"), _value(obj, "/Height")
    if not isinstance(width, int) or not isinstance(height, int) or width <= 0 or height <= 0:
        return False
    if _value(obj, "/ImageMask") is True or min(width, height) < MIN_IMAGE_SIDE:
        return False  # a stencil, a logo or a rule
    if width * height > limits.max_pixels:
        errors.append(_too_many_pixels(width, height, limits, where))
        return False
    return True


def _value(obj: StreamObject, key: str) -> object:
    """A plain Python value for `key` (indirect references resolved; pypdf's BooleanObject is
    always truthy, so booleans are unwrapped)."""
    found = obj.get(key)
    if found is None:
        return None
    found = found.get_object() if hasattr(found, "get_object") else found
    if isinstance(found, BooleanObject):
        return bool(found.value)
    return int(found) if isinstance(found, int) else found


def _decode(
    obj: StreamObject, where: str, limits: Limits, errors: list[CaptureError]
) -> Image.Image | None:
    filters = obj.get("/Filter")
    names = list(filters) if isinstance(filters, ArrayObject) else [filters]
    try:
        if names and names[-1] in (NameObject("/DCTDecode"), NameObject("/JPXDecode")):
            # JPEG or JPEG 2000: open the file inside with Pillow, which reads the real size
            # from its header before decoding (the PDF's /Width may lie).
            opened = open_image(obj.get_data(), limits, where=where)
            if isinstance(opened, CaptureError):
                errors.append(opened)
                return None
            return opened
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = obj.decode_as_image()
    except LimitReachedError:
        errors.append(
            CaptureError(
                "too-large",
                "A scanned image expands to more data than the reader accepts (a "
                "decompression bomb, or a scan far beyond 300 dpi); it was not read",
                where,
            )
        )
        return None
    except Exception as error:
        errors.append(
            CaptureError(
                "corrupt", f"A scanned image could not be decoded ({_short(error)})", where
            )
        )
        return None
    if not isinstance(image, Image.Image):
        return None
    if image.width * image.height > limits.max_pixels:
        errors.append(_too_many_pixels(image.width, image.height, limits, where))
        return None
    return image


def _too_many_pixels(width: int, height: int, limits: Limits, where: str) -> CaptureError:
    return CaptureError(
        "too-large",
        f"A scanned image is {width:,} × {height:,} pixels; scans are read up to "
        f"{limits.max_pixels / 1e6:g} megapixels",
        where,
    )


def _fail(code: str, message: str) -> PdfText:
    return PdfText(errors=(CaptureError(code, message),))


def _damaged(error: BaseException) -> str:
    return f"The PDF is damaged or truncated and could not be read ({_short(error)})"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _short(error: object, limit: int = 160) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def scanned_image(
    content: bytes, number: int, limits: Limits = DEFAULT_LIMITS
) -> Image.Image | None:
    """The scan on page `number` (0-based) that OCR reads, decoded within the limits; None when
    the page holds none (or the file cannot be opened)."""
    try:
        with warnings.catch_warnings(), pypdf.apply_configuration(**_configuration(limits)):
            warnings.simplefilter("ignore")
            opened = _open(content)
            if isinstance(opened, PdfText) or not 0 <= number < min(
                len(opened.pages), limits.max_pages
            ):
                return None
            errors: list[CaptureError] = []
            where = f"page {number + 1}"
            for stream in _image_streams(opened.pages[number], where, limits, errors):
                image = _decode(stream, where, limits, errors)
                if image is not None:
                    return image
    except Exception:
        return None
    return None
