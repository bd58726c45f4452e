"""The center's days: every report, board, export and publication counts a day as the
center's own, midnight to midnight in the time zone the center row holds (UTC before the
center is set up).

The database dates calls for the activity rollup by the zone's offsets from UTC, which
`write_offsets` keeps with the zone: write them before the zone itself, in the same
transaction; setting the zone then rebuilds the rollup (triggers on `center`, migration
0044)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from qualifier_app.domain.currency import DEFAULT_CURRENCY
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.reporting import Period, utc_offsets
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Center, CenterUtcOffset

UTC_ZONE = ZoneInfo("UTC")


def center_zone(session: Session) -> ZoneInfo:
    name = session.execute(select(Center.time_zone).order_by(Center.id).limit(1)).scalar()
    return ZoneInfo(name) if name else UTC_ZONE


def center_currency(session: Session) -> str:
    """What the center counts every amount in (US dollars before it is set up)."""
    code = session.execute(select(Center.currency).order_by(Center.id).limit(1)).scalar()
    return code or DEFAULT_CURRENCY


def center_today(session: Session, now: datetime) -> date:
    """The center's date at `now` (the database's clock)."""
    return now.astimezone(center_zone(session)).date()


def center_period(session: Session, period: Period, now: datetime) -> Period:
    """The period in the center's days; one that starts after the center's today and runs
    "to today" is refused, as a start after its end is (it read "9999-12-31 to today")."""
    zone = center_zone(session)
    today = now.astimezone(zone).date()
    if period.start is not None and period.end is None and period.start > today:
        raise InvalidInput(
            message(
                "the period starts ({start}) after today ({today})",
                start=period.start,
                today=today,
            ),
            "from",
        )
    return period.in_zone(zone)


def write_offsets(session: Session, zone_name: str) -> None:
    session.execute(delete(CenterUtcOffset))
    session.execute(
        insert(CenterUtcOffset),
        [{"starts_at": at, "minutes": minutes} for at, minutes in utc_offsets(zone_name)],
    )
