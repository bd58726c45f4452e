"""Two centers on one workstation: each database keeps its handoff packages in an outbox
folder of its own, so one center's erasure, purge or new handoff never touches the other's.

Two settings files naming two databases share the workstation's data folder, and handoff 1
is another prospect in each. Real databases (two SQLite files; two PostgreSQL databases),
real routing to the outbox, real files."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.roles import OPERATOR, Actor
from qualifier_app.integrations.mail import Outbox
from qualifier_app.persistence.database import Database
from qualifier_app.services.compliance.person_files import outbox_copies
from qualifier_app.services.compliance.person_lookup import PersonQuery
from qualifier_app.settings import MailSettings, Settings
from tests.support.as_person import PersonRoutedDatabase
from tests.support.databases import PostgresTemplates, SqliteTemplates, postgres_required
from tests.support.factories import Factory
from tests.support.partners import add_partner, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def other_url(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[str]:
    """A second migrated database on the same backend: the other center's."""
    if backend == "sqlite":
        templates: SqliteTemplates = request.getfixturevalue("sqlite_templates")
        yield templates.fresh(tmp_path / "center-b.sqlite3", migrated=True)
        return
    pg: PostgresTemplates | None = request.getfixturevalue("postgres_templates")
    pg = postgres_required(pg)
    url = pg.fresh(migrated=True)
    yield url
    pg.drop(url)


def _built(settings: Settings, clock: ManualClock) -> Services:
    """Services as a command or a window builds them, each person's work on PostgreSQL as
    their own login role (as the `services` fixture)."""
    sqlite = settings.database_url.startswith("sqlite")
    db = Database.from_url(settings.database_url)
    if not sqlite:
        db.dispose()
        db = PersonRoutedDatabase(settings.database_url)
    return build(settings, clock, db=db)


@pytest.fixture
def center_b(settings: Settings, other_url: str, clock: ManualClock) -> Iterator[Services]:
    """The other center: its own settings file, its own database, the same data folder."""
    built = _built(replace(settings, database_url=other_url), clock)
    yield built
    built.close()


def _center(services: Services) -> Actor:
    """A rep and a partner to hand off to."""
    rep = Factory(services).user("rita.rep")
    add_partner(services, "West Coast Voice")
    return rep


def _handed_off(
    services: Services, rep: Actor, first: str, last: str, *, waits: bool = True
) -> tuple[int, int]:
    """A prospect routed to a partner; without a mail server (`waits`) the package waits in
    the outbox. Returns the lead and its handoff."""
    email = f"{first}@{last}.example".lower()
    lead_id = sales_ready_lead(
        Factory(services),
        rep,
        first_name=first,
        last_name=last,
        email_raw=email,
        email_normalized=email,
    )
    handoff = services.routing.route(rep, lead_id, request_id=f"req-{first}")
    assert handoff.awaiting_delivery == waits
    return lead_id, handoff.id


def _package(services: Services, handoff_id: int, folder: str = "") -> Path:
    return services.settings.outbox_dir / folder / f"handoff-{handoff_id:08d}.eml"


def _aged(paths: list[Path], clock: ManualClock, days: int) -> None:
    moment = (clock.now() - timedelta(days=days)).timestamp()
    for path in paths:
        os.utime(path, (moment, moment))


def test_a_handoff_in_one_center_leaves_the_others_waiting_package_whole(
    services: Services, center_b: Services
) -> None:
    assert services.settings.data_dir == center_b.settings.data_dir
    _, ada = _handed_off(services, _center(services), "Ada", "Alpha")
    _, bea = _handed_off(center_b, _center(center_b), "Bea", "Beta")
    assert ada == bea  # handoff 1 in each center, another prospect in each

    # B's handoff wrote its own package; A's waiting one is still Ada's, whole.
    a_eml, b_eml = _package(services, ada), _package(center_b, bea)
    for suffix in (".eml", ".json"):
        assert b"ada@alpha.example" in a_eml.with_suffix(suffix).read_bytes()
        assert b"bea@beta.example" not in a_eml.with_suffix(suffix).read_bytes()
        assert b"bea@beta.example" in b_eml.with_suffix(suffix).read_bytes()


