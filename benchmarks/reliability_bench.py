"""What the checks against losing notes cost: ``python benchmarks/reliability_bench.py``.

- saving the meeting's file with its identity and content checked (before writing and again just
  before the rename) against the plain atomic save of the same meeting (``save_meeting``);
- refusing a 6,000-paragraph Word agenda against a bare baseline: opening the package and reading
  its ``word/document.xml`` once (what any refusal has to do at least).

Medians of several rounds, measured in the same run; the ratios are what to compare across machines.
"""

from __future__ import annotations

import copy
import io
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import large_meeting


def _median(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    import docx

    from facilitation.imports.agenda_docx import read_agenda_docx
    from facilitation.imports.errors import AgendaImportError
    from facilitation.storage.fileformat import dumps_meeting, save_meeting
    from facilitation.storage.meetingfile import read_state, write_file

    tmp = Path(tempfile.mkdtemp())
    meeting = large_meeting()
    bare_path, checked_path = tmp / "bare.json", tmp / "checked.json"
    save_meeting(bare_path, meeting)
    save_meeting(checked_path, meeting)
    state = [read_state(checked_path)]

    def checked() -> None:
        state[0] = write_file(checked_path, dumps_meeting(meeting), state[0])

    bare = _median(lambda: save_meeting(bare_path, meeting), 11)
    with_checks = _median(checked, 11)
    size = checked_path.stat().st_size / 1e6
    print(
        f"save of a {size:.1f} MB meeting: plain {bare * 1e3:.0f} ms, with the file's identity "
        f"and content checked {with_checks * 1e3:.0f} ms (x{with_checks / bare:.2f})"
    )

    document = docx.Document()
    first = document.add_paragraph("Point 0", style="List Number")._p
    for _ in range(5999):
        p = copy.deepcopy(first)
        first.addnext(p)
        first = p
    path = tmp / "long.docx"
    document.save(str(path))
    data = path.read_bytes()

    def refuse() -> None:
        try:
            read_agenda_docx(path)
        except AgendaImportError:
            return
        raise AssertionError("a 6,000-paragraph agenda was not refused")

    def baseline() -> None:
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
            zf.read("word/document.xml")

    refusal, floor = _median(refuse, 7), _median(baseline, 7)
    print(
        f"refusing a 6,000-paragraph Word agenda ({len(data) / 1e3:.0f} kB): {refusal * 1e3:.0f} ms, "
        f"reading its document.xml once {floor * 1e3:.0f} ms (x{refusal / floor:.1f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
