"""calls as they happen: a call is written once, by the database's clock, on a lead its rep
holds; the do-not-call list keeps who added an entry and when; leads a rep does not hold keep
their contacts, and a lease lasts a day at most

Found by trying the database as an insider with a rep's login and psql:

- A rep could delete an old call of theirs (and the consents and qualification given on it)
  long after the 30-second undo: `UPDATE call_attempts SET ended_at = now()` made it look
  recent to `qualifier_take_back_call`. Reps and team leads no longer change a call at all
  (the application never does: an undo takes it back through that function, an erasure is
  an administrator's) nor do team leads delete one; and a call's end is the database's time
  when it is written (a trigger), which `qualifier_take_back_call` reads.
- A rep could write calls dated any time, on any lead they could see: inflated figures for
  any day. A rep's or team lead's call is now written on a lead they hold (the outcome writes
  it in the flush that lets the lead go: the call first; an inbound call is taken first, like
  any lead), it ends when it is written, and it starts no earlier than the lead was taken and
  at most a day before (the workstation's clock says when the call began; a day is the
  longest lease, 0039). The outcome function, which writes the call as the owner after
  letting the lead go, is held to the same times.
- Anyone adding to the do-not-call list named whom and when they liked: `added_by_id` and
  `added_at` are the caller's and the database's now. `qualifier_take_listed_out`, which
  takes a listed contact's leads out of every team's queues, wrote no audit row: it writes
  one per lead in the caller's name (the application wrote them itself, and no longer does on
  PostgreSQL), with the reason it is given.
- A rep could change the contacts of any lead nobody held in their queues and take a lease of
  any length (30 days): a rep's or team lead's statement changes a lead's contacts only on a
  lead they hold (corrections are made with an outcome), and a lease they take or renew
  ends at most a day after the database's now.

Where the database's owner lets given times count (`qualifier.clock = 'given'`: tests and
simulations, see 0039) the times are left as given; who may do what is not.

Revision ID: 0045_i12_calls_as_they_happen
Revises: 0044_center_days
Create Date: 2027-01-12 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0045_i12_calls_as_they_happen"
down_revision: str | Sequence[str] | None = "0044_center_days"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WORKERS = "qualifier_rep, qualifier_team_lead"
PEOPLE = "qualifier_rep, qualifier_team_lead, qualifier_supervisor, qualifier_admin"
ME = "(SELECT qualifier_user_id())"
# Kept equal to 0039_i12_people_write_their_own: the database's owner let given times count.
GIVEN_TIME_COUNTS = (
    "EXISTS (SELECT 1 FROM pg_catalog.pg_db_role_setting s "
    "WHERE s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d "
    "WHERE d.datname = current_database()) AND s.setrole = 0 "
    "AND 'qualifier.clock=given' = ANY (s.setconfig))"
)
# The longest lease there is (0039: the claim's), and so the longest call.
LONGEST = "interval '1 day'"


def _working(role: str) -> str:
    """`role` works leads: a rep or team lead, not a supervisor or administrator."""
    return (
        f"(pg_has_role({role}, 'qualifier_rep', 'MEMBER') "
        f"OR pg_has_role({role}, 'qualifier_team_lead', 'MEMBER')) "
        f"AND NOT pg_has_role({role}, 'qualifier_supervisor', 'MEMBER') "
        f"AND NOT pg_has_role({role}, 'qualifier_admin', 'MEMBER')"
    )


# What a correction changes; a rep never changes it otherwise.
CONTACTS = (
    "company, company_key, first_name, last_name, person_key, title, phone_raw, phone_e164, "
    "phone_extension, phone_valid, email_raw, email_normalized, email_valid, website, "
    "country, region, city, postal_code, language, time_zones, calling_profile_id, "
    "field_sources"
)


def _row(record: str) -> str:
    return "(" + ", ".join(f"{record}.{column.strip()}" for column in CONTACTS.split(",")) + ")"


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def _calls(schema: str) -> None:
    # SECURITY INVOKER: current_user tells a person's own statement from the owner's
    # outcome function run in their session (session_user is the person in both).
    op.execute(
        f"""CREATE FUNCTION qualifier_call_as_it_happens() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, {schema}, pg_temp AS $$
            DECLARE me integer; taken timestamptz;
            BEGIN
              IF NOT ({_working("session_user")}) THEN
                RETURN NEW;
              END IF;
              me := qualifier_user_id();
              IF current_user = session_user THEN
                SELECT leased_at INTO taken FROM leads
                 WHERE id = NEW.lead_id AND lease_owner_id = me;
                IF NOT FOUND THEN
                  RAISE EXCEPTION 'a call is recorded on a lead one holds; lead % is not yours',
                    NEW.lead_id USING ERRCODE = 'insufficient_privilege';
                END IF;
              END IF;
              IF NOT {GIVEN_TIME_COUNTS} THEN
                NEW.ended_at := now();
                NEW.started_at := least(greatest(NEW.started_at, now() - {LONGEST}, taken),
                                        now());
              END IF;
              RETURN NEW;
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_call_as_it_happens() FROM PUBLIC")
    op.execute(
        """CREATE TRIGGER call_attempts_as_they_happen BEFORE INSERT ON call_attempts
           FOR EACH ROW EXECUTE FUNCTION qualifier_call_as_it_happens()"""
    )
    op.execute("DROP POLICY call_attempts_own_change ON call_attempts")
    op.execute(f"REVOKE UPDATE ON call_attempts FROM {WORKERS}")
    op.execute("REVOKE DELETE ON call_attempts FROM qualifier_team_lead")


