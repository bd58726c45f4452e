"""Partner-CRM exports: whose file it is, which report wins, rows changed meanwhile, every
row accounted for."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from qualifier_app.app import Services
from qualifier_app.domain.errors import InvalidInput, NotFound
from qualifier_app.domain.roles import Role
from qualifier_app.persistence.models import Handoff
from qualifier_app.services.frame import Change
from qualifier_app.services.partners import handoff_queries
from qualifier_app.services.partners.dto import HandoffSummary, ImportReport
from qualifier_app.settings import Settings
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead, two_handoffs
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """A mail server is configured: handoffs are delivered and their SLAs start."""
    return with_mail_server(settings, smtp_server)


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def rejected_rows(report: ImportReport) -> dict[str, str]:
    if report.rejects_file is None:
        return {}
    with open(report.rejects_file, encoding="utf-8-sig", newline="") as handle:
        return {row["row"]: row["reason"] for row in csv.DictReader(handle)}


def rejected_then_rerouted(
    services: Services, factory: Factory
) -> tuple[HandoffSummary, HandoffSummary, str]:
    """A lead the first partner rejected, now with the second: (first, second, e-mail)."""
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    add_partner(services, "Beta Calls")
    lead = sales_ready_lead(factory, rep)
    first = services.routing.route(rep, lead)
    services.handoffs.record_feedback(sam, first.id, "rejected", reason="outside our territory")
    second = services.routing.route(rep, lead)
    assert second.partner != first.partner and second.status == "sent"
    return first, second, factory.get_lead(lead).email_normalized or ""


def test_one_partners_export_never_closes_another_partners_handoff(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    first, second, email = rejected_then_rerouted(services, factory)
    sam = services.accounts.actor_for("sam.super")
    by_email = write_csv(
        tmp_path / "crm_export.csv",
        [["Email", "Stage", "Comment"], [email, "Closed Lost", "not interested"]],
    )

    with pytest.raises(InvalidInput) as no_partner:
        services.handoffs.import_feedback(sam, by_email)
    assert no_partner.value.field == "partner"
    with pytest.raises(NotFound, match="there is no partner 'Gamma'"):
        services.handoffs.import_feedback(sam, by_email, "Gamma")

    report = services.handoffs.import_feedback(sam, by_email, first.partner)

    assert (report.rows, report.applied, report.rejected) == (1, 0, 1)
    assert rejected_rows(report) == {
        "2": f"{first.partner} no longer has this lead: its handoff {first.id} is rejected"
    }
    assert handoff_row(services, second.id).status == "sent"
    assert handoff_row(services, first.id).status == "rejected"

    # The partner named in a column, or a handoff id of another partner's: the same.
    named = write_csv(
        tmp_path / "named.csv",
        [
            ["Partner", "Email", "Stage", "Comment"],
            [first.partner, email, "Closed Lost", "not interested"],
            [second.partner, email, "Accepted", ""],
        ],
    )
    report = services.handoffs.import_feedback(sam, named)
    assert (report.applied, report.rejected) == (1, 1)
    assert handoff_row(services, second.id).status == "accepted"
    by_id = write_csv(
        tmp_path / "by_id.csv",
        [["Handoff", "Stage", "Comment"], [str(second.id), "Closed Lost", "not interested"]],
    )
    report = services.handoffs.import_feedback(sam, by_id, first.partner)
    assert rejected_rows(report) == {"2": f"handoff {second.id} is not {first.partner}'s"}
    assert handoff_row(services, second.id).status == "accepted"


def test_a_lead_never_handed_to_the_files_partner_is_rejected(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    _, second, email = rejected_then_rerouted(services, factory)
    sam = services.accounts.actor_for("sam.super")
    add_partner(services, "Gamma Sales", countries=("DE",))
    path = write_csv(tmp_path / "gamma.csv", [["Email", "Stage"], [email, "Accepted"]])

    report = services.handoffs.import_feedback(sam, path, "gamma sales")

    assert rejected_rows(report) == {"2": "the lead with this e-mail was not handed to Gamma Sales"}
    assert handoff_row(services, second.id).status == "sent"


def test_the_latest_report_wins_and_an_older_file_never_rolls_it_back(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))

    def weekly(name: str, value: str, modified: str) -> ImportReport:
        path = write_csv(
            tmp_path / f"{name}.csv",
            [
                ["Handoff", "Stage", "Amount", "Last Modified"],
                [str(handoff.id), "Active", value, modified],
            ],
        )
        return services.handoffs.import_feedback(sam, path)

    outcomes = [
        (r.applied, r.unchanged, r.rejected)
        for r in (
            weekly("week1", "10000", "2026-11-02"),
            weekly("week2", "20000", "2026-11-09"),
            weekly("week3", "10000", "2026-11-16"),
        )
    ]
    assert outcomes == [(1, 0, 0), (1, 0, 0), (1, 0, 0)]
    assert handoff_row(services, handoff.id).pipeline_value == Decimal(10000)

    # The same state reported again later: nothing to change.
    assert weekly("week4", "10000", "2026-11-23").unchanged == 1
    # An old file imported again, or one never imported that is older than the last news.
    assert weekly("week2", "20000", "2026-11-09").unchanged == 1
    late = weekly("late", "15000", "2026-11-05")
    assert rejected_rows(late) == {
        "2": "the partner's update of 2026-11-05 00:00 UTC is older than the handoff's last news "
        "(2026-11-16 00:00 UTC), which stays"
    }
    assert handoff_row(services, handoff.id).pipeline_value == Decimal(10000)


def someone_changes_the_handoff(
    monkeypatch: pytest.MonkeyPatch, handoff_id: int, times: int
) -> None:
    """Each of the first `times` times the import has read the handoff, someone else (in the
    database, behind the import's back) accepts it, as a channel manager or a second import
    of the same file would."""
    read = handoff_queries.in_reach
    left = [times]

    def in_reach(change: Change, wanted: int) -> Handoff:
        handoff = read(change, wanted)
        if wanted == handoff_id and left[0] > 0:
            left[0] -= 1
            change.session.execute(
                text(
                    "UPDATE handoffs SET status = 'accepted', version = version + 1 WHERE id = :id"
                ),
                {"id": handoff_id},
            )
        return handoff

    monkeypatch.setattr(handoff_queries, "in_reach", in_reach)


@pytest.mark.parametrize("times", [1, 2])
def test_a_handoff_changed_meanwhile_is_that_rows_business_not_the_files(
    services: Services,
    factory: Factory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    times: int,
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    busy, quiet = (services.routing.route(rep, sales_ready_lead(factory, rep)) for _ in "ab")
    path = write_csv(
        tmp_path / "export.csv",
        [
            ["Handoff", "Stage", "Amount"],
            [str(busy.id), "Active", "30000"],
            [str(quiet.id), "Active", "5000"],
        ],
    )
    someone_changes_the_handoff(monkeypatch, busy.id, times)

    report = services.handoffs.import_feedback(sam, path)

    assert handoff_row(services, quiet.id).pipeline_value == Decimal(5000)
    if times == 1:  # tried again on what the other person left
        assert (report.applied, report.rejected) == (2, 0)
        assert handoff_row(services, busy.id).pipeline_value == Decimal(30000)
    else:
        assert (report.applied, report.rejected) == (1, 1)
        assert rejected_rows(report) == {
            "2": f"handoff {busy.id} was changed by someone else meanwhile; import the file again"
        }
        assert handoff_row(services, busy.id).status == "accepted"


def test_every_row_is_accounted_for_and_an_ambiguous_amount_is_refused(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    sam, one, two = two_handoffs(services, factory)
    path = write_csv(
        tmp_path / "export.csv",
        [
            ["Handoff", "Stage", "Amount"],
            [str(one), "Active", "3,000,00"],
            ["", "", ""],
            [str(two), "Active", "12,34,567"],
        ],
    )

    report = services.handoffs.import_feedback(sam, path)

    assert (report.rows, report.applied, report.unchanged, report.rejected, report.empty) == (
        3,
        1,
        0,
        1,
        1,
    )
    assert rejected_rows(report) == {"2": "pipeline value '3,000,00' is not an amount"}
    assert handoff_row(services, one).pipeline_value is None
    assert handoff_row(services, two).pipeline_value == Decimal(1234567)


def test_a_second_export_pasted_below_the_first_repeats_its_header_and_is_said_so(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    sam, one, two = two_handoffs(services, factory)
    path = write_csv(
        tmp_path / "export.csv",
        [
            ["Handoff", "Stage", "Amount"],
            [str(one), "Active", "3000"],
            ["Handoff", "Stage", "Amount"],
            [str(two), "Active", "5000"],
        ],
    )

    report = services.handoffs.import_feedback(sam, path)

    assert (report.rows, report.applied, report.rejected) == (3, 2, 1)
    assert rejected_rows(report) == {
        "3": "the column titles again, no data (files put one after another?)"
    }


def test_an_amount_in_another_currency_than_the_center_s_is_rejected_not_converted(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    sam, one, two = two_handoffs(services, factory)
    path = write_csv(
        tmp_path / "export.csv",
        [
            ["Handoff ID", "Status", "Amount"],
            [str(one), "Working", "48.000 €"],  # the center counts in US dollars
            [str(two), "Working", "$12,000"],
        ],
    )

    report = services.handoffs.import_feedback(sam, path)

    assert (report.applied, report.rejected) == (1, 1)
    assert rejected_rows(report) == {
        "2": "pipeline value '48.000 €' is in EUR, but the center counts in USD: amounts are "
        "not converted; give it in USD"
    }
    assert handoff_row(services, one).pipeline_value is None
    assert handoff_row(services, two).pipeline_value == Decimal(12000)


def test_a_german_partners_export_is_read_in_its_own_words(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    sam, one, two = two_handoffs(services, factory)
    factory.center("Europe/Berlin", currency="EUR")
    path = write_csv(
        tmp_path / "export.csv",
        [
            ["Referenz", "Phase", "Betrag", "Grund", "Geändert am"],
            [str(one), "In Bearbeitung", "48.000 €", "", "24.11.2026 15:30"],
            [str(two), "Geschlossen - Verloren", "", "Kein Budget", "24.11.2026 15:40"],
        ],
    )

    report = services.handoffs.import_feedback(sam, path)

    assert (report.applied, report.rejected) == (2, 0), rejected_rows(report)
    assert handoff_row(services, one).status == "active"
    assert handoff_row(services, one).pipeline_value == Decimal(48000)
    assert (handoff_row(services, two).status, handoff_row(services, two).lost_reason) == (
        "lost",
        "Kein Budget",
    )
