"""Finding a lead by phone in any format, e-mail, name or company prefix, opening its record,
and taking a found lead to work it (an inbound call: the prospect is on the line).

Every search is one or a few single-index look-ups: the phone as E.164 on ix_leads_phone_e164,
an e-mail or the start of one on ix_leads_email_normalized (the column is kept lower-case; see
migration 0036), a name's or company's prefix on lower(column) text_pattern_ops on PostgreSQL
and on the column in NOCASE collation on SQLite (see migration 0017). Each prefix runs as its
own statement, so each keeps its index whatever the planner thinks of an OR. The one OR is of
ranges on a single index: a surname after its particle ("Silva" in "da Silva"), each range a
probe of the last name's index.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import datetime, timedelta
from functools import cache
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, bindparam, false, func, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from qualifier_app.domain.clock import Clock
from qualifier_app.domain.contact import check_email, check_phone
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound
from qualifier_app.domain.lifecycle import CLAIMABLE, LeadStatus
from qualifier_app.domain.normalize import SURNAME_PARTICLES, company_key, person_key
from qualifier_app.domain.numbers import LARGEST_WHOLE
from qualifier_app.domain.roles import Action, Actor
from qualifier_app.domain.text import message
from qualifier_app.persistence import queue_sql
from qualifier_app.persistence.database import Database
from qualifier_app.persistence.models import Handoff, Lead, Partner, User
from qualifier_app.services.frame import Frame
from qualifier_app.services.workspace.lead_record import lead_record
from qualifier_app.services.workspace.lead_record_dto import LeadHit, LeadRecord, LookupResult
from qualifier_app.services.workspace.outbound import OutboundRules
from qualifier_app.settings import QueuePolicy

MAX_HITS = 50
PHONE_CHARACTERS = frozenset(string.digits + "+-(). /x")
MIN_PHONE_DIGITS = 5
MIN_PREFIX = 2
# Above every character a name can hold: `prefix <= value < prefix + TOP` is "starts with".
TOP = "\U0010ffff"

# A surname stored with its particles starts with one of these; a rep looks up "Silva" or
# "Heide" as the prospect says it on the phone.
PARTICLE_RUNS = (
    *sorted(SURNAME_PARTICLES),
    *("van der", "van den", "van de", "von der", "von dem", "von den", "de la", "de las"),
    *("de los", "de le", "van het", "in der", "in den", "auf der"),
)  # fmt: skip

Condition = ColumnElement[bool]


class Probe(NamedTuple):
    """One statement of a lookup: what it matches on, its condition, the values it binds."""

    label: str
    condition: Condition
    values: Mapping[str, str] = {}


# What a hit shows: a few columns, not the whole lead.
HIT_COLUMNS = (
    Lead.id,
    Lead.company,
    Lead.first_name,
    Lead.last_name,
    Lead.phone_e164,
    Lead.phone_raw,
    Lead.email_normalized,
    Lead.email_raw,
    Lead.status,
)


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def starts_with(
    column: InstrumentedAttribute[str] | InstrumentedAttribute[str | None],
    prefix: str,
    postgres: bool,
) -> Condition:
    """lower(column) starts with `prefix`, written so that the lookup index serves it."""
    if postgres:
        return func.lower(column).like(_like_escaped(prefix) + "%", escape="\\")
    folded = column.collate("NOCASE")
    return and_(folded >= prefix, folded < prefix + TOP)


@cache
def _after_a_particle(postgres: bool) -> Condition:
    """The surname starts with one of PARTICLE_RUNS and then what was typed: a range of the
    surname's index for each run, built once, the typed prefix bound at each lookup
    (`_after_a_particle_values`); built afresh, the forty ranges cost more than the look-up."""
    runs = range(len(PARTICLE_RUNS))
    if postgres:
        folded = func.lower(Lead.last_name)
        return or_(*(folded.like(bindparam(f"from_{i}"), escape="\\") for i in runs))
    collated = Lead.last_name.collate("NOCASE")
    return or_(
        *(and_(collated >= bindparam(f"from_{i}"), collated < bindparam(f"to_{i}")) for i in runs)
    )


def _after_a_particle_values(prefix: str, postgres: bool) -> dict[str, str]:
    values: dict[str, str] = {}
    for i, run in enumerate(PARTICLE_RUNS):
        start = f"{run} {prefix}"
        if postgres:
            values[f"from_{i}"] = _like_escaped(start) + "%"
        else:
            values[f"from_{i}"], values[f"to_{i}"] = start, start + TOP
    return values


def lower_case_starts_with(
    column: InstrumentedAttribute[str | None], prefix: str, postgres: bool
) -> Condition:
    """A column the application keeps lower-case starts with `prefix` (lower-case too),
    written so that the column's own index serves it."""
    if postgres:
        return column.like(_like_escaped(prefix) + "%", escape="\\")
    return and_(column >= prefix, column < prefix + TOP)


