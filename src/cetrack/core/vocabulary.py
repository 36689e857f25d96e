"""Topic ids, activity kinds, evidence kinds and accreditation systems, loaded from package data."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Accreditation:
    id: str
    name: str
    aliases: tuple[str, ...]
    max_hours_per_day: int | None = None
    per_day_cap_kinds: frozenset[str] = frozenset()
    source: str | None = None
    confidence: str | None = None
    verified_on: date | None = None


@dataclass(frozen=True, slots=True)
class Vocabulary:
    topics: dict[str, str]
    kinds: dict[str, str]
    evidence: dict[str, str]
    accreditations: dict[str, Accreditation]
    _alias_index: dict[str, str]
    _resolved: dict[str, str] = field(default_factory=dict)  # memo: free text -> id
    _board_index: dict[str, str] = field(default_factory=dict)  # alias key -> program id

    def accreditation_id(self, text: str) -> str:
        """The id of an accreditation named in free text, or "other" when it is not known."""
        found = self._resolved.get(text)
        if found is None:
            found = self._resolved[text] = self._alias_index.get(_alias_key(text), "other")
        return found

    def accreditation(self, text: str) -> Accreditation | None:
        """The accreditation system named in free text, if it is a known one."""
        return self.accreditations.get(self.accreditation_id(text))

    def named_in(self, provider: str | None, ident: str) -> bool:
        """Whether a provider's name contains one of the accreditation's names as whole words
        ("CDC OneLab REACH" names the CDC, a federal agency)."""
        if not provider or ident not in self.accreditations:
            return False
        item = self.accreditations[ident]
        words = f" {' '.join(_words(provider))} "
        return any(
            f" {' '.join(_words(alias))} " in words for alias in (item.name, *item.aliases) if alias
        )

    def board_approval(self, text: str) -> str | None:
        """The program whose board an accreditation text names ("Florida board" -> "fl")."""
        return self._board_index.get(_alias_key(text))

    def approvals(self, accreditation: str, approvals: tuple[str, ...]) -> tuple[str, ...]:
        """An activity's board approvals: those listed plus the board its accreditation names."""
        board = self.board_approval(accreditation)
        return approvals if board is None or board in approvals else (*approvals, board)


def _words(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()


def _alias_key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _read(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("cetrack.data").joinpath(name).read_text("utf-8"))


@cache
def vocabulary() -> Vocabulary:
    words = _read("vocabulary.toml")
    accreditations: dict[str, Accreditation] = {}
    alias_index: dict[str, str] = {}
    listed = _read("accreditations.toml")
    for row in listed["accreditation"]:
        item = Accreditation(
            id=row["id"],
            name=row["name"],
            aliases=tuple(row.get("aliases", ())),
            max_hours_per_day=row.get("max_hours_per_day"),
            per_day_cap_kinds=frozenset(row.get("per_day_cap_kinds", ())),
            source=row.get("source"),
            confidence=row.get("confidence"),
            verified_on=row.get("verified_on"),
        )
        accreditations[item.id] = item
        for alias in (item.id, item.name, *item.aliases):
            alias_index[_alias_key(alias)] = item.id
    boards: dict[str, str] = {}
    for row in listed.get("board", ()):
        for alias in row["aliases"]:
            alias_index[_alias_key(alias)] = "state-board"
            boards[_alias_key(alias)] = row["program"]
    return Vocabulary(
        topics=dict(words["topics"]),
        kinds=dict(words["kinds"]),
        evidence=dict(words["evidence"]),
        accreditations=accreditations,
        _alias_index=alias_index,
        _board_index=boards,
    )
