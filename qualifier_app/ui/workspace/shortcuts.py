"""The Workspace's keyboard: a rep works a whole call without the mouse.

The keys come from the main window's one table (`ui/shell/keys.py`); the actions are
window-wide, so they work with the focus anywhere in the window, the tab bar included.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtGui import QAction

from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.ui.shell.keys import make_action
from qualifier_app.ui.workspace.view import WorkspaceView

NO_CONTACT = (
    Disposition.NO_ANSWER,
    Disposition.BUSY,
    Disposition.VOICEMAIL,
    Disposition.WRONG_NUMBER,
    Disposition.BAD_NUMBER,
)
OUTCOMES = (
    OutcomeKind.SALES_READY,
    OutcomeKind.CALLBACK,
    OutcomeKind.NURTURE,
    OutcomeKind.DISQUALIFY,
    OutcomeKind.DO_NOT_CALL,
)


def _action(view: WorkspaceView, name: str, slot: Callable[[], None]) -> QAction:
    action = make_action(view, name)
    action.triggered.connect(slot)
    view.addAction(action)
    return action


def add_shortcuts(
    view: WorkspaceView,
    *,
    next_lead: Callable[[], None],
    submit: Callable[[], None],
    restart_timer: Callable[[], None],
    undo_outcome: Callable[[], None],
    choose: Callable[[OutcomeKind], None],
) -> dict[str, QAction]:
    """The Workspace's actions by name, each added to the view with the table's keys."""
    actions = {
        "next": _action(view, "next", next_lead),
        "submit": _action(view, "submit", submit),
        "undo_outcome": _action(view, "undo_outcome", undo_outcome),
        "next_screen": _action(view, "next_screen", view.script.next_screen),
        "previous_screen": _action(view, "previous_screen", view.script.previous_screen),
        "timer": _action(view, "timer", restart_timer),
        "phone": _action(view, "phone", view.card.phone.edit.setFocus),
        "email": _action(view, "email", view.card.email.edit.setFocus),
        "email_meant": _action(view, "email_meant", view.card.email.take_likely_meant),
    }
    for disposition in NO_CONTACT:
        actions[disposition.value] = _action(
            view,
            disposition.value,
            partial(view.outcome.choose, OutcomeKind.NO_CONTACT, disposition),
        )
    for kind in OUTCOMES:
        actions[kind.value] = _action(view, kind.value, partial(choose, kind))
    return actions
