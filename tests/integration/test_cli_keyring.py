"""`qualifier keyring mail|database`: a password kept in the OS keyring, where the app reads it,
once its server took it (an installed workstation has no Python to call the keyring with)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import text
from sqlalchemy.engine import make_url

from qualifier_app.cli.main import main
from qualifier_app.integrations import mail
from qualifier_app.persistence import engine
from qualifier_app.persistence.database import Database
from tests.support.factories import PASSWORD, Factory
from tests.support.smtp import SmtpServer


def typed(monkeypatch: pytest.MonkeyPatch, password: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{password}\n"))


def test_the_smtp_password_is_kept_once_the_mail_server_takes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        good = isinstance(data, LoginPassword) and data.password == b"s3cret"
        return AuthResult(success=good, handled=False)  # a refusal is answered 535

    config = tmp_path / "settings.toml"
    monkeypatch.setenv("QUALIFIER_CONFIG", str(config))
    config.write_text("[retention]\nrejects_days = 30\n", encoding="utf-8")
    typed(monkeypatch, "s3cret")
    assert main(["keyring", "mail", "--password-stdin"]) == 2
    assert "the settings have no [mail] host" in capsys.readouterr().err

    server = SmtpServer(authenticator=authenticator)
    server.start()
    config.write_text(
        f'[mail]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\n'
        'user = "qualifier"\nsender = "QC <qc@example.com>"\n',
        encoding="utf-8",
    )
    account = "qualifier@127.0.0.1"
    try:
        typed(monkeypatch, "wrong")
        assert main(["keyring", "mail", "--password-stdin"]) == 2
        err = capsys.readouterr().err.strip()
        assert err.endswith("the SMTP server refused the sign-in (535): the password of "
                            f"{account} was not kept")  # fmt: skip
        assert keyring.get_password(mail.KEYRING_SERVICE, account) is None

        typed(monkeypatch, "s3cret")
        assert main(["keyring", "mail", "--password-stdin"]) == 0
        assert account in capsys.readouterr().out
        assert keyring.get_password(mail.KEYRING_SERVICE, account) == "s3cret"
    finally:
        server.stop()

    # The server out of reach: nothing kept, unless told to keep it unchecked.
    typed(monkeypatch, "n3w")
    assert main(["keyring", "mail", "--password-stdin"]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the SMTP server" in err and "--no-check keeps it unchecked" in err
    assert keyring.get_password(mail.KEYRING_SERVICE, account) == "s3cret"
    typed(monkeypatch, "n3w")
    assert main(["keyring", "mail", "--password-stdin", "--no-check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "service": "qualifier-smtp",
        "account": account,
        "checked": False,
    }
    assert keyring.get_password(mail.KEYRING_SERVICE, account) == "n3w"


def test_a_database_password_is_kept_once_the_server_takes_it_and_then_used(
    database_url: str,
    factory: Factory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("QUALIFIER_CONFIG", str(tmp_path / "no-settings.toml"))
    factory.user("rita")
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        typed(monkeypatch, PASSWORD)
        assert main(["--db", database_url, "keyring", "database", "--password-stdin"]) == 2
        assert "the embedded database has no password" in capsys.readouterr().err
        return
    nobody = url._replace(username=None).render_as_string(hide_password=False)
    assert main(["--db", nobody, "keyring", "database", "--password-stdin"]) == 2
    assert "the URL names no login" in capsys.readouterr().err

    ritas = url.set(username="rita")
    rita_url = ritas.render_as_string(hide_password=False)
    account = engine.keyring_account(ritas)
    typed(monkeypatch, "not-her-password")
    assert main(["--db", rita_url, "keyring", "database", "--password-stdin"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("the server refused the password of rita: it was not kept")
    assert keyring.get_password(engine.KEYRING_SERVICE, account) is None

    typed(monkeypatch, PASSWORD)
    assert main(["--db", rita_url, "keyring", "database", "--password-stdin"]) == 0
    assert keyring.get_password(engine.KEYRING_SERVICE, account) == PASSWORD
    # The app signs in with it: the URL names the login, the keyring its password.
    db = Database.from_url(rita_url)
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT session_user")).scalar_one() == "rita"
    finally:
        db.dispose()
