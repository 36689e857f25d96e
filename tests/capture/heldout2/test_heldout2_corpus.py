"""Smoke test: the second held-out corpus builds. It never runs the certificate reader."""

from __future__ import annotations

import pytest

from tests.capture.heldout2.corpus import AMOUNT_KEYS, TRUTH_KEYS, heldout2_certificates

# Building the corpus takes 10–30 s of CPU: the slow pass builds it once.
pytestmark = pytest.mark.slow

MAGIC = {
    "text": (b"%PDF",),
    "scan": (b"%PDF", b"\x89PNG", b"\xff\xd8\xff"),
    "photo": (b"\xff\xd8\xff",),
}


def test_heldout2_corpus_builds() -> None:
    items = heldout2_certificates()
    assert len(items) >= 60
    assert sum(item.kind in ("scan", "photo") for item in items) >= 15
    assert len({item.name for item in items}) == len(items)
    for item in items:
        assert item.kind in MAGIC, item.name
        assert item.data.startswith(MAGIC[item.kind]), item.name
        assert set(item.truth) <= set(TRUTH_KEYS), item.name
        assert sum(key in item.truth for key in AMOUNT_KEYS) == 1, item.name
        assert item.truth.get("title"), item.name
        dated = "completed_on" in item.truth or {"start", "end"} <= set(item.truth)
        assert dated, item.name
