"""people keep to their part: the national registry, consents and qualifications, audit keys,
partners, agent states, sign-in flags, who a login is, sweeps

Found by a security tester signed in to PostgreSQL as each person with psql:

- Team leads could delete numbers from the national do-not-call registry and make a stale
  snapshot look fresh; importing a registry is a supervisor's or an administrator's
  (IMPORT_REGISTRY): only they write `dnc_registry_numbers` and `dnc_registry_snapshots`.
- A rep could add consents in another rep's name, back-dated, for any lead they see, rewrite
  another rep's qualification, and set a lead's imported consent. Consents, qualifications
  and their answers are added now only with the caller's own call on that lead, written in
  the same transaction (an outcome writes them with its call; the call itself is the rep's
  to write only as the call rules allow), under the caller's name; the time a consent was
  recorded and a qualification made is the database's (unless the owner let given times
  count, as in 0039). Nobody changes them, but an administrator's erasure blanks their free
  text; nobody deletes them, but `qualifier_take_back_call` for the undo. Reps and team
  leads no longer write a lead's imported consent (`consent`, `consent_source`,
  `consent_at`): an import or a supervisor's edit sets it.
- Team leads and supervisors could delete (or change) `person_keys`, making sealed personal
  values in the audit log unreadable: erasure is an administrator's, and nobody changes a key.
- A channel manager could take any partner over (and with it its handoffs): a channel
  manager who is a rep or team lead changes only the partners they manage, adds a partner
  only for themselves (or nobody), never names another manager, and keeps the sales reps of
  their own partners only. Every row still passes the UPDATE policy's USING: routing locks the
  partner it chooses (FOR UPDATE) whoever routes; a trigger compares the row as it was.
- A team lead could write any rep's agent states: their teams' people and their own only.
- An administrator could swap `users.db_role` values and so append audit rows in another
  person's name: only `qualifier_manage_login` writes it (and a new user row comes without
  one), and nobody changes a user's id or login.
- Everyone could clear their own `must_change_password`, `failed_logins` and `locked_until`:
  a sign-in resets its own count through `qualifier_signed_in()` (not while a lock runs), a
  person's own password change clears the flag with the change itself
  (`qualifier_change_own_password`), and an administrator's unlock or password reset goes
  through `qualifier_reset_sign_in` (another person's lock only; a reset sets the flag, never
  clears it).
- `sweep_leases` let anyone renew a running lease for another day, again and again, or take
  over another workstation's running lease: a running lease is only released now (its expiry
  brought to now, by its holder); a lapsed one is taken for a day at most (0039).

Revision ID: 0046_people_keep_to_their_part
Revises: 0045_i12_calls_as_they_happen
Create Date: 2027-01-12 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0046_people_keep_to_their_part"
down_revision: str | Sequence[str] | None = "0045_i12_calls_as_they_happen"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PEOPLE = ("qualifier_rep", "qualifier_team_lead", "qualifier_supervisor", "qualifier_admin")
GROUPS = ", ".join(PEOPLE)
WORKERS = "qualifier_rep, qualifier_team_lead"
GATE = "qualifier_sign_in"
ME = "(SELECT qualifier_user_id())"
REGISTRY = ("dnc_registry_numbers", "dnc_registry_snapshots")
CONSENT_COLUMNS = "consent, consent_source, consent_at"
# What an administrator changes on a user row (services/accounts/staff.py, partners'
# channel managers, pausing); the sign-in columns go through the functions below.
ADMIN_USER_COLUMNS = (
    "display_name, role, team_id, active, is_channel_manager, password_hash, paused, last_seen_at"
)
SIGN_IN_COLUMNS = "failed_logins, locked_until, must_change_password"
# Kept equal to 0039_i12_people_write_their_own.
GIVEN_TIME_COUNTS = (
    "EXISTS (SELECT 1 FROM pg_catalog.pg_db_role_setting s "
    "WHERE s.setdatabase = (SELECT d.oid FROM pg_catalog.pg_database d "
    "WHERE d.datname = current_database()) AND s.setrole = 0 "
    "AND 'qualifier.clock=given' = ANY (s.setconfig))"
)
# A person's own statement, not one of the owner's functions acting for them (which run as
# the owner) nor the owner's or a superuser's connection.
A_PERSONS_STATEMENT = (
    "current_user = session_user AND ("
    + " OR ".join(f"pg_has_role(current_user, '{group}', 'MEMBER')" for group in PEOPLE)
    + ") AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
)
WORKING = (
    "(pg_has_role(current_user, 'qualifier_rep', 'MEMBER') "
    "OR pg_has_role(current_user, 'qualifier_team_lead', 'MEMBER')) "
    "AND NOT pg_has_role(current_user, 'qualifier_supervisor', 'MEMBER') "
    "AND NOT pg_has_role(current_user, 'qualifier_admin', 'MEMBER')"
)
# The caller's own call on the row's lead, written in this very transaction: an outcome
# writes its qualification and consents with the call.
THIS_CALL = (
    "EXISTS (SELECT 1 FROM call_attempts c WHERE c.id = {table}.call_attempt_id "
    f"AND c.lead_id = {{table}}.lead_id AND c.rep_id = {ME} "
    "AND c.xmin = pg_current_xact_id()::xid)"
)


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def _function(schema: str, signature: str, returns: str, body: str, *, definer: bool) -> None:
    security = "SECURITY DEFINER " if definer else ""
    op.execute(
        f"CREATE FUNCTION {signature} RETURNS {returns} LANGUAGE plpgsql {security}"
        f"SET search_path = pg_catalog, {schema}, pg_temp AS $$ {body} $$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")


def _registry() -> None:
    for table in REGISTRY:
        op.execute(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM qualifier_team_lead")


def _call_records(schema: str) -> None:
    for table in ("consents", "qualifications"):
        mine = " AND rep_id = (SELECT qualifier_user_id())" if table == "consents" else ""
        op.execute(
            f"CREATE POLICY {table}_with_own_call ON {table} AS RESTRICTIVE FOR INSERT "
            f"TO {GROUPS} WITH CHECK ({THIS_CALL.format(table=table)}{mine})"
        )
    op.execute(
        f"""CREATE POLICY qualification_answers_with_own_call ON qualification_answers
            AS RESTRICTIVE FOR INSERT TO {GROUPS}
            WITH CHECK (EXISTS (SELECT 1 FROM qualifications q
                                WHERE q.id = qualification_answers.qualification_id
                                AND q.xmin = pg_current_xact_id()::xid))"""
    )
    for table, column in (("consents", "recorded_at"), ("qualifications", "created_at")):
        _function(
            schema,
            f"qualifier_{table}_time()",
            "trigger",
            f"""BEGIN
              IF {A_PERSONS_STATEMENT} AND NOT {GIVEN_TIME_COUNTS} THEN
                NEW.{column} := now();
              END IF;
              RETURN NEW;
            END""",
            definer=False,
        )
        op.execute(
            f"CREATE TRIGGER {table}_time BEFORE INSERT ON {table} FOR EACH ROW "
            f"EXECUTE FUNCTION qualifier_{table}_time()"
        )
    for table, column in (
        ("qualifications", "overrule_reason"),
        ("qualification_answers", "value_text"),
    ):
        op.execute(f"REVOKE UPDATE, DELETE ON {table} FROM {GROUPS}")
        # Erasure blanks what was typed (services/compliance/person.py).
        op.execute(f"GRANT UPDATE ({column}) ON {table} TO qualifier_admin")
    op.execute(f"REVOKE UPDATE ({CONSENT_COLUMNS}) ON leads FROM {WORKERS}")


def _call_records_undone() -> None:
    op.execute(f"GRANT UPDATE ({CONSENT_COLUMNS}) ON leads TO {WORKERS}")
    for table, column in (
        ("qualifications", "overrule_reason"),
        ("qualification_answers", "value_text"),
    ):
        op.execute(f"REVOKE UPDATE ({column}) ON {table} FROM qualifier_admin")
        op.execute(f"GRANT UPDATE ON {table} TO {GROUPS}")
        op.execute(
            f"GRANT DELETE ON {table} TO qualifier_team_lead, qualifier_supervisor, qualifier_admin"
        )
    for table in ("consents", "qualifications"):
        op.execute(f"DROP TRIGGER {table}_time ON {table}")
        op.execute(f"DROP FUNCTION qualifier_{table}_time()")
        op.execute(f"DROP POLICY {table}_with_own_call ON {table}")
    op.execute("DROP POLICY qualification_answers_with_own_call ON qualification_answers")


def _person_keys() -> None:
    op.execute(
        "REVOKE UPDATE, DELETE ON person_keys FROM qualifier_team_lead, qualifier_supervisor"
    )
    op.execute("REVOKE UPDATE ON person_keys FROM qualifier_admin")


def _partners(schema: str) -> None:
    _function(
        schema,
        "qualifier_partner_of_channel_manager()",
        "trigger",
        f"""DECLARE me integer;
            BEGIN
              IF NOT ({WORKING}) THEN
                RETURN NEW;
              END IF;
              me := qualifier_user_id();
              IF TG_OP = 'INSERT' AND (NEW.channel_manager_id IS NULL
                                       OR NEW.channel_manager_id = me) THEN
                RETURN NEW;
              END IF;
              IF TG_OP = 'UPDATE' AND OLD.channel_manager_id = me
                 AND NEW.channel_manager_id = me THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'partner % is not yours to manage', coalesce(OLD.id, NEW.id)
                USING ERRCODE = 'insufficient_privilege';
            END""",
        definer=False,
    )
    op.execute(
        "CREATE TRIGGER partners_of_channel_manager BEFORE INSERT OR UPDATE ON partners "
        "FOR EACH ROW EXECUTE FUNCTION qualifier_partner_of_channel_manager()"
    )
    managed = "(SELECT channel_manager_id FROM partners WHERE id = {row}.partner_id) = me"
    _function(
        schema,
        "qualifier_partner_rep_of_channel_manager()",
        "trigger",
        f"""DECLARE me integer;
            BEGIN
              IF NOT ({WORKING}) THEN
                RETURN NEW;
              END IF;
              me := qualifier_user_id();
              IF {managed.format(row="NEW")}
                 AND (TG_OP = 'INSERT' OR {managed.format(row="OLD")}) THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'the partner of sales rep % is not yours to manage',
                coalesce(OLD.id, NEW.id) USING ERRCODE = 'insufficient_privilege';
            END""",
        definer=False,
    )
    op.execute(
        "CREATE TRIGGER partner_reps_of_channel_manager BEFORE INSERT OR UPDATE ON partner_reps "
        "FOR EACH ROW EXECUTE FUNCTION qualifier_partner_rep_of_channel_manager()"
    )


def _partners_undone() -> None:
    op.execute("DROP TRIGGER partner_reps_of_channel_manager ON partner_reps")
    op.execute("DROP FUNCTION qualifier_partner_rep_of_channel_manager()")
    op.execute("DROP TRIGGER partners_of_channel_manager ON partners")
    op.execute("DROP FUNCTION qualifier_partner_of_channel_manager()")


def _agent_states() -> None:
    op.execute("DROP POLICY agent_states_team ON agent_states")
    op.execute(
        "CREATE POLICY agent_states_team ON agent_states TO qualifier_team_lead "
        "USING (user_id IN (SELECT qualifier_team_user_ids())) "
        "WITH CHECK (user_id IN (SELECT qualifier_team_user_ids()))"
    )
    op.execute(
        "CREATE POLICY agent_states_kept ON agent_states "
        "TO qualifier_supervisor, qualifier_admin USING (true) WITH CHECK (true)"
    )


def _agent_states_undone() -> None:
    op.execute("DROP POLICY agent_states_kept ON agent_states")
    op.execute("DROP POLICY agent_states_team ON agent_states")
    op.execute(
        "CREATE POLICY agent_states_team ON agent_states "
        "TO qualifier_team_lead, qualifier_supervisor, qualifier_admin "
        "USING (true) WITH CHECK (true)"
    )


def _qualifier_login(target: str) -> str:
    """0019_i12_sign_in's: a role of a person, which the sign-in functions may change."""
    members = " OR ".join(f"pg_has_role({target}, '{group}', 'MEMBER')" for group in PEOPLE)
    return (
        f"EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = {target} AND NOT r.rolsuper "
        f"AND NOT r.rolcreaterole AND NOT r.rolbypassrls AND NOT r.rolreplication) "
        f"AND {target} NOT IN ({', '.join(repr(g) for g in (*PEOPLE, GATE))}) AND ({members})"
    )


