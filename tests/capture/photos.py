"""Phone photos of certificates, simulated: the page on a desk, at an angle, unevenly lit.

`photograph(pdf, seed)` renders the first page and photographs it the way a person does with a
phone over a desk: the page smaller than the frame on a textured surface, seen in perspective
(the near edge wider), turned up to ±10°, lit from one side with a soft shadow, a warm colour
cast, the blur of a hand-held camera, sensor noise and JPEG compression. Deterministic per seed.
"""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageFilter


def _render(pdf: bytes, dpi: int) -> Image.Image:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return document[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()


def _perspective_coefficients(
    source: list[tuple[float, float]], target: list[tuple[float, float]]
) -> list[float]:
    """PIL's PERSPECTIVE data: maps each output (target) point back to its source point."""
    rows = []
    values = []
    for (sx, sy), (tx, ty) in zip(source, target, strict=True):
        rows.append([tx, ty, 1, 0, 0, 0, -sx * tx, -sx * ty])
        rows.append([0, 0, 0, tx, ty, 1, -sy * tx, -sy * ty])
        values.extend([sx, sy])
    solved = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(values, dtype=np.float64))
    return [float(v) for v in solved]


def photograph(pdf: bytes, seed: int) -> bytes:
    """A JPEG phone photo of the PDF's first page (see the module docstring)."""
    rng = random.Random(seed)
    page = _render(pdf, rng.choice((150, 170, 190)))
    width, height = page.size
    frame = (int(width * rng.uniform(1.12, 1.3)), int(height * rng.uniform(1.12, 1.3)))
    # The desk: a warm or grey surface with texture.
    base = np.array(rng.choice(((120, 92, 64), (150, 150, 145), (95, 80, 70), (60, 60, 66))))
    texture = np.random.default_rng(seed).normal(0, 12, (frame[1], frame[0], 1))
    desk = np.clip(base + texture, 0, 255).astype(np.uint8)
    canvas = Image.fromarray(desk, "RGB").filter(ImageFilter.GaussianBlur(1.5))
    # Where the page's corners land: perspective (one edge nearer), a turn, an offset.
    cx, cy = frame[0] / 2 + rng.uniform(-0.03, 0.03) * frame[0], frame[1] / 2
    angle = np.radians(rng.uniform(-10, 10))
    tilt = rng.uniform(0.0, 0.09)  # how much narrower the far edge is
    top_squeeze, bottom_squeeze = (tilt, 0.0) if rng.random() < 0.7 else (0.0, tilt)
    corners = [
        (-width / 2 * (1 - top_squeeze), -height / 2),
        (width / 2 * (1 - top_squeeze), -height / 2),
        (width / 2 * (1 - bottom_squeeze), height / 2),
        (-width / 2 * (1 - bottom_squeeze), height / 2),
    ]
    target = [
        (
            cx + x * np.cos(angle) - y * np.sin(angle) + rng.uniform(-8, 8),
            cy + x * np.sin(angle) + y * np.cos(angle) + rng.uniform(-8, 8),
        )
        for x, y in corners
    ]
    source = [(0.0, 0.0), (float(width), 0.0), (float(width), float(height)), (0.0, float(height))]
    coefficients = _perspective_coefficients(source, target)
    warped = page.transform(
        frame, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC
    )
    mask = Image.new("L", page.size, 255).transform(
        frame, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BILINEAR
    )
    canvas.paste(warped, (0, 0), mask)
    # Light from one side, a soft shadow (a hand, the phone), a warm cast.
    pixels = np.asarray(canvas, dtype=np.float32)
    ys, xs = np.mgrid[0 : frame[1], 0 : frame[0]].astype(np.float32)
    direction = rng.uniform(0, 2 * np.pi)
    ramp = (xs / frame[0] - 0.5) * np.cos(direction) + (ys / frame[1] - 0.5) * np.sin(direction)
    light = 1.0 - rng.uniform(0.15, 0.4) * (ramp + 0.5)
    sx, sy = rng.uniform(0.2, 0.8) * frame[0], rng.uniform(0.2, 0.8) * frame[1]
    radius = rng.uniform(0.15, 0.35) * max(frame)
    shadow = 1.0 - rng.uniform(0.1, 0.3) * np.exp(-((xs - sx) ** 2 + (ys - sy) ** 2) / radius**2)
    cast = np.array([1.0, rng.uniform(0.94, 1.0), rng.uniform(0.85, 0.97)], dtype=np.float32)
    pixels = pixels * (light * shadow)[..., None] * cast
    pixels += np.random.default_rng(seed + 1).normal(0, rng.uniform(3, 7), pixels.shape)
    photo = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.3)))
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=rng.randint(72, 88))
    return out.getvalue()
