"""[workspace] default_country: the country a lookup reads a national phone number in."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.services.workspace.lookup import plan
from tests.unit.test_retry_settings import settings_from


def test_default_country(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings_from(tmp_path, monkeypatch, "").workspace.default_country == "US"
    german = settings_from(tmp_path, monkeypatch, '[workspace]\ndefault_country = " de "\n')
    assert german.workspace.default_country == "DE"
    with pytest.raises(InvalidInput, match=r"two-letter country code .* not 'USA'"):
        settings_from(tmp_path, monkeypatch, '[workspace]\ndefault_country = "USA"\n')


@pytest.mark.parametrize(
    ("typed", "country", "understood"),
    [
        ("030 901820", "DE", "phone +4930901820"),
        ("+49 30 901820", "US", "phone +4930901820"),
        ("(212) 555-0142", "US", "phone +12125550142"),
        ("Jane.Doe@Example.COM", "US", "e-mail jane.doe@example.com"),
        ("jane.doe@exa", "US", "e-mail starting jane.doe@exa"),
        ("#42", "US", "lead 42"),
        ("42", "US", "lead 42"),
        ("  Smith   Jones ", "US", "name or company starting “Smith Jones”"),
    ],
)
def test_what_the_text_is_taken_for(typed: str, country: str, understood: str) -> None:
    assert plan(typed, country, postgres=False)[0] == understood
