"""CSV formula injection: a cell a spreadsheet would run as a formula is written with a leading
quote in every CSV the site hands out (the activities export, the team compliance CSV) —
including the full-width ＝ ＋ － ＠ and small forms that spreadsheets in East Asian locales
read as the ASCII ones, and formulas behind leading spaces."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.test import Client

from cetrack.records import exports
from tests.web.conftest import make_activity
from tests.web.orgs.conftest import lab  # noqa: F401  (the fixture)

RUNS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "\n=1",
    '＝HYPERLINK("http://x","click")',
    "＋1",
    "－1+1",
    "＠SUM(A1)",
    "﹦1",
    "﹢1",
    "﹣1",
    "﹫SUM(A1)",
    " =1+1",
    "\u3000＝1",
    "\u00a0@A1",
]
STAYS = ["a=b", "1-2", "Hematology", "Gerinnung – Update", "−1 (a minus sign, not a hyphen)", ""]


@pytest.mark.parametrize("text", RUNS)
def test_text_a_spreadsheet_would_run_gets_a_leading_quote(text: str) -> None:
    assert exports.csv_cell(text) == "'" + text


@pytest.mark.parametrize("text", STAYS)
def test_other_text_is_left_alone(text: str) -> None:
    assert exports.csv_cell(text) == text


def test_the_activities_csv_quotes_full_width_formulas(alice: Any, alice_client: Client) -> None:
    make_activity(
        alice,
        id="wide",
        title='＝HYPERLINK("http://evil.example","open")',
        provider="＋cmd|' /C calc'!A0",
        notes="＠SUM(1)",
        course_number="－2+3",
    )
    content = alice_client.get("/export/activities.csv").content.decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(content)))
    assert row["title"] == '\'＝HYPERLINK("http://evil.example","open")'
    assert row["provider"] == "'＋cmd|' /C calc'!A0"
    assert row["notes"] == "'＠SUM(1)"
    assert row["course_number"] == "'－2+3"


def test_the_team_csv_quotes_a_full_width_formula_in_a_name(lab: Any) -> None:  # noqa: F811
    lab.users["member2"].name = "＝HYPERLINK(1)"
    lab.users["member2"].save()
    make_activity(lab.users["member2"], id="x")  # a change, so the matrix is rebuilt
    response = lab.client("manager").get(f"/orgs/{lab.org.pk}/compliance.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert any(r["member"] == "'＝HYPERLINK(1)" for r in rows)
    assert not any(r["member"].startswith("＝") for r in rows)
