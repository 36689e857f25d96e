"""Turn a text PDF into what a scanner or a phone camera would hand over.

Everything is seeded, so the same page always gives the same bytes.
"""

from __future__ import annotations

import io
import time

import numpy as np
import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PIL import Image, ImageDraw, ImageFilter


def render(pdf: bytes, dpi: int) -> Image.Image:
    """The first page of a PDF as an RGB image at the given resolution."""
    doc = pdfium.PdfDocument(pdf)
    try:
        bitmap = doc[0].render(scale=dpi / 72)
        image: Image.Image = bitmap.to_pil().convert("RGB")
        return image
    finally:
        doc.close()


def _noise(rng: np.random.Generator, shape: tuple[int, ...], sigma: float) -> np.ndarray:
    return rng.normal(0.0, sigma, shape).astype(np.float32)


def scan(pdf: bytes, seed: int, dpi: int, angle: float, fmt: str) -> bytes:
    """A flat-bed scan: grey, slightly rotated, toner not quite black, paper not quite white,
    a brightness drift across the page, blur, noise and some dust. fmt: png, jpeg or pdf."""
    rng = np.random.default_rng(seed)
    page = render(pdf, dpi).convert("L")
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=235)
    page = page.filter(ImageFilter.GaussianBlur(radius=0.6 + 0.3 * (seed % 3)))
    a = np.asarray(page, dtype=np.float32) / 255.0
    paper, toner = rng.uniform(0.86, 0.94), rng.uniform(0.12, 0.25)
    a = toner + (paper - toner) * a
    h, w = a.shape
    drift = np.linspace(rng.uniform(-0.06, 0.0), rng.uniform(0.0, 0.05), w, dtype=np.float32)
    a = a + drift[None, :]
    a = a + _noise(rng, a.shape, 0.035)
    for _ in range(int(rng.integers(40, 120))):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        a[y : y + 2, x : x + 2] = rng.uniform(0.1, 0.4)
    img = Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8), "L")
    out = io.BytesIO()
    if fmt == "png":
        img.save(out, "PNG", dpi=(dpi, dpi), compress_level=2)
    elif fmt == "jpeg":
        img.save(out, "JPEG", quality=72, dpi=(dpi, dpi))
    else:
        # Fixed document dates: PIL would otherwise stamp the time of the build.
        fixed = time.gmtime(1767605400)
        img.save(out, "PDF", resolution=float(dpi), creationDate=fixed, modDate=fixed)
    return out.getvalue()


def _perspective_coeffs(
    dst: list[tuple[float, float]], src: list[tuple[float, float]]
) -> list[float]:
    """Coefficients for PIL's PERSPECTIVE transform mapping output points dst to input points src."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    m = np.array(rows, dtype=np.float64)
    b = np.array([c for point in src for c in point], dtype=np.float64)
    return list(np.linalg.solve(m, b))


def photo(pdf: bytes, seed: int, skew: float = 0.06) -> bytes:
    """A phone photo of the printed page lying on a desk: perspective, shading, colour cast."""
    rng = np.random.default_rng(seed)
    page = render(pdf, 130)
    pw, ph = page.size
    out_w, out_h = (1536, 2048) if ph > pw else (2048, 1536)
    desk = np.array(rng.choice([(120, 92, 64), (96, 98, 104), (168, 150, 122)]), dtype=np.float32)
    margin_x, margin_y = out_w * 0.08, out_h * 0.07

    def jitter() -> float:
        return float(rng.uniform(-skew, skew))

    corners = [
        (margin_x + out_w * jitter(), margin_y + out_h * jitter()),
        (out_w - margin_x + out_w * jitter(), margin_y + out_h * jitter()),
        (out_w - margin_x + out_w * jitter(), out_h - margin_y + out_h * jitter()),
        (margin_x + out_w * jitter(), out_h - margin_y + out_h * jitter()),
    ]
    coeffs = _perspective_coeffs(corners, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform(
        (out_w, out_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC
    )
    mask = Image.new("L", (out_w, out_h), 0)
    ImageDraw.Draw(mask).polygon(corners, fill=255)
    background = Image.new("RGB", (out_w, out_h), tuple(int(c) for c in desk))
    # A soft shadow under the sheet, offset towards the bottom right.
    shadow = mask.filter(ImageFilter.GaussianBlur(18))
    dark = Image.new("RGB", (out_w, out_h), tuple(int(c * 0.55) for c in desk))
    background = Image.composite(
        dark,
        background,
        shadow.transform(shadow.size, Image.Transform.AFFINE, (1, 0, -14, 0, 1, -18)),
    )
    img = Image.composite(warped, background, mask)
    a = np.asarray(img, dtype=np.float32) / 255.0
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * out_w, rng.uniform(0.1, 0.5) * out_h
    dist = np.sqrt(((xx - cx) / out_w) ** 2 + ((yy - cy) / out_h) ** 2)
    light = 1.05 - 0.55 * dist + 0.05 * (xx / out_w)
    a = a * light[..., None] * np.array([1.0, 0.96, 0.86], dtype=np.float32)
    a = a + _noise(rng, a.shape, 0.025)
    img = Image.fromarray((np.clip(a, 0, 1) * 255).astype(np.uint8), "RGB")
    img = img.filter(ImageFilter.GaussianBlur(radius=1.1))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=int(rng.integers(78, 90)))
    return out.getvalue()
