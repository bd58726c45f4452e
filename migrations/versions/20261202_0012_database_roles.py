"""access where the data is: group roles, grants and row-level security (PostgreSQL only)

Four NOLOGIN group roles carry the privileges; each person signs in with a LOGIN role of
their own (named after the app login, stored in users.db_role) that is a member of one
group. Functions that must see more than their caller are SECURITY DEFINER, owned by the
schema owner, with a fixed search_path; they identify the caller by `session_user`, which a
client cannot change. Roles are cluster-wide: the downgrade takes their privileges in this
database away but leaves the roles themselves.

Revision ID: 0012_roles
Revises: 0011a
Create Date: 2026-12-02 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0012_roles"
down_revision: str | Sequence[str] | None = "0017_scoring_rules"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = ("qualifier_rep", "qualifier_team_lead", "qualifier_supervisor", "qualifier_admin")
ALL_GROUPS = ", ".join(GROUPS)
# Columns a rep's statements may change on a lead: not its score, grade, segment, campaign,
# queue, source or identity.
REP_LEAD_COLUMNS = (
    "company, company_key, first_name, last_name, person_key, title, phone_raw, phone_e164, "
    "phone_extension, phone_valid, email_raw, email_normalized, email_valid, website, "
    "country, region, city, postal_code, language, time_zones, calling_profile_id, "
    "field_sources, status, assigned_rep_id, lease_owner_id, lease_expires_at, leased_at, "
    "attempts, next_call_at, last_attempt_at, consent, consent_source, consent_at, "
    "recycle_on, status_reason, updated_at, version"
)
USER_COLUMNS_BUT_HASH = (
    "id, login, display_name, role, team_id, active, is_channel_manager, db_role, "
    "failed_logins, locked_until, paused, must_change_password, last_seen_at, created_at"
)
# domain/lifecycle.py at the time of this migration: (from, to) moves a lead may make.
LIFECYCLE = {
    "queued": ("queued", "callback", "nurture", "sales_ready", "disqualified", "do_not_call",
               "merged"),
    "callback": ("queued", "callback", "nurture", "sales_ready", "disqualified", "do_not_call"),
    "nurture": ("queued", "disqualified", "do_not_call", "nurture"),
    "sales_ready": ("handed_off", "nurture", "do_not_call", "queued"),
    "handed_off": ("sales_ready", "nurture", "do_not_call", "handed_off"),
    "disqualified": ("do_not_call", "queued"),
    "do_not_call": (),
    "merged": (),
}  # fmt: skip


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def _definer(schema: str) -> str:
    return f"SECURITY DEFINER SET search_path = pg_catalog, {schema}"


def _roles() -> None:
    for group in GROUPS:
        op.execute(
            f"""DO $$ BEGIN
                  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN
                    CREATE ROLE {group} NOLOGIN;
                  END IF;
                END $$"""
        )


def _who_functions(schema: str) -> None:
    op.execute(
        f"""CREATE FUNCTION qualifier_user_id() RETURNS integer LANGUAGE sql STABLE
            {_definer(schema)} AS $$
              SELECT id FROM users WHERE db_role = session_user AND active $$"""
    )
    op.execute(
        f"""CREATE FUNCTION qualifier_my_queue_ids() RETURNS SETOF integer LANGUAGE sql STABLE
            {_definer(schema)} AS $$
              SELECT queue_id FROM queue_members WHERE user_id = qualifier_user_id() $$"""
    )
    op.execute(
        f"""CREATE FUNCTION qualifier_led_team_ids() RETURNS SETOF integer LANGUAGE sql STABLE
            {_definer(schema)} AS $$
              SELECT team_id FROM team_leads WHERE user_id = qualifier_user_id()
              UNION SELECT team_id FROM users WHERE id = qualifier_user_id()
                                                AND role = 'team_lead'
                                                AND team_id IS NOT NULL $$"""
    )
    op.execute(
        f"""CREATE FUNCTION qualifier_team_queue_ids() RETURNS SETOF integer LANGUAGE sql
            STABLE {_definer(schema)} AS $$
              SELECT id FROM queues WHERE team_id IN (SELECT qualifier_led_team_ids()) $$"""
    )
    op.execute(
        f"""CREATE FUNCTION qualifier_team_user_ids() RETURNS SETOF integer LANGUAGE sql
            STABLE {_definer(schema)} AS $$
              SELECT id FROM users WHERE team_id IN (SELECT qualifier_led_team_ids()) $$"""
    )


def _audit_function(schema: str) -> None:
    # Whoever is connected is the actor of what they append: a row naming someone else is
    # refused, one naming nobody is theirs, and its time is the database's. The schema owner
    # (migrations, the administrator's command line) is not a person and names the actor.
    op.execute(
        f"""CREATE FUNCTION qualifier_audit_actor() RETURNS trigger LANGUAGE plpgsql
            {_definer(schema)} AS $$
            DECLARE me integer := qualifier_user_id();
            BEGIN
              IF me IS NULL
                 AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
                 AND (pg_has_role(session_user, 'qualifier_rep', 'MEMBER')
                  OR pg_has_role(session_user, 'qualifier_team_lead', 'MEMBER')
                  OR pg_has_role(session_user, 'qualifier_supervisor', 'MEMBER')
                  OR pg_has_role(session_user, 'qualifier_admin', 'MEMBER')) THEN
                RAISE EXCEPTION 'no active user signs in as %', session_user
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF me IS NOT NULL THEN
                IF NEW.actor_id IS NOT NULL AND NEW.actor_id <> me THEN
                  RAISE EXCEPTION 'an audit row names its own actor only'
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.actor_id := me;
                NEW.at := now();
              END IF;
              RETURN NEW;
            END $$"""
    )
    op.execute(
        """CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log FOR EACH ROW
           EXECUTE FUNCTION qualifier_audit_actor()"""
    )
    op.execute(
        f"""CREATE FUNCTION qualifier_audit_append(
              p_action text, p_entity_type text, p_entity_id text, p_before jsonb,
              p_after jsonb, p_reason text)
            RETURNS void LANGUAGE sql {_definer(schema)} AS $$
              INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, before,
                                     after, reason)
              VALUES (now(), qualifier_user_id(), p_action, p_entity_type, p_entity_id,
                      p_before, p_after, coalesce(p_reason, '')) $$"""
    )


def _login_function(schema: str) -> None:
    # What `user add` / `user set` / deactivate need of CREATEROLE, and nothing more: only
    # roles of people in the users table, never one outside the four groups.
    op.execute(
        f"""CREATE FUNCTION qualifier_manage_login(
              p_login text, p_group text, p_active boolean, p_verifier text)
            RETURNS void LANGUAGE plpgsql {_definer(schema)} AS $$
            DECLARE target pg_roles%ROWTYPE; g text;
            BEGIN
              IF p_group NOT IN ({", ".join(f"'{g}'" for g in GROUPS)}) THEN
                RAISE EXCEPTION 'no such group role: %', p_group
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              IF NOT EXISTS (SELECT 1 FROM users WHERE login = p_login) THEN
                RAISE EXCEPTION 'no user % to give a database login', p_login
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF p_verifier IS NOT NULL AND p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                RAISE EXCEPTION 'a password is given as a SCRAM-SHA-256 verifier'
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              SELECT * INTO target FROM pg_roles WHERE rolname = p_login;
              IF FOUND THEN
                IF target.rolsuper OR target.rolcreaterole OR target.rolbypassrls
                   OR target.rolcreatedb OR target.rolreplication
                   OR p_login IN ({", ".join(f"'{g}'" for g in GROUPS)})
                   OR NOT (pg_has_role(p_login, 'qualifier_rep', 'MEMBER')
                           OR pg_has_role(p_login, 'qualifier_team_lead', 'MEMBER')
                           OR pg_has_role(p_login, 'qualifier_supervisor', 'MEMBER')
                           OR pg_has_role(p_login, 'qualifier_admin', 'MEMBER')) THEN
                  RAISE EXCEPTION 'the database role % is not a Qualifier login', p_login
                    USING ERRCODE = 'insufficient_privilege';
                END IF;
              ELSE
                EXECUTE format('CREATE ROLE %I LOGIN', p_login);
              END IF;
              EXECUTE format('ALTER ROLE %I %s', p_login,
                             CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
              IF p_verifier IS NOT NULL THEN
                EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
              END IF;
              FOREACH g IN ARRAY ARRAY[{", ".join(f"'{g}'" for g in GROUPS)}] LOOP
                IF g <> p_group AND pg_has_role(p_login, g, 'MEMBER') THEN
                  EXECUTE format('REVOKE %I FROM %I', g, p_login);
                END IF;
              END LOOP;
              EXECUTE format('GRANT %I TO %I', p_group, p_login);
              UPDATE users SET db_role = p_login WHERE login = p_login;
            END $$"""
    )


def _lifecycle_trigger(schema: str) -> None:
    pairs = ", ".join(
        f"('{source}', '{target}')" for source, targets in LIFECYCLE.items() for target in targets
    )
    op.execute(
        f"""CREATE FUNCTION qualifier_lead_lifecycle() RETURNS trigger LANGUAGE plpgsql
            {_definer(schema)} AS $$
            BEGIN
              IF qualifier_user_id() IS NOT NULL AND NOT EXISTS (
                  SELECT 1 FROM (VALUES {pairs}) AS allowed(source, target)
                  WHERE source = OLD.status AND target = NEW.status) THEN
                RAISE EXCEPTION 'a lead that is % cannot become %', OLD.status, NEW.status
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END $$"""
    )
    op.execute(
        """CREATE TRIGGER leads_lifecycle BEFORE UPDATE OF status ON leads FOR EACH ROW
           WHEN (OLD.status IS DISTINCT FROM NEW.status)
           EXECUTE FUNCTION qualifier_lead_lifecycle()"""
    )


def _grants(schema: str) -> None:
    functions = (
        "qualifier_user_id()",
        "qualifier_my_queue_ids()",
        "qualifier_led_team_ids()",
        "qualifier_team_queue_ids()",
        "qualifier_team_user_ids()",
        "qualifier_audit_append(text, text, text, jsonb, jsonb, text)",
        "qualifier_manage_login(text, text, boolean, text)",
        "qualifier_lead_lifecycle()",
        "qualifier_audit_actor()",
    )
    for function in functions:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    for function in functions[:6]:
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {ALL_GROUPS}")
    op.execute(f"GRANT EXECUTE ON FUNCTION {functions[6]} TO qualifier_admin")

    op.execute(f"GRANT USAGE ON SCHEMA {schema} TO {ALL_GROUPS}")
    op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {ALL_GROUPS}")
    op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {ALL_GROUPS}")
    op.execute(
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} "
        "TO qualifier_team_lead, qualifier_supervisor, qualifier_admin"
    )
    rep_writes = (
        "call_attempts",
        "activity_by_day",
        "qualifications",
        "qualification_answers",
        "contact_corrections",
        "do_not_call",
        "handoffs",
        "handoff_events",
        "user_sessions",
        "touches",
        "sweep_leases",
    )
    for table in rep_writes:
        op.execute(f"GRANT INSERT, UPDATE ON {table} TO qualifier_rep")
    op.execute(f"GRANT UPDATE ({REP_LEAD_COLUMNS}) ON leads TO qualifier_rep")
    op.execute("REVOKE INSERT, UPDATE, DELETE ON leads FROM qualifier_team_lead")
    op.execute(f"GRANT UPDATE ({REP_LEAD_COLUMNS}, queue_id) ON leads TO qualifier_team_lead")

    # Nobody but the owner reads a password hash; only an admin writes one.
    op.execute(f"REVOKE ALL ON users FROM {ALL_GROUPS}")
    op.execute(f"GRANT SELECT ({USER_COLUMNS_BUT_HASH}) ON users TO {ALL_GROUPS}")
    op.execute(
        "GRANT UPDATE (failed_logins, locked_until, last_seen_at, paused, "
        f"must_change_password) ON users TO {ALL_GROUPS}"
    )
    op.execute("GRANT INSERT, UPDATE ON users TO qualifier_admin")

    # The audit log: appended (its actor checked by audit_log_actor), never changed.
    op.execute(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_log FROM {ALL_GROUPS}")
    op.execute(
        "GRANT INSERT (at, actor_id, action, entity_type, entity_id, before, after, reason) "
        f"ON audit_log TO {ALL_GROUPS}"
    )
    # Role memberships, the directory of partners and the center are not a rep's to change.
    op.execute(f"REVOKE TRUNCATE ON ALL TABLES IN SCHEMA {schema} FROM {ALL_GROUPS}")


def _policies() -> None:
    me = "qualifier_user_id()"
    everything = (
        "pg_has_role('qualifier_supervisor', 'MEMBER') OR pg_has_role('qualifier_admin', 'MEMBER')"
    )
    rep_sees = (
        f"queue_id IN (SELECT qualifier_my_queue_ids()) OR assigned_rep_id = {me} "
        f"OR lease_owner_id = {me}"
    )
    lead_sees = (
        "queue_id IN (SELECT qualifier_team_queue_ids()) "
        "OR assigned_rep_id IN (SELECT qualifier_team_user_ids()) "
        "OR lease_owner_id IN (SELECT qualifier_team_user_ids())"
    )
    op.execute("ALTER TABLE leads ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY leads_all ON leads TO {ALL_GROUPS} USING ({everything})")
    op.execute(
        f"CREATE POLICY leads_rep_read ON leads FOR SELECT TO qualifier_rep USING ({rep_sees})"
    )
    op.execute(
        f"""CREATE POLICY leads_rep_change ON leads FOR UPDATE TO qualifier_rep
            USING ({rep_sees})
            WITH CHECK ((lease_owner_id IS NULL OR lease_owner_id = {me})
                        AND (assigned_rep_id IS NULL OR assigned_rep_id = {me}))"""
    )
    op.execute(
        f"CREATE POLICY leads_team_read ON leads FOR SELECT TO qualifier_team_lead "
        f"USING ({lead_sees})"
    )
    op.execute(
        f"""CREATE POLICY leads_team_change ON leads FOR UPDATE TO qualifier_team_lead
            USING ({lead_sees})
            WITH CHECK ((queue_id IS NULL OR queue_id IN (SELECT qualifier_team_queue_ids()))
                        AND (assigned_rep_id IS NULL
                             OR assigned_rep_id IN (SELECT qualifier_team_user_ids()))
                        AND (lease_owner_id IS NULL
                             OR lease_owner_id IN (SELECT qualifier_team_user_ids())))"""
    )

    # A person's own sessions and user row are theirs to touch; admins manage everyone.
    op.execute("ALTER TABLE users ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY users_read ON users FOR SELECT TO {ALL_GROUPS} USING (true)")
    op.execute(
        f"CREATE POLICY users_own ON users FOR UPDATE TO {ALL_GROUPS} USING (id = {me}) "
        f"WITH CHECK (id = {me})"
    )
    op.execute(
        "CREATE POLICY users_admin ON users TO qualifier_admin USING (true) WITH CHECK (true)"
    )

    # The audit log shows a rep or team lead what they did and what happened to the leads
    # they may see; supervisors and admins read all of it.
    op.execute("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY audit_all ON audit_log FOR SELECT TO {ALL_GROUPS} USING ({everything})"
    )
    op.execute(
        f"CREATE POLICY audit_append ON audit_log FOR INSERT TO {ALL_GROUPS} WITH CHECK (true)"
    )
    op.execute(
        f"""CREATE POLICY audit_own ON audit_log FOR SELECT
            TO qualifier_rep, qualifier_team_lead
            USING (actor_id = {me} OR (entity_type = 'lead' AND EXISTS (
                     SELECT 1 FROM leads WHERE leads.id::text = audit_log.entity_id)))"""
    )


# What a lead's work leaves behind is seen by whoever may see the lead.
LEAD_CHILDREN = {
    "touches": "EXISTS (SELECT 1 FROM leads WHERE leads.id = touches.lead_id)",
    "call_attempts": "EXISTS (SELECT 1 FROM leads WHERE leads.id = call_attempts.lead_id)",
    "qualifications": "EXISTS (SELECT 1 FROM leads WHERE leads.id = qualifications.lead_id)",
    "contact_corrections": (
        "EXISTS (SELECT 1 FROM leads WHERE leads.id = contact_corrections.lead_id)"
    ),
    "handoffs": "EXISTS (SELECT 1 FROM leads WHERE leads.id = handoffs.lead_id)",
    "qualification_answers": (
        "EXISTS (SELECT 1 FROM qualifications "
        "WHERE qualifications.id = qualification_answers.qualification_id)"
    ),
    "handoff_events": (
        "EXISTS (SELECT 1 FROM handoffs WHERE handoffs.id = handoff_events.handoff_id)"
    ),
}


def _child_policies() -> None:
    everything = (
        "pg_has_role('qualifier_supervisor', 'MEMBER') OR pg_has_role('qualifier_admin', 'MEMBER')"
    )
    for table, visible in LEAD_CHILDREN.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {table}_all ON {table} TO {ALL_GROUPS} USING ({everything})")
        op.execute(
            f"CREATE POLICY {table}_of_lead ON {table} TO qualifier_rep, qualifier_team_lead "
            f"USING ({visible}) WITH CHECK ({visible})"
        )


def upgrade() -> None:
    if not _is_postgresql():
        return
    schema = _schema()
    _roles()
    _who_functions(schema)
    _audit_function(schema)
    _login_function(schema)
    _lifecycle_trigger(schema)
    _grants(schema)
    _policies()
    _child_policies()


def downgrade() -> None:
    if not _is_postgresql():
        return
    schema = _schema()
    for table in ("leads", "users", "audit_log", *LEAD_CHILDREN):
        for policy in (
            op.get_bind()
            .exec_driver_sql(
                f"SELECT policyname FROM pg_policies WHERE tablename = '{table}' "
                f"AND schemaname = '{schema}'"
            )
            .scalars()
        ):
            op.execute(f'DROP POLICY "{policy}" ON {table}')
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP TRIGGER leads_lifecycle ON leads")
    op.execute("DROP TRIGGER audit_log_actor ON audit_log")
    for function in (
        "qualifier_lead_lifecycle()",
        "qualifier_manage_login(text, text, boolean, text)",
        "qualifier_audit_append(text, text, text, jsonb, jsonb, text)",
        "qualifier_audit_actor()",
        "qualifier_team_user_ids()",
        "qualifier_team_queue_ids()",
        "qualifier_led_team_ids()",
        "qualifier_my_queue_ids()",
        "qualifier_user_id()",
    ):
        op.execute(f"DROP FUNCTION {function}")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {ALL_GROUPS}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {ALL_GROUPS}")
    op.execute(f"REVOKE ALL ON SCHEMA {schema} FROM {ALL_GROUPS}")
