"""The Word document the minutes start from, and the styles they use.

Real Word styles carry the layout, so members can restyle and edit the minutes: ``Title``,
``Heading 1``, ``Heading 2``, ``List Bullet``, one table style (``Table Grid``), and styles of our
own (``Minutes Decision``, ``Minutes Meta``, ``Minutes Details``) that are added when missing (a
template may define them to restyle the decisions, the small print, the meeting's details). The
``Normal`` style gets the minutes' language, for spelling and hyphenation.

With a template (an association's own .docx): its body is cleared and the minutes are written in its
place, keeping its page set-up, headers and footers (letterhead), fonts, theme and styles. A style the
minutes need but the template lacks is added in a plain form, with a warning naming it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from facilitation.export.errors import WordTemplateError

Warn = Callable[[str], None]

NEEDED = ("Title", "Heading 1", "Heading 2", "List Bullet")
TABLE_STYLE = "Table Grid"
DECISION = "Minutes Decision"
META = "Minutes Meta"
DETAILS = "Minutes Details"
BULLET_FALLBACK = "• "
#: the body text's size in points (the default document; a template keeps its own)
BODY_PT = 10.5


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
        doc.styles["Normal"].font.size = Pt(BODY_PT)
        doc.styles["Title"].font.size = Pt(22)
        return doc
    if not template.exists():
        raise WordTemplateError(f"The template {template} does not exist.")
    if template.is_dir():
        raise WordTemplateError(f"The template {template} is a folder, not a Word file.")
    if not zipfile.is_zipfile(template):
        raise WordTemplateError(f"The template {template} is not a Word document (.docx).")
    try:
        doc = Document(str(template))
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise WordTemplateError(
            f"The template {template} cannot be read as a Word document: {exc}"
        ) from None
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


class Styles:
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
