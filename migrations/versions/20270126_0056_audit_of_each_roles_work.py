"""team leads, supervisors and administrators append only the audit rows their work writes

Found by a security tester signed in to PostgreSQL with psql: 0049_a_rep_keeps_to_held_leads
kept a rep's own statement to the audit actions a rep's work writes, but a team lead, a
supervisor or an administrator still appended rows with any action in their own name (a
forged "lead.handed_off" or "lead.sales_ready", or an administrator's "user.password_reset"
by a supervisor). What every person's rows already had stays: the actor is the person signed
in and the time the database's (0039_i12_people_write_their_own's `qualifier_audit_actor`).

Each role's own statement (the owner's functions still write any action for them, and their
first test returns early) now appends only the actions of the services' paths that role
reaches (the Actions of qualifier_app/domain/roles.py; a channel manager of any role also
records partner feedback and manages partners):

- a team lead: a rep's, with the board's moves, releases and pauses, their teams' queues and
  members and the work handed back with them, renaming and (de)activating their team, and
  the weekly publication;
- a supervisor: no work on leads themselves (no outcome, claim, take, undo, correction,
  qualification or work state), but imports and their merges, enrichment, rescoring and the
  scoring rules, exports, the board's moves, releases and pauses, the recycle, routing,
  sweeps, partners, their feedback and deliveries, campaigns, scripts, registries, a
  person's export and erasure request, the publication, sign-in and retention;
- an administrator: a supervisor's, with users, teams and queues, erasure, taking an entry
  off the do-not-call list, the calling rules and placing leads again, the check-call
  policy and the center.

For all of them, as for reps, a lead's row only for a lead changed in the same transaction
(an outcome's only with their own call on the lead in it), and a handoff's or check call's
only for one changed in it.

Revision ID: 0056_audit_of_each_roles_work
Revises: 0055_office_writes_as_its_paths
Create Date: 2027-01-26 09:00:00
"""

# ruff: noqa: S608 - DDL built from this migration's constants and the current schema name

from collections.abc import Sequence

from alembic import op

revision: str = "0056_audit_of_each_roles_work"
down_revision: str | Sequence[str] | None = "0055_office_writes_as_its_paths"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAFF = "qualifier_team_lead, qualifier_supervisor, qualifier_admin"
# Kept equal to 0048_a_group_is_no_owner's: the table's owner, whose functions act for people.
OWNER = (
    "(SELECT r.rolname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_roles r "
    "ON r.oid = c.relowner WHERE c.oid = TG_RELID)"
)
OUTCOMES = ("retry", "callback", "sales_ready", "nurture", "disqualify")
# Sign-in, one's own password, command-line sessions, retention, the shipped scripts
# installed when missing: everyone's.
EVERYONES = (
    "login.succeeded",
    "logout",
    "user.password_changed",
    "cli_session.opened",
    "cli_session.closed",
    "outbox.purged",
    "import_batch.rejects_purged",
    "script.installed",
)
# Routing, the SLA sweep, the recycle, the do-not-call list, and what a channel manager of
# any role does with the partners they manage.
ANYONES_LEADS = (
    "lead.recycled",
    "lead.not_recycled",
    "lead.do_not_call",
    "lead.handed_off",
    "lead.returned_for_routing",
    "lead.back_to_nurture",
    "do_not_call.added",
    "handoff.created",
    "handoff.override",
    "handoff.expired",
    "handoff.taken_back",
    "handoff.feedback",
    "handoff.awaiting_delivery",
    "handoff.delivered",
    "handoff.delivery_failed",
    "handoff.delivery_started",
    "handoff.delivery_unknown",
    "handoff.delivery_confirmed",
    "handoff.delivery_flagged",
    "handoff.delivery_resend",
    "handoff.reminded",
    "handoff.reminder_failed",
    "handoff.reminder_given_up",
    "handoff.reminder_unknown",
    "partner.added",
    "partner.changed",
    "partner_feedback.imported",
)
# WORK_LEADS: reps and team leads.
WORKING = (
    *(f"lead.{outcome}" for outcome in OUTCOMES),
    "lead.claimed",
    "lead.released",
    "lead.resumed",
    "lead.taken",
    "lead.outcome_undone",
    "contact.corrected",
    "consent.recorded",
    "qualification.recorded",
    "qualification.overruled",
    "agent_state.changed",
)
# Kept equal to 0049_a_rep_keeps_to_held_leads's REP_ACTIONS (in another order).
REP = (*WORKING, *ANYONES_LEADS, *EVERYONES)
# REASSIGN_LEADS, RELEASE_ANY_LEASE, PAUSE_REPS: team leads, supervisors, administrators.
BOARD = ("lead.reassigned", "lead.lease_released", "lead.released", "rep.paused", "rep.resumed")
# VIEW_REPORTS and MANAGE_PARTNERS.
OVERSIGHT = ("report.published", "report.publication_sent", "partners.imported")
# MANAGE_TEAMS for their own teams (services/admin/teams.py; only administrators add teams).
OWN_TEAMS = (
    "team.renamed",
    "team.activated",
    "team.deactivated",
    "queue.added",
    "queue.changed",
    "queue.closed",
    "queue.leads_moved",
    "queue.member_added",
    "queue.member_removed",
    "user.work_returned",
)
TEAM_LEAD = (*REP, *BOARD, *OVERSIGHT, *OWN_TEAMS)
SUPERVISOR = (
    *EVERYONES,
    *ANYONES_LEADS,
    *BOARD,
    *OVERSIGHT,
    # IMPORT_INQUIRIES (an import's end: finished, cancelled or failed), RESCORE_LEADS,
    # EXPORT_LEADS
    "inquiries.import_finished",
    "inquiries.import_cancelled",
    "inquiries.import_failed",
    "lead.created",
    "lead.merged",
    "lead.enriched",
    "lead.rescored",
    "leads.rescored",
    "queue.created",
    "firmographics.imported",
    "scoring_rules.saved",
    "leads.exported",
    # MANAGE_CAMPAIGNS, MANAGE_SCRIPTS, IMPORT_REGISTRY, EXPORT_PERSON
    "campaign.created",
    "campaign.changed",
    "script.saved",
    "dnc_registry.imported",
    "person.exported",
    "person.erasure_requested",
)
ADMIN = (
    *SUPERVISOR,
    *OWN_TEAMS,
    # MANAGE_USERS, MANAGE_TEAMS
    "user.added",
    "user.changed",
    "user.password_reset",
    "user.unlocked",
    "user.channel_manager",
    "team.added",
    # ERASE_PERSON, REMOVE_DO_NOT_CALL
    "person.erased",
    "lead.erased",
    "do_not_call.removed",
    # MANAGE_CALLING_RULES, MANAGE_CHECK_CALLS, MANAGE_CENTER
    "calling_holiday.added",
    "calling_holiday.removed",
    "calling_rule.saved",
    "calling_rule.removed",
    "retry_settings.saved",
    "lead.placed_again",
    "leads.placed_again",
    "check_call_policy.set",
    "check_call_policy.removed",
    "center.changed",
    "center.set_up",
)
# Check calls write `check_call.<status or outcome>` (services/check_calls): their sweep and
# follow-up are everyone's, their outcomes a rep's or team lead's.
CHECK_CALL_ACTIONS = "check_call.%"
# (group, its name in a refusal, its actions), the widest first: a person in two groups
# (none the application makes) writes what the wider allows.
GROUPS: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    ("qualifier_admin", "an administrator", ADMIN),
    ("qualifier_supervisor", "a supervisor", SUPERVISOR),
    ("qualifier_team_lead", "a team lead", TEAM_LEAD),
    ("qualifier_rep", "a rep", REP),
)
# Before: only a rep's statement was checked.
REPS_ONLY: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    *((group, name, None) for group, name, _ in GROUPS[:-1]),
    GROUPS[-1],
)


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def _listed(actions: tuple[str, ...]) -> str:
    return ", ".join(f"'{action}'" for action in sorted(set(actions)))


