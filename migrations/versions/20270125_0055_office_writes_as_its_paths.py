"""supervisors and administrators write a lead only as their paths of the application do

Found by a security tester signed in to PostgreSQL as a supervisor and an administrator with
psql: both held INSERT and UPDATE on every column of `leads`. With a plain UPDATE a supervisor
took over a rep's running lease (`lease_owner_id`, `lease_expires_at`), stretched it, reset a
lead's attempts to 0, set its grade, its version back, its status to sales-ready without a
call, and inserted a lead already sales-ready with grade A, bypassing the services and the
audit rows they write.

Every path of the services that writes a lead for a supervisor or an administrator was
checked (imports and their merges, enrichment, rescoring, the board's moves and releases,
the nurture recycle, routing, the SLA sweep and check calls falling due, partner feedback and
a reopened handoff's follow-up, erasure, placing leads again after the calling rules
changed, closing a queue, handing back a person's work; the claim, the take, the outcome,
the undo and a correction need WORK_LEADS, which they do not have; a do-not-call takes
leads out through the owner's `qualifier_take_listed_out`):

- Their INSERT and UPDATE are now on the columns those paths write only: a new lead's are an
  import's; no path of theirs writes a lead's grade, last attempt, source, merge target,
  last caller or creation time.
- Their own statement (not the owner's functions, whose first test returns early) changes a
  lead only in the shapes of those paths: a lease only let go (all three lease columns to
  none), never taken, given to someone or stretched; the version never goes back; status,
  attempts, callback time and recycle date kept (moves, releases, imports, rescoring,
  enrichment, placing, closing a queue, handing back, an erasure of a closed lead), and who
  the lead is for changed only while it waits to be called (moves, hand-backs); or the lead
  taken out as do-not-call with its attempts kept (an import's duplicate whose phone or
  e-mail is listed; an administrator's erasure, which blanks them); or changed as 0049 lets
  a rep's paths do it (the nurture recycle, routing, a handoff's return, a check call
  falling due). A lead they insert comes queued (or do-not-call, its phone or e-mail
  listed), with no attempts, no grade and version 1, as an import makes it. What passes at
  once (a queued new lead; a change keeping the lease, status, attempts, callback, recycle
  date and rep) is let through by the triggers' own conditions, without entering the
  function: an import or a rescoring is not slowed row by row.

Revision ID: 0055_office_writes_as_its_paths
Revises: 0054_writes_as_the_app_does
Create Date: 2027-01-25 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0055_office_writes_as_its_paths"
down_revision: str | Sequence[str] | None = "0054_writes_as_the_app_does"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OFFICE = "qualifier_supervisor, qualifier_admin"
# Kept equal to 0048_a_group_is_no_owner's: the table's owner, whose functions act for people.
OWNER = (
    "(SELECT r.rolname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_roles r "
    "ON r.oid = c.relowner WHERE c.oid = TG_RELID)"
)
# Evaluated by the trigger itself (no function call) for every row: a rep's or team lead's
# statement, and so the claim and the outcome they call, never enter the function.
AN_OFFICE_SESSION = (
    "pg_has_role(session_user, 'qualifier_supervisor', 'MEMBER') "
    "OR pg_has_role(session_user, 'qualifier_admin', 'MEMBER')"
)
CLAIMABLE = "('queued', 'callback', 'check_call')"
# What the function lets through at once, and so need not be asked about.
PLAIN_NEW_LEAD = (
    "NEW.status = 'queued' AND NEW.attempts = 0 AND NEW.grade IS NULL AND NEW.version = 1"
)
KEPT = ("status", "attempts", "next_call_at", "recycle_on", "assigned_rep_id")
# Kept equal to 0039_i12_people_write_their_own: the database's owner let given times count.
GIVEN_TIME_COUNTS = (
    "EXISTS (SELECT 1 FROM pg_catalog.pg_db_role_setting s "
    "WHERE s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d "
    "WHERE d.datname = current_database()) AND s.setrole = 0 "
    "AND 'qualifier.clock=given' = ANY (s.setconfig))"
)
# services/workspace/undo.py lead_fields (0049's UNDONE): what the recycle may change.
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
# qualifier_app/domain/inquiry.py LEAD_COLUMNS: what an inquiry brings.
INQUIRY = (
    "first_name",
    "last_name",
    "company",
    "company_key",
    "person_key",
    "title",
    "phone_raw",
    "phone_e164",
    "phone_extension",
    "phone_valid",
    "email_raw",
    "email_normalized",
    "email_valid",
    "website",
    "country",
    "region",
    "city",
    "postal_code",
    "language",
    "employees",
    "annual_revenue",
    "industry",
    "product_interest",
    "inquiry",
    "consent",
)
# services/intake/window_store.py MERGE_COLUMNS: what an import writes to a stored lead;
# enrichment and rescoring write some of them.
MERGED = (
    *INQUIRY,
    "time_zones",
    "calling_profile_id",
    "campaign_id",
    "consent_source",
    "consent_at",
    "field_sources",
    "touches",
    "inquired_at",
    "score",
    "segment",
    "queue_id",
    "status",
    "status_reason",
    "updated_at",
    "version",
)
# window_store.py NEW_LEAD_COLUMNS: a new lead of an import.
INSERTED = ("id", *MERGED, "source", "attempts", "grade", "created_at")
# The recycle, moves, releases, hand-backs, check calls falling due, erasure.
UPDATED = (
    *MERGED,
    "attempts",
    "next_call_at",
    "assigned_rep_id",
    "recycle_on",
    "lease_owner_id",
    "lease_expires_at",
    "leased_at",
)


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


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


def _same(*columns: str) -> str:
    return " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in columns)


def _trigger_function(schema: str) -> None:
    fact = "qualifier_lead_fact('{}', OLD.id, {})"
    lease = ("lease_owner_id", "lease_expires_at", "leased_at")
    let_go = " AND ".join(f"NEW.{c} IS NULL" for c in lease)
    op.execute(
        f"""CREATE FUNCTION qualifier_lead_as_the_office_does() RETURNS trigger
            LANGUAGE plpgsql SET search_path = pg_catalog, {schema}, pg_temp AS $$
            BEGIN
              IF current_user = {OWNER}
                 OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
                RETURN NEW;
              END IF;
              IF TG_OP = 'INSERT' THEN
                IF (NEW.status = 'queued' OR (NEW.status = 'do_not_call' AND {_listed()}))
                   AND NEW.attempts = 0 AND NEW.grade IS NULL AND NEW.version = 1 THEN
                  RETURN NEW;
                END IF;
                RAISE EXCEPTION 'a new lead comes as an import makes it: queued (or '
                  'do-not-call, its phone or e-mail listed), with no attempts and no grade'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NOT ({_same(*lease)} OR ({let_go})) THEN
                RAISE EXCEPTION 'lead %: a supervisor or administrator lets a lead''s hold '
                  'go, never takes, gives or stretches one', OLD.id
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NEW.version < OLD.version THEN
                RAISE EXCEPTION 'lead %: its version only goes up', OLD.id
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF ({_same("status", "attempts", "next_call_at", "recycle_on")}
                  AND (NEW.status IN {CLAIMABLE} OR {_same("assigned_rep_id")}))
                 OR (NEW.status = 'do_not_call' AND OLD.status <> 'merged'
                     AND NEW.attempts = OLD.attempts
                     AND (pg_has_role(session_user, 'qualifier_admin', 'MEMBER')
                          OR {_listed()}))
                 OR (OLD.status = 'nurture' AND OLD.recycle_on IS NOT NULL
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
              THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'lead % is not yours to change: a supervisor or administrator '
                'changes a lead as an import, a rescoring, a move, a release, a recycle, '
                'routing, feedback, a sweep or an erasure does', OLD.id
                USING ERRCODE = 'insufficient_privilege';
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_lead_as_the_office_does() FROM PUBLIC")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    op.execute(f"REVOKE INSERT, UPDATE ON leads FROM {OFFICE}")
    op.execute(f"GRANT INSERT ({', '.join(INSERTED)}) ON leads TO {OFFICE}")
    op.execute(f"GRANT UPDATE ({', '.join(UPDATED)}) ON leads TO {OFFICE}")
    op.execute(f"GRANT EXECUTE ON FUNCTION qualifier_lead_fact(text, integer, integer) TO {OFFICE}")
    _trigger_function(schema)
    # Named to fire after the other BEFORE triggers (by name): their refusals say more. The
    # conditions are the trigger's own (no function call): a new lead as an import makes
    # most of them, and a stored one changed as rescoring, enrichment and most merges do,
    # never enter the function.
    kept = _same("lease_owner_id", "lease_expires_at", "leased_at", *KEPT)
    for event, name, plain in (
        ("INSERT", "leads_z_office_inserts", PLAIN_NEW_LEAD),
        ("UPDATE", "leads_z_office_updates", f"{kept} AND NEW.version >= OLD.version"),
    ):
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {event} ON leads FOR EACH ROW "
            f"WHEN (({AN_OFFICE_SESSION}) AND NOT ({plain})) "
            "EXECUTE FUNCTION qualifier_lead_as_the_office_does()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER leads_z_office_updates ON leads")
    op.execute("DROP TRIGGER leads_z_office_inserts ON leads")
    op.execute("DROP FUNCTION qualifier_lead_as_the_office_does()")
    op.execute(
        f"REVOKE EXECUTE ON FUNCTION qualifier_lead_fact(text, integer, integer) FROM {OFFICE}"
    )
    op.execute(f"REVOKE INSERT ({', '.join(INSERTED)}) ON leads FROM {OFFICE}")
    op.execute(f"REVOKE UPDATE ({', '.join(UPDATED)}) ON leads FROM {OFFICE}")
    op.execute(f"GRANT INSERT, UPDATE ON leads TO {OFFICE}")
