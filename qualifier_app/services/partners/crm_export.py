"""Reading a partner-CRM export (CSV/XLSX, like Siebel or Salesforce reports): its columns,
and each row as the partner's update of one handoff, found by handoff id or by the lead's
e-mail or phone.

A file comes from one partner: a row is about a handoff of the partner chosen for the file
(or named in the row's partner column), never another partner's. A lead found by e-mail or
phone may have been handed to several partners in turn; only the file's partner's handoff is
the row's, so a row cannot be found by e-mail or phone without knowing the partner."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from qualifier_app.domain.closed_loop import (
    DECLINED,
    Feedback,
    HandoffStatus,
    parse_day,
    parse_money,
    parse_status,
    validate,
)
from qualifier_app.domain.contact import check_email, check_phone
from qualifier_app.domain.errors import Conflict, InvalidInput, NotFound
from qualifier_app.domain.inquiry_dates import parse_when
from qualifier_app.domain.text import message
from qualifier_app.persistence.models import Handoff, Lead, Partner
from qualifier_app.services.intake.batches import cell
from qualifier_app.services.partners.directory import partner_named

# The titles partners' CRMs give the columns, in English and in the partners' languages, as
# `header_key` compares them (folded, words joined by _).
FEEDBACK_COLUMNS: dict[str, tuple[str, ...]] = {
    "handoff_id": (
        "handoff",
        "handoff_no",
        "handoff_number",
        "reference",
        "qualifier_id",
        "referenz",
        "referencia",
        "riferimento",
        "referentie",
    ),
    "lead_email": (
        "email",
        "contact_email",
        "e_mail",
        "email_address",
        "e_mail_adresse",
        "email_adresse",
        "adresse_email",
        "courriel",
        "correo",
        "correo_electronico",
        "endereco_de_email",
    ),
    "lead_phone": (
        "phone",
        "contact_phone",
        "telephone",
        "phone_number",
        "telefon",
        "telefonnummer",
        "telefono",
        "telefone",
        "telefoon",
    ),
    "status": (
        "stage",
        "stagename",
        "stage_name",
        "lead_status",
        "state",
        "phase",
        "verkaufsphase",
        "etape",
        "statut",
        "etapa",
        "estado",
        "fase",
        "stato",
        "stadium",
    ),
    "reason": (
        "reject_reason",
        "lost_reason",
        "comment",
        "comments",
        "note",
        "grund",
        "ablehnungsgrund",
        "kommentar",
        "raison",
        "motif",
        "commentaire",
        "motivo",
        "comentario",
        "razao",
        "reden",
    ),
    "pipeline_value": (
        "pipeline",
        "amount",
        "opportunity_value",
        "value",
        "betrag",
        "wert",
        "montant",
        "valeur",
        "importe",
        "valor",
        "importo",
        "valore",
        "bedrag",
        "waarde",
    ),
    "revenue": (
        "won_revenue",
        "closed_amount",
        "booked",
        "umsatz",
        "chiffre_d'affaires",
        "ingresos",
        "receita",
        "ricavo",
        "omzet",
    ),
    "close_date": (
        "closed_on",
        "closed_date",
        "close",
        "closedate",
        "abschlussdatum",
        "date_de_cloture",
        "fecha_de_cierre",
        "data_de_fechamento",
        "data_di_chiusura",
        "sluitingsdatum",
    ),
    # Salesforce's "Last Modified Date", Dynamics' "Modified On", SharePoint's "Modified" …
    "updated_at": (
        "last_modified",
        "last_modified_date",
        "lastmodifieddate",
        "last_modified_on",
        "last_modified_at",
        "modified",
        "modified_date",
        "modified_on",
        "modified_at",
        "date_modified",
        "updated",
        "last_updated",
        "updated_on",
        "date_updated",
        "last_update",
        "date",
        "geandert_am",
        "zuletzt_geandert",
        "date_de_modification",
        "modifie_le",
        "fecha_de_modificacion",
        "modificado",
        "data_de_modificacao",
        "data_modifica",
        "gewijzigd",
        "laatst_gewijzigd",
    ),
    "partner": ("partner_name", "channel_partner"),
}


# With its sign: "-4" is a number, of no handoff.
_WHOLE_NUMBER = re.compile(r"(-?\d+)(?:[.,]0+)?")
_DECIMAL_NUMBER = re.compile(r"-?\d+[.,]\d+")


@dataclass(frozen=True)
class PartnerRef:
    id: int
    name: str


def find_partner(session: Session, name: str) -> PartnerRef | None:
    found = partner_named(session, name)
    return PartnerRef(*found) if found else None


@dataclass(frozen=True)
class ExportRow:
    """One row of a partner-CRM export: the partner's update of one handoff."""

    handoff_id: int
    # The handoff as read when the row was: in the importer's reach.
    handoff: Handoff
    feedback: Feedback
    at: datetime
    dedupe_key: str
    # The partner's own modified time, when the file gives one: the latest report wins.
    reported_at: datetime | None


