"""The app in the person's language: the catalogues, the Spanish windows and messages, the
language setting and QLocale formats."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from qualifier_app.app import Services
from qualifier_app.domain.bant import DIMENSION_NAMES
from qualifier_app.domain.bant.assessment import Assessment
from qualifier_app.domain.calling_rules import PlaceRule
from qualifier_app.domain.check_calls import CheckPolicy
from qualifier_app.domain.errors import AuthenticationFailed, QualifierError
from qualifier_app.domain.outcomes import OutcomeKind, reason_text
from qualifier_app.domain.partner_matching import LeadFacts, PartnerEntry, PartnerLoad, match_all
from qualifier_app.domain.roles import Role
from qualifier_app.domain.text import counted, listed, message, restored, stored
from qualifier_app.domain.touches import touch_kind_text
from qualifier_app.services.accounts.users import SignedIn
from qualifier_app.services.admin.scoring_rules import RulesVersion
from qualifier_app.services.admin.scripts import ScriptVersion
from qualifier_app.services.board.lead_filter import LeaseState
from qualifier_app.services.board.lead_table import LeadRow
from qualifier_app.services.compliance.blocked import BlockedReason
from qualifier_app.settings import configured_language, load_settings
from qualifier_app.ui.admin.calling_rules_holidays import HolidaysPanel
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.board.lead_table_model import COLUMN_TITLES, display_page, status_texts
from qualifier_app.ui.intake.import_wizard import ImportWizard
from qualifier_app.ui.partners.routing import RoutingTab
from qualifier_app.ui.shell import i18n
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.login import LoginWindow
from qualifier_app.ui.shell.worker import Workers
from qualifier_app.ui.workspace.lead_card import consent_in_words
from qualifier_app.ui.workspace.script_view import ChoiceQuestion, TextQuestion
from tests.gui.conftest import OpenWorkspace, open_scripts_area, wait_idle
from tests.gui.test_workspace_flow import take_next
from tests.support.catalogues import translations
from tests.support.factories import PASSWORD, Factory

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")
ACCELERATOR = re.compile(r"&(\w)")


@pytest.fixture
def spanish(qapp: QApplication, built: Path) -> Iterator[None]:
    before = QLocale()
    assert i18n.install("es", built) == "es"
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def test_the_sign_in_window_speaks_spanish(qtbot: QtBot, spanish: None) -> None:
    workers = Workers()
    window = LoginWindow(workers)
    qtbot.addWidget(window)
    assert window.button.text() == "&Iniciar sesión"
    assert window.windowTitle() == "Qualifier — iniciar sesión"
    window.submit()  # nothing typed, and no database yet: nothing happens
    workers.close()


def test_service_messages_and_domain_labels_are_shown_in_spanish(spanish: None) -> None:
    refused = AuthenticationFailed(message("unknown login or wrong password"))
    assert str(refused) == "unknown login or wrong password"  # the command line's English
    assert i18n.problem_text(refused) == "usuario desconocido o contraseña incorrecta"
    held = QualifierError(message("there is no lead {lead_id}", lead_id=42))
    assert i18n.problem_text(held) == "no existe el lead 42"
    assert i18n.translated(OutcomeKind.NURTURE.label) == "Maduración"
    assert (i18n.yes_no(True), i18n.yes_no(False)) == ("sí", "no")  # the tables' "active"
    # A count in a message follows the locale's digits, not Python's grouping.
    moved = message(
        "more than {MAX_FILTER_MOVE:,} leads match; narrow the filter", MAX_FILTER_MOVE=50000
    )
    assert str(moved) == "more than 50,000 leads match; narrow the filter"
    assert i18n.translated(moved) == "coinciden más de 50.000 leads; acote el filtro"
    assert i18n.problem_text(ValueError("secret")) == "Problema inesperado: ValueError"


def test_counts_take_the_form_of_their_number_in_english_and_in_spanish(spanish: None) -> None:
    one, two = BlockedReason("stale registry", 1).line, BlockedReason("stale registry", 2).line
    assert (str(one), str(two)) == ("1 lead: stale registry", "2 leads: stale registry")
    assert i18n.translated(two) == "2 leads: stale registry"
    rows = [counted(n, "{count:,} row read = {parts}", "{count:,} rows read = {parts}", parts="")
            for n in (1, 12000)]  # fmt: skip
    assert [str(r) for r in rows] == ["1 row read = ", "12,000 rows read = "]
    assert [i18n.translated(r) for r in rows] == ["1 fila leída = ", "12.000 filas leídas = "]


def test_the_versions_of_rules_and_scripts_are_listed_in_spanish(spanish: None) -> None:
    rules = RulesVersion(version=2, saved_at=None, saved_by="", reason="", in_force=True)
    assert [i18n.translated(cell) for cell in rules.cells()[:2]] == ["v2 (vigente)", "de fábrica"]
    script = ScriptVersion(
        id=1, name="bant", version=4, segment=None, title="", screens=3, qualifications=1,
        created_at=datetime(2026, 11, 2, 9, tzinfo=UTC), newest=True,
    )  # fmt: skip
    assert [i18n.translated(cell) for cell in script.cells()[1:3]] == ["v4 (en uso)", "cualquiera"]


def test_the_scripts_area_lists_its_versions_in_spanish(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, spanish: None
) -> None:
    area, _ = open_scripts_area(qtbot, services, factory, workers, "sam", Role.SUPERVISOR)
    qtbot.waitUntil(lambda: area.table.rowCount() > 0)
    rows = {
        area.table.item(row, 0).text(): [area.table.item(row, c).text() for c in (1, 2)]
        for row in range(area.table.rowCount())
    }
    assert rows["bant-default"] == ["v3 (en uso)", "cualquiera"]


def test_a_leads_consent_is_said_in_spanish(spanish: None) -> None:
    """The consent as stored (given, refused, unknown) in the lead card's figures line."""
    assert [consent_in_words(value) for value in ("given", "refused", "unknown")] == [
        "dado",
        "rechazado",
        "desconocido",
    ]
    assert consent_in_words("opt-in by fax") == "opt-in by fax"  # not ours: as stored


