"""Programs some tests need besides Python packages: Tesseract (OCR) and Chromium (browser tests).

On a developer's machine a missing program skips those tests with a one-line notice, so
`./dev test` passes on a fresh machine. Under CI (CI=true; `.ci/run` installs both programs
first) a missing program fails them instead: CI never passes by skipping what it must test.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def require(found: str | None, missing: str) -> str:
    """`found` (the program's path), or skip - fail under CI - saying what is `missing`."""
    if found:
        return found
    if in_ci():
        pytest.fail(f"CI must run these tests, but {missing}", pytrace=False)
    pytest.skip(missing)


def require_service(name: str, url: str) -> str:
    """`url` when the service answers there (Redis), else skip - fail under CI."""
    answered = False
    if name == "redis":
        try:
            import redis

            redis.Redis.from_url(url, socket_connect_timeout=2).ping()
            answered = True
        except Exception:
            answered = False
    return require(url if answered else None, f"{name} does not answer at {url}")
