"""Blind acceptance tests: expected verdicts written from the rule texts, not from the code.

Each ``cases/NAME.toml`` is a ledger (docs/ledger.md, format 1); beside it,
``cases/NAME.expected.toml`` gives the as-of date, the rule text it rests on (``cite``, also in
the comments of both files) and, per credential id, the expected ``status`` and, where the rule
texts fix them, ``counted`` (JSON ``progress.counted``) and ``missing`` (the content areas still
short).

Sources read to write the expectations (and nothing else): docs/ledger.md, docs/rules.md,
/work/shared/research/requirements.md, requirements-addendum.md, external-material.md and the
output of ``cetrack rules list`` / ``cetrack rules show ID``.

A failing case is a disagreement between the program and our reading of the rule text; the
expectation is not adjusted to the program's output.
"""

from __future__ import annotations

import json
import pathlib
import shutil
import subprocess
import sys
import tomllib

import pytest

CASES_DIR = pathlib.Path(__file__).parent / "cases"

# A content area named in an expectation, and the words that identify it in a requirement's
# id or name (the JSON gives both; per-category requirement ids are not fixed by the docs).
AREA_WORDS = {
    "safety": ["safety"],
    "ethics": ["ethic"],
    "blood-banking": ["blood"],
    "chemistry": ["chemistry"],
    "hematology": ["hematology"],
    "microbiology": ["microbiology"],
    "histology": ["histology"],
    "hiv-aids": ["hiv"],
    "medical-errors": ["medical error", "medical-error"],
    "fl-laws-rules": ["law"],
    "supervision": ["supervision"],
}


def _cetrack_command() -> list[str]:
    """`python -m cetrack` if it works, else the console script beside the interpreter."""
    probe = subprocess.run(
        [sys.executable, "-m", "cetrack", "--version"], capture_output=True, text=True
    )
    if probe.returncode == 0:
        return [sys.executable, "-m", "cetrack"]
    script = pathlib.Path(sys.executable).with_name("cetrack")
    if script.exists():
        return [str(script)]
    found = shutil.which("cetrack")
    if found:
        return [found]
    pytest.skip("cetrack is not installed next to this interpreter")


@pytest.fixture(scope="session")
def cetrack() -> list[str]:
    return _cetrack_command()


def _params():
    for exp_path in sorted(CASES_DIR.glob("*.expected.toml")):
        name = exp_path.name.removesuffix(".expected.toml")
        expected = tomllib.loads(exp_path.read_text(encoding="utf-8"))
        for cid in expected["credential"]:
            yield pytest.param(name, cid, id=f"{name}[{cid}]")


def _run(cetrack, name: str, as_of: str) -> dict:
    ledger = CASES_DIR / f"{name}.toml"
    proc = subprocess.run(
        [*cetrack, "check", str(ledger), "--json", "--as-of", as_of],
        capture_output=True,
        text=True,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
    assert lines, (
        f"cetrack check produced no JSON for {ledger.name} (exit {proc.returncode}):\n{proc.stderr}"
    )
    return json.loads(lines[0])


def _missing_areas(requirements: list[dict]) -> list[dict]:
    out = []
    for r in requirements:
        status = str(r.get("status", ""))
        if status.startswith("exempt") or status in {"not_applicable", "met"}:
            continue
        if (r.get("missing") or 0) > 0:
            out.append(r)
    return out


def _label(r: dict) -> str:
    return f"{r.get('id', '')} {r.get('name', '')}".lower()


_REPORTS: dict[tuple[str, str], dict] = {}


@pytest.mark.parametrize(("name", "cid"), list(_params()))
def test_blind_case(cetrack, name, cid):
    expected_doc = tomllib.loads((CASES_DIR / f"{name}.expected.toml").read_text(encoding="utf-8"))
    as_of = str(expected_doc["as_of"])
    key = (name, as_of)
    if key not in _REPORTS:
        _REPORTS[key] = _run(cetrack, name, as_of)
    report = _REPORTS[key]
    expected = expected_doc["credential"][cid]

    creds = {c["id"]: c for c in report.get("credentials", [])}
    assert cid in creds, f"credential {cid!r} not in the report: {sorted(creds)}"
    got = creds[cid]

    problems = []
    if got.get("status") != expected["status"]:
        problems.append(f"status: expected {expected['status']!r}, got {got.get('status')!r}")

    if "counted" in expected:
        counted = (got.get("progress") or {}).get("counted")
        if counted is None or round(float(counted), 2) != round(float(expected["counted"]), 2):
            problems.append(f"progress.counted: expected {expected['counted']}, got {counted}")

    if "missing" in expected:
        short = _missing_areas(got.get("requirements") or [])
        unmatched_expected = [
            area
            for area in expected["missing"]
            if not any(any(w in _label(r) for w in AREA_WORDS.get(area, [area])) for r in short)
        ]
        unexpected = [
            r
            for r in short
            if not any(
                any(w in _label(r) for w in AREA_WORDS.get(area, [area]))
                for area in expected["missing"]
            )
        ]
        if unmatched_expected or unexpected:
            problems.append(
                "missing areas: expected "
                f"{sorted(expected['missing'])}, got "
                f"{sorted(r.get('id', '?') for r in short)}"
            )

    assert not problems, (
        f"{name} / {cid} — rule: {expected_doc['cite']}\n  "
        + "\n  ".join(problems)
        + f"\n  cetrack messages: {got.get('messages')}"
    )
