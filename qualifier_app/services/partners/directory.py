"""The partner directory: listing, editing (admins, supervisors, channel managers), importing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.closed_loop import OPEN
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound
from qualifier_app.domain.partner_directory import (
    PartnerDraft,
    RepDraft,
    ValidPartner,
    parse_reps,
    validate_partner,
)
from qualifier_app.domain.roles import Action, Actor, Role, require
from qualifier_app.domain.text import message
from qualifier_app.integrations.tabular import Table, header_again, read_table, repeats_header
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Handoff, ImportBatch, Partner, PartnerRep, User
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.intake.batches import (
    cell,
    file_sha256,
    finish_batch,
    header_rule,
    map_header,
    reject,
)
from qualifier_app.services.intake.rejects import Reject
from qualifier_app.services.partners.dto import (
    ImportReport,
    PartnerRepInfo,
    PartnerSummary,
    PersonChoice,
)

PARTNER_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("partner", "partner_name", "company"),
    "tier": ("level", "partner_tier"),
    "countries": ("country", "country_codes"),
    "regions": ("region", "states", "state", "regions_states"),
    "postal_prefixes": ("postal_prefix", "postal_codes", "zip_prefixes", "zip", "postcodes"),
    "products": ("product", "product_lines"),
    "segments": ("segment", "segments_served"),
    "capacity_open": ("open_capacity", "max_open", "capacity", "open_handoffs_at_most"),
    "capacity_week": ("weekly_capacity", "per_week", "capacity_per_week"),
    "sla_hours": ("sla", "acceptance_sla", "acceptance_sla_hours"),
    "channel_manager": ("channel_manager_login", "manager"),
    "active": ("enabled", "status"),
    "reps": ("sales_reps", "partner_reps", "rep_emails"),
}
TRUE_WORDS = {"yes", "y", "true", "1", "active", "on", "x"}
FALSE_WORDS = {"no", "n", "false", "0", "inactive", "off"}


def _flag(text: str, default: bool = True) -> bool:
    word = text.strip().casefold()
    if not word:
        return default
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise InvalidInput(message("active {text!r} must be yes or no", text=text), "active")


def _snapshot(partner: Partner, reps: list[PartnerRep]) -> dict[str, Any]:
    return {
        "name": partner.name,
        "tier": partner.tier,
        "countries": partner.countries,
        "regions": partner.regions,
        "postal_prefixes": partner.postal_prefixes,
        "products": partner.products,
        "segments": partner.segments,
        "capacity_open": partner.capacity_open,
        "capacity_week": partner.capacity_week,
        "sla_hours": partner.sla_hours,
        "channel_manager_id": partner.channel_manager_id,
        "active": partner.active,
        "reps": [f"{r.email}{'' if r.active else ' (inactive)'}" for r in reps],
    }


def partner_named(session: Session, name: str) -> tuple[int, str] | None:
    """(id, name) of the partner of this name as people type it: any case and spacing."""
    found = session.execute(
        select(Partner.id, Partner.name).where(
            func.lower(Partner.name) == " ".join(name.split()).lower()
        )
    ).first()
    return (int(found[0]), str(found[1])) if found else None


def partners_managed_by(
    session: Session, user_id: int, *, active_only: bool = False
) -> tuple[str, ...]:
    """The names of the partners (the active ones only, if so asked) whose channel manager
    the user is, in alphabetical order."""
    query = select(Partner.name).where(Partner.channel_manager_id == user_id)
    if active_only:
        query = query.where(Partner.active.is_(True))
    return tuple(session.execute(query.order_by(func.lower(Partner.name))).scalars())


class PartnerService:
    def __init__(self, db: Database, clock: Clock, data_dir: Path) -> None:
        self._frame = Frame(db, clock)
        self._data_dir = data_dir

    # --- reading ----------------------------------------------------------------------------

    def list_partners(self, actor: Actor) -> list[PartnerSummary]:
        with self._frame.read(actor, Action.MANAGE_PARTNERS) as reading:
            return self._summaries(reading.session, None)

    def get(self, actor: Actor, partner_id: int) -> PartnerSummary:
        with self._frame.read(actor, Action.MANAGE_PARTNERS) as reading:
            found = self._summaries(reading.session, partner_id)
        if not found:
            raise NotFound(message("there is no partner {partner_id}", partner_id=partner_id))
        return found[0]

    def channel_managers(self, actor: Actor) -> list[PersonChoice]:
        """People who may look after partners: channel managers, supervisors, admins."""
        with self._frame.read(actor, Action.MANAGE_PARTNERS) as reading:
            rows = reading.session.execute(
                select(User.login, User.display_name)
                .where(
                    User.active.is_(True),
                    User.is_channel_manager.is_(True)
                    | User.role.in_([Role.SUPERVISOR.value, Role.ADMIN.value]),
                )
                .order_by(User.display_name)
            ).all()
        return [PersonChoice(login, name) for login, name in rows]

    def _summaries(self, session: Session, partner_id: int | None) -> list[PartnerSummary]:
        query = (
            select(Partner, User.login, User.active)
            .outerjoin(User, User.id == Partner.channel_manager_id)
            .order_by(func.lower(Partner.name))
        )
        if partner_id is not None:
            query = query.where(Partner.id == partner_id)
        rows = session.execute(query).all()
        ids = [partner.id for partner, _, _ in rows]
        reps: dict[int, list[PartnerRepInfo]] = {}
        open_counts: dict[int, int] = {}
        if ids:
            for rep in session.execute(
                select(PartnerRep).where(PartnerRep.partner_id.in_(ids)).order_by(PartnerRep.id)
            ).scalars():
                reps.setdefault(rep.partner_id, []).append(
                    PartnerRepInfo(rep.id, rep.name, rep.email, rep.active)
                )
            open_counts = {
                pid: int(n)
                for pid, n in session.execute(
                    select(Handoff.partner_id, func.count())
                    .where(Handoff.partner_id.in_(ids), Handoff.status.in_([s.value for s in OPEN]))
                    .group_by(Handoff.partner_id)
                ).all()
            }
        return [
            PartnerSummary(
                id=partner.id,
                name=partner.name,
                tier=partner.tier,
                countries=tuple(partner.countries),
                regions=tuple(partner.regions),
                postal_prefixes=tuple(partner.postal_prefixes),
                products=tuple(partner.products),
                segments=tuple(partner.segments),
                capacity_open=partner.capacity_open,
                capacity_week=partner.capacity_week,
                sla_hours=partner.sla_hours,
                channel_manager=login,
                channel_manager_active=login is None or bool(manager_active),
                active=partner.active,
                reps=tuple(reps.get(partner.id, [])),
                open_handoffs=open_counts.get(partner.id, 0),
                version=partner.version,
            )
            for partner, login, manager_active in rows
        ]

    # --- editing ----------------------------------------------------------------------------

    def save(
        self,
        actor: Actor,
        draft: PartnerDraft,
        partner_id: int | None = None,
        version: int | None = None,
    ) -> PartnerSummary:
        """Add a partner (no id) or change one; `version` guards against lost updates."""
        with self._frame.change(actor, Action.MANAGE_PARTNERS) as change:
            valid = validate_partner(draft)
            session = change.session
            existing = None
            if partner_id is not None:
                existing = session.get(Partner, partner_id)
                if existing is None:
                    raise NotFound(
                        message("there is no partner {partner_id}", partner_id=partner_id)
                    )
                if version is not None and existing.version != version:
                    raise Conflict(
                        message(
                            "{name} was changed by someone else meanwhile; "
                            "reload it and make your change again",
                            name=existing.name,
                        )
                    )
            self._check_unique_name(session, valid.name, partner_id)
            manager_id = self._manager_id(session, valid.channel_manager)
            saved = self._apply(change, valid, existing, manager_id, "")
            try:
                session.flush()
            except StaleDataError:
                raise Conflict(
                    message(
                        "{name} was changed by someone else meanwhile; reload it", name=valid.name
                    )
                ) from None
            return self._summaries(session, saved)[0]

    def set_channel_manager(self, actor: Actor, login: str, on: bool = True) -> None:
        """Mark a user as a channel manager (who may edit partners and enter feedback)."""
        with self._frame.change(actor, Action.MANAGE_USERS) as change:
            user = change.session.execute(
                select(User).where(User.login == login.strip().lower())
            ).scalar_one_or_none()
            if user is None:
                raise NotFound(message("there is no user {login!r}", login=login))
            # Their partners would keep a manager who may no longer act for them: the
            # follow-ups and reminders would go to someone who cannot open them.
            looks_after = (
                partners_managed_by(change.session, user.id)
                if not on and user.role not in {Role.SUPERVISOR.value, Role.ADMIN.value}
                else ()
            )
            if looks_after:
                raise InvalidInput(
                    message(
                        "{login} still looks after {partners}: give those partners another "
                        "channel manager first",
                        login=user.login,
                        partners=", ".join(looks_after),
                    ),
                    "login",
                )
            before = user.is_channel_manager
            user.is_channel_manager = on
            change.audit(
                "user.channel_manager",
                "user",
                user.id,
                before={"is_channel_manager": before},
                after={"is_channel_manager": on},
            )

    def _check_unique_name(self, session: Session, name: str, partner_id: int | None) -> None:
        clash = partner_named(session, name)
        if clash is not None and clash[0] != partner_id:
            raise InvalidInput(
                message("there is a partner called {value} already", value=clash[1]), "name"
            )

    def _manager_id(self, session: Session, login: str) -> int | None:
        if not login:
            return None
        row = session.execute(
            select(User.id, User.active, User.is_channel_manager, User.role).where(
                User.login == login
            )
        ).first()
        if row is None:
            raise InvalidInput(
                message("there is no user {login!r}", login=login), "channel_manager"
            )
        user_id, active, is_manager, role = row
        if not active:
            raise InvalidInput(message("{login} is deactivated", login=login), "channel_manager")
        if not is_manager and role not in {Role.SUPERVISOR.value, Role.ADMIN.value}:
            raise InvalidInput(
                message("{login} is not a channel manager", login=login), "channel_manager"
            )
        return int(user_id)

    def _apply(
        self,
        change: Change,
        valid: ValidPartner,
        existing: Partner | None,
        manager_id: int | None,
        reason: str,
    ) -> int:
        """Write `valid` over `existing` (or as a new partner) and audit it; the partner's id."""
        _keeps_to_own_partners(change.actor, existing, manager_id)
        session = change.session
        old_reps: list[PartnerRep] = []
        before = None
        if existing is not None:
            old_reps = list(
                session.execute(
                    select(PartnerRep).where(PartnerRep.partner_id == existing.id)
                ).scalars()
            )
            before = _snapshot(existing, old_reps)
            partner = existing
        else:
            partner = Partner(created_at=change.now)
            session.add(partner)
        partner.name = valid.name
        partner.tier = valid.tier
        partner.countries = valid.countries
        partner.regions = valid.regions
        partner.postal_prefixes = valid.postal_prefixes
        partner.products = valid.products
        partner.segments = valid.segments
        partner.capacity_open = valid.capacity_open
        partner.capacity_week = valid.capacity_week
        partner.sla_hours = valid.sla_hours
        partner.channel_manager_id = manager_id
        partner.active = valid.active
        session.flush()
        by_email = {rep.email.lower(): rep for rep in old_reps}
        kept: set[int] = set()
        for draft in valid.reps:
            rep = by_email.get(draft.email)
            if rep is None:
                rep = PartnerRep(partner_id=partner.id, name=draft.name, email=draft.email)
                session.add(rep)
            rep.name = draft.name
            rep.active = draft.active
            session.flush()
            kept.add(rep.id)
        for rep in old_reps:
            # Handoffs refer to reps, so a rep no longer listed is deactivated, not deleted.
            if rep.id not in kept:
                rep.active = False
        if existing is not None:
            # A change to the reps alone must still move the version, for the next editor.
            flag_modified(partner, "tier")
        session.flush()
        new_reps = list(
            session.execute(select(PartnerRep).where(PartnerRep.partner_id == partner.id)).scalars()
        )
        change.audit(
            "partner.changed" if existing is not None else "partner.added",
            "partner",
            partner.id,
            before=before,
            after=_snapshot(partner, new_reps),
            reason=reason,
        )
        return partner.id

    # --- importing --------------------------------------------------------------------------

    def import_file(self, actor: Actor, path: Path) -> ImportReport:
        """Add or update partners from CSV/XLSX (matched by name); bad rows go to a rejects
        file with the reason, and the good ones are saved."""
        require(actor, Action.MANAGE_PARTNERS)
        with read_table(path, rule=header_rule(PARTNER_COLUMNS)) as table:
            return self._import_table(actor, path, table)

    def _import_table(self, actor: Actor, path: Path, table: Table) -> ImportReport:
        columns = map_header(
            table.header, PARTNER_COLUMNS, ["name", "countries"], table.header_found
        )
        rejects: list[Reject] = []
        applied = unchanged = rows = 0
        seen: dict[str, int] = {}
        with self._frame.change(actor) as change:
            session, now = change.session, change.now
            batch = ImportBatch(
                kind="partners",
                file_name=path.name[:300],
                file_sha256=file_sha256(path),
                started_by_id=actor.audit_id,
                started_at=now,
            )
            session.add(batch)
            session.flush()
            for line, row in table.numbered or enumerate(table.rows, start=table.header_row + 1):
                rows += 1
                try:
                    if repeats_header(row, table.header):
                        raise InvalidInput(header_again(), "name")
                    name_key = " ".join(cell(row, columns, "name").split()).lower()
                    if name_key in seen:
                        raise InvalidInput(
                            message("the partner is also on line {value}", value=seen[name_key]),
                            "name",
                        )
                    seen[name_key] = line
                    changed = self._import_row(change, row, columns, path.name)
                except InvalidInput as exc:
                    rejects.append(reject(line, row, columns, exc))
                    continue
                if changed:
                    applied += 1
                else:
                    unchanged += 1
            rejects_file = finish_batch(
                session,
                batch,
                counts=(rows, applied, unchanged),
                rejects=rejects,
                path=path,
                data_dir=self._data_dir,
                now=now,
                actor=actor,
                action="partners.imported",
            )
            batch_id = batch.id
        return ImportReport(
            file=str(path),
            rows=rows,
            applied=applied,
            unchanged=unchanged,
            rejected=len(rejects),
            rejects_file=rejects_file,
            batch_id=batch_id,
            hidden=len(table.hidden_rows),
            header_row=table.header_row,
            sheet=table.sheet,
            passed_sheets=table.passed_sheets,
            unread_sheets=table.unread_sheets,
        )

    def _import_row(
        self, change: Change, row: list[str], columns: dict[str, int], file_name: str
    ) -> bool:
        """Add or update the row's partner; False when the directory says so already."""
        session = change.session

        def value(name: str) -> str:
            return cell(row, columns, name)

        name = " ".join(value("name").split())
        existing = (
            session.execute(
                select(Partner).where(func.lower(Partner.name) == name.lower())
            ).scalar_one_or_none()
            if name
            else None
        )
        old_reps: list[PartnerRep] = []
        if existing is not None:
            old_reps = list(
                session.execute(
                    select(PartnerRep).where(PartnerRep.partner_id == existing.id)
                ).scalars()
            )
        reps_text = value("reps")
        reps = (
            parse_reps(reps_text)
            if "reps" in columns
            else tuple(RepDraft(r.name, r.email, r.active, r.id) for r in old_reps)
        )

        def given(name: str, kept: Callable[[Partner], Any]) -> Any:
            """The file's value; what the partner has where the file has no such column (a
            file of names and reps must not clear regions, capacity, channel manager…)."""
            return kept(existing) if existing is not None and name not in columns else value(name)

        draft = PartnerDraft(
            name=name,
            tier=value("tier") or (existing.tier if existing else "silver"),
            countries=value("countries"),
            regions=given("regions", lambda p: p.regions),
            postal_prefixes=given("postal_prefixes", lambda p: p.postal_prefixes),
            products=given("products", lambda p: p.products),
            segments=given("segments", lambda p: p.segments),
            capacity_open=given("capacity_open", lambda p: p.capacity_open),
            capacity_week=given("capacity_week", lambda p: p.capacity_week),
            sla_hours=value("sla_hours") or (existing.sla_hours if existing else 48),
            channel_manager=value("channel_manager"),
            active=_flag(value("active"))
            if existing is None or "active" in columns
            else existing.active,
            reps=reps,
        )
        valid = validate_partner(draft)
        manager_id = (
            existing.channel_manager_id
            if existing is not None and "channel_manager" not in columns
            else self._manager_id(session, valid.channel_manager)
        )
        if existing is not None:
            before = _snapshot(existing, old_reps)
            probe = {
                **before,
                "name": valid.name,
                "tier": valid.tier,
                "countries": valid.countries,
                "regions": valid.regions,
                "postal_prefixes": valid.postal_prefixes,
                "products": valid.products,
                "segments": valid.segments,
                "capacity_open": valid.capacity_open,
                "capacity_week": valid.capacity_week,
                "sla_hours": valid.sla_hours,
                "channel_manager_id": manager_id,
                "active": valid.active,
            }
            same_reps = sorted(
                (r.email.lower(), r.name, r.active) for r in old_reps if r.active
            ) == sorted((r.email, r.name, r.active) for r in valid.reps if r.active)
            if probe == before and same_reps:
                return False
        self._apply(change, valid, existing, manager_id, f"imported from {file_name}")
        return True


def _keeps_to_own_partners(
    actor: Actor | None, existing: Partner | None, manager_id: int | None
) -> None:
    """A channel manager who is a rep or team lead keeps the partners they manage and adds
    partners for themselves (or nobody); supervisors and administrators keep every partner.
    The database holds them to it too (migration 0046)."""
    if actor is None or actor.role in {Role.SUPERVISOR, Role.ADMIN}:
        return
    if existing is not None and existing.channel_manager_id != actor.user_id:
        raise InvalidInput(
            message("{name} is managed by another channel manager", name=existing.name),
            "channel_manager",
        )
    if manager_id not in (actor.user_id, None) or (existing is not None and manager_id is None):
        raise InvalidInput(
            message("name yourself as the channel manager of your partners"), "channel_manager"
        )
