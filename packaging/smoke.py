"""Try what packaging/build.py made, as a user would, in a private home.

    python packaging/smoke.py --deb facilitation_VERSION_ARCH.deb   (Linux, as root)
    python packaging/smoke.py --bundle build/bundle/dist/facilitation  (any system)
    python packaging/smoke.py --bundle "%LOCALAPPDATA%/Programs/Facilitation"  (after the installer)

With ``--deb``: install it with dpkg, check the files it put in place and that the desktop now opens
meeting files with it, run the ``facilitation`` command (version, the demo offscreen, the export of
the held example, read back with python-docx), then purge it and check that nothing of it is left but
what the user made. With ``--bundle``: the same runs, from the folder. The programs run with an
environment built from scratch (no Python, no virtual environment on the PATH, HOME and the XDG
folders in a temporary folder), so the user's real data is never touched and the bundle cannot lean on
the Python that runs this script. Exits non-zero at the first thing that is wrong.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facilitation import __version__  # noqa: E402

HELD = ROOT / "resources" / "examples" / "rencontre-2-held.json"
MEETING_TYPE = "application/x-facilitation-meeting+json"
#: what the .deb installs, by path: all of it must be gone after a purge
INSTALLED = [
    Path("/opt/facilitation"),
    Path("/usr/bin/facilitation"),
    Path("/usr/share/applications/facilitation.desktop"),
    Path("/usr/share/mime/packages/facilitation-meeting.xml"),
    Path("/usr/share/metainfo/org.facilitation.Facilitation.metainfo.xml"),
    Path("/usr/share/icons/hicolor/scalable/apps/facilitation.svg"),
    Path("/usr/share/doc/facilitation"),
    *(Path(f"/usr/share/icons/hicolor/{n}x{n}/apps/facilitation.png") for n in (16, 48, 256, 512)),
]
DEMO = ["--demo", "--terminate-after-init"]
#: made by update-mime-database from our type while it is installed
MIME_GENERATED = Path(f"/usr/share/mime/{MEETING_TYPE}.xml")


class SmokeFailed(Exception):
    pass


def check(ok: object, what: str) -> None:
    if not ok:
        raise SmokeFailed(what)
    print(f"smoke: ok - {what}", flush=True)


def user_env(home: Path) -> dict[str, str]:
    """A user's session with no display, nothing of this script's Python, folders of its own."""
    env = {
        "HOME": str(home),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    if sys.platform == "win32":
        keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "USERPROFILE", "APPDATA", "LOCALAPPDATA")
        env.update({k: os.environ[k] for k in keep if k in os.environ})
        env["PATH"] = os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\System32"
    for name in ("DATA", "CONFIG", "STATE", "CACHE"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[f"XDG_{name}_HOME"] = str(folder)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def run(argv: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SmokeFailed(
            f"{' '.join(argv)} exited with {done.returncode} after {took:.1f} s:\n"
            f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
        )
    print(f"smoke: ran {' '.join(Path(a).name if os.sep in a else a for a in argv)} ({took:.2f} s)")
    return done


def check_minutes(path: Path, lang: str) -> None:
    """The .docx is a Word document python-docx reads back, with the meeting's title in it."""
    import docx

    from facilitation.storage.fileformat import load_meeting

    check(zipfile.is_zipfile(path), f"{path.name} is a zip (an Office Open XML package)")
    with zipfile.ZipFile(path) as z:
        check("word/document.xml" in z.namelist(), f"{path.name} has word/document.xml")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    title = load_meeting(HELD).details.title
    check(title in text, f"{path.name} holds the meeting's title")
    heading = {"fr": "Ordre du jour", "en": "Agenda"}[lang]
    check(heading in text, f"{path.name} is in {lang} (it has the heading {heading!r})")


def exercise(command: str, work: Path) -> None:
    """What every system's smoke test runs: version, demo, export in French and English."""
    home = work / "home"
    env = user_env(home)
    done = run([command, "--version"], env, work)
    check(done.stdout.strip() == f"facilitation {__version__}", f"--version says {__version__}")
    run([command, *DEMO], env, work)
    demos = list((home / "data" / "facilitation" / "demo").glob("rencontre-2*.json"))
    if sys.platform.startswith("linux"):
        check(len(demos) == 1, "the demo copied its meeting into the user's data folder")
    run([command, "--demo", "--lang", "fr", "--terminate-after-init"], env, work)
    for lang in ("en", "fr"):
        out = work / f"minutes-{lang}.docx"
        run([command, "export", str(HELD), "-o", str(out), "--lang", lang], env, work)
        check_minutes(out, lang)
    out = work / "minutes.md"
    run([command, "export", str(HELD), "-o", str(out), "--format", "md"], env, work)
    check(out.read_text("utf-8").startswith("# "), "the Markdown minutes start with a title")


#: Qt parts the app does not use: none of them may be in the bundle
UNUSED_QT = re.compile(r"Qt6?(WebEngine|Qml|Quick|Network|Wayland|Pdf|Svg|Multimedia|OpenGL)", re.I)
#: the Qt plugin folders each system's bundle keeps (facilitation.spec)
PLUGIN_FOLDERS = {
    "linux": {"platforms", "platforminputcontexts", "platformthemes"},
    "win32": {"platforms", "styles"},
    "darwin": {"platforms", "styles"},
}


