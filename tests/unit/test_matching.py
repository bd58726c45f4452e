"""Matching and merge rules: who is the same person, and what a duplicate may change."""

from __future__ import annotations

from decimal import Decimal

from qualifier_app.domain.matching import MatchIndex, MatchRule, Person
from qualifier_app.domain.merge import plan_merge
from qualifier_app.domain.normalize import company_key, person_key


def person(ref: int, first: str, last: str, company: str = "", email: str | None = None,
           phone: str | None = None, country: str | None = "US") -> Person:  # fmt: skip
    return Person(ref, email, phone, company_key(company), person_key(first, last), first, last,
                  country)  # fmt: skip


def index_of(*people: Person) -> MatchIndex:
    index = MatchIndex()
    for one in people:
        index.add(one)
    return index


JOHN = person(1, "John", "Smith", "Acme Systems, Inc.", "john@acme.example", "+12125550147")


def test_same_email_matches_whatever_else_differs() -> None:
    match = index_of(JOHN).find(person(0, "", "", email="john@acme.example"))
    assert match is not None and (match.ref, match.rule) == (1, MatchRule.EMAIL)


def test_same_phone_matches_when_names_agree() -> None:
    match = index_of(JOHN).find(person(0, "J.", "Smith", phone="+12125550147"))
    assert match is not None and match.rule is MatchRule.PHONE


def test_colleagues_with_their_own_email_and_phone_are_not_merged_by_name() -> None:
    mark = person(1, "Mark", "Jones", "Acme Ltd", "mark@acme.example", "+442079460001")
    marc = person(0, "Marc", "Jones", "Acme Ltd", "marc@acme.example", "+442079460002")
    assert index_of(mark).find(marc) is None
    # Without a phone of his own he may be the same person under a second address.
    alone = person(0, "Marc", "Jones", "Acme Ltd", "marc@acme.example")
    match = index_of(mark).find(alone)
    assert match is not None and match.rule is MatchRule.COMPANY_PERSON
    # Mary is another person's name, not a spelling of Mark's.
    assert index_of(mark).find(person(0, "Mary", "Jones", "Acme Ltd", "mary@acme.example")) is None


def test_a_surname_particle_wherever_a_list_put_it_is_still_the_same_person() -> None:
    # Stored as full names were split before (the particle with the first name).
    stored = person(1, "José da", "Silva", "Tecno Ltda", phone="+5511987654321", country="BR")
    for first, last in [("José", "da Silva"), ("José", "Silva"), ("Jose", "Da Silva")]:
        match = index_of(stored).find(person(0, first, last, phone="+5511987654321", country="BR"))
        assert match is not None and match.ref == 1, (first, last)
    assert index_of(stored).find(person(0, "Ana", "da Silva", phone="+5511987654321")) is None


def test_a_shared_switchboard_number_does_not_merge_colleagues() -> None:
    assert index_of(JOHN).find(person(0, "Pat", "Smith", phone="+12125550147")) is None
    assert index_of(JOHN).find(person(0, "Mary", "Jones", phone="+12125550147")) is None


def test_two_people_sharing_a_phone_and_a_surname_are_not_merged() -> None:
    """Uwe and Ute Brandt, Jan and Jana Kohl (a family business's one line) were merged as
    one lead for sharing a surname and an initial; Tom and Thomas are still one person."""
    phone = "+4930123456"
    for stored, incoming in [
        ("Uwe", "Ute"),
        ("Jan", "Jana"),
        ("Paul", "Paula"),
        ("Mario", "Maria"),
    ]:
        index = index_of(person(1, stored, "Brandt", "Brandt GmbH", phone=phone, country="DE"))
        assert index.find(person(0, incoming, "Brandt", phone=phone, country="DE")) is None
        # Nor by their company and name, each with an address of their own.
        other = person(0, incoming, "Brandt", "Brandt GmbH", "x@brandt.example", country="DE")
        assert index.find(other) is None, (stored, incoming)
    for stored, incoming in [("Thomas", "Tom"), ("John", "Jon"), ("Alexander", "Alex"),
                             ("Sarah", "Sara"), ("Michael", "M."), ("Stephan", "Stefan"),
                             ("Mark", "Marc")]:  # fmt: skip
        index = index_of(person(1, stored, "Brandt", phone=phone, country="DE"))
        match = index.find(person(0, incoming, "Brandt", phone=phone, country="DE"))
        assert match is not None and match.rule is MatchRule.PHONE, (stored, incoming)


