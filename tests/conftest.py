"""For every test: empty caches. The shared cache (a memory cache in the tests) and the pages
each process keeps (cetrack.records.pages) are keyed by ids, and ids come back from one test
to the next (every test's database starts empty): a person must never meet a page, row or
state token cached for another test's person with the same id."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _empty_caches() -> Iterator[None]:
    from django.core.cache import cache

    from cetrack.records import pages

    cache.clear()
    pages.forget()
    yield


# Fixtures through which a test reaches the database (pytest-django's, and what builds on them).
_DATABASE_FIXTURES = frozenset({"db", "transactional_db", "django_db_setup", "live_server"})


def _touches_database(item: pytest.Item) -> bool:
    names = set(getattr(item, "fixturenames", ()))
    marked = item.get_closest_marker("django_db") or item.get_closest_marker("postgresql")
    return bool(names & _DATABASE_FIXTURES) or marked is not None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the PostgreSQL pass (`DATABASE_URL` set by `./dev test`), run only the tests that reach
    the database: the rest (the engine, capture, rules, docs) ran on the SQLite pass already and
    cannot behave differently on another database. `CETRACK_TEST_ALL_ON_PG=1` runs everything."""
    import os

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        return
    if os.environ.get("CETRACK_TEST_ALL_ON_PG") == "1":
        return
    kept = [item for item in items if _touches_database(item)]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[i for i in items if not _touches_database(i)])
        items[:] = kept
