"""Where shipped data lives: next to the package in a source tree, inside it when installed."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(installed: str, source: str) -> Path:
    inside = _PACKAGE / installed
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / source


def resources_dir() -> Path:
    return _find("_resources", "resources")


def migrations_dir() -> Path:
    return _find("_migrations", "migrations")
