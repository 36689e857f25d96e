"""CSV / XLSX / XLS transcripts: header detection, column mappings, located row errors."""

from __future__ import annotations

import io
import random
import zipfile
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cetrack.core.capture.draft import Capture, CaptureError, Draft, Limits
from cetrack.core.capture.tabular import (
    ColumnMapping,
    MappedColumn,
    MappingError,
    TableRead,
    detect_mapping,
    find_header,
    missing_required,
    propose_mapping,
    read_rows,
    read_table,
)
from cetrack.core.ledger import AMOUNT_FIELDS, read_activity
from tests.capture.biff import Cell, xls_bytes

FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

# A provider transcript as LabCE-style sites export it: a title block, then the table.
TRANSCRIPT = """\
Continuing Education Transcript
Name: Pat Doe
License #: CH12345

Course Title,Date Completed,P.A.C.E. Hours,Course #,Category
Blood Bank Basics,03/14/2025,1.5,123-456-25,Blood Banking
Hematology Update,2025-04-01,2,,Hematology; Chemistry

Total Quality Management,04/22/2025,1,,
TOTAL HOURS,,4.5,,
"""


def fields(capture: Capture) -> list[dict[str, object]]:
    return [{k: f.value for k, f in d.fields.items()} for d in capture.drafts]


def xlsx(rows: list[list[object]], title: str = "Sheet1") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- header detection and drafts ------------------------------------------------------------


def test_header_below_a_title_block_is_found_and_rows_keep_file_numbers() -> None:
    table = read_rows("t.csv", TRANSCRIPT.encode())
    assert isinstance(table, TableRead)
    index = find_header(table.rows)
    assert index is not None and table.numbers[index] == 5
    capture = read_table("t.csv", TRANSCRIPT.encode())
    assert capture.errors == ()
    assert [d.where for d in capture.drafts] == ["row 6", "row 7", "row 9"]
    first = capture.drafts[0]
    assert first.origin == "csv"
    assert fields(capture)[0] == {
        "title": "Blood Bank Basics",
        "completed_on": "2025-03-14",
        "hours": "1.5",
        "course_number": "123-456-25",
        "topics": ("blood-banking",),
        "participant_name": "Pat Doe",  # from the title block
        "license_number": "CH12345",
        "accreditation": "pace",  # the amount header names P.A.C.E.
        "evidence": "provider-transcript",
    }
    assert first.fields["title"].confidence >= 0.8
    assert first.fields["participant_name"].confidence < 0.8  # guessed: shown for review
    assert fields(capture)[1]["topics"] == ("hematology", "chemistry")


def ledger_entry(draft: Draft, ident: str) -> dict[str, object]:
    """`Draft.entry` with amounts as numbers (drafts keep them as text, "1.5")."""
    entry = draft.entry(ident)
    return {k: Decimal(v) if k in AMOUNT_FIELDS else v for k, v in entry.items()}


def test_drafts_are_valid_ledger_activities() -> None:
    for number, draft in enumerate(read_table("t.csv", TRANSCRIPT.encode()).drafts):
        activity, problems = read_activity(ledger_entry(draft, f"a{number}"))
        assert problems == () and activity is not None


def test_detect_mapping_synonyms_and_confidence() -> None:
    mapping = detect_mapping(
        ["Program Name", "Completion Date", "CEUs", "Sponsor", "Program Number", "Licence Number"]
    )
    assert {c.field: c.index for c in mapping.columns} == {
        "title": 0,
        "completed_on": 1,
        "ceu": 2,
        "provider": 3,
        "course_number": 4,
        "license_number": 5,
    }
    assert all(c.confidence >= 0.9 for c in mapping.columns)
    assert detect_mapping(["Activity", "Date", "Credits"]).column("completed_on") is not None
    loose = detect_mapping(["Activity", "Date of the session", "Credits"])
    column = loose.column("completed_on")
    assert column is not None and column.confidence < 0.8  # a guess, flagged for review
    assert detect_mapping(["CMLE Credits"]).column("hours") is not None
    assert detect_mapping(["Minutes"]).column("minutes") is not None
    assert detect_mapping(["Points"]).column("points") is not None


def test_category_column_gives_topics() -> None:
    csv = (
        b"Course,Date,Hours,Content Area,Type\n"
        b"A,2025-01-02,1,Blood Bank,Webinar\n"
        b"B,2025-01-03,1,Safety/Quality,Self-Study\n"
        b"C,2025-01-04,1,Miscellany,\n"
    )
    capture = read_table("c.csv", csv)
    assert [d.value("topics") for d in capture.drafts] == [
        ("blood-banking",),
        ("safety", "quality"),
        None,
    ]
    assert [d.value("kind") for d in capture.drafts] == ["live-session", "self-study", None]
    assert any("Miscellany" in note for note in capture.drafts[2].notes)


