"""Check boxes drawn as shapes on a PDF page, read as the box characters the reader knows.

Forms made with a drawing library draw a check box as a small stroked square and its tick or
cross as lines over it: the text layer then holds only the labels ("Basic Intermediate
Advanced"), and nothing says which one was chosen. The page's vector paths do: a small square
with ink inside it is ticked, an empty one is not. Each such box becomes a one-character word
("☒" ticked, "☐" empty) at its place, so the line reads "☐ Basic ☒ Intermediate ☐ Advanced"
and the field readers' check-box rules apply as they do to boxes typed as characters.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from cetrack.core.capture.layout import Word

TICKED: Final = "\u2612"  # ☒
EMPTY: Final = "\u2610"  # ☐
# A check box's side in points (about a letter's height); larger squares are frames and cells.
_MIN_SIDE: Final = 4.0
_MAX_SIDE: Final = 18.0
_MAX_MARK: Final = 24.0  # a tick may overshoot its box, a little
_MAX_OBJECTS: Final = 4_000  # path objects looked at on one page (a chart has thousands)
_MAX_BOXES: Final = 60

# PDF space (x0, y0, x1, y1, origin bottom left) -> displayed (x0, top, x1, bottom).
ToDisplay = Callable[[float, float, float, float], tuple[float, float, float, float]]


@dataclass(frozen=True, slots=True)
class _Shape:
    left: float
    bottom: float
    right: float
    top: float
    segments: int
    stroked: bool  # outlined: a box is; a bullet (a filled square or dot) is not
    filled_dark: bool

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom

    def is_box(self) -> bool:
        side = max(self.width, self.height)
        square = abs(self.width - self.height) <= 0.2 * side
        sized = _MIN_SIDE <= side <= _MAX_SIDE
        return square and sized and self.stroked and self.segments >= 4

    def holds(self, mark: _Shape) -> bool:
        """Whether a mark's middle lies inside this box (a tick or cross drawn over it)."""
        x = (mark.left + mark.right) / 2
        y = (mark.bottom + mark.top) / 2
        inside = self.left < x < self.right and self.bottom < y < self.top
        return inside and max(mark.width, mark.height) <= _MAX_MARK


def drawn_boxes(page: Any, to_display: ToDisplay) -> list[Word]:
    """The check boxes drawn on a pypdfium2 page, as "☒"/"☐" words where they are shown."""
    shapes = _small_paths(page)
    boxes = [shape for shape in shapes if shape.is_box()]
    if not boxes or len(boxes) > _MAX_BOXES:
        return []
    marks = [shape for shape in shapes if not shape.is_box()]
    words = []
    for box in boxes:
        ticked = box.filled_dark or any(box.holds(mark) for mark in marks)
        x0, top, x1, bottom = to_display(box.left, box.bottom, box.right, box.top)
        words.append(Word(TICKED if ticked else EMPTY, x0, top, x1, bottom, bottom - top))
    return words


def _small_paths(page: Any) -> list[_Shape]:
    """The page's own path objects no larger than a tick (forms inside it are not opened)."""
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    handle = page.raw
    count = min(int(raw.FPDFPage_CountObjects(handle)), _MAX_OBJECTS)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    shapes = []
    for index in range(count):
        obj = raw.FPDFPage_GetObject(handle, index)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
            continue
        if not raw.FPDFPageObj_GetBounds(
            obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
        ):
            continue
        if max(right.value - left.value, top.value - bottom.value) > _MAX_MARK:
            continue
        mode, stroke = ctypes.c_int(), ctypes.c_int()
        if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(mode), ctypes.byref(stroke)):
            continue
        segments = int(raw.FPDFPath_CountSegments(obj))
        dark = bool(stroke.value) and mode.value != 0 and _dark_fill(obj)
        box = (left.value, bottom.value, right.value, top.value)
        shapes.append(_Shape(*box, segments, bool(stroke.value), dark))
    return shapes


def _dark_fill(obj: Any) -> bool:
    """Whether a path's fill colour is dark (an outlined box blacked in)."""
    import pypdfium2.raw as raw

    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(
        obj, ctypes.byref(red), ctypes.byref(green), ctypes.byref(blue), ctypes.byref(alpha)
    ):
        return False
    light = 0.299 * red.value + 0.587 * green.value + 0.114 * blue.value
    return light < 110 and alpha.value > 128
