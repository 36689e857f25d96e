"""Degraded copies of the text PDFs: grey scans and colour phone photos (deterministic)."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


@dataclass(frozen=True)
class ScanSpec:
    dpi: int
    fmt: str  # "png" | "jpeg" | "pdf"
    angle: float  # degrees, counter-clockwise
    toner: float  # 1.0 = full black, lower = weak toner
    seed: int


def _render(pdf: bytes, scale: float, grey: bool) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[0]
        bitmap = page.render(scale=scale, grayscale=grey)
        img = bitmap.to_pil().copy()
        page.close()
    finally:
        doc.close()
    return img.convert("L" if grey else "RGB")


def scan(pdf: bytes, spec: ScanSpec) -> bytes:
    rng = np.random.default_rng(spec.seed)
    img = _render(pdf, spec.dpi / 72.0, grey=True)
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape
    paper = 238.0 + rng.uniform(-6, 6)
    ink = 255.0 * (1.0 - spec.toner)
    a = ink + (a / 255.0) * (paper - ink)  # weak toner, paper tone
    drift = np.linspace(rng.uniform(-10, 0), rng.uniform(0, 10), w, dtype=np.float32)
    a = a + drift[None, :]  # brightness drift across the glass
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, "L").rotate(spec.angle, Image.BILINEAR, fillcolor=int(paper))
    img = img.filter(ImageFilter.GaussianBlur(0.5 + spec.dpi / 600))
    a = np.asarray(img, dtype=np.float32)
    a += rng.standard_normal(a.shape, dtype=np.float32) * 6.0
    for _ in range(160):  # dust specks
        y, x = int(rng.integers(0, h - 4)), int(rng.integers(0, w - 4))
        r = int(rng.integers(1, 3))
        a[y : y + r, x : x + r] = rng.uniform(40, 140)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    return _encode_scan(out, spec)


def _encode_scan(img: Image.Image, spec: ScanSpec) -> bytes:
    buf = io.BytesIO()
    if spec.fmt == "png":
        img.save(buf, "PNG", dpi=(spec.dpi, spec.dpi))
        return buf.getvalue()
    img.save(buf, "JPEG", quality=82, dpi=(spec.dpi, spec.dpi))
    if spec.fmt == "jpeg":
        return buf.getvalue()
    # image-only PDF: the JPEG placed on a page of the scanned size
    w_pt, h_pt = img.width * 72.0 / spec.dpi, img.height * 72.0 / spec.dpi
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(w_pt, h_pt), invariant=1)
    buf.seek(0)
    c.drawImage(ImageReader(buf), 0, 0, w_pt, h_pt)
    c.showPage()
    c.save()
    return out.getvalue()


def _perspective_coeffs(
    dst: list[tuple[float, float]], src: list[tuple[float, float]]
) -> list[float]:
    """Coefficients mapping output points dst to input points src (PIL PERSPECTIVE)."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    sol = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    return [float(s) for s in sol]


def photo(pdf: bytes, seed: int, long_side: int = 1900) -> bytes:
    rng = np.random.default_rng(seed)
    probe = pdfium.PdfDocument(pdf)
    pw, ph = probe[0].get_size()
    probe.close()
    portrait = ph >= pw
    cw, ch = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    scale = min(cw / pw, ch / ph) * 0.86
    page = _render(pdf, scale, grey=False)
    # desk: warm brown with a gentle gradient and grain
    fx = np.linspace(0.0, 1.0, cw, dtype=np.float32)[None, :]  # 0..1 across
    fy = np.linspace(0.0, 1.0, ch, dtype=np.float32)[:, None]  # 0..1 down
    base = np.array([120, 92, 66], dtype=np.float32) + rng.uniform(-15, 15, 3).astype(np.float32)
    desk = base[None, None, :] * (0.85 + 0.25 * fx)[:, :, None]
    desk = desk + rng.standard_normal((ch, cw, 1), dtype=np.float32) * 5.0
    canvas_img = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
    # page corners with jitter (perspective skew)
    mw, mh = (cw - page.width) / 2, (ch - page.height) / 2
    j = 0.035 * long_side

    def jitter() -> float:
        return float(rng.uniform(-j, j))

    dst = [
        (mw + jitter(), mh + jitter()),
        (mw + page.width + jitter(), mh + jitter()),
        (mw + page.width + jitter(), mh + page.height + jitter()),
        (mw + jitter(), mh + page.height + jitter()),
    ]
    src = [
        (0.0, 0.0),
        (float(page.width), 0.0),
        (float(page.width), float(page.height)),
        (0.0, float(page.height)),
    ]
    coeffs = _perspective_coeffs(dst, src)
    warped = page.transform((cw, ch), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(
        (cw, ch), Image.PERSPECTIVE, coeffs, Image.BILINEAR
    )
    canvas_img.paste(warped, (0, 0), mask)
    a = np.array(canvas_img, dtype=np.float32)
    # uneven light: a linear gradient, a vignette and a soft shadow band
    gx, gy = rng.uniform(-0.18, 0.18), rng.uniform(-0.18, 0.18)
    light = 1.0 + gx * (fx - 0.5) + gy * (fy - 0.5)
    r2 = ((fx - 0.5) ** 2 + (fy - 0.5) ** 2) * 2.0
    light = light * (1.0 - 0.22 * r2)
    edge = rng.uniform(0.15, 0.35)
    light = light * (1.0 - 0.22 / (1.0 + np.exp((fx - edge) * 25.0)))
    a *= light[:, :, None]
    a *= np.array([1.06, 1.0, 0.86], dtype=np.float32)[None, None, :]  # warm cast
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    img = img.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.7, 1.1))))
    a = np.array(img, dtype=np.float32)
    a += rng.standard_normal((ch, cw, 3), dtype=np.float32) * 4.5
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=86)
    return buf.getvalue()