def test_erasure_in_one_center_leaves_the_others_package_of_the_same_handoff_id(
    services: Services,
    settings: Settings,
    other_url: str,
    clock: ManualClock,
    smtp_server: SmtpServer,
) -> None:
    # B e-mails its handoffs: its handoff 1 leaves no file, A's handoff 1 waits in A's.
    center_b = _built(
        with_mail_server(replace(settings, database_url=other_url), smtp_server), clock
    )
    try:
        _, ada = _handed_off(services, _center(services), "Ada", "Alpha")
        bea_lead, bea = _handed_off(center_b, _center(center_b), "Bea", "Beta", waits=False)
        assert ada == bea
        a_eml = _package(services, ada)

        erased = center_b.person.erase(OPERATOR, PersonQuery(lead_id=bea_lead), "asked by mail")

        assert erased.files_shredded == 0  # Bea had no package on this workstation
        assert a_eml.exists() and a_eml.with_suffix(".json").exists()
        assert b"ada@alpha.example" in a_eml.read_bytes()
    finally:
        center_b.close()


def test_erasure_shreds_the_persons_own_package(services: Services, center_b: Services) -> None:
    _, ada = _handed_off(services, _center(services), "Ada", "Alpha")
    bea_lead, bea = _handed_off(center_b, _center(center_b), "Bea", "Beta")
    b_eml = _package(center_b, bea)

    erased = center_b.person.erase(OPERATOR, PersonQuery(lead_id=bea_lead), "asked by mail")

    assert erased.files_shredded == 2  # Bea's .eml and .json
    assert not b_eml.exists() and not b_eml.with_suffix(".json").exists()
    assert _package(services, ada).exists()


def test_purge_in_one_center_goes_by_its_own_files_only(
    services: Services, center_b: Services, clock: ManualClock
) -> None:
    _, ada = _handed_off(services, _center(services), "Ada", "Alpha")
    a_files = [_package(services, ada), _package(services, ada).with_suffix(".json")]
    _aged(a_files, clock, 40)

    assert center_b.retention.purge(OPERATOR).outbox_files == 0
    assert all(path.exists() for path in a_files)
    assert services.retention.purge(OPERATOR).outbox_files == 2
    assert not any(path.exists() for path in a_files)


def test_the_partners_area_and_delivery_name_their_own_centers_folder(
    services: Services, center_b: Services
) -> None:
    a, b = services.settings, center_b.settings
    assert a.outbox_dir.parent == b.outbox_dir.parent == a.data_dir / "outbox"
    assert a.outbox_dir != b.outbox_dir
    assert services.delivery.outbox.folder == a.outbox_dir
    assert center_b.delivery.outbox.folder == b.outbox_dir


def test_whoever_signs_in_the_same_database_has_the_same_folder(tmp_path: Path) -> None:
    def folder(url: str) -> Path:
        return Settings(database_url=url, data_dir=tmp_path).outbox_dir

    here = "postgresql+psycopg://rita@db.example:5432/qualifier"
    assert folder(here) == folder("postgresql+psycopg://marco:pw@DB.example:5432/qualifier")
    assert folder(here) != folder("postgresql+psycopg://rita@db.example:5432/other")
    assert folder(f"sqlite:///{tmp_path}/a.sqlite3") != folder(f"sqlite:///{tmp_path}/b.sqlite3")


