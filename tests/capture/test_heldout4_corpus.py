"""The held-out corpus heldout4 builds and its truth is well formed. Never runs the reader."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from tests.capture.heldout4 import corpus
from tests.capture.heldout4.model import ALLOWED_KEYS, AMOUNT_KEYS, Item

pytestmark = pytest.mark.slow

DECIMAL = re.compile(r"^(0|[1-9]\d*)(\.\d*[1-9])?$")
ACCREDITATIONS = {"pace", "accent", "cmle", "accme", "state-board", "society", "university"}


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return corpus.certificates()


def test_counts_and_unique_names(items: list[Item]) -> None:
    kinds = Counter(item.kind for item in items)
    assert kinds["text"] >= 66
    assert kinds["scan"] == 12
    assert kinds["photo"] == 12
    names = [item.name for item in items]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"h4-(\d{2}|s\d{2}|p\d{2})", name) for name in names)


def test_file_types_match_kinds(items: list[Item]) -> None:
    for item in items:
        if item.kind == "text":
            assert item.data.startswith(b"%PDF"), item.name
        elif item.kind == "photo":
            assert item.data.startswith(b"\xff\xd8"), item.name
        else:
            assert item.data[:4] in (b"%PDF", b"\x89PNG", b"\xff\xd8\xff\xe0"), item.name


def test_truth_is_well_formed(items: list[Item]) -> None:
    for item in items:
        truth = item.truth
        assert set(truth) <= ALLOWED_KEYS, item.name
        assert {"title", "participant_name", "provider"} <= set(truth), item.name
        amounts = [key for key in AMOUNT_KEYS if key in truth]
        assert len(amounts) == 1, item.name
        assert DECIMAL.match(truth[amounts[0]]), item.name
        assert float(truth[amounts[0]]) > 0, item.name
        if "completed_on" in truth:
            assert "start" not in truth and "end" not in truth, item.name
            dt.date.fromisoformat(truth["completed_on"])
        else:
            start = dt.date.fromisoformat(truth["start"])
            end = dt.date.fromisoformat(truth["end"])
            assert start < end, item.name
        if "accreditation" in truth:
            assert truth["accreditation"] in ACCREDITATIONS, item.name
        assert truth.get("level", "basic") in {"basic", "intermediate", "advanced"}, item.name
        assert truth.get("delivery", "live") in {"live", "self-study"}, item.name
        assert all(isinstance(value, str) and value.strip() == value for value in truth.values())


def test_degraded_copies_come_from_distinct_text_items(items: list[Item]) -> None:
    texts = [item.truth for item in items if item.kind == "text"]
    copies = [item.truth for item in items if item.kind != "text"]
    sources = [texts.index(truth) for truth in copies]
    assert len(set(sources)) == 24


def test_text_items_are_deterministic(items: list[Item]) -> None:
    again, _ = corpus._text_items()
    first = [item for item in items if item.kind == "text"]
    assert [item.data for item in again] == [item.data for item in first]
