"""The translation catalogues' own script (`scripts/translations.py`), for the tests that
build the .qm files or read the .ts files."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402

__all__ = ["translations"]