def _written_as_a_phone(query: str) -> bool:
    """Only phone characters, or a number the way the card takes one: starting as a number
    does (a digit, in any script, "+" or "("), or as a `tel:` link, whatever follows it (an
    extension, `ext. 12`, `poste 4`, `;ext=12`). A name or company is searched as one."""
    if set(query) <= PHONE_CHARACTERS:
        return True
    return query[0].isdigit() or query[0] in "+(" or query.lower().startswith("tel:")


def plan(text: str, country: str, postgres: bool) -> tuple[str, list[Probe]]:
    """What the text is taken for, and the probes (each served by one index) to try."""
    query = " ".join(text.split())
    if not query:
        raise InvalidInput(
            message("type a phone number, an e-mail address, a name or a company"), "query"
        )
    if query.startswith("#") and query[1:].isdigit():
        lead_id = int(query[1:])
        # An id no column can hold is no lead's; the driver would refuse to send it.
        found = Lead.id == lead_id if lead_id <= LARGEST_WHOLE else false()
        return message("lead {lead}", lead=query[1:]), [Probe("lead id", found)]
    digits = sum(ch.isdigit() for ch in query)
    if "@" in query:
        mail = check_email(query)
        if mail.valid and mail.normalized:
            return message("e-mail {address}", address=mail.normalized), [
                Probe("e-mail", Lead.email_normalized == mail.normalized)
            ]
        return message("e-mail starting {start}", start=query.lower()), [
            Probe("e-mail", lower_case_starts_with(Lead.email_normalized, query.lower(), postgres))
        ]
    if digits >= MIN_PHONE_DIGITS and _written_as_a_phone(query):
        checked = check_phone(query, country, details=False)
        if checked.valid and checked.e164 is not None:
            return message("phone {number}", number=checked.e164), [
                Probe("phone", Lead.phone_e164 == checked.e164)
            ]
        if set(query) <= PHONE_CHARACTERS:
            raise InvalidInput(
                message("phone {query}: {reason}", query=query, reason=checked.reason), "query"
            )
    if query.isdigit():
        return message("lead {lead}", lead=query), [Probe("lead id", Lead.id == int(query))]
    prefix = query.lower()
    if len(prefix) < MIN_PREFIX:
        raise InvalidInput(
            message(
                "type at least {MIN_PREFIX} letters of a name or company", MIN_PREFIX=MIN_PREFIX
            ),
            "query",
        )
    words = prefix.split(" ")
    conditions = [
        Probe("name", starts_with(Lead.last_name, prefix, postgres)),
        Probe("company", starts_with(Lead.company, prefix, postgres)),
    ]
    if words[0] not in SURNAME_PARTICLES:
        # The surname after its particle: "Silva" is also "da Silva". A statement of its own:
        # the plain prefix's index walk stops at the hits' limit, an OR of ranges does not.
        conditions.append(
            Probe("name", _after_a_particle(postgres), _after_a_particle_values(prefix, postgres))
        )
    if len(words) >= 2:
        first, last = words[0], _like_escaped(" ".join(words[1:]))
        surname = func.lower(Lead.last_name)
        conditions.append(
            Probe(
                "name",
                and_(
                    starts_with(Lead.first_name, first, postgres),
                    # Any word of the surname: "José Silva" is José da Silva.
                    or_(
                        surname.like(last + "%", escape="\\"),
                        surname.like("% " + last + "%", escape="\\"),
                    ),
                ),
            )
        )
    else:
        conditions.append(Probe("name", starts_with(Lead.first_name, prefix, postgres)))
    conditions.extend(_without_accents(words, postgres))
    return message("name or company starting “{start}”", start=query), conditions


