"""a rep keeps to the leads they hold, and to the audit rows their work writes

Found by a security tester signed in to PostgreSQL as a rep with psql:

- A rep could change a lead they did not hold with plain SQL: move its status along the
  lifecycle, reset its attempts to 0, or assign it to themselves. A rep's own statement now
  changes a lead they hold (`lease_owner_id` is theirs: an outcome, heartbeat, release or
  correction), or changes it only as the application's paths for a rep do:
  - a take (a resumed draft, a lead taken from a lookup): the lease becomes theirs, and an
    inbound call puts a lead that was not in a queue back in one;
  - an undo within a minute of their own call, the lead's latest: the lead as it was, taken;
  - the nurture recycle of a lead whose recycle date came: back to the queue with no attempts,
    or kept in nurture, or do-not-call when its phone or e-mail is on the list;
  - routing a sales-ready lead to a partner (handed off);
  - a lead whose latest handoff was rejected, expired or lost (or changed in the same
    transaction: the SLA sweep, a channel manager's feedback, a check call's follow-up) back
    to sales-ready or nurture, also once back at sales-ready (a channel manager's "back to
    nurture" after a rejection);
  - a handed-off lead due for its check call, with a check call written in the same
    transaction for the rep who qualified it.
  The claim, the outcome and the do-not-call take-out are the owner's functions and unchanged.
- A rep could append audit rows with any action in their own name (a forged outcome or
  handoff, or an administrator's action). A rep's own statement appends only the actions
  their work writes; a lead's, handoff's or check call's row only for a row changed in the same
  transaction, and an outcome's only with their own call on the lead in it.
  `qualifier_audit_append`, which wrote any action as the owner and which the application
  does not use, is nobody's to call any more.

Revision ID: 0049_a_rep_keeps_to_held_leads
Revises: 0048_a_group_is_no_owner
Create Date: 2027-01-19 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0049_a_rep_keeps_to_held_leads"
down_revision: str | Sequence[str] | None = "0048_a_group_is_no_owner"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PEOPLE = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"
# Kept equal to 0048_a_group_is_no_owner's: the table's owner, whose functions act for people.
OWNER = (
    "(SELECT r.rolname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_roles r "
    "ON r.oid = c.relowner WHERE c.oid = TG_RELID)"
)
# A rep's own statement: not one of the owner's functions, and a rep only (team leads,
# supervisors and administrators keep their wider rights).
A_REPS_STATEMENT = (
    f"current_user <> {OWNER} AND pg_has_role(session_user, 'qualifier_rep', 'MEMBER') "
    "AND NOT pg_has_role(session_user, 'qualifier_team_lead', 'MEMBER') "
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
# The row was written by this transaction, or a savepoint in it (a feedback file's rows): a
# row one sees whose writer is still in progress is one's own.
WRITTEN_HERE = (
    "pg_xact_status(((pg_current_xact_id()::text::bigint >> 32) * 4294967296 "
    "+ {row}.xmin::text::bigint)::text::xid8) = 'in progress'"
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
OUTCOMES = ("retry", "callback", "sales_ready", "nurture", "disqualify")
# What a rep's own work writes (change.audit in the services a rep reaches: workspace,
# queue, routing, sweeps, check calls, channel managers' partners and feedback, sign-in).
REP_ACTIONS = (
    *(f"lead.{outcome}" for outcome in OUTCOMES),
    "lead.do_not_call",
    "lead.claimed",
    "lead.released",
    "lead.resumed",
    "lead.taken",
    "lead.outcome_undone",
    "lead.recycled",
    "lead.not_recycled",
    "lead.handed_off",
    "lead.returned_for_routing",
    "lead.back_to_nurture",
    "contact.corrected",
    "consent.recorded",
    "qualification.recorded",
    "qualification.overruled",
    "agent_state.changed",
    "do_not_call.added",
    "handoff.created",
    "handoff.override",
    "handoff.expired",
    "handoff.taken_back",
    "handoff.feedback",
    "handoff.awaiting_delivery",
    "handoff.delivered",
    "handoff.delivery_failed",
    "handoff.delivery_started",
    "handoff.delivery_unknown",
    "handoff.delivery_confirmed",
    "handoff.delivery_flagged",
    "handoff.delivery_resend",
    "handoff.reminded",
    "handoff.reminder_failed",
    "handoff.reminder_given_up",
    "handoff.reminder_unknown",
    "partner.added",
    "partner.changed",
    "partner_feedback.imported",
    "login.succeeded",
    "logout",
    "user.password_changed",
    "cli_session.opened",
    "cli_session.closed",
    "outbox.purged",
    "import_batch.rejects_purged",
    "script.installed",
)
# Check calls write `check_call.<status or outcome>` (services/check_calls).
CHECK_CALL_ACTIONS = "check_call.%"
AUDIT_APPEND = "qualifier_audit_append(text, text, text, jsonb, jsonb, text)"


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def _function(schema: str, signature: str, returns: str, body: str, *, definer: bool) -> None:
    security = "SECURITY DEFINER " if definer else ""
    op.execute(
        f"CREATE FUNCTION {signature} RETURNS {returns} LANGUAGE plpgsql {security}"
        f"SET search_path = pg_catalog, {schema}, pg_temp AS $$ {body} $$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")


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


def _facts(schema: str) -> None:
    """What the triggers ask about rows a rep may not see (row-level security)."""
    here_c, here_h, here_l = (WRITTEN_HERE.format(row=row) for row in "chl")
    _function(
        schema,
        "qualifier_lead_fact(p_fact text, p_lead integer, p_rep integer)",
        "boolean",
        f"""BEGIN
              IF p_fact = 'own call just now' THEN
                RETURN EXISTS (
                  SELECT 1 FROM call_attempts c
                   WHERE c.id = (SELECT max(id) FROM call_attempts WHERE lead_id = p_lead)
                     AND c.rep_id = qualifier_user_id()
                     AND ({GIVEN_TIME_COUNTS} OR c.ended_at >= now() - {UNDO_WINDOW}));
              ELSIF p_fact = 'own call here' THEN
                RETURN EXISTS (SELECT 1 FROM call_attempts c WHERE c.lead_id = p_lead
                                 AND c.rep_id = qualifier_user_id() AND {here_c});
              ELSIF p_fact = 'handoff over' THEN
                RETURN EXISTS (
                  SELECT 1 FROM handoffs h
                   WHERE h.id = (SELECT max(id) FROM handoffs WHERE lead_id = p_lead)
                     AND (h.status IN ('rejected', 'expired', 'lost') OR {here_h}));
              ELSIF p_fact = 'check call due' THEN
                RETURN EXISTS (
                  SELECT 1 FROM check_calls c JOIN handoffs h ON h.id = c.handoff_id
                   WHERE c.lead_id = p_lead AND h.lead_id = p_lead AND {here_c}
                     AND c.rep_id IS NOT DISTINCT FROM h.qualified_by_id
                     AND (p_rep IS NULL OR p_rep = c.rep_id));
              ELSIF p_fact = 'lead here' THEN
                RETURN EXISTS (SELECT 1 FROM leads l WHERE l.id = p_lead AND {here_l});
              ELSIF p_fact = 'handoff here' THEN
                RETURN EXISTS (SELECT 1 FROM handoffs h WHERE h.id = p_lead AND {here_h});
              ELSIF p_fact = 'check call here' THEN
                RETURN EXISTS (SELECT 1 FROM check_calls c WHERE c.id = p_lead AND {here_c});
              END IF;
              RAISE EXCEPTION 'no such fact: %', p_fact;
            END""",
        definer=True,
    )
    op.execute(
        "GRANT EXECUTE ON FUNCTION qualifier_lead_fact(text, integer, integer) TO qualifier_rep"
    )


def _leads(schema: str) -> None:
    fact = "qualifier_lead_fact('{}', OLD.id, {})"
    _function(
        schema,
        "qualifier_lead_yours_to_change()",
        "trigger",
        f"""DECLARE me integer;
            BEGIN
              IF NOT ({A_REPS_STATEMENT}) THEN
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
              THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'lead % is not yours to change: a rep changes a lead while '
                'holding it (claimed or taken), or as an outcome, routing or sweep does', OLD.id
                USING ERRCODE = 'insufficient_privilege';
            END""",
        definer=False,
    )
    # Named to fire after the other BEFORE triggers (by name): their refusals say more.
    op.execute(
        "CREATE TRIGGER leads_yours_to_change BEFORE UPDATE ON leads FOR EACH ROW "
        "EXECUTE FUNCTION qualifier_lead_yours_to_change()"
    )


def _audit(schema: str) -> None:
    actions = ", ".join(f"'{action}'" for action in REP_ACTIONS)
    outcomes = ", ".join(f"'lead.{outcome}'" for outcome in OUTCOMES)
    entity = "NEW.entity_id::integer"
    _function(
        schema,
        "qualifier_audit_of_ones_work()",
        "trigger",
        f"""BEGIN
              IF NOT ({A_REPS_STATEMENT}) THEN
                RETURN NEW;
              END IF;
              IF NOT (NEW.action IN ({actions}) OR NEW.action LIKE '{CHECK_CALL_ACTIONS}') THEN
                RAISE EXCEPTION 'a rep''s audit rows are those of their own work, not %',
                  NEW.action USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF (NEW.action LIKE 'lead.%' OR NEW.entity_type IN ('handoff', 'check_call'))
                 AND NOT (NEW.entity_id ~ '^[0-9]{{1,9}}$' AND (
                   (NEW.action LIKE 'lead.%' AND NEW.entity_type = 'lead'
                    AND qualifier_lead_fact('lead here', {entity}, NULL)
                    AND (NEW.action NOT IN ({outcomes})
                         OR qualifier_lead_fact('own call here', {entity}, NULL)))
                   OR (NEW.entity_type = 'handoff'
                       AND qualifier_lead_fact('handoff here', {entity}, NULL))
                   OR (NEW.entity_type = 'check_call'
                       AND qualifier_lead_fact('check call here', {entity}, NULL)))) THEN
                RAISE EXCEPTION 'an audit row of % % comes with its change, not on its own',
                  NEW.entity_type, NEW.entity_id USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END""",
        definer=False,
    )
    op.execute(
        "CREATE TRIGGER audit_log_of_ones_work BEFORE INSERT ON audit_log FOR EACH ROW "
        "EXECUTE FUNCTION qualifier_audit_of_ones_work()"
    )
    op.execute(f"REVOKE EXECUTE ON FUNCTION {AUDIT_APPEND} FROM {PEOPLE}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    _facts(schema)
    _leads(schema)
    _audit(schema)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"GRANT EXECUTE ON FUNCTION {AUDIT_APPEND} TO {PEOPLE}")
    op.execute("DROP TRIGGER audit_log_of_ones_work ON audit_log")
    op.execute("DROP FUNCTION qualifier_audit_of_ones_work()")
    op.execute("DROP TRIGGER leads_yours_to_change ON leads")
    op.execute("DROP FUNCTION qualifier_lead_yours_to_change()")
    op.execute("DROP FUNCTION qualifier_lead_fact(text, integer, integer)")
