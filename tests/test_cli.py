"""The `cetrack` command: reports, JSON contract, exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cetrack.cli import demo_ledger_text, main

GOOD = """\
format = 1
[person]
name = "Pat Doe"

[[credential]]
id = "mls"
rules = "ascp/MLS"
cycle_end = 2027-06-30

[[activity]]
id = "coag"
title = "Coagulation update"
completed_on = 2025-03-02
hours = 2
topics = ["hematology"]
accreditation = "P.A.C.E."
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_demo_report_reads_like_a_report(capsys):
    status, out, err = run(capsys, "check", "--demo", "--as-of", "2026-11-21")
    assert status == 0, err
    assert "Katherine Doe — as of 2026-11-21" in out
    assert "Status: NOT MET" in out
    assert "Medical ethics" in out and "Not counted:" in out
    assert "routine staff meetings do not count" in out
    assert "declaration window 2027-04-01 to 2027-05-31" in out


def test_json_follows_the_contract(capsys, tmp_path):
    ledger = tmp_path / "pat.toml"
    ledger.write_text(GOOD)
    status, out, _ = run(capsys, "check", "--json", "--as-of", "2026-11-21", str(ledger))
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["format"] == 1 and data["as_of"] == "2026-11-21"
    assert data["person"]["name"] == "Pat Doe"
    (credential,) = data["credentials"]
    for key in (
        "id",
        "rules",
        "status",
        "window",
        "required",
        "earned",
        "missing",
        "requirements",
        "counted",
        "excluded",
        "findings",
        "deadlines",
        "sources",
    ):
        assert key in credential
    assert credential["status"] == "not_met"
    assert credential["required"] == 36 and credential["earned"] == 2
    assert credential["window"] == {
        "start": "2024-07-01",
        "end": "2027-06-30",
        "basis": "the 36 months ending on the cycle end",
    }
    assert {"activity": "coag", "credit": 2, "requirement": "hematology"} in credential["counted"]
    assert credential["deadlines"]["declaration_opens"] == "2027-04-01"
    assert credential["deadlines"]["declaration_closes"] == "2027-05-31"
    hematology = next(r for r in credential["requirements"] if r["id"] == "hematology")
    assert hematology["earned"] == 2 and hematology["missing"] == 0
    assert all(s["url"].startswith("https://") for s in credential["sources"])


def test_one_bad_file_does_not_stop_the_others(capsys, tmp_path):
    (tmp_path / "a-good.toml").write_text(GOOD)
    (tmp_path / "b-bad.toml").write_text(GOOD.replace("hours = 2", "hours = -2"))
    (tmp_path / "c-good.toml").write_text(GOOD.replace("Pat Doe", "Sam Roe"))
    status, out, err = run(capsys, "check", "--json", str(tmp_path))
    assert status == 2
    names = [json.loads(line)["person"]["name"] for line in out.splitlines()]
    assert names == ["Pat Doe", "Sam Roe"]
    assert "b-bad.toml:14: [[activity]] #1 'hours': must be a positive number, got -2" in err
    assert "Traceback" not in err


def test_missing_file_and_non_toml_file(capsys, tmp_path):
    binary = tmp_path / "photo.toml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    status, out, err = run(capsys, "check", str(tmp_path / "nope.toml"), str(binary))
    assert status == 2 and out == ""
    assert "nope.toml: no such file" in err
    assert "photo.toml: not a UTF-8 text file" in err


def test_bad_as_of_is_a_usage_error(capsys):
    status, _, err = run(capsys, "check", "--demo", "--as-of", "2026-13-01")
    assert status == 2
    assert "'2026-13-01' is not a date" in err


def test_rules_list_and_show(capsys):
    status, out, _ = run(capsys, "rules", "list")
    assert status == 0
    for rule_id in (
        "ascp/MLS",
        "amt/MT",
        "ca/CPT1",
        "fl/director",
        "tn/technologist",
        "nd/CLS",
        "mt/CLS",
        "ny/CLT",
    ):
        assert rule_id in out
    status, out, _ = run(capsys, "rules", "show", "fl/supervisor")
    assert status == 0
    assert "Administration and supervision" in out
    assert "https://www.flrules.org/gateway/ruleNo.asp?id=64B3-11.001" in out


def test_unknown_rule_set_in_show(capsys):
    status, _, err = run(capsys, "rules", "show", "ascp/mls")
    assert status == 2
    assert "did you mean ascp/MLS" in err


def test_every_rule_file_validates(capsys):
    status, out, err = run(capsys, "rules", "validate")
    assert status == 0, err
    assert ", 0 problems" in out


def test_rules_schema_is_json_schema(capsys):
    status, out, _ = run(capsys, "rules", "schema")
    schema = json.loads(out)
    assert status == 0 and schema["title"] == "Program"
    assert "ruleset" in schema["properties"]


def test_a_broken_rule_file_is_refused_with_its_problem(capsys, tmp_path):
    broken = tmp_path / "zz.toml"
    broken.write_text(
        Path(__file__)
        .with_name("data")
        .joinpath("zz-state.toml")
        .read_text()
        .replace('topics = ["safety"]', 'topics = ["saftey"]')
    )
    status, _, err = run(capsys, "rules", "validate", str(broken))
    assert status == 2
    assert "unknown topic 'saftey'" in err


def test_adding_a_state_is_adding_a_file(capsys, tmp_path):
    state = Path(__file__).with_name("data").joinpath("zz-state.toml")
    ledger = tmp_path / "pat.toml"
    ledger.write_text(
        GOOD.replace("ascp/MLS", "zz/technologist").replace("2025-03-02", "2026-01-10")
    )
    status, out, err = run(
        capsys,
        "--rules-dir",
        str(state.parent),
        "check",
        "--json",
        "--as-of",
        "2026-11-21",
        str(ledger),
    )
    assert status == 0, err
    credential = json.loads(out)["credentials"][0]
    assert credential["required"] == 10 and credential["earned"] == 2


def test_demo_ledger_is_bundled():
    assert "Katherine Doe" in demo_ledger_text()
