"""`cetrack parse` and `cetrack import`: a folder of mixed files becomes a correct ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cetrack.cli import main
from cetrack.core.ledger import load_ledger
from tests.capture.samples import TRANSCRIPT, certificate_pdf

LEDGER = """\
format = 1

[person]
name = "Alice Tech"  # kept as written

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


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    certs = tmp_path / "certs"
    certs.mkdir()
    (certs / "antibody.pdf").write_bytes(certificate_pdf())
    (certs / "transcript.csv").write_bytes(TRANSCRIPT)
    (certs / "broken.pdf").write_bytes(b"%PDF-1.7\nthis is not really a PDF")
    (certs / "coag.pdf").write_bytes(
        certificate_pdf(title="Coagulation update", when="01/15/2025", amount="2 contact hours")
    )
    (tmp_path / "ledger.toml").write_text(LEDGER)
    return tmp_path


def test_parse_json_is_one_object_per_file(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["parse", "--json", str(folder / "certs")])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 2  # one file could not be read
    by_file = {Path(line["file"]).name: line for line in lines}
    assert set(by_file) == {"antibody.pdf", "broken.pdf", "coag.pdf", "transcript.csv"}
    fields = by_file["antibody.pdf"]["fields"]
    assert fields["title"]["value"] == "Antibody Identification Case Studies"
    assert fields["completed_on"]["value"] == "2025-03-02"
    assert fields["hours"]["value"] == "1.5"
    assert 0 <= fields["hours"]["confidence"] <= 1
    assert by_file["broken.pdf"]["errors"] and not by_file["broken.pdf"]["fields"]
    assert len(by_file["transcript.csv"]["activities"]) == 2


def test_parse_text_flags_fields_to_check(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["parse", str(folder / "certs" / "transcript.csv")])
    out = capsys.readouterr().out
    assert "Urine Sediment Review" in out and "row" in out


def test_import_is_all_or_nothing(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger_path = folder / "ledger.toml"
    status = main(["import", str(folder / "certs"), "--ledger", str(ledger_path), "--yes"])
    captured = capsys.readouterr()
    assert status == 2
    assert ledger_path.read_text() == LEDGER  # broken.pdf is reported and nothing is written
    assert "broken.pdf" in captured.out
    assert "nothing written: 1 file has problems" in captured.err
    assert "--skip-problems" in captured.err


def test_import_appends_merges_and_skips(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger_path = folder / "ledger.toml"
    status = main(
        ["import", str(folder / "certs"), "--ledger", str(ledger_path), "--yes", "--skip-problems"]
    )
    out = capsys.readouterr().out
    assert status == 2  # broken.pdf is reported; with --skip-problems the rest is imported
    text = ledger_path.read_text()
    assert text.startswith(LEDGER)  # the person's own text and comments are untouched
    ledger = load_ledger(ledger_path).ledger
    assert ledger is not None
    titles = sorted(a.title for a in ledger.activities)
    # The certificate and its transcript row became one activity; coag was already there.
    assert titles == [
        "Antibody Identification Case Studies",
        "Coagulation update",
        "Urine Sediment Review",
    ]
    antibody = next(a for a in ledger.activities if a.title.startswith("Antibody"))
    assert antibody.certificate == "certs/antibody.pdf"
    assert str(antibody.amount) == "1.5 hours"
    assert "already in ledger.toml as 'coag'" in out
    assert "broken.pdf" in out


def test_import_without_yes_off_a_terminal_writes_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    ledger_path = folder / "ledger.toml"
    status = main(["import", str(folder / "certs" / "antibody.pdf"), "--ledger", str(ledger_path)])
    assert status == 2
    assert ledger_path.read_text() == LEDGER
    assert "--yes" in capsys.readouterr().err


def test_import_into_a_broken_ledger_changes_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_path = folder / "ledger.toml"
    ledger_path.write_text("format = 1\n[person\n")
    status = main(["import", str(folder / "certs"), "--ledger", str(ledger_path), "--yes"])
    assert status == 2
    assert ledger_path.read_text() == "format = 1\n[person\n"
    assert "nothing was imported" in capsys.readouterr().err


def test_missing_file_is_a_located_error(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["parse", "--json", str(folder / "nope.pdf")])
    (line,) = capsys.readouterr().out.splitlines()
    assert status == 2
    assert json.loads(line)["errors"][0]["message"] == "no such file"


def _transcript(rows: int) -> bytes:
    lines = [b"Course Title,Date Completed,Contact Hours,Provider"]
    lines += [b"Course %d,03/02/2025,1,ASCLS" % n for n in range(rows)]
    return b"\n".join(lines) + b"\n"


def test_a_file_cut_off_by_the_row_limit_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cetrack import cli_capture
    from cetrack.core.capture.draft import Limits

    monkeypatch.setattr(cli_capture, "LIMITS", Limits(max_rows=20))
    (tmp_path / "ledger.toml").write_text(LEDGER)
    (tmp_path / "long.csv").write_bytes(_transcript(25))
    (tmp_path / "short.csv").write_bytes(_transcript(3).replace(b"Course", b"Seminar"))
    ledger = tmp_path / "ledger.toml"
    files = [str(tmp_path / "long.csv"), str(tmp_path / "short.csv")]
    assert main(["import", *files, "--ledger", str(ledger), "--yes"]) == 2
    captured = capsys.readouterr()
    assert "more than 20 rows" in captured.out
    assert "nothing written" in captured.err
    assert ledger.read_text() == LEDGER
    # Skipping problems leaves the cut-off file out whole: never a part of it.
    assert main(["import", *files, "--ledger", str(ledger), "--yes", "--skip-problems"]) == 2
    titles = [a.title for a in load_ledger(ledger).ledger.activities]  # type: ignore[union-attr]
    assert sorted(titles) == ["Coagulation update", "Seminar 0", "Seminar 1", "Seminar 2"]


def test_import_stops_at_the_activity_ceiling(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], settings: object
) -> None:
    settings.CETRACK_MAX_ACTIVITIES = 3  # type: ignore[attr-defined]
    ledger = tmp_path / "ledger.toml"
    ledger.write_text(LEDGER)
    (tmp_path / "t.csv").write_bytes(_transcript(3))
    assert main(["import", str(tmp_path / "t.csv"), "--ledger", str(ledger), "--yes"]) == 2
    err = capsys.readouterr().err
    assert "1 activity is recorded and this import would add 3" in err
    assert "a ledger holds at most 3 activities" in err
    assert ledger.read_text() == LEDGER
