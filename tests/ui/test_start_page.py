"""The start page, driven as a user would: find a meeting by searching and open it with Enter or a
double-click, create one from an invitation, prepare the next of a series, restore a meeting not
closed cleanly; broken and missing files say why; the first choice opens here, later ones elsewhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from facilitation.models import (
    AgendaItem,
    Create,
    Details,
    EndMeeting,
    FakeClock,
    LiveMeeting,
    Meeting,
    NextMeeting,
    StartMeeting,
)
from facilitation.storage.fileformat import load_meeting, save_meeting
from facilitation.storage.library import Library
from facilitation.storage.paths import meetings_dir
from facilitation.storage.session import Session
from tests.ui.conftest import Facilitator, top_item

from facilitation.ui.app import windows as windows_module
from facilitation.ui.app.startup import Startup
from facilitation.ui.app.windows import WindowManager
from facilitation.ui.start import create as create_module
from facilitation.ui.start import listing
from facilitation.ui.start import window as start_module
from facilitation.ui.start.request import OpenRequest
from facilitation.ui.start.window import RestoreChoice, StartPage


def save(rel: str, m: Meeting) -> Path:
    path = meetings_dir() / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    save_meeting(path, m)
    return path


def rencontre(n: int, day: date, held: bool = False) -> Meeting:
    m = Meeting(
        f"r{n}",
        Details(title=f"{n}e rencontre", series="Rencontre", number=n, date=day, place="Namur"),
    )
    m.items["i1"] = AgendaItem("i1", "Tour de table", planned_minutes=10)
    if held:
        m.next_meeting = NextMeeting(date=date(2026, 12, 1), place="Liège")
        live = LiveMeeting(m)
        clock = FakeClock()
        live.apply(StartMeeting(clock.now(), "run1"))
        live.apply(EndMeeting(clock.now()))
    return m


@pytest.fixture
def folder() -> dict[str, Path]:
    return {
        "r1": save("Rencontre/2026-09-01 Rencontre 1.json", rencontre(1, date(2026, 9, 1), True)),
        "r2": save("Rencontre/2026-10-06 Rencontre 2.json", rencontre(2, date(2026, 10, 6), True)),
        "ag": save(
            "2026-06-20 AG.json",
            Meeting("ag", Details(title="Assemblée générale", date=date(2026, 6, 20))),
        ),
    }


@pytest.fixture
def page(qtbot: QtBot, clock: FakeClock, no_leaks: None) -> Iterator[StartPage]:
    p = StartPage(clock, "en", Library())
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.close()
    p.deleteLater()


def shown_titles(page: StartPage) -> list[str]:
    return [i.text(0) for i in listing.meeting_items(page.tree) if not i.isHidden()]


def groups(page: StartPage) -> list[str]:
    return [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]  # type: ignore[union-attr]


def test_the_meetings_by_series_newest_first(folder: dict[str, Path], page: StartPage) -> None:
    assert groups(page) == ["Rencontre", "Without a series"]
    assert shown_titles(page) == ["2e rencontre", "1e rencontre", "Assemblée générale"]
    first = listing.meeting_items(page.tree)[0]
    assert [first.text(c) for c in range(5)] == ["2e rencontre", "2", "6 Oct 2026", "Held", "Namur"]


def test_find_by_search_and_open_with_enter(
    qtbot: QtBot, folder: dict[str, Path], page: StartPage
) -> None:
    qtbot.keyClicks(page.search, "assemblee")  # no accent, no case: still found
    assert shown_titles(page) == ["Assemblée générale"]
    assert groups(page) == ["Rencontre", "Without a series"]  # the empty group is hidden
    assert page.tree.topLevelItem(0).isHidden()  # type: ignore[union-attr]
    with qtbot.waitSignal(page.open_requested) as got:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert got.args == [OpenRequest(folder["ag"])]
    page.search.clear()
    qtbot.keyClicks(page.search, "2026-09")  # by date
    assert shown_titles(page) == ["1e rencontre"]
    page.search.setText("oct 2026")  # the date as shown
    assert shown_titles(page) == ["2e rencontre"]
    page.search.setText("rencontre namur held")  # the series' name and words of the row
    assert shown_titles(page) == ["2e rencontre", "1e rencontre"]
    page.search.setText("nothing like this")
    assert shown_titles(page) == [] and "No meeting matches" in page.message.text()


def test_open_with_a_double_click(qtbot: QtBot, folder: dict[str, Path], page: StartPage) -> None:
    item = listing.meeting_items(page.tree)[1]
    rect = page.tree.visualItemRect(item)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_requested) as got:
        qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert got.args == [OpenRequest(folder["r1"])]


def test_create_from_an_invitation(
    qtbot: QtBot, page: StartPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    invitation = "# Rencontre de décembre\n\n- Tour de table (10 min)\n- Le budget : où en est-on ? (25 min)\n"

    def fill_and_accept(dialog: QDialog) -> int:
        assert isinstance(dialog, create_module.InvitationDialog)
        dialog.text.setPlainText(invitation)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(create_module.InvitationDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(page.open_requested) as got:
        qtbot.mouseClick(page.invitation_button, Qt.MouseButton.LeftButton)
    (req,) = got.args
    assert req.path.parent == meetings_dir()
    assert req.path.name == "Rencontre de décembre.json"
    m = load_meeting(req.path)
    assert m.details.title == "Rencontre de décembre"
    assert [i.title for i in m.items.values()] == ["Tour de table", "Le budget : où en est-on ?"]
    assert [i.planned_minutes for i in m.items.values()] == [10, 25]
    page.refresh()
    assert "Rencontre de décembre" in shown_titles(page)


def test_create_from_a_file_and_a_bad_one(page: StartPage, tmp_path: Path) -> None:
    agenda = tmp_path / "ordre du jour.txt"
    agenda.write_text("Accueil\nBilan de l'année (30 min)\n", encoding="utf-8")
    path = page.create_from(None, agenda)
    assert path is not None and [i.title for i in load_meeting(path).items.values()] == [
        "Accueil",
        "Bilan de l'année",
    ]
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 50)
    assert page.create_from(None, binary) is None
    assert "photo.txt" in page.message.text()


def test_prepare_the_next_of_a_series(
    qtbot: QtBot, folder: dict[str, Path], page: StartPage
) -> None:
    page.tree.setCurrentItem(listing.meeting_items(page.tree)[1])  # the first: its series' newest
    with qtbot.waitSignal(page.open_requested) as got:
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    (req,) = got.args
    assert req.path == meetings_dir() / "Rencontre" / "2026-12-01 Rencontre 3.json"
    nxt = load_meeting(req.path)
    assert (nxt.details.series, nxt.details.number, nxt.details.place) == ("Rencontre", 3, "Liège")
    assert nxt.live.started_at is None
    page.refresh()
    assert shown_titles(page)[0] == nxt.details.title


def test_prepare_the_next_from_a_series_heading_or_nothing(
    folder: dict[str, Path], page: StartPage
) -> None:
    page.tree.setCurrentItem(top_item(page.tree, 1))  # "Without a series": which one?
    assert page.prepare_next() is None
    assert "series" in page.message.text()
    page.tree.setCurrentItem(top_item(page.tree, 0))  # "Rencontre": after its newest
    path = page.prepare_next()
    assert path is not None and load_meeting(path).details.number == 3


def test_restore_a_meeting_not_closed_cleanly(
    qtbot: QtBot,
    folder: dict[str, Path],
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    ui_settings: QSettings,
) -> None:
    live = LiveMeeting(load_meeting(folder["ag"]))
    crashed = Session.open(live, folder["ag"], clock)
    live.apply(Create.of("items", AgendaItem("late", "Added just before the crash")))
    crashed.close(clean=False)  # as if the process had died
    page = StartPage(clock, "en", Library())
    page.show()
    try:
        marked = [i for i in listing.meeting_items(page.tree) if i.text(3) == "Not closed cleanly"]
        assert [i.text(0) for i in marked] == ["Assemblée générale"]
        page.tree.setCurrentItem(marked[0])
        assert page.restore_button.isEnabled()
        monkeypatch.setattr(start_module, "ask_restore", lambda parent, r: RestoreChoice.RESTORE)
        with qtbot.waitSignal(page.open_requested) as got:
            qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        (req,) = got.args
        assert req.restore is not None and req.restore.path == folder["ag"]
        # what start-up does with it: the meeting with the change the file did not have yet
        import argparse

        start = Startup(argparse.Namespace(terminate_after_init=True), clock, ui_settings)
        opened = start.for_request(req)
        assert "late" in opened.meeting.items and "late" not in load_meeting(folder["ag"]).items
    finally:
        page.close()
        page.deleteLater()


def test_broken_and_missing_files_say_why(
    folder: dict[str, Path], page: StartPage, tmp_path: Path
) -> None:
    (meetings_dir() / "notes de Marc.json").write_text('{"todo": ["acheter du café"]}')
    cut = folder["r1"].read_bytes()
    (meetings_dir() / "Rencontre" / "copie.json").write_bytes(cut[: len(cut) // 2])
    elsewhere = tmp_path / "usb" / "ca.json"
    elsewhere.parent.mkdir()
    save_meeting(elsewhere, Meeting("ca", Details(title="Conseil d'administration")))
    Library().remember(elsewhere, "ca")
    page.refresh()
    page.library.keep()
    elsewhere.unlink()
    page.refresh()
    states = {i.text(0): i.text(3) for i in listing.meeting_items(page.tree)}
    assert states["notes de Marc"] == "Not a meeting file"
    assert states["copie"] == "Cut short (incomplete copy)"
    assert states["Conseil d'administration"] == "Missing: moved or deleted"
    items = {i.text(0): i for i in listing.meeting_items(page.tree)}
    page.tree.setCurrentItem(items["copie"])
    assert not page.open_button.isEnabled()
    page.open_current()  # Enter on it: a reason, nothing opened
    assert "copie.json cannot be opened: Cut short" in page.message.text()
    page.tree.setCurrentItem(items["Conseil d'administration"])
    assert page.forget_button.isEnabled()
    page.forget_button.click()
    assert "Conseil d'administration" not in shown_titles(page)


def test_an_empty_list_says_what_to_do(page: StartPage) -> None:
    assert shown_titles(page) == []
    assert "try the demo" in page.message.text()


def test_the_demo_opens_the_same_copy(qtbot: QtBot, page: StartPage) -> None:
    with qtbot.waitSignal(page.open_requested) as first:
        page.demo_button.click()
    with qtbot.waitSignal(page.open_requested) as second:
        page.demo_button.click()
    assert first.args == second.args and first.args[0].path.is_file()


def test_the_first_choice_opens_here_later_ones_in_a_new_process(
    qtbot: QtBot,
    folder: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    no_leaks: None,
) -> None:
    launched: list[list[str]] = []
    monkeypatch.setattr(windows_module, "launch", launched.append)
    manager = WindowManager(clock=FakeClock())
    here: list[OpenRequest] = []

    def open_here(req: OpenRequest) -> bool:
        here.append(req)
        return True

    manager.open_here = open_here
    page = manager.show_start_page()
    page.open_row(listing.row_of(listing.meeting_items(page.tree)[0]))
    assert here == [OpenRequest(folder["r2"])] and launched == []
    assert manager.open_here is None  # a meeting is open in this process now
    qtbot.waitUntil(lambda: manager.start_page is None)  # the start page closed
    page = manager.show_start_page()
    page.new_meeting()
    page = manager.show_start_page()
    page.open_row(listing.row_of(listing.meeting_items(page.tree)[2]))
    assert launched == [["--new"], [str(folder["ag"])]]
    qtbot.waitUntil(lambda: manager.start_page is None)


def test_file_start_page_in_the_facilitators_window(
    facilitator: Facilitator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.conftest import with_changes

    from facilitation.ui.facilitator.window import FacilitatorWindow

    manager = WindowManager()
    ctx = with_changes(facilitator.ctx, windows=manager)
    manager.bind(ctx)
    window = FacilitatorWindow(ctx)
    window.interactive = False
    manager.bind(ctx, window)
    try:
        action = window.actions["start_page"]
        assert action.shortcut().toString() == "Ctrl+Shift+H"
        assert not window.actions["reset_demo"].isVisible()  # not the demo
        action.trigger()
        assert manager.start_page is not None and manager.start_page.isVisible()
    finally:
        manager.close_all()
        window.deleteLater()


def test_reset_the_demo_starts_it_over_after_the_window_closed(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    no_leaks: None,
) -> None:
    from PySide6.QtWidgets import QWidget

    from facilitation.resources import example
    from facilitation.storage.library import demo_meeting, is_demo

    demo = demo_meeting()
    assert is_demo(demo) and demo_meeting() == demo  # the same copy each time
    changed = load_meeting(demo)
    changed.items.clear()
    save_meeting(demo, changed)
    launched: list[list[str]] = []
    monkeypatch.setattr(windows_module, "launch", launched.append)
    manager = WindowManager()
    facilitator = QWidget()
    facilitator.show()
    manager._facilitator = facilitator  # the facilitator's window, as bind() keeps it
    manager.reset_demo()
    assert not facilitator.isVisible() and launched == []  # nothing before the meeting is closed
    assert load_meeting(demo).items == {}
    manager.after_quit()  # start-up calls it once the session is closed
    assert launched == [["--demo"]]
    assert demo.read_bytes() == example("rencontre-2.json").read_bytes()
    facilitator.deleteLater()


def test_a_meetings_folder_that_cannot_be_made_is_said_not_a_crash(
    qtbot: QtBot,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_leaks: None,
) -> None:
    blocker = tmp_path / "Documents"
    blocker.write_text("a file where the documents folder should be")
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(blocker))
    page = StartPage(clock, "en", Library())
    page.show()
    try:
        assert shown_titles(page) == []
        assert page.create_from("Accueil\nBilan\n", None) is None
        assert "not written" in page.message.text()
    finally:
        page.close()
        page.deleteLater()
