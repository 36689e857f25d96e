"""deploy/ is what docs/deployment.md says to install, and it is kept working: the systemd units
pass `systemd-analyze verify`, their commands are real `cetrack` commands, nginx accepts the
site's upstream and location (as bench/deployment.py runs them), and every variable of the
environment file is documented."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
UNITS = ["cetrack-migrate.service", "cetrack-web@.service", "cetrack-worker@.service"]


def _exec_start(unit: str) -> list[str]:
    line = next(x for x in (DEPLOY / unit).read_text().splitlines() if x.startswith("ExecStart="))
    return shlex.split(line.partition("=")[2].replace("%i", "8001"))


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_the_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    venv = str(Path(sys.executable).parent) + "/"
    for path in DEPLOY.glob("cetrack*"):
        if path.suffix in (".service", ".target"):
            text = path.read_text().replace("/opt/cetrack/venv/bin/", venv)
            (tmp_path / path.name).write_text(text)
    names = ["cetrack-migrate.service", "cetrack-web@8001.service", "cetrack-worker@1.service"]
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *names, "cetrack.target"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    problems = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        # the units name the Debian packages' own units, not installed here
        if line.strip() and not re.search(r"(postgresql|redis-server)\.service", line)
    ]
    assert problems == []


@pytest.mark.parametrize("unit", ["cetrack-web@.service", "cetrack-worker@.service"])
def test_the_units_run_real_cetrack_commands(unit: str) -> None:
    command = _exec_start(unit)
    assert command[0] == "/opt/cetrack/venv/bin/cetrack"
    done = subprocess.run(
        [sys.executable, "-m", "cetrack.cli", *command[1:], "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(shutil.which("nginx") is None, reason="no nginx")
def test_nginx_accepts_the_site(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import deployment

    config = deployment.nginx_config(tmp_path, 18080)
    done = subprocess.run(
        ["nginx", "-t", "-c", str(config)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_every_variable_of_the_environment_file_is_documented() -> None:
    documented = (ROOT / "docs" / "operations.md").read_text()
    names = [
        line.partition("=")[0].lstrip("# ").strip()
        for line in (DEPLOY / "cetrack.env").read_text().splitlines()
        if re.match(r"^#? ?[A-Z_]+=", line)
    ]
    assert len(names) > 15
    assert [n for n in names if f"`{n}`" not in documented] == []
