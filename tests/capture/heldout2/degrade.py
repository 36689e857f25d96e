"""Scans and phone photos of the held-out certificates (deterministic, no Tesseract).

A scan: the page rasterised in grey at 200-300 dpi, slightly rotated (up to 2 degrees), toner
not quite black and paper not quite white, a brightness drift across the glass, optical blur,
sensor noise and dust; saved as PNG, JPEG or an image-only PDF.

A photo: the page rasterised in colour, laid on a desk with a perspective skew (taken from
above at a slant), uneven lighting (a gradient, a vignette and a soft shadow), a warm colour
cast, focus blur and noise; saved as JPEG.
"""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


def rasterise(pdf: bytes, dpi: float, grey: bool) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        bitmap = page.render(scale=dpi / 72, grayscale=grey)
        image = bitmap.to_pil().convert("L" if grey else "RGB").copy()
        page.close()
    finally:
        doc.close()
    return image


def scan(pdf: bytes, seed: int, dpi: int, fmt: str) -> bytes:
    """``fmt``: "png", "jpeg" or "pdf" (the scan embedded as the only content of a PDF)."""
    rng = np.random.default_rng(seed)
    image = rasterise(pdf, dpi, grey=True)
    angle = float(rng.uniform(0.4, 2.0) * rng.choice([-1, 1]))
    image = image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(0.5 * dpi / 200))
    a = np.asarray(image, dtype=np.float32)
    h, w = a.shape
    paper, toner = rng.uniform(228, 240), rng.uniform(20, 45)
    a = toner + a * ((paper - toner) / 255.0)
    a += np.linspace(rng.uniform(-12, -2), rng.uniform(0, 6), w, dtype=np.float32)[None, :]
    a += rng.standard_normal(size=(h, w), dtype=np.float32) * np.float32(rng.uniform(4, 8))
    n = int(h * w * 0.00015)
    a[rng.integers(0, h, n), rng.integers(0, w, n)] = rng.uniform(10, 110, n)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    if fmt == "png":
        out.save(buf, "PNG", compress_level=1, dpi=(dpi, dpi))
    elif fmt == "jpeg":
        out.save(buf, "JPEG", quality=82, dpi=(dpi, dpi))
    else:
        jpeg = io.BytesIO()
        out.save(jpeg, "JPEG", quality=80)
        jpeg.seek(0)
        pw, ph = w * 72 / dpi, h * 72 / dpi
        c = Canvas(buf, pagesize=(pw, ph), invariant=1)
        c.drawImage(ImageReader(jpeg), 0, 0, pw, ph)
        c.showPage()
        c.save()
    return buf.getvalue()


def _perspective(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for PIL's PERSPECTIVE transform mapping output points ``dst`` to ``src``."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return np.linalg.solve(np.array(rows), np.array(rhs)).tolist()


def _lighting(rng: np.random.Generator, W: int, H: int) -> np.ndarray:
    """A smooth light field: a gradient, a vignette and a soft shadow (computed at 1/8 size)."""
    w, h = W // 8, H // 8
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = np.cos(angle) * xx / w + np.sin(angle) * yy / h
    light = 0.95 + 0.22 * (ramp - ramp.mean())
    light -= 0.55 * (((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2)
    sx, sy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.55, 0.95) * h
    light -= 0.18 * np.exp(-(((xx - sx) / (0.25 * w)) ** 2 + ((yy - sy) / (0.18 * h)) ** 2))
    field = Image.fromarray(light.astype(np.float32), "F").resize((W, H), Image.Resampling.BILINEAR)
    return np.asarray(field, dtype=np.float32)


def photo(pdf: bytes, seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    page = rasterise(pdf, float(rng.uniform(150, 175)), grey=False)
    pw, ph = page.size
    W, H = (1536, 2048) if ph >= pw else (2048, 1536)
    scale = float(rng.uniform(0.80, 0.88)) * min(W / pw, H / ph)
    cw, ch = pw * scale, ph * scale
    x0, y0 = (W - cw) / 2 + rng.uniform(-40, 40), (H - ch) / 2 + rng.uniform(-40, 40)
    inset = float(rng.uniform(0.03, 0.07)) * cw  # top edge farther from the camera
    j = lambda: float(rng.uniform(-0.012, 0.012)) * cw  # noqa: E731
    dst = [
        (x0 + inset + j(), y0 + j()),
        (x0 + cw - inset + j(), y0 + j()),
        (x0 + cw + j(), y0 + ch + j()),
        (x0 + j(), y0 + ch + j()),
    ]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _perspective(dst, src)
    warped = page.transform((W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR)
    mask = Image.new("L", page.size, 255).transform(
        (W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    desk = np.empty((H, W, 3), dtype=np.float32)
    desk[:] = np.array([rng.uniform(95, 140), rng.uniform(75, 105), rng.uniform(55, 80)])
    desk += rng.standard_normal(size=(H, W, 1), dtype=np.float32) * np.float32(6)
    background = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
    picture = Image.composite(warped, background, mask)
    a = np.asarray(picture, dtype=np.float32)
    a *= _lighting(rng, W, H)[..., None]
    a *= np.array([1.03, 1.0, 0.92], dtype=np.float32)
    a += rng.standard_normal(size=a.shape, dtype=np.float32) * np.float32(3.5)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    out = out.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.6, 1.1))))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=int(rng.integers(76, 88)))
    return buf.getvalue()
