"""Export of the large meeting's minutes against python-docx writing the same paragraphs and rows.

Same process, alternated runs, after one warm-up of each (imports and python-docx's template
loading are paid once by both, as in the app where the export runs in a warm process).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from benchmarks import bare_docx
from benchmarks.report import Measurement, median
from facilitation.models import Meeting


def measure(meeting: Meeting, tmp: Path, rounds: int) -> list[Measurement]:
    m = Measurement(
        "export_docx",
        "export of the meeting (.docx)",
        "s",
        "ratio",
        1.5,
        note="median ratio of alternated runs (export_minutes, bare python-docx, same content)",
    )
    try:
        from facilitation.export import export_minutes
    except ImportError as exc:
        m.error = f"facilitation.export.export_minutes is not there yet ({exc})"
        return [m]
    ours_path, bare_path = tmp / "ours.docx", tmp / "bare.docx"
    kwargs: dict[str, Any] = {}
    try:
        export_minutes(meeting, ours_path)
    except Exception as exc:  # report any failure of theirs, and still measure what can be
        first = f"{type(exc).__name__}: {exc}"
        try:
            # the meeting's language (French) may lack its labels in a checkout: try English
            kwargs["lang"] = "en"
            export_minutes(meeting, ours_path, **kwargs)
        except Exception:
            m.error = f"export_minutes failed: {first}"
            return [m]
        m.note += f"; in English, as the French export failed ({first})"
    content = bare_docx.read_content(ours_path)
    bare_docx.write(bare_path, content)
    m.extra.update(
        paragraphs=len(content.paragraphs), tables=len(content.tables), rows=content.rows
    )
    m.note += f"; {len(content.paragraphs)} paragraphs, {content.rows} table rows"
    ours, base, ratios = [], [], []
    for i in range(rounds):
        pair: dict[str, Any] = {}
        for who in ("ours", "bare") if i % 2 == 0 else ("bare", "ours"):
            start = time.perf_counter()
            if who == "ours":
                export_minutes(meeting, ours_path, **kwargs)
            else:
                bare_docx.write(bare_path, content)
            pair[who] = time.perf_counter() - start
        ours.append(pair["ours"])
        base.append(pair["bare"])
        ratios.append(pair["ours"] / pair["bare"])
    m.ours, m.baseline, m.ratio = median(ours), median(base), median(ratios)
    m.extra.update(runs_ours=ours, runs_baseline=base, ratios=ratios)
    return [m]
