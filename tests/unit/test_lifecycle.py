"""The lead lifecycle: allowed transitions, and do-not-call for good."""

from __future__ import annotations

import pytest

from qualifier_app.domain.errors import Conflict
from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus, can_move, check_move


@pytest.mark.parametrize("target", list(LeadStatus))
def test_do_not_call_is_final(target: LeadStatus) -> None:
    assert not can_move(LeadStatus.DO_NOT_CALL, target)


@pytest.mark.parametrize(
    "source", [s for s in LeadStatus if s not in {LeadStatus.DO_NOT_CALL, LeadStatus.MERGED}]
)
def test_every_live_lead_can_be_put_on_do_not_call(source: LeadStatus) -> None:
    assert can_move(source, LeadStatus.DO_NOT_CALL)


def test_nurture_recycles_to_the_queue() -> None:
    assert can_move(LeadStatus.NURTURE, LeadStatus.QUEUED)


def test_check_move_explains() -> None:
    with pytest.raises(Conflict, match="do not call cannot become queued"):
        check_move(LeadStatus.DO_NOT_CALL, LeadStatus.QUEUED)


def test_only_queued_callback_and_due_check_calls_are_claimable() -> None:
    assert {LeadStatus.QUEUED, LeadStatus.CALLBACK, LeadStatus.CHECK_CALL} == CLAIMABLE
