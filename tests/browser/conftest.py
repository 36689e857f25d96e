"""Playwright (sync API) against Debian's chromium and pytest-django's live server.

Every test here is marked `browser`; the default run leaves them out and CI runs
`pytest -m browser`. Playwright's sync API keeps an event loop running in the test thread, so
Django's async-safety guard would refuse the ORM calls the fixtures make: this is the known
pytest-django + Playwright interaction, and the guard is switched off for this folder only.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.tools import require

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
TIMEOUT_MS = 10_000


def chromium_path() -> str | None:
    """The chromium to drive, or None when it is not installed."""
    found = shutil.which(CHROMIUM) if not os.path.isabs(CHROMIUM) else CHROMIUM
    return found if found and os.access(found, os.X_OK) else None


# One chromium per test module, not per session: Playwright's sync API allows one instance per
# thread at a time, and browser tests outside this folder (tests/funding) start their own.
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = f"no chromium at {CHROMIUM} (Debian package chromium, or set CHROMIUM_PATH)"
    executable = require(chromium_path(), missing)  # skipped locally, a failure under CI
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True, args=["--no-sandbox"]
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, live_server: Any) -> Iterator[Any]:
    context = browser.new_context(
        base_url=live_server.url, accept_downloads=True, viewport={"width": 1280, "height": 900}
    )
    context.set_default_timeout(TIMEOUT_MS)
    opened = context.new_page()
    yield opened
    context.close()


@pytest.fixture(autouse=True)
def _evidence_dir(settings: Any, tmp_path: Path) -> None:
    """Certificates go to a throwaway folder (the live server thread reads the same settings)."""
    settings.EVIDENCE_DIR = tmp_path / "evidence"


@pytest.fixture(scope="session")
def failure_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("browser-failures")


class Steps:
    """Named steps of a flow; a failing step leaves a full-page screenshot behind and names it
    in the assertion message."""

    def __init__(self, page: Any, folder: Path, test: str) -> None:
        self.page, self.folder, self.test = page, folder, test
        self.passed: list[str] = []

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        try:
            yield
        except Exception as error:
            __tracebackhide__ = True
            shot = self.folder / f"{self.test}--{len(self.passed) + 1:02d}-{_slug(name)}.png"
            try:
                self.page.screenshot(path=str(shot), full_page=True)
                where = f"screenshot: {shot}"
            except Exception as shot_error:  # the page itself may be gone
                where = f"no screenshot ({shot_error})"
            done = ", ".join(self.passed) or "none"
            raise AssertionError(
                f"step '{name}' failed at {self.page.url}: {error}\n  {where}\n"
                f"  steps that passed: {done}"
            ) from None
        self.passed.append(name)


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")[:40]


@pytest.fixture
def step(page: Any, failure_dir: Path, request: pytest.FixtureRequest) -> Steps:
    return Steps(page, failure_dir, _slug(request.node.name))
