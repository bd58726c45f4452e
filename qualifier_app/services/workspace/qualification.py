"""The qualification of a contacted lead: the typed answers assessed against the script, and
stored with the script version, the points, the grade and the rep's decision."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from qualifier_app.domain import bant
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.outcomes import OutcomeKind, overrules
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import CallAttempt, Lead, Qualification, QualificationAnswer
from qualifier_app.services.frame import Change
from qualifier_app.services.workspace.dto import Outcome
from qualifier_app.services.workspace.scripts import ScriptLibrary

Assessed = tuple[bant.Assessment | None, dict[str, bant.AnswerValue], bant.Script | None]


def assess(
    scripts: ScriptLibrary,
    lead: Lead,
    outcome: Outcome,
    today: date,
    currency: str | None = None,
) -> Assessed:
    """The script's assessment of the answers (amounts in the center's `currency`); none for
    a call without them."""
    if outcome.kind is OutcomeKind.NO_CONTACT:
        return None, {}, None
    if outcome.script_id is None:
        if outcome.kind is OutcomeKind.SALES_READY:
            raise InvalidInput(
                message("go through the script before calling a lead sales-ready"), "script"
            )
        return None, {}, None
    script = scripts.parsed(outcome.script_id)
    answers: dict[str, bant.AnswerValue] = {}
    for key, raw in outcome.answers.items():
        try:
            question = script.question(key)
        except KeyError:
            raise InvalidInput(
                message(
                    "question {key!r} is not in script {name} v{version}",
                    key=key,
                    name=script.name,
                    version=script.version,
                ),
                key,
            ) from None
        value = bant.parse_answer(question, raw, currency)
        if value is not None:
            answers[key] = value
    answers = bant.counted_answers(script, lead.segment, answers)
    if not answers:
        if outcome.kind is OutcomeKind.SALES_READY:
            raise InvalidInput(
                message("go through the script before calling a lead sales-ready"), "script"
            )
        return None, {}, None
    assessment = bant.assess(script, lead.segment, answers, today)
    if outcome.kind is OutcomeKind.SALES_READY and not assessment.complete:
        question = script.question(assessment.missing[0])
        raise InvalidInput(
            message(
                "answer “{text}” first: a sales-ready lead needs every required answer",
                text=question.text,
            ),
            question.key,
        )
    if (
        overrules(outcome.kind, assessment.recommendation)
        and (assessment.complete or outcome.kind is OutcomeKind.SALES_READY)
        and not outcome.overrule_reason.strip()
    ):
        raise InvalidInput(
            message(
                (
                    "the script recommends {phrase} (grade {grade}: {reason}); say why you "
                    "choose {phrase2} instead"
                ),
                phrase=assessment.recommendation.phrase,
                grade=assessment.grade,
                reason=assessment.reason,
                phrase2=outcome.kind.phrase,
            ),
            "overrule_reason",
        )
    return assessment, answers, script


def record_qualification(
    change: Change,
    lead: Lead,
    attempt: CallAttempt,
    script: bant.Script,
    assessment: bant.Assessment,
    answers: Mapping[str, bant.AnswerValue],
    outcome: Outcome,
    grade: str | None,
) -> int:
    assert outcome.script_id is not None
    session = change.session
    overrule_reason = (
        outcome.overrule_reason.strip()
        if overrules(outcome.kind, assessment.recommendation)
        else ""
    )
    qualification = Qualification(
        call_attempt_id=attempt.id,
        lead_id=lead.id,
        script_id=outcome.script_id,
        segment=bant.segment_key(lead.segment),
        budget_points=assessment.points["B"],
        authority_points=assessment.points["A"],
        need_points=assessment.points["N"],
        timeline_points=assessment.points["T"],
        grade=grade or assessment.grade,
        recommendation=assessment.recommendation.value,
        decision=outcome.kind.value,
        overrule_reason=overrule_reason,
        created_at=change.now,
    )
    session.add(qualification)
    session.flush()
    for key, value in answers.items():
        question = script.question(key)
        session.add(_answer_row(qualification.id, question, script, value))
    change.audit(
        "qualification.overruled" if overrule_reason else "qualification.recorded",
        "qualification",
        qualification.id,
        after={
            "lead_id": lead.id,
            "script": f"{script.name} v{script.version}",
            "points": dict(assessment.points),
            "computed_grade": assessment.grade,
            "grade": qualification.grade,
            "recommendation": assessment.recommendation.value,
            "decision": outcome.kind.value,
        },
        reason=overrule_reason,
    )
    return qualification.id


def _answer_row(
    qualification_id: int, question: bant.Question, script: bant.Script, value: bant.AnswerValue
) -> QualificationAnswer:
    row = QualificationAnswer(
        qualification_id=qualification_id,
        question_key=question.key,
        question_type=question.type.value,
        dimension=script.dimension_of(question),
        points=bant.points_for(question, value),
    )
    if isinstance(value, bool):
        row.value_bool = value
    elif isinstance(value, tuple):
        row.value_choices = list(value)
    elif isinstance(value, date):
        row.value_date = value
    elif isinstance(value, str):
        row.value_text = value
    else:
        row.value_number = value
    return row
