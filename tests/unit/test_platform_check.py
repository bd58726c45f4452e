"""`qualifier gui` names the missing system packages instead of letting Qt abort."""

from __future__ import annotations

import ctypes.util

import pytest

from qualifier_app.ui import launcher
from qualifier_app.ui.shell import platform_check


def test_missing_libraries_are_named_as_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(
        ctypes.util, "find_library", lambda name: None if name.startswith("xcb-") else name
    )
    missing = platform_check.missing_system_libraries()
    assert "libxcb-cursor0" in missing
    assert "libxcb-icccm4" in missing
    assert "libegl1" not in missing


def test_offscreen_needs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert platform_check.missing_system_libraries() == []
    assert platform_check.display_problem() is None


def test_launcher_refuses_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr(
        ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else name
    )
    assert launcher.run(None) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "apt-get install libxcb-cursor0" in err


def test_no_display_is_explained(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert launcher.run(None) == 2
    assert "no graphical display" in capsys.readouterr().err
