"""Workers: a thread pool inside `cetrack serve` (the embedded default), or `cetrack worker`."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from huey.consumer import Consumer

log = logging.getLogger(__name__)


class _EmbeddedConsumer(Consumer):  # type: ignore[misc]
    """huey's consumer without its signal handlers: inside `cetrack serve` the server owns
    SIGTERM and Ctrl-C, and stops the consumer itself."""

    def _set_signal_handlers(self) -> None:
        return None


def start_embedded() -> Any | None:
    """Starts worker threads and the periodic scheduler in this process; None when jobs run
    immediately (tests) or CETRACK_JOB_WORKERS is 0 (separate `cetrack worker` processes)."""
    from huey.contrib.djhuey import HUEY

    if HUEY.immediate or settings.JOB_WORKERS <= 0:
        return None
    consumer = _EmbeddedConsumer(
        HUEY, workers=settings.JOB_WORKERS, worker_type="thread", periodic=True
    )
    consumer.start()
    return consumer


def stop_embedded(consumer: Any | None) -> None:
    if consumer is not None:
        consumer.stop(graceful=False)


def run_worker(workers: int) -> int:
    """`cetrack worker`: a consumer in the foreground until SIGTERM or Ctrl-C."""
    from django.core.management import call_command

    call_command("run_huey", workers=workers, worker_type="thread")
    return 0
