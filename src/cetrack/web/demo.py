"""The demo account: the packaged demo ledger loaded into a user that `cetrack serve --demo` prints,
who also works in the demo laboratory (cetrack.orgs.demo) beside its manager and educator."""

from __future__ import annotations

from dataclasses import dataclass

from cetrack.core.ledger import Activity, Ledger, parse_ledger
from cetrack.core.rules.library import default_library

DEMO_EMAIL = "demo@cetrack.example"
DEMO_PASSWORD = "demo-cetrack-2026"


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    credentials: int
    activities: int
    # The demo laboratory (cetrack.orgs.demo): its manager's and educator's logins.
    lab: str = ""
    manager_email: str = ""
    educator_email: str = ""


def _certificate_pdf(activity: Activity, ledger: Ledger) -> bytes:
    """A plausible certificate of completion for a demo activity, so the demo has real files."""
    from html import escape

    from weasyprint import HTML

    amount = str(activity.amount)
    rows = [
        ("Participant", activity.participant_name or ledger.person.name),
        ("Course", activity.title),
        ("Provider", activity.provider or ""),
        ("Completed", activity.end.strftime("%B %d, %Y")),
        ("Credit", amount),
        ("Accreditation", activity.accreditation),
        ("Course number", activity.course_number or ""),
    ]
    table = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows if v)
    html = (
        "<style>@page{size:Letter landscape;margin:1in} body{font-family:serif;text-align:center}"
        "h1{font-size:30pt} table{margin:auto;font-size:14pt} th{text-align:right;padding-right:1em}"
        "td{text-align:left}</style><h1>Certificate of Completion</h1>"
        f"<p>This certifies that the participant completed</p><table>{table}</table>"
        "<p><small>cetrack demo certificate</small></p>"
    )
    return bytes(HTML(string=html).write_pdf())


def load_demo() -> DemoAccount:
    """Create (or reset) the demo user with the demo ledger. Safe to run again."""
    from importlib import resources

    from cetrack.accounts.models import User
    from cetrack.orgs.demo import load_demo_lab
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
    files = {
        a.certificate: (a.certificate.rsplit("/", 1)[-1], _certificate_pdf(a, result.ledger))
        for a in result.ledger.activities
        if a.certificate
    }
    summary = import_ledger(user, result.ledger, replace=True, files=files)
    from cetrack.inservice.demo import clear_demo_sessions, load_demo_sessions
    from cetrack.orgs.demo import DEMO_SLUG

    clear_demo_sessions(DEMO_SLUG)
    lab = load_demo_lab(user, DEMO_PASSWORD)
    load_demo_sessions(lab.organisation, user)  # a past in-service with certificates, one ahead
    from cetrack.competency.demo import load_demo_competency

    load_demo_competency(lab.organisation, user)  # due, overdue, cleared, not cleared
    from cetrack.funding.demo import load_demo_funding

    load_demo_funding(lab.organisation, user)  # budgets, a funded request, a subscription
    return DemoAccount(
        DEMO_EMAIL,
        DEMO_PASSWORD,
        summary.credentials,
        summary.activities,
        lab=lab.organisation.name,
        manager_email=lab.manager_email,
        educator_email=lab.educator_email,
    )
