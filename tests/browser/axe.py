"""axe-core inside the browser tests: the vendored axe.min.js (tests/browser/vendor/axe-core,
MPL-2.0) is evaluated in the page under test through Playwright, which the page's
Content-Security-Policy does not block, and the page's violations are returned in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
AXE_VERSION = "4.14.1"
SERIOUS = ("serious", "critical")

RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ")),
  }));
}"""


def violations(page: Any, impacts: tuple[str, ...] = SERIOUS) -> list[str]:
    """The page's axe violations of these impacts, one line each ('' list when clean)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
        version = page.evaluate("() => window.axe.version")
        assert version == AXE_VERSION, f"vendored axe-core is {version}, expected {AXE_VERSION}"
    found = page.evaluate(RUN)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {', '.join(v['nodes'])}"
        for v in found
        if v["impact"] in impacts
    ]
