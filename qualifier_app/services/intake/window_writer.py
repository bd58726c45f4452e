"""Writing one window of accepted rows: match, merge, enrich, mark do-not-call, score, store."""

from __future__ import annotations

from sqlalchemy.orm import Session

from qualifier_app.services.intake.import_run import Accepted, Run, Window
from qualifier_app.services.intake.window_match import (
    load_candidates,
    load_targets,
    not_yet_imported,
    place,
)
from qualifier_app.services.intake.window_merge import merge
from qualifier_app.services.intake.window_scoring import enrich_new, mark_do_not_call, score_leads
from qualifier_app.services.intake.window_store import store
from qualifier_app.settings import QueuePolicy


def write_window(run: Run, session: Session, policy: QueuePolicy, accepted: list[Accepted]) -> None:
    """The order of the work: nothing is written until every row of the window is placed."""
    window = Window(run, session, policy)
    fresh = not_yet_imported(window, accepted)
    load_candidates(window, [item.inquiry for item in fresh])
    placed = [(item, place(window, item)) for item in fresh]
    load_targets(window, {match.ref for _, match in placed if match and match.ref > 0})
    for item, match in placed:
        if match is not None:
            merge(window, match, item)
    enrich_new(window)
    mark_do_not_call(window)
    score_leads(window)
    store(window)
    run.created_queues += window.queues.created
    for queue in window.queues.unworked():
        run.unworked_queues.add(queue)
        if queue in window.queues.teams:
            run.unworked_teams[queue] = window.queues.teams[queue]
