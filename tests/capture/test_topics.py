"""Topic inference from course titles: what a person reviewing a captured certificate sees."""

from __future__ import annotations

import csv
import hashlib
import io
from importlib import resources

import pytest

from cetrack.core.capture.topics import MANDATORY_TOPICS, TopicGuess, infer_topics, topic_ids
from cetrack.core.vocabulary import vocabulary

TOPICS = set(vocabulary().topics)


def labelled() -> list[dict[str, str]]:
    text = resources.files("cetrack.data").joinpath("topic-titles.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def labels(row: dict[str, str]) -> set[str]:
    return {topic for topic in row["topics"].split(";") if topic}


# --- titles a user would notice ------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Florida Laws and Rules for Clinical Laboratory Personnel", {"fl-laws-rules"}),
        ("Prevention of Medical Errors (2 hr)", {"medical-errors", "safety"}),
        ("Antibody Identification Case Studies", {"blood-banking"}),
        ("MALDI-TOF in the clinical micro lab", {"microbiology"}),
        ("HIV/AIDS Update for Florida Clinical Laboratory Personnel", {"hiv-aids"}),
        ("Coag Case Studies: Prolonged aPTT", {"hematology"}),
        ("Urine Cultures: What Counts?", {"microbiology"}),  # not urinalysis
        ("Urine Sediment Atlas", {"urinalysis"}),
        ("Westgard Rules and Levey-Jennings Charts", {"quality"}),
        ("Bloodborne Pathogens Annual Update", {"safety"}),
        ("Grossing Colon Resections for PAs", {"macroscopic-examination"}),
        ("The Bethesda System for Thyroid FNA", {"cytology"}),
        ("Microtomy Tips for New Histotechs", {"histology"}),
        ("Order of Draw and Tourniquet Time", {"phlebotomy"}),
        ("Waived Testing in Physician Offices", {"point-of-care"}),
        ("Preparing for Your CAP Inspection", {"laboratory-operations"}),
        ("Laboratory Budgeting for New Managers", {"management"}),
        ("Writing Learning Objectives for Clinical Educators", {"education"}),
        ("Administration and Supervision for Directors", {"supervision", "management"}),
        ("Medical Ethics in the Laboratory", {"ethics"}),
        ("Karyotype Nomenclature and FISH", {"genetics"}),
        ("Next-Generation Sequencing Basics", {"molecular"}),
        ("ANA Patterns by IFA", {"immunology"}),
        ("Tox Screens and Confirmation by LC-MS/MS", {"chemistry"}),
    ],
)
def test_titles_get_the_topics_a_lab_professional_would_give(
    title: str, expected: set[str]
) -> None:
    assert set(topic_ids(title)) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Excel tips for beginners",
        "Retirement Planning 101",
        "Point-of-Care Ultrasound for Emergency Physicians",  # not a laboratory test
        "BLS/CPR Renewal",
        "Hearing Aids: Choosing the Right Fit",  # "aids" in lower case is not AIDS
        "",
    ],
)
def test_no_evidence_means_no_guess(title: str) -> None:
    assert infer_topics(title) == ()


def test_transfusion_reactions_are_blood_banking_first() -> None:
    assert topic_ids("Transfusion Reactions: Recognition and Workup")[0] == "blood-banking"
    assert set(topic_ids("Transfusion Reactions and Patient Safety")) == {
        "blood-banking",
        "safety",
    }


def test_florida_approval_wording_is_not_florida_law_content() -> None:
    assert topic_ids("Preventing Medical Errors: Florida Board-Approved 2 Contact Hours") == (
        "medical-errors",
        "safety",
    )


def test_acronyms_match_only_in_their_own_spelling() -> None:
    assert "blood-banking" in topic_ids("BB Case Studies: The Positive DAT")
    assert "hiv-aids" not in topic_ids("Teaching Aids for the Student Laboratory")
    assert "education" in topic_ids("Teaching Aids for the Student Laboratory")


def test_all_capitals_and_accents_are_read_like_ordinary_text() -> None:
    assert topic_ids("PREVENTION OF MEDICAL ERRORS FOR FLORIDA LAB PERSONNEL")[:2] == (
        "medical-errors",
        "safety",
    )
    assert topic_ids("bioMérieux VITEK® 2: ID and AST Workflows") == ("microbiology",)
    assert topic_ids("What’s New in the Blood Bank’s Standards")[0] == "blood-banking"


