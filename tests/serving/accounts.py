"""`python -m tests.serving.accounts N` (with the server's settings): makes N people, each signed
in (a session), holding MLS(ASCP), with an API token, and prints them as JSON: [{"email", "session", "token"}].
Their password is PASSWORD."""

from __future__ import annotations

import json
import sys
from datetime import date
from importlib import import_module

PASSWORD = "serving-pass-phrase-1"  # the same for everyone: these are test accounts
CYCLE_END = date(2027, 6, 30)  # each holds MLS(ASCP), so their dashboard counts activities


def main(count: int) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    from cetrack.accounts.models import ApiToken, User
    from cetrack.records import services

    store = import_module(settings.SESSION_ENGINE).SessionStore
    made = []
    for number in range(count):
        user = User.objects.create_user(
            email=f"person{number}@example.org", password=PASSWORD, name=f"Person {number}"
        )
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        saved = services.save_credential(user, {"rules": "ascp/MLS", "cycle_end": CYCLE_END})
        assert saved.ok, saved.problems
        _, token = ApiToken.issue(user, "test")
        made.append({"email": user.email, "session": session.session_key, "token": token})
    print(json.dumps(made))


if __name__ == "__main__":
    main(int(sys.argv[1]))
