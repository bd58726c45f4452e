"""Intake benchmark: a messy file of inquiries imported into SQLite and PostgreSQL.

    python benchmarks/intake.py [--rows 100000]            (SQLite; PostgreSQL too when
                                                            QUALIFIER_TEST_PG_URL is set)
    python scripts/throwaway_postgres.py -- python benchmarks/intake.py

The file has about 20 % duplicates (case, spacing, phone format, company suffix, a missing
e-mail) and 5 % invalid rows; a second file of the same shape has a tenth of the rows. In
the same run it times the raw cost of validating the same rows in a plain loop (phonenumbers
parse + validity check, email-validator), the baseline the import is compared with, the
in-memory duplicate matching of both files, and the imports of both files into fresh
databases. Each import runs in a child process so its peak memory is its own. The machine
may be shared, so every figure is measured --repeat times and printed as the best and the
range; an import is compared with the baseline measured in the same repetition.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gc
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADER = [
    "First Name",
    "Last Name",
    "Company",
    "E-mail Address",
    "Phone",
    "Country",
    "State",
    "Job Title",
    "Employees",
    "Product Interest",
    "Lead Source",
    "Date",
]
FIRST = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Wei",
    "Fatima",
    "Hiroshi",
    "Aisha",
    "Raj",
    "Sofia",
    "Lukas",
    "Chloe",
    "Mateo",
    "Grace",
    "Noah",
    "Emma",
    "Ravi",
    "Julia",
    "Camille",
    "Kenji",
    "Olivia",
    "Ana",
    "Elena",
    "Lars",
    "Ingrid",
    "Pierre",
    "Amelie",
    "Giulia",
    "Marco",
    "Sven",
    "Anja",
    "Tomasz",
    "Katarzyna",
    "Dmitri",
    "Olga",
    "Yuki",
    "Haruto",
    "Priya",
    "Arjun",
    "Zoe",
    "Liam",
    "Ava",
    "Ethan",
    "Mia",
    "Lucas",
    "Isla",
    "Oscar",
    "Freya",
    "Hugo",
    "Alice",
    "Leon",
    "Clara",
    "Felix",
    "Nora",
    "Emil",
    "Ida",
    "Jonas",
    "Lea",
    "Paul",
    "Marie",
    "Finn",
    "Lina",
    "Ben",
    "Sophie",
    "Max",
    "Hanna",
]
LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Dubois",
    "Lefebvre",
    "Moreau",
    "Laurent",
    "Simon",
    "Michel",
    "Leroy",
    "Roux",
    "Sato",
    "Suzuki",
    "Takahashi",
    "Tanaka",
    "Watanabe",
    "Ito",
    "Yamamoto",
    "Nakamura",
    "Kobayashi",
    "Kato",
    "Patel",
    "Sharma",
    "Singh",
    "Kumar",
    "Gupta",
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Novak",
    "Kowalski",
    "Nowak",
    "Wisniewski",
    "Wojcik",
    "Kaminski",
    "Lewandowski",
    "Zielinski",
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "OBrien",
    "Murphy",
    "Kelly",
    "Walsh",
    "Byrne",
    "Ryan",
    "Costa",
    "Silva",
    "Santos",
    "Oliveira",
    "Pereira",
    "Ferreira",
    "Alves",
]
WORDS = [
    "Acme",
    "Northwind",
    "Globex",
    "Initech",
    "Umbrella",
    "Stark",
    "Wayne",
    "Vandelay",
    "Hooli",
    "Soylent",
    "Tyrell",
    "Cyberdyne",
    "Aperture",
    "Oscorp",
    "Wonka",
    "Redwood",
    "Summit",
    "Evergreen",
    "Ironclad",
    "Lakeside",
    "Crescent",
    "Harbor",
    "Granite",
    "Meridian",
    "Pinnacle",
    "Horizon",
    "Keystone",
    "Beacon",
    "Cobalt",
    "Falcon",
    "Juniper",
    "Nimbus",
    "Orchid",
    "Prairie",
    "Quartz",
    "Sterling",
    "Tundra",
    "Vertex",
    "Willow",
    "Zephyr",
    "Atlas",
    "Boreal",
    "Cascade",
    "Delta",
    "Ember",
    "Fjord",
    "Glacier",
    "Helix",
    "Indigo",
    "Jade",
    "Kestrel",
    "Lumen",
    "Mosaic",
    "Nova",
]
KINDS = [
    "Systems",
    "Health",
    "Bank",
    "Logistics",
    "Retail",
    "Insurance",
    "Energy",
    "Foods",
    "Telecom",
    "Media",
    "Labs",
    "Manufacturing",
    "Airlines",
    "Software",
    "Networks",
    "Consulting",
    "Analytics",
    "Robotics",
]
TITLES = [
    "CIO",
    "VP of IT",
    "IT Manager",
    "Director of Customer Care",
    "CTO",
    "Network Engineer",
    "Contact Center Manager",
    "Procurement Manager",
    "Student",
    "Head of Infrastructure",
]
PRODUCTS = ["Contact center", "Unified communications", "Networking", "Cloud migration", "Security"]
SOURCES = ["Web form", "Trade show", "Webinar", "Content download", "Purchased list"]
# (country as written, ISO code, legal forms, regions, share)
COUNTRIES = [
    ("USA", "US", ["Inc.", "LLC", "Corp."], ["NY", "CA", "TX", "FL", "IL", "WA"], 45),
    ("United Kingdom", "GB", ["Ltd", "plc"], [""], 12),
    ("Germany", "DE", ["GmbH", "AG"], [""], 12),
    ("France", "FR", ["SA", "SAS"], [""], 8),
    ("Australia", "AU", ["Pty Ltd"], ["NSW", "VIC", "QLD"], 8),
    ("Canada", "CA", ["Inc.", "Ltd."], ["ON", "BC", "QC"], 8),
    ("Brazil", "BR", ["Ltda"], [""], 7),
]
US_AREAS = {
    "NY": "212",
    "CA": "415",
    "TX": "512",
    "FL": "305",
    "IL": "312",
    "WA": "206",
    "ON": "416",
    "BC": "604",
    "QC": "514",
}


def _phone_pool(rng: random.Random, country: str, count: int) -> list[str]:
    import phonenumbers

    example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None
    digits = str(example.national_number)
    keep = digits[: max(2, len(digits) // 3)]
    found: set[str] = set()
    while len(found) < count:
        candidate = keep + "".join(rng.choice("0123456789") for _ in range(len(digits) - len(keep)))
        if phonenumbers.is_valid_number(phonenumbers.parse(candidate, country)):
            found.add(candidate)
    return sorted(found)


def _format_phone(rng: random.Random, national: str, country: str) -> str:
    import phonenumbers

    number = phonenumbers.parse(national, country)
    style = rng.choice(
        [
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.E164,
        ]
    )
    text = phonenumbers.format_number(number, style)
    return text.replace(" ", rng.choice([" ", "-", ".", " "]))


def generate(path: Path, rows: int, seed: int = 7) -> dict[str, int]:  # noqa: PLR0912, PLR0915
    """Write `rows` messy inquiries; returns how many are duplicates and invalid."""
    rng = random.Random(seed)
    invalid = rows * 5 // 100
    duplicates = rows * 20 // 100
    people_count = rows - invalid - duplicates
    weights = [share for *_, share in COUNTRIES]
    pools: dict[str, list[str]] = {}
    people: list[list[str]] = []
    used_phones: set[str] = set()
    for n in range(people_count):
        written, code, forms, regions, _ = rng.choices(COUNTRIES, weights)[0]
        region = rng.choice(regions)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company_name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(KINDS)}"
        domain = company_name.lower().replace(" ", "") + ".example"
        if code in ("US", "CA"):
            while True:
                national = f"{US_AREAS[region]}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
                if national not in used_phones:
                    break
        else:
            pool = pools.setdefault(code, [])
            if not pool:
                pool.extend(_phone_pool(rng, code, 4000))
                rng.shuffle(pool)
            national = pool.pop()
        used_phones.add(national)
        people.append(
            [
                first,
                last,
                f"{company_name} {rng.choice(forms)}",
                f"{first.lower()}.{last.lower()}{n}@{domain}".replace("ü", "ue"),
                _format_phone(rng, national, code),
                written,
                region,
                rng.choice(TITLES),
                str(rng.choice([12, 40, 150, 400, 1200, 5000])),
                rng.choice(PRODUCTS),
                rng.choice(SOURCES),
                f"2026-{rng.randint(6, 11):02d}-{rng.randint(1, 20):02d}",
            ]
        )
    out: list[list[str]] = list(people)
    for _ in range(duplicates):
        original = rng.choice(people)
        row = list(original)
        change = rng.randrange(5)
        if change == 0:
            row[0], row[1], row[2] = row[0].upper(), row[1].upper(), row[2].upper()
            row[3] = row[3].upper()
        elif change == 1:
            row[0], row[1] = f"  {row[0].lower()} ", f" {row[1]}  "
            row[2] = row[2].replace(" ", "  ", 1)
        elif change == 2:
            code = next(c for w, c, *_ in COUNTRIES if w == row[5])
            import phonenumbers

            parsed = phonenumbers.parse(row[4], code)
            row[4] = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            row[3] = ""
        elif change == 3:
            row[2] = row[2].rsplit(" ", 1)[0] + rng.choice([", Inc", " GmbH", " Ltd.", ""])
            row[3] = f"{row[0].lower()}{rng.randint(1, 99)}@gmail.com"
            row[4] = ""  # a private e-mail: only company + name can match
        else:
            row[3] = row[3].capitalize()
            row[10] = rng.choice(SOURCES)
        out.append(row)
    for n in range(invalid):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        kind = n % 3
        phone = ["12345", "n/a", ""][kind]
        email = ["bob@@example", "", "no at sign.example"][kind]
        out.append([first, last, "Broken Data Co", email, phone, "USA", "NY", "", "", "", "", ""])
    rng.shuffle(out)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(out)
    return {"rows": rows, "duplicates": duplicates, "invalid": invalid, "people": people_count}


def raw_validation(path: Path) -> float:
    """The baseline: parse and check every phone and e-mail, nothing else, one process."""
    import phonenumbers
    from email_validator import EmailNotValidError, validate_email

    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))[1:]
    codes = {written: code for written, code, *_ in COUNTRIES}
    started = time.perf_counter()
    for row in rows:
        with contextlib.suppress(phonenumbers.NumberParseException):
            phonenumbers.is_valid_number(phonenumbers.parse(row[4], codes.get(row[5])))
        with contextlib.suppress(EmailNotValidError):
            validate_email(row[3], check_deliverability=False)
    return time.perf_counter() - started


def read_inquiries(path: Path) -> list[Any]:
    """The file's accepted rows, normalized (not timed: matching is what is measured)."""
    from qualifier_app.domain.inquiry import Inquiry, read_inquiry
    from qualifier_app.domain.inquiry_columns import suggest_mapping

    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        mapping = suggest_mapping(header)
        columns = {name: header[i] for i, name in enumerate(mapping) if name}
        now = datetime.now(UTC)
        inquiries = []
        for number, row in enumerate(reader, 2):
            values = {name: row[i] for i, name in enumerate(mapping) if name}
            result = read_inquiry(number, values, columns, now)
            if isinstance(result, Inquiry):
                inquiries.append(result)
    return inquiries


