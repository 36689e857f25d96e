"""One definition of progress and the confidence beside every verdict, as the pages show them
(issue 10, points 1 and 4), on the demo account."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client

from cetrack.records.models import Credential
from cetrack.web.demo import DEMO_EMAIL, load_demo


def _demo_client() -> Client:
    from cetrack.accounts.models import User

    load_demo()
    client = Client()
    client.force_login(User.objects.get(email=DEMO_EMAIL))
    return client


def _figures(html: str) -> list[tuple[str, str]]:
    return re.findall(r'data-testid="earned">([\d.]+)</span> / ([\d.]+)', html)


def test_the_dashboard_bar_shows_credit_that_counts_and_labels_the_surplus(db: Any) -> None:
    client = _demo_client()
    page = client.get("/").content.decode()
    figures = _figures(page)
    assert figures, "no progress figures on the dashboard"
    for counted, required in figures:
        assert float(counted) <= float(required)
    assert "more earned, which counts once the missing areas are filled" in page
    assert "Figures from" in page  # the confidence beside the verdict


def test_credential_page_and_dashboard_agree(db: Any) -> None:
    client = _demo_client()
    dashboard = dict(_figures(client.get("/").content.decode()))
    mls = Credential.objects.get(rules="ascp/MLS", deleted_at__isnull=True, owner__email=DEMO_EMAIL)
    page = client.get(f"/credentials/{mls.pk}/").content.decode()
    ((counted, required),) = _figures(page)
    assert dashboard[counted] == required
