"""The closed loop: partner feedback (GUI or partner-CRM export), back to nurture, and the
list of partners and partner reps who are not reporting."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.closed_loop import (
    AWAITING_NEWS,
    CLOSED,
    Feedback,
    HandoffStatus,
    check_update,
    is_stale,
    last_news,
    parse_status,
    validate,
)
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from qualifier_app.domain.lifecycle import LeadStatus, check_move
from qualifier_app.domain.partner_matching import RoutingPolicy
from qualifier_app.domain.roles import Action, Actor, require
from qualifier_app.domain.text import message
from qualifier_app.integrations.tabular import Table, header_again, read_table, repeats_header
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import (
    Handoff,
    HandoffEvent,
    ImportBatch,
    Lead,
    Partner,
    PartnerRep,
    User,
)
from qualifier_app.services.center_days import center_currency, center_today, center_zone
from qualifier_app.services.check_calls.answers import cancel_due
from qualifier_app.services.frame import Change, Frame
from qualifier_app.services.intake.batches import (
    file_sha256,
    finish_batch,
    header_rule,
    map_header,
    reject,
)
from qualifier_app.services.intake.rejects import Reject
from qualifier_app.services.partners import handoff_queries
from qualifier_app.services.partners.crm_export import (
    FEEDBACK_COLUMNS,
    ExportRow,
    PartnerRef,
    find_partner,
    read_row,
    unused_columns,
)
from qualifier_app.services.partners.dto import (
    HandoffSummary,
    ImportReport,
    StalePartner,
    StaleRep,
)

APPLIED, UNCHANGED = "applied", "unchanged"
MOST_STALE_DAYS = 3650


class HandoffService:
    def __init__(self, db: Database, clock: Clock, policy: RoutingPolicy, data_dir: Path) -> None:
        self._frame = Frame(db, clock)
        self._policy = policy
        self._data_dir = data_dir

    # --- reading ----------------------------------------------------------------------------

    def list_handoffs(
        self,
        actor: Actor,
        status: str | None = None,
        partner_id: int | None = None,
        limit: int = 500,
    ) -> list[HandoffSummary]:
        self._require_view(actor)
        conditions: list[Any] = []
        if status:
            conditions.append(Handoff.status == HandoffStatus(status).value)
        if partner_id is not None:
            conditions.append(Handoff.partner_id == partner_id)
        with self._frame.read(actor) as reading:
            seen = handoff_queries.in_sight(reading.session, actor)
            if seen is not None:
                conditions.append(seen)
            return handoff_queries.summaries(reading.session, *conditions, limit=limit)

    def get(self, actor: Actor, handoff_id: int) -> HandoffSummary:
        with self._frame.read(actor, Action.ROUTE_LEADS) as reading:
            seen = handoff_queries.of_leads_in_sight(reading.session, actor)
            return handoff_queries.summary(
                reading.session, handoff_id, *([] if seen is None else [seen])
            )

    def _require_view(self, actor: Actor) -> None:
        if not (
            actor.may(Action.MANAGE_PARTNERS)
            or actor.may(Action.RECORD_PARTNER_FEEDBACK)
            or actor.may(Action.VIEW_REPORTS)
        ):
            raise PermissionDenied(
                message("{login} may not see partner handoffs", login=actor.login)
            )

    # --- feedback ---------------------------------------------------------------------------

    def record_feedback(
        self,
        actor: Actor,
        handoff_id: int,
        status: str,
        reason: str = "",
        pipeline_value: Decimal | None = None,
        revenue: Decimal | None = None,
        closed_on: date | None = None,
    ) -> HandoffSummary:
        """A channel manager enters what the partner reported."""
        with self._frame.change(actor, Action.RECORD_PARTNER_FEEDBACK) as change:
            today = center_today(change.session, change.now)
            feedback = validate(
                parse_status(status), reason, pipeline_value, revenue, closed_on, today
            )
            handoff = handoff_queries.in_reach(change, handoff_id)
            self._apply_feedback(change, handoff, feedback, change.now, "gui")
            try:
                change.session.flush()
            except StaleDataError:
                raise Conflict(
                    message(
                        "handoff {handoff_id} was changed meanwhile; reload it and try again",
                        handoff_id=handoff_id,
                    )
                ) from None
        with self._frame.read(actor) as reading:
            return handoff_queries.summary(reading.session, handoff_id)

    def _apply_feedback(
        self,
        change: Change,
        handoff: Handoff,
        feedback: Feedback,
        at: datetime,
        origin: str,
        dedupe_key: str | None = None,
        reported_at: datetime | None = None,
    ) -> str:
        """Apply what the partner reported at `at`; UNCHANGED when it was known already.
        A report the partner made (`reported_at`, its modified time) before the handoff's
        last news is refused when it differs from what the handoff holds: an older file,
        imported late, never rolls back a newer state."""
        session = change.session
        if (
            dedupe_key is not None
            and session.execute(
                select(HandoffEvent.id).where(HandoffEvent.dedupe_key == dedupe_key)
            ).first()
        ):
            return UNCHANGED
        current = HandoffStatus(handoff.status)
        target = feedback.status
        if target is current and self._already_known(handoff, feedback):
            return UNCHANGED
        if (
            reported_at is not None
            and handoff.last_update_at is not None
            and reported_at < handoff.last_update_at
        ):
            raise Conflict(
                message(
                    "the partner's update of {at:%Y-%m-%d %H:%M} UTC is older than the handoff's "
                    "last news ({last:%Y-%m-%d %H:%M} UTC), which stays",
                    at=reported_at,
                    last=handoff.last_update_at,
                )
            )
        check_update(current, target)
        before = {
            "status": handoff.status,
            "pipeline_value": handoff.pipeline_value,
            "won_revenue": handoff.won_revenue,
            "closed_on": handoff.closed_on,
        }
        handoff.status = target.value
        if target is not HandoffStatus.REJECTED and handoff.accepted_at is None:
            handoff.accepted_at = at
        if target is HandoffStatus.REJECTED:
            handoff.rejected_at = at
            handoff.reject_reason = feedback.reason
        if feedback.pipeline_value is not None:
            handoff.pipeline_value = feedback.pipeline_value
        if target is HandoffStatus.WON:
            handoff.won_revenue = feedback.revenue
            handoff.closed_on = feedback.closed_on
        if target is HandoffStatus.LOST:
            handoff.lost_reason = feedback.reason
            handoff.closed_on = feedback.closed_on or center_today(session, at)
        handoff.last_update_at = at
        session.add(
            HandoffEvent(
                handoff_id=handoff.id,
                at=at,
                status=target.value,
                origin=origin,
                note=feedback.reason,
                data={
                    "pipeline_value": str(feedback.pipeline_value)
                    if feedback.pipeline_value is not None
                    else None,
                    "revenue": str(feedback.revenue) if feedback.revenue is not None else None,
                    "closed_on": feedback.closed_on.isoformat() if feedback.closed_on else None,
                },
                dedupe_key=dedupe_key,
            )
        )
        change.audit(
            "handoff.feedback",
            "handoff",
            handoff.id,
            before=before,
            after={
                "status": target.value,
                "pipeline_value": handoff.pipeline_value,
                "won_revenue": handoff.won_revenue,
                "closed_on": handoff.closed_on,
                "origin": origin,
            },
            reason=feedback.reason,
        )
        if target in CLOSED:
            # A check call still waiting has nothing left to ask: the partner has answered.
            cancel_due(change, handoff.id, f"the partner reported the lead {target.value}")
        if target is HandoffStatus.REJECTED:
            self._return_for_routing(change, handoff, feedback.reason)
        return APPLIED

    @staticmethod
    def _already_known(handoff: Handoff, feedback: Feedback) -> bool:
        if feedback.status is HandoffStatus.ACTIVE:
            return handoff.pipeline_value == feedback.pipeline_value
        if feedback.status is HandoffStatus.WON:
            return (handoff.won_revenue, handoff.closed_on) == (
                feedback.revenue,
                feedback.closed_on,
            )
        if feedback.status is HandoffStatus.LOST:
            return handoff.lost_reason == feedback.reason
        if feedback.status is HandoffStatus.REJECTED:
            return handoff.reject_reason == feedback.reason
        return True

    def _return_for_routing(self, change: Change, handoff: Handoff, reason: str) -> None:
        """A rejected lead waits for the next partner (or nurture) again."""
        session = change.session
        partner = session.execute(
            select(Partner.name).where(Partner.id == handoff.partner_id)
        ).scalar_one()
        why = f"rejected by {partner}: {reason}"
        lead = session.get(Lead, handoff.lead_id)
        if lead is None:
            # A channel manager who does not work the lead does not see it (row-level
            # security on PostgreSQL): the database function moves it for them.
            session.flush()
            if (
                session.execute(
                    text("SELECT qualifier_return_for_routing(:handoff, :why)"),
                    {"handoff": handoff.id, "why": why},
                ).scalar_one()
                is None
            ):
                return
        elif lead.status != LeadStatus.HANDED_OFF.value:
            return
        else:
            lead.status = LeadStatus.SALES_READY.value
            lead.status_reason = why
            lead.updated_at = change.now
        change.audit(
            "lead.returned_for_routing",
            "lead",
            handoff.lead_id,
            before={"status": LeadStatus.HANDED_OFF.value},
            after={"status": LeadStatus.SALES_READY.value},
            reason=f"handoff {handoff.id} rejected: {reason}",
        )

    def back_to_nurture(self, actor: Actor, handoff_id: int, reason: str = "") -> HandoffSummary:
        """A rejected or lost lead goes back to nurture, with the reason, to be worked again
        after the recycle period."""
        with self._frame.change(actor, Action.RECORD_PARTNER_FEEDBACK) as change:
            session, now = change.session, change.now
            handoff = handoff_queries.in_reach(change, handoff_id)
            status = HandoffStatus(handoff.status)
            if status not in {HandoffStatus.REJECTED, HandoffStatus.LOST, HandoffStatus.EXPIRED}:
                raise Conflict(
                    message(
                        (
                            "handoff {handoff_id} is {value}; only rejected, expired or lost leads "
                            "go back to nurture"
                        ),
                        handoff_id=handoff_id,
                        value=status.value,
                    )
                )
            newer = session.execute(
                select(Handoff.id).where(
                    Handoff.lead_id == handoff.lead_id, Handoff.id > handoff.id
                )
            ).first()
            if newer is not None:
                raise Conflict(
                    message(
                        "the lead went on to another partner (handoff {value}) after this one",
                        value=newer[0],
                    )
                )
            lead = session.get(Lead, handoff.lead_id)
            why = " ".join(reason.split()) or handoff.reject_reason or handoff.lost_reason
            if not why:
                raise InvalidInput(message("say why the lead goes back to nurture"), "reason")
            # A channel manager who does not work the lead does not see it (row-level security
            # on PostgreSQL): what they may know of it, and the move, are the database's.
            seen = lead or handoff_queries.lead_of(session, handoff.id)
            before = {"status": seen.status, "recycle_on": seen.recycle_on}
            check_move(LeadStatus(seen.status), LeadStatus.NURTURE)
            status_reason = f"back from partner {status.value}: {why}"
            days = timedelta(days=self._policy.nurture_recycle_days)
            recycle_on = center_today(session, now) + days
            if lead is None:
                session.flush()
                moved = session.execute(
                    text("SELECT qualifier_lead_back_to_nurture(:handoff, :why, :recycle_on)"),
                    {"handoff": handoff.id, "why": status_reason, "recycle_on": recycle_on},
                ).scalar_one()
                if moved is None:
                    raise Conflict(
                        message("lead {id} was changed meanwhile; try again", id=handoff.lead_id)
                    )
            else:
                lead.status = LeadStatus.NURTURE.value
                lead.status_reason = status_reason
                lead.recycle_on = recycle_on
                lead.updated_at = now
            change.audit(
                "lead.back_to_nurture",
                "lead",
                handoff.lead_id,
                before=before,
                after={"status": LeadStatus.NURTURE.value, "recycle_on": recycle_on},
                reason=why,
            )
            try:
                session.flush()
            except StaleDataError:
                raise Conflict(
                    message("lead {id} was changed meanwhile; try again", id=handoff.lead_id)
                ) from None
        with self._frame.read(actor) as reading:
            return handoff_queries.summary(reading.session, handoff_id)

    # --- partner-CRM exports ------------------------------------------------------------------

    def import_feedback(self, actor: Actor, path: Path, partner: str | None = None) -> ImportReport:
        """Apply `partner`'s CRM export; rows are found by handoff id, or by the lead's
        e-mail or phone among the handoffs to that partner (or to the partner a row names).
        A row about another partner's handoff is rejected, as are bad rows (to a rejects
        file); a row seen before changes nothing."""
        require(actor, Action.RECORD_PARTNER_FEEDBACK)
        with read_table(path, rule=header_rule(FEEDBACK_COLUMNS)) as table:
            return self._import_table(actor, path, table, " ".join((partner or "").split()))

    def _import_table(self, actor: Actor, path: Path, table: Table, partner: str) -> ImportReport:
        columns = map_header(table.header, FEEDBACK_COLUMNS, ["status"], table.header_found)
        if not {"handoff_id", "lead_email", "lead_phone"} & columns.keys():
            raise InvalidInput(
                message(
                    "the file needs a handoff id, lead e-mail or lead "
                    "phone column to find the handoffs by"
                ),
                "file",
            )
        if not partner and not {"handoff_id", "partner"} & columns.keys():
            raise InvalidInput(
                message(
                    "say which partner the file comes from: it finds handoffs by the "
                    "lead's e-mail or phone"
                ),
                "partner",
            )
        rejects: list[Reject] = []
        applied = unchanged = rows = empty = 0
        first = table.header_row + 1  # the rows above the header are no data
        with self._frame.change(actor) as change:
            session, now = change.session, change.now
            file_partner = find_partner(session, partner) if partner else None
            if partner and file_partner is None:
                raise NotFound(message("there is no partner {partner!r}", partner=partner))
            partners: dict[str, PartnerRef | None] = {}
            center = (center_zone(session), center_currency(session))
            batch = ImportBatch(
                kind="partner_feedback",
                file_name=path.name[:300],
                file_sha256=file_sha256(path),
                started_by_id=actor.audit_id,
                started_at=now,
            )
            session.add(batch)
            session.flush()
            for line, raw in table.numbered or enumerate(table.rows, start=first):
                # The reader skips blank and hidden rows but numbers the rest as the file does.
                hidden = bisect_left(table.hidden_rows, line)
                empty += line - (rows + first) - hidden
                rows = line - first + 1 - hidden
                try:
                    if repeats_header(raw, table.header):
                        raise InvalidInput(header_again(), "status")
                    row = read_row(
                        session,
                        raw,
                        columns,
                        now,
                        center,
                        file_partner,
                        partners,
                        lambda handoff_id: handoff_queries.in_reach(change, handoff_id),
                    )
                    outcome = self._apply_row(change, row)
                except (InvalidInput, NotFound, Conflict, PermissionDenied) as exc:
                    rejects.append(reject(line, raw, columns, exc))
                    continue
                if outcome == APPLIED:
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
                action="partner_feedback.imported",
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
            empty=empty,
            hidden=len(table.hidden_rows),
            unused_columns=unused_columns(table.header, columns),
            header_row=table.header_row,
            sheet=table.sheet,
            passed_sheets=table.passed_sheets,
            unread_sheets=table.unread_sheets,
        )

    def _apply_row(self, change: Change, row: ExportRow) -> str:
        """Apply one row of a file. Someone may change its handoff while the file is read (a
        channel manager's entry, the same file imported twice at once): the row is tried
        once more on what they left, then refused for itself, never for the whole file."""
        session = change.session
        handoff = row.handoff  # as read with the row
        for attempt in range(2):
            if attempt:
                handoff = handoff_queries.in_reach(change, row.handoff_id)
            try:
                with session.begin_nested():
                    return self._apply_feedback(
                        change,
                        handoff,
                        row.feedback,
                        row.at,
                        "import",
                        row.dedupe_key,
                        row.reported_at,
                    )
            except StaleDataError:
                pass
            except IntegrityError as exc:
                # The same report recorded meanwhile by another import of the file.
                if "dedupe_key" not in str(exc.orig):
                    raise
            session.expire_all()
        raise Conflict(
            message(
                "handoff {handoff_id} was changed by someone else meanwhile; import the file again",
                handoff_id=row.handoff_id,
            )
        )

    # --- who is not reporting -------------------------------------------------------------

    def stale_partners(self, actor: Actor, days: int | None = None) -> list[StalePartner]:
        """Partners (and their reps) with open handoffs that have had no news for `days`."""
        if not (actor.may(Action.VIEW_REPORTS) or actor.may(Action.MANAGE_PARTNERS)):
            raise PermissionDenied(
                message("{login} may not see partner reports", login=actor.login)
            )
        days = self._policy.stale_days if days is None else days
        if days < 1:
            raise InvalidInput(message("the number of days must be at least 1"), "days")
        if days > MOST_STALE_DAYS:
            # No handoff is ten years old; far more days would run past the calendar's start.
            raise InvalidInput(
                message(
                    "the number of days must be at most {most:,}, not {days:,}",
                    most=MOST_STALE_DAYS,
                    days=days,
                ),
                "days",
            )
        with self._frame.read(actor) as reading:
            now = reading.now
            seen = handoff_queries.in_sight(reading.session, actor)
            rows = reading.session.execute(
                select(
                    Handoff.partner_id,
                    Partner.name,
                    User.login,
                    Handoff.status,
                    Handoff.sent_at,
                    Handoff.last_update_at,
                    PartnerRep.name,
                    PartnerRep.email,
                )
                .join(Partner, Partner.id == Handoff.partner_id)
                .outerjoin(User, User.id == Partner.channel_manager_id)
                .outerjoin(PartnerRep, PartnerRep.id == Handoff.partner_rep_id)
                .where(
                    Handoff.status.in_([s.value for s in AWAITING_NEWS]),
                    *([] if seen is None else [seen]),
                )
            ).all()
        partners: dict[int, dict[str, Any]] = {}
        for pid, name, manager, status, sent, updated, rep, email in rows:
            entry = partners.setdefault(
                pid,
                {
                    "name": name,
                    "manager": manager,
                    "open": 0,
                    "stale": 0,
                    "oldest": None,
                    "reps": {},
                },
            )
            entry["open"] += 1
            if not is_stale(HandoffStatus(status), sent, updated, now, days):
                continue
            entry["stale"] += 1
            news = last_news(sent, updated)
            if entry["oldest"] is None or (news is not None and news < entry["oldest"]):
                entry["oldest"] = news
            key = (rep or "(no rep)", email or "")
            entry["reps"][key] = entry["reps"].get(key, 0) + 1
        found = [
            StalePartner(
                partner_id=pid,
                partner=e["name"],
                channel_manager=e["manager"],
                awaiting_news=e["open"],
                stale=e["stale"],
                oldest_news=e["oldest"],
                reps=tuple(
                    StaleRep(rep, email, count)
                    for (rep, email), count in sorted(
                        e["reps"].items(), key=lambda item: (-item[1], item[0])
                    )
                ),
            )
            for pid, e in partners.items()
            if e["stale"]
        ]
        found.sort(key=lambda p: (-p.stale, -p.stale_share, p.partner))
        return found
