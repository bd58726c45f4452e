"""Dial templates: tel:/sip:/callto: URIs and a softphone's command line, split safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualifier_app.domain import dialing
from qualifier_app.domain.errors import InvalidInput
from tests.unit.test_retry_settings import settings_from


@pytest.mark.parametrize(
    ("template", "phone", "uri"),
    [
        ("tel:{number}", "+1 (415) 555-0100", "tel:+14155550100"),
        ("sip:{digits}@pbx.example.com", "+49 30 901820", "sip:4930901820@pbx.example.com"),
        ("callto:{number}", "+442079460958", "callto:+442079460958"),
    ],
)
def test_uri_templates(template: str, phone: str, uri: str) -> None:
    assert dialing.dial_uri(template, phone) == uri


@pytest.mark.parametrize(
    ("template", "uri", "carried"),
    [
        ("tel:{number}", "tel:+14155550100;ext=12", True),  # RFC 3966
        ("TEL:{digits}", "TEL:14155550100;ext=12", True),
        ("tel:{number};ext={extension}", "tel:+14155550100;ext=12", True),
        ("sip:{digits}@pbx.example.com", "sip:14155550100@pbx.example.com", False),
        ("sip:{digits}{extension}@pbx", "sip:1415555010012@pbx", True),
    ],
)
def test_an_extension_is_dialled_where_the_template_can_carry_it(
    template: str, uri: str, carried: bool
) -> None:
    assert dialing.dial_uri(template, "+1 415 555 0100", "12") == uri
    assert dialing.carries_extension(template) is carried
    # Without an extension nothing is added, and {extension} is empty.
    assert ";ext=" not in dialing.dial_uri(template.replace(";ext={extension}", ""), "+14155550100")


def test_a_command_places_the_extension_where_its_template_says() -> None:
    template = "phone --call {number} --dtmf={extension}"
    assert dialing.dial_command(template, "+14155550100", "12") == (
        "phone", "--call", "+14155550100", "--dtmf=12",
    )  # fmt: skip
    assert not dialing.carries_extension("phone --call {number}")
    with pytest.raises(InvalidInput, match="not an extension that can be dialled"):
        dialing.dial_command(template, "+14155550100", "12; reboot")


def test_a_command_template_is_split_before_the_number_goes_in() -> None:
    argv = dialing.dial_command('"/opt/My Phone/phone" --call={number} -q', "+1 415 555 0100")
    assert argv == ("/opt/My Phone/phone", "--call=+14155550100", "-q")


@pytest.mark.parametrize("phone", ["+1 415; rm -rf ~", "$(reboot)", "12", "555 0100 --evil"])
def test_anything_but_a_number_is_not_dialled(phone: str) -> None:
    with pytest.raises(InvalidInput, match="not a number that can be dialled"):
        dialing.dial_command("phone {number}", phone)
    with pytest.raises(InvalidInput, match="not a number that can be dialled"):
        dialing.dial_uri("tel:{number}", phone)


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("http://pbx/{number}", "must start with tel:, sip: or callto:"),
        ("tel:5550100", "must start with tel:, sip: or callto:"),
    ],
)
def test_bad_uri_templates(template: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem):
        dialing.check_uri_template(template)


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("phone --dial", "must pass the number as an argument"),
        ("{number}", "must pass the number as an argument"),
        ('phone "--dial {number}', "cannot be split into arguments"),
    ],
)
def test_bad_command_templates(template: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem):
        dialing.check_command_template(template)
    assert dialing.check_command_template("") == ()


def test_dial_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    default = settings_from(tmp_path, monkeypatch, "").workspace
    assert (default.dial_uri_template, default.dial_command) == ("tel:{number}", "")
    sip = settings_from(
        tmp_path,
        monkeypatch,
        '[workspace]\ndial_uri_template = "sip:{digits}@pbx"\ndial_command = "ph -d {number}"\n',
    ).workspace
    assert (sip.dial_uri_template, sip.dial_command) == ("sip:{digits}@pbx", "ph -d {number}")
    with pytest.raises(InvalidInput, match=r"settings file: \[workspace\] the dial URI template"):
        settings_from(tmp_path, monkeypatch, '[workspace]\ndial_uri_template = "x:{number}"\n')
    with pytest.raises(InvalidInput, match=r"settings file: \[workspace\] the dial command"):
        settings_from(tmp_path, monkeypatch, '[workspace]\ndial_command = "ph --dial"\n')