def test_first_and_last_name_columns_make_the_participant_name() -> None:
    csv = b"First Name,Last Name,Course,Date,Hours\nPat,Doe,Coag,2025-01-02,1\n"
    assert fields(read_table("n.csv", csv))[0]["participant_name"] == "Pat Doe"


def test_unit_column_overrides_the_amount_header() -> None:
    csv = (
        b"Course,Date,Credits,Unit\n"
        b"Coag,2025-01-02,0.2,CEU\n"
        b"Micro,2025-01-03,90,minutes\n"
        b"Chem,2025-01-04,1.5,Contact Hours\n"
    )
    found = fields(read_table("u.csv", csv))
    assert [(d.get("ceu"), d.get("minutes"), d.get("hours")) for d in found] == [
        ("0.2", None, None),
        (None, "90", None),
        (None, None, "1.5"),
    ]


def test_amount_header_tells_the_unit() -> None:
    csv = b"Course,Date,CEUs\nCoag,2025-01-02,0.15\n"
    assert fields(read_table("c.csv", csv))[0]["ceu"] == "0.15"
    csv = b"Course,Date,Minutes\nCoag,2025-01-02,75\n"
    assert fields(read_table("m.csv", csv))[0]["minutes"] == "75"


# --- bad rows ---------------------------------------------------------------------------------


def test_bad_rows_are_located_errors_and_other_rows_still_import() -> None:
    csv = (
        b"Course Title,Date Completed,Contact Hours\n"
        b"Good One,03/14/2025,1.5\n"
        b"Bad Date,soon,1\n"
        b"Negative,03/15/2025,-1\n"
        b",03/16/2025,1\n"
        b"No Hours,03/17/2025,\n"
        b"Too Many,03/18/2025,900\n"
        b"Good Two,03/19/2025,2\n"
    )
    capture = read_table("bad.csv", csv)
    assert [d.text("title") for d in capture.drafts] == ["Good One", "Good Two"]
    errors = {(e.where, e.code) for e in capture.errors}
    assert errors == {
        ("row 3", "bad-date"),
        ("row 4", "bad-amount"),
        ("row 5", "missing-value"),
        ("row 6", "missing-value"),
        ("row 7", "bad-amount"),
    }
    by_row = {e.where: e.message for e in capture.errors}
    assert "'Date Completed'" in by_row["row 3"] and "soon" in by_row["row 3"]
    assert "'Contact Hours'" in by_row["row 4"] and "negative" in by_row["row 4"]
    assert "title" in by_row["row 5"]


def test_blank_rows_totals_and_repeated_headers_are_skipped() -> None:
    csv = (
        b"Course,Date,Hours\n"
        b"A,2025-01-01,1\n"
        b",,\n"
        b"Course,Date,Hours\n"
        b"B,2025-01-02,1\n"
        b"Page 1 of 2,,\n"
        b"Total,,2\n"
        b"Grand Total: 2 hours,,\n"
    )
    capture = read_table("t.csv", csv)
    assert capture.errors == ()
    assert [d.text("title") for d in capture.drafts] == ["A", "B"]


def test_unfinished_courses_are_not_imported() -> None:
    csv = b"Course,Date,Hours,Status\nA,2025-01-01,1,Completed\nB,2025-01-02,1,In Progress\n"
    capture = read_table("s.csv", csv)
    assert [d.text("title") for d in capture.drafts] == ["A"]
    assert [(e.code, e.where) for e in capture.errors] == [("not-completed", "row 3")]


def test_start_and_end_dates() -> None:
    csv = b"Course,Start Date,End Date,Hours\nConf,2025-05-01,2025-05-03,12\nDay,2025-06-01,2025-06-01,6\n"
    conf, day = fields(read_table("d.csv", csv))
    assert (conf["start"], conf["end"], "completed_on" in conf) == (
        "2025-05-01",
        "2025-05-03",
        False,
    )
    assert day["completed_on"] == "2025-06-01" and "start" not in day


# --- missing columns --------------------------------------------------------------------------


