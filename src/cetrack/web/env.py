"""Typed readers for settings that come from the environment (one place, one style)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def env_text(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    try:
        return int(value) if value.strip() else default
    except ValueError:
        raise SystemExit(f"cetrack: setting {name} must be a whole number, got {value!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def data_folder() -> Path:
    """$CETRACK_DATA, or the platform's user data folder (~/.local/share/cetrack on Linux)."""
    configured = os.environ.get("CETRACK_DATA")
    folder = Path(configured) if configured else Path(platformdirs.user_data_dir("cetrack"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
