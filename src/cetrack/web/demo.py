"""The demo account: the packaged demo ledger loaded into a user that `cetrack serve --demo` prints."""

from __future__ import annotations

from dataclasses import dataclass

from cetrack.core.ledger import parse_ledger
from cetrack.core.rules.library import default_library

DEMO_EMAIL = "demo@cetrack.example"
DEMO_PASSWORD = "demo-cetrack-2026"


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    credentials: int
    activities: int


def load_demo() -> DemoAccount:
    """Create (or reset) the demo user with the demo ledger. Safe to run again."""
    from importlib import resources

    from cetrack.accounts.models import User
    from cetrack.records.services import import_ledger

    text = resources.files("cetrack.data").joinpath("demo-ledger.toml").read_text("utf-8")
    result = parse_ledger(text, "demo-ledger.toml", default_library().check_credential)
    if result.ledger is None:  # the packaged file is tested; this would be a packaging bug
        raise RuntimeError(f"demo ledger does not parse: {result.problems}")
    user = User.objects.filter(email=DEMO_EMAIL).first()
    if user is None:
        user = User.objects.create_user(DEMO_EMAIL, DEMO_PASSWORD, name=result.ledger.person.name)
    else:
        user.set_password(DEMO_PASSWORD)
        user.is_active = True
        user.save()
    summary = import_ledger(user, result.ledger, replace=True)
    return DemoAccount(DEMO_EMAIL, DEMO_PASSWORD, summary.credentials, summary.activities)
