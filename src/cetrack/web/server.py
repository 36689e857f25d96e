"""`cetrack serve`: migrate, optionally load the demo account, and serve with waitress."""

from __future__ import annotations

import os
import sys
from typing import TextIO


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cetrack.web.settings")
    import django

    django.setup()


def prepare(*, demo: bool, out: TextIO = sys.stdout) -> None:
    """Bring the database up to date (and load the demo account when asked)."""
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    database = settings.DATABASES["default"]
    where = database["NAME"] if "sqlite" in database["ENGINE"] else database.get("HOST") or "local"
    print(f"cetrack: database ready ({database['ENGINE'].rsplit('.', 1)[-1]}: {where})", file=out)
    if demo:
        from cetrack.web.demo import load_demo

        account = load_demo()
        print(
            f"cetrack: demo account loaded ({account.credentials} credentials, "
            f"{account.activities} activities)\n"
            f"         log in as  {account.email}  with password  {account.password}",
            file=out,
        )


def serve(host: str, port: int, *, demo: bool, threads: int = 8) -> int:
    prepare(demo=demo)
    import waitress

    from cetrack.web.wsgi import application

    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host
    print(f"cetrack: serving on http://{shown}:{port}/  (Ctrl-C stops)", flush=True)
    waitress.serve(application, host=host, port=port, threads=threads, ident="cetrack")
    return 0
