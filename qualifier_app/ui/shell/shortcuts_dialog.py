"""F1: the keyboard shortcuts of the window, one a row, in a list that scrolls.

A message box holding them as a table grew with every key: a team lead's 32 rows asked for
772 px (804 in German), more than a 1280×720 screen has, and its OK button went below the
screen's edge.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# What a 1280×720 screen leaves a dialog: its title bar and the desktop's panel take ~50 px.
ROOM = (1240, 640)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget, title: str, rows: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(title)
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        for row, (keys, deed) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(deed))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # As large as the rows ask, never more than the screen: the list scrolls.
        frame = 2 * self.table.frameWidth()
        wide = frame + header.length() + self.table.verticalScrollBar().sizeHint().width()
        tall = frame + self.table.verticalHeader().length()
        margins = layout.contentsMargins()
        extra_w = margins.left() + margins.right()
        extra_h = margins.top() + margins.bottom() + layout.spacing() + buttons.sizeHint().height()
        self.resize(min(wide + extra_w, ROOM[0]), min(tall + extra_h, ROOM[1]))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1)) for row in range(self.table.rowCount())]
