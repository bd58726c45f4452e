"""Ctrl-C while the command line still loads is one line and exit code 130, not a traceback."""

from __future__ import annotations

import builtins
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from qualifier_app.cli import entry

ROOT = Path(__file__).resolve().parents[2]


def test_ctrl_c_while_loading_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "qualifier_app.cli.main", raising=False)
    real_import = builtins.__import__

    def interrupted(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "qualifier_app.cli.main":
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", interrupted)
    assert entry.run() == 130
    assert capsys.readouterr().err == "qualifier: error: interrupted\n"


def test_every_way_in_starts_at_the_entry() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts["qualifier"] == "qualifier_app.cli.entry:run"
    for path in (ROOT / "qualifier_app" / "__main__.py", ROOT / "packaging" / "qualifier_cli.py"):
        assert "from qualifier_app.cli.entry import run" in path.read_text("utf-8")