def _branch(n: int, group: str, name: str, actions: tuple[str, ...] | None) -> str:
    condition = f"{'IF' if n == 0 else 'ELSIF'} pg_has_role(session_user, '{group}', 'MEMBER')"
    if actions is None:
        return f"{condition} THEN\n                RETURN NEW;"
    return f"""{condition} THEN
                who := '{name}';
                allowed := NEW.action IN ({_listed(actions)})
                           OR NEW.action LIKE '{CHECK_CALL_ACTIONS}';"""


def _of_ones_work(schema: str, groups: tuple[tuple[str, str, tuple[str, ...] | None], ...]) -> None:
    """0049's trigger function, for each of `groups` with its own actions (None: not
    checked); other people's statements and the owner's functions are not checked."""
    branches = "\n              ".join(
        _branch(n, group, name, actions) for n, (group, name, actions) in enumerate(groups)
    )
    outcomes = ", ".join(f"'lead.{outcome}'" for outcome in OUTCOMES)
    entity = "NEW.entity_id::integer"
    op.execute(
        f"""CREATE OR REPLACE FUNCTION qualifier_audit_of_ones_work() RETURNS trigger
            LANGUAGE plpgsql SET search_path = pg_catalog, {schema}, pg_temp AS $$
            DECLARE who text; allowed boolean;
            BEGIN
              IF current_user = {OWNER}
                 OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
                RETURN NEW;
              END IF;
              {branches}
              ELSE
                RETURN NEW;
              END IF;
              IF NOT allowed THEN
                RAISE EXCEPTION '%''s audit rows are those of their own work, not %',
                  who, NEW.action USING ERRCODE = 'insufficient_privilege';
              END IF;
              IF (NEW.action LIKE 'lead.%' OR NEW.entity_type IN ('handoff', 'check_call'))
                 AND NOT (NEW.entity_id ~ '^[0-9]{{1,9}}$' AND (
                   (NEW.action LIKE 'lead.%' AND NEW.entity_type = 'lead'
                    AND qualifier_lead_fact('lead here', {entity}, NULL)
                    AND (NEW.action NOT IN ({outcomes})
                         OR qualifier_lead_fact('own call here', {entity}, NULL)))
                   OR (NEW.entity_type = 'handoff'
                       AND qualifier_lead_fact('handoff here', {entity}, NULL))
                   OR (NEW.entity_type = 'check_call'
                       AND qualifier_lead_fact('check call here', {entity}, NULL)))) THEN
                RAISE EXCEPTION 'an audit row of % % comes with its change, not on its own',
                  NEW.entity_type, NEW.entity_id USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN NEW;
            END $$"""
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # 0055 gave it to supervisors and administrators already; team leads had it from 0052.
    _of_ones_work(_schema(), GROUPS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _of_ones_work(_schema(), REPS_ONLY)
