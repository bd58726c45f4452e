"""Editing the calling rules every workstation reads from the database (services/queue/
calling_rules.py): the default rule (place ""), the rules of countries ("US") and regions
("US-FL") with their window, days of the week and per-number caps, and the holidays that
block calling in a place. Administrators change them, supervisors read them; every change
is audited. The retry delays and attempt cap are services/admin/retry_rules.py's.
A workstation re-reads the rules within a minute of a change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import delete, func, select

from qualifier_app.domain.calling_rules import ALL_DAYS, SHORT_DAY_NAMES
from qualifier_app.domain.calling_window import MIN_WINDOW_MINUTES
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.errors import Gathered, InvalidInput, NotFound
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import listed, message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import CallingHoliday, CallingRule
from qualifier_app.services.frame import Frame

PLACE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
RULE_HEADERS = (
    message("Place"),
    message("Window"),
    message("Days"),
    message("Calls a day"),
    message("Calls a week"),
    message("Holidays"),
    message("Source"),
)


@dataclass(frozen=True)
class RuleDraft:
    """One place's rule as typed in the editor; checked by `checked_rule`."""

    place: str
    start: str  # "HH:MM"
    end: str
    weekdays: str = ALL_DAYS
    calls_per_day: int | None = None
    calls_per_week: int | None = None
    source: str = ""


@dataclass(frozen=True)
class RuleView:
    place: str
    start: str
    end: str
    weekdays: str
    calls_per_day: int | None
    calls_per_week: int | None
    source: str
    holidays: int

    @property
    def label(self) -> str:
        return self.place or message("Default (everywhere else)")

    def cells(self) -> tuple[str, ...]:
        days = listed(SHORT_DAY_NAMES[int(d) - 1] for d in self.weekdays)
        no_cap = message("no cap")
        return (
            self.label,
            f"{self.start}-{self.end}",
            message("every day") if self.weekdays == ALL_DAYS else days,
            str(self.calls_per_day) if self.calls_per_day else no_cap,
            str(self.calls_per_week) if self.calls_per_week else no_cap,
            str(self.holidays),
            self.source,
        )


@dataclass(frozen=True)
class HolidayView:
    place: str
    on: date
    name: str


def _clock_time(text: str, field: str) -> int:
    try:
        parsed = time.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            message("{value} is not a time of day (HH:MM)", value=text.strip() or "nothing"), field
        ) from None
    return parsed.hour * 60 + parsed.minute


def _place(text: str) -> str:
    place = text.strip().upper()
    if place and not PLACE.match(place):
        raise InvalidInput(
            message(
                "{strip!r} is not a place: a country code (US) or country-region (US-FL)",
                strip=text.strip(),
            ),
            "place",
        )
    return place


def checked_rule(draft: RuleDraft) -> dict[str, Any]:
    """The draft as column values, or InvalidInput naming each field at fault."""
    gathered = Gathered()
    place = gathered.check(lambda: _place(draft.place))
    start = gathered.check(lambda: _clock_time(draft.start, "start"))
    end = gathered.check(lambda: _clock_time(draft.end, "end"))
    if start is not None and end is not None:
        gathered.check(lambda: _check_window(start, end, draft.start))
    weekdays = "".join(d for d in ALL_DAYS if d in draft.weekdays)
    if not weekdays or any(ch not in ALL_DAYS for ch in draft.weekdays):
        gathered.add(
            InvalidInput(message("choose at least one day of the week for calls"), "weekdays")
        )
    gathered.check(lambda: _check_caps(draft.calls_per_day, draft.calls_per_week))
    gathered.done()
    return {
        "place": place,
        "window_start": start,
        "window_end": end,
        "weekdays": weekdays,
        "calls_per_day": draft.calls_per_day,
        "calls_per_week": draft.calls_per_week,
        "source": draft.source.strip()[:500],
    }


def _check_window(start: int, end: int, typed_start: str) -> None:
    if end <= start:
        raise InvalidInput(
            message("the window must end after it starts ({strip})", strip=typed_start.strip()),
            "end",
        )
    if end - start < MIN_WINDOW_MINUTES:
        raise InvalidInput(message("the window must be at least an hour long"), "end")


def _check_caps(per_day: int | None, per_week: int | None) -> None:
    """Each cap at least 1 when there is one; the weekly one not below the daily one."""
    gathered = Gathered()
    for field, cap in (("calls_per_day", per_day), ("calls_per_week", per_week)):
        if cap is not None and cap < 1:
            gathered.add(
                InvalidInput(
                    message("a cap must be at least 1 call (leave it empty for no cap)"), field
                )
            )
    gathered.done()
    if per_day and per_week and per_week < per_day:
        raise InvalidInput(
            message("the weekly cap cannot be below the daily cap"), "calls_per_week"
        )


def _minutes(value: int) -> str:
    return f"{value // 60:02d}:{value % 60:02d}"