def check_lean(folder: Path) -> None:
    """Only the Qt the app uses: no unused Qt library, no plugin folder beyond the kept ones."""
    unused = sorted({p.name for p in folder.rglob("*") if UNUSED_QT.search(p.name)})
    check(not unused, f"no unused Qt library in the bundle (found: {', '.join(unused) or 'none'})")
    plugins = {p.name for d in folder.rglob("plugins") if d.is_dir() for p in d.iterdir()}
    allowed = PLUGIN_FOLDERS["linux" if sys.platform.startswith("linux") else sys.platform]
    check(
        plugins <= allowed,
        f"Qt plugin folders are only {sorted(allowed)} (found {sorted(plugins)})",
    )
    check(any(folder.rglob("*qoffscreen*")), "the offscreen platform plugin is there")


#: the compiled translations the app loads: the interface's and the minutes', in French and in
#: English (English holds only the singular and plural of each count: "1 participant")
TRANSLATIONS = [
    f"{part}_{lang}.qm" for part in ("facilitation", "minutes") for lang in ("fr", "en")
]


def check_translations(folder: Path) -> None:
    """The bundle's resources hold every translation the app loads."""
    found = {p.name for p in folder.rglob("_resources/translations/*.qm")}
    missing = sorted(set(TRANSLATIONS) - found)
    check(not missing, f"the bundle has its translations (missing: {', '.join(missing) or 'none'})")


def content_type(path: Path) -> str:
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": "/nonexistent", "XDG_DATA_DIRS": "/usr/share"}
    done = subprocess.run(
        ["gio", "info", "-a", "standard::content-type", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout.strip().rsplit(" ", 1)[-1]


def default_app(mime: str) -> str:
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": "/nonexistent", "XDG_DATA_DIRS": "/usr/share"}
    done = subprocess.run(["gio", "mime", mime], capture_output=True, text=True, env=env)
    return done.stdout


def installed_state(package: str) -> str:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
    )
    return done.stdout.strip() if done.returncode == 0 else "not known"


def smoke_deb(deb: Path, work: Path) -> None:
    if os.geteuid() != 0:
        raise SmokeFailed("installing a .deb needs root (CI runs as root)")
    if installed_state("facilitation") != "not known" and Path("/opt/facilitation").exists():
        raise SmokeFailed("facilitation is already installed here: remove it first")
    if subprocess.run(["dpkg", "-i", str(deb)]).returncode != 0:
        # left unconfigured for want of a library package: let apt bring what Depends names, as a
        # software centre would
        print("smoke: dpkg -i wants more packages; apt-get -f install brings them", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(
            ["apt-get", "-f", "install", "-y", "-qq", "--no-install-recommends"], env=env
        )
    try:
        check(installed_state("facilitation") == "install ok installed", "dpkg installed it")
        for path in INSTALLED:
            check(path.exists(), f"{path} is installed")
        check(
            Path("/usr/bin/facilitation").resolve() == Path("/opt/facilitation/facilitation"),
            "/usr/bin/facilitation leads to the bundle",
        )
        check_translations(Path("/opt/facilitation"))
        check(
            shutil.which("facilitation", path="/usr/bin") is not None, "facilitation is a command"
        )
        if shutil.which("gio") and shutil.which("update-mime-database"):
            check(MIME_GENERATED.exists(), "update-mime-database registered the meeting type")
            check(content_type(HELD) == MEETING_TYPE, "a meeting file has the meeting type")
            if shutil.which("update-desktop-database"):
                check(
                    "facilitation.desktop" in default_app(MEETING_TYPE),
                    "the desktop opens meeting files with Facilitation",
                )
        exercise("facilitation", work)
    finally:
        subprocess.run(["dpkg", "--purge", "facilitation"], check=True)
    check(installed_state("facilitation") in ("not known", "unknown ok not-installed"), "purged")
    for path in [*INSTALLED, MIME_GENERATED]:
        check(not path.exists() and not path.is_symlink(), f"{path} is gone")
    left = list(Path("/usr/share/icons/hicolor").glob("*/apps/facilitation.*"))
    check(not left, "no icon of ours is left in hicolor")
    data = work / "home" / "data" / "facilitation" / "demo"
    check(any(data.glob("rencontre-2*.json")), "the user's own data is still there")
    check((work / "minutes-fr.docx").is_file(), "the user's exported minutes are still there")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--deb", type=Path, help="install, run, purge this .deb (Linux, as root)")
    which.add_argument("--bundle", type=Path, help="run the bundle in this folder")
    ns = p.parse_args(argv)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="facilitation-smoke-") as name:
        work = Path(name)
        try:
            if ns.deb is not None:
                smoke_deb(ns.deb.resolve(), work)
            else:
                folder = ns.bundle.resolve()
                # the .app keeps its libraries under Contents/Frameworks, beside Contents/MacOS
                check_lean(folder.parent if folder.name == "MacOS" else folder)
                check_translations(folder.parent if folder.name == "MacOS" else folder)
                if sys.platform == "win32":
                    # the windowed program starts and quits; the console twin prints
                    run([str(folder / "facilitation.exe"), *DEMO], user_env(work / "gui"), work)
                    exercise(str(folder / "facilitation-cli.exe"), work)
                else:
                    exercise(str(folder / "facilitation"), work)
        except SmokeFailed as exc:
            print(f"smoke: FAILED - {exc}", file=sys.stderr)
            return 1
    print(f"smoke: all good in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
