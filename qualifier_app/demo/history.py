"""Simulated past activity: attempts, outcomes, qualifications, handoffs, partner feedback.

Used by `qualifier demo --history DAYS`, so the reports show something true to life, and by
the report benchmark, which needs a million leads and millions of attempts (see bulk_history).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from qualifier_app.demo.cast import PartnerProfile, RepProfile
from qualifier_app.demo.chance import pick
from qualifier_app.demo.history_rows import HistoryIds, HistoryRows, attempt_row
from qualifier_app.demo.partner_feedback import play_handoff

MAX_ATTEMPTS = 6

NO_CONTACT = ("no_answer", "no_answer", "no_answer", "busy", "voicemail_left", "wrong_number")
DISQUALIFY_REASONS = ("student", "competitor", "no budget ever", "wrong data", "job seeker")
NURTURE_REASONS = ("timeline beyond 12 months", "budget next fiscal year", "still researching")


@dataclass
class HistoryCounts:
    leads: int = 0
    attempts: int = 0
    qualifications: int = 0
    handoffs: int = 0
    won: int = 0
    revenue: Decimal = field(default_factory=lambda: Decimal(0))


class HistorySimulator:
    """Plays each lead's life from its inquiry up to now, with a seeded random generator."""

    def __init__(
        self,
        rng: random.Random,
        now: datetime,
        reps: Sequence[RepProfile],
        partners: Sequence[PartnerProfile],
        script_id: int | None,
        contact_rate: float = 0.32,
    ) -> None:
        if not reps:
            raise ValueError("history needs at least one rep")
        self.rng = rng
        self.now = now
        self.reps = list(reps)
        self.partners = list(partners)
        self.script_id = script_id
        self.contact_rate = contact_rate
        self.counts = HistoryCounts()

    def play(self, leads: list[dict[str, Any]], ids: HistoryIds) -> HistoryRows:
        """Fill in each lead's final state (in place) and return the rows of its history."""
        rows = HistoryRows()
        for lead in leads:
            self._play_lead(lead, ids, rows)
        self.counts.leads += len(leads)
        return rows

    def _play_lead(self, lead: dict[str, Any], ids: HistoryIds, rows: HistoryRows) -> None:
        """Call after call until the lead is concluded, runs out of attempts or reaches now."""
        rng, now = self.rng, self.now
        when = lead["inquired_at"] + timedelta(hours=rng.uniform(0.5, 48))
        attempts = 0
        while attempts < MAX_ATTEMPTS:
            if when >= now:
                lead["next_call_at"] = when
                return
            rep = pick(self.rng, self.reps)
            attempts += 1
            attempt_id = ids.attempt
            ids.attempt += 1
            lead["attempts"] = attempts
            lead["last_attempt_at"] = when
            lead["updated_at"] = when
            if rng.random() >= self.contact_rate * rep.skill:
                next_try = self._no_contact(lead, rep, attempt_id, attempts, when, rows)
                if next_try is None:
                    return
                when = next_try
                continue
            ended = when + timedelta(seconds=rng.randint(180, 1200))
            outcome = self._outcome(lead, rep)
            if outcome == "callback":
                when = self._callback(lead, rep, attempt_id, when, ended, rows)
                continue
            self._conclude(lead, rep, attempt_id, outcome, when, ended, ids, rows)
            return

    def _no_contact(
        self,
        lead: dict[str, Any],
        rep: RepProfile,
        attempt_id: int,
        attempts: int,
        when: datetime,
        rows: HistoryRows,
    ) -> datetime | None:
        """The next try, or None when that was the last attempt and the lead goes to nurture."""
        rng = self.rng
        ended = when + timedelta(seconds=rng.randint(20, 90))
        last = attempts >= MAX_ATTEMPTS
        rows.attempts.append(
            attempt_row(
                attempt_id,
                lead["id"],
                rep.id,
                when,
                ended,
                pick(self.rng, NO_CONTACT),
                "nurture" if last else "retry",
            )
        )
        if last:
            lead["status"] = "nurture"
            lead["status_reason"] = f"no contact after {MAX_ATTEMPTS} attempts"
            lead["recycle_on"] = (ended + timedelta(days=90)).date()
            return None
        return ended + timedelta(hours=rng.uniform(3, 60))

    def _outcome(self, lead: dict[str, Any], rep: RepProfile) -> str:
        roll = self.rng.random() / rep.skill
        ready_share = 0.26 if lead.get("segment") == "enterprise" else 0.17
        if roll < ready_share:
            return "sales_ready"
        if roll < ready_share + 0.16:
            return "callback"
        if roll < ready_share + 0.52:
            return "nurture"
        return "disqualified"

    def _callback(
        self,
        lead: dict[str, Any],
        rep: RepProfile,
        attempt_id: int,
        when: datetime,
        ended: datetime,
        rows: HistoryRows,
    ) -> datetime:
        """The prospect asks to be called back: when, and by this rep only or by anyone."""
        rng = self.rng
        callback_at = ended + timedelta(days=rng.uniform(0.5, 6))
        me_only = rng.random() < 0.5
        rows.attempts.append(
            attempt_row(
                attempt_id,
                lead["id"],
                rep.id,
                when,
                ended,
                "contacted",
                "callback",
                callback_at=callback_at,
                callback_rep_id=rep.id if me_only else None,
            )
        )
        lead["status"] = "callback"
        lead["next_call_at"] = callback_at
        lead["assigned_rep_id"] = rep.id if me_only else None
        return callback_at

    def _conclude(
        self,
        lead: dict[str, Any],
        rep: RepProfile,
        attempt_id: int,
        outcome: str,
        when: datetime,
        ended: datetime,
        ids: HistoryIds,
        rows: HistoryRows,
    ) -> None:
        """Sales-ready (and handed off where a partner fits), nurture or disqualified."""
        rng = self.rng
        lead["next_call_at"] = None
        lead["assigned_rep_id"] = None
        reason = ""
        recycle = None
        if outcome == "nurture":
            reason = pick(self.rng, NURTURE_REASONS)
            recycle = (ended + timedelta(days=rng.randint(60, 180))).date()
            lead["recycle_on"] = recycle
        elif outcome == "disqualified":
            reason = pick(self.rng, DISQUALIFY_REASONS)
        rows.attempts.append(
            attempt_row(
                attempt_id,
                lead["id"],
                rep.id,
                when,
                ended,
                "contacted",
                outcome,
                reason=reason,
                recycle_on=recycle,
            )
        )
        # The A-or-B draw is made whatever the outcome, so a seed keeps its figures.
        grade = {"sales_ready": "A" if rng.random() < 0.4 else "B", "nurture": "C"}.get(
            outcome, "D"
        )
        lead["grade"] = grade
        lead["status_reason"] = reason
        qualification_id = self._qualify(lead, attempt_id, outcome, grade, ended, ids, rows)
        if outcome != "sales_ready":
            lead["status"] = outcome
            return
        lead["status"] = "sales_ready"
        if self._hand_off(lead, rep, qualification_id, grade, ended, ids, rows):
            lead["status"] = "handed_off"

    def _qualify(
        self,
        lead: dict[str, Any],
        attempt_id: int,
        outcome: str,
        grade: str,
        at: datetime,
        ids: HistoryIds,
        rows: HistoryRows,
    ) -> int | None:
        if self.script_id is None:
            return None
        rng = self.rng
        base = {"A": 22, "B": 16, "C": 9, "D": 3}[grade]
        qualification_id = ids.qualification
        ids.qualification += 1
        rows.qualifications.append(
            (
                qualification_id,
                attempt_id,
                lead["id"],
                self.script_id,
                lead.get("segment") or "smb",
                base + rng.randint(-3, 3),
                base + rng.randint(-3, 3),
                base + rng.randint(-3, 3),
                base + rng.randint(-3, 3),
                grade,
                outcome,
                outcome,
                "",
                at,
            )
        )
        self.counts.qualifications += 1
        return qualification_id

    def _hand_off(
        self,
        lead: dict[str, Any],
        rep: RepProfile,
        qualification_id: int | None,
        grade: str,
        qualified_at: datetime,
        ids: HistoryIds,
        rows: HistoryRows,
    ) -> bool:
        segment = lead.get("segment") or "smb"
        eligible = [
            p for p in self.partners if lead.get("country") in p.countries and segment in p.segments
        ]
        if not eligible:
            return False
        partner = pick(self.rng, eligible)
        handoff_id = ids.handoff
        ids.handoff += 1
        handoff = play_handoff(
            self.rng,
            self.now,
            handoff_id,
            lead,
            partner,
            segment,
            qualification_id,
            rep.id,
            grade,
            qualified_at,
        )
        rows.handoffs.append(handoff.row)
        rows.events.extend(handoff.events)
        self.counts.handoffs += 1
        if handoff.won_revenue is not None:
            self.counts.won += 1
            self.counts.revenue += handoff.won_revenue
        return True