def matching(inquiries: list[Any]) -> float:
    """In-memory duplicate matching of the inquiries of one file (blocking + fuzzy)."""
    from qualifier_app.domain.matching import MatchIndex, Person

    started = time.perf_counter()
    index = MatchIndex()
    for ref, found in enumerate(inquiries):
        person = Person(
            ref,
            found.email_normalized,
            found.phone_e164,
            found.company_key,
            found.person_key,
            found.first_name,
            found.last_name,
            found.country,
        )
        if index.find(person) is None:
            index.add(person)
    return time.perf_counter() - started


def exact_keys_only(inquiries: list[Any]) -> float:
    """The control for `matching`: only two dictionaries of exact keys, no fuzzy matching.
    Whatever this loses going from 10,000 to 100,000 rows is the memory hierarchy (the
    dictionaries outgrow the processor caches), not the dedupe algorithm."""
    started = time.perf_counter()
    by_email: dict[str, int] = {}
    by_phone: dict[str, int] = {}
    for ref, found in enumerate(inquiries):
        if found.email_normalized in by_email or found.phone_e164 in by_phone:
            continue
        if found.email_normalized:
            by_email[found.email_normalized] = ref
        if found.phone_e164:
            by_phone[found.phone_e164] = ref
    return time.perf_counter() - started


