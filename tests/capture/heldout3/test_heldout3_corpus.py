"""Smoke test: the third held-out corpus builds and its truth is well formed. Never runs the reader."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import lru_cache

import pytest

from . import degrade
from .corpus import _SCANS, AMOUNT_KEYS, TRUTH_KEYS, Item, certificates, specs
from .render import build_pdf

# Building the corpus takes 10–30 s of CPU: the slow pass builds it once.
pytestmark = pytest.mark.slow

MAGIC = {
    "text": (b"%PDF",),
    "scan": (b"%PDF", b"\x89PNG", b"\xff\xd8\xff"),
    "photo": (b"\xff\xd8\xff",),
}


@lru_cache(maxsize=1)
def _items() -> tuple[Item, ...]:
    return tuple(certificates())


def test_corpus_size_and_kinds() -> None:
    kinds = Counter(item.kind for item in _items())
    assert kinds["text"] >= 50
    assert kinds["scan"] >= 8
    assert kinds["photo"] >= 8
    names = [item.name for item in _items()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("index", range(len(_items())))
def test_item_is_well_formed(index: int) -> None:
    item = _items()[index]
    assert item.data.startswith(MAGIC[item.kind]), item.name
    assert set(item.truth) <= TRUTH_KEYS, item.name
    assert len(set(item.truth) & AMOUNT_KEYS) == 1, item.name
    amount = next(str(item.truth[key]) for key in AMOUNT_KEYS if key in item.truth)
    assert float(amount) > 0
    assert str(item.truth.get("title", "")).strip(), item.name
    if "completed_on" in item.truth:
        assert "start" not in item.truth and "end" not in item.truth
        dt.date.fromisoformat(str(item.truth["completed_on"]))
    else:
        assert dt.date.fromisoformat(str(item.truth["start"])) < dt.date.fromisoformat(
            str(item.truth["end"])
        )


def test_degraded_copies_keep_the_truth_of_a_text_item() -> None:
    text_truths = [item.truth for item in _items() if item.kind == "text"]
    for item in _items():
        if item.kind != "text":
            assert item.truth in text_truths, item.name


def test_build_is_deterministic() -> None:
    by_name = {item.name: item.data for item in _items()}
    for spec in specs()[:5]:
        assert build_pdf(spec.draw, spec.size) == by_name[spec.name]
    for index in (1, 2):  # a JPEG scan and an image-only PDF scan
        source, name, dpi, angle, fmt = _SCANS[index]
        assert degrade.scan(by_name[source], 300 + index, dpi, angle, fmt) == by_name[name]
