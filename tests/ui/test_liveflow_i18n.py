"""One way to write dates per language, and Qt's own dialogs in French (issue: the facilitator's
live flow, point 7)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from tests.ui.conftest import Facilitator

from facilitation.ui.core.i18n import install_translators, local_date, remove_translators


def test_french_dates_read_the_french_way(qapp: QApplication) -> None:
    translators = install_translators(qapp, "fr")
    try:
        assert local_date(date(2026, 12, 1), long=True) == "mardi 1er décembre 2026"
        assert local_date(date(2026, 12, 2), long=True) == "mercredi 2 décembre 2026"
        assert local_date(date(2026, 12, 1)).endswith("/12/2026")  # four-digit years
    finally:
        remove_translators(qapp, translators)


def test_qts_file_dialog_speaks_french(qapp: QApplication) -> None:
    translators = install_translators(qapp, "fr")
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"].replace("&", "").startswith("Voir dans")
        assert labels["fileTypeLabel"].replace("&", "").startswith("Fichiers de type")
        assert labels["fileNameLabel"].replace("&", "").startswith("Nom de fichier")
        dialog.deleteLater()
    finally:
        remove_translators(qapp, translators)


def test_the_meeting_line_has_no_iso_date(facilitator: Facilitator) -> None:
    line = facilitator.window.meeting_title.text()
    assert "2021-06-17" not in line and "2021" in line
