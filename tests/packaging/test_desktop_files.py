"""The Linux identity files, read by the real desktop tools: the menu entry (desktop-file-validate),
the AppStream metadata (appstreamcli validate), the meeting file type (update-mime-database, then GIO
asks which type a file has, as a file manager does before a double-click)."""

from __future__ import annotations

import configparser
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitation.resources import example
from facilitation.storage.fileformat import load_meeting, save_meeting
from tests.packaging.conftest import LINUX, ROOT, need

DESKTOP = LINUX / "facilitation.desktop"
MIME_XML = LINUX / "facilitation-meeting.xml"
METAINFO = LINUX / "org.facilitation.Facilitation.metainfo.xml"
MEETING_TYPE = "application/x-facilitation-meeting+json"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validate_accepts_the_menu_entry() -> None:
    tool = need("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    # it prints hints and errors on stdout and exits 1 on an error; a clean file prints nothing
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


def test_desktop_file_validate_is_not_a_rubber_stamp(tmp_path: Path) -> None:
    tool = need("desktop-file-validate", "desktop-file-utils")
    broken = tmp_path / "facilitation.desktop"
    broken.write_text(DESKTOP.read_text("utf-8").replace("Type=Application\n", ""), "utf-8")
    assert subprocess.run([tool, str(broken)], capture_output=True).returncode != 0


def test_the_menu_entry_speaks_both_languages_and_opens_meeting_files() -> None:
    e = entry()
    for key in ("Name", "GenericName", "Comment"):
        assert e[key] and e[f"{key}[fr]"], key
    assert e["GenericName[fr]"] != e["GenericName"] and e["Comment[fr]"] != e["Comment"]
    assert e["Exec"] == "facilitation %f"
    assert e["Categories"] == "Office;"
    assert e["MimeType"] == f"{MEETING_TYPE};"
    assert e["Icon"] == "facilitation"


def test_appstreamcli_accepts_the_metainfo() -> None:
    tool = need("appstreamcli", "appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--no-color", str(METAINFO)], capture_output=True, text=True
    )
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    # infos are allowed (an older appstream may not know a newer tag); errors and warnings are not
    assert not any(line.startswith(("E:", "W:")) for line in out.splitlines()), out


def test_the_metainfo_points_at_what_is_shipped() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == MEETING_TYPE
    assert root.findtext("provides/binary") == "facilitation"
    # every screenshot is one of the repository's own, by name
    images = [el.text or "" for el in root.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert (ROOT / "docs" / url.rsplit("/", 1)[1]).is_file(), url


def test_the_mime_type_matches_the_file_format() -> None:
    (mime,) = ET.parse(MIME_XML).getroot()
    assert mime.get("type") == MEETING_TYPE
    globs = {g.get("pattern"): int(g.get("weight", "50")) for g in mime.iter(f"{MIME_NS}glob")}
    # below application/json's own 50: a JSON file is JSON until its content says otherwise
    assert globs == {"*.json": 40}
    values = [m.get("value") for m in mime.iter(f"{MIME_NS}match")]
    doc = json.loads(example("rencontre-2.json").read_text("utf-8"))
    assert doc["format"] == "facilitation-meeting"
    assert '"format": "facilitation-meeting"' in values


@pytest.fixture(scope="module")
def mime_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    update = need("update-mime-database", "shared-mime-info")
    home = tmp_path_factory.mktemp("xdg-data")
    packages = home / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / MIME_XML.name).write_bytes(MIME_XML.read_bytes())
    subprocess.run([update, str(home / "mime")], check=True, capture_output=True)
    return home


def content_type(home: Path, path: Path) -> str:
    gio = need("gio", "libglib2.0-bin")
    done = subprocess.run(
        [gio, "info", "-a", "standard::content-type", str(path)],
        capture_output=True,
        text=True,
        check=True,
        # only our database and the system's: the user's own must not change the answer
        env={"XDG_DATA_HOME": str(home), "XDG_DATA_DIRS": "/usr/local/share:/usr/share"},
    )
    (line,) = [x for x in done.stdout.splitlines() if "standard::content-type" in x]
    return line.split(":", 3)[-1].strip()


def test_meeting_files_get_the_meeting_type_and_other_json_stays_json(
    mime_home: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "saved by the app.json"
    save_meeting(saved, load_meeting(example("rencontre-2.json")))
    compact = tmp_path / "compact.json"
    compact.write_text(json.dumps({"format": "facilitation-meeting"}, separators=(",", ":")))
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps({"format": "something else", "meeting": {}}, indent=2))
    for meeting_file in (
        example("rencontre-2.json"),
        example("rencontre-2-held.json"),
        saved,
        compact,
    ):
        assert content_type(mime_home, meeting_file) == MEETING_TYPE, meeting_file
    assert content_type(mime_home, plain) == "application/json"
