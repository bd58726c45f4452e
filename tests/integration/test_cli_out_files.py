"""Every `--out FILE`: a file that cannot be written is one line and exit 2, before any work;
a file already there is replaced only with --force."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qualifier_app.cli.auth import leaf_parsers
from qualifier_app.cli.main import build_parser
from tests.support.cli import Runner, admin_main, dummy_argv, in_process, refused

# A folder that refuses new files even to root, which any other read-only folder would not.
UNWRITABLE = Path("/sys")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    return in_process(capsys, monkeypatch)


def _commands_writing_files() -> dict[str, list[str]]:
    found = {}
    for name, parser in leaf_parsers(build_parser()):
        if "--out" in parser._option_string_actions:
            argv = dummy_argv(name, parser)
            if "--out" in argv:  # a required --out got a dummy value: it is given below
                at = argv.index("--out")
                del argv[at : at + 2]
            found[name] = argv
    return found


def test_every_out_is_checked_before_anything_runs(
    tmp_path: Path, run: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    commands = _commands_writing_files()
    assert {"export leads", "report conversion", "audit export", "person export"} <= set(commands)
    kept = tmp_path / "last-month.csv"
    kept.write_text("last month's figures\n")
    # No database: a check that waited for it, or for a sign-in, would fail otherwise.
    db = ["--db", f"sqlite:///{tmp_path / 'none' / 'q.sqlite3'}"]
    for name, argv in commands.items():
        refused(run(*db, *argv, "--out", ""), "the file name is empty")
        refused(run(*db, *argv, "--out", str(tmp_path)), "is a folder")
        refused(run(*db, *argv, "--out", str(tmp_path / "no" / "x.zip")), "does not exist")
        refused(run(*db, *argv, "--out", str(kept)), "exists already; add --force")
        assert kept.read_text() == "last month's figures\n", name


def test_a_file_is_replaced_only_with_force(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reps.json"
    out.write_text("[]")
    report = ["--db", database_url, "report", "conversion", "--by", "rep", "--format", "json"]
    assert admin_main([*report, "--out", str(out)]) == 2
    assert out.read_text() == "[]"
    capsys.readouterr()
    assert admin_main([*report, "--out", str(out), "--force"]) == 0
    assert "written to" in capsys.readouterr().out
    assert json.loads(out.read_text())["report"] == "Conversion per rep"


@pytest.mark.skipif(not UNWRITABLE.is_dir(), reason="needs Linux's /sys")
def test_a_folder_that_refuses_the_file_is_one_line(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", database_url]
    for argv, name in (
        (["report", "conversion", "--by", "rep", "--format", "json"], "r.json"),
        (["report", "conversion", "--by", "rep", "--format", "csv"], "r.csv"),
        (["export", "leads", "--format", "json"], "l.json"),
        (["export", "leads", "--format", "csv"], "l.csv"),
        (["scoring", "export"], "s.json"),
        (["script", "export"], "b.json"),
    ):
        capsys.readouterr()
        code = admin_main([*db, *argv, "--out", str(UNWRITABLE / name)])
        err = capsys.readouterr().err
        assert code == 2, (argv, err)
        assert (
            err.strip() == f"qualifier: error: cannot write {UNWRITABLE / name}: Permission denied"
        )


def test_a_file_named_for_another_format_is_refused(run: Runner, tmp_path: Path) -> None:
    """A workbook written to leads.csv opened in a spreadsheet as junk, without a word."""
    db = ["--db", f"sqlite:///{tmp_path / 'none' / 'q.sqlite3'}"]
    refused(
        run(*db, "export", "leads", "--format", "xlsx", "--out", str(tmp_path / "leads.csv")),
        "leads.csv is named as .csv but --format xlsx writes XLSX: name it .xlsx, or choose "
        "--format csv",
    )
    refused(
        run(*db, "report", "conversion", "--by", "rep", "--format", "csv", "--out",
            str(tmp_path / "reps.XLSX")),
        "--format csv writes CSV",
    )  # fmt: skip
    assert list(tmp_path.iterdir()) == []
