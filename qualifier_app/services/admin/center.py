"""The center itself: its name, default time zone and default calling window, as first-run
setup records them, changed later by an administrator (checked as setup checks them), the
national do-not-call registries it honours, and the currency every amount is counted in. The
zone says what a day is in every report: changing it counts every call again (center_days).

A center whose first administrator came from `user add` has no center row yet: the first
change makes it, and then needs the name and the time zone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from qualifier_app.domain.calling_window import CallingWindow
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.currency import DEFAULT_CURRENCY, check_currency
from qualifier_app.domain.errors import Gathered, InvalidInput
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import CallingRule, Campaign, Center
from qualifier_app.services.accounts.first_run import center_name, check_time_zone, parse_window
from qualifier_app.services.center_days import center_currency, write_offsets
from qualifier_app.services.compliance.registries import honoured_names
from qualifier_app.services.frame import Frame
from qualifier_app.services.queue.calling_rules import places_with_rules

DEFAULT_WINDOW = "09:00-18:00"  # as `qualifier setup` offers it


@dataclass(frozen=True)
class CenterView:
    name: str
    time_zone: str
    calling_window: str
    # A default calling rule (Calling rules area) decides the window when there is one.
    window_overridden: bool
    set_up: bool = True
    # The national do-not-call registries the center honours (one never imported blocks).
    registries: tuple[str, ...] = ()
    # What every amount is counted in (ISO 4217).
    currency: str = DEFAULT_CURRENCY
    # Where a calling rule of its own sets the window instead (US, US-FL …).
    rule_places: tuple[str, ...] = ()


def _window_text(start: int, end: int) -> str:
    return CallingWindow.from_minutes(start, end).text()


class CenterService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._frame = Frame(db, clock)

    def show(self, actor: Actor) -> CenterView:
        with self._frame.read(actor, Action.MANAGE_CENTER) as reading:
            return _view(reading.session, reading.session.execute(select(Center)).scalars().first())

    def currency(self, actor: Actor) -> str:
        """The center's currency, for anyone who types an amount."""
        with self._frame.read(actor) as reading:
            return center_currency(reading.session)

    def change(
        self,
        actor: Actor,
        *,
        name: str | None = None,
        time_zone: str | None = None,
        calling_window: str | None = None,
        registries: Sequence[str] | None = None,
        currency: str | None = None,
        expected: CenterView | None = None,
    ) -> CenterView:
        """Change what is given; on a center without its row, make it. A new currency is
        every campaign's too: amounts are never converted, only said in it.

        `expected`: what the editor showed before these changes. A field given here that
        someone else changed meanwhile is refused next to it, with the value it has now, and
        nothing is saved: an administrator's change is never overwritten unseen."""
        cleaned = center_name(name) if name is not None else None
        zone = check_time_zone(time_zone) if time_zone is not None else None
        window = parse_window(calling_window) if calling_window is not None else None
        kept = honoured_names(registries) if registries is not None else None
        code = check_currency(currency) if currency is not None else None
        with self._frame.change(actor, Action.MANAGE_CENTER) as change:
            session = change.session
            center = session.execute(select(Center)).scalars().first()
            if center is None:
                if cleaned is None or zone is None:
                    raise InvalidInput(
                        message(
                            "the center has no name and time zone yet: give both "
                            "(and the calling window, else {window})",
                            window=DEFAULT_WINDOW,
                        ),
                        "center" if cleaned is None else "time_zone",
                    )
                hours = CallingWindow(*(window or parse_window(DEFAULT_WINDOW)))
                _no_statement_limit(session)
                write_offsets(session, zone)
                center = Center(
                    name=cleaned,
                    time_zone=zone,
                    window_start=hours.start_minute,
                    window_end=hours.end_minute,
                    created_at=change.now,
                    registries=kept or "",
                    currency=code or DEFAULT_CURRENCY,
                )
                session.add(center)
                session.flush()
                change.audit("center.set_up", "center", center.id, after=_audited(center))
                return _view(session, center)
            if expected is not None:
                _unchanged_meanwhile(
                    _view(session, center),
                    expected,
                    {
                        "center": cleaned is not None,
                        "time_zone": zone is not None,
                        "window": window is not None,
                        "currency": code is not None,
                        "registry": kept is not None,
                    },
                )
            before = _audited(center)
            if cleaned is not None:
                center.name = cleaned
            if zone is not None and zone != center.time_zone:
                # The offsets first: setting the zone counts every call again by them.
                _no_statement_limit(session)
                write_offsets(session, zone)
                center.time_zone = zone
            if window is not None:
                hours = CallingWindow(*window)
                center.window_start, center.window_end = hours.start_minute, hours.end_minute
            if kept is not None:
                center.registries = kept
            if code is not None and code != center.currency:
                center.currency = code
                session.execute(update(Campaign).values(currency=code))
            after = _audited(center)
            if after == before:
                change.discard()
            else:
                change.audit("center.changed", "center", center.id, before=before, after=after)
            return _view(session, center)


def _shown_values(view: CenterView) -> dict[str, str]:
    """Each field of the Center area as the view says it."""
    return {
        "center": view.name,
        "time_zone": view.time_zone,
        "window": view.calling_window,
        "currency": view.currency,
        "registry": " ".join(sorted(view.registries)) or "-",
    }


def _unchanged_meanwhile(now: CenterView, expected: CenterView, given: dict[str, bool]) -> None:
    """Refuse each field being changed that no longer holds what the editor started from."""
    stored, shown = _shown_values(now), _shown_values(expected)
    gathered = Gathered()
    for field, changing in given.items():
        if changing and stored[field] != shown[field]:
            gathered.add(
                InvalidInput(
                    message(
                        "someone else changed this meanwhile, to {value}: nothing was saved; "
                        "save again to replace it",
                        value=stored[field],
                    ),
                    field,
                )
            )
    gathered.done()


def _no_statement_limit(session: Session) -> None:
    """Counting every call again takes minutes at a million leads, longer than the limit a
    workstation's statements have (meant for the queue's): for this transaction, none."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL statement_timeout = 0"))


def _audited(center: Center) -> dict[str, object]:
    audited: dict[str, object] = {
        "name": center.name,
        "time_zone": center.time_zone,
        "window": _window_text(center.window_start, center.window_end),
        "currency": center.currency,
    }
    if center.registries:
        audited["registries"] = center.registries
    return audited


def _view(session: Session, center: Center | None) -> CenterView:
    overridden = (
        session.execute(select(CallingRule.place).where(CallingRule.place == "")).first()
        is not None
    )
    if center is None:
        return CenterView("", "", "", overridden, set_up=False)
    return CenterView(
        center.name,
        center.time_zone,
        _window_text(center.window_start, center.window_end),
        overridden,
        registries=tuple((center.registries or "").split()),
        currency=center.currency,
        rule_places=places_with_rules(session),
    )