def _without_accents(words: list[str], postgres: bool) -> list[Probe]:
    """The lead's folded keys start as the typed text does, accents and case aside:
    "conceicao" is Conceição, "muller" Müller GmbH, "maria conceicao" Maria Conceição (the
    person key is the surname, then the first name)."""
    if len(words) >= 2 and words[0] not in SURNAME_PARTICLES:
        person = person_key(words[0], " ".join(words[1:]))
    else:  # one word, or a surname with its particle ("da silva" is kept as "dasilva")
        person = person_key("", " ".join(words))
    probes = []
    if person:
        probes.append(Probe("name", lower_case_starts_with(Lead.person_key, person, postgres)))
    if company := company_key(" ".join(words)):
        probes.append(Probe("company", lower_case_starts_with(Lead.company_key, company, postgres)))
    return probes


def _hits(session: Session, text: str, country: str, now: datetime) -> LookupResult:
    postgres = session.get_bind().dialect.name == "postgresql"
    understood, conditions = plan(text, country, postgres)
    matched: dict[int, str] = {}
    more = False
    for label, condition, values in conditions:
        ids = session.scalars(select(Lead.id).where(condition).limit(MAX_HITS + 1), values).all()
        more = more or len(ids) > MAX_HITS
        for lead_id in ids[:MAX_HITS]:
            matched.setdefault(lead_id, label)
    if len(matched) > MAX_HITS:
        more = True
    chosen = sorted(matched)[:MAX_HITS]
    rows = session.execute(
        select(*HIT_COLUMNS, User.display_name)
        .outerjoin(User, and_(User.id == Lead.lease_owner_id, queue_sql.lease_held(now)))
        .where(Lead.id.in_(chosen))
    ).all()
    hits = [
        LeadHit(
            id=row.id,
            company=row.company,
            contact_name=" ".join(part for part in (row.first_name, row.last_name) if part),
            phone=row.phone_e164 or row.phone_raw,
            email=row.email_normalized or row.email_raw,
            status=row.status,
            held_by=row.display_name,
            matched_on=matched[row.id],
        )
        for row in rows
    ]
    hits.sort(key=lambda h: (h.company.lower(), h.contact_name.lower(), h.id))
    return LookupResult(text, understood, tuple(hits), more)


class LeadLookup:
    """Lookup and the lead record, for reps, team leads, supervisors and administrators."""

    def __init__(self, db: Database, clock: Clock, default_country: str = "US") -> None:
        self._frame = Frame(db, clock)
        self.default_country = default_country

    def find(self, actor: Actor, text: str) -> LookupResult:
        """The leads whose phone (any format; national numbers in the workstation's default
        country), e-mail, last or first name or company matches `text`."""
        with self._frame.read(actor, Action.LOOK_UP_LEADS) as reading:
            return _hits(reading.session, text, self.default_country, reading.now)

    def record(self, actor: Actor, lead_id: int) -> LeadRecord:
        with self._frame.read(actor, Action.LOOK_UP_LEADS) as reading:
            return lead_record(reading.session, lead_id, reading.now)


def _refusal(session: Session, lead: Lead, actor: Actor, inbound: bool) -> str | None:
    status = LeadStatus(lead.status)
    said: dict[str, object] = {"lead": lead.id, "company": lead.company, "status": status.label}
    if status is LeadStatus.DO_NOT_CALL:
        return message("lead {lead} ({company}) is on do-not-call: it may not be worked", **said)
    if status is LeadStatus.MERGED:
        return message(
            "lead {lead} ({company}) was merged into lead {merged_into}: open that one",
            merged_into=lead.merged_into_id,
            **said,
        )
    if status in (LeadStatus.SALES_READY, LeadStatus.HANDED_OFF):
        return _with_a_partner(session, lead.id, said)
    if not inbound and status not in CLAIMABLE:
        return message(
            "lead {lead} ({company}) is {status}; only an inbound call takes it back", **said
        )
    if not inbound and lead.assigned_rep_id not in (None, actor.user_id):
        name = session.get(User, lead.assigned_rep_id)
        return message(
            "lead {lead} ({company}) is assigned to {rep}",
            rep=name.display_name if name else message("another rep"),
            **said,
        )
    return None


