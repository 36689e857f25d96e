"""Docs kept honest: examples parse, vocabularies, keys, schema fields and rule sets are documented."""

from __future__ import annotations

import json
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from pydantic import BaseModel

from cetrack.cli import main
from cetrack.core.ledger import (
    ACTIVITY_KEYS,
    AMOUNT_FIELDS,
    AMOUNT_LIMITS,
    CREDENTIAL_KEYS,
    PERSON_KEYS,
    parse_ledger,
)
from cetrack.core.rules.library import default_library, parse_program
from cetrack.core.rules.schema import Program

DOCS = Path(__file__).resolve().parent.parent / "docs"
LEDGER_DOC = (DOCS / "ledger.md").read_text("utf-8")
RULES_DOC = (DOCS / "rules.md").read_text("utf-8")


def blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{re.escape(language)}\n(.*?)^```", text, flags=re.S | re.M)


def data_file(name: str) -> dict:
    return tomllib.loads(resources.files("cetrack.data").joinpath(name).read_text("utf-8"))


def check(text: str, source: str = "pat.toml"):
    return parse_ledger(text, source, default_library().check_credential)


# -- docs/ledger.md ------------------------------------------------------------------------------


def test_ledger_doc_has_enough_examples():
    assert len(blocks(LEDGER_DOC, "toml")) >= 3
    assert len(blocks(LEDGER_DOC, "toml-invalid")) >= 2


@pytest.mark.parametrize("text", blocks(LEDGER_DOC, "toml"))
def test_every_ledger_example_parses(text):
    result = parse_ledger(text, "docs/ledger.md", default_library().check_credential)
    assert result.ok, [str(p) for p in result.problems]


@pytest.mark.parametrize("text", blocks(LEDGER_DOC, "toml-invalid"))
def test_every_invalid_example_is_refused(text):
    result = check(text)
    assert result.ledger is None
    assert result.problems


@pytest.mark.parametrize("text", blocks(LEDGER_DOC, "toml-invalid"))
def test_the_documented_error_messages_are_the_real_ones(text):
    # The doc shows what `cetrack check pat.toml` prints for each invalid example.
    for problem in check(text).problems:
        assert f"cetrack: {problem}" in LEDGER_DOC, str(problem)


def test_every_vocabulary_word_is_documented():
    words = data_file("vocabulary.toml")
    for section in ("topics", "kinds", "evidence"):
        for word, meaning in words[section].items():
            assert f"| `{word}` | {meaning} |" in LEDGER_DOC, (section, word)


def test_every_accreditation_and_alias_is_documented():
    for row in data_file("accreditations.toml")["accreditation"]:
        assert f"| `{row['id']}` | {row['name']} |" in LEDGER_DOC, row["id"]
        for alias in row.get("aliases", []):
            assert alias == "" or alias in LEDGER_DOC, alias


def test_every_ledger_key_is_documented():
    for key in (*PERSON_KEYS, *CREDENTIAL_KEYS, *ACTIVITY_KEYS):
        assert f"`{key}`" in LEDGER_DOC, key


def test_every_amount_limit_is_documented():
    for unit in AMOUNT_FIELDS:
        row = next(line for line in LEDGER_DOC.splitlines() if line.startswith(f"| `{unit}` |"))
        assert row.rstrip(" |").endswith(f"| {AMOUNT_LIMITS[unit]}"), row


# -- docs/rules.md -------------------------------------------------------------------------------


def bundled(ident: str) -> bool:
    """Rule sets shipped in the package (not ones added through CETRACK_RULES_PATH)."""
    return default_library().books[ident].file.startswith("cetrack/rules/")


def test_every_rule_set_is_listed_in_rules_md():
    for ident in default_library().books:
        assert not bundled(ident) or f"`{ident}`" in RULES_DOC, ident


def test_the_rule_set_table_matches_cetrack_rules_list(capsys):
    assert main(["rules", "list"]) == 0
    listing = capsys.readouterr().out
    assert main(["rules", "list", "--json"]) == 0
    confidence = {row["id"]: row["confidence"] for row in json.loads(capsys.readouterr().out)}
    for line in listing.splitlines():
        ident, rest = line.split(None, 1)
        if not bundled(ident):
            continue
        summary, name = rest.split(" — ", 1)
        words = summary.split()
        total = " ".join(words if summary.startswith("no CE") else words[:3])
        row = f"| `{ident}` | {total} | {confidence[ident]} | {name} |"
        assert row in RULES_DOC, row


def field_names(model: type[BaseModel], seen: set[type[BaseModel]]) -> set[str]:
    """Every field name (by alias) of a pydantic model and the models nested in it."""
    if model in seen:
        return set()
    seen.add(model)
    names: set[str] = set()
    for name, info in model.model_fields.items():
        names.add(info.alias or name)
        stack = [info.annotation]
        while stack:
            kind = stack.pop()
            if isinstance(kind, type) and issubclass(kind, BaseModel):
                names |= field_names(kind, seen)
            stack.extend(getattr(kind, "__args__", ()))
    return names


def test_every_rule_file_field_is_documented():
    for name in field_names(Program, set()):
        assert f"`{name}`" in RULES_DOC, name


def test_the_rule_file_example_validates():
    examples = blocks(RULES_DOC, "toml")
    assert examples
    for text in examples:
        program, problems = parse_program(text, "docs/rules.md")
        assert program is not None, [str(p) for p in problems]


# -- docs/architecture.md and docs/operations.md ------------------------------------------------


def test_every_core_module_is_in_the_module_map():
    architecture = (DOCS / "architecture.md").read_text("utf-8")
    core = Path(__file__).resolve().parent.parent / "src" / "cetrack" / "core"
    for path in core.rglob("*.py"):
        if path.name == "__init__.py":
            continue
        module = path.relative_to(core).as_posix()
        assert f"`{module}`" in architecture, module


def test_operations_names_every_setting():
    operations = (DOCS / "operations.md").read_text("utf-8")
    for name in ("CETRACK_RULES_PATH", "CETRACK_VENV", "requirements/constraints.txt"):
        assert name in operations, name
    # Every variable the web settings read is documented.
    settings = (DOCS.parent / "src" / "cetrack" / "web" / "settings.py").read_text("utf-8")
    read = re.findall(r'env_(?:text|bool|int|list)\("([A-Z_]+)"', settings)
    assert len(read) > 10
    for name in {*read, "CETRACK_DATA"}:
        assert f"`{name}`" in operations, name


def test_readme_quick_start_is_two_commands_and_ci_runs_the_test_one():
    root = DOCS.parent
    readme = (root / "README.md").read_text("utf-8")
    quick = readme.split("## Quick start", 1)[1].split("##", 1)[0]
    assert re.findall(r"^\./dev \w+", quick, flags=re.M) == ["./dev run", "./dev test"]
    assert "./dev test" in (root / ".ci" / "run").read_text("utf-8")
