"""The teams, campaigns and partners a report can be narrowed to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain.errors import NotFound
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Campaign, Partner, Team
from qualifier_app.services.center_days import center_today
from qualifier_app.services.reports.dto import ReportChoices


def filter_ids(
    session: Session, *, team: str | None = None, campaign: str | None = None
) -> dict[str, int]:
    """Team and campaign ids for the names a person typed."""
    found: dict[str, int] = {}
    if team:
        team_id = session.execute(select(Team.id).where(Team.name == team)).scalar_one_or_none()
        if team_id is None:
            raise NotFound(message("there is no team {team!r}", team=team))
        found["team"] = team_id
    if campaign:
        campaign_id = session.execute(
            select(Campaign.id).where(Campaign.name == campaign)
        ).scalar_one_or_none()
        if campaign_id is None:
            raise NotFound(message("there is no campaign {campaign!r}", campaign=campaign))
        found["campaign"] = campaign_id
    return found


def choices(session: Session, now: datetime) -> ReportChoices:
    """Teams, campaigns and partners for the GUI's filter controls; the center's date at
    `now` (the database's clock)."""
    return ReportChoices(
        teams=tuple(
            (i, n) for i, n in session.execute(select(Team.id, Team.name).order_by(Team.name))
        ),
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