def test_general_only_for_laboratory_wording_that_fits_no_topic() -> None:
    assert topic_ids("Laboratory Math: Dilutions and Concentrations") == ("general",)
    assert "general" not in topic_ids("Laboratory Hematology Update")


def test_description_adds_evidence_when_the_title_has_none() -> None:
    assert topic_ids("Webinar 12") == ()
    assert topic_ids(
        "Webinar 12", "Covers Westgard rules, Levey-Jennings charts and QC troubleshooting."
    ) == ("quality",)


def test_a_guess_says_which_words_suggested_it() -> None:
    guesses = infer_topics("Antibody Identification Case Studies")
    assert guesses[0] == TopicGuess(
        "blood-banking", guesses[0].confidence, "Antibody Identification"
    )
    assert 0.5 <= guesses[0].confidence < 1.0
    implied = {g.topic: g for g in infer_topics("Prevention of Medical Errors (2 hr)")}
    assert implied["safety"].matched.endswith("(implies safety)")


def test_guesses_are_sorted_known_ids_in_range_and_deterministic() -> None:
    for row in labelled():
        guesses = infer_topics(row["title"])
        assert guesses == infer_topics(row["title"])
        assert [g.confidence for g in guesses] == sorted(
            (g.confidence for g in guesses), reverse=True
        )
        for guess in guesses:
            assert guess.topic in TOPICS
            assert 0.0 < guess.confidence <= 1.0
            assert guess.matched


def test_threshold_filters_the_guesses() -> None:
    title = "Blood Bank Quality: Deviation Reporting and Lookback"
    everything = topic_ids(title, threshold=0.0)
    assert set(topic_ids(title)) <= set(everything)
    assert topic_ids(title, threshold=1.01) == ()


# --- the labelled set ------------------------------------------------------------------------


def test_labelled_set_is_large_covers_every_topic_and_uses_known_ids() -> None:
    rows = labelled()
    assert len(rows) >= 300
    assert len({row["title"] for row in rows}) == len(rows), "titles are unique"
    seen: dict[str, set[str]] = {"dev": set(), "test": set()}
    for row in rows:
        assert row["split"] in seen, row
        assert labels(row) <= TOPICS, row
        seen[row["split"]] |= labels(row)
    assert seen["dev"] == TOPICS
    assert seen["test"] == TOPICS


def test_split_is_a_stable_hash_of_the_title() -> None:
    for row in labelled():
        third = hashlib.sha256(row["title"].encode("utf-8")).digest()[0] % 3 == 0
        assert row["split"] == ("test" if third else "dev"), row["title"]


def micro(split: str) -> tuple[float, float]:
    tp = fp = fn = 0
    for row in labelled():
        if row["split"] != split:
            continue
        gold, guessed = labels(row), set(topic_ids(row["title"]))
        tp += len(gold & guessed)
        fp += len(guessed - gold)
        fn += len(gold - guessed)
    return tp / (tp + fp), tp / (tp + fn)


def test_test_split_precision_and_recall_stay_above_their_floors() -> None:
    # Measured (bench/topics.py): test micro P 0.935, R 0.953 since required topics need strong
    # evidence (P 0.929, R 0.977 before); blind first run P 0.920, R 0.972.
    precision, recall = micro("test")
    assert precision >= 0.90, f"test micro precision fell to {precision:.3f}"
    assert recall >= 0.95, f"test micro recall fell to {recall:.3f}"


def test_dev_split_precision_and_recall_stay_above_their_floors() -> None:
    # Measured: dev micro P 0.987, R 0.985 (the lexicon was tuned on these titles).
    precision, recall = micro("dev")
    assert precision >= 0.96, f"dev micro precision fell to {precision:.3f}"
    assert recall >= 0.97, f"dev micro recall fell to {recall:.3f}"


def test_no_required_topic_is_ticked_wrongly_on_either_split() -> None:
    # A wrong tick of a required topic can show a minimum as met (issue 10, point 7).
    wrong = [
        (row["title"], topic)
        for row in labelled()
        for topic in set(topic_ids(row["title"])) - labels(row)
        if topic in MANDATORY_TOPICS
    ]
    assert wrong == []
