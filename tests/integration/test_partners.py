"""The partner directory: editing with validation, roles, lost updates, file imports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

from qualifier_app.app import Services
from qualifier_app.domain.errors import Conflict, InvalidFields, InvalidInput, PermissionDenied
from qualifier_app.domain.partner_directory import PartnerDraft, RepDraft
from qualifier_app.domain.roles import OPERATOR, Role
from tests.support.factories import Factory


def draft(**fields: object) -> PartnerDraft:
    values: dict[str, object] = {
        "name": "Pacific Unified",
        "tier": "gold",
        "countries": "US",
        "regions": "US-CA, US-WA",
        "products": "Contact center; Unified communications",
        "segments": "enterprise, smb",
        "capacity_open": "40",
        "capacity_week": "15",
        "sla_hours": "24",
        "reps": (RepDraft("Alex Morgan", "Alex.Morgan@Pacific.example"),),
    }
    values.update(fields)
    return PartnerDraft(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"name": "  "}, "name", "needs a name"),
        ({"countries": "Narnia"}, "countries", "'Narnia' is not a country Qualifier knows"),
        ({"regions": "California"}, "regions", "write country-region, like US-CA"),
        ({"regions": "US-XX"}, "regions", "'US-XX' is not a region of US"),
        ({"regions": "CA-ON"}, "regions", "'CA-ON' is in CA, which the partner's countries do"),
        ({"postal_prefixes": "CA:M5V"}, "postal_prefixes", "'CA:M5V' is for CA, which the partner"),
        ({"countries": "", "postal_prefixes": "CA:M5V"}, "postal_prefixes", "is for CA"),
        ({"countries": "", "regions": ""}, "countries", "at least one country or region"),
        ({"postal_prefixes": "9-4-1-0-7-7-7-7-7-7-7"}, "postal_prefixes", "not a postal-code"),
        ({"segments": "mid-market"}, "segments", "use smb or enterprise"),
        ({"capacity_open": "lots"}, "capacity_open", "not a whole number"),
        ({"capacity_week": "99999999999"}, "capacity_week", "at most 1,000,000"),
        ({"sla_hours": "99999999999"}, "sla_hours", "at most"),
        ({"sla_hours": "0"}, "sla_hours", "at least 1"),
        ({"tier": "diamond"}, "tier", "tier 'diamond' is unknown"),
        ({"reps": ()}, "reps", "at least one active sales rep"),
        ({"reps": (RepDraft("X", "not-an-address"),)}, "reps", "is not valid"),
    ],
)
def test_partner_validation_names_the_field(
    services: Services, fields: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message) as error:
        services.partners.save(OPERATOR, draft(**fields))
    assert error.value.field == field
    assert services.partners.list_partners(OPERATOR) == []


def test_countries_may_be_named_as_imports_name_them_and_are_kept_as_codes(
    services: Services,
) -> None:
    saved = services.partners.save(
        OPERATOR, draft(countries="USA; Deutschland, Germany | ca", regions="US-CA")
    )
    assert saved.countries == ("US", "DE", "CA")


def test_channel_managers_edit_partners_and_reps_may_not(
    services: Services, factory: Factory
) -> None:
    rep = factory.user("rita.rep")
    factory.user("carla.channel")
    services.partners.set_channel_manager(OPERATOR, "carla.channel")
    carla = services.accounts.actor_for("carla.channel")
    with pytest.raises(PermissionDenied):
        services.partners.save(rep, draft())
    with pytest.raises(PermissionDenied):
        services.partners.set_channel_manager(carla, "rita.rep")

    saved = services.partners.save(carla, draft(channel_manager="carla.channel"))

    assert saved.channel_manager == "carla.channel"
    assert saved.regions == ("US-CA", "US-WA")
    assert saved.products == ("contact center", "unified communications")
    assert saved.reps[0].email == "alex.morgan@pacific.example"
    with pytest.raises(InvalidInput, match=r"rita\.rep is not a channel manager") as error:
        services.partners.save(carla, draft(name="Other", channel_manager="rita.rep"))
    assert error.value.field == "channel_manager"
    with pytest.raises(InvalidInput, match="there is a partner called Pacific Unified"):
        services.partners.save(carla, draft(name="pacific unified"))


def test_a_stale_edit_is_refused_and_reps_are_deactivated_not_deleted(
    services: Services,
) -> None:
    saved = services.partners.save(OPERATOR, draft())
    changed = services.partners.save(
        OPERATOR,
        draft(reps=(RepDraft("Jordan Blake", "jordan@pacific.example"),)),
        partner_id=saved.id,
        version=saved.version,
    )
    assert changed.version > saved.version
    assert [(r.email, r.active) for r in changed.reps] == [
        ("alex.morgan@pacific.example", False),
        ("jordan@pacific.example", True),
    ]
    with pytest.raises(Conflict, match="changed by someone else"):
        services.partners.save(OPERATOR, draft(tier="silver"), saved.id, saved.version)


def test_partner_import_with_rejects_and_a_harmless_repeat(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    factory.user("sam.super", Role.SUPERVISOR)
    path = tmp_path / "partners.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(
            [
                [
                    "Partner",
                    "Tier",
                    "Countries",
                    "States",
                    "Products",
                    "Segments",
                    "Max open",
                    "Per week",
                    "SLA",
                    "Channel manager",
                    "Active",
                    "Sales reps",
                ],
                [
                    "Atlantic Voice",
                    "gold",
                    "US",
                    "US-NY, US-MA",
                    "Contact center",
                    "enterprise",
                    "40",
                    "15",
                    "24",
                    "sam.super",
                    "yes",
                    "Alex Morgan <alex@atlantic.example>",
                ],
                [
                    "Maple Connect",
                    "silver",
                    "CA",
                    "",
                    "Networking",
                    "",
                    "",
                    "",
                    "48",
                    "",
                    "yes",
                    "jordan@maple.example; Sam Lee <sam@maple.example>",
                ],
                [
                    "Bad Country",
                    "gold",
                    "Narnia",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "24",
                    "",
                    "yes",
                    "a@b.example",
                ],
                ["No Reps", "gold", "US", "", "", "", "", "", "24", "", "yes", ""],
                [
                    "Atlantic Voice",
                    "gold",
                    "US",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "24",
                    "",
                    "yes",
                    "x@y.example",
                ],
                [
                    "Unknown Manager",
                    "gold",
                    "US",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "24",
                    "nobody",
                    "yes",
                    "x@y.example",
                ],
            ]
        )

    report = services.partners.import_file(OPERATOR, path)

    assert (report.rows, report.applied, report.unchanged, report.rejected) == (6, 2, 0, 4)
    partners = {p.name: p for p in services.partners.list_partners(OPERATOR)}
    assert set(partners) == {"Atlantic Voice", "Maple Connect"}
    assert partners["Atlantic Voice"].channel_manager == "sam.super"
    assert partners["Atlantic Voice"].capacity_open == 40
    assert [r.name for r in partners["Maple Connect"].reps] == ["jordan", "Sam Lee"]
    assert report.rejects_file == str(tmp_path / "partners.rejects.csv")
    with open(report.rejects_file, encoding="utf-8-sig", newline="") as handle:
        errors = {row["row"]: (row["column"], row["reason"]) for row in csv.DictReader(handle)}
    assert errors == {
        "4": (
            "countries",
            "'Narnia' is not a country Qualifier knows: give its two-letter ISO code, such as DE "
            "or US, or its name",
        ),
        "5": ("reps", "an active partner needs at least one active sales rep to send leads to"),
        "6": ("name", "the partner is also on line 2"),
        "7": ("channel_manager", "there is no user 'nobody'"),
    }

    again = services.partners.import_file(OPERATOR, path)
    assert (again.applied, again.unchanged, again.rejected) == (0, 2, 4)
    assert services.partners.get(OPERATOR, partners["Atlantic Voice"].id).version == (
        partners["Atlantic Voice"].version
    )


def test_a_partner_row_with_more_cells_than_the_header_says_why(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "partners.csv"
    path.write_text(
        "Partner,Countries,SLA,Active,Sales reps\n"
        "Acme, Inc.,US,24,yes,alex@acme.example\n"
        "Beta Voice,US,24,yes,bo@beta.example\n"
    )
    report = services.partners.import_file(OPERATOR, path)
    assert (report.rows, report.applied, report.rejected) == (2, 1, 1)
    assert report.rejects_file is not None
    with open(report.rejects_file, encoding="utf-8-sig", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert (row["row"], row["column"], row["value"]) == ("2", "column 6", "alex@acme.example")
    assert row["reason"].startswith("6 cells, but the header has 5 columns")


def test_a_partner_file_that_repeats_its_header_rejects_that_row_as_such(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "partners.csv"
    path.write_text(
        "Partner,Countries,SLA,Active,Sales reps\n"
        "Beta Voice,US,24,yes,bo@beta.example\n"
        "Partner,Countries,SLA,Active,Sales reps\n"
        "Gamma Voice,US,24,yes,gil@gamma.example\n"
    )
    report = services.partners.import_file(OPERATOR, path)
    assert (report.rows, report.applied, report.rejected) == (3, 2, 1)
    assert report.rejects_file is not None
    with open(report.rejects_file, encoding="utf-8-sig", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert (row["row"], row["column"], row["value"], row["reason"]) == (
        "3",
        "name",
        "Partner",
        "the column titles again, no data (files put one after another?)",
    )


def test_partner_import_from_xlsx_updates_by_name(services: Services, tmp_path: Path) -> None:
    saved = services.partners.save(OPERATOR, draft())
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["name", "countries", "regions", "sla_hours", "active"])
    sheet.append(["Pacific Unified", "US", "US-OR", 72, "no"])
    book.save(tmp_path / "partners.xlsx")
    report = services.partners.import_file(OPERATOR, tmp_path / "partners.xlsx")
    assert (report.applied, report.rejected) == (1, 0)
    updated = services.partners.get(OPERATOR, saved.id)
    assert (updated.regions, updated.sla_hours, updated.active) == (("US-OR",), 72, False)
    assert updated.reps == saved.reps  # no reps column: the reps stay as they were


def test_a_partner_file_without_a_column_keeps_what_the_partners_have_there(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    factory.user("carla.channel", Role.REP, team=None, queues=())
    services.partners.set_channel_manager(OPERATOR, "carla.channel")
    services.partners.save(
        OPERATOR,
        draft(channel_manager="carla.channel", postal_prefixes="US:941", active=False),
    )
    before = services.partners.list_partners(OPERATOR)[0]
    path = tmp_path / "new-reps.csv"
    path.write_text(
        "Partner,Countries,Sales reps\nPacific Unified,US,Dana New <dana@pacific.example>\n"
    )

    report = services.partners.import_file(OPERATOR, path)
    assert (report.applied, report.rejected) == (1, 0)
    [after] = services.partners.list_partners(OPERATOR)
    assert [r.email for r in after.reps if r.active] == ["dana@pacific.example"]
    # Regions, postal codes, products, segments, capacity, channel manager and whether it
    # takes leads stay as they were: the file has nothing to say about them.
    kept = (
        "regions",
        "postal_prefixes",
        "products",
        "segments",
        "capacity_open",
        "capacity_week",
        "channel_manager",
        "active",
    )
    assert {name: getattr(after, name) for name in kept} == {
        name: getattr(before, name) for name in kept
    }
    assert (after.channel_manager, after.active, after.capacity_open) == (
        "carla.channel",
        False,
        40,
    )


def test_a_partner_with_several_problems_is_told_them_all(services: Services) -> None:
    """Fixing one field only to be told of the next one, save after save."""
    with pytest.raises(InvalidFields) as error:
        services.partners.save(
            OPERATOR, draft(tier="diamond", segments="mid-market", sla_hours="0", reps=())
        )
    assert [(p.field, p.message) for p in error.value.problems] == [
        ("tier", "tier 'diamond' is unknown; use platinum, gold, silver, bronze"),
        ("segments", "segment 'mid-market' is unknown; use smb or enterprise"),
        ("sla_hours", "the acceptance SLA (hours) must be at least 1"),
        ("reps", "an active partner needs at least one active sales rep to send leads to"),
    ]


def test_a_partner_files_row_names_each_of_its_problems(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "partners.csv"
    path.write_text(
        "Partner,Countries,SLA,Active,Sales reps\nBeta Voice,Narnia,two days,yes,bo@beta\n"
    )
    report = services.partners.import_file(OPERATOR, path)
    assert (report.rows, report.applied, report.rejected) == (1, 0, 1)
    assert report.rejects_file is not None
    with open(report.rejects_file, encoding="utf-8-sig", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert (row["row"], row["column"]) == ("2", "countries")
    assert row["reason"].split("; ") == [
        "'Narnia' is not a country Qualifier knows: give its two-letter ISO code, such as DE or "
        "US, or its name",
        "the acceptance SLA (hours) 'two days' is not a whole number",
        "sales rep e-mail 'bo@beta' is not valid: " + row["reason"].split("is not valid: ")[1],
    ]
