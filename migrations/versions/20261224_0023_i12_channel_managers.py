"""channel managers on the database: the feedback of the partners they manage; new teams are
an administrator's

A rep or team lead who is a channel manager enters what the partners they manage report
(services/partners/feedback.py), but row-level security showed them only the handoffs of the
leads they work. Now:
- they read and update the handoffs of the partners they manage (partners.channel_manager_id),
  and through them those handoffs' history (handoff_events asks whether the handoff is seen);
- a handoff they reach only as its partner's channel manager changes in its feedback columns
  only: its partner, lead, grade, delivery and SLA stay as they were (a BEFORE UPDATE
  trigger, since column privileges are the role's, not the policy's); a rep's column
  privileges on handoffs gain `version`, which every versioned update writes;
- the lead such a handoff is about (and its check call) stays out of their reach; SECURITY
  DEFINER functions, each for the partners the caller manages (or a supervisor or admin), do
  what feedback needs of it: `qualifier_handoff_lead(handoff)` shows what the handoff list
  shows of it (company, contact, status), `qualifier_return_for_routing(handoff, reason)`
  moves it back to sales-ready when the partner rejected it,
  `qualifier_lead_back_to_nurture(handoff, reason, recycle_on)` to nurture after a
  rejection, a loss or an expiry, and `qualifier_cancel_check_call(handoff, reason)` takes
  out the check call the partner's news made pointless. (A policy on leads that looked at
  handoffs would open every handoff of such a lead, other partners' too, through the
  policies that ask whether the lead is seen.)
- the SLA sweep of a channel manager's workstation leaves those handoffs to a workstation
  that sees their lead (services/partners/sla.py).

Team leads no longer add teams (services/admin/teams.py: administrators set up the center);
they rename and deactivate their own.

Revision ID: 0023_i12_channel_managers
Revises: 0022_i15_lead_status_days
Create Date: 2026-12-24 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0023_i12_channel_managers"
down_revision: str | Sequence[str] | None = "0022_i15_lead_status_days"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WORKING = "qualifier_rep, qualifier_team_lead"
MANAGED = "partner_id IN (SELECT qualifier_managed_partner_ids())"
# What a partner reports (services/partners/feedback.py: _apply_feedback), and the row version.
FEEDBACK_COLUMNS = (
    "status",
    "accepted_at",
    "rejected_at",
    "reject_reason",
    "pipeline_value",
    "won_revenue",
    "closed_on",
    "lost_reason",
    "last_update_at",
    "version",
)
_SUPERVISING = (
    "pg_has_role(session_user, 'qualifier_supervisor', 'MEMBER') "
    "OR pg_has_role(session_user, 'qualifier_admin', 'MEMBER')"
)


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def _managed_partners(schema: str) -> None:
    op.execute(
        f"""CREATE FUNCTION qualifier_managed_partner_ids() RETURNS SETOF integer
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
              SELECT p.id FROM partners p JOIN users u ON u.id = p.channel_manager_id
               WHERE u.id = qualifier_user_id() AND u.is_channel_manager $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_managed_partner_ids() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION qualifier_managed_partner_ids() TO {WORKING}")
    # Feedback is written with the row's version (no lost updates); a rep's column privileges
    # on handoffs had left it out.
    op.execute("GRANT UPDATE (version) ON handoffs TO qualifier_rep")
    op.execute(
        f"CREATE POLICY handoffs_channel_manager_read ON handoffs FOR SELECT TO {WORKING} "
        f"USING ({MANAGED})"
    )
    op.execute(
        f"CREATE POLICY handoffs_channel_manager_feedback ON handoffs FOR UPDATE TO {WORKING} "
        f"USING ({MANAGED}) WITH CHECK ({MANAGED})"
    )


