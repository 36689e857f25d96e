"""Benchmark: Tesseract against RapidOCR (PP-OCRv4 ONNX models shipped in its wheel) on the dev
corpus's scans and phone photos, through the same preprocessing and the same field reader.

RapidOCR is not a dependency of cetrack (this comparison is why). To run its half, install it
beside the project, e.g. `pip install --target /tmp/rapidocr rapidocr-onnxruntime==1.4.4`, and
pass `--rapidocr-path /tmp/rapidocr`; its models are files inside the installed package
(`rapidocr_onnxruntime/models/*.onnx`), nothing is downloaded when it runs. RapidOCR gives a
box per text line and per character; characters become words at its spaces and at gaps wider
than a character, and the words go through `layout.lay_out` like Tesseract's.

Prints, per engine and kind (scan, photo), the share of fields exact and seconds per image.
Headline last: `ocr_engines: tesseract <percent> % / rapidocr <percent> % fields exact`.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from PIL import Image  # noqa: E402

from cetrack.core.capture.certificate import drafts_of, read_certificate  # noqa: E402
from cetrack.core.capture.layout import Word, lay_out  # noqa: E402
from cetrack.core.capture.preprocess import prepare  # noqa: E402
from cetrack.core.capture.text import Doc  # noqa: E402
from tests.capture.corpus import corpus, rasterise, score  # noqa: E402
from tests.capture.photos import photograph  # noqa: E402


def _words(engine: Any, image: Image.Image, long_side: int) -> list[list[Word]]:
    import numpy as np

    scale = min(1.0, long_side / max(image.size))
    if scale < 1.0:
        size = (round(image.width * scale), round(image.height * scale))
        image = image.resize(size, Image.Resampling.LANCZOS)
    result, _ = engine(np.asarray(image.convert("RGB")), return_word_box=True)
    groups: list[list[Word]] = []
    for line in result or []:
        if len(line) < 5:
            continue
        _, _, confidence, char_boxes, chars = line[:5]
        widths = [b[1][0] - b[0][0] for b, c in zip(char_boxes, chars, strict=False) if c != " "]
        char_width = float(np.median(widths)) if widths else 10.0
        words: list[tuple[str, list[tuple[float, float, float, float]]]] = []
        current: list[str] = []
        boxes: list[tuple[float, float, float, float]] = []
        right = None
        for box, char in zip(char_boxes, chars, strict=False):
            x0, x1 = min(p[0] for p in box), max(p[0] for p in box)
            y0, y1 = min(p[1] for p in box), max(p[1] for p in box)
            if char == " " or (right is not None and x0 - right > 0.8 * char_width):
                if current:
                    words.append(("".join(current), boxes))
                current, boxes = [], []
                if char == " ":
                    right = x1
                    continue
            current.append(char)
            boxes.append((x0, y0, x1, y1))
            right = x1
        if current:
            words.append(("".join(current), boxes))
        group = [
            Word(
                text,
                min(b[0] for b in bs) / scale,
                min(b[1] for b in bs) / scale,
                max(b[2] for b in bs) / scale,
                max(b[3] for b in bs) / scale,
                (max(b[3] for b in bs) - min(b[1] for b in bs)) / scale,
                float(confidence) * 100,
            )
            for text, bs in words
        ]
        if group:
            groups.append(group)
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20, help="certificates per kind")
    parser.add_argument(
        "--rapidocr-path", type=Path, help="where rapidocr-onnxruntime is installed"
    )
    parser.add_argument("--long-side", type=int, default=1600, help="RapidOCR's input size")
    args = parser.parse_args()
    engine = None
    if args.rapidocr_path:
        sys.path.append(str(args.rapidocr_path))
    try:
        from rapidocr_onnxruntime import RapidOCR

        engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    except ImportError:
        print("  rapidocr: not installed (see --rapidocr-path); Tesseract only")
    items = [item for item in corpus(200, 20250302) if item.layout != "transcript"][: args.count]
    totals: dict[str, list[float]] = {}
    for kind in ("scan", "photo"):
        for item in items:
            data = (
                photograph(item.pdf, item.seed)
                if kind == "photo"
                else rasterise(item, item.seed, jpeg=True)
            )
            started = time.perf_counter()
            capture = read_certificate("image", data)
            seconds = time.perf_counter() - started
            outcomes = score(item, capture.drafts)
            tally = totals.setdefault(f"tesseract {kind}", [0, 0, 0.0])
            tally[0] += sum(o.ok for o in outcomes)
            tally[1] += len(outcomes)
            tally[2] += seconds
            if engine is None:
                continue
            started = time.perf_counter()
            prepared = prepare(Image.open(io.BytesIO(data)))
            groups = _words(engine, prepared, args.long_side)
            page = lay_out(groups, prepared.width, prepared.height, origin="ocr")
            drafts = drafts_of(Doc.of_pages([page], ocr=True), "ocr")
            seconds = time.perf_counter() - started
            outcomes = score(item, drafts)
            tally = totals.setdefault(f"rapidocr {kind}", [0, 0, 0.0])
            tally[0] += sum(o.ok for o in outcomes)
            tally[1] += len(outcomes)
            tally[2] += seconds
    overall: dict[str, list[float]] = {}
    for key, (right, total, seconds) in totals.items():
        print(
            f"  {key}: {right / total:.1%} of {total:.0f} fields exact, {seconds / len(items):.2f} s per image"
        )
        engine_name = key.split()[0]
        bucket = overall.setdefault(engine_name, [0, 0])
        bucket[0] += right
        bucket[1] += total
    shares = {name: 100 * right / total for name, (right, total) in overall.items()}
    rapid = f"{shares['rapidocr']:.1f} %" if "rapidocr" in shares else "not run"
    print(f"ocr_engines: tesseract {shares['tesseract']:.1f} % / rapidocr {rapid} fields exact")


if __name__ == "__main__":
    main()
