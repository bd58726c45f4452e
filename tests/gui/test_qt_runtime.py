"""The Qt binding itself must not leak references: PySide6 6.12.0 dropped one reference to
True on every Signal.emit() from Python, which kills a long-running workstation
(bool_dealloc) after a few thousand signals. Fails at once on such a build.

The counts of True, False and None are shared by the whole process, so a thread left over
from an earlier test in the same worker moves them a little while this test runs; a binding
that leaks moves them by at least one per signal. Hence many signals, and a bound well
below their number."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

_SIGNALS = 20_000


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emitting_signals_keeps_reference_counts(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.carrying.connect(received.append)
    gc.disable()
    try:
        before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
        for _ in range(_SIGNALS):
            emitter.plain.emit()
            emitter.carrying.emit(None)
        assert len(received) == _SIGNALS
        received.clear()
        after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    finally:
        gc.enable()
    drift = [abs(a - b) for a, b in zip(after, before, strict=True)]
    assert max(drift) < _SIGNALS // 10, (before, after)
