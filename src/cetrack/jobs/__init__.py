"""Background work on one job queue (huey): rows are the truth, huey is the transport.

Every job is a `Job` row with a unique key (what it does, to what), so asking twice is one job,
and its effects are keyed the same way, so running it twice changes nothing. huey carries the
row's id to a worker — embedded by default (SQLite storage in the data folder, a worker thread
pool inside `cetrack serve`), Redis at scale (CETRACK_REDIS_URL; `cetrack worker` on as many
machines as needed). A worker killed mid-job (kill -9) leaves the row `running` with a lease
that runs out; the sweeper (a periodic task, also run when a worker starts) hands such rows,
and queued rows huey lost, to a worker again, up to MAX_ATTEMPTS times.
"""
