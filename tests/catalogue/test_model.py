"""The catalogue model: ledger kinds, time, indexes; and the engine-free search primitives."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cetrack.core.catalogue.model import (
    FORMATS,
    ITEM_KINDS,
    LEDGER_KIND,
    Catalogue,
    CatalogueItem,
)
from cetrack.core.catalogue.search import available, effective_price, filter_items
from cetrack.core.vocabulary import vocabulary


def item(item_id: str, kind: str = "online-course", **fields: object) -> CatalogueItem:
    return CatalogueItem(id=item_id, kind=kind, title=f"Title of {item_id}", **fields)  # type: ignore[arg-type]


def test_kinds_and_formats_are_as_documented() -> None:
    assert ITEM_KINDS == (
        "online-course",
        "webinar",
        "workshop",
        "conference",
        "conference-session",
        "certificate-program",
        "degree-program",
        "in-service",
        "package",
        "involvement",
    )
    assert FORMATS == ("online", "in-person", "hybrid")
    assert set(LEDGER_KIND) == set(ITEM_KINDS)
    # Every ledger kind the mapping produces is a real ledger activity kind.
    assert set(LEDGER_KIND.values()) <= set(vocabulary().kinds)


@pytest.mark.parametrize(
    ("kind", "ledger_kind"),
    [
        ("online-course", "course"),
        ("webinar", "live-session"),
        ("workshop", "workshop"),
        ("conference", "conference-session"),
        ("conference-session", "conference-session"),
        ("certificate-program", "course"),
        ("degree-program", "academic"),
        ("in-service", "in-service"),
        ("package", "course"),
        ("involvement", "presentation"),
    ],
)
def test_ledger_kind_mapping(kind: str, ledger_kind: str) -> None:
    assert item("x", kind).ledger_kind == ledger_kind


@pytest.mark.parametrize("activity", ["publication", "committee", "mentoring", "presentation"])
def test_involvement_follows_activity_kind(activity: str) -> None:
    assert item("x", "involvement", activity_kind=activity).ledger_kind == activity


def test_activity_kind_overrides_any_kind() -> None:
    assert item("mlo", "online-course", activity_kind="self-study").ledger_kind == "self-study"


@pytest.mark.parametrize(
    ("amount", "unit", "hours"),
    [
        ("1.5", "hours", "1.5"),
        ("2", "points", "2"),
        ("0.2", "ceu", "2"),
        ("90", "minutes", "1.5"),
        ("3", "semester_hours", "135"),
        ("3", "quarter_hours", "90"),
    ],
)
def test_hours_of_time(amount: str, unit: str, hours: str) -> None:
    assert item("x", amount=Decimal(amount), unit=unit).hours_of_time == Decimal(hours)


def test_hours_of_time_unknown_without_amount() -> None:
    assert item("x").hours_of_time is None


def test_is_event() -> None:
    assert not item("x").is_event
    assert item("x", start=date(2026, 3, 1), end=date(2026, 3, 2)).is_event
    assert item("deadline", "involvement", end=date(2026, 3, 1)).is_event


def test_catalogue_indexes() -> None:
    catalogue = Catalogue(
        items=(
            item("pkg-a", "package", price=Decimal(50), includes=("c1", "c2")),
            item("pkg-b", "package", price=Decimal(40), includes=("c2",)),
            item("c1"),
            item("c2"),
        )
    )
    assert catalogue.by_id["c1"].id == "c1"
    assert catalogue.included_in("c2") == ("pkg-a", "pkg-b")
    assert catalogue.included_in("c1") == ("pkg-a",)
    assert catalogue.included_in("pkg-a") == ()
    assert catalogue.source is None and catalogue.problems == ()
    with pytest.raises(TypeError):
        catalogue.by_id["new"] = item("new")  # type: ignore[index]


def test_catalogue_is_frozen_and_comparable() -> None:
    one = Catalogue(items=(item("a"),), source="s")
    assert one == Catalogue(items=(item("a"),), source="s")
    with pytest.raises(AttributeError):
        one.source = "other"  # type: ignore[misc]


# -- search ------------------------------------------------------------------------------------

SEARCH = Catalogue(
    items=(
        item("free", price=Decimal(0), topics=("safety",), accreditation="pace"),
        item("paid", price=Decimal(30), member_price=Decimal(20), topics=("chemistry",)),
        item("only-in-pkg", price=None, topics=("hematology",), accreditation="cmle"),
        item("pkg", "package", price=Decimal(45), includes=("only-in-pkg", "paid")),
        item(
            "conf",
            "conference",
            price=Decimal(500),
            includes=("sess",),
            format="in-person",
            start=date(2026, 7, 26),
            end=date(2026, 7, 30),
            location="Anaheim CA",
        ),
        item(
            "sess",
            "conference-session",
            price=None,
            format="in-person",
            start=date(2026, 7, 27),
            end=date(2026, 7, 27),
        ),
        item("expired", price=Decimal(10), approval_expires=date(2025, 12, 31)),
        item("unknown-price", notes="Price not stated in the source"),
        item("deadline", "involvement", end=date(2026, 3, 1), price=Decimal(0)),
    )
)


def test_effective_price() -> None:
    by_id = SEARCH.by_id
    assert effective_price(by_id["free"], SEARCH) == 0
    assert effective_price(by_id["paid"], SEARCH) == 30
    assert effective_price(by_id["paid"], SEARCH, member=True) == 20
    assert effective_price(by_id["only-in-pkg"], SEARCH) == 45
    assert effective_price(by_id["sess"], SEARCH) == 500
    assert effective_price(by_id["unknown-price"], SEARCH) is None


def test_effective_price_through_nested_and_cyclic_includes() -> None:
    nested = Catalogue(
        items=(
            item("bundle", "package", price=Decimal(100), includes=("conf",)),
            item("conf", "conference", price=None, includes=("s",)),
            item("s", "conference-session"),
            item("a", "package", price=None, includes=("b",)),
            item("b", "package", price=None, includes=("a",)),
        )
    )
    assert effective_price(nested.by_id["s"], nested) == 100
    assert effective_price(nested.by_id["a"], nested) is None


def ids(items: tuple[CatalogueItem, ...]) -> list[str]:
    return [one.id for one in items]


def test_filter_items() -> None:
    assert ids(filter_items(SEARCH, kinds=["package"])) == ["pkg"]
    assert ids(filter_items(SEARCH, formats=["in_person"])) == ["conf", "sess"]
    assert ids(filter_items(SEARCH, topics=["safety", "hematology"])) == ["free", "only-in-pkg"]
    assert ids(filter_items(SEARCH, accreditations=["cmle"])) == ["only-in-pkg"]
    assert ids(filter_items(SEARCH, max_price=Decimal(45))) == [
        "free",
        "paid",
        "only-in-pkg",
        "pkg",
        "expired",
        "deadline",
    ]
    assert "paid" in ids(filter_items(SEARCH, max_price=Decimal(25), member=True))
    assert "paid" not in ids(filter_items(SEARCH, max_price=Decimal(25)))
    assert ids(filter_items(SEARCH, text="ANAHEIM")) == ["conf"]
    assert ids(filter_items(SEARCH, text="price stated")) == ["unknown-price"]
    assert ids(filter_items(SEARCH)) == ids(SEARCH.items)


def test_available_between() -> None:
    window = (date(2026, 1, 1), date(2026, 6, 30))
    found = ids(filter_items(SEARCH, available_between=window))
    assert "conf" not in found and "sess" not in found  # July, after the window
    assert "expired" not in found  # approval ended before the window
    assert "free" in found and "deadline" in found
    assert available(SEARCH.by_id["conf"], date(2026, 7, 30), date(2026, 8, 30))
    assert not available(SEARCH.by_id["deadline"], date(2026, 3, 2), date(2026, 4, 1))
