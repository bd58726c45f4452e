"""The outcome panel during a check call: the script's answers are the outcome.

A check call's script has no BANT grade; when it is complete, "Answered" (the sales-ready
button, relabelled) saves the customer's answers, and nurture or disqualify do not apply.
No answer, callback and do-not-call work as for any lead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QRadioButton

from qualifier_app.domain import bant
from qualifier_app.domain.lifecycle import LeadStatus
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.ui.shell import i18n

if TYPE_CHECKING:
    from qualifier_app.ui.workspace.session import LeadSession

ANSWERED = OutcomeKind.SALES_READY
NOT_FOR_CHECK_CALLS = (OutcomeKind.NURTURE, OutcomeKind.DISQUALIFY)


def is_check_call(session: LeadSession | None) -> bool:
    return session is not None and session.item.lead.status == LeadStatus.CHECK_CALL.value


def show(buttons: dict[OutcomeKind, QRadioButton], session: LeadSession | None) -> None:
    """Relabel the outcome buttons for a check call, or put them back for any other lead."""
    check = is_check_call(session)
    buttons[ANSWERED].setText(
        QCoreApplication.translate("CheckCallMode", "Answered")
        if check
        else i18n.translated(ANSWERED.label)
    )
    for kind in NOT_FOR_CHECK_CALLS:
        buttons[kind].setVisible(not check)


def describe(
    recommendation: QLabel, session: LeadSession | None, assessment: bant.Assessment | None
) -> None:
    """The recommendation line during a check call: no grade, only whether it is done."""
    if not is_check_call(session):
        return
    if assessment is not None and assessment.complete:
        recommendation.setText(
            QCoreApplication.translate(
                "CheckCallMode",
                "Check call: the customer's answers are complete; Ctrl+Enter saves them",
            )
        )
    else:
        recommendation.setText(
            QCoreApplication.translate(
                "CheckCallMode", "Check call: ask the script's questions, or log a no-contact call"
            )
        )


def progress(assessment: bant.Assessment | None) -> str:
    """Under the script: how far the check call's questions are (there is no grade)."""
    if assessment is not None and assessment.complete:
        return QCoreApplication.translate("CheckCallMode", "All answers in: Ctrl+Enter saves them")
    missing = len(assessment.missing) if assessment is not None else 0
    if missing:
        return QCoreApplication.translate(
            "CheckCallMode", "Check call: {count} required answers to go"
        ).format(count=missing)
    return QCoreApplication.translate(
        "CheckCallMode", "Check call: the customer's answers are the outcome"
    )
