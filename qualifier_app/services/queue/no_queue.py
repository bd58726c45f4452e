"""A person who works no queue: what they are told when a claim finds nothing, with the fix
that is theirs to ask for."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import NothingEligible
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import QueueMember, TeamLead, User


def no_queue_refusal(session: Session, rep_id: int) -> NothingEligible | None:
    """None for a person who works a queue. A team lead is in their team without working
    its queues until ticked under Worked by (a rep added to a team works all of them)."""
    works = session.execute(
        select(QueueMember.queue_id).where(QueueMember.user_id == rep_id).limit(1)
    ).first()
    if works is not None:
        return None
    # Named columns: a person may not read every column of `users` (its password hashes).
    in_a_team = session.execute(
        select(
            or_(
                select(User.id).where(User.id == rep_id, User.team_id.is_not(None)).exists(),
                select(TeamLead.user_id).where(TeamLead.user_id == rep_id).exists(),
            )
        )
    ).scalar()
    if in_a_team:
        return NothingEligible(
            message(
                "no lead is eligible now: you work none of your team's queues yet; an "
                "administrator or a team lead adds you to one (Worked by, in Teams and queues; "
                "qualifier queue members QUEUE --add LOGIN)"
            )
        )
    return NothingEligible(
        message(
            "no lead is eligible now: you work no queue yet; an administrator adds "
            "you to a team, whose queues you then work"
        )
    )
