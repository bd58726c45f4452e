"""Pack the one-folder bundle that `build_installer.spec` made in dist/qualifier/.

    python scripts/pack_installer.py        (run by `make installer`)

Linux: dist/qualifier-VERSION-linux-ARCH.tar.gz (keeps permissions and symlinks).
Windows: dist/qualifier-VERSION-windows-ARCH.zip.
macOS: dist/qualifier-VERSION-macos-ARCH.zip made with `ditto`, which keeps the symlinks
and extended attributes that Qt's frameworks and a code signature need.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "qualifier"


def main() -> int:
    if not (BUNDLE / "_internal").is_dir():
        print(f"pack_installer: no bundle in {BUNDLE}; run `make installer`", file=sys.stderr)
        return 2
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    base = DIST / f"qualifier-{version}-{system}-{platform.machine().lower()}"
    if sys.platform == "darwin":
        archive = base.with_suffix(".zip")
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(BUNDLE), str(archive)], check=True)
    else:
        kind = "zip" if sys.platform == "win32" else "gztar"
        archive = Path(shutil.make_archive(str(base), kind, DIST, "qualifier"))
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file())
    print(
        f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 2**20:.0f} MiB "
        f"(the folder: {size / 2**20:.0f} MiB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