def import_once(url: str, path: Path) -> dict[str, object]:
    """Child process: migrate a fresh database, import the file, report time and peak RSS."""
    from qualifier_app.app import build
    from qualifier_app.domain.roles import OPERATOR
    from qualifier_app.persistence import schema
    from qualifier_app.persistence.database import Database
    from qualifier_app.settings import Settings

    db = Database.from_url(url)
    schema.upgrade(db.engine)
    app = build(Settings(database_url=url, data_dir=path.parent), db=db)
    started = time.perf_counter()
    summary = app.intake.import_inquiries(OPERATOR, path, rejects_path=path.parent / "rejects.csv")
    seconds = time.perf_counter() - started
    app.close()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "seconds": seconds,
        "peak_mb": peak_kb / 1024,
        "rows": summary.rows,
        "imported": summary.imported,
        "merged": summary.merged,
        "rejected": summary.rejected,
    }


def _child(url: str, path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", url, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _postgres_database(server: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = make_url(server).set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
        # A scratch database on a server others use: its people's logins may exist (0059).
        conn.execute(f"ALTER DATABASE \"{name}\" SET qualifier.logins = 'shared'")
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def _spread(values: list[float], unit: str = "", digits: int = 2) -> str:
    """Best, and the range over the repetitions (the machine is shared, so figures vary)."""
    best = min(values)
    if len(values) == 1:
        return f"{best:.{digits}f}{unit}"
    return f"{best:.{digits}f}{unit} (range {best:.{digits}f}–{max(values):.{digits}f})"


def main() -> int:  # noqa: PLR0915
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2, help="measure each figure N times")
    parser.add_argument("--child", nargs=2, metavar=("URL", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(import_once(args.child[0], Path(args.child[1]))))
        return 0

    scratch = tempfile.TemporaryDirectory(prefix="qualifier-bench-")  # removed when the run ends
    folder = Path(scratch.name)
    big, small = folder / "inquiries.csv", folder / "inquiries-small.csv"
    shape = generate(big, args.rows)
    generate(small, args.rows // 10)
    print(
        f"file: {shape['rows']:,} rows, {shape['duplicates']:,} duplicates, "
        f"{shape['invalid']:,} invalid ({big.stat().st_size / 1e6:.1f} MB); the same shape "
        f"at {args.rows // 10:,} rows for the ×10 comparisons. The import runs in one "
        "process, like the baseline. Figures: best of "
        f"{args.repeat}, with the range."
    )

    # Matching, in memory: both files' rows are normalized first, and left out of the
    # garbage collector's scans, so only the matching itself is timed.
    inquiries = {size: read_inquiries(path) for size, path in ((1, small), (10, big))}
    gc.collect()
    gc.freeze()
    dedupe: dict[int, list[float]] = {1: [], 10: []}
    control: dict[int, list[float]] = {1: [], 10: []}
    for _ in range(args.repeat):
        for size in (1, 10):
            dedupe[size].append(matching(inquiries[size]))
            control[size].append(exact_keys_only(inquiries[size]))
    del inquiries
    gc.unfreeze()
    gc.collect()
    dedupe_growth = [b / a for a, b in zip(dedupe[1], dedupe[10], strict=True)]
    control_growth = [b / a for a, b in zip(control[1], control[10], strict=True)]
    print(
        f"dedupe in memory: {args.rows // 10:,} rows {_spread(dedupe[1], ' s', 3)}, "
        f"{args.rows:,} rows {_spread(dedupe[10], ' s', 3)}; ×{_spread(dedupe_growth, '', 1)} "
        "for ×10 rows (goal ≤ ×12)"
    )
    print(
        f"  control, exact keys in two dictionaries only: ×{_spread(control_growth, '', 1)} "
        "for ×10 rows"
    )

    targets = ["SQLite"]
    server = os.environ.get("QUALIFIER_TEST_PG_URL")
    if server:
        targets.append("PostgreSQL")
    else:
        print(
            "PostgreSQL: skipped (set QUALIFIER_TEST_PG_URL or use scripts/throwaway_postgres.py)"
        )
    baseline: list[float] = []
    results: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {t: [] for t in targets}
    for attempt in range(args.repeat):
        baseline.append(raw_validation(big))
        for name in targets:
            pair = []
            for path in (big, small):
                if name == "SQLite":
                    url = f"sqlite:///{folder / f'bench-{attempt}-{path.stem}.sqlite3'}"
                else:
                    url = _postgres_database(server or "")
                pair.append(_child(url, path))
            results[name].append((pair[0], pair[1]))
    print(
        f"raw validation of {args.rows:,} rows (phonenumbers parse + validity check, "
        f"email-validator, plain loop): {_spread(baseline, ' s')}"
    )
    for name in targets:
        runs = results[name]
        seconds = [float(full["seconds"]) for full, _ in runs]
        # Each import is compared with the baseline measured in the same repetition.
        ratios = [s / b for s, b in zip(seconds, baseline, strict=True)]
        growth = [float(full["seconds"]) / float(part["seconds"]) for full, part in runs]
        peak = max(max(float(full["peak_mb"]), float(part["peak_mb"])) for full, part in runs)
        full = runs[0][0]
        print(
            f"{name} import of {args.rows:,} rows: {_spread(seconds, ' s')} = "
            f"{_spread(ratios, '×')} raw validation (goal ≤ 2×), "
            f"{args.rows / min(seconds):,.0f} rows/s at best"
        )
        print(
            f"  {args.rows // 10:,} → {args.rows:,} rows: ×{_spread(growth, '', 1)} (goal ≤ ×12); "
            f"peak memory {peak:.0f} MB (goal ≤ 1024 MB); imported {full['imported']:,}, "
            f"merged {full['merged']:,}, rejected {full['rejected']:,} (the file has "
            f"{shape['people']:,} people, {shape['duplicates']:,} duplicates, "
            f"{shape['invalid']:,} invalid)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
