"""Composition root: settings → database → services. The only place that wires them."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from datetime import timedelta

from qualifier_app.demo.data import DemoService
from qualifier_app.domain.clock import Clock, DatabaseClock
from qualifier_app.domain.errors import InvalidInput, SchemaMismatch
from qualifier_app.domain.text import Message, message
from qualifier_app.integrations.mail import Outbox, SmtpMailer
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.engine import (
    describe,
    parse_database_url,
    sqlite_file_to_be_made,
)
from qualifier_app.persistence.person_login import (
    check_sign_in,
    close_for_good,
    open_as_person,
    replace_one_time,
    uses_database_logins,
)
from qualifier_app.services.accounts.cli_sessions import CliSessionService
from qualifier_app.services.accounts.database_sign_in import DatabaseSignIn
from qualifier_app.services.accounts.first_run import FirstRunService
from qualifier_app.services.accounts.passwords import check_new_password
from qualifier_app.services.accounts.staff import StaffService
from qualifier_app.services.accounts.user_list import PeopleList
from qualifier_app.services.accounts.users import AccountService, SignedIn
from qualifier_app.services.admin.audit import AuditService
from qualifier_app.services.admin.calling_rules import CallingRulesService
from qualifier_app.services.admin.campaigns import CampaignService
from qualifier_app.services.admin.center import CenterService
from qualifier_app.services.admin.retry_rules import RetryRulesService
from qualifier_app.services.admin.scoring_rules import ScoringRulesService
from qualifier_app.services.admin.scripts import ScriptService
from qualifier_app.services.admin.teams import TeamService
from qualifier_app.services.board.lead_table import LeadTableService
from qualifier_app.services.board.reassign import ReassignService
from qualifier_app.services.board.team_board import BoardService
from qualifier_app.services.check_calls.service import CheckCallService
from qualifier_app.services.compliance.do_not_call import DoNotCallService
from qualifier_app.services.compliance.outbox import prepare as prepare_outbox
from qualifier_app.services.compliance.person import PersonService
from qualifier_app.services.compliance.registries import RegistryService
from qualifier_app.services.compliance.retention import RetentionService
from qualifier_app.services.intake.enrichment import EnrichmentService
from qualifier_app.services.intake.history import ImportHistoryService
from qualifier_app.services.intake.inquiries import IntakeService
from qualifier_app.services.intake.scoring import LeadScoringService
from qualifier_app.services.intake.scoring_rules import database_rules
from qualifier_app.services.partners.delivery import DeliveryService
from qualifier_app.services.partners.directory import PartnerService
from qualifier_app.services.partners.feedback import HandoffService
from qualifier_app.services.partners.routing import RoutingService
from qualifier_app.services.partners.sla import SlaService
from qualifier_app.services.queue.claims import QueueService
from qualifier_app.services.queue.nurture import NurtureService
from qualifier_app.services.queue.placing import PlacingService
from qualifier_app.services.reports.lead_export import LeadExportService
from qualifier_app.services.reports.publication import PublicationService
from qualifier_app.services.reports.report_service import ReportService
from qualifier_app.services.workspace.lookup import LeadLookup
from qualifier_app.services.workspace.service import WorkspaceService
from qualifier_app.settings import Settings, default_database_url


@dataclass
class Services:
    settings: Settings
    db: Database
    clock: Clock
    accounts: AccountService
    queue: QueueService
    demo: DemoService
    intake: IntakeService
    enrichment: EnrichmentService
    import_history: ImportHistoryService
    scoring: LeadScoringService
    exports: LeadExportService
    workspace: WorkspaceService
    do_not_call: DoNotCallService
    registries: RegistryService
    nurture: NurtureService
    partners: PartnerService
    delivery: DeliveryService
    routing: RoutingService
    handoffs: HandoffService
    sla: SlaService
    reports: ReportService
    campaigns: CampaignService
    center: CenterService
    reassign: ReassignService
    board: BoardService
    lead_table: LeadTableService
    audit: AuditService
    scripts: ScriptService
    teams: TeamService
    staff: StaffService
    people_list: PeopleList
    first_run: FirstRunService
    person: PersonService
    retention: RetentionService
    scoring_rules: ScoringRulesService
    publication: PublicationService
    lookup: LeadLookup
    calling_rules: CallingRulesService
    placing: PlacingService
    retry_rules: RetryRulesService
    check_calls: CheckCallService

    def clock_notice(self) -> Message | None:
        """A warning for this workstation when its clock is more than a minute off the
        database's (measured on every transaction; no database call here)."""
        return self.clock.skew_notice() if isinstance(self.clock, DatabaseClock) else None

    cli_sessions: CliSessionService

    def close(self) -> None:
        self.db.dispose()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def refuse_a_missing_file(settings: Settings, *, own_too: bool = False) -> None:
    """A SQLite file named but not there is refused: opening it would leave an empty file
    behind the refusal, and a typo in the path is likelier than a new center (`qualifier
    setup` makes one). This machine's own database file is made on first use, unless
    `own_too` (a command that reads only, and makes nothing)."""
    missing = sqlite_file_to_be_made(settings.database_url)
    if missing is not None and (own_too or settings.database_url != default_database_url()):
        raise InvalidInput(
            message(
                "there is no database at {path}; `qualifier setup` sets up a new center there "
                "(`qualifier db upgrade` makes an empty one)",
                path=str(missing),
            ),
            "database_url",
        )


