"""Scans and phone photos made ready for OCR: upright, grey, the page cut out and flattened.

A scanner gives the page square to the frame, evenly lit, maybe a degree or two askew. A phone
gives the page smaller than the frame, on a desk, seen at an angle (a trapezoid, not a
rectangle), lit from one side with shadows. `prepare` does, in order:

1. upright (EXIF orientation) and grey;
2. perspective correction: the page is found as the largest bright region of a small copy
   (Otsu threshold, scipy's labelling), its four corners from the region's extreme points, and
   the page is warped back to a rectangle (Pillow's perspective transform). A scan, whose page
   fills the frame (or whose region's corners lie on the frame's edge: a page split by a dark
   letterhead band), is left as it is;
3. illumination flattening: the paper's brightness everywhere is estimated (a grey-scale closing
   at a scale larger than print, blurred) and divided out, so shadows and gradients vanish and
   print keeps its contrast;
4. scaling to the size Tesseract reads best (about 2,200 pixels the long way) and deskewing by
   projection profiles (the angle whose rows of ink are most sharply separated);
5. a scan's table rules, underlines and borders erased and its specks removed (`cleaned`); a
   photo's long rules (a table's) erased.

Everything runs on numpy, scipy and Pillow; no model is downloaded.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
from PIL import Image, ImageFilter, ImageOps

# A letter page scanned at 200 dpi is 2,200 pixels tall. Smaller images (photos sent small,
# 72-dpi scans) are enlarged towards that, up to 3×; enlarging a 200-dpi scan further only
# blurs it (measured: fewer fields right at 3,000 pixels). Very large ones are reduced, since
# time grows with area.
TARGET_LONG_SIDE: Final = 2200
MAX_UPSCALE: Final = 3.0
MAX_LONG_SIDE: Final = 4200
DESKEW_MAX_DEGREES: Final = 4.0
_FIND_SIDE: Final = 600  # the small copy the page is looked for in
_MIN_PAGE: Final = 0.2  # a page covers at least this share of a photo
_FULL_FRAME: Final = 0.93  # above this the page fills the frame: a scan, nothing to cut
# A corner this close to the frame's edge (share of the side) lies on the edge: a page on a
# desk has the desk around it, so three corners on the edge are a scan whose dark band (a
# letterhead printed white on grey) split the page, not a page to cut out.
_EDGE: Final = 0.015


@dataclass(frozen=True, slots=True)
class Prepared:
    """The image OCR reads, and what was done to get it."""

    image: Image.Image  # grey ("L")
    unwarped: bool  # the page was cut out of a photo and put square
    flattened: bool


def prepare(image: Image.Image) -> Image.Image:
    """Upright, grey, page cut out and squared, evenly lit, at a size Tesseract reads well,
    straightened."""
    return prepare_page(image).image


def prepare_page(image: Image.Image) -> Prepared:
    # A broken EXIF block: keep the image as it is.
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError, ZeroDivisionError):
        image = ImageOps.exif_transpose(image)
    grey = grey_of(image)
    corners = find_page(grey)
    unwarped = corners is not None
    if corners is not None:
        grey = unwarp(grey, corners)
    flattened = False
    if unwarped or uneven(grey):
        grey = flatten(grey)
        flattened = True
    grey = _scaled(grey)
    angle = skew_angle(grey)
    if abs(angle) >= 0.3:
        grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    if not unwarped:
        grey = _small_print_enlarged(cleaned(grey))
    else:
        # A photo's specks are left: removing them was measured worse on photos (its grain
        # touches the letters).
        grey = cleaned(grey, rule_share=PHOTO_RULE_SHARE, specks=False)
    return Prepared(grey, unwarped, flattened)


def grey_of(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("L")
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        return image.point(lambda value: value / 256).convert("L")
    if image.mode == "F":
        return image.convert("L")
    if image.mode == "CMYK":
        return image.convert("RGB").convert("L")
    return image.convert("L")


def _scaled(image: Image.Image) -> Image.Image:
    long_side = max(image.size)
    scale = 1.0
    if long_side < TARGET_LONG_SIDE:
        scale = min(MAX_UPSCALE, TARGET_LONG_SIDE / long_side)
    elif long_side > MAX_LONG_SIDE:
        scale = MAX_LONG_SIDE / long_side
    if abs(scale - 1.0) > 0.05:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS)
    return image


def _otsu(values: Any) -> float:
    histogram = np.bincount(values.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    if total == 0:
        return 128.0
    weights = np.cumsum(histogram)
    means = np.cumsum(histogram * np.arange(256))
    between = (means[-1] * weights - means * total) ** 2 / np.maximum(
        weights * (total - weights), 1e-9
    )
    return float(np.argmax(between))


def find_page(grey: Image.Image) -> list[tuple[float, float]] | None:
    """The page's four corners (top left, top right, bottom right, bottom left) in `grey`'s
    pixels, when it lies on a darker background; None when the page fills the frame or no
    page-like region is found."""
    from scipy import ndimage  # type: ignore[import-untyped]

    small = grey.copy()
    small.thumbnail((_FIND_SIDE, _FIND_SIDE))
    scale_x, scale_y = grey.width / small.width, grey.height / small.height
    pixels = np.asarray(small.filter(ImageFilter.GaussianBlur(2)), dtype=np.uint8)
    threshold = _otsu(pixels)
    bright = pixels > threshold
    # Print and small marks inside the page: closed so the page is one region.
    bright = ndimage.binary_closing(bright, structure=np.ones((5, 5)), iterations=2)
    labels, count = ndimage.label(bright)
    if count == 0:
        return None
    sizes = np.bincount(labels.ravel())[1:]
    largest = int(np.argmax(sizes)) + 1
    region = ndimage.binary_fill_holes(labels == largest)
    share = float(region.mean())
    if share < _MIN_PAGE or share > _FULL_FRAME:
        return None
    # A page against a darker background is much brighter than it.
    if pixels[region].mean() - pixels[~region].mean() < 25:
        return None
    ys, xs = np.nonzero(region)
    total, diff = xs + ys, xs - ys
    corners = [
        (xs[np.argmin(total)], ys[np.argmin(total)]),
        (xs[np.argmax(diff)], ys[np.argmax(diff)]),
        (xs[np.argmax(total)], ys[np.argmax(total)]),
        (xs[np.argmin(diff)], ys[np.argmin(diff)]),
    ]
    quad_area = _area(corners)
    if quad_area < 0.85 * region.sum() or quad_area > 1.15 * region.sum():
        return None  # not a quadrilateral: a torn edge, a hand over the page
    if sum(_on_edge(x, y, small.width, small.height) for x, y in corners) >= 3:
        return None
    return [((x + 0.5) * scale_x, (y + 0.5) * scale_y) for x, y in corners]


def _on_edge(x: float, y: float, width: int, height: int) -> bool:
    margin_x, margin_y = _EDGE * width, _EDGE * height
    return bool(
        x < margin_x or x > width - 1 - margin_x or y < margin_y or y > height - 1 - margin_y
    )


def _area(points: list[tuple[Any, Any]]) -> float:
    total = 0.0
    for index, (x0, y0) in enumerate(points):
        x1, y1 = points[(index + 1) % len(points)]
        total += float(x0) * float(y1) - float(x1) * float(y0)
    return abs(total) / 2


def unwarp(grey: Image.Image, corners: list[tuple[float, float]]) -> Image.Image:
    """The quadrilateral page put back square, at its own resolution."""
    (tlx, tly), (trx, try_), (brx, bry), (blx, bly) = corners
    width = max(np.hypot(trx - tlx, try_ - tly), np.hypot(brx - blx, bry - bly))
    height = max(np.hypot(blx - tlx, bly - tly), np.hypot(brx - trx, bry - try_))
    size = (max(1, round(float(width))), max(1, round(float(height))))
    target = [
        (0.0, 0.0),
        (float(size[0]), 0.0),
        (float(size[0]), float(size[1])),
        (0.0, float(size[1])),
    ]
    coefficients = perspective_coefficients(corners, target)
    return grey.transform(
        size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC, fillcolor=255
    )


def perspective_coefficients(
    source: list[tuple[float, float]], target: list[tuple[float, float]]
) -> list[float]:
    """Pillow's PERSPECTIVE data: for each output point (in `target`) the input point (in
    `source`) it is taken from."""
    rows: list[list[float]] = []
    values: list[float] = []
    for (sx, sy), (tx, ty) in zip(source, target, strict=True):
        rows.append([tx, ty, 1, 0, 0, 0, -sx * tx, -sx * ty])
        rows.append([0, 0, 0, tx, ty, 1, -sy * tx, -sy * ty])
        values.extend([sx, sy])
    solved = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(values, dtype=np.float64))
    return [float(value) for value in solved]


def uneven(grey: Image.Image) -> bool:
    """Whether the paper's brightness varies across the page (a shadow, light from one side)."""
    background = _background(grey, side=64)
    values = np.asarray(background, dtype=np.float32)
    return float(np.percentile(values, 95) - np.percentile(values, 5)) > 30


