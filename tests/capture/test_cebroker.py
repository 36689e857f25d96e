"""CE Broker rosters: the Excel full/partial-credit columns, the roster XML, detection."""

from __future__ import annotations

import io
import random
from datetime import date, datetime
from decimal import Decimal

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cetrack.core.capture.cebroker import (
    NO_HOURS_NOTE,
    looks_like_cebroker,
    read_cebroker,
)
from cetrack.core.capture.draft import Capture, CaptureError, Limits
from cetrack.core.ledger import read_activity
from tests.capture.biff import xls_bytes

FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

FULL_ROW: list[object] = [
    12345,
    678901,
    None,
    555,
    "CH9876",
    datetime(2008, 12, 3),
    "State=FL",
    "Profession=TC",
]
PARTIAL_ROW: list[object] = [
    12345,
    None,
    "MYCOURSE-1",
    None,
    "CH1111",
    "12/4/2008",
    "State=FL",
    "Profession=TC",
    "HE",
    1.5,
]

ROSTER_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<rosters id_parent_provider="12345" upload_key="999" test="true">
  <roster>
    <id_provider>12345</id_provider>
    <provider_course_code>ABC-1</provider_course_code>
    <id_course>678901</id_course>
    <id_publishing>42</id_publishing>
    <end_date>03/14/2025</end_date>
    <attendees>
      <attendee>
        <licensee_profession>TC</licensee_profession>
        <licensee_number>CH9876</licensee_number>
        <first_name>Pat</first_name>
        <last_name>Doe</last_name>
        <cebroker_state>FL</cebroker_state>
        <date_completed>03/14/2025</date_completed>
        <ce_credit_hours>2</ce_credit_hours>
      </attendee>
      <attendee>
        <licensee_profession>TC</licensee_profession>
        <licensee_number>CH5555</licensee_number>
        <first_name>Lee</first_name>
        <last_name>Roe</last_name>
        <cebroker_state>FL</cebroker_state>
        <date_completed></date_completed>
      </attendee>
      <attendee>
        <licensee_number></licensee_number>
        <date_completed>13/14/2025</date_completed>
      </attendee>
    </attendees>
  </roster>