def _users(schema: str) -> None:
    op.execute(
        f"REVOKE UPDATE ({SIGN_IN_COLUMNS}) ON users "
        "FROM qualifier_rep, qualifier_team_lead, qualifier_supervisor"
    )
    op.execute("REVOKE UPDATE ON users FROM qualifier_admin")
    op.execute(f"GRANT UPDATE ({ADMIN_USER_COLUMNS}) ON users TO qualifier_admin")
    _function(
        schema,
        "qualifier_user_without_login()",
        "trigger",
        f"""BEGIN
              IF {A_PERSONS_STATEMENT} AND NEW.db_role IS NOT NULL THEN
                RAISE EXCEPTION 'a login is given by qualifier_manage_login only'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END""",
        definer=False,
    )
    op.execute(
        "CREATE TRIGGER users_without_login BEFORE INSERT ON users FOR EACH ROW "
        "EXECUTE FUNCTION qualifier_user_without_login()"
    )
    _function(
        schema,
        "qualifier_signed_in()",
        "void",
        """BEGIN
              UPDATE users SET failed_logins = 0, locked_until = NULL
               WHERE id = qualifier_user_id()
                 AND (locked_until IS NULL OR locked_until <= now());
            END""",
        definer=True,
    )
    op.execute(f"GRANT EXECUTE ON FUNCTION qualifier_signed_in() TO {GROUPS}")
    _function(
        schema,
        "qualifier_change_own_password(p_verifier text)",
        "void",
        f"""DECLARE me integer := qualifier_user_id();
            BEGIN
              IF me IS NULL OR NOT ({_qualifier_login("session_user::text")}) THEN
                RAISE EXCEPTION 'only a person changes their own password here'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                RAISE EXCEPTION 'a password is given as a SCRAM-SHA-256 verifier'
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
              UPDATE users SET must_change_password = false WHERE id = me;
            END""",
        definer=True,
    )
    op.execute(f"GRANT EXECUTE ON FUNCTION qualifier_change_own_password(text) TO {GROUPS}")
    _function(
        schema,
        "qualifier_reset_sign_in(p_login text, p_must_change boolean)",
        "void",
        """DECLARE me integer := qualifier_user_id(); target integer;
            BEGIN
              SELECT id INTO target FROM users WHERE login = p_login FOR UPDATE;
              IF NOT FOUND THEN
                RETURN;
              END IF;
              IF me IS NOT NULL AND target = me AND NOT p_must_change THEN
                RAISE EXCEPTION 'nobody lifts their own lock-out'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              UPDATE users SET failed_logins = 0, locked_until = NULL,
                               must_change_password = must_change_password OR p_must_change
               WHERE id = target;
            END""",
        definer=True,
    )
    op.execute(
        "GRANT EXECUTE ON FUNCTION qualifier_reset_sign_in(text, boolean) TO qualifier_admin"
    )


