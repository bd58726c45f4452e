"""A client process that stops inside a transaction, for the SIGKILL fault tests.

`python -m tests.support.killpoint PATTERN NTH -- ARGS…` runs `qualifier ARGS…` (the real
CLI) with a hook on every engine: when a transaction that executed a statement containing
PATTERN is about to COMMIT for the NTH time, the process prints `PAUSED` on stdout and sleeps,
inside that transaction, until the parent kills it. Everything the transaction wrote has been
sent to the database; nothing is committed.

`python -m tests.support.killpoint claim|outcome URL LOGIN DATA_DIR` claims a lead as LOGIN,
or claims one and records an outcome for it, pausing in the transaction that saves the claim
(resp. the outcome). On PostgreSQL the claim is one statement in autocommit: the claiming
child pauses right after it returned.
"""

from __future__ import annotations

import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.domain.retry import Disposition

PAUSED = "PAUSED"
_MATCHED = "killpoint_matched"


def pause_at_commit(pattern: str, nth: int = 1) -> None:
    """Install the hook on every engine made from now on."""
    needle = pattern.lower()
    seen = [0]

    def executed(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if needle in statement.lower():
            conn.info[_MATCHED] = True

    def committing(conn: Any) -> None:
        if not conn.info.pop(_MATCHED, False):
            return
        seen[0] += 1
        if seen[0] == nth:
            sys.stdout.write(PAUSED + "\n")
            sys.stdout.flush()
            while True:  # until SIGKILL
                time.sleep(60)

    def rolled_back(conn: Any) -> None:
        conn.info.pop(_MATCHED, None)

    event.listen(Engine, "before_cursor_execute", executed)
    event.listen(Engine, "commit", committing)
    event.listen(Engine, "rollback", rolled_back)


# The request id of the outcome killed after its one call, for the restarted workstation's
# resend.
ONE_CALL_REQUEST = "killed-after-the-one-call"


def pause_after(pattern: str) -> None:
    """Pause once a statement containing PATTERN has returned: for a statement that is its
    own transaction (autocommit), the moment after it committed, before the client used it."""
    needle = pattern.lower()

    def executed(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if needle in statement.lower():
            sys.stdout.write(PAUSED + "\n")
            sys.stdout.flush()
            while True:  # until SIGKILL
                time.sleep(60)

    event.listen(Engine, "after_cursor_execute", executed)


def _work(what: str, url: str, login: str, data_dir: str) -> None:
    from qualifier_app.app import build
    from qualifier_app.domain.clock import ManualClock
    from qualifier_app.persistence.database import Database
    from qualifier_app.services.workspace.dto import Outcome
    from qualifier_app.settings import Settings
    from tests.conftest import START

    services = build(
        Settings(database_url=url, data_dir=Path(data_dir)),
        ManualClock(START),
        db=Database.from_url(url),
    )
    rep = services.accounts.actor_for(login)
    if what == "claim":
        if services.db.dialect == "postgresql":
            # One statement in autocommit: there is no COMMIT to stop before; the client is
            # killed after the claim was saved, before it showed the lead.
            pause_after("qualifier_claim_next")
        else:
            pause_at_commit("UPDATE leads")
        services.queue.claim_next(rep)
    else:
        item = services.workspace.next_lead(rep)
        if what == "outcome_in_one_call":
            # PostgreSQL: the outcome is one statement in autocommit; the client is killed
            # after it was saved, before the rep saw the receipt.
            pause_after("qualifier_record_outcome")
        else:
            # The outcome's transaction, as on a workstation that did not keep the lead as
            # claimed (where the outcome is one call, there is no COMMIT to stop before).
            services.queue.forget(rep, item.lead.id)
            pause_at_commit("INSERT INTO call_attempts")
        services.workspace.submit(
            rep,
            Outcome(
                request_id=ONE_CALL_REQUEST if what == "outcome_in_one_call" else str(uuid.uuid4()),
                lead_id=item.lead.id,
                version=item.lead.version,
                kind=OutcomeKind.NO_CONTACT,
                disposition=Disposition.NO_ANSWER,
                started_at=START - timedelta(minutes=5),
                script_id=item.script.id,
                notes="rang 8 times",
            ),
        )
    sys.stdout.write("NOT PAUSED\n")


def _main(argv: list[str]) -> int:
    if argv[0] in ("claim", "outcome", "outcome_in_one_call"):
        _work(*argv[:4])
        return 0
    pattern, nth, _dashes, *cli = argv
    pause_at_commit(pattern, int(nth))
    from qualifier_app.cli.main import main

    code = main(cli)
    sys.stdout.write("NOT PAUSED\n")
    return code


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
