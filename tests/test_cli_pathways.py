"""`cetrack pathways`: a profile file in, the checklist out (text or --json), exit 2 with the
message on stderr for bad input. The profile example in docs/pathways.md is run as written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cetrack.cli import main

DOCS = Path(__file__).resolve().parent.parent / "docs" / "pathways.md"

PROFILE = """target = "ascp/SBB"

[[degrees]]
level = "bachelor"
field = "clinical-laboratory-science"
year = 2012

[[credentials]]
id = "ascp/MLS"
valid_through = 2027-06-30

[[experience]]
name = "Transfusion service"
start = 2018-06-01
disciplines = ["blood-banking"]
fte = 1
setting = "clinical"
accredited = true
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "me.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return path


def test_the_checklist_in_words(profile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "pathways", str(profile), "--as-of", "2026-12-06")
    assert code == 0 and not err
    assert out.startswith("Specialist in Blood Banking, SBB(ASCP) — ASCP Board of Certification")
    assert "checked on 6 Dec 2026" in out
    route2 = out.split("Route 2 ")[1].split("\n\n")[0]
    assert ": met (secondary" in route2 and "✓ met" in route2
    assert "met whatever the window" in route2
    assert "1 route open to you" in out


def test_json_keeps_ids_and_says_which_routes_are_open(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "pathways", str(profile), "--as-of", "2026-12-06", "--json")
    data = json.loads(out)
    assert code == 0 and data["target"] == "ascp/SBB" and data["as_of"] == "2026-12-06"
    assert data["open_routes"] == ["2"]
    route = next(r for r in data["routes"] if r["id"] == "2")
    assert [q["status"] for q in route["requirements"]] == ["met", "met", "met"]
    assert all(q["explanation"] for q in route["requirements"])


def test_target_on_the_command_line_wins(profile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "pathways", str(profile), "--target", "ascp/MLS", "--json")
    assert code == 0 and json.loads(out)["target"] == "ascp/MLS"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("target = 'xx/yy'", "no pathways for 'xx/yy'; known:"),
        (
            "target = 'ascp/MLS'\n[[degrees]]\nlevel = 'bachelor'\nfield = 'astrology'",
            "unknown field 'astrology'",
        ),
        ("target = 'ascp/SBB'\n[[experience]]\nstart = 'soon'", "'soon' is not a date"),
        ("target = ", "not a readable profile"),
        ("[[degrees]]\nlevel = 'bachelor'", "no target"),
    ],
)
def test_bad_input_exits_2_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "pathways", str(path))
    assert code == 2 and not out
    assert message in err and "Traceback" not in err


def test_a_missing_file_and_a_json_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "pathways", str(tmp_path / "none.toml"))
    assert code == 2 and "cannot be read" in err
    path = tmp_path / "me.json"
    path.write_text(json.dumps({"target": "ascp/MLT", "college_semester_hours": 64}))
    code, out, _ = run(capsys, "pathways", str(path))
    assert code == 0 and "MLT(ASCP)" in out


def test_the_documented_profile_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = re.search(r"## A profile file.*?```toml\n(.*?)```", DOCS.read_text(), re.S)
    assert found, "docs/pathways.md shows a profile file"
    path = tmp_path / "documented.toml"
    path.write_text(found.group(1), encoding="utf-8")
    code, out, err = run(capsys, "pathways", str(path), "--as-of", "2026-12-06")
    assert code == 0, err
    assert "Route 2" in out
