"""Regenerate the screenshots of a meeting run from two computers, in docs/ (offscreen; no display).

    python tools/screenshot_sharing.py            # docs/invite-en.png, invite-choose-en.png, devices-en.png
    python tools/screenshot_sharing.py --lang fr  # the same in French (…-fr.png)

The facilitator's window is the one of ``tools/screenshots.py`` (the bundled "2e rencontre" at
19:10, on a 1366×768 laptop), shared on this computer only (127.0.0.1). **Invite a device** shows
its choice (the role, how long, this computer's name for the others: ``invite-choose-*.png``),
then an invitation for a note-taker, twelve minutes before it expires; its token and
the host's address are fixed, so the link, the code and the QR code are the same every time (the
floor's own ``Invitation`` makes them from those). **The Devices tab** shows two devices that
really joined, in this process, with invitations of the floor (a note-taker's laptop and the
projector's computer): their names are fixed, their clocks are the host's. What this run draws
at random (the port, the room's name in the status line) is shown as on a room's Wi-Fi.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QTabWidget

from facilitation.sync import SyncedMeeting

ROOT = Path(__file__).resolve().parent.parent
#: the host's address shown in the invitation (a laptop on a room's Wi-Fi)
SHOWN_ADDRESS = "ws://192.168.1.20:8765"
#: the address shown in the status line, with its room
ROOM = SHOWN_ADDRESS + "/3f9c…"
#: the host computer's name, shown to the others
HOST_NAME = "Portable de l'animation"
#: the invitation's token, fixed so that its link, code and QR code never change
SHOWN_TOKEN = "rW3YbG9xk2Qm1sVt8pLcAA"
NAMES = ("Portable de Samira", "PC de la salle (projection)")
#: how often a device says it is here (``sync.presence.HEARTBEAT``), in s
HEARTBEAT = 15.0
#: the longest the devices may take to appear (s)
LIMIT = 20.0


def pump(app: QCoreApplication, joined: Sequence[SyncedMeeting], until: Callable[[], bool]) -> None:
    end = time.monotonic() + LIMIT
    while time.monotonic() < end:
        app.processEvents()
        for shared in joined:
            shared.pump(0.01)
        if until():
            return
    raise SystemExit("the devices did not appear in time")


def shoot(lang: str, out: Path) -> list[Path]:
    from screenshots import LAPTOP_AREA, midway

    from facilitation.models import FakeClock
    from facilitation.sync.roles import Role

    from facilitation.ui.core.context import AppContext
    from facilitation.ui.core.i18n import install_translators
    from facilitation.ui.facilitator.window import FacilitatorWindow
    from facilitation.ui.sharing import floor
    from facilitation.ui.sharing.actions import SharingStatus, link_of, start_sharing
    from facilitation.ui.sharing.devices import DevicesPanel
    from facilitation.ui.sharing.invite_dialog import InviteDialog
    from facilitation.ui.sharing.link import status_text

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, lang)  # noqa: F841 - keep alive
    from datetime import datetime, timezone

    clock = FakeClock(datetime(2021, 6, 17, 18, 32, tzinfo=timezone(timedelta(hours=2))))
    live = midway(clock)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        settings = QSettings(str(base / "s.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(live, clock, settings, lang=lang)
        window = FacilitatorWindow(ctx)
        window.interactive = False
        window.resize(*LAPTOP_AREA)
        window.show()
        link, _url = start_sharing(ctx, "127.0.0.1", 0, base)
        server = link.shared.server
        assert server is not None
        server.wall_clock = lambda: clock.now().timestamp()  # the host's time is the window's
        if hasattr(link.shared, "device_name"):  # this computer's name, the same everywhere
            link.shared.device_name = HOST_NAME
        joined: list[SyncedMeeting] = []
        for n, (name, role) in enumerate(zip(NAMES, (Role.NOTETAKER, Role.VIEWER), strict=True)):
            made = floor.invite(link.shared, role, timedelta(minutes=15))
            joining = floor.JoinTarget(made, None)
            joined.append(floor.join(joining, base / f"device-{n}", name, clock))

        def panel_of() -> DevicesPanel | None:
            return window.findChild(DevicesPanel)

        def there(measured: bool) -> bool:
            panel = panel_of()
            if panel is None:
                return False
            panel.refresh()
            names = {
                d.name
                for d in panel.devices.values()
                if d.online and (d.clock_offset is not None or not measured)
            }
            return set(NAMES) <= names

        pump(app, joined, lambda: there(measured=False))
        # a heartbeat later (the fake clock does not move by itself), each has said its clock
        clock.advance(HEARTBEAT)
        pump(app, joined, lambda: there(measured=True))

        # the Devices tab, in the facilitator's window
        tabs = window.findChild(QTabWidget, "peopleTabs")
        panel = panel_of()
        assert tabs is not None and panel is not None
        tabs.setCurrentWidget(panel)
        panel.reword()
        # the note-taker's laptop selected: the host's buttons are ready for it
        for i in range(panel.view.topLevelItemCount()):
            item = panel.view.topLevelItem(i)
            if item is not None and item.text(0) == NAMES[0]:
                panel.view.setCurrentItem(item)
        window.statusBar().clearMessage()
        # the address as on the room's Wi-Fi (this run's port and room are drawn at random)
        state = window.findChild(SharingStatus)
        if state is not None:
            state.set_text(status_text(dataclasses.replace(link.shared.status(), address=ROOM)))
        window.refresh_times()
        for _ in range(20):
            app.processEvents()
        target = out / f"devices-{lang}.png"
        window.grab().save(str(target))
        written.append(target)

        # the invitation, as the facilitator shows it to the note-taker, three minutes on
        shown = floor.invite(link.shared, Role.NOTETAKER, timedelta(minutes=15))
        shown = dataclasses.replace(
            shown,
            token=SHOWN_TOKEN,
            addresses=(SHOWN_ADDRESS,),
            host_name=HOST_NAME,
            expires=clock.now() + timedelta(minutes=12),
        )
        dialog = InviteDialog(
            lambda _r, _v: shown, clock, lambda: True, lambda: None, window, name=HOST_NAME
        )
        dialog.show()

        def shoot(name: str) -> None:
            for _ in range(10):
                app.processEvents()
            dialog.adjustSize()
            app.processEvents()
            target = out / f"{name}-{lang}.png"
            dialog.grab().save(str(target))
            written.append(target)

        dialog.role_buttons[Role.NOTETAKER].click()
        # the choice first: the role, how long, and this computer's name for the others
        shoot("invite-choose")
        dialog.make_button.click()
        shoot("invite")
        dialog.close()

        for shared in joined:
            shared.close()
        shared_link = link_of(ctx)
        if shared_link is not None:
            shared_link.close()
        window.close()
        window.deleteLater()
        app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", choices=("en", "fr"), default="en")
    ns = p.parse_args(argv)
    for path in shoot(ns.lang, ROOT / "docs"):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
