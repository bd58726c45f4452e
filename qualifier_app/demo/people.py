"""The demo's Qualifying Center: its people, their teams and the queues they work."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from qualifier_app.domain.calling_window import DEFAULT_WINDOW
from qualifier_app.domain.roles import Role
from qualifier_app.persistence import audit
from qualifier_app.persistence.db_logins import sync_login
from qualifier_app.persistence.models import Center, Queue, QueueMember, Team, TeamLead, User
from qualifier_app.services.accounts.passwords import hash_password
from qualifier_app.services.center_days import write_offsets

# A center on UTC with the default window: what the demo's history and figures were made
# for; an administrator can rename it and change its zone, window or currency at once.
CENTER_NAME = "Demo Qualifying Center"
CENTER_ZONE = "UTC"

PEOPLE: list[tuple[str, str, Role, str | None]] = [
    ("admin", "Ada Admin", Role.ADMIN, None),
    ("sam.supervisor", "Sam Supervisor", Role.SUPERVISOR, None),
    ("tina.lead", "Tina Lopez", Role.TEAM_LEAD, "North America"),
    ("omar.lead", "Omar Haddad", Role.TEAM_LEAD, "International"),
    ("rita.rep", "Rita Chen", Role.REP, "North America"),
    ("marco.rep", "Marco Rossi", Role.REP, "North America"),
    ("jane.rep", "Jane Okafor", Role.REP, "North America"),
    ("luis.rep", "Luis Garcia", Role.REP, "North America"),
    ("anna.rep", "Anna Schmidt", Role.REP, "International"),
    ("pierre.rep", "Pierre Martin", Role.REP, "International"),
    ("yuki.rep", "Yuki Tanaka", Role.REP, "International"),
    ("priya.rep", "Priya Nair", Role.REP, "International"),
]

QUEUES = {
    "Enterprise": "Companies above the enterprise thresholds, every country",
    "SMB Americas": "Small and mid-sized companies in the Americas",
    "SMB International": "Small and mid-sized companies elsewhere",
}
TEAM_QUEUES = {
    "North America": ("Enterprise", "SMB Americas"),
    "International": ("Enterprise", "SMB International"),
}


@dataclass(frozen=True)
class DemoAccount:
    login: str
    display_name: str
    role: str
    team: str | None
    password: str


def demo_password() -> str:
    words = [
        "amber",
        "birch",
        "cobalt",
        "delta",
        "ember",
        "fjord",
        "granite",
        "harbor",
        "indigo",
        "juniper",
        "kestrel",
        "lagoon",
        "meadow",
        "nimbus",
        "orchid",
        "prairie",
    ]
    return f"{secrets.choice(words)}-{secrets.choice(words)}-{secrets.randbelow(9000) + 1000}"


def add_center(session: Session, now: datetime) -> None:
    write_offsets(session, CENTER_ZONE)
    session.add(
        Center(
            name=CENTER_NAME,
            time_zone=CENTER_ZONE,
            window_start=DEFAULT_WINDOW.start_minute,
            window_end=DEFAULT_WINDOW.end_minute,
            created_at=now,
        )
    )


def add_teams(session: Session, now: datetime) -> dict[str, int]:
    teams: dict[str, int] = {}
    for name in TEAM_QUEUES:
        team = Team(name=name, created_at=now)
        session.add(team)
        session.flush()
        teams[name] = team.id
    return teams


def add_queues(session: Session, teams: dict[str, int], now: datetime) -> dict[str, int]:
    queues: dict[str, int] = {}
    for name, description in QUEUES.items():
        owner = (
            "North America"
            if name == "SMB Americas"
            else ("International" if name == "SMB International" else None)
        )
        queue = Queue(
            name=name,
            description=description,
            team_id=teams[owner] if owner else None,
            created_at=now,
        )
        session.add(queue)
        session.flush()
        queues[name] = queue.id
    return queues


def add_people(
    session: Session, teams: dict[str, int], queues: dict[str, int], now: datetime
) -> list[DemoAccount]:
    accounts = []
    for login, name, role, team in PEOPLE:
        password = demo_password()
        user = User(
            login=login,
            display_name=name,
            role=role.value,
            team_id=teams[team] if team else None,
            password_hash=hash_password(password),
            active=True,
            is_channel_manager=(role is Role.SUPERVISOR),
            created_at=now,
        )
        session.add(user)
        session.flush()
        # On PostgreSQL each person signs in with a login role of their own.
        sync_login(session, login, role.value, active=True, password=password)
        if role is Role.TEAM_LEAD and team:
            session.add(TeamLead(team_id=teams[team], user_id=user.id))
        if team and role in (Role.REP, Role.TEAM_LEAD):
            for queue in TEAM_QUEUES[team]:
                session.add(QueueMember(queue_id=queues[queue], user_id=user.id))
        audit.record(
            session,
            at=now,
            actor_id=None,
            action="user.added",
            entity_type="user",
            entity_id=user.id,
            after={"login": login, "role": role.value, "team": team},
            reason="demo data",
        )
        accounts.append(DemoAccount(login, name, role.value, team, password))
    return accounts
