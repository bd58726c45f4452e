"""The check call after a handoff: "don't assume, check!" (docs/domain.md, "SLA and closed
loop").

A few business days after a lead was delivered, somebody from the Qualifying Center calls the
customer: were you contacted by the partner, when, by whom, how was it, do you still need
what you asked for. Which handoffs are checked is a policy per segment (and optionally per
partner): all of them, or a sample with at least N per partner and month, and more for
partners whose check calls went badly. What customers say becomes a measure of the partner.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from qualifier_app.domain.calling_rules import RuleBook
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.scoring import SEGMENTS
from qualifier_app.domain.text import counted, joined, message

# The name the check-call script is stored under (beside the BANT scripts), and the
# "segment" it is stored for, so no BANT lead is ever given it.
SCRIPT_NAME = "check-call"
SCRIPT_SEGMENT = "check_call"

# Handoff statuses a check call is made for: delivered, and the partner owes us news.
CHECKABLE = frozenset({"sent", "accepted", "active"})
CLOSED_BY_PARTNER = frozenset({"won", "lost"})
# What the partner says it does with the lead although the customer says nobody called.
SELF_REPORTED_WORKING = frozenset({"active"})

# A partner's check-call record is poor when customers it should have called say it did
# not in more than this share of at least POOR_MIN_REACHED answered check calls.
POOR_CONTACT_RATE = 0.5
POOR_MIN_REACHED = 3


class CheckCallStatus:
    DUE = "due"  # in the queue of the qualifying rep (or team)
    ANSWERED = "answered"  # the customer answered the questions
    UNREACHED = "unreached"  # no-contact attempts ran out
    CANCELLED = "cancelled"  # the partner reported won or lost before the call
    SKIPPED = "skipped"  # not in the sample


class FollowUp:
    """What the channel manager does with a handoff a check call reopened."""

    OPEN = "open"  # reopened, waiting for the channel manager
    REROUTED = "rerouted"
    KEPT = "kept"  # left with the partner, with a note


@dataclass(frozen=True)
class CheckPolicy:
    segment: str  # smb / enterprise
    partner_id: int | None  # None: every partner of the segment
    business_days: int = 5
    share_percent: int = 100  # of the handoffs; 100: all of them
    minimum_per_month: int = 0  # per partner and calendar month, whatever the sample
    poor_share_percent: int | None = None  # the share for partners with a poor record

    def describe(self) -> str:
        share = (
            message("every handoff")
            if self.share_percent >= 100
            else message("{share} %", share=self.share_percent)
        )
        parts = [
            counted(
                self.business_days,
                "{count} business day after delivery, {share}",
                "{count} business days after delivery, {share}",
                share=share,
            )
        ]
        if self.minimum_per_month:
            parts.append(
                message(", at least {minimum} per partner a month", minimum=self.minimum_per_month)
            )
        if self.poor_share_percent is not None:
            parts.append(
                message(
                    ", {share} % for partners with a poor record", share=self.poor_share_percent
                )
            )
        return joined(*parts)


def check_policy(
    segment: str,
    partner_id: int | None,
    business_days: int,
    share_percent: int,
    minimum_per_month: int = 0,
    poor_share_percent: int | None = None,
) -> CheckPolicy:
    """A policy as entered, checked; every problem names its field."""
    key = segment.strip().lower()
    if key not in SEGMENTS:
        raise InvalidInput(
            message("the segment must be one of {segments}", segments=", ".join(SEGMENTS)),
            "segment",
        )
    if not 1 <= business_days <= 30:
        raise InvalidInput(
            message("the check call comes 1 to 30 business days after delivery"), "days"
        )
    if not 0 <= share_percent <= 100:
        raise InvalidInput(message("the share of handoffs to check is 0 to 100 %"), "share")
    if not 0 <= minimum_per_month <= 1000:
        raise InvalidInput(message("the minimum per partner and month is 0 to 1000"), "minimum")
    if poor_share_percent is not None and not share_percent <= poor_share_percent <= 100:
        raise InvalidInput(
            message(
                "partners with a poor record are checked more often: "
                "{share} to 100 %, not {poor_share}",
                share=share_percent,
                poor_share=poor_share_percent,
            ),
            "poor_share",
        )
    return CheckPolicy(
        key, partner_id, business_days, share_percent, minimum_per_month, poor_share_percent
    )


def policy_for(
    policies: Iterable[CheckPolicy], segment: str | None, partner_id: int
) -> CheckPolicy | None:
    """The partner's own policy for the segment, else the segment's."""
    key = (segment or "smb").lower()
    general = None
    for policy in policies:
        if policy.segment != key:
            continue
        if policy.partner_id == partner_id:
            return policy
        if policy.partner_id is None:
            general = policy
    return general


def add_business_days(
    start: datetime,
    days: int,
    holidays: Collection[date] = frozenset(),
    zone: tzinfo | None = None,
) -> datetime:
    """`days` business days after `start`, at the same time of day: Monday to Friday and not
    one of `holidays` (the lead's place's), counted on the calendar of `zone` (the lead's
    local time) when it is known."""
    moment = start.astimezone(zone) if zone is not None else start
    left = days
    while left > 0:
        moment += timedelta(days=1)
        if moment.weekday() < 5 and moment.date() not in holidays:
            left -= 1
    return moment.astimezone(start.tzinfo) if zone is not None else moment


def days_off(book: RuleBook, country: str | None, region: str | None) -> frozenset[date]:
    """The holidays that are no business days for a lead: those of the calling rule it follows
    (its region's, else its country's, else the default rule's), and its country's too."""
    place = book.place_for(country, region)
    found = set(book.rule(place).holidays)
    country_place = (country or "").upper()
    if country_place and country_place != place and country_place in book.rules:
        found |= book.rules[country_place].holidays
    return frozenset(found)


def in_sample(handoff_id: int, share_percent: int) -> bool:
    """A fixed, evenly spread draw per handoff: the same handoff is always in or out, so a
    sweep run twice (or on two workstations) decides the same."""
    if share_percent >= 100:
        return True
    return (handoff_id * 2_654_435_761) % 4_294_967_296 % 100 < share_percent


@dataclass(frozen=True)
class Decision:
    check: bool
    status: str  # CheckCallStatus.DUE / SKIPPED / CANCELLED
    reason: str


def decide(
    policy: CheckPolicy,
    handoff_id: int,
    handoff_status: str,
    checked_this_month: int,
    poor_record: bool,
) -> Decision:
    """Whether a handoff that reached its check day gets a check call, and why."""
    if handoff_status in CLOSED_BY_PARTNER:
        return Decision(
            False,
            CheckCallStatus.CANCELLED,
            message("the partner already reported the lead {status}", status=handoff_status),
        )
    if handoff_status not in CHECKABLE:
        return Decision(
            False,
            CheckCallStatus.CANCELLED,
            message("the handoff is {status}", status=handoff_status),
        )
    share = policy.share_percent
    if poor_record and policy.poor_share_percent is not None:
        share = policy.poor_share_percent
    if checked_this_month < policy.minimum_per_month:
        return Decision(
            True,
            CheckCallStatus.DUE,
            message(
                "at least {minimum} per partner a month ({so_far} so far)",
                minimum=policy.minimum_per_month,
                so_far=checked_this_month,
            ),
        )
    poor = (
        message(" (poor check-call record)")
        if poor_record and share != policy.share_percent
        else ""
    )
    if share >= 100:
        return Decision(
            True, CheckCallStatus.DUE, joined(message("every handoff is checked"), poor)
        )
    if in_sample(handoff_id, share):
        return Decision(
            True, CheckCallStatus.DUE, joined(message("in the {share} % sample", share=share), poor)
        )
    return Decision(
        False,
        CheckCallStatus.SKIPPED,
        joined(message("not in the {share} % sample", share=share), poor),
    )


# --- what the customer says ----------------------------------------------------------------


@dataclass(frozen=True)
class CustomerAnswers:
    contacted: bool | None  # by the partner; None: the customer does not know
    contacted_on: date | None
    contacted_by: str
    satisfaction: int | None  # 1–5
    still_needs: bool | None
    may_share: bool | None
    comments: str


def _yes_no(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"yes", "y", "true", "1"}:
        return True
    if text in {"no", "n", "false", "0"}:
        return False
    return None


def read_answers(answers: Mapping[str, Any], today: date) -> CustomerAnswers:
    """The check-call script's answers (typed values or as typed), checked."""
    contacted_raw = answers.get("partner_contacted")
    contacted = None if contacted_raw in (None, "", "unsure") else _yes_no(contacted_raw)
    on = answers.get("contacted_on")
    contacted_on: date | None = None
    if isinstance(on, date):
        contacted_on = on
    elif on:
        try:
            contacted_on = date.fromisoformat(str(on))
        except ValueError:
            raise InvalidInput(
                message("the day of the partner's call is not a date"), "contacted_on"
            ) from None
    if contacted_on is not None and contacted_on > today:
        raise InvalidInput(message("the partner's call cannot be in the future"), "contacted_on")
    raw_score = answers.get("experience")
    satisfaction: int | None = None
    if raw_score not in (None, ""):
        try:
            satisfaction = int(str(raw_score).strip())
        except ValueError:
            raise InvalidInput(message("rate the experience from 1 to 5"), "experience") from None
        if not 1 <= satisfaction <= 5:
            raise InvalidInput(message("rate the experience from 1 to 5"), "experience")
    return CustomerAnswers(
        contacted=contacted,
        contacted_on=contacted_on if contacted else None,
        contacted_by=str(answers.get("contacted_by") or "").strip()[:200] if contacted else "",
        satisfaction=satisfaction if contacted else None,
        still_needs=_yes_no(answers.get("still_needs")),
        may_share=_yes_no(answers.get("may_share")),
        comments=str(answers.get("comments") or "").strip(),
    )


def contradicts(handoff_status: str, answers: CustomerAnswers) -> bool:
    """The partner says it works the lead; the customer says nobody ever called."""
    return handoff_status in SELF_REPORTED_WORKING and answers.contacted is False


@dataclass(frozen=True)
class CustomerRecord:
    """What customers told the check calls about one partner."""

    reached: int = 0  # check calls that reached the customer and got an answer
    contacted: int = 0  # of those, customers who say the partner contacted them
    satisfaction_total: int = 0
    satisfaction_count: int = 0

    @property
    def contact_rate(self) -> float | None:
        return self.contacted / self.reached if self.reached else None

    @property
    def satisfaction(self) -> float | None:
        if not self.satisfaction_count:
            return None
        return self.satisfaction_total / self.satisfaction_count

    @property
    def measure(self) -> float | None:
        """0–1 for the routing weight: contact rate, and satisfaction when known."""
        rate = self.contact_rate
        if rate is None:
            return None
        score = self.satisfaction
        if score is None:
            return rate
        return (rate + (score - 1) / 4) / 2

    @property
    def poor(self) -> bool:
        rate = self.contact_rate
        return self.reached >= POOR_MIN_REACHED and rate is not None and rate < POOR_CONTACT_RATE

    def text(self) -> str:
        rate = self.contact_rate
        if rate is None:
            return message("no check call answered yet")
        text = message(
            "customers say it contacted {contacted} of {reached} ({rate:.0%})",
            contacted=self.contacted,
            reached=self.reached,
            rate=rate,
        )
        if self.satisfaction is None:
            return text
        return joined(
            text, message(", satisfaction {satisfaction:.1f}/5", satisfaction=self.satisfaction)
        )
