"""A certificate's pages as images, for the review screen: the page itself beside the form.

A text PDF's page is rendered by pdfium. A scan or a photo is shown as OCR read it - upright,
cut out of the photo and squared, evenly lit (`preprocess.prepare`) - so the boxes a draft's
fields carry (`Field.boxes`, fractions of that page) fall on the words they were read from.
Images are PNG, about `width` pixels wide; errors come back as data.
"""

from __future__ import annotations

import io
from typing import Final

from PIL import Image

from cetrack.core.capture.draft import DEFAULT_LIMITS, CaptureError, Limits
from cetrack.core.capture.sniff import JPEG, PDF, PNG, sniff

PAGE_WIDTH: Final = 1100  # pixels: sharp beside the form, zoomable to twice that
MAX_SCALE: Final = 4.0  # a PDF page is never rendered above 288 dpi


def page_image(
    content: bytes,
    number: int,
    *,
    scanned: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    width: int = PAGE_WIDTH,
) -> bytes | CaptureError:
    """Page `number` (1-based) as PNG bytes. `scanned`: the page was read by OCR, so its scan
    is shown as OCR saw it."""
    kind = sniff(content)
    if len(content) > limits.max_bytes:
        return CaptureError("too-large", "The file is larger than the reader accepts")
    if kind in (PNG, JPEG):
        if number != 1:
            return CaptureError("no-page", "An image has one page")
        from cetrack.core.capture.ocr import open_image

        opened = open_image(content, limits)
        if isinstance(opened, CaptureError):
            return opened
        return _png(_as_read(opened), width)
    if kind != PDF:
        return CaptureError("unsupported", "Only PDFs and images are shown as pages")
    if scanned:
        from cetrack.core.capture.pdf import scanned_image

        image = scanned_image(content, number - 1, limits)
        if image is not None:
            return _png(_as_read(image), width)
    return _render(content, number, width, limits)


def _as_read(image: Image.Image) -> Image.Image:
    from cetrack.core.capture.preprocess import prepare

    return prepare(image)


def _render(content: bytes, number: int, width: int, limits: Limits) -> bytes | CaptureError:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    from cetrack.core.capture.pdfwords import PDFIUM_LOCK

    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(content)
        except Exception:
            return CaptureError("corrupt", "The PDF could not be opened to show its page")
        try:
            if not 1 <= number <= min(len(document), limits.max_pages):
                return CaptureError("no-page", f"The PDF has no page {number}")
            page = document[number - 1]
            try:
                page_width, page_height = page.get_size()
                scale = min(MAX_SCALE, width / max(1.0, page_width))
                if page_width * page_height * scale * scale > limits.max_pixels:
                    scale = (limits.max_pixels / max(1.0, page_width * page_height)) ** 0.5
                bitmap = page.render(scale=scale)
                image = bitmap.to_pil()
            finally:
                page.close()
        except Exception:
            return CaptureError("corrupt", "The page could not be drawn")
        finally:
            document.close()
    out = io.BytesIO()
    image.convert("RGB").save(out, "PNG", optimize=False)
    return out.getvalue()


def _png(image: Image.Image, width: int) -> bytes:
    if image.width > width:
        height = max(1, round(image.height * width / image.width))
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
