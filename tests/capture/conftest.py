"""Fixtures for the capture tests: the synthetic corpus, and Tesseract.

The OCR tests need the `tesseract` program. Locally they are skipped without it; in CI (the
CI environment variable is set) a missing Tesseract fails them, so the OCR path is never
silently left untested.
"""

from __future__ import annotations

import os
import shutil

import pytest

from tests.capture.corpus import LAYOUTS, Item, render


@pytest.fixture(scope="session")
def tesseract() -> str:
    path = shutil.which("tesseract")
    if path is None:
        message = "tesseract is not installed (Debian package tesseract-ocr)"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the OCR tests: {message}")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def one_per_layout() -> dict[str, Item]:
    """One rendered certificate of each layout (fixed seeds)."""
    return {layout: render(layout, 4100 + number) for number, layout in enumerate(LAYOUTS)}
