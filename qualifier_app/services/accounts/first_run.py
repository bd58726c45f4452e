"""First run on an empty database: the center, its first administrator, team and queues.

Besides the queue the administrator names, the team gets the queues the scoring rules send
leads to, so the first import lands in queues the team's reps work (otherwise an import
would create them on the fly, belonging to no team and worked by nobody).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time
from typing import Any

from sqlalchemy import func, select

from qualifier_app.domain.calling_window import MIN_WINDOW_MINUTES, zone_of_city, zone_spelled
from qualifier_app.domain.clock import Clock
from qualifier_app.domain.currency import DEFAULT_CURRENCY, check_currency
from qualifier_app.domain.errors import Conflict, InvalidInput
from qualifier_app.domain.roles import Role
from qualifier_app.domain.text import message
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.db_logins import check_login_free, sync_login
from qualifier_app.persistence.models import Center, Queue, User
from qualifier_app.services.accounts.passwords import check_new_password, hash_password
from qualifier_app.services.accounts.users import check_login, display_name_of
from qualifier_app.services.admin.teams import (
    check_segment,
    clean_name,
    create_queue,
    create_team,
)
from qualifier_app.services.center_days import write_offsets
from qualifier_app.services.frame import Frame
from qualifier_app.services.intake.scoring_rules import load_rules
from qualifier_app.services.queue.calling_rules import places_with_rules
from qualifier_app.services.workspace.scripts import install_scripts

RulesSource = Callable[[], dict[str, Any]]
CENTER_NAME_LIMIT = 120  # center.name


@dataclass(frozen=True)
class CenterSetup:
    center: str
    time_zone: str
    window_start: time
    window_end: time
    admin_login: str
    admin_password: str
    admin_name: str = ""
    team: str = "Team 1"
    queue: str = "Main"
    segment: str = "any"
    currency: str = DEFAULT_CURRENCY


@dataclass(frozen=True)
class CenterSummary:
    name: str
    time_zone: str
    window: str
    admin: str
    team: str
    queues: tuple[str, ...]
    # the queues the scoring rules send imported leads to: the setup's own queue only if named
    filled_by_rules: tuple[str, ...] = ()
    currency: str = DEFAULT_CURRENCY
    # where a calling rule of its own sets the window, not the center's (the shipped US ones)
    rule_places: tuple[str, ...] = ()


def parse_window(text: str) -> tuple[time, time]:
    """'09:00-18:00' → (09:00, 18:00); the start must come before the end."""
    try:
        start_text, end_text = (part.strip() for part in text.split("-"))
        start, end = time.fromisoformat(start_text), time.fromisoformat(end_text)
    except ValueError:
        raise InvalidInput(
            message("calling window {text!r} must read like 09:00-18:00", text=text), "window"
        ) from None
    check_window(start, end)
    return start, end


def center_name(typed: str) -> str:
    name = " ".join(typed.split())
    if not name:
        raise InvalidInput(message("the center needs a name"), "center")
    if len(name) > CENTER_NAME_LIMIT:
        raise InvalidInput(
            message(
                "the center's name must have at most {limit} characters", limit=CENTER_NAME_LIMIT
            ),
            "center",
        )
    return name


def check_window(start: time, end: time) -> None:
    if start >= end:
        raise InvalidInput(message("the calling window must start before it ends"), "window")
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    if minutes < MIN_WINDOW_MINUTES:
        raise InvalidInput(message("the window must be at least an hour long"), "window")


def check_time_zone(name: str) -> str:
    """The zone's name as the time zone database spells it: "europe/zurich", which Windows
    and macOS find, is a zone no Linux workstation or server knows."""
    typed = name.strip()
    found = zone_spelled(typed)
    if found is not None:
        return found
    city = zone_of_city(typed)
    if city is not None:
        raise InvalidInput(
            message("time zone {name!r} is unknown; did you mean {city}?", name=name, city=city),
            "time_zone",
        )
    raise InvalidInput(
        message("time zone {name!r} is unknown; use a name like Europe/Berlin", name=name),
        "time_zone",
    )


def _rule_queues(rules: dict[str, Any]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for rule in rules.get("queues", []):
        segment = str(rule.get("when", {}).get("segment", "any"))
        found.append((str(rule["queue"]), segment if segment in ("smb", "enterprise") else "any"))
    return found


class FirstRunService:
    def __init__(self, db: Database, clock: Clock, rules: RulesSource = load_rules) -> None:
        self._frame = Frame(db, clock)
        self._rules = rules

    def needs_setup(self) -> bool:
        """True on an empty database: nobody could sign in yet."""
        with self._frame.read(None) as reading:
            return not reading.session.execute(select(func.count()).select_from(User)).scalar_one()

    def set_up(self, request: CenterSetup) -> CenterSummary:
        center = center_name(request.center)
        zone = check_time_zone(request.time_zone)
        check_window(request.window_start, request.window_end)
        login = check_login(request.admin_login)
        admin_name = display_name_of(request.admin_name, login)
        check_new_password(login, request.admin_password)
        team_name = clean_name(request.team, "team")
        queue_name = clean_name(request.queue, "queue")
        segment = check_segment(request.segment)
        currency = check_currency(request.currency)
        rules = self._rules()
        with self._frame.change(None) as change:
            session = change.session
            if session.execute(select(func.count()).select_from(User)).scalar_one():
                raise Conflict(
                    message("this database is set up already; sign in as an administrator")
                )
            start = request.window_start.hour * 60 + request.window_start.minute
            end = request.window_end.hour * 60 + request.window_end.minute
            write_offsets(session, zone)
            record = Center(
                name=center,
                time_zone=zone,
                window_start=start,
                window_end=end,
                created_at=change.now,
                currency=currency,
            )
            session.add(record)
            session.flush()
            change.audit(
                "center.set_up",
                "center",
                record.id,
                after={
                    "name": center,
                    "time_zone": zone,
                    "window": [start, end],
                    "currency": currency,
                },
            )
            check_login_free(session, login)
            admin = User(
                login=login,
                display_name=admin_name,
                role=Role.ADMIN.value,
                team_id=None,
                password_hash=hash_password(request.admin_password),
                active=True,
                created_at=change.now,
            )
            session.add(admin)
            session.flush()
            # On PostgreSQL the first admin signs in with a database login of their own.
            sync_login(
                session, login, Role.ADMIN.value, active=True, password=request.admin_password
            )
            change.audit(
                "user.added",
                "user",
                admin.id,
                after={"login": login, "role": Role.ADMIN.value},
                reason="first run",
            )
            # The shipped BANT scripts: on PostgreSQL a rep's role may not install them.
            install_scripts(session, change.now)
            team = create_team(change, team_name)
            queues = [create_queue(change, queue_name, team, segment, 0).name]
            filled: list[str] = []
            for name, rule_segment in _rule_queues(rules):
                existing = session.execute(
                    select(Queue.name).where(func.lower(Queue.name) == name.lower())
                ).scalar()
                if existing is None:
                    existing = create_queue(change, name, team, rule_segment, 0).name
                    queues.append(existing)
                if existing not in filled:
                    filled.append(existing)
            places = places_with_rules(session)
        window = f"{request.window_start:%H:%M}-{request.window_end:%H:%M}"
        return CenterSummary(
            center,
            zone,
            window,
            login,
            team_name,
            tuple(queues),
            tuple(filled),
            currency,
            places,
        )
