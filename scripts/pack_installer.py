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
import tarfile
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
    elif sys.platform == "win32":
        archive = Path(shutil.make_archive(str(base), "zip", DIST, "qualifier"))
    else:
        # gzip level 6: most of the folder is compressed libraries already, and level 9
        # (tarfile's default) takes twice as long for a file ~1 % smaller.
        archive = base.with_name(base.name + ".tar.gz")
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(BUNDLE, arcname="qualifier")
    files = [f for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files)
    print(
        f"{archive.relative_to(ROOT)}: {archive.stat().st_size / 2**20:.0f} MiB "
        f"(the folder: {size / 2**20:.0f} MiB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
