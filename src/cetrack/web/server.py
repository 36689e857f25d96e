"""`cetrack serve`: migrate, optionally load the demo account, and serve with waitress."""

from __future__ import annotations

import contextlib
import os
import signal
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
        if account.lab:
            print(
                f"cetrack: demo laboratory {account.lab} (same password)\n"
                f"         lab manager  {account.manager_email}   educator  {account.educator_email}",
                file=out,
            )


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4)) if hasattr(os, "fork") else 1


def serve(host: str, port: int, *, demo: bool, workers: int = 0, threads: int = 4) -> int:
    """Serve with `workers` processes (POSIX) of `threads` threads each, on one socket.

    A Python process runs one thread at a time, so one process uses one core; the engine and
    the templates are CPU work, so a multi-core machine needs several processes to use it.
    """
    prepare(demo=demo)
    import socket

    import waitress
    from django.db import connections

    from cetrack.web.wsgi import application

    workers = workers or default_workers()
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(1024)
    connections.close_all()  # each process opens its own database connections
    children: list[int] = []
    for _ in range(workers - 1):
        pid = os.fork()
        if pid == 0:
            waitress.serve(application, sockets=[listener], threads=threads, ident="cetrack")
            os._exit(0)
        children.append(pid)

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    from cetrack.jobs.worker import start_embedded, stop_embedded

    jobs = start_embedded()  # in this process only, after forking: threads do not survive a fork
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host
    print(
        f"cetrack: serving on http://{shown}:{port}/  ({workers} process"
        f"{'es' if workers > 1 else ''} × {threads} threads; Ctrl-C stops)",
        flush=True,
    )
    try:
        waitress.serve(application, sockets=[listener], threads=threads, ident="cetrack")
    finally:
        stop_embedded(jobs)
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        for pid in children:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
    return 0
