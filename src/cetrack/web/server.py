"""`cetrack serve`: migrate, optionally load the demo account, and serve with waitress.

On POSIX the server is a small supervisor and its children, all on one listening socket:

- the supervisor serves nothing and runs nothing of Django's after the start, so its main thread
  is always free to act on a signal;
- `workers` web processes (one per core, at most 4), each waitress with `threads` threads —
  a Python process runs one thread at a time, so a multi-core machine needs several;
- one job process (the embedded job queue's consumer, `CETRACK_JOB_WORKERS` threads) unless
  jobs run elsewhere (`CETRACK_JOB_WORKERS=0`, `cetrack worker`) or immediately (tests).

SIGTERM or Ctrl-C: the supervisor passes SIGTERM on; a web process stops accepting and lets the
requests in flight finish for up to `STOP_GRACE` − 1 seconds; whatever is still running after
`STOP_GRACE` seconds (a request stuck in C code that never lets Python see the signal, a job) is
killed with SIGKILL. So the server is gone within STOP_GRACE seconds, always. A killed job is
run again by the next worker (its lease runs out; see cetrack.jobs). A child that dies on its
own (a crash, the kernel's OOM killer) is started again.

Windows has no fork: one process serves, with the job threads inside it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import time
import traceback
from typing import Any, TextIO

from cetrack.web.env import env_int

log = logging.getLogger(__name__)

# Seconds from SIGTERM until every process of the server is gone.
STOP_GRACE = env_int("CETRACK_STOP_SECONDS", 5)
# Waitress reads this many requests ahead on a connection while one runs: it then sees a client
# close the connection mid-request, which stops the request's work (cetrack.web.budget).
LOOKAHEAD = 4


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
        if "CETRACK_MFA_REQUIRED" not in os.environ:
            # A demo server has accounts whose passwords are printed above: it is for trying
            # cetrack, not for real records, so the demo manager is not stopped at two-factor
            # set-up (set CETRACK_MFA_REQUIRED=1 to see that page).
            settings.CETRACK_MFA_REQUIRED = False
            print("cetrack: demo server: two-factor sign-in is offered, not required", file=out)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4)) if hasattr(os, "fork") else 1


def _listen(host: str, port: int) -> socket.socket:
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((host, port))
    listener.listen(1024)
    return listener


def _jobs_here() -> bool:
    """Whether this server runs the embedded job queue's workers."""
    from django.conf import settings
    from huey.contrib.djhuey import HUEY

    return not HUEY.immediate and settings.JOB_WORKERS > 0


def serve(host: str, port: int, *, demo: bool, workers: int = 0, threads: int = 4) -> int:
    """Serve until SIGTERM or Ctrl-C (see the module's description)."""
    prepare(demo=demo)
    from django.db import connections

    listener = _listen(host, port)
    # Each process opens its own database connections: none may be shared across a fork (a
    # PostgreSQL pool's open connections and threads included).
    connections.close_all()
    for connection in connections.all(initialized_only=True):
        if hasattr(connection, "close_pool"):
            connection.close_pool()
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host
    jobs = _jobs_here()
    if not hasattr(os, "fork"):
        return _serve_in_one_process(listener, threads, shown, port, jobs)
    supervisor = Supervisor(listener, workers or default_workers(), threads, jobs)
    return supervisor.run(shown, port)


def _banner(shown: str, port: int, workers: int, threads: int, jobs: bool) -> str:
    return (
        f"cetrack: serving on http://{shown}:{port}/  ({workers} process"
        f"{'es' if workers > 1 else ''} × {threads} threads"
        f"{', jobs in a process of their own' if jobs else ''}; Ctrl-C stops)"
    )


class _Stop(Exception):
    pass


