"""File → Export minutes…: the dialog, driven as a user would, and the files it writes read back."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from facilitation.models import SetDetails, StartMeeting
from facilitation.storage.paths import data_dir
from tests.ui.conftest import PEOPLE, Facilitator

from facilitation.ui.dialogs.export_dialog import ExportDialog


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The documents folder is under a home of the test's own (platformdirs reads $HOME, and
    $XDG_DOCUMENTS_DIR first when it is set, as the suite sets it)."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "home" / "Documents"))
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()))
    )
    return urls


def _open(qtbot: QtBot, f: Facilitator) -> ExportDialog:
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1"))
    qtbot.keyClick(f.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)]
    qtbot.waitExposed(dialog)
    return dialog


def test_defaults_the_meetings_language_a_safe_name_in_the_documents(
    qtbot: QtBot, facilitator: Facilitator, home: Path
) -> None:
    assert facilitator.ctx.lang == "en"  # the interface is in English, the meeting in French
    dialog = _open(qtbot, facilitator)
    assert dialog.fmt.currentData() == "docx" and dialog.lang.currentData() == "fr"
    path = Path(dialog.path.text())
    assert path == home / "Documents" / "Facilitation" / "Compte rendu 2021-06-17 2e rencontre.docx"
    assert data_dir() not in path.parents
    assert not dialog.open_button.isVisible() and not dialog.keep_owners.isEnabled()
    dialog.close()


def test_export_markdown_anonymous_then_open_and_show(
    qtbot: QtBot, facilitator: Facilitator, home: Path, opened: list[str]
) -> None:
    dialog = _open(qtbot, facilitator)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("md"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    qtbot.mouseClick(dialog.anonymous, Qt.MouseButton.LeftButton)
    assert dialog.keep_owners.isEnabled()
    out = Path(dialog.path.text())
    assert out.name == "Minutes 2021-06-17 2e rencontre anonymised.md"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = out.read_text("utf-8")
    assert "Tour de table" in text
    for _pid, name, _group in PEOPLE:
        for part in name.split():
            assert part not in text
    assert str(out) in dialog.message.text()
    assert dialog.open_button.isVisible() and dialog.show_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out), str(out.parent)]
    dialog.close()
    # the choices and the folder are remembered for the series
    again = ExportDialog(facilitator.ctx)
    qtbot.addWidget(again)
    o = again.options()
    assert (o.fmt, o.lang, o.anonymous, o.keep_owners) == ("md", "en", True, False)
    assert Path(again.path.text()).parent == out.parent


def test_pdf_read_back_with_pdftotext(qtbot: QtBot, facilitator: Facilitator) -> None:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed"
    dialog = _open(qtbot, facilitator)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("pdf"))
    assert not dialog.template.isEnabled()  # a template is for Word only
    out = dialog.export()
    assert out is not None and out.suffix == ".pdf" and out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "Tour de table" in text and "Compte rendu" in text
    dialog.close()


def test_word_with_the_organisations_template(
    qtbot: QtBot, facilitator: Facilitator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = tmp_path / "en-tête.docx"
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "Collectif du social"
    letterhead.save(str(template))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(template), ""))
    )
    dialog = _open(qtbot, facilitator)
    dialog.choose_template()
    assert dialog.template.text() == str(template)
    out = dialog.export()
    assert out is not None
    written = docx.Document(str(out))
    assert written.sections[0].header.paragraphs[0].text == "Collectif du social"
    assert any("Tour de table" in p.text for p in written.paragraphs)
    # remembered with the series: the next export uses the same letterhead
    again = ExportDialog(facilitator.ctx)
    qtbot.addWidget(again)
    assert again.options().template == template
    dialog.close()


def test_what_cannot_be_written_is_said_and_nothing_is_lost(
    qtbot: QtBot, facilitator: Facilitator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, facilitator)
    # not a Word document as a template
    bad = tmp_path / "not-word.docx"
    bad.write_text("hello", "utf-8")
    dialog.template.setText(str(bad))
    target = tmp_path / "out.docx"
    dialog.path.setText(str(target))
    assert dialog.export() is None
    assert "not written" in dialog.message.text() and not target.exists()
    dialog.template.setText("")
    # a folder that does not exist (not the documents folder: it is not made)
    dialog.path.setText(str(tmp_path / "nowhere" / "out.docx"))
    assert dialog.export() is None and "not written" in dialog.message.text()
    # the app's own hidden folder is refused
    dialog.path.setText(str(data_dir() / "minutes.docx"))
    assert dialog.export() is None and "hidden" in dialog.message.text()
    # an existing file is replaced only when the user says so
    target.write_bytes(b"my own file")
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    dialog.path.setText(str(target))
    assert dialog.export() is None and target.read_bytes() == b"my own file"
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    assert dialog.export() == target and target.read_bytes().startswith(b"PK")
    dialog.close()


def test_a_name_of_the_users_own_keeps_its_stem_and_unsafe_titles_are_made_safe(
    qtbot: QtBot, facilitator: Facilitator
) -> None:
    d = facilitator.meeting.details
    facilitator.ctx.live.apply(SetDetails(replace(d, title='Bilan: 1/2 "CPAS"? <oui> | non.')))
    dialog = _open(qtbot, facilitator)
    name = Path(dialog.path.text()).name
    assert not set(name) & set(':?*"<>|/\\') and not name.endswith(".")
    assert name == "Compte rendu 2021-06-17 Bilan 1 2 CPAS oui non.docx"
    folder = Path(dialog.path.text()).parent
    qtbot.keyClicks(dialog.path, "x")  # typed by the user
    dialog.path.setText(str(folder / "PV juin.docx"))
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("pdf"))
    assert Path(dialog.path.text()) == folder / "PV juin.pdf"
    dialog.close()


def test_the_file_dialog_sets_the_path(
    qtbot: QtBot, facilitator: Facilitator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "choisi.md"
    seen: list[str] = []

    def ask(_parent: QWidget | None, _caption: str, start: str, filt: str) -> tuple[str, str]:
        seen.append(start)
        return str(chosen), filt

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    dialog = _open(qtbot, facilitator)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("md"))
    dialog.choose_path()
    assert seen and seen[0].endswith(".md") and dialog.path.text() == str(chosen)
    assert dialog.export() == chosen and chosen.exists()
    dialog.close()
