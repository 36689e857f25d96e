"""Running a real `cetrack serve` for a test: a copy of a migrated data folder, the test site's
settings (tests/serving), a free port; the server and its processes killed afterwards."""

from __future__ import annotations

import contextlib
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.migrated import migrate as migrate_database

ROOT = Path(__file__).resolve().parent.parent.parent


def environment(data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.serving.settings",
        CETRACK_DATA=str(data),
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def migrate(data: Path, **extra: str) -> Path:
    """A data folder with its database migrated (copied by each `serving`)."""
    migrate_database(environment(data, **extra))
    return data


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def tree(pid: int) -> list[int]:
    """A process and its descendants (Linux /proc)."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            with contextlib.suppress(OSError):
                queue += [int(child) for child in (task / "children").read_text().split()]
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@dataclass
class Server:
    process: subprocess.Popen[str]
    port: int
    data: Path
    output: list[str]

    def get(self, path: str, timeout: float = 30) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            return response.status, response.read().decode()
        finally:
            connection.close()

    def note(self, name: str) -> str:
        with contextlib.suppress(OSError):
            return (self.data / f"{name}.txt").read_text()
        return ""

    def wait_for_note(self, name: str, prefix: str, seconds: float) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.note(name).startswith(prefix):
                return self.note(name)
            time.sleep(0.05)
        return self.note(name)


@contextlib.contextmanager
def serving(
    migrated: Path,
    tmp_path: Path,
    *,
    workers: int = 1,
    threads: int = 1,
    share: bool = False,
    **extra: str,
) -> Iterator[Server]:
    """A server on a copy of `migrated` (or on `migrated` itself with `share`: several servers
    on one data folder)."""
    data = migrated if share else tmp_path / "data"
    if not share:
        shutil.copytree(migrated, data)
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cetrack.cli",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--threads",
            str(threads),
        ],
        env=environment(data, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=ROOT,
    )
    output: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)

    threading.Thread(target=read, daemon=True).start()
    server = Server(process, port, data, output)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert process.poll() is None, "".join(output)
            with contextlib.suppress(OSError):
                if server.get("/health/", timeout=2)[0] == 200:
                    break
            time.sleep(0.1)
        else:
            raise AssertionError("the server did not answer:\n" + "".join(output))
        time.sleep(0.3)  # every process up
        yield server
    finally:
        pids = tree(process.pid)
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        for pid in pids[1:]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