def _users_undone() -> None:
    op.execute("DROP FUNCTION qualifier_reset_sign_in(text, boolean)")
    op.execute("DROP FUNCTION qualifier_change_own_password(text)")
    op.execute("DROP FUNCTION qualifier_signed_in()")
    op.execute("DROP TRIGGER users_without_login ON users")
    op.execute("DROP FUNCTION qualifier_user_without_login()")
    op.execute(f"REVOKE UPDATE ({ADMIN_USER_COLUMNS}) ON users FROM qualifier_admin")
    op.execute("GRANT UPDATE ON users TO qualifier_admin")
    op.execute(
        f"GRANT UPDATE ({SIGN_IN_COLUMNS}) ON users "
        "TO qualifier_rep, qualifier_team_lead, qualifier_supervisor"
    )


def _sweep_leases(schema: str) -> None:
    _function(
        schema,
        "qualifier_sweep_lease_runs()",
        "trigger",
        f"""BEGIN
              IF NOT ({A_PERSONS_STATEMENT}) OR OLD.expires_at <= now() THEN
                RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
              END IF;
              IF TG_OP = 'UPDATE' AND NEW.name = OLD.name AND NEW.holder = OLD.holder
                 AND NEW.expires_at <= now() THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'the sweep lease % runs: only its holder releases it', OLD.name
                USING ERRCODE = 'insufficient_privilege';
            END""",
        definer=False,
    )
    op.execute(
        "CREATE TRIGGER sweep_leases_run BEFORE UPDATE OR DELETE ON sweep_leases "
        "FOR EACH ROW EXECUTE FUNCTION qualifier_sweep_lease_runs()"
    )


def _sweep_leases_undone() -> None:
    op.execute("DROP TRIGGER sweep_leases_run ON sweep_leases")
    op.execute("DROP FUNCTION qualifier_sweep_lease_runs()")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    _registry()
    _call_records(schema)
    _person_keys()
    _partners(schema)
    _agent_states()
    _users(schema)
    _sweep_leases(schema)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _sweep_leases_undone()
    _users_undone()
    _agent_states_undone()
    _partners_undone()
    op.execute("GRANT UPDATE ON person_keys TO qualifier_admin")
    op.execute("GRANT UPDATE, DELETE ON person_keys TO qualifier_team_lead, qualifier_supervisor")
    _call_records_undone()
    for table in REGISTRY:
        op.execute(f"GRANT INSERT, UPDATE, DELETE ON {table} TO qualifier_team_lead")