def test_reasons_put_together_from_messages_are_shown_in_spanish(spanish: None) -> None:
    """A message built of parts (a weekday, a status, optional clauses) is translated part by
    part; its English stays what the command line prints."""
    saturday = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)
    closed = PlaceRule("US-FL", weekdays="12345").why_closed(["America/New_York"], saturday)
    assert closed == "no calls on Saturday in US-FL (America/New_York)"
    assert i18n.translated(closed) == "no se llama el sábado en US-FL (America/New_York)"

    policy = CheckPolicy("smb", None, 5, 20, minimum_per_month=3)
    assert (
        policy.describe() == "5 business days after delivery, 20 %, at least 3 per partner a month"
    )
    assert i18n.translated(policy.describe()) == (
        "5 días hábiles después de la entrega, 20 %, al menos 3 por socio al mes"
    )

    short = listed(
        [
            message(
                "{dimension} {points} of {need}", dimension=DIMENSION_NAMES["B"], points=0, need=20
            )
        ]
    )
    graded = Assessment(
        {"B": 0, "A": 10, "N": 20, "T": 5},
        "C",
        OutcomeKind.NURTURE,
        message("not sales-ready yet ({short})", short=short),
        None,
        complete=True,
    )
    assert graded.text() == (
        "Grade C — nurture: not sales-ready yet (budget 0 of 20) (B 0 · A 10 · N 20 · T 5)"
    )
    assert i18n.translated(graded.text()) == (
        "Grado C — maduración: aún no está listo para ventas (presupuesto 0 de 20)"
        " (B 0 · A 10 · N 20 · T 5)"
    )


