"""The Qt binding itself must not leak references: PySide6 6.12.0 dropped one reference to
True on every Signal.emit() from Python, which kills a long-running workstation
(bool_dealloc) after a few thousand signals. Fails at once on such a build."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emitting_signals_keeps_reference_counts(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.carrying.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(50):
        emitter.plain.emit()
        emitter.carrying.emit(None)
    assert len(received) == 50
    received.clear()
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert after[:2] == before[:2]
    assert abs(after[2] - before[2]) < 5