def _as_dict(row: CallingRule) -> dict[str, Any]:
    return {
        "window": f"{_minutes(row.window_start)}-{_minutes(row.window_end)}",
        "weekdays": row.weekdays,
        "calls_per_day": row.calls_per_day,
        "calls_per_week": row.calls_per_week,
        "source": row.source,
    }


class CallingRulesService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def rules(self, actor: Actor) -> tuple[RuleView, ...]:
        """Every stored rule, the default first, then by place."""
        with self._frame.read(actor, Action.VIEW_CALLING_RULES) as reading:
            counts = dict(
                reading.session.execute(
                    select(CallingHoliday.place, func.count()).group_by(CallingHoliday.place)
                ).all()
            )
            rows = reading.session.scalars(select(CallingRule).order_by(CallingRule.place))
            return tuple(
                RuleView(
                    row.place,
                    _minutes(row.window_start),
                    _minutes(row.window_end),
                    row.weekdays,
                    row.calls_per_day,
                    row.calls_per_week,
                    row.source,
                    int(counts.get(row.place, 0)),
                )
                for row in rows
            )

    def holidays(self, actor: Actor, place: str) -> tuple[HolidayView, ...]:
        with self._frame.read(actor, Action.VIEW_CALLING_RULES) as reading:
            rows = reading.session.scalars(
                select(CallingHoliday)
                .where(CallingHoliday.place == place.strip().upper())
                .order_by(CallingHoliday.on)
            )
            return tuple(HolidayView(row.place, row.on, row.name) for row in rows)

    def save_rule(self, actor: Actor, draft: RuleDraft, reason: str = "") -> RuleView:
        """Add a place's rule or change it; the window, days and caps checked first."""
        values = checked_rule(draft)
        with self._frame.change(actor, Action.MANAGE_CALLING_RULES) as change:
            session = change.session
            row = session.get(CallingRule, values["place"])
            before = _as_dict(row) if row is not None else None
            if row is None:
                row = CallingRule(**values)
                session.add(row)
            else:
                for key, value in values.items():
                    setattr(row, key, value)
            session.flush()
            change.audit(
                "calling_rule.saved",
                "calling_rule",
                row.place or "default",
                before=before,
                after=_as_dict(row),
                reason=reason.strip(),
            )
            held = session.scalar(
                select(func.count())
                .select_from(CallingHoliday)
                .where(CallingHoliday.place == row.place)
            )
            return RuleView(
                row.place,
                _minutes(row.window_start),
                _minutes(row.window_end),
                row.weekdays,
                row.calls_per_day,
                row.calls_per_week,
                row.source,
                int(held or 0),
            )

    def remove_rule(self, actor: Actor, place: str, reason: str = "") -> None:
        """A place's rule and its holidays go: its leads follow the country or default."""
        with self._frame.change(actor, Action.MANAGE_CALLING_RULES) as change:
            session = change.session
            row = session.get(CallingRule, place.strip().upper())
            if row is None:
                raise NotFound(
                    message("there is no calling rule for {value}", value=place or "the default")
                )
            if not row.place:
                raise InvalidInput(message("the default rule can be changed, not removed"), "place")
            before = _as_dict(row)
            session.execute(delete(CallingHoliday).where(CallingHoliday.place == row.place))
            session.delete(row)
            change.audit(
                "calling_rule.removed", "calling_rule", row.place, before=before, reason=reason
            )

    def add_holiday(self, actor: Actor, place: str, on: date, name: str = "") -> None:
        """A date on which the place forbids calls (its rule must exist)."""
        key = _place(place)
        with self._frame.change(actor, Action.MANAGE_CALLING_RULES) as change:
            session = change.session
            if session.get(CallingRule, key) is None:
                raise InvalidInput(
                    message(
                        "{value} has no calling rule: add its rule first",
                        value=key or "the default",
                    ),
                    "place",
                )
            if session.get(CallingHoliday, (key, on)) is not None:
                raise InvalidInput(
                    message(
                        "{on:%Y-%m-%d} is already a holiday in {value}",
                        on=on,
                        value=key or "every place",
                    ),
                    "on",
                )
            session.add(CallingHoliday(place=key, on=on, name=name.strip()[:80]))
            change.audit(
                "calling_holiday.added",
                "calling_rule",
                key or "default",
                after={"on": on.isoformat(), "name": name.strip()[:80]},
            )

    def remove_holiday(self, actor: Actor, place: str, on: date, reason: str = "") -> None:
        key = _place(place)
        with self._frame.change(actor, Action.MANAGE_CALLING_RULES) as change:
            row = change.session.get(CallingHoliday, (key, on))
            if row is None:
                raise NotFound(
                    message(
                        "{on:%Y-%m-%d} is not a holiday in {value}",
                        on=on,
                        value=key or "every place",
                    )
                )
            change.session.delete(row)
            change.audit(
                "calling_holiday.removed",
                "calling_rule",
                key or "default",
                before={"on": on.isoformat(), "name": row.name},
                reason=reason,
            )
