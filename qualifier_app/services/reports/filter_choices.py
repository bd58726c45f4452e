"""The teams, campaigns and partners a report can be narrowed to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import InvalidInput, NotFound
from qualifier_app.domain.roles import Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Campaign, Partner, Team
from qualifier_app.services.accounts.team_scope import scope_of
from qualifier_app.services.center_days import center_today
from qualifier_app.services.reports.dto import ReportChoices


def filter_ids(
    session: Session, actor: Actor, *, team: str | None = None, campaign: str | None = None
) -> dict[str, int]:
    """Team and campaign ids for the names a person typed; a team lead names their teams."""
    found: dict[str, int] = {}
    if team:
        team_id = session.execute(select(Team.id).where(Team.name == team)).scalar_one_or_none()
        if team_id is None:
            raise NotFound(message("there is no team {team!r}", team=team))
        teams = _teams(session, actor)
        if team_id not in dict(teams):
            # Its report would read as a team that did nothing.
            raise InvalidInput(
                message(
                    "your reports are those of your teams ({teams}), not of {team!r}",
                    teams=", ".join(name for _, name in teams),
                    team=team,
                ),
                "team",
            )
        found["team"] = team_id
    if campaign:
        campaign_id = session.execute(
            select(Campaign.id).where(Campaign.name == campaign)
        ).scalar_one_or_none()
        if campaign_id is None:
            raise NotFound(message("there is no campaign {campaign!r}", campaign=campaign))
        found["campaign"] = campaign_id
    return found


def _teams(session: Session, actor: Actor) -> tuple[tuple[int, str], ...]:
    """The teams whose reports the person reads: a team lead's own, everyone else's all."""
    query = select(Team.id, Team.name).order_by(Team.name)
    scope = scope_of(session, actor)
    if not scope.everything:
        query = query.where(Team.id.in_(sorted(scope.team_ids)))
    return tuple((i, n) for i, n in session.execute(query))


def choices(session: Session, actor: Actor, now: datetime) -> ReportChoices:
    """Teams, campaigns and partners for the GUI's filter controls; the center's date at
    `now` (the database's clock)."""
    return ReportChoices(
        teams=_teams(session, actor),
        campaigns=tuple(
            (i, n)
            for i, n in session.execute(select(Campaign.id, Campaign.name).order_by(Campaign.name))
        ),
        partners=tuple(
            (i, n)
            for i, n in session.execute(select(Partner.id, Partner.name).order_by(Partner.name))
        ),
        today=center_today(session, now),
    )
