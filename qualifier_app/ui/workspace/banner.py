"""A message across the top of the workspace, with the actions that resolve it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName("banner")
        self.label.setAccessibleName(self.tr("Notice"))
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.topic = ""
        self.hide()

    def show_message(
        self,
        text: str,
        *,
        error: bool = False,
        topic: str = "",
        actions: Sequence[tuple[str, Callable[[], None]]] = (),
    ) -> None:
        """Show `text`; `topic` lets the owner clear only its own kind of message."""
        self.topic = topic
        self.label.setText(text)
        name = "bannerError" if error else "banner"
        if self.label.objectName() != name:
            self.label.setObjectName(name)
            self.label.style().unpolish(self.label)
            self.label.style().polish(self.label)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for caption, callback in actions:
            button = QPushButton(caption)
            button.setAccessibleName(caption.replace("&", ""))
            button.clicked.connect(callback)
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.show()
        self.shown.emit(text)

    def clear(self, topic: str | None = None) -> None:
        if topic is not None and topic != self.topic:
            return
        self.topic = ""
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
