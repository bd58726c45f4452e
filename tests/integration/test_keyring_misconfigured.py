"""A keyring configuration naming a backend this installation lacks (PYTHON_KEYRING_BACKEND
or keyringrc.cfg set up for another program, say keyrings.alt): the machine is one without
a keyring, each command says so in one line, and a command given its user still works."""

from __future__ import annotations

from pathlib import Path

import pytest

from qualifier_app.domain.roles import Role
from tests.support.cli import Ran, Runner, in_process
from tests.support.factories import PASSWORD, Factory


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cli-data"
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    return in_process(capsys, monkeypatch)


@pytest.fixture(params=["keyrings.alt.file.PlaintextKeyring", "NoDotsAtAll", "keyring.Nothing"])
def missing_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The keyring library not yet set up, its configuration naming what is not there."""
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", request.param)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)


def _one_line_error(done: Ran) -> str:
    assert "Traceback" not in done.stderr
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_login_says_there_is_no_keyring(
    database_url: str, factory: Factory, run: Runner, missing_backend: None
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    done = run(
        "--db", database_url, "login", "--as", "ada", "--password-stdin", stdin=f"{PASSWORD}\n"
    )
    assert "no OS keyring" in _one_line_error(done)


def test_a_command_without_a_user_says_it_needs_one(
    database_url: str, factory: Factory, run: Runner, missing_backend: None
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    done = run("--db", database_url, "queue", "stats")
    assert "needs a user" in _one_line_error(done)


def test_a_command_given_its_user_works(
    database_url: str, factory: Factory, run: Runner, missing_backend: None
) -> None:
    factory.user("ada", Role.ADMIN, team=None, queues=())
    done = run(
        "--db",
        database_url,
        "queue",
        "stats",
        "--as",
        "ada",
        "--password-stdin",
        stdin=f"{PASSWORD}\n",
    )
    assert done.returncode == 0, done.stderr
