"""Text for the person at the keyboard goes through a catalogue: the services' problems are
`message("…")`s, the windows' texts `tr()` calls. Read from the source (no Qt): a text built
as an f-string escapes the catalogue, and the pseudo-translation test cannot see it when it
is shown only on an error path or inside another, translated text."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "qualifier_app"
PROBLEMS = {
    "QualifierError", "InvalidInput", "PermissionDenied", "NotFound", "Conflict", "LeaseLost",
    "NothingEligible", "AuthenticationFailed", "LoginThrottled", "DatabaseUnavailable",
    "SchemaMismatch", "DialFailed",
}  # fmt: skip
# Two words of prose: "is added", "Could not save". Codes and single words are not prose.
PROSE = re.compile(r"[A-Za-z]{2,}[ ,:;.]+[A-Za-z]{2,}")
# Where the wording is marked or written for something other than a person reading a window.
CATALOGUED = {"tr", "translate", "QT_TRANSLATE_NOOP", "message", "message_", "counted"}
NOT_SHOWN = {"write", "debug", "info", "warning", "error", "exception"}  # streams and logs

# Known, in areas other work is changing; each to go through tr() there, then off this list.
NOT_YET: set[tuple[str, str]] = set()
# Below the windows: their problems reach the sign-in window (a bad settings file, a database
# that cannot be opened) or a window's error line.
SERVICE_SIDE = ("domain", "services", "integrations", "persistence", "settings", "*.py")


def prose(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return f"{prose(node.left)} {prose(node.right)}"
    return ""


def called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def modules(under: str) -> Iterator[tuple[str, ast.Module]]:
    """The modules of a package folder, or of the top level for a pattern ("*.py")."""
    paths = PACKAGE.glob(under) if "*" in under else (PACKAGE / under).rglob("*.py")
    for path in sorted(paths):
        yield str(path.relative_to(PACKAGE)), ast.parse(path.read_text("utf-8"))


def test_the_windows_build_no_prose_outside_tr() -> None:
    found = []
    for name, tree in modules("ui"):
        marked = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and called(node) in CATALOGUED | NOT_SHOWN
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and id(node) not in marked:
                text = prose(node)
                where = (name.removeprefix("ui/"), text)
                if PROSE.search(text) and where not in NOT_YET and name != "ui/launcher.py":
                    found.append(f"{name}:{node.lineno}: {text!r}")
    assert not found, "put these through self.tr() / QCoreApplication.translate()"


def test_the_services_problems_are_catalogue_messages() -> None:
    found = []
    for under in SERVICE_SIDE:
        for name, tree in modules(under):
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and called(node) in PROBLEMS and node.args:
                    text = prose(node.args[0])
                    if PROSE.search(text):
                        found.append(f"{name}:{node.lineno}: {text!r}")
    assert not found, 'write these as message("…", name=value) (qualifier_app/domain/text.py)'


def words_shown(parts: list[ast.stmt] | list[ast.expr]) -> list[tuple[int, str]]:
    """The string constants with a word in them under `parts` that are shown as they are:
    outside catalogue calls and comparisons (a status code compared is not shown)."""
    skipped = {
        id(inner)
        for part in parts
        for node in ast.walk(part)
        if (isinstance(node, ast.Call) and called(node) in CATALOGUED)
        or isinstance(node, ast.Compare)
        for inner in ast.walk(node)
    }
    return [
        (node.lineno, node.value)
        for part in parts
        for node in ast.walk(part)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skipped
        and re.search(r"[A-Za-z]{2,}", node.value)
    ]


def without_docstring(function: ast.FunctionDef) -> list[ast.stmt]:
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        return body[1:]
    return body


def test_the_services_table_cells_are_catalogue_messages() -> None:
    """A service's `cells()` is a row the windows show as it is, each cell translated when
    it is a message: a word written in plain English stays English in every language."""
    found = [
        f"{name}:{line}: {text!r}"
        for under in SERVICE_SIDE
        for name, tree in modules(under)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name == "cells"
        for line, text in words_shown(without_docstring(node))
    ]
    assert not found, 'write these as message("…") (qualifier_app/domain/text.py)'


def test_the_windows_tables_show_no_words_of_their_own() -> None:
    """`fill_table(table, rows)` shows its cells as they are (a service's messages
    translated): a word written into the rows ("yes", "any") stays English."""
    found = [
        f"{name}:{line}: {text!r}"
        for name, tree in modules("ui")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and called(node) == "fill_table" and len(node.args) > 1
        for line, text in words_shown([node.args[1]])
    ]
    assert not found, "put these through self.tr() or i18n (yes_no, plural, translated)"


def test_the_check_finds_what_it_looks_for() -> None:
    """The two checks above on a sample: an f-string outside tr, a problem not in message()."""
    sample = ast.parse(
        'label.setText(f"Lead {n} is saved")\n'
        'label.setText(self.tr("Lead {n} is saved").format(n=n))\n'
        'raise InvalidInput(f"lead {n} is gone", "lead")\n'
        'raise InvalidInput(message("lead {n} is gone", n=n), "lead")\n'
    )
    strings = [n for n in ast.walk(sample) if isinstance(n, ast.JoinedStr)]
    assert [prose(s) for s in strings] == ["Lead  is saved", "lead  is gone"]
    problems = [n for n in ast.walk(sample) if isinstance(n, ast.Call) and called(n) in PROBLEMS]
    assert [bool(PROSE.search(prose(p.args[0]))) for p in problems] == [True, False]
    cells = ast.parse(
        "def cells(self):\n"
        '    """The row."""\n'
        '    return (f"v{n}" + (" (in use)" if new else ""), message("any"), "%Y-%m-%d")\n'
    ).body[0]
    assert isinstance(cells, ast.FunctionDef)
    assert words_shown(without_docstring(cells)) == [(3, " (in use)")]
    shown = ast.parse(
        'fill_table(t, [(u.name, "yes" if u.active else "no", self.tr("none"))'
        ' for u in users if u.status == "sent"])'
    ).body[0]
    assert isinstance(shown, ast.Expr) and isinstance(shown.value, ast.Call)
    assert words_shown([shown.value.args[1]]) == [(1, "yes"), (1, "no")]