def test_fuzzy_company_and_name_within_a_block() -> None:
    index = index_of(JOHN)
    for first, last, company in [
        ("Jon", "Smith", "ACME SYSTEMS GMBH"),  # nickname, other legal form
        ("John", "Smtih", "Acme Systems"),  # typo in the surname, same company key
        ("John", "Smith", "Acme Sytems Inc"),  # typo in the company, same person key
        ("J.", "Smith", "Acme Systems"),  # initial only
    ]:
        match = index.find(person(0, first, last, company, email="other@mail.example"))
        assert match is not None, (first, last, company)
        assert match.rule is MatchRule.COMPANY_PERSON


def test_no_fuzzy_match_across_countries_people_or_companies() -> None:
    index = index_of(JOHN)
    assert index.find(person(0, "John", "Smith", "Acme Systems", country="GB")) is None
    assert index.find(person(0, "Jane", "Smith", "Acme Systems")) is None
    assert index.find(person(0, "John", "Smith", "Globex")) is None
    assert index.find(person(0, "John", "Smith")) is None  # no company: exact keys only


def test_merge_fills_empty_fields_and_keeps_differing_ones_aside() -> None:
    existing = {"first_name": "John", "last_name": "Smith", "title": "CIO", "company": "Acme Inc.",
                "employees": None, "country": "US", "region": None, "consent": "unknown",
                "phone_raw": "", "phone_valid": False, "email_raw": "john@acme.example",
                "email_normalized": "john@acme.example", "email_valid": True}  # fmt: skip
    incoming = {"first_name": "JOHN", "last_name": "Smith", "title": "Chief Information Officer",
                "company": "ACME, Inc", "employees": 1200, "country": "US", "region": "NY",
                "consent": "given", "phone_raw": "(212) 555-0147", "phone_e164": "+12125550147",
                "phone_extension": None, "phone_valid": True, "email_raw": "j@home.example",
                "email_normalized": "j@home.example", "email_valid": True}  # fmt: skip
    plan = plan_merge(existing, incoming)
    assert plan.changes == {"employees": 1200, "region": "NY", "phone_raw": "(212) 555-0147",
                            "phone_e164": "+12125550147", "phone_extension": None,
                            "phone_valid": True, "consent": "given"}  # fmt: skip
    assert plan.conflicts == {"title": "Chief Information Officer", "email": "j@home.example"}
    assert sorted(plan.filled) == ["consent", "employees", "phone", "region"]


def test_a_valid_phone_replaces_an_invalid_one_but_never_a_valid_one() -> None:
    invalid = {"phone_raw": "12345", "phone_e164": None, "phone_valid": False}
    valid = {"phone_raw": "+44 20 7946 0958", "phone_e164": "+442079460958", "phone_valid": True}
    other = {"phone_raw": "+44 20 7946 0000", "phone_e164": "+442079460000", "phone_valid": True}
    upgrade = plan_merge(invalid, valid)
    assert upgrade.upgraded == ["phone"] and upgrade.changes["phone_e164"] == "+442079460958"
    keep = plan_merge(valid, other)
    assert keep.changes == {} and keep.conflicts == {"phone": "+442079460000"}
    assert plan_merge(valid, invalid).changes == {}


def test_address_is_not_filled_from_another_country_and_refusal_always_counts() -> None:
    existing = {"country": "US", "region": None, "city": "", "consent": "given"}
    incoming = {"country": "CA", "region": "ON", "city": "Toronto", "consent": "refused"}
    plan = plan_merge(existing, incoming)
    assert plan.changes == {"consent": "refused"}
    assert plan.conflicts == {"country": "CA"}


def test_filling_a_name_recomputes_the_matching_keys() -> None:
    plan = plan_merge({"last_name": "", "company": ""}, {"last_name": "Doe", "company": "Foo Ltd"})
    assert plan.changes["person_key"] == "doe"
    assert plan.changes["company_key"] == "foo"
    assert plan_merge({"employees": 10}, {"employees": Decimal(10)}).changes == {}
