"""A partner's CRM says where a handoff stands in its own words: Salesforce's stages, other
CRMs' statuses, in the partner's language."""

from __future__ import annotations

import pytest

from qualifier_app.domain.closed_loop import HandoffStatus, parse_status
from qualifier_app.domain.errors import InvalidInput


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("Closed - Won", HandoffStatus.WON),
        ("closed_won", HandoffStatus.WON),
        ("Geschlossen - Gewonnen", HandoffStatus.WON),
        ("Fermée gagnée", HandoffStatus.WON),
        ("Cerrada ganada", HandoffStatus.WON),
        ("Fechado/Ganho", HandoffStatus.WON),
        ("Chiuso vinto", HandoffStatus.WON),
        ("Closed Lost", HandoffStatus.LOST),
        ("Verloren", HandoffStatus.LOST),
        ("Perdue", HandoffStatus.LOST),
        ("Negotiation/Review", HandoffStatus.ACTIVE),
        ("Id. Decision Makers", HandoffStatus.ACTIVE),
        ("In Bearbeitung", HandoffStatus.ACTIVE),
        ("Em andamento", HandoffStatus.ACTIVE),
        ("Open - Not Contacted", HandoffStatus.ACCEPTED),
        ("Akzeptiert", HandoffStatus.ACCEPTED),
        ("Abgelehnt", HandoffStatus.REJECTED),
        ("Rechazada", HandoffStatus.REJECTED),
    ],
)
def test_a_partners_crm_words_are_the_statuses_they_mean(said: str, status: str) -> None:
    assert parse_status(said) == status


def test_a_word_no_crm_uses_for_a_status_is_refused_with_the_statuses_known() -> None:
    with pytest.raises(InvalidInput, match="unknown status 'Sleeping'; use one of accepted"):
        parse_status("Sleeping")