def open_database(settings: Settings) -> Database:
    """Connect and make sure the server answers; no schema check (for `db upgrade`)."""
    db = Database.from_url(
        settings.database_url, timeouts=settings.timeouts, connections=settings.connections
    )
    db.ping()
    return db


def _check_schema(settings: Settings, db: Database) -> None:
    try:
        schema.check(db.engine)
    except SchemaMismatch:
        # This machine's own database file is made on first use: a desktop app installed on
        # a new workstation opens at its first-run setup. Any other database is the DBA's.
        own = settings.database_url == default_database_url()
        if not (own and schema.create_if_empty(db.engine)):
            raise


def build(
    settings: Settings,
    clock: Clock | None = None,
    *,
    check_schema: bool = True,
    db: Database | None = None,
) -> Services:
    db = db or open_database(settings)
    if check_schema:
        try:
            _check_schema(settings, db)
            # This database's own outbox folder, with what it left in the one all shared.
            prepare_outbox(settings, db)
        except Exception:
            db.dispose()
            raise
    clock = clock or DatabaseClock()  # production time is the database's
    if isinstance(clock, DatabaseClock):
        # Read once here, it also tells how far this workstation's clock is off, for the
        # notice at sign-in.
        clock.observe(db.server_now())
    queue = QueueService(db, clock, settings.queue)
    delivery = DeliveryService(
        db, clock, settings.mail, Outbox(settings.outbox_dir), SmtpMailer(settings.mail)
    )
    routing = RoutingService(db, clock, settings.routing, delivery)
    accounts = AccountService(db, clock)
    staff = StaffService(db, clock)
    rules = database_rules(db)  # the newest saved version, else the shipped rules
    scoring = LeadScoringService(db, clock, rules)
    return Services(
        settings=settings,
        db=db,
        clock=clock,
        accounts=accounts,
        queue=queue,
        demo=DemoService(db, clock, settings.queue),
        intake=IntakeService(db, clock, settings.queue, data_dir=settings.data_dir, rules=rules),
        enrichment=EnrichmentService(db, clock, data_dir=settings.data_dir, rules=rules),
        import_history=ImportHistoryService(db, clock, settings.retention),
        scoring=scoring,
        exports=LeadExportService(db, clock),
        workspace=WorkspaceService(
            db, clock, queue, settings.queue, settings.retry, settings.workspace
        ),
        do_not_call=DoNotCallService(db, clock),
        registries=RegistryService(db, clock),
        nurture=NurtureService(db, clock),
        partners=PartnerService(db, clock, settings.data_dir),
        delivery=delivery,
        routing=routing,
        handoffs=HandoffService(db, clock, settings.routing, settings.data_dir),
        sla=SlaService(db, clock, delivery, routing),
        reports=ReportService(db, clock, settings.routing),
        campaigns=CampaignService(db, clock),
        center=CenterService(db, clock),
        reassign=ReassignService(db, clock),
        board=BoardService(
            db,
            clock,
            settings.queue,
            timedelta(seconds=settings.workspace.after_call_work_seconds),
            settings.connections.change_poll_seconds,
        ),
        lead_table=LeadTableService(db, clock),
        audit=AuditService(db, clock),
        scripts=ScriptService(db, clock),
        teams=TeamService(db, clock),
        staff=staff,
        people_list=PeopleList(accounts, staff),
        first_run=FirstRunService(db, clock),
        person=PersonService(
            db,
            clock,
            outbox=settings.outbox_dir,
            drafts=settings.drafts_dir,
            data_dir=settings.data_dir,
        ),
        retention=RetentionService(db, clock, settings.retention, outbox=settings.outbox_dir),
        cli_sessions=CliSessionService(db, clock, accounts),
        scoring_rules=ScoringRulesService(db, clock, scoring),
        publication=PublicationService(
            db,
            clock,
            settings.routing,
            settings.mail,
            settings.publication,
            delivery.outbox,
            SmtpMailer(settings.mail),
        ),
        lookup=LeadLookup(db, clock, settings.workspace.default_country),
        calling_rules=CallingRulesService(db, clock),
        placing=PlacingService(db, clock, settings.queue),
        retry_rules=RetryRulesService(db, clock, settings.retry, settings.queue),
        check_calls=CheckCallService(db, clock, routing),
    )


