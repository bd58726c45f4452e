"""The offer to undo the outcome just saved: a button and a key for as long as the service
would allow it. The service decides by the database's clock; the timer here only takes the
button away when the offer has surely run out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from qualifier_app.services.workspace.dto import OutcomeReceipt
from qualifier_app.ui.shell import i18n
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
        # The button names the lead only: the saved message is the status line's, and a long
        # one in a button widened the window past the screen.
        self.button.setText(
            QCoreApplication.translate("UndoOffer", "Undo lead {lead_id}  ({key})").format(
                lead_id=receipt.lead_id, key=key
            )
        )
        self.button.setToolTip(i18n.translated(receipt.message))
        self.button.show()
        self._timer.start()

    def withdraw(self) -> None:
        self.last = None
        self._timer.stop()
        self.button.hide()
