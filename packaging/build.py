"""Build the one-folder bundle with PyInstaller, and on Linux a .deb and a tarball.

    python packaging/build.py [--out DIR]

Everything goes under DIR (default ``build/bundle``, emptied first): ``dist/facilitation/`` is the
bundle (``Facilitation.app`` beside it on macOS), then on Linux ``facilitation_VERSION_ARCH.deb`` and
``facilitation-VERSION-linux-ARCH.tar.gz``, on Windows ``Facilitation-VERSION-setup.exe`` (Inno
Setup 6), on macOS ``Facilitation-VERSION-macos-ARCH.dmg`` (hdiutil). Only the Linux ones are built and
tried here; the others are built by .github/workflows/bundles.yml on hosted runners. Run it with the Python that has the project and the
``bundle`` extra installed (``pip install -c requirements.lock -e '.[bundle]'``). packaging/smoke.py
installs and tries what it made.

The .deb puts the bundle in /opt/facilitation, a ``facilitation`` command in /usr/bin (a symbolic
link: the bundle finds its files from its real path), the menu entry, the icons (hicolor), the meeting
file type and the AppStream metadata under /usr/share. Its Depends are worked out from the bundle
itself: each library its binaries link to that it does not carry, mapped to the Debian package that
holds it here (``dpkg -S``), or named by Debian's rule (libfoo.so.1 is in libfoo1) when missing here.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from facilitation import __version__  # noqa: E402
from facilitation.resources import ICON_SIZES  # noqa: E402

NAME = "facilitation"
LINUX = HERE / "linux"
DESKTOP = LINUX / "facilitation.desktop"
MIME_XML = LINUX / "facilitation-meeting.xml"
METAINFO = LINUX / "org.facilitation.Facilitation.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
MAINTAINER = "The Facilitation team <facilitation@users.noreply.github.com>"
#: run after install and after removal: refresh the desktop's caches of types, entries and icons
#: (Debian's own triggers do it too; the commands may be missing on a minimal system)
REFRESH = """\
#!/bin/sh
set -e
case "$1" in
    configure|remove|purge|abort-install|abort-upgrade)
        if command -v update-mime-database >/dev/null 2>&1; then
            update-mime-database /usr/share/mime || true
        fi
        if command -v update-desktop-database >/dev/null 2>&1; then
            update-desktop-database -q /usr/share/applications || true
        fi
        if command -v gtk-update-icon-cache >/dev/null 2>&1 \\
                && [ -f /usr/share/icons/hicolor/index.theme ]; then
            gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
        fi
        ;;
esac
exit 0
"""


def say(text: str) -> None:
    print(f"build: {text}", file=sys.stderr, flush=True)


def pyinstaller(out: Path) -> Path:
    """Run PyInstaller on the spec; return the bundle folder."""
    dist, work = out / "dist", out / "work"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(HERE / "facilitation.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = dist / NAME
    done = subprocess.run([cli(bundle), "--version"], capture_output=True, text=True, check=True)
    if done.stdout.strip() != f"{NAME} {__version__}":
        raise SystemExit(f"the bundle says {done.stdout!r}, not {NAME} {__version__}")
    return bundle


def cli(bundle: Path) -> str:
    """The program that prints: on Windows the console twin of the windowed facilitation.exe."""
    return str(bundle / (f"{NAME}-cli.exe" if sys.platform == "win32" else NAME))


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# -- Linux: the share files, the tarball, the .deb ------------------------------------------------


def install_share(share: Path) -> None:
    """The desktop's files under ``share`` (…/share): menu entry, icons, file type, metadata."""
    put(DESKTOP, share / "applications" / DESKTOP.name)
    for size in ICON_SIZES:
        put(
            ICONS / f"facilitation-{size}.png",
            share / f"icons/hicolor/{size}x{size}/apps/{NAME}.png",
        )
    put(ICONS / "facilitation.svg", share / f"icons/hicolor/scalable/apps/{NAME}.svg")
    put(MIME_XML, share / "mime" / "packages" / MIME_XML.name)
    put(METAINFO, share / "metainfo" / METAINFO.name)


def put(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def tarball(bundle: Path, out: Path, arch: str) -> Path:
    """facilitation-VERSION/ with the bundle at its top and share/ for a desktop install by hand."""
    stage = out / "tar" / f"{NAME}-{__version__}"
    shutil.copytree(bundle, stage, symlinks=True)
    install_share(stage / "share")
    path = out / f"{NAME}-{__version__}-linux-{arch}.tar.gz"
    with tarfile.open(path, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=stage.name)
    return path


def elf_needs(path: Path) -> list[str]:
    """The NEEDED entries of an ELF file (empty for anything else)."""
    with path.open("rb") as f:
        if f.read(4) != b"\x7fELF":
            return []
    done = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", done.stdout)


def system_libraries(bundle: Path) -> set[str]:
    """The libraries the bundle's binaries link to and that it does not carry itself."""
    carried = {p.name for p in bundle.rglob("*.so*")}
    needed = set()
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or path.name == NAME):
            needed.update(elf_needs(path))
    return {lib for lib in needed if lib not in carried and not lib.startswith("ld-linux")}


