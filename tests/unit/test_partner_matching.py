"""The partner selection policy: eligibility filters, fair rotation, performance, preference."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from qualifier_app.domain.closed_loop import HandoffOutcome, HandoffStatus, track_of
from qualifier_app.domain.partner_matching import (
    Directory,
    LeadFacts,
    PartnerEntry,
    PartnerLoad,
    PriorHandoff,
    RoutingPolicy,
    Track,
    match_all,
    performance,
)

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
POLICY = RoutingPolicy()


def lead(**fields: object) -> LeadFacts:
    values: dict[str, object] = {
        "lead_id": 1,
        "country": "US",
        "region": "CA",
        "postal_code": "94107",
        "product": "Contact center",
        "segment": "enterprise",
        "company": "Acme",
    }
    values.update(fields)
    return LeadFacts(**values)  # type: ignore[arg-type]


def partner(partner_id: int, **fields: object) -> PartnerEntry:
    values: dict[str, object] = {
        "partner_id": partner_id,
        "name": f"Partner {partner_id}",
        "countries": frozenset({"US"}),
    }
    values.update(fields)
    return PartnerEntry(**values)  # type: ignore[arg-type]


def ranked_ids(result: object) -> list[int]:
    return [r.partner_id for r in result.ranked]  # type: ignore[attr-defined]


# --- eligibility ---------------------------------------------------------------------------


def test_coverage_by_country_region_and_postal_prefix() -> None:
    partners = [
        partner(1, countries=frozenset({"US"})),
        partner(2, countries=frozenset(), regions=frozenset({"US-CA"})),
        partner(3, countries=frozenset({"US"}), regions=frozenset({"US-NY", "US-MA"})),
        partner(4, countries=frozenset({"DE"})),
        partner(5, countries=frozenset({"US"}), postal_prefixes=("941",)),
        partner(6, countries=frozenset({"US"}), postal_prefixes=("100",)),
        partner(7, countries=frozenset({"US", "DE"}), postal_prefixes=("DE:80",)),
    ]
    result = match_all(lead(), partners, {}, {})
    assert sorted(ranked_ids(result)) == [1, 2, 5, 7]
    reasons = {e.partner_id: " ".join(e.reasons) for e in result.excluded}
    assert "does not cover US-CA" in reasons[3]
    assert "does not cover US" in reasons[4]
    assert "postal code" in reasons[6]
    where = {r.partner_id: r.where for r in result.ranked}
    assert where[1] == "all of US"
    assert where[2] == "US-CA"
    assert where[5].startswith("postal codes 941")


def test_unknown_region_is_not_covered_by_a_regional_partner() -> None:
    result = match_all(
        lead(region=None), [partner(1, regions=frozenset({"US-CA"}), countries=frozenset())], {}, {}
    )
    assert result.best is None
    assert "region is unknown" in result.excluded[0].reasons[0]


def test_product_and_segment_filters() -> None:
    partners = [
        partner(1, products=frozenset({"contact center", "security"})),
        partner(2, products=frozenset({"networking"})),
        partner(3, segments=frozenset({"smb"})),
        partner(4, segments=frozenset({"smb", "enterprise"}), products=frozenset()),
        partner(5, active=False),
    ]
    result = match_all(lead(), partners, {}, {})
    assert sorted(ranked_ids(result)) == [1, 4]
    reasons = {e.partner_id: e.reasons for e in result.excluded}
    assert reasons[2] == ("does not sell Contact center",)
    assert reasons[3] == ("does not serve enterprise companies",)
    assert reasons[5] == ("is inactive",)


def test_capacity_open_and_per_week() -> None:
    partners = [
        partner(1, capacity_open=3),
        partner(2, capacity_week=5),
        partner(3, capacity_open=3, capacity_week=5),
    ]
    loads = {
        1: PartnerLoad(open_handoffs=3),
        2: PartnerLoad(last_week=5),
        3: PartnerLoad(open_handoffs=2, last_week=4),
    }
    result = match_all(lead(), partners, loads, {})
    assert ranked_ids(result) == [3]
    reasons = {e.partner_id: " ".join(e.reasons) for e in result.excluded}
    assert "no capacity left" in reasons[1]
    assert "this week" in reasons[2]


def test_a_capacity_of_one_is_counted_in_the_singular() -> None:
    partners = [partner(1, capacity_open=1), partner(2, capacity_week=1)]
    loads = {1: PartnerLoad(open_handoffs=1), 2: PartnerLoad(last_week=1)}
    result = match_all(lead(), partners, loads, {})
    reasons = {e.partner_id: " ".join(e.reasons) for e in result.excluded}
    assert "has no capacity left (1 open handoff, at most 1)" in reasons[1]
    assert "has had its 1 lead for this week (1 in the last 7 days)" in reasons[2]


def test_declined_partner_and_partner_without_rep_are_never_chosen() -> None:
    partners = [partner(1), partner(2), partner(3)]
    loads = {3: PartnerLoad(has_rep=False)}
    for _ in range(20):
        result = match_all(lead(), partners, loads, {}, declined={1: "rejected this lead"})
        assert ranked_ids(result) == [2]


# --- fair rotation -------------------------------------------------------------------------


def simulate(
    partners: list[PartnerEntry],
    tracks: dict[int, Track],
    leads: int,
    eligible_sets: list[frozenset[int]] | None = None,
) -> Counter[int]:
    loads = {p.partner_id: PartnerLoad() for p in partners}
    shares: Counter[int] = Counter()
    for number in range(leads):
        candidates = partners
        if eligible_sets:
            allowed = eligible_sets[number % len(eligible_sets)]
            candidates = [p for p in partners if p.partner_id in allowed]
        best = match_all(lead(lead_id=number), candidates, loads, tracks).best
        assert best is not None
        shares[best.partner_id] += 1
        loads[best.partner_id] = loads[best.partner_id].plus_one()
    return shares


# A thousand leads a case: eight cases spread over the counts find what twenty-five did.
@settings(max_examples=8, deadline=None)
@given(count=st.integers(min_value=2, max_value=12), first_id=st.integers(1, 1000))
def test_equal_partners_get_equal_shares(count: int, first_id: int) -> None:
    partners = [partner(first_id + i) for i in range(count)]
    shares = simulate(partners, {}, 1000)
    equal = 1000 / count
    for p in partners:
        assert abs(shares[p.partner_id] - equal) <= 0.05 * equal


@settings(max_examples=10, deadline=None)
@given(count=st.integers(min_value=3, max_value=8))
def test_equal_partners_stay_fair_when_one_at_a_time_is_not_eligible(count: int) -> None:
    partners = [partner(i + 1) for i in range(count)]
    ids = [p.partner_id for p in partners]
    # Lead n cannot go to partner n mod count (out of its region, say): each partner is
    # eligible for the same number of leads, in changing company.
    sets = [frozenset(ids) - {ids[n % count]} for n in range(count * 7)]
    shares = simulate(partners, {}, 1000, sets)
    equal = 1000 / count
    for pid in ids:
        assert abs(shares[pid] - equal) <= 0.05 * equal


def good_track() -> Track:
    # Answers in a quarter of the SLA, reports on everything, wins 40 %.
    return Track(
        sent=40,
        speed_total=30.0,
        speed_count=40,
        response_hours_total=240.0,
        response_count=40,
        reporting_due=40,
        reported=40,
        won=8,
        lost=12,
    )


def poor_track() -> Track:
    # Lets half expire, reports on a fifth, wins 5 %.
    return Track(
        sent=40,
        speed_total=5.0,
        speed_count=40,
        response_hours_total=400.0,
        response_count=20,
        reporting_due=40,
        reported=8,
        won=1,
        lost=19,
    )


def test_better_performer_gets_more_and_a_new_partner_still_gets_some() -> None:
    partners = [partner(1), partner(2), partner(3)]
    tracks = {1: good_track(), 2: poor_track()}  # 3 is new: no track record yet
    shares = simulate(partners, tracks, 1000)
    assert shares[1] > shares[3] > shares[2] > 0
    weights = {pid: performance(tracks.get(pid, Track()), POLICY).weight for pid in (1, 2, 3)}
    assert weights[3] == POLICY.new_partner_floor
    total = sum(weights.values())
    for pid in (1, 2, 3):
        expected = 1000 * weights[pid] / total
        assert abs(shares[pid] - expected) <= 0.05 * expected


def test_no_partner_is_always_first() -> None:
    partners = [partner(1), partner(2), partner(3)]
    loads = {p.partner_id: PartnerLoad() for p in partners}
    firsts = []
    for number in range(6):
        best = match_all(lead(lead_id=number), partners, loads, {}).best
        assert best is not None
        firsts.append(best.partner_id)
        loads[best.partner_id] = loads[best.partner_id].plus_one()
    assert firsts == [1, 2, 3, 1, 2, 3]


def test_partners_that_do_not_report_weigh_less() -> None:
    reporting = Track(sent=20, reporting_due=20, reported=20)
    silent = Track(sent=20, reporting_due=20, reported=2)
    assert performance(reporting, POLICY).weight > performance(silent, POLICY).weight


def test_new_partner_floor_and_minimum_weight() -> None:
    nobody = performance(Track(), POLICY)
    assert nobody.is_new and nobody.weight == POLICY.new_partner_floor
    hopeless = performance(
        Track(sent=50, speed_count=50, reporting_due=50, reported=0, lost=30), POLICY
    )
    assert not hopeless.is_new
    assert hopeless.weight == POLICY.minimum_weight


def test_track_of_measures_speed_reporting_and_wins() -> None:
    sent = NOW - timedelta(days=30)
    outcomes = [
        HandoffOutcome(HandoffStatus.WON, sent, sent + timedelta(hours=6), NOW, 24),
        HandoffOutcome(HandoffStatus.LOST, sent, sent + timedelta(hours=12), NOW, 24),
        HandoffOutcome(HandoffStatus.EXPIRED, sent, None, None, 24),
        # Accepted, then no news for 29 days: stale.
        HandoffOutcome(HandoffStatus.ACCEPTED, sent, sent + timedelta(hours=1), None, 24),
        HandoffOutcome(HandoffStatus.PENDING, None, None, None, 24),
    ]
    track = track_of(outcomes, NOW, stale_days=7)
    assert track.sent == 4
    assert track.speed_count == 4
    assert track.response_count == 3
    assert track.reporting_due == 4
    assert track.reported == 2  # won and lost; the expired and the stale one did not report
    assert (track.won, track.lost) == (1, 1)


# --- already with a partner ----------------------------------------------------------------


def test_same_company_recently_handed_prefers_that_partner_and_says_so() -> None:
    partners = [partner(1), partner(2), partner(3)]
    loads = {1: PartnerLoad(received=0), 2: PartnerLoad(received=9), 3: PartnerLoad(received=0)}
    prior = [PriorHandoff(77, 2, "Partner 2", NOW - timedelta(days=10), "company")]
    result = match_all(lead(), partners, loads, {}, prior=prior)
    assert result.best is not None
    assert result.best.partner_id == 2
    assert result.best.preferred
    assert "Already with this partner" in result.best.why
    assert "Acme went to Partner 2" in result.best.why
    assert "handoff 77" in result.best.why


def test_preference_does_not_override_eligibility() -> None:
    partners = [partner(1), partner(2, capacity_open=1)]
    loads = {2: PartnerLoad(open_handoffs=1)}
    prior = [PriorHandoff(77, 2, "Partner 2", NOW - timedelta(days=10), "contact")]
    result = match_all(lead(), partners, loads, {}, prior=prior)
    assert ranked_ids(result) == [1]
    assert "not eligible" in result.notes[0]


def test_every_candidate_has_a_plain_why() -> None:
    partners = [partner(1, products=frozenset({"contact center"})), partner(2)]
    result = match_all(lead(), partners, {}, {})
    assert result.ranked[0].why.startswith("Next in the fair rotation")
    assert "Covers all of US, sells contact center" in result.ranked[0].why
    assert result.ranked[1].why.startswith("Alternative 1.")
    assert "new partner" in result.ranked[1].why


def test_partners_of_other_countries_are_counted_not_listed() -> None:
    partners = [partner(1)] + [partner(100 + i, countries=frozenset({"DE"})) for i in range(30)]
    result = match_all(lead(), Directory(partners), {}, {})
    assert ranked_ids(result) == [1]
    assert result.excluded == ()
    assert result.notes == ("30 other partners do not cover US-CA",)
    few = match_all(lead(), Directory(partners[:5]), {}, {})
    assert [e.reasons for e in few.excluded] == [("does not cover US",)] * 4


def test_regional_partners_are_screened_by_region_in_a_large_directory() -> None:
    new_york = [
        partner(100 + i, countries=frozenset(), regions=frozenset({"US-NY"})) for i in range(25)
    ]
    california = partner(2, countries=frozenset({"US"}), regions=frozenset({"US-CA", "US-OR"}))
    directory = Directory([partner(1), california, *new_york])
    result = match_all(lead(), directory, {}, {})
    assert sorted(ranked_ids(result)) == [1, 2]
    assert result.notes == ("25 other partners do not cover US-CA",)
    unknown = match_all(lead(region=None), directory, {}, {})
    assert ranked_ids(unknown) == [1]
    assert len(unknown.excluded) == 26
    assert all("region is unknown" in e.reasons[0] for e in unknown.excluded)
