"""The technician's daily experience (issue 14), page by page: the front door, adding a
credential by its human name with only the fields its rules need, forms that show every
problem at once, and a dashboard that says what to do next."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from django.test import Client

from cetrack.records.models import Credential
from tests.web.conftest import make_activity, make_credential
from tests.web.test_smoke import text_of

GOOD_ACTIVITY = {
    "title": "Platelet function testing",
    "completed_on": "2025-04-10",
    "amount_value": "1.5",
    "amount_unit": "hours",
    "kind": "course",
    "topics": ["hematology"],
    "accreditation": "pace",
}


def test_the_landing_page_says_what_cetrack_is_and_how_to_start(db: Any) -> None:
    page = Client().get("/")
    text = text_of(page)
    assert page.status_code == 200
    assert "continuing education" in text.lower()
    assert 'href="/accounts/signup/"' in page.content.decode()
    assert "Try the demo" not in text  # no demo account on this server


def test_try_the_demo_signs_in_as_the_demo_account_when_there_is_one(db: Any) -> None:
    from cetrack.accounts.models import User
    from cetrack.web.demo import DEMO_EMAIL

    User.objects.create_user(DEMO_EMAIL, "x-long-password", name="Demo Technician")
    client = Client()
    assert "Try the demo" in text_of(client.get("/"))
    response = client.post("/demo/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert "Demo Technician’s credentials" in text_of(client.get("/"))


def test_the_credential_picker_lists_human_names_and_searches(alice_client: Client) -> None:
    text = text_of(alice_client.get("/credentials/add/"))
    assert "Medical Laboratory Scientist — MLS(ASCP)" in text
    assert "Florida Clinical laboratory technologist licence" in text
    assert "Clinical Laboratory Scientist (CLS) licence — California" in text
    found = text_of(alice_client.get("/credentials/add/?q=florida+technologist"))
    assert "Florida Clinical laboratory technologist licence" in found
    assert "MLS(ASCP)" not in found
    nothing = text_of(alice_client.get("/credentials/add/?q=astrology"))
    assert "No credential matches “astrology”" in nothing


def _controls(html: str) -> set[str]:
    found = re.findall(r'<(?:input|select|textarea)[^>]*name="([a-z_]+)"', html)
    return set(found) - {"csrfmiddlewaretoken", "welcome"}


def test_each_rule_set_asks_only_for_what_it_needs(alice_client: Client) -> None:
    ascp = alice_client.get("/credentials/add/?rules=ascp/MLS").content.decode()
    # status: ASCP has a rule for reinstating an expired certification
    assert _controls(ascp) == {"rules", "cycle_end", "certified_on", "license_number", "status"}
    assert "Credential Maintenance" in ascp  # where to find the cycle end
    florida = alice_client.get("/credentials/add/?rules=fl/technologist").content.decode()
    assert {"categories", "license_number", "first_licensed_on"} <= _controls(florida)
    assert "roles" not in _controls(florida)
    # eight specialities, not 25 topics
    assert florida.count('name="categories"') == 9
    california = alice_client.get("/credentials/add/?rules=ca/CLS").content.decode()
    assert _controls(california) == {"rules", "cycle_end", "license_number", "status"}
    assert "Licence expires on" in california


def test_california_asks_for_the_expiry_in_words_not_field_names(
    alice_client: Client, alice: Any
) -> None:
    response = alice_client.post("/credentials/add/", {"rules": "ca/CLS", "license_number": "1"})
    text = text_of(response)
    assert "cycle_end" not in text and "There is a problem" in text
    assert "Licence expires on: This field is required." in text
    assert not Credential.objects.filter(owner=alice).exists()


def test_added_credentials_are_named_and_a_second_identical_one_is_refused(
    alice_client: Client, alice: Any
) -> None:
    response = alice_client.post(
        "/credentials/add/", {"rules": "ascp/MLS", "cycle_end": "2027-06-30"}, follow=True
    )
    assert "Added Medical Laboratory Scientist, MLS(ASCP)." in text_of(response)
    again = alice_client.post("/credentials/add/", {"rules": "ascp/MLS", "cycle_end": "2027-06-30"})
    assert "You already keep Medical Laboratory Scientist, MLS(ASCP)" in text_of(again)
    assert Credential.objects.filter(owner=alice).count() == 1
    picker = alice_client.get("/credentials/add/").content.decode()
    assert re.search(r'value="ascp/MLS" disabled', picker)


def test_first_run_goes_on_to_the_next_credential(alice_client: Client) -> None:
    response = alice_client.post(
        "/credentials/add/",
        {"rules": "fl/technologist", "categories": ["hematology", "chemistry"], "welcome": "1"},
    )
    assert response["Location"] == "/credentials/add/?welcome=1"
    page = text_of(alice_client.get(response["Location"]))
    assert "Any other credential?" in page
    assert "You keep: Florida Clinical laboratory technologist licence" in page


def test_editing_keeps_the_fields_the_form_does_not_show(alice_client: Client, alice: Any) -> None:
    row = make_credential(alice, roles=["bench"])
    response = alice_client.post(
        f"/credentials/{row.pk}/edit/", {"cycle_end": "2028-06-30", "rules": "ca/CLS"}
    )
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.rules == "ascp/MLS" and row.roles == ["bench"]
    assert row.cycle_end == date(2028, 6, 30)


def test_every_problem_of_a_form_at_once_with_a_summary(alice_client: Client) -> None:
    bad = {**GOOD_ACTIVITY, "title": "", "amount_value": "1.555", "accreditation": ""}
    page = alice_client.get("/activities/add/")  # a fresh form asks for the accreditation
    assert 'value="" selected' in page.content.decode()
    response = alice_client.post("/activities/add/", bad)
    html = response.content.decode()
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.S)
    assert summary and "There are 3 problems" in summary.group(0)
    for field in ("title", "amount_value", "accreditation"):
        assert f'href="#id_{field}"' in summary.group(0)
        # the control points at its error, and the error has that id
        control = re.search(rf'<[^>]+id="id_{field}"[^>]*>', html)
        assert control and f"id_{field}-error" in control.group(0), control
        assert f'id="id_{field}-error"' in html
    assert "Choose the accreditation the certificate names." in html


def test_a_long_title_is_refused_at_the_real_limit_not_cut(alice_client: Client) -> None:
    page = alice_client.get("/activities/add/").content.decode()
    assert "maxlength" not in page  # the browser would cut a paste without a word
    response = alice_client.post("/activities/add/", {**GOOD_ACTIVITY, "title": "x" * 10_000})
    assert "at most 300 characters (it has 10000)" in text_of(response)


def test_a_completion_date_in_the_future_is_refused(alice_client: Client) -> None:
    later = (date.today() + timedelta(days=30)).isoformat()
    response = alice_client.post("/activities/add/", {**GOOD_ACTIVITY, "completed_on": later})
    assert response.status_code == 200
    assert "is in the future" in text_of(response)


def test_the_dashboard_links_each_gap_to_ce_that_fills_it(alice_client: Client, alice: Any) -> None:
    make_credential(alice, rules="ascp/MLS")
    make_activity(alice, topics=["hematology"], hours=2)
    html = alice_client.get("/").content.decode()
    text = text_of(alice_client.get("/"))
    assert "Blood banking 2 points missing Find CE" in text
    assert '/catalogue/?gaps=on&amp;topic=blood-banking"' in html
    assert "Plan the cheapest way to close these gaps" in text


def test_a_full_total_that_is_not_met_says_why(alice_client: Client, alice: Any) -> None:
    make_credential(alice, rules="ascp/MLS")
    make_activity(alice, topics=["hematology"], hours=40, title="Big hematology course")
    text = text_of(alice_client.get("/"))
    assert "The total is reached, but" in text and "still need credit of their own" in text
    assert "Blood banking" in text.split("The total is reached, but")[1][:200]


def test_the_dashboard_shows_what_waits_elsewhere(alice_client: Client, alice: Any) -> None:
    from cetrack.planning.models import PlannedItem

    make_credential(alice)
    PlannedItem.objects.create(owner=alice, item_id="x", title="Safety course")
    assert "Your plan has 1 item still to do." in text_of(alice_client.get("/"))


def test_removing_a_credential_offers_undo_on_the_next_page(
    alice_client: Client, alice: Any
) -> None:
    row = make_credential(alice)
    response = alice_client.post(f"/credentials/{row.pk}/delete/", follow=True)
    text = text_of(response)
    assert "Removed “Medical Laboratory Scientist, MLS(ASCP)”" in text and "Undo" in text
    alice_client.post(f"/credentials/{row.pk}/restore/")
    row.refresh_from_db()
    assert row.deleted_at is None


def test_a_missing_page_is_styled_with_a_way_back(alice_client: Client) -> None:
    response = alice_client.get("/no/such/page/")
    assert response.status_code == 404
    text = text_of(response)
    assert "This page does not exist" in text and "Back to your dashboard" in text
    assert 'aria-label="Main"' in response.content.decode()


# -- catalogue and pathways ----------------------------------------------------------------------


def test_past_events_are_hidden_unless_asked_for(alice_client: Client) -> None:
    from cetrack.planning.catalogue import site_catalogue
    from cetrack.planning.services import is_past

    today = date.today()
    past = [i for i in site_catalogue().items if is_past(i, today)]
    assert past, "the starter catalogue keeps past editions on purpose"
    shown = {r.item.id for r in alice_client.get("/catalogue/?kind=workshop").context["rows"]}
    assert not shown & {i.id for i in past}
    everything = {
        r.item.id for r in alice_client.get("/catalogue/?kind=workshop&past=on").context["rows"]
    }
    assert {"wks-03", "wks-04"} <= everything - shown
    # a yearly meeting whose listed edition is over is shown with its next expected date
    text = text_of(alice_client.get("/catalogue/?kind=conference"))
    assert "(not confirmed)" in text


def test_an_empty_result_says_which_filter_emptied_it(alice_client: Client) -> None:
    text = text_of(alice_client.get("/catalogue/?kind=in-service"))
    assert "Nothing in the catalogue matches" in text
    assert "In-services are offered by your laboratory" in text
    text = text_of(alice_client.get("/catalogue/?kind=webinar&topic=blood-banking"))
    assert "Nothing in the catalogue matches" in text
    assert "Without the kind:" in text and "Without the topic:" in text
    assert "1 past event matches: tick “Show past events”." in text


def test_a_new_feed_address_has_a_copy_button_and_a_webcal_link(
    alice_client: Client, alice: Any
) -> None:
    response = alice_client.post("/settings/calendar/", {"action": "rotate"}, follow=True)
    html = response.content.decode()
    text = text_of(response)
    assert "Calendar feed address made." in text and "no longer works" not in text
    feed = re.search(r'id="feed-url" type="text" readonly value="http://testserver([^"]+)"', html)
    assert feed
    assert f'href="webcal://testserver{feed.group(1)}"' in html
    assert 'data-copy="feed-url"' in html
    again = text_of(alice_client.post("/settings/calendar/", {"action": "rotate"}, follow=True))
    assert "the old one no longer works" in again


def test_acronyms_are_explained_where_they_appear(alice_client: Client, alice: Any) -> None:
    mls = make_credential(alice)
    text = text_of(alice_client.get(f"/credentials/{mls.pk}/"))
    assert "CMP" in text and "Credential Maintenance Program: points earned" in text
    florida = make_credential(alice, id="fl", rules="fl/technologist", categories=["chemistry"])
    assert "the tracking system Florida" in text_of(alice_client.get(f"/credentials/{florida.pk}/"))
    activity = make_activity(alice, accreditation="pace")
    assert "Professional Acknowledgment for Continuing Education" in text_of(
        alice_client.get(f"/activities/{activity.pk}/")
    )


def test_reasons_on_pages_use_the_one_date_format(alice_client: Client, alice: Any) -> None:
    make_credential(alice)
    old = make_activity(alice, title="Ancient history", completed_on=date(2019, 5, 1))
    text = text_of(alice_client.get(f"/activities/{old.pk}/"))
    assert "completed 1 May 2019, before this window began on 1 Jul 2024" in text
    assert "2019-05-01" not in text


def test_a_board_approval_is_ticked_by_name_not_typed_as_an_id(
    alice_client: Client, alice: Any
) -> None:
    from cetrack.records.models import Activity

    page = text_of(alice_client.get("/activities/add/"))
    assert "Florida Board of Clinical Laboratory Personnel" in page and "program ids" not in page
    response = alice_client.post("/activities/add/", {**GOOD_ACTIVITY, "approvals": ["fl"]})
    assert response.status_code == 302
    row = Activity.objects.get(owner=alice)
    assert row.approvals == ["fl"]
    edit = alice_client.get(f"/activities/{row.pk}/edit/").content.decode()
    assert re.search(r'value="fl"[^>]*checked', edit)


def test_one_certificate_split_by_topic_becomes_one_activity_per_topic(
    alice_client: Client, alice: Any
) -> None:
    from cetrack.records.models import Activity

    split = {
        **GOOD_ACTIVITY,
        "title": "Florida renewal bundle",
        "amount_value": "3",
        "topics": ["hiv-aids", "medical-errors"],
        "split": "1",
        "split-hiv-aids": "1",
        "split-medical-errors": "2",
    }
    wrong = alice_client.post("/activities/add/", {**split, "split-medical-errors": "1.5"})
    assert "add up to 2.5; the whole activity is 3" in text_of(wrong)
    assert 'name="split-medical-errors" value="1.5"' in wrong.content.decode()  # kept
    response = alice_client.post("/activities/add/", split, follow=True)
    assert "as 2 activities, one per topic" in text_of(response)
    rows = {r.title: r for r in Activity.objects.filter(owner=alice)}
    assert set(rows) == {
        "Florida renewal bundle — HIV/AIDS",
        "Florida renewal bundle — Prevention of medical errors",
    }
    assert rows["Florida renewal bundle — HIV/AIDS"].topics == ["hiv-aids"]
    assert rows["Florida renewal bundle — HIV/AIDS"].amount_value == 1


def test_employer_paid_items_are_ticked_by_name(alice_client: Client, alice: Any) -> None:
    make_credential(alice)
    page = alice_client.get("/plan/").content.decode()
    assert "catalogue ids" not in page and 'name="employer_paid"' in page
    assert "Ethics" in page or "ethics" in page  # titles, not ids
    bad = alice_client.get("/plan/?as_of=2026-12-06&employer_paid=nope")
    assert "nope is not in the catalogue: tick the items by name." in text_of(bad)


def test_the_server_error_page_renders_without_a_request(db: Any) -> None:
    from django.test import RequestFactory
    from django.views.defaults import server_error

    response = server_error(RequestFactory().get("/boom/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in html and 'href="/"' in html
    assert "cetrack.css" in html  # styled like every page


def test_an_open_declaration_window_and_missing_documents_are_shown_first(
    alice_client: Client, alice: Any
) -> None:
    make_credential(alice, cycle_end=date.today() + timedelta(days=60))
    make_activity(alice, completed_on=date.today() - timedelta(days=10))  # no certificate
    text = text_of(alice_client.get("/"))
    closes = date.today() + timedelta(days=30)
    assert f"the declaration window is open until {closes.day} {closes:%b %Y}" in text
    assert "documentation warning" in text and "See what is missing" in text
    assert text.index("declaration window is open") < text.index(
        "Medical Laboratory Scientist, MLS(ASCP) Not met"
    )
