"""`python -m tests.serving.accounts N` (with the server's settings): makes N people, each signed
in (a session) and with an API token, and prints them as JSON: [{"email", "session", "token"}]."""

from __future__ import annotations

import json
import sys
from importlib import import_module


def main(count: int) -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    from cetrack.accounts.models import ApiToken, User

    store = import_module(settings.SESSION_ENGINE).SessionStore
    made = []
    for number in range(count):
        user = User.objects.create_user(email=f"person{number}@example.org", password=None)
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        _, token = ApiToken.issue(user, "test")
        made.append({"email": user.email, "session": session.session_key, "token": token})
    print(json.dumps(made))


if __name__ == "__main__":
    main(int(sys.argv[1]))
