"""A Redis of one's own for a test that starts real processes on the Redis job queue.

Other runs use the same Redis server at the same time: a second copy of the same test, the
benchmarks (bench/web.py empties database 14, bench/deployment.py database 13, and runs a
worker of its own there). On a shared database with the default key prefix, one run's worker
would take the other's jobs — an id of a row in the other run's database — and the other's job
would never run. So each run gets its own key prefix (CETRACK_REDIS_PREFIX: its own queue, its
own cache and rate-limit counters) on a database no benchmark empties, and removes its keys
afterwards.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

from tests.tools import require_service

# Not 0 (a deployment's default), 12 (tests/test_stateless.py empties it), 13 or 14 (emptied by
# bench/deployment.py and bench/web.py), nor one a benchmark was pointed at by hand (--redis-url):
# sharing is safe under a prefix of one's own, but a benchmark empties its whole database.
QUEUE_TEST_REDIS = "redis://127.0.0.1:6379/7"


@contextlib.contextmanager
def own_redis(url: str = QUEUE_TEST_REDIS) -> Iterator[dict[str, str]]:
    """The environment variables that put a process's queue and cache on Redis under a prefix
    no other run uses (skips, or fails under CI, when Redis does not answer)."""
    import redis

    url = require_service("redis", url)
    prefix = f"test{uuid.uuid4().hex[:16]}"
    try:
        yield {"CETRACK_REDIS_URL": url, "CETRACK_REDIS_PREFIX": prefix}
    finally:
        client = redis.Redis.from_url(url)
        for key in client.scan_iter(match=f"*{prefix}*", count=1000):
            client.delete(key)
