"""Slow smoke test: bench/web.py populates, serves, loads and reports with tiny sizes (SQLite)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_web_benchmark_runs_and_prints_its_headline_last(tmp_path: Path) -> None:
    results = tmp_path / "web.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "web.py"),
            "--users",
            "10",
            "--seconds",
            "2",
            "--clients",
            "4",
            "--sqlite-only",
            "--json",
            str(results),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[-1].startswith("web: ") and lines[-1].endswith(" ms"), lines[-1]
    assert float(lines[-1].split()[1]) > 0
    report = json.loads(results.read_text())
    sqlite = report["databases"]["sqlite"]
    assert sqlite["rows"] == {
        "users": 10,
        "credentials": 30,
        "activities": 400,
        "certificates": sqlite["rows"]["certificates"],
        "revisions": 430,
    }
    for name in ("dashboard_cold", "dashboard", "health"):
        measured = sqlite["endpoints"][name]
        assert measured["requests"] > 0 and measured["errors"] == 0, (name, measured)
    assert sqlite["endpoints"]["dashboard_cold"]["requests"] <= 10  # each person at most once
    for name in ("api_cold", "api"):  # reported as unavailable (an HTTP status) if it is missing
        api = sqlite["endpoints"][name]
        assert api["errors"] == 0 and (api["requests"] > 0 or not api["available"]), api
    assert report["databases"]["postgresql"] == {"skipped": "--sqlite-only"}
    assert report["headline"]["value"] == float(lines[-1].split()[1])
