"""The check before a dial judges the number dialled: a rep's unsaved correction to a number
on a national registry, or in a zone where the window is closed, is refused; the stored
number's own checks still apply. On both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from qualifier_app.app import Services
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.roles import OPERATOR
from tests.support.factories import Factory

TUESDAY = datetime(2026, 11, 24, 14, 30, tzinfo=UTC)  # 09:30 in New York, 06:30 in LA


def test_a_corrected_number_is_judged_before_it_is_dialled(
    services: Services, factory: Factory, clock: ManualClock, tmp_path: Path
) -> None:
    clock.set(TUESDAY)
    rita = factory.user("rita")
    lead_id = factory.lead(phone_raw="+1 212 555 0142", phone_e164="+12125550142")
    registry = tmp_path / "201.txt"
    registry.write_text("2015550123\n", encoding="utf-8")
    services.registries.import_snapshot(
        OPERATOR, registry, "US", as_of=clock.now().date() - timedelta(days=1)
    )
    assert services.workspace.next_lead(rita).lead.id == lead_id
    workspace = services.workspace

    assert workspace.why_not_dial(rita, lead_id) is None
    assert workspace.why_not_dial(rita, lead_id, "+12125550142") is None
    assert workspace.why_not_dial(rita, lead_id, "+12125550199") is None
    assert str(workspace.why_not_dial(rita, lead_id, "+12015550123")) == (
        "the number +12015550123 is on the national do-not-call registry: it may not be called"
    )
    closed = str(workspace.why_not_dial(rita, lead_id, "+12135550143"))
    assert closed.startswith("the number +12135550143 may not be called now: ")
    assert "in America/Los_Angeles is outside the calling window" in closed
