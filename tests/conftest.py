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
