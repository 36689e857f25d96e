"""Export is import: a written ledger reads back to the same ledger and the same evaluation."""

from __future__ import annotations

import dataclasses
from datetime import date

from cetrack.cli import demo_ledger_text
from cetrack.core.engine import evaluate
from cetrack.core.ledger import parse_ledger
from cetrack.core.ledger_writer import dump_ledger
from cetrack.core.report import evaluation_dict
from cetrack.core.rules.library import default_library


def test_the_demo_ledger_round_trips_with_the_same_evaluation():
    library = default_library()
    original = parse_ledger(demo_ledger_text(), "demo.toml", library.check_credential).ledger
    assert original is not None
    written = dump_ledger(original)
    again = parse_ledger(written, "demo.toml", library.check_credential)
    assert again.ok, [str(p) for p in again.problems]
    assert again.ledger is not None
    assert dataclasses.replace(again.ledger, source=None) == dataclasses.replace(
        original, source=None
    )
    as_of = date(2026, 11, 21)
    assert evaluation_dict(evaluate(again.ledger, as_of, library)) == evaluation_dict(
        evaluate(original, as_of, library)
    )
    assert "[[activity]]" in written and "[[credential]]" in written
