"""Catalogue files: located row problems, CSV/JSON round trips, the starter catalogue, fuzzing."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cetrack.core.catalogue import files
from cetrack.core.catalogue.files import (
    COLUMNS,
    load_catalogue,
    read_catalogue_csv,
    read_catalogue_json,
    starter_catalogue,
    write_catalogue_csv,
    write_catalogue_json,
)
from cetrack.core.catalogue.model import ITEM_KINDS, Catalogue, CatalogueItem
from cetrack.core.ledger import Problem
from cetrack.core.vocabulary import vocabulary

RESEARCH_CSV = Path("/work/shared/research/catalogue-starter.csv")

HEADER = "id,kind,title,provider,hours,topics,price,accreditation,format,start,end,includes"
GOOD = f"""{HEADER}
pkg,package,LabCE package,LabCE,239,safety;chemistry,95,P.A.C.E.,online,,,c1;c2
c1,online-course,Course one,LabCE,1.5,safety,,pace,online,,,
c2,online-course,Course two,LabCE,0.2,chemistry,,CMLE,online,,,
conf,conference,ADLM 2026,ADLM,,chemistry;molecular,,ACCENT,in_person,2026-07-26,2026-07-30,
"""


def test_reads_a_good_csv() -> None:
    catalogue = read_catalogue_csv(GOOD, "good.csv")
    assert catalogue.problems == ()
    assert catalogue.source == "good.csv"
    assert [item.id for item in catalogue.items] == ["pkg", "c1", "c2", "conf"]
    pkg, c1, _, conf = catalogue.items
    assert pkg.amount == Decimal(239) and pkg.price == Decimal(95)
    assert pkg.topics == ("safety", "chemistry") and pkg.includes == ("c1", "c2")
    assert pkg.accreditation == "pace"
    assert c1.price is None  # blank: only through the package
    assert catalogue.included_in("c1") == ("pkg",)
    assert conf.format == "in-person" and conf.accreditation == "accent"
    assert conf.start == date(2026, 7, 26) and conf.is_event
    assert conf.amount is None  # blank stays blank


# Each bad value is placed in row "c2" (line 4); that row alone is skipped with a located problem.
BAD_FIELDS = [
    ("kind", "e-learning", "unknown kind"),
    ("start", "2026-13-01", "not a real date"),
    ("start", "July 2026", "YYYY-MM-DD"),
    ("price", "-5", "must not be negative"),
    ("price", "cheap", "expected a number"),
    ("hours", "-1", "must not be negative"),
    ("hours", "1e3", "expected a number"),
    ("topics", "safety;regulatory", "unknown topic id 'regulatory'"),
    ("includes", "c1;nope", "includes 'nope', which is not an id in this catalogue"),
    ("includes", "c2", "cannot include itself"),
    ("accreditation", "Acme Seal", "unknown accreditation"),
    ("format", "home-study", "unknown format"),
    ("title", "", "title is required"),
    ("id", "has space", "is not valid"),
    ("unit", "credits", "unknown unit"),
    ("member_price", "-1", "must not be negative"),
    ("approval_expires", "2026-02-30", "not a real date"),
    ("usual_month", "13", "month number 1-12"),
    ("recurs", "weekly", "unknown recurs"),
    ("leads_to", "ascp MLS", "not a valid id"),
    ("approvals", "Florida!", "lower-case ids"),
    ("url", "ftp://example.org", "http://"),
    ("seen", "last June", "a year"),
    ("employer_paid", "maybe", "true or false"),
    ("synthetic", "2", "true or false"),
    ("activity_kind", "party", "unknown activity kind"),
    ("notes", "bad\x00char", "control character"),
]


def csv_text(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def base_rows() -> list[dict[str, str]]:
    return [
        {"id": "pkg", "kind": "package", "title": "Package", "price": "95", "includes": "c1"},
        {"id": "c1", "kind": "online-course", "title": "One", "hours": "1", "topics": "safety"},
        {"id": "c2", "kind": "online-course", "title": "Two", "hours": "2", "price": "20"},
    ]


@pytest.mark.parametrize(("column", "value", "message"), BAD_FIELDS)
def test_bad_field_is_a_located_problem_and_the_row_is_skipped(
    column: str, value: str, message: str
) -> None:
    rows = base_rows()
    rows[2][column] = value
    catalogue = read_catalogue_csv(csv_text(rows), "bad.csv")
    assert [item.id for item in catalogue.items] == ["pkg", "c1"]
    assert len(catalogue.problems) >= 1
    problem = catalogue.problems[0]
    assert problem.file == "bad.csv"
    assert problem.line == 4
    assert problem.key == column
    assert message in problem.message
    expected_where = "row has space" if column == "id" else "row c2"
    assert problem.where == expected_where


def test_every_bad_field_in_a_row_is_reported() -> None:
    rows = base_rows()
    rows[2].update(kind="lecture", price="-1", start="2026-01-05", end="2026-01-01")
    catalogue = read_catalogue_csv(csv_text(rows), "bad.csv")
    assert {problem.key for problem in catalogue.problems} == {"kind", "price", "end"}
    assert "end 2026-01-01 is before start 2026-01-05" in str(catalogue.problems)


def test_duplicate_id_keeps_the_first() -> None:
    rows = [*base_rows(), {"id": "c1", "kind": "webinar", "title": "Again"}]
    catalogue = read_catalogue_csv(csv_text(rows), "dup.csv")
    assert [item.title for item in catalogue.items] == ["Package", "One", "Two"]
    (problem,) = catalogue.problems
    assert problem == Problem("dup.csv", 5, "row c1", "duplicate id 'c1' (first on line 3)", "id")


def test_an_item_including_a_skipped_row_is_skipped_too() -> None:
    rows = base_rows()
    rows[1]["topics"] = "astrology"
    rows.append({"id": "mega", "kind": "package", "title": "Mega", "includes": "pkg"})
    catalogue = read_catalogue_csv(csv_text(rows), "x.csv")
    assert [item.id for item in catalogue.items] == ["c2"]
    messages = [(problem.where, problem.key, problem.message) for problem in catalogue.problems]
    assert any(
        where == "row c1" and key == "topics" and "'astrology'" in message
        for where, key, message in messages
    )
    assert (
        "row pkg",
        "includes",
        "includes 'c1', which was skipped because of its own problems (line 3)",
    ) in messages
    assert any(where == "row mega" and "'pkg'" in message for where, _, message in messages)
    # Every include in what is returned resolves.
    for item in catalogue.items:
        assert all(child in catalogue.by_id for child in item.includes)


def test_suggestions_for_near_misses() -> None:
    rows = base_rows()
    rows[2]["kind"] = "webinars"
    rows[2]["topics"] = "hematolgy"
    catalogue = read_catalogue_csv(csv_text(rows), "x.csv")
    text = " ".join(problem.message for problem in catalogue.problems)
    assert "did you mean 'webinar'?" in text and "did you mean 'hematology'?" in text


def test_lenient_values() -> None:
    text = (
        "id,kind,title,price,member_price,format,recurs,employer_paid,topics\n"
        "a,webinar,A,free,$12.50,In Person,each_term,yes, safety ; ;quality\n"
    )
    catalogue = read_catalogue_csv(text, "x.csv")
    assert catalogue.problems == ()
    (item,) = catalogue.items
    assert item.price == 0 and item.member_price == Decimal("12.50")
    assert item.format == "in-person" and item.recurs == "each-term" and item.employer_paid
    assert item.topics == ("safety", "quality")


def test_header_problems() -> None:
    missing = read_catalogue_csv("id,title\na,A\n", "x.csv")
    assert missing.items == ()
    assert missing.problems[0].line == 1 and "kind" in missing.problems[0].message
    assert read_catalogue_csv("", "x.csv").problems[0].message.startswith("the file is empty")
    twice = read_catalogue_csv("id,kind,title,id\n", "x.csv")
    assert "appears twice" in twice.problems[0].message
    unknown = read_catalogue_csv("id,kind,title,colour\na,webinar,A,red\n", "x.csv")
    assert [item.id for item in unknown.items] == ["a"]
    assert unknown.problems[0].where == "header" and unknown.problems[0].key == "colour"


def test_row_with_too_many_values() -> None:
    catalogue = read_catalogue_csv("id,kind,title\na,webinar,A,extra\nb,webinar,B\n", "x.csv")
    assert [item.id for item in catalogue.items] == ["b"]
    assert "3 columns" in catalogue.problems[0].message and catalogue.problems[0].line == 2


def test_line_numbers_count_multi_line_cells() -> None:
    text = 'id,kind,title,notes\na,webinar,A,"one\ntwo\nthree"\nb,lecture,B,\n'
    catalogue = read_catalogue_csv(text, "x.csv")
    assert catalogue.items[0].notes == "one\ntwo\nthree"
    assert catalogue.problems[0].line == 5 and catalogue.problems[0].where == "row b"


def test_unreadable_csv_is_a_problem() -> None:
    huge = "x" * 200_000  # beyond the csv module's field size limit
    text = f'id,kind,title\na,webinar,A\nb,webinar,"{huge}"\nc,webinar,C\n'
    catalogue = read_catalogue_csv(text, "x.csv")
    assert [item.id for item in catalogue.items] == ["a"]
    assert "could not be read as CSV" in catalogue.problems[0].message
    assert catalogue.problems[0].line == 3


def test_nul_and_line_endings_in_cells() -> None:
    text = 'id,kind,title,notes\na,webinar,A,"one\r\ntwo\rthree"\nb,webinar,"B\x00",\n'
    catalogue = read_catalogue_csv(text, "x.csv")
    assert [item.id for item in catalogue.items] == ["a"]
    assert catalogue.items[0].notes == "one\ntwo\nthree"
    assert catalogue.problems[0].where == "row b" and catalogue.problems[0].key == "title"


def test_row_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_ROWS", 2)
    rows = base_rows()
    catalogue = read_catalogue_csv(csv_text(rows), "big.csv")
    assert catalogue.items == ()
    assert "more than 2 rows" in catalogue.problems[0].message
    data = json.dumps([{"id": row["id"], "kind": row["kind"], "title": "t"} for row in rows])
    assert "more than 2 rows" in read_catalogue_json(data, "big.json").problems[0].message


def test_default_row_limit_is_200000() -> None:
    assert files.MAX_ROWS == 200_000


# -- JSON -------------------------------------------------------------------------------------

GOOD_JSON = """[
  {"id": "pkg", "kind": "package", "title": "Package", "price": 95, "includes": ["c1"]},
  {
    "id": "c1", "kind": "online-course", "title": "One", "hours": 1.5,
    "topics": ["safety"], "employer_paid": false, "usual_month": 7
  },
  {"id": "c2", "kind": "online-course", "title": "Two", "hours": "0.10", "topics": "safety;ethics"}
]
"""


def test_reads_good_json() -> None:
    catalogue = read_catalogue_json(GOOD_JSON, "good.json")
    assert catalogue.problems == ()
    pkg, c1, c2 = catalogue.items
    assert pkg.price == Decimal(95) and pkg.includes == ("c1",)
    assert c1.amount == Decimal("1.5") and c1.usual_month == 7
    assert c2.amount == Decimal("0.10") and c2.topics == ("safety", "ethics")


@pytest.mark.parametrize(("column", "value", "message"), BAD_FIELDS)
def test_json_bad_field_is_located(column: str, value: str, message: str) -> None:
    rows: list[dict[str, object]] = [dict(row) for row in base_rows()]
    rows[2][column] = value
    text = "[\n" + ",\n".join(json.dumps(row) for row in rows) + "\n]\n"
    catalogue = read_catalogue_json(text, "bad.json")
    assert [item.id for item in catalogue.items] == ["pkg", "c1"]
    problem = catalogue.problems[0]
    assert (problem.file, problem.line, problem.key) == ("bad.json", 4, column)
    assert message in problem.message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"id": "a"}', "expected a JSON list"),
        ("", "expected a JSON list"),
        ('[{"id": "a", "kind": "webinar", "title": "A"} {"id": "b"}]', "expected ','"),
        ('[{"id": "a", "kind": "webinar", "title": "A"}', "expected ','"),
        ('[{"id": "a", "kind": }]', "not valid JSON"),
        ('[{"id": "a", "kind": "webinar", "title": "A", "hours": NaN}]', "not valid JSON"),
        ('[{"id": "a", "kind": "webinar", "title": "A"}] trailing', "unexpected text"),
    ],
)
def test_bad_json_documents(text: str, message: str) -> None:
    catalogue = read_catalogue_json(text, "x.json")
    assert any(message in problem.message for problem in catalogue.problems)


def test_json_wrong_types_and_unknown_keys() -> None:
    text = """[
  {"id": "a", "kind": "webinar", "title": "A", "hours": true},
  {"id": "b", "kind": "webinar", "title": "B", "topics": [1]},
  {"id": "c", "kind": "webinar", "title": "C", "colour": "red"},
  ["not", "an", "object"],
  {"id": "d", "kind": "webinar", "title": {"en": "D"}},
  {"id": "e", "kind": "webinar", "title": "E"}
]"""
    catalogue = read_catalogue_json(text, "x.json")
    assert [item.id for item in catalogue.items] == ["e"]
    located = [(problem.line, problem.key) for problem in catalogue.problems]
    assert located == [(2, "hours"), (3, "topics"), (4, "colour"), (5, None), (6, "title")]


# -- round trips -------------------------------------------------------------------------------

FULL = CatalogueItem(
    id="full-1",
    kind="conference",
    title='A "quoted", comma; title\nwith a new line',
    provider="Société, Inc.",
    amount=Decimal("12.50"),
    unit="points",
    topics=("chemistry", "hiv-aids"),
    price=Decimal("625.00"),
    member_price=Decimal("425"),
    accreditation="accent",
    accreditation_number="ACC-1",
    approval_expires=date(2027, 1, 31),
    format="hybrid",
    start=date(2026, 7, 26),
    end=date(2026, 7, 30),
    location="Anaheim, CA",
    includes=("part-1",),
    approvals=("fl", "ca"),
    level="advanced",
    url="https://example.org/a?b=c,d",
    seen_on="2026-07",
    recurs="annual",
    usual_month=7,
    leads_to=("ascp/MLS",),
    activity_kind="conference-session",
    employer_paid=True,
    synthetic=True,
    notes="Ünïcode ✓ and a tab\there",
)
PART = CatalogueItem(id="part-1", kind="conference-session", title="Part", amount=Decimal("0.001"))


@pytest.mark.parametrize(
    ("write", "read"),
    [(write_catalogue_csv, read_catalogue_csv), (write_catalogue_json, read_catalogue_json)],
)
def test_round_trip_every_field(write: object, read: object) -> None:
    catalogue = Catalogue(items=(FULL, PART), source="mem")
    text = write(catalogue)  # type: ignore[operator]
    again = read(text, "mem")  # type: ignore[operator]
    assert again.problems == ()
    assert again == catalogue
    assert write(again) == text  # type: ignore[operator]


def test_round_trip_the_starter_catalogue() -> None:
    starter = starter_catalogue()
    for write, read in (
        (write_catalogue_csv, read_catalogue_csv),
        (write_catalogue_json, read_catalogue_json),
    ):
        again = read(write(starter), starter.source or "")
        assert again.problems == () and again.items == starter.items


def test_json_numbers_are_exact() -> None:
    text = write_catalogue_json(Catalogue(items=(PART,)))
    assert '"hours": 0.001' in text
    assert write_catalogue_json(Catalogue()) == "[]\n"


# -- files -------------------------------------------------------------------------------------


def test_load_catalogue_by_extension(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("\ufeff" + GOOD, encoding="utf-8")
    (tmp_path / "a.JSON").write_text(GOOD_JSON, encoding="utf-8")
    assert len(load_catalogue(tmp_path / "a.csv").items) == 4
    assert len(load_catalogue(str(tmp_path / "a.JSON")).items) == 3
    assert load_catalogue(tmp_path / "a.csv").source == str(tmp_path / "a.csv")


def test_load_catalogue_problems_not_exceptions(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert "expected .csv or .json" in load_catalogue(tmp_path / "a.txt").problems[0].message
    assert "could not read" in load_catalogue(tmp_path / "missing.csv").problems[0].message
    (tmp_path / "latin.csv").write_bytes(b"id,kind,title\na,webinar,Caf\xe9\n")
    problem = load_catalogue(tmp_path / "latin.csv").problems[0]
    assert "not UTF-8" in problem.message and problem.line == 2
    assert "could not read" in load_catalogue(tmp_path).problems[0].message or (
        "expected .csv" in load_catalogue(tmp_path).problems[0].message
    )


# -- the starter catalogue ----------------------------------------------------------------------


def test_starter_catalogue_loads_cleanly() -> None:
    starter = starter_catalogue()
    assert starter.problems == ()
    assert len(starter.items) == 90
    assert starter is starter_catalogue()  # cached
    for item in starter.items:
        assert item.url and item.url.startswith("http"), item.id
        assert item.kind in ITEM_KINDS
        assert set(item.topics) <= set(vocabulary().topics)
        assert not item.synthetic
        assert all(child in starter.by_id for child in item.includes)


def test_starter_keeps_blanks_blank() -> None:
    by_id = starter_catalogue().by_id
    # Stated facts are kept exactly...
    assert (by_id["pkg-01"].price, by_id["pkg-01"].amount) == (Decimal(95), Decimal(239))
    assert (by_id["conf-17"].price, by_id["conf-17"].member_price) == (Decimal(625), Decimal(425))
    assert by_id["onl-01"].price == 0 and by_id["onl-01"].amount == Decimal("2.0")
    assert by_id["cert-15"].amount == Decimal(120)
    # ...and what the source did not state stays None.
    for item_id in ("pkg-05", "onl-07", "cert-01", "inv-04", "conf-20"):
        assert by_id[item_id].price is None and by_id[item_id].amount is None, item_id
    assert by_id["onl-05"].price is None and by_id["onl-05"].amount == Decimal(3)
    assert by_id["conf-20"].start is None and by_id["conf-20"].usual_month is None
    assert by_id["conf-25"].start is None  # "May 5-6", year not stated
    assert by_id["inv-14"].start is None  # months only in the source


def test_starter_mappings() -> None:
    by_id = starter_catalogue().by_id
    # A Florida board approval only where the research states one (catalogue.md): the page
    # shows it (fl-03), the provider is Florida-approved (fl-08, fl-09, NSH's webinars), or the
    # source lists Florida CE (Labroots, ASM Microbe). The others say "check" in their notes.
    approved = {i.id for i in by_id.values() if "fl" in i.approvals}
    assert approved == {"fl-03", "fl-08", "fl-09", "onl-08", "onl-09", "conf-16"}
    for item_id in ("fl-01", "fl-02", "fl-04", "fl-05", "fl-06", "fl-07"):
        assert "does not state a Florida board approval" in (by_id[item_id].notes or "")
    assert by_id["fl-04"].kind == "package"
    assert by_id["fl-04"].includes == ("fl-01", "fl-02", "fl-03")
    assert by_id["fl-02"].topics == ("fl-laws-rules",)
    assert "laboratory-operations" in by_id["onl-05"].topics
    assert by_id["onl-06"].accreditation == "cmle" and "CME" in (by_id["onl-06"].notes or "")
    assert by_id["conf-16"].approvals == ("ca", "fl")
    assert by_id["conf-02"].usual_month == 7
    assert by_id["inv-02"].ledger_kind == "publication"
    assert by_id["fl-06"].ledger_kind == "self-study"
    assert by_id["cert-02"].employer_paid
    assert by_id["fl-05"].approval_expires == date(2026, 12, 31)


@pytest.mark.skipif(not RESEARCH_CSV.exists(), reason="research notes not available")
def test_starter_matches_the_research_row_by_row() -> None:
    by_id = starter_catalogue().by_id
    with RESEARCH_CSV.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["id"] for row in rows] == [item.id for item in starter_catalogue().items]
    for row in rows:
        item = by_id[row["id"]]
        assert item.url == row["url"]
        assert item.seen_on == (row["seen"] or None)
        assert item.title == row["title"]
        for column, value in (
            ("price", item.price),
            ("member_price", item.member_price),
            ("hours", item.amount),
        ):
            expected = Decimal(row[column]) if row[column] else None
            assert value == expected, (row["id"], column)


# -- fuzzing -----------------------------------------------------------------------------------

CELL_VALUES = st.sampled_from(
    [
        "",
        "a",
        "c1",
        "pkg",
        "package",
        "webinar",
        "online-course",
        "1.5",
        "-1",
        "1e9",
        "NaN",
        "2026-02-30",
        "2026-07-26",
        "safety;chemistry",
        "regulatory",
        "P.A.C.E.",
        "in_person",
        "true",
        "13",
        "https://x.org",
        '"',
        ",",
        "\n",
        "\x00",
        "\ud800",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_csv_reader_never_raises_on_any_text(text: str) -> None:
    catalogue = read_catalogue_csv(text, "fuzz.csv")
    assert all(isinstance(problem, Problem) for problem in catalogue.problems)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(CELL_VALUES, min_size=0, max_size=len(COLUMNS) + 2), max_size=6))
def test_csv_reader_never_raises_on_structured_rows(rows: list[list[str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([cell.replace("\x00", "") for cell in row])
    catalogue = read_catalogue_csv(out.getvalue(), "fuzz.csv")
    # Whatever was accepted writes and reads back to the same items.
    again = read_catalogue_csv(write_catalogue_csv(catalogue), "fuzz.csv")
    assert again.items == catalogue.items and again.problems == ()


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**6), max_value=10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | CELL_VALUES
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from([*COLUMNS, "x"]), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.dictionaries(st.sampled_from([*COLUMNS, "bogus"]), JSON_VALUES, max_size=8),
        max_size=4,
    )
)
def test_json_reader_never_raises_on_structured_objects(objects: list[dict[str, object]]) -> None:
    catalogue = read_catalogue_json(json.dumps(objects), "fuzz.json")
    again = read_catalogue_json(write_catalogue_json(catalogue), "fuzz.json")
    assert again.items == catalogue.items and again.problems == ()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_json_reader_never_raises_on_any_text(text: str) -> None:
    catalogue = read_catalogue_json(text, "fuzz.json")
    assert all(isinstance(problem, Problem) for problem in catalogue.problems)
    read_catalogue_json("[" + text + "]", "fuzz.json")


ITEMS = st.builds(
    CatalogueItem,
    id=st.from_regex(r"[a-z][a-z0-9-]{0,8}", fullmatch=True),
    kind=st.sampled_from(ITEM_KINDS),
    title=st.text(min_size=1, max_size=30)
    .map(str.strip)
    .filter(lambda text: text and "\r" not in text and not files._BAD_CHARS.search(text)),
    amount=st.none() | st.decimals(min_value=0, max_value=500, places=2),
    price=st.none() | st.decimals(min_value=0, max_value=1000, places=2),
    topics=st.lists(st.sampled_from(sorted(vocabulary().topics)), unique=True).map(tuple),
    start=st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)),
    format=st.sampled_from(("online", "in-person", "hybrid")),
    employer_paid=st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(ITEMS, max_size=5, unique_by=lambda item: item.id))
def test_round_trip_property(items: list[CatalogueItem]) -> None:
    catalogue = Catalogue(items=tuple(replace(item, end=item.start) for item in items))
    for write, read in (
        (write_catalogue_csv, read_catalogue_csv),
        (write_catalogue_json, read_catalogue_json),
    ):
        again = read(write(catalogue), "p")
        assert again.problems == () and again.items == catalogue.items


def test_docs_examples_read_cleanly() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "catalogue.md").read_text("utf-8")
    blocks = {
        "csv": docs.split("```csv\n", 1)[1].split("```", 1)[0],
        "json": docs.split("```json\n", 1)[1].split("```", 1)[0],
    }
    csv_catalogue = read_catalogue_csv(blocks["csv"], "docs/catalogue.md")
    assert csv_catalogue.problems == () and len(csv_catalogue.items) == 4
    assert csv_catalogue.included_in("fl-hiv") == ("fl-bundle",)
    json_catalogue = read_catalogue_json(blocks["json"], "docs/catalogue.md")
    assert json_catalogue.problems == ()
    assert json_catalogue.items == (
        CatalogueItem(
            id="fl-errors",
            kind="online-course",
            title="Medical Error Prevention: Patient Safety",
            amount=Decimal(2),
            topics=("medical-errors", "safety"),
            accreditation="pace",
            approvals=("fl",),
        ),
    )
