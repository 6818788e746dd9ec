"""The sharing dialogs in French on a 1366×768 laptop: they fit, and what the sync floor says
(a port in use, a wrong invitation, an address that is none) is said in French, never in the
floor's English or the system's words."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from facilitation.models import FakeClock, LiveMeeting
from facilitation.sync import MeetingKey
from tests.ui.conftest import sample_meeting
from tests.ui.test_sharing import LIMIT, free_port

from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import install_translators, remove_translators
from facilitation.ui.sharing.actions import link_of, open_share_dialog
from facilitation.ui.sharing.join_dialog import JoinDialog

LAPTOP = (1366, 768)
#: what a window manager's title bar and a panel take of a laptop's height
CHROME = 70


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, translators)


def fits(widget: QWidget, shots: Path) -> None:
    """It fits a laptop's screen; its picture is kept in ``shots`` to look at."""
    widget.adjustSize()
    size = widget.frameGeometry().size().expandedTo(widget.sizeHint())
    assert size.width() <= LAPTOP[0] and size.height() <= LAPTOP[1] - CHROME, size
    assert widget.grab().save(str(shots / f"{widget.objectName()}-fr.png"))


def test_the_share_dialog_in_french_fits_and_says_the_floors_errors_in_french(
    qtbot: QtBot, clock: FakeClock, ui_settings: QSettings, french: None, tmp_path: Path
) -> None:
    ctx = AppContext(LiveMeeting(sample_meeting()), clock, ui_settings)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(*LAPTOP)
    try:
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            dialog = open_share_dialog(parent, ctx)
            dialog.setObjectName("shareDialog")
            assert dialog.windowTitle() == "Partager la réunion sur le réseau"
            dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
            dialog.port.setValue(taken.getsockname()[1])
            dialog.share_button.click()
            said = dialog.error.text()
            assert said.startswith("La réunion ne peut pas être partagée là")
            assert "ce port est déjà utilisé" in said
            for english in ("cannot", "Errno", "address already in use", "listen"):
                assert english not in said, said
            fits(dialog, tmp_path)
        dialog.port.setValue(free_port())
        dialog.share_button.click()
        qtbot.waitUntil(lambda: dialog.shared_box.isVisible(), timeout=LIMIT)
        assert "Copier" in dialog.copy.text()
        fits(dialog, tmp_path)
        dialog.close()
        dialog.deleteLater()
    finally:
        link = link_of(ctx)
        if link is not None:
            link.close()


def test_the_join_dialog_and_its_refusals_in_french(
    qtbot: QtBot, clock: FakeClock, ui_settings: QSettings, french: None, tmp_path: Path
) -> None:
    dialog = JoinDialog()
    dialog.setObjectName("joinDialog")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Rejoindre une réunion"
    fits(dialog, tmp_path)
    windows = WindowManager(clock=clock, lang="fr")
    windows.settings = ui_settings
    url = f"ws://127.0.0.1:{free_port()}"
    cases = {
        "ni un lien d’invitation ni un code": windows.join_meeting(url, "n'importe quoi"),
        "pas l’adresse d’une réunion": windows.join_meeting(
            "http://exemple.be", f"m1:{MeetingKey.generate('m1').text()}"
        ),
    }
    for french_words, said in cases.items():
        assert said is not None and said.startswith("Impossible de rejoindre cette réunion")
        assert french_words in said, said
        assert "not" not in said.split("\xa0:")[-1], said
        dialog.show_problem(said)
        fits(dialog, tmp_path)
    assert windows.joined == []
