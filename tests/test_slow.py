"""Slow checks, run by `.ci/run` (pytest -m slow): the benchmark runs and reports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_evaluate_benchmark_runs_and_prints_its_headline_last():
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "evaluate.py"), "--people", "300", "--files", "40"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    lines = done.stdout.strip().splitlines()
    assert lines[-1].startswith("evaluate: ") and lines[-1].endswith(" people/s")
    assert float(lines[-1].split()[1]) > 0
    assert any(line.strip().startswith("ratio: ") for line in lines)
