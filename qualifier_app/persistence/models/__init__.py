"""The data model of the whole refinery: intake, queue, qualification, handoff, audit.

The models declare no relationships, only foreign keys: services load what they need with
explicit queries and hand plain DTOs to the UI, so there is no lazy load to hide a query.
Importing this package registers every table on `Base.metadata` (alembic and the schema
check rely on that), and names every model for the rest of the app.
"""

from qualifier_app.persistence.models.audit import (
    AuditEntry,
    PersonKey,
)
from qualifier_app.persistence.models.base import (
    EXPRESSION_INDEXES,
    FRESH_SQL,
    NAMING_CONVENTION,
    Base,
    include_in_comparison,
)
from qualifier_app.persistence.models.calling import (
    ActivityDay,
    CallAttempt,
    Consent,
    ContactCorrection,
    DoNotCallEntry,
    Qualification,
    QualificationAnswer,
    RegistryNumber,
    RegistrySnapshot,
    RetrySettings,
    ScoringRulesVersion,
    Script,
    TakenBackCall,
)
from qualifier_app.persistence.models.check_calls import CheckCall, CheckCallPolicy
from qualifier_app.persistence.models.leads import (
    CallingHoliday,
    CallingProfile,
    CallingRule,
    Campaign,
    Firmographic,
    ImportBatch,
    Lead,
    LeadHandoffState,
    LeadStatusDay,
    LeadStatusDayChange,
    Touch,
)
from qualifier_app.persistence.models.partners import (
    Handoff,
    HandoffEvent,
    Partner,
    PartnerRep,
    Publication,
    SweepLease,
)
from qualifier_app.persistence.models.people import (
    AgentState,
    Center,
    CenterUtcOffset,
    CliSession,
    Queue,
    QueueMember,
    Team,
    TeamLead,
    User,
    UserSession,
)

__all__ = [
    "EXPRESSION_INDEXES",
    "FRESH_SQL",
    "NAMING_CONVENTION",
    "ActivityDay",
    "AgentState",
    "AuditEntry",
    "Base",
    "CallAttempt",
    "CallingHoliday",
    "CallingProfile",
    "CallingRule",
    "Campaign",
    "Center",
    "CenterUtcOffset",
    "CheckCall",
    "CheckCallPolicy",
    "CliSession",
    "Consent",
    "ContactCorrection",
    "DoNotCallEntry",
    "Firmographic",
    "Handoff",
    "HandoffEvent",
    "ImportBatch",
    "Lead",
    "LeadHandoffState",
    "LeadStatusDay",
    "LeadStatusDayChange",
    "Partner",
    "PartnerRep",
    "PersonKey",
    "Publication",
    "Qualification",
    "QualificationAnswer",
    "Queue",
    "QueueMember",
    "RegistryNumber",
    "RegistrySnapshot",
    "RetrySettings",
    "ScoringRulesVersion",
    "Script",
    "SweepLease",
    "TakenBackCall",
    "Team",
    "TeamLead",
    "Touch",
    "User",
    "UserSession",
    "include_in_comparison",
]
