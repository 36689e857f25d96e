"""Scans and phone photos of a text PDF: rasterise with pypdfium2, then degrade with Pillow
and numpy. Every step takes its randomness from a seeded generator."""

from __future__ import annotations

import io
import time

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter


def rasterise(pdf: bytes, dpi: int) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        bitmap = document[0].render(scale=dpi / 72)
        return bitmap.to_pil().convert("RGB")
    finally:
        document.close()


def _noise(image: Image.Image, rng: np.random.Generator, sigma: float) -> Image.Image:
    array = np.asarray(image, dtype=np.float32)
    array += rng.standard_normal(array.shape, dtype=np.float32) * np.float32(sigma)
    return Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))


def scan(pdf: bytes, seed: int, dpi: int, angle: float, fmt: str) -> bytes:
    """A flatbed or copier scan: grey paper, weaker toner, slight rotation, blur, dust."""
    rng = np.random.default_rng(seed)
    grey = rasterise(pdf, dpi).convert("L")
    paper, toner = float(rng.uniform(212, 236)), float(rng.uniform(35, 70))
    array = np.asarray(grey, dtype=np.float32) / 255.0
    array = toner + array * (paper - toner)
    # brightness drift across the page (lid not closed evenly)
    ramp = np.linspace(0, float(rng.uniform(-18, 6)), array.shape[1], dtype=np.float32)
    array = array + ramp[None, :]
    image = Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True,
                         fillcolor=int(paper - 25))  # fmt: skip
    image = image.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.5, 1.1))))
    image = _noise(image, rng, float(rng.uniform(5, 10)))
    dust = np.asarray(image).copy()
    for _ in range(60):
        y, x = int(rng.integers(0, dust.shape[0] - 3)), int(rng.integers(0, dust.shape[1] - 3))
        dust[y : y + 2, x : x + 2] = int(rng.integers(20, 90))
    image = Image.fromarray(dust)
    out = io.BytesIO()
    if fmt == "png":
        image.save(out, "PNG", optimize=False)
    elif fmt == "jpeg":
        image.save(out, "JPEG", quality=int(rng.integers(70, 86)))
    else:  # image-only PDF (JPEG inside), page size from the scan's dpi; dates fixed
        fixed = time.gmtime(1767605400)  # 2026-01-05 09:30 UTC
        image.save(out, "PDF", resolution=float(dpi), quality=80, creationDate=fixed,
                   modDate=fixed)  # fmt: skip
    return out.getvalue()


def _perspective_coefficients(
    source: list[tuple[float, float]], target: list[tuple[float, float]]
) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE) mapping target pixels to source pixels."""
    rows = []
    for (sx, sy), (tx, ty) in zip(source, target, strict=True):
        rows.append([tx, ty, 1, 0, 0, 0, -sx * tx, -sx * ty])
        rows.append([0, 0, 0, tx, ty, 1, -sy * tx, -sy * ty])
    a = np.array(rows, dtype=np.float64)
    b = np.array([c for point in source for c in point], dtype=np.float64)
    return [float(v) for v in np.linalg.solve(a, b)]


def photo(pdf: bytes, seed: int, size: tuple[int, int] = (1536, 2048)) -> bytes:
    """A phone photo of the printed page lying on a desk: skewed, unevenly lit, warm, soft."""
    rng = np.random.default_rng(seed)
    page = rasterise(pdf, 130)
    if page.width > page.height:  # landscape pages are photographed in landscape
        size = (size[1], size[0])
    width, height = size
    desk = np.zeros((height, width, 3), dtype=np.float32)
    base = np.array(rng.choice([[120, 92, 64], [70, 74, 80], [150, 140, 120]]), np.float32)
    desk[:] = base
    grain = rng.normal(0, 9, (height // 8 + 1, width // 8 + 1)).astype(np.float32)
    grain_img = Image.fromarray(grain).resize((width, height), Image.Resampling.BILINEAR)
    desk += np.asarray(grain_img, dtype=np.float32)[..., None]
    canvas = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8))

    margin_x, margin_y = width * 0.09, height * 0.07

    def jitter(v: float) -> float:
        return v + float(rng.uniform(-0.045, 0.045)) * width

    corners = [(jitter(margin_x), jitter(margin_y)), (jitter(width - margin_x), jitter(margin_y)),
               (jitter(width - margin_x), jitter(height - margin_y)),
               (jitter(margin_x), jitter(height - margin_y))]  # fmt: skip
    source = [(0, 0), (page.width, 0), (page.width, page.height), (0, page.height)]
    coeffs = _perspective_coefficients(source, corners)
    warped = page.transform(size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR)
    mask = Image.new("L", page.size, 255).transform(
        size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.NEAREST
    )
    canvas.paste(warped, (0, 0), mask)

    array = np.asarray(canvas, dtype=np.float32)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    cx, cy = float(rng.uniform(0.2, 0.8)) * width, float(rng.uniform(0.1, 0.5)) * height
    distance = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(width, height)
    light = 1.08 - 0.55 * distance**1.5
    shadow_edge = float(rng.uniform(0.55, 0.85)) * width
    depth = float(rng.uniform(0.15, 0.28))  # a soft shadow of the phone or a hand
    light = light * (1 - depth / (1 + np.exp(-(xx - shadow_edge) / (0.03 * width))))
    array = array * light[..., None]
    array = array * np.array([1.04, 1.0, 0.88], dtype=np.float32)  # warm indoor light
    image = Image.fromarray(np.clip(array, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.8, 1.4))))
    image = _noise(image, rng, float(rng.uniform(4, 8)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=int(rng.integers(72, 88)))
    return out.getvalue()
