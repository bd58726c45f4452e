"""The script validator: on the shipped script, on hand-broken ones, and on random scripts
broken at random (hypothesis)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qualifier_app.domain import bant
from qualifier_app.domain.bant_validation import (
    ScriptInvalid,
    check_script,
    reachable_screens,
    validated,
)
from qualifier_app.paths import resources_dir

RULES = {"smb": {"A": {"N": 20}, "B": {"N": 10}, "C": {"N": 1}}}


def shipped() -> dict[str, Any]:
    path = resources_dir() / "scripts" / "bant_default.json"
    return dict(json.loads(path.read_text("utf-8")))


def test_the_shipped_script_validates() -> None:
    assert check_script(shipped()) == []
    assert validated(shipped()).name == "bant-default"


def test_a_jump_to_a_missing_screen_names_screen_and_question() -> None:
    broken = shipped()
    broken["screens"][2]["questions"][0]["options"][3]["jump"] = "goodbye"
    problems = check_script(broken)
    assert [p.text() for p in problems] == [
        "screen need, question need_level: jumps to screen 'goodbye', which does not exist"
    ]
    with pytest.raises(ScriptInvalid, match="screen need, question need_level") as caught:
        validated(broken)
    assert caught.value.field == "script"


def test_a_jump_back_is_a_loop() -> None:
    broken = shipped()
    broken["screens"][3]["questions"][0]["branch"] = {"none": "need"}
    (problem,) = check_script(broken)
    assert (problem.screen, problem.question) == ("budget", "budget_status")
    assert "jumps back to screen 'need'" in problem.message
    assert "never end" in problem.message


def test_a_screen_every_path_jumps_past_is_unreachable() -> None:
    broken = shipped()
    # Whatever the prospect says about permission, the call goes straight to the budget.
    broken["screens"][0]["questions"][2]["branch"] = {"no": "@callback", "yes": "budget"}
    texts = [p.text() for p in check_script(broken)]
    assert texts == [
        "screen contact: no path reaches this screen",
        "screen need: no path reaches this screen",
    ]


def test_a_screen_for_one_segment_is_reachable() -> None:
    definition = _script([[_yes_no("q0")], [_yes_no("q1")]])
    definition["screens"][1]["segments"] = ["enterprise"]
    assert check_script(definition) == []


def test_branch_on_an_answer_the_question_does_not_have() -> None:
    broken = shipped()
    broken["screens"][0]["questions"][0]["branch"] = {"maybe": "@callback"}
    (problem,) = check_script(broken)
    assert problem.text() == (
        "screen opening, question reached_contact: branches on 'maybe', which is not one of "
        "its answers"
    )


def test_problems_parsing_finds_are_reported_with_their_place() -> None:
    broken = shipped()
    broken["screens"][1]["questions"][0]["type"] = "essay"
    (problem,) = check_script(broken)
    assert "question prospect_kind on screen contact" in problem.text()
    assert check_script({"name": "x", "screens": []})[0].text() == (
        "a script needs at least one screen"
    )
    no_rules = shipped()
    no_rules["pass_rules"] = {}
    assert "no pass rules" in check_script(no_rules)[0].text()


def test_duplicate_keys_are_named() -> None:
    broken = shipped()
    broken["screens"][1]["key"] = "opening"
    broken["screens"][2]["questions"][1]["key"] = "need_level"
    texts = [p.text() for p in check_script(broken)]
    assert "screen opening: two screens have this key" in texts
    assert "screen need, question need_level: another question has this key" in texts


# --- random scripts ---------------------------------------------------------------------------


def _yes_no(key: str, **extra: Any) -> dict[str, Any]:
    return {"key": key, "type": "yes_no", "text": key, "points": {"yes": 10}, **extra}


def _script(screens: list[list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "name": "random",
        "version": 1,
        "screens": [
            {"key": f"s{i}", "title": f"Screen {i}", "dimension": "N", "questions": questions}
            for i, questions in enumerate(screens)
        ],
        "pass_rules": RULES,
    }


@st.composite
def scripts(draw: st.DrawFn) -> dict[str, Any]:
    """Scripts whose jumps all go forward (to a later screen, @end or @callback)."""
    count = draw(st.integers(1, 6))
    screens: list[list[dict[str, Any]]] = []
    number = 0
    for index in range(count):
        targets = [f"s{j}" for j in range(index + 1, count)] + ["@end", "@callback"]
        jump = st.one_of(st.none(), st.sampled_from(targets))
        questions = []
        for _ in range(draw(st.integers(1, 3))):
            key, required = f"q{number}", draw(st.booleans())
            number += 1
            if draw(st.booleans()):
                branch = {a: t for a in ("yes", "no") if (t := draw(jump)) is not None}
                questions.append(_yes_no(key, required=required, branch=branch))
            else:
                options = []
                for value in ("a", "b"):
                    option: dict[str, Any] = {"value": value, "label": value, "points": 5}
                    if (target := draw(jump)) is not None:
                        option["jump"] = target
                    options.append(option)
                questions.append(
                    {
                        "key": key,
                        "type": "single_choice",
                        "text": key,
                        "required": required,
                        "options": options,
                    }
                )
        screens.append(questions)
    return _script(screens)


def _jumps(definition: dict[str, Any]) -> list[tuple[int, int, str, str | None]]:
    """(screen index, question index, branch answer or option value, kind) of every jump."""
    found = []
    for s, screen in enumerate(definition["screens"]):
        for q, question in enumerate(screen["questions"]):
            found += [(s, q, answer, "branch") for answer in question.get("branch", {})]
            found += [
                (s, q, str(o["value"]), "option")
                for o in question.get("options", ())
                if o.get("jump")
            ]
    return found


def _set_jump(definition: dict[str, Any], jump: tuple[int, int, str, str | None], to: str) -> None:
    s, q, answer, kind = jump
    question = definition["screens"][s]["questions"][q]
    if kind == "branch":
        question["branch"][answer] = to
    else:
        next(o for o in question["options"] if o["value"] == answer)["jump"] = to


@settings(max_examples=150, deadline=None)
@given(definition=scripts(), data=st.data())
def test_every_screen_a_rep_can_reach_is_valid_and_every_walk_ends(
    definition: dict[str, Any], data: st.DataObject
) -> None:
    problems = check_script(definition)
    assert all("no path reaches" in p.message for p in problems)
    script = bant.parse_script(definition)
    answers: dict[str, bant.AnswerValue] = {}
    for screen in script.screens:
        for question in screen.questions:
            # A rep moves on from a screen only with its required questions answered.
            skip = [] if question.required else [None]
            choice = data.draw(st.sampled_from([*skip, *(o.value for o in question.choices())]))
            if choice is not None:
                answers[question.key] = (
                    choice == "yes" if question.type is bant.QuestionType.YES_NO else choice
                )
    walked = bant.walk(script, "smb", answers)  # ends: jumps only go forward
    flagged = {p.screen for p in problems}
    assert set(walked.screens) <= reachable_screens(script, "smb")
    assert not set(walked.screens) & flagged


@settings(max_examples=150, deadline=None)
@given(definition=scripts(), data=st.data())
def test_a_jump_broken_at_random_is_named(definition: dict[str, Any], data: st.DataObject) -> None:
    jumps = _jumps(definition)
    if not jumps:
        return
    jump = data.draw(st.sampled_from(jumps))
    screen, question = jump[0], f"q{_question_number(definition, jump)}"
    missing = copy.deepcopy(definition)
    _set_jump(missing, jump, "nowhere")
    assert any(
        p.screen == f"s{screen}" and p.question == question and "'nowhere'" in p.message
        for p in check_script(missing)
    )
    back = copy.deepcopy(definition)
    target = data.draw(st.integers(0, screen))
    _set_jump(back, jump, f"s{target}")
    assert any(
        p.screen == f"s{screen}" and p.question == question and "jumps back" in p.message
        for p in check_script(back)
    )
    with pytest.raises(ScriptInvalid, match=f"screen s{screen}, question {question}"):
        validated(back)


def _question_number(definition: dict[str, Any], jump: tuple[int, int, str, str | None]) -> int:
    return int(definition["screens"][jump[0]]["questions"][jump[1]]["key"][1:])


@settings(max_examples=100, deadline=None)
@given(definition=scripts(), data=st.data())
def test_a_screen_cut_off_at_random_is_unreachable(
    definition: dict[str, Any], data: st.DataObject
) -> None:
    screens = definition["screens"]
    at = data.draw(st.integers(0, len(screens) - 1))
    # Before the island, a required question whose every answer ends the call.
    gate = _yes_no("gate", required=True, branch={"yes": "@end", "no": "@callback"})
    screens[at]["questions"].insert(0, gate)
    screens.insert(at + 1, {"key": "island", "title": "Island", "questions": [_yes_no("iq")]})
    problems = check_script(definition)
    assert "island" in {p.screen for p in problems if "no path reaches" in p.message}
    assert "island" not in reachable_screens(bant.parse_script(definition), "smb")
