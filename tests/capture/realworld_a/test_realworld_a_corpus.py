"""The development corpus builds: enough items, well-formed files, truth within the keys."""

from __future__ import annotations

import datetime
from collections import Counter

import pytest

from tests.capture.realworld_a.corpus import AMOUNT_KEYS, TRUTH_KEYS, Certificate, certificates

# Building the corpus takes 10–30 s of CPU: the slow pass builds it once.
pytestmark = pytest.mark.slow

MAGIC = {"text": (b"%PDF",), "scan": (b"%PDF", b"\x89PNG", b"\xff\xd8\xff"),
         "photo": (b"\xff\xd8\xff",)}  # fmt: skip


@pytest.fixture(scope="module")
def items() -> list[Certificate]:
    return certificates()  # built once: rendering the scans and photos takes seconds


def test_corpus_builds_with_well_formed_items(items: list[Certificate]) -> None:
    kinds = Counter(item.kind for item in items)
    assert kinds["text"] >= 45 and kinds["scan"] >= 4 and kinds["photo"] >= 4
    assert len({item.name for item in items}) == len(items)
    for item in items:
        assert item.data.startswith(MAGIC[item.kind]), item.name
        assert set(item.truth) <= TRUTH_KEYS, item.name
        assert len(set(item.truth) & AMOUNT_KEYS) == 1, item.name
        assert float(str(next(item.truth[k] for k in AMOUNT_KEYS if k in item.truth))) > 0
        assert item.truth.get("title"), item.name
        dates = [item.truth[k] for k in ("completed_on", "start", "end") if k in item.truth]
        assert len(dates) in (1, 2) and ("completed_on" in item.truth) == (len(dates) == 1)
        for value in dates:
            datetime.date.fromisoformat(str(value))
        if "start" in item.truth:
            assert str(item.truth["start"]) < str(item.truth["end"]), item.name


def test_degraded_copies_share_their_source_truth(items: list[Certificate]) -> None:
    texts = {item.name: item for item in items if item.kind == "text"}
    for item in items:
        if item.kind != "text":
            source = texts[item.name.split("__")[0]]
            assert item.truth == source.truth and item.data != source.data
