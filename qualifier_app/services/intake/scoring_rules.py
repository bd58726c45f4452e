"""Loading the scoring rules shipped in resources/scoring."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from qualifier_app.paths import resources_dir


@lru_cache(maxsize=4)
def load_rules(name: str = "default") -> dict[str, Any]:
    path = resources_dir() / "scoring" / f"{name}.json"
    rules: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return rules
