"""Every table of the schema has a decision on who may do what with it, written here and
made by the migrations: a table added without one fails this test, so none is forgotten.

Each row: the rights of qualifier_rep, qualifier_team_lead, qualifier_supervisor and
qualifier_admin (r select, a insert, w update, d delete; upper case: on some columns only),
and whether row-level security narrows them.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.security.conftest import Center

pytestmark = pytest.mark.postgres

GROUPS = ("qualifier_rep", "qualifier_team_lead", "qualifier_supervisor", "qualifier_admin")
RLS, ALL_ROWS = True, False
# Partners: supervisors, admins, and channel managers of any role (row-level security).
PARTNERS = "raw- raw- raw- raw-"  # left, never deleted (handoffs name them)
# Teams and queues: admins, and team leads for their own teams (row-level security).
TEAMS = "r--- rawd r--- rawd"
# Sweep leases and one's own sign-in sessions: added and changed, never deleted.
KEPT = "raw- raw- raw- raw-"
# A national do-not-call registry: imported by supervisors and administrators.
REGISTRY = "r--- r--- rawd rawd"
# Written with the call they belong to (by those who work leads), never changed (but erasure
# blanks what was typed), deleted by the undo's function only.
WITH_THE_CALL = "ra-- ra-- r--- r-W-"
DECISIONS: dict[str, tuple[str, bool]] = {
    "activity_by_day": ("r--- r--- r--- r---", ALL_ROWS),  # kept by triggers on calls
    "agent_states": ("raw- raw- raw- raw-", RLS),  # a rep changes only their own
    "alembic_version": ("r--- r--- r--- r---", ALL_ROWS),  # the owner's (db upgrade)
    "audit_log": ("rA-- rA-- rA-- rA--", RLS),  # appended, never changed
    # The audit rows a transaction owes: the triggers' alone (migration 0068).
    "audit_due": ("---- ---- ---- ----", ALL_ROWS),
    "call_attempts": ("ra-- ra-- r--- r-W-", RLS),  # written once: an undo goes through a function
    "calling_holidays": ("r--- r--- r--- rawd", ALL_ROWS),  # calling rules: admins
    "calling_profiles": ("ra-- ra-- ra-- raw-", ALL_ROWS),  # made on first use
    "calling_rules": ("r--- r--- r--- rawd", ALL_ROWS),
    "campaigns": ("r--- r--- raw- raw-", ALL_ROWS),  # campaigns: supervisors, admins
    "center": ("r--- r--- r--- raw-", ALL_ROWS),
    "center_utc_offsets": ("r--- r--- r--- rawd", ALL_ROWS),  # written with the center's zone
    "change_counters": ("r--- r--- r--- r---", ALL_ROWS),  # the change feed: triggers write
    "check_call_policies": ("r--- r--- r--- rawd", ALL_ROWS),  # administrators set it
    "check_calls": ("raw- raw- raw- raw-", RLS),  # a taken-back call goes through a function
    # One's own; admins end anyone's. The sealing key: the unsealing function's alone.
    "cli_sessions": ("Raw- Raw- Raw- Raw-", RLS),
    "consents": ("ra-- ra-- r--- r---", RLS),  # what the prospect said, with a call: never changed
    "contact_corrections": ("ra-- ra-- r--- r-W-", RLS),  # with an outcome
    "dnc_registry_numbers": (REGISTRY, ALL_ROWS),
    "dnc_registry_snapshots": ("r--- r--- raw- raw-", ALL_ROWS),  # kept
    "do_not_call": ("ra-- ra-- ra-- ra-d", ALL_ROWS),  # it only grows; admins remove
    "firmographics": ("r--- r--- raw- raw-", ALL_ROWS),  # an import's enrichment
    "handoff_events": ("ra-- ra-- ra-- raW-", RLS),  # history: appended
    "handoffs": ("raW- raw- raw- raw-", RLS),  # a rep: its delivery and status, not its partner
    "import_batches": ("raw- raw- raw- raw-", RLS),  # a rep: their partners' feedback only
    "lead_handoff_states": ("---- r--- r--- r---", ALL_ROWS),  # kept by a trigger on handoffs
    "lead_status_days": ("---- r--- r--- r---", ALL_ROWS),  # kept by triggers on leads
    "lead_status_day_changes": ("---- r--- r--- r---", ALL_ROWS),  # appended by the same
    "leads": ("r-W- r-W- rAW- rAW-", RLS),  # each group the columns its paths write
    # The digests of one-time passwords: the sign-in functions' alone (migration 0064).
    "one_time_passwords": ("---- ---- ---- ----", ALL_ROWS),
    "partner_reps": (PARTNERS, RLS),
    "partners": (PARTNERS, RLS),
    "person_keys": ("r--- ra-- ra-- ra-d", ALL_ROWS),  # made as needed; erasure deletes
    "publications": ("r--- raw- raw- raw-", ALL_ROWS),
    "qualification_answers": (WITH_THE_CALL, RLS),
    "qualifications": (WITH_THE_CALL, RLS),
    "queue_members": (TEAMS, RLS),
    "queues": ("r--- raw- ra-- raw-", RLS),  # closed, never deleted; the scoring rules' new ones
    "retry_settings": ("r--- r--- r--- raw-", ALL_ROWS),  # administrators
    "scoring_rules": ("r--- r--- raw- raw-", ALL_ROWS),  # rescoring: supervisors, admins
    "scripts": ("r--- r--- raw- raw-", ALL_ROWS),
    "sweep_leases": (KEPT, RLS),  # held a day at most, released but never renewed
    # Undone calls still counted against their number: the undo's function writes them,
    # the claim's and the count's functions read them, an erasure deletes a person's.
    "taken_back_calls": ("---- ---- ---- r--d", ALL_ROWS),
    "team_leads": ("r--- r--- r--- r---", ALL_ROWS),  # who leads a team: no path writes it
    "teams": ("r--- r-w- r--- raw-", RLS),  # new teams: admins; leads rename their own
    "touches": ("r--- r--- ra-- raW-", RLS),  # an import's
    "user_sessions": (KEPT, RLS),  # one's own; admins anyone's
    # No password hash for anyone; the sign-in flags and the login through functions only.
    "users": ("R-W- R-W- R-W- RaW-", RLS),
}
PRIVILEGES = (("SELECT", "r"), ("INSERT", "a"), ("UPDATE", "w"), ("DELETE", "d"))
RIGHTS = text(
    """SELECT has_table_privilege(:role, :table, :privilege),
              :privilege <> 'DELETE' AND has_any_column_privilege(:role, :table, :privilege)"""
)


def rights_of(center: Center) -> dict[str, tuple[str, bool]]:
    found: dict[str, tuple[str, bool]] = {}
    with center.services.db.unit_of_work(write=False) as uow:
        session = uow.session
        tables = session.execute(
            text(
                "SELECT c.relname, c.relrowsecurity FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
            )
        ).all()
        for table, rls in tables:
            groups = []
            for group in GROUPS:
                letters = ""
                for privilege, letter in PRIVILEGES:
                    whole, some = session.execute(
                        RIGHTS, {"role": group, "table": table, "privilege": privilege}
                    ).one()
                    letters += letter if whole else letter.upper() if some else "-"
                groups.append(letters)
            found[table] = (" ".join(groups), bool(rls))
    return found


def test_every_table_has_its_grant_decision(center: Center) -> None:
    found = rights_of(center)
    undecided = sorted(set(found) - set(DECISIONS))
    assert not undecided, (
        f"no grant decision for {undecided}: write its grants (and policies) in a migration "
        "and its row in DECISIONS"
    )
    assert sorted(set(DECISIONS) - set(found)) == []
    wrong = {table: found[table] for table in found if found[table] != DECISIONS[table]}
    assert wrong == {}


def rows_of(center: Center, query: str) -> list[tuple[object, ...]]:
    with center.services.db.unit_of_work(write=False) as uow:
        return [tuple(row) for row in uow.session.execute(text(query))]


def test_every_table_with_row_level_security_has_policies(center: Center) -> None:
    without = rows_of(
        center,
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relrowsecurity AND NOT EXISTS ("
        "  SELECT 1 FROM pg_policies p WHERE p.schemaname = n.nspname "
        "  AND p.tablename = c.relname)",
    )
    assert without == []


def test_the_sign_in_role_has_no_table_rights(center: Center) -> None:
    granted = rows_of(
        center,
        "SELECT table_name, privilege_type FROM information_schema.role_table_grants "
        "WHERE grantee = 'qualifier_sign_in'",
    )
    assert granted == []
