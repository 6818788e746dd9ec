"""Lay the minutes out as a Word document with python-docx (imported only when this module is).

Real Word styles carry the layout, so members can restyle and edit the minutes: ``Title``,
``Heading 1``, ``Heading 2``, ``List Bullet``, one table style (``Table Grid``), and two styles of our
own (``Minutes Decision``, ``Minutes Meta``, ``Minutes Details``) that are added when missing (a
template may define them to restyle the decisions, the small print, the meeting's details). The
``Normal`` style gets the minutes' language, for spelling and hyphenation. The footer numbers the pages
with a ``PAGE`` field.

With a template (an association's own .docx): its body is cleared and the minutes are written in its
place, keeping its page set-up, headers and footers (letterhead), fonts, theme and styles. A style the
minutes need but the template lacks is added in a plain form, with a warning naming it.

Speed: style ids are resolved once, paragraphs are built on the XML elements directly, and tables
are parsed from one XML string each (python-docx's per-cell proxies are slow on long tables).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from facilitation.export.content import Minutes, Table
from facilitation.export.errors import TemplateError

Warn = Callable[[str], None]

NEEDED = ("Title", "Heading 1", "Heading 2", "List Bullet")
TABLE_STYLE = "Table Grid"
DECISION = "Minutes Decision"
META = "Minutes Meta"
DETAILS = "Minutes Details"
HEADER_FILL = "DCE6EE"
BULLET_FALLBACK = "• "


def open_base(template: Path | None) -> Any:
    """A new document (A4, 2 cm margins) or the template with its body cleared."""
    if template is None:
        doc = Document()
        for section in doc.sections:
            section.page_width, section.page_height = Cm(21), Cm(29.7)
            section.left_margin = section.right_margin = Cm(2.2)
            section.top_margin, section.bottom_margin = Cm(2), Cm(1.8)
        # the look of a current Word document, rather than python-docx's 2010 default
        doc.styles["Normal"].font.name = "Calibri"
        doc.styles["Normal"].font.size = Pt(10.5)
        doc.styles["Title"].font.size = Pt(22)
        return doc
    if not template.exists():
        raise TemplateError(f"The template {template} does not exist.")
    if template.is_dir():
        raise TemplateError(f"The template {template} is a folder, not a Word file.")
    if not zipfile.is_zipfile(template):
        raise TemplateError(f"The template {template} is not a Word document (.docx).")
    try:
        doc = Document(str(template))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise TemplateError(
            f"The template {template} cannot be read as a Word document: {exc}"
        ) from None
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


class _Styles:
    """The style ids the minutes use, resolved once (python-docx looks names up by scanning)."""

    def __init__(self, doc: Any, warn: Warn, lang: str) -> None:
        styles = doc.styles
        self.bullet_prefix = ""
        for name in NEEDED:
            if name not in styles:
                warn(_missing_message(name))
                self._add_fallback(styles, name)
        self.title = styles["Title"].style_id
        self.h1 = styles["Heading 1"].style_id
        self.h2 = styles["Heading 2"].style_id
        self.bullet = styles["List Bullet"].style_id
        self.table: str | None = None
        if TABLE_STYLE in styles:
            self.table = styles[TABLE_STYLE].style_id
        else:
            warn(_missing_message(TABLE_STYLE) + " Tables get plain borders.")
        self.decision = self._own(styles, DECISION, self._decision_format).style_id
        self.meta = self._own(styles, META, self._meta_format).style_id
        self.details = self._own(styles, DETAILS, self._details_format).style_id
        if "Normal" in styles:
            # spelling and hyphenation in the minutes' language
            rpr = styles["Normal"].element.get_or_add_rPr()
            lang_el = rpr.find(qn("w:lang"))
            if lang_el is None:
                lang_el = rpr.makeelement(qn("w:lang"), {})
                # in its place in the schema's order, which Word checks
                rpr.insert_element_before(lang_el, "w:eastAsianLayout", "w:specVanish", "w:oMath")
            lang_el.set(qn("w:val"), "fr-BE" if lang == "fr" else "en-GB")

    def _add_fallback(self, styles: Any, name: str) -> None:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if "Normal" in styles:
            style.base_style = styles["Normal"]
        font = style.font
        if name == "List Bullet":
            # without the template's numbering, the bullet is written as a character
            self.bullet_prefix = BULLET_FALLBACK
            style.paragraph_format.left_indent = Cm(0.6)
            style.paragraph_format.first_line_indent = Cm(-0.4)
            return
        font.bold = True
        font.size = Pt({"Title": 20, "Heading 1": 14, "Heading 2": 12}[name])
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.keep_with_next = True

    @staticmethod
    def _own(styles: Any, name: str, fmt: Callable[[Any], None]) -> Any:
        if name in styles:
            return styles[name]
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if "Normal" in styles:
            style.base_style = styles["Normal"]
        fmt(style)
        return style

    @staticmethod
    def _decision_format(style: Any) -> None:
        # the border and shading go in first: Word wants them before spacing and indent in pPr,
        # and python-docx places spacing and indent after what is there
        ppr = style.element.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="18" w:space="8"'
                ' w:color="4A6F8A"/></w:pBdr>'
            )
        )
        ppr.append(
            parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="EEF3F7"/>')
        )
        pf = style.paragraph_format
        pf.left_indent = Cm(0.5)
        pf.space_before, pf.space_after = Pt(4), Pt(4)

    @staticmethod
    def _details_format(style: Any) -> None:
        style.paragraph_format.space_before = Pt(0)
        style.paragraph_format.space_after = Pt(2)

    @staticmethod
    def _meta_format(style: Any) -> None:
        style.font.italic = True
        style.font.size = Pt(9)
        style.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        style.paragraph_format.space_after = Pt(6)


def _missing_message(name: str) -> str:
    return f'the template has no "{name}" style; a plain one is used instead.'


_P, _PPR, _PSTYLE, _VAL = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:val")
_SECTPR = qn("w:sectPr")
_R, _RPR, _B, _I = qn("w:r"), qn("w:rPr"), qn("w:b"), qn("w:i")


class _Writer:
    """Appends paragraphs and tables to the body, in order, before its closing section properties.

    Elements are made directly (python-docx's ``add_p``/``add_r`` search the children for where
    to insert on every call, which dominates the time on long minutes).
    """

    def __init__(self, doc: Any, styles: _Styles, width_cm: float) -> None:
        self.doc = doc
        self.body = doc.element.body
        self.s = styles
        self.width_twips = int(width_cm * 567)
        self.lang = "en"

    def _place(self, el: Any) -> None:
        last = self.body[-1] if len(self.body) else None
        if last is not None and last.tag == _SECTPR:  # always the body's last child
            last.addprevious(el)
        else:
            self.body.append(el)

    def p(self, style: str | None, text: str = "", bold: bool = False) -> Any:
        p = self.body.makeelement(_P, {})
        if style is not None:
            ppr = p.makeelement(_PPR, {})
            ppr.append(p.makeelement(_PSTYLE, {_VAL: style}))
            p.append(ppr)
        if text:
            self.run(p, text, bold)
        self._place(p)
        return p

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
        _set_text(r, text)
        p.append(r)
        return r

    def bullet(self, text: str, lead: str = "", italic: bool = False) -> None:
        p = self.p(self.s.bullet)
        if self.s.bullet_prefix:
            self.run(p, self.s.bullet_prefix)
        if lead:
            self.run(p, lead, bold=True)
        if text:
            self.run(p, text, italic=italic)

    def fact(self, label: str, value: str) -> None:
        p = self.p(self.s.details)
        self.run(p, label + _colon(self.lang) + " ", bold=True)
        self.run(p, value)

    def table(self, t: Table) -> None:
        total = sum(t.widths)
        widths = [int(self.width_twips * w / total) for w in t.widths]
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
        # rows never split across pages; no "keep with next" on rows: LibreOffice turns it into
        # "keep the table with the next paragraph" and drags whole sections to the next page
        parts.append(_row_xml(t.headers, widths, header=True))
        parts.extend(_row_xml(row, widths) for row in t.rows)
        if t.total is not None:
            parts.append(_row_xml(t.total, widths, bold=True))
        parts.append("</w:tbl>")
        self._place(parse_xml("".join(parts)))
        self.p(None).append(parse_xml(f'<w:pPr {nsdecls("w")}><w:spacing w:after="0"/></w:pPr>'))


_T, _BR, _TAB, _SPACE = qn("w:t"), qn("w:br"), qn("w:tab"), qn("xml:space")


def _set_text(r: Any, text: str) -> None:
    """Fill run ``r`` with ``text``: newlines become breaks, tabs tabs.

    python-docx's own ``run.text`` walks the text one character at a time in Python, which takes
    seconds on a 1 MB note; splitting on the two special characters is done in C.
    """
    for i, line in enumerate(text.split("\n")):
        if i:
            r.append(r.makeelement(_BR, {}))
        for j, chunk in enumerate(line.split("\t")):
            if j:
                r.append(r.makeelement(_TAB, {}))
            if chunk:
                t = r.makeelement(_T, {_SPACE: "preserve"})
                t.text = chunk
                r.append(t)


def _colon(lang: str) -> str:
    return "\u00a0:" if lang == "fr" else ":"


def _runs_xml(text: str, bold: bool) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    out: list[str] = []
    for i, line in enumerate(text.split("\n")):
        pieces = []
        if i:
            pieces.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
        out.append(f"<w:r>{rpr}{''.join(pieces)}</w:r>")
    return "".join(out)


def _row_xml(
    cells: list[str],
    widths: list[int],
    header: bool = False,
    bold: bool = False,
    keep: bool = False,
) -> str:
    trpr = (
        "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        if header
        else "<w:trPr><w:cantSplit/></w:trPr>"
    )
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/>' if header else ""
    tcs = "".join(
        f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{w}"/>{shd}</w:tcPr>'
        f'<w:p><w:pPr><w:spacing w:before="20" w:after="20"/></w:pPr>'
        f"{_runs_xml(text, header or bold)}</w:p></w:tc>"
        for text, w in zip(cells, widths, strict=True)
    )
    return f"<w:tr>{trpr}{tcs}</w:tr>"


def _page_numbers(doc: Any, page_word: str) -> None:
    """``Page N / M`` in the footer, unless the template's footer already counts pages."""
    for section in doc.sections:
        footer = section.footer
        xml = footer._element.xml if not footer.is_linked_to_previous else ""
        if "PAGE" in xml:
            continue
        p = footer.add_paragraph() if xml.strip() else footer.paragraphs[0]
        p.alignment = 1  # centred
        p.add_run(f"{page_word} ")
        _field(p, "PAGE", "1")
        p.add_run(" / ")
        _field(p, "NUMPAGES", "1")
        for r in p.runs:
            r.font.size = Pt(8)


