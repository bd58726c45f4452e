"""The Workspace's keyboard: a rep works a whole call without the mouse."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.ui.workspace.view import WorkspaceView

NO_CONTACT_KEYS = (
    ("F5", Disposition.NO_ANSWER),
    ("F6", Disposition.BUSY),
    ("F7", Disposition.VOICEMAIL),
    ("F8", Disposition.WRONG_NUMBER),
    ("F9", Disposition.BAD_NUMBER),
)
OUTCOME_KEYS = (
    ("Ctrl+R", OutcomeKind.SALES_READY),
    ("Ctrl+B", OutcomeKind.CALLBACK),
    ("Ctrl+U", OutcomeKind.NURTURE),
    ("Ctrl+D", OutcomeKind.DISQUALIFY),
    ("Ctrl+Shift+D", OutcomeKind.DO_NOT_CALL),
)


def _action(
    view: WorkspaceView, text: str, keys: Sequence[str], slot: Callable[[], None]
) -> QAction:
    action = QAction(text, view)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    view.addAction(action)
    return action


def add_shortcuts(
    view: WorkspaceView,
    *,
    next_lead: Callable[[], None],
    submit: Callable[[], None],
    restart_timer: Callable[[], None],
) -> dict[str, QAction]:
    """The Workspace's actions by name, each added to the view with its keys."""
    actions = {
        "next": _action(view, "Next lead", ["Ctrl+N"], next_lead),
        "submit": _action(view, "Save outcome", ["Ctrl+Return", "Ctrl+Enter"], submit),
        "next_screen": _action(
            view, "Next script screen", ["Alt+Right", "PgDown"], view.script.next_screen
        ),
        "previous_screen": _action(
            view, "Previous script screen", ["Alt+Left", "PgUp"], view.script.previous_screen
        ),
        "timer": _action(view, "Restart call timer", ["Ctrl+T"], restart_timer),
        "phone": _action(view, "Go to the phone number", ["Ctrl+P"], view.card.phone.edit.setFocus),
        "email": _action(view, "Go to the e-mail", ["Ctrl+E"], view.card.email.edit.setFocus),
    }
    for key, disposition in NO_CONTACT_KEYS:
        actions[disposition.value] = _action(
            view,
            f"No contact: {disposition.label.lower()}",
            [key],
            partial(view.outcome.choose, OutcomeKind.NO_CONTACT, disposition),
        )
    for keys, kind in OUTCOME_KEYS:
        actions[kind.value] = _action(
            view, f"Outcome: {kind.label}", [keys], partial(view.outcome.choose, kind)
        )
    return actions
