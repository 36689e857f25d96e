"""Personas for the in-service tests: the web tests' alice and bob, plus a laboratory with an
educator, a manager and members."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.web.conftest import (  # noqa: F401  (fixtures)
    _evidence_dir,
    alice,
    alice_client,
    bob,
    bob_client,
    make_activity,
    make_credential,
    pdf_bytes,
)


def login(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client
