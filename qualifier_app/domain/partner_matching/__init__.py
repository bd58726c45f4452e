"""Which partner gets a sales-ready lead (docs/domain.md, "Partner selection").

The policy, in the order it is applied:

1. **Eligible.** The partner is active, has a sales rep to send the lead to, covers the
   lead's geography, sells its product, serves its segment, has capacity left (open
   handoffs, and handoffs in the last 7 days), and has not declined this lead. Letting the
   acceptance SLA run out counts as declining.
   Coverage narrows from country to region to postal code: the lead's country must be one
   of the partner's countries (a region such as "US-CA" implies its country); if the partner
   lists regions in that country, the lead's region must be one of them; if it lists
   postal-code prefixes ("941", or "US:941" for one country only), the lead's postal code
   must start with one. An empty product or segment list means "all of them".
2. **Already with a partner.** If the same company or contact was handed to an eligible
   partner within the last N days (`same_account_days`), that partner comes first: one
   account, one partner, no channel conflict.
3. **Fair rotation weighted by performance.** Every other eligible partner is ranked by its
   deficit: the share of recent leads (`rotation_days`) it is owed, minus what it received.
   Its owed share is proportional to its weight, so equal partners get equal shares and no
   partner is always first, and better partners get proportionally more. The weight is the
   partner's performance score, a mix of acceptance speed (35 %), reporting on its leads
   (40 %) and win rate (25 %), and, once check calls have reached its customers, what they
   say (contacted by the partner, satisfaction); the weights are settings. A floor for new
   partners keeps them from being starved before they can prove themselves, and a minimum
   holds for everybody.
4. **Explained.** Every ranked partner carries a plain "why this partner" text.

Everything here is pure: the services measure the inputs and store the outcome.
"""

from __future__ import annotations

from qualifier_app.domain.partner_matching.eligibility import (
    LIST_OUTSIDERS,
    Covered,
    Directory,
    Exclusion,
    Screened,
    geography,
    load_reasons,
    screen,
)
from qualifier_app.domain.partner_matching.inputs import (
    NEUTRAL,
    WEEK_DAYS,
    LeadFacts,
    PartnerEntry,
    PartnerLoad,
    Performance,
    RoutingPolicy,
    Track,
    normalize_postal,
    normalize_word,
    performance,
)
from qualifier_app.domain.partner_matching.ranking import (
    Match,
    PriorHandoff,
    Ranked,
    match,
    match_all,
)

__all__ = [
    "LIST_OUTSIDERS",
    "NEUTRAL",
    "WEEK_DAYS",
    "Covered",
    "Directory",
    "Exclusion",
    "LeadFacts",
    "Match",
    "PartnerEntry",
    "PartnerLoad",
    "Performance",
    "PriorHandoff",
    "Ranked",
    "RoutingPolicy",
    "Screened",
    "Track",
    "geography",
    "load_reasons",
    "match",
    "match_all",
    "normalize_postal",
    "normalize_word",
    "performance",
    "screen",
]
