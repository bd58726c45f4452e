"""The calling rules as stored in the database, with one machine's settings on top."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain import calling_window as cw
from qualifier_app.domain.calling_rules import PlaceRule, RuleBook
from qualifier_app.persistence.models import CallingHoliday, CallingRule, Center
from qualifier_app.settings import QueuePolicy


def load_rule_book(session: Session, policy: QueuePolicy) -> RuleBook:
    holidays: dict[str, set[date]] = defaultdict(set)
    for place, on in session.execute(select(CallingHoliday.place, CallingHoliday.on)).all():
        holidays[place].add(on)
    rules = {
        row.place: PlaceRule(
            row.place,
            cw.CallingWindow.from_minutes(row.window_start, row.window_end),
            row.weekdays,
            frozenset(holidays.get(row.place, ())),
            row.calls_per_day,
            row.calls_per_week,
            row.source,
        )
        for row in session.execute(select(CallingRule)).scalars()
    }
    # The default rule (place "") is what an administrator set for everywhere else: its days,
    # holidays and caps apply. Without one, the window the center named at first-run setup is
    # the default. One machine's settings file may narrow any rule's window, never widen it.
    stored_default = rules.pop("", None) or _center_default(session) or PlaceRule("")
    machine = policy.calling_rules
    if machine.default == cw.DEFAULT_WINDOW:  # the file names no window of its own
        machine = replace(machine, default=stored_default.window)
    return RuleBook(rules, stored_default).with_windows(machine)


def _center_default(session: Session) -> PlaceRule | None:
    found = session.execute(select(Center.window_start, Center.window_end).limit(1)).first()
    if found is None:
        return None
    return PlaceRule("", cw.CallingWindow.from_minutes(found.window_start, found.window_end))


class RuleBookCache:
    """The rules, re-read at most once a minute (they change when an administrator edits
    them; a minute's delay is the same as for calling profiles)."""

    def __init__(self, policy: QueuePolicy, ttl: timedelta = timedelta(seconds=60)) -> None:
        self._policy = policy
        self._ttl = ttl
        self._loaded_at: datetime | None = None
        self._book: RuleBook | None = None

    def get(self, session: Session, now: datetime) -> RuleBook:
        fresh = self._loaded_at is not None and self._loaded_at <= now < self._loaded_at + self._ttl
        if self._book is None or not fresh:
            self._book = load_rule_book(session, self._policy)
            self._loaded_at = now
        return self._book


def rule_book(session: Session, policy: QueuePolicy) -> RuleBook:
    """The rules, read once per transaction (an import places thousands of leads)."""
    book = session.info.get("calling_rule_book")
    if not isinstance(book, RuleBook):
        book = load_rule_book(session, policy)
        session.info["calling_rule_book"] = book
    return book


def stored_rule_book(session: Session) -> RuleBook:
    """The rules as the center stored them, without any machine's settings (a callback's
    time is judged by these)."""
    return load_rule_book(session, QueuePolicy(calling_rules=cw.CallingRules()))


def places_with_rules(session: Session) -> tuple[str, ...]:
    """The countries and regions whose own calling rule sets their window, not the center's."""
    return tuple(
        session.execute(
            select(CallingRule.place).where(CallingRule.place != "").order_by(CallingRule.place)
        ).scalars()
    )
