"""Is this inquiry a person we already have? Exact keys first, then fuzzy company + person.

Fuzzy comparison only happens inside blocks (the same company key, or the same surname and
first initial), so the work per inquiry stays proportional to the size of its blocks, not
to the number of leads: matching a file is near-linear in its rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from qualifier_app.domain.normalize import SURNAME_PARTICLES, fold

PERSON_THRESHOLD = 88.0
COMPANY_THRESHOLD = 90.0
SURNAME_THRESHOLD = 90.0
# Two spellings of one first name (Jon and John, Micheal and Michael), not two names that
# share letters (Mario and Maria at 80, Uwe and Ute at 67).
FIRST_NAME_THRESHOLD = 84.0
# A short form and the full name one person goes by, where the one does not begin the other
# (Alex and Alexander need no entry). Bill and William are no pair: names of other initials
# never agree.
NICKNAMES = frozenset(
    frozenset(pair)
    for pair in (
        ("tom", "thomas"), ("tommy", "thomas"), ("will", "william"), ("rob", "robert"),
        ("jim", "james"), ("jimmy", "james"), ("mike", "michael"), ("mick", "michael"),
        ("dave", "david"), ("kate", "katherine"), ("katie", "katherine"),
        ("meg", "margaret"), ("maggie", "margaret"), ("steve", "stephen"), ("steve", "steven"),
        ("joe", "joseph"), ("nick", "nicholas"), ("nick", "nikolaus"), ("rick", "richard"),
        ("sue", "susan"), ("suzy", "susan"), ("jenny", "jennifer"), ("andi", "andreas"),
        ("uli", "ulrich"), ("steffi", "stefanie"), ("kathi", "katharina"),
        ("willi", "wilhelm"), ("fritz", "friedrich"), ("franzi", "franziska"),
    )
)  # fmt: skip


class MatchRule(StrEnum):
    EMAIL = "e-mail"
    PHONE = "phone"
    COMPANY_PERSON = "company and name"

    @property
    def label(self) -> str:
        return self.value


@dataclass(slots=True)
class Person:
    """What matching needs to know about a lead (stored or new) or an inquiry."""

    ref: int
    email: str | None
    phone: str | None
    company_key: str
    person_key: str
    first_name: str
    last_name: str
    country: str | None
    first: str = field(init=False)
    last: str = field(init=False)

    def __post_init__(self) -> None:
        # Folded once: these are compared many times inside a block. The particles that
        # begin a surname are left out of the comparison, wherever a name put them: a list
        # may say "José da" / "Silva" (as imports before 2026-12 split "José da Silva"),
        # "José" / "da Silva" or "José" / "Silva".
        first = fold(self.first_name).strip(" .").split()
        last = fold(self.last_name).strip(" .").split()
        while len(first) > 1 and first[-1] in SURNAME_PARTICLES:
            first.pop()
        while len(last) > 1 and last[0] in SURNAME_PARTICLES:
            last.pop(0)
        self.first, self.last = " ".join(first), " ".join(last)


@dataclass(frozen=True)
class Match:
    ref: int
    rule: MatchRule


def surname_similarity(a: str, b: str) -> float:
    """0–100; Jaro-Winkler forgives a swapped pair of letters ("Smtih"), which edit ratios
    punish as hard as two wrong letters."""
    return max(fuzz.ratio(a, b), 100 * JaroWinkler.normalized_similarity(a, b))


def names_compatible(a: Person, b: Person) -> bool:
    """Could two records sharing a phone be the same person? A switchboard number is shared
    by a whole company, so a phone alone matches only when the names do not contradict."""
    if not a.last or not b.last:
        return True
    if surname_similarity(a.last, b.last) < SURNAME_THRESHOLD:
        return False
    return first_names_agree(_first_word(a), _first_word(b))


def _sounding(name: str) -> str:
    """A first name as it sounds, spellings aside: Marc and Mark, Stefan and Stephan, Sarah
    and Sara, Matthias and Mathias are one name."""
    for written, said in (("ph", "f"), ("th", "t"), ("ck", "k"), ("c", "k"), ("y", "i")):
        name = name.replace(written, said)
    name = "".join(letter for i, letter in enumerate(name) if i == 0 or letter != name[i - 1])
    return name.removesuffix("h") if len(name) > 2 else name


def _first_word(person: Person) -> str:
    return person.first.split()[0] if person.first else ""


def first_names_agree(a: str, b: str) -> bool:
    """Could two first names (folded) be one person's? An initial agrees with any name of its
    letter; two full names agree when they are one spelt twice, one a short form of the other
    (Alex, Tom), not when they are two people's who share a phone (Uwe and Ute Brandt)."""
    if not a or not b:
        return True
    if a[0] != b[0] or _two_people_s_forms(a, b):
        return False
    if len(a) == 1 or len(b) == 1 or _sounding(a) == _sounding(b):
        return True
    short, long = sorted((a, b), key=len)
    return (
        long.startswith(short)
        or frozenset((a, b)) in NICKNAMES
        or fuzz.ratio(a, b) >= FIRST_NAME_THRESHOLD
    )


