"""What a partner receives with a sales-ready lead: the handoff package, as text and JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class BantAnswer:
    dimension: str  # B, A, N, T or "" for the other questions of the script
    question: str
    answer: str


@dataclass(frozen=True)
class HandoffPackage:
    handoff_id: int
    lead_id: int
    partner: str
    partner_rep: str
    partner_rep_email: str
    company: str
    contact_name: str
    title: str
    phone: str
    email: str
    website: str
    location: str
    employees: int | None
    annual_revenue: str | None
    industry: str
    product_interest: str
    inquiry: str
    segment: str | None
    grade: str | None
    bant_points: dict[str, int]
    answers: tuple[BantAnswer, ...]
    notes: tuple[str, ...]
    qualified_by: str
    qualified_at: datetime | None
    why: str
    sla_hours: int
    respond_by: datetime
    sent_at: datetime
    campaign: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # What the prospect agreed to on the call, one line per channel (the newest answer).
    consent: tuple[str, ...] = ()

    @property
    def subject(self) -> str:
        grade = f"grade {self.grade}" if self.grade else "ungraded"
        return f"Sales-ready lead {self.handoff_id}: {self.company or self.contact_name} ({grade})"

    def text(self) -> str:
        segment = self.segment or "segment unknown"
        grade = f"grade {self.grade}" if self.grade else "not graded"
        lines = [
            f"Hello {self.partner_rep or self.partner},",
            "",
            f"The Qualifying Center hands you a sales-ready lead ({segment}, {grade}).",
            f"Please accept or reject it by {self.respond_by:%Y-%m-%d %H:%M} UTC "
            f"(acceptance SLA {self.sla_hours} h); after that it goes to another partner.",
            f"Reply with handoff id {self.handoff_id} in your status updates.",
            "",
            "LEAD",
            f"  Company:          {self.company}",
            f"  Contact:          {self.contact_name}" + (f", {self.title}" if self.title else ""),
            f"  Phone:            {self.phone}",
            f"  E-mail:           {self.email}",
            f"  Website:          {self.website}",
            f"  Location:         {self.location}",
            f"  Employees:        {self.employees if self.employees is not None else ''}",
            f"  Annual revenue:   {self.annual_revenue or ''}",
            f"  Industry:         {self.industry}",
            f"  Interested in:    {self.product_interest}",
            f"  Asked for:        {self.inquiry}",
        ]
        if self.campaign:
            lines.append(f"  Campaign:         {self.campaign}")
        lines += ["", "QUALIFICATION (BANT)"]
        points = ", ".join(f"{k} {v}" for k, v in self.bant_points.items())
        lines.append(f"  Grade {self.grade or '-'}; points: {points or 'none recorded'}")
        for answer in self.answers:
            tag = f"[{answer.dimension}] " if answer.dimension else ""
            lines.append(f"  {tag}{answer.question}: {answer.answer}")
        qualified = f"{self.qualified_by}" + (
            f" on {self.qualified_at:%Y-%m-%d}" if self.qualified_at else ""
        )
        lines.append(f"  Qualified by {qualified}")
        lines += ["", "CONSENT GIVEN ON THE CALL"]
        lines += [f"  {line}" for line in self.consent] or ["  none recorded"]
        if self.notes:
            lines += ["", "NOTES"]
            lines += [f"  - {note}" for note in self.notes]
        lines += ["", "WHY YOU", f"  {self.why}", ""]
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("qualified_at", "respond_by", "sent_at"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        return data
