"""Find CE, plan a renewal, planned items → activities, pathways, and the site catalogue.

Alice keeps an ASCP MLS certification with only 3 of 36 points (fixture `alice_records`), so
she has open requirements: medical ethics 1, blood banking, chemistry and microbiology 2 each,
and 33 points in total. The starter catalogue has no priced ethics course, so a plan needs the
site's own catalogue entry `ethics-101` ($15, 1 hour, P.A.C.E.).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cetrack.planning import services
from cetrack.planning.catalogue import import_catalogue, site_catalogue
from cetrack.planning.models import CareerProfile, CatalogueEntry, PlannedItem
from cetrack.records.models import Activity

AS_OF = "2026-01-10"


def ethics_entry(**changes: Any) -> CatalogueEntry:
    values: dict[str, Any] = {
        "item_id": "ethics-101",
        "kind": "online-course",
        "title": "Ethics in the laboratory",
        "provider": "Test Provider",
        "amount": Decimal(1),
        "topics": ["ethics"],
        "price": Decimal(15),
        "accreditation": "pace",
    }
    values.update(changes)
    return CatalogueEntry.objects.create(**values)


def plan_item(user: Any, item_id: str = "ethics-101", **changes: Any) -> PlannedItem:
    values: dict[str, Any] = {
        "owner": user,
        "item_id": item_id,
        "title": "Ethics in the laboratory",
    }
    values.update(changes)
    return PlannedItem.objects.create(**values)


# -- who may see what --------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/catalogue/", "/plan/", "/plan/items/", "/pathways/"])
def test_anonymous_is_sent_to_login(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_anonymous_cannot_add_to_a_plan(client: Client, db: Any) -> None:
    response = client.post("/plan/items/add/", {"item": "pkg-01"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not PlannedItem.objects.exists()


def test_bob_never_sees_alice_plan_or_profile(
    alice: Any, alice_client: Client, bob_client: Client
) -> None:
    planned = plan_item(alice)
    services.save_profile(
        alice, "ascp/MLS", {"experience": [{"name": "Alice's Lab", "start": "2020-01-01"}]}
    )
    for url in (f"/plan/items/{planned.pk}/done/",):
        assert bob_client.get(url).status_code == 404
        assert bob_client.post(url, {"title": "x"}).status_code == 404
    for url in (f"/plan/items/{planned.pk}/drop/", f"/plan/items/{planned.pk}/undo/"):
        assert bob_client.post(url).status_code == 404
    assert b"Ethics in the laboratory" not in bob_client.get("/plan/items/").content
    page = bob_client.get("/pathways/")
    assert page.status_code == 200 and b"Alice&#x27;s Lab" not in page.content
    planned.refresh_from_db()
    assert planned.state == "planned"
    assert b"Ethics in the laboratory" in alice_client.get("/plan/items/").content
    assert b"Alice&#x27;s Lab" in alice_client.get("/pathways/").content


# -- the catalogue ------------------------------------------------------------------------------


def test_catalogue_lists_starter_items_with_blank_facts_blank(alice_client: Client) -> None:
    page = alice_client.get("/catalogue/")
    assert page.status_code == 200
    everything = alice_client.get("/catalogue/?past=on").context["total"]
    assert everything == len(site_catalogue().items) >= 90
    assert page.context["total"] < everything  # past events only when asked for
    assert page.context["page"].paginator.num_pages > 1
    rows = {r.item.id: r for r in page.context["rows"]}
    assert rows  # first page
    unpriced = [r for r in rows.values() if r.item.price is None]
    assert all(r.price == "" for r in unpriced)  # never a made-up price
    second = alice_client.get("/catalogue/?page=2")
    assert second.context["page"].number == 2


def test_catalogue_filters(alice_client: Client, alice_records: Any) -> None:
    conferences = alice_client.get("/catalogue/?kind=conference").context["rows"]
    assert conferences and all(r.item.kind == "conference" for r in conferences)
    cheap = alice_client.get("/catalogue/?max_price=20").context
    assert all(r.item.price is None or r.item.price <= 20 for r in cheap["rows"])
    text = alice_client.get("/catalogue/?q=florida+hiv").context["rows"]
    assert any(r.item.id == "fl-01" for r in text)
    topic = alice_client.get("/catalogue/?topic=hiv-aids").context["rows"]
    assert topic and all("hiv-aids" in r.item.topics for r in topic)
    online = alice_client.get("/catalogue/?format=in-person").context["rows"]
    assert online and all(r.item.format == "in-person" for r in online)
    accepted = alice_client.get("/catalogue/?accepted=on&kind=online-course").context["rows"]
    assert accepted and all(r.item.accreditation != "none" for r in accepted)
    dated = alice_client.get("/catalogue/?before_deadlines=on&kind=conference").context["rows"]
    assert all(r.item.end is None or r.item.end >= date.today() for r in dated)
    bad = alice_client.get("/catalogue/?max_price=lots")
    assert bad.status_code == 200 and b"Max price" in bad.content  # located, not a traceback


def test_fills_my_gaps_ranks_by_what_it_closes(alice_client: Client, alice_records: Any) -> None:
    ethics_entry()
    page = alice_client.get("/catalogue/?gaps=on")
    rows = page.context["rows"]
    assert rows, "alice has open gaps and some items close them"
    assert all(r.fills for r in rows)
    assert rows[0].item.id == "pkg-01"  # 34 points toward MLS(ASCP), the most useful
    ethics = next(r for r in rows if r.item.id == "ethics-101")
    assert any("Medical ethics 1" in line for line in ethics.fills)
    assert b"Medical ethics 1" in page.content
    # htmx asks for the rows only
    partial = alice_client.get("/catalogue/?gaps=on", headers={"HX-Request": "true"})
    assert b"<html" not in partial.content and b"pkg-01" in partial.content


def test_synthetic_items_are_labelled(alice_client: Client) -> None:
    ethics_entry(item_id="syn-course-1", title="Made-up course", synthetic=True)
    page = alice_client.get("/catalogue/?q=made-up")
    assert b"synthetic" in page.content


def test_add_to_plan_from_the_catalogue(alice: Any, alice_client: Client) -> None:
    response = alice_client.post(
        "/plan/items/add/", {"item": "fl-03"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200 and b"In your plan" in response.content
    planned = PlannedItem.objects.get(owner=alice)
    # fl-03 has no price of its own; the Florida bundle fl-04 that includes it does
    assert planned.price is None and planned.via == "fl-04"
    again = alice_client.post("/plan/items/add/", {"item": "fl-03"})
    assert again.status_code == 302 and PlannedItem.objects.filter(owner=alice).count() == 1
    missing = alice_client.post("/plan/items/add/", {"item": "no-such-item"})
    assert missing.status_code == 302 and PlannedItem.objects.filter(owner=alice).count() == 1


# -- the site catalogue ---------------------------------------------------------------------------


def test_an_entry_overrides_the_starter_item_and_a_bad_one_is_left_out(db: Any) -> None:
    ethics_entry(item_id="pkg-02", title="Replaced package", price=Decimal(10))
    ethics_entry(item_id="bad-one", topics=["not-a-topic"])
    ethics_entry(item_id="fl-01", price=Decimal(-5))
    site = site_catalogue()
    assert site.catalogue.by_id["pkg-02"].title == "Replaced package"
    assert "bad-one" not in site.catalogue.by_id
    assert "unknown topic id" in site.problems["bad-one"][0].message
    # a bad entry does not take the starter item it would have replaced with it
    assert site.catalogue.by_id["fl-01"].price == Decimal(20) and "fl-01" in site.problems


# -- plans --------------------------------------------------------------------------------------


def test_plan_page_finds_the_cheapest_plan(
    alice: Any, alice_client: Client, alice_records: Any
) -> None:
    ethics_entry()
    form = alice_client.get("/plan/")
    assert form.status_code == 200 and form.context["plan"] is None
    page = alice_client.get(f"/plan/?as_of={AS_OF}")
    plan = page.context["plan"]
    assert plan.status == "optimal" and plan.ok
    assert plan.cost == "$110"  # pkg-01 ($95, starter) + ethics-101 ($15, this site)
    assert set(plan.item_ids) == {"pkg-01", "ethics-101"}
    (mls,) = plan.coverage
    assert (mls.before, mls.after, mls.required, mls.status_after) == ("3", "36", "36", "met")
    assert b"Cheapest plan found" in page.content and b"$110" in page.content

    added = alice_client.post("/plan/add/", {"as_of": AS_OF})
    assert added.status_code == 302
    assert set(PlannedItem.objects.filter(owner=alice).values_list("item_id", flat=True)) == {
        "pkg-01",
        "ethics-101",
    }
    assert PlannedItem.objects.get(owner=alice, item_id="ethics-101").price == Decimal(15)


def test_add_one_item_from_the_plan(alice: Any, alice_client: Client, alice_records: Any) -> None:
    ethics_entry()
    response = alice_client.post(
        "/plan/add/", {"as_of": AS_OF, "item": "ethics-101"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200 and b"In your plan" in response.content
    assert list(PlannedItem.objects.filter(owner=alice).values_list("item_id", flat=True)) == [
        "ethics-101"
    ]


def test_tiny_budget_gives_a_partial_plan_and_says_why(
    alice_client: Client, alice_records: Any
) -> None:
    ethics_entry()
    page = alice_client.get(f"/plan/?as_of={AS_OF}&budget=5")
    plan = page.context["plan"]
    assert plan.status == "partial" and not plan.ok
    assert any("budget" in line for line in plan.explanation)
    assert plan.gaps_left and any("budget of $5" in g.reason for g in plan.gaps_left)
    assert b"Gaps left, and why" in page.content and b"budget of $5" in page.content


def test_without_the_ethics_entry_ethics_comes_from_a_flagged_conference(
    alice_client: Client, alice_records: Any
) -> None:
    page = alice_client.get(f"/plan/?as_of={AS_OF}")
    plan = page.context["plan"]
    # The starter catalogue's ethics credit is the ELMC2 conference: its next edition is
    # projected (expected, not confirmed) and its price is not stated (never shown as $0).
    entry = next(e for month in plan.months for e in month[1] if e.id == "conf-09")
    assert entry.expected == "expected in January 2026" and not entry.price_stated
    assert plan.unpriced == 1
    assert b"expected in January 2026 (not confirmed)" in page.content
    assert "price not stated — check" in page.content.decode()


def test_bad_plan_settings_are_shown_beside_their_fields(alice_client: Client) -> None:
    page = alice_client.get("/plan/?as_of=tomorrow&budget=-3&employer_paid=nope")
    assert page.status_code == 400 and page.context["plan"] is None
    errors = page.context["form"].errors
    assert set(errors) == {"as_of", "budget", "employer_paid"}
    assert "nope" in errors["employer_paid"][0]


# -- planned items ---------------------------------------------------------------------------------


def test_done_records_the_activity_with_the_item_hours(
    alice: Any, alice_client: Client, alice_records: Any
) -> None:
    ethics_entry(amount=Decimal("1.5"))
    planned = plan_item(alice, planned_for=date(2026, 2, 1))
    page = alice_client.get(f"/plan/items/{planned.pk}/done/")
    initial = page.context["form"].initial
    assert (initial["amount_value"], initial["amount_unit"]) == (Decimal("1.5"), "hours")
    assert initial["kind"] == "course" and initial["topics"] == ["ethics"]
    assert initial["accreditation"] == "pace" and initial["provider"] == "Test Provider"
    data = {
        "title": initial["title"],
        "provider": initial["provider"],
        "completed_on": "2026-02-01",
        "amount_value": "1.5",
        "amount_unit": "hours",
        "kind": "course",
        "topics": ["ethics"],
        "accreditation": "pace",
    }
    response = alice_client.post(f"/plan/items/{planned.pk}/done/", data)
    assert response.status_code == 302
    activity = Activity.objects.get(owner=alice, title="Ethics in the laboratory")
    assert activity.amount_value == Decimal("1.5") and activity.topics == ["ethics"]
    planned.refresh_from_db()
    assert planned.state == "done" and planned.activity == activity
    assert b"see the activity" in alice_client.get("/plan/items/").content

    undone = alice_client.post(f"/plan/items/{planned.pk}/undo/", headers={"HX-Request": "true"})
    assert undone.status_code == 200
    planned.refresh_from_db()
    activity.refresh_from_db()
    assert planned.state == "planned" and activity.deleted_at is not None


def test_done_with_a_bad_value_shows_it_and_keeps_the_item_planned(
    alice: Any, alice_client: Client
) -> None:
    planned = plan_item(alice)
    response = alice_client.post(
        f"/plan/items/{planned.pk}/done/",
        {"title": "x", "completed_on": "2026-02-01", "amount_unit": "hours", "kind": "course"},
    )
    assert response.status_code == 400 and "amount_value" in response.context["form"].errors
    planned.refresh_from_db()
    assert planned.state == "planned" and not Activity.objects.filter(owner=alice).exists()


def test_a_package_is_marked_bought(alice: Any, alice_client: Client) -> None:
    planned = plan_item(alice, item_id="fl-04", title="Florida bundle")
    page = alice_client.get(f"/plan/items/{planned.pk}/done/")
    assert b"Mark as bought" in page.content
    assert alice_client.post(f"/plan/items/{planned.pk}/done/").status_code == 302
    planned.refresh_from_db()
    assert planned.state == "done" and planned.activity is None


def test_drop_and_undo(alice: Any, alice_client: Client) -> None:
    planned = plan_item(alice)
    dropped = alice_client.post(f"/plan/items/{planned.pk}/drop/", headers={"HX-Request": "true"})
    assert (
        dropped.status_code == 200 and b"Dropped" in dropped.content and b"Undo" in dropped.content
    )
    planned.refresh_from_db()
    assert planned.state == "dropped"
    assert alice_client.post(f"/plan/items/{planned.pk}/undo/").status_code == 302
    planned.refresh_from_db()
    assert planned.state == "planned"


# -- pathways ---------------------------------------------------------------------------------


def test_pathways_checklist_from_a_saved_profile(alice: Any, alice_client: Client) -> None:
    from tests.web.conftest import make_credential

    make_credential(alice, id="mlt", rules="ascp/MLT")
    first = alice_client.get("/pathways/?target=ascp/MLS")
    assert first.status_code == 200
    assert "ascp/MLT" in first.context["form"].initial["credentials"]  # from her records
    data = {
        "target": "ascp/MLS",
        "credentials": ["ascp/MLT"],
        "degree-TOTAL_FORMS": "1",
        "degree-INITIAL_FORMS": "0",
        "degree-0-level": "associate",
        "degree-0-field": "medical-laboratory-technology",
        "degree-0-completed": "2020-05-15",
        "job-TOTAL_FORMS": "1",
        "job-INITIAL_FORMS": "0",
        "job-0-name": "County Hospital Lab",
        "job-0-start": "2023-11-22",
        "job-0-fte": "1",
        "job-0-setting": "clinical",
        "job-0-accredited": "yes",
        "job-0-disciplines": ["blood-banking", "chemistry", "hematology", "microbiology"],
        "programme-TOTAL_FORMS": "1",
        "programme-INITIAL_FORMS": "0",
        "programme-0-kind": "naacls-mlt",
        "programme-0-completed": "2020-05-15",
    }
    saved = alice_client.post("/pathways/", data)
    assert saved.status_code == 302
    profile = CareerProfile.objects.get(owner=alice)
    assert profile.target == "ascp/MLS"
    assert profile.data["degrees"][0]["level"] == "associate"
    assert profile.data["credentials"][0]["id"] == "ascp/MLT"
    assert "valid_through" in profile.data["credentials"][0]  # her MLT cycle end
    assert profile.data["experience"][0]["accredited"] is True

    page = alice_client.get("/pathways/")
    checklist = page.context["checklist"]
    assert checklist is not None and checklist.routes
    statuses = {r.status for r in checklist.routes}
    assert statuses <= {"met", "missing", "unknown"} and "missing" in statuses
    assert b"Confidence:" in page.content and b"bachelor" in page.content
    confidences = {r.confidence for r in checklist.routes}
    if "unverified" in confidences:
        assert b"This route is unverified" in page.content


def test_pathways_bad_profile_values_are_located(alice_client: Client) -> None:
    data = {
        "target": "ascp/MLS",
        "degree-TOTAL_FORMS": "1",
        "degree-INITIAL_FORMS": "0",
        "job-TOTAL_FORMS": "1",
        "job-INITIAL_FORMS": "0",
        "job-0-start": "2024-01-01",
        "job-0-end": "2023-01-01",
        "job-0-fte": "3",
        "programme-TOTAL_FORMS": "0",
        "programme-INITIAL_FORMS": "0",
    }
    page = alice_client.post("/pathways/", data)
    assert page.status_code == 400
    errors = page.context["jobs"].forms[0].errors
    assert set(errors) == {"end", "fte"}
    assert not CareerProfile.objects.exists()


# -- importing a catalogue ----------------------------------------------------------------------

GOOD_CSV = """id,kind,title,hours,topics,price,accreditation,includes
micro-1,online-course,Microbiology refresher,2,microbiology,25,P.A.C.E.,
fl-pack,package,Florida pack,,hiv-aids,30,pace,fl-01;micro-1
"""

BAD_CSV = """id,kind,title,hours,topics,price,accreditation
good-1,online-course,A good course,1,safety,10,pace
bad-1,online-course,A bad course,1,safety,ten dollars,pace
bad-2,webinarr,Another,1,not-a-topic,5,pace
"""


def test_load_catalogue_imports_a_file(db: Any, tmp_path: Path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text(GOOD_CSV)
    call_command("load_catalogue", str(path))
    assert set(CatalogueEntry.objects.values_list("item_id", flat=True)) == {"micro-1", "fl-pack"}
    assert CatalogueEntry.objects.get(item_id="micro-1").accreditation == "pace"
    site = site_catalogue()
    assert site.catalogue.included_in("fl-01") == ("fl-04", "fl-pack")  # a starter item
    again = import_catalogue(path)
    assert again.imported and (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_load_catalogue_reports_every_problem_and_imports_nothing(
    db: Any, tmp_path: Path, capsys: Any
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD_CSV)
    with pytest.raises(CommandError) as raised:
        call_command("load_catalogue", str(path))
    assert raised.value.returncode == 2
    err = capsys.readouterr().err
    assert f"{path}:3: row bad-1: price:" in err
    assert f"{path}:4: row bad-2: unknown kind" in err and "did you mean 'webinar'" in err
    assert "unknown topic id 'not-a-topic'" in err
    assert not CatalogueEntry.objects.exists()

    call_command("load_catalogue", str(path), "--skip-bad-rows")
    assert list(CatalogueEntry.objects.values_list("item_id", flat=True)) == ["good-1"]


def test_admin_checks_an_entry_with_the_core_reader(db: Any) -> None:
    from cetrack.accounts.models import User

    admin = User.objects.create_superuser("staff@example.org", "staff-password-1")
    client = Client()
    client.force_login(admin)
    assert client.get("/admin/planning/catalogueentry/").status_code == 200
    form = {
        "item_id": "new-1",
        "kind": "online-course",
        "title": "New",
        "unit": "hours",
        "format": "online",
        "topics": "safety; not-a-topic",
        "accreditation": "pace",
        "amount": "1",
    }
    page = client.post("/admin/planning/catalogueentry/add/", form)
    assert page.status_code == 200 and b"unknown topic id" in page.content
    form["topics"] = "safety"
    assert client.post("/admin/planning/catalogueentry/add/", form).status_code == 302
    entry = CatalogueEntry.objects.get(item_id="new-1")
    assert entry.topics == ["safety"]
    client.post(
        "/admin/planning/catalogueentry/",
        {"action": "remove", "_selected_action": [entry.pk]},
    )
    entry.refresh_from_db()
    assert entry.deleted_at is not None and "new-1" not in site_catalogue().catalogue.by_id


# -- query counts ---------------------------------------------------------------------------------


def _count(client: Client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_query_counts_do_not_grow(alice: Any, alice_client: Client, alice_records: Any) -> None:
    urls = ["/plan/items/", "/catalogue/", "/catalogue/?gaps=on"]
    for number in range(3):
        plan_item(alice, f"item-{number}", title=f"Item {number}")
        ethics_entry(item_id=f"entry-{number}")
    site_catalogue()
    small = {url: _count(alice_client, url) for url in urls}
    for number in range(3, 30):
        plan_item(alice, f"item-{number}", title=f"Item {number}")
        ethics_entry(item_id=f"entry-{number}")
    site_catalogue()
    large = {url: _count(alice_client, url) for url in urls}
    assert small == large
    assert max(large.values()) <= 12, large


def test_load_catalogue_json_may_include_site_items(db: Any, tmp_path: Path) -> None:
    path = tmp_path / "extra.json"
    path.write_text(
        '[\n  {"id": "fl-pack-2", "kind": "package", "title": "Florida pack", "price": 30,\n'
        '   "includes": ["fl-01", "fl-02"]},\n'
        '  {"id": "oops", "kind": "package", "title": "Bad", "includes": ["nowhere"]}\n]\n'
    )
    result = import_catalogue(path)
    assert not result.imported
    assert [(p.line, p.message) for p in result.problems] == [
        (4, "includes 'nowhere', which is not an id in this catalogue")
    ]
    result = import_catalogue(path, skip_bad_rows=True)
    assert result.imported and result.created == 1
    assert site_catalogue().catalogue.by_id["fl-pack-2"].includes == ("fl-01", "fl-02")


def test_plan_page_without_credentials(alice_client: Client) -> None:
    page = alice_client.get(f"/plan/?as_of={AS_OF}")
    assert page.status_code == 200 and b"Nothing to plan" in page.content


def test_an_untouched_blank_entry_adds_nothing(alice: Any, alice_client: Client) -> None:
    data = {
        "target": "ascp/MLT",
        "degree-TOTAL_FORMS": "1",
        "degree-INITIAL_FORMS": "0",
        "degree-0-level": "",
        "job-TOTAL_FORMS": "1",
        "job-INITIAL_FORMS": "0",
        "programme-TOTAL_FORMS": "1",
        "programme-INITIAL_FORMS": "0",
        "programme-0-kind": "",
    }
    assert alice_client.post("/pathways/", data).status_code == 302
    saved = CareerProfile.objects.get(owner=alice).data
    assert saved["degrees"] == [] and saved["experience"] == [] and saved["programmes"] == []


def test_lapsed_approvals_do_not_fill_gaps(alice_client: Client, alice_records: Any) -> None:
    rows = alice_client.get("/catalogue/?gaps=on").context["rows"]
    assert "fl-03" not in {r.item.id for r in rows}  # approval expired on 31 Aug 2025
