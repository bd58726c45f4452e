"""least privilege, closer: grades, other reps' leads, pausing, the database's time, who keeps
the reference data, a team lead's reach

What a rep (or a team lead working leads) may write on a lead is narrowed further:
- the grade moves only with an outcome on a lead the person holds: to the grade its new
  status allows (sales-ready A or B, nurture C, disqualified D), to none, or, when an outcome
  is taken back, to the grade the lead's last earlier qualification gave; supervisors and
  administrators are not bound by it (a BEFORE UPDATE trigger);
- a rep changes only leads that are nobody else's: not assigned to another rep, and not
  held by another rep's lease that still runs (the claim takes expired leases): a BEFORE
  UPDATE trigger, since the policy sees only the new row;
- on a handoff a rep changes its delivery and status, never its partner, lead, grade or who
  qualified and routed it (column privileges; the partner is chosen when it is created).

Pausing a rep no longer opens users rows to team leads and supervisors (the policies
users_team_pause and users_supervisor_pause let them change anyone's lock-out and password
flags too): `qualifier_set_paused(user, paused, reason)`, SECURITY DEFINER, changes the pause
of one person who works leads, for a team lead only in their teams, and writes its audit row
with the caller as the actor. Nobody but an admin changes a pause column directly (a rep could
resume themselves).

Time that decides comes from the database: `qualifier_take_listed_out` stamps the leads it
takes out with now() (it took the caller's time), and `qualifier_take_back_call` refuses a
call that ended more than 30 s ago (the service's undo window, which only the service
checked). The sign-in role's audit row for an unknown login keeps nothing of what was typed
(it kept the text, which may be someone's name or password).

The center's reference data is written as the service layer allows, no more: the center row
by admins; campaigns by supervisors and admins; partners and their sales reps by supervisors,
admins and channel managers (a rep or team lead who is one: row-level security asks
`qualifier_is_channel_manager()`); teams, queues and queue memberships by admins and by team
leads for their own teams only (supervisors do not manage teams, but an import's scoring
rules may add a queue); who leads a team by admins only (a team lead who could add a row
there, or move a queue to their team, would read another team's leads).

A team lead's reach in the database is the service layer's (services/accounts/team_scope.py):
their teams' people and themselves, and the queues of their teams plus the queues without a
team that those people work.

Revision ID: 0022_i12_least_privilege
Revises: 0021_take_listed_out
Create Date: 2026-12-23 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0022_i12_least_privilege"
down_revision: str | Sequence[str] | None = "0021_take_listed_out"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept equal to domain/bant/assessment.py: recommended_grade.
GRADES_OF_STATUS = {"sales_ready": ("A", "B"), "nurture": ("C",), "disqualified": ("D",)}
HANDOFF_COLUMNS_OF_REPS = (
    "status, sent_at, deadline_at, reminded_at, accepted_at, rejected_at, reject_reason, "
    "sla_breached, pipeline_value, won_revenue, closed_on, lost_reason, last_update_at, "
    "delivery_attempts, delivered_at, delivery_channel, message_id, delivery_retry_at, "
    "delivery_flagged_at"
)
# The lead as it was is not assigned to another rep nor held by a lease of theirs that runs.
NOBODY_ELSES = (
    "(OLD.assigned_rep_id IS NULL OR OLD.assigned_rep_id = me) AND (OLD.lease_owner_id IS "
    "NULL OR OLD.lease_owner_id = me OR OLD.lease_expires_at <= now())"
)


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


# The triggers run as whoever changes the row (SECURITY INVOKER): a person's own statement is
# checked, a change made inside one of the owner's functions (which runs as the owner, e.g. a
# do-not-call taking another rep's lead out) is not.
_NOT_WORKING = (
    "pg_has_role(current_user, 'qualifier_supervisor', 'MEMBER') "
    "OR pg_has_role(current_user, 'qualifier_admin', 'MEMBER')"
)


def _grades(schema: str) -> None:
    allowed = " OR ".join(
        f"(NEW.status = '{status}' AND NEW.grade IN ({', '.join(repr(g) for g in grades)}))"
        for status, grades in GRADES_OF_STATUS.items()
    )
    decided = ", ".join(repr(status) for status in GRADES_OF_STATUS)
    op.execute(
        f"""CREATE FUNCTION qualifier_lead_grade() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, {schema} AS $$
            DECLARE me integer := qualifier_user_id();
            BEGIN
              IF me IS NULL OR {_NOT_WORKING}
                 OR NOT (pg_has_role(current_user, 'qualifier_rep', 'MEMBER')
                         OR pg_has_role(current_user, 'qualifier_team_lead', 'MEMBER')) THEN
                RETURN NEW;
              END IF;
              IF (OLD.lease_owner_id = me OR NEW.lease_owner_id = me)
                 AND NEW.status IS DISTINCT FROM OLD.status
                 AND (NEW.grade IS NULL OR {allowed}
                      OR (NEW.status NOT IN ({decided}) AND NEW.grade = (
                            SELECT grade FROM qualifications
                             WHERE lead_id = NEW.id AND created_at < now()
                             ORDER BY id DESC LIMIT 1))) THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'the grade of lead % is set by an outcome only', NEW.id
                USING ERRCODE = 'insufficient_privilege';
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_lead_grade() FROM PUBLIC")
    op.execute(
        """CREATE TRIGGER leads_grade BEFORE UPDATE OF grade ON leads FOR EACH ROW
           WHEN (OLD.grade IS DISTINCT FROM NEW.grade)
           EXECUTE FUNCTION qualifier_lead_grade()"""
    )


