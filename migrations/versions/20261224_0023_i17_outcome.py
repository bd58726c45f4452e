"""the outcome of a call on PostgreSQL in one round trip: one function, planned once

`qualifier_record_outcome` applies an outcome the workstation has already decided (the new
status, attempts, next call, recycle date: the rules stay in Python) to a lead it holds, in
one statement of CTEs: the lead's update, the call attempt, the audit row, and after-call
work as the rep's state. It applies it only while the lead is as the decision saw it: the
same version, still leased to the rep, the same status, attempts, place and calling profile,
no attempt with this request id yet, the shared retry rules unchanged since they were read,
and the database's clock inside the minute the decision was made for. Otherwise it changes
nothing, and the workstation records the outcome in a transaction as before (a resend, a
lost lead, a rule changed meanwhile).

SECURITY INVOKER, like the claim: the rep's own login role runs it, so grants, row-level
security and the triggers on leads and audit_log judge it as they judge the rep's own
statements.

Revision ID: 0023_i17_outcome
Revises: 0024_i12_feedback_by_contact
Create Date: 2026-12-24 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0023_i17_outcome"
down_revision: str | Sequence[str] | None = "0024_i12_feedback_by_contact"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The roles whose people work leads (domain.roles: Action.WORK_LEADS).
WORKERS = "qualifier_rep, qualifier_team_lead"
FUNCTION = (
    "qualifier_record_outcome(integer, timestamptz, timestamptz, timestamptz, text, integer, "
    "integer, text, integer, text, text, integer, text, boolean, timestamptz, text, text, "
    "integer, timestamptz, boolean, integer, date, timestamptz, text, text, text, text, "
    "timestamptz, integer, text, integer)"
)
AFTER_CALL_WORK = "after_call_work"


def _iso(moment: str) -> str:
    """As Python's isoformat() writes a UTC datetime, as the audit rows written by
    the application hold it (as in 0022_i17_claim)."""
    utc = f"({moment} AT TIME ZONE 'UTC')"
    return (
        f"""CASE WHEN {moment} IS NULL THEN NULL ELSE to_char({utc}, 'YYYY-MM-DD"T"HH24:MI:SS') """
        f"|| CASE WHEN extract(microseconds FROM {utc})::integer % 1000000 <> 0 "
        f"THEN to_char({utc}, '.US') ELSE '' END || '+00:00' END"
    )


def _snapshot(lead: str) -> str:
    """The lead's fields an outcome's audit row shows, as workspace.outcomes._snapshot."""
    return (
        f"jsonb_build_object('status', {lead}.status, 'status_reason', {lead}.status_reason, "
        f"'attempts', {lead}.attempts, 'next_call_at', {_iso(f'{lead}.next_call_at')}, "
        f"'assigned_rep_id', {lead}.assigned_rep_id, 'grade', {lead}.grade, "
        f"'recycle_on', to_char({lead}.recycle_on, 'YYYY-MM-DD'), "
        f"'last_attempt_at', {_iso(f'{lead}.last_attempt_at')}, 'version', {lead}.version)"
    )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    op.execute(
        f"""CREATE FUNCTION qualifier_record_outcome(
                p_rep integer, p_now timestamptz, p_valid_from timestamptz,
                p_valid_until timestamptz, p_request_id text, p_lead integer,
                p_version integer, p_status text, p_attempts integer, p_country text,
                p_region text, p_calling_profile_id integer, p_time_zones text,
                p_retry_read boolean, p_retry_saved_at timestamptz, p_new_status text,
                p_status_reason text, p_new_attempts integer, p_next_call_at timestamptz,
                p_assign boolean, p_assigned_rep_id integer, p_recycle_on date,
                p_started_at timestamptz, p_disposition text, p_outcome text, p_reason text,
                p_notes text, p_callback_at timestamptz, p_callback_rep_id integer,
                p_direction text, p_talk_seconds integer)
            RETURNS TABLE (refusal text, db_now timestamptz, attempt_id integer, grade text)
            LANGUAGE plpgsql VOLATILE SECURITY INVOKER
            SET search_path = pg_catalog, {schema}
            SET plan_cache_mode = force_generic_plan AS $$
            #variable_conflict use_column
            DECLARE
              v_now timestamptz := coalesce(p_now, now());
            BEGIN
              IF v_now < p_valid_from OR v_now >= p_valid_until THEN
                RETURN QUERY SELECT 'moved'::text, v_now, NULL::integer, NULL::text;
                RETURN;
              END IF;
              IF p_retry_read AND (SELECT s.updated_at FROM retry_settings s WHERE s.id = 1)
                                  IS DISTINCT FROM p_retry_saved_at THEN
                RETURN QUERY SELECT 'rules'::text, v_now, NULL::integer, NULL::text;
                RETURN;
              END IF;
              RETURN QUERY
              WITH old AS (
                SELECT l.* FROM leads l
                WHERE l.id = p_lead AND l.version = p_version AND l.lease_owner_id = p_rep
                  AND l.status = p_status AND l.attempts = p_attempts
                  AND l.country IS NOT DISTINCT FROM p_country
                  AND l.region IS NOT DISTINCT FROM p_region
                  AND l.calling_profile_id IS NOT DISTINCT FROM p_calling_profile_id
                  AND l.time_zones IS NOT DISTINCT FROM p_time_zones
                  AND NOT EXISTS (SELECT 1 FROM call_attempts a
                                  WHERE a.request_id = p_request_id)
                FOR UPDATE
              ), moved AS (
                UPDATE leads target SET
                  lease_owner_id = NULL, lease_expires_at = NULL, leased_at = NULL,
                  updated_at = v_now, last_attempt_at = v_now,
                  next_call_at = p_next_call_at, attempts = p_new_attempts,
                  status = p_new_status,
                  status_reason = coalesce(p_status_reason, target.status_reason),
                  assigned_rep_id = CASE WHEN p_assign THEN p_assigned_rep_id
                                         ELSE target.assigned_rep_id END,
                  recycle_on = p_recycle_on, version = target.version + 1
                FROM old WHERE target.id = old.id
                RETURNING target.*
              ), attempt AS (
                INSERT INTO call_attempts (request_id, lead_id, rep_id, started_at, ended_at,
                                           disposition, outcome, reason, notes, callback_at,
                                           callback_rep_id, recycle_on, direction,
                                           talk_seconds)
                SELECT p_request_id, m.id, p_rep, least(p_started_at, v_now), v_now,
                       p_disposition, p_outcome, p_reason, p_notes, p_callback_at,
                       p_callback_rep_id, m.recycle_on, p_direction, p_talk_seconds
                FROM moved m
                RETURNING call_attempts.id
              ), ended AS (
                -- As agent_states.move: the open state closes unless it is after-call work.
                UPDATE agent_states s SET ended_at = v_now
                FROM moved
                WHERE s.user_id = p_rep AND s.ended_at IS NULL
                  AND NOT (s.state = '{AFTER_CALL_WORK}' AND s.reason = '')
                RETURNING s.state, s.reason
              ), began AS (
                INSERT INTO agent_states (user_id, state, reason, since)
                SELECT p_rep, '{AFTER_CALL_WORK}', '', v_now FROM moved
                WHERE NOT EXISTS (SELECT 1 FROM agent_states s
                                  WHERE s.user_id = p_rep AND s.ended_at IS NULL
                                    AND s.state = '{AFTER_CALL_WORK}' AND s.reason = '')
                RETURNING agent_states.id
              ), audited AS (
                INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, before,
                                       after, reason)
                SELECT v_now, p_rep, entry.action, entry.entity_type, entry.entity_id,
                       entry.before, entry.after, entry.reason
                FROM (
                  SELECT 1 AS n, 'lead.' || p_outcome AS action, 'lead' AS entity_type,
                         m.id::text AS entity_id, {_snapshot("o")} AS before,
                         {_snapshot("m")} || jsonb_build_object(
                           'disposition', p_disposition, 'call_attempt_id', a.id) AS after,
                         p_reason AS reason
                  FROM old o JOIN moved m ON m.id = o.id CROSS JOIN attempt a
                  UNION ALL
                  SELECT 2, 'agent_state.changed', 'user', p_rep::text,
                         coalesce((SELECT jsonb_build_object('state', e.state,
                                                             'reason', e.reason)
                                   FROM ended e LIMIT 1), 'null'::jsonb),
                         jsonb_build_object('state', '{AFTER_CALL_WORK}', 'reason', ''), ''
                  FROM began
                ) entry
                ORDER BY entry.n
              )
              SELECT NULL::text, v_now, a.id, m.grade::text FROM moved m CROSS JOIN attempt a;
            END $$"""
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {FUNCTION} TO {WORKERS}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}")