def _two_people_s_forms(a: str, b: str) -> bool:
    """A name and another person's form of it: Jan and Jana, Christian and Christiane, Andrea
    and Andreas, Mario and Maria, Francesco and Francesca (Sara and Sarah are one)."""
    short, long = sorted((a, b), key=len)
    if len(long) == len(short) + 1 and long.startswith(short):
        return long[-1] in "aes"
    return len(a) == len(b) and a != b and a[:-1] == b[:-1] and {a[-1], b[-1]} <= set("aeiou")


def same_name(a: Person, b: Person) -> bool:
    """Close enough to be the same person: "Jon Smith" / "John Smith", "J. Smith" / "John
    Smith", "Smtih" / "Smith" with the same first name; never with different initials."""
    if not a.last or not b.last:
        return False
    if not first_names_agree(_first_word(a), _first_word(b)):
        return False
    if surname_similarity(a.last, b.last) < SURNAME_THRESHOLD:
        return False
    if not a.first or not b.first or len(a.first) == 1 or len(b.first) == 1:
        return a.last == b.last
    return fuzz.ratio(f"{a.first} {a.last}", f"{b.first} {b.last}") >= PERSON_THRESHOLD


def same_company(a: Person, b: Person) -> bool:
    if not a.company_key or not b.company_key:
        return False
    if a.company_key == b.company_key:
        return True
    return fuzz.ratio(a.company_key, b.company_key) >= COMPANY_THRESHOLD


def countries_agree(a: Person, b: Person) -> bool:
    return a.country is None or b.country is None or a.country == b.country


def own_contacts(a: Person, b: Person) -> bool:
    """Each has an e-mail and a phone of their own: two colleagues ("Mark" and "Mary Jones"
    at Acme), however alike their names. One without a phone, or a second e-mail address
    (a private one), may still be the same person."""
    return bool(
        a.email and b.email and a.email != b.email and a.phone and b.phone and a.phone != b.phone
    )


def may_be_same(a: Person, b: Person) -> bool:
    """The company-and-name rule's conditions besides the company."""
    return countries_agree(a, b) and not own_contacts(a, b) and same_name(a, b)


class MatchIndex:
    """People indexed by their exact keys and blocking keys."""

    def __init__(self) -> None:
        self._by_email: dict[str, Person] = {}
        self._by_phone: dict[str, list[Person]] = defaultdict(list)
        self._by_company: dict[str, list[Person]] = defaultdict(list)
        self._by_person: dict[str, list[Person]] = defaultdict(list)
        self._refs: set[int] = set()

    def __len__(self) -> int:
        return len(self._refs)

    def __contains__(self, ref: int) -> bool:
        return ref in self._refs

    def add(self, person: Person) -> None:
        self._refs.add(person.ref)
        if person.email:
            self._by_email.setdefault(person.email, person)
        if person.phone:
            self._by_phone[person.phone].append(person)
        if person.company_key:
            self._by_company[person.company_key].append(person)
        if person.person_key:
            self._by_person[person.person_key].append(person)

    def find(self, probe: Person) -> Match | None:
        """The person `probe` is, by the first rule that holds: same e-mail; same phone with
        names that agree; same (or nearly the same) company and nearly the same name, unless
        each has an e-mail and a phone of their own."""
        if probe.email and (found := self._by_email.get(probe.email)):
            return Match(found.ref, MatchRule.EMAIL)
        if probe.phone:
            for other in self._by_phone.get(probe.phone, ()):
                if names_compatible(probe, other):
                    return Match(other.ref, MatchRule.PHONE)
        if not probe.last:
            return None
        for other in self._by_company.get(probe.company_key, ()):
            if may_be_same(probe, other):
                return Match(other.ref, MatchRule.COMPANY_PERSON)
        for other in self._by_person.get(probe.person_key, ()):
            if same_company(probe, other) and may_be_same(probe, other):
                return Match(other.ref, MatchRule.COMPANY_PERSON)
        return None