def test_missing_columns_are_named() -> None:
    capture = read_table("m.csv", b"Course Title,Date Completed,Provider\nA,2025-01-01,X\n")
    assert capture.drafts == ()
    (error,) = capture.errors
    assert error.code == "missing-columns" and error.where == "row 1"
    assert "amount" in error.message and "'Provider'" in error.message


def test_missing_required_reports_title_date_and_amount() -> None:
    assert missing_required(ColumnMapping()) == ("title", "date", "amount")
    mapping = detect_mapping(["Course", "End Date", "Credit Amount"])
    assert missing_required(mapping) == ()
    assert missing_required(detect_mapping(["Course", "Hours"])) == ("date",)


def test_no_header_row_at_all() -> None:
    (error,) = read_table("x.csv", b"a,b,c\n1,2,3\n").errors
    assert error.code == "missing-columns" and "no header row" in error.message


# --- mapping presets --------------------------------------------------------------------------


def test_mapping_preset_round_trip_reads_the_same_drafts() -> None:
    table = read_rows("t.csv", TRANSCRIPT.encode())
    assert isinstance(table, TableRead)
    proposed = propose_mapping(table)
    assert proposed.header_row == 5
    preset = proposed.with_constant("provider", "LabCE").with_constant("kind", "course")
    text = preset.to_toml()
    loaded = ColumnMapping.from_toml(text)
    assert ColumnMapping.from_toml(loaded.to_toml()) == loaded
    assert [(c.field, c.header) for c in loaded.columns] == [
        (c.field, c.header) for c in proposed.columns
    ]
    assert loaded.constant("provider") == "LabCE"
    # the preset names columns by header, so it also fits a file with a longer title block
    longer = ("Printed 2025-06-01\n" + TRANSCRIPT).encode()
    again = read_table("t2.csv", longer, loaded)
    assert [d.where for d in again.drafts] == ["row 7", "row 8", "row 10"]
    assert fields(again)[0]["provider"] == "LabCE" and fields(again)[0]["kind"] == "course"
    assert [d.text("title") for d in again.drafts] == [
        d.text("title") for d in read_table("t.csv", TRANSCRIPT.encode()).drafts
    ]


def test_mapping_by_column_number_for_a_file_without_header() -> None:
    preset = """
format = 1
header_row = 0
date_order = "dmy"
[columns]
title = 2
completed_on = 1
hours = 3
[constants]
provider = "Hospital Education"
accreditation = "employer"
"""
    mapping = ColumnMapping.from_toml(preset)
    capture = read_table("h.csv", b"03/04/2025,Fire Safety,1\n", mapping)
    assert fields(capture) == [
        {
            "title": "Fire Safety",
            "completed_on": "2025-04-03",
            "hours": "1",
            "provider": "Hospital Education",
            "accreditation": "employer",
            "evidence": "provider-transcript",
        }
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("columns = 3", "columns"),
        ("[columns]\ntitel = 'Course'", "columns.titel"),
        ("[columns]\ntitle = 0", "columns.title"),
        ("date_order = 'ymd'", "date_order"),
        ("[constants]\nkind = 'webinar'", "constants.kind"),
        ("[constants]\ntitle = 'X'", "constants.title"),
        ("header_row = -1", "header_row"),
        ("colour = 1", "colour"),
        ("title = ", "TOML"),
        ("header_row = 0\n[columns]\ntitle = 'Course'", "header_row = 0"),
    ],
)
def test_bad_presets_say_which_key(text: str, expected: str) -> None:
    with pytest.raises(MappingError, match=expected.replace(".", r"\.")):
        ColumnMapping.from_toml(text)


def test_preset_naming_a_column_the_file_lacks() -> None:
    mapping = ColumnMapping(
        columns=(
            MappedColumn("title", header="Course Title"),
            MappedColumn("completed_on", header="Date"),
            MappedColumn("hours", header="Hours"),
        )
    )
    (error,) = read_table("x.csv", b"Course,Date,Hours\nA,2025-01-01,1\n", mapping).errors
    assert error.code == "missing-columns" and "'Course Title'" in error.message


# --- dates ------------------------------------------------------------------------------------


def test_day_first_dates_are_detected_from_the_column() -> None:
    csv = b"Course,Date,Hours\nA,03/04/2025,1\nB,25/04/2025,1\n"
    capture = read_table("d.csv", csv)
    assert [d.text("completed_on") for d in capture.drafts] == ["2025-04-03", "2025-04-25"]
    assert any("day first" in note for note in capture.drafts[0].notes)


