"""People: teams, users, their sessions and queues, the center."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from qualifier_app.persistence.models.base import Base


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    created_at: Mapped[datetime]


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    # Deferred: only the schema owner may read it on PostgreSQL (migration 0012_roles), so a
    # person's own connection must never select it by accident.
    password_hash: Mapped[str] = mapped_column(String(255), deferred=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    is_channel_manager: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    # A database login role of the user's own (one user's: migration 0048), for per-user
    # PostgreSQL sign-in.
    db_role: Mapped[str | None] = mapped_column(String(63), index=True, unique=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    locked_until: Mapped[datetime | None]
    paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    # Set by a password reset: the one-time password must be replaced at the next sign-in.
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=text("false")
    )
    last_seen_at: Mapped[datetime | None]
    created_at: Mapped[datetime]


class TeamLead(Base):
    """Which team leads lead which teams (a team lead may have several)."""

    __tablename__ = "team_leads"

    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)


class UserSession(Base):
    """A sign-in at a workstation, for presence on the team board."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    workstation: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class AgentState(Base):
    """A period a rep spent in one agent state (Ready, after-call work, Break…); the open
    one (`ended_at` null) is the rep's state now. Times are the database's."""

    __tablename__ = "agent_states"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(String(200), default="")
    since: Mapped[datetime]
    ended_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_agent_states_user_id_ended_at", "user_id", "ended_at"),)


class CliSession(Base):
    """A `qualifier login` on the command line: the token's hash, never the token."""

    __tablename__ = "cli_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    workstation: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    # PostgreSQL: the one-time key of the password sealed in the keyring, while live. Never
    # loaded with the row: only the database's own function reads it (migration 0070).
    sealing_key: Mapped[str | None] = mapped_column(String(400), deferred=True)


class Queue(Base):
    __tablename__ = "queues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    segment: Mapped[str] = mapped_column(String(20), default="any", server_default="any")
    priority: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    created_at: Mapped[datetime]


class QueueMember(Base):
    """Which reps work which queues."""

    __tablename__ = "queue_members"

    queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)


class Center(Base):
    """The Qualifying Center itself: one row, written by the first-run setup."""

    __tablename__ = "center"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    time_zone: Mapped[str] = mapped_column(String(64))
    window_start: Mapped[int] = mapped_column(Integer)  # minutes after local midnight
    window_end: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    # The national do-not-call registries the center must honour ("US"), space-separated:
    # one never imported blocks its countries' numbers as a stale one does.
    registries: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # The one currency every amount is counted in (ISO 4217); amounts are never converted.
    currency: Mapped[str] = mapped_column(String(3), default="USD", server_default="USD")


class CenterUtcOffset(Base):
    """From which moment on the center's time zone is how many minutes ahead of UTC: the
    database dates a call by it for the activity rollup (SQLite has no zone rules), so the
    rollup's days are the center's days (services/center_days.py writes it with the zone)."""

    __tablename__ = "center_utc_offsets"

    starts_at: Mapped[datetime] = mapped_column(primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)