def _calls_undone() -> None:
    op.execute("GRANT DELETE ON call_attempts TO qualifier_team_lead")
    op.execute(f"GRANT UPDATE ON call_attempts TO {WORKERS}")
    op.execute(
        f"CREATE POLICY call_attempts_own_change ON call_attempts AS RESTRICTIVE FOR UPDATE "
        f"TO {WORKERS} USING (rep_id = {ME}) WITH CHECK (rep_id = {ME})"
    )
    op.execute("DROP TRIGGER call_attempts_as_they_happen ON call_attempts")
    op.execute("DROP FUNCTION qualifier_call_as_it_happens()")


def _do_not_call_entries(schema: str) -> None:
    op.execute(
        f"""CREATE FUNCTION qualifier_do_not_call_added() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp AS $$
            DECLARE me integer := qualifier_user_id();
            BEGIN
              IF me IS NOT NULL THEN
                NEW.added_by_id := me;
                IF NOT {GIVEN_TIME_COUNTS} THEN
                  NEW.added_at := now();
                END IF;
              END IF;
              RETURN NEW;
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_do_not_call_added() FROM PUBLIC")
    op.execute(
        """CREATE TRIGGER do_not_call_added BEFORE INSERT ON do_not_call
           FOR EACH ROW EXECUTE FUNCTION qualifier_do_not_call_added()"""
    )


def _listed(kind: str, value: str) -> str:
    # domain.do_not_call.dnc_hash: SHA-256 of "kind:value" in lower case.
    return (
        "EXISTS (SELECT 1 FROM do_not_call WHERE value_hash = encode(sha256(convert_to("
        f"'{kind}:' || lower(trim({value})), 'UTF8')), 'hex'))"
    )


def _take_listed_out(schema: str, *, audited: bool) -> None:
    """0022's function; audited, with an audit row per lead taken out, in the caller's name
    (the owner's command line names the actor it is given)."""
    arguments = "phone text, email text, why text" + (
        ", reason text DEFAULT '', actor integer DEFAULT NULL" if audited else ""
    )
    taken = """UPDATE leads SET status = 'do_not_call', status_reason = why,
                       lease_owner_id = NULL, lease_expires_at = NULL, leased_at = NULL,
                       next_call_at = NULL, assigned_rep_id = NULL, updated_at = now(),
                       version = version + 1
                 WHERE (phone_e164 = phone OR email_normalized = lower(trim(email)))
                   AND status NOT IN ('do_not_call', 'merged')
                RETURNING id"""
    body = (
        f"""RETURN QUERY
                WITH taken AS ({taken}),
                audited AS (
                  INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, before,
                                         after, reason)
                  SELECT now(), coalesce(qualifier_user_id(), actor), 'lead.do_not_call',
                         'lead', taken.id::text, NULL, '{{"status": "do_not_call"}}'::jsonb,
                         coalesce(reason, '')
                    FROM taken)
                SELECT id FROM taken;"""
        if audited
        else f"RETURN QUERY {taken};"
    )
    op.execute(
        f"""CREATE FUNCTION qualifier_take_listed_out({arguments}) RETURNS SETOF integer
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp
            AS $$
            BEGIN
              IF (phone IS NOT NULL AND NOT {_listed("phone", "phone")})
                 OR (email IS NOT NULL AND NOT {_listed("email", "email")}) THEN
                RAISE EXCEPTION 'only contacts on the do-not-call list are taken out'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              {body}
            END $$"""
    )
    signature = "text, text, text" + (", text, integer" if audited else "")
    op.execute(f"REVOKE ALL ON FUNCTION qualifier_take_listed_out({signature}) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION qualifier_take_listed_out({signature}) TO {PEOPLE}")


def _leads_held(schema: str) -> None:
    op.execute(
        f"""CREATE FUNCTION qualifier_lead_worked_as_held() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, {schema}, pg_temp AS $$
            DECLARE me integer;
            BEGIN
              IF NOT ({_working("current_user")}) THEN
                RETURN NEW;
              END IF;
              me := qualifier_user_id();
              IF {_row("OLD")} IS DISTINCT FROM {_row("NEW")}
                 AND OLD.lease_owner_id IS DISTINCT FROM me THEN
                RAISE EXCEPTION 'the contacts of lead % are corrected on a call, by its holder',
                  OLD.id USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF NOT {GIVEN_TIME_COUNTS} THEN
                IF NEW.lease_expires_at IS DISTINCT FROM OLD.lease_expires_at THEN
                  NEW.lease_expires_at := least(NEW.lease_expires_at, now() + {LONGEST});
                END IF;
                IF NEW.leased_at IS DISTINCT FROM OLD.leased_at THEN
                  NEW.leased_at := least(NEW.leased_at, now());
                END IF;
              END IF;
              RETURN NEW;
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_lead_worked_as_held() FROM PUBLIC")
    op.execute(
        f"""CREATE TRIGGER leads_worked_as_held BEFORE UPDATE ON leads FOR EACH ROW
           WHEN (OLD.lease_expires_at IS DISTINCT FROM NEW.lease_expires_at
                 OR OLD.leased_at IS DISTINCT FROM NEW.leased_at
                 OR {_row("OLD")} IS DISTINCT FROM {_row("NEW")})
           EXECUTE FUNCTION qualifier_lead_worked_as_held()"""
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    _calls(schema)
    _do_not_call_entries(schema)
    op.execute("DROP FUNCTION qualifier_take_listed_out(text, text, text)")
    _take_listed_out(schema, audited=True)
    _leads_held(schema)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    op.execute("DROP TRIGGER leads_worked_as_held ON leads")
    op.execute("DROP FUNCTION qualifier_lead_worked_as_held()")
    op.execute("DROP FUNCTION qualifier_take_listed_out(text, text, text, text, integer)")
    _take_listed_out(schema, audited=False)
    op.execute("DROP TRIGGER do_not_call_added ON do_not_call")
    op.execute("DROP FUNCTION qualifier_do_not_call_added()")
    _calls_undone()