def test_dates_and_numbers_in_a_message_follow_the_locale(spanish: None) -> None:
    """A message formats its dates and numbers the English way for the command line; shown in
    the app, the locale writes them."""
    at = datetime(2026, 12, 1, 14, 5, tzinfo=UTC)
    again = message("{at:%a %d %b %H:%M}, the prospect's time ({zone})", at=at, zone="UTC")
    assert again == "Tue 01 Dec 14:05, the prospect's time (UTC)"
    assert i18n.translated(again) == "1/12/26 14:05, hora del prospecto (UTC)"
    holiday = message("{day:%Y-%m-%d} is a legal holiday in {place}", day=at.date(), place="ES")
    assert i18n.translated(holiday) == "el 1/12/26 es festivo en ES"
    big = message(
        "{name} is {size:,.0f} MB, more than the {most:,} MB an import reads; split it into "
        "smaller files",
        name="leads.csv",
        size=123456.0,
        most=2048,
    )
    assert str(big).startswith("leads.csv is 123,456 MB, more than the 2,048 MB")
    assert i18n.translated(big).startswith("leads.csv ocupa 123.456 MB, más de los 2048 MB")


def test_a_message_copied_keeps_its_source_and_values(spanish: None) -> None:
    """dataclasses.asdict deep-copies what it holds (the handoff package's consent lines)."""
    said = message("Sales-ready (grade {grade}), but {refused}", grade="A", refused="no")
    copied = copy.deepcopy({"lines": (said,)})["lines"][0]
    assert copied == "Sales-ready (grade A), but no"
    assert i18n.translated(copied) == i18n.translated(said) != str(said)


def test_numbers_money_and_dates_follow_the_locale(spanish: None) -> None:
    assert i18n.number(1234567) == "1.234.567"
    assert i18n.money(Decimal("12345.5")) == "12.345,50"
    assert i18n.day(date(2026, 11, 24)) == QLocale("es").toString(
        QLocale("es").toDate("24/11/26", QLocale.FormatType.ShortFormat),
        QLocale.FormatType.ShortFormat,
    )
    assert i18n.plural(1, "{n} lead", "{n} leads") == "1 lead"
    # Spanish groups digits from five on (CLDR): 2000, 20.000.
    assert i18n.plural(20000, "{n} row", "{n} rows") == "20.000 filas"


def test_the_language_comes_from_the_system_unless_chosen() -> None:
    assert i18n.choose("system", "es_MX") == "es"
    assert i18n.choose("", "pt_PT") == "pt_BR"
    assert i18n.choose("system", "de_AT") == "de"
    assert i18n.choose("system", "ja_JP") == "en"
    assert i18n.choose("fr") == "fr"
    assert i18n.choose("pseudo") == "pseudo"