def unused_columns(header: Sequence[str], columns: dict[str, int]) -> tuple[str, ...]:
    """The titled columns of a file that no field was read from, as the file names them."""
    used = set(columns.values())
    return tuple(title for index, title in enumerate(header) if title and index not in used)


def _parse_time(text: str, now: datetime, zone: tzinfo) -> datetime:
    """The partner's modified time, read as an inquiry's date is (a row has no country, so
    an ambiguous day and month are month first unless written with dots; without an offset,
    on the center's wall clock, `zone`)."""
    cleaned = text.strip()
    if not cleaned:
        return now
    moment = parse_when(cleaned, None, zone=zone)
    if moment is None:
        raise InvalidInput(
            message(
                "updated at {cleaned!r} is not a date and time (use YYYY-MM-DD HH:MM)",
                cleaned=cleaned,
            ),
            "updated_at",
        )
    if moment > now + timedelta(days=1):
        raise InvalidInput(
            message("updated at {cleaned} is in the future", cleaned=cleaned), "updated_at"
        )
    return min(moment, now)


def _dedupe_key(handoff_id: int, feedback: Feedback, reported_at: datetime | None) -> str:
    """The same report of the same handoff has the same key, so a file imported again changes
    nothing. With the partner's modified time in it, a later report that repeats an earlier
    state (pipeline 10000, then 20000, then 10000 again) is a new report; without one, a
    repeat of any state reported before is taken as seen (the file cannot say it is newer)."""
    parts: tuple[object, ...] = () if reported_at is None else (reported_at.isoformat(),)
    text = "|".join(
        str(part)
        for part in (
            *parts,
            handoff_id,
            feedback.status.value,
            feedback.reason,
            feedback.pipeline_value,
            feedback.revenue,
            feedback.closed_on,
        )
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_row(
    session: Session,
    raw: list[str],
    columns: dict[str, int],
    now: datetime,
    center: tuple[tzinfo, str],
    partner: PartnerRef | None,
    partners: dict[str, PartnerRef | None],
    reach: Callable[[int], Handoff],
) -> ExportRow:
    """The row's update and the handoff it is about, a handoff of the file's `partner` (or
    of the partner the row names; `partners` remembers names looked up) that `reach` gives
    the importer to update; InvalidInput, NotFound, Conflict or PermissionDenied says why not.
    `center` is the center's time zone and currency.

    A row's most basic fault is said first: which handoff it is about (its id unreadable, no
    such handoff, another partner's, out of the importer's reach) before what it says."""
    zone, currency = center

    def value(name: str) -> str:
        return cell(raw, columns, name)

    status_text = value("status")
    partner = _row_partner(session, value("partner"), partner, partners)
    handoff_id = _find_handoff(
        session,
        value("handoff_id"),
        value("lead_email"),
        value("lead_phone"),
        partner,
        _status_if_readable(status_text),
    )
    handoff = reach(handoff_id)
    if not status_text:
        raise InvalidInput(message("the status is empty"), "status")
    status = parse_status(status_text)
    try:
        pipeline = parse_money(value("pipeline_value"), "pipeline_value", currency)
        revenue = parse_money(value("revenue"), "revenue", currency)
        if status is HandoffStatus.WON and revenue is None:
            # A CRM report has one Amount per opportunity (Salesforce's "Amount"): the
            # deal's value while it is open, and what was won once it is Closed Won.
            revenue, pipeline = pipeline, None
        feedback = validate(
            status,
            value("reason"),
            pipeline,
            revenue,
            parse_day(value("close_date"), "close_date"),
            now.astimezone(zone).date(),  # the center's today
        )
    except InvalidInput as exc:
        if exc.field == "closed_on":
            exc.field = "close_date"  # the file's field, so the rejects file shows its value
        raise
    reported = value("updated_at")
    at = _parse_time(reported, now, zone)
    reported_at = at if reported else None
    return ExportRow(
        handoff_id,
        handoff,
        feedback,
        at,
        _dedupe_key(handoff_id, feedback, reported_at),
        reported_at,
    )


def _status_if_readable(text: str) -> HandoffStatus | None:
    """The row's status, or None when it is empty or unknown (said once its handoff is
    found)."""
    if not text:
        return None
    try:
        return parse_status(text)
    except InvalidInput:
        return None


def _row_partner(
    session: Session,
    named: str,
    partner: PartnerRef | None,
    partners: dict[str, PartnerRef | None],
) -> PartnerRef | None:
    if not named:
        return partner
    key = " ".join(named.split()).lower()
    if key not in partners:
        partners[key] = find_partner(session, named)
    found = partners[key]
    if found is None:
        raise NotFound(message("there is no partner {partner!r}", partner=named))
    if partner is not None and found.id != partner.id:
        raise InvalidInput(
            message(
                "the row is about partner {named}; this file is {partner}'s",
                named=found.name,
                partner=partner.name,
            ),
            "partner",
        )
    return found


def _find_handoff(
    session: Session,
    handoff_text: str,
    email: str,
    phone: str,
    partner: PartnerRef | None,
    status: HandoffStatus | None,
) -> int:
    if handoff_text:
        return _by_handoff_id(session, handoff_text, partner)
    if partner is None:
        _contact(email, phone, ())  # a row without a contact says so first
        raise InvalidInput(
            message(
                "the row has no handoff id; say which partner the file comes from to find "
                "its lead by e-mail or phone"
            ),
            "partner",
        )
    email_found, phone_found, what = _contact(email, phone, _countries_of(session, partner))
    found = _handoffs_by_contact(session, email_found, phone_found)
    if not found:
        raise NotFound(message("no handoff for a lead with this {what}", what=what))
    # The lead may have gone to other partners before or since: only this partner's
    # handoffs are the row's.
    theirs = set(
        session.execute(
            select(Handoff.id).where(
                Handoff.id.in_([hid for hid, _, _ in found]), Handoff.partner_id == partner.id
            )
        ).scalars()
    )
    found = [row for row in found if row[0] in theirs]
    if not found:
        raise NotFound(
            message(
                "the lead with this {what} was not handed to {partner}",
                what=what,
                partner=partner.name,
            )
        )
    if len({lead_id for _, lead_id, _ in found}) > 1:
        raise InvalidInput(
            message(
                "several handed-off leads have this {what}; give the handoff id instead", what=what
            ),
            "handoff_id",
        )
    # The partner's update is about its live handoff; the latest one otherwise, when the
    # row repeats how it ended (a repeated rejection, say).
    live = [hid for hid, _, state in found if state not in {s.value for s in DECLINED}]
    if live:
        return live[0]
    latest, _, state = found[0]
    if status is None or state != status.value:
        raise Conflict(
            message(
                "{partner} no longer has this lead: its handoff {handoff_id} is {state}",
                partner=partner.name,
                handoff_id=latest,
                state=state,
            )
        )
    return latest


def _by_handoff_id(session: Session, handoff_text: str, partner: PartnerRef | None) -> int:
    digits = handoff_text.strip().lstrip("#").upper().removeprefix("H-").removeprefix("H")
    # A spreadsheet that took the id for a number may give it back as "18.0".
    whole = _WHOLE_NUMBER.fullmatch(digits)
    if whole is None and _DECIMAL_NUMBER.fullmatch(digits):
        raise InvalidInput(
            message(
                "handoff id {handoff_text!r} is not a whole number: handoff ids have no "
                "decimals (was the cell changed by a formula or rounding?)",
                handoff_text=handoff_text,
            ),
            "handoff_id",
        )
    if whole is None:
        raise InvalidInput(
            message("handoff id {handoff_text!r} is not a number", handoff_text=handoff_text),
            "handoff_id",
        )
    handoff_id = int(whole.group(1))
    handoff = session.get(Handoff, handoff_id) if 0 < handoff_id < 2**31 else None
    if handoff is None:
        raise NotFound(message("there is no handoff {handoff_id}", handoff_id=handoff_id))
    if partner is not None and handoff.partner_id != partner.id:
        raise Conflict(
            message(
                "handoff {handoff_id} is not {partner}'s",
                handoff_id=handoff_id,
                partner=partner.name,
            )
        )
    return handoff_id


def _contact(
    email: str, phone: str, countries: Sequence[str]
) -> tuple[str | None, str | None, str]:
    """The lead's normalised e-mail or else phone, and which of them it is. A number
    written the national way (416.570.6768) is read in the partner's `countries`: the one
    number it is in all of them."""
    if email:
        checked = check_email(email)
        if not checked.valid:
            raise InvalidInput(
                message("lead e-mail is not valid: {reason}", reason=checked.reason), "lead_email"
            )
        return checked.normalized, None, "e-mail"
    if phone:
        number = check_phone(phone, None)
        if number.valid:
            return None, number.e164, "phone"
        readings = {
            reading.e164
            for country in countries
            if (reading := check_phone(phone, country)).valid and reading.e164 is not None
        }
        if len(readings) == 1:
            return None, readings.pop(), "phone"
        raise InvalidInput(
            message(
                "lead phone is not valid ({reason}); use the +country format",
                reason=number.reason
                if not readings
                else message("a number in more than one of the partner's countries"),
            ),
            "lead_phone",
        )
    raise InvalidInput(message("the row has no handoff id, lead e-mail or lead phone"), "row")


def _countries_of(session: Session, partner: PartnerRef) -> list[str]:
    """The countries a partner covers, its regions' too: those a national number is read in."""
    row = session.execute(
        select(Partner.countries, Partner.regions).where(Partner.id == partner.id)
    ).one()
    countries = [str(code) for code in row.countries]
    countries += [str(region).split("-", 1)[0] for region in row.regions]
    return list(dict.fromkeys(countries))


def _handoffs_by_contact(
    session: Session, email: str | None, phone: str | None
) -> Sequence[tuple[int, int, str]]:
    """(handoff, lead, status) of the handoffs of leads with this e-mail (or else phone),
    newest first. On PostgreSQL a database function matches them: row-level security hides the
    lead from a channel manager who does not work it, and the function returns the handoffs of
    the partners they manage."""
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text("SELECT * FROM qualifier_handoffs_by_contact(:email, :phone)"),
            {"email": email, "phone": phone},
        ).all()
    else:
        condition = Lead.email_normalized == email if email else Lead.phone_e164 == phone
        rows = session.execute(
            select(Handoff.id, Handoff.lead_id, Handoff.status)
            .join(Lead, Lead.id == Handoff.lead_id)
            .where(condition)
            .order_by(Handoff.id.desc())
        ).all()
    return [(int(h), int(lead), str(status)) for h, lead, status in rows]
