"""Docs kept honest: examples parse, vocabularies and rule sets are all documented."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from cetrack.core.ledger import parse_ledger
from cetrack.core.rules.library import default_library

DOCS = Path(__file__).resolve().parent.parent / "docs"
LEDGER_DOC = (DOCS / "ledger.md").read_text("utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", LEDGER_DOC, flags=re.S)


@pytest.mark.parametrize("text", blocks("toml"))
def test_every_ledger_example_parses(text):
    result = parse_ledger(text, "docs/ledger.md", default_library().check_credential)
    assert result.ok, [str(p) for p in result.problems]


@pytest.mark.parametrize("text", blocks("toml-invalid"))
def test_every_invalid_example_is_refused(text):
    assert parse_ledger(text, "pat.toml", default_library().check_credential).problems


def test_there_are_examples():
    assert len(blocks("toml")) >= 3 and len(blocks("toml-invalid")) >= 2


def test_the_documented_error_messages_are_the_real_ones():
    text = blocks("toml-invalid")[0]
    problems = parse_ledger(text, "pat.toml", default_library().check_credential).problems
    for problem in problems:
        assert str(problem) in LEDGER_DOC


def test_every_vocabulary_word_is_documented():
    words = tomllib.loads(resources.files("cetrack.data").joinpath("vocabulary.toml").read_text())
    for section in ("topics", "kinds", "evidence"):
        for word in words[section]:
            assert f"`{word}`" in LEDGER_DOC, word


def test_every_rule_set_is_listed_in_rules_md():
    rules_doc = (DOCS / "rules.md").read_text("utf-8")
    for ident in default_library().books:
        assert f"`{ident}`" in rules_doc, ident


def test_readme_quick_start_is_two_commands_and_ci_runs_the_test_one():
    root = DOCS.parent
    readme = (root / "README.md").read_text("utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^\./dev \w+", quick, flags=re.M)
    assert commands == ["./dev run", "./dev test"]
    assert "./dev test" in (root / ".ci" / "run").read_text("utf-8")
