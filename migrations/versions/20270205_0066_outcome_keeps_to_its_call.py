"""an outcome keeps to its call: what a rep's call records is the call as it happened

Found by a security tester signed in to PostgreSQL as a rep with psql:

- `qualifier_record_outcome` (the outcome in one call, 0023_i17_outcome) wrote the audit
  action `'lead.' || p_outcome` with whatever outcome it was given: a rep wrote
  "lead.user.deleted" with a reason of their choosing, and could have recorded any status a
  lead may move to (sales-ready among them) without its qualification. It now records only
  the outcomes the workstation sends it, each with the status it leads to: no contact
  (queued again, or nurture after the last attempt), a callback, nurture and disqualify.
- The call it wrote started whenever the rep said within the last day: the trigger that holds
  a call to the lead's lease (0045_i12_calls_as_they_happen) finds no lease when the function
  has let the lead go first. The function now starts the call no earlier than the lead was
  taken, as the trigger does for a rep's own statement.
- A call's talk time was any number (99,999 seconds in a call of a few minutes), which the
  activity figures sum: it is now at most the call's length, by the database's clock.
- A callback was recorded as for any rep (another team's): it is for the rep who made the
  call, for anyone, or for the rep the lead is already assigned to (a check call).
- A rep's own statement wrote any text as the call's outcome, which reports count by: it is
  one of the outcomes the application records.

Where the database's owner lets given times count (`qualifier.clock = 'given'`: tests and
simulations, see 0039) the times are left as given; who may do what is not.

Revision ID: 0066_outcome_keeps_to_its_call
Revises: 0065_a_take_back_is_no_news
Create Date: 2027-02-05 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants

from collections.abc import Sequence

from alembic import op

revision: str = "0066_outcome_keeps_to_its_call"
down_revision: str | Sequence[str] | None = "0065_a_take_back_is_no_news"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OUTCOME = "qualifier_record_outcome"
CALL_TRIGGER = "qualifier_call_as_it_happens"
# Kept equal to 0045_i12_calls_as_they_happen: the database's owner let given times count.
GIVEN_TIME_COUNTS = (
    "EXISTS (SELECT 1 FROM pg_catalog.pg_db_role_setting s "
    "WHERE s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d "
    "WHERE d.datname = current_database()) AND s.setrole = 0 "
    "AND 'qualifier.clock=given' = ANY (s.setconfig))"
)
# The outcome/answer values of services/workspace/outcomes.py and check_calls/answers.py.
OUTCOMES = (
    "'retry', 'callback', 'sales_ready', 'nurture', 'disqualify', 'do_not_call', 'check_call'"
)

# --- qualifier_record_outcome -------------------------------------------------------------

CALLER_CHECKED = """                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF v_now < p_valid_from"""
OUTCOMES_CHECKED = """                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF p_outcome IS NOT NULL AND NOT (
                   (p_outcome = 'retry' AND p_new_status IN ('queued', 'nurture'))
                   OR (p_outcome = 'callback' AND p_new_status = 'callback')
                   OR (p_outcome = 'nurture' AND p_new_status = 'nurture')
                   OR (p_outcome = 'disqualify' AND p_new_status = 'disqualified')) THEN
                RAISE EXCEPTION 'an outcome in one call is not % to %', p_outcome, p_new_status
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF p_callback_rep_id IS NOT NULL AND p_callback_rep_id <> p_rep THEN
                RAISE EXCEPTION 'a callback is for the rep who made the call or for anyone'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF v_now < p_valid_from"""
CALL_STARTED_0023 = """SELECT p_request_id, m.id, p_rep, least(p_started_at, v_now), v_now,
                       p_disposition, p_outcome, p_reason, p_notes, p_callback_at,
                       p_callback_rep_id, m.recycle_on, p_direction, p_talk_seconds
                FROM moved m"""
CALL_STARTED = f"""SELECT p_request_id, m.id, p_rep,
                       least(CASE WHEN {GIVEN_TIME_COUNTS} THEN p_started_at
                                  ELSE greatest(p_started_at, o.leased_at) END, v_now),
                       v_now,
                       p_disposition, p_outcome, p_reason, p_notes, p_callback_at,
                       p_callback_rep_id, m.recycle_on, p_direction, p_talk_seconds
                FROM moved m JOIN old o ON o.id = m.id"""

# --- qualifier_call_as_it_happens ---------------------------------------------------------

DECLARED_0045 = "DECLARE me integer; taken timestamptz;"
DECLARED = "DECLARE me integer; taken timestamptz; assigned integer;"
HELD_0045 = """SELECT leased_at INTO taken FROM leads
                 WHERE id = NEW.lead_id AND lease_owner_id = me;"""
HELD = """SELECT leased_at, assigned_rep_id INTO taken, assigned FROM leads
                 WHERE id = NEW.lead_id AND lease_owner_id = me;"""
TIMES_0045 = """                NEW.started_at := least(greatest(NEW.started_at, now() - interval '1 day', taken),
                                        now());
              END IF;
              RETURN NEW;"""
TIMES = f"""                NEW.started_at := least(greatest(NEW.started_at, now() - interval '1 day', taken),
                                        now());
                IF NEW.talk_seconds IS NOT NULL THEN
                  NEW.talk_seconds := greatest(0, least(NEW.talk_seconds,
                    ceil(extract(epoch FROM NEW.ended_at - NEW.started_at))::integer));
                END IF;
              END IF;
              IF NEW.outcome NOT IN ({OUTCOMES}) THEN
                RAISE EXCEPTION 'a call''s outcome is one the application records, not %',
                  NEW.outcome USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NEW.callback_rep_id IS NOT NULL AND NEW.callback_rep_id <> me
                 AND NEW.callback_rep_id IS DISTINCT FROM assigned THEN
                RAISE EXCEPTION 'a callback is for the caller, anyone or the lead''s own rep'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;"""


def _replace(function: str, changes: list[tuple[str, str]]) -> None:
    definition = str(
        op.get_bind()
        .exec_driver_sql(f"SELECT pg_get_functiondef('{function}'::regproc)")
        .scalar_one()
    )
    for old, new in changes:
        if definition.count(old) != 1:
            raise RuntimeError(f"{function} is not as this migration expects")
        definition = definition.replace(old, new)
    op.execute(definition)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _replace(OUTCOME, [(CALLER_CHECKED, OUTCOMES_CHECKED), (CALL_STARTED_0023, CALL_STARTED)])
    _replace(CALL_TRIGGER, [(DECLARED_0045, DECLARED), (HELD_0045, HELD), (TIMES_0045, TIMES)])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _replace(CALL_TRIGGER, [(DECLARED, DECLARED_0045), (HELD, HELD_0045), (TIMES, TIMES_0045)])
    _replace(OUTCOME, [(OUTCOMES_CHECKED, CALLER_CHECKED), (CALL_STARTED, CALL_STARTED_0023)])
