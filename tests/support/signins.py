"""A process that tries one wrong password, all at once with its siblings."""

from __future__ import annotations

from datetime import datetime
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import AuthenticationFailed, LoginThrottled
from qualifier_app.persistence.database import Database
from qualifier_app.services.accounts.users import AccountService


def wrong_password(url: str, login: str, at: datetime, start: Barrier, out: Queue[str]) -> None:
    """Report "throttled" or "checked" (the password was compared, and was wrong)."""
    db = Database.from_url(url, pool_size=1)
    accounts = AccountService(db, ManualClock(at))  # stopped: no lock runs out meanwhile
    with db.engine.connect():  # connected before the start, so the attempts really overlap
        pass
    start.wait(timeout=120)
    try:
        accounts.sign_in(login, "not the password", "ws")
    except LoginThrottled:
        out.put("throttled")
    except AuthenticationFailed:
        out.put("checked")
    else:
        out.put("signed in")
    finally:
        db.dispose()
