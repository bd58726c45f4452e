"""The handoff package: everything a partner rep needs about a sales-ready lead, read from
the database for the e-mail and its JSON attachment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qualifier_app.domain import sla
from qualifier_app.domain.bant import QuestionType
from qualifier_app.domain.currency import currency_text
from qualifier_app.domain.handoff_package import BantAnswer, HandoffPackage
from qualifier_app.domain.text import restored
from qualifier_app.persistence.models import (
    CallAttempt,
    Campaign,
    Handoff,
    Lead,
    Partner,
    PartnerRep,
    Qualification,
    QualificationAnswer,
    Script,
    User,
)
from qualifier_app.services.center_days import center_currency
from qualifier_app.services.compliance import consents


def _question_texts(
    definition: dict[str, Any], currency: str
) -> dict[str, tuple[str, str, dict[str, str]]]:
    """question key → (text, dimension, option value → label) from a script definition; an
    amount's text names the center's currency."""
    found: dict[str, tuple[str, str, dict[str, str]]] = {}
    for screen in definition.get("screens", []):
        dimension = str(screen.get("dimension") or "")
        for question in screen.get("questions", []):
            options = {
                str(o.get("value")): str(o.get("label", o.get("value")))
                for o in question.get("options", [])
            }
            text = str(question.get("text", question.get("key")))
            if question.get("type") == QuestionType.CURRENCY.value:
                text = currency_text(text, currency)
            found[str(question.get("key"))] = (
                text,
                dimension,
                options,
            )
    return found


def _answer_text(answer: QualificationAnswer, options: dict[str, str]) -> str:
    if answer.value_choices is not None:
        return ", ".join(options.get(str(v), str(v)) for v in answer.value_choices)
    if answer.value_bool is not None:
        return "yes" if answer.value_bool else "no"
    if answer.value_number is not None:
        return f"{answer.value_number.normalize():f}"
    if answer.value_date is not None:
        return answer.value_date.isoformat()
    text = answer.value_text or ""
    return options.get(text, text)


def build_package(
    session: Session,
    handoff: Handoff,
    sent_at: datetime,
    respond_by: datetime | None = None,
) -> HandoffPackage:
    lead = session.get(Lead, handoff.lead_id)
    partner = session.get(Partner, handoff.partner_id)
    assert lead is not None and partner is not None
    rep = session.get(PartnerRep, handoff.partner_rep_id) if handoff.partner_rep_id else None
    campaign = (
        session.execute(select(Campaign.name).where(Campaign.id == lead.campaign_id)).scalar()
        if lead.campaign_id
        else None
    )
    qualification = (
        session.get(Qualification, handoff.qualification_id) if handoff.qualification_id else None
    )
    answers: list[BantAnswer] = []
    points: dict[str, int] = {}
    qualified_at = None
    if qualification is not None:
        qualified_at = qualification.created_at
        points = {
            "B": qualification.budget_points,
            "A": qualification.authority_points,
            "N": qualification.need_points,
            "T": qualification.timeline_points,
        }
        definition = session.execute(
            select(Script.definition).where(Script.id == qualification.script_id)
        ).scalar()
        texts = _question_texts(definition or {}, center_currency(session))
        for answer in session.execute(
            select(QualificationAnswer)
            .where(QualificationAnswer.qualification_id == qualification.id)
            .order_by(QualificationAnswer.id)
        ).scalars():
            text, dimension, options = texts.get(answer.question_key, (answer.question_key, "", {}))
            answers.append(
                BantAnswer(
                    dimension=answer.dimension or dimension,
                    question=_fill(text, lead),
                    answer=_answer_text(answer, options),
                )
            )
    notes = tuple(
        note.strip()
        for note in session.execute(
            select(CallAttempt.notes)
            .where(CallAttempt.lead_id == lead.id, CallAttempt.notes != "")
            .order_by(CallAttempt.ended_at)
        ).scalars()
        if note.strip()
    )
    qualified_by = ""
    if handoff.qualified_by_id:
        qualified_by = (
            session.execute(
                select(User.display_name).where(User.id == handoff.qualified_by_id)
            ).scalar()
            or ""
        )
    location = ", ".join(
        part
        for part in (lead.city, lead.region or "", lead.postal_code, lead.country or "")
        if part
    )
    return HandoffPackage(
        handoff_id=handoff.id,
        lead_id=lead.id,
        partner=partner.name,
        partner_rep=rep.name if rep else "",
        partner_rep_email=rep.email if rep else "",
        company=lead.company,
        contact_name=lead.contact_name,
        title=lead.title,
        phone=lead.phone_e164 or lead.phone_raw,
        email=lead.email_normalized or lead.email_raw,
        website=lead.website,
        location=location,
        employees=lead.employees,
        annual_revenue=str(lead.annual_revenue) if lead.annual_revenue is not None else None,
        industry=lead.industry,
        product_interest=lead.product_interest,
        inquiry=lead.inquiry,
        segment=lead.segment,
        grade=handoff.grade,
        bant_points=points,
        answers=tuple(answers),
        notes=notes,
        qualified_by=qualified_by or "the Qualifying Center",
        qualified_at=qualified_at,
        why=str(restored(handoff.why)),  # the partner reads the English
        sla_hours=partner.sla_hours,
        respond_by=respond_by or sla.deadline(sent_at, partner.sla_hours),
        sent_at=sent_at,
        campaign=campaign,
        consent=consents.lines(session, lead.id),
    )


def _fill(text: str, lead: Lead) -> str:
    for key, value in (
        ("{company}", lead.company),
        ("{contact_name}", lead.contact_name),
        ("{contact_first_name}", lead.first_name),
        ("{product_interest}", lead.product_interest),
    ):
        text = text.replace(key, value)
    return text