def _background(grey: Image.Image, side: int) -> Image.Image:
    """The paper's brightness: a small copy's grey-scale closing (print removed), blurred."""
    small = grey.copy()
    small.thumbnail((side * 4, side * 4))
    closed = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.MaxFilter(5))
    return closed.filter(ImageFilter.GaussianBlur(3))


def flatten(grey: Image.Image) -> Image.Image:
    """The page evenly lit: divided by its paper brightness, so white is white everywhere."""
    background = _background(grey, side=128).resize(grey.size, Image.Resampling.BILINEAR)
    pixels = np.asarray(grey, dtype=np.float32)
    paper = np.maximum(np.asarray(background, dtype=np.float32), 1.0)
    flat = np.clip(pixels / paper * 255.0, 0, 255)
    # Stretch what is left so the darkest print is near black.
    low = float(np.percentile(flat, 0.5))
    if low < 200:
        flat = np.clip((flat - low) / max(1.0, 255.0 - low) * 255.0, 0, 255)
    return Image.fromarray(flat.astype(np.uint8), "L")


# A photo's rules are erased only when longer (1/8 of the page): its blurred print runs together
# into strokes a shorter rule would match. A table boxed in rules, label and value in their cells,
# was read as a picture: its cells dropped (name, date and credit lost).
PHOTO_RULE_SHARE: Final = 8
RULE_SHARE: Final = 12  # a rule is at least 1/12 of the page's width (or height) long
RULE_THICKNESS: Final = 9  # pixels; anything thicker is a band or a block, not a rule
SPECK_PIXELS: Final = 8  # ink specks up to this many pixels are scanner noise (a full stop: 15+)
_INK: Final = 160


