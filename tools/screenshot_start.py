"""Regenerate the start page's screenshots in docs/ (offscreen; no display needed).

    python tools/screenshot_start.py            # docs/start-page-en.png
    python tools/screenshot_start.py --lang fr  # docs/start-page-fr.png

The page lists a made-up computer's meetings, in a private temporary home: three meetings of the
"Rencontres du travail social de terrain" (one held with its minutes written, one held, the next
prepared), two of a steering committee, a general assembly without a series, a meeting not closed
cleanly, a copy cut short and a file moved away.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
TZ = timezone(timedelta(hours=1))


def populate(home: Path) -> None:
    """The meetings of the made-up computer (the environment already points at ``home``)."""
    from facilitation.models import (
        AgendaItem,
        Details,
        EndMeeting,
        FakeClock,
        LiveMeeting,
        Meeting,
        StartMeeting,
    )
    from facilitation.storage.fileformat import save_meeting
    from facilitation.storage.library import Library
    from facilitation.storage.paths import new_meeting_path
    from facilitation.storage.session import Session

    library = Library()
    series = "Rencontres du travail social de terrain"

    def meeting(mid: str, title: str, day: date, place: str, **kw: object) -> Meeting:
        m = Meeting(mid, Details(title=title, date=day, place=place, **kw))  # type: ignore[arg-type]
        m.items["i1"] = AgendaItem("i1", "Tour de table", planned_minutes=10)
        return m

    def held(m: Meeting) -> Meeting:
        live = LiveMeeting(m)
        at = datetime(m.details.date.year, m.details.date.month, m.details.date.day, 18, tzinfo=TZ)  # type: ignore[union-attr]
        live.apply(StartMeeting(at, f"{m.id}-run"))
        live.apply(EndMeeting(at + timedelta(hours=2)))
        return live.meeting

    def write(m: Meeting) -> Path:
        d = m.details
        path = new_meeting_path(d.title, d.series, d.number, d.date)
        save_meeting(path, m)
        return path

    kw = {"series": series}
    write(
        held(
            meeting(
                "r1", "Le social est-il essentiel ?", date(2026, 9, 17), "Namur", number=1, **kw
            )
        )
    )
    write(
        held(
            meeting(
                "r2",
                "Numérisation et accès aux droits",
                date(2026, 10, 22),
                "Namur",
                number=2,
                **kw,
            )
        )
    )
    library.note_minutes("r1")
    write(
        meeting(
            "r3", "Refinancer, mais pour quoi faire ?", date(2026, 12, 1), "Liège", number=3, **kw
        )
    )
    cs = {"series": "Comité de pilotage"}
    write(held(meeting("c4", "Comité de pilotage", date(2026, 10, 5), "Bruxelles", number=4, **cs)))
    crashed = write(
        meeting("c5", "Comité de pilotage", date(2026, 11, 30), "Bruxelles", number=5, **cs)
    )
    write(held(meeting("ag", "Assemblée générale", date(2026, 6, 20), "Maison des associations")))
    cut = write(meeting("bad", "Copie de la rencontre", date(2026, 10, 22), "Namur"))
    cut.write_bytes(cut.read_bytes()[: cut.stat().st_size // 2])
    away = home / "Desktop" / "bilan.json"
    away.parent.mkdir(parents=True)
    save_meeting(away, held(meeting("bilan", "Bilan de l'année", date(2026, 1, 14), "Namur")))
    library.remember(away, "bilan")
    library.scan()
    library.keep()
    away.unlink()
    # the committee's meeting was being prepared when the computer went off
    from facilitation.storage.fileformat import load_meeting

    live = LiveMeeting(load_meeting(crashed))
    session = Session.open(live, crashed, FakeClock())
    live.apply(
        __import__("facilitation.models", fromlist=["Create"]).Create.of(
            "items", AgendaItem("late", "Budget 2027", planned_minutes=30)
        )
    )
    session.close(clean=False)


def shoot(lang: str, out: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "camille"
        for name, sub in (("DATA", "data"), ("CONFIG", "config"), ("STATE", "state")):
            os.environ[f"XDG_{name}_HOME"] = str(home / sub)
        os.environ["XDG_DOCUMENTS_DIR"] = str(home / "Documents")
        os.environ["HOME"] = str(home)
        from PySide6.QtWidgets import QApplication

        from facilitation.models import FakeClock

        from facilitation.ui.core.i18n import install_translators
        from facilitation.ui.start.window import StartPage

        app = QApplication.instance() or QApplication([])
        translators = install_translators(app, lang)  # noqa: F841 - keep alive
        populate(home)
        page = StartPage(FakeClock(), lang)
        page.resize(1180, 560)
        page.show()
        for _ in range(20):
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        page.grab().save(str(out))
        page.close()
        page.deleteLater()
        app.processEvents()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--lang", choices=("en", "fr"), default="en")
    ns = p.parse_args(argv)
    print(shoot(ns.lang, ROOT / "docs" / f"start-page-{ns.lang}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
