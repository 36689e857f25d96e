"""The dashboard is kept whole per state of the person's data (records.pages, records.state):
any change shows at once — made through the services, by the site admin or a shell straight on
the rows, in bulk — and what differs per request (the CSRF token, messages, the undo offer) is
never shared."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cetrack.records import pages, services
from cetrack.records.models import Activity
from tests.web.conftest import make_activity, make_credential


@pytest.fixture
def records(alice: Any) -> Any:
    make_credential(alice, id="mls")
    for number in range(3):
        make_activity(alice, id=f"a{number}", title=f"Course {number}")
    return alice


def _page(client: Client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_change_made_straight_on_the_rows_shows_at_once(
    records: Any, alice_client: Client
) -> None:
    """What /admin/ or a shell does: model saves and deletes, no service, no history row."""
    assert "3 activities recorded" in _page(alice_client)
    Activity.objects.create(
        owner=records,
        ledger_id="by-admin",
        title="Entered by the administrator",
        start=date(2025, 4, 1),
        end=date(2025, 4, 1),
        amount_unit="hours",
        amount_value=2,
    )
    assert "4 activities recorded" in _page(alice_client)
    Activity.objects.get(ledger_id="a0").delete()
    assert "3 activities recorded" in _page(alice_client)
    records.name = "Alice Renamed"
    records.save()
    assert "Alice Renamed" in _page(alice_client)


def test_changes_in_bulk_show_too(records: Any, alice_client: Client) -> None:
    """An import (staged rows swapped in by UPDATE) and in-service notices (bulk_create, then
    dismissed with an UPDATE) send no model signals: they change the state themselves."""
    from cetrack.core import ledger as core
    from cetrack.inservice import services as inservice

    _page(alice_client)
    text = 'format = 1\n[person]\nname = "Alice Tech"\n[[activity]]\nid = "bulk"\ntitle = "Bulk"\ncompleted_on = 2025-05-01\n'
    parsed = core.parse_ledger(text + 'hours = 1\naccreditation = "pace"\n', "t.toml")
    assert parsed.ledger is not None, parsed.problems
    assert services.import_ledger(records, parsed.ledger).ok
    assert "4 activities recorded" in _page(alice_client)
    inservice.notify([records], None, "The Tuesday session moved to Wednesday", subject="Moved")
    assert "moved to Wednesday" in _page(alice_client)
    from cetrack.inservice.models import Notice

    inservice.dismiss_notice(records, Notice.objects.get(user=records).pk)
    assert "moved to Wednesday" not in _page(alice_client)


def test_each_browser_gets_its_own_csrf_token(records: Any, alice: Any) -> None:
    first, second = Client(), Client()
    first.force_login(alice)
    second.force_login(alice)
    tokens = []
    for client in (first, second):
        page = _page(client)
        assert pages.CSRF_PLACEHOLDER not in page
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        assert found
        tokens.append(found.group(1))
        checked = Client(enforce_csrf_checks=True)
        checked.cookies = client.cookies
        logout = checked.post("/accounts/logout/", {"csrfmiddlewaretoken": found.group(1)})
        assert logout.status_code == 302  # the token works for this browser's form
    assert tokens[0] != tokens[1]


def test_messages_and_the_undo_offer_are_not_kept_in_the_page(
    records: Any, alice_client: Client
) -> None:
    _page(alice_client)  # kept
    row = Activity.objects.get(ledger_id="a1")
    alice_client.post(f"/activities/{row.pk}/delete/")
    shown = _page(alice_client)
    assert "Undo" in shown
    assert "Undo" not in _page(alice_client)  # offered once, and the next page is the kept one


def test_a_warm_dashboard_is_one_cache_read_on_the_database_cache(
    records: Any, alice_client: Client, settings: Any
) -> None:
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cetrack_cache",
        }
    }
    call_command("createcachetable", verbosity=0)
    _page(alice_client)
    _page(alice_client)
    with CaptureQueriesContext(connection) as captured:
        assert "3 activities recorded" in _page(alice_client)
    # the session, her row and the state token of her data, in one read (records.pages)
    assert len(captured.captured_queries) == 1
    assert 'FROM "cetrack_cache"' in captured.captured_queries[0]["sql"]
    assert captured.captured_queries[0]["sql"].count("cetrack:") == 2


def test_the_page_kept_in_memory_follows_the_shared_state(
    records: Any, alice_client: Client
) -> None:
    """Another server process changes the data: the token in the shared cache moves, and this
    process builds the page again instead of serving its own copy."""
    assert "3 activities recorded" in _page(alice_client)
    Activity.objects.filter(ledger_id="a2").update(deleted_at=timezone.now())  # no signal
    assert "3 activities recorded" in _page(alice_client)  # nothing said the state changed
    cache.set(f"cetrack:state:{records.pk}", "changed-by-another-process")
    assert "2 activities recorded" in _page(alice_client)


def test_a_token_read_with_the_row_is_not_trusted_after_a_change_in_this_process(
    records: Any,
) -> None:
    from cetrack.accounts.backends import ModelBackend
    from cetrack.records import state

    before = state.token(records)
    user = ModelBackend().get_user(records.pk)
    assert state.token(user) == before  # read along with the row
    make_activity(records, id="later", title="Saved in the same request")
    assert state.token(user) != before


def test_the_kept_pages_csrf_token_is_a_masked_token_of_the_cookies_secret() -> None:
    from django.middleware.csrf import _unmask_cipher_token
    from django.test import RequestFactory

    from cetrack.web.security import csrf_token

    request = RequestFactory().get("/")
    secret = "A" * 16 + "b" * 8 + "0123456789"[:8]
    request.META["CSRF_COOKIE"] = secret
    tokens = {csrf_token(request) for _ in range(200)}
    assert len(tokens) == 200  # a fresh mask every time
    assert all(len(t) == 64 and t.isalnum() and t.isascii() for t in tokens)
    assert {_unmask_cipher_token(t) for t in tokens} == {secret}
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"] is True
    masks = "".join(t[:32] for t in tokens)
    assert len(set(masks)) == 62  # every letter and digit turns up


# -- the kept dashboard served before the session and auth layers --------------------------


def _warm(client: Client) -> str:
    _page(client)
    return _page(client)  # served by KeptDashboardMiddleware from now on


def test_the_early_dashboard_has_the_ordinary_headers(records: Any, alice: Any) -> None:
    ordinary = Client()
    ordinary.force_login(alice)
    first = ordinary.get("/")  # the ordinary way (this process has not seen the session)
    kept = ordinary.get("/")
    assert kept.content.decode().replace(_token(kept), "") == first.content.decode().replace(
        _token(first), ""
    )
    assert sorted(kept.headers) == sorted(first.headers)  # Content-Length too
    for header in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "Vary",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ):
        assert kept[header] == first[header], header
    # the CSRF cookie is renewed as the ordinary page renews it (a year from now)
    renewed, ordinary_cookie = kept.cookies["csrftoken"], first.cookies["csrftoken"]
    assert renewed.value == ordinary_cookie.value
    for attribute in ("max-age", "path", "samesite", "secure", "httponly", "domain"):
        assert renewed[attribute] == ordinary_cookie[attribute], attribute


def _token(response: Any) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())
    assert found
    return found.group(1)


def test_a_session_ended_elsewhere_gets_no_kept_page(records: Any, alice: Any) -> None:
    from django.contrib.sessions.backends.cached_db import SessionStore

    browser = Client()
    browser.force_login(alice)
    _warm(browser)
    SessionStore(browser.cookies["sessionid"].value).delete()  # signed out on another process
    response = browser.get("/")
    assert response.status_code == 200 and "3 activities recorded" not in response.content.decode()


def test_a_new_password_or_a_deactivated_account_gets_no_kept_page(
    records: Any, alice: Any
) -> None:
    browser = Client()
    browser.force_login(alice)
    _warm(browser)
    alice.set_password("a-brand-new-pass-phrase")
    alice.save()  # her other sessions end
    _cache_row(alice)  # some request has cached her new row already
    fresh = Client()
    fresh.force_login(alice)
    _warm(fresh)  # and the page of her data's new state is kept
    assert "3 activities recorded" not in browser.get("/").content.decode()
    again = Client()
    again.force_login(alice)
    _warm(again)
    alice.is_active = False
    alice.save()
    _cache_row(alice)
    token = cache.get(f"cetrack:state:{alice.pk}")
    key = services.key_of(alice.pk, token, "page:dashboard", timezone.localdate())
    pages._remember(key, "a page kept under her data's new state")
    assert "page kept under" not in again.get("/").content.decode()


def _cache_row(user: Any) -> None:
    from cetrack.accounts.models import User

    token = cache.get(f"cetrack:state:{user.pk}")
    cache.set(f"cetrack:user:{user.pk}", (token, User.objects.get(pk=user.pk)))


def test_a_waiting_message_is_shown_not_the_kept_page(records: Any, alice_client: Client) -> None:
    import io

    _warm(alice_client)
    ledger = (
        'format = 1\n[person]\nname = "Alice Tech"\n[[activity]]\nid = "new"\ntitle = "New"\n'
        'completed_on = 2025-05-01\nhours = 1\naccreditation = "pace"\n'
    )
    upload = io.BytesIO(ledger.encode())
    upload.name = "more.toml"
    response = alice_client.post("/import/", {"ledger": upload, "mode": "add"})
    assert response.status_code == 302 and response["Location"] == "/"
    shown = _page(alice_client)
    assert "Imported 0 credentials, 1 activity" in shown and "4 activities recorded" in shown
    assert "Imported 0 credentials" not in _page(alice_client)


def test_a_host_the_site_does_not_answer_to_is_refused_as_before(records: Any, alice: Any) -> None:
    browser = Client()
    browser.force_login(alice)
    _warm(browser)
    assert browser.get("/", HTTP_HOST="attacker.example").status_code == 400  # ALLOWED_HOSTS


@pytest.mark.parametrize("cookie", ["!" * 32, "x" * 31, "Ab3" * 21 + "c"])
def test_a_malformed_csrf_cookie_is_replaced_as_before(
    records: Any, alice: Any, cookie: str
) -> None:
    """Not a 500, nor a page whose form token no POST would accept: the ordinary way sets a
    well-formed cookie (a 64-character one is an older Django's masked token)."""
    browser = Client()
    browser.force_login(alice)
    _warm(browser)
    browser.cookies["csrftoken"] = cookie
    response = browser.get("/")
    assert response.status_code == 200 and "3 activities recorded" in response.content.decode()
    secret = response.cookies["csrftoken"].value
    assert re.fullmatch(r"[A-Za-z0-9]{32}", secret) and secret != cookie
    assert _kept_by_the_early_layer(browser)


def _kept_by_the_early_layer(browser: Client) -> bool:
    """The next page comes from KeptDashboardMiddleware: the session layer never loads it."""
    from unittest import mock

    from django.contrib.sessions.backends.cached_db import SessionStore

    with mock.patch.object(
        SessionStore, "load", autospec=True, side_effect=SessionStore.load
    ) as load:
        assert "3 activities recorded" in _page(browser)
    return load.call_count == 0


def test_a_new_version_never_serves_a_page_kept_by_the_old_one(
    records: Any, alice: Any, monkeypatch: Any
) -> None:
    browser = Client()
    browser.force_login(alice)
    _warm(browser)
    token = cache.get(f"cetrack:state:{alice.pk}")
    key = services.key_of(alice.pk, token, "page:dashboard", timezone.localdate())
    pages._remember(key, "a page the old version built")
    cache.set(key, "a page the old version built")
    assert "page the old version built" in browser.get("/").content.decode()
    monkeypatch.setattr(services, "fingerprint", lambda: "a-new-build")  # a deployment
    shown = browser.get("/").content.decode()
    assert "page the old version built" not in shown and "3 activities recorded" in shown


def test_a_row_read_before_a_password_change_is_not_put_back_after_it(
    records: Any, alice: Any
) -> None:
    """The race: a request reads her row, her password changes and commits, and only then
    does the request cache what it read. Her old sessions must end all the same."""
    from cetrack.accounts.backends import ModelBackend
    from cetrack.accounts.models import User

    browser = Client()
    browser.force_login(alice)
    _warm(browser)
    old_token = cache.get(f"cetrack:state:{alice.pk}")
    stale = User.objects.get(pk=alice.pk)  # the slow request's read, under the old token
    alice.set_password("a-brand-new-pass-phrase")
    alice.save()
    cache.set(f"cetrack:user:{alice.pk}", (old_token, stale))  # the late write
    assert ModelBackend().get_user(alice.pk).password == alice.password  # read afresh
    response = browser.get("/")
    assert "3 activities recorded" not in response.content.decode()  # her old session ended