def library_paths() -> dict[str, list[str]]:
    """Each library name the dynamic linker knows here, with its paths (``ldconfig -p``)."""
    done = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True)
    found: dict[str, list[str]] = {}
    for line in done.stdout.splitlines()[1:]:
        name, sep, path = line.strip().partition(" => ")
        if sep:
            found.setdefault(name.split(" ")[0], []).append(path)
    return found


def debian_package(lib: str, known: dict[str, list[str]]) -> str:
    """The Debian package that holds ``lib``: asked of dpkg, else by the naming rule."""
    for path in known.get(lib, []):
        # with merged /usr, dpkg may know the file by either of its two names
        for name in dict.fromkeys([path, os.path.realpath(path), path.removeprefix("/usr")]):
            owner = subprocess.run(["dpkg", "-S", name], capture_output=True, text=True)
            if owner.returncode == 0:
                return owner.stdout.split(":")[0].strip()
    stem, _, soname = lib.partition(".so.")
    base = stem.lower()
    return f"{base}-{soname}" if base[-1].isdigit() else f"{base}{soname.split('.')[0]}"


def depends(bundle: Path) -> list[str]:
    known = library_paths()
    packages = {debian_package(lib, known) for lib in system_libraries(bundle)}
    # libc6 is in everything; name it once, at the version of the build machine or later
    glibc = platform.libc_ver()[1]
    packages.discard("libc6")
    return [f"libc6 (>= {glibc})" if glibc else "libc6", *sorted(packages)]


def deb(bundle: Path, out: Path) -> Path:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stage = out / "deb"
    shutil.copytree(bundle, stage / "opt" / NAME, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    install_share(stage / "usr" / "share")
    doc = stage / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Facilitation\nCopyright: The Facilitation team\nLicense: GPL-3.0-or-later\n"
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n"
        "The bundle also carries Python, Qt (LGPL-3.0), PySide6 (LGPL-3.0), python-docx (MIT),\n"
        "lxml (BSD-3-Clause) and platformdirs (MIT), each under its own licence.\n",
        encoding="utf-8",
    )
    for path in stage.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    control = stage / "DEBIAN"
    control.mkdir()
    size_kib = -(-folder_size(stage) // 1024)
    (control / "control").write_text(
        f"Package: {NAME}\n"
        f"Version: {__version__}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {', '.join(depends(bundle))}\n"
        "Section: office\n"
        "Priority: optional\n"
        "Homepage: https://github.com/facilitation/facilitation\n"
        "Description: run open meetings: agenda, timers, speakers' queue, minutes\n"
        " Facilitation is a desktop app for open assemblies of 10 to 60 people. The\n"
        " facilitator steps through the agenda live, times each item, keeps the queue\n"
        " of who asked to speak and sees speaking time per person and group; a\n"
        " note-taker writes in a second window and the room sees a projector window.\n"
        " The minutes are written as a Word document. Offline: no account, no server.\n",
        encoding="utf-8",
    )
    for script in ("postinst", "postrm"):
        (control / script).write_text(REFRESH, encoding="utf-8")
        (control / script).chmod(0o755)
    path = out / f"{NAME}_{__version__}_{arch}.deb"
    subprocess.run(
        # zstd: as small as gzip, many times faster than xz; dpkg reads it since Debian 12, Ubuntu 21.10
        ["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(stage), str(path)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return path


# -- Windows and macOS (built and tried on a forge's hosted runners only) --------------------------


def windows_installer(bundle: Path, out: Path) -> Path:
    """Facilitation-VERSION-setup.exe, by Inno Setup's compiler (packaging/windows/facilitation.iss)."""
    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    if not Path(iscc).exists():
        raise SystemExit("Inno Setup 6 (iscc) is needed for the Windows installer")
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={__version__}",
            f"/DBundle={bundle}",
            f"/DOutputDir={out}",
            str(HERE / "windows" / "facilitation.iss"),
        ],
        check=True,
    )
    return out / f"Facilitation-{__version__}-setup.exe"


def mac_disk_image(app: Path, out: Path) -> Path:
    """Facilitation-VERSION.dmg holding Facilitation.app (unsigned: see the README)."""
    path = out / f"Facilitation-{__version__}-macos-{platform.machine()}.dmg"
    subprocess.run(
        [
            *("hdiutil", "create", "-volname", "Facilitation", "-srcfolder", str(app)),
            *("-ov", "-format", "UDZO", str(path)),
        ],
        check=True,
    )
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "build" / "bundle", help="the build folder")
    p.add_argument(
        "--no-deb",
        action="store_true",
        help="the bundle only: no .deb and tarball (Linux), installer (Windows), disk image (macOS)",
    )
    ns = p.parse_args(argv)
    out: Path = ns.out.resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    say(f"PyInstaller into {out / 'dist'}")
    bundle = pyinstaller(out)
    say(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.1f} MB)")
    made: list[Path] = []
    if ns.no_deb:
        pass
    elif sys.platform.startswith("linux"):
        made = [tarball(bundle, out, platform.machine()), deb(bundle, out)]
    elif sys.platform == "win32":
        made = [windows_installer(bundle, out)]
    elif sys.platform == "darwin":
        made = [mac_disk_image(bundle.parent / "Facilitation.app", out)]
    for path in made:
        say(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB")
        print(path)
    print(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
