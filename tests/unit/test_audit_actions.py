"""Every action the app writes to the audit log has plain words for the windows. Read from the
source and the migrations (no database): a new action code without words would show as its
code in a Spanish window, and only on the path that writes it."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from qualifier_app.domain.audit_actions import ACTIONS, action_words, field_words
from qualifier_app.domain.check_calls import CheckCallStatus, FollowUp
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.text import Message
from qualifier_app.services.admin.audit import AuditRow, describe_change
from qualifier_app.services.check_calls.answers import ANSWERED_OUTCOME

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "qualifier_app"
TABLE = PACKAGE / "domain" / "audit_actions.py"
CODE = re.compile(r"[a-z][a-z_]*\.[a-z][a-z_]*")
# What looks like an action code and is not one: foreign keys ("leads.id"), e-mail domains and
# file names, the demo's logins ("rita.rep") and the import-linter's package names.
NOT_ACTIONS = re.compile(
    r".*\.(id|com|net|de|fr|it|ru|me|invalid|json|toml|xml|import_)"
    r"|[a-z]+\.(rep|lead|supervisor)|services\.[a-z_]+"
)
# Codes built from a value, each with every value it is built from.
_CHECK_CALL_STATUSES = [v for k, v in vars(CheckCallStatus).items() if k.isupper()]
BUILT = {
    "lead.": [kind.value for kind in OutcomeKind],  # the outcome recorded ("lead.sales_ready")
    "check_call.": [
        *(kind.value for kind in OutcomeKind),  # the check call's outcome
        ANSWERED_OUTCOME,
        *_CHECK_CALL_STATUSES,  # scheduling's decision
        FollowUp.REROUTED,  # the channel manager's follow-up
        FollowUp.KEPT,
    ],
    "inquiries.import_": ["finished", "cancelled", "failed"],  # how the import ended
}
# In SQL: an action as a literal ('lead.claimed') or built from one ('lead.' || p_outcome).
SQL_CODE = re.compile(r"'([a-z][a-z_]*\.[a-z][a-z_]*)'")
SQL_BUILT = re.compile(r"'([a-z][a-z_]*\.)'\s*\|\|")
SQL_NOT_ACTIONS = re.compile(r"qualifier\..*|.*\.id")  # settings (set_config) and keys


def _python_codes() -> Iterator[tuple[str, str]]:
    """(where, code) of every action code in the services, persistence, demo and domain."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == TABLE or {"ui", "cli"} & set(path.relative_to(PACKAGE).parts):
            continue
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if CODE.fullmatch(node.value) and not NOT_ACTIONS.fullmatch(node.value):
                    yield where, node.value
            elif isinstance(node, ast.Call) and (action := _written_action(node)) is not None:
                yield where, action  # a code of one word ("logout") too
            elif isinstance(node, ast.JoinedStr) and "domain" not in path.parts:
                yield from _built(where, node)


def _written_action(call: ast.Call) -> str | None:
    """The action of `change.audit("logout", …)` or `audit_row(at, actor, "lead.x", …)`."""
    name = getattr(call.func, "attr", getattr(call.func, "id", None))
    at = {"audit": 0, "audit_row": 2}.get(str(name))
    if at is None or len(call.args) <= at:
        return None
    argument = call.args[at]
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return argument.value
    return None


def _built(where: str, node: ast.JoinedStr) -> Iterator[tuple[str, str]]:
    """f"lead.{kind.value}": the code for every value it is built from."""
    first = node.values[0] if node.values else None
    if not (
        isinstance(first, ast.Constant) and re.fullmatch(r"[a-z_]+\.[a-z_]*", str(first.value))
    ):
        return
    prefix = str(first.value)
    assert prefix in BUILT, f'{where}: f"{prefix}{{…}}" builds action codes: list them in BUILT'
    for value in BUILT[prefix]:
        yield where, prefix + value


def _sql_codes() -> Iterator[tuple[str, str]]:
    """(where, code) of every action the database's own functions write."""
    paths = [*sorted((ROOT / "migrations" / "versions").glob("*.py"))]
    paths += sorted((PACKAGE / "persistence").glob("*.py"))
    for path in paths:
        text = path.read_text("utf-8")
        if "audit_log" not in text:
            continue
        where = str(path.relative_to(ROOT))
        for code in SQL_CODE.findall(text):
            if not SQL_NOT_ACTIONS.fullmatch(code):
                yield where, code
        for prefix in SQL_BUILT.findall(text):
            assert prefix in BUILT, f"{where}: '{prefix}' || … builds action codes: list them"
            yield from ((where, prefix + value) for value in BUILT[prefix])


def test_every_action_written_has_words() -> None:
    written = [*_python_codes(), *_sql_codes()]
    codes = {code for _, code in written}
    # The scan finds the writers it is meant to find, in the source and in the SQL.
    assert {"lead.claimed", "lead.sales_ready", "handoff.feedback", "person.exported"} <= codes
    assert {"rep.paused", "login.failed", "check_call.rerouted", "logout"} <= codes
    missing = sorted({f"{where}: {code}" for where, code in written if code not in ACTIONS})
    assert not missing, "action codes without words in domain/audit_actions.py:\n" + "\n".join(
        missing
    )


def test_the_words_are_catalogue_messages_and_unknown_codes_show_as_they_are() -> None:
    claimed = action_words("lead.claimed")
    assert isinstance(claimed, Message) and claimed == "Lead claimed"
    assert action_words("lead.sales_ready") == "Lead marked sales-ready"
    assert action_words("lead.from_an_older_version") == "lead.from_an_older_version"
    assert field_words("next_call_at") == "next call"
    assert field_words("a_field_from_long_ago") == "a_field_from_long_ago"


def test_a_change_names_its_fields_in_words_and_the_log_keeps_codes() -> None:
    before = {"status": "queued", "next_call_at": None, "old_field": 1}
    after = {"status": "callback", "next_call_at": "2026-11-25T09:00:00", "score": 55}
    coded = describe_change(before, after)
    assert coded == (
        "status: queued → callback; next_call_at: – → 2026-11-25T09:00:00; "
        "old_field: 1 → (removed); score: 55"
    )
    worded = describe_change(before, after, worded=True)
    assert isinstance(worded, Message)
    assert worded == (
        "status: queued → callback; next call: – → 2026-11-25T09:00:00; "
        "old_field: 1 → (removed); score: 55"
    )
    assert describe_change({"a": 1}, {"a": 1}, worded=True) == ""


def test_an_audit_row_in_words_and_as_kept() -> None:
    row = AuditRow(
        1,
        datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        "rita",
        "lead.sales_ready",
        "lead",
        "7",
        {"status": "queued"},
        {"status": "sales_ready"},
        "",
    )
    assert row.cells()[2:5] == ["lead.sales_ready", "lead 7", "status: queued → sales_ready"]
    # The lead's statuses as the windows name them.
    assert row.worded()[2:5] == [
        "Lead marked sales-ready",
        "lead 7",
        "status: queued → sales ready",
    ]
    assert isinstance(row.worded()[4], Message)