class Supervisor:
    """Starts the web and job processes, starts again one that dies, stops them all."""

    def __init__(self, listener: socket.socket, workers: int, threads: int, jobs: bool) -> None:
        self.listener, self.workers, self.threads, self.jobs = listener, workers, threads, jobs
        self.children: dict[int, tuple[str, float]] = {}  # pid -> (role, started)
        self.stopping = False

    def spawn(self, role: str) -> None:
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = _child(role, self.listener, self.threads)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        self.children[pid] = (role, time.monotonic())

    def run(self, shown: str, port: int) -> int:
        def stop(signum: int, frame: object) -> None:
            if not self.stopping:
                self.stopping = True
                raise _Stop

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        try:
            for _ in range(self.workers):
                self.spawn("web")
            if self.jobs:
                self.spawn("jobs")
            print(_banner(shown, port, self.workers, self.threads, self.jobs), flush=True)
            while True:
                pid, status = os.wait()
                self._restart(pid, status)
        except _Stop:
            pass
        finally:
            self.stop()
        return 0

    def _restart(self, pid: int, status: int) -> None:
        role, started = self.children.pop(pid, ("", 0.0))
        if not role:
            return
        print(
            f"cetrack: a {role} process ({pid}) stopped ({_status_text(status)}); starting another",
            file=sys.stderr,
            flush=True,
        )
        if time.monotonic() - started < 2:
            time.sleep(1)  # one that dies at once is not restarted in a tight loop
        self.spawn(role)

    def stop(self) -> None:
        """SIGTERM to every child; SIGKILL to those still there after STOP_GRACE seconds."""
        self.stopping = True
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for pid in self.children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE
        while self.children and time.monotonic() < deadline:
            self._reap()
            time.sleep(0.05)
        for pid in list(self.children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        while self.children:
            with contextlib.suppress(ChildProcessError):
                pid, _ = os.waitpid(-1, 0)
                self.children.pop(pid, None)
                continue
            break
        self.listener.close()

    def _reap(self) -> None:
        while self.children:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                self.children.clear()
                return
            if pid == 0:
                return
            self.children.pop(pid, None)


def _status_text(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"


def _child(role: str, listener: socket.socket, threads: int) -> int:
    """A forked child's life: a web process or the job process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor passes Ctrl-C on as SIGTERM
    if role == "jobs":
        listener.close()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # huey's consumer sets its own
        from django.conf import settings

        from cetrack.jobs.worker import run_worker

        return run_worker(settings.JOB_WORKERS)
    return _web(listener, threads)


def _web(listener: socket.socket, threads: int) -> int:
    import waitress
    from waitress.task import ThreadedTaskDispatcher

    from cetrack.web.wsgi import application

    class Dispatcher(ThreadedTaskDispatcher):  # type: ignore[misc]
        def shutdown(self, cancel_pending: bool = True, timeout: float = 5) -> Any:
            # Requests in flight get what is left of the supervisor's grace period.
            return super().shutdown(cancel_pending, max(0.5, min(timeout, STOP_GRACE - 1)))

    dispatcher = Dispatcher()
    dispatcher.set_thread_count(threads)
    server = waitress.create_server(
        application,
        sockets=[listener],
        threads=threads,
        ident="cetrack",
        channel_request_lookahead=LOOKAHEAD,
        _dispatcher=dispatcher,
    )

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    server.run()  # returns after SystemExit, once the requests in flight are done
    return 0


def _serve_in_one_process(
    listener: socket.socket, threads: int, shown: str, port: int, jobs: bool
) -> int:
    """Without fork (Windows): this process serves, with the job threads inside it."""
    import waitress

    from cetrack.jobs.worker import start_embedded, stop_embedded
    from cetrack.web.wsgi import application

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    consumer = start_embedded() if jobs else None
    print(_banner(shown, port, 1, threads, False), flush=True)
    try:
        waitress.serve(
            application,
            sockets=[listener],
            threads=threads,
            ident="cetrack",
            channel_request_lookahead=LOOKAHEAD,
        )
    finally:
        stop_embedded(consumer)
    return 0