def test_packages_waiting_in_the_folder_all_shared_go_to_their_own_center(
    settings: Settings, services: Services, center_b: Services, clock: ManualClock
) -> None:
    shared = settings.shared_outbox_dir
    # Written as before each database had its own folder: B's three, then A's two over
    # B's first two (that overwrite is what the shared folder did, and is gone now).
    center_b.delivery.outbox = Outbox(shared)
    services.delivery.outbox = Outbox(shared)
    b_rep, a_rep = _center(center_b), _center(services)
    for first in ("Cy", "Di", "Ed"):
        _handed_off(center_b, b_rep, first, "Beta")
    _, ada = _handed_off(services, a_rep, "Ada", "Alpha")
    abe_lead, abe = _handed_off(services, a_rep, "Abe", "Alpha")
    services.delivery.outbox.mark_sent(f"handoff-{ada:08d}")  # e-mailed by hand, say
    stranger = shared / "handoff-00000099.eml"  # a database neither center is
    stranger.write_bytes(b"Message-ID: <handoff-99.gone@example.com>\n\nSomeone Else\n")
    scorecard = shared / "scorecard-2026-W47-partner-1.eml"
    scorecard.write_bytes(b"Message-ID: <scorecard-2026-W47.partner-1@example.com>\n\n")

    a_again = _built(settings, clock)  # A's next command or window
    try:
        own = a_again.settings.outbox_dir
        assert sorted(p.relative_to(own).as_posix() for p in own.rglob("*") if p.is_file()) == [
            f"handoff-{abe:08d}.eml",
            f"handoff-{abe:08d}.json",
            f"sent/handoff-{ada:08d}.eml",
            f"sent/handoff-{ada:08d}.json",
        ]
        assert b"abe@alpha.example" in (own / f"handoff-{abe:08d}.eml").read_bytes()
        # B's third package stays for B, as do the files no center can call its own.
        assert (shared / "handoff-00000003.eml").exists()
        assert stranger.exists() and scorecard.exists()
        if os.name == "posix":
            assert stat.S_IMODE(own.stat().st_mode) == 0o700
            assert stat.S_IMODE((own / f"handoff-{abe:08d}.eml").stat().st_mode) == 0o600
        # Taken over, it is the center's like any other: its erasure finds it.
        a_again.person.erase(OPERATOR, PersonQuery(lead_id=abe_lead), "asked")
        assert not (own / f"handoff-{abe:08d}.eml").exists()
    finally:
        a_again.close()

    b_again = _built(center_b.settings, clock)
    try:
        b_own = b_again.settings.outbox_dir
        assert (b_own / "handoff-00000003.eml").exists()
        assert b"ed@beta.example" in (b_own / "handoff-00000003.eml").read_bytes()
        assert not (shared / "handoff-00000003.eml").exists()
        assert stranger.exists() and scorecard.exists()
    finally:
        b_again.close()


def test_a_folder_the_settings_name_is_that_folder_and_one_databases_only(
    settings: Settings, services: Services, other_url: str, clock: ManualClock, tmp_path: Path
) -> None:
    named = tmp_path / "to-forward"
    a_settings = replace(settings, mail=MailSettings(outbox=named))
    a = _built(a_settings, clock)
    try:
        assert a.settings.outbox_dir == named
        _, handoff_id = _handed_off(a, _center(a), "Ada", "Alpha")
        assert (named / f"handoff-{handoff_id:08d}.eml").exists()
        if os.name == "posix":
            assert stat.S_IMODE((named / ".qualifier-database").stat().st_mode) == 0o600
        # The claim is no package: purge keeps it however old it gets.
        _aged([named / ".qualifier-database"], clock, 400)
        a.retention.purge(OPERATOR)
        assert (named / ".qualifier-database").exists()
    finally:
        a.close()
    again = _built(a_settings, clock)  # the same center, another day: its folder still
    again.close()

    b_settings = replace(settings, database_url=other_url, mail=MailSettings(outbox=named))
    with pytest.raises(InvalidInput, match=r"\[mail\] outbox .* is the outbox of another database"):
        _built(b_settings, clock)
    assert (named / f"handoff-{handoff_id:08d}.eml").exists()


def test_a_package_is_a_handoffs_by_its_message_id_not_by_its_name(tmp_path: Path) -> None:
    # A folder two databases wrote to: the names give the id only.
    def eml(name: str, message_id: str) -> Path:
        path = tmp_path / name
        path.write_bytes(f"Message-ID: {message_id}\nSubject: x\n\nbody\n".encode())
        path.with_suffix(".json").write_text("{}")
        return path

    ours = eml("handoff-00000007.eml", "<handoff-7.req-a@center.example>")
    reminder = eml("handoff-00000007-reminder.eml", "<handoff-7.req-a.reminder@center.example>")
    theirs = eml("handoff-00000008.eml", "<handoff-8.req-ab@other.example>")  # "req-a" + b
    longer = eml("handoff-123456789.eml", "<handoff-123456789.req-c@center.example>")
    (tmp_path / ".handoff-00000007.json.partial").write_text("{")
    (tmp_path / "sent").mkdir()
    sent = tmp_path / "sent" / "handoff-00000007.eml"
    sent.write_bytes(ours.read_bytes())

    found = outbox_copies(tmp_path, {7: "req-a", 8: "req-a", 12345678: "req-c"})

    assert sorted(p.relative_to(tmp_path).as_posix() for p in found) == [
        ".handoff-00000007.json.partial",
        "handoff-00000007-reminder.eml",
        "handoff-00000007-reminder.json",
        "handoff-00000007.eml",
        "handoff-00000007.json",
        "sent/handoff-00000007.eml",
    ]
    assert theirs.exists() and longer.exists() and reminder.exists()