</rosters>
"""


def xlsx(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def values(capture: Capture) -> list[dict[str, object]]:
    return [{k: f.value for k, f in d.fields.items()} for d in capture.drafts]


# --- Excel / CSV roster -----------------------------------------------------------------------


def test_full_credit_xlsx_roster() -> None:
    capture = read_cebroker("roster.xlsx", xlsx([FULL_ROW]))
    assert capture.errors == ()
    (draft,) = capture.drafts
    assert draft.where == "row 1" and draft.origin == "cebroker"
    assert values(capture)[0] == {
        "provider_number": "50-12345",
        "approval_number": "50-12345",
        "course_number": "20-678901",
        "license_number": "CH9876",
        "completed_on": "2008-12-03",
        "approvals": ("fl",),
        "title": "CE Broker course 20-678901",
        "accreditation": "state-board",
        "evidence": "attendance-record",
        "notes": "CE Broker publishing 555; CE Broker profession TC",
    }
    assert draft.amount_field is None
    assert NO_HOURS_NOTE in draft.notes
    assert draft.to_review()[0] == "title"  # a placeholder, lowest confidence


def test_partial_credit_csv_roster_with_own_course_id() -> None:
    csv = b"12345,,MYCOURSE-1,,CH1111,12/4/2008,State=FL,Profession=TC,HE,1.5\n"
    (draft,) = read_cebroker("roster.csv", csv).drafts
    assert draft.text("course_number") == "MYCOURSE-1"
    assert draft.text("hours") == "1.5"
    assert NO_HOURS_NOTE not in draft.notes
    assert any("subject-area code HE" in note for note in draft.notes)
    entry = draft.entry("a1")
    entry["hours"] = Decimal(entry["hours"])  # drafts keep amounts as text
    activity, problems = read_activity(entry)
    assert problems == () and activity is not None


def test_xls_roster() -> None:
    content = xls_bytes([[*FULL_ROW[:5], date(2008, 12, 3), *FULL_ROW[6:]], PARTIAL_ROW])  # type: ignore[list-item]
    capture = read_cebroker("roster.xls", content)
    assert capture.errors == ()
    assert [d.text("completed_on") for d in capture.drafts] == ["2008-12-03", "2008-12-04"]
    assert [d.text("provider_number") for d in capture.drafts] == ["50-12345", "50-12345"]


def test_prefixed_numbers_and_a_header_row_are_accepted() -> None:
    csv = (
        b"Provider,Course,Own id,Publishing,License,Date,State,Profession\n"
        b"50-12345,20-678901,,,CH9876,2008-12-03,State=FL,Profession=TC\n"
    )
    (draft,) = read_cebroker("r.csv", csv).drafts
    assert (draft.text("provider_number"), draft.text("course_number")) == ("50-12345", "20-678901")


def test_bad_roster_rows_are_located_and_the_rest_imported() -> None:
    rows = [
        FULL_ROW,
        [12345, 678901, None, None, "", "someday", "State=FL", "Profession=TC"],
        [12345, None, None, None, "CH1", datetime(2009, 1, 1), "State=FL", "Profession=TC"],
        ["x", 678901, None, None, "CH2", datetime(2009, 1, 1), "State=FL", "Profession=TC"],
        ["a", "b", "c"],
        [
            12345,
            678901,
            None,
            None,
            "CH3",
            datetime(2009, 1, 1),
            "State=FL",
            "Profession=TC",
            "HE",
            "lots",
        ],
    ]
    capture = read_cebroker("r.xlsx", xlsx(rows))
    assert [d.where for d in capture.drafts] == ["row 1"]
    assert sorted((e.where, e.code) for e in capture.errors) == [
        ("row 2", "bad-date"),
        ("row 2", "missing-value"),
        ("row 3", "missing-value"),
        ("row 4", "bad-value"),
        ("row 5", "layout"),
        ("row 6", "bad-amount"),
    ]
    messages = {e.where: e.message for e in capture.errors if e.code != "missing-value"}
    assert messages["row 2"].startswith("column F")
    assert messages["row 6"].startswith("column J")


# --- detection --------------------------------------------------------------------------------


def test_looks_like_cebroker() -> None:
    assert looks_like_cebroker(xlsx([FULL_ROW, FULL_ROW]))
    assert looks_like_cebroker(b"12345,678901,,,CH9876,12/3/2008,State=FL,Profession=TC\n")
    assert looks_like_cebroker(ROSTER_XML)
    assert looks_like_cebroker([["1", "2", "", "", "CH1", "1/2/2008", "State=FL", "Profession=TC"]])
    assert not looks_like_cebroker(b"Course,Date,Hours\nA,2025-01-01,1\n")
    assert not looks_like_cebroker(xlsx([["Course", "Date", "Hours"], ["A", "2025-01-01", 1]]))
    assert not looks_like_cebroker(b"<html><body>no</body></html>")
    assert not looks_like_cebroker(b"")
    assert not looks_like_cebroker(bytes(range(256)))


# --- roster XML -------------------------------------------------------------------------------


def test_roster_xml() -> None:
    capture = read_cebroker("roster.xml", ROSTER_XML)
    assert capture.content_type == "application/xml"
    assert [d.where for d in capture.drafts] == ["roster 1, attendee 1", "roster 1, attendee 2"]
    first, second = values(capture)
    assert first["participant_name"] == "Pat Doe"
    assert (first["hours"], first["completed_on"], first["license_number"]) == (
        "2",
        "2025-03-14",
        "CH9876",
    )
    assert first["course_number"] == "20-678901" and first["approvals"] == ("fl",)
    assert "hours" not in second
    assert second["completed_on"] == "2025-03-14"  # from the roster's end date
    assert capture.drafts[1].fields["completed_on"].confidence < 0.9
    assert sorted(e.code for e in capture.errors) == ["bad-date", "missing-value"]
    assert all(
        e.where and e.where.startswith("roster 1, attendee 3 (line ") for e in capture.errors
    )


def test_xml_with_doctype_or_entities_is_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        b"<rosters><roster>&lol2;</roster></rosters>"
    )
    (error,) = read_cebroker("bomb.xml", bomb).errors
    assert error.code == "unsafe-xml"
    external = b'<?xml version="1.0"?><!DOCTYPE r SYSTEM "file:///etc/passwd"><rosters/>'
    assert [e.code for e in read_cebroker("ext.xml", external).errors] == ["unsafe-xml"]
    hidden = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY a "b">]><rosters/>'
    assert [e.code for e in read_cebroker("u16.xml", hidden.encode("utf-16")).errors] == [
        "unsafe-xml"
    ]


def test_malformed_xml_is_located() -> None:
    (error,) = read_cebroker(
        "bad.xml", b"<rosters>\n  <roster>\n    <id_provider>1</roster>"
    ).errors
    assert error.code == "corrupt" and (error.where or "").startswith("line 3, column ")


def test_xml_that_is_not_a_roster() -> None:
    (error,) = read_cebroker("x.xml", b"<courses><course/></courses>").errors
    assert error.code == "unsupported" and "<courses>" in error.message
    (error,) = read_cebroker("x.xml", b"<rosters/>").errors
    assert error.code == "empty"


def test_attendee_limit() -> None:
    attendee = b"<attendee><licensee_number>1</licensee_number><date_completed>01/02/2025</date_completed></attendee>"
    content = (
        b"<rosters><roster><id_provider>1</id_provider><attendees>"
        + attendee * 5
        + b"</attendees></roster></rosters>"
    )
    capture = read_cebroker("many.xml", content, Limits(max_rows=3))
    assert len(capture.drafts) == 3 and [e.code for e in capture.errors] == ["too-large"]


# --- fixed-width text -------------------------------------------------------------------------


def test_fixed_width_text_upload_is_recognised_but_not_guessed() -> None:
    provider = "150-000012345" + "Acme Laboratory CE".ljust(80) + " " * 7
    lines = [provider, "2".ljust(100), "3".ljust(100), "5".ljust(100), "6".ljust(100)]
    content = "\r\n".join(lines).encode()
    assert looks_like_cebroker(content)
    capture = read_cebroker("upload.txt", content)
    (error,) = capture.errors
    assert error.code == "unsupported" and capture.drafts == ()
    assert "50-000012345" in error.message and "Acme Laboratory CE" in error.message


# --- fuzzing ----------------------------------------------------------------------------------


def _check(capture: Capture) -> None:
    assert isinstance(capture, Capture)
    assert all(isinstance(e, CaptureError) and e.message for e in capture.errors)


@FUZZ
@given(st.binary(max_size=2048))
def test_fuzz_random_bytes(content: bytes) -> None:
    _check(read_cebroker("f", content))
    looks_like_cebroker(content)


_SEEDS = [
    ROSTER_XML,
    xlsx([FULL_ROW, PARTIAL_ROW]),
    b"12345,678901,,,CH9876,12/3/2008,State=FL,Profession=TC\n",
]


@FUZZ
@given(st.sampled_from(_SEEDS), st.randoms(use_true_random=False))
def test_fuzz_mutated_rosters(content: bytes, rng: random.Random) -> None:
    data = bytearray(content)
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        position = rng.randrange(len(data))
        if rng.random() < 0.8:
            data[position] = rng.randrange(256)
        else:
            del data[position : position + rng.randint(1, 40)]
    _check(read_cebroker("f", bytes(data)))
    looks_like_cebroker(bytes(data))


@FUZZ
@given(st.lists(st.lists(st.text(max_size=12), min_size=0, max_size=11), max_size=6))
def test_fuzz_roster_cells(rows: list[list[str]]) -> None:
    text = "\n".join(",".join([*row[:6], "State=FL", "Profession=TC", *row[6:]]) for row in rows)
    _check(read_cebroker("f.csv", text.encode("utf-8", "surrogatepass")))
