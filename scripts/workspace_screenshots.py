"""Screenshots of the rep's Workspace with a lead open, at common screen sizes.

    QT_QPA_PLATFORM=offscreen python scripts/workspace_screenshots.py [--out docs/screenshots]
        [--callback]

Builds a throwaway SQLite database with demo data, signs in as a rep, takes a lead and saves
`workspace-WIDTHxHEIGHT.png` for each size, to check the layout where reps really work;
with --callback, the callback outcome chosen (its time, its zone, the other zones' times) in
`workspace-callback-WIDTHxHEIGHT.png`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from qualifier_app.app import build
from qualifier_app.domain.clock import ManualClock
from qualifier_app.domain.outcomes import OutcomeKind
from qualifier_app.persistence import schema
from qualifier_app.persistence.database import Database
from qualifier_app.settings import Settings
from qualifier_app.ui.areas import areas_for
from qualifier_app.ui.shell import i18n, style
from qualifier_app.ui.shell.application import Controller
from qualifier_app.ui.shell.main_window import MainWindow
from qualifier_app.ui.workspace.area import WorkspaceArea

SIZES = ((1024, 700), (1280, 720), (1366, 768), (1920, 1080))


def settle(app: QApplication, controller: Controller, ms: int = 1500) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    controller.workers.drain(20_000)
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--callback", action="store_true", help="the callback outcome chosen")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    # The demo center's database and files live here only while the shots are taken.
    folder = Path(tempfile.mkdtemp(prefix="qualifier-shots-"))
    try:
        _shoot(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _shoot(args: argparse.Namespace, folder: Path) -> None:
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    db = Database.from_url(url)
    schema.upgrade(db.engine)
    clock = ManualClock(datetime(2026, 11, 24, 21, 30, tzinfo=UTC))
    services = build(Settings(database_url=url, data_dir=folder / "data"), clock, db=db)
    demo = services.demo.load(200, seed=11, history_days=10)
    passwords = {account.login: account.password for account in demo.accounts}

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    i18n.install("en")  # English, with its numbers and dates, as the app shows it
    style.apply(app)
    controller = Controller(None, services=services, areas_for=areas_for)
    controller.start()
    settle(app, controller)
    signed_in = services.accounts.sign_in("rita.rep", passwords["rita.rep"], "screenshots")
    window = MainWindow(services, signed_in, controller.workers, areas_for)
    window.show()
    settle(app, controller)
    area = window.tabs.widget(0)
    assert isinstance(area, WorkspaceArea)
    clock.advance(timedelta(hours=2))  # past the demo's last attempts' retry delay
    area.next_lead()
    settle(app, controller, 2500)
    if args.callback:
        area.outcome.choose(OutcomeKind.CALLBACK)
    name = "workspace-callback" if args.callback else "workspace"
    for width, height in SIZES:
        window.resize(width, height)
        settle(app, controller, 500)
        path = args.out / f"{name}-{width}x{height}.png"
        window.grab().save(str(path))
        print(path, window.size().width(), window.size().height())
    window.close()
    controller.shutdown()


if __name__ == "__main__":
    main()