def _nobody_elses_leads(schema: str) -> None:
    # A trigger, not the policy's USING: the service locks the lead (FOR UPDATE, which that
    # USING would narrow) to tell the rep who has it now.
    op.execute(
        f"""CREATE FUNCTION qualifier_lead_of_nobody_else() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, {schema} AS $$
            DECLARE me integer;
            BEGIN
              IF NOT pg_has_role(current_user, 'qualifier_rep', 'MEMBER')
                 OR pg_has_role(current_user, 'qualifier_team_lead', 'MEMBER')
                 OR {_NOT_WORKING} THEN
                RETURN NEW;
              END IF;
              me := qualifier_user_id();
              IF me IS NULL OR ({NOBODY_ELSES}) THEN
                RETURN NEW;
              END IF;
              RAISE EXCEPTION 'lead % is another rep''s', OLD.id
                USING ERRCODE = 'insufficient_privilege';
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_lead_of_nobody_else() FROM PUBLIC")
    op.execute(
        """CREATE TRIGGER leads_of_nobody_else BEFORE UPDATE ON leads FOR EACH ROW
           WHEN (OLD.assigned_rep_id IS NOT NULL OR OLD.lease_owner_id IS NOT NULL)
           EXECUTE FUNCTION qualifier_lead_of_nobody_else()"""
    )


def _handoff_columns() -> None:
    op.execute("REVOKE UPDATE ON handoffs FROM qualifier_rep")
    op.execute(f"GRANT UPDATE ({HANDOFF_COLUMNS_OF_REPS}) ON handoffs TO qualifier_rep")


def _pause_function(schema: str) -> None:
    person = " OR ".join(
        f"pg_has_role(session_user, '{group}', 'MEMBER')"
        for group in (
            "qualifier_rep",
            "qualifier_team_lead",
            "qualifier_supervisor",
            "qualifier_admin",
        )
    )
    op.execute(
        f"""CREATE FUNCTION qualifier_set_paused(
              p_user integer, p_paused boolean, p_reason text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
            DECLARE me integer := qualifier_user_id(); was boolean; role text;
            BEGIN
              IF me IS NULL AND NOT (SELECT rolsuper FROM pg_roles
                                     WHERE rolname = session_user) AND ({person}) THEN
                RAISE EXCEPTION 'no active user signs in as %', session_user
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF me IS NOT NULL
                 AND NOT pg_has_role(session_user, 'qualifier_supervisor', 'MEMBER')
                 AND NOT pg_has_role(session_user, 'qualifier_admin', 'MEMBER')
                 AND NOT (pg_has_role(session_user, 'qualifier_team_lead', 'MEMBER')
                          AND p_user IN (SELECT qualifier_team_user_ids())) THEN
                RAISE EXCEPTION 'user % is not yours to pause', p_user
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              SELECT u.paused, u.role INTO was, role FROM users u WHERE u.id = p_user FOR UPDATE;
              IF NOT FOUND OR role NOT IN ('rep', 'team_lead') THEN
                RAISE EXCEPTION 'user % does not work leads', p_user
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF was = p_paused THEN
                RETURN;
              END IF;
              UPDATE users SET paused = p_paused WHERE id = p_user;
              INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, before, after,
                                     reason)
              VALUES (now(), me, CASE WHEN p_paused THEN 'rep.paused' ELSE 'rep.resumed' END,
                      'user', p_user::text, jsonb_build_object('paused', was),
                      jsonb_build_object('paused', p_paused), coalesce(p_reason, ''));
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_set_paused(integer, boolean, text) FROM PUBLIC")
    op.execute(
        "GRANT EXECUTE ON FUNCTION qualifier_set_paused(integer, boolean, text) "
        "TO qualifier_team_lead, qualifier_supervisor, qualifier_admin"
    )
    op.execute("DROP POLICY users_team_pause ON users")
    op.execute("DROP POLICY users_supervisor_pause ON users")
    op.execute(
        "REVOKE UPDATE (paused) ON users "
        "FROM qualifier_rep, qualifier_team_lead, qualifier_supervisor"
    )


def _pause_function_undone() -> None:
    op.execute(
        "GRANT UPDATE (paused) ON users TO qualifier_rep, qualifier_team_lead, qualifier_supervisor"
    )
    op.execute(
        "CREATE POLICY users_team_pause ON users FOR UPDATE TO qualifier_team_lead "
        "USING (id IN (SELECT qualifier_team_user_ids())) "
        "WITH CHECK (id IN (SELECT qualifier_team_user_ids()))"
    )
    op.execute(
        "CREATE POLICY users_supervisor_pause ON users FOR UPDATE TO qualifier_supervisor "
        "USING (true) WITH CHECK (true)"
    )
    op.execute("DROP FUNCTION qualifier_set_paused(integer, boolean, text)")


# Kept equal to services/workspace/undo.py: UNDO_SECONDS.
UNDO_SECONDS = 30
# Kept equal to 0019_i12_sign_in (services/accounts/users.py: FREE_FAILURES, MAX_LOCK).
FREE_FAILURES = 3
MAX_LOCK_SECONDS = 900
GATE = "qualifier_sign_in"
PEOPLE = ("qualifier_rep", "qualifier_team_lead", "qualifier_supervisor", "qualifier_admin")


def _listed(kind: str, value: str) -> str:
    # domain.do_not_call.dnc_hash: SHA-256 of "kind:value" in lower case.
    return (
        "EXISTS (SELECT 1 FROM do_not_call WHERE value_hash = encode(sha256(convert_to("
        f"'{kind}:' || lower(trim({value})), 'UTF8')), 'hex'))"
    )


def _take_listed_out(schema: str, *, callers_time: bool) -> None:
    """The function of 0021_take_listed_out; with callers_time, as it was (an `at` argument)."""
    arguments = "phone text, email text, why text" + (", at timestamptz" if callers_time else "")
    op.execute(
        f"""CREATE FUNCTION qualifier_take_listed_out({arguments}) RETURNS SETOF integer
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
            BEGIN
              IF (phone IS NOT NULL AND NOT {_listed("phone", "phone")})
                 OR (email IS NOT NULL AND NOT {_listed("email", "email")}) THEN
                RAISE EXCEPTION 'only contacts on the do-not-call list are taken out'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN QUERY
                UPDATE leads SET status = 'do_not_call', status_reason = why,
                       lease_owner_id = NULL, lease_expires_at = NULL, leased_at = NULL,
                       next_call_at = NULL, assigned_rep_id = NULL,
                       updated_at = {"at" if callers_time else "now()"},
                       version = version + 1
                 WHERE (phone_e164 = phone OR email_normalized = lower(trim(email)))
                   AND status NOT IN ('do_not_call', 'merged')
                RETURNING id;
            END $$"""
    )
    signature = "text, text, text" + (", timestamptz" if callers_time else "")
    op.execute(f"REVOKE ALL ON FUNCTION qualifier_take_listed_out({signature}) FROM PUBLIC")
    op.execute(
        f"GRANT EXECUTE ON FUNCTION qualifier_take_listed_out({signature}) TO {', '.join(PEOPLE)}"
    )


def _take_back_call(schema: str, *, window: bool) -> None:
    """The function of 0020_i19_take_back_call; with window, only within the undo window."""
    in_time = (
        f"""IF qualifier_user_id() IS NOT NULL
                 AND call.ended_at < now() - make_interval(secs => {UNDO_SECONDS}) THEN
                RAISE EXCEPTION 'call % ended more than {UNDO_SECONDS} s ago', attempt
                  USING ERRCODE = 'insufficient_privilege';
              END IF;"""
        if window
        else ""
    )
    op.execute(
        f"""CREATE OR REPLACE FUNCTION qualifier_take_back_call(attempt integer) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
            DECLARE
              call call_attempts%ROWTYPE;
            BEGIN
              SELECT * INTO call FROM call_attempts WHERE id = attempt;
              IF NOT FOUND THEN
                RETURN;
              END IF;
              IF qualifier_user_id() IS NOT NULL
                 AND call.rep_id IS DISTINCT FROM qualifier_user_id() THEN
                RAISE EXCEPTION 'call % is not yours to take back', attempt
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              {in_time}
              IF EXISTS (SELECT 1 FROM call_attempts
                         WHERE lead_id = call.lead_id AND id > attempt) THEN
                RAISE EXCEPTION 'call % is not the last call of its lead', attempt
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              DELETE FROM qualification_answers WHERE qualification_id IN (
                SELECT id FROM qualifications WHERE call_attempt_id = attempt);
              DELETE FROM qualifications WHERE call_attempt_id = attempt;
              DELETE FROM consents WHERE call_attempt_id = attempt;
              DELETE FROM handoff_events
                WHERE origin = 'check_call' AND at = call.ended_at
                  AND handoff_id IN (SELECT handoff_id FROM check_calls
                                     WHERE lead_id = call.lead_id);
              DELETE FROM call_attempts WHERE id = attempt;
            END $$"""
    )


def _qualifier_login(target: str) -> str:
    """0019_i12_sign_in's: a role the sign-in functions may lock or unlock, a person's."""
    members = " OR ".join(f"pg_has_role({target}, '{group}', 'MEMBER')" for group in PEOPLE)
    return (
        f"EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = {target} AND NOT r.rolsuper "
        f"AND NOT r.rolcreaterole AND NOT r.rolbypassrls AND NOT r.rolreplication) "
        f"AND {target} NOT IN ({', '.join(repr(g) for g in (*PEOPLE, GATE))}) AND ({members})"
    )


def _sign_in_failed(schema: str, *, keeps_typed: bool) -> None:
    """0019_i12_sign_in's function; with keeps_typed, as it was (the typed login audited)."""
    unknown = "left(lower(p_login), 64)" if keeps_typed else "''"
    op.execute(
        f"""CREATE OR REPLACE FUNCTION qualifier_sign_in_failed(p_login text) RETURNS integer
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
            DECLARE person users%ROWTYPE; lock integer := 0;
            BEGIN
              SELECT * INTO person FROM users WHERE db_role = lower(p_login) FOR UPDATE;
              IF NOT FOUND OR NOT ({_qualifier_login("person.db_role")}) THEN
                INSERT INTO audit_log (at, action, entity_type, entity_id, reason)
                VALUES (now(), 'login.failed', 'login', {unknown}, 'unknown login');
                RETURN 0;
              END IF;
              IF person.locked_until > now() THEN
                RETURN greatest(1, ceil(extract(epoch FROM person.locked_until - now())));
              END IF;
              IF person.failed_logins + 1 >= {FREE_FAILURES} THEN
                lock := least({MAX_LOCK_SECONDS},
                              5 * 2 ^ (person.failed_logins + 1 - {FREE_FAILURES}));
              END IF;
              UPDATE users SET failed_logins = failed_logins + 1,
                               locked_until = CASE WHEN lock > 0
                                              THEN now() + make_interval(secs => lock) END
               WHERE id = person.id;
              IF lock > 0 THEN
                EXECUTE format('ALTER ROLE %I NOLOGIN', person.db_role);
              END IF;
              INSERT INTO audit_log (at, action, entity_type, entity_id, after, reason)
              VALUES (now(), 'login.failed', 'user', person.id::text,
                      jsonb_build_object('failed_logins', person.failed_logins + 1,
                                         'locked_seconds', lock, 'by', 'database'),
                      'wrong password');
              RETURN lock;
            END $$"""
    )


def _the_databases_time(schema: str) -> None:
    op.execute("DROP FUNCTION qualifier_take_listed_out(text, text, text, timestamptz)")
    _take_listed_out(schema, callers_time=False)
    _take_back_call(schema, window=True)
    _sign_in_failed(schema, keeps_typed=False)


def _the_databases_time_undone(schema: str) -> None:
    _sign_in_failed(schema, keeps_typed=True)
    _take_back_call(schema, window=False)
    op.execute("DROP FUNCTION qualifier_take_listed_out(text, text, text)")
    _take_listed_out(schema, callers_time=True)


EVERYONE = ", ".join(PEOPLE)
LED_TEAMS = "SELECT qualifier_led_team_ids()"
# table -> (groups that lose INSERT, UPDATE, DELETE on it, groups that gain INSERT, UPDATE)
REFERENCE_WRITERS = {
    "center": (("qualifier_team_lead", "qualifier_supervisor"), ()),
    "campaigns": (("qualifier_team_lead",), ()),
    "team_leads": (("qualifier_team_lead", "qualifier_supervisor"), ()),
    "teams": (("qualifier_supervisor",), ()),
    "queues": (("qualifier_supervisor",), ()),  # but the scoring rules' new queues, below
    "queue_members": (("qualifier_supervisor",), ()),
    "partners": (("qualifier_team_lead",), ("qualifier_rep", "qualifier_team_lead")),
    "partner_reps": (("qualifier_team_lead",), ("qualifier_rep", "qualifier_team_lead")),
}
# table -> what a team lead may change there (USING, WITH CHECK)
OWN_TEAMS = {
    "teams": (f"id IN ({LED_TEAMS})", "true"),  # a new team, or one of theirs
    "queues": (f"team_id IN ({LED_TEAMS})", f"team_id IN ({LED_TEAMS})"),
    "queue_members": (
        "queue_id IN (SELECT qualifier_team_queue_ids())",
        "queue_id IN (SELECT qualifier_team_queue_ids()) "
        "AND user_id IN (SELECT qualifier_team_user_ids())",
    ),
}


def _reference_writers(schema: str) -> None:
    for table, (losing, gaining) in REFERENCE_WRITERS.items():
        op.execute(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {', '.join(losing)}")
        if gaining:
            op.execute(f"GRANT INSERT, UPDATE ON {table} TO {', '.join(gaining)}")
    op.execute(
        f"""CREATE FUNCTION qualifier_is_channel_manager() RETURNS boolean LANGUAGE sql STABLE
            SECURITY DEFINER SET search_path = pg_catalog, {schema} AS $$
              SELECT coalesce((SELECT is_channel_manager FROM users
                               WHERE id = qualifier_user_id()), false) $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_is_channel_manager() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION qualifier_is_channel_manager() TO {EVERYONE}")
    for table in ("partners", "partner_reps"):
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT TO {EVERYONE} USING (true)")
        op.execute(
            f"CREATE POLICY {table}_kept ON {table} TO qualifier_supervisor, qualifier_admin "
            "USING (true) WITH CHECK (true)"
        )
        # Every row passes USING: routing locks the partner it chooses (FOR UPDATE, which
        # UPDATE policies narrow) whoever routes; only a channel manager's change is kept.
        op.execute(
            f"CREATE POLICY {table}_channel_manager ON {table} FOR UPDATE "
            "TO qualifier_rep, qualifier_team_lead "
            "USING (true) WITH CHECK (qualifier_is_channel_manager())"
        )
        op.execute(
            f"CREATE POLICY {table}_channel_manager_adds ON {table} FOR INSERT "
            "TO qualifier_rep, qualifier_team_lead WITH CHECK (qualifier_is_channel_manager())"
        )
    # A supervisor's import or rescoring makes the queue its scoring rules name.
    op.execute("GRANT INSERT ON queues TO qualifier_supervisor")
    op.execute(
        "CREATE POLICY queues_of_scoring_rules ON queues FOR INSERT TO qualifier_supervisor "
        "WITH CHECK (true)"
    )
    for table, (using, check) in OWN_TEAMS.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_read ON {table} FOR SELECT TO {EVERYONE} USING (true)")
        op.execute(
            f"CREATE POLICY {table}_admin ON {table} TO qualifier_admin "
            "USING (true) WITH CHECK (true)"
        )
        op.execute(
            f"CREATE POLICY {table}_own_teams ON {table} TO qualifier_team_lead "
            f"USING ({using}) WITH CHECK ({check})"
        )


def _reference_writers_undone() -> None:
    for table in (*OWN_TEAMS, "partners", "partner_reps"):
        for policy in (
            op.get_bind()
            .exec_driver_sql(
                f"SELECT policyname FROM pg_policies WHERE tablename = '{table}' "
                "AND schemaname = current_schema()"
            )
            .scalars()
        ):
            op.execute(f'DROP POLICY "{policy}" ON {table}')
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP FUNCTION qualifier_is_channel_manager()")
    op.execute("REVOKE INSERT ON queues FROM qualifier_supervisor")
    for table, (losing, gaining) in REFERENCE_WRITERS.items():
        if gaining:
            op.execute(f"REVOKE INSERT, UPDATE ON {table} FROM {', '.join(gaining)}")
        op.execute(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {', '.join(losing)}")


def _team_scope(schema: str, *, as_services: bool) -> None:
    """qualifier_team_user_ids() and qualifier_team_queue_ids(); without as_services, as
    0012_roles made them."""
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"
    themselves = "UNION SELECT qualifier_user_id()" if as_services else ""
    op.execute(
        f"""CREATE OR REPLACE FUNCTION qualifier_team_user_ids() RETURNS SETOF integer
            LANGUAGE sql STABLE {definer} AS $$
              SELECT id FROM users WHERE team_id IN (SELECT qualifier_led_team_ids())
              {themselves} $$"""
    )
    teamless = (
        """UNION SELECT q.id FROM queues q JOIN queue_members m ON m.queue_id = q.id
                    WHERE q.team_id IS NULL AND m.user_id IN (SELECT qualifier_team_user_ids())"""
        if as_services
        else ""
    )
    op.execute(
        f"""CREATE OR REPLACE FUNCTION qualifier_team_queue_ids() RETURNS SETOF integer
            LANGUAGE sql STABLE {definer} AS $$
              SELECT id FROM queues WHERE team_id IN (SELECT qualifier_led_team_ids())
              {teamless} $$"""
    )


def upgrade() -> None:
    if not _is_postgresql():
        return
    schema = _schema()
    _grades(schema)
    _nobody_elses_leads(schema)
    _handoff_columns()
    _pause_function(schema)
    _the_databases_time(schema)
    _reference_writers(schema)
    _team_scope(schema, as_services=True)


def downgrade() -> None:
    if not _is_postgresql():
        return
    schema = _schema()
    _team_scope(schema, as_services=False)
    _reference_writers_undone()
    _the_databases_time_undone(schema)
    _pause_function_undone()
    op.execute("REVOKE UPDATE ON handoffs FROM qualifier_rep")
    op.execute("GRANT UPDATE ON handoffs TO qualifier_rep")
    op.execute("DROP TRIGGER leads_of_nobody_else ON leads")
    op.execute("DROP FUNCTION qualifier_lead_of_nobody_else()")
    op.execute("DROP TRIGGER leads_grade ON leads")
    op.execute("DROP FUNCTION qualifier_lead_grade()")