def cleaned(grey: Image.Image, *, rule_share: int = RULE_SHARE, specks: bool = True) -> Image.Image:
    """The page with its table rules, underlines and box borders erased and scanner specks
    removed. Tesseract drops a number boxed in a table cell (it takes the cell for a picture)
    and reads a speck beside "5.5" as a digit ("55"); print on a dark band is left alone."""
    from scipy import ndimage

    pixels = np.asarray(grey, dtype=np.uint8)
    ink = pixels < _INK
    out = pixels.copy()
    erase = (_rules(ink, 1, rule_share) | _rules(ink, 0, rule_share)) & ~_dark_areas(grey)
    if specks:
        labels, _ = ndimage.label(ink & ~erase)
        sizes = np.bincount(labels.ravel())
        small = sizes <= SPECK_PIXELS
        small[0] = False
        erase |= small[labels]
    out[erase] = 255
    return Image.fromarray(out, "L")


SMALL_PRINT: Final = 18  # pixels: the median inked shape shorter than this is small print
_ENLARGE_AT_MOST: Final = 1.5


def _small_print_enlarged(grey: Image.Image) -> Image.Image:
    """A page of small print (a transcript's table at 9 points) enlarged until its letters are
    as tall as Tesseract reads best; "1.5" in a small cell was read as "5"."""
    from scipy import ndimage

    ink = np.asarray(grey, dtype=np.uint8) < _INK
    labels, count = ndimage.label(ink)
    if count < 50:
        return grey
    heights = np.array([s[0].stop - s[0].start for s in ndimage.find_objects(labels)])
    letters = heights[(heights >= 6) & (heights <= 80)]
    if len(letters) < 50:
        return grey
    typical = float(np.median(letters))
    if typical >= SMALL_PRINT:
        return grey
    scale = min(_ENLARGE_AT_MOST, 24 / typical, MAX_LONG_SIDE / max(grey.size))
    if scale < 1.1:
        return grey
    size = (round(grey.width * scale), round(grey.height * scale))
    return grey.resize(size, Image.Resampling.LANCZOS)


