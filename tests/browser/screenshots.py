"""Screenshots for the docs: `cetrack serve --demo` on a throwaway data folder, logged in as the
demo user, pictured by Debian's chromium through Playwright.

    .venv/bin/python tests/browser/screenshots.py [--out docs/screenshots]

Writes, 1280 wide: landing.png (the front door), welcome.png (first run: credentials by name),
dashboard.png, credential.png, activities.png, catalogue.png (a gap's "Find CE"),
capture-review.png (a certificate beside its pre-filled draft) and plan.png; 390 wide:
landing-phone.png, dashboard-phone.png and menu-phone.png (the navigation opened). It also
refreshes the landing page's own pictures (src/cetrack/static/landing/). CHROMIUM_PATH
overrides /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
START_TIMEOUT = 120.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class DemoServer:
    """`cetrack serve --demo` in a child process; the demo login is read from what it prints."""

    def __init__(self, data: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.output: list[str] = []
        self._ready = threading.Event()
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
        }
        env["CETRACK_DATA"] = str(data)
        cetrack = Path(sys.executable).with_name("cetrack")
        self.process = subprocess.Popen(
            [str(cetrack), "serve", "--demo", "--port", str(self.port)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.output.append(line)
            if "serving on" in line:
                self._ready.set()
        self._ready.set()  # the process ended: stop waiting

    def wait(self) -> tuple[str, str]:
        """Wait until the server answers; return the demo (e-mail, password) it printed."""
        printed = ""
        if self._ready.wait(START_TIMEOUT) and self.process.poll() is None:
            printed = "".join(self.output)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    urllib.request.urlopen(f"{self.url}/health/", timeout=2).read()
                    break
                except OSError:
                    time.sleep(0.1)
            login = re.search(r"log in as\s+(\S+)\s+with password\s+(\S+)", printed)
            if login:
                return login.group(1), login.group(2)
        raise SystemExit(f"cetrack serve --demo did not start:\n{''.join(self.output)}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _log_in(context: Any, base: str, email: str, password: str) -> Any:
    page = context.new_page()
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(f"{base}/")
    page.reload()  # without the "Successfully signed in" message
    return page


def _capture_review(page: Any, base: str, out: Path) -> None:
    """Uploads a scanned-looking certificate and opens its review screen."""
    sys.path.insert(0, str(ROOT))
    from tests.capture.samples import certificate_pdf

    with tempfile.TemporaryDirectory() as folder:
        certificate = Path(folder) / "antibody-workshop.pdf"
        certificate.write_bytes(certificate_pdf(name="Katherine Doe", when="03/02/2025"))
        page.goto(f"{base}/capture/")
        page.get_by_label(re.compile("^Files")).set_input_files(str(certificate))
        page.get_by_role("button", name="Read files").click()
        page.get_by_role("link", name=re.compile(r"^Review")).click(timeout=60_000)
        page.wait_for_url(re.compile(r"/capture/drafts/\d+/$"))


LANDING = ROOT / "src" / "cetrack" / "static" / "landing"


def _landing_pictures(out: Path) -> None:
    """The landing page shows the docs' screenshots, cut down (a few hundred kB in all)."""
    from PIL import Image

    LANDING.mkdir(parents=True, exist_ok=True)
    for name, width, height in [
        ("dashboard", 960, 720),
        ("credential", 960, 720),
        ("dashboard-phone", 390, 844),
    ]:
        with Image.open(out / f"{name}.png") as shot:
            scaled = shot.convert("RGB").resize(
                (width, round(shot.height * width / shot.width)), Image.Resampling.LANCZOS
            )
            scaled.crop((0, 0, width, min(height, scaled.height))).save(
                LANDING / f"{name}.png", optimize=True
            )


def take(base: str, email: str, password: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(page: Any, name: str) -> None:
        path = out / name
        page.screenshot(path=str(path), full_page=True)
        written.append(path)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
        )
        try:
            visitor = browser.new_context(viewport=DESKTOP)
            page = visitor.new_page()
            page.goto(f"{base}/")
            shoot(page, "landing.png")
            visitor.close()
            desktop = browser.new_context(viewport=DESKTOP)
            page = _log_in(desktop, base, email, password)
            shoot(page, "dashboard.png")
            page.goto(f"{base}/credentials/add/?welcome=1&q=Florida")
            shoot(page, "welcome.png")
            page.goto(f"{base}/")
            page.get_by_role("link", name=re.compile("^Find CE for")).first.click()
            page.wait_for_url(re.compile(r"/catalogue/"))
            shoot(page, "catalogue.png")
            page.goto(f"{base}/")
            page.locator(".card h2 a").first.click()
            page.wait_for_url(re.compile(r"/credentials/\d+/$"))
            shoot(page, "credential.png")
            page.goto(f"{base}/activities/")
            shoot(page, "activities.png")
            _capture_review(page, base, out)
            shoot(page, "capture-review.png")
            page.goto(f"{base}/plan/")
            page.get_by_role("button", name=re.compile("Make a plan")).click()
            page.wait_for_load_state()
            shoot(page, "plan.png")
            desktop.close()

            phone = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
            page = phone.new_page()
            page.goto(f"{base}/")
            shoot(page, "landing-phone.png")
            page.close()
            page = _log_in(phone, base, email, password)
            shoot(page, "dashboard-phone.png")
            page.get_by_role("button", name="Menu").click()
            page.screenshot(path=str(out / "menu-phone.png"))  # the first screen, menu open
            written.append(out / "menu-phone.png")
            page.get_by_role("button", name="Menu").click()
            overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 0:
                print(f"warning: the phone dashboard scrolls sideways by {overflow}px")
            phone.close()
        finally:
            browser.close()
    _landing_pictures(out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"no chromium at {CHROMIUM} (set CHROMIUM_PATH)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="cetrack-screens-") as data:
        server = DemoServer(Path(data))
        try:
            email, password = server.wait()
            for path in take(server.url, email, password, args.out):
                print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
