"""docs/competency.md kept honest: every id the API and the rule files use is documented, every
field of the rule-file schema appears, and the performance figures are the bench's own."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from cetrack.core.competency import rules
from cetrack.core.competency.vocabulary import (
    ALL_ELEMENTS,
    COMPLEXITIES,
    POSITIONS,
    REASONS,
    STATES,
)

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "competency.md").read_text("utf-8")


def test_every_id_is_documented() -> None:
    for table in (ALL_ELEMENTS, COMPLEXITIES, POSITIONS, REASONS, STATES):
        for ident in table:
            assert f"`{ident}`" in DOC, ident


def test_every_rule_file_field_is_documented() -> None:
    models: list[type[BaseModel]] = [
        rules.AccreditorFile,
        rules.Schedule,
        rules.Change,
        rules.Waived,
        rules.Assessor,
        rules.Duties,
    ]
    for model in models:
        for name, field in model.model_fields.items():
            key = field.alias or name
            written = (f"{key} =", f"[{key}]", f"[[{key}]]", f"[waived.{key}]")
            assert any(form in DOC for form in written), f"{model.__name__}.{name}"


def test_the_benchmark_figures_are_the_benchmarks() -> None:
    result = json.loads((ROOT / "bench" / "results" / "competency.json").read_text())
    sqlite = result["databases"]["sqlite"]["results"]["due_list"]["warm"]["p95_ms"]
    assert f"**{sqlite:.0f} ms**" in DOC
