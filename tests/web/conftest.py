"""Personas for the web tests (healthchecks style): alice owns records, bob is another user who
must never see them, and an anonymous visitor. Every test runs on the database the settings
name: in-memory SQLite by default, PostgreSQL when DATABASE_URL is set (the second CI pass)."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from django.test import Client

from cetrack.records import services


@pytest.fixture(autouse=True)
def _evidence_dir(settings: Any, tmp_path: Any) -> None:
    settings.EVIDENCE_DIR = tmp_path / "evidence"


@pytest.fixture
def alice(db: Any) -> Any:
    from cetrack.accounts.models import User

    return User.objects.create_user("alice@example.org", "alice-password-1", name="Alice Tech")


@pytest.fixture
def bob(db: Any) -> Any:
    from cetrack.accounts.models import User

    return User.objects.create_user("bob@example.org", "bob-password-1", name="Bob Other")


@pytest.fixture
def alice_client(alice: Any) -> Client:
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(bob: Any) -> Client:
    client = Client()
    client.force_login(bob)
    return client


def make_credential(user: Any, **entry: Any) -> Any:
    entry.setdefault("rules", "ascp/MLS")
    if entry["rules"].startswith("ascp/"):
        entry.setdefault("cycle_end", date(2027, 6, 30))
    outcome = services.save_credential(user, entry)
    assert outcome.ok, outcome.problems
    return outcome.saved


def make_activity(user: Any, **entry: Any) -> Any:
    entry.setdefault("title", "Coagulation update")
    entry.setdefault("completed_on", date(2025, 3, 2))
    if not any(k in entry for k in ("hours", "minutes", "ceu", "points")):
        entry["hours"] = 2
    entry.setdefault("topics", ["hematology"])
    entry.setdefault("accreditation", "pace")
    outcome = services.save_activity(user, entry)
    assert outcome.ok, outcome.problems
    return outcome.saved


def pdf_bytes(text: str = "Certificate of completion") -> bytes:
    """A small real PDF (one page of text)."""
    body = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def png_bytes() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def alice_records(alice: Any) -> dict[str, Any]:
    """Alice: an ASCP MLS certification and two activities, one with a certificate."""
    credential = make_credential(alice, id="my-mls")
    coag = make_activity(alice, id="coag", title="Coagulation update")
    safety = make_activity(
        alice, id="safety", title="Biosafety refresher", topics=["safety"], hours=1
    )
    outcome = services.attach_certificate(alice, coag, "coag.pdf", pdf_bytes())
    assert outcome.ok
    return {"credential": credential, "coag": coag, "safety": safety, "certificate": outcome.saved}