def _with_a_partner(session: Session, lead_id: int, said: dict[str, object]) -> str:
    partner = session.execute(
        select(Partner.name)
        .join(Handoff, Handoff.partner_id == Partner.id)
        .where(Handoff.lead_id == lead_id)
        .order_by(Handoff.id.desc())
        .limit(1)
    ).scalar()
    if partner:
        return message(
            "lead {lead} ({company}) is {status} with {partner}; it is not worked by the "
            "center now",
            partner=partner,
            **said,
        )
    return message(
        "lead {lead} ({company}) is {status}; it is not worked by the center now", **said
    )


def take_found(
    frame: Frame,
    policy: QueuePolicy,
    outbound: OutboundRules,
    actor: Actor,
    lead_id: int,
    *,
    inbound: bool,
) -> None:
    """Lease a found lead to the rep. An inbound call (the prospect called) skips the calling
    window, the attempts limit, the registries and the call caps, and brings a nurtured or
    disqualified lead back to the queue; an outbound one must be callable now, as the claim
    would hand it out (see outbound.OutboundRules.why_not_now)."""
    with frame.change(actor, Action.WORK_LEADS) as change:
        session, now = change.session, change.now
        lead = session.get(Lead, lead_id)
        if lead is None:
            raise NotFound(message("there is no lead {lead_id}", lead_id=lead_id))
        holder = lead.lease_owner_id
        live = lead.lease_expires_at is not None and lead.lease_expires_at > now
        if holder not in (None, actor.user_id) and live:
            user = session.get(User, holder)
            name = user.display_name if user else "another rep"
            raise Conflict(
                message(
                    "lead {id} ({company}) is being worked by {name}",
                    id=lead.id,
                    company=lead.company,
                    name=name,
                )
            )
        other = session.scalar(
            select(Lead.id).where(queue_sql.held_by(actor.user_id, now), Lead.id != lead_id)
        )
        if other is not None:
            raise Conflict(
                message(
                    "you hold lead {other}: save or release it before taking another", other=other
                )
            )
        refusal = _refusal(session, lead, actor, inbound)
        if refusal:
            raise Conflict(refusal)
        # An inbound call is answered, not made: the calling window, the registries and the
        # call caps govern the calls the center places.
        refused = None if inbound else outbound.why_not_now(session, lead, now)
        if refused is not None:
            raise Conflict(refused)
        until = now + timedelta(minutes=policy.lease_minutes)
        values: dict[str, object] = {
            "lease_owner_id": actor.user_id,
            "lease_expires_at": until,
            "leased_at": now,
        }
        before: dict[str, object] = {"lease_owner_id": holder}
        if LeadStatus(lead.status) not in CLAIMABLE:
            before["status"] = lead.status
            values.update(
                status=LeadStatus.QUEUED.value,
                status_reason="the prospect called in",
                recycle_on=None,
                version=Lead.version + 1,
                updated_at=now,
            )
        taken = session.execute(
            update(Lead)
            .where(
                Lead.id == lead_id,
                Lead.version == lead.version,
                or_(Lead.lease_owner_id == actor.user_id, queue_sql.lease_free(now)),
            )
            .values(**values)
            .returning(Lead.id)
            .execution_options(synchronize_session=False)
        ).first()
        if taken is None:
            raise Conflict(
                message("lead {lead_id} changed a moment ago; search again", lead_id=lead_id)
            )
        after = {k: v for k, v in values.items() if k != "version"}
        after["inbound"] = inbound
        change.audit(
            "lead.taken",
            "lead",
            lead_id,
            before=before,
            after={k: v for k, v in after.items() if not hasattr(v, "compile")},
            reason="inbound call: the prospect called" if inbound else "taken from a lookup",
        )
