"""Models survive millions of Qt calls that get no value back (PySide6 drops None refs)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QIdentityProxyModel, Qt
from pytestqt.qtbot import QtBot

from qualifier_app.ui.reports_area import ReportTableModel


def test_header_and_data_without_a_value_keep_none_alive(qtbot: QtBot) -> None:
    model = ReportTableModel()
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for _ in range(5_000):
        proxy.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
    # Without the compensation this count falls by one per call, until Python aborts.
    assert sys.getrefcount(None) - before > -100
