"""A file from one country with no country column (a German trade-fair list), imported with
the country it is from; and Excel date serials, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import AuditEntry, ImportBatch, Lead, Touch
from tests.support.cli import admin_main

# As the center got it: national numbers, day-first dates, no country column; one visitor
# from France with an international number, one from Austria saying so.
TRADE_FAIR = (
    "Vorname;Nachname;Firma;Telefon;E-Mail;Datum;Land\n"
    "Anna;Schmidt;Acme GmbH;030 1234567;;03.04.2026;\n"
    "Ben;Müller;Beta AG;0170 1234567;ben@beta.example;03/04/2026\n"
    "Cleo;Martin;Gamma SA;+33 1 42 68 53 00;;45678;\n"
    "Dan;Roe;Delta KG;;dan@delta.example;45678.5417;\n"
    "Eva;Huber;Epsilon GmbH;01 234 56 78;;;Österreich\n"
    "Finn;Ng;Zeta Ltd;0170 7654321;finn@zeta.example;;Atlantis\n"
)


def trade_fair(folder: Path) -> Path:
    source = folder / "messe.csv"
    source.write_text(TRADE_FAIR, encoding="utf-8")
    return source


def leads(services: Services) -> dict[str, tuple[Any, ...]]:
    """name → (E.164, valid, country, whether it is called on Berlin's time)"""
    with services.db.unit_of_work(write=False) as uow:
        return {
            lead.first_name: (
                lead.phone_e164,
                lead.phone_valid,
                lead.country,
                "Europe/Berlin" in lead.time_zones.split(),
            )
            for lead in uow.session.scalars(select(Lead))
        }


def touches(services: Services) -> dict[int, tuple[datetime, dict[str, Any]]]:
    with services.db.unit_of_work(write=False) as uow:
        return {
            touch.details["row"]: (touch.occurred_at, touch.details)
            for touch in uow.session.scalars(select(Touch))
        }


def test_without_a_country_the_national_numbers_have_none(
    services: Services, tmp_path: Path
) -> None:
    summary = services.intake.import_inquiries(OPERATOR, trade_fair(tmp_path))
    # Anna has nothing else to be reached by: rejected; Ben is kept, his number flagged.
    assert (summary.imported, summary.rejected, summary.assumed_country) == (5, 1, None)
    found = leads(services)
    assert "Anna" not in found
    assert found["Ben"][:3] == (None, False, None)
    assert found["Dan"][2] is None


def test_rows_naming_no_country_are_read_as_from_the_country_chosen(
    services: Services, tmp_path: Path
) -> None:
    summary = services.intake.import_inquiries(OPERATOR, trade_fair(tmp_path), country="de")
    assert (summary.rows, summary.imported, summary.rejected) == (6, 6, 0)
    assert summary.assumed_country == "DE"
    found = leads(services)
    assert found["Anna"] == ("+49301234567", True, "DE", True)
    assert found["Ben"] == ("+491701234567", True, "DE", True)
    assert found["Dan"][2] == "DE"  # no phone: the country is the file's
    assert found["Cleo"][:3] == ("+33142685300", True, "FR")  # +33 keeps its own
    assert found["Eva"][:3] == ("+4312345678", True, "AT")  # the row's own country wins
    # A country the row names but nobody knows: flagged as before, nothing assumed.
    assert found["Finn"][1:3] == (False, None)

    rows = touches(services)
    assert rows[2][1]["country_assumed"] == "DE"
    assert "country_assumed" not in rows[6][1]  # Eva named hers
    assert "not a country Qualifier knows" in rows[7][1]["flags"][0]["reason"]
    # Day first in Germany (it read 4 March before); Excel serials are dates.
    assert rows[3][0] == datetime(2026, 4, 3, tzinfo=UTC)
    assert rows[4][0] == datetime(2025, 1, 21, tzinfo=UTC)
    assert rows[5][0] == datetime(2025, 1, 21, 13, 0, 3, tzinfo=UTC)
    assert "flags" not in rows[4][1] and "flags" not in rows[5][1]

    with services.db.unit_of_work(write=False) as uow:
        after = uow.session.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "inquiries.import_finished")
        ).one()
    assert after is not None and after["assumed_country"] == "DE"


def test_importing_again_with_the_country_takes_only_the_rows_rejected_before(
    services: Services, tmp_path: Path
) -> None:
    source = trade_fair(tmp_path)
    services.intake.import_inquiries(OPERATOR, source)
    again = services.intake.import_inquiries(OPERATOR, source, country="DE")
    assert (again.already_imported, again.imported, again.rejected) == (5, 1, 0)
    found = leads(services)
    assert found["Anna"][:3] == ("+49301234567", True, "DE")
    assert found["Ben"][:3] == (None, False, None)  # stored by the first import, as it was


def test_a_country_nobody_knows_is_refused_before_anything_is_imported(
    services: Services, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInput, match="'Narnia' is not a country") as refused:
        services.intake.import_inquiries(OPERATOR, trade_fair(tmp_path), country=" Narnia ")
    assert refused.value.field == "country"
    with services.db.unit_of_work(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_the_command_line_takes_the_files_country(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = trade_fair(tmp_path)
    code = admin_main(["--db", database_url, "import", "inquiries", str(source), "--country",
                       "de", "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["imported"], summary["assumed_country"]) == (6, "DE")

    code = admin_main(["--db", database_url, "import", "inquiries", str(source),
                       "--country", "DE"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "  rows naming no country were read as from DE\n" in out


@pytest.mark.parametrize("value", ["XX", "Narnia", ""])
def test_a_bad_country_on_the_command_line_is_one_line_and_exit_2(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    with pytest.raises(SystemExit) as exited:  # argparse's own exit for a bad argument
        admin_main(["--db", database_url, "import", "inquiries", str(trade_fair(tmp_path)),
                    "--country", value])  # fmt: skip
    out, err = capsys.readouterr()
    assert (exited.value.code, out) == (2, "")
    assert err.count("\n") == 1 and f"{value!r} is not a country" in err
    assert "Traceback" not in err
    engine = create_db_engine(database_url)
    try:
        with engine.connect() as connection:
            batches = connection.execute(select(func.count()).select_from(ImportBatch))
            assert batches.scalar_one() == 0
    finally:
        engine.dispose()
