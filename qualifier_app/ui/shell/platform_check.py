"""Say which system libraries Qt's X11 plugin lacks, instead of Qt's cryptic abort."""

from __future__ import annotations

import ctypes.util
import os
import sys

# library name for find_library → Debian/Ubuntu package that ships it
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-randr": "libxcb-randr0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def missing_system_libraries() -> list[str]:
    """Debian package names of libraries the xcb platform plugin needs but cannot find."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return []
    return [
        package
        for library, package in XCB_LIBRARIES.items()
        if ctypes.util.find_library(library) is None
    ]


def display_problem() -> str | None:
    if not sys.platform.startswith("linux"):
        return None
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "no graphical display (DISPLAY and WAYLAND_DISPLAY are unset); run it on a "
        "desktop, or set QT_QPA_PLATFORM=offscreen for a headless test"
    )
