"""the claim on PostgreSQL in one round trip: one function, planned once per connection

`qualifier_claim_next` checks that the rep may take leads (an active user, not paused),
claims the best eligible lead with FOR UPDATE SKIP LOCKED, writes the audit row and returns
what the lead card shows, in one statement of CTEs. Called in autocommit, the claim costs the
workstation one round trip. Being PL/pgSQL, its statement is planned once per server
connection and kept as a generic plan (plan_cache_mode), whatever the client does about
prepared statements, so it stays planned behind PgBouncer in transaction pooling mode.
The statuses of the partial index ix_leads_claim_order are literals, so the generic plan
walks that index.

SECURITY INVOKER: the rep's own login role runs it, so grants and row-level security decide
what it may read and change exactly as for the rep's own statements. What only the
workstation knows (which calling profiles are open, which countries' registries are stale,
the per-number caps) is computed there for a moment and handed over with the span of time
it holds for; the function answers 'moved' when the database's clock is outside that span.

Revision ID: 0022_i17_claim
Revises: 0022_i17_feed
Create Date: 2026-12-23 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0022_i17_claim"
down_revision: str | Sequence[str] | None = "0022_i17_feed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The roles whose people work leads (domain.roles: Action.WORK_LEADS).
WORKERS = "qualifier_rep, qualifier_team_lead"
FUNCTION = (
    "qualifier_claim_next(integer, timestamptz, timestamptz, timestamptz, integer, integer[], "
    "integer, integer, text[], integer[], integer[], integer[])"
)
CLAIMABLE = "('callback', 'check_call', 'queued')"


def _iso(moment: str) -> str:
    """As Python's isoformat() writes a UTC datetime, as the audit rows written by
    the application hold it."""
    utc = f"({moment} AT TIME ZONE 'UTC')"
    return (
        f"""to_char({utc}, 'YYYY-MM-DD"T"HH24:MI:SS') """
        f"|| CASE WHEN extract(microseconds FROM {utc})::integer % 1000000 <> 0 "
        f"THEN to_char({utc}, '.US') ELSE '' END || '+00:00'"
    )


# The lead is callable now and lawful to call: as queue_sql.callable_now() and lawful().
CALLABLE = """(l.next_call_at IS NULL OR l.next_call_at <= v_now)
           AND (l.lease_owner_id IS NULL OR l.lease_expires_at <= v_now)
           AND l.attempts < (SELECT max_attempts FROM limits)
           AND l.calling_profile_id = ANY (p_open_profiles)
           AND (l.country IS NULL OR NOT l.country = ANY (p_blocked_countries))
           AND NOT EXISTS (SELECT 1 FROM dnc_registry_numbers r
                           WHERE r.number = substr(l.phone_e164, 2)::bigint)
           AND NOT EXISTS (
             SELECT 1 FROM unnest(p_cap_profiles, p_cap_hours, p_cap_calls)
                             AS cap(profile_id, hours, calls)
             WHERE cap.profile_id = l.calling_profile_id AND l.phone_e164 IS NOT NULL
               AND (SELECT count(a.id) FROM call_attempts a
                    JOIN leads same_number ON same_number.id = a.lead_id
                    WHERE same_number.phone_e164 = l.phone_e164
                      AND a.started_at > v_now - make_interval(hours => cap.hours))
                   >= cap.calls)"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = str(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    held_now = "l.lease_owner_id = p_rep AND l.lease_expires_at > v_now"
    op.execute(
        f"""CREATE FUNCTION qualifier_claim_next(
                p_rep integer, p_now timestamptz, p_valid_from timestamptz,
                p_valid_until timestamptz, p_lease_seconds integer, p_open_profiles integer[],
                p_file_max_attempts integer, p_default_max_attempts integer,
                p_blocked_countries text[], p_cap_profiles integer[], p_cap_hours integer[],
                p_cap_calls integer[])
            RETURNS TABLE (
                refusal text, db_now timestamptz, fresh boolean, campaign text,
                id integer, version integer, company text, first_name text, last_name text,
                title text, phone_raw text, phone_e164 text, email_raw text,
                email_normalized text, country text, region text, status text, score integer,
                segment text, attempts integer, campaign_id integer, source text,
                time_zones text, calling_profile_id integer, lease_expires_at timestamptz,
                leased_at timestamptz, next_call_at timestamptz)
            LANGUAGE plpgsql VOLATILE SECURITY INVOKER
            SET search_path = pg_catalog, {schema}
            SET plan_cache_mode = force_generic_plan AS $$
            #variable_conflict use_column
            DECLARE
              v_now timestamptz := coalesce(p_now, now());
              v_until timestamptz := v_now + make_interval(secs => p_lease_seconds);
            BEGIN
              RETURN QUERY
              WITH rep AS (
                SELECT u.active, u.paused FROM users u WHERE u.id = p_rep
              ), verdict AS (
                SELECT CASE
                  WHEN NOT coalesce((SELECT rep.active FROM rep), false) THEN 'deactivated'
                  WHEN (SELECT rep.paused FROM rep) THEN 'paused'
                  WHEN v_now < p_valid_from OR v_now >= p_valid_until THEN 'moved'
                END AS refusal
              ), limits AS (
                SELECT coalesce(p_file_max_attempts,
                                (SELECT s.max_attempts FROM retry_settings s WHERE s.id = 1),
                                p_default_max_attempts) AS max_attempts
              ), claimed AS (
                UPDATE leads target SET
                  lease_owner_id = p_rep,
                  lease_expires_at = v_until,
                  leased_at = CASE WHEN target.lease_owner_id = p_rep
                                        AND target.lease_expires_at > v_now
                                   THEN target.leased_at ELSE v_now END,
                  updated_at = v_now,
                  version = CASE WHEN target.lease_owner_id = p_rep
                                      AND target.lease_expires_at > v_now
                                 THEN target.version ELSE target.version + 1 END
                WHERE (SELECT verdict.refusal FROM verdict) IS NULL
                  AND target.id = coalesce(
                    -- A lead this rep still holds comes back first, waited for, not skipped.
                    (SELECT l.id FROM leads l
                     WHERE {held_now} AND l.status IN {CLAIMABLE}
                     LIMIT 1 FOR UPDATE),
                    -- Leads waiting for this rep in person.
                    (SELECT l.id FROM leads l
                     WHERE l.status IN {CLAIMABLE} AND l.assigned_rep_id = p_rep
                       AND {CALLABLE}
                     ORDER BY l.next_call_at ASC NULLS LAST, l.score DESC, l.id
                     LIMIT 1 FOR UPDATE SKIP LOCKED),
                    -- Callbacks and check calls anyone in the queue may take, oldest first.
                    (SELECT l.id FROM leads l
                     WHERE l.status IN ('callback', 'check_call') AND l.assigned_rep_id IS NULL
                       AND l.queue_id = ANY (ARRAY(SELECT m.queue_id FROM queue_members m
                                                   WHERE m.user_id = p_rep))
                       AND {CALLABLE}
                     ORDER BY l.next_call_at ASC NULLS FIRST, l.id
                     LIMIT 1 FOR UPDATE SKIP LOCKED),
                    -- The queue itself, walking the partial index ix_leads_claim_order.
                    (SELECT l.id FROM leads l
                     WHERE l.status = 'queued' AND l.assigned_rep_id IS NULL
                       AND l.queue_id = ANY (ARRAY(SELECT m.queue_id FROM queue_members m
                                                   WHERE m.user_id = p_rep))
                       AND {CALLABLE}
                     ORDER BY l.score DESC, l.created_at, l.id
                     LIMIT 1 FOR UPDATE SKIP LOCKED))
                  AND (target.lease_owner_id IS NULL OR target.lease_expires_at <= v_now
                       OR target.lease_owner_id = p_rep)
                  AND target.status IN {CLAIMABLE}
                RETURNING target.*
              ), audited AS (
                INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, before,
                                       after, reason)
                SELECT v_now, p_rep, 'lead.claimed', 'lead', c.id::text, 'null'::jsonb,
                       jsonb_build_object('lease_owner_id', p_rep,
                                          'lease_expires_at', {_iso("v_until")},
                                          'version', c.version),
                       ''
                FROM claimed c WHERE c.leased_at = v_now
              )
              SELECT verdict.refusal, v_now, c.leased_at = v_now, k.name::text,
                     c.id, c.version, c.company::text, c.first_name::text, c.last_name::text,
                     c.title::text, c.phone_raw::text, c.phone_e164::text, c.email_raw::text,
                     c.email_normalized::text, c.country::text, c.region::text,
                     c.status::text, c.score, c.segment::text, c.attempts, c.campaign_id,
                     c.source::text, c.time_zones::text, c.calling_profile_id,
                     c.lease_expires_at, c.leased_at, c.next_call_at
              FROM verdict LEFT JOIN claimed c ON true
                           LEFT JOIN campaigns k ON k.id = c.campaign_id;
            END $$"""
    )
    op.execute(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {FUNCTION} TO {WORKERS}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}")
