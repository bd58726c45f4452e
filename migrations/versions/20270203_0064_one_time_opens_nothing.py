"""a one-time password is no database password: it only lets its holder choose their own

Found trying a new person's first sign-in with psql: an administrator's one-time password (a
new person's, or a reset's) was set as the login role's database password, so whoever held it
(the administrator, or anyone who read the note it was handed on) could connect with any
PostgreSQL client and work as that person, with all their rights, for as long as nobody
signed in to the app, which alone made them choose their own first.

Now a one-time password leaves the login role with no password at all: no client can sign in
as the person. The database keeps only a digest of it, out of every person's reach, and the
sign-in role may do one thing with it: replace it with the password its holder chooses
(`qualifier_one_time_replace`), checked against the digest, counted like a wrong password
when it does not match, audited as the person's own change. When a sign-in is refused, the
workstation asks `qualifier_sign_in_refused` whether what was typed is the login's one-time
password (it says so, and counts nothing) or a wrong one (counted, as
`qualifier_sign_in_failed` does); it also says when the center has nobody to sign in yet, so
that signing in to a database nobody set up says what to do instead of "wrong password".

What reaches the server is never the password: the workstation sends a proof, SHA-256 of the
password salted with the login, and the database keeps SHA-256 of the proof (a statement log
shows at most a proof, which is used up by the change it makes).

People given a one-time password before this upgrade keep it as their database password until
they choose their own, as before.

Revision ID: 0064_one_time_opens_nothing
Revises: 0062_report_exports_audited
Create Date: 2027-02-03 09:00:00
"""

# ruff: noqa: S608 - SQL built from this migration's constants

from collections.abc import Sequence

from alembic import op

revision: str = "0064_one_time_opens_nothing"
down_revision: str | Sequence[str] | None = "0062_report_exports_audited"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GATE = "qualifier_sign_in"
PEOPLE = ("qualifier_rep", "qualifier_team_lead", "qualifier_supervisor", "qualifier_admin")
DIGEST = "encode(sha256(decode({proof}, 'hex')), 'hex')"


def _qualifier_login(target: str) -> str:
    """0019_i12_sign_in's: a role of a person, which the sign-in functions may change."""
    members = " OR ".join(f"pg_has_role({target}, '{group}', 'MEMBER')" for group in PEOPLE)
    return (
        f"EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = {target} AND NOT r.rolsuper "
        f"AND NOT r.rolcreaterole AND NOT r.rolbypassrls AND NOT r.rolreplication) "
        f"AND {target} NOT IN ({', '.join(repr(g) for g in (*PEOPLE, GATE))}) AND ({members})"
    )


def _matches(proof: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM one_time_passwords o WHERE o.user_id = person.id "
        f"AND o.digest = {DIGEST.format(proof=proof)})"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    definer = f"SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp"
    op.execute(
        """CREATE TABLE one_time_passwords (
             user_id integer PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
             digest text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
             given_at timestamptz NOT NULL DEFAULT now())"""
    )
    # The owner's alone: no grant to anyone.
    op.execute("REVOKE ALL ON one_time_passwords FROM PUBLIC")
    # An administrator gives `p_login` a one-time password: its login role loses its password
    # (no client signs in as the person), the digest waits for its holder.
    op.execute(
        f"""CREATE FUNCTION qualifier_give_one_time(p_login text, p_digest text) RETURNS void
            LANGUAGE plpgsql {definer} AS $$
            DECLARE person users%ROWTYPE;
            BEGIN
              SELECT * INTO person FROM users WHERE login = p_login AND db_role = p_login
                FOR UPDATE;
              IF NOT FOUND OR NOT ({_qualifier_login("person.db_role")}) THEN
                RAISE EXCEPTION 'no person of this database signs in as %', p_login
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF person.id = qualifier_user_id() THEN
                RAISE EXCEPTION 'nobody gives themselves a one-time password'
                  USING ERRCODE = 'insufficient_privilege';
              END IF;
              EXECUTE format('ALTER ROLE %I PASSWORD NULL', person.db_role);
              INSERT INTO one_time_passwords (user_id, digest) VALUES (person.id, p_digest)
                ON CONFLICT (user_id) DO UPDATE SET digest = EXCLUDED.digest,
                                                    given_at = EXCLUDED.given_at;
              UPDATE users SET must_change_password = true, failed_logins = 0,
                               locked_until = NULL
               WHERE id = person.id;
            END $$"""
    )
    # A refused sign-in: -1 when what was typed is the login's one-time password (nothing
    # counted: its holder is to choose their own), -2 when the center has nobody yet (it was
    # never set up), else counted as a wrong password.
    op.execute(
        f"""CREATE FUNCTION qualifier_sign_in_refused(p_login text, p_proof text)
            RETURNS integer LANGUAGE plpgsql {definer} AS $$
            DECLARE person users%ROWTYPE;
            BEGIN
              IF NOT EXISTS (SELECT 1 FROM users) THEN
                RETURN -2;
              END IF;
              SELECT * INTO person FROM users WHERE db_role = lower(p_login);
              IF FOUND AND person.active AND NOT coalesce(person.locked_until > now(), false)
                 AND ({_qualifier_login("person.db_role")}) AND {_matches("p_proof")} THEN
                RETURN -1;
              END IF;
              RETURN qualifier_sign_in_failed(p_login);
            END $$"""
    )
    # The holder of a one-time password chooses their own (a SCRAM verifier): the login role
    # takes it, the one-time password is used up, the change is the person's own in the
    # audit. A proof that does not match counts as a wrong password.
    op.execute(
        f"""CREATE FUNCTION qualifier_one_time_replace(p_login text, p_proof text,
                                                        p_verifier text)
            RETURNS boolean LANGUAGE plpgsql {definer} AS $$
            DECLARE person users%ROWTYPE;
            BEGIN
              IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                RAISE EXCEPTION 'a password is given as a SCRAM-SHA-256 verifier'
                  USING ERRCODE = 'invalid_parameter_value';
              END IF;
              SELECT * INTO person FROM users WHERE db_role = lower(p_login) FOR UPDATE;
              IF NOT FOUND OR NOT person.active OR coalesce(person.locked_until > now(), false)
                 OR NOT ({_qualifier_login("person.db_role")})
                 OR NOT {_matches("p_proof")} THEN
                PERFORM qualifier_sign_in_failed(p_login);
                RETURN false;
              END IF;
              EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', person.db_role, p_verifier);
              DELETE FROM one_time_passwords WHERE user_id = person.id;
              UPDATE users SET must_change_password = false, failed_logins = 0
               WHERE id = person.id;
              INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, after, reason)
              VALUES (now(), person.id, 'user.password_changed', 'user', person.id::text,
                      jsonb_build_object('by', 'self', 'replaced', 'one-time password'), '');
              RETURN true;
            END $$"""
    )
    op.execute("REVOKE ALL ON FUNCTION qualifier_give_one_time(text, text) FROM PUBLIC")
    op.execute("GRANT EXECUTE ON FUNCTION qualifier_give_one_time(text, text) TO qualifier_admin")
    for function in (
        "qualifier_sign_in_refused(text, text)",
        "qualifier_one_time_replace(text, text, text)",
    ):
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {GATE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION qualifier_one_time_replace(text, text, text)")
    op.execute("DROP FUNCTION qualifier_sign_in_refused(text, text)")
    op.execute("DROP FUNCTION qualifier_give_one_time(text, text)")
    op.execute("DROP TABLE one_time_passwords")
