"""a team lead keeps to the leads they hold, and moves the others only as a move does

Found by a security tester signed in to PostgreSQL as a team lead with psql: what
0049_a_rep_keeps_to_held_leads stopped a rep from doing, their team lead could still do to any
lead of their teams with a plain UPDATE: mark it sales-ready with grade A without a call,
disqualify it, reset its attempts, send it to nurture. A team lead's own statement now changes a
lead as a rep's may (a lead they hold, a take, an undo, a recycle, routing, returns, a check
call due), or as the board's moves and hand-backs do: the lead keeps its status, attempts and
everything else, and only who it is for (`assigned_rep_id`), its queue and its lease change,
the lease only to none.

Revision ID: 0052_team_leads_keep_to_held
Revises: 0051_a_hand_off_has_its_handoff
Create Date: 2027-01-22 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0052_team_leads_keep_to_held"
down_revision: str | Sequence[str] | None = "0051_a_hand_off_has_its_handoff"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept equal to 0048_a_group_is_no_owner's: the table's owner, whose functions act for people.
OWNER = (
    "(SELECT r.rolname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_roles r "
    "ON r.oid = c.relowner WHERE c.oid = TG_RELID)"
)
A_TEAM_LEAD = "pg_has_role(session_user, 'qualifier_team_lead', 'MEMBER')"


def _workers_statement(*, team_leads: bool) -> str:
    """A rep's (and a team lead's) own statement: not one of the owner's functions;
    supervisors and administrators keep their wider rights."""
    who = (
        f"(pg_has_role(session_user, 'qualifier_rep', 'MEMBER') OR {A_TEAM_LEAD})"
        if team_leads
        else f"pg_has_role(session_user, 'qualifier_rep', 'MEMBER') AND NOT {A_TEAM_LEAD}"
    )
    return (
        f"current_user <> {OWNER} AND {who} "
        "AND NOT pg_has_role(session_user, 'qualifier_supervisor', 'MEMBER') "
        "AND NOT pg_has_role(session_user, 'qualifier_admin', 'MEMBER') "
        "AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)"
    )


# Kept equal to 0039_i12_people_write_their_own: the database's owner let given times count.
GIVEN_TIME_COUNTS = (
    "EXISTS (SELECT 1 FROM pg_catalog.pg_db_role_setting s "
    "WHERE s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d "
    "WHERE d.datname = current_database()) AND s.setrole = 0 "
    "AND 'qualifier.clock=given' = ANY (s.setconfig))"
)
LEASE = ("lease_owner_id", "lease_expires_at", "leased_at")
# services/workspace/undo.py lead_fields: what an undo puts back.
UNDONE = (
    "status",
    "status_reason",
    "attempts",
    "next_call_at",
    "assigned_rep_id",
    "grade",
    "recycle_on",
    "last_attempt_at",
)
# The undo's 30 seconds (services/workspace/undo.py), with room for the statement's own time.
UNDO_WINDOW = "interval '1 minute'"
CLAIMABLE = "('queued', 'callback', 'check_call')"
FACT = "qualifier_lead_fact(text, integer, integer)"


def _same_but(*columns: str) -> str:
    """OLD and NEW differ in `columns` (and the bookkeeping) only."""
    kept = ", ".join(f"'{c}'" for c in (*columns, "version", "updated_at"))
    return f"(to_jsonb(OLD) - ARRAY[{kept}]) = (to_jsonb(NEW) - ARRAY[{kept}])"


def _listed() -> str:
    """0045's `_listed`: the lead's phone or e-mail is on the do-not-call list."""
    hashed = "encode(sha256(convert_to('{kind}:' || lower(trim({value})), 'UTF8')), 'hex')"
    return (
        "EXISTS (SELECT 1 FROM do_not_call WHERE value_hash IN ("
        + hashed.format(kind="phone", value="NEW.phone_e164")
        + ", "
        + hashed.format(kind="email", value="NEW.email_normalized")
        + "))"
    )


def _yours_to_change(schema: str, *, team_leads: bool) -> None:
    """0049's trigger function; with `team_leads` for team leads too, with the board's moves
    (services/board/reassign.py, services/accounts/memberships.py hand_back_work)."""
    fact = "qualifier_lead_fact('{}', OLD.id, {})"
    moved = (
        f"""OR ({A_TEAM_LEAD} AND NEW.status = OLD.status AND NEW.status IN {CLAIMABLE}
                     AND (NEW.lease_owner_id IS NULL
                          OR (NEW.lease_owner_id = OLD.lease_owner_id
                              AND NEW.lease_expires_at IS NOT DISTINCT FROM OLD.lease_expires_at
                              AND NEW.leased_at IS NOT DISTINCT FROM OLD.leased_at))
                     AND {_same_but(*LEASE, "assigned_rep_id", "queue_id")})"""
        if team_leads
        else ""
    )
    who = "a rep or team lead" if team_leads else "a rep"
    op.execute(
        f"""CREATE OR REPLACE FUNCTION qualifier_lead_yours_to_change() RETURNS trigger
            LANGUAGE plpgsql SET search_path = pg_catalog, {schema}, pg_temp AS $$
            DECLARE me integer;
            BEGIN
              IF NOT ({_workers_statement(team_leads=team_leads)}) THEN
                RETURN NEW;
              END IF;
              me := qualifier_user_id();
              IF OLD.lease_owner_id = me THEN
                RETURN NEW;
              END IF;
              IF NEW.lease_owner_id = me THEN
                IF NEW.status IN {CLAIMABLE} AND NEW.status IN (OLD.status, 'queued')
                   AND {_same_but(*LEASE, "status", "status_reason", "recycle_on")} THEN
                  RETURN NEW;
                END IF;
                IF {fact.format("own call just now", "NULL")}
                   AND {_same_but(*LEASE, *UNDONE)} THEN
                  RETURN NEW;
                END IF;
              ELSIF (OLD.status = 'nurture' AND OLD.recycle_on IS NOT NULL
                     AND ({GIVEN_TIME_COUNTS}
                          OR OLD.recycle_on <= (now() AT TIME ZONE 'UTC')::date)
                     AND NEW.recycle_on IS NULL AND NEW.assigned_rep_id IS NULL
                     AND ((NEW.status = 'queued' AND NEW.attempts = 0)
                          OR (NEW.status = 'nurture' AND NEW.attempts = OLD.attempts)
                          OR (NEW.status = 'do_not_call' AND NEW.attempts = OLD.attempts
                              AND {_listed()}))
                     AND {_same_but(*UNDONE)})
                 OR (NEW.status = 'handed_off' AND OLD.status IN ('sales_ready', 'check_call')
                     AND {_same_but("status", "status_reason")})
                 OR (OLD.status IN ('handed_off', 'check_call', 'sales_ready')
                     AND NEW.status IN ('sales_ready', 'nurture')
                     AND {fact.format("handoff over", "NULL")}
                     AND {_same_but("status", "status_reason", "recycle_on")})
                 OR (OLD.status = 'handed_off' AND NEW.status = 'check_call'
                     AND NEW.attempts = 0
                     AND {fact.format("check call due", "NEW.assigned_rep_id")}
                     AND {_same_but("status", "attempts", "next_call_at", "assigned_rep_id")})
                 {moved}
              THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'lead % is not yours to change: {who} changes a lead while '
                'holding it (claimed or taken), or as an outcome, routing or sweep does', OLD.id
                USING ERRCODE = 'insufficient_privilege';
            END $$"""
    )


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _yours_to_change(_schema(), team_leads=True)
    op.execute(f"GRANT EXECUTE ON FUNCTION {FACT} TO qualifier_team_lead")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"REVOKE EXECUTE ON FUNCTION {FACT} FROM qualifier_team_lead")
    _yours_to_change(_schema(), team_leads=False)
