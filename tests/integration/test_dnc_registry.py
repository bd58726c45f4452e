"""National do-not-call registries: import, the claim's check, and freshness (31 days in
the US) on both databases."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput, NothingEligible
from qualifier_app.domain.roles import OPERATOR
from qualifier_app.persistence.models import AuditEntry, RegistryNumber
from tests.support.cli import admin_main
from tests.support.factories import Factory


def area_code_file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "201.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_number_on_the_registry_never_reaches_a_rep(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rep = factory.user("rita")
    listed = factory.lead(phone_e164="+12015550123", score=99)
    free = factory.lead(phone_e164="+12015550124", score=10)
    path = area_code_file(tmp_path, "201,5550123", "2015550125", "", "12015550126")
    loaded = services.registries.import_snapshot(OPERATOR, path, "us")
    assert (loaded.registry, loaded.entries, loaded.lines) == ("US", 3, 3)
    assert services.queue.claim_next(rep).id == free
    services.queue.release(rep, free)
    factory.set_lead(free, status="nurture")
    with pytest.raises(NothingEligible):
        services.queue.claim_next(rep)
    assert factory.get_lead(listed).status == "queued"
    with services.db.unit_of_work(write=False) as uow:
        after = uow.session.execute(
            select(AuditEntry.after).where(AuditEntry.action == "dnc_registry.imported")
        ).scalar_one()
    assert after is not None and after["entries"] == 3


def test_csv_with_a_number_column_and_a_new_snapshot_replaces_the_old(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rep = factory.user("rita")
    lead = factory.lead(phone_e164="+12015550123")
    services.registries.import_snapshot(OPERATOR, area_code_file(tmp_path, "2015550123"), "US")
    with pytest.raises(NothingEligible):
        services.queue.claim_next(rep)
    csv_file = tmp_path / "registry.csv"
    csv_file.write_text("state,Number\nNJ,(201) 555-0999\nNJ,201-555-0998\n", encoding="utf-8")
    assert services.registries.import_snapshot(OPERATOR, csv_file, "US").entries == 2
    assert services.queue.claim_next(rep).id == lead
    with services.db.unit_of_work(write=False) as uow:
        numbers = set(uow.session.execute(select(RegistryNumber.number)).scalars())
    assert numbers == {12015550999, 12015550998}


def test_claims_read_the_old_snapshot_during_an_import_and_the_new_one_after(
    services: Services, factory: Factory, backend: str, tmp_path: Path
) -> None:
    rep = factory.user("rita")
    listed_before = factory.lead(phone_e164="+12015550123", score=90)
    listed_after = factory.lead(phone_e164="+12015550124", score=10)
    services.registries.import_snapshot(OPERATOR, area_code_file(tmp_path, "2015550123"), "US")
    seen: list[object] = []

    def meanwhile(_read: int) -> None:
        if backend == "postgresql":
            card = services.queue.claim_next(rep)
            services.queue.release(rep, card.id)
            seen.append(card.id)
        else:
            # SQLite has one writer, so a claim waits for the import; a reader still runs.
            with services.db.unit_of_work(write=False) as uow:
                seen.append(set(uow.session.execute(select(RegistryNumber.number)).scalars()))

    fresh = tmp_path / "fresh.txt"
    fresh.write_text("2015550124\n", encoding="utf-8")
    services.registries.import_snapshot(OPERATOR, fresh, "US", progress=meanwhile)
    old = listed_after if backend == "postgresql" else {12015550123}
    # Reported once the new numbers are in place, before the commit.
    assert seen == [old]
    assert services.queue.claim_next(rep).id == listed_before


def test_a_bad_line_loads_nothing(services: Services, factory: Factory, tmp_path: Path) -> None:
    rep = factory.user("rita")
    lead = factory.lead(phone_e164="+12015550123")
    bad = area_code_file(tmp_path, "2015550123", "20155501", "2015550124")
    with pytest.raises(InvalidInput, match=r"201.txt line 2: '20155501' is not a US phone"):
        services.registries.import_snapshot(OPERATOR, bad, "US")
    assert services.queue.claim_next(rep).id == lead
    assert services.registries.states(OPERATOR) == []


def test_a_stale_registry_blocks_its_country_until_a_fresh_import(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    rep = factory.user("rita")
    us_lead = factory.lead(score=90)
    uk_lead = factory.lead(phone_e164="+442079460000", country="GB", region=None, score=10)
    snapshot = area_code_file(tmp_path, "2015550123")
    taken = clock.now().date() - timedelta(days=20)
    services.registries.import_snapshot(OPERATOR, snapshot, "US", as_of=taken)
    assert services.queue.claim_next(rep).id == us_lead
    services.queue.release(rep, us_lead)
    clock.advance(timedelta(days=11))  # 31 days old: still fresh
    assert services.queue.claim_next(rep).id == us_lead
    services.queue.release(rep, us_lead)
    clock.advance(timedelta(days=1))  # 32 days old
    assert services.queue.claim_next(rep).id == uk_lead
    services.queue.release(rep, uk_lead)
    stats = services.queue.stats(OPERATOR)
    assert stats.blocked_by_registry == 1
    assert stats.not_claimable == (
        f"US do-not-call registry snapshot of {taken:%Y-%m-%d} is 32 days old (limit 31): "
        "leads in US, PR, VI, GU, MP, AS are not claimable until a fresh import",
    )
    factory.set_lead(uk_lead, status="nurture")
    with pytest.raises(NothingEligible, match=r"US do-not-call registry snapshot .* 32 days old"):
        services.queue.claim_next(rep)
    services.registries.import_snapshot(OPERATOR, snapshot, "US")
    assert services.queue.claim_next(rep).id == us_lead
    assert services.queue.stats(OPERATOR).not_claimable == ()


def test_a_snapshot_already_too_old_is_refused(
    services: Services, clock: ManualClock, tmp_path: Path
) -> None:
    path = area_code_file(tmp_path, "2015550123")
    with pytest.raises(InvalidInput, match="already 32 days old"):
        services.registries.import_snapshot(
            OPERATOR, path, "US", as_of=clock.now().date() - timedelta(days=32)
        )
    with pytest.raises(InvalidInput, match="unknown registry 'XX'; known registries: US"):
        services.registries.import_snapshot(OPERATOR, path, "XX")
    # Said without the command line's option: the import area shows it next to its date.
    with pytest.raises(
        InvalidInput,
        match=r"the snapshot's date 2026-11-25 is after the center's today \(2026-11-24\)",
    ) as refused:
        services.registries.import_snapshot(
            OPERATOR, path, "US", as_of=clock.now().date() + timedelta(days=1)
        )
    assert refused.value.field == "as_of"


def test_a_snapshot_is_dated_by_the_center_s_day_not_utc_s(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    """An Auckland center importing the morning's file (the 25th there, still the 24th in
    UTC) was told its date was "after today", and a file imported without a date was dated
    the day before."""
    factory.center("Pacific/Auckland")  # 04:00 on the 25th there
    path = area_code_file(tmp_path, "2015550123")
    undated = services.registries.import_snapshot(OPERATOR, path, "US")
    assert str(undated.taken_on) == "2026-11-25"
    dated = services.registries.import_snapshot(OPERATOR, path, "US", as_of=undated.taken_on)
    assert dated.taken_on == undated.taken_on
    with pytest.raises(InvalidInput, match=r"2026-11-26 is after the center's today \(2026-11-25"):
        services.registries.import_snapshot(
            OPERATOR, path, "US", as_of=undated.taken_on + timedelta(days=1)
        )


def test_a_snapshot_ages_by_the_center_s_day_not_utc_s(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    """The snapshot was dated by the center's day and aged by UTC's: an Auckland center's
    snapshot 32 days old there still read 31 days old and fresh until UTC's midnight, and
    its US leads were claimed meanwhile."""
    factory.center("Pacific/Auckland")  # 04:00 on the 25th there, the 24th in UTC
    rep = factory.user("rita")
    us_lead = factory.lead(score=90)
    taken = services.registries.today(OPERATOR) - timedelta(days=31)
    services.registries.import_snapshot(
        OPERATOR, area_code_file(tmp_path, "2015550123"), "US", as_of=taken
    )
    [fresh] = services.registries.states(OPERATOR)
    assert (fresh.age_days, fresh.stale) == (31, False)
    assert services.queue.claim_next(rep).id == us_lead
    services.queue.release(rep, us_lead)
    clock.advance(timedelta(days=1))  # 04:00 on the 26th there: 32 days old
    [stale] = services.registries.states(OPERATOR)
    assert (stale.age_days, stale.stale) == (32, True)
    with pytest.raises(NothingEligible, match=r"US do-not-call registry snapshot .* 32 days old"):
        services.queue.claim_next(rep)


def test_a_snapshot_older_than_the_one_loaded_is_refused(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    # Last month's file picked by mistake would bring back the numbers listed since.
    newer = area_code_file(tmp_path, "2015550123", "2015550124")
    today = clock.now().date()
    services.registries.import_snapshot(OPERATOR, newer, "US", as_of=today)
    older = tmp_path / "older.txt"
    older.write_text("2015550123\n2015550125\n", encoding="utf-8")
    with pytest.raises(
        InvalidInput,
        match=r"the US registry holds the snapshot of 2026-11-24; one of 2026-11-14 is older",
    ) as refused:
        services.registries.import_snapshot(OPERATOR, older, "US", as_of=today - timedelta(days=10))
    assert refused.value.field == "as_of"
    [state] = services.registries.states(OPERATOR)
    assert (state.taken_on, state.entries) == (today, 2)
    # The same day's snapshot again (a corrected file) is taken.
    services.registries.import_snapshot(OPERATOR, older, "US", as_of=today)


def test_cli_imports_and_reports_bad_input_in_one_line(
    factory: Factory, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    factory.lead()
    good = area_code_file(tmp_path, "201,5550123", "201,5550124")
    assert (
        admin_main(["--db", database_url, "dnc", "import-registry", str(good), "--registry", "US"])
        == 0
    )
    assert "US registry snapshot of" in capsys.readouterr().out
    assert admin_main(["--db", database_url, "dnc", "registries"]) == 0
    assert "fresh" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("name,city\nx,y\n", encoding="utf-8")
    assert (
        admin_main(["--db", database_url, "dnc", "import-registry", str(bad), "--registry", "US"])
        == 2
    )
    err = capsys.readouterr().err
    assert err.startswith("qualifier: error: bad.csv: no number column") and err.count("\n") == 1
    missing = str(tmp_path / "missing.txt")
    assert (
        admin_main(["--db", database_url, "dnc", "import-registry", missing, "--registry", "US"])
        == 2
    )
    assert "is not a readable file" in capsys.readouterr().err


@pytest.mark.parametrize("title", ["Phone Number", "phone-number", " PHONE_NUMBER "])
def test_a_number_column_titled_with_spaces_or_hyphens_is_found(
    services: Services, tmp_path: Path, title: str
) -> None:
    csv_file = tmp_path / "registry.csv"
    csv_file.write_text(f"State,{title}\nCA,415-748-6262\nNJ,(201) 555-0999\n", encoding="utf-8")
    loaded = services.registries.import_snapshot(OPERATOR, csv_file, "US")
    assert (loaded.entries, loaded.lines) == (2, 2)
    with services.db.unit_of_work(write=False) as uow:
        numbers = set(uow.session.scalars(select(RegistryNumber.number)))
    assert numbers == {14157486262, 12015550999}


def test_a_first_line_that_reads_as_a_number_is_data_not_a_header(
    services: Services, tmp_path: Path
) -> None:
    path = area_code_file(tmp_path, "4157486262 ext 12", "2015550123", "201-555-0124 x7")
    loaded = services.registries.import_snapshot(OPERATOR, path, "US")
    assert (loaded.entries, loaded.lines) == (3, 3)
    with services.db.unit_of_work(write=False) as uow:
        numbers = set(uow.session.scalars(select(RegistryNumber.number)))
    assert numbers == {14157486262, 12015550123, 12015550124}
    # A header that names no number column is still refused as one.
    bad = tmp_path / "bad.csv"
    bad.write_text("State,Zip\nNJ,07001\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="no number column"):
        services.registries.import_snapshot(OPERATOR, bad, "US")
