"""The realworld_c development corpus builds and its truth is well formed (never runs the reader)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest

from tests.capture.realworld_c import pages_certs, pages_events, pages_letters, pages_more
from tests.capture.realworld_c.corpus import PHOTOS, SCANS, certificates
from tests.capture.realworld_c.degrade import photo, scan

AMOUNT_KEYS = {"hours", "minutes", "ceu", "points", "semester_hours", "quarter_hours"}
DATE_KEYS = {"completed_on", "start", "end"}
TEXT_KEYS = {
    "title",
    "participant_name",
    "provider",
    "accreditation",
    "course_number",
    "provider_number",
    "approval_number",
    "accrediting_agency_number",
    "license_number",
    "level",
    "delivery",
}
ACCREDITATIONS = {"pace", "accent", "cmle", "accme", "state-board"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PLAIN_DECIMAL = re.compile(r"^(0|[1-9]\d*)(\.\d*[1-9])?$")


def check_truth(name: str, truth: dict[str, Any]) -> None:
    unknown = set(truth) - AMOUNT_KEYS - DATE_KEYS - TEXT_KEYS
    assert not unknown, (name, unknown)
    for key in ("title", "participant_name", "provider"):
        assert truth.get(key, "").strip(), (name, key)
    amounts = AMOUNT_KEYS & set(truth)
    assert len(amounts) == 1, (name, amounts)
    value = truth[amounts.pop()]
    assert PLAIN_DECIMAL.match(value) and Decimal(value) > 0, (name, value)
    if "completed_on" in truth:
        assert "start" not in truth and "end" not in truth, name
        assert ISO.match(truth["completed_on"]), name
    else:
        assert ISO.match(truth["start"]) and ISO.match(truth["end"]), name
        assert truth["start"] < truth["end"], name
    if "accreditation" in truth:
        assert truth["accreditation"] in ACCREDITATIONS, name
    if "level" in truth:
        assert truth["level"] in {"basic", "intermediate", "advanced"}, name
    if "delivery" in truth:
        assert truth["delivery"] in {"live", "self-study"}, name
    if "approval_number" in truth:
        assert truth["approval_number"].startswith("50-"), name


def test_text_pages_build_with_well_formed_truth() -> None:
    names = []
    for module in (pages_letters, pages_certs, pages_events, pages_more):
        for name, make in module.pages.items:
            data, truth = make()
            assert data.startswith(b"%PDF"), name
            check_truth(name, truth)
            names.append(name)
    assert len(names) == len(set(names)) == 60
    assert set(SCANS) <= set(names) and set(PHOTOS) <= set(names)
    assert not set(SCANS) & set(PHOTOS)


@pytest.mark.slow
def test_whole_corpus_builds_deterministically() -> None:
    items = certificates()
    names = [item.name for item in items]
    assert len(names) == len(set(names)) == 80
    kinds = [item.kind for item in items]
    assert (kinds.count("text"), kinds.count("scan"), kinds.count("photo")) == (60, 10, 10)
    texts = {item.name: item for item in items if item.kind == "text"}
    for item in items:
        check_truth(item.name, item.truth)
        if item.kind == "text":
            continue
        source = texts[item.name.rsplit("__", 1)[0]]
        assert item.truth == source.truth, item.name
        if item.kind == "photo":
            assert item.data.startswith(b"\xff\xd8"), item.name
        else:
            assert item.data[:4] in (b"%PDF", b"\x89PNG") or item.data.startswith(b"\xff\xd8")
    # rebuilt from scratch (certificates() is cached), a page and its copies come out identical
    scan_name, photo_name = next(iter(SCANS)), next(iter(PHOTOS))
    by_name = {item.name: item.data for item in items}
    for module in (pages_letters, pages_certs, pages_events, pages_more):
        for name, make in module.pages.items:
            assert make()[0] == by_name[name], name
    assert scan(texts[scan_name].data, SCANS[scan_name]) == by_name[scan_name + "__scan"]
    assert photo(texts[photo_name].data, PHOTOS[photo_name]) == by_name[photo_name + "__photo"]
