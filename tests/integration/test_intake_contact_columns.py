"""Phone and e-mail in several columns of one file (Phone, Mobile…; Email, Email 2…), on
SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import Touch
from qualifier_app.services.intake.inquiries import read_mapping_file
from tests.integration.test_intake import leads


def write(folder: Path, name: str, rows: list[list[str]]) -> Path:
    path = folder / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def touch_details(services: Services) -> list[dict[str, object]]:
    with services.db.unit_of_work(write=False) as uow:
        return list(uow.session.scalars(select(Touch.details).order_by(Touch.id)))


def rejects(path: str | None) -> list[list[str]]:
    assert path is not None
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1:]


def test_a_mobile_in_its_own_column_is_not_rejected(services: Services, tmp_path: Path) -> None:
    source = write(tmp_path, "mobiles.csv", [
        ["First name", "Last name", "Company", "Phone", "Mobile Phone", "Country"],
        ["Ana", "Silva", "Acme", "", "+351 912 345 678", "PT"],
        ["Rui", "Costa", "Beta", "+351 213 456 789", "+351 913 456 789", "PT"],
        ["Nuno", "Reis", "Gama", "", "", "PT"],
    ])  # fmt: skip
    summary = services.intake.import_inquiries(OPERATOR, source)
    assert (summary.rows, summary.imported, summary.rejected) == (3, 2, 1)
    found = leads(services)
    assert (found["Ana Silva"].phone_e164, found["Ana Silva"].phone_valid) == (
        "+351912345678", True)  # fmt: skip
    assert found["Rui Costa"].phone_e164 == "+351213456789"
    ana, rui = touch_details(services)
    assert ana["contact_columns"] == {"phone": "Mobile Phone"}
    assert "other_contacts" not in ana
    assert rui["contact_columns"] == {"phone": "Phone"}
    assert rui["other_contacts"] == [
        {"field": "phone", "column": "Mobile Phone", "value": "+351913456789"}]  # fmt: skip
    assert rejects(summary.rejects_file) == [
        ["4", "Phone", "", "no phone number and no e-mail address"]]  # fmt: skip


def test_a_second_email_column_of_the_same_name_is_read(services: Services, tmp_path: Path) -> None:
    source = write(tmp_path, "emails.csv", [
        ["Email", "Name", "Email"],
        ["", "Ana Silva", "ana@acme.example"],
        ["bob@@foo", "Bob Reis", "bob@beta.example"],
    ])  # fmt: skip
    preview = services.intake.preview(OPERATOR, source)
    assert preview.mapping == ("email", "full_name", "email")
    summary = services.intake.import_inquiries(OPERATOR, source)
    assert (summary.imported, summary.rejected, summary.flagged) == (2, 0, 1)
    found = leads(services)
    assert found["Ana Silva"].email_normalized == "ana@acme.example"
    assert found["Bob Reis"].email_normalized == "bob@beta.example"
    bob = touch_details(services)[1]
    assert bob["flags"] == [
        {"column": "Email", "value": "bob@@foo", "reason": bob["flags"][0]["reason"]}
    ]  # type: ignore[index]


def test_the_fields_a_person_chose_column_by_column(services: Services, tmp_path: Path) -> None:
    source = write(tmp_path, "chosen.csv", [
        ["Email", "Name", "Email", "Tel"],
        ["", "Ana Silva", "ana@acme.example", "+351 912 345 678"],
    ])  # fmt: skip
    services.intake.import_inquiries(OPERATOR, source, fields=["email", "full_name", None, "phone"])
    (ana,) = leads(services).values()
    assert (ana.email_normalized, ana.phone_e164) == (None, "+351912345678")
    with pytest.raises(InvalidInput, match="the mapping has 2 columns but the file has 4"):
        services.intake.import_inquiries(OPERATOR, source, fields=["email", "full_name"])


def test_a_mapping_file_lists_the_phone_columns_in_order(
    services: Services, tmp_path: Path
) -> None:
    source = write(tmp_path, "listed.csv", [
        ["Nom", "Tel", "Portable", "Courriel", "Pays"],
        ["Dupont", "01 42 68 53 00", "06 12 34 56 78", "jean@exemple.example", "France"],
    ])  # fmt: skip
    mapping_path = tmp_path / "listed.mapping.json"
    mapping_path.write_text(
        json.dumps({"Nom": "last_name", "phone": ["Portable", "Tel"], "Land": None}),
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput, match="'Land' that the file does not have"):
        services.intake.import_inquiries(OPERATOR, source, mapping=read_mapping_file(mapping_path))
    mapping_path.write_text(
        json.dumps({"Nom": "last_name", "phone": ["Portable", "Tel"]}), encoding="utf-8"
    )
    mapping = read_mapping_file(mapping_path)
    services.intake.import_inquiries(OPERATOR, source, mapping=mapping, campaign="FR")
    (dupont,) = leads(services).values()
    # No country: the numbers are read as French from the country the mobile gave.
    assert dupont.phone_e164 == "+33612345678"
    (details,) = touch_details(services)
    assert details["other_contacts"] == [
        {"field": "phone", "column": "Tel", "value": "+33142685300"}]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ['{"phone": []}', '{"phone": ["Tel", 3]}', '{"Tel": 3}', '["Tel"]'],
)
def test_a_mapping_file_of_another_shape_is_one_clear_message(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput, match=r'"phone": \["Mobile", "Phone"\]'):
        read_mapping_file(path)


def test_a_control_character_in_a_further_column_names_that_column(
    services: Services, tmp_path: Path
) -> None:
    source = write(tmp_path, "control.csv", [
        ["Name", "Phone", "Mobile"],
        ["Ana Silva", "+351 213 456 789", "+351 912\x1b345 678"],
    ])  # fmt: skip
    summary = services.intake.import_inquiries(OPERATOR, source)
    assert summary.rejected == 1
    ((row, column, _value, reason),) = rejects(summary.rejects_file)
    assert (row, column) == ("2", "Mobile")
    assert "U+001B (ESC)" in reason
