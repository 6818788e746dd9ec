"""Lay the minutes out as a Word document with python-docx (imported only when this module is).

The document starts from :func:`facilitation.export.docx_styles.open_base` (a new A4 document or an
association's template) and uses its styles. Layout a reader does not notice:

- table columns are sized to their words (:mod:`facilitation.export.widths`), so a header never
  breaks inside a word;
- rows never split across pages (``cantSplit``), header rows repeat on each page (``tblHeader``);
- headings, an item's small print and the bold labels before a list keep with what follows
  (``keepNext``), so a heading is never the last line of a page;
- the last two rows of the last table keep together, so the document does not end on a lone row;
- a very long note is split into paragraphs (:func:`facilitation.export.cleaning.paragraphs`).

The footer numbers the pages with ``PAGE`` and ``NUMPAGES`` fields. The document's properties (title,
author) are cut to the 255 characters Word allows.
"""

from __future__ import annotations

import io
from datetime import UTC
from pathlib import Path
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from facilitation.export.cleaning import paragraphs
from facilitation.export.docx_styles import BODY_PT, TABLE_STYLE, Styles, Warn, open_base
from facilitation.export.docx_xml import colon, page_numbers, row_xml, set_text
from facilitation.export.parts import Minutes, Table
from facilitation.export.widths import Measure, fit_widths, font_measure

_P, _PPR, _PSTYLE, _VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_KEEP, _IND = qn("w:keepNext"), qn("w:ind")
_SECTPR = qn("w:sectPr")
_R, _RPR, _B, _I = qn("w:r"), qn("w:rPr"), qn("w:b"), qn("w:i")
#: a table cell's left and right margins in Word's default table style (0.19 cm each), in twips
CELL_PADDING = 2 * 108
#: the longest text a core property (title, author…) may hold in Word
PROPERTY_LIMIT = 255


