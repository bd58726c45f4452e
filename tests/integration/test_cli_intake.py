"""The intake commands: JSON summaries, one-line errors, and an import killed mid-way."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from qualifier_app.paths import resources_dir
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import ImportBatch, Lead, Touch
from qualifier_app.services.intake.scoring_rules import load_rules
from tests.integration.test_intake import big_file
from tests.support.cli import ADMIN, admin_main, ensure_admin
from tests.support.factories import PASSWORD, Factory

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = admin_main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_inquiries_prints_a_json_summary(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    code, out, _ = run(capsys, "--db", database_url, "import", "inquiries", str(source),
                       "--campaign", "CCW 2026", "--json")  # fmt: skip
    assert code == 0
    summary = json.loads(out)
    assert {key: summary[key] for key in ("rows", "imported", "merged", "rejected")} == {
        "rows": 14, "imported": 6, "merged": 6, "rejected": 2}  # fmt: skip
    assert summary["rejects_file"] == str(tmp_path / "golden.rejects.csv")
    assert Path(summary["rejects_file"]).exists()

    code, out, _ = run(capsys, "--db", database_url, "import", "inquiries", str(source),
                       "--campaign", "CCW 2026")  # fmt: skip
    assert code == 0 and "0 new leads + 0 merged" in out and "12 already imported" in out

    export = tmp_path / "leads.xlsx"
    code, out, _ = run(capsys, "--db", database_url, "export", "leads", "--format", "xlsx",
                       "--out", str(export), "--campaign", "CCW 2026", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["rows"] == 6 and export.exists()

    code, out, _ = run(capsys, "--db", database_url, "rescore", "--json")
    assert code == 0 and json.loads(out) == {"examined": 6, "changed": 0, "moved": 0}

    firmographics = tmp_path / "firmographics.csv"
    shutil.copyfile(DATA / "firmographics.csv", firmographics)
    code, out, _ = run(capsys, "--db", database_url, "import", "firmographics",
                       str(firmographics), "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["leads_enriched"] == 4


def test_an_import_says_which_queues_its_rules_created_and_that_no_team_works_them(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({**load_rules(), "queues": [{"queue": "East Mian", "when": {}}]}))
    code, out, _ = run(capsys, "--db", database_url, "import", "inquiries", str(source),
                       "--rules", str(rules))  # fmt: skip
    assert code == 0
    assert "  created queue East Mian (named by the scoring rules)\n" in out
    assert (
        "  warning: nobody works queue East Mian: its leads wait until an administrator gives it "
        "to a team or to people who work it (Teams and queues)\n" in out
    )


def test_a_teams_queue_nobody_works_is_said_to_be_the_teams(
    factory: Factory, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Setup gives the first team the rules' queues before anyone is in it: "gives it to a
    team" sent the administrator to do what was done."""
    factory.queue("East Main", team="East")
    source = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", source)
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({**load_rules(), "queues": [{"queue": "East Main", "when": {}}]}))
    code, out, _ = run(capsys, "--db", database_url, "import", "inquiries",
                       str(resources_dir() / "samples" / "inquiries.csv"), "--rules", str(rules),
                       "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["unworked_teams"] == {"East Main": "East"}
    code, out, _ = run(capsys, "--db", database_url, "import", "inquiries", str(source),
                       "--rules", str(rules))  # fmt: skip
    assert (
        "  warning: nobody works queue East Main of team East: its leads wait until a rep is in "
        "East (Users) or someone is ticked under Worked by (Teams and queues)\n" in out
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["import", "inquiries", "missing.csv"], "missing.csv does not exist"),
        (["import", "inquiries", "{golden}", "--mapping", "nope.json"], "does not exist"),
        (["import", "inquiries", "{golden}", "--mapping", "{golden}"], "is not JSON"),
        (["rescore", "--rules", "{golden}"], "golden.csv is not JSON: Expecting value at line 1,"),
        (["rescore", "--rules", "{folder}"], "is a folder, not a file"),
        (["import", "inquiries", "{golden}", "--mapping", "{folder}"], "is a folder, not a file"),
        (["import", "inquiries", "{folder}"], "is a folder, not a file"),
        (["import", "inquiries", "{golden}", "--mapping", "{latin1}"], "is not a JSON text file"),
        (["export", "leads", "--format", "csv", "--out", "/no/such/dir/x.csv"], "does not exist"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    golden = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", golden)
    latin1 = tmp_path / "mapping.json"
    latin1.write_bytes('{"Société": "company"}'.encode("latin-1"))
    argv = [arg.format(golden=golden, folder=tmp_path, latin1=latin1) for arg in args]
    code, out, err = run(capsys, "--db", database_url, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


@pytest.mark.parametrize(
    ("command", "rejects", "message"),
    [
        ("inquiries", "{folder}/missing/rejects.csv", "for the rejects file does not exist"),
        ("inquiries", "{folder}", "is a folder; name a file in it"),
        ("inquiries", "{golden}", "is the file being imported; name another file"),
        ("inquiries", "{folder}/./golden.csv", "is the file being imported"),
        ("firmographics", "{folder}/missing/rejects.csv", "for the rejects file does not exist"),
        ("firmographics", "{golden}", "is the file being imported"),
    ],
)
def test_a_rejects_file_that_cannot_be_written_is_refused_before_importing(
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    rejects: str,
    message: str,
) -> None:
    golden = tmp_path / "golden.csv"
    shutil.copyfile(DATA / "golden_duplicates.csv", golden)
    target = rejects.format(folder=tmp_path, golden=golden)
    code, out, err = run(capsys, "--db", database_url, "import", command, str(golden),
                         "--rejects", target)  # fmt: skip
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err
    assert golden.read_bytes() == (DATA / "golden_duplicates.csv").read_bytes()
    assert _counts(database_url) == (0, 0, 0, None)


def _counts(url: str, engine: Engine | None = None) -> tuple[int, int, int, str | None]:
    reading = engine or create_db_engine(url)
    try:
        with reading.connect() as connection:
            leads = connection.execute(select(func.count()).select_from(Lead)).scalar_one()
            touches = connection.execute(select(func.count()).select_from(Touch)).scalar_one()
            batch = connection.execute(
                select(ImportBatch.rows, ImportBatch.status).order_by(ImportBatch.id)
            ).first()
    finally:
        if engine is None:
            reading.dispose()
    return leads, touches, batch.rows if batch else 0, batch.status if batch else None


@pytest.mark.slow
def test_an_import_killed_mid_way_runs_again_without_duplicates(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = big_file(tmp_path, 3000)
    command = [sys.executable, "-m", "qualifier_app", "--db", database_url, "import",
               "inquiries", str(source), "--chunk-rows", "100", "--json",
               "--as", ADMIN, "--password-stdin"]  # fmt: skip
    ensure_admin(database_url)
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    process.stdin.write(f"{PASSWORD}\n".encode())  # type: ignore[union-attr]
    process.stdin.close()  # type: ignore[union-attr]
    watch = create_db_engine(database_url)
    try:
        # Kill it as soon as the first chunks are committed (or it finished: then the
        # second run below must still change nothing). Looked at every 20 ms on one
        # connection: a new connection at every look took a core from the import.
        while process.poll() is None and _counts(database_url, watch)[2] < 200:
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    finally:
        watch.dispose()
    process.wait()
    process.stderr.close()  # type: ignore[union-attr]
    leads, touches, rows, status = _counts(database_url)
    assert rows >= 200 and touches == rows and leads <= touches
    if process.returncode == -signal.SIGKILL:
        assert status == "running"  # nobody could mark it: it was killed

    code, out, _ = run(capsys, "--db", database_url, "import", "inquiries", str(source), "--json")
    assert code == 0
    assert json.loads(out)["already_imported"] == touches
    assert _counts(database_url)[:2] == (2400, 3000)


def test_figures_beyond_any_company_are_flagged_not_a_crash(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "big.csv"
    source.write_text(
        "Name,Email,Company,Employees,Revenue\n"
        "Ann One,ann@one.example,One Ltd,9999999999999999999999999,\n"
        "Bo Two,bo@two.example,Two Ltd,,100000000000000000\n"
        'Cy Three,cy@three.example,Three Ltd,,"1,000,000,000,000,000,000,000,000,000"\n'
        "Di Four,di@four.example,Four Ltd,10,5M\n"
    )
    code, out, err = run(capsys, "--db", database_url, "import", "inquiries", str(source),
                         "--chunk-rows", "2", "--json")  # fmt: skip
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["imported"], summary["flagged"]) == (4, 3)

    reference = tmp_path / "reference.csv"
    reference.write_text(
        "Company,Domain,Employees,Annual Revenue\n"
        "One Ltd,one.example,9999999999999999999999999,\n"
        "Two Ltd,two.example,,100000000000000000\n"
        "Four Ltd,four.example,20,\n"
    )
    code, out, err = run(capsys, "--db", database_url, "import", "firmographics",
                         str(reference), "--json")  # fmt: skip
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["loaded"], summary["rejected"]) == (1, 2)
    with open(summary["rejects_file"], encoding="utf-8-sig") as handle:
        reasons = [row["reason"] for row in csv.DictReader(handle)]
    assert reasons == [
        "more than 10,000,000 employees, more than any company has",
        "more than 10,000,000,000,000,000, more than any company's annual revenue",
    ]


def test_columns_holding_values_that_no_field_reads_are_named(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A note in a column without a title, a second "Name", a column the import does not
    # know, and one it does not know that is always empty (no warning for that one).
    source = tmp_path / "extra.csv"
    with source.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Email", "", "Name", "Lieblingsfarbe", "Fax", "Company", ""])
        writer.writerow(["Ana Silva", "ana@acme.example", "VIP: call before Friday", "Ana",
                         "", "", "Acme", ""])  # fmt: skip
        writer.writerow(["Bo Ek", "bo@beta.example", "", "", "blue", "", "Beta", "late note"])
    code, out, err = run(capsys, "--db", database_url, "import", "inquiries", str(source),
                         "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["imported"] == 2
    assert json.loads(out)["unread_columns"] == ["column 3", "Name", "Lieblingsfarbe", "column 8"]
    assert err == (
        "qualifier: warning: columns holding values were not imported (no field is read from "
        "them): column 3, Name, Lieblingsfarbe, column 8\n"
    )


def test_the_unread_columns_are_named_on_one_line_and_not_all_of_many(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A title with a line break broke the warning in two; 200 columns made it 2 KB long."""
    source = tmp_path / "wide.csv"
    extra = [f"Extra {n}" for n in range(1, 21)]
    with source.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Email", "Remarks\n(sales)", *extra])
        writer.writerow(["Ana Silva", "ana@acme.example", "VIP", *("x" for _ in extra)])
    code, out, err = run(capsys, "--db", database_url, "import", "inquiries", str(source),
                         "--json")  # fmt: skip
    assert code == 0
    assert json.loads(out)["unread_columns"][:2] == ["Remarks (sales)", "Extra 1"]
    assert err == (
        "qualifier: warning: columns holding values were not imported (no field is read from "
        "them): Remarks (sales), Extra 1, Extra 2, Extra 3, Extra 4, Extra 5, Extra 6, Extra 7, "
        "Extra 8, Extra 9, Extra 10, Extra 11 and 9 others (--json lists them)\n"
    )


def test_the_summary_of_one_row_says_it_in_the_singular(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "one.csv"
    source.write_text(
        "Name,Email,Company,Employees\nAnn One,ann@one.example,One Ltd,9999999999999999999999999\n"
    )
    code, out, err = run(capsys, "--db", database_url, "import", "inquiries", str(source))
    assert code == 0, err
    assert "1 row read = 1 new lead + 0 merged into existing leads + 0 rejected" in out
    assert "  1 row kept with a flagged value (see its touch)\n" in out


def test_a_firmographics_summary_of_one_row_and_one_lead_says_it_in_the_singular(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    leads = tmp_path / "one.csv"
    leads.write_text("Name,Email,Company\nAnn One,ann@one.example,One Ltd\n")
    code, _, err = run(capsys, "--db", database_url, "import", "inquiries", str(leads))
    assert code == 0, err
    reference = tmp_path / "firmo.csv"
    reference.write_text("Company,Employees\nOne Ltd,120\n")
    code, out, err = run(capsys, "--db", database_url, "import", "firmographics",
                         str(reference), "--source", "X")  # fmt: skip
    assert code == 0, err
    assert out.splitlines() == [
        "firmo.csv: 1 row — 1 new reference row, 0 updated, 0 rejected (source: X)",
        "  1 lead enriched and re-scored",
    ]


def test_the_sample_file_that_ships_imports_every_row_as_a_new_clean_lead(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A center starts its first file from this one: every column is one the import reads.
    source = tmp_path / "inquiries.csv"
    shutil.copyfile(resources_dir() / "samples" / "inquiries.csv", source)
    code, out, err = run(capsys, "--db", database_url, "import", "inquiries", str(source),
                         "--json")  # fmt: skip
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["rows"], summary["imported"], summary["rejected"]) == (5, 5, 0)
    assert (summary["flagged"], summary["unread_columns"]) == (0, [])
    assert "not imported" not in err


def test_an_import_says_on_which_clock_it_read_dates_without_a_zone(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", database_url, "center", "set", "--name", "Harbor",
                       "--time-zone", "America/New_York")  # fmt: skip
    assert code == 0, err
    dated, undated = tmp_path / "dated.csv", tmp_path / "undated.csv"
    dated.write_text(
        "Company,Phone,Country,Inquiry date\nAcme,+1 212 555 0101,US,2026-11-20 21:30\n",
        encoding="utf-8",
    )
    undated.write_text("Company,Phone,Country\nBcorp,+1 212 555 0102,US\n", encoding="utf-8")
    said = "inquiry dates and times without a zone were read on the center's clock"

    code, out, _ = run(capsys, "--db", database_url, "import", "inquiries", str(dated))
    assert code == 0 and f"  {said} (America/New_York)\n" in out
    code, out, _ = run(capsys, "--db", database_url, "import", "inquiries", str(dated), "--json")
    assert code == 0 and json.loads(out)["dates_read_on"] == "America/New_York"
    code, out, _ = run(capsys, "--db", database_url, "import", "inquiries", str(undated))
    assert code == 0 and "1 new lead" in out and said not in out