def test_month_first_by_default_but_ambiguous_dates_are_flagged() -> None:
    (draft,) = read_table("d.csv", b"Course,Date,Hours\nA,03/04/2025,1\n").drafts
    assert draft.text("completed_on") == "2025-03-04"
    assert "completed_on" in draft.to_review()


# --- encodings and delimiters -----------------------------------------------------------------


CAFE = "Course,Date,Hours\nCafé Safety,2025-01-02,1\n"


@pytest.mark.parametrize(
    ("content", "note"),
    [
        (CAFE.encode("utf-8"), None),
        (b"\xef\xbb\xbf" + CAFE.encode("utf-8"), None),
        (CAFE.encode("utf-16"), None),  # with BOM
        (CAFE.encode("cp1252"), "Windows-1252"),
    ],
)
def test_encodings(content: bytes, note: str | None) -> None:
    (draft,) = read_table("e.csv", content).drafts
    assert draft.text("title") == "Café Safety"
    said = " ".join(draft.notes)
    assert (note in said) if note else ("Windows-1252" not in said)


def test_binary_file_is_an_encoding_error() -> None:
    (error,) = read_table("x.csv", bytes(range(256)) * 4).errors
    assert error.code == "encoding"


def test_semicolons_tabs_and_decimal_commas() -> None:
    semi = "Titel;Date;Hours\nA;2025-01-02;1,5\n".replace("Titel", "Course").encode()
    assert fields(read_table("s.csv", semi))[0]["hours"] == "1.5"
    tab = b"Course\tDate\tHours\nA\t2025-01-02\t2\n"
    assert fields(read_table("t.tsv", tab))[0]["hours"] == "2"


def test_row_limit() -> None:
    csv = "Course,Date,Hours\n" + "".join(f"C{i},2025-01-02,1\n" for i in range(10))
    capture = read_table("big.csv", csv.encode(), limits=Limits(max_rows=4))
    assert len(capture.drafts) == 3
    assert [e.code for e in capture.errors] == ["too-large"]


def test_empty_file() -> None:
    assert [e.code for e in read_table("e.csv", b"").errors] == ["empty"]


# --- XLSX and XLS -----------------------------------------------------------------------------


def test_xlsx_with_title_block_and_excel_dates() -> None:
    content = xlsx(
        [
            ["ASCP CE Transcript"],
            [],
            ["Activity", "Completion Date", "CEUs", "Provider"],
            ["Coagulation", datetime(2024, 5, 6), 0.15, "ASCP"],
            ["Microbiology", datetime(2024, 6, 7, 13, 5), 0.2, "LabCE"],
            ["Total", None, 0.35],
        ]
    )
    capture = read_table("t.xlsx", content)
    assert capture.errors == ()
    assert capture.content_type.endswith("spreadsheetml.sheet") if capture.content_type else False
    assert [(d.where, d.origin) for d in capture.drafts] == [("row 4", "xlsx"), ("row 5", "xlsx")]
    assert fields(capture)[1] == {
        "title": "Microbiology",
        "completed_on": "2024-06-07",
        "ceu": "0.2",
        "provider": "LabCE",
        "evidence": "provider-transcript",
    }


def test_xlsx_sheet_by_name() -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.append(["cover page"])
    second = book.create_sheet("Transcript")
    second.append(["Course", "Date", "Hours"])
    second.append(["A", date(2025, 1, 2), 1])
    buffer = io.BytesIO()
    book.save(buffer)
    mapping = ColumnMapping(sheet="transcript")
    assert fields(read_table("s.xlsx", buffer.getvalue(), mapping))[0]["title"] == "A"
    (error,) = read_table("s.xlsx", buffer.getvalue(), ColumnMapping(sheet="Nope")).errors
    assert error.code == "sheet-not-found" and "'Transcript'" in error.message


def test_xlsx_zip_bomb_is_refused_from_the_directory() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (4 * 1024 * 1024))
    assert len(buffer.getvalue()) < 50_000
    limits = Limits(max_zip_bytes=1024 * 1024)
    (error,) = read_table("bomb.xlsx", buffer.getvalue(), limits=limits).errors
    assert error.code == "too-large"


