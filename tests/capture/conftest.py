"""Fixtures for the capture tests: the synthetic corpus, and Tesseract.

The OCR tests need the `tesseract` program. Locally they are skipped without it; under CI
(CI=true) a missing Tesseract fails them, so the OCR path is never silently left untested
(tests/tools.py). Everything else in capture - the size and pixel limits of scans included -
is tested the same with or without it.
"""

from __future__ import annotations

import shutil

import pytest

from tests.capture.corpus import LAYOUTS, Item, render
from tests.tools import require


@pytest.fixture(scope="session")
def tesseract() -> str:
    missing = "tesseract is not installed (Debian package tesseract-ocr; .ci/run installs it)"
    return require(shutil.which("tesseract"), missing)


@pytest.fixture(scope="session")
def one_per_layout() -> dict[str, Item]:
    """One rendered certificate of each layout (fixed seeds)."""
    return {layout: render(layout, 4100 + number) for number, layout in enumerate(LAYOUTS)}