def _rules(ink: Any, axis: int, share: int = RULE_SHARE) -> Any:
    """Pixels of thin straight runs of ink along `axis` (1: horizontal rules, 0: vertical), at
    least 1/`share` of the page long."""
    from scipy import ndimage

    length = max(40, ink.shape[axis] // share)
    across = 1 - axis
    # On whole numbers (ink as 0/100; uint8 means round) rather than floats: a third the time.
    percent = ink.astype(np.uint8) * 100
    solid = ndimage.uniform_filter1d(percent, length, axis=axis) >= 97
    run = ndimage.maximum_filter1d(solid.view(np.uint8), length, axis=axis)
    # A dark block (a logo, a filled box) is inked across too: not a rule.
    thick = ndimage.minimum_filter1d(run, RULE_THICKNESS, axis=across)
    thick = ndimage.maximum_filter1d(thick, RULE_THICKNESS + 4, axis=across) > 0
    run = (run > 0) & ~thick
    # The rule's grey edge goes with it.
    return ndimage.maximum_filter1d(run.astype(np.uint8), 3, axis=across) > 0


def _dark_areas(grey: Image.Image) -> Any:
    """Where the page is dark over an area larger than print: a letterhead band printed in
    white on grey, a photograph. Rules found there are the gaps between white letters."""
    from scipy import ndimage

    small = grey.resize((max(1, grey.width // 8), max(1, grey.height // 8)), Image.Resampling.BOX)
    mean = ndimage.uniform_filter(np.asarray(small, dtype=np.float32), 5)
    dark = ndimage.maximum_filter(mean < 120, 5).astype(np.uint8) * 255
    grown = Image.fromarray(dark, "L").resize(grey.size, Image.Resampling.NEAREST)
    return np.asarray(grown) > 0


def skew_angle(image: Image.Image) -> float:
    """The rotation (degrees, counter-clockwise) that makes the text lines horizontal: the
    angle whose rows of dark pixels are most sharply separated (projection profile), found on a
    small copy of the page."""
    small = image.copy()
    small.thumbnail((700, 700))
    if min(small.size) < 50:
        return 0.0
    ink = np.asarray(small, dtype=np.uint8) < 150
    if ink.mean() < 0.002:
        return 0.0
    rows_at, columns_at = np.nonzero(ink)
    ys = rows_at.astype(np.float64)
    xs = columns_at.astype(np.float64) - small.width / 2
    best_angle, best_score = 0.0, -1.0
    for step in np.arange(-DESKEW_MAX_DEGREES, DESKEW_MAX_DEGREES + 0.001, 0.25):
        angle = float(step)
        # Row each ink pixel falls in after rotating the page by `angle` about its centre.
        rows = np.round(ys + xs * np.tan(np.radians(angle))).astype(np.int64)
        rows -= rows.min()
        profile = np.bincount(rows).astype(np.float64)
        score = float(np.sum(np.diff(profile) ** 2))
        if score > best_score:
            best_angle, best_score = angle, score
    # Rotating the image by -angle (PIL: counter-clockwise positive) undoes it.
    return -best_angle
