"""a claim in a center without per-number call caps does not start the caps' machinery, the
last caller's trigger writes nothing when nothing changed, and leads keep one index fewer

PostgreSQL sets up every node of a plan before it runs any (opening and locking each index
it names), whether or not the node runs. `qualifier_claim_next` carried, in each of its
four picks, the per-number call caps (an `unnest` of the caps, and for each capped lead a
count of the calls to its number over `leads` and `call_attempts`): a fifth of the plan,
set up on every claim, in most centers for no cap at all. The claim now runs a statement
without them when the workstation passes no cap, and the full one otherwise; each keeps
its own generic plan.

The last caller's statement trigger on `call_attempts` found nothing left to write after
an outcome (which sets the last caller in its own update of the lead) but still set up an
UPDATE of `leads`, opening every index of the table. It now looks first, and writes only
when an attempt's rep is not yet the lead's last caller.

`ix_leads_inquired_at_campaign` (inquired_at, campaign_id) is a prefix of what
`ix_leads_report` (inquired_at, status, country, region, campaign_id, ...) holds: every
query by period, per campaign or not, is answered by the report index, and every write of
a lead's keyed columns wrote one entry more.

Revision ID: 0034_i17_lighter_claim
Revises: 0033_i17_one_lead_index_fewer
Create Date: 2027-01-04 09:00:00
"""

import re
from collections.abc import Sequence

from alembic import op

revision: str = "0034_i17_lighter_claim"
down_revision: str | Sequence[str] | None = "0033_i17_one_lead_index_fewer"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLAIM = "qualifier_claim_next"
LAST_CALLER = "leads_last_caller_added"
# The caps' condition, as each of the claim's four picks states it (0022_i17_claim).
CAPPED = re.compile(
    r"\s*AND NOT EXISTS \(\s*SELECT 1 FROM unnest\(p_cap_profiles, p_cap_hours, p_cap_calls\)"
    r".*?>= cap\.calls\)",
    re.S,
)
PICKS = 4
WITHOUT_CAPS = "IF cardinality(p_cap_profiles) = 0 THEN"
END = "END $function$"
# The last caller's UPDATE (0028_i17_rollup_changes), and what it now checks first.
CHANGED = (
    "IF EXISTS (SELECT 1 FROM added_rows x JOIN leads l ON l.id = x.lead_id "
    "WHERE l.last_caller_id IS DISTINCT FROM x.rep_id) THEN "
)


def _definition(function: str) -> str:
    return str(
        op.get_bind()
        .exec_driver_sql(f"SELECT pg_get_functiondef('{function}'::regproc)")
        .scalar_one()
    )


def _claim(forward: bool) -> None:
    definition = _definition(CLAIM)
    if (WITHOUT_CAPS in definition) == forward:
        raise RuntimeError(f"{CLAIM} is not as this migration expects")
    start = definition.index("RETURN QUERY" if forward else WITHOUT_CAPS)
    end = definition.index(END)
    body = definition[start:end].strip()
    if forward:
        lean, found = CAPPED.subn("", body)
        if found != PICKS:
            raise RuntimeError(f"{CLAIM} is not as this migration expects")
        body = f"{WITHOUT_CAPS}\n{lean}\nELSE\n{body}\nEND IF;"
    else:
        body = body[body.index("\nELSE\n") + len("\nELSE\n") : body.rindex("\nEND IF;")]
    op.execute(f"{definition[:start]}{body}\n{definition[end:]}")


def _last_caller(forward: bool) -> None:
    definition = _definition(LAST_CALLER)
    if forward:
        changed = definition.replace("BEGIN UPDATE", f"BEGIN {CHANGED}UPDATE", 1).replace(
            "RETURN NULL;", "END IF; RETURN NULL;", 1
        )
    else:
        changed = definition.replace(CHANGED, "", 1).replace("END IF; RETURN NULL;", "RETURN NULL;")
    if changed == definition:
        raise RuntimeError(f"{LAST_CALLER} is not as this migration expects")
    op.execute(changed)


def upgrade() -> None:
    op.drop_index("ix_leads_inquired_at_campaign", table_name="leads")
    if op.get_bind().dialect.name == "postgresql":
        _claim(forward=True)
        _last_caller(forward=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _last_caller(forward=False)
        _claim(forward=False)
    op.create_index("ix_leads_inquired_at_campaign", "leads", ["inquired_at", "campaign_id"])