def test_the_language_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "settings.toml"
    monkeypatch.setenv("QUALIFIER_CONFIG", str(config))
    monkeypatch.delenv("QUALIFIER_LANGUAGE", raising=False)
    assert configured_language() == "system"
    config.write_text('language = "pt_BR"\n', "utf-8")
    assert configured_language() == "pt_BR"
    assert load_settings(f"sqlite:///{tmp_path / 'x.sqlite3'}").language == "pt_BR"
    monkeypatch.setenv("QUALIFIER_LANGUAGE", "de")
    assert configured_language() == "de"
    config.write_text('language = "klingon"\n', "utf-8")
    monkeypatch.delenv("QUALIFIER_LANGUAGE")
    with pytest.raises(QualifierError, match="language must be one of"):
        load_settings(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert configured_language() == "system"  # the window opens; connecting names the problem


@pytest.mark.parametrize(
    ("settings", "spanish_problem"),
    [
        (
            "[queue]\nlease_minutes = 0\n",
            "archivo de configuración: [queue] lease_minutes debe estar entre 1 y 1440, no 0",
        ),
        (
            '[mail]\nsecurity = "tls"\n',
            "archivo de configuración: [mail] security debe ser starttls, ssl o none",
        ),
        (
            '[database]\nurl = "mysql://db.example/center"\n',
            "la base de datos 'mysql' no está soportada; use SQLite o PostgreSQL",
        ),
        (
            '[retention]\nrejects_days = "many"\n',
            "archivo de configuración: [retention] rejects_days debe ser un número entero, "
            "no 'many'",
        ),
    ],
)
def test_a_bad_settings_file_is_reported_at_sign_in_in_spanish(
    qtbot: QtBot,
    spanish: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: str,
    spanish_problem: str,
) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(settings, "utf-8")
    monkeypatch.setenv("QUALIFIER_CONFIG", str(config))
    monkeypatch.setenv("QUALIFIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("QUALIFIER_DATABASE_URL", raising=False)
    controller = Controller(None, areas_for=areas_for)
    controller.start()
    wait_idle(qtbot, controller.workers, 20_000)
    shown = controller.login.error.text()
    controller.login.close()
    controller.workers.close()
    assert shown.startswith(spanish_problem)


def test_outcome_reasons_and_touch_kinds_are_shown_in_spanish(spanish: None) -> None:
    """Stored in English (the reports count them); shown in the person's language."""
    assert i18n.translated(reason_text("only researching")) == "solo se está informando"
    assert i18n.translated(reason_text("legal request")) == "requerimiento legal"
    assert i18n.translated(reason_text("moved to Lisbon")) == "moved to Lisbon"  # typed
    assert i18n.translated(touch_kind_text("web_form")) == "formulario web"
    assert i18n.translated(touch_kind_text("Trade show")) == "feria"
    assert i18n.translated(touch_kind_text("partner referral")) == "partner referral"


def test_a_partner_explanation_kept_on_a_handoff_is_shown_in_spanish(spanish: None) -> None:
    lead = LeadFacts(lead_id=1, country="ES", region=None, product="Cloud", company="Acme")
    partners = [
        PartnerEntry(partner_id=7, name="Iberia Redes", countries=frozenset({"ES"})),
        PartnerEntry(partner_id=8, name="Madrid Cloud", countries=frozenset({"ES"})),
    ]
    result = match_all(lead, partners, {7: PartnerLoad(), 8: PartnerLoad()}, {})
    assert result.best is not None
    kept = stored(result.best.why)  # what the handoff's row holds
    shown = i18n.translated(restored(kept))
    assert shown.startswith("Siguiente en la rotación justa")
    assert "Cubre todo ES." in shown
    assert "Rotación: 0 leads en los últimos" in shown
    assert "Alternativa 1." in i18n.translated(restored(stored(result.ranked[1].why)))
    # A handoff stored before, in plain English, reads as it was written.
    older = "Next in the fair rotation: furthest behind its fair share of recent leads."
    assert i18n.translated(restored(older)) == older


def _messages(ts: Path) -> list[tuple[str, str, bool]]:
    return [message for messages in _by_context(ts).values() for message in messages]


def _by_context(ts: Path) -> dict[str, list[tuple[str, str, bool]]]:
    """(source, translation, finished) of each message, by context (a window or area)."""
    found: dict[str, list[tuple[str, str, bool]]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        messages = found.setdefault(context.findtext("name") or "", [])
        for item in context.iter("message"):
            source = item.findtext("source") or ""
            translation = item.find("translation")
            assert translation is not None
            finished = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
            messages.append((source, translation.text or "", finished))
    return found


def _accelerators(text: str) -> list[str]:
    """The Alt+letter keys a label gives itself (`&&` is a plain ampersand)."""
    return [letter.lower() for letter in ACCELERATOR.findall(text.replace("&&", ""))]


def _shared(labels: list[str]) -> int:
    """How many labels take a letter another label already took."""
    letters = [letter for label in labels for letter in _accelerators(label)]
    return len(letters) - len(set(letters))


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = [
        (source, text)
        for source, text, finished in _messages(CATALOGUES / f"qualifier_{language}.ts")
        if finished and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert not wrong


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_catalogue_is_complete(language: str) -> None:
    ts = CATALOGUES / f"qualifier_{language}.ts"
    unfinished = [s for s, _, finished in _messages(ts) if not finished]
    assert not unfinished


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_the_keyboard_letters_apart(language: str) -> None:
    """A translated label keeps its Alt+letter, and the labels of one window or area share
    no more letters than the English ones: a shared letter makes Alt+letter step from one
    to the other instead of going there."""
    lost, shared = [], {}
    for context, messages in _by_context(CATALOGUES / f"qualifier_{language}.ts").items():
        labels = [(source, text) for source, text, finished in messages if finished]
        lost += [
            (source, text)
            for source, text in labels
            if len(_accelerators(source)) != len(_accelerators(text))
        ]
        english = _shared([source for source, _ in labels])
        translated = _shared([text for _, text in labels])
        if translated > english:
            shared[context] = (english, translated)
    assert lost == []
    assert shared == {}


def test_the_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """After changing user-visible text: `python scripts/translations.py update`."""
    copy = tmp_path / "qualifier_es.ts"
    shutil.copy(CATALOGUES / "qualifier_es.ts", copy)
    stub = translations.write_stub()
    sources = [str(p) for p in (ROOT / "qualifier_app" / "ui").rglob("*.py")] + [str(stub)]
    subprocess.run(
        [translations.tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete",
         *sources, "-ts", str(copy)],
        check=True, capture_output=True,
    )  # fmt: skip
    current = {source for source, _, _ in _messages(copy)}
    committed = {source for source, _, _ in _messages(CATALOGUES / "qualifier_es.ts")}
    assert current - committed == set(), "run: python scripts/translations.py update"


def test_screen_readers_hear_the_workspace_filled_in_and_in_spanish(
    qtbot: QtBot, spanish: None, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    factory.lead(first_name="Pat", last_name="Prospect")
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    # Every question of the lead's script, on the screen shown or not, and what is shown.
    asked = [w for question in area.script.widgets.values() for w in question.findChildren(QWidget)]
    shown = [w for w in area.findChildren(QWidget) if w.isVisibleTo(area)]
    problems = [*area.outcome.errors.values(), area.card.phone.problem, area.card.email.problem]
    names = [widget.accessibleName() for widget in asked + shown + problems]
    assert [name for name in names if "{" in name or "}" in name] == []
    english = [name for name in names if name.startswith("Outcome") or name.endswith("problem")]
    assert english == []
    first = area.script.widgets["reached_contact"]
    assert isinstance(first, ChoiceQuestion)
    assert "Pat" in first.buttons[0].accessibleName()
    assert first.buttons[0].accessibleName().endswith(": Sí")


def test_the_import_area_asks_for_a_file_in_spanish(
    qtbot: QtBot, spanish: None, services: Services, factory: Factory, workers: Workers
) -> None:
    supervisor = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    wizard = ImportWizard(AreaContext(services, SignedIn(supervisor, 0), workers))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.path_edit.setFocus()
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)
    assert wizard.path_error.isVisible()
    assert wizard.path_error.text() == QCoreApplication.translate(
        "ImportWizard", "Choose the file to import."
    )
    assert wizard.path_error.text() != "Choose the file to import."


def test_the_workspace_says_its_problems_and_checks_in_spanish(
    qtbot: QtBot, spanish: None, open_workspace: OpenWorkspace, factory: Factory, services: Services
) -> None:
    """The services' words next to the fields (an outcome's missing reason, an answer that is
    no number, what the server found about a corrected phone) were shown in English."""
    factory.lead(company="Twin Inc", phone_e164="+13125550177", status="nurture")
    factory.lead(company="Main Inc")
    sam = factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    services.do_not_call.add(sam, phone="+1 312 555 0177", reason="asked on the phone")
    area = open_workspace()
    area.outcome.auto_next.setChecked(False)
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)

    area.outcome.choose(OutcomeKind.NURTURE)
    area.outcome.reason.setCurrentText("")
    qtbot.keyClick(area.outcome.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    missing = message("say why the lead goes to nurture")
    qtbot.waitUntil(area.outcome.errors["reason"].isVisible)
    assert area.outcome.errors["reason"].text() == i18n.translated(missing) != missing

    phone = area.card.phone
    phone.edit.setFocus()
    phone.edit.selectAll()
    qtbot.keyClicks(phone.edit, "312 555 0177")
    qtbot.keyClick(phone.edit, Qt.Key.Key_Tab)  # leaving the field asks the server
    qtbot.waitUntil(lambda: "Twin Inc" in phone.info.text())
    listed_words = i18n.translated(message("on the do-not-call list"))
    assert listed_words != "on the do-not-call list"
    assert listed_words in phone.info.text()
    assert "belongs" not in phone.info.text()

    seats = area.script.widgets["seats"]
    assert isinstance(seats, TextQuestion)
    seats.edit.setText("")
    qtbot.keyClicks(seats.edit, "many")
    words = message("{text}: {raw!r} is not a number", text="How many users or seats?", raw="many")
    assert seats.problem.text() == i18n.translated(words) != words


def test_why_a_corrected_phone_or_e_mail_is_none_is_said_in_spanish(
    qtbot: QtBot, spanish: None, open_workspace: OpenWorkspace, factory: Factory
) -> None:
    """Next to the field as the rep types: the phone's reasons were the app's English, the
    e-mail's email-validator's."""
    factory.lead()
    area = open_workspace()
    area.queue_panel.next_button.setFocus()
    take_next(qtbot, area)
    phone, email = area.card.phone, area.card.email
    phone.edit.setFocus()
    phone.edit.selectAll()
    qtbot.keyClicks(phone.edit, "020 7946 0958")  # a London number, for a lead in the US
    assert phone.problem.text() == (
        "demasiado largo para US; un número de otro país empieza por + y su prefijo de país"
    )
    email.edit.setFocus()
    email.edit.selectAll()
    qtbot.keyClicks(email.edit, "pat@example")
    assert email.problem.text() == "la parte tras la @ necesita un punto, como en example.com"
    qtbot.keyClicks(email.edit, "..com")
    assert email.problem.text() == "dos puntos seguidos"


def test_the_holiday_and_waiting_lead_columns_are_in_spanish(
    qtbot: QtBot, services: Services, factory: Factory, workers: Workers, spanish: None
) -> None:
    """Titles handed to make_table as plain words were shown in English in every language."""
    factory.user("sam", Role.SUPERVISOR, team=None, queues=())
    context = AreaContext(services, services.accounts.sign_in("sam", PASSWORD, "test"), workers)
    holidays = HolidaysPanel(context, may_change=True, changed=lambda: None)
    waiting = RoutingTab(context)
    for widget in (holidays, waiting):
        qtbot.addWidget(widget)
    wait_idle(qtbot, workers)

    def titles(table: QTableWidget) -> list[str]:
        return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]

    assert titles(holidays.table) == ["Fecha", "Festivo"]
    assert titles(waiting.table)[2] == "Iría a"


def test_the_lead_tables_lease_and_status_are_in_spanish(spanish: None) -> None:
    """ "(working)" and "(stale)" were English in every language."""
    now = datetime(2026, 11, 24, 15, 5, tzinfo=UTC)
    row = LeadRow(
        1, 1, "Acme", "Pat", "disqualified", None, None, "ES", None, "Rita", "Rita",
        LeaseState.HELD, now, 10, 1, None, now,
    )  # fmt: skip
    cells, _ = display_page([row, replace(row, lease=LeaseState.EXPIRED)])
    lease = COLUMN_TITLES.index("Lease")
    assert [cells[0][lease], cells[1][lease]] == ["Rita (trabajando)", "Rita (caducada)"]
    assert "descalificado" in [text.lower() for text in status_texts()]
