"""Capture never decides compliance alone: required topics are ticked only on strong evidence,
hours printed per topic become one activity per topic, and a hand-typed repeat is recognised."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cetrack.core.capture.draft import Capture, Draft, Field
from cetrack.core.capture.duplicates import (
    activity_signature,
    draft_signature,
    find_duplicates,
    repeats_record,
)
from cetrack.core.capture.reader import read_file
from cetrack.core.capture.split import find_parts, with_topic_splits
from cetrack.core.capture.topics import (
    MANDATORY_THRESHOLD,
    MANDATORY_TOPICS,
    infer_topics,
    pretick,
    topic_ids,
)
from cetrack.core.ledger import Activity, Amount, read_activity
from cetrack.core.vocabulary import vocabulary
from tests.capture.samples import certificate_pdf

TODAY = date(2026, 1, 15)


def read(title: str = "Florida Renewal Bundle", amount: str = "1.5 contact hours") -> Capture:
    return read_file("cert.pdf", certificate_pdf(title=title, amount=amount), today=TODAY)


def ticked(capture: Capture, index: int = 0) -> tuple[str, ...]:
    value = capture.drafts[index].value("topics")
    return value if isinstance(value, tuple) else ()


def suggested(capture: Capture, index: int = 0) -> tuple[str, ...]:
    value = capture.drafts[index].value("topic_suggestions")
    return value if isinstance(value, tuple) else ()


# --- required topics on weak evidence -----------------------------------------------------------


def test_the_mandatory_topics_are_vocabulary_ids() -> None:
    assert set(vocabulary().topics) >= MANDATORY_TOPICS
    assert {"fl-laws-rules", "hiv-aids", "medical-errors", "safety", "ethics"} == MANDATORY_TOPICS


def test_westgard_rules_does_not_tick_florida_laws_and_rules() -> None:
    capture = read("Westgard Rules")
    assert ticked(capture) == ("quality",)
    assert "fl-laws-rules" not in suggested(capture)  # "rules" alone is no evidence at all


def test_transfusion_reactions_does_not_tick_safety() -> None:
    capture = read("Transfusion reactions")
    assert ticked(capture) == ("blood-banking",)
    assert "safety" not in suggested(capture)


def test_a_florida_word_alone_ticks_nothing() -> None:
    # Before: "Florida" + "Renewal" added up to Florida laws and rules at 54 %.
    capture = read("Florida Renewal Bundle")
    assert "topics" not in capture.drafts[0].fields


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Florida Laws and Rules for Clinical Laboratory Personnel", "fl-laws-rules"),
        ("HIV/AIDS Update", "hiv-aids"),
        ("Prevention of Medical Errors", "medical-errors"),
        ("Laboratory Safety", "safety"),
        ("Ethics in the Clinical Laboratory", "ethics"),
    ],
)
def test_a_course_named_for_a_required_topic_still_ticks_it(title: str, topic: str) -> None:
    assert topic in ticked(read(title))


def test_decisive_but_weak_evidence_is_shown_unticked() -> None:
    # "hand hygiene" names safety, but one term is not enough to tick a required minimum.
    (guess,) = infer_topics("Hand Hygiene")
    assert guess.topic == "safety" and guess.confidence < MANDATORY_THRESHOLD
    assert not pretick(guess)
    capture = read("Hand Hygiene")
    assert "topics" not in capture.drafts[0].fields
    assert suggested(capture) == ("safety",)
    assert capture.drafts[0].entry("hh").get("topic_suggestions") is None  # never in a ledger


def test_an_ordinary_topic_keeps_its_ordinary_threshold() -> None:
    # Quality is not a required minimum: 0.5 is enough, as before.
    assert topic_ids("Westgard Rules") == ("quality",)
    assert topic_ids("Quality Control Rules") == ("quality",)


def test_description_words_alone_never_propose_a_required_topic() -> None:
    assert "safety" not in {g.topic for g in infer_topics("Webinar 12", "Covers lab safety.")}


def test_a_transcript_category_is_gated_the_same_way() -> None:
    rows = b"Course Title,Date Completed,Contact Hours,Category\nQC for POCT,03/02/2025,1,Rules\n"
    capture = read_file("t.csv", rows, today=TODAY)
    assert "fl-laws-rules" not in ticked(capture)


# --- hours per topic -------------------------------------------------------------------------


SPLIT = "1 hour HIV/AIDS and 2 hours Prevention of Medical Errors"


def amounts(capture: Capture) -> list[tuple[str | None, str | tuple[str, ...] | None]]:
    return [(draft.text("title"), draft.value("hours")) for draft in capture.drafts]


def test_hours_per_topic_become_one_activity_per_topic() -> None:
    capture = read(amount=SPLIT)
    assert amounts(capture) == [
        ("Florida Renewal Bundle — HIV/AIDS", "1"),
        ("Florida Renewal Bundle — Prevention of Medical Errors", "2"),
    ]
    assert ticked(capture, 0) == ("hiv-aids",)
    assert ticked(capture, 1) == ("medical-errors", "safety")
    for number, draft in enumerate(capture.drafts, start=1):
        assert f"part {number} of 2" in draft.notes[-1]
        assert draft.text("completed_on") == "2025-03-02"
        assert draft.text("provider") == "American Society for Clinical Laboratory Science"
        activity, problems = read_activity(draft.entry(f"part-{number}"), "cert.pdf")
        assert activity is not None, problems


@pytest.mark.parametrize(
    "printed",
    [
        "3 contact hours (1 hour HIV/AIDS, 2 hours Prevention of Medical Errors)",
        "HIV/AIDS: 1 hour; Prevention of Medical Errors: 2 hours",
        "1.0 contact hour of HIV/AIDS, 2.0 contact hours of Prevention of Medical Errors",
    ],
)
def test_split_wordings(printed: str) -> None:
    capture = read(amount=printed)
    assert [d.value("hours") for d in capture.drafts] == ["1", "2"]
    assert [ticked(capture, i)[0] for i in (0, 1)] == ["hiv-aids", "medical-errors"]


def test_hours_for_part_of_the_course_leave_an_activity_for_the_rest() -> None:
    capture = read("Clinical Chemistry Update", "3 contact hours, including 1 hour of HIV/AIDS")
    assert amounts(capture) == [
        ("Clinical Chemistry Update — HIV/AIDS", "1"),
        ("Clinical Chemistry Update", "2"),
    ]
    assert ticked(capture, 0) == ("hiv-aids",)
    assert ticked(capture, 1) == ("chemistry",)
    assert "the remaining 2 contact hours" in capture.drafts[1].notes[-1]


def test_parts_that_do_not_add_up_are_not_split_but_flagged() -> None:
    capture = read(amount="2 contact hours (1 hour HIV/AIDS, 2 hours Prevention of Medical Errors)")
    (draft,) = capture.drafts
    assert draft.value("hours") == "2"
    assert "do not add up" in draft.notes[-1]
    assert "hiv-aids" not in ticked(capture)


def test_a_course_title_beside_its_credit_is_not_a_split() -> None:
    assert amounts(read("Laboratory Safety", "1 hour Laboratory Safety")) == [
        ("Laboratory Safety", "1")
    ]
    text = "Red Cell Morphology 2.0 CMLE credit hours\nTuberculosis Laboratory Diagnosis 0.2 CEU"
    assert len(find_parts(text)) == 2  # two topics, but in different units:
    draft = Draft({"title": Field("Heme", 0.9, ""), "hours": Field("2", 0.9, "")}, "pdf-text")
    unchanged = with_topic_splits(Capture("c.pdf", "application/pdf", (draft,), text=text))
    assert len(unchanged.drafts) == 1


def test_the_same_part_printed_twice_counts_once() -> None:
    text = f"{SPLIT}\n...\nThis certificate awards {SPLIT}."
    assert [(p.topics[0], p.value) for p in find_parts(text)] == [
        ("hiv-aids", Decimal(1)),
        ("medical-errors", Decimal(2)),
    ]


# --- a hand-typed activity is a repeat -----------------------------------------------------


def typed(title: str, hours: str = "1.5", end: date = date(2025, 3, 2)) -> Activity:
    return Activity(
        id="typed", title=title, start=end, end=end, amount=Amount("hours", Decimal(hours))
    )


def certificate_draft() -> Draft:
    return read("Antibody Identification: Case Studies from the Bench").drafts[0]


def test_a_short_hand_typed_title_on_the_same_day_with_the_same_credit_is_a_repeat() -> None:
    (match,) = find_duplicates([certificate_draft()], [typed("Antibody ID")])
    assert match.activity_id == "typed"
    assert "same credit" in match.reasons and "title words in common" in match.reasons


@pytest.mark.parametrize(
    "existing",
    [
        typed("Antibody ID", hours="1"),  # different credit
        typed("Antibody ID", end=date(2025, 3, 3)),  # another day
        typed("Coagulation Update"),  # no words in common
        typed("Antibody Identification Part 2"),  # a number the certificate does not have
    ],
)
def test_a_typed_activity_that_differs_is_not_a_repeat(existing: Activity) -> None:
    assert find_duplicates([certificate_draft()], [existing]) == ()


def draft_of(title: str) -> Draft:
    values = {"title": title, "completed_on": "2025-03-02", "hours": "1"}
    return Draft({name: Field(value, 0.9, value) for name, value in values.items()}, "csv")


def test_two_drafts_in_one_batch_are_not_merged_on_shared_words_alone() -> None:
    # The looser rule is for a person's own records; drafts among themselves need the title.
    one, two = draft_of("Hematology"), draft_of("Hematology Case Studies")
    assert find_duplicates([one, two]) == ()
    typed_short = activity_signature(typed("Hematology", "1"))
    assert repeats_record(draft_signature(two), typed_short) is not None
