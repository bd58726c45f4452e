"""BANT scripts as data: screens, typed questions, branching, points, grades, recommendations.

A script is a JSON document (resources/scripts/, versioned in the database). The rep walks
through its screens; every answer is typed data. Answers add points to Budget, Authority,
Need or Timeline; the pass rules of the lead's segment turn the points into a grade (A–D)
and a recommendation: sales-ready, nurture (with a reason and a recycle date), disqualify,
or call back when the prospect had no time.

The package's rooms: `script` (the model), `definition` (reading the JSON), `answers` (typed
answers and their points), `walking` (the path through the screens), `assessment` (grade and
recommendation). The names below are the package's public face, used as `bant.assess`.
"""

from qualifier_app.domain.bant.answers import (
    answer_to_json,
    parse_answer,
    points_for,
    question_text,
)
from qualifier_app.domain.bant.assessment import (
    Assessment,
    add_months,
    assess,
    dimension_points,
    grade_of,
    recommended_grade,
    recycle_date,
)
from qualifier_app.domain.bant.definition import parse_script
from qualifier_app.domain.bant.script import (
    CALLBACK,
    DEFAULT_SEGMENT,
    DIMENSION_NAMES,
    DIMENSIONS,
    END,
    GRADES,
    SPECIAL_TARGETS,
    Answers,
    AnswerValue,
    Option,
    Question,
    QuestionType,
    Screen,
    Script,
    segment_key,
)
from qualifier_app.domain.bant.walking import (
    Walk,
    active_questions,
    counted_answers,
    missing_required,
    next_screen,
    walk,
)

__all__ = [
    "CALLBACK",
    "DEFAULT_SEGMENT",
    "DIMENSIONS",
    "DIMENSION_NAMES",
    "END",
    "GRADES",
    "SPECIAL_TARGETS",
    "AnswerValue",
    "Answers",
    "Assessment",
    "Option",
    "Question",
    "QuestionType",
    "Screen",
    "Script",
    "Walk",
    "active_questions",
    "add_months",
    "answer_to_json",
    "assess",
    "counted_answers",
    "dimension_points",
    "grade_of",
    "missing_required",
    "next_screen",
    "parse_answer",
    "parse_script",
    "points_for",
    "question_text",
    "recommended_grade",
    "recycle_date",
    "segment_key",
    "walk",
]
