"""The shape of one certificate specification, shared by the style modules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .render import Page


@dataclass(frozen=True)
class Spec:
    name: str
    draw: Callable[[Page], None]
    truth: dict[str, object]
    size: str = "letter"
    tags: tuple[str, ...] = field(default=())


def registry() -> tuple[
    list[Spec], Callable[..., Callable[[Callable[[Page], None]], Callable[[Page], None]]]
]:
    """A list and a decorator that appends each decorated drawing function to it."""
    specs: list[Spec] = []

    def cert(name: str, size: str = "letter", style: str = "", **truth: object):  # type: ignore[no-untyped-def]
        def wrap(draw: Callable[[Page], None]) -> Callable[[Page], None]:
            specs.append(Spec(name, draw, dict(truth), size, (style,)))
            return draw

        return wrap

    return specs, cert
