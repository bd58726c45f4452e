"""TLS to PostgreSQL: sslmode and the CA file from the settings file, checked before use."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.persistence.engine import create_db_engine
from qualifier_app.settings import load_settings


def _settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("QUALIFIER_CONFIG", str(path))
    monkeypatch.delenv("QUALIFIER_DATABASE_URL", raising=False)


def test_sslmode_and_ca_file_reach_the_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = tmp_path / "center-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    _settings_file(
        tmp_path,
        monkeypatch,
        f'[database]\nurl = "postgresql://rita@db.example.internal/qualifier"\n'
        f'sslmode = "verify-full"\nsslrootcert = "{ca}"\n',
    )
    url = load_settings().database_url
    engine = create_db_engine(url)  # connects lazily: nothing is dialled here
    try:
        assert engine.url.query["sslmode"] == "verify-full"
        assert engine.url.query["sslrootcert"] == str(ca)
    finally:
        engine.dispose()
    # A URL that names its own mode keeps it.
    explicit = load_settings("postgresql://rita@db/qualifier?sslmode=require").database_url
    assert "sslmode=require" in explicit and "verify-full" not in explicit
    # SQLite has no TLS: the keys do not touch its URL.
    assert load_settings("sqlite:///x.sqlite3").database_url == "sqlite:///x.sqlite3"


def test_a_wrong_mode_or_a_missing_ca_file_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _settings_file(tmp_path, monkeypatch, '[database]\nsslmode = "verify_full"\n')
    url = load_settings("postgresql://rita@db/qualifier").database_url
    with pytest.raises(InvalidInput, match="sslmode 'verify_full' is not one of"):
        create_db_engine(url)
    missing = tmp_path / "no-ca.pem"
    _settings_file(tmp_path, monkeypatch, f'[database]\nsslrootcert = "{missing}"\n')
    url = load_settings("postgresql://rita@db/qualifier").database_url
    with pytest.raises(InvalidInput, match=f"the CA file {missing} .sslrootcert. is missing"):
        create_db_engine(url)
