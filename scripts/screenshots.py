"""Screenshots of every area, on demo data, for the README and for looking at the GUI.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots]
        [--size 1280x720 --size 1920x1080] [--language es] [--only rep]
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py --editors   # the admin editors

With --language the windows are in that language (the .qm files must be built:
`make translations`).

Builds a throwaway SQLite database with demo data, signs in as each role and saves one
PNG per area of the main window and window size (`ROLE-AREA-WIDTHxHEIGHT.png`), plus the
login window. `--editors` saves only the administrator's editors (scripts, scoring rules,
calling rules), each on its own at 1280×720, the smallest screen they must fit.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from qualifier_app.app import Services, build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.errors import NothingEligible
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.services.intake.dto import ImportProgress
from qualifier_app.settings import Settings
from qualifier_app.ui.areas import AreaContext, areas_for
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.workspace.area import WorkspaceArea

ROLES = {
    "rep": "rita.rep",
    "team_lead": "tina.lead",
    "supervisor": "sam.supervisor",
    "admin": "admin",
}


EDITORS = ("scripts", "scoring-rules", "calling-rules")


def settle(app: QApplication, controller: Controller, ms: int = 1500) -> None:
    """Let workers finish and the GUI repaint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    controller.workers.drain(20_000)
    app.processEvents()


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def editors(
    app: QApplication, controller: Controller, services: Services, password: str, out: Path
) -> None:
    """Each editor on its own at 1280×720: the main window around it is as large as its
    largest area, so this is how the editor itself looks on the smallest screen."""
    signed_in = services.accounts.sign_in(ROLES["admin"], password, "screenshots")
    for area in areas_for(signed_in.actor.role, signed_in.actor):
        name = area.title.lower().replace(" ", "-")
        if name not in EDITORS:
            continue
        widget = area.factory(AreaContext(services, signed_in, controller.workers))
        widget.resize(1280, 720)
        widget.show()
        settle(app, controller, 2500)
        path = out / f"editor-{name}.png"
        widget.grab().save(str(path))
        print(path)
        widget.close()


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--history", type=int, default=60)
    parser.add_argument("--size", action="append", type=_size, dest="sizes")
    parser.add_argument("--editors", action="store_true", help="only the admin editors")
    parser.add_argument("--language", default="en", help="es, pt_BR, de, fr, pseudo …")
    parser.add_argument("--only", choices=list(ROLES), help="this role's areas only")
    return parser.parse_args()


def main() -> None:
    args = _arguments()
    # The demo center's database, files and rejects live here only while the shots are taken.
    folder = Path(tempfile.mkdtemp(prefix="qualifier-shots-"))
    try:
        _shoot(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _shoot(args: argparse.Namespace, folder: Path) -> None:
    sizes: list[tuple[int, int]] = args.sizes or [(1280, 720), (1920, 1080)]
    args.out.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    db = Database.from_url(url)
    schema.upgrade(db.engine)
    clock = ManualClock(datetime(2026, 11, 24, 15, 5, tzinfo=UTC))
    services = build(Settings(database_url=url, data_dir=folder / "data"), clock, db=db)
    demo = services.demo.load(600, seed=11, history_days=args.history)
    passwords = {account.login: account.password for account in demo.accounts}
    _when_the_rep_has_a_lead(services, clock)
    _recent_imports(services, clock, folder)

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    i18n.install(args.language)
    style.apply(app)
    controller = Controller(None, services=services, areas_for=areas_for)
    controller.start()
    settle(app, controller)
    suffix = "" if args.language == "en" else f"-{args.language}"
    if args.editors:
        editors(app, controller, services, passwords["admin"], args.out)
        controller.shutdown()
        return
    controller.login.grab().save(str(args.out / f"login{suffix}.png"))
    for role, login in ROLES.items():
        if args.only and role != args.only:
            continue
        signed_in = services.accounts.sign_in(login, passwords[login], "screenshots")
        window = MainWindow(services, signed_in, controller.workers, areas_for)
        window.resize(*sizes[0])
        window.show()
        settle(app, controller)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            # The area's own name (the tab shows it translated, after its Alt number).
            area = window.tabs.widget(index)
            assert area is not None
            title = area.accessibleName().lower().replace(" ", "-")
            if isinstance(area, WorkspaceArea):
                area.next_lead()
            settle(app, controller, 2500)
            for width, height in sizes:
                window.resize(width, height)
                settle(app, controller, 300)
                path = args.out / f"{role}-{title}-{width}x{height}{suffix}.png"
                window.grab().save(str(path))
                print(path)
            window.resize(*sizes[0])
        window.close()
    controller.shutdown()


def _recent_imports(services: Services, clock: ManualClock, folder: Path) -> None:
    """Two imports for the Import area's list: one with rejected rows, one stopped mid-way."""
    supervisor = services.accounts.actor_for(ROLES["supervisor"])
    header = "first_name,last_name,email,phone,company,country\n"
    fair = folder / "trade-show-badges.csv"
    fair.write_text(
        header
        + "".join(
            f"Kim{n},Berg{n},kim{n}@berg{n}.example,+1646555{n:04d},Berg {n} Inc,US\n"
            for n in range(40)
        )
        + "Lee,Ames,not-an-address,,Ames Co,US\n"
    )
    clock.advance(timedelta(minutes=-90))
    services.intake.import_inquiries(supervisor, fair, campaign="Trade show 2026")
    webinar = folder / "webinar-signups.csv"
    webinar.write_text(
        header
        + "".join(
            f"Ola{n},Dahl{n},ola{n}@dahl{n}.example,+1718555{n:04d},Dahl {n} AB,US\n"
            for n in range(90)
        )
    )
    clock.advance(timedelta(minutes=45))

    def stopped(progress: ImportProgress) -> None:
        raise KeyboardInterrupt

    with contextlib.suppress(KeyboardInterrupt):
        services.intake.import_inquiries(supervisor, webinar, progress=stopped, chunk_rows=30)
    clock.advance(timedelta(minutes=45))


def _when_the_rep_has_a_lead(services: Services, clock: ManualClock) -> None:
    """The clock moved on to when the rep's next lead is due, if none is now: the history
    leaves the leads it called waiting for their next try, and a workspace without a lead
    shows little."""
    rep = services.accounts.actor_for(ROLES["rep"])
    try:
        services.queue.claim_next(rep)
    except NothingEligible as empty:
        if empty.next_eligible_at is None:
            raise
        clock.set(empty.next_eligible_at)
        services.queue.claim_next(rep)


if __name__ == "__main__":
    main()