def _field(p: Any, code: str, shown: str) -> None:
    el = p._p
    el.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
        )
    )
    el.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        )
    )
    el.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
        )
    )
    el.append(
        parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:t>{shown}</w:t></w:r>')
    )
    el.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
        )
    )


def render_docx(
    minutes: Minutes, *, template: Path | None, warn: Warn, chart_png: bytes | None
) -> bytes:
    """The minutes as the bytes of a .docx file."""
    doc = open_base(template)
    styles = _Styles(doc, warn, minutes.lang)
    section = doc.sections[-1]
    width_cm = (section.page_width - section.left_margin - section.right_margin) / 360000
    w = _Writer(doc, styles, width_cm)
    w.lang = minutes.lang
    words = minutes.words
    s = styles

    w.p(s.title, minutes.title)
    w.p(s.meta, minutes.subtitle)
    for label, value in minutes.facts:
        w.fact(label, value)

    w.p(s.h1, words["Attendance"])
    for block in minutes.attendance:
        p = w.p(None)
        w.run(p, f"{block.label} ({block.count})" + _colon(minutes.lang), bold=True)
        if len(block.lines) == 1 and not block.lines[0][0]:
            w.run(p, " " + block.lines[0][1])
        else:
            for group, names in block.lines:
                w.bullet(names, lead=group + _colon(minutes.lang) + " ")

    w.p(s.h1, words["Agenda"])
    w.table(minutes.agenda)

    w.p(s.h1, words["Items discussed"])
    for item in minutes.items:
        w.p(s.h2, item.heading)
        w.p(s.meta, item.meta)
        if item.description.strip():
            p = w.p(None)
            w.run(p, words["Question"] + _colon(minutes.lang) + " ", bold=True)
            w.run(p, item.description)
        for sub in item.sub_questions:
            w.bullet(sub, italic=True)
        if item.notes:
            w.p(None, words["Discussion"] + _colon(minutes.lang), bold=True)
        for speaker, text in item.notes:
            w.bullet(text, lead=speaker + _colon(minutes.lang) + " " if speaker else "")
        for dec in item.decisions:
            p = w.p(s.decision)
            w.run(p, words["Decision"] + _colon(minutes.lang) + " ", bold=True)
            w.run(p, dec.text)
            p = w.p(s.decision)
            w.run(p, dec.how, italic=True)
            if dec.objections:
                w.run(
                    p, " — " + words["Objections: {text}"].format(text=dec.objections), italic=True
                )
        if item.actions:
            w.p(None, words["Actions decided"] + _colon(minutes.lang), bold=True)
            for action in item.actions:
                w.bullet(action)
        if item.questions:
            w.p(None, words["Questions left open"] + _colon(minutes.lang), bold=True)
            for q in item.questions:
                w.bullet(q)

    w.p(s.h1, words["Record of decisions"])
    if minutes.decisions is not None:
        w.table(minutes.decisions)
    else:
        w.p(None, words["No decision was recorded."])
    w.p(s.h1, words["Actions"])
    if minutes.actions is not None:
        w.table(minutes.actions)
    else:
        w.p(None, words["No action was recorded."])
    w.p(s.h1, words["Open questions for the next meeting"])
    for q in minutes.open_questions:
        w.bullet(q)
    if not minutes.open_questions:
        w.p(None, words["No question is left open."])
    w.p(s.h1, words["Next meeting"])
    for label, value in minutes.next_meeting:
        w.fact(label, value)
    if minutes.speaking is not None:
        w.p(s.h1, words["Speaking time by group"])
        if chart_png is not None:
            doc.add_picture(io.BytesIO(chart_png), width=Cm(min(15.0, width_cm)))
        w.table(minutes.speaking.groups)
        if minutes.speaking.people is not None:
            w.p(s.h2, words["Speaking time by person"])
            w.table(minutes.speaking.people)

    _page_numbers(doc, words["Page"])
    props = doc.core_properties
    props.title = minutes.doc_title
    props.author = minutes.author
    props.last_modified_by = "Facilitation"
    props.language = "fr-BE" if minutes.lang == "fr" else "en-GB"
    props.revision = 1
    if minutes.created is not None:
        created = minutes.created
        if created.tzinfo is not None:
            created = created.astimezone(UTC).replace(tzinfo=None)
        props.created = props.modified = created
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