def test_zip_that_is_not_a_workbook_and_broken_xlsx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", b"<doc/>")
    assert [e.code for e in read_table("d.docx", buffer.getvalue()).errors] == ["unsupported"]
    good = xlsx([["Course", "Date", "Hours"], ["A", "2025-01-01", 1]])
    broken = good[: len(good) // 2]
    assert [e.code for e in read_table("b.xlsx", broken).errors] == ["corrupt"]


def test_xls_legacy_workbook() -> None:
    content = xls_bytes(
        [
            ["Transcript for Pat Doe"],
            ["Course Title", "Date Completed", "Contact Hours"],
            ["Blood Bank", date(2025, 3, 14), 1.5],
            ["Hématologie", "04/01/2025", 2],
        ]
    )
    capture = read_table("t.xls", content)
    assert capture.errors == ()
    assert capture.content_type == "application/vnd.ms-excel"
    assert [(d.where, d.origin) for d in capture.drafts] == [("row 3", "xls"), ("row 4", "xls")]
    assert [d.text("completed_on") for d in capture.drafts] == ["2025-03-14", "2025-04-01"]
    assert capture.drafts[1].text("title") == "Hématologie"


def test_broken_xls_is_a_capture_error() -> None:
    good = xls_bytes([["Course", "Date", "Hours"], ["A", date(2025, 1, 2), 1]])
    for broken in (good[:600], good[:8] + b"\0" * 600, good[:512] + b"\xff" * 1024):
        errors = read_table("b.xls", broken).errors
        assert errors and errors[0].code in ("corrupt", "empty")


# --- fuzzing: no input may raise --------------------------------------------------------------


def _check(capture: Capture) -> None:
    assert isinstance(capture, Capture)
    for error in capture.errors:
        assert isinstance(error, CaptureError) and error.message


@FUZZ
@given(
    st.one_of(
        st.text(max_size=200),
        st.builds(
            "\n".join,
            st.lists(
                st.sampled_from(
                    ["[columns]", "[constants]", "title = 1", "hours = 'Hours'", "format = 1",
                     "header_row = 0", "header_row = 4", "date_order = 'dmy'", "unit = 'CEU'", "kind = 'course'",
                     "completed_on = 2", "sheet = 3", "columns = []", "x = [[[1]]]", "= ="]
                ),
                max_size=8,
            ),
        ),
    )
)  # fmt: skip
def test_fuzz_mapping_presets(text: str) -> None:
    try:
        mapping = ColumnMapping.from_toml(text)
    except MappingError as error:
        assert str(error)
    else:
        assert ColumnMapping.from_toml(mapping.to_toml()) == mapping


def test_regression_deeply_nested_preset_is_a_mapping_error() -> None:
    # tomllib raises RecursionError on deeply nested arrays; it must surface as MappingError.
    with pytest.raises(MappingError, match="nested too deeply"):
        ColumnMapping.from_toml("a = " + "[" * 100_000)


@FUZZ
@given(st.binary(max_size=2048))
def test_fuzz_random_bytes(content: bytes) -> None:
    _check(read_table("f", content))


@FUZZ
@given(st.lists(st.lists(st.text(max_size=20), max_size=8), max_size=12))
def test_fuzz_csv_cells(rows: list[list[str]]) -> None:
    lines = ["Course,Date,Hours", *(",".join(row) for row in rows)]
    _check(read_table("f.csv", "\n".join(lines).encode("utf-8", "surrogatepass")))


_XLSX = xlsx([["Course", "Date", "Hours"], ["A", datetime(2025, 1, 2), 1.5], ["B", "x", -1]])
_XLS = xls_bytes([["Course", "Date", "Hours"], ["A", date(2025, 1, 2), 1.5]])


@FUZZ
@given(st.sampled_from([_XLSX, _XLS]), st.randoms(use_true_random=False))
def test_fuzz_mutated_workbooks(content: bytes, rng: random.Random) -> None:
    data = bytearray(content)
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    _check(read_table("f", bytes(data)))


def test_regression_zip_with_unsupported_version_is_corrupt_not_a_crash() -> None:
    # Found by fuzzing: a mutated XLSX whose central directory asks for "zip version 18.3"
    # made zipfile raise NotImplementedError, which escaped the ZIP guard.
    data = bytearray(_XLSX)
    directory = data.index(b"PK\x01\x02")
    data[directory + 6 : directory + 8] = (183).to_bytes(2, "little")
    (error,) = read_table("v.xlsx", bytes(data)).errors
    assert error.code == "corrupt"


def test_one_far_off_cell_in_an_xls_does_not_blow_up() -> None:
    rows: list[list[Cell]] = [["Course", "Date", "Hours"], ["A", "2025-01-01", 1]]
    rows += [[] for _ in range(3000)] + [[None] * 255 + ["x"]]
    capture = read_table("far.xls", xls_bytes(rows))
    assert [d.text("title") for d in capture.drafts] == ["A"]
