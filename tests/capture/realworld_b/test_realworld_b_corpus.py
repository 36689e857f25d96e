"""The development corpus B builds and its truth is well-formed; the reader is never run here."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from tests.capture.realworld_b import degrade, national
from tests.capture.realworld_b.corpus import AMOUNT_KEYS, SCANS, TRUTH_KEYS, certificates

# Building the corpus takes 10–30 s of CPU: the slow pass builds it once.
pytestmark = pytest.mark.slow

MAGIC = {
    "text": (b"%PDF",),
    "scan": (b"%PDF", b"\x89PNG", b"\xff\xd8\xff"),
    "photo": (b"\xff\xd8\xff",),
}


def test_corpus_has_enough_items_of_each_kind() -> None:
    kinds = Counter(item.kind for item in certificates())
    assert kinds["text"] >= 35
    assert kinds["scan"] >= 7
    assert kinds["photo"] >= 7
    assert set(kinds) == {"text", "scan", "photo"}


def test_names_are_unique_and_files_are_what_they_claim() -> None:
    items = certificates()
    assert len({item.name for item in items}) == len(items)
    for item in items:
        assert item.data.startswith(MAGIC[item.kind]), item.name


def test_truth_uses_known_keys_one_amount_a_title_and_a_date() -> None:
    for item in certificates():
        truth = item.truth
        assert set(truth) <= TRUTH_KEYS, item.name
        assert len(set(truth) & AMOUNT_KEYS) == 1, item.name
        assert str(truth.get("title", "")).strip(), item.name
        if "completed_on" in truth:
            assert "start" not in truth and "end" not in truth, item.name
            dt.date.fromisoformat(str(truth["completed_on"]))
        else:
            start = dt.date.fromisoformat(str(truth["start"]))
            assert start < dt.date.fromisoformat(str(truth["end"])), item.name
        amount = next(truth[key] for key in AMOUNT_KEYS if key in truth)
        assert float(str(amount)) > 0, item.name


def test_degraded_copies_carry_their_source_truth() -> None:
    by_name = {item.name: item for item in certificates()}
    for item in by_name.values():
        if item.kind != "text":
            source = by_name[item.name.split("__")[0]]
            assert source.kind == "text"
            assert item.truth == source.truth


def test_a_page_and_its_image_only_pdf_scan_rebuild_to_the_same_bytes() -> None:
    by_name = {item.name: item for item in certificates()}
    name, data, _ = national.university_ceu_letter()
    assert data == by_name[name].data
    _, seed, dpi, angle, fmt = next(scan for scan in SCANS if scan[0] == name)
    assert degrade.scan(data, seed, dpi, angle, fmt) == by_name[f"{name}__scan_{fmt}"].data
