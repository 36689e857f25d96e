"""Driven by test_workers.py in separate processes (a real data folder, a real queue):
`python script.py enqueue NAME`, `worker`, `sweep`, `state NAME`."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cetrack.web.settings")
django.setup()

from django.db import transaction  # noqa: E402

from cetrack.jobs import queue  # noqa: E402
from cetrack.jobs.models import Job  # noqa: E402

OUT = Path(os.environ["CETRACK_DATA"])


@queue.job("test.slow")
def slow(name: str, seconds: float) -> dict[str, str]:
    with (OUT / "started.log").open("a") as log:
        log.write(f"{name} {os.getpid()}\n")
    time.sleep(seconds)
    # The effect, keyed: a second run finds it done and changes nothing.
    try:
        with (OUT / f"effect-{name}").open("x") as effect:
            effect.write(str(os.getpid()))
    except FileExistsError:
        pass
    return {"name": name}


def main() -> None:
    command = sys.argv[1]
    if command == "enqueue":
        with transaction.atomic():
            queue.enqueue("test.slow", sys.argv[2], name=sys.argv[2], seconds=float(sys.argv[3]))
    elif command == "worker":
        from cetrack.jobs.worker import run_worker

        run_worker(1)
    elif command == "sweep":
        print(queue.sweep(queued_for=__import__("datetime").timedelta(0)))
    elif command == "state":
        row = Job.objects.get(key=f"test.slow:{sys.argv[2]}")
        print(json.dumps({"state": row.state, "attempts": row.attempts}))


main()
