"""The lead a rep has open: what was typed so far, as plain data.

Everything here survives a crash through the draft: answers as typed, the chosen outcome
and its fields, corrections, and the request id that makes a resend after a lost reply
harmless.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from qualifier_app.domain import bant
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition
from qualifier_app.services.workspace.dto import ContactChange, Outcome, WorkItem
from qualifier_app.ui.widgets.script_text import script_values


@dataclass
class LeadSession:
    item: WorkItem
    script: bant.Script
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    started_at: datetime | None = None
    answers: dict[str, Any] = field(default_factory=dict)  # as typed: JSON-safe
    screen: str | None = None
    kind: str | None = None  # the outcome the rep picked; None: follow the recommendation
    disposition: str = Disposition.NO_ANSWER.value
    notes: str = ""
    reason: str = ""
    overrule_reason: str = ""
    callback_local: str = ""  # "2026-11-25T09:30" in callback_zone
    callback_zone: str = ""
    callback_me_only: bool = True
    recycle_on: str = ""  # ISO date
    phone: str | None = None  # a corrected phone, as typed
    email: str | None = None
    version: int = 0
    # A recycled lead's earlier answers, pre-filled and marked until the rep changes them.
    earlier: dict[str, Any] = field(default_factory=dict)
    dialed_at: datetime | None = None  # the call: from dialling to hang-up
    talk_seconds: int | None = None  # set at hang-up
    dialed_number: str | None = None  # the number dialled (E.164): caps count by it

    @property
    def on_call(self) -> bool:
        return self.dialed_at is not None and self.talk_seconds is None

    def hang_up(self, now: datetime) -> int | None:
        """End the call (if one is on): its talk time in whole seconds."""
        if self.dialed_at is not None and self.talk_seconds is None:
            self.talk_seconds = max(0, int((now - self.dialed_at).total_seconds()))
        return self.talk_seconds

    def __post_init__(self) -> None:
        if not self.version:
            self.version = self.item.lead.version
        past = self.item.past
        if past is not None and not self.earlier:
            self.earlier = {k: v for k, v in past.prefill.items() if self._asked(k)}
        if self.earlier and not self.answers:
            self.answers = dict(self.earlier)

    def _asked(self, key: str) -> bool:
        try:
            self.script.question(key)
        except KeyError:
            return False
        return True

    def is_earlier(self, key: str) -> bool:
        """The answer to `key` is the earlier one, not yet confirmed or changed."""
        return key in self.earlier and self.answers.get(key) == self.earlier[key]

    @property
    def lead_id(self) -> int:
        return self.item.lead.id

    @property
    def currency(self) -> str:
        """The center's: the script's amounts are in it."""
        return self.item.center_currency

    @property
    def segment(self) -> str | None:
        return self.item.lead.segment

    def script_values(self, rep_name: str) -> dict[str, str]:
        """What the script's text fills in for this lead."""
        item, lead = self.item, self.item.lead
        return script_values(
            contact_name=lead.contact_name,
            company=lead.company,
            rep_name=rep_name,
            first_name=item.first_name,
            product_interest=item.product_interest,
            partner=item.partner,
        )

    # --- answers ----------------------------------------------------------------------------

    def typed_answers(self) -> tuple[dict[str, bant.AnswerValue], dict[str, str]]:
        """(answers that parse, problems by question key)."""
        typed: dict[str, bant.AnswerValue] = {}
        problems: dict[str, str] = {}
        for key, raw in self.answers.items():
            try:
                value = bant.parse_answer(self.script.question(key), raw, self.currency)
            except InvalidInput as exc:
                problems[key] = exc.message
            except KeyError:
                continue
            else:
                if value is not None:
                    typed[key] = value
        return typed, problems

    def today(self, now: datetime) -> date:
        """The center's date at `now`: a recycle date must be after it, as the server says."""
        return now.astimezone(ZoneInfo(self.item.center_zone)).date()

    def assessment(self, today: date) -> bant.Assessment | None:
        typed, _ = self.typed_answers()
        counted = bant.counted_answers(self.script, self.segment, typed)
        if not counted:
            return None
        return bant.assess(self.script, self.segment, counted, today)

    # --- the outcome ------------------------------------------------------------------------

    def chosen_kind(self, today: date) -> OutcomeKind | None:
        if self.kind:
            return OutcomeKind(self.kind)
        assessment = self.assessment(today)
        # Half-way through the script there is no recommendation to follow yet.
        if assessment is None or not assessment.complete:
            return None
        return OutcomeKind(assessment.recommendation.value)

    def callback_at(self) -> datetime | None:
        if not self.callback_local or not self.callback_zone:
            return None
        try:
            local = datetime.fromisoformat(self.callback_local)
        except ValueError:
            raise InvalidInput(
                QCoreApplication.translate(
                    "LeadSession", "the callback time is not a date and time"
                ),
                "callback_at",
            ) from None
        return local.replace(tzinfo=ZoneInfo(self.callback_zone))

    def outcome(self, today: date) -> Outcome:
        kind = self.chosen_kind(today)
        if kind is None:
            raise InvalidInput(
                QCoreApplication.translate("LeadSession", "choose an outcome first"), "kind"
            )
        recycle: date | None = None
        if kind is OutcomeKind.NURTURE and self.recycle_on:
            try:
                recycle = date.fromisoformat(self.recycle_on)
            except ValueError:
                raise InvalidInput(
                    QCoreApplication.translate("LeadSession", "the recycle date is not a date"),
                    "recycle_on",
                ) from None
        corrections = tuple(
            ContactChange(name, value)
            for name, value in (("phone", self.phone), ("email", self.email))
            if value is not None
        )
        assert self.started_at is not None
        answers = {} if kind is OutcomeKind.NO_CONTACT else dict(self.answers)
        return Outcome(
            request_id=self.request_id,
            lead_id=self.lead_id,
            version=self.version,
            kind=kind,
            started_at=self.started_at,
            disposition=Disposition(self.disposition)
            if kind is OutcomeKind.NO_CONTACT
            else Disposition.CONTACTED,
            notes=self.notes,
            reason=self.reason,
            callback_at=self.callback_at() if kind is OutcomeKind.CALLBACK else None,
            callback_me_only=self.callback_me_only,
            recycle_on=recycle,
            script_id=self.item.script.id,
            answers=answers,
            overrule_reason=self.overrule_reason,
            corrections=corrections,
            inbound=self.item.inbound,
            talk_seconds=self.talk_seconds,
            dialled_number=self.dialed_number,
        )

    # --- drafts -----------------------------------------------------------------------------

    def to_draft(self, saved_at: datetime) -> dict[str, Any]:
        return {
            "version": self.version,
            "last_outcome_at": last_outcome_at(self.item),
            "company": self.item.lead.company,
            "contact": self.item.lead.contact_name,
            "request_id": self.request_id,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "saved_at": saved_at.isoformat(),
            "script_id": self.item.script.id,
            "answers": self.answers,
            "screen": self.screen,
            "kind": self.kind,
            "disposition": self.disposition,
            "notes": self.notes,
            "reason": self.reason,
            "overrule_reason": self.overrule_reason,
            "callback_local": self.callback_local,
            "callback_zone": self.callback_zone,
            "callback_me_only": self.callback_me_only,
            "recycle_on": self.recycle_on,
            "phone": self.phone,
            "email": self.email,
            "dialed_at": self.dialed_at.isoformat() if self.dialed_at else None,
            "talk_seconds": self.talk_seconds,
            "dialed_number": self.dialed_number,
        }

    @classmethod
    def from_draft(
        cls,
        item: WorkItem,
        script: bant.Script,
        draft: dict[str, Any],
        *,
        claimed_again: bool = False,
    ) -> LeadSession:
        """The session the draft was kept for. `claimed_again`: the lead was given back and
        claimed anew since, so the typed work goes onto the new claim: its version, and a new
        request id (nothing was sent for this claim yet)."""
        started = draft.get("started_at")
        dialed = draft.get("dialed_at")
        talk = draft.get("talk_seconds")
        return cls(
            item=item,
            script=script,
            request_id=str(uuid.uuid4()) if claimed_again else str(draft["request_id"]),
            started_at=datetime.fromisoformat(started) if started else None,
            answers=dict(draft.get("answers") or {}),
            screen=draft.get("screen"),
            kind=draft.get("kind"),
            disposition=str(draft.get("disposition") or Disposition.NO_ANSWER.value),
            notes=str(draft.get("notes") or ""),
            reason=str(draft.get("reason") or ""),
            overrule_reason=str(draft.get("overrule_reason") or ""),
            callback_local=str(draft.get("callback_local") or ""),
            callback_zone=str(draft.get("callback_zone") or ""),
            callback_me_only=bool(draft.get("callback_me_only", True)),
            recycle_on=str(draft.get("recycle_on") or ""),
            phone=draft.get("phone"),
            email=draft.get("email"),
            version=item.lead.version
            if claimed_again
            else int(draft.get("version") or item.lead.version),
            dialed_at=datetime.fromisoformat(dialed) if dialed else None,
            talk_seconds=int(talk) if talk is not None else None,
            dialed_number=draft.get("dialed_number"),
        )


def last_outcome_at(item: WorkItem) -> str | None:
    """When the lead's latest outcome was recorded (the database's time), as the draft keeps
    it: a different one later means someone recorded another outcome meanwhile."""
    return item.history[0].at.isoformat() if item.history else None
