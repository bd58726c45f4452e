"""Engines of one process share the SQL compiled for them: a new engine (a person's own login,
a simulated workstation) does not compile every statement again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, func, select, text

from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.persistence.models import Lead


def _count_with_status(engine: Engine, status: str) -> tuple[int, object]:
    with engine.connect() as connection:
        result = connection.execute(
            select(func.count()).select_from(Lead).where(Lead.status == status)
        )
        return int(result.scalar_one()), result.context.cache_hit


def test_a_second_engine_reuses_what_the_first_compiled(database_url: str) -> None:
    first, second = create_db_engine(database_url), create_db_engine(database_url)
    try:
        count, _ = _count_with_status(first, "queued")
        again, hit = _count_with_status(second, "nurture")
        assert hit is second.dialect.CACHE_HIT
        assert (count, again) == (0, 0)
    finally:
        first.dispose()
        second.dispose()


def test_each_engine_still_runs_its_own_values_on_its_own_database(tmp_path: Path) -> None:
    engines = [create_db_engine(f"sqlite:///{tmp_path / name}.sqlite3") for name in "ab"]
    try:
        for number, engine in enumerate(engines, start=1):
            with engine.begin() as connection:
                connection.execute(text("CREATE TABLE t (n INTEGER)"))
                connection.execute(text("INSERT INTO t VALUES (:n)"), {"n": number})
        found = []
        for number, engine in enumerate(engines, start=1):
            with engine.connect() as connection:
                result = connection.execute(text("SELECT n FROM t WHERE n = :n"), {"n": number})
                found.append((result.scalar_one(), result.context.cache_hit))
        assert [n for n, _ in found] == [1, 2]
        assert found[1][1] is engines[1].dialect.CACHE_HIT
    finally:
        for engine in engines:
            engine.dispose()
