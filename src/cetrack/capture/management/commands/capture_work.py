"""Reads uploaded files still waiting (left by a restart, or when uploads run with no thread)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand

from cetrack.capture import jobs


class Command(BaseCommand):
    help = "Read queued certificate uploads; --loop keeps watching for new ones."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--loop", action="store_true", help="keep running, polling every 2 s")

    def handle(self, *args: Any, **options: Any) -> None:
        while True:
            done = jobs.worker_pass()  # stale claims are re-queued here, never by page views
            if done:
                self.stdout.write(f"read {done} file{'s' if done != 1 else ''}")
            if not options["loop"]:
                return
            time.sleep(2)