def settle_memory() -> None:
    """Move everything built so far out of the garbage collector's reach, once a person has
    signed in and their window is open: a full collection walks every live object, and with
    SQLAlchemy, Qt wrappers and the app's own objects that pass can hold every thread of the
    workstation for a tenth of a second or more."""
    gc.collect()
    gc.freeze()


def sign_in_person(
    settings: Settings, login: str, password: str, workstation: str = "", clock: Clock | None = None
) -> tuple[Services, SignedIn] | None:
    """On PostgreSQL, sign in by connecting as the person's own login role: the services
    returned act on that connection, with that role's grants and row-level security.
    None on SQLite, where `accounts.sign_in` checks the app's own password hashes."""
    if not uses_database_logins(settings.database_url):
        return None
    db = open_as_person(
        settings.database_url,
        login.strip().lower(),
        password,
        gate_password=settings.sign_in_password,
        timeouts=settings.timeouts,
        connections=settings.connections,
    )
    services = build(settings, clock, db=db)
    try:
        signed_in = DatabaseSignIn(db, services.clock).sign_in(login, workstation)
    except Exception:
        services.close()
        raise
    return services, signed_in


def choose_own_password(settings: Settings, login: str, one_time: str, chosen: str) -> None:
    """On PostgreSQL, the holder of a one-time password (which opens nothing) replaces it with
    their own, through the sign-in role; they sign in with `chosen` afterwards."""
    login = login.strip().lower()
    if chosen == one_time:
        raise InvalidInput(message("choose a new password, not the current one again"), "password")
    check_new_password(login, chosen)
    replace_one_time(settings.database_url, settings.sign_in_password, login, one_time, chosen)


@dataclass
class Entrance:
    """What a workstation has before anyone signs in. On SQLite (one machine) that is the
    app's own connection, which checks the passwords. On PostgreSQL it is only the server's
    address: each sign-in opens the person's own connection, with their role's rights."""

    settings: Settings
    services: Services | None = None

    @classmethod
    def of(cls, services: Services) -> Entrance:
        """Services handed in (tests, tools): on SQLite sign-ins use them; on PostgreSQL a
        sign-in still opens the person's own connection, on the same clock."""
        return cls(services.settings, services)

    @property
    def description(self) -> str:
        if self.services is not None:
            return self.services.db.description
        return describe(parse_database_url(self.settings.database_url))

    def check_before_sign_in(self) -> None:
        """What `qualifier gui --smoke` checks before anyone signs in. On PostgreSQL, where
        nothing is connected yet, the server answers, lets the sign-in role in with this
        workstation's sign_in_password, and holds the schema this version expects; on SQLite
        the entrance's own connection checked all that when it was made."""
        if self.services is None:
            check_sign_in(self.settings.database_url, self.settings.sign_in_password)

    def sign_in(
        self, login: str, password: str, workstation: str = ""
    ) -> tuple[Services, SignedIn]:
        clock = self.services.clock if self.services is not None else None
        signed = sign_in_person(self.settings, login, password, workstation, clock)
        if signed is not None:
            return signed
        assert self.services is not None  # an entrance without services is PostgreSQL's
        return self.services, self.services.accounts.sign_in(login, password, workstation)

    def choose_own_password(self, login: str, one_time: str, chosen: str) -> None:
        choose_own_password(self.settings, login, one_time, chosen)

    def sign_out(self, services: Services, signed_in: SignedIn) -> None:
        """Ends the session; the person's own connection is closed with it."""
        try:
            services.accounts.sign_out(signed_in)
        finally:
            if services is not self.services:
                close_for_good(services.db)

    def close(self) -> None:
        if self.services is not None:
            self.services.close()


def open_entrance(settings: Settings) -> Entrance:
    if uses_database_logins(settings.database_url):
        return Entrance(settings)
    return Entrance(settings, build(settings))
