"""A rejected feedback row says its most basic fault first: which handoff it is about (an
unreadable id, no such handoff, another partner's, out of the importer's reach) before what
it says about it (a won lead without its close date, a lost one without its reason)."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualifier_app.app import Services
from qualifier_app.domain.roles import OPERATOR, Role
from qualifier_app.settings import Settings
from tests.integration.test_feedback_import import rejected_rows, write_csv
from tests.support.factories import Factory
from tests.support.partners import add_partner, handoff_row, sales_ready_lead
from tests.support.smtp import SmtpServer, with_mail_server


@pytest.fixture
def settings(settings: Settings, smtp_server: SmtpServer) -> Settings:
    """A mail server is configured: handoffs are delivered and their SLAs start."""
    return with_mail_server(settings, smtp_server)


def test_a_rows_handoff_is_judged_before_what_the_row_says(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    add_partner(services, "Alpha Voice")
    handoff = services.routing.route(rep, sales_ready_lead(factory, rep))
    missing = handoff.id + 1000
    path = write_csv(
        tmp_path / "export.csv",
        [
            ["Handoff ID", "Stage", "Revenue", "Lost Reason"],
            ["18.5", "Won", "1000", ""],
            [str(missing), "Lost", "", ""],
            ["abc", "Lost", "", ""],
            ["", "Won", "", ""],
            ["-4", "Lost", "", ""],
            ["-4.5", "Won", "", ""],
            [f"{missing}.0", "", "", ""],
            [str(handoff.id), "Lost", "", ""],  # its handoff found: what it says is wrong
        ],
    )

    report = services.handoffs.import_feedback(sam, path)

    decimals = "handoff ids have no decimals (was the cell changed by a formula or rounding?)"
    assert rejected_rows(report) == {
        "2": f"handoff id '18.5' is not a whole number: {decimals}",
        "3": f"there is no handoff {missing}",
        "4": "handoff id 'abc' is not a number",
        "5": "the row has no handoff id, lead e-mail or lead phone",
        "6": "there is no handoff -4",
        "7": f"handoff id '-4.5' is not a whole number: {decimals}",
        "8": f"there is no handoff {missing}",
        "9": "say why the lead was lost",
    }
    assert (report.rows, report.applied, report.rejected) == (8, 0, 8)
    assert handoff_row(services, handoff.id).status == "sent"


def test_another_partners_handoff_is_said_before_what_the_row_says(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rep = factory.user("rita.rep")
    sam = factory.user("sam.super", Role.SUPERVISOR)
    alpha = add_partner(services, "Alpha Voice")
    beta = add_partner(services, "Beta Calls")
    one = services.routing.route(rep, sales_ready_lead(factory, rep), alpha)
    two = services.routing.route(rep, sales_ready_lead(factory, rep), beta, "their territory")
    path = write_csv(
        tmp_path / "export.csv",
        [
            ["Handoff", "Partner", "Stage", "Amount"],
            [str(two.id), one.partner, "Won", ""],
            [str(one.id), "Gamma", "Bogus stage", ""],
            [str(one.id), one.partner, "", ""],
        ],
    )

    report = services.handoffs.import_feedback(sam, path)

    assert rejected_rows(report) == {
        "2": f"handoff {two.id} is not {one.partner}'s",
        "3": "there is no partner 'Gamma'",
        "4": "the status is empty",
    }
    # The file's partner, by e-mail: a lead never handed to it, whatever the row says.
    email = factory.get_lead(two.lead_id).email_normalized or ""
    by_email = write_csv(
        tmp_path / "by_email.csv", [["Email", "Stage", "Comment"], [email, "Lost", ""]]
    )
    report = services.handoffs.import_feedback(sam, by_email, one.partner)
    assert rejected_rows(report) == {
        "2": f"the lead with this e-mail was not handed to {one.partner}"
    }


def test_a_channel_manager_is_told_a_handoff_out_of_reach_before_what_the_row_says(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    rep = factory.user("rita.rep")
    factory.user("carla.channel", Role.REP, team=None, queues=())
    services.partners.set_channel_manager(OPERATOR, "carla.channel")
    carla = services.accounts.actor_for("carla.channel")
    add_partner(services, "Alpha Voice", channel_manager="carla.channel")
    beta = add_partner(services, "Beta Calls")
    theirs = services.routing.route(rep, sales_ready_lead(factory, rep), beta, "their territory")
    path = write_csv(
        tmp_path / "export.csv",
        [["Handoff", "Stage", "Comment"], [str(theirs.id), "Closed Lost", ""]],
    )

    report = services.handoffs.import_feedback(carla, path)

    assert rejected_rows(report) == {"2": f"there is no handoff {theirs.id}"}
    assert handoff_row(services, theirs.id).status == "sent"