def fit_property(text: str, limit: int = PROPERTY_LIMIT) -> str:
    """``text`` cut to ``limit`` characters at a word's end, with "…" when it was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    head = text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;–—-")
    return head + "…"


class _Writer:
    """Appends paragraphs and tables to the body, in order, before its closing section properties.

    Elements are made directly (python-docx's ``add_p``/``add_r`` search the children for where
    to insert on every call, which dominates the time on long minutes).
    """

    def __init__(self, doc: Any, styles: Styles, width_cm: float, lang: str) -> None:
        self.doc = doc
        self.body = doc.element.body
        self.s = styles
        self.width_twips = int(width_cm * 567)
        self.lang = lang
        # twips per point: 20
        size = BODY_PT
        points: Measure = font_measure(size)
        self.measure: Measure = lambda word, bold: points(word, bold) * 20

    def _place(self, el: Any) -> None:
        # not ``len(self.body)``: lxml counts an element's children one by one, which made the
        # export grow with the square of the minutes; the last child is reached directly
        try:
            last = self.body[-1]
        except IndexError:
            last = None
        if last is not None and last.tag == _SECTPR:  # always the body's last child
            last.addprevious(el)
        else:
            self.body.append(el)

    def p(self, style: str | None, text: str = "", bold: bool = False, keep: bool = False) -> Any:
        p = self.body.makeelement(_P, {})
        if style is not None or keep:
            ppr = p.makeelement(_PPR, {})
            if style is not None:
                ppr.append(p.makeelement(_PSTYLE, {_VAL: style}))
            if keep:
                ppr.append(p.makeelement(_KEEP, {}))
            p.append(ppr)
        if text:
            self.run(p, text, bold)
        self._place(p)
        return p

    def heading(self, style: str, text: str) -> None:
        self.p(style, text, keep=True)

    @staticmethod
    def run(p: Any, text: str, bold: bool = False, italic: bool = False) -> Any:
        r = p.makeelement(_R, {})
        if bold or italic:
            rpr = r.makeelement(_RPR, {})
            if bold:
                rpr.append(r.makeelement(_B, {}))
            if italic:
                rpr.append(r.makeelement(_I, {}))
            r.append(rpr)
        set_text(r, text)
        p.append(r)
        return r

    def bullet(self, text: str, lead: str = "", italic: bool = False) -> None:
        pieces = paragraphs(text)
        p = self.p(self.s.bullet)
        if self.s.bullet_prefix:
            self.run(p, self.s.bullet_prefix)
        if lead:
            self.run(p, lead, bold=True)
        if pieces[0]:
            self.run(p, pieces[0], italic=italic)
        for piece in pieces[1:]:  # the rest of a very long note, under its bullet
            q = self.p(None)
            q[0:0] = [parse_xml(f'<w:pPr {nsdecls("w")}><w:ind w:left="720"/></w:pPr>')]
            self.run(q, piece, italic=italic)

    def text(self, text: str, label: str = "", style: str | None = None) -> None:
        """A paragraph (or several, for a very long text), the first led by a bold ``label``."""
        for i, piece in enumerate(paragraphs(text)):
            p = self.p(style)
            if i == 0 and label:
                self.run(p, label + colon(self.lang) + " ", bold=True)
            self.run(p, piece)

    def fact(self, label: str, value: str) -> None:
        p = self.p(self.s.details)
        self.run(p, label + colon(self.lang) + " ", bold=True)
        self.run(p, value)

    def table(self, t: Table, last: bool = False) -> None:
        widths = [int(w) for w in fit_widths(t, self.width_twips, self.measure, CELL_PADDING)]
        parts = [f"<w:tbl {nsdecls('w')}><w:tblPr>"]
        if self.s.table:
            parts.append(f'<w:tblStyle w:val="{self.s.table}"/>')
        parts.append(f'<w:tblW w:type="dxa" w:w="{sum(widths)}"/>')
        if not self.s.table:
            parts.append(
                "<w:tblBorders>"
                + "".join(
                    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="888888"/>'
                    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
                )
                + "</w:tblBorders>"
            )
        parts.append('<w:tblLayout w:type="fixed"/>')
        parts.append(
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0"'
            ' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>'
        )
        parts.extend(f'<w:gridCol w:w="{w}"/>' for w in widths)
        parts.append("</w:tblGrid>")
        # rows never split across pages; "keep with next" only on the last table's last-but-one
        # row: on every row LibreOffice turns it into "keep the table with the next paragraph"
        # and drags whole sections to the next page
        rows = [*t.rows, *([t.total] if t.total is not None else [])]
        parts.append(row_xml(t.headers, widths, header=True, keep=last and len(rows) == 1))
        for n, row in enumerate(rows):
            bold = t.total is not None and n == len(rows) - 1
            keep = last and n == len(rows) - 2
            parts.append(row_xml(row, widths, bold=bold, keep=keep))
        parts.append("</w:tbl>")
        self._place(parse_xml("".join(parts)))
        self.p(None).append(parse_xml(f'<w:pPr {nsdecls("w")}><w:spacing w:after="0"/></w:pPr>'))


def _alt_text(doc: Any, alt: str) -> None:
    """Give the last picture of ``doc`` its description (what a screen reader says)."""
    found = doc.element.body.findall(".//" + qn("wp:docPr"))
    if found:
        found[-1].set("name", "Speaking time chart")
        found[-1].set("descr", alt)


def render_docx(
    minutes: Minutes, *, template: Path | None, warn: Warn, chart_png: bytes | None
) -> bytes:
    """The minutes as the bytes of a .docx file."""
    doc = open_base(template)
    styles = Styles(doc, warn, minutes.lang)
    section = doc.sections[-1]
    width_cm = (section.page_width - section.left_margin - section.right_margin) / 360000
    lang = minutes.lang
    w = _Writer(doc, styles, width_cm, lang)
    words = minutes.words
    s = styles
    last_table = _last_table(minutes)

    w.p(s.title, minutes.title)
    w.p(s.meta, minutes.subtitle)
    for label, value in minutes.facts:
        w.fact(label, value)
    if minutes.notice:
        w.p(s.decision, minutes.notice, bold=True)

    w.heading(s.h1, words["Attendance"])
    for block in minutes.attendance:
        single = len(block.lines) == 1 and not block.lines[0][0]
        p = w.p(None, keep=not single)
        w.run(p, f"{block.label} ({block.count})" + colon(lang), bold=True)
        if single:
            w.run(p, " " + block.lines[0][1])
        else:
            for group, names in block.lines:
                w.bullet(names, lead=group + colon(lang) + " ")

    w.heading(s.h1, words["Agenda"])
    w.table(minutes.agenda, last=last_table == "agenda")

    w.heading(s.h1, words["Items discussed"])
    for item in minutes.items:
        w.heading(s.h2, item.heading)
        w.p(s.meta, item.meta, keep=True)
        if item.description.strip():
            w.text(item.description, item.description_label)
        for sub in item.sub_questions:
            w.bullet(sub, italic=True)
        if item.notes:
            w.p(None, words["Discussion"] + colon(lang), bold=True, keep=True)
        for speaker, text in item.notes:
            w.bullet(text, lead=speaker + colon(lang) + " " if speaker else "")
        for dec in item.decisions:
            p = w.p(s.decision, keep=True)
            w.run(p, words["Decision"] + colon(lang) + " ", bold=True)
            w.run(p, dec.text)
            p = w.p(s.decision)
            w.run(p, dec.how, italic=True)
            if dec.objections:
                w.run(
                    p, " — " + words["Objections: {text}"].format(text=dec.objections), italic=True
                )
        if item.actions:
            w.p(None, words["Actions decided"] + colon(lang), bold=True, keep=True)
            for action in item.actions:
                w.bullet(action)
        if item.questions:
            w.p(None, words["Questions left open"] + colon(lang), bold=True, keep=True)
            for q in item.questions:
                w.bullet(q)
    if minutes.postponed:
        w.heading(s.h1, words["Items not discussed or postponed"])
        for post in minutes.postponed:
            w.bullet(post.reason, lead=post.heading + colon(lang) + " ")

    w.heading(s.h1, words["Record of decisions"])
    if minutes.read_back:
        w.p(None, minutes.read_back, keep=minutes.decisions is not None)
    if minutes.decisions is not None:
        w.table(minutes.decisions, last=last_table == "decisions")
    else:
        w.p(None, words["No decision was recorded."])
    w.heading(s.h1, words["Actions"])
    if minutes.actions is not None:
        w.table(minutes.actions, last=last_table == "actions")
    else:
        w.p(None, words["No action was recorded."])
    w.heading(s.h1, words["Open questions for the next meeting"])
    for q in minutes.open_questions:
        w.bullet(q)
    if not minutes.open_questions:
        w.p(None, words["No question is left open."])
    w.heading(s.h1, words["Next meeting"])
    for label, value in minutes.next_meeting:
        w.fact(label, value)
    if minutes.speaking is not None:
        w.heading(s.h1, words["Speaking time by group"])
        if chart_png is not None:
            doc.add_picture(io.BytesIO(chart_png), width=Cm(min(15.0, width_cm)))
            doc.paragraphs[-1].paragraph_format.keep_with_next = True  # with its table
            _alt_text(doc, minutes.chart_alt)
        w.table(minutes.speaking.groups, last=last_table == "groups")
        if minutes.speaking.people is not None:
            w.heading(s.h2, words["Speaking time by person"])
            w.table(minutes.speaking.people, last=last_table == "people")

    page_numbers(doc, words["Page"])
    _properties(doc, minutes)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _last_table(minutes: Minutes) -> str:
    """Which table ends the document, if one does (the one whose last rows keep together)."""
    if minutes.speaking is not None:
        return "people" if minutes.speaking.people is not None else "groups"
    return ""  # the next meeting's details end it


def _properties(doc: Any, minutes: Minutes) -> None:
    props = doc.core_properties
    props.title = fit_property(minutes.doc_title)
    props.author = fit_property(minutes.author)
    props.last_modified_by = "Facilitation"
    props.language = "fr-BE" if minutes.lang == "fr" else "en-GB"
    props.revision = 1
    # python-docx's own template says otherwise ("python-docx", its own description)
    props.subject = props.keywords = props.category = ""
    props.comments = ""
    if minutes.created is not None:
        created = minutes.created
        if created.tzinfo is not None:
            created = created.astimezone(UTC).replace(tzinfo=None)
        props.created = props.modified = created


__all__ = ["TABLE_STYLE", "fit_property", "render_docx"]
