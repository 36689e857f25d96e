"""A migrated SQLite database, built once per test run and copied where a test needs one.

Migrating from nothing costs seconds of CPU (Django renders the model states of every
migration), and the slow tests that start real processes each need a fresh, migrated data
folder: about twenty of them in one run. They get a copy of one database migrated at the first
request instead, which the `migrate` command would have left in the same state."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE_FILE = "cetrack.sqlite3"  # cetrack.web.settings: DATA_DIR / "cetrack.sqlite3"
_template: Path | None = None


def _migrated_template() -> Path:
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="cetrack-migrated-"))
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
        env.update(
            DJANGO_SETTINGS_MODULE="cetrack.web.settings",
            CETRACK_DATA=str(folder),
            PYTHONPATH=str(ROOT),
        )
        subprocess.run(
            [sys.executable, "-m", "cetrack.cli", "manage", "migrate", "-v0"],
            env=env,
            check=True,
            timeout=600,
        )
        _template = folder
    return _template


def migrate(env: dict[str, str]) -> None:
    """The database `env` names migrated: on SQLite (no DATABASE_URL) a copy of the run's one
    migrated database into its CETRACK_DATA, on another database `migrate` itself."""
    if "DATABASE_URL" not in env:
        migrated_data(Path(env["CETRACK_DATA"]))
        return
    subprocess.run(
        [sys.executable, "-m", "cetrack.cli", "manage", "migrate", "-v0"],
        env=env,
        check=True,
        timeout=600,
    )


def migrated_data(data: Path) -> Path:
    """`data` (created if need be) holding a freshly migrated SQLite database of its own."""
    data.mkdir(parents=True, exist_ok=True)
    shutil.copy2(_migrated_template() / DATABASE_FILE, data / DATABASE_FILE)
    return data
