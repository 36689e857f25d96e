"""Scans and phone photos made from the text PDFs (deterministic: every draw uses a seed)."""

from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def render(pdf: bytes, dpi: float, grey: bool) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        bitmap = document[0].render(scale=dpi / 72, grayscale=grey)
        image = bitmap.to_pil()
    finally:
        document.close()
    return image.convert("L" if grey else "RGB")


def scan(pdf: bytes, seed: int, dpi: int, rotate: float, output: str) -> bytes:
    """A grey office scan: paper tone, weak toner, drift, tilt, blur, noise and dust."""
    rng = np.random.default_rng(seed)
    page = render(pdf, dpi, grey=True)
    ink = np.asarray(page, dtype=np.float32) / 255.0
    paper = rng.uniform(228, 242)
    toner = rng.uniform(35, 70)  # darkest grey the toner reaches
    pixels = toner + ink * (paper - toner)
    h, w = pixels.shape
    drift = np.linspace(rng.uniform(-10, 0), rng.uniform(0, 10), w, dtype=np.float32)
    pixels += drift[None, :]
    for _ in range(int(rng.integers(30, 90))):
        y, x = int(rng.integers(0, h - 3)), int(rng.integers(0, w - 3))
        size = int(rng.integers(1, 4))
        pixels[y : y + size, x : x + size] = rng.uniform(40, 120)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    image = image.rotate(rotate, resample=Image.Resampling.BILINEAR, fillcolor=int(paper))
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    grain = np.asarray(image, dtype=np.int16) + _tiled_noise((h, w), rng.uniform(3, 6), rng)
    image = Image.fromarray(np.clip(grain, 0, 255).astype(np.uint8), "L")
    return _encode(image, output, dpi)


def _encode(image: Image.Image, output: str, dpi: int) -> bytes:
    buffer = io.BytesIO()
    if output == "png":
        image.save(buffer, "PNG", compress_level=1)
    elif output == "jpeg":
        image.save(buffer, "JPEG", quality=82)
    else:  # an image-only PDF, as a scanner writes it
        width, height = image.size[0] * 72 / dpi, image.size[1] * 72 / dpi
        pdf = canvas.Canvas(buffer, pagesize=(width, height), invariant=1)
        jpeg = io.BytesIO()
        image.save(jpeg, "JPEG", quality=80)
        jpeg.seek(0)
        pdf.drawImage(ImageReader(jpeg), 0, 0, width, height)
        pdf.showPage()
        pdf.save()
    return buffer.getvalue()


def _perspective_coefficients(
    source: list[tuple[float, float]], target: list[tuple[float, float]]
) -> list[float]:
    """Coefficients PIL needs to map each output point (target) back to the input (source)."""
    rows = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    matrix = np.array(rows, dtype=np.float64)
    vector = np.array([c for point in source for c in point], dtype=np.float64)
    return [float(c) for c in np.linalg.solve(matrix, vector)]


def _tiled_noise(shape: tuple[int, ...], sigma: float, rng: np.random.Generator) -> np.ndarray:
    """Gaussian noise from a 384-pixel tile repeated over the image (fast, and unseen)."""
    tile_shape = (384, 384, *shape[2:])
    tile = rng.standard_normal(tile_shape, dtype=np.float32) * sigma
    reps = (shape[0] // 384 + 1, shape[1] // 384 + 1, *([1] * (len(shape) - 2)))
    return np.tile(tile, reps)[: shape[0], : shape[1]].astype(np.int16)


def _desk(size: tuple[int, int], rng: np.random.Generator) -> Image.Image:
    w, h = size
    small_w, small_h = w // 8, h // 8
    choices = [[120, 86, 58], [92, 94, 98], [150, 130, 105], [60, 62, 70]]
    base = np.array(choices[int(rng.integers(0, len(choices)))], dtype=np.float32)
    grain = np.sin(np.linspace(0, rng.uniform(5, 11), small_h, dtype=np.float32))[:, None] * 8
    desk = np.ones((small_h, small_w, 3), dtype=np.float32) * base[None, None, :]
    desk += grain[:, :, None] + rng.standard_normal((small_h, small_w, 1), dtype=np.float32) * 4
    small = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
    return small.resize(size, Image.Resampling.BILINEAR)


def _light_map(size: tuple[int, int], rng: np.random.Generator) -> Image.Image:
    """Uneven light, vignette, a soft side shadow and a warm cast, as a multiply layer."""
    w, h = size[0] // 8, size[1] // 8
    yy = np.arange(h, dtype=np.float32)[:, None] / h
    xx = np.arange(w, dtype=np.float32)[None, :] / w
    angle = rng.uniform(0, 2 * np.pi)
    ramp = np.cos(angle) * xx + np.sin(angle) * yy
    light = 0.86 + 0.12 * (ramp - ramp.min()) / (np.ptp(ramp) + 1e-6)
    light = light - 0.22 * ((xx - 0.5) ** 2 + (yy - 0.5) ** 2)
    # A soft shadow (a hand or the phone) falling over one side of the frame.
    edge = rng.uniform(0.15, 0.35)
    depth = rng.uniform(0.08, 0.15)
    light = light * (1 - depth / (1 + np.exp((xx - edge) / 0.025)))
    warm = np.array([1.0, 0.95, 0.82], dtype=np.float32) * rng.uniform(0.97, 1.0)
    layer = np.clip(light[:, :, None] * warm[None, None, :] * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(layer, "RGB").resize(size, Image.Resampling.BILINEAR)


def photo(pdf: bytes, seed: int) -> bytes:
    """A phone photo of the page on a desk: skew, uneven light, shadow, warm cast, blur, noise."""
    rng = np.random.default_rng(seed)
    page = render(pdf, 160, grey=False)
    pw, ph = page.size
    long_side = int(rng.integers(1800, 2000))
    canvas_size = (
        (long_side, int(long_side * 0.75)) if pw > ph else (int(long_side * 0.75), long_side)
    )
    cw, ch = canvas_size
    scale = min(cw / pw, ch / ph) * rng.uniform(0.8, 0.88)
    tw, th = pw * scale, ph * scale
    ox, oy = (cw - tw) / 2 + rng.uniform(-30, 30), (ch - th) / 2 + rng.uniform(-30, 30)

    def jitter() -> float:
        return float(rng.uniform(-0.04, 0.04)) * min(tw, th)

    corners = [
        (ox + jitter(), oy + jitter()),
        (ox + tw + jitter(), oy + jitter()),
        (ox + tw + jitter(), oy + th + jitter()),
        (ox + jitter(), oy + th + jitter()),
    ]
    coefficients = _perspective_coefficients([(0, 0), (pw, 0), (pw, ph), (0, ph)], corners)
    warped = page.convert("RGBA").transform(
        canvas_size,
        Image.Transform.PERSPECTIVE,
        coefficients,
        Image.Resampling.BILINEAR,
        fillcolor=(0, 0, 0, 0),
    )
    image = _desk(canvas_size, rng)
    image.paste(warped, (0, 0), warped)
    image = ImageChops.multiply(image, _light_map(canvas_size, rng))
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.0)))
    pixels = np.asarray(image, dtype=np.int16) + _tiled_noise((ch, cw, 3), rng.uniform(3, 6), rng)
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()
