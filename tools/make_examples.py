"""Build the bundled example meetings, deterministically, through the one door.

    .venv/bin/python tools/make_examples.py [--out DIR]

Writes ``rencontre-2.json`` (the "2e rencontre" as prepared from its invitation) and
``rencontre-2-held.json`` (the same evening once held) into ``resources/examples/``. Every change goes
through ``LiveMeeting.apply`` with a :class:`FakeClock` and fixed ids, so running the script twice gives
byte-identical files; ``tests/models/test_examples.py`` checks the committed files never go stale.
Everybody in these files is invented.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from example_meetings.cast import HELD_NAME, PREPARED_NAME
from example_meetings.held import hold
from example_meetings.prepared import prepare
from example_meetings.script import new_live

from facilitation.models import Meeting
from facilitation.storage import fileformat

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "resources" / "examples"


def build_prepared() -> Meeting:
    live, s = new_live()
    prepare(s)
    return live.meeting


def build_held() -> Meeting:
    live, s = new_live()
    prepare(s)
    hold(s)
    return live.meeting


def dump(meeting: Meeting) -> bytes:
    """The document as bytes: the app's envelope, indent 2, accents kept readable.

    The envelope (``format``, ``schema_version``…) comes from the storage layer so the examples
    always say what the app writes; the layout is ours, so that diffs of the examples stay readable.
    """
    doc = fileformat.meeting_to_document(meeting)
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_examples(out: Path) -> list[Path]:
    """Build both examples and write them into ``out``; return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, meeting in ((PREPARED_NAME, build_prepared()), (HELD_NAME, build_held())):
        path = out / name
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(dump(meeting))
        os.replace(tmp, path)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=EXAMPLES_DIR, help="folder to write into")
    ns = p.parse_args(argv)
    for path in write_examples(ns.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