def _feedback_only(schema: str) -> None:
    kept = ", ".join(repr(column) for column in FEEDBACK_COLUMNS)
    # SECURITY INVOKER: whether the caller sees the handoff's lead is their own policies'.
    op.execute(
        f"""CREATE FUNCTION qualifier_handoff_feedback_only() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, {schema} AS $$
            BEGIN
              IF qualifier_user_id() IS NULL
                 OR NOT (pg_has_role(current_user, 'qualifier_rep', 'MEMBER')
                         OR pg_has_role(current_user, 'qualifier_team_lead', 'MEMBER'))
                 OR pg_has_role(current_user, 'qualifier_supervisor', 'MEMBER')
                 OR pg_has_role(current_user, 'qualifier_admin', 'MEMBER')
                 OR EXISTS (SELECT 1 FROM leads WHERE id = OLD.lead_id) THEN
                RETURN NEW;
              END IF;
              IF (to_jsonb(NEW) - ARRAY[{kept}]) IS DISTINCT FROM (to_jsonb(OLD) - ARRAY[{kept}])
              THEN
                RAISE EXCEPTION 'a channel manager records only the feedback of handoff %',
                  OLD.id USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_handoff_feedback_only() FROM PUBLIC")
    op.execute(
        """CREATE TRIGGER handoffs_feedback_only BEFORE UPDATE ON handoffs FOR EACH ROW
           EXECUTE FUNCTION qualifier_handoff_feedback_only()"""
    )


def _reaches_handoff() -> str:
    """Refuses a person who neither supervises nor manages the partner of `handoff`."""
    return f"""IF qualifier_user_id() IS NULL
                 AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
                 AND (pg_has_role(session_user, 'qualifier_rep', 'MEMBER')
                      OR pg_has_role(session_user, 'qualifier_team_lead', 'MEMBER')
                      OR {_SUPERVISING}) THEN
                RAISE EXCEPTION 'no active user signs in as %', session_user
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF qualifier_user_id() IS NOT NULL AND NOT ({_SUPERVISING})
                 AND NOT EXISTS (SELECT 1 FROM handoffs
                                  WHERE id = p_handoff
                                    AND {MANAGED}) THEN
                RAISE EXCEPTION 'handoff % is not of a partner you manage', p_handoff
                  USING ERRCODE = 'insufficient_privilege';
              END IF;"""


FUNCTIONS = (
    "qualifier_handoff_lead(integer)",
    "qualifier_return_for_routing(integer, text)",
    "qualifier_lead_back_to_nurture(integer, text, date)",
    "qualifier_cancel_check_call(integer, text)",
)


def _lead_functions(schema: str) -> None:
    op.execute(
        f"""CREATE FUNCTION qualifier_handoff_lead(p_handoff integer)
            RETURNS TABLE (company text, first_name text, last_name text, status text,
                           recycle_on date)
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, {schema}
            AS $$
            BEGIN
              {_reaches_handoff()}
              RETURN QUERY
                SELECT l.company::text, l.first_name::text, l.last_name::text, l.status::text,
                       l.recycle_on
                  FROM handoffs h JOIN leads l ON l.id = h.lead_id WHERE h.id = p_handoff;
            END $$"""
    )
    # Only the lead of a handoff its partner rejected, and only from handed off: the rest of
    # the rejection (the handoff, its history, the audit row) is the caller's own statements.
    op.execute(
        f"""CREATE FUNCTION qualifier_return_for_routing(p_handoff integer, p_why text)
            RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, {schema} AS $$
            DECLARE moved integer;
            BEGIN
              {_reaches_handoff()}
              UPDATE leads l SET status = 'sales_ready', status_reason = p_why,
                     updated_at = now(), version = l.version + 1
                FROM handoffs h
               WHERE h.id = p_handoff AND h.status = 'rejected' AND l.id = h.lead_id
                 AND l.status = 'handed_off'
              RETURNING l.id INTO moved;
              RETURN moved;
            END $$"""
    )
    # Only the lead of the last handoff of it, which its partner rejected, lost or let expire.
    op.execute(
        f"""CREATE FUNCTION qualifier_lead_back_to_nurture(
              p_handoff integer, p_why text, p_recycle_on date) RETURNS integer
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
            DECLARE moved integer;
            BEGIN
              {_reaches_handoff()}
              UPDATE leads l SET status = 'nurture', status_reason = p_why,
                     recycle_on = p_recycle_on, updated_at = now(), version = l.version + 1
                FROM handoffs h
               WHERE h.id = p_handoff AND h.status IN ('rejected', 'lost', 'expired')
                 AND l.id = h.lead_id
                 AND NOT EXISTS (SELECT 1 FROM handoffs n
                                  WHERE n.lead_id = h.lead_id AND n.id > h.id)
              RETURNING l.id INTO moved;
              RETURN moved;
            END $$"""
    )
    # services/check_calls/answers.py: cancel_due, for a check call the caller does not see.
    op.execute(
        f"""CREATE FUNCTION qualifier_cancel_check_call(p_handoff integer, p_why text)
            RETURNS TABLE (check_call_id integer, lead_status text)
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
            DECLARE due check_calls%ROWTYPE; was text;
            BEGIN
              {_reaches_handoff()}
              SELECT * INTO due FROM check_calls
               WHERE handoff_id = p_handoff AND status = 'due' FOR UPDATE;
              IF NOT FOUND THEN
                RETURN;
              END IF;
              SELECT l.status INTO was FROM leads l WHERE l.id = due.lead_id FOR UPDATE;
              IF was = 'check_call' THEN
                UPDATE leads SET status = 'handed_off', attempts = due.lead_attempts,
                       next_call_at = NULL, assigned_rep_id = NULL, lease_owner_id = NULL,
                       lease_expires_at = NULL, leased_at = NULL, updated_at = now(),
                       version = version + 1
                 WHERE id = due.lead_id;
                was := 'handed_off';
              END IF;
              UPDATE check_calls SET status = 'cancelled', why = p_why WHERE id = due.id;
              check_call_id := due.id;
              lead_status := was;
              RETURN NEXT;
            END $$"""
    )
    for function in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(
            f"GRANT EXECUTE ON FUNCTION {function} TO {WORKING}, "
            "qualifier_supervisor, qualifier_admin"
        )


LED_TEAMS = "id IN (SELECT qualifier_led_team_ids())"


def _teams_of_admins() -> None:
    op.execute("REVOKE INSERT, DELETE ON teams FROM qualifier_team_lead")
    op.execute("DROP POLICY teams_own_teams ON teams")
    op.execute(
        "CREATE POLICY teams_own_teams ON teams FOR UPDATE TO qualifier_team_lead "
        f"USING ({LED_TEAMS}) WITH CHECK ({LED_TEAMS})"
    )


def _teams_of_admins_undone() -> None:
    op.execute("DROP POLICY teams_own_teams ON teams")
    op.execute(
        "CREATE POLICY teams_own_teams ON teams TO qualifier_team_lead "
        f"USING ({LED_TEAMS}) WITH CHECK (true)"
    )
    op.execute("GRANT INSERT, DELETE ON teams TO qualifier_team_lead")


def upgrade() -> None:
    if not _is_postgresql():
        return
    schema = _schema()
    _managed_partners(schema)
    _feedback_only(schema)
    _lead_functions(schema)
    _teams_of_admins()


def downgrade() -> None:
    if not _is_postgresql():
        return
    _teams_of_admins_undone()
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}")
    op.execute("DROP TRIGGER handoffs_feedback_only ON handoffs")
    op.execute("DROP FUNCTION qualifier_handoff_feedback_only()")
    op.execute("DROP POLICY handoffs_channel_manager_feedback ON handoffs")
    op.execute("DROP POLICY handoffs_channel_manager_read ON handoffs")
    op.execute("DROP FUNCTION qualifier_managed_partner_ids()")
    op.execute("REVOKE UPDATE (version) ON handoffs FROM qualifier_rep")
