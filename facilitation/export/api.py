"""The one entry point of the export: :func:`export_minutes`, for the app and the command line.

Light to import (no python-docx, no Qt at module level): the heavy modules are imported when an
export runs, so the app's start-up does not pay for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from facilitation.export.errors import ExportError, InvalidMeetingError
from facilitation.models import DataError, Meeting

if TYPE_CHECKING:
    from facilitation.export.labels import Labels

#: Word, Markdown, PDF
FORMATS = ("docx", "md", "pdf")
log = logging.getLogger(__name__)


def export_minutes(
    meeting: Meeting,
    out_path: str | Path,
    *,
    lang: str | None = None,
    template: str | Path | None = None,
    anonymous: bool = False,
    fmt: str = "docx",
    include_speaking_time: bool = True,
    keep_owners: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> Path:
    """Write the minutes of ``meeting`` to ``out_path`` and return that path.

    ``lang``: "fr" or "en" (default: the meeting's language). ``template``: a .docx whose body is
    replaced by the minutes (Word only). ``anonymous``: attendance counted by group, speakers named
    by their group, no per-person figures, no names in the text; ``keep_owners`` keeps the names of
    the people in charge of actions all the same. ``fmt``: "docx", "md" or "pdf". ``on_warning``
    receives one line per problem that did not stop the export (a style missing from the
    template…); by default they are logged.

    Raises only :class:`ExportError` subclasses; on error nothing was written or replaced.
    """
    from facilitation.export.atomic import write_atomically
    from facilitation.export.labels import LANGUAGES, Labels

    warn = on_warning or log.warning
    if fmt not in FORMATS:
        raise ExportError(f"Unknown format {fmt!r}: choose docx, md or pdf.")
    lang = lang or meeting.details.language
    if lang not in LANGUAGES:
        raise ExportError(f"Unknown language {lang!r}: choose fr or en.")
    if template is not None and fmt != "docx":
        raise ExportError("A template can only be used for a Word document (docx).")
    try:
        meeting.check_references()
    except DataError as exc:
        raise InvalidMeetingError(f"The meeting is not valid: {exc}") from None
    out = Path(out_path)
    try:
        labels = Labels(lang)
    except (OSError, ValueError) as exc:
        raise ExportError(f"Cannot load the {lang} labels: {exc}") from None
    try:
        data = _render(
            meeting,
            labels,
            fmt,
            template,
            anonymous,
            include_speaking_time,
            keep_owners,
            warn,
        )
    except ExportError:
        raise
    except Exception as exc:
        # the promise to the app: only ExportError leaves this function, and nothing was written
        raise ExportError(f"The minutes could not be made: {exc!r}") from exc
    write_atomically(out, data)
    return out


def _render(
    meeting: Meeting,
    labels: Labels,
    fmt: str,
    template: str | Path | None,
    anonymous: bool,
    include_speaking_time: bool,
    keep_owners: bool,
    warn: Callable[[str], None],
) -> bytes:
    from facilitation.export.content import build_minutes

    minutes = build_minutes(
        meeting,
        labels,
        anonymous=anonymous,
        include_speaking_time=include_speaking_time,
        keep_owners=keep_owners,
    )
    if fmt == "md":
        from facilitation.export.markdown import render_markdown

        return render_markdown(minutes).encode("utf-8")
    from facilitation.export.chart import bar_chart_png, ensure_gui_app

    gui = ensure_gui_app()
    chart = None
    if minutes.speaking is not None and minutes.speaking.bars:
        if gui:
            chart = bar_chart_png(minutes.speaking.bars, labels.speaking_s)
        else:
            warn("no QGuiApplication: the speaking-time chart is left out (the table stays).")
    if fmt == "pdf":
        if not gui:
            raise ExportError("A PDF needs Qt's graphical part (QGuiApplication), not available.")
        from facilitation.export.pdf_writer import render_pdf

        return render_pdf(minutes, chart_png=chart)
    from facilitation.export.docx_writer import render_docx

    return render_docx(
        minutes,
        template=Path(template) if template is not None else None,
        warn=warn,
        chart_png=chart,
    )
