"""National registry snapshots as people's files come: a file with no numbers, or with far
fewer than the last snapshot, never empties the registry; a file in another encoding is
read, a spreadsheet refused in one line. The files in tests/data/registry are a tester's
real ones. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput, NothingEligible
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import RegistryNumber
from qualifier_app.services.compliance.registries import SnapshotShrinks
from tests.support.cli import admin_main
from tests.support.factories import Factory

FILES = Path(__file__).parent.parent / "data" / "registry"
LISTED = {12015550123, 12015550124, 12015550125}  # reg1.txt


def registry_numbers(services: Services) -> set[int]:
    with services.db.unit_of_work(write=False) as uow:
        return set(uow.session.execute(select(RegistryNumber.number)).scalars())


@pytest.mark.parametrize("name", ["reg_empty.txt", "reg_blank.txt", "reg_header.csv"])
def test_a_file_without_numbers_is_refused_and_the_registry_kept(
    services: Services, factory: Factory, name: str
) -> None:
    rep = factory.user("rita")
    factory.lead(phone_e164="+12015550123")
    services.registries.import_snapshot(OPERATOR, FILES / "reg1.txt", "US")
    before = services.registries.states(OPERATOR)
    with pytest.raises(InvalidInput, match=f"^{name} holds no phone numbers") as refused:
        services.registries.import_snapshot(OPERATOR, FILES / name, "US", allow_shrink=True)
    assert refused.value.field == "file"
    assert registry_numbers(services) == LISTED
    assert services.registries.states(OPERATOR) == before
    with pytest.raises(NothingEligible):
        services.queue.claim_next(rep)


def test_a_snapshot_with_far_fewer_numbers_needs_a_confirmation(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    services.registries.import_snapshot(OPERATOR, FILES / "reg1.txt", "US")
    cut = tmp_path / "201.txt"
    cut.write_text("2015550123\n", encoding="utf-8")
    with pytest.raises(SnapshotShrinks, match="holds 1 number, 67% fewer than the 3 of the last"):
        services.registries.import_snapshot(OPERATOR, cut, "US")
    assert registry_numbers(services) == LISTED
    loaded = services.registries.import_snapshot(OPERATOR, cut, "US", allow_shrink=True)
    assert loaded.entries == 1
    assert registry_numbers(services) == {12015550123}
    # A monthly change that drops a few numbers and adds others needs nothing.
    monthly = tmp_path / "monthly.txt"
    monthly.write_text("2015550124\n", encoding="utf-8")
    assert services.registries.import_snapshot(OPERATOR, monthly, "US").entries == 1


def test_utf_16_and_windows_1252_files_are_read(services: Services) -> None:
    loaded = services.registries.import_snapshot(OPERATOR, FILES / "reg_utf16.txt", "US")
    assert (loaded.entries, registry_numbers(services)) == (1, {12015550123})
    # Windows-1252: the line that is not a number is named as it reads, not as a crash.
    with pytest.raises(InvalidInput, match=r"^reg_latin.csv line 3: 'éx' is not a US phone"):
        services.registries.import_snapshot(OPERATOR, FILES / "reg_latin.csv", "US")
    with pytest.raises(InvalidInput, match=r"^reg.xlsx is a spreadsheet, not a text file"):
        services.registries.import_snapshot(OPERATOR, FILES / "reg.xlsx", "US")


def test_a_byte_the_encoding_cannot_read_is_named_not_dropped(
    services: Services, tmp_path: Path
) -> None:
    # Dropping the byte would leave a valid number that is not the one in the file.
    path = tmp_path / "201.txt"
    path.write_bytes(b"2015550123\n201555\x810125\n")  # 0x81: no character in Windows-1252
    with pytest.raises(InvalidInput, match=r"line 2: '201555\\\\x810125' is not a US phone"):
        services.registries.import_snapshot(OPERATOR, path, "US")
    path.write_bytes("phone,note\n2015550123,café\n".encode() + b"201555\xff0125,x\n")
    with pytest.raises(InvalidInput, match=r"line 3: '201555\\\\xFF0125' is not a US phone"):
        services.registries.import_snapshot(OPERATOR, path, "US")
    assert registry_numbers(services) == set()


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("reg_empty.txt", "reg_empty.txt holds no phone numbers"),
        ("reg.xlsx", "reg.xlsx is a spreadsheet, not a text file; save it as CSV"),
    ],
)
def test_cli_refuses_in_one_line(
    services: Services,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    said: str,
) -> None:
    services.registries.import_snapshot(OPERATOR, FILES / "reg1.txt", "US")
    path = tmp_path / name
    shutil.copy(FILES / name, path)
    command = ["--db", database_url, "dnc", "import-registry", str(path), "--registry", "US"]
    assert admin_main(command) == 2
    err = capsys.readouterr().err
    assert err == f"qualifier: error: {said}" + err.split(said, 1)[1]
    assert err.count("\n") == 1 and "Traceback" not in err
    assert registry_numbers(services) == LISTED


def test_cli_loads_a_shrunken_registry_only_with_allow_shrink(
    services: Services, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    services.registries.import_snapshot(OPERATOR, FILES / "reg1.txt", "US")
    command = ["--db", database_url, "dnc", "import-registry", str(FILES / "reg_utf16.txt")]
    assert admin_main([*command, "--registry", "US"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "holds 1 number, 67% fewer than the 3 of the last US snapshot" in err
    assert err.rstrip().endswith("(--allow-shrink)")
    assert registry_numbers(services) == LISTED
    assert admin_main([*command, "--registry", "US", "--allow-shrink"]) == 0
    assert capsys.readouterr().out.endswith(": 1 number loaded (1 line read)\n")
    assert registry_numbers(services) == {12015550123}
