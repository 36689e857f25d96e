"""A catalogue file may use the ledger's own words: activity kinds (`course`, `live-session`,
`self-study`, ...) and every accreditation name the ledger reads (`pace`, `ASCLS P.A.C.E.`,
`Florida board`), resolved by the one vocabulary (core/vocabulary.py) the engine uses. What
cannot be resolved is reported row by row: file, line, column."""

from __future__ import annotations

import pytest

from cetrack.core.catalogue.files import read_catalogue_csv, write_catalogue_csv
from cetrack.core.catalogue.model import ITEM_KINDS, KIND_OF_LEDGER_KIND, catalogue_kind
from cetrack.core.vocabulary import vocabulary

HEADER = "id,kind,title,hours,topics,price,accreditation\n"


def read(rows: str):  # type: ignore[no-untyped-def]
    return read_catalogue_csv(HEADER + rows, "words.csv")


def test_every_ledger_kind_names_a_catalogue_kind_that_becomes_it_again() -> None:
    assert set(KIND_OF_LEDGER_KIND) == set(vocabulary().kinds)
    for ledger_kind in vocabulary().kinds:
        found = catalogue_kind(ledger_kind)
        assert found is not None, ledger_kind
        kind, activity_kind = found
        assert kind in ITEM_KINDS
        catalogue = read(f"x,{ledger_kind},Something,1,safety,5,pace\n")
        assert not catalogue.problems, [str(p) for p in catalogue.problems]
        (item,) = catalogue.items
        assert (item.kind, item.activity_kind) == (kind, activity_kind)
        assert item.ledger_kind == ledger_kind


@pytest.mark.parametrize(
    ("word", "kind", "ledger_kind"),
    [
        ("course", "online-course", "course"),
        ("live-session", "webinar", "live-session"),
        ("workshop", "workshop", "workshop"),
        ("in-service", "in-service", "in-service"),
        ("self-study", "online-course", "self-study"),
        ("academic", "degree-program", "academic"),
        ("online-course", "online-course", "course"),
    ],
)
def test_ledger_kinds_map_onto_catalogue_kinds(word: str, kind: str, ledger_kind: str) -> None:
    (item,) = read(f"x,{word},Something,1,safety,5,pace\n").items
    assert item.kind == kind and item.ledger_kind == ledger_kind


def test_an_explicit_activity_kind_wins_over_the_one_a_ledger_word_implies() -> None:
    text = "id,kind,title,hours,activity_kind\nx,self-study,Journal club,1,publication\n"
    (item,) = read_catalogue_csv(text, "words.csv").items
    assert item.kind == "online-course" and item.ledger_kind == "publication"


@pytest.mark.parametrize(
    ("name", "accreditation", "approvals"),
    [
        ("pace", "pace", ()),
        ("ASCLS P.A.C.E.", "pace", ()),
        ("P.A.C.E.", "pace", ()),
        ("CMLE", "cmle", ()),
        ("Florida board", "state-board", ("fl",)),
        ("FL board", "state-board", ("fl",)),
        ("Florida Board of Clinical Laboratory Personnel", "state-board", ("fl",)),
        ("state board", "state-board", ()),
        ("university", "university", ()),
    ],
)
def test_every_accreditation_name_the_ledger_reads_is_accepted(
    name: str, accreditation: str, approvals: tuple[str, ...]
) -> None:
    catalogue = read(f'x,course,Something,1,safety,5,"{name}"\n')
    assert not catalogue.problems, [str(p) for p in catalogue.problems]
    (item,) = catalogue.items
    assert item.accreditation == accreditation and item.approvals == approvals
    # Resolved exactly as the engine resolves an activity's accreditation.
    assert vocabulary().accreditation_id(name) == accreditation


def test_a_board_named_twice_is_one_approval_and_the_file_reads_back_equal() -> None:
    text = "id,kind,title,hours,approvals,accreditation\nx,course,Laws,1,fl,Florida board\n"
    catalogue = read_catalogue_csv(text, "words.csv")
    (item,) = catalogue.items
    assert item.approvals == ("fl",)
    again = read_catalogue_csv(write_catalogue_csv(catalogue), "again.csv")
    assert again.items == catalogue.items


def test_what_cannot_be_resolved_is_located_by_line_and_column() -> None:
    catalogue = read(
        "good,course,Fine,1,safety,5,pace\n"
        "bad-kind,cours,Typo,1,safety,5,pace\n"
        "bad-accreditation,course,Typo,1,safety,5,Acme Learning\n"
    )
    assert [i.id for i in catalogue.items] == ["good"]
    kind, accreditation = catalogue.problems
    assert (kind.file, kind.line, kind.where, kind.key) == ("words.csv", 3, "row bad-kind", "kind")
    assert "unknown kind 'cours'" in kind.message and "did you mean 'course'" in kind.message
    assert (accreditation.line, accreditation.key) == (4, "accreditation")
    assert "unknown accreditation 'Acme Learning'" in accreditation.message
