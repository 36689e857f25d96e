"""The web personas and helpers (tests/web/conftest.py), for the capture web tests here."""

from __future__ import annotations

from tests.web.conftest import (  # noqa: F401  (fixtures are found by name)
    _evidence_dir,
    alice,
    alice_client,
    bob,
    bob_client,
)
