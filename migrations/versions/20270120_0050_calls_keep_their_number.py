"""calls keep their number: a call counts against the number it was made to, and an undone
outcome does not take its call out of the count

Found by a compliance officer's exploratory test:

- The per-number caps (Florida: 3 calls in 24 hours) counted the calls of every lead that
  has the number *now*: a rep's contact correction moved a lead's past calls to its new
  number, and the old number's count dropped. A call now stores the number it was made to
  (`call_attempts.number_e164`, E.164), and the caps count by it. The application writes it;
  where it does not (the outcome function, rows written by hand), the lead's number when the
  call is written. Calls made before this migration get their lead's number as it is now: an
  approximation, as good as the counting was.
- Undoing an outcome deleted its call, and the number had one call less although it was
  dialled. The undo now leaves the dial behind in `taken_back_calls` (the number and when the
  call began, nothing else), and the caps count those too. An outcome taken back and saved
  again counts the one dial twice until the cap's period has passed: the count may be one
  too high for a day, never too low.
- On PostgreSQL a rep's own checks (the dial check, "nothing eligible") saw only the calls of
  their team's people, so calls from other teams to the same number were not counted there.
  They count through `qualifier_calls_to_number`, which sees every call, as the claim does.

Revision ID: 0050_calls_keep_their_number
Revises: 0049_a_rep_keeps_to_held_leads
Create Date: 2027-01-20 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0050_calls_keep_their_number"
down_revision: str | Sequence[str] | None = "0049_a_rep_keeps_to_held_leads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"
SAFE_PATH = "SET search_path = pg_catalog, public, pg_temp"

# Kept equal to queue_sql.calls_to_number (a migration never imports today's app code).
BY_LEAD = """(SELECT count(a.id) FROM call_attempts a
                    JOIN leads same_number ON same_number.id = a.lead_id
                    WHERE same_number.phone_e164 = l.phone_e164
                      AND a.started_at > v_now - make_interval(hours => cap.hours))"""
BY_NUMBER = """((SELECT count(a.id) FROM call_attempts a
                     WHERE a.number_e164 = l.phone_e164
                       AND a.started_at > v_now - make_interval(hours => cap.hours))
                  + (SELECT count(t.id) FROM taken_back_calls t
                     WHERE t.number_e164 = l.phone_e164
                       AND t.started_at > v_now - make_interval(hours => cap.hours)))"""
# The claim's picks that count calls (with caps: its second half, 0034_i17_lighter_claim).
COUNTING_PICKS = 4
# A lead the rep still holds comes back only while its calling window is open, as any other
# pick; outside it the lead is not handed out, and its lease runs out.
HELD = (
    "AND (l.assigned_rep_id IS NULL OR l.assigned_rep_id = p_rep)\n"
    "                     LIMIT 1 FOR UPDATE),"
)
HELD_IN_WINDOW = (
    "AND (l.assigned_rep_id IS NULL OR l.assigned_rep_id = p_rep)\n"
    "                       AND l.calling_profile_id = ANY (p_open_profiles)\n"
    "                     LIMIT 1 FOR UPDATE),"
)
HELD_PICKS = 2
TAKE_BACK = "              DELETE FROM call_attempts WHERE id = attempt;"
TAKE_BACK_KEEPING_THE_DIAL = (
    "              IF call.number_e164 IS NOT NULL THEN\n"
    "                INSERT INTO taken_back_calls (lead_id, number_e164, started_at)\n"
    "                VALUES (call.lead_id, call.number_e164, call.started_at);\n"
    "              END IF;\n" + TAKE_BACK
)


def _replace(function: str, old: str, new: str, times: int) -> None:
    definition = str(
        op.get_bind()
        .exec_driver_sql(f"SELECT pg_get_functiondef('{function}'::regproc)")
        .scalar_one()
    )
    if definition.count(old) != times:
        raise RuntimeError(f"{function} is not as this migration expects")
    op.execute(definition.replace(old, new))


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    # Not a batch: copying call_attempts on SQLite would break the triggers that read it.
    op.add_column("call_attempts", sa.Column("number_e164", sa.String(length=16), nullable=True))
    op.create_index(
        "ix_call_attempts_number_started", "call_attempts", ["number_e164", "started_at"]
    )
    if postgres:
        # The triggers on calls (figures by day, last caller) have nothing to do here.
        op.execute("ALTER TABLE call_attempts DISABLE TRIGGER USER")
    op.execute(
        "UPDATE call_attempts SET number_e164 = "
        "(SELECT leads.phone_e164 FROM leads WHERE leads.id = call_attempts.lead_id)"
    )
    if postgres:
        op.execute("ALTER TABLE call_attempts ENABLE TRIGGER USER")
    op.create_table(
        "taken_back_calls",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("number_e164", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_taken_back_calls")),
    )
    op.create_index(
        "ix_taken_back_calls_number_started", "taken_back_calls", ["number_e164", "started_at"]
    )
    op.create_index("ix_taken_back_calls_lead_id", "taken_back_calls", ["lead_id"])
    if postgres:
        _upgrade_postgres()
    else:
        op.execute(
            "CREATE TRIGGER call_attempts_number AFTER INSERT ON call_attempts "
            "WHEN NEW.number_e164 IS NULL BEGIN "
            "UPDATE call_attempts SET number_e164 = "
            "(SELECT phone_e164 FROM leads WHERE id = NEW.lead_id) WHERE id = NEW.id; END"
        )


def _upgrade_postgres() -> None:
    op.execute(
        f"""CREATE FUNCTION qualifier_call_number() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
            BEGIN
              IF NEW.number_e164 IS NULL THEN
                NEW.number_e164 := (SELECT l.phone_e164 FROM leads l WHERE l.id = NEW.lead_id);
              END IF;
              RETURN NEW;
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_call_number() FROM PUBLIC")
    op.execute(
        "CREATE TRIGGER call_attempts_number BEFORE INSERT ON call_attempts "
        "FOR EACH ROW EXECUTE FUNCTION qualifier_call_number()"
    )
    op.execute(
        f"""CREATE FUNCTION qualifier_calls_to_number(p_number text, p_since timestamptz)
            RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
              SELECT (SELECT count(a.id) FROM call_attempts a
                      WHERE a.number_e164 = p_number AND a.started_at > p_since)
                   + (SELECT count(t.id) FROM taken_back_calls t
                      WHERE t.number_e164 = p_number AND t.started_at > p_since)
            $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_calls_to_number(text, timestamptz) FROM PUBLIC")
    op.execute(
        f"GRANT EXECUTE ON FUNCTION qualifier_calls_to_number(text, timestamptz) TO {GROUPS}"
    )
    # Written by the undo's function, read by the claim's and the count's; an erasure (an
    # administrator's) deletes a person's.
    op.execute("GRANT SELECT, DELETE ON taken_back_calls TO qualifier_admin")
    _replace("qualifier_claim_next", BY_LEAD, BY_NUMBER, COUNTING_PICKS)
    _replace("qualifier_claim_next", HELD, HELD_IN_WINDOW, HELD_PICKS)
    _replace("qualifier_take_back_call", TAKE_BACK, TAKE_BACK_KEEPING_THE_DIAL, 1)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace("qualifier_take_back_call", TAKE_BACK_KEEPING_THE_DIAL, TAKE_BACK, 1)
        _replace("qualifier_claim_next", HELD_IN_WINDOW, HELD, HELD_PICKS)
        _replace("qualifier_claim_next", BY_NUMBER, BY_LEAD, COUNTING_PICKS)
        op.execute("DROP FUNCTION qualifier_calls_to_number(text, timestamptz)")
        op.execute("DROP TRIGGER call_attempts_number ON call_attempts")
        op.execute("DROP FUNCTION qualifier_call_number()")
    else:
        op.execute("DROP TRIGGER call_attempts_number")
    op.drop_index("ix_taken_back_calls_lead_id", table_name="taken_back_calls")
    op.drop_index("ix_taken_back_calls_number_started", table_name="taken_back_calls")
    op.drop_table("taken_back_calls")
    op.drop_index("ix_call_attempts_number_started", table_name="call_attempts")
    op.drop_column("call_attempts", "number_e164")
