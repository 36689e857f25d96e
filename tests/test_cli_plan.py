"""`cetrack plan`: a ledger with gaps and a catalogue give the cheapest plan, as text or JSON.

Alice's MLS(ASCP) has 2 of 36 points. The small catalogue below closes her gaps for $60:
the $40 course of 33 points (every area) and the $20 ethics course; the $45 course that also
covers ethics loses to the cheaper one, and nothing else is needed.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from cetrack.cli import main

LEDGER = """\
format = 1

[person]
name = "Alice Tech"

[[credential]]
id = "mls"
rules = "ascp/MLS"
cycle_end = 2027-06-30

[[activity]]
id = "coag"
title = "Coagulation update"
completed_on = 2025-01-15
hours = 2
topics = ["hematology"]
accreditation = "P.A.C.E."
"""

CATALOGUE = """\
id,kind,title,hours,topics,price,accreditation
big-pack,online-course,Everything for the MLS,33,safety;blood-banking;chemistry;microbiology;hematology,40,pace
ethics-1,online-course,Ethics in the laboratory,1,ethics,20,pace
ethics-2,online-course,Ethics and more,4,ethics;safety,45,pace
"""

AS_OF = "2026-01-10"
ITEM_KEYS = {"id", "title", "price", "credentials"}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "ledger.toml").write_text(LEDGER)
    (tmp_path / "catalogue.csv").write_text(CATALOGUE)
    return {"ledger": tmp_path / "ledger.toml", "catalogue": tmp_path / "catalogue.csv"}


def plan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["plan", *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_json_plan_has_exactly_the_documented_keys(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = plan(
        capsys,
        str(files["ledger"]),
        "--catalog",
        str(files["catalogue"]),
        "--as-of",
        AS_OF,
        "--json",
    )
    assert status == 0
    result = json.loads(out)
    assert set(result) == {
        "status",
        "cost",
        "hours",
        "purchases",
        "items",
        "coverage",
        "explanation",
    }
    assert result["status"] == "optimal"
    assert result["cost"] == 60 and result["hours"] == 34
    assert sorted(result["purchases"]) == ["big-pack", "ethics-1"]
    for item in result["items"]:
        assert ITEM_KEYS <= set(item) <= ITEM_KEYS | {"date"}
        assert item["credentials"] == ["mls"]
    assert {i["id"]: i["price"] for i in result["items"]} == {"big-pack": 40, "ethics-1": 20}
    assert result["coverage"] == {"mls": {"before": 2, "after": 36}}
    assert isinstance(result["explanation"], list)


def test_text_plan(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = plan(
        capsys, str(files["ledger"]), "--catalog", str(files["catalogue"]), "--as-of", AS_OF
    )
    assert status == 0
    assert out.startswith("Renewal plan")
    assert "Ethics in the laboratory [ethics-1]" in out and "Total cost: $60" in out


def test_infeasible_is_an_answer_with_reasons(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = plan(
        capsys,
        str(files["ledger"]),
        "--catalog",
        str(files["catalogue"]),
        "--as-of",
        AS_OF,
        "--budget",
        "10",
        "--json",
    )
    result = json.loads(out)
    assert status == 0 and result["status"] == "infeasible" and result["items"] == []
    assert any("budget" in line for line in result["explanation"])


def test_default_catalogue_is_the_starter_catalogue(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = plan(capsys, str(files["ledger"]), "--as-of", AS_OF, "--json")
    result = json.loads(out)
    # the starter catalogue sells no ethics course on its own terms, so the gap is explained
    assert status == 0 and result["status"] == "infeasible"
    assert any("Medical ethics" in line for line in result["explanation"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--budget", "lots"], "'lots' is not a number"),
        (["--budget", "-5"], "--budget must be a number 0 or more"),
        (["--hours-per-week", "0"], "--hours-per-week must be a number more than 0"),
        (["--formats", "carrier-pigeon"], "unknown format 'carrier-pigeon'"),
        (["--as-of", "soon"], "'soon' is not a date"),
        (["--catalog", "synthetic:many"], "expected synthetic:N"),
        (["--catalog", "missing.csv"], "missing.csv: no such catalogue file"),
        (["--employer-paid", "nope"], "ids not in the catalogue: nope"),
    ],
)
def test_bad_options_exit_2_with_a_message(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    status, out, err = plan(capsys, str(files["ledger"]), *args)
    assert status == 2 and out == "" and message in err


def test_bad_ledger_exits_2_with_its_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(LEDGER.replace("hours = 2", 'hours = "two"'))
    status, out, err = plan(capsys, str(bad), "--as-of", AS_OF)
    assert status == 2 and out == ""
    assert f"{bad}:" in err and "no plan was made" in err
    status, _, err = plan(capsys, str(tmp_path / "absent.toml"))
    assert status == 2 and "absent.toml" in err


def test_catalogue_with_bad_rows_plans_from_the_good_ones_and_exits_2(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    broken = files["catalogue"].parent / "broken.csv"
    broken.write_text(CATALOGUE + "bad-1,online-course,Bad,1,safety,ten,pace\n")
    status, out, err = plan(
        capsys, str(files["ledger"]), "--catalog", str(broken), "--as-of", AS_OF, "--json"
    )
    assert status == 2
    assert f"{broken}:5: row bad-1: price:" in err
    assert json.loads(out)["status"] == "optimal"


def test_unreadable_catalogue_exits_2(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    empty = files["catalogue"].parent / "empty.json"
    empty.write_text("{}")
    status, out, err = plan(capsys, str(files["ledger"]), "--catalog", str(empty))
    assert status == 2 and out == "" and "expected a JSON list" in err


def test_small_synthetic_catalogue(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = plan(
        capsys, str(files["ledger"]), "--catalog", "synthetic:300", "--as-of", AS_OF, "--json"
    )
    result = json.loads(out)
    assert status == 0 and result["status"] == "optimal"
    assert result["coverage"]["mls"]["after"] == 36
    assert all(item["id"].startswith("syn-") for item in result["items"])


def test_ten_thousand_items_plan_within_seconds(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """About a second here (generating the catalogue included), so not marked slow."""
    started = time.perf_counter()
    status, out, _ = plan(
        capsys, str(files["ledger"]), "--catalog", "synthetic:10000", "--as-of", AS_OF, "--json"
    )
    seconds = time.perf_counter() - started
    result = json.loads(out)
    assert status == 0 and result["status"] == "optimal"
    assert result["coverage"]["mls"]["after"] == 36
    assert seconds < 10, f"took {seconds:.1f} s"
