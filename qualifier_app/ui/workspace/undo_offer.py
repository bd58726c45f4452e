"""The offer to undo the outcome just saved: a button and a key for as long as the service
would allow it. The service decides by the database's clock; the timer here only takes the
button away when the offer has surely run out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from qualifier_app.services.workspace.dto import OutcomeReceipt
from qualifier_app.ui.shell.keys import shortcut

UNDO_SECONDS = 30


@dataclass(frozen=True)
class SavedOutcome:
    receipt: OutcomeReceipt
    draft: dict[str, Any]  # the typed work as it was saved, to give back on undo


class UndoOffer:
    def __init__(self, parent: QWidget, button: QPushButton, seconds: int = UNDO_SECONDS) -> None:
        self.button = button
        self.last: SavedOutcome | None = None
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.setInterval(seconds * 1000)
        self._timer.timeout.connect(self.withdraw)
        button.hide()

    def offer(self, receipt: OutcomeReceipt, draft: dict[str, Any]) -> None:
        self.last = SavedOutcome(receipt, draft)
        key = shortcut("undo_outcome").keys[0]
        self.button.setText(
            QCoreApplication.translate(
                "UndoOffer", "Undo lead {lead_id}: {message}  ({key})"
            ).format(lead_id=receipt.lead_id, message=receipt.message, key=key)
        )
        self.button.show()
        self._timer.start()

    def withdraw(self) -> None:
        self.last = None
        self._timer.stop()
        self.button.hide()
