"""The installer bundle as a workstation gets it: run from dist/ with a clean environment
(no virtual environment, no source tree, no Python on PATH), on SQLite and PostgreSQL.

`make test` builds the bundle once (`make installer`) and names it in QUALIFIER_BUNDLE. Run
alone, these tests build it themselves (a minute or two) when PyInstaller is installed
(`pip install -e '.[installer]'`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.databases import in_ci

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from translations import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
EXE = ".exe" if sys.platform == "win32" else ""
# The folder is ~270 MB on Linux (PySide6 and ICU are most of it); this budget catches an
# unused Qt module (QtWebEngine alone is ~200 MB) or a development tool sneaking in.
SIZE_BUDGET_MB = 330
# Qt libraries the app never uses; only a plugin the spec leaves out would load them.
UNUSED_QT = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt6Pdf", "Qt6Multimedia", "Qt63D", "Qt6Network")


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    named = os.environ.get("QUALIFIER_BUNDLE")
    if named:
        folder = Path(named)
        assert (folder / f"qualifier{EXE}").is_file(), f"QUALIFIER_BUNDLE={named} has no bundle"
        return folder
    if shutil.which("pyinstaller") is None and not _has_pyinstaller():
        if in_ci():
            pytest.fail("CI must smoke-test the installer: run `make test`")
        pytest.skip("PyInstaller is not installed: pip install -e '.[installer]'")
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(dist / "build"),
         str(ROOT / "build_installer.spec")],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip
    return dist / "qualifier"


def _has_pyinstaller() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture
def workstation(tmp_path: Path) -> Iterator[Path]:
    """A home folder with nothing in it: no settings, no data, no source tree."""
    home = tmp_path / "home"
    home.mkdir()
    yield home


def clean_environment(home: Path) -> dict[str, str]:
    env = {
        "PATH": os.pathsep.join(["/usr/bin", "/bin"]),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "QUALIFIER_DATA_DIR": str(home / "data"),
        "QUALIFIER_CONFIG": str(home / "settings.toml"),
    }
    for windows_needs in ("SYSTEMROOT", "WINDIR"):
        if windows_needs in os.environ:
            env[windows_needs] = os.environ[windows_needs]
    return env


def run(
    bundle: Path,
    home: Path,
    *args: str,
    program: str = "qualifier",
    stdin: str = "",
    language: str | None = None,
) -> subprocess.CompletedProcess[str]:
    env = clean_environment(home)
    if language is not None:
        env["QUALIFIER_LANGUAGE"] = language
    return subprocess.run(
        [str(bundle / f"{program}{EXE}"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=home,
        timeout=300,
        check=False,
    )


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, (done.args, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


def test_version_is_the_projects(bundle: Path, workstation: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert ok(run(bundle, workstation, "--version")).strip() == f"qualifier {project['version']}"


def test_prepare_fill_and_claim_from_the_bundle(
    bundle: Path, workstation: Path, empty_database_url: str
) -> None:
    db = ("--db", empty_database_url)
    assert "schema upgraded from empty" in ok(run(bundle, workstation, *db, "db", "upgrade"))
    demo = json.loads(
        ok(run(bundle, workstation, *db, "demo", "--inquiries", "60", "--seed", "7", "--json"))
    )
    password = {a["login"]: a["password"] for a in demo["accounts"]}["rita.rep"]
    as_rita = ("--as", "rita.rep", "--password-stdin")
    claimed = json.loads(
        ok(run(bundle, workstation, *db, "queue", "claim", *as_rita, "--json", stdin=password))
    )
    assert claimed["id"] > 0
    assert claimed["local_times"], "time zones (tzdata) must be in the bundle"
    stats = json.loads(
        ok(run(bundle, workstation, *db, "queue", "stats", *as_rita, "--json", stdin=password))
    )
    assert stats["leased_now"] == 1

    wrong = run(
        bundle, workstation, *db, "queue", "claim", "--as", "nobody", "--password-stdin",
        stdin="guess",
    )  # fmt: skip
    assert wrong.returncode == 2
    assert len(wrong.stderr.strip().splitlines()) == 1, wrong.stderr
    assert wrong.stderr.startswith("qualifier: error:")
    assert "Traceback" not in wrong.stderr


def test_the_desktop_app_reaches_the_sign_in_window(bundle: Path, workstation: Path) -> None:
    url = f"sqlite:///{workstation / 'qualifier.sqlite3'}"
    empty = run(bundle, workstation, "--db", url, "gui", "--smoke")
    assert empty.returncode == 1, (empty.stdout, empty.stderr)
    assert "there is no database at" in empty.stderr
    assert "`qualifier db upgrade` makes an empty one" in empty.stderr
    assert not (workstation / "qualifier.sqlite3").exists()  # a typo leaves no file behind

    ok(run(bundle, workstation, "--db", url, "db", "upgrade"))
    # No users yet: the center's first-run setup is the first window.
    first = ok(run(bundle, workstation, "--db", url, "gui", "--smoke"))
    assert first.startswith("smoke: the first-run setup window is shown"), first
    ok(run(bundle, workstation, "--db", url, "demo", "--inquiries", "10"))
    for program, args in [("qualifier", ("--db", url, "gui", "--smoke")),
                          ("qualifier-desktop", ("--db", url, "--smoke"))]:  # fmt: skip
        shown = ok(run(bundle, workstation, *args, program=program))
        assert shown.startswith("smoke: the sign-in window is shown; Database: SQLite"), shown
        assert shown.rstrip().endswith("catalogues: none (English)"), shown
    # In Spanish the app loads its own catalogue and Qt's (the buttons of Qt's dialogs).
    spanish = ok(run(bundle, workstation, "--db", url, "gui", "--smoke", language="es"))
    assert spanish.rstrip().endswith("catalogues: qualifier_es, qtbase_es"), spanish


def test_embedded_database_in_the_data_folder(bundle: Path, workstation: Path) -> None:
    ok(run(bundle, workstation, "db", "upgrade"))
    assert list((workstation / "data").glob("*.sqlite3"))
    assert "up to date" in ok(run(bundle, workstation, "db", "current"))


def test_the_bundle_holds_what_the_app_reads_and_no_unused_qt(bundle: Path) -> None:
    internal = bundle / "_internal" / "qualifier_app"
    assert (internal / "_resources" / "style" / "qualifier.qss").is_file()
    assert (internal / "_resources" / "icons" / "qualifier.png").is_file()
    assert list((internal / "_migrations" / "versions").glob("*.py"))
    # Country names in other languages, which imports read (domain/normalize.py).
    countries = bundle / "_internal" / "pycountry" / "locales"
    assert (countries / "de" / "LC_MESSAGES" / "iso3166-1.mo").is_file()
    ours = {qm.name for qm in (internal / "_resources" / "translations").glob("*.qm")}
    assert ours == {f"qualifier_{language}.qm" for language in LANGUAGES}
    # Qt's own words for the languages we ship, and no other language's.
    qt = {qm.name for qm in bundle.rglob("Qt/translations/*.qm")}
    assert qt == {f"qtbase_{language}.qm" for language in LANGUAGES}
    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    unused = [f.name for f in files if any(name in f.name for name in UNUSED_QT)]
    assert not unused, unused
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    assert size_mb < SIZE_BUDGET_MB, f"the bundle grew to {size_mb:.0f} MB"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads ELF headers")
def test_every_qt_library_a_binary_needs_is_in_the_bundle(bundle: Path) -> None:
    """Leaving out unused Qt libraries must not break a plugin that still needs one (the xcb
    and Wayland plugins are not loaded by the offscreen smoke test)."""
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) is not installed")
    present = {f.name for f in bundle.rglob("*.so*")}
    missing: set[str] = set()
    for binary in bundle.rglob("*.so*"):
        dynamic = subprocess.run([readelf, "-d", str(binary)], capture_output=True, text=True,
                                 check=False).stdout  # fmt: skip
        for line in dynamic.splitlines():
            if "(NEEDED)" in line and "libQt6" in line:
                needed = line.split("[", 1)[1].rstrip("]")
                if needed not in present:
                    missing.add(f"{binary.name} needs {needed}")
    assert not missing, sorted(missing)
