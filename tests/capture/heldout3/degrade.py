"""Turn a text PDF into a scanned or phone-photographed copy (deterministic)."""

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


def scan(pdf: bytes, seed: int, dpi: int = 240, angle: float = 1.2, fmt: str = "png") -> bytes:
    """Grey scanner copy: rotation, paper tone, weak toner, blur, noise, dust specks."""
    rng = np.random.default_rng(seed)
    img = rasterise(pdf, dpi).convert("L")
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=235)
    img = img.filter(ImageFilter.GaussianBlur(0.6 + 0.4 * rng.random()))
    arr = np.asarray(img, dtype=np.float32)
    paper = 222 + 14 * rng.random()
    toner = 35 + 30 * rng.random()
    arr = toner + (arr / 255.0) * (paper - toner)
    h, w = arr.shape
    drift = np.linspace(-10 * rng.random(), 10 * rng.random(), w, dtype=np.float32)[None, :]
    arr = arr + drift + rng.normal(0, 6 + 4 * rng.random(), arr.shape).astype(np.float32)
    for _ in range(40):
        y, x = int(rng.integers(0, h - 3)), int(rng.integers(0, w - 3))
        arr[y : y + 2, x : x + 2] = 60
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    if fmt == "jpeg":
        out.save(buf, "JPEG", quality=72)
    elif fmt == "pdf":
        stamp = time.gmtime(1764579600)  # 2025-12-01 09:00 UTC, fixed so builds are repeatable
        out.save(buf, "PDF", resolution=float(dpi), creationDate=stamp, modDate=stamp)
    else:
        out.save(buf, "PNG", compress_level=1)
    return buf.getvalue()


def photo(pdf: bytes, seed: int, tilt: float = 0.06, long_side: int = 1800) -> bytes:
    """Phone photo: page on a desk, perspective skew, uneven light, warm cast, blur, JPEG."""
    rng = np.random.default_rng(seed)
    page = rasterise(pdf, 130)
    pw, ph = page.size
    canvas_w, canvas_h = int(pw * 1.3), int(ph * 1.25)
    desk = np.zeros((canvas_h, canvas_w, 3), dtype=np.float32)
    base = np.array([110, 85, 60], dtype=np.float32) + rng.integers(-20, 20, 3)
    desk[:] = base
    desk += rng.normal(0, 8, desk.shape).astype(np.float32)
    scene = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
    ox, oy = (canvas_w - pw) // 2, (canvas_h - ph) // 2
    scene.paste(page, (ox, oy))
    # Perspective: move the page corners, then map the quad back onto the frame.
    jitter = [float(v) for v in rng.uniform(-1, 1, 8)]
    dx, dy = tilt * pw, tilt * ph
    quad = (
        ox - dx * (0.5 + 0.3 * jitter[0]),
        oy - dy * 0.4 * jitter[1],
        ox + dx * 0.3 * jitter[2],
        oy + ph + dy * (0.3 + 0.3 * jitter[3]),
        ox + pw + dx * 0.3 * jitter[4],
        oy + ph - dy * 0.3 * jitter[5],
        ox + pw + dx * (0.5 + 0.3 * jitter[6]),
        oy + dy * 0.4 * jitter[7],
    )
    src = [(quad[0], quad[1]), (quad[2], quad[3]), (quad[4], quad[5]), (quad[6], quad[7])]
    dst = [(ox, oy), (ox, oy + ph), (ox + pw, oy + ph), (ox + pw, oy)]
    coeffs = _perspective_coeffs(src, dst)
    scene = scene.transform(
        scene.size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC
    )
    arr = np.asarray(scene, dtype=np.float32)
    yy, xx = np.mgrid[0:canvas_h, 0:canvas_w].astype(np.float32)
    cx, cy = canvas_w * rng.uniform(0.3, 0.7), canvas_h * rng.uniform(0.2, 0.5)
    dist = np.sqrt(((xx - cx) / canvas_w) ** 2 + ((yy - cy) / canvas_h) ** 2)
    light = 1.08 - 0.55 * dist
    shadow_edge = canvas_w * rng.uniform(0.55, 0.8)
    light = light * np.where(xx > shadow_edge + 0.2 * (yy - cy), 0.78, 1.0)
    arr = arr * light[..., None] * np.array([1.04, 0.98, 0.86], dtype=np.float32)
    arr += rng.normal(0, 5, arr.shape).astype(np.float32)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    out = out.filter(ImageFilter.GaussianBlur(0.9))
    scale = long_side / max(out.size)
    out = out.resize((int(out.width * scale), int(out.height * scale)), Image.Resampling.BILINEAR)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=78)
    return buf.getvalue()


def _perspective_coeffs(
    out_pts: list[tuple[float, float]], in_pts: list[tuple[float, float]]
) -> tuple[float, ...]:
    """Coefficients PIL needs to sample input point in_pts[i] at output point out_pts[i]."""
    rows = []
    for (x, y), (u, v) in zip(out_pts, in_pts, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=np.float64)
    b = np.array([c for pair in in_pts for c in pair], dtype=np.float64)
    return tuple(float(v) for v in np.linalg.solve(a, b))
